"""Consultations, the publisher's side after publishing: /events lists the municipality's
events with Edit, Cancel, Attendance and Report (`evm:<Manage>:ID`, `eve:<EventField>:ID`,
`evt:ID:RESIDENT` buttons; flow `event_edit`, the `evpub.edit` state), and /event_report.

Every button re-checks the publisher role for the event's municipality (`managed_event`), so a
forged one reaches nothing. Whether an event may still be edited or cancelled, and what an
attendance tick may change, is `storage.events`' to say; changes reach everyone who answered
(`bot.event_notices`: `edit`, `cancel`, shared with the web panel).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum
from typing import ClassVar

from fluent.runtime.types import fluent_number
from sqlalchemy import select

from bot.context import Context
from bot.event_notices import told_on_cancel
from bot.flows import Flow
from bot.messages import Choice
from bot.routing import Router
from handlers import event_notices as notices
from handlers.audience import KeyedDraft, allowed
from handlers.event_admin import (
    local,
    parse_capacity,
    parse_minutes,
    parsed,
    pin,
    typed_time,
    valid_link,
)
from handlers.menu import show_menu
from storage import events as store
from storage import repos
from storage.events import (
    MAX_CAPACITY,
    MAX_MINUTES,
    MAX_PLACE,
    EventField,
    EventRuleError,
)
from storage.models import AnswerStatus, Event, Municipality

router = Router()

LISTED = 8
TICKS = 40  # residents listed on the attendance sheet


# --- the flow, its draft and choice ids ------------------------------------------------------


class Editing(StrEnum):
    """Typing the new value of a published event's field (/events, Edit, a field)."""

    VALUE = "evpub.edit"


FLOW = router.declare(
    Flow(
        "event_edit",
        Editing,
        entries=(Editing.VALUE,),
        moves={},
        title="Editing a published event: a field, then its new value (then the menu)",
    )
)


@dataclass
class EditDraft(KeyedDraft):
    KEYS: ClassVar[Mapping[str, str]] = {"event_id": "id"}

    event_id: int | None = None
    field: str | None = None  # an `EventField`


MANAGE = "evm"  # evm:<Manage>:<event id>
EDIT = "eve"  # eve:<EventField>:<event id>
TICK = "evt"  # evt:<event id>:<resident id>


class Manage(StrEnum):
    EDIT = "edit"
    CANCEL = "cancel"  # asks to confirm
    CANCEL_OK = "cancelok"
    ATTENDANCE = "att"
    REPORT = "rep"


def manage_id(action: Manage, event_id: int) -> str:
    return f"{MANAGE}:{action}:{event_id}"


def edit_id(field: EventField, event_id: int) -> str:
    return f"{EDIT}:{field}:{event_id}"


def tick_id(event_id: int, resident_id: int) -> str:
    return f"{TICK}:{event_id}:{resident_id}"


async def managed_event(ctx: Context, raw_id: str) -> tuple[Event, Municipality] | None:
    """The event, if the resident publishes for its municipality; otherwise a refusal."""
    event = await repos.get_by_ref(ctx.session, Event, raw_id)
    ours = {m.id: m for m in await allowed(ctx)}
    if event is None or event.municipality_id not in ours:
        ctx.say("event-not-allowed")
        return None
    return event, ours[event.municipality_id]


# --- /events: manage ------------------------------------------------------------------------


@router.command("events")
async def list_events(ctx: Context) -> None:
    municipalities = {m.id: m for m in await allowed(ctx)}
    if not municipalities:
        ctx.say("event-not-allowed")
        return
    found = await store.events_of(
        ctx.session, municipality_ids=list(municipalities), since=ctx.now - timedelta(days=14)
    )
    if not found:
        ctx.say("events-admin-none")
        return
    ctx.goto("menu")
    for event in found:
        await admin_card(ctx, event, municipalities[event.municipality_id])


