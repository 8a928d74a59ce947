"""Consultations: answers with seats and a waitlist, audiences, figures for the report.

Seats are race-safe: every change of an answer happens with the event row locked (PostgreSQL
`SELECT ... FOR UPDATE`; SQLite has one writer at a time anyway), and seats are counted in that
same transaction, so two residents pressing Going for the last seat cannot both get it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import String, cast, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage import repos
from storage.models import (
    AnswerStatus,
    Category,
    Delivery,
    DeliveryStatus,
    Event,
    EventAnswer,
    EventStatus,
    Resident,
)

# Answers that hear about changes; going and maybe are also reminded.
ANSWERED = (AnswerStatus.GOING, AnswerStatus.MAYBE, AnswerStatus.WAITLIST)
REMINDED = (AnswerStatus.GOING, AnswerStatus.MAYBE)


def invite_topic(event_id: int) -> str:
    return f"event:{event_id}:invite"


def personal_topic(event_id: int) -> str:
    """Reminders and the feedback question of one event: re-made when it changes."""
    return f"event:{event_id}"


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
            .where(EventAnswer.event_id == event_id, EventAnswer.status == AnswerStatus.GOING)
        )
        or 0
    )


async def set_answer(
    session: AsyncSession, *, event: Event, resident_id: int, wanted: AnswerStatus, now: datetime
) -> tuple[EventAnswer, str | None]:
    """Store a resident's answer (the event must be locked: `lock_event`). Going becomes the
    waitlist when every seat is taken. Returns the answer and the status it had before."""
    answer = await session.get(EventAnswer, (event.id, resident_id), populate_existing=True)
    before = answer.status if answer is not None else None
    status = wanted
    if wanted == AnswerStatus.GOING and before in (AnswerStatus.GOING, AnswerStatus.WAITLIST):
        status = AnswerStatus(before)  # a double press keeps the seat, or the place in line
    elif (
        wanted == AnswerStatus.GOING
        and event.capacity is not None
        and await seats_taken(session, event_id=event.id) >= event.capacity
    ):
        status = AnswerStatus.WAITLIST
    if answer is None:
        answer = EventAnswer(
            event_id=event.id, resident_id=resident_id, status=status, answered_at=now,
            created_at=now,
        )  # fmt: skip
        session.add(answer)
    elif status != before:
        answer.status, answer.answered_at = status, now
    await session.flush()
    return answer, before


async def promote(session: AsyncSession, *, event: Event, now: datetime) -> list[EventAnswer]:
    """Give free seats to the waitlist, first come first served (the event must be locked)."""
    free = (
        None
        if event.capacity is None
        else event.capacity - await seats_taken(session, event_id=event.id)
    )
    if free is not None and free <= 0:
        return []
    query = (
        select(EventAnswer)
        .where(EventAnswer.event_id == event.id, EventAnswer.status == AnswerStatus.WAITLIST)
        .order_by(EventAnswer.answered_at, EventAnswer.resident_id)
    )
    if free is not None:
        query = query.limit(free)
    promoted = list(await session.scalars(query))
    for answer in promoted:
        answer.status, answer.answered_at = AnswerStatus.GOING, now
    await session.flush()
    return promoted


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
    ).where(~cast(Resident.muted_categories, String).contains(f'"{Category.EVENTS.value}"'))


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
