"""The durable outbox and its rate-limited sender.

Everything the bot sends on its own initiative (announcements, personal notifications, later
reminders) becomes rows in `deliveries`, written in the same transaction as the cause. A sender
per channel claims small batches of due rows (`queued` -> `sending`), sends them paced to the
channel's limits, and records each outcome. Memory does not grow with the number of recipients:
rows are created by one INSERT ... SELECT and streamed in batches.

Crash safety and several processes: a claimed row names its owner (this process) and carries a
lease, which the owner renews while it runs (`LEASE`). A crash leaves the rows in hand in
`sending` with a lease that runs out; `reconcile()`, at start-up and every `LEASE / 2` in every
process, puts rows whose lease has expired back to `queued`, so nobody is lost, and rows that live
processes hold are never touched. The price of a crash is that rows which had already reached the
platform are sent again. At most two batches are in hand per channel, each half a second of
sending at the channel's rate (`in_flight_limit`), so a crash duplicates at most about one second
of sending.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import logging
import os
import random
import secrets
import socket
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Row, Select, func, insert, literal, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.channels.base import (
    Channel,
    DeliveryError,
    Migrated,
    Rejected,
    Throttled,
    Transient,
    Unreachable,
    Withdrawal,
    Withdrawn,
)
from bot.i18n import fallback_chain, localised
from bot.messages import Choice, Reply
from bot.shared_limit import SharedBudget, SharedLimit
from storage import announcements, proposals, repos
from storage.clock import Clock, system_clock
from storage.models import (
    Action,
    Announcement,
    AnnouncementStatus,
    Category,
    Delivery,
    DeliveryStatus,
    Municipality,
    Priority,
    Proposal,
    Resident,
    ResidentStatus,
)

log = logging.getLogger(__name__)

MAX_BATCH = 500
# How long a claimed row stays ours without renewal. A live process renews every LEASE / 3, so
# only a process that has died (or stalled this long) loses its rows to the others.
LEASE = timedelta(seconds=15)
# One retry schedule for everything the outbox sends (chat messages, e-mail, webhooks): 2, 4,
# 8 ... seconds, at most an hour apart, 12 tries over about two hours; then the row is failed,
# kept and counted where staff see it.
MAX_ATTEMPTS = 12
MAX_BACKOFF = 3600.0  # seconds
DEFAULT_QUIET_HOURS = "22:00-08:00"


async def nap(wake: asyncio.Event, stop: asyncio.Event, seconds: float) -> None:
    """An idle background loop's pause: until woken (work was queued), stopped, or `seconds`."""
    wake.clear()
    waiters = [asyncio.ensure_future(wake.wait()), asyncio.ensure_future(stop.wait())]
    try:
        await asyncio.wait(waiters, timeout=seconds, return_when=asyncio.FIRST_COMPLETED)
    finally:  # also when the loop itself is cancelled: no waiter outlives the pause
        for waiter in waiters:
            waiter.cancel()


class WindowLimiter:
    """At most `rate` messages reach the platform in any one-second window, and a pause for
    everyone when the platform throttles us.

    A send holds its slot from when it starts until one second after it completes. A message
    arrives somewhere between the two, so all that arrive within one second held their slots at
    one common instant: at most `rate` of them, however late the network delivers. (Counting
    only start times let a delayed burst land in the same second as the next one.)"""

    def __init__(
        self,
        rate: float,
        *,
        clock: Callable[[], float] = time.monotonic,
        shared: SharedBudget | None = None,
    ) -> None:
        self.rate = max(1, int(rate))
        self.window = 1.0
        self._clock = clock
        # With several processes (PostgreSQL), each send also needs a token from the budget
        # they share (bot.shared_limit).
        self.shared = shared
        self._in_flight = 0
        self._done: collections.deque[float] = collections.deque()  # completion times
        self._paused_until = 0.0
        self._lock = asyncio.Lock()
        self._freed = asyncio.Event()

    async def acquire(self) -> None:
        async with self._lock:  # first come, first served
            while True:
                now = self._clock()
                if now < self._paused_until:
                    await asyncio.sleep(self._paused_until - now)
                    continue
                self._prune(now)
                if self._in_flight + len(self._done) < self.rate:
                    if self.shared is not None and not await self.shared.slot():
                        continue
                    self._in_flight += 1
                    return
                # Wait for the oldest completed slot to expire, or for a send to complete.
                self._freed.clear()
                wait = self.window - (now - self._done[0]) if self._done else None
                # asyncio.timeout, not wait_for: on Python 3.11 wait_for can swallow a
                # cancellation that arrives as the event is set, and the task would go on.
                with contextlib.suppress(TimeoutError):
                    async with asyncio.timeout(wait):
                        await self._freed.wait()

    def release(self) -> None:
        """The send acquired last has completed (successfully or not)."""
        self._in_flight -= 1
        self._done.append(self._clock())
        self._freed.set()
        if self.shared is not None:
            self.shared.completed()

    def take_now(self) -> None:
        """A reply to a resident goes at once; it still counts, so bulk sends make room."""
        now = self._clock()
        self._prune(now)
        self._done.append(now)
        if self.shared is not None:
            self.shared.replied()

    async def settle(self) -> None:
        """Wait until the shared budget has what this process sent (before the engine goes)."""
        if self.shared is not None:
            await self.shared.settle()

    def _prune(self, now: float) -> None:
        while self._done and now - self._done[0] >= self.window:
            self._done.popleft()

    def pause(self, seconds: float) -> None:
        self._paused_until = max(self._paused_until, self._clock() + seconds)


