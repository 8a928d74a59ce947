"""Announcements with their outbox work: what the chat's /announce and /announcements and the web
panel's announcements pages both call, so that neither holds a rule of its own.

`storage.announcements` decides what may happen to an announcement (its table of status
changes); this module adds what needs the delivery engine: who it reaches (the count a preview
shows), when sending really starts (quiet hours), queueing the copies, their edits and their
deletions, a test copy to the publisher alone, and the figures of what became of the copies.
Every function works in the caller's transaction and takes its time from a `now` argument.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.delivery import DeliveryEngine, announcement_text, recipients_query
from bot.i18n import I18n
from bot.messages import Reply
from storage import announcements, repos
from storage.announcements import Changed, NewAnnouncement
from storage.content import COUNTRY_LANGUAGE
from storage.models import (
    Action,
    Announcement,
    Category,
    Delivery,
    DeliveryStatus,
    Municipality,
    Resident,
)

TIME_FORMAT = "%d.%m.%Y %H:%M"  # how a municipality's local time is shown to staff
# Channels whose platform reports delivery and reading of what we sent (WhatsApp's status
# callbacks fill `delivered_at` and `read_at`). Telegram reports neither: its copies count as
# unknown, never as delivered.
RECEIPT_CHANNELS = frozenset({"whatsapp"})


def local(moment: datetime, municipality: Municipality) -> str:
    """`moment` as the municipality's wall-clock time, "31.12.2026 09:30"."""
    return moment.astimezone(ZoneInfo(municipality.timezone)).strftime(TIME_FORMAT)


def at_local(wall: datetime, municipality: Municipality) -> datetime:
    """A naive wall-clock time read in the municipality's time zone, as an aware datetime."""
    return wall.replace(tzinfo=ZoneInfo(municipality.timezone))


def channels_of(delivery: DeliveryEngine | None) -> list[str]:
    return list(delivery.channels) if delivery is not None else []


async def recipients(
    session: AsyncSession, announcement: Announcement, *, delivery: DeliveryEngine | None
) -> int:
    """How many residents it reaches now: active residents of its place (and communities) on a
    channel we deliver to, less those who muted its topic. The preview's and the cancel
    question's number."""
    return await repos.count_recipients(
        session,
        query=recipients_query(announcement, channels=channels_of(delivery)),
        category=announcement.category,
    )


async def bulk_start(
    session: AsyncSession, announcement: Announcement, *, delivery: DeliveryEngine | None
) -> datetime:
    """When sending really starts: at its time, or when quiet hours end (not emergencies)."""
    if delivery is None:
        return announcement.send_at
    return await delivery.bulk_start(
        session, municipality_id=announcement.municipality_id, at=announcement.send_at,
        urgent=announcement.category == Category.EMERGENCY,
    )  # fmt: skip


@dataclass(frozen=True)
class Published:
    """What `publish` did: the stored announcement; for one sent now, how many copies were
    queued and when sending starts (later than now in quiet hours)."""

    announcement: Announcement
    scheduled: bool  # True: it waits for its time; the scheduler releases it
    count: int = 0
    start: datetime | None = None


async def publish(
    session: AsyncSession,
    new: NewAnnouncement,
    *,
    delivery: DeliveryEngine | None,
    now: datetime,
) -> Published:
    """Store the announcement; one due now has its copies queued at once. Raises `TooSoon`
    (a chosen time that has passed) and `InvalidDraft` (see `storage.announcements.schedule`).
    The caller wakes the sender after its commit."""
    changed = await announcements.schedule(session, new, now=now)
    announcement = changed.announcement
    if new.send_at is not None:
        return Published(announcement, scheduled=True)
    if delivery is None:
        return Published(announcement, scheduled=False, start=now)
    start = await bulk_start(session, announcement, delivery=delivery)
    count = await delivery.enqueue_announcement(session, announcement)
    return Published(announcement, scheduled=False, count=count, start=start)


def cancel(announcement: Announcement, *, now: datetime) -> Changed:
    """Taken back before release (`ForbiddenChange` once released): nothing is sent."""
    return announcements.cancel(announcement, now=now)


async def withdraw(
    session: AsyncSession,
    announcement: Announcement,
    *,
    delivery: DeliveryEngine | None,
    now: datetime,
) -> int:
    """Withdraw a released announcement: copies not sent yet are skipped, delivered ones are
    queued for deletion; returns how many deletions. `ForbiddenChange` if not released."""
    announcements.withdraw(announcement, now=now)
    if delivery is None:
        return 0
    return await delivery.enqueue_followups(session, announcement, Action.DELETE)


async def correct(
    session: AsyncSession,
    announcement: Announcement,
    *,
    locale: str,
    text: str,
    delivery: DeliveryEngine | None,
    now: datetime,
) -> int:
    """Replace its text in `locale` and queue the edits of delivered copies; returns how many.
    Raises `InvalidText`, `InvalidDraft` (a language it was not written in), `ForbiddenChange`."""
    announcements.correct(announcement, locale=locale, text=text, now=now)
    if delivery is None:
        return 0
    return await delivery.enqueue_followups(session, announcement, Action.EDIT)


async def withdrawable(session: AsyncSession, announcement: Announcement) -> tuple[int, int]:
    """(copies in residents' chats, copies still waiting): what a withdrawal would remove."""
    figures = (await DeliveryEngine.figures(session, [announcement.id])).get(announcement.id)
    return (figures.sent, figures.queued) if figures else (0, 0)


TEST_TOPIC = "announcement-test"


