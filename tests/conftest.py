"""Fixtures: every database test runs on SQLite and on PostgreSQL; the bot talks to a fake Bot
API on loopback through the real python-telegram-bot client; business time is a `PinnedClock`
(a fixed daytime instant, moved by the tests that need another)."""

from __future__ import annotations

import asyncio
import contextlib
import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.app import App
from bot.config import Settings
from bot.i18n import I18n
from storage.db import create_engine, create_sessionmaker, migrate
from storage.models import Base
from tests import pg_cluster
from tests.clock import PinnedClock
from tests.fakes.telegram_api import FakeTelegram
from tests.pg_cluster import free_port
from tests.tg_user import BotHarness

PG_SKIP = (
    "PostgreSQL tests skipped: no server (install Debian's `postgresql` package so the tests can "
    "start their own on loopback, or set TEST_POSTGRES_URL=postgresql+asyncpg://...)"
)


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str | None]:
    """A throwaway PostgreSQL cluster on 127.0.0.1 for the whole run (or TEST_POSTGRES_URL)."""
    if url := os.environ.get("TEST_POSTGRES_URL"):
        yield url
        return
    if not pg_cluster.available():
        if os.environ.get("CI"):
            pytest.fail("CI must test PostgreSQL: " + PG_SKIP)
        yield None
        return
    with pg_cluster.throwaway("bot_test") as url:
        asyncio.run(_migrate(url))
        yield url


async def _migrate(url: str) -> None:
    engine = create_engine(url)
    try:
        await migrate(engine)
    finally:
        await engine.dispose()


async def _truncate(url: str) -> None:
    engine = create_engine(url)
    tables = ", ".join(table.name for table in Base.metadata.sorted_tables)
    try:
        async with engine.begin() as connection:
            await connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    finally:
        await engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
async def database_url(
    request: pytest.FixtureRequest, tmp_path: Path, postgres_url: str | None
) -> AsyncIterator[str]:
    if request.param == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path}/bot.db"
        return
    if postgres_url is None:
        pytest.skip(PG_SKIP)
    await _truncate(postgres_url)
    yield postgres_url


@pytest.fixture
def clock() -> PinnedClock:
    """The test's business time: every app, engine and fake user of the test reads it."""
    return PinnedClock()


@pytest.fixture(scope="session")
def strict_i18n() -> I18n:
    """Translations that raise on a missing message instead of showing its id."""
    return I18n(strict=True)


@pytest.fixture
async def fake_telegram() -> AsyncIterator[FakeTelegram]:
    fake = await FakeTelegram().start()
    yield fake
    await fake.stop()


def make_settings(database_url: str, fake: FakeTelegram | None, **env: str) -> Settings:
    values = {"DATABASE_URL": database_url, "WEB_PORT": str(free_port()), **env}
    if fake is not None:
        values |= {"TELEGRAM_BOT_TOKEN": fake.token, "TELEGRAM_API_URL": fake.url}
    return Settings.from_env(values)


@contextlib.asynccontextmanager
async def app_by_hand(settings: Settings, *, clock: PinnedClock) -> AsyncIterator[App]:
    """The app with its database migrated and its Telegram client ready, but no background
    loops: tests drain the outbox and the forwarder themselves."""
    app = App.build(settings, clock=clock)
    await app.prepare_database()
    assert app.telegram is not None
    await app.telegram.application.initialize()
    try:
        yield app
    finally:
        for channel in app.delivery.channels.values():
            if channel is not app.telegram:
                await channel.stop()
        await app.telegram.application.shutdown()
        await app.engine.dispose()


async def start_bot(
    settings: Settings, fake: FakeTelegram, i18n: I18n, *, clock: PinnedClock
) -> BotHarness:
    app = App.build(settings, i18n=i18n, clock=clock)
    await app.prepare_database()
    await app.start()
    return BotHarness(app=app, fake=fake)


@pytest.fixture
async def bot(
    database_url: str, fake_telegram: FakeTelegram, strict_i18n: I18n, clock: PinnedClock
) -> AsyncIterator[BotHarness]:
    """The bot polling the fake Bot API."""
    harness = await start_bot(
        make_settings(database_url, fake_telegram), fake_telegram, strict_i18n, clock=clock
    )
    yield harness
    await harness.app.stop()


WEBHOOK_SECRET = "test-secret_0123456789"


@pytest.fixture
async def webhook_bot(
    database_url: str, fake_telegram: FakeTelegram, strict_i18n: I18n, clock: PinnedClock
) -> AsyncIterator[BotHarness]:
    """The bot receiving the fake's updates on its own aiohttp webhook route."""
    port = free_port()
    settings = make_settings(
        database_url,
        fake_telegram,
        WEB_PORT=str(port),
        TELEGRAM_WEBHOOK_URL=f"http://127.0.0.1:{port}/telegram",
        TELEGRAM_WEBHOOK_SECRET=WEBHOOK_SECRET,
    )
    harness = await start_bot(settings, fake_telegram, strict_i18n, clock=clock)
    yield harness
    await harness.app.stop()


@pytest.fixture
async def sessions(
    database_url: str, clock: PinnedClock
) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    """A migrated database without any bot around it, for storage-level tests."""
    engine = create_engine(database_url, clock=clock)
    await migrate(engine)
    yield create_sessionmaker(engine)
    await engine.dispose()
