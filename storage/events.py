"""Consultations: their rules in one place, answers with seats and a waitlist, audiences, figures
for the report.

An event is created scheduled, may be edited while it has not ended, and may be cancelled (which
is final): `EVENT_TRANSITIONS`. A resident's answer moves along `ANSWER_TRANSITIONS`: Going takes a
seat, or the waitlist when every seat is taken; a freed seat promotes the first in line; checking
in with the code shown at the event, or a publisher's tick, records attendance beside the answer.
The functions below (`create`, `edit`, `cancel`, `answer`, `promote`, `check_in`,
`toggle_attendance`, `record_feedback`, `record_comment`) check those tables and the rules of time
(answers close at the start, check-in is open around the event, feedback comes after the start),
raise an `EventRuleError` subclass before anything is written when a change is refused, take
their time from a `now` argument (the app's one clock, never the wall clock) and return what
happened (`EventChanged`, `AnswerChanged`, `CheckedIn`, `FeedbackGiven`).

Chat handlers (and a web panel) render, notify and move the conversation; they decide nothing
about an event's or an answer's status.

Seats are race-safe: every change of an answer happens with the event row locked (PostgreSQL
`SELECT ... FOR UPDATE`; SQLite has one writer at a time anyway), and seats are counted in that
same transaction, so two residents pressing Going for the last seat cannot both get it.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from enum import StrEnum
from types import MappingProxyType
from typing import Any, Final

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage import repos
from storage.models import (
    AnswerStatus,
    Category,
    Delivery,
    DeliveryStatus,
    Event,
    EventAnswer,
    EventKind,
    EventStatus,
    Proposal,
    ProposalStatus,
    Resident,
)

S = EventStatus
A = AnswerStatus

# Answers that hear about changes; going and maybe are also reminded.
ANSWERED = (A.GOING, A.MAYBE, A.WAITLIST)
REMINDED = (A.GOING, A.MAYBE)

# What a publisher may write.
MAX_TITLE, MAX_TEXT, MAX_PLACE, MAX_LINK = 120, 1500, 300, 500
MIN_MINUTES, MAX_MINUTES = 15, 12 * 60
MAX_CAPACITY = 100_000
MIN_LEAD = timedelta(minutes=5)  # a start must lie at least this far ahead
# Check-in and feedback.
CHECKIN_EARLY = timedelta(hours=1)  # the code works from an hour before the start...
CHECKIN_LATE = timedelta(hours=1)  # ...to an hour after the end
CHECKIN_TRIES = 5  # wrong codes per conversation before we stop taking guesses
SCORES = range(1, 6)  # how useful it was, 1 to 5
MAX_COMMENT = 1000  # event_answers.feedback_comment


# --- the tables ------------------------------------------------------------------------------


class EventChange(StrEnum):
    """What can happen to an event."""

    CREATE = "create"  # published from a complete draft
    EDIT = "edit"  # its time, duration, link, place or seats changed
    CANCEL = "cancel"  # called off; final


# status before (None: it does not exist yet) -> change -> status after. Nothing else is allowed;
# editing and cancelling also need the event not to have ended (`EventClosed`).
EVENT_TRANSITIONS: Final[Mapping[EventStatus | None, Mapping[EventChange, EventStatus]]] = (
    MappingProxyType(
        {
            None: MappingProxyType({EventChange.CREATE: S.SCHEDULED}),
            S.SCHEDULED: MappingProxyType(
                {EventChange.EDIT: S.SCHEDULED, EventChange.CANCEL: S.CANCELLED}
            ),
            S.CANCELLED: MappingProxyType({}),
        }
    )
)


class AnswerChange(StrEnum):
    """What can happen to a resident's answer."""

    GOING = "going"  # said Going with a seat free (or no limit)
    QUEUE = "queue"  # said Going with every seat taken
    MAYBE = "maybe"
    CANT = "cant"
    PROMOTE = "promote"  # a seat freed up: the first in line takes it
    CHECK_IN = "checkin"  # typed the code shown at the event: present
    MARK = "mark"  # a publisher ticks them present on the attendance sheet
    UNMARK = "unmark"  # ... or takes the tick back


C = AnswerChange

