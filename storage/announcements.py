"""Municipal announcements: their rules in one place.

An announcement is scheduled (due at `send_at`, "now" included), then released (its deliveries
are in the outbox), or cancelled before that; a released one may be corrected (its texts change
and the delivered copies are edited) or withdrawn (the copies are deleted). `TRANSITIONS` is the
whole table; every function here checks it, raises `ForbiddenChange` for anything else, takes
its time from a `now` argument (the app's clock, never the wall clock) and returns what happened
(`Changed`). The chat handlers (and a web panel) render and queue messages; they decide nothing
about statuses.

Functions that change an announcement want it read with `lock` (in the caller's transaction),
so that a publisher's Cancel and the scheduler's release cannot both win.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from types import MappingProxyType
from typing import Any, Final

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Announcement, AnnouncementStatus, Category

MAX_TEXT = 4000  # under Telegram's 4096; with a photo, longer text follows it as a message
MIN_LEAD = timedelta(minutes=1)  # a scheduled time must be at least this far ahead


# The topics an announcement may have: every category but survey invitations.
TOPICS = tuple(c.value for c in Category if c is not Category.SURVEYS)


class Change(StrEnum):
    """What can happen to an announcement."""

    SCHEDULE = "schedule"  # created from a draft, due now or later
    RELEASE = "release"  # its time came: deliveries queued (the delivery engine)
    CANCEL = "cancel"  # taken back before release
    CORRECT = "correct"  # a text of a released one changed; delivered copies are edited
    WITHDRAW = "withdraw"  # taken back after release; delivered copies are deleted


S = AnnouncementStatus

# status before (None: it does not exist yet) -> change -> status after. Nothing else is allowed;
# cancelled and withdrawn are final.
TRANSITIONS: Final[Mapping[AnnouncementStatus | None, Mapping[Change, AnnouncementStatus]]] = (
    MappingProxyType(
        {
            None: MappingProxyType({Change.SCHEDULE: S.SCHEDULED}),
            S.SCHEDULED: MappingProxyType({Change.RELEASE: S.RELEASED, Change.CANCEL: S.CANCELLED}),
            S.RELEASED: MappingProxyType(
                {Change.CORRECT: S.RELEASED, Change.WITHDRAW: S.WITHDRAWN}
            ),
            S.CANCELLED: MappingProxyType({}),
            S.WITHDRAWN: MappingProxyType({}),
        }
    )
)


class AnnouncementError(Exception):
    """An announcement rule was broken; nothing was changed."""


class ForbiddenChange(AnnouncementError):
    """The change is not allowed from the announcement's status (see `TRANSITIONS`)."""

    def __init__(self, status: str | None, change: Change, announcement_id: int | None = None):
        self.status = status
        self.change = change
        self.announcement_id = announcement_id
        what = f"announcement #{announcement_id}" if announcement_id else "an announcement"
        super().__init__(f"{change} is not allowed for {what} that is {status or 'new'}")


class InvalidDraft(AnnouncementError):
    """The draft cannot become an announcement (no topic, no text, unknown language, ...)."""


class MissingTopic(InvalidDraft):
    """The draft names no topic, or one that is not a `Category`."""


class MissingText(InvalidDraft):
    """The draft has a text in no language."""


class InvalidText(InvalidDraft):
    """A text that is empty, or longer than `MAX_TEXT` (`locale`: its language, where known)."""

    def __init__(self, length: int, locale: str | None = None) -> None:
        self.length = length
        self.locale = locale
        super().__init__(f"a text must have 1 to {MAX_TEXT} characters, not {length}")


class TooSoon(InvalidDraft):
    """A scheduled time that has passed, or is less than `MIN_LEAD` ahead."""

    def __init__(self, at: datetime, now: datetime) -> None:
        self.at = at
        self.now = now
        super().__init__(f"{at.isoformat()} is not after {(now + MIN_LEAD).isoformat()}")


@dataclass(frozen=True)
class NewAnnouncement:
    """What a publisher's draft holds once it is complete."""

    municipality_id: int
    category: str
    texts: Mapping[str, str]  # locale -> text
    community_ids: tuple[int, ...] = ()  # empty: the whole municipality
    media: Mapping[str, Any] | None = None  # {"kind", "ref", "name"}
    author_id: int | None = None
    send_at: datetime | None = None  # None: now


@dataclass(frozen=True)
class Changed:
    """What happened: the announcement (as it is now), the change, the statuses around it."""

    announcement: Announcement = field(compare=False)
    change: Change
    before: AnnouncementStatus | None
    after: AnnouncementStatus
    at: datetime


def status_of(value: str | None) -> AnnouncementStatus | None:
    return None if value is None else AnnouncementStatus(value)


def next_status(status: str | None, change: Change, *, announcement_id: int | None = None) -> S:
    """Where `change` takes an announcement in `status`; `ForbiddenChange` if nowhere."""
    after = TRANSITIONS.get(status_of(status), {}).get(change)
    if after is None:
        raise ForbiddenChange(status, change, announcement_id)
    return after


