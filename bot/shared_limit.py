"""One platform limit for every process that sends with the same bot token or business number.

Telegram allows a bot about 30 messages a second (core.telegram.org/bots/faq, "My bot is hitting
limits"); WhatsApp Cloud API allows a business number its throughput, 80 a second by default
(developers.facebook.com/docs/whatsapp/cloud-api/overview#throughput). The limit belongs to the
token, so several processes behind one load balancer must share it. On PostgreSQL they share it
through the database they already use, with no new server:

- A sender asks for a *grant* of a few sends. In one short transaction, under an advisory lock per
  channel, it counts the sends granted in the last `1 + HOLD` seconds (`send_grants`) and records
  a grant of what still fits.
- A grant must be used within `HOLD` seconds, or its rest is dropped. Counting grants for
  `1 + HOLD` seconds therefore covers every send that can land in any one-second window: the
  busiest second of the whole deployment stays within the rate, at the price of at most
  `HOLD / (1 + HOLD)` of the rate (9% with HOLD = 0.1 s) when grants are left unused.
- Replies to residents go at once and are recorded after the fact (`record`, one row per
  `RECORD_EVERY` seconds), so bulk sending everywhere makes room for them, as it does within one
  process; a burst of replies can exceed the limit by what arrives in that quarter-second.
- A process that dies holds nothing: its grants simply age out within `1 + HOLD` seconds. No lock
  outlives the transaction that took it.

On SQLite there is one process (the database allows one writer), and `WindowLimiter` alone keeps
the limit.
"""

from __future__ import annotations

import zlib
from datetime import timedelta

from sqlalchemy import delete, func, insert, select, text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.clock import Clock
from storage.models import SendGrant

HOLD = 0.1  # seconds a grant may wait to be used
RECORD_EVERY = 0.25  # seconds between two records of replies sent without a grant
KEEP = timedelta(seconds=10)  # grants older than this are deleted


class SharedLimit:
    """A channel's send budget, shared by every process on one PostgreSQL database.

    `take` returns (granted, wait): `granted` sends may start now; if 0, nothing fits before
    `wait` seconds. Raises what the database raises (the caller retries)."""

    def __init__(
        self, sessionmaker: async_sessionmaker[AsyncSession], channel: str, *, clock: Clock
    ) -> None:
        self.sessionmaker = sessionmaker
        self.channel = channel
        self.clock = clock
        # One advisory lock per channel; the key only has to be stable across processes.
        self._lock_key = zlib.crc32(f"send-grants:{channel}".encode())

    async def take(self, want: int, rate: int, *, owed: int = 0) -> tuple[int, float]:
        """Grant up to `want` sends against `rate` per second; `owed` replies already sent are
        recorded in the same grant, whether or not they fit."""
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
            granted = max(0, min(want, rate - int(used) - owed))
            if granted or owed:
                await session.execute(
                    insert(SendGrant).values(channel=self.channel, at=now, count=granted + owed)
                )
            await session.execute(
                delete(SendGrant).where(
                    SendGrant.channel == self.channel, SendGrant.at < now - KEEP
                )
            )
        if granted:
            return granted, 0.0
        wait = (oldest - since).total_seconds() if oldest is not None else HOLD
        return 0, max(0.01, wait)

    async def record(self, sent: int) -> None:
        """Sends that went without a grant (replies): they count from now."""
        async with self.sessionmaker.begin() as session:
            await session.execute(
                insert(SendGrant).values(channel=self.channel, at=self.clock(), count=sent)
            )