# answer before (None: none yet) -> change -> answer after. Nothing else is allowed; answers
# themselves (going, queue, maybe, can't) also close at the start (`AnswersClosed`), check-in
# has its window (`CheckInClosed`). Attendance is recorded beside the answer: checking in keeps
# the answer, except that someone who never answered came, so is counted as going; a publisher
# ticks (and unticks) only those who said Going. Going pressed again keeps the seat, or the
# place in line.
# fmt: off
ANSWER_TRANSITIONS: Final[Mapping[AnswerStatus | None, Mapping[AnswerChange, AnswerStatus]]] = (
    MappingProxyType({
        None: MappingProxyType({
            C.GOING: A.GOING, C.QUEUE: A.WAITLIST, C.MAYBE: A.MAYBE, C.CANT: A.CANT,
            C.CHECK_IN: A.GOING,
        }),
        A.GOING: MappingProxyType({
            C.GOING: A.GOING, C.QUEUE: A.GOING, C.MAYBE: A.MAYBE, C.CANT: A.CANT,
            C.CHECK_IN: A.GOING, C.MARK: A.GOING, C.UNMARK: A.GOING,
        }),
        A.MAYBE: MappingProxyType({
            C.GOING: A.GOING, C.QUEUE: A.WAITLIST, C.MAYBE: A.MAYBE, C.CANT: A.CANT,
            C.CHECK_IN: A.MAYBE,
        }),
        A.CANT: MappingProxyType({
            C.GOING: A.GOING, C.QUEUE: A.WAITLIST, C.MAYBE: A.MAYBE, C.CANT: A.CANT,
            C.CHECK_IN: A.CANT,
        }),
        A.WAITLIST: MappingProxyType({
            C.GOING: A.WAITLIST, C.QUEUE: A.WAITLIST, C.MAYBE: A.MAYBE, C.CANT: A.CANT,
            C.PROMOTE: A.GOING, C.CHECK_IN: A.WAITLIST,
        }),
    })
)
# fmt: on

# What a resident's press asks for (the Going press is GOING or QUEUE, by the seats left).
ANSWERABLE: Final = (A.GOING, A.MAYBE, A.CANT)
SAYING: Final = MappingProxyType({A.MAYBE: AnswerChange.MAYBE, A.CANT: AnswerChange.CANT})


class EventField(StrEnum):
    """What a publisher may edit after publishing; the values are in old buttons' ids."""

    TIME = "time"
    DURATION = "dur"
    LINK = "link"
    PLACE = "place"
    CAPACITY = "cap"


# Everyone who answered hears these changes (and their reminders are made anew); more seats
# only move the waitlist on.
TOLD: Final = frozenset({EventField.TIME, EventField.DURATION, EventField.LINK, EventField.PLACE})


# --- what can go wrong ----------------------------------------------------------------------


class EventRuleError(Exception):
    """A change the rules refuse; nothing was written."""


class ForbiddenChange(EventRuleError):
    """The event's status does not allow this change (see `EVENT_TRANSITIONS`): it was
    cancelled, perhaps by another publisher a moment ago."""

    def __init__(self, status: str | None, change: EventChange, event_id: int | None = None):
        self.status, self.change, self.event_id = status, change, event_id
        what = f"event #{event_id}" if event_id else "an event"
        super().__init__(f"{change} is not allowed for {what} that is {status or 'new'}")


class EventClosed(EventRuleError):
    """The event has ended: it can no longer be edited or cancelled."""


class EventCancelled(EventRuleError):
    """The event was cancelled: no answers, no check-in, no feedback."""


class AnswersClosed(EventRuleError):
    """The event has started: answers can no longer change."""


class ForbiddenAnswer(EventRuleError):
    """The answer does not allow this change (see `ANSWER_TRANSITIONS`): no answer to tick, a
    promotion of someone not in line, an answer that is not one."""

    def __init__(self, status: str | None, change: AnswerChange | str) -> None:
        self.status, self.change = status, change
        super().__init__(f"{change} is not allowed for an answer that is {status or 'none'}")


class NotInvited(EventRuleError):
    """The resident's place is not in the event's audience."""


class CheckInClosed(EventRuleError):
    """Check-in opens `CHECKIN_EARLY` before the start and closes `CHECKIN_LATE` after the end."""


class WrongCode(EventRuleError):
    """Not the code shown at the event."""


class FeedbackNotYet(EventRuleError):
    """Feedback is asked for once the event has started."""


class NotAttended(EventRuleError):
    """Feedback (and a proposal about the event) come from those who went: said Going or
    checked in."""


class NoScore(EventRuleError):
    """A comment follows a score; there is none."""


class InvalidDetail(EventRuleError):
    """A value the rules do not take (a title too long, a duration out of range, a score of
    7...); `length` and `limit` say why, where that is about a size."""

    def __init__(self, message: str, *, length: int = 0, limit: int = 0) -> None:
        self.length, self.limit = length, limit
        super().__init__(message)


class TooSoon(InvalidDetail):
    """A start that has passed, or is less than `MIN_LEAD` ahead."""

    def __init__(self, at: datetime, now: datetime) -> None:
        self.at, self.now = at, now
        super().__init__(f"{at.isoformat()} is not after {(now + MIN_LEAD).isoformat()}")


