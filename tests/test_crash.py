"""Kill the bot with SIGKILL in the middle of a broadcast, start it again: everyone gets the
announcement; only the batch that was in flight may arrive twice."""

from __future__ import annotations

import asyncio
import collections
import os
import subprocess
import sys
import time

from sqlalchemy import func, select

from bot.app import App
from bot.config import PROJECT_ROOT
from bot.i18n import I18n
from storage import repos
from storage.db import create_engine
from storage.models import Announcement, Category, Delivery, DeliveryStatus, Proposal
from tests.clock import PinnedClock
from tests.conftest import free_port, make_settings
from tests.conftest import start_bot as in_process_bot
from tests.fakes.telegram_api import FakeTelegram
from tests.test_announcements import resident_of
from tests.test_delivery import add_residents

RECIPIENTS = 80
RATE = 20  # messages a second, so the broadcast takes about four seconds


def start_bot(database_url: str, fake: FakeTelegram) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "TELEGRAM_BOT_TOKEN": fake.token,
        "TELEGRAM_API_URL": fake.url,
        "TELEGRAM_RATE_LIMIT": str(RATE),
        "QUIET_HOURS": "off",
        "WEB_PORT": str(free_port()),
        "LOG_LEVEL": "WARNING",
    }
    return subprocess.Popen(
        [sys.executable, "-m", "bot", "run"], cwd=PROJECT_ROOT, env=env,
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip


async def wait_for(condition: object, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise TimeoutError("condition not reached")
        await asyncio.sleep(0.05)


def delivered(fake: FakeTelegram) -> collections.Counter[int]:
    return collections.Counter(
        int(c.chat_id or 0) for c in fake.calls if c.method == "sendMessage" and c.status == 200
    )


async def test_kill_mid_broadcast_then_restart(
    database_url: str, fake_telegram: FakeTelegram
) -> None:
    # The bot runs in its own processes, on the machine's clock; it has no quiet hours
    # (QUIET_HOURS=off), so only "due now" matters.
    app = App.build(make_settings(database_url, None))
    await app.prepare_database()
    chats = await add_residents(app, "QUB", RECIPIENTS)
    async with app.sessionmaker.begin() as session:
        place = await repos.municipality_by_code(session, code="QUB")
        assert place is not None
        session.add(
            Announcement(
                municipality_id=place.id, category=Category.UTILITIES, media=None,
                texts={"en": "Water is off on Monday"}, send_at=app.clock(),
            )
        )  # fmt: skip

    first = start_bot(database_url, fake_telegram)
    try:
        await wait_for(lambda: len(delivered(fake_telegram)) >= RATE, timeout=60)
        first.kill()  # SIGKILL: no chance to record the batch in hand
        first.wait(timeout=10)
        assert len(delivered(fake_telegram)) < RECIPIENTS, "too late: the broadcast had finished"
    finally:
        first.kill()

    second = start_bot(database_url, fake_telegram)
    try:
        await wait_for(lambda: set(delivered(fake_telegram)) >= set(chats), timeout=60)
        async with app.sessionmaker() as session:

            async def unsettled() -> int:
                return int(
                    await session.scalar(
                        select(func.count())
                        .select_from(Delivery)
                        .where(Delivery.status != DeliveryStatus.SENT)
                    )
                    or 0
                )

            deadline = time.monotonic() + 20
            while await unsettled() and time.monotonic() < deadline:
                await asyncio.sleep(0.1)
                await session.rollback()  # read fresh
            assert await unsettled() == 0
    finally:
        second.terminate()
        _, stderr = second.communicate(timeout=20)
        await app.engine.dispose()
    assert second.returncode == 0, stderr.decode()[-2000:]

    counts = delivered(fake_telegram)
    assert set(counts) == set(chats)  # nobody lost
    duplicates = sum(counts.values()) - len(counts)
    assert duplicates <= RATE  # at most the one batch that was in flight


async def test_kill_between_the_commit_and_the_reply_then_press_send_again(
    database_url: str, fake_telegram: FakeTelegram, clock: PinnedClock
) -> None:
    """Polling has confirmed the update to Telegram before we answer it: a SIGKILL after the
    commit loses the answer for good. Pressing Send again must tell the number already given,
    and store nothing twice."""
    settings = make_settings(database_url, fake_telegram, QUIET_HOURS="off")
    harness = await in_process_bot(settings, fake_telegram, I18n(), clock=clock)
    try:
        resident = await resident_of(harness, 8901, "QUB")
        await resident.send("/menu")
        await resident.press("✍️ Send a proposal")
        await resident.press("✍️ New proposal")
        await resident.press("🛣 Roads")
        await resident.send("Please repair the road to the school in Zardabi.")
        await resident.press("Skip ▸")  # no photos
        [preview] = await resident.press("Skip ▸")  # no place
    finally:
        await harness.app.stop()
    send = dict(preview.buttons)["✅ Send"]

    # The bot's answer to this chat hangs: the state change is committed, the answer not sent.
    fake_telegram.fail("sendMessage", 200, delay=10, chat_id=8901)  # longer than the kill takes
    bot = start_bot(database_url, fake_telegram)
    try:
        before = answers_to(fake_telegram, 8901)
        update_id = await fake_telegram.push(resident.callback(send, preview))
        await wait_for(lambda: answers_to(fake_telegram, 8901) > before, timeout=60)
        assert await proposals(harness.app) == 1  # stored...
        await fake_telegram.delivered(update_id)  # ...and the update confirmed to Telegram
        bot.kill()  # SIGKILL: the answer is never sent
        bot.wait(timeout=10)
    finally:
        bot.kill()

    again = start_bot(database_url, fake_telegram)
    try:
        seen = answers_to(fake_telegram, 8901)
        await fake_telegram.push(resident.callback(send, preview))  # the resident presses again
        await wait_for(lambda: answers_to(fake_telegram, 8901) > seen, timeout=60)
    finally:
        again.terminate()
        _, stderr = again.communicate(timeout=20)
    assert again.returncode == 0, stderr.decode()[-2000:]
    answer = [c for c in fake_telegram.calls if c.method == "sendMessage" and c.chat_id == 8901][-1]
    assert "Its number is QUB-2026-0001." in str(answer.params["text"])
    assert await proposals(harness.app) == 1  # nothing stored twice


def answers_to(fake: FakeTelegram, chat_id: int) -> int:
    return sum(1 for c in fake.calls if c.method == "sendMessage" and c.chat_id == chat_id)


async def proposals(app: App) -> int:
    engine = create_engine(app.settings.database_url)
    try:
        async with engine.connect() as connection:
            return int(await connection.scalar(select(func.count()).select_from(Proposal)) or 0)
    finally:
        await engine.dispose()


async def test_stop_waits_for_a_scheduler_job_caught_mid_query(
    database_url: str, fake_telegram: FakeTelegram, clock: PinnedClock
) -> None:
    """APScheduler's shutdown leaves a running job behind; one caught mid-query when the engine
    is disposed never ended, and hung a test run's teardown. Stopping now waits for it."""
    from datetime import UTC, datetime

    harness = await in_process_bot(
        make_settings(database_url, fake_telegram), fake_telegram, I18n(), clock=clock
    )
    app = harness.app
    started, finished = asyncio.Event(), asyncio.Event()
    original = app.delivery.next_due

    async def slow_next_due() -> datetime | None:
        started.set()
        await asyncio.sleep(0.3)  # the app is told to stop meanwhile
        try:
            return await original()
        finally:
            finished.set()

    app.delivery.next_due = slow_next_due  # type: ignore[method-assign]
    assert app._scheduler is not None
    app._scheduler.scheduler.modify_job(
        "release-due-announcements",
        next_run_time=datetime.now(UTC),  # run it now
    )
    await asyncio.wait_for(started.wait(), 10)
    await asyncio.wait_for(app.stop(), 30)
    assert finished.is_set()  # it finished before the engine went away
