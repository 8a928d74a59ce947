"""Consultations for the records and donors' reports, as rows for `storage.export_files`:

- `event_rows`: one row per event, with its answers counted (invited, going, maybe, can't,
  waiting list, attended, feedback and the average score): GROUP BY per page of events;
- `answer_rows`: one row per resident's answer to an event, with attendance and feedback. No
  column names or points to the resident: their community, language and channel only.

Events are read a page at a time (by id), answers by (event, resident) keys: memory stays
flat whatever the number.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.events import invite_topic
from storage.models import (
    AnswerStatus,
    Delivery,
    DeliveryStatus,
    Event,
    EventAnswer,
    Municipality,
    Proposal,
    Resident,
)

PAGE = 500
EVENT_COLUMNS = (
    "event", "municipality", "kind", "title", "starts_at", "minutes", "status", "place", "link",
    "capacity", "invited", "going", "maybe", "cant", "waitlist", "attended", "feedback",
    "average_score", "proposals",
)  # fmt: skip
ANSWER_COLUMNS = (
    "event", "municipality", "title", "community", "language", "channel", "answer",
    "answered_at", "attended_at", "attendance_by", "feedback_score", "feedback_comment",
)  # fmt: skip


def iso(moment: datetime | None) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if moment else ""


def title(texts: dict[str, Any], locale: str) -> str:
    return str(texts.get(locale) or next(iter(texts.values()), ""))


async def _codes(session: AsyncSession) -> dict[int, str]:
    return {i: c for i, c in await session.execute(select(Municipality.id, Municipality.code))}


async def event_rows(
    session: AsyncSession, *, municipality_ids: Sequence[int] | None, locale: str = "en"
) -> AsyncIterator[list[Any]]:
    """The header, then one row per event of these municipalities (None: all), oldest id
    first; titles in `locale` where the event has it."""
    yield list(EVENT_COLUMNS)
    codes = await _codes(session)
    after = 0
    while True:
        query = select(Event).where(Event.id > after).order_by(Event.id).limit(PAGE)
        if municipality_ids is not None:
            query = query.where(Event.municipality_id.in_(list(municipality_ids)))
        page = list(await session.scalars(query))
        if not page:
            return
        after = page[-1].id
        ids = [e.id for e in page]
        answers = {
            row.event_id: row
            for row in await session.execute(
                select(
                    EventAnswer.event_id,
                    *(
                        func.count().filter(EventAnswer.status == s).label(s.value)
                        for s in AnswerStatus
                    ),
                    func.count(EventAnswer.attended_at).label("attended"),
                    func.count(EventAnswer.feedback_score).label("feedback"),
                    func.avg(EventAnswer.feedback_score).label("average"),
                )
                .where(EventAnswer.event_id.in_(ids))
                .group_by(EventAnswer.event_id)
            )
        }
        topics = {invite_topic(i): i for i in ids}
        invited = {
            topics[str(topic)]: int(count)
            for topic, count in await session.execute(
                select(Delivery.topic, func.count())
                .where(Delivery.topic.in_(list(topics)), Delivery.status != DeliveryStatus.SKIPPED)
                .group_by(Delivery.topic)
            )
        }
        raised = {
            event_id: int(count)
            for event_id, count in await session.execute(
                select(Proposal.event_id, func.count())
                .where(Proposal.event_id.in_(ids))
                .group_by(Proposal.event_id)
            )
        }
        for event in page:
            got = answers.get(event.id)
            average = getattr(got, "average", None)
            yield [
                event.id, codes.get(event.municipality_id, ""), event.kind,
                title(event.titles, locale), iso(event.starts_at), event.duration_minutes,
                event.status, event.place or "", event.link or "",
                event.capacity if event.capacity is not None else "",
                invited.get(event.id, 0),
                *(int(getattr(got, s.value, 0) or 0) for s in AnswerStatus),
                int(getattr(got, "attended", 0) or 0), int(getattr(got, "feedback", 0) or 0),
                round(float(average), 2) if average is not None else "",
                raised.get(event.id, 0),
            ]  # fmt: skip


async def answer_rows(
    session: AsyncSession, *, municipality_ids: Sequence[int] | None, locale: str = "en"
) -> AsyncIterator[list[Any]]:
    """The header, then one row per answer to an event of these municipalities (None: all),
    by event and resident."""
    yield list(ANSWER_COLUMNS)
    codes = await _codes(session)
    after: tuple[int, int] = (0, 0)
    while True:
        query = (
            select(EventAnswer, Event, Resident.community_id, Resident.locale, Resident.channel)
            .join(Event, Event.id == EventAnswer.event_id)
            .join(Resident, Resident.id == EventAnswer.resident_id)
            .where(
                or_(
                    EventAnswer.event_id > after[0],
                    and_(EventAnswer.event_id == after[0], EventAnswer.resident_id > after[1]),
                )
            )
            .order_by(EventAnswer.event_id, EventAnswer.resident_id)
            .limit(PAGE)
        )
        if municipality_ids is not None:
            query = query.where(Event.municipality_id.in_(list(municipality_ids)))
        page = list(await session.execute(query))
        if not page:
            return
        last = page[-1][0]
        after = (last.event_id, last.resident_id)
        for answer, event, community_id, language, channel in page:
            yield [
                event.id, codes.get(event.municipality_id, ""), title(event.titles, locale),
                codes.get(community_id or 0, ""), language, channel, answer.status,
                iso(answer.answered_at), iso(answer.attended_at), answer.attendance_by or "",
                answer.feedback_score if answer.feedback_score is not None else "",
                answer.feedback_comment or "",
            ]  # fmt: skip
