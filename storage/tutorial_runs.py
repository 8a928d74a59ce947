"""A resident's way through a payment guide (`TutorialRun`): its rules in one place.

- A start is counted once: the first opening creates the run (`repos.start_tutorial`); opening it
  again resumes where the resident was.
- Buttons carry the step they were shown on; a press from another step (a stale or doubled
  press) moves nothing (`is_current`), so no step is skipped.
- Next on the last step completes the guide; `completed_at` keeps the first time.
- The outcome may be given only once the guide is completed; "paid online" is recorded once
  (`paid_at` keeps the first time) and is never undone by a later "not yet" or "help".

Every function takes its time from a `now` argument (the app's clock). The chat handlers render
the steps and queue reminders; they decide none of this.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from sqlalchemy.ext.asyncio import AsyncSession

from storage import repos
from storage.models import Resident, TutorialOutcome, TutorialRun


class Move(StrEnum):
    """Where a resident can go within a guide's steps."""

    NEXT = "next"
    BACK = "back"
    RESTART = "restart"


@dataclass(frozen=True)
class Opened:
    run: TutorialRun = field(compare=False)
    started: bool  # counted as a start now (the first opening)
    resumed: bool  # opened again, past its first step


@dataclass(frozen=True)
class Moved:
    """What a move did: the steps around it; `finished` when Next on the last step completed
    the guide (the outcome question comes next); `at_first` when Back had nowhere to go."""

    run: TutorialRun = field(compare=False)
    move: Move
    before: int
    after: int
    finished: bool = False
    at_first: bool = False


@dataclass(frozen=True)
class Outcome:
    """The outcome the resident gave, and what is stored now (paid stays paid)."""

    run: TutorialRun = field(compare=False)
    given: TutorialOutcome
    before: TutorialOutcome | None
    after: TutorialOutcome
    newly_paid: bool  # paid online recorded by this answer (the first time)


def _clamp(run: TutorialRun, steps: int) -> TutorialRun:
    run.step = max(0, min(run.step, steps - 1))  # the content may have shrunk
    return run


async def open_run(
    session: AsyncSession, *, resident: Resident, tutorial: str, steps: int, now: datetime
) -> Opened:
    """Open a guide of `steps` steps: a new run (counted as a start at `now`) or the one the
    resident has, at the step they reached."""
    run, started = await repos.start_tutorial(
        session, resident=resident, tutorial=tutorial, now=now
    )
    _clamp(run, steps)
    return Opened(run, started=started, resumed=not started and run.step > 0)


async def current_run(
    session: AsyncSession, *, resident: Resident, tutorial: str, steps: int, now: datetime
) -> TutorialRun:
    """The resident's run of a guide whose button they pressed (started now if they had none,
    as when a guide's button outlives a database reset)."""
    return (await open_run(session, resident=resident, tutorial=tutorial, steps=steps, now=now)).run


def is_current(run: TutorialRun, shown: int | None) -> bool:
    """Whether a button shown on step `shown` belongs to the step the resident is on."""
    return shown == run.step


def move(run: TutorialRun, where: Move, *, steps: int, now: datetime) -> Moved:
    """Move within a guide of `steps` steps (check `is_current` first)."""
    before = run.step
    match where:
        case Move.NEXT if before >= steps - 1:
            run.completed_at = run.completed_at or now
            return Moved(run, where, before, before, finished=True)
        case Move.NEXT:
            run.step = before + 1
        case Move.BACK if before == 0:
            return Moved(run, where, before, before, at_first=True)
        case Move.BACK:
            run.step = before - 1
        case Move.RESTART:
            run.step = 0
    return Moved(run, where, before, run.step)


def outcome_of(value: str | None) -> TutorialOutcome | None:
    return TutorialOutcome(value) if value else None


async def record_outcome(
    session: AsyncSession,
    *,
    resident_id: int,
    tutorial: str,
    given: TutorialOutcome,
    now: datetime,
) -> Outcome | None:
    """Store the answer to "Did you manage to pay?". None (nothing stored) when the resident
    has not completed this guide: the question was not theirs to answer."""
    run = await session.get(TutorialRun, (resident_id, tutorial))
    if run is None or run.completed_at is None:
        return None
    before = outcome_of(run.outcome)
    newly_paid = False
    if given is TutorialOutcome.PAID:
        newly_paid = run.paid_at is None
        run.paid_at = run.paid_at or now
    after = TutorialOutcome.PAID if before is TutorialOutcome.PAID else given
    run.outcome = after
    return Outcome(run, given=given, before=before, after=after, newly_paid=newly_paid)
