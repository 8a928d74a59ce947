"""What consultations send on their own: invites to the audience, reminders and the feedback
question to those who answered, notices when an event changes. All of it goes through the
delivery outbox, rendered in each resident's language when queued; reminders wait with
`not_before` under the event's topic, so a change or a "Can't" cancels and re-makes them.

`publish`, `edit` and `cancel` are the one way an event is created, changed or called off, with
everyone concerned told: the chat (`handlers.event_admin`, `handlers.event_manage`) and the web
panel (`bot.panel.events`) both call them. The rules themselves are `storage.events`'.
`Notices` carries what every function here needs (the chat builds it from its `Context`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from bot.delivery import DeliveryEngine, bulk_rows
from bot.i18n import I18n, Translator, localised
from bot.ics import CalendarEvent, calendar
from bot.messages import Choice, Reply
from bot.proposal_notices import osm_link
from storage import events as store
from storage.events import EventChanged, EventField, NewEvent
from storage.models import (
    AnswerStatus,
    Event,
    EventStatus,
    Municipality,
    Resident,
)

PREFIX = "ev"  # the resident's buttons: ev:<EventChoice>[:<event id>[:<value>]]


class EventChoice(StrEnum):
    """The resident's buttons (handlers/events.py), also in invites, reminders and the feedback
    question queued here. The strings are in residents' chats on old keyboards: never change
    one."""

    LIST = "list"
    SHOW = "show"  # ev:show:<id>
    ANSWER = "a"  # ev:a:<id>:<AnswerCode>
    CALENDAR = "ics"  # ev:ics:<id>
    HERE = "in"  # ev:in:<id>: check in
    RATE = "fb"  # ev:fb:<id>:<1-5>
    SKIP_COMMENT = "fbskip"  # ev:fbskip:<id>
    PROPOSE = "prop"  # ev:prop:<id>

    def id(self, *values: object) -> str:
        return ":".join((PREFIX, self.value, *(str(v) for v in values)))


class AnswerCode(StrEnum):
    """The answer a resident's button carries (`ev:a:<id>:g`)."""

    GOING = "g"
    MAYBE = "m"
    CANT = "c"


ANSWER_OF: dict[AnswerCode, AnswerStatus] = {
    AnswerCode.GOING: AnswerStatus.GOING,
    AnswerCode.MAYBE: AnswerStatus.MAYBE,
    AnswerCode.CANT: AnswerStatus.CANT,
}


@dataclass
class Notices:
    """What sending needs: the transaction, the outbox (None: nothing is sent, as in some
    tests), the translations, the reminders' offsets before a start (`EVENT_REMINDERS`) and the
    business time. `queued` turns True once something went to the outbox (wake the sender
    after the commit)."""

    session: AsyncSession
    delivery: DeliveryEngine | None
    i18n: I18n
    reminders: tuple[timedelta, ...]
    now: datetime
    queued: bool = False


def zone(municipality: Municipality) -> ZoneInfo:
    return ZoneInfo(municipality.timezone)


def title(event: Event, t: Translator) -> str:
    return localised(event.titles, t.chain)


def when(event: Event, municipality: Municipality, t: Translator) -> str:
    """The start in the municipality's time in one string, in the reader's language's own
    formats (`Translator.when`): for pages and summaries."""
    return t.when(event.starts_at, zone(municipality))


def start(event: Event, municipality: Municipality, t: Translator) -> dict[str, str]:
    """The start in the municipality's time as `date` and `time`, each in the reader's language's
    own format (CLDR via Babel: ru "суббота, 5 декабря 2026 г.", kk "2026 ж. 5 желтоқсан,
    сенбі"); each message joins them as its language does."""
    return {"date": t.date(event.starts_at, zone(municipality)),
            "time": t.time(event.starts_at, zone(municipality))}  # fmt: skip


def where(event: Event, t: Translator) -> str:
    place = event.place or ""
    if event.location:
        place = t("event-place-map", place=place or "—", link=osm_link(event.location))
    if place and event.link:
        return t("event-where-both", place=place)
    return t("event-where-place", place=place) if place else t("event-where-online")


def details(event: Event, municipality: Municipality, t: Translator) -> str:
    return t(
        "event-details",
        kind=t(f"event-kind-{event.kind}"),
        title=title(event, t),
        **start(event, municipality, t),
        minutes=event.duration_minutes,
        where=where(event, t),
        text=localised(event.descriptions, t.chain),
    )


