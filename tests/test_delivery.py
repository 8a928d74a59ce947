"""The durable outbox against a fault-injecting fake Bot API, through the real PTB client."""

from __future__ import annotations

import asyncio
import collections
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from bot.app import App
from bot.delivery import LEASE, DeliveryEngine, QuietHours, WindowLimiter
from bot.messages import Reply
from storage import repos
from storage.models import (
    Action,
    Announcement,
    AnnouncementStatus,
    Category,
    Delivery,
    DeliveryStatus,
    Resident,
    ResidentStatus,
)
from tests.clock import PinnedClock, pinned
from tests.conftest import app_by_hand, make_settings
from tests.fakes.telegram_api import FakeTelegram


@pytest.fixture
async def app(
    database_url: str, fake_telegram: FakeTelegram, clock: PinnedClock
) -> AsyncIterator[App]:
    """The app with its Telegram client ready but no background sender: tests drain by hand."""
    settings = make_settings(
        database_url, fake_telegram, TELEGRAM_RATE_LIMIT="500", QUIET_HOURS="off",
        TELEGRAM_TIMEOUT="0.5",
    )  # fmt: skip
    async with app_by_hand(settings, clock=clock) as app:
        yield app


def engine_of(app: App) -> DeliveryEngine:
    assert app.delivery is not None
    return app.delivery


async def add_residents(app: App, code: str, count: int, *, first_id: int = 10_000) -> list[int]:
    async with app.sessionmaker.begin() as session:
        place = await repos.municipality_by_code(session, code=code)
        assert place is not None
        for n in range(count):
            resident, _ = await repos.get_or_create_resident(
                session, channel="telegram", external_id=str(first_id + n),
                locale=("az", "ru", "en")[n % 3],
            )  # fmt: skip
            resident.municipality_id = place.id
    return [first_id + n for n in range(count)]


async def announce(
    app: App, code: str, *, category: Category = Category.UTILITIES, release: bool = True,
    send_at: datetime | None = None, texts: dict[str, str] | None = None,
) -> int:  # fmt: skip
    async with app.sessionmaker.begin() as session:
        place = await repos.municipality_by_code(session, code=code)
        assert place is not None
        announcement = Announcement(
            municipality_id=place.id,
            category=category,
            texts=texts or {"az": "Su kəsiləcək", "ru": "Отключат воду", "en": "Water cut"},
            send_at=send_at or app.clock(),
            media=None,
        )
        session.add(announcement)
        await session.flush()
        if release:
            await engine_of(app).enqueue_announcement(session, announcement)
        return announcement.id


async def drain_all(app: App, *, rounds: int = 50) -> None:
    """Drain until nothing is due, moving the clock past any backoff in between."""
    await drain_all_with(engine_of(app), app, rounds=rounds)


async def drain_all_with(engine: DeliveryEngine, app: App, *, rounds: int = 50) -> None:
    for _ in range(rounds):
        if not await engine.drain():
            async with app.sessionmaker() as session:
                waiting = await session.scalar(
                    select(func.count())
                    .select_from(Delivery)
                    .where(Delivery.status == DeliveryStatus.QUEUED)
                )
            if not waiting:
                return
            async with app.sessionmaker.begin() as session:  # skip the backoff wait
                await session.execute(
                    Delivery.__table__.update()
                    .where(Delivery.status == DeliveryStatus.QUEUED)
                    .values(next_attempt_at=app.clock() - timedelta(seconds=1))
                )
            for limiter in engine.limiters.values():
                limiter.pause(0)
                limiter._paused_until = 0.0
    raise AssertionError("deliveries never settled")


def deliveries_per_chat(fake: FakeTelegram) -> collections.Counter[int]:
    return collections.Counter(
        int(c.chat_id or 0) for c in fake.calls if c.method == "sendMessage" and c.status == 200
    )