# --- what happened --------------------------------------------------------------------------


@dataclass(frozen=True)
class NewEvent:
    """What a publisher's draft holds once it is complete."""

    municipality_id: int
    kind: str
    titles: Mapping[str, str]  # locale -> title
    descriptions: Mapping[str, str]
    starts_at: datetime
    duration_minutes: int
    community_ids: tuple[int, ...] = ()  # empty: the whole municipality
    link: str | None = None
    place: str | None = None
    location: Mapping[str, float] | None = None  # {"lat": .., "lon": ..}
    capacity: int | None = None  # None: no limit
    author_id: int | None = None


@dataclass(frozen=True)
class EventChanged:
    """What happened to an event: `change` took it from `before` to `after` at `at`; `fields`
    are those an edit changed."""

    event: Event = field(compare=False)
    change: EventChange
    before: EventStatus | None
    after: EventStatus
    at: datetime
    fields: tuple[EventField, ...] = ()

    @property
    def tell_everyone(self) -> bool:
        """Everyone who answered hears it: a cancellation, or a change of time, link or place."""
        return self.change == EventChange.CANCEL or any(f in TOLD for f in self.fields)


@dataclass(frozen=True)
class AnswerChanged:
    """What happened to an answer: `change` took it from `before` (None: there was none) to
    `after` at `at`."""

    answer: EventAnswer = field(compare=False)
    change: AnswerChange
    before: AnswerStatus | None
    after: AnswerStatus
    at: datetime

    @property
    def moved(self) -> bool:
        """Its status changed (a second press of the same answer changes nothing)."""
        return self.before != self.after


@dataclass(frozen=True)
class CheckedIn:
    """A resident checked in. `first`: not marked present before; `ask_feedback`: the feedback
    question was not queued for them already (only Going answers have it)."""

    changed: AnswerChanged
    first: bool
    ask_feedback: bool


@dataclass(frozen=True)
class FeedbackGiven:
    answer: EventAnswer = field(compare=False)
    score: int | None
    comment: str | None
    at: datetime


# --- questions ------------------------------------------------------------------------------


def status_of(value: str | None) -> EventStatus | None:
    return None if value is None else EventStatus(value)


def answer_status(answer: EventAnswer | None) -> AnswerStatus | None:
    return None if answer is None else AnswerStatus(answer.status)


def next_status(status: str | None, change: EventChange, *, event_id: int | None = None) -> S:
    """Where `change` takes an event in `status`; `ForbiddenChange` if nowhere."""
    after = EVENT_TRANSITIONS.get(status_of(status), {}).get(change)
    if after is None:
        raise ForbiddenChange(status, change, event_id)
    return after


def next_answer(status: str | None, change: AnswerChange) -> A:
    """Where `change` takes an answer in `status`; `ForbiddenAnswer` if nowhere."""
    before = None if status is None else AnswerStatus(status)
    after = ANSWER_TRANSITIONS.get(before, {}).get(change)
    if after is None:
        raise ForbiddenAnswer(status, change)
    return after


def ended(event: Event, now: datetime) -> bool:
    return event.ends_at <= now


def can(event: Event, change: EventChange, now: datetime) -> bool:
    """Whether `change` is allowed now: by the table, and (edit, cancel) before the end."""
    if change not in EVENT_TRANSITIONS.get(status_of(event.status), {}):
        return False
    return change == EventChange.CREATE or not ended(event, now)


def editable(event: Event, now: datetime) -> bool:
    """Still scheduled and not over: it may be edited or cancelled."""
    return can(event, EventChange.EDIT, now)


def answers_open(event: Event, now: datetime) -> bool:
    """Residents may answer (change their answer) until the start."""
    return event.status == S.SCHEDULED and now < event.starts_at


def checkin_open(event: Event, now: datetime) -> bool:
    return event.starts_at - CHECKIN_EARLY <= now <= event.ends_at + CHECKIN_LATE


def invites(event: Event, *, municipality_id: int | None, community_id: int | None) -> bool:
    """Whether a resident of this place is in the event's audience."""
    return event.municipality_id == municipality_id and (
        not event.community_ids or community_id in event.community_ids
    )


def went(answer: EventAnswer | None) -> bool:
    """Said Going, or checked in (whatever they had answered)."""
    return answer is not None and (answer.status == A.GOING or answer.attended_at is not None)


def may_give_feedback(event: Event, answer: EventAnswer | None, now: datetime) -> bool:
    return event.status == S.SCHEDULED and event.starts_at <= now and went(answer)