def answer_choices(event: Event, t: Translator) -> tuple[Choice, ...]:
    return (
        Choice(EventChoice.ANSWER.id(event.id, AnswerCode.GOING), t("event-going")),
        Choice(EventChoice.ANSWER.id(event.id, AnswerCode.MAYBE), t("event-maybe")),
        Choice(EventChoice.ANSWER.id(event.id, AnswerCode.CANT), t("event-cant")),
        Choice(EventChoice.CALENDAR.id(event.id), t("event-calendar")),
    )


def link_due(event: Event, reminders: tuple[timedelta, ...], now: datetime) -> bool:
    """The online link is given with the last reminder, or at once when that time has come."""
    last = min(reminders, default=None)
    started_to_matter = last is None or event.starts_at - last <= now
    return bool(event.link) and started_to_matter and now < event.ends_at


def calendar_media(event: Event, municipality: Municipality, t: Translator) -> dict[str, str]:
    text = calendar(
        CalendarEvent(
            uid=f"event-{event.id}@community-bot",
            start=event.starts_at,
            end=event.ends_at,
            summary=title(event, t),
            description=localised(event.descriptions, t.chain),
            location=event.place or "",
            url=event.link or "",
            geo=(event.location["lat"], event.location["lon"]) if event.location else None,
            cancelled=event.status == EventStatus.CANCELLED,
            # seconds from creation to the last change: grows with every edit
            sequence=max(0, int((event.updated_at - event.created_at).total_seconds())),
        ),
        stamp=event.updated_at,  # the entry's last revision: the same file for the same event
    )
    return {"kind": "document", "content": text, "name": "event.ics"}


# --- to the audience: invites -----------------------------------------------------------------


async def invite(out: Notices, event: Event, municipality: Municipality) -> int:
    """Queue the invite for everyone in the audience not invited yet: one INSERT ... SELECT per
    language, so memory does not grow with the audience. Paced as bulk, in quiet hours too."""
    if out.delivery is None:
        return 0
    now = out.now
    audience = store.not_yet_invited(
        store.audience_query(event, channels=list(out.delivery.channels)), event.id
    )
    count = 0
    for locale in out.i18n.locales:
        t = out.i18n.translator(locale)
        reply = Reply(
            t("event-invite", details=details(event, municipality, t)), answer_choices(event, t)
        )
        rows = bulk_rows(
            audience.where(Resident.locale == locale), reply,
            municipality_id=event.municipality_id, topic=store.invite_topic(event.id), now=now,
        )  # fmt: skip
        count += await out.delivery.enqueue_select(out.session, rows)
    out.queued = True
    return count


# --- to one resident: reminders and the feedback question ----------------------------------


def schedule(
    out: Notices, event: Event, municipality: Municipality, resident: Resident, status: str
) -> None:
    """Reminders before the start (going and maybe) and the feedback question at the end
    (going). The caller has cancelled what was queued before."""
    if out.delivery is None or status not in store.REMINDED:
        return
    t = out.i18n.translator(resident.locale)
    now = out.now
    topic = store.personal_topic(event.id)
    offsets = out.reminders
    for offset in offsets:
        at = event.starts_at - offset
        if at <= now:
            continue
        last = offset == offsets[-1]
        message = "event-reminder-link" if last and event.link else "event-reminder"
        text = t(
            message,
            title=title(event, t),
            **start(event, municipality, t),
            where=where(event, t),
            link=event.link or "",
        )
        reply = Reply(text, (Choice(EventChoice.SHOW.id(event.id), t("event-open")),))
        out.delivery.enqueue_message(
            out.session, resident=resident, reply=reply, not_before=at, topic=topic
        )
    if status == AnswerStatus.GOING:
        feedback(out, event, resident)
    out.queued = True


def feedback(out: Notices, event: Event, resident: Resident) -> None:
    """How useful was it, 1 to 5: asked when the event ends."""
    if out.delivery is None:
        return
    t = out.i18n.translator(resident.locale)
    scores = tuple(Choice(EventChoice.RATE.id(event.id, n), "⭐" * n) for n in store.SCORES)
    reply = Reply(t("event-feedback-ask", title=title(event, t)), scores)
    out.delivery.enqueue_message(
        out.session,
        resident=resident,
        reply=reply,
        not_before=event.ends_at,
        topic=store.personal_topic(event.id),
    )


async def cancel_personal(out: Notices, event: Event, resident_id: int | None = None) -> None:
    if out.delivery is not None:
        topic = store.personal_topic(event.id)
        await out.delivery.cancel_topic(out.session, resident_id=resident_id, topic=topic)