async def statuses(app: App) -> collections.Counter[str]:
    async with app.sessionmaker() as session:
        rows = await session.execute(
            select(Delivery.status, func.count()).group_by(Delivery.status)
        )
        return collections.Counter({status: count for status, count in rows})


async def test_every_resident_gets_it_once_in_their_language(
    app: App, fake_telegram: FakeTelegram
) -> None:
    chats = await add_residents(app, "QUB", 30)
    await add_residents(app, "NUR", 5, first_id=20_000)  # another municipality: not reached
    await announce(app, "QUB")
    await drain_all(app)
    assert deliveries_per_chat(fake_telegram) == collections.Counter(dict.fromkeys(chats, 1))
    texts = {c.chat_id: c.params["text"] for c in fake_telegram.calls if c.method == "sendMessage"}
    assert texts[10_000] == "Su kəsiləcək" and texts[10_001] == "Отключат воду"
    assert texts[10_002] == "Water cut"


async def test_kazakh_residents_fall_back_to_russian(app: App, fake_telegram: FakeTelegram) -> None:
    await add_residents(app, "NUR", 1)
    async with app.sessionmaker.begin() as session:
        resident = await repos.find_resident(session, channel="telegram", external_id="10000")
        assert resident is not None
        resident.locale = "kk"
    await announce(app, "NUR", texts={"ru": "Отключат воду", "en": "Water cut"})
    await drain_all(app)
    [call] = [c for c in fake_telegram.calls if c.method == "sendMessage"]
    assert call.params["text"] == "Отключат воду"


async def test_faults_retried_blocked_marked_nobody_lost(
    app: App, fake_telegram: FakeTelegram
) -> None:
    chats = await add_residents(app, "XAC", 40)
    blocked = {chats[3], chats[17]}
    fake_telegram.forbidden_chats |= blocked
    fake_telegram.fail("sendMessage", 429, "Too Many Requests: retry after 1", retry_after=1)
    fake_telegram.fail("sendMessage", 500, "Internal Server Error", times=3)
    fake_telegram.fail("sendMessage", 502, "Bad Gateway")
    fake_telegram.fail("sendMessage", 0, times=2)  # connection dropped
    # Delivered, but answered after the client gave up: the one case where a retry repeats a
    # message (the platform cannot tell us it already has it).
    fake_telegram.fail("sendMessage", 200, delay=1.0)
    await announce(app, "XAC")
    await drain_all(app)

    delivered = deliveries_per_chat(fake_telegram)
    assert set(delivered) == set(chats) - blocked
    assert sum(delivered.values()) - len(delivered) == 1  # only the timed-out one came twice
    assert await statuses(app) == {"sent": 38, "failed": 2}
    async with app.sessionmaker() as session:
        marked = set(
            await session.scalars(
                select(Resident.external_id).where(Resident.status == ResidentStatus.BLOCKED)
            )
        )
    assert marked == {str(chat) for chat in blocked}


async def test_throttling_pauses_the_whole_channel(app: App, fake_telegram: FakeTelegram) -> None:
    await add_residents(app, "SAB", 5)
    fake_telegram.fail("sendMessage", 429, "Too Many Requests: retry after 7", retry_after=7)
    await announce(app, "SAB")
    await engine_of(app).drain()
    limiter = engine_of(app).limiters["telegram"]
    assert limiter._paused_until > limiter._clock() + 5  # everyone waits, not just that row
    async with app.sessionmaker() as session:
        retried = await session.scalar(select(Delivery).where(Delivery.last_error.is_not(None)))
    assert retried is not None and retried.status == DeliveryStatus.QUEUED
    assert retried.next_attempt_at > app.clock() + timedelta(seconds=5)
    assert retried.attempts == 0  # throttling is not the message's fault


