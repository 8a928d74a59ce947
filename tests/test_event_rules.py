"""Consultations' rules (storage/events.py): the tables of allowed event and answer changes, and
the functions that check them, on both databases, under the test's clock."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage import events as store
from storage.events import (
    ANSWER_TRANSITIONS,
    EVENT_TRANSITIONS,
    AnswerChange,
    AnswersClosed,
    CheckInClosed,
    EventCancelled,
    EventChange,
    EventClosed,
    EventField,
    FeedbackNotYet,
    ForbiddenAnswer,
    ForbiddenChange,
    InvalidDetail,
    NewEvent,
    NoScore,
    NotAttended,
    NotInvited,
    TooSoon,
    WrongCode,
)
from storage.models import AnswerStatus, Event, EventAnswer, EventStatus, Municipality, Resident
from tests.clock import PinnedClock

A, C = AnswerStatus, AnswerChange
Sessions = async_sessionmaker[AsyncSession]


# --- the tables -------------------------------------------------------------------------------


def test_event_table() -> None:
    assert store.next_status(None, EventChange.CREATE) == EventStatus.SCHEDULED
    assert store.next_status("scheduled", EventChange.EDIT) == EventStatus.SCHEDULED
    assert store.next_status("scheduled", EventChange.CANCEL) == EventStatus.CANCELLED
    assert set(EVENT_TRANSITIONS) == {None, *EventStatus}
    for change in EventChange:  # cancelled is final
        with pytest.raises(ForbiddenChange):
            store.next_status("cancelled", change, event_id=7)
    for forbidden in (EventChange.EDIT, EventChange.CANCEL):
        with pytest.raises(ForbiddenChange, match="new"):
            store.next_status(None, forbidden)
    with pytest.raises(ForbiddenChange):
        store.next_status("scheduled", EventChange.CREATE)


ALLOWED = [
    (None, C.GOING, A.GOING), (None, C.QUEUE, A.WAITLIST), (None, C.MAYBE, A.MAYBE),
    (None, C.CANT, A.CANT), (None, C.CHECK_IN, A.GOING),  # came without answering
    (A.GOING, C.GOING, A.GOING), (A.GOING, C.QUEUE, A.GOING),  # a double press keeps the seat
    (A.GOING, C.MAYBE, A.MAYBE), (A.GOING, C.CANT, A.CANT), (A.GOING, C.MARK, A.GOING),
    (A.GOING, C.UNMARK, A.GOING), (A.GOING, C.CHECK_IN, A.GOING),
    (A.MAYBE, C.GOING, A.GOING), (A.MAYBE, C.QUEUE, A.WAITLIST), (A.MAYBE, C.CHECK_IN, A.MAYBE),
    (A.CANT, C.GOING, A.GOING), (A.CANT, C.QUEUE, A.WAITLIST), (A.CANT, C.CHECK_IN, A.CANT),
    (A.WAITLIST, C.GOING, A.WAITLIST), (A.WAITLIST, C.QUEUE, A.WAITLIST),  # keeps its place
    (A.WAITLIST, C.PROMOTE, A.GOING), (A.WAITLIST, C.CANT, A.CANT),
    (A.WAITLIST, C.CHECK_IN, A.WAITLIST),
]  # fmt: skip
FORBIDDEN = [
    (None, C.PROMOTE), (None, C.MARK), (None, C.UNMARK),  # nobody to promote or tick
    (A.GOING, C.PROMOTE), (A.MAYBE, C.PROMOTE), (A.CANT, C.PROMOTE),  # only the line moves on
    (A.MAYBE, C.MARK), (A.CANT, C.MARK), (A.WAITLIST, C.MARK),  # the sheet lists Going
    (A.MAYBE, C.UNMARK), (A.CANT, C.UNMARK), (A.WAITLIST, C.UNMARK),
]  # fmt: skip


@pytest.mark.parametrize(("before", "change", "after"), ALLOWED)
def test_allowed_answer_changes(
    before: AnswerStatus | None, change: AnswerChange, after: AnswerStatus
) -> None:
    assert store.next_answer(before, change) == after


@pytest.mark.parametrize(("before", "change"), FORBIDDEN)
def test_forbidden_answer_changes(before: AnswerStatus | None, change: AnswerChange) -> None:
    with pytest.raises(ForbiddenAnswer):
        store.next_answer(before, change)


def test_the_answer_table_is_exactly_that() -> None:
    """Maybe and Can't from any answer, the rows above, and nothing else."""
    assert set(ANSWER_TRANSITIONS) == {None, *AnswerStatus}
    allowed = {(b, c): after for b, c, after in ALLOWED} | {
        (b, c): AnswerStatus(c.value) for b in ANSWER_TRANSITIONS for c in (C.MAYBE, C.CANT)
    }
    for before, row in ANSWER_TRANSITIONS.items():
        for change in AnswerChange:
            if (before, change) in allowed:
                assert row[change] == allowed[before, change], (before, change)
            else:
                assert (before, change) in FORBIDDEN and change not in row, (before, change)


