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


RELEASE_EVERY_SECONDS = 10


def build_scheduler(
    *,
    settings: Settings,
    sessionmaker: async_sessionmaker[AsyncSession],
    delivery: DeliveryEngine | None,
) -> AsyncIOScheduler:
    scheduler = AsyncIOScheduler(timezone="UTC")

    if delivery is not None:
        # Scheduled announcements live in the database; the scheduler only wakes us to look.
        # Each look also sets a one-off wake-up at the next due time, so sends go on time; the
        # interval catches what another process or a publisher scheduled meanwhile.
        async def release() -> None:
            await delivery.release_due()
            due = await delivery.next_due()
            if due is not None and due < datetime.now(UTC) + timedelta(
                seconds=RELEASE_EVERY_SECONDS
            ):
                scheduler.add_job(
                    release, "date", run_date=max(due, datetime.now(UTC)), id="release-next",
                    replace_existing=True, misfire_grace_time=None,
                )  # fmt: skip

        scheduler.add_job(
            release, "interval", seconds=RELEASE_EVERY_SECONDS, id="release-due-announcements",
            coalesce=True, max_instances=1, next_run_time=datetime.now(UTC),
        )  # fmt: skip

    async def forget_old_updates() -> None:
        async with sessionmaker.begin() as session:
            removed = await repos.forget_processed_updates(
                session, older_than=repos.older_than(settings.processed_updates_keep_days)
            )
        log.info("forgot %d processed update ids", removed)

    scheduler.add_job(
        forget_old_updates,
        "interval",
        hours=1,
        id="forget-old-updates",
        coalesce=True,
        max_instances=1,
    )
    return scheduler