@dataclass(frozen=True, slots=True)
class QuietHours:
    start: int  # minutes after local midnight
    end: int

    @classmethod
    def parse(cls, text: str) -> QuietHours:
        """ "22:00-08:00" -> QuietHours; "" or "off" -> no quiet hours (start == end)."""
        if not text or text.strip().lower() == "off":
            return cls(0, 0)
        try:
            start, end = (part.strip() for part in text.split("-"))
            return cls(_minutes(start), _minutes(end))
        except ValueError:
            raise ValueError(f"quiet hours must look like 22:00-08:00, not {text!r}") from None

    @property
    def enabled(self) -> bool:
        return self.start != self.end

    def ends_after(self, moment: datetime, zone: ZoneInfo) -> datetime | None:
        """When the quiet period around `moment` ends (UTC), or None if `moment` is not quiet."""
        if not self.enabled:
            return None
        local = moment.astimezone(zone)
        minute = local.hour * 60 + local.minute
        quiet = (
            self.start <= minute < self.end
            if self.start < self.end
            else minute >= self.start or minute < self.end
        )
        if not quiet:
            return None
        end = local.replace(hour=self.end // 60, minute=self.end % 60, second=0, microsecond=0)
        if end <= local:
            end += timedelta(days=1)
        return end.astimezone(moment.tzinfo)


def _minutes(hhmm: str) -> int:
    hours, minutes = hhmm.split(":")
    value = int(hours) * 60 + int(minutes)
    if not 0 <= value < 24 * 60:
        raise ValueError(hhmm)
    return value


@dataclass(frozen=True, slots=True)
class DeliveryFigures:
    queued: int = 0
    sent: int = 0
    failed: int = 0
    blocked: int = 0
    skipped: int = 0


@dataclass(frozen=True, slots=True)
class WithdrawalFigures:
    """What became of the delivered copies of a withdrawn announcement."""

    deleted: int = 0  # gone from the chat
    noted: int = 0  # could not be deleted (too old): edited into, or followed by, a note
    waiting: int = 0
    failed: int = 0  # neither deleted nor noted (the chat blocked us, ...)


class DeliveryEngine:
    def __init__(
        self,
        *,
        sessionmaker: async_sessionmaker[AsyncSession],
        channels: Mapping[str, Channel],
        default_quiet_hours: str = DEFAULT_QUIET_HOURS,
        clock: Clock = system_clock,
        concurrency: int = 64,
    ) -> None:
        self.sessionmaker = sessionmaker
        self.channels = dict(channels)
        self.default_quiet = QuietHours.parse(default_quiet_hours)
        self.clock = clock
        # PostgreSQL may have several processes sending with one token: they share its limit.
        shared = sessionmaker.kw["bind"].dialect.name == "postgresql"
        self.limiters = {
            name: WindowLimiter(
                ch.limits.per_second,
                shared=SharedBudget(
                    SharedLimit(sessionmaker, name, clock=clock), max(1, int(ch.limits.per_second))
                )
                if shared
                else None,
            )
            for name, ch in channels.items()
        }
        self._chat_gap = {
            name: 1.0 / ch.limits.per_chat_per_second for name, ch in channels.items()
        }
        self._last_to_chat: dict[tuple[str, str], float] = {}
        self._semaphore = asyncio.Semaphore(concurrency)
        self._wake = asyncio.Event()
        self._quiet_cache: tuple[float, dict[int, tuple[QuietHours, ZoneInfo]]] = (0.0, {})
        # Names this process in the rows it claims (hostname:pid and a random part, as pids are
        # reused across machines and restarts).
        self.owner = f"{socket.gethostname()[:32]}:{os.getpid()}:{secrets.token_hex(4)}"
        self.draining: set[str] | None = None  # None: every channel; else only these send here

    def add_channel(self, channel: Channel, *, only: bool = False) -> None:
        """Serve one more channel (the terminal chat's). With `only`, this engine sends for that
        channel alone: the others' rows are queued here but sent by the process serving them.
        A channel with `only_chats` (a frozenset of chat refs) takes only those chats' rows."""
        self.channels[channel.name] = channel
        self.limiters[channel.name] = WindowLimiter(channel.limits.per_second)
        self._chat_gap[channel.name] = 1.0 / channel.limits.per_chat_per_second
        if only:
            self.draining = {channel.name}

    # --- enqueueing (inside the caller's transaction) -------------------------------------

    async def enqueue_announcement(self, session: AsyncSession, announcement: Announcement) -> int:
        """Queue one row per recipient with a single INSERT ... SELECT; returns how many."""
        recipients = recipients_query(announcement, channels=list(self.channels))
        now = self.clock()
        start = await self.bulk_start(
            session, municipality_id=announcement.municipality_id, at=now,
            urgent=announcement.category == Category.EMERGENCY,
        )  # fmt: skip
        columns = recipients.add_columns(
            literal(Priority.BULK).label("priority"),
            literal(Action.SEND.value).label("action"),
            literal(announcement.id).label("announcement_id"),
            literal(announcement.municipality_id).label("municipality_id"),
            literal(announcement.category == Category.EMERGENCY).label("urgent"),
            literal(DeliveryStatus.QUEUED.value).label("status"),
            literal(0).label("attempts"),
            literal(start, Delivery.next_attempt_at.type).label("next_attempt_at"),
            literal(now, Delivery.created_at.type).label("created_at"),
        )
        count = await _insert_rows(session, columns)
        announcements.release(announcement, now=now)  # the one table of status changes
        return count

    async def bulk_start(
        self, session: AsyncSession, *, municipality_id: int, at: datetime, urgent: bool
    ) -> datetime:
        """When a bulk send due `at` really starts: then, or (unless `urgent`) when the
        municipality's quiet hours around `at` end. Aware UTC datetimes."""
        if urgent:
            return at
        quiet = await self._quiet_for(session, municipality_id)
        if quiet and (ends := quiet[0].ends_after(at, quiet[1])):
            return ends
        return at

    async def enqueue_followups(
        self, session: AsyncSession, announcement: Announcement, action: Action
    ) -> int:
        """Edit or delete every delivered copy of an announcement; queued copies need neither
        (they render the current text when sent, and are skipped once it is withdrawn)."""
        sent = select(
            Delivery.resident_id,
            Delivery.channel,
            Delivery.chat_ref,
            Delivery.locale,
            literal(Priority.PERSONAL).label("priority"),
            literal(action.value).label("action"),
            Delivery.announcement_id,
            Delivery.platform_message_id.label("target_message_id"),
            literal(True).label("urgent"),
            literal(DeliveryStatus.QUEUED.value).label("status"),
            literal(0).label("attempts"),
            literal(self.clock(), Delivery.next_attempt_at.type).label("next_attempt_at"),
            literal(self.clock(), Delivery.created_at.type).label("created_at"),
        ).where(
            Delivery.announcement_id == announcement.id,
            Delivery.action == Action.SEND,
            Delivery.status == DeliveryStatus.SENT,
            Delivery.platform_message_id.is_not(None),
        )
        count = await _insert_rows(session, sent)
        if action is Action.DELETE:
            await session.execute(
                update(Delivery)
                .where(
                    Delivery.announcement_id == announcement.id,
                    Delivery.action == Action.SEND,
                    Delivery.status == DeliveryStatus.QUEUED,
                )
                .values(status=DeliveryStatus.SKIPPED, last_error="withdrawn")
            )
        return count

    @staticmethod
    async def enqueue_select(session: AsyncSession, rows: Select[*tuple[Any, ...]]) -> int:
        """Queue the rows of a SELECT whose column labels name `deliveries` columns, in one
        INSERT ... SELECT (a personalised broadcast, e.g. an event's invites)."""
        return await _insert_rows(session, rows)

    def enqueue_message(
        self,
        session: AsyncSession,
        *,
        resident: Resident,
        reply: Reply,
        not_before: datetime | None = None,
        topic: str | None = None,
    ) -> Delivery:
        """A personal notification (status change, reminder): goes before bulk sends. A `topic`
        lets `cancel_topic` drop it while it still waits (a reminder no longer wanted)."""
        row = Delivery(
            resident_id=resident.id,
            channel=resident.channel,
            chat_ref=resident.external_id,
            locale=resident.locale,
            priority=Priority.PERSONAL,
            urgent=True,
            payload=payload_of(reply),
            next_attempt_at=not_before or self.clock(),
            topic=topic,
        )
        session.add(row)
        return row

    def enqueue_replies(
        self,
        session: AsyncSession,
        *,
        channel: str,
        chat_ref: str,
        resident_id: int | None,
        locale: str,
        replies: list[Reply],
        wait: float = 0.0,
    ) -> None:
        """Answers the platform refused for now (throttled, down): they go before everything
        else, in their order, `wait` seconds from now (the platform's retry_after)."""
        now = self.clock()
        for reply in replies:
            session.add(
                Delivery(
                    resident_id=resident_id, channel=channel, chat_ref=chat_ref,
                    locale=reply.locale or locale, priority=Priority.REPLY, urgent=True,
                    payload=payload_of(reply), created_at=now,
                    next_attempt_at=now + timedelta(seconds=wait),
                )
            )  # fmt: skip

    def enqueue_forward(
        self,
        session: AsyncSession,
        *,
        channel: str,
        target: str,
        reply: Reply,
        locale: str,
        proposal_id: int,
    ) -> Delivery:
        """An approved proposal to its authority: a Telegram group, an e-mail address or a
        webhook URL, by channel. Its final outcome enters the proposal's history."""
        row = Delivery(
            resident_id=None, channel=channel, chat_ref=target, locale=locale,
            priority=Priority.PERSONAL, urgent=True, payload=payload_of(reply),
            next_attempt_at=self.clock(), proposal_id=proposal_id,
        )  # fmt: skip
        session.add(row)
        return row

    def enqueue_to_chat(
        self, session: AsyncSession, *, channel: str, chat_ref: str, reply: Reply, locale: str
    ) -> Delivery:
        """A message to a staff group chat (a municipality's helpers or moderators)."""
        row = Delivery(
            resident_id=None, channel=channel, chat_ref=chat_ref, locale=locale,
            priority=Priority.PERSONAL, urgent=True, payload=payload_of(reply),
            next_attempt_at=self.clock(),
        )  # fmt: skip
        session.add(row)
        return row

    @staticmethod
    async def cancel_topic(
        session: AsyncSession, *, resident_id: int | None = None, topic: str
    ) -> int:
        """Skip the rows of a topic still waiting: one resident's, or (no `resident_id`) every
        resident's, e.g. the reminders of an event that moved or was cancelled."""
        query = update(Delivery).where(
            Delivery.topic == topic, Delivery.status == DeliveryStatus.QUEUED
        )
        if resident_id is not None:
            query = query.where(Delivery.resident_id == resident_id)
        result = await session.execute(
            query.values(status=DeliveryStatus.SKIPPED, last_error="cancelled")
        )
        return int(result.rowcount or 0)  # type: ignore[attr-defined]

    async def release_due(self) -> int:
        """Queue the scheduled announcements whose time has come (the scheduler calls this)."""
        released = 0
        async with self.sessionmaker.begin() as session:
            due = (
                select(Announcement)
                .where(
                    Announcement.status == AnnouncementStatus.SCHEDULED,
                    Announcement.send_at <= self.clock(),
                )
                .order_by(Announcement.send_at)
            )
            if session.get_bind().dialect.name == "postgresql":
                due = due.with_for_update(skip_locked=True)
            for announcement in await session.scalars(due):
                count = await self.enqueue_announcement(session, announcement)
                log.info("announcement %d released to %d residents", announcement.id, count)
                released += 1
        if released:
            self.wake()
        return released

    async def next_due(self) -> datetime | None:
        """When the next scheduled announcement is due, if any."""
        async with self.sessionmaker() as session:
            return await session.scalar(
                select(func.min(Announcement.send_at)).where(
                    Announcement.status == AnnouncementStatus.SCHEDULED
                )
            )

    # --- sending ------------------------------------------------------------------------------

    def wake(self) -> None:
        """Something was queued: look now rather than at the next poll."""
        self._wake.set()

    @staticmethod
    def in_flight_limit(per_second: float) -> int:
        """Rows one sender holds at most per channel: two batches of half a second's sending at
        the channel's rate, so a crash re-sends about one second's worth (at most MAX_BATCH)."""
        return 2 * max(1, min(MAX_BATCH, int(per_second)) // 2)

    async def reconcile(self) -> int:
        """Rows in `sending` whose lease has expired (their process died) go back to `queued`;
        rows without a lease date from before leases and go back too. A terminal's engine
        (`draining`) takes back only its own chats' rows. Returns how many."""
        query = update(Delivery).where(
            Delivery.status == DeliveryStatus.SENDING,
            or_(Delivery.lease_until.is_(None), Delivery.lease_until < self.clock()),
        )
        if self.draining is not None:  # leave other processes' rows alone
            query = query.where(Delivery.channel.in_(self.draining))
            for name in self.draining:
                if (chats := _only_chats(self.channels[name])) is not None:
                    query = query.where(Delivery.chat_ref.in_(chats))
        async with self.sessionmaker.begin() as session:
            result = await session.execute(
                query.values(status=DeliveryStatus.QUEUED, lease_owner=None, lease_until=None)
            )
        count = int(result.rowcount or 0)  # type: ignore[attr-defined]
        if count:
            log.warning(
                "delivery: %d rows were left in flight by a stopped process; sending them again",
                count,
            )
        return count

    async def renew_leases(self) -> int:
        """Extend the lease of every row this process holds; returns how many."""
        async with self.sessionmaker.begin() as session:
            result = await session.execute(
                update(Delivery)
                .where(
                    Delivery.status == DeliveryStatus.SENDING, Delivery.lease_owner == self.owner
                )
                .values(lease_until=self.clock() + LEASE)
            )
        return int(result.rowcount or 0)  # type: ignore[attr-defined]

    async def run(self, stop: asyncio.Event, *, idle_poll: float = 1.0) -> None:
        await self.reconcile()
        leases = asyncio.create_task(self._keep_leases(stop))
        try:
            while not stop.is_set():
                try:
                    worked = await self.drain()
                except Exception:  # a database hiccup must not end delivery for good
                    log.exception("delivery: drain failed; retrying shortly")
                    worked = 0
                if worked:
                    continue
                await nap(self._wake, stop, idle_poll)
        finally:
            leases.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await leases

    async def _keep_leases(self, stop: asyncio.Event) -> None:
        """Renew our leases and take back expired ones of other processes, every LEASE / 3."""
        period = LEASE.total_seconds() / 3
        while not stop.is_set():
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(period):
                    await stop.wait()
            if stop.is_set():
                return
            try:
                await self.renew_leases()
                if await self.reconcile():
                    self.wake()
            except Exception:  # a database hiccup: the next round tries again
                log.exception("delivery: renewing leases failed")

    async def drain(self) -> int:
        """Send one batch per channel of what is due; returns how many rows were handled."""
        handled = 0
        for name in self.channels:
            if self.draining is None or name in self.draining:
                handled += await self._drain_channel(name)
        return handled

    async def _drain_channel(self, name: str) -> int:
        """Send everything due on one channel. Batches are pipelined: the next batch is claimed
        while one is being sent, and outcomes are recorded while the next one is sent, so the
        database never stands between two sends. At most two batches are in hand at a time."""
        channel, limiter = self.channels[name], self.limiters[name]
        size = self.in_flight_limit(channel.limits.per_second) // 2
        handled = 0
        batch = await self._claim_batch(name, size)
        sending = asyncio.create_task(self._send_batch(channel, limiter, batch)) if batch else None
        try:
            while sending is not None and batch is not None:
                upcoming = await self._claim_batch(name, size)
                outcomes = await sending
                sending = None
                if upcoming:
                    sending = asyncio.create_task(self._send_batch(channel, limiter, upcoming))
                await self._record(outcomes, batch.rows)
                handled += len(outcomes)
                batch = upcoming
                self._forget_old_chats()  # per batch: memory stays flat however long the backlog
        finally:
            if sending is not None:  # an error while recording: let the sends in hand finish
                await asyncio.gather(sending, return_exceptions=True)
        return handled

    async def _claim_batch(self, name: str, size: int) -> _Batch | None:
        async with self.sessionmaker.begin() as session:
            rows = await self._claim(session, name, size)
            if not rows:
                return None
            return _Batch(rows, await self._batch_context(session, name, rows))

    async def _send_batch(
        self, channel: Channel, limiter: WindowLimiter, batch: _Batch
    ) -> list[tuple[dict[str, Any], int | None]]:
        now = self.clock()
        return await asyncio.gather(
            *(self._handle(channel, limiter, row, batch.context, now) for row in batch.rows)
        )

    async def _record(
        self, outcomes: list[tuple[dict[str, Any], int | None]], rows: list[Row[Any]]
    ) -> None:
        """Store a batch's outcomes (`outcomes[i]` is that of `rows[i]`)."""
        released = {"lease_owner": None, "lease_until": None}
        async with self.sessionmaker.begin() as session:
            # Only rows still ours: a row whose lease we lost (a stall longer than LEASE) was
            # taken back, and its new holder records it.
            await session.execute(
                update(Delivery)
                .where(Delivery.lease_owner == self.owner)
                .execution_options(synchronize_session=None),
                [outcome | released for outcome, _ in outcomes],
            )
            final = [
                row for (outcome, _), row in zip(outcomes, rows, strict=True)
                if outcome.get("status") in FINAL
            ]  # fmt: skip
            if forwards := [row.id for row in final if row.proposal_id is not None]:
                await _forwards_into_history(session, forwards, self.clock())
            if copies := [row.id for row in final if row.announcement_id is not None]:
                await _withdraw_late_copies(session, copies, self.clock())
            unreachable = {resident for _, resident in outcomes if resident is not None}
            if unreachable:
                await session.execute(
                    update(Resident)
                    .where(Resident.id.in_(unreachable))
                    .values(status=ResidentStatus.BLOCKED, status_changed_at=self.clock())
                )

    async def _claim(self, session: AsyncSession, channel: str, size: int) -> list[Row[Any]]:
        due = (
            select(Delivery.id)
            .where(
                Delivery.status == DeliveryStatus.QUEUED,
                Delivery.channel == channel,
                Delivery.next_attempt_at <= self.clock(),
            )
            .order_by(Delivery.priority, Delivery.next_attempt_at, Delivery.id)
            .limit(size)
        )
        if (chats := _only_chats(self.channels[channel])) is not None:
            due = due.where(Delivery.chat_ref.in_(chats))  # one terminal, one person's rows
        if session.get_bind().dialect.name == "postgresql":
            due = due.with_for_update(skip_locked=True)  # several senders never share a row
        claimed = await session.execute(
            update(Delivery)
            .where(Delivery.id.in_(due.scalar_subquery()))
            .values(
                status=DeliveryStatus.SENDING,
                attempts=Delivery.attempts + 1,
                lease_owner=self.owner,
                lease_until=self.clock() + LEASE,
            )
            .returning(
                Delivery.id,
                Delivery.resident_id,
                Delivery.chat_ref,
                Delivery.locale,
                Delivery.action,
                Delivery.announcement_id,
                Delivery.payload,
                Delivery.target_message_id,
                Delivery.municipality_id,
                Delivery.urgent,
                Delivery.attempts,
                Delivery.priority,
                Delivery.needs_template,
                Delivery.proposal_id,
            )
            .execution_options(synchronize_session=False)
        )
        return sorted(claimed.all(), key=lambda r: (r.priority, r.id))

    async def _batch_context(
        self, session: AsyncSession, channel: str, rows: list[Row[Any]]
    ) -> _BatchContext:
        announcement_ids = {r.announcement_id for r in rows if r.announcement_id}
        announcements = {
            a.id: a
            for a in await session.scalars(
                select(Announcement).where(Announcement.id.in_(announcement_ids))
            )
        }
        bulk_residents = {r.resident_id for r in rows if r.priority == Priority.BULK}
        residents = {
            row.id: (row.status, row.muted_categories)
            for row in await session.execute(
                select(Resident.id, Resident.status, Resident.muted_categories).where(
                    Resident.id.in_(bulk_residents)
                )
            )
        }
        municipality_ids = {r.municipality_id for r in rows if r.municipality_id and not r.urgent}
        quiet = {m: await self._quiet_for(session, m) for m in municipality_ids}
        window_ends: dict[int, datetime] = {}
        if (window := self.channels[channel].service_window) is not None:
            # last_seen_at may lag the last message by SEEN_PRECISION: the window we compute
            # ends a little early, never late.
            window_ends = {
                row.id: row.last_seen_at + window
                for row in await session.execute(
                    select(Resident.id, Resident.last_seen_at).where(
                        Resident.id.in_({r.resident_id for r in rows if r.resident_id})
                    )
                )
            }
        return _BatchContext(announcements, residents, quiet, window_ends)

    async def _handle(
        self,
        channel: Channel,
        limiter: WindowLimiter,
        row: Row[Any],
        context: _BatchContext,
        now: datetime,
    ) -> tuple[dict[str, Any], int | None]:
        """Send one row; returns its new column values and, if unreachable, the resident id."""
        done: dict[str, Any] = {"id": row.id}
        announcement = context.announcements.get(row.announcement_id)
        if reason := context.skip_reason(row, announcement):
            return done | {"status": DeliveryStatus.SKIPPED, "last_error": reason}, None
        quiet = context.quiet.get(row.municipality_id)
        if quiet and not row.urgent and (ends := quiet[0].ends_after(now, quiet[1])):
            return done | {
                "status": DeliveryStatus.QUEUED,
                "next_attempt_at": ends,
                "attempts": row.attempts - 1,
            }, None

        async with self._semaphore:
            await self._chat_pause(channel.name, row.chat_ref)
            await limiter.acquire()
            try:
                window_open = context.window_open(row, self.clock())
                return await self._attempt(channel, limiter, row, announcement, window_open, done)
            finally:
                limiter.release()

    async def _attempt(
        self,
        channel: Channel,
        limiter: WindowLimiter,
        row: Row[Any],
        announcement: Announcement | None,
        window_open: bool,
        done: dict[str, Any],
    ) -> tuple[dict[str, Any], int | None]:
        try:
            message_id = await self._perform_or_transient(channel, row, announcement, window_open)
        except Migrated as moved:  # a staff group became a supergroup: follow it, at once
            await self.follow_chat(channel.name, row.chat_ref, moved.new_chat_ref)
            return done | {
                "status": DeliveryStatus.QUEUED,
                "chat_ref": moved.new_chat_ref,
                "next_attempt_at": self.clock(),
                "attempts": row.attempts - 1,
                "last_error": str(moved)[:300],
            }, None
        except Unreachable as error:
            return done | _failed(error), row.resident_id
        except Rejected as error:
            return done | _failed(error), None
        except Throttled as error:
            limiter.pause(error.retry_after)
            retry = self.clock() + timedelta(seconds=error.retry_after)
            return (
                done
                | {
                    "status": DeliveryStatus.QUEUED,
                    "next_attempt_at": retry,
                    "attempts": row.attempts - 1,  # not this message's fault
                    "last_error": str(error)[:300],
                },
                None,
            )
        except Transient as error:
            if row.attempts >= MAX_ATTEMPTS:
                return done | _failed(error), None
            backoff = min(MAX_BACKOFF, 2.0**row.attempts) * random.uniform(0.8, 1.2)
            return done | {
                "status": DeliveryStatus.QUEUED,
                "next_attempt_at": self.clock() + timedelta(seconds=backoff),
                "last_error": str(error)[:300],
            }, None
        outcome = None
        if isinstance(message_id, Withdrawal):
            outcome, message_id = message_id.how.value, message_id.message_id
        return done | {
            "status": DeliveryStatus.SENT,
            "sent_at": self.clock(),
            "platform_message_id": message_id,
            "outcome": outcome,
            "last_error": None,
        }, None

    async def follow_chat(self, channel: str, old: str, new: str) -> None:
        """A chat's new id replaces the old one in the settings that name it and in every row
        still waiting for it (see `repos.move_staff_chat`)."""
        async with self.sessionmaker.begin() as session:
            moved = await repos.move_staff_chat(session, old=old, new=new)
            await session.execute(
                update(Delivery)
                .where(
                    Delivery.channel == channel,
                    Delivery.chat_ref == old,
                    Delivery.status == DeliveryStatus.QUEUED,
                )
                .values(chat_ref=new)
            )
        self._quiet_cache = (0.0, {})
        log.warning("delivery: chat %s moved to %s (%d staff settings follow it)", old, new, moved)

    async def _perform_or_transient(
        self,
        channel: Channel,
        row: Row[Any],
        announcement: Announcement | None,
        window_open: bool,
    ) -> str | Withdrawal | None:
        """`_perform`, with anything but a classified failure (a channel's bug, a file gone)
        costing this row a retry rather than the batch in hand."""
        try:
            return await self._perform(channel, row, announcement, window_open)
        except DeliveryError:
            raise
        except Exception as error:
            log.exception("delivery: unexpected error sending row %s", row.id)
            raise Transient(f"unexpected: {error!r}") from error

    async def _perform(
        self,
        channel: Channel,
        row: Row[Any],
        announcement: Announcement | None,
        window_open: bool,
    ) -> str | Withdrawal | None:
        if announcement is not None:
            text = announcement_text(announcement, row.locale)
            if row.action == Action.DELETE:
                return await channel.delete(
                    row.chat_ref, row.target_message_id, text, locale=row.locale,
                    window_open=window_open,
                )  # fmt: skip
            if row.action == Action.EDIT:
                sent = await channel.edit(
                    row.chat_ref, row.target_message_id, text, locale=row.locale,
                    window_open=window_open,
                )  # fmt: skip
                return sent or row.target_message_id
            return await channel.deliver(
                row.chat_ref, Reply(text, locale=row.locale), announcement.media,
                window_open=window_open,
            )  # fmt: skip
        payload = row.payload or {}
        choices = tuple(
            Choice(str(choice[0]), str(choice[1]), choice[2] if len(choice) > 2 else None)
            for choice in payload.get("choices", [])
        )
        title = payload.get("title")
        reply = Reply(
            str(payload["text"]), choices, locale=row.locale,
            title=str(title) if title is not None else None,
        )  # fmt: skip
        return await channel.deliver(
            row.chat_ref, reply, payload.get("media"), window_open=window_open
        )

    async def _chat_pause(self, channel: str, chat_ref: str) -> None:
        """Keep to the per-chat limit (Telegram: about one message a second per chat)."""
        key = (channel, chat_ref)
        gap = self._chat_gap[channel]
        last = self._last_to_chat.get(key)
        now = time.monotonic()
        if last is not None and now - last < gap:
            self._last_to_chat[key] = last + gap
            await asyncio.sleep(last + gap - now)
        else:
            self._last_to_chat[key] = now

    def _forget_old_chats(self) -> None:
        if len(self._last_to_chat) < 10_000:
            return
        horizon = time.monotonic() - max(self._chat_gap.values(), default=1.0)
        self._last_to_chat = {k: t for k, t in self._last_to_chat.items() if t > horizon}

    def quiet_hours_of(self, municipality: Municipality) -> QuietHours:
        """`QUIET_HOURS=off` turns quiet hours off everywhere; otherwise a municipality's own
        `quiet_hours` (content file) wins over the bot-wide default."""
        if not self.default_quiet.enabled or not municipality.quiet_hours:
            return self.default_quiet
        return QuietHours.parse(municipality.quiet_hours)

    async def _quiet_for(
        self, session: AsyncSession, municipality_id: int
    ) -> tuple[QuietHours, ZoneInfo] | None:
        loaded_at, cache = self._quiet_cache
        if time.monotonic() - loaded_at > 300 or municipality_id not in cache:
            cache = {
                m.id: (self.quiet_hours_of(m), ZoneInfo(m.timezone))
                for m in await session.scalars(select(Municipality))
            }
            self._quiet_cache = (time.monotonic(), cache)
        return cache.get(municipality_id)

    # --- figures ------------------------------------------------------------------------------

    @staticmethod
    async def withdrawal_figures(
        session: AsyncSession, announcement_ids: list[int]
    ) -> dict[int, WithdrawalFigures]:
        rows = await session.execute(
            select(Delivery.announcement_id, Delivery.status, Delivery.outcome, func.count())
            .where(
                Delivery.announcement_id.in_(announcement_ids),
                Delivery.action == Action.DELETE,
            )
            .group_by(Delivery.announcement_id, Delivery.status, Delivery.outcome)
        )
        counts: dict[int, collections.Counter[str]] = collections.defaultdict(collections.Counter)
        for announcement_id, status, outcome, count in rows:
            if announcement_id is None:
                continue
            if status == DeliveryStatus.SENT:
                key = "deleted" if outcome in (None, Withdrawn.DELETED) else "noted"
            elif status in (DeliveryStatus.QUEUED, DeliveryStatus.SENDING):
                key = "waiting"
            else:
                key = "failed"
            counts[announcement_id][key] += count
        return {i: WithdrawalFigures(**c) for i, c in counts.items()}

    @staticmethod
    async def figures(
        session: AsyncSession, announcement_ids: list[int]
    ) -> dict[int, DeliveryFigures]:
        rows = await session.execute(
            select(Delivery.announcement_id, Delivery.status, Delivery.last_error, func.count())
            .where(Delivery.announcement_id.in_(announcement_ids), Delivery.action == Action.SEND)
            .group_by(Delivery.announcement_id, Delivery.status, Delivery.last_error)
        )
        counts: dict[int, dict[str, int]] = collections.defaultdict(collections.Counter)
        for announcement_id, status, error, count in rows:
            if announcement_id is None:
                continue
            key = status
            if status == DeliveryStatus.FAILED and error and error.startswith("unreachable"):
                key = "blocked"
            elif status == DeliveryStatus.SENDING:
                key = DeliveryStatus.QUEUED
            counts[announcement_id][key] += count
        return {i: DeliveryFigures(**{k: v for k, v in c.items()}) for i, c in counts.items()}


@dataclass(frozen=True, slots=True)
class _Batch:
    rows: list[Row[Any]]
    context: _BatchContext


@dataclass(frozen=True, slots=True)
class _BatchContext:
    announcements: dict[int, Announcement]
    residents: dict[int, tuple[str, list[Any]]]  # bulk recipients: status, muted categories
    quiet: dict[int, tuple[QuietHours, ZoneInfo] | None]
    window_ends: dict[int, datetime]  # resident -> end of their service window (WhatsApp)

    def window_open(self, row: Row[Any], now: datetime) -> bool:
        """May this row go as a free-form message (rather than the channel's template)?"""
        ends = self.window_ends.get(row.resident_id)
        return not row.needs_template and (ends is None or ends > now)

    def skip_reason(self, row: Row[Any], announcement: Announcement | None) -> str | None:
        if row.announcement_id is not None and announcement is None:
            return "announcement deleted"
        if row.action != Action.SEND or row.urgent:
            return None
        if announcement is not None and announcement.status == AnnouncementStatus.WITHDRAWN:
            return "withdrawn"
        # Bulk sends (announcements, consultation invites) wait in the outbox, maybe for hours:
        # a resident who has written STOP since, or blocked us, must not get them.
        status, muted = self.residents.get(row.resident_id, (ResidentStatus.ACTIVE, []))
        if row.priority == Priority.BULK and status != ResidentStatus.ACTIVE:
            return f"resident {status}"
        if announcement is not None and announcement.category in muted:
            return "category muted"
        return None


def _only_chats(channel: Channel) -> frozenset[str] | None:
    """The chats a channel is limited to (the terminal chat: its one person), or None."""
    chats = getattr(channel, "only_chats", None)
    return frozenset(chats) if chats is not None else None


def bulk_rows(
    recipients: Select[*tuple[Any, ...]],
    reply: Reply,
    *,
    municipality_id: int,
    topic: str,
    now: datetime,
) -> Select[*tuple[Any, ...]]:
    """Outbox rows of one reply to every resident `recipients` selects (its columns labelled
    resident_id, channel, chat_ref, locale: `repos.residents_reached`), queued now as bulk
    work of `municipality_id` under `topic`: the SELECT of `DeliveryEngine.enqueue_select`'s
    INSERT ... SELECT."""
    return recipients.add_columns(
        literal(Priority.BULK).label("priority"),
        literal(payload_of(reply), Delivery.payload.type).label("payload"),
        literal(municipality_id).label("municipality_id"),
        literal(False).label("urgent"),
        literal(topic).label("topic"),
        literal(DeliveryStatus.QUEUED.value).label("status"),
        literal(0).label("attempts"),
        literal(now, Delivery.next_attempt_at.type).label("next_attempt_at"),
        literal(now, Delivery.created_at.type).label("created_at"),
    )


def payload_of(reply: Reply) -> dict[str, Any]:
    """A reply as an outbox row's payload (rendered again when sent)."""
    payload: dict[str, Any] = {
        "text": reply.text,
        "choices": [[c.id, c.label, c.url] if c.url else [c.id, c.label] for c in reply.choices],
        "media": reply.media,
    }
    if reply.title is not None:
        payload["title"] = reply.title
    return payload


async def _insert_rows(session: AsyncSession, rows: Select[*tuple[Any, ...]]) -> int:
    """INSERT INTO deliveries ... SELECT: one statement however many recipients; the select's
    column labels name the columns they fill."""
    names = [str(column.key) for column in rows.selected_columns]
    result = await session.execute(insert(Delivery).from_select(names, rows))
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


FINAL = (DeliveryStatus.SENT, DeliveryStatus.FAILED)


async def _withdraw_late_copies(session: AsyncSession, ids: list[int], now: datetime) -> int:
    """Copies that were on their way while their announcement was withdrawn (the withdrawal
    queued deletions only for those sent before it) are deleted too, and counted."""
    late = (
        select(
            Delivery.resident_id,
            Delivery.channel,
            Delivery.chat_ref,
            Delivery.locale,
            literal(Priority.PERSONAL).label("priority"),
            literal(Action.DELETE.value).label("action"),
            Delivery.announcement_id,
            Delivery.platform_message_id.label("target_message_id"),
            literal(True).label("urgent"),
            literal(DeliveryStatus.QUEUED.value).label("status"),
            literal(0).label("attempts"),
            literal(now, Delivery.next_attempt_at.type).label("next_attempt_at"),
            literal(now, Delivery.created_at.type).label("created_at"),
        )
        .join(Announcement, Announcement.id == Delivery.announcement_id)
        .where(
            Delivery.id.in_(ids),
            Delivery.action == Action.SEND,
            Delivery.status == DeliveryStatus.SENT,
            Delivery.platform_message_id.is_not(None),
            Announcement.status == AnnouncementStatus.WITHDRAWN,
        )
    )
    return await _insert_rows(session, late)


async def _forwards_into_history(session: AsyncSession, ids: list[int], now: datetime) -> None:
    """A forward's final outcome (sent, or failed for good) enters its proposal's history."""
    rows = await session.execute(
        select(Delivery.proposal_id, Delivery.channel, Delivery.status, Delivery.last_error).where(
            Delivery.id.in_(ids), Delivery.proposal_id.is_not(None)
        )
    )
    for proposal_id, channel, status, error in rows:
        sent = status == DeliveryStatus.SENT
        proposal = await session.get(Proposal, proposal_id)
        if proposal is not None:
            proposals.record(
                session, proposal, actor="system",
                action="forward_sent" if sent else "forward_failed",
                note=channel if sent else f"{channel}: {error}"[:1000], now=now,
            )  # fmt: skip


def _failed(error: Exception) -> dict[str, Any]:
    kind = "unreachable" if isinstance(error, Unreachable) else "rejected"
    return {"status": DeliveryStatus.FAILED, "last_error": f"{kind}: {error}"[:300]}


def recipients_query(announcement: Announcement, *, channels: list[str]) -> Any:
    """Active residents of the announcement's municipality (and communities, if it names some)
    on a channel we can deliver to."""
    return repos.residents_reached(
        municipality_id=announcement.municipality_id,
        community_ids=announcement.community_ids,
        channels=channels,
    )


def announcement_text(announcement: Announcement, locale: str) -> str:
    """The text in the resident's language, else along their fallback chain, else any."""
    return localised(announcement.texts, fallback_chain(locale))
