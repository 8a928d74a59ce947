"""The command line, run as a real process against a real database."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import select

from bot.config import PROJECT_ROOT
from storage.db import create_engine, create_sessionmaker
from storage.models import Municipality, Resident, RoleGrant


async def cli(database_url: str, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DATABASE_URL": database_url, "TELEGRAM_BOT_TOKEN": ""}
    return await asyncio.to_thread(
        subprocess.run,
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        cwd=PROJECT_ROOT,
        timeout=120,
    )


async def grants(database_url: str) -> list[tuple[str, str, str | None]]:
    engine = create_engine(database_url)
    try:
        async with create_sessionmaker(engine)() as session:
            rows = await session.execute(
                select(Resident.external_id, RoleGrant.role, Municipality.code)
                .join(Resident, Resident.id == RoleGrant.resident_id)
                .outerjoin(Municipality, Municipality.id == RoleGrant.municipality_id)
                .order_by(RoleGrant.id)
            )
            return [tuple(row) for row in rows]  # type: ignore[misc]
    finally:
        await engine.dispose()


async def test_migrate_grant_and_revoke(database_url: str) -> None:
    done = await cli(database_url, "migrate")
    assert done.returncode == 0, done.stderr
    done = await cli(database_url, "grant", "moderator", "telegram:12345", "--municipality", "qub")
    assert done.returncode == 0, done.stderr
    assert "granted moderator (QUB)" in done.stdout
    done = await cli(database_url, "grant", "moderator", "telegram:12345", "--municipality", "QUB")
    assert "already had" in done.stdout
    await cli(database_url, "grant", "admin", "whatsapp:994501234567")
    assert await grants(database_url) == [
        ("12345", "moderator", "QUB"),
        ("994501234567", "admin", None),
    ]
    done = await cli(database_url, "revoke", "moderator", "telegram:12345", "--municipality", "QUB")
    assert "revoked moderator" in done.stdout
    assert await grants(database_url) == [("994501234567", "admin", None)]


async def test_roles_lists_who_holds_which_role(database_url: str) -> None:
    done = await cli(database_url, "roles")
    assert done.returncode == 0, done.stderr
    assert "nobody holds a staff role" in done.stdout
    await cli(database_url, "grant", "moderator", "telegram:12345", "--municipality", "QUB")
    await cli(database_url, "grant", "publisher", "telegram:12345", "--municipality", "GOR")
    await cli(database_url, "grant", "authority", "whatsapp:994501234567", "--municipality", "QUB")
    await cli(database_url, "grant", "admin", "console:boss")
    done = await cli(database_url, "roles")
    rows = [line.split() for line in done.stdout.splitlines()[1:]]
    assert [(r[0], r[1], r[-1]) for r in rows] == [
        ("admin", "console:boss", "all"),
        ("publisher", "telegram:12345", "GOR"),
        ("authority", "whatsapp:994501234567", "QUB"),
        ("moderator", "telegram:12345", "QUB"),
    ]
    done = await cli(database_url, "roles", "--municipality", "qub")
    rows = [line.split() for line in done.stdout.splitlines()[1:]]
    assert [(r[0], r[-1]) for r in rows] == [("admin", "all"), ("authority", "QUB"),
                                             ("moderator", "QUB")]  # fmt: skip
    done = await cli(database_url, "roles", "--municipality", "ZZZ")
    assert done.returncode == 2 and "ZZZ" in done.stderr


async def test_cli_refuses_bad_arguments_clearly(database_url: str) -> None:
    done = await cli(database_url, "grant", "moderator", "12345", "--municipality", "QUB")
    assert done.returncode == 2 and "telegram:12345" in done.stderr
    done = await cli(database_url, "grant", "publisher", "telegram:1")
    assert done.returncode == 2 and "--municipality" in done.stderr
    done = await cli(database_url, "grant", "publisher", "telegram:1", "--municipality", "ZZZ")
    assert done.returncode == 2 and "ZZZ" in done.stderr
    done = await cli(database_url, "grant", "mayor", "telegram:1")
    assert done.returncode == 2 and "invalid choice" in done.stderr
    assert await grants(database_url) == []


async def test_load_content_reports_what_changed_or_what_is_wrong(
    database_url: str, tmp_path: Path
) -> None:
    starter = PROJECT_ROOT / "storage/content/starter.toml"
    done = await cli(database_url, "load-content", str(starter))
    assert done.returncode == 0, done.stderr
    assert "0 created, 0 updated" in done.stdout  # the first run had loaded it already
    broken = tmp_path / "broken.toml"
    broken.write_text('version = 1\n[[municipality]]\ncode = "X"\n', encoding="utf-8")
    done = await cli(database_url, "load-content", str(broken))
    assert done.returncode == 2
    assert "broken.toml" in done.stderr and "timezone" in done.stderr


async def test_run_without_a_channel_or_terminal_explains_itself(database_url: str) -> None:
    done = await cli(database_url, "run")
    assert done.returncode == 2
    assert "TELEGRAM_BOT_TOKEN" in done.stderr and "python -m bot chat" in done.stderr


async def test_terminal_chat(database_url: str) -> None:
    done = await cli(database_url, "chat", "--lang", "ru", stdin="1\n3\nГорис\n/help\n")
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "Здравствуйте!" in out
    assert "  1. Русский" in out  # choices are numbered
    assert "Горис" in out and "/settings" in out
    assert "Traceback" not in out + done.stderr


async def test_bad_configuration_is_reported(database_url: str) -> None:
    env = {**os.environ, "DATABASE_URL": database_url, "TELEGRAM_WEBHOOK_URL": "https://x/t",
           "TELEGRAM_WEBHOOK_SECRET": ""}  # fmt: skip
    done = await asyncio.to_thread(
        subprocess.run, [sys.executable, "-m", "bot", "migrate"], capture_output=True,
        text=True, env=env, cwd=PROJECT_ROOT, timeout=60,
    )  # fmt: skip
    assert done.returncode == 2
    assert "TELEGRAM_WEBHOOK_SECRET is required" in done.stderr
