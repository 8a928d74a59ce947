"""Indicators donors count: tutorial starts, completions and confirmed online payments, per
tutorial, for one municipality (or several, or the whole deployment) and a period, each resident
counted once; and donor programmes' targets for them (`IndicatorTarget`), with their progress.

Every count is one SQL aggregate (COUNT ... FILTER, GROUP BY): nothing is counted in Python.
Targets are set by admins (`storage.staff_roles.may_manage`): of a municipality for it, of the
deployment for every municipality at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any, TextIO
from zoneinfo import ZoneInfo

from sqlalchemy import FunctionFilter, SQLColumnExpression, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.export_safety import csv_writer
from storage.models import IndicatorTarget, Measure, Municipality, Resident, TutorialRun

PROGRAMME_MAX = 120
TARGET_MAX = 10_000_000
TARGETS_SHOWN = 50  # per page: each target's progress is one COUNT


@dataclass(frozen=True, slots=True)
class TutorialIndicators:
    tutorial: str
    started: int
    completed: int
    paid_online: int


def local_period(municipality: Municipality, first: date, last: date) -> tuple[datetime, datetime]:
    """From the first day's local midnight up to (not including) the day after the last."""
    zone = ZoneInfo(municipality.timezone)
    start = datetime.combine(first, time(0), zone)
    end = datetime.combine(last + timedelta(days=1), time(0), zone)
    return start, end


async def tutorial_indicators(
    session: AsyncSession, *, municipality: Municipality, first: date, last: date
) -> list[TutorialIndicators]:
    """Per tutorial, for one municipality, between its local days `first` and `last`."""
    start, end = local_period(municipality, first, last)
    return await tutorial_counts(session, municipality_ids=[municipality.id], start=start, end=end)


async def tutorial_counts(
    session: AsyncSession, *, municipality_ids: Sequence[int] | None, start: datetime,
    end: datetime,
) -> list[TutorialIndicators]:  # fmt: skip
    """Per tutorial, for these municipalities (None: the whole deployment), from `start` up
    to `end`; tutorials with nothing in the period are left out."""

    def within(column: SQLColumnExpression[datetime | None]) -> FunctionFilter[int]:
        return func.count().filter(column >= start, column < end)

    query = (
        select(
            TutorialRun.tutorial,
            within(TutorialRun.started_at),
            within(TutorialRun.completed_at),
            within(TutorialRun.paid_at),
        )
        .group_by(TutorialRun.tutorial)
        .order_by(TutorialRun.tutorial)
    )
    if municipality_ids is not None:
        query = query.where(TutorialRun.municipality_id.in_(municipality_ids))
    rows = await session.execute(query)
    return [TutorialIndicators(*row) for row in rows if any(row[1:])]


def write_csv(
    out: TextIO, *, municipality: Municipality, first: date, last: date,
    rows: list[TutorialIndicators],
) -> None:  # fmt: skip
    """The indicators as CSV: UTF-8 with a byte-order mark, no cell a formula (see
    storage.export_safety)."""
    writer = csv_writer(out)
    writer.writerow(
        ["municipality", "from", "to", "tutorial", "started", "completed", "paid_online"]
    )
    for row in rows:
        writer.writerow(
            [municipality.code, first.isoformat(), last.isoformat(), row.tutorial, row.started,
             row.completed, row.paid_online]
        )  # fmt: skip


def indicator_rows(
    *, municipality: Municipality | None, first: date, last: date,
    rows: list[TutorialIndicators],
) -> list[list[Any]]:  # fmt: skip
    """The header and the rows of the indicators export (CSV or XLSX); `municipality` None is
    the whole deployment ("all")."""
    code = municipality.code if municipality else "all"
    return [
        ["municipality", "from", "to", "tutorial", "started", "completed", "paid_online"],
        *(
            [code, first.isoformat(), last.isoformat(), r.tutorial, r.started, r.completed,
             r.paid_online]
            for r in rows
        ),
    ]  # fmt: skip


# --- donor programmes' targets -----------------------------------------------------------------


class TargetError(ValueError):
    """A target that cannot be kept: its words say which field."""


