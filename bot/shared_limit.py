"""One platform limit for every process that sends with the same bot token or business number.

Telegram allows a bot about 30 messages a second (core.telegram.org/bots/faq, "My bot is hitting
limits"); WhatsApp Cloud API allows a business number its throughput, 80 a second by default
(developers.facebook.com/docs/whatsapp/cloud-api/overview#throughput). The limit belongs to the
token, so several processes behind one load balancer must share it. On PostgreSQL they share it
through the database they already use, with no new server:

- A sender asks for a *grant* of a few sends (`SharedLimit.take`). In one short transaction,
  under an advisory lock per channel, it counts the sends of grants that are still *live* and
  records a grant of what still fits.
- A grant is live from when it is made until one second after its last send completed (the
  sender moves its time forward then, `settle`). A message arrives between its send's start
  and completion, so every message that can arrive in any one-second window belongs to a grant
  that was live when the window's later grants were made: the busiest second of the whole
  deployment stays within the rate, however late the network delivers. This is the rule
  `WindowLimiter` keeps within one process, shared.
- A grant's tokens must be used within `HOLD` seconds, or the rest is dropped.
- Replies to residents go at once and are recorded after the fact, so bulk sending everywhere
  makes room for them, as it does within one process; a burst of replies can exceed the limit
  by what arrives before the next record (`RECORD_EVERY`).
- A process that dies holds nothing: its grants stop being live within `1 + HOLD` seconds of
  their last extension. No lock outlives the transaction that took it.

On SQLite there is one process (the database allows one writer), and `WindowLimiter` alone keeps
the limit.
"""

from __future__ import annotations

import asyncio
import collections
import logging
import time
import zlib
from collections.abc import Callable
from datetime import timedelta

from sqlalchemy import delete, func, insert, select, text, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.clock import Clock
from storage.models import SendGrant

log = logging.getLogger(__name__)

HOLD = 0.1  # seconds a grant's tokens may wait to be used
RECORD_EVERY = 0.25  # seconds between two writes of replies and finished grants
KEEP = timedelta(seconds=10)  # grants older than this are deleted


class SharedLimit:
    """The database side: grants against a channel's rate, shared by every process on one
    PostgreSQL database. Methods raise what the database raises (callers retry)."""

    def __init__(
        self, sessionmaker: async_sessionmaker[AsyncSession], channel: str, *, clock: Clock
    ) -> None:
        self.sessionmaker = sessionmaker
        self.channel = channel
        self.clock = clock
        # One advisory lock per channel; the key only has to be stable across processes.
        self._lock_key = zlib.crc32(f"send-grants:{channel}".encode())

    async def take(self, want: int, rate: int) -> tuple[int | None, int, float]:
        """Grant up to `want` sends against `rate` per second. Returns (grant id, granted,
        wait): if nothing fits, (None, 0, seconds until something may)."""
        async with self.sessionmaker.begin() as session:
            await session.execute(
                text("SELECT pg_advisory_xact_lock(:key)"), {"key": self._lock_key}
            )
            now = self.clock()
            since = now - timedelta(seconds=1 + HOLD)
            used, oldest = (
                await session.execute(
                    select(func.coalesce(func.sum(SendGrant.count), 0), func.min(SendGrant.at))
                    .where(SendGrant.channel == self.channel, SendGrant.at > since)
                )
            ).one()  # fmt: skip
            granted = max(0, min(want, rate - int(used)))
            grant_id = None
            if granted:
                grant_id = await session.scalar(
                    insert(SendGrant)
                    .values(channel=self.channel, at=now, count=granted)
                    .returning(SendGrant.id)
                )
            await session.execute(
                delete(SendGrant).where(
                    SendGrant.channel == self.channel, SendGrant.at < now - KEEP
                )
            )
        if granted:
            return grant_id, granted, 0.0
        wait = (oldest - since).total_seconds() if oldest is not None else HOLD
        return None, 0, max(0.01, wait)

    async def settle(self, *, replies: int, finished: list[int]) -> None:
        """Record `replies` sent without a grant, and move the grants whose sends have all
        completed to now (they stay live one second from here)."""
        async with self.sessionmaker.begin() as session:
            now = self.clock()
            if replies:
                await session.execute(
                    insert(SendGrant).values(channel=self.channel, at=now, count=replies)
                )
            if finished:
                # Stored HOLD early: `take` counts a grant for 1 + HOLD seconds from `at`, and
                # a finished one needs exactly one second from its last completion.
                await session.execute(
                    update(SendGrant)
                    .where(SendGrant.id.in_(finished))
                    .values(at=now - timedelta(seconds=HOLD))
                )