def may_propose(event: Event, answer: EventAnswer | None, now: datetime) -> bool:
    """A proposal about the event comes from someone who went, once it has started."""
    return event.starts_at <= now and went(answer)


# --- what a publisher may write -------------------------------------------------------------


def check_start(at: datetime, *, now: datetime) -> datetime:
    """A start must lie at least `MIN_LEAD` ahead; `TooSoon` otherwise."""
    if at <= now + MIN_LEAD:
        raise TooSoon(at, now)
    return at


def check_minutes(minutes: int) -> int:
    if not MIN_MINUTES <= minutes <= MAX_MINUTES:
        raise InvalidDetail(f"a duration of {minutes} minutes", length=minutes, limit=MAX_MINUTES)
    return minutes


def check_capacity(capacity: int | None) -> int | None:
    if capacity is not None and not 1 <= capacity <= MAX_CAPACITY:
        raise InvalidDetail(f"{capacity} seats", length=capacity, limit=MAX_CAPACITY)
    return capacity


def valid_link(text: str) -> bool:
    return bool(re.fullmatch(r"https?://\S+\.\S+", text)) and len(text) <= MAX_LINK


def check_link(link: str | None) -> str | None:
    if link is not None and not valid_link(link):
        raise InvalidDetail(f"not a link: {link[:80]!r}", length=len(link), limit=MAX_LINK)
    return link


def text_fits(text: str, limit: int) -> bool:
    """A title, description or place: not empty, at most `limit` characters."""
    return 0 < len(text) <= limit


def check_text(text: str, limit: int) -> str:
    """`text` if it fits (`text_fits`); raises `InvalidDetail` if not."""
    if not text_fits(text, limit):
        raise InvalidDetail(f"a text of {len(text)} characters", length=len(text), limit=limit)
    return text


def check_location(location: Mapping[str, float] | None) -> dict[str, float] | None:
    if location is None:
        return None
    lat, lon = float(location["lat"]), float(location["lon"])
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise InvalidDetail(f"no place on Earth: {lat}, {lon}")
    return {"lat": round(lat, 6), "lon": round(lon, 6)}


# --- events ---------------------------------------------------------------------------------


KINDS = frozenset(kind.value for kind in EventKind)


def check_kind(kind: str) -> str:
    """One of `EventKind`'s values. Raises `InvalidDetail`."""
    if kind not in KINDS:
        raise InvalidDetail(f"unknown kind {kind[:40]!r}")
    return kind


def check_texts(
    titles: Mapping[str, str], descriptions: Mapping[str, str]
) -> tuple[dict[str, str], dict[str, str]]:
    """Titles and descriptions by language code: a title and a description in each of the
    event's languages (one at least), each within `MAX_TITLE` / `MAX_TEXT` characters. Raises
    `InvalidDetail`."""
    if not titles or set(titles) != set(descriptions):
        raise InvalidDetail("an event needs a title and a description in each of its languages")
    return (
        {code: check_text(text, MAX_TITLE) for code, text in titles.items()},
        {code: check_text(text, MAX_TEXT) for code, text in descriptions.items()},
    )


def check_where(link: str | None, place: str | None, location: object | None) -> None:
    """An event happens online (a link), at a place (an address or a location), or both.
    Raises `InvalidDetail`."""
    if not link and not place and not location:
        raise InvalidDetail("an event happens online, at a place, or both")


def build(new: NewEvent, *, now: datetime) -> Event:
    """The event a complete draft makes, not stored (a preview counts and renders it). Raises
    `InvalidDetail` for an invalid draft."""
    kind = check_kind(new.kind)
    titles, descriptions = check_texts(new.titles, new.descriptions)
    check_where(new.link, new.place, new.location)
    return Event(
        municipality_id=new.municipality_id,
        community_ids=sorted(set(new.community_ids)),
        kind=kind,
        titles=titles,
        descriptions=descriptions,
        starts_at=new.starts_at,
        duration_minutes=check_minutes(new.duration_minutes),
        link=check_link(new.link),
        place=check_text(new.place, MAX_PLACE) if new.place is not None else None,
        location=check_location(new.location),
        capacity=check_capacity(new.capacity),
        status=next_status(None, EventChange.CREATE),
        author_id=new.author_id,
        created_at=now,
        updated_at=now,
    )


async def create(session: AsyncSession, new: NewEvent, *, now: datetime) -> EventChanged:
    """Store a new event with its check-in code. The start must still be ahead (`TooSoon`): a
    preview left open past it is not published as if it were on time."""
    check_start(new.starts_at, now=now)
    event = build(new, now=now)
    event.checkin_code = f"{secrets.randbelow(10_000):04d}"
    session.add(event)
    await session.flush()
    return EventChanged(event, EventChange.CREATE, None, S.SCHEDULED, now)