# --- on a database ------------------------------------------------------------------------------


async def setting(sessions: Sessions) -> tuple[int, int, list[int]]:
    """A municipality with a village, and three residents (the last one of the village)."""
    async with sessions.begin() as session:
        place = Municipality(code="TST", country="AZ", timezone="Asia/Baku", names={})
        session.add(place)
        await session.flush()
        village = Municipality(
            code="TST-V", country="AZ", timezone="Asia/Baku", names={}, parent_id=place.id
        )
        session.add(village)
        await session.flush()
        people = [
            Resident(
                channel="telegram", external_id=str(n), locale="en", municipality_id=place.id,
                community_id=village.id if n == 3 else None,
            )
            for n in (1, 2, 3)
        ]  # fmt: skip
        session.add_all(people)
        await session.flush()
        return place.id, village.id, [p.id for p in people]


def new_event(municipality_id: int, starts_at: datetime, **fields: object) -> NewEvent:
    values: dict[str, object] = {
        "municipality_id": municipality_id, "kind": "seminar", "titles": {"en": "Budget"},
        "descriptions": {"en": "How it is spent."}, "starts_at": starts_at,
        "duration_minutes": 90, "place": "Town hall",
    }  # fmt: skip
    return NewEvent(**{**values, **fields})  # type: ignore[arg-type]


async def published(
    sessions: Sessions, clock: PinnedClock, **fields: object
) -> tuple[int, list[int]]:
    """An event three days ahead, and the residents' ids."""
    place_id, _, people = await setting(sessions)
    async with sessions.begin() as session:
        created = await store.create(
            session, new_event(place_id, clock() + timedelta(days=3), **fields), now=clock()
        )
        return created.event.id, people


async def residents(session: AsyncSession, ids: list[int]) -> list[Resident]:
    return [resident for rid in ids if (resident := await session.get(Resident, rid))]


async def test_create_checks_the_draft(sessions: Sessions, clock: PinnedClock) -> None:
    place_id, village_id, _ = await setting(sessions)
    now, ahead = clock(), clock() + timedelta(days=3)
    async with sessions.begin() as session:
        with pytest.raises(TooSoon):
            await store.create(session, new_event(place_id, now + timedelta(minutes=4)), now=now)
        for bad in (
            {"duration_minutes": 5}, {"duration_minutes": 13 * 60}, {"capacity": 0},
            {"link": "meet.example.org"}, {"titles": {"en": "T" * 121}}, {"kind": "party"},
            {"place": None},  # neither online nor at a place
            {"titles": {"en": "T", "ru": "Т"}},  # a title without its description
        ):  # fmt: skip
            with pytest.raises(InvalidDetail):
                await store.create(session, new_event(place_id, ahead, **bad), now=now)
        created = await store.create(
            session, new_event(place_id, ahead, community_ids=(village_id, village_id)), now=now
        )
    assert (created.change, created.before, created.after) == (
        EventChange.CREATE, None, EventStatus.SCHEDULED,
    )  # fmt: skip
    async with sessions() as session:
        stored = await session.get(Event, created.event.id)
        assert stored is not None and stored.status == EventStatus.SCHEDULED
        assert stored.community_ids == [village_id]
        assert len(stored.checkin_code) == 4 and stored.checkin_code.isdigit()
        assert await session.get(Event, created.event.id + 1) is None  # the refused: not stored