class _Grant:
    __slots__ = ("closed", "id", "left", "outstanding")

    def __init__(self, grant_id: int, count: int) -> None:
        self.id, self.left, self.outstanding, self.closed = grant_id, count, 0, False


class SharedBudget:
    """One process's side of a channel's shared limit: the tokens of its current grant, which
    grant each send in flight came from (in order: sends complete about in the order they
    started), and replies not yet recorded. Used by `bot.delivery.WindowLimiter`."""

    def __init__(
        self, limit: SharedLimit, rate: int, *, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.limit = limit
        self.rate = rate
        self._clock = clock
        self._chunk = max(1, rate // 10)  # a grant is a tenth of a second's sending
        self._current: _Grant | None = None
        self._current_at = 0.0
        self._in_flight: collections.deque[_Grant] = collections.deque()
        self._finished: list[int] = []
        self._replies = 0
        self._writing: asyncio.Task[None] | None = None

    async def slot(self) -> bool:
        """A token for one send; False after a wait when none was free (ask again)."""
        grant = self._current
        if grant is not None and (not grant.left or self._clock() - self._current_at > HOLD):
            self._close(grant)
            grant = self._current = None
        if grant is None:
            try:
                grant_id, granted, wait = await self.limit.take(self._chunk, self.rate)
            except Exception:  # the database is away: wait, never send unaccounted
                log.exception("delivery: the shared send budget is unavailable; waiting")
                await asyncio.sleep(1.0)
                return False
            if grant_id is None:
                await asyncio.sleep(wait)
                return False
            grant = self._current = _Grant(grant_id, granted)
            self._current_at = self._clock()
        grant.left -= 1
        grant.outstanding += 1
        if not self._in_flight or self._in_flight[-1] is not grant:
            self._in_flight.append(grant)
        if not grant.left:
            grant.closed = True  # it finishes with its last send's completion
            self._current = None
        return True

    def completed(self) -> None:
        """A send that had a token completed (successfully or not)."""
        while self._in_flight and not self._in_flight[0].outstanding:
            self._in_flight.popleft()
        if not self._in_flight:
            return
        grant = self._in_flight[0]
        grant.outstanding -= 1
        if not grant.outstanding and grant.closed:
            self._in_flight.popleft()
            self._finish(grant)

    def replied(self) -> None:
        """A reply went without a token; it counts from the next write."""
        self._replies += 1
        self._write_soon()

    async def settle(self) -> None:
        """Wait for the pending write (before the engine goes)."""
        if self._writing is not None:
            await asyncio.gather(self._writing, return_exceptions=True)

    def _close(self, grant: _Grant) -> None:
        grant.closed = True
        if not grant.outstanding:
            if grant in self._in_flight:
                self._in_flight.remove(grant)
            self._finish(grant)

    def _finish(self, grant: _Grant) -> None:
        self._finished.append(grant.id)
        self._write_soon()

    def _write_soon(self) -> None:
        if self._writing is None or self._writing.done():
            self._writing = asyncio.get_running_loop().create_task(self._write())

    async def _write(self) -> None:
        # One write per RECORD_EVERY at most: bookkeeping does not grow with the updates.
        await asyncio.sleep(RECORD_EVERY)
        replies, finished = self._replies, self._finished
        self._replies, self._finished = 0, []
        if not replies and not finished:
            return
        try:
            await self.limit.settle(replies=replies, finished=finished)
        except Exception:  # kept for the next write
            self._replies += replies
            self._finished += finished
            log.warning("delivery: could not update the shared send budget")
