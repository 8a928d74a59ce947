"""The one clock for business time.

Every business decision (what is due, quiet hours, the 24-hour window, undo windows, report days)
and every timestamp we store reads one `Clock`: a callable returning an aware UTC `datetime`.
`App.build(..., clock=...)` takes it and hands it to the dispatcher (as `ctx.now`), the delivery
engine, the forwarder, the scheduler's jobs and the CLI; tests pass a pinned clock and move it.

Stored timestamps follow one rule: Python writes them, from this clock. The engine carries its
clock (`create_engine(url, clock=...)`), and the models' column defaults (`stamp`) read it from
there, so a row inserted without an explicit time gets the test's time too. The database's own
`now()` is never used.

Monotonic time (`time.monotonic()`) for durations, timeouts and rate limits is not business
time and stays as it is.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

Clock = Callable[[], datetime]
"""Returns the current time as an aware datetime in UTC."""

EXECUTION_OPTION = "clock"  # where an engine carries its clock (SQLAlchemy execution options)


def system_clock() -> datetime:
    """The machine's clock, in UTC: the production clock."""
    return datetime.now(UTC)


def stamp(context: Any) -> datetime:
    """Column default: the clock of the engine that runs the INSERT or UPDATE (SQLAlchemy calls
    a one-argument default with its `ExecutionContext`)."""
    clock: Clock = context.execution_options.get(EXECUTION_OPTION, system_clock)
    return clock()