async def test_edit_and_cancel(sessions: Sessions, clock: PinnedClock) -> None:
    event_id, _ = await published(sessions, clock)
    now = clock()
    async with sessions.begin() as session:
        event = await store.lock_event(session, event_id)
        assert event is not None and store.editable(event, now)
        moved = store.edit(event, starts_at=now + timedelta(days=4), now=now)
        assert moved.fields == (EventField.TIME,) and moved.tell_everyone
        seats = store.edit(event, capacity=10, now=now)
        assert seats.fields == (EventField.CAPACITY,) and not seats.tell_everyone
        with pytest.raises(TooSoon):
            store.edit(event, starts_at=now, now=now)
        with pytest.raises(InvalidDetail):
            store.edit(event, minutes=5, now=now)
        with pytest.raises(InvalidDetail):
            store.edit(event, now=now)  # nothing to change
        assert event.duration_minutes == 90
        pinned = store.edit(event, location={"lat": 40.1234567, "lon": 49.5}, now=now)
        assert pinned.fields == (EventField.PLACE,) and event.location == {
            "lat": 40.123457, "lon": 49.5,
        }  # fmt: skip
        assert event.place == "Town hall"  # a pin keeps the words

    later = now + timedelta(days=4, hours=2)  # after its end
    async with sessions.begin() as session:
        event = await store.lock_event(session, event_id)
        assert event is not None and not store.editable(event, later)
        with pytest.raises(EventClosed):
            store.edit(event, link="https://meet.example.org/x", now=later)
        with pytest.raises(EventClosed):
            store.cancel(event, now=later)

    async with sessions.begin() as session:
        event = await store.lock_event(session, event_id)
        assert event is not None
        cancelled = store.cancel(event, now=now)
        assert (cancelled.before, cancelled.after) == (EventStatus.SCHEDULED, EventStatus.CANCELLED)
        assert cancelled.tell_everyone
    async with sessions.begin() as session:
        event = await store.lock_event(session, event_id)
        assert event is not None and event.status == EventStatus.CANCELLED
        assert not store.editable(event, now)
        with pytest.raises(ForbiddenChange):
            store.cancel(event, now=now)  # another publisher was first
        with pytest.raises(ForbiddenChange):
            store.edit(event, minutes=60, now=now)


async def test_answers_seats_waitlist_and_promotion(sessions: Sessions, clock: PinnedClock) -> None:
    event_id, (first, second, third) = await published(sessions, clock, capacity=1)
    now = clock()

    async def say(resident: int, wanted: AnswerStatus) -> store.AnswerChanged:
        async with sessions.begin() as session:
            event = await store.lock_event(session, event_id)
            assert event is not None
            return await store.answer(
                session, event=event, resident_id=resident, wanted=wanted, now=now
            )

    took = await say(first, A.GOING)
    assert (took.change, took.before, took.after, took.moved) == (C.GOING, None, A.GOING, True)
    again = await say(first, A.GOING)
    assert (again.after, again.moved) == (A.GOING, False)  # keeps the seat
    line = await say(second, A.GOING)
    assert (line.change, line.after) == (C.QUEUE, A.WAITLIST)
    assert (await say(second, A.GOING)).after == A.WAITLIST  # keeps the place in line
    assert (await say(third, A.MAYBE)).after == A.MAYBE
    with pytest.raises(ForbiddenAnswer):
        await say(third, A.WAITLIST)  # nobody asks for the waitlist

    freed = await say(first, A.CANT)
    assert (freed.before, freed.after) == (A.GOING, A.CANT)
    async with sessions.begin() as session:
        event = await store.lock_event(session, event_id)
        assert event is not None
        [promoted] = await store.promote(session, event=event, now=now)
        assert (promoted.answer.resident_id, promoted.change) == (second, C.PROMOTE)
        assert (promoted.before, promoted.after) == (A.WAITLIST, A.GOING)
        assert await store.promote(session, event=event, now=now) == []  # no seat left
        assert await store.seats_taken(session, event_id=event_id) == 1

    with pytest.raises(AnswersClosed):  # answers close at the start
        async with sessions.begin() as session:
            event = await store.lock_event(session, event_id)
            assert event is not None
            await store.answer(
                session, event=event, resident_id=third, wanted=A.GOING,
                now=event.starts_at,
            )  # fmt: skip
    async with sessions.begin() as session:
        event = await store.lock_event(session, event_id)
        assert event is not None
        store.cancel(event, now=now)
        assert await store.promote(session, event=event, now=now) == []
    with pytest.raises(EventCancelled):
        await say(third, A.GOING)
    async with sessions() as session:
        answer = await session.get(EventAnswer, (event_id, third))
        assert answer is not None and answer.status == A.MAYBE  # the refused changed nothing