def allowed_changes(status: str | None) -> tuple[Change, ...]:
    """The changes an announcement in `status` may undergo, in the table's order."""
    return tuple(TRANSITIONS.get(status_of(status), {}))


def can(announcement: Announcement, change: Change) -> bool:
    return change in TRANSITIONS.get(status_of(announcement.status), {})


def check_text(text: str) -> str:
    """The text as it will be stored (stripped); `InvalidText` if empty or too long."""
    text = text.strip()
    if not text or len(text) > MAX_TEXT:
        raise InvalidText(len(text))
    return text


def check_send_at(at: datetime, *, now: datetime) -> datetime:
    """A scheduled time must lie at least `MIN_LEAD` ahead; `TooSoon` otherwise."""
    if at <= now + MIN_LEAD:
        raise TooSoon(at, now)
    return at


def build(new: NewAnnouncement, *, now: datetime) -> Announcement:
    """The announcement a complete draft makes, not stored (a preview counts and renders it).
    Raises `MissingTopic`, `MissingText`, `InvalidText` (naming the language), all
    `InvalidDraft`."""
    if new.category not in TOPICS:
        raise MissingTopic(f"unknown topic {new.category!r}")
    if not new.texts:
        raise MissingText("an announcement needs a text")
    texts = {}
    for locale, text in new.texts.items():
        try:
            texts[locale] = check_text(text)
        except InvalidText as error:
            raise InvalidText(error.length, locale) from None
    return Announcement(
        municipality_id=new.municipality_id,
        community_ids=sorted(set(new.community_ids)),
        category=new.category,
        texts=texts,
        media=dict(new.media) if new.media is not None else None,
        author_id=new.author_id,
        send_at=new.send_at or now,
        status=next_status(None, Change.SCHEDULE),
        created_at=now,
    )


async def schedule(session: AsyncSession, new: NewAnnouncement, *, now: datetime) -> Changed:
    """Store a new announcement, due at its `send_at` (or now). A time given must still be
    ahead (`TooSoon`): a preview left open past it is not sent as if it were on time."""
    if new.send_at is not None:
        check_send_at(new.send_at, now=now)
    announcement = build(new, now=now)
    session.add(announcement)
    await session.flush()
    return Changed(announcement, Change.SCHEDULE, None, S.SCHEDULED, now)


def _apply(announcement: Announcement, change: Change, *, now: datetime) -> Changed:
    before = status_of(announcement.status)
    after = next_status(before, change, announcement_id=announcement.id)
    announcement.status = after
    return Changed(announcement, change, before, after, now)


def release(announcement: Announcement, *, now: datetime) -> Changed:
    """Its deliveries are queued (the delivery engine queues them in the same transaction)."""
    changed = _apply(announcement, Change.RELEASE, now=now)
    announcement.released_at = now
    return changed


def cancel(announcement: Announcement, *, now: datetime) -> Changed:
    """Taken back before release: it will never be sent."""
    return _apply(announcement, Change.CANCEL, now=now)


def withdraw(announcement: Announcement, *, now: datetime) -> Changed:
    """Taken back after release: queued copies are skipped, delivered ones are to be deleted
    (the caller queues the deletions: `DeliveryEngine.enqueue_followups`)."""
    return _apply(announcement, Change.WITHDRAW, now=now)


def correct(announcement: Announcement, *, locale: str, text: str, now: datetime) -> Changed:
    """Replace the text in one of its languages (the caller queues the edits of delivered
    copies). Only a language it was written in can be corrected."""
    if not can(announcement, Change.CORRECT):
        raise ForbiddenChange(announcement.status, Change.CORRECT, announcement.id)
    if locale not in announcement.texts:
        raise InvalidDraft(f"announcement #{announcement.id} has no text in {locale!r}")
    text = check_text(text)
    changed = _apply(announcement, Change.CORRECT, now=now)
    announcement.texts = {**announcement.texts, locale: text}
    announcement.edited_at = now
    return changed


async def lock(session: AsyncSession, announcement_id: int | None) -> Announcement | None:
    """The announcement read afresh and locked until the transaction ends (PostgreSQL; SQLite
    has one writer at a time), ready for a change. None for an unknown id."""
    if announcement_id is None:
        return None
    query = (
        select(Announcement)
        .where(Announcement.id == announcement_id)
        .execution_options(populate_existing=True)
    )
    if session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update()
    return await session.scalar(query)


async def recent(
    session: AsyncSession, *, municipality_ids: Iterable[int], limit: int
) -> list[Announcement]:
    """The newest announcements of these municipalities, newest first."""
    ids = list(municipality_ids)
    if not ids:
        return []
    return list(
        await session.scalars(
            select(Announcement)
            .where(Announcement.municipality_id.in_(ids))
            .order_by(Announcement.id.desc())
            .limit(limit)
        )
    )