def _check(event: Event, change: EventChange, now: datetime) -> EventStatus:
    after = next_status(event.status, change, event_id=event.id)
    if ended(event, now):
        raise EventClosed(f"event #{event.id} ended at {event.ends_at.isoformat()}")
    return after


def edit(
    event: Event, *, now: datetime, starts_at: datetime | None = None,
    minutes: int | None = None, link: str | None = None, place: str | None = None,
    location: Mapping[str, float] | None = None, capacity: int | None = None,
) -> EventChanged:  # fmt: skip
    """Change what is given (the event must be locked: `lock_event`). A moved start must lie
    ahead; a new capacity moves the waitlist on (the caller calls `promote`)."""
    before = status_of(event.status)
    after = _check(event, EventChange.EDIT, now)
    changes: dict[EventField, tuple[str, Any]] = {}
    if starts_at is not None:
        changes[EventField.TIME] = ("starts_at", check_start(starts_at, now=now))
    if minutes is not None:
        changes[EventField.DURATION] = ("duration_minutes", check_minutes(minutes))
    if link is not None:
        changes[EventField.LINK] = ("link", check_link(link))
    if place is not None:
        changes[EventField.PLACE] = ("place", check_text(" ".join(place.split()), MAX_PLACE))
    if location is not None:
        changes[EventField.PLACE] = ("location", check_location(location))
    if capacity is not None:
        changes[EventField.CAPACITY] = ("capacity", check_capacity(capacity))
    if not changes:
        raise InvalidDetail("nothing to change")
    for attribute, value in changes.values():
        setattr(event, attribute, value)
    event.updated_at = now
    return EventChanged(event, EventChange.EDIT, before, after, now, tuple(changes))


def cancel(event: Event, *, now: datetime) -> EventChanged:
    """Called off before its end (the event must be locked); everyone who answered is told."""
    before = status_of(event.status)
    after = _check(event, EventChange.CANCEL, now)
    event.status, event.updated_at = after, now
    return EventChanged(event, EventChange.CANCEL, before, after, now)


async def lock_event(session: AsyncSession, event_id: int) -> Event | None:
    """The event, locked until the transaction ends (PostgreSQL), read afresh."""
    query = select(Event).where(Event.id == event_id).execution_options(populate_existing=True)
    if session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update()
    return await session.scalar(query)


async def seats_taken(session: AsyncSession, *, event_id: int) -> int:
    return int(
        await session.scalar(
            select(func.count())
            .select_from(EventAnswer)
            .where(EventAnswer.event_id == event_id, EventAnswer.status == A.GOING)
        )
        or 0
    )


# --- answers --------------------------------------------------------------------------------


async def answer_of(
    session: AsyncSession, *, event_id: int, resident_id: int
) -> EventAnswer | None:
    return await session.get(EventAnswer, (event_id, resident_id), populate_existing=True)


async def _apply(
    session: AsyncSession, stored: EventAnswer | None, *, event: Event, resident_id: int,
    change: AnswerChange, now: datetime,
) -> tuple[EventAnswer, AnswerChanged]:  # fmt: skip
    before = answer_status(stored)
    after = next_answer(before, change)
    if stored is None:
        stored = EventAnswer(
            event_id=event.id, resident_id=resident_id, status=after, answered_at=now,
            created_at=now,
        )  # fmt: skip
        session.add(stored)
    elif after != before:
        stored.status, stored.answered_at = after, now  # answered_at: the waitlist's order
    return stored, AnswerChanged(stored, change, before, after, now)


async def answer(
    session: AsyncSession, *, event: Event, resident_id: int, wanted: AnswerStatus, now: datetime
) -> AnswerChanged:
    """Store a resident's answer: Going, Maybe or Can't (the event must be locked:
    `lock_event`). Going becomes the waitlist when every seat is taken; pressed again, it keeps
    the seat or the place in line. Refused once the event is cancelled or has started."""
    if event.status == S.CANCELLED:
        raise EventCancelled(f"event #{event.id} was cancelled")
    if not answers_open(event, now):
        raise AnswersClosed(f"event #{event.id} started at {event.starts_at.isoformat()}")
    if wanted not in ANSWERABLE:
        raise ForbiddenAnswer(None, wanted)
    stored = await answer_of(session, event_id=event.id, resident_id=resident_id)
    before = answer_status(stored)
    change = SAYING.get(wanted, AnswerChange.GOING)
    if (
        change == AnswerChange.GOING
        and before not in (A.GOING, A.WAITLIST)
        and event.capacity is not None
        and await seats_taken(session, event_id=event.id) >= event.capacity
    ):
        change = AnswerChange.QUEUE
    _, changed = await _apply(
        session, stored, event=event, resident_id=resident_id, change=change, now=now
    )
    await session.flush()
    return changed


