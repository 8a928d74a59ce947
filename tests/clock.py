"""The tests' clock: business time pinned to a known instant, moved only when a test says so."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.app import App

# A Wednesday, 08:00 UTC: midday in every municipality we ship (UTC+4 to UTC+6), outside the
# default quiet hours (22:00-08:00 local) and Xaçmaz's own (21:00-09:00).
PINNED = datetime(2026, 6, 10, 8, 0, tzinfo=UTC)


class PinnedClock:
    """Starts at `start` and runs on at the machine's pace, so that retries, backoffs and
    leases elapse as they would in production; the date and hour stay those the test chose,
    whatever the hour the suite runs at. `set` and `advance` move it."""

    def __init__(self, start: datetime = PINNED) -> None:
        self.set(start)

    def __call__(self) -> datetime:
        return self._at + timedelta(seconds=time.monotonic() - self._since)

    def set(self, at: datetime) -> None:
        if at.tzinfo is None:
            raise ValueError("give an aware datetime")
        self._at, self._since = at.astimezone(UTC), time.monotonic()

    def advance(self, delta: timedelta) -> None:
        self.set(self() + delta)

    def timestamp(self) -> int:
        """Unix time, as the platforms put it in updates."""
        return int(self().timestamp())


def pinned(app: App) -> PinnedClock:
    """The pinned clock an app under test was built with."""
    assert isinstance(app.clock, PinnedClock), "build the app with the test's clock"
    return app.clock
