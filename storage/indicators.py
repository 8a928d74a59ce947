"""Indicators donors count: tutorial starts, completions and confirmed online payments, per
tutorial, for one municipality and a period, each resident counted once."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TextIO
from zoneinfo import ZoneInfo

from sqlalchemy import FunctionFilter, SQLColumnExpression, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.export_safety import csv_writer
from storage.models import Municipality, TutorialRun


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
    start, end = local_period(municipality, first, last)

    def within(column: SQLColumnExpression[datetime | None]) -> FunctionFilter[int]:
        return func.count().filter(column >= start, column < end)

    rows = await session.execute(
        select(
            TutorialRun.tutorial,
            within(TutorialRun.started_at),
            within(TutorialRun.completed_at),
            within(TutorialRun.paid_at),
        )
        .where(TutorialRun.municipality_id == municipality.id)
        .group_by(TutorialRun.tutorial)
        .order_by(TutorialRun.tutorial)
    )
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