async def promote(session: AsyncSession, *, event: Event, now: datetime) -> list[AnswerChanged]:
    """Give free seats to the waitlist, first come first served (the event must be locked).
    A cancelled event promotes nobody."""
    if event.status != S.SCHEDULED:
        return []
    free = (
        None
        if event.capacity is None
        else event.capacity - await seats_taken(session, event_id=event.id)
    )
    if free is not None and free <= 0:
        return []
    query = (
        select(EventAnswer)
        .where(EventAnswer.event_id == event.id, EventAnswer.status == A.WAITLIST)
        .order_by(EventAnswer.answered_at, EventAnswer.resident_id)
    )
    if free is not None:
        query = query.limit(free)
    promoted = []
    for stored in list(await session.scalars(query)):
        _, changed = await _apply(
            session, stored, event=event, resident_id=stored.resident_id,
            change=AnswerChange.PROMOTE, now=now,
        )  # fmt: skip
        promoted.append(changed)
    await session.flush()
    return promoted


# --- attendance and feedback ----------------------------------------------------------------


async def check_in(
    session: AsyncSession, *, event: Event, resident: Resident, code: str, now: datetime
) -> CheckedIn:
    """The resident typed `code` at the event: present. Someone who never answered is counted as
    going (they came); checking in twice changes nothing."""
    if event.status != S.SCHEDULED:
        raise EventCancelled(f"event #{event.id} was cancelled")
    if not invites(
        event, municipality_id=resident.municipality_id, community_id=resident.community_id
    ):
        raise NotInvited(f"event #{event.id} is not for resident #{resident.id}")
    if not checkin_open(event, now):
        raise CheckInClosed(f"check-in of event #{event.id} is closed")
    if code != event.checkin_code:
        raise WrongCode("not the code shown at the event")
    stored = await answer_of(session, event_id=event.id, resident_id=resident.id)
    first = stored is None or stored.attended_at is None
    stored, changed = await _apply(
        session, stored, event=event, resident_id=resident.id, change=AnswerChange.CHECK_IN,
        now=now,
    )  # fmt: skip
    if first:
        stored.attended_at, stored.attendance_by = now, "checkin"
    await session.flush()
    return CheckedIn(changed, first=first, ask_feedback=first and changed.before != A.GOING)


async def toggle_attendance(
    session: AsyncSession, *, event: Event, resident_id: int, by: str, now: datetime
) -> AnswerChanged:
    """A publisher's tick on the attendance sheet (those who said Going): present, or not
    after all. `by` is the publisher's ref."""
    stored = await answer_of(session, event_id=event.id, resident_id=resident_id)
    present = stored is not None and stored.attended_at is not None
    change = AnswerChange.UNMARK if present else AnswerChange.MARK
    stored, changed = await _apply(
        session, stored, event=event, resident_id=resident_id, change=change, now=now
    )  # fmt: skip
    if present:
        stored.attended_at = stored.attendance_by = None
    else:
        stored.attended_at, stored.attendance_by = now, by
    await session.flush()
    return changed


async def record_feedback(
    session: AsyncSession, *, event: Event, resident_id: int, score: int, now: datetime
) -> FeedbackGiven:
    """How useful it was, 1 to 5, from someone who went, once it has started (a second score
    replaces the first)."""
    if score not in SCORES:
        raise InvalidDetail(f"a score of {score}", length=score, limit=max(SCORES))
    stored = await answer_of(session, event_id=event.id, resident_id=resident_id)
    if stored is None or not went(stored):
        raise NotAttended(f"resident #{resident_id} did not go to event #{event.id}")
    if event.status != S.SCHEDULED:
        raise EventCancelled(f"event #{event.id} was cancelled")
    if event.starts_at > now:
        raise FeedbackNotYet(f"event #{event.id} has not started")
    stored.feedback_score, stored.feedback_at = score, now
    await session.flush()
    return FeedbackGiven(stored, score, stored.feedback_comment, now)


async def record_comment(
    session: AsyncSession, *, event_id: int, resident_id: int, text: str, now: datetime
) -> FeedbackGiven:
    """A few words after the score (empty: none); at most `MAX_COMMENT` characters."""
    text = text.strip()
    if len(text) > MAX_COMMENT:
        raise InvalidDetail("a comment too long", length=len(text), limit=MAX_COMMENT)
    stored = await answer_of(session, event_id=event_id, resident_id=resident_id)
    if stored is None or stored.feedback_score is None:
        raise NoScore(f"no score from resident #{resident_id} for event #{event_id}")
    stored.feedback_comment = text or None
    await session.flush()
    return FeedbackGiven(stored, stored.feedback_score, stored.feedback_comment, now)