async def test_personal_notifications_go_before_bulk(app: App, fake_telegram: FakeTelegram) -> None:
    await add_residents(app, "GLU", 20)
    await announce(app, "GLU")
    async with app.sessionmaker.begin() as session:
        resident = await repos.find_resident(session, channel="telegram", external_id="10005")
        assert resident is not None
        engine_of(app).enqueue_message(session, resident=resident, reply=Reply("Your proposal"))
    await drain_all(app)
    sent = [c.params["text"] for c in fake_telegram.calls if c.method == "sendMessage"]
    assert sent[0] == "Your proposal"
    assert len(sent) == 21


async def test_stopped_and_muted_residents_are_skipped_but_not_for_emergencies(
    app: App, fake_telegram: FakeTelegram
) -> None:
    chats = await add_residents(app, "SHE", 3)
    async with app.sessionmaker.begin() as session:
        muted = await repos.find_resident(session, channel="telegram", external_id=str(chats[1]))
        assert muted is not None
        muted.muted_categories = [Category.UTILITIES.value]
    await announce(app, "SHE")  # queued for all three...
    async with app.sessionmaker.begin() as session:  # ...then one says /stop before it goes
        stopped = await repos.find_resident(session, channel="telegram", external_id=str(chats[2]))
        assert stopped is not None
        repos.set_status(stopped, ResidentStatus.STOPPED, now=app.clock())
    await drain_all(app)
    assert set(deliveries_per_chat(fake_telegram)) == {chats[0]}
    await announce(app, "SHE", category=Category.EMERGENCY)
    await drain_all(app)
    assert deliveries_per_chat(fake_telegram)[chats[1]] == 1  # muted utilities, not emergencies
    assert chats[2] not in deliveries_per_chat(fake_telegram)  # stopped: nothing at all


async def test_quiet_hours_hold_bulk_until_morning_but_not_emergencies(
    app: App, fake_telegram: FakeTelegram
) -> None:
    await add_residents(app, "QUB", 2)
    engine = engine_of(app)
    engine.default_quiet = QuietHours.parse("22:00-08:00")
    pinned(app).set(datetime(2026, 11, 23, 19, 30, tzinfo=UTC))  # 23:30 in Baku
    await announce(app, "QUB")
    await announce(app, "QUB", category=Category.EMERGENCY, texts={"en": "Flood warning"})
    await engine.drain()
    assert [c.params["text"] for c in fake_telegram.calls if c.method == "sendMessage"] == [
        "Flood warning"
    ] * 2
    async with app.sessionmaker() as session:
        waiting = await session.scalar(
            select(func.min(Delivery.next_attempt_at)).where(
                Delivery.status == DeliveryStatus.QUEUED
            )
        )
    assert waiting == datetime(2026, 11, 24, 4, 0, tzinfo=UTC)  # 08:00 in Baku


def test_quiet_hours_arithmetic() -> None:
    baku = ZoneInfo("Asia/Baku")
    quiet = QuietHours.parse("22:00-08:00")
    at = datetime(2026, 11, 23, 17, 59, tzinfo=UTC)  # 21:59 local
    assert quiet.ends_after(at, baku) is None
    assert quiet.ends_after(at + timedelta(minutes=1), baku) == datetime(
        2026, 11, 24, 4, 0, tzinfo=UTC
    )
    assert quiet.ends_after(datetime(2026, 11, 24, 3, 0, tzinfo=UTC), baku) == datetime(
        2026, 11, 24, 4, 0, tzinfo=UTC
    )
    daytime = QuietHours.parse("13:00-14:00")
    assert daytime.ends_after(datetime(2026, 11, 24, 9, 30, tzinfo=UTC), baku) is not None
    assert QuietHours.parse("off").ends_after(at, baku) is None
    with pytest.raises(ValueError):
        QuietHours.parse("late")


