"""APScheduler 3.x only ticks: the truth about what is due lives in our tables."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.config import Settings
from bot.delivery import DeliveryEngine
from storage import repos

log = logging.getLogger(__name__)

RELEASE_EVERY = timedelta(seconds=10)


def build_scheduler(
    *,
    settings: Settings,
    sessionmaker: async_sessionmaker[AsyncSession],
    delivery: DeliveryEngine,
) -> AsyncIOScheduler:
    scheduler = AsyncIOScheduler(timezone="UTC")

    async def release() -> None:
        """Queue due announcements. Each look also sets a one-off wake-up at the next due time,
        so sends go on time; the interval catches what another process scheduled meanwhile."""
        await delivery.release_due()
        due = await delivery.next_due()
        now = datetime.now(UTC)
        if due is not None and due < now + RELEASE_EVERY:
            scheduler.add_job(
                release, "date", run_date=max(due, now), id="release-next",
                replace_existing=True, misfire_grace_time=None,
            )  # fmt: skip

    async def forget_old_updates() -> None:
        async with sessionmaker.begin() as session:
            removed = await repos.forget_processed_updates(
                session, older_than=repos.older_than(settings.processed_updates_keep_days)
            )
        log.info("forgot %d processed update ids", removed)

    scheduler.add_job(
        release, "interval", seconds=RELEASE_EVERY.total_seconds(),
        id="release-due-announcements", coalesce=True, max_instances=1,
        next_run_time=datetime.now(UTC),  # and once at start: one due while we were down
    )  # fmt: skip
    scheduler.add_job(
        forget_old_updates, "interval", hours=1, id="forget-old-updates",
        coalesce=True, max_instances=1,
    )  # fmt: skip
    return scheduler