# --- lists and figures ----------------------------------------------------------------------


def invite_topic(event_id: int) -> str:
    return f"event:{event_id}:invite"


def personal_topic(event_id: int) -> str:
    """Reminders and the feedback question of one event: re-made when it changes."""
    return f"event:{event_id}"


async def checkin_candidates(
    session: AsyncSession, *, municipality_id: int, community_id: int | None, now: datetime
) -> list[Event]:
    """Scheduled events of the resident's place whose check-in is open now."""
    found = await upcoming(
        session, municipality_id=municipality_id, community_id=community_id,
        now=now - CHECKIN_LATE,
    )  # fmt: skip
    return [event for event in found if checkin_open(event, now)]


async def residents_answered(
    session: AsyncSession, *, event_id: int, statuses: tuple[str, ...] = ANSWERED
) -> list[tuple[Resident, EventAnswer]]:
    rows = await session.execute(
        select(Resident, EventAnswer)
        .join(EventAnswer, EventAnswer.resident_id == Resident.id)
        .where(EventAnswer.event_id == event_id, EventAnswer.status.in_(statuses))
        .order_by(EventAnswer.answered_at, Resident.id)
    )
    return [(resident, answer) for resident, answer in rows]


def audience_query(event: Event, *, channels: list[str]) -> Any:
    """Active residents of the event's municipality (and communities, if it names some) on a
    channel we deliver to, less those who muted event notices."""
    return repos.residents_reached(
        municipality_id=event.municipality_id,
        community_ids=event.community_ids,
        channels=channels,
    ).where(repos.not_muted(Category.EVENTS))


def not_yet_invited(query: Any, event_id: int) -> Any:
    """Leaves out residents who have an invite that is not skipped (queued, sent or failed)."""
    invited = select(Delivery.resident_id).where(
        Delivery.topic == invite_topic(event_id), Delivery.status != DeliveryStatus.SKIPPED
    )
    return query.where(Resident.id.not_in(invited))


async def upcoming(
    session: AsyncSession, *, municipality_id: int, community_id: int | None, now: datetime
) -> list[Event]:
    """Scheduled events a resident of this place is invited to that have not ended."""
    rows = await session.scalars(
        select(Event)
        .where(
            Event.municipality_id == municipality_id,
            Event.status == EventStatus.SCHEDULED,
            Event.starts_at > now - timedelta(days=2),  # the longest event ends within
        )
        .order_by(Event.starts_at, Event.id)
    )
    return [
        e
        for e in rows
        if e.ends_at > now and (not e.community_ids or community_id in e.community_ids)
    ]


async def answers_of(
    session: AsyncSession, *, resident_id: int, event_ids: list[int]
) -> dict[int, EventAnswer]:
    rows = await session.scalars(
        select(EventAnswer).where(
            EventAnswer.resident_id == resident_id, EventAnswer.event_id.in_(event_ids)
        )
    )
    return {answer.event_id: answer for answer in rows}


async def events_of(
    session: AsyncSession, *, municipality_ids: list[int], since: datetime, limit: int = 10
) -> list[Event]:
    """Publishers' list: events that end after `since`, soonest first."""
    rows = await session.scalars(
        select(Event)
        .where(Event.municipality_id.in_(municipality_ids), Event.starts_at > since)
        .order_by(Event.starts_at, Event.id)
        .limit(limit)
    )
    return list(rows)


@dataclass(frozen=True, slots=True)
class EventFigures:
    invited: int
    going: int
    maybe: int
    cant: int
    waitlist: int
    attended: int
    feedback: int
    average: float | None
    comments: list[str]


