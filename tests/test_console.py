"""The terminal chat is a real channel: what the bot sends on its own reaches the terminal
through the outbox, each terminal is one person, a reopened terminal resumes, and the command
line exits quietly when its reader goes away. Driven in-process (two apps on one database, as
two terminals are) and as real processes with pipes."""

from __future__ import annotations

import asyncio
import io
import os
import sys
from collections.abc import AsyncIterator
from datetime import timedelta

import pytest
from sqlalchemy import select

from bot.app import App
from bot.channels.console import ConsoleChannel
from bot.config import PROJECT_ROOT
from bot.i18n import I18n
from bot.messages import Reply
from storage import repos
from storage.db import create_engine, create_sessionmaker
from storage.models import (
    Delivery,
    DeliveryStatus,
    Municipality,
    Proposal,
    ProposalStatus,
    Resident,
    Role,
)
from tests.clock import PinnedClock
from tests.conftest import make_settings
from tests.test_cli import cli

TEXT = "Please repair the road between the school and the bus stop on Nizami street."
STORY_TIMEOUT = 60  # seconds a real process may take to show what the test waits for


class Terminal:
    """One person's terminal on an app of its own (as `python -m bot chat --as NAME`)."""

    def __init__(self, app: App, user: str) -> None:
        self.app = app
        self.out = io.StringIO()
        self.console = ConsoleChannel(
            dispatcher=app.dispatcher, user=user, locale_hint="en", stdout=self.out
        )
        app.delivery.add_channel(self.console, only=True)

    async def type(self, *lines: str) -> str:
        start = len(self.out.getvalue())
        for line in lines:
            await self.console.send_text(line)
        return self.out.getvalue()[start:]

    async def arrivals(self) -> str:
        """What the outbox brings this terminal now (the chat's sender loop, one round)."""
        start = len(self.out.getvalue())
        await self.app.delivery.drain()
        return self.out.getvalue()[start:]


@pytest.fixture
async def apps(
    database_url: str, strict_i18n: I18n, clock: PinnedClock
) -> AsyncIterator[tuple[App, App]]:
    settings = make_settings(database_url, None, QUIET_HOURS="off", PROPOSAL_UNDO_MINUTES="10")
    built = []
    for _ in range(2):
        app = App.build(settings, i18n=strict_i18n, clock=clock)
        await app.prepare_database()
        built.append(app)
    yield built[0], built[1]
    for app in built:
        await app.engine.dispose()


async def test_two_terminals_play_the_proposal_story(
    apps: tuple[App, App], clock: PinnedClock
) -> None:
    resident = Terminal(apps[0], "aygun")
    moderator = Terminal(apps[1], "rashad")
    greeting = await moderator.type("/resume")
    assert "  1. English" in greeting  # a new person: greeted as by /start
    await moderator.type("1", "Azerbaijan", "Quba", "Quba town")
    async with apps[1].sessionmaker.begin() as session:
        found = await repos.find_resident(session, channel="console", external_id="rashad")
        quba = await repos.municipality_by_code(session, code="QUB")
        assert found is not None and quba is not None
        await repos.grant_role(session, resident=found, role=Role.MODERATOR, municipality=quba)

    await resident.type("/start QUB-XIN", "1")
    shown = await resident.type(
        "Send a proposal", "New proposal", "Roads", TEXT, "Skip", "Skip", "Send"
    )
    assert "number is QUB-" in shown
    number = shown.split("number is ")[1].split(".")[0]

    assert await resident.arrivals() == ""  # the moderator's card is not for this terminal
    card = await moderator.arrivals()
    assert number in card and TEXT in card and "  1. ✅ Approve" in card
    decided = await moderator.type("1")  # the card's own numbers: Approve
    assert f"Saved: {number}" in decided and "within 10 minutes" in decided

    # Nothing leaves inside the undo window; after it, the resident's terminal is told.
    await apps[0].forwarder.release_due()
    assert "approved" not in await resident.arrivals()
    clock.advance(timedelta(minutes=11))
    assert await apps[0].forwarder.release_due() == 1
    notice = await resident.arrivals()
    assert f"your proposal {number} was approved" in notice and "  1. 📄 Open" in notice
    details = await resident.type("1")  # the notice's own button
    assert "approved by a moderator" in details
    async with apps[0].sessionmaker() as session:
        proposal = await session.scalar(select(Proposal).where(Proposal.number == number))
        rows = list(await session.scalars(select(Delivery).where(Delivery.channel == "console")))
    assert proposal is not None and proposal.status == ProposalStatus.APPROVED
    assert {row.status for row in rows} == {DeliveryStatus.SENT}
    assert {row.chat_ref for row in rows} == {"aygun", "rashad"}


async def test_a_terminal_leaves_other_terminals_rows_alone(apps: tuple[App, App]) -> None:
    first = Terminal(apps[0], "one")
    await first.type("/start QUB", "1")
    async with apps[0].sessionmaker.begin() as session:
        other, _ = await repos.get_or_create_resident(
            session, channel="console", external_id="two", locale="en"
        )
        row = apps[0].delivery.enqueue_message(session, resident=other, reply=Reply("for two"))
        session.add(
            Delivery(
                channel="console", chat_ref="two", locale="en", priority=row.priority,
                status=DeliveryStatus.SENDING, payload={"text": "in another's hands"},
                next_attempt_at=row.next_attempt_at,
            )
        )  # fmt: skip
    assert await apps[0].delivery.reconcile() == 0  # another terminal's row in hand is theirs
    assert await first.arrivals() == ""
    async with apps[0].sessionmaker() as session:
        statuses = list(await session.scalars(select(Delivery.status).order_by(Delivery.id)))
    assert statuses == [DeliveryStatus.QUEUED, DeliveryStatus.SENDING]


