"""APScheduler 3.x only ticks: the truth about what is due lives in our tables."""

from __future__ import annotations

import logging

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.config import Settings
from storage import repos

log = logging.getLogger(__name__)


def build_scheduler(
    *, settings: Settings, sessionmaker: async_sessionmaker[AsyncSession]
) -> AsyncIOScheduler:
    scheduler = AsyncIOScheduler(timezone="UTC")

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