async def test_window_limiter_holds_a_slot_until_a_second_after_completion() -> None:
    now = [0.0]
    limiter = WindowLimiter(3, clock=lambda: now[0])
    for _ in range(3):
        await limiter.acquire()
    assert limiter._in_flight == 3
    now[0] = 0.5
    limiter.release()  # completed at 0.5: its slot is free again only at 1.5
    limiter.take_now()  # a reply jumps the queue but still counts
    waiter = asyncio.ensure_future(limiter.acquire())
    await asyncio.sleep(0.01)
    assert not waiter.done()  # 2 in flight + 2 completed within the second: full
    now[0] = 1.6
    limiter.release()  # a completion also wakes waiters to look again
    await asyncio.wait_for(waiter, 1)
    assert limiter._in_flight == 2


async def test_scheduled_announcement_released_when_due(
    app: App, fake_telegram: FakeTelegram
) -> None:
    await add_residents(app, "DIL", 3)
    later = app.clock() + timedelta(hours=2)
    announcement_id = await announce(app, "DIL", release=False, send_at=later)
    engine = engine_of(app)
    assert await engine.release_due() == 0
    pinned(app).set(later + timedelta(seconds=1))
    assert await engine.release_due() == 1
    assert await engine.release_due() == 0  # released once
    await drain_all(app)
    assert len(deliveries_per_chat(fake_telegram)) == 3
    async with app.sessionmaker() as session:
        announcement = await session.get(Announcement, announcement_id)
        assert announcement is not None and announcement.status == AnnouncementStatus.RELEASED
        figures = await DeliveryEngine.figures(session, [announcement_id])
    assert figures[announcement_id].sent == 3


async def test_correction_and_withdrawal_reach_delivered_copies(
    app: App, fake_telegram: FakeTelegram
) -> None:
    await add_residents(app, "IJE", 4)
    announcement_id = await announce(app, "IJE", texts={"en": "Meeting at 10"})
    await drain_all(app)
    engine = engine_of(app)
    from storage.models import Action

    async with app.sessionmaker.begin() as session:
        announcement = await session.get(Announcement, announcement_id)
        assert announcement is not None
        announcement.texts = {"en": "Meeting at 11"}
        assert await engine.enqueue_followups(session, announcement, Action.EDIT) == 4
    await drain_all(app)
    edits = [c for c in fake_telegram.calls if c.method == "editMessageText"]
    assert {c.params["text"] for c in edits} == {"Meeting at 11"} and len(edits) == 4
    async with app.sessionmaker.begin() as session:
        announcement = await session.get(Announcement, announcement_id)
        assert announcement is not None
        announcement.status = AnnouncementStatus.WITHDRAWN
        assert await engine.enqueue_followups(session, announcement, Action.DELETE) == 4
    await drain_all(app)
    assert len([c for c in fake_telegram.calls if c.method == "deleteMessage"]) == 4


async def test_rows_left_sending_by_a_crash_are_sent_again(
    app: App, fake_telegram: FakeTelegram
) -> None:
    chats = await add_residents(app, "ALA", 6)
    await announce(app, "ALA")
    async with app.sessionmaker.begin() as session:  # as if a sender died holding them
        await session.execute(Delivery.__table__.update().values(status=DeliveryStatus.SENDING))
    assert await engine_of(app).drain() == 0  # nothing is due while they look in flight
    assert await engine_of(app).reconcile() == 6
    await drain_all(app)
    assert set(deliveries_per_chat(fake_telegram)) == set(chats)


def second_process(app: App) -> DeliveryEngine:
    """Another sender on the same database, as a second process would run one."""
    return DeliveryEngine(
        sessionmaker=app.sessionmaker, channels=engine_of(app).channels, clock=app.clock
    )


