"""Consultations, the publisher's side after publishing: /events lists the municipality's
events with Edit, Cancel, Attendance and Report (`evm:ACTION:ID`, `eve:FIELD:ID`, `evt:ID:RESIDENT`
buttons, the `evpub.edit` state), and /event_report.

Every button re-checks the publisher role for the event's municipality (`managed_event`), so a
forged one reaches nothing. Changes reach everyone who answered (`event_notices.changed`).
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from bot.context import Context
from bot.messages import Choice
from bot.routing import Router
from handlers import event_notices as notices
from handlers.audience import allowed
from handlers.event_admin import (
    FIELDS,
    MAX_CAPACITY,
    MAX_MINUTES,
    MAX_PLACE,
    local,
    parse_capacity,
    parse_minutes,
    typed_time,
    valid_link,
)
from handlers.menu import show_menu
from storage import events as store
from storage import repos
from storage.models import AnswerStatus, Event, EventAnswer, EventStatus, Municipality

router = Router()

LISTED = 8
TICKS = 40  # residents listed on the attendance sheet


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
    if event.status == EventStatus.SCHEDULED and event.ends_at > ctx.now:
        choices += [
            ctx.choice(f"evm:edit:{event.id}", "event-edit"),
            ctx.choice(f"evm:cancel:{event.id}", "event-cancel"),
        ]
    choices += [
        ctx.choice(f"evm:att:{event.id}", "event-attendance"),
        ctx.choice(f"evm:rep:{event.id}", "event-report"),
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


@router.choice("evm")
async def manage(ctx: Context) -> None:
    action, _, raw_id = ctx.arg.partition(":")
    if (found := await managed_event(ctx, raw_id)) is None:
        return
    event, municipality = found
    open_ = event.status == EventStatus.SCHEDULED and event.ends_at > ctx.now
    match action:
        case "edit" if open_:
            ctx.goto("menu")
            ctx.say(
                "event-edit-what",
                [ctx.choice(f"eve:{f}:{event.id}", f"event-field-{f}") for f in FIELDS],
            )
        case "cancel" if open_:
            ctx.say(
                "event-cancel-confirm",
                [
                    ctx.choice(f"evm:cancelok:{event.id}", "event-cancel-yes"),
                    ctx.choice("menu:main", "back-to-menu"),
                ],
                title=notices.title(event, ctx.t),
            )
        case "cancelok" if open_:
            locked = await store.lock_event(ctx.session, event.id)
            if locked is None or locked.status != EventStatus.SCHEDULED:
                show_menu(ctx, "event-closed")  # another publisher cancelled it just now
                return
            locked.status = EventStatus.CANCELLED
            told = await notices.changed(ctx, locked, municipality)
            show_menu(ctx, "event-cancelled", count=told)
        case "att":
            await attendance_sheet(ctx, event)
        case "rep":
            await report(ctx, event, municipality)
        case _:
            show_menu(ctx, "event-closed")


@router.choice("eve")
async def edit_field(ctx: Context) -> None:
    field, _, raw_id = ctx.arg.partition(":")
    if (found := await managed_event(ctx, raw_id)) is None:
        return
    event, municipality = found
    if field not in FIELDS or event.status != EventStatus.SCHEDULED or event.ends_at <= ctx.now:
        show_menu(ctx, "event-closed")
        return
    ctx.goto("evpub.edit", id=event.id, field=field)
    example = local(event.starts_at, municipality)
    ctx.say(f"event-edit-{field}", example=example, max=MAX_PLACE)


@router.state("evpub.edit", free_text=True, media=True)
async def edit_value(ctx: Context) -> None:
    found = await managed_event(ctx, str(ctx.data.get("id", "")))
    if found is None:
        return
    event, municipality = found
    locked = await store.lock_event(ctx.session, event.id)
    if locked is None or locked.status != EventStatus.SCHEDULED:
        show_menu(ctx, "event-closed")
        return
    field, text = ctx.data.get("field"), (ctx.incoming.text or "").strip()
    match field:
        case "time":
            if (moment := await typed_time(ctx, municipality)) is None:
                return
            locked.starts_at = moment
        case "dur":
            if (minutes := parse_minutes(text)) is None:
                ctx.say("event-duration-invalid", max=MAX_MINUTES)
                return
            locked.duration_minutes = minutes
        case "link":
            if not valid_link(text):
                ctx.say("event-link-invalid")
                return
            locked.link = text
        case "place":
            if ctx.incoming.location is not None:
                lat, lon = ctx.incoming.location
                locked.location = {"lat": round(lat, 6), "lon": round(lon, 6)}
            elif text and len(text) <= MAX_PLACE:
                locked.place = " ".join(text.split())
            else:
                ctx.say("event-text-too-long", length=len(text), max=MAX_PLACE)
                return
        case "cap":
            if (capacity := parse_capacity(text)) is None:
                ctx.say("event-capacity-invalid", max=MAX_CAPACITY)
                return
            locked.capacity = capacity
            await notices.promoted(ctx, locked, municipality)  # more seats: the line moves
            show_menu(ctx, "event-saved", count=0)
            return
        case _:
            show_menu(ctx, "button-expired")
            return
    locked.updated_at = ctx.now
    told = await notices.changed(ctx, locked, municipality)
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
                f"evt:{event.id}:{resident.id}",
                f"{'✅' if answer.attended_at else '▫️'} {resident.display_name or resident.id}",
            )
            for resident, answer in rows[:TICKS]
        ],
        count=len(rows),
    )


@router.choice("evt")
async def tick(ctx: Context) -> None:
    raw_id, _, raw_resident = ctx.arg.partition(":")
    if (found := await managed_event(ctx, raw_id)) is None:
        return
    event, _ = found
    resident_id = repos.parse_id(raw_resident)
    answer = (
        await ctx.session.get(EventAnswer, (event.id, resident_id))
        if resident_id is not None
        else None
    )
    if answer is None or answer.status != AnswerStatus.GOING:
        show_menu(ctx, "button-expired")
        return
    if answer.attended_at is None:
        answer.attended_at, answer.attendance_by = ctx.now, ctx.resident.ref
    else:
        answer.attended_at = answer.attendance_by = None
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
                f"evm:rep:{e.id}",
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
        average=f"{figures.average:.1f}" if figures.average is not None else "—",
        comments="\n".join(f"• {c}" for c in figures.comments) or "—",
    )
