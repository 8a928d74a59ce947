"""APScheduler 3.x only ticks: the truth about what is due lives in our tables.

What is due is decided by the app's clock (`storage.clock`); APScheduler counts on the machine's
clock, so a business delay ("due in 4 seconds") becomes a run date on that clock (`_after`)."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.config import Settings
from bot.delivery import DeliveryEngine
from storage import repos
from storage.clock import Clock

log = logging.getLogger(__name__)

RELEASE_EVERY = timedelta(seconds=10)


def build_scheduler(
    *,
    settings: Settings,
    sessionmaker: async_sessionmaker[AsyncSession],
    delivery: DeliveryEngine,
    clock: Clock,
) -> AsyncIOScheduler:
    scheduler = AsyncIOScheduler(timezone="UTC")

    async def release() -> None:
        """Queue due announcements. Each look also sets a one-off wake-up at the next due time,
        so sends go on time; the interval catches what another process scheduled meanwhile."""
        await delivery.release_due()
        due = await delivery.next_due()
        now = clock()
        if due is not None and due < now + RELEASE_EVERY:
            scheduler.add_job(
                release, "date", run_date=_after(max(due - now, timedelta())), id="release-next",
                replace_existing=True, misfire_grace_time=None,
            )  # fmt: skip

    async def forget_old_updates() -> None:
        async with sessionmaker.begin() as session:
            removed = await repos.forget_processed_updates(
                session,
                older_than=clock() - timedelta(days=settings.processed_updates_keep_days),
            )
        log.info("forgot %d processed update ids", removed)

    scheduler.add_job(
        release, "interval", seconds=RELEASE_EVERY.total_seconds(),
        id="release-due-announcements", coalesce=True, max_instances=1,
        next_run_time=_after(timedelta()),  # and once at start: one due while we were down
    )  # fmt: skip
    scheduler.add_job(
        forget_old_updates, "interval", hours=1, id="forget-old-updates",
        coalesce=True, max_instances=1,
    )  # fmt: skip
    return scheduler


def _after(delay: timedelta) -> datetime:
    """A run date `delay` from now on APScheduler's own time base, the machine's clock."""
    return datetime.now(UTC) + delay  # wall clock: a timer, not a business decision