async def test_a_starting_process_leaves_live_processes_rows_alone(
    app: App, fake_telegram: FakeTelegram, clock: PinnedClock
) -> None:
    await add_residents(app, "ALA", 6)
    await announce(app, "ALA")
    live = engine_of(app)
    async with app.sessionmaker.begin() as session:  # the live process has them in hand
        held = await live._claim(session, "telegram", 6)
    assert len(held) == 6
    joining = second_process(app)
    assert await joining.reconcile() == 0  # it starts: nothing of the live one is taken
    assert await joining.drain() == 0
    clock.advance(LEASE / 2)
    assert await live.renew_leases() == 6  # the live one renews while it works
    clock.advance(LEASE / 2 + timedelta(seconds=1))
    assert await joining.reconcile() == 0  # renewed: still the live one's
    clock.advance(LEASE)  # the live process died: its lease runs out
    assert await joining.reconcile() == 6
    await drain_all_with(joining, app)
    assert len(deliveries_per_chat(fake_telegram)) == 6
    assert sum(deliveries_per_chat(fake_telegram).values()) == 6  # each sent once
    async with app.sessionmaker() as session:
        owners = set(await session.scalars(select(Delivery.lease_owner)))
    assert owners == {None}  # recorded rows hold no lease


async def test_an_outcome_is_recorded_only_by_the_rows_holder(
    app: App, fake_telegram: FakeTelegram, clock: PinnedClock
) -> None:
    await add_residents(app, "ALA", 2)
    await announce(app, "ALA")
    stalled = engine_of(app)
    batch = await stalled._claim_batch("telegram", 2)
    assert batch is not None
    clock.advance(LEASE + timedelta(seconds=1))  # stalled past its lease
    other = second_process(app)
    assert await other.reconcile() == 2
    assert await other.drain() == 2  # the other process sends and records them
    late = [({"id": row.id, "status": DeliveryStatus.FAILED, "last_error": "late"}, None)
            for row in batch.rows]  # fmt: skip
    await stalled._record(late, batch.rows)  # the stalled one wakes up: not its rows any more
    assert (await statuses(app))[DeliveryStatus.SENT] == 2


async def test_several_processes_share_one_platform_limit(
    database_url: str, fake_telegram: FakeTelegram, clock: PinnedClock
) -> None:
    if not database_url.startswith("postgresql"):
        pytest.skip("one process per SQLite database: its own limiter is the whole limit")
    settings = make_settings(
        database_url, fake_telegram, TELEGRAM_RATE_LIMIT="10", QUIET_HOURS="off"
    )
    async with app_by_hand(settings, clock=clock) as app:
        await add_residents(app, "ALA", 45)
        await announce(app, "ALA")
        senders = [engine_of(app), second_process(app), second_process(app)]
        await asyncio.gather(*(sender.drain() for sender in senders))
        while sum(await asyncio.gather(*(sender.drain() for sender in senders))):
            pass
        sends = sorted(c.at for c in fake_telegram.calls if c.method == "sendMessage")
        assert len(sends) == 45
        assert sum(deliveries_per_chat(fake_telegram).values()) == 45  # each once
        busiest = max(sum(1 for t in sends if start <= t < start + 1.0) for start in sends)
        assert busiest <= 10  # three processes, one limit
        assert sends[-1] - sends[0] >= 3.0  # 45 at 10 a second take over three seconds


async def test_replies_count_against_the_shared_limit(
    database_url: str, fake_telegram: FakeTelegram, clock: PinnedClock
) -> None:
    if not database_url.startswith("postgresql"):
        pytest.skip("the shared budget lives in PostgreSQL")
    settings = make_settings(database_url, fake_telegram, TELEGRAM_RATE_LIMIT="10")
    async with app_by_hand(settings, clock=clock) as app:
        replying = engine_of(app).limiters["telegram"]
        for _ in range(7):
            replying.take_now()  # seven replies went out at once in one process
        await replying.settle()
        other = second_process(app).limiters["telegram"]
        assert other.shared is not None
        _, granted, _ = await other.shared.limit.take(10, 10)
        assert granted == 3  # another process may only send what is left of the second


