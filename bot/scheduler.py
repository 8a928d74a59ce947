"""APScheduler 3.x only ticks: the truth about what is due lives in our tables.

What is due is decided by the app's clock (`storage.clock`); APScheduler counts on the machine's
clock, so a business delay ("due in 4 seconds") becomes a run date on that clock (`_after`).

`Ticker.stop` lets the jobs still running finish first: APScheduler's asyncio executor cancels
them at shutdown, and a job cancelled mid-query on aiosqlite, with the engine disposed next, left
a task that never ended (SQLAlchemy shields the connection's close): it hung a test's teardown."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.config import Settings
from bot.delivery import DeliveryEngine
from bot.i18n import I18n
from bot.survey_notices import SurveyWork
from storage import repos
from storage.clock import Clock

log = logging.getLogger(__name__)

RELEASE_EVERY = timedelta(seconds=10)
SURVEYS_EVERY = timedelta(seconds=30)


STOP_GRACE = 10.0  # seconds a running job gets to finish at stop


class Ticker:
    """The scheduler and the jobs it has running."""

    def __init__(self, scheduler: AsyncIOScheduler) -> None:
        self.scheduler = scheduler
        self.running: set[asyncio.Task[object]] = set()

    def start(self) -> None:
        self.scheduler.start()

    async def stop(self) -> None:
        self.scheduler.pause()  # no new runs
        if self.running:  # before shutdown: it cancels the jobs still running
            _done, late = await asyncio.wait(set(self.running), timeout=STOP_GRACE)
            for task in late:
                log.error("scheduler: a job did not finish in %.0f s; cancelling it", STOP_GRACE)
                task.cancel()
        self.scheduler.shutdown(wait=False)

    def tracked(self, job: Callable[[], Awaitable[None]]) -> Callable[[], Awaitable[None]]:
        """`job`, with its run known to `stop`."""

        async def run() -> None:
            task = asyncio.current_task()
            if task is not None:
                self.running.add(task)
            try:
                await job()
            finally:
                if task is not None:
                    self.running.discard(task)

        run.__name__ = run.__qualname__ = job.__name__
        return run


def build_scheduler(
    *,
    settings: Settings,
    sessionmaker: async_sessionmaker[AsyncSession],
    delivery: DeliveryEngine,
    clock: Clock,
    i18n: I18n | None = None,
) -> Ticker:
    scheduler = AsyncIOScheduler(timezone="UTC")
    ticker = Ticker(scheduler)

    async def release() -> None:
        """Queue due announcements. Each look also sets a one-off wake-up at the next due time,
        so sends go on time; the interval catches what another process scheduled meanwhile."""
        await delivery.release_due()
        due = await delivery.next_due()
        now = clock()
        if due is not None and due < now + RELEASE_EVERY:
            scheduler.add_job(
                tracked_release, "date", run_date=_after(max(due - now, timedelta())),
                id="release-next", replace_existing=True, misfire_grace_time=None,
            )  # fmt: skip

    async def forget_old_updates() -> None:
        async with sessionmaker.begin() as session:
            removed = await repos.forget_processed_updates(
                session,
                older_than=clock() - timedelta(days=settings.processed_updates_keep_days),
            )
        log.info("forgot %d processed update ids", removed)

    tracked_release = ticker.tracked(release)
    scheduler.add_job(
        tracked_release, "interval", seconds=RELEASE_EVERY.total_seconds(),
        id="release-due-announcements", coalesce=True, max_instances=1,
        next_run_time=_after(timedelta()),  # and once at start: one due while we were down
    )  # fmt: skip
    scheduler.add_job(
        ticker.tracked(forget_old_updates), "interval", hours=1, id="forget-old-updates",
        coalesce=True, max_instances=1,
    )  # fmt: skip
    if i18n is not None:  # surveys open, remind and close (results back) by the app's clock
        work = SurveyWork(sessionmaker, delivery, i18n, settings.media_dir, clock)
        scheduler.add_job(
            ticker.tracked(work.tick), "interval", seconds=SURVEYS_EVERY.total_seconds(),
            id="surveys", coalesce=True, max_instances=1, next_run_time=_after(timedelta()),
        )  # fmt: skip
    return ticker


def _after(delay: timedelta) -> datetime:
    """A run date `delay` from now on APScheduler's own time base, the machine's clock."""
    return datetime.now(UTC) + delay  # wall clock: a timer, not a business decision