def notify(out: Notices, resident: Resident, message_id: str, event: Event, **args: object) -> None:
    """A personal notice about this event, at once."""
    if out.delivery is None:
        return
    t = out.i18n.translator(resident.locale)
    text = t(message_id, title=title(event, t), **args)
    choices: tuple[Choice, ...] = (Choice(EventChoice.SHOW.id(event.id), t("event-open")),)
    if event.status == EventStatus.CANCELLED:
        choices = ()
    out.delivery.enqueue_message(out.session, resident=resident, reply=Reply(text, choices))
    out.queued = True


async def changed(out: Notices, event: Event, municipality: Municipality) -> int:
    """The event moved, or its link or place changed (or it was cancelled): everyone who
    answered hears it, and reminders are made anew. Returns how many were told."""
    await cancel_personal(out, event)
    told = 0
    for resident, answer in await store.residents_answered(out.session, event_id=event.id):
        t = out.i18n.translator(resident.locale)
        if event.status == EventStatus.CANCELLED:
            notify(out, resident, "event-cancelled-notice", event, **start(event, municipality, t))
        else:
            notify(out, resident, "event-changed", event, details=details(event, municipality, t))
            schedule(out, event, municipality, resident, answer.status)
        told += 1
    if out.delivery is not None:  # invites not sent yet: skipped, and re-made with the news
        await out.delivery.cancel_topic(out.session, topic=store.invite_topic(event.id))
        if event.status == EventStatus.SCHEDULED:
            await invite(out, event, municipality)
    return told


async def promoted(out: Notices, event: Event, municipality: Municipality) -> None:
    """Free seats go to the waitlist, each promoted resident hears it (the event is locked)."""
    for promoted in await store.promote(out.session, event=event, now=out.now):
        resident = await out.session.get(Resident, promoted.answer.resident_id)
        if resident is None:
            continue
        t = out.i18n.translator(resident.locale)
        notify(out, resident, "event-promoted", event, **start(event, municipality, t))
        await cancel_personal(out, event, resident.id)
        schedule(out, event, municipality, resident, AnswerStatus.GOING)


# --- the publisher's changes, told to everyone concerned -----------------------------------


async def publish(out: Notices, new: NewEvent, municipality: Municipality) -> tuple[Event, int]:
    """Store the event (`storage.events.create`: raises `TooSoon` for a start no longer ahead,
    `InvalidDetail` for anything else wrong) and queue the invitations; returns the event and
    how many invitations were queued."""
    created = await store.create(out.session, new, now=out.now)
    return created.event, await invite(out, created.event, municipality)


async def edit(
    out: Notices, event_id: int, municipality: Municipality, **values: object
) -> tuple[EventChanged, int]:
    """Change what `values` gives (`storage.events.edit`'s keywords: starts_at, minutes, link,
    place, location, capacity) with the event locked. Everyone who answered hears a new time,
    link or place (and gets new reminders); more seats move the waitlist on. Returns what
    changed and how many residents were told. Raises an `EventRuleError` (nothing written):
    `EventClosed` when the event is gone or over, `ForbiddenChange` when cancelled,
    `InvalidDetail` for a refused value."""
    locked = await store.lock_event(out.session, event_id)
    if locked is None:
        raise store.EventClosed(f"event #{event_id} is gone")
    change = store.edit(locked, now=out.now, **values)  # type: ignore[arg-type]
    told = await changed(out, locked, municipality) if change.tell_everyone else 0
    if EventField.CAPACITY in change.fields:
        await promoted(out, locked, municipality)
    return change, told


async def cancel(
    out: Notices, event_id: int, municipality: Municipality
) -> tuple[EventChanged, int]:
    """Call the event off (locked; final) and tell everyone who answered; their reminders and
    invitations not sent yet are dropped. Returns the change and how many were told; raises
    `EventClosed` (gone or over) or `ForbiddenChange` (cancelled already)."""
    locked = await store.lock_event(out.session, event_id)
    if locked is None:
        raise store.EventClosed(f"event #{event_id} is gone")
    change = store.cancel(locked, now=out.now)
    return change, await changed(out, locked, municipality)


async def told_on_cancel(session: AsyncSession, event: Event) -> int:
    """How many residents a cancellation would tell (those `changed` tells): for the question
    that asks to confirm it."""
    return len(await store.residents_answered(session, event_id=event.id))


def edit_values(event: Event, wanted: Mapping[str, object]) -> dict[str, object]:
    """Of `wanted` (`edit`'s keywords), those that differ from the event: a form sends every
    field, and an unchanged one must neither count as a change nor tell anyone."""
    current = {
        "starts_at": event.starts_at, "minutes": event.duration_minutes, "link": event.link,
        "place": event.place, "location": event.location, "capacity": event.capacity,
    }  # fmt: skip
    return {k: v for k, v in wanted.items() if v is not None and v != current.get(k)}
