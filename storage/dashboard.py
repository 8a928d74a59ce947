"""The figures of the panel's dashboard: residents by channel, language and community;
proposals by status with the median time to a decision and to the authority's answer. For
one municipality, several, or the whole deployment (`municipality_ids` None).

Every figure is one SQL aggregate (GROUP BY, COUNT, PostgreSQL's percentile_cont); nothing is
counted over rows in Python. SQLite has no median function: there it is found by the sorted
durations' middle one or two rows (`LIMIT 2 OFFSET (n - 1) / 2`), the database reading and
sorting, two rows coming back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Municipality, Proposal, Resident


@dataclass(frozen=True, slots=True)
class Residents:
    """How many residents, by channel, by language (locale code) and by community (None:
    no community chosen); each list sorted by count, largest first."""

    total: int
    by_channel: list[tuple[str, int]]
    by_locale: list[tuple[str, int]]
    by_community: list[tuple[Municipality | None, int]]


@dataclass(frozen=True, slots=True)
class Proposals:
    """Proposals sent in the period: by status, and the median time from (re)submission to a
    moderator's decision and from the forward to the authority's answer (None: none yet)."""

    total: int
    by_status: dict[str, int]
    to_decision: timedelta | None
    to_answer: timedelta | None
    decided: int
    answered: int


def _in(column: Any, ids: Sequence[int] | None) -> list[ColumnElement[bool]]:
    return [] if ids is None else [column.in_(list(ids))]


async def _grouped(session: AsyncSession, key: Any, where: list[ColumnElement[bool]]) -> list[Any]:
    rows = await session.execute(
        select(key, func.count()).where(*where).group_by(key).order_by(func.count().desc(), key)
    )
    return [(value, int(cast(int, count))) for value, count in rows]


async def residents(session: AsyncSession, *, municipality_ids: Sequence[int] | None) -> Residents:
    """Residents who live in these municipalities (None: everyone)."""
    where = _in(Resident.municipality_id, municipality_ids)
    total = await session.scalar(select(func.count()).select_from(Resident).where(*where))
    communities = await _grouped(session, Resident.community_id, where)
    places = {
        m.id: m
        for m in await session.scalars(
            select(Municipality).where(Municipality.id.in_([c for c, _ in communities if c]))
        )
    }
    return Residents(
        total=int(total or 0),
        by_channel=await _grouped(session, Resident.channel, where),
        by_locale=await _grouped(session, Resident.locale, where),
        by_community=[(places.get(c) if c else None, n) for c, n in communities],
    )


def _seconds(session: AsyncSession, later: Any, earlier: Any) -> ColumnElement[float]:
    if session.get_bind().dialect.name == "postgresql":
        return cast(ColumnElement[float], func.extract("epoch", later - earlier))
    return (func.julianday(later) - func.julianday(earlier)) * 86400.0


async def median_seconds(
    session: AsyncSession, seconds: ColumnElement[float], where: list[ColumnElement[bool]]
) -> tuple[float | None, int]:
    """The median of `seconds` over the rows of `where`, and how many rows there were."""
    count = int(await session.scalar(select(func.count()).select_from(Proposal).where(*where)) or 0)
    if count == 0:
        return None, 0
    if session.get_bind().dialect.name == "postgresql":
        median = await session.scalar(
            select(func.percentile_cont(0.5).within_group(seconds)).where(*where)
        )
        return (float(median) if median is not None else None), count
    middle = list(
        await session.scalars(
            select(seconds).where(*where).order_by(seconds)
            .limit(2 - count % 2).offset((count - 1) // 2)
        )
    )  # fmt: skip
    return sum(float(s) for s in middle) / len(middle), count


async def proposals(
    session: AsyncSession, *, municipality_ids: Sequence[int] | None, since: datetime,
    until: datetime,
) -> Proposals:  # fmt: skip
    """Proposals first sent from `since` up to `until`, of these municipalities (None: all)."""
    where = [
        *_in(Proposal.municipality_id, municipality_ids),
        Proposal.created_at >= since,
        Proposal.created_at < until,
    ]
    by_status = dict(await _grouped(session, Proposal.status, where))
    decision, decided = await median_seconds(
        session,
        _seconds(session, Proposal.decided_at, Proposal.submitted_at),
        [*where, Proposal.decided_at.is_not(None)],
    )
    answer, answered = await median_seconds(
        session,
        _seconds(session, Proposal.answered_at, Proposal.forwarded_at),
        [*where, Proposal.answered_at.is_not(None), Proposal.forwarded_at.is_not(None)],
    )
    return Proposals(
        total=sum(by_status.values()),
        by_status=by_status,
        to_decision=timedelta(seconds=decision) if decision is not None else None,
        to_answer=timedelta(seconds=answer) if answer is not None else None,
        decided=decided,
        answered=answered,
    )
