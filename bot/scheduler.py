"""APScheduler 3.x only ticks: the truth about what is due lives in our tables."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

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
        # Scheduled announcements live in the database; this only looks for due ones, so a
        # restart never loses one (and one due while we were down goes out at start).
        scheduler.add_job(
            delivery.release_due, "interval", seconds=RELEASE_EVERY_SECONDS,
            id="release-due-announcements", coalesce=True, max_instances=1,
            next_run_time=datetime.now(UTC),
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