async def test_a_grant_stays_live_a_second_after_its_last_send_completed(
    database_url: str, fake_telegram: FakeTelegram, clock: PinnedClock
) -> None:
    """A message arrives between its send's start and completion: a slow send must count for
    a second after it completed, or the next second could take a full rate besides it."""
    if not database_url.startswith("postgresql"):
        pytest.skip("the shared budget lives in PostgreSQL")
    settings = make_settings(database_url, fake_telegram, TELEGRAM_RATE_LIMIT="10")
    async with app_by_hand(settings, clock=clock) as app:
        slow = engine_of(app).limiters["telegram"].shared
        assert slow is not None
        for _ in range(10):
            assert await slow.slot()  # ten sends start now...
        clock.advance(timedelta(seconds=1))
        for _ in range(10):
            slow.completed()  # ...and complete a second later
        await slow.settle()
        clock.advance(timedelta(seconds=0.5))
        other = second_process(app).limiters["telegram"].shared
        assert other is not None
        _, granted, wait = await other.limit.take(1, 10)
        assert granted == 0  # their messages may have arrived just now
        assert 0 < wait <= 1.1


@pytest.mark.parametrize(("rate", "limit"), [(1, 2), (30, 30), (80, 80), (5000, 500)])
def test_rows_in_flight_are_about_one_seconds_sending(rate: int, limit: int) -> None:
    assert DeliveryEngine.in_flight_limit(rate) == limit


async def test_a_long_backlog_keeps_the_pacing_map_small(
    app: App, fake_telegram: FakeTelegram
) -> None:
    engine = engine_of(app)
    engine._last_to_chat = {("telegram", str(n)): -1e9 for n in range(20_000)}  # long gone
    await add_residents(app, "ALA", 520)  # three batches at 500 a second
    await announce(app, "ALA")
    sizes: list[int] = []
    claim = engine._claim_batch

    async def claim_and_measure(name: str, size: int) -> Any:
        sizes.append(len(engine._last_to_chat))
        return await claim(name, size)

    engine._claim_batch = claim_and_measure  # type: ignore[method-assign]
    await drain_all(app)
    assert len(sizes) >= 3
    assert sizes[2] < 10_000  # pruned after the first batch, not after the whole backlog


async def test_a_municipality_keeps_its_own_quiet_hours(
    app: App, fake_telegram: FakeTelegram
) -> None:
    quba = await add_residents(app, "QUB", 1)
    xachmaz = await add_residents(app, "XAC", 1, first_id=30_000)  # content: quiet 21:00-09:00
    engine = engine_of(app)
    engine.default_quiet = QuietHours.parse("22:00-08:00")
    pinned(app).set(datetime(2026, 11, 23, 17, 30, tzinfo=UTC))  # 21:30 in Baku
    await announce(app, "QUB")
    await announce(app, "XAC")
    await engine.drain()
    assert set(deliveries_per_chat(fake_telegram)) == set(quba)  # Xaçmaz is already quiet
    async with app.sessionmaker() as session:
        waiting = await session.scalar(
            select(Delivery.next_attempt_at).where(Delivery.chat_ref == str(xachmaz[0]))
        )
    assert waiting == datetime(2026, 11, 24, 5, 0, tzinfo=UTC)  # 09:00 in Baku


async def test_copies_in_flight_when_withdrawn_are_deleted_too(
    app: App, fake_telegram: FakeTelegram
) -> None:
    chats = await add_residents(app, "SAB", 3)
    announcement_id = await announce(app, "SAB")
    # Slow (within the fixture's 0.5 s timeout): still on their way...
    fake_telegram.fail("sendMessage", 200, delay=0.3, times=3)
    sending = asyncio.create_task(engine_of(app).drain())
    await asyncio.sleep(0.1)
    async with app.sessionmaker.begin() as session:  # ...when the publisher withdraws it
        announcement = await session.get(Announcement, announcement_id)
        assert announcement is not None
        announcement.status = AnnouncementStatus.WITHDRAWN
        assert await engine_of(app).enqueue_followups(session, announcement, Action.DELETE) == 0
    await sending
    await drain_all(app)
    deleted = {int(c.params["chat_id"]) for c in fake_telegram.calls if c.method == "deleteMessage"}
    assert deleted == set(chats)