def send_test_copy(
    session: AsyncSession,
    announcement: Announcement,
    *,
    to: Resident,
    delivery: DeliveryEngine,
    i18n: I18n,
) -> Delivery:
    """Queue one copy of a (built, maybe unsaved) announcement to `to`'s own chat, in their
    language, marked as a test: exactly the text and attachment residents would get, through
    the outbox, to nobody else."""
    t = i18n.translator(to.locale)
    text = t("announce-test-copy", text=announcement_text(announcement, to.locale))
    media = dict(announcement.media) if announcement.media else None
    return delivery.enqueue_message(
        session, resident=to, reply=Reply(text, media=media, locale=to.locale), topic=TEST_TOPIC
    )


async def languages_of(
    session: AsyncSession, municipality: Municipality, *, shipped: Sequence[str]
) -> list[str]:
    """The shipped languages a municipality uses, in the shipped order: its country's, those its
    names are given in, and those its residents chose."""
    used = set(municipality.names)
    if language := COUNTRY_LANGUAGE.get(municipality.country.upper()):
        used.add(language)
    communities = [
        c.id for c in await repos.list_municipalities(session, parent_id=municipality.id)
    ]
    used.update(
        await session.scalars(
            select(Resident.locale)
            .where(Resident.municipality_id.in_([municipality.id, *communities]))
            .distinct()
        )
    )
    return [code for code in shipped if code in used]


# --- figures ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Reach:
    """What became of an announcement's copies (not their edits or deletions): the outbox's own
    figures (`DeliveryEngine.figures`: `failed` here includes `blocked`, the chats that blocked
    us) and the platforms' receipts. `delivered` and `read` count only copies on channels that
    report them (`reported`: how many sent copies those are); for the others nobody knows."""

    sent: int = 0
    waiting: int = 0
    failed: int = 0
    blocked: int = 0
    skipped: int = 0
    reported: int = 0
    delivered: int = 0
    read: int = 0


async def reach(session: AsyncSession, announcement_ids: Iterable[int]) -> dict[int, Reach]:
    """Per announcement id, its copies counted from the outbox; ids without copies are absent."""
    ids = list(announcement_ids)
    if not ids:
        return {}
    figures = await DeliveryEngine.figures(session, ids)
    receipts = await session.execute(
        select(
            Delivery.announcement_id,
            func.count(),
            # read implies delivered, whichever report came first
            func.count(func.coalesce(Delivery.delivered_at, Delivery.read_at)),
            func.count(Delivery.read_at),
        )
        .where(
            Delivery.announcement_id.in_(ids),
            Delivery.action == Action.SEND,
            Delivery.status == DeliveryStatus.SENT,
            Delivery.channel.in_(RECEIPT_CHANNELS),
        )
        .group_by(Delivery.announcement_id)
    )
    reported = {row[0]: tuple(row[1:]) for row in receipts}
    found = {}
    for announcement_id, f in figures.items():
        counted, delivered, read = reported.get(announcement_id, (0, 0, 0))
        found[announcement_id] = Reach(
            sent=f.sent, waiting=f.queued, failed=f.failed + f.blocked, blocked=f.blocked,
            skipped=f.skipped, reported=counted, delivered=delivered, read=read,
        )  # fmt: skip
    return found


@dataclass(frozen=True, slots=True)
class Timeline:
    """Copies sent, delivered and read by the end of each step, from `start`, `step` apart."""

    start: datetime
    step: timedelta
    sent: list[int]
    delivered: list[int]
    read: list[int]


# Seconds a chart's point may stand for; the last ones let a year of announcements fit.
STEPS = (60, 300, 900, 3600, 3 * 3600, 6 * 3600, 86400, 7 * 86400, 30 * 86400, 365 * 86400)


async def timeline(
    session: AsyncSession, announcement_ids: Iterable[int], *, until: datetime, points: int = 24
) -> Timeline | None:
    """Cumulative copies of these announcements over time, up to `until` in at most `points`
    steps of a round length; None when none was sent yet. Rows are streamed, not held."""
    ids = list(announcement_ids)
    if not ids:
        return None
    sent = (
        Delivery.announcement_id.in_(ids),
        Delivery.action == Action.SEND,
        Delivery.sent_at.is_not(None),
    )
    first = await session.scalar(select(func.min(Delivery.sent_at)).where(*sent))
    if first is None:
        return None
    span = max((until - first).total_seconds(), 1.0)
    seconds = next((s for s in STEPS if span / s <= points), STEPS[-1])
    step = timedelta(seconds=seconds)
    start = datetime.fromtimestamp(first.timestamp() // seconds * seconds, tz=first.tzinfo)
    count = min(points, int((until - start) / step) + 1)
    series = {"sent": [0] * count, "delivered": [0] * count, "read": [0] * count}

    def add(name: str, moment: datetime | None) -> None:
        if moment is None:
            return
        if moment > until:
            return
        # The chart is cumulative: anything before its first point counts there.
        index = min(max(int((moment - start) / step), 0), count - 1)
        series[name][index] += 1

    rows = await session.stream(
        select(Delivery.sent_at, Delivery.delivered_at, Delivery.read_at).where(*sent)
    )
    async for sent_at, delivered_at, read_at in rows:
        add("sent", sent_at)
        add("delivered", delivered_at or read_at)
        add("read", read_at)
    for values in series.values():
        for i in range(1, count):
            values[i] += values[i - 1]
    return Timeline(start, step, series["sent"], series["delivered"], series["read"])