async def admin_card(ctx: Context, event: Event, municipality: Municipality) -> None:
    figures = await store.figures(ctx.session, event_id=event.id, comments=0)
    choices = []
    if store.editable(event, ctx.now):
        choices += [
            ctx.choice(manage_id(Manage.EDIT, event.id), "event-edit"),
            ctx.choice(manage_id(Manage.CANCEL, event.id), "event-cancel"),
        ]
    choices += [
        ctx.choice(manage_id(Manage.ATTENDANCE, event.id), "event-attendance"),
        ctx.choice(manage_id(Manage.REPORT, event.id), "event-report"),
    ]
    ctx.say(
        "event-admin-card",
        choices,
        id=event.id,
        status=ctx.t(f"event-status-{event.status}"),
        details=notices.details(event, municipality, ctx.t),
        going=figures.going,
        capacity=event.capacity or 0,
        maybe=figures.maybe,
        waitlist=figures.waitlist,
        code=event.checkin_code,
    )


@router.choice(MANAGE)
async def manage(ctx: Context) -> None:
    raw_action, _, raw_id = ctx.arg.partition(":")
    if (found := await managed_event(ctx, raw_id)) is None:
        return
    event, municipality = found
    editable = store.editable(event, ctx.now)
    match parsed(Manage, raw_action):
        case Manage.EDIT if editable:
            ctx.goto("menu")
            ctx.say(
                "event-edit-what",
                [ctx.choice(edit_id(f, event.id), f"event-field-{f}") for f in EventField],
            )
        case Manage.CANCEL if editable:
            ctx.say(
                "event-cancel-confirm",
                [
                    ctx.choice(manage_id(Manage.CANCEL_OK, event.id), "event-cancel-yes"),
                    ctx.choice("menu:main", "back-to-menu"),
                ],
                title=notices.title(event, ctx.t),
                count=await told_on_cancel(ctx.session, event),
            )
        case Manage.CANCEL_OK:
            try:
                _, told = await notices.cancel(ctx, event.id, municipality)
            except EventRuleError:  # another publisher cancelled it just now, or it is over
                show_menu(ctx, "event-closed")
                return
            show_menu(ctx, "event-cancelled", count=told)
        case Manage.ATTENDANCE:
            await attendance_sheet(ctx, event)
        case Manage.REPORT:
            await report(ctx, event, municipality)
        case _:
            show_menu(ctx, "event-closed")


@router.choice(EDIT)
async def edit_field(ctx: Context) -> None:
    raw_field, _, raw_id = ctx.arg.partition(":")
    if (found := await managed_event(ctx, raw_id)) is None:
        return
    event, municipality = found
    field = parsed(EventField, raw_field)
    if field is None or not store.editable(event, ctx.now):
        show_menu(ctx, "event-closed")
        return
    ctx.goto(Editing.VALUE, **EditDraft(event_id=event.id, field=field).dump())
    example = local(event.starts_at, municipality)
    ctx.say(f"event-edit-{field}", example=example, max=MAX_PLACE)


@router.state(Editing.VALUE, free_text=True, media=True)
async def edit_value(ctx: Context) -> None:
    draft = EditDraft.load(ctx.data)
    found = await managed_event(ctx, str(draft.event_id or ""))
    if found is None:
        return
    event, municipality = found
    if not store.editable(event, ctx.now):
        show_menu(ctx, "event-closed")
        return
    text = (ctx.incoming.text or "").strip()
    values: dict[str, object]
    match parsed(EventField, draft.field or ""):
        case EventField.TIME:
            if (moment := typed_time(ctx, municipality)) is None:
                return
            values = {"starts_at": moment}
        case EventField.DURATION:
            if (minutes := parse_minutes(text)) is None:
                ctx.say("event-duration-invalid", max=MAX_MINUTES)
                return
            values = {"minutes": minutes}
        case EventField.LINK:
            if not valid_link(text):
                ctx.say("event-link-invalid")
                return
            values = {"link": text}
        case EventField.PLACE:
            if (location := pin(ctx)) is not None:
                values = {"location": location}
            elif store.text_fits(text, MAX_PLACE):
                values = {"place": text}
            else:
                ctx.say("event-text-too-long", length=len(text), max=MAX_PLACE)
                return
        case EventField.CAPACITY:
            if (capacity := parse_capacity(text)) is None:
                ctx.say("event-capacity-invalid", max=MAX_CAPACITY)
                return
            values = {"capacity": capacity}
        case _:
            show_menu(ctx, "button-expired")
            return
    try:
        _, told = await notices.edit(ctx, event.id, municipality, **values)
    except EventRuleError:  # cancelled or over meanwhile
        show_menu(ctx, "event-closed")
        return
    show_menu(ctx, "event-saved", count=told)