async def figures(session: AsyncSession, *, event_id: int, comments: int = 10) -> EventFigures:
    invited = await session.scalar(
        select(func.count())
        .select_from(Delivery)
        .where(Delivery.topic == invite_topic(event_id), Delivery.status != DeliveryStatus.SKIPPED)
    )
    rows = await session.execute(
        select(EventAnswer.status, func.count())
        .where(EventAnswer.event_id == event_id)
        .group_by(EventAnswer.status)
    )
    by_status = {status: int(count) for status, count in rows}
    totals: tuple[int, int, Decimal | float | None] = (  # AVG: float (SQLite), Decimal (PG)
        await session.execute(
            select(
                func.count(EventAnswer.attended_at),
                func.count(EventAnswer.feedback_score),
                func.avg(EventAnswer.feedback_score),
            ).where(EventAnswer.event_id == event_id)
        )
    ).one()
    attended, feedback, average = totals
    said = await session.scalars(
        select(EventAnswer.feedback_comment)
        .where(EventAnswer.event_id == event_id, EventAnswer.feedback_comment.is_not(None))
        .order_by(EventAnswer.feedback_at.desc())
        .limit(comments)
    )
    return EventFigures(
        invited=int(invited or 0),
        going=by_status.get(AnswerStatus.GOING, 0),
        maybe=by_status.get(AnswerStatus.MAYBE, 0),
        cant=by_status.get(AnswerStatus.CANT, 0),
        waitlist=by_status.get(AnswerStatus.WAITLIST, 0),
        attended=int(attended or 0),
        feedback=int(feedback or 0),
        average=float(average) if average is not None else None,
        comments=[str(c) for c in said if c],
    )


# --- the web panel's lists ------------------------------------------------------------------

PANEL_LIST = 50  # events per list (upcoming, past) on the panel's page
# Proposals a summary of the event names: those that passed moderation (the others are not
# public: waiting, rejected, duplicates, sent back for changes).
PUBLIC_PROPOSALS = (ProposalStatus.APPROVED, ProposalStatus.ANSWERED, ProposalStatus.DONE)


async def publisher_events(
    session: AsyncSession, *, municipality_ids: list[int], now: datetime, past: bool,
    limit: int = PANEL_LIST,
) -> list[Event]:  # fmt: skip
    """Events of these municipalities: those that have not ended (soonest first), or with
    `past` those that have (latest first); cancelled ones are listed where their time puts
    them."""
    longest = timedelta(minutes=MAX_MINUTES)
    query = select(Event).where(Event.municipality_id.in_(municipality_ids))
    if past:  # ended ones started before now; `ended` below decides exactly
        query = query.where(Event.starts_at <= now).order_by(Event.starts_at.desc(), Event.id)
    else:
        query = query.where(Event.starts_at > now - longest).order_by(Event.starts_at, Event.id)
    found = list(await session.scalars(query.limit(limit * 2)))
    return [e for e in found if ended(e, now) == past][:limit]


@dataclass(frozen=True, slots=True)
class AnswerCounts:
    going: int = 0
    maybe: int = 0
    cant: int = 0
    waitlist: int = 0
    attended: int = 0


async def answer_counts(session: AsyncSession, *, event_ids: list[int]) -> dict[int, AnswerCounts]:
    """Per event: answers by status and check-ins (events without answers are left out)."""
    if not event_ids:
        return {}
    rows = await session.execute(
        select(
            EventAnswer.event_id,
            EventAnswer.status,
            func.count(),
            func.count(EventAnswer.attended_at),
        )
        .where(EventAnswer.event_id.in_(event_ids))
        .group_by(EventAnswer.event_id, EventAnswer.status)
    )
    by_event: dict[int, dict[str, int]] = {}
    for event_id, status, count, attended in rows:
        counts = by_event.setdefault(event_id, {"attended": 0})
        counts[str(status)] = int(count)
        counts["attended"] += int(attended)
    return {
        event_id: AnswerCounts(
            going=c.get(A.GOING, 0),
            maybe=c.get(A.MAYBE, 0),
            cant=c.get(A.CANT, 0),
            waitlist=c.get(A.WAITLIST, 0),
            attended=c["attended"],
        )
        for event_id, c in by_event.items()
    }


async def all_answers(
    session: AsyncSession, *, event_id: int, limit: int = 1000
) -> list[tuple[Resident, EventAnswer]]:
    """Every answer to the event (the waitlist in its order), for the staff's event page."""
    rows = await session.execute(
        select(Resident, EventAnswer)
        .join(EventAnswer, EventAnswer.resident_id == Resident.id)
        .where(EventAnswer.event_id == event_id)
        .order_by(EventAnswer.answered_at, Resident.id)
        .limit(limit)
    )
    return [(resident, answer) for resident, answer in rows]


async def proposals_raised(
    session: AsyncSession, *, event_id: int, limit: int = 20
) -> tuple[list[Proposal], int]:
    """Proposals raised at the event that passed moderation (the first `limit`, oldest first),
    and how many there are (`export --event` lists every one)."""
    where = (Proposal.event_id == event_id, Proposal.status.in_(PUBLIC_PROPOSALS))
    total = await session.scalar(select(func.count()).select_from(Proposal).where(*where))
    rows = await session.scalars(
        select(Proposal).where(*where).order_by(Proposal.submitted_at, Proposal.id).limit(limit)
    )
    return list(rows), int(total or 0)
