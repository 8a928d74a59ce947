"""What consultations send on their own: invites to the audience, reminders and the feedback
question to those who answered, notices when an event changes. All of it goes through the
delivery outbox, rendered in each resident's language when queued; reminders wait with
`not_before` under the event's topic, so a change or a "Can't" cancels and re-makes them.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from zoneinfo import ZoneInfo

from sqlalchemy import literal

from bot.context import Context
from bot.delivery import payload_of
from bot.i18n import Translator, localised
from bot.ics import CalendarEvent, calendar
from bot.messages import Choice, Reply
from bot.proposal_notices import osm_link
from storage import events as store
from storage.models import (
    AnswerStatus,
    Delivery,
    DeliveryStatus,
    Event,
    EventStatus,
    Municipality,
    Priority,
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


def zone(municipality: Municipality) -> ZoneInfo:
    return ZoneInfo(municipality.timezone)


def title(event: Event, t: Translator) -> str:
    return localised(event.titles, t.chain)


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


def link_due(event: Event, ctx: Context, now: datetime) -> bool:
    """The online link is given with the last reminder, or at once when that time has come."""
    last = min(ctx.settings.event_reminders, default=None)
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


async def invite(ctx: Context, event: Event, municipality: Municipality) -> int:
    """Queue the invite for everyone in the audience not invited yet: one INSERT ... SELECT per
    language, so memory does not grow with the audience. Paced as bulk, in quiet hours too."""
    if ctx.delivery is None:
        return 0
    now = ctx.delivery.clock()
    audience = store.not_yet_invited(
        store.audience_query(event, channels=list(ctx.delivery.channels)), event.id
    )
    count = 0
    for locale in ctx.i18n.locales:
        t = ctx.i18n.translator(locale)
        reply = Reply(
            t("event-invite", details=details(event, municipality, t)), answer_choices(event, t)
        )
        rows = audience.where(Resident.locale == locale).add_columns(
            literal(Priority.BULK).label("priority"),
            literal(payload_of(reply), Delivery.payload.type).label("payload"),
            literal(event.municipality_id).label("municipality_id"),
            literal(False).label("urgent"),
            literal(store.invite_topic(event.id)).label("topic"),
            literal(DeliveryStatus.QUEUED.value).label("status"),
            literal(0).label("attempts"),
            literal(now, Delivery.next_attempt_at.type).label("next_attempt_at"),
            literal(now, Delivery.created_at.type).label("created_at"),
        )
        count += await ctx.delivery.enqueue_select(ctx.session, rows)
    ctx.queued = True
    return count


# --- to one resident: reminders and the feedback question ----------------------------------


def schedule(
    ctx: Context, event: Event, municipality: Municipality, resident: Resident, status: str
) -> None:
    """Reminders before the start (going and maybe) and the feedback question at the end
    (going). The caller has cancelled what was queued before."""
    if ctx.delivery is None or status not in store.REMINDED:
        return
    t = ctx.i18n.translator(resident.locale)
    now = ctx.delivery.clock()
    topic = store.personal_topic(event.id)
    offsets = ctx.settings.event_reminders
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
        ctx.delivery.enqueue_message(
            ctx.session, resident=resident, reply=reply, not_before=at, topic=topic
        )
    if status == AnswerStatus.GOING:
        feedback(ctx, event, resident)
    ctx.queued = True


def feedback(ctx: Context, event: Event, resident: Resident) -> None:
    """How useful was it, 1 to 5: asked when the event ends."""
    if ctx.delivery is None:
        return
    t = ctx.i18n.translator(resident.locale)
    scores = tuple(Choice(EventChoice.RATE.id(event.id, n), "⭐" * n) for n in store.SCORES)
    reply = Reply(t("event-feedback-ask", title=title(event, t)), scores)
    ctx.delivery.enqueue_message(
        ctx.session,
        resident=resident,
        reply=reply,
        not_before=event.ends_at,
        topic=store.personal_topic(event.id),
    )


async def cancel_personal(ctx: Context, event: Event, resident_id: int | None = None) -> None:
    if ctx.delivery is not None:
        topic = store.personal_topic(event.id)
        await ctx.delivery.cancel_topic(ctx.session, resident_id=resident_id, topic=topic)


def notify(ctx: Context, resident: Resident, message_id: str, event: Event, **args: object) -> None:
    """A personal notice about this event, at once."""
    if ctx.delivery is None:
        return
    t = ctx.i18n.translator(resident.locale)
    text = t(message_id, title=title(event, t), **args)
    choices: tuple[Choice, ...] = (Choice(EventChoice.SHOW.id(event.id), t("event-open")),)
    if event.status == EventStatus.CANCELLED:
        choices = ()
    ctx.delivery.enqueue_message(ctx.session, resident=resident, reply=Reply(text, choices))
    ctx.queued = True


async def changed(ctx: Context, event: Event, municipality: Municipality) -> int:
    """The event moved, or its link or place changed (or it was cancelled): everyone who
    answered hears it, and reminders are made anew. Returns how many were told."""
    await cancel_personal(ctx, event)
    told = 0
    for resident, answer in await store.residents_answered(ctx.session, event_id=event.id):
        t = ctx.i18n.translator(resident.locale)
        if event.status == EventStatus.CANCELLED:
            notify(ctx, resident, "event-cancelled-notice", event, **start(event, municipality, t))
        else:
            notify(ctx, resident, "event-changed", event, details=details(event, municipality, t))
            schedule(ctx, event, municipality, resident, answer.status)
        told += 1
    if ctx.delivery is not None:  # invites not sent yet: skipped, and re-made with the news
        await ctx.delivery.cancel_topic(ctx.session, topic=store.invite_topic(event.id))
        if event.status == EventStatus.SCHEDULED:
            await invite(ctx, event, municipality)
    return told


async def promoted(ctx: Context, event: Event, municipality: Municipality) -> None:
    """Free seats go to the waitlist, each promoted resident hears it (the event is locked)."""
    for promoted in await store.promote(ctx.session, event=event, now=ctx.now):
        resident = await ctx.session.get(Resident, promoted.answer.resident_id)
        if resident is None:
            continue
        t = ctx.i18n.translator(resident.locale)
        notify(ctx, resident, "event-promoted", event, **start(event, municipality, t))
        await cancel_personal(ctx, event, resident.id)
        schedule(ctx, event, municipality, resident, AnswerStatus.GOING)
