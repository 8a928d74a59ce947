"""The announcement lifecycle (`storage.announcements`): the table of allowed status changes,
the errors for the others, and timestamps taken from the `now` given, on both databases."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage import announcements
from storage.announcements import (
    MAX_TEXT,
    TRANSITIONS,
    Change,
    Changed,
    ForbiddenChange,
    InvalidDraft,
    InvalidText,
    MissingText,
    MissingTopic,
    NewAnnouncement,
    TooSoon,
)
from storage.models import Announcement, AnnouncementStatus, Municipality
from tests.clock import PinnedClock

S = AnnouncementStatus
Sessions = async_sessionmaker[AsyncSession]


def apply(change: Change) -> Callable[[Announcement, datetime], Changed]:
    """Each change a stored announcement can be asked for, as one call."""
    return {
        Change.RELEASE: lambda a, now: announcements.release(a, now=now),
        Change.CANCEL: lambda a, now: announcements.cancel(a, now=now),
        Change.WITHDRAW: lambda a, now: announcements.withdraw(a, now=now),
        Change.CORRECT: lambda a, now: announcements.correct(
            a, locale="en", text="Corrected", now=now
        ),
    }[change]


CHANGES = [c for c in Change if c is not Change.SCHEDULE]


async def a_municipality(session: AsyncSession, code: str = "RUL") -> Municipality:
    place = Municipality(code=code, country="AZ", timezone="Asia/Baku", names={"en": code})
    session.add(place)
    await session.flush()
    return place


def new(place: Municipality, **changes: object) -> NewAnnouncement:
    values: dict[str, object] = {
        "municipality_id": place.id, "category": "utilities", "texts": {"en": "Water is off"},
    }  # fmt: skip
    return NewAnnouncement(**(values | changes))  # type: ignore[arg-type]


async def stored_in(sessions: Sessions, status: AnnouncementStatus, at: datetime) -> int:
    """An announcement brought to `status` through the service itself."""
    async with sessions.begin() as session:
        place = await a_municipality(session)
        announcement = (await announcements.schedule(session, new(place), now=at)).announcement
        if status in (S.RELEASED, S.WITHDRAWN):
            announcements.release(announcement, now=at)
        if status is S.WITHDRAWN:
            announcements.withdraw(announcement, now=at)
        if status is S.CANCELLED:
            announcements.cancel(announcement, now=at)
        return announcement.id


def test_the_table() -> None:
    assert {status: dict(changes) for status, changes in TRANSITIONS.items()} == {
        None: {Change.SCHEDULE: S.SCHEDULED},
        S.SCHEDULED: {Change.RELEASE: S.RELEASED, Change.CANCEL: S.CANCELLED},
        S.RELEASED: {Change.CORRECT: S.RELEASED, Change.WITHDRAW: S.WITHDRAWN},
        S.CANCELLED: {},
        S.WITHDRAWN: {},
    }
    assert set(TRANSITIONS) == {None, *AnnouncementStatus}  # every status has a row
    assert announcements.allowed_changes(S.RELEASED) == (Change.CORRECT, Change.WITHDRAW)
    assert announcements.allowed_changes("withdrawn") == ()
    with pytest.raises(ForbiddenChange, match=r"cancel is not allowed .* withdrawn"):
        announcements.next_status(S.WITHDRAWN, Change.CANCEL)
    with pytest.raises(ForbiddenChange):
        announcements.next_status(None, Change.RELEASE)  # nothing to release yet


@pytest.mark.parametrize("status", list(AnnouncementStatus))
@pytest.mark.parametrize("change", CHANGES)
async def test_every_change_from_every_status(
    sessions: Sessions, clock: PinnedClock, status: AnnouncementStatus, change: Change
) -> None:
    created = clock() - timedelta(days=2)
    announcement_id = await stored_in(sessions, status, created)
    later = clock() + timedelta(hours=5)  # not the clock's time: the argument is what counts
    allowed = TRANSITIONS[status].get(change)
    async with sessions.begin() as session:
        announcement = await announcements.lock(session, announcement_id)
        assert announcement is not None
        if allowed is None:
            with pytest.raises(ForbiddenChange) as refused:
                apply(change)(announcement, later)
            assert (refused.value.status, refused.value.change) == (status, change)
            assert refused.value.announcement_id == announcement_id
        else:
            changed = apply(change)(announcement, later)
            assert (changed.change, changed.before, changed.after) == (change, status, allowed)
            assert changed.at == later and changed.announcement is announcement
    async with sessions() as session:
        stored = await session.get(Announcement, announcement_id)
    assert stored is not None
    assert stored.status == (allowed or status)  # a refused change stored nothing
    assert stored.created_at == created
    if allowed is None:
        assert stored.texts == {"en": "Water is off"} and stored.edited_at is None
    if change is Change.RELEASE and allowed:
        assert stored.released_at == later
    if change is Change.CORRECT and allowed:
        assert stored.texts == {"en": "Corrected"} and stored.edited_at == later
        assert stored.released_at == created  # a correction does not re-release


async def test_scheduling_stores_the_draft_with_the_given_time(
    sessions: Sessions, clock: PinnedClock
) -> None:
    now = clock() + timedelta(days=30)
    async with sessions.begin() as session:
        place = await a_municipality(session)
        at_once = await announcements.schedule(
            session, new(place, community_ids=(7, 3, 7), author_id=None), now=now
        )
        later = await announcements.schedule(
            session, new(place, send_at=now + timedelta(hours=2)), now=now
        )
        ids = at_once.announcement.id, later.announcement.id
    assert (at_once.change, at_once.before, at_once.after, at_once.at) == (
        Change.SCHEDULE, None, S.SCHEDULED, now,
    )  # fmt: skip
    async with sessions() as session:
        first, second = [await session.get(Announcement, i) for i in ids]
    assert first is not None and second is not None
    assert first.status == S.SCHEDULED and first.send_at == now and first.created_at == now
    assert first.community_ids == [3, 7] and first.released_at is None
    assert second.send_at == now + timedelta(hours=2)


async def test_a_scheduled_time_must_lie_ahead(sessions: Sessions, clock: PinnedClock) -> None:
    now = clock()
    async with sessions.begin() as session:
        place = await a_municipality(session)
        for at in (now - timedelta(days=1), now, now + timedelta(seconds=59)):
            with pytest.raises(TooSoon):
                await announcements.schedule(session, new(place, send_at=at), now=now)
        fine = now + timedelta(minutes=2)
        assert announcements.check_send_at(fine, now=now) == fine
    async with sessions() as session:
        assert await session.scalar(select(Announcement)) is None


async def test_invalid_drafts_are_refused(sessions: Sessions, clock: PinnedClock) -> None:
    async with sessions.begin() as session:
        place = await a_municipality(session)
        for bad, kind in (
            (new(place, category="gossip"), MissingTopic),
            (new(place, category=""), MissingTopic),
            (new(place, texts={}), MissingText),
            (new(place, texts={"en": "   "}), InvalidText),
            (new(place, texts={"en": "ok", "ru": "x" * (MAX_TEXT + 1)}), InvalidText),
        ):
            with pytest.raises(kind) as refused:  # each an InvalidDraft, saying which rule
                await announcements.schedule(session, bad, now=clock())
            assert isinstance(refused.value, InvalidDraft)
        assert isinstance(refused.value, InvalidText) and refused.value.locale == "ru"
    async with sessions() as session:
        assert await session.scalar(select(Announcement)) is None
    with pytest.raises(InvalidText) as too_long:
        announcements.check_text("y" * (MAX_TEXT + 5))
    assert too_long.value.length == MAX_TEXT + 5
    assert announcements.check_text("  fine \n") == "fine"


async def test_a_correction_keeps_to_the_languages_written(
    sessions: Sessions, clock: PinnedClock
) -> None:
    announcement_id = await stored_in(sessions, S.RELEASED, clock())
    async with sessions.begin() as session:
        announcement = await announcements.lock(session, announcement_id)
        assert announcement is not None
        with pytest.raises(InvalidDraft):
            announcements.correct(announcement, locale="ru", text="Воды нет", now=clock())
        with pytest.raises(InvalidText):
            announcements.correct(announcement, locale="en", text=" ", now=clock())
        assert announcement.edited_at is None and announcement.texts == {"en": "Water is off"}


async def test_lock_and_recent(sessions: Sessions, clock: PinnedClock) -> None:
    async with sessions.begin() as session:
        here, there = await a_municipality(session, "ONE"), await a_municipality(session, "TWO")
        ids = [
            (await announcements.schedule(session, new(place), now=clock())).announcement.id
            for place in (here, there, here)
        ]
        places = here.id, there.id
    async with sessions.begin() as session:
        assert await announcements.lock(session, None) is None
        assert await announcements.lock(session, 10**6) is None
        newest = await announcements.recent(session, municipality_ids=[places[0]], limit=8)
        assert [a.id for a in newest] == [ids[2], ids[0]]
        assert await announcements.recent(session, municipality_ids=[], limit=8) == []
        assert len(await announcements.recent(session, municipality_ids=places, limit=2)) == 2