async def test_check_in_attendance_and_feedback(sessions: Sessions, clock: PinnedClock) -> None:
    event_id, people = await published(sessions, clock)
    async with sessions.begin() as session:
        going, walk_in, maybe = await residents(session, people)
        event = await store.lock_event(session, event_id)
        assert event is not None
        code, start = event.checkin_code, event.starts_at
        before = start - timedelta(days=1)
        for resident, wanted in ((going, A.GOING), (maybe, A.MAYBE)):
            await store.answer(
                session, event=event, resident_id=resident.id, wanted=wanted, now=before
            )
        with pytest.raises(CheckInClosed):  # more than an hour before the start
            await store.check_in(session, event=event, resident=walk_in, code=code, now=before)
        with pytest.raises(FeedbackNotYet):
            await store.record_feedback(
                session, event=event, resident_id=going.id, score=5, now=before
            )

    during = start + timedelta(minutes=10)
    async with sessions.begin() as session:
        going, walk_in, maybe = await residents(session, people)
        event = await session.get(Event, event_id)
        assert event is not None
        with pytest.raises(WrongCode):
            await store.check_in(
                session, event=event, resident=walk_in, code=wrong(code), now=during
            )
        came = await store.check_in(session, event=event, resident=walk_in, code=code, now=during)
        assert (came.changed.before, came.changed.after) == (None, A.GOING)
        assert came.first and came.ask_feedback
        twice = await store.check_in(session, event=event, resident=walk_in, code=code, now=during)
        assert not twice.first and not twice.ask_feedback
        said_going = await store.check_in(
            session, event=event, resident=going, code=code, now=during
        )
        assert said_going.first and not said_going.ask_feedback  # asked already
        unsure = await store.check_in(session, event=event, resident=maybe, code=code, now=during)
        assert unsure.changed.after == A.MAYBE and unsure.ask_feedback  # the answer stays

        elsewhere = Resident(channel="telegram", external_id="9", locale="en")
        session.add(elsewhere)
        await session.flush()
        with pytest.raises(NotInvited):
            await store.check_in(session, event=event, resident=elsewhere, code=code, now=during)

        # The attendance sheet: those who said Going, ticked and unticked.
        unticked = await store.toggle_attendance(
            session, event=event, resident_id=going.id, by="staff", now=during
        )
        assert unticked.change == C.UNMARK
        answer = await store.answer_of(session, event_id=event_id, resident_id=going.id)
        assert answer is not None and answer.attended_at is None
        ticked = await store.toggle_attendance(
            session, event=event, resident_id=going.id, by="staff", now=during
        )
        assert ticked.change == C.MARK and answer.attendance_by == "staff"
        for off_the_sheet in (maybe.id, elsewhere.id):
            with pytest.raises(ForbiddenAnswer):
                await store.toggle_attendance(
                    session, event=event, resident_id=off_the_sheet, by="staff", now=during
                )

    after = start + timedelta(hours=2)
    async with sessions.begin() as session:
        event = await session.get(Event, event_id)
        assert event is not None
        with pytest.raises(InvalidDetail):
            await store.record_feedback(session, event=event, resident_id=going.id, score=6,
                                        now=after)  # fmt: skip
        with pytest.raises(NotAttended):
            await store.record_feedback(
                session, event=event, resident_id=elsewhere.id, score=4, now=after
            )
        with pytest.raises(NoScore):
            await store.record_comment(
                session, event_id=event_id, resident_id=going.id, text="Good", now=after
            )
        given = await store.record_feedback(
            session, event=event, resident_id=maybe.id, score=4, now=after
        )  # checked in: went, whatever they had answered
        assert given.score == 4
        with pytest.raises(InvalidDetail):
            await store.record_comment(
                session, event_id=event_id, resident_id=maybe.id, text="x" * 1001, now=after
            )
        commented = await store.record_comment(
            session, event_id=event_id, resident_id=maybe.id, text="  More questions  ", now=after
        )
        assert commented.comment == "More questions"
    async with sessions() as session:
        figures = await store.figures(session, event_id=event_id)
    assert (figures.going, figures.maybe, figures.attended, figures.feedback) == (2, 1, 3, 1)
    assert figures.comments == ["More questions"]


def wrong(code: str) -> str:
    return f"{(int(code) + 1) % 10_000:04d}"