# --- attendance and report -------------------------------------------------------------------


async def attendance_sheet(ctx: Context, event: Event) -> None:
    rows = await store.residents_answered(
        ctx.session, event_id=event.id, statuses=(AnswerStatus.GOING,)
    )
    if not rows:
        ctx.say("event-attendance-none")
        return
    ctx.say(
        "event-attendance-title",
        [
            Choice(
                tick_id(event.id, resident.id),
                f"{'✅' if answer.attended_at else '▫️'} {resident.display_name or resident.id}",
            )
            for resident, answer in rows[:TICKS]
        ],
        count=len(rows),
    )


@router.choice(TICK)
async def tick(ctx: Context) -> None:
    raw_id, _, raw_resident = ctx.arg.partition(":")
    if (found := await managed_event(ctx, raw_id)) is None:
        return
    event, _ = found
    resident_id = repos.parse_id(raw_resident)
    try:
        if resident_id is None:
            raise store.ForbiddenAnswer(None, store.AnswerChange.MARK)
        await store.toggle_attendance(
            ctx.session, event=event, resident_id=resident_id, by=ctx.resident.ref, now=ctx.now
        )
    except EventRuleError:  # not on the sheet (no answer, or not going)
        show_menu(ctx, "button-expired")
        return
    await attendance_sheet(ctx, event)


@router.command("event_report")
async def report_command(ctx: Context) -> None:
    if ctx.arg:
        if (found := await managed_event(ctx, ctx.arg.lstrip("#"))) is not None:
            await report(ctx, *found)
        return
    municipalities = await allowed(ctx)
    if not municipalities:
        ctx.say("event-not-allowed")
        return
    found_events = list(
        await ctx.session.scalars(
            select(Event)
            .where(Event.municipality_id.in_([m.id for m in municipalities]))
            .order_by(Event.starts_at.desc())
            .limit(LISTED)
        )
    )
    if not found_events:
        ctx.say("events-admin-none")
        return
    names = {m.id: m for m in municipalities}
    ctx.say(
        "event-report-choose",
        [
            Choice(
                manage_id(Manage.REPORT, e.id),
                f"{local(e.starts_at, names[e.municipality_id])[:10]} · "
                f"{notices.title(e, ctx.t)[:40]}",
            )
            for e in found_events
        ],
    )


async def report(ctx: Context, event: Event, municipality: Municipality) -> None:
    figures = await store.figures(ctx.session, event_id=event.id)
    ctx.say(
        "event-report-text",
        id=event.id,
        title=notices.title(event, ctx.t),
        when=local(event.starts_at, municipality),
        status=ctx.t(f"event-status-{event.status}"),
        invited=figures.invited,
        going=figures.going,
        maybe=figures.maybe,
        cant=figures.cant,
        waitlist=figures.waitlist,
        attended=figures.attended,
        count=figures.feedback,
        # A number, so Fluent writes it in the locale's way (ru "4,5"), with one decimal.
        average=fluent_number(figures.average, minimumFractionDigits=1, maximumFractionDigits=1)
        if figures.average is not None
        else "—",
        comments="\n".join(f"• {c}" for c in figures.comments) or "—",
    )