# --- real processes ------------------------------------------------------------------------


async def test_reopening_the_terminal_resumes_the_draft(database_url: str) -> None:
    lines = "/start QUB\n1\nSend a proposal\nNew proposal\nRoads\n" + TEXT + "\n"
    first = await cli(database_url, "chat", "--as", "leyla", "--lang", "en", stdin=lines)
    assert first.returncode == 0, first.stderr
    assert "Send photos" in first.stdout or "photo" in first.stdout.lower()
    again = await cli(database_url, "chat", "--as", "leyla", stdin="")
    assert again.returncode == 0, again.stderr
    assert "Hello" not in again.stdout and "photo" in again.stdout.lower()  # where she was
    sent = await cli(database_url, "chat", "--as", "leyla", stdin="Skip\nSkip\nSend\n")
    assert "number is QUB-" in sent.stdout  # the draft was all there
    assert "Traceback" not in first.stderr + again.stderr + sent.stderr


class Process:
    """`python -m bot chat --as NAME` with its standard input and output on pipes."""

    def __init__(self, proc: asyncio.subprocess.Process) -> None:
        self.proc = proc
        self.seen = ""

    @classmethod
    async def start(cls, database_url: str, user: str) -> Process:
        env = {**os.environ, "DATABASE_URL": database_url, "TELEGRAM_BOT_TOKEN": "",
               "PROPOSAL_UNDO_MINUTES": "0", "QUIET_HOURS": "off"}  # fmt: skip
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "chat", "--as", user, "--lang", "en",
            stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE, env=env,
        )  # fmt: skip
        return cls(proc)

    async def type(self, *lines: str) -> None:
        assert self.proc.stdin is not None
        for line in lines:
            self.proc.stdin.write(line.encode() + b"\n")
        await self.proc.stdin.drain()

    async def until(self, text: str) -> str:
        """Read the terminal until `text` shows (a real process: it may take a while)."""
        assert self.proc.stdout is not None
        start = len(self.seen)
        while text not in self.seen[start:]:
            try:
                chunk = await asyncio.wait_for(self.proc.stdout.read(4096), STORY_TIMEOUT)
            except TimeoutError:
                raise AssertionError(f"{text!r} never showed:\n{self.seen[start:]}") from None
            assert chunk, f"the chat ended before showing {text!r}:\n{self.seen[start:]}"
            self.seen += chunk.decode()
        return self.seen[start:]

    async def quit(self) -> str:
        await self.type("/quit")
        _, err = await asyncio.wait_for(self.proc.communicate(), STORY_TIMEOUT)
        return err.decode()


async def test_two_terminal_processes_on_one_database(database_url: str) -> None:
    done = await cli(database_url, "grant", "moderator", "console:rashad", "--municipality", "QUB")
    assert done.returncode == 0, done.stderr
    moderator = await Process.start(database_url, "rashad")
    resident = await Process.start(database_url, "aygun")
    try:
        await moderator.until("English")
        await moderator.type("/start QUB", "1")
        await moderator.until("Saved: Quba")
        await resident.until("English")
        await resident.type("/start QUB-XIN", "1", "Send a proposal", "New proposal", "Roads")
        await resident.type(TEXT, "Skip", "Skip", "Send")
        received = await resident.until("number is ")
        card = await moderator.until("✅ Approve")  # it arrives by itself
        assert TEXT in card
        await moderator.type("1")
        await moderator.until("Saved: QUB-")
        notice = await resident.until("was approved")  # and so does the resident's notice
        assert "  1. 📄 Open" in notice and received
    finally:
        errors = [await p.quit() for p in (moderator, resident)]
    assert not any("Traceback" in err for err in errors), errors


async def test_every_command_exits_quietly_on_a_closed_pipe(database_url: str) -> None:
    done = await cli(database_url, "migrate")
    assert done.returncode == 0, done.stderr
    # Enough proposals that the export overflows the pipe after `head` has gone.
    engine = create_engine(database_url)
    try:
        async with create_sessionmaker(engine).begin() as session:
            quba = await session.scalar(select(Municipality).where(Municipality.code == "QUB"))
            assert quba is not None
            author = Resident(channel="console", external_id="many", locale="en")
            session.add(author)
            await session.flush()
            for n in range(400):
                session.add(
                    Proposal(
                        number=f"QUB-2026-{n:04d}", municipality_id=quba.id,
                        resident_id=author.id, category="roads", text=TEXT * 4,
                        photos=[], status="pending",
                    )
                )  # fmt: skip
    finally:
        await engine.dispose()
    env = {**os.environ, "DATABASE_URL": database_url, "TELEGRAM_BOT_TOKEN": ""}
    for command in ("export proposals --municipality QUB", "flows", "--help"):
        shell = f"{sys.executable} -m bot {command} | head -n 1"
        proc = await asyncio.create_subprocess_shell(
            shell, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE, env=env,
            cwd=str(PROJECT_ROOT),
        )  # fmt: skip
        out, err = await asyncio.wait_for(proc.communicate(), STORY_TIMEOUT)
        assert out.count(b"\n") == 1, command
        assert b"Traceback" not in err and b"BrokenPipe" not in err, (command, err.decode())