@dataclass(frozen=True, slots=True)
class NewTarget:
    programme: str
    measure: Measure
    target: int
    starts_on: date
    ends_on: date
    tutorial: str | None = None  # None: every guide


@dataclass(frozen=True, slots=True)
class Progress:
    """A target and how far it got: `done` residents of `target.target`, `percent` (0-100,
    rounded down, capped)."""

    target: IndicatorTarget
    municipality: Municipality | None
    done: int

    @property
    def percent(self) -> int:
        if self.target.target <= 0:
            return 100
        return min(100, self.done * 100 // self.target.target)


TARGET_YEARS = range(2000, 2101)  # years a programme target may span


def check_target(new: NewTarget, *, tutorials: Sequence[str]) -> NewTarget:
    """The target as it will be stored; raises `TargetError` naming the field at fault."""
    programme = " ".join(new.programme.split())
    if not programme or len(programme) > PROGRAMME_MAX:
        raise TargetError("programme")
    if not 0 < new.target <= TARGET_MAX:
        raise TargetError("target")
    if new.ends_on < new.starts_on or not (
        TARGET_YEARS.start <= new.starts_on.year and new.ends_on.year < TARGET_YEARS.stop
    ):  # a far end (9999-12-31) would overflow when the period's last day is counted
        raise TargetError("period")
    if new.tutorial is not None and new.tutorial not in tutorials:
        raise TargetError("tutorial")
    return NewTarget(programme, Measure(new.measure), new.target, new.starts_on, new.ends_on,
                     new.tutorial)  # fmt: skip


def add_target(
    session: AsyncSession, new: NewTarget, *, municipality: Municipality | None, by: Resident,
    now: datetime, tutorials: Sequence[str],
) -> IndicatorTarget:  # fmt: skip
    """Store a checked target (`check_target`'s errors); who may is the caller's check
    (`staff_roles.may_manage`)."""
    new = check_target(new, tutorials=tutorials)
    row = IndicatorTarget(
        municipality_id=municipality.id if municipality else None, programme=new.programme,
        tutorial=new.tutorial, measure=new.measure, target=new.target, starts_on=new.starts_on,
        ends_on=new.ends_on, created_by_id=by.id, created_at=now,
    )  # fmt: skip
    session.add(row)
    return row


_COLUMNS = {
    Measure.STARTED: TutorialRun.started_at,
    Measure.COMPLETED: TutorialRun.completed_at,
    Measure.PAID_ONLINE: TutorialRun.paid_at,
}


async def progress(
    session: AsyncSession, target: IndicatorTarget, municipality: Municipality | None
) -> Progress:
    """How many residents reached the target's measure in its period (local days of its
    municipality; UTC days for the whole deployment): one COUNT."""
    zone = ZoneInfo(municipality.timezone if municipality else "UTC")
    start = datetime.combine(target.starts_on, time(0), zone)
    end = datetime.combine(target.ends_on + timedelta(days=1), time(0), zone)
    column = _COLUMNS[Measure(target.measure)]
    query = select(func.count()).select_from(TutorialRun).where(column >= start, column < end)
    if municipality is not None:
        query = query.where(TutorialRun.municipality_id == municipality.id)
    if target.tutorial is not None:
        query = query.where(TutorialRun.tutorial == target.tutorial)
    return Progress(target, municipality, int(await session.scalar(query) or 0))


async def targets(
    session: AsyncSession, *, municipalities: Sequence[Municipality], deployment: bool
) -> list[Progress]:
    """The targets of these municipalities (and, with `deployment`, those of the whole
    deployment), newest period first, each with its progress; at most `TARGETS_SHOWN`."""
    places = {m.id: m for m in municipalities}
    scope: list[Any] = [IndicatorTarget.municipality_id.in_(list(places))]
    if deployment:
        scope.append(IndicatorTarget.municipality_id.is_(None))
    rows = await session.scalars(
        select(IndicatorTarget)
        .where(or_(*scope))
        .order_by(IndicatorTarget.starts_on.desc(), IndicatorTarget.id.desc())
        .limit(TARGETS_SHOWN)
    )
    return [
        await progress(session, row, places.get(row.municipality_id or 0)) for row in list(rows)
    ]
