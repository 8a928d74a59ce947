"""Consultations, the publisher's side: create an event in chat (/event). Managing events
(/events, /event_report) is in `event_manage`.

The draft lives in the conversation state (`evpub.*` states, `eva:` buttons); every step
re-checks the publisher role for the draft's municipality, so a forged button reaches nothing.
"""

from __future__ import annotations

import re
import secrets
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select

from bot.context import Context
from bot.messages import Choice
from bot.routing import Router
from handlers import audience
from handlers import event_notices as notices
from handlers.audience import allowed
from handlers.menu import show_menu
from storage import events as store
from storage import repos
from storage.models import (
    Event,
    EventKind,
    EventStatus,
    Municipality,
)

router = Router()

MAX_TITLE, MAX_TEXT, MAX_PLACE, MAX_LINK = 120, 1500, 300, 500
MAX_MINUTES, MAX_CAPACITY = 12 * 60, 100_000
TIME_FORMATS = ("%Y-%m-%d %H:%M", "%d.%m.%Y %H:%M", "%d.%m.%y %H:%M")
EXAMPLE = "%Y-%m-%d %H:%M"
FIELDS = ("time", "dur", "link", "place", "cap")  # what can be edited


def local(moment: datetime, municipality: Municipality) -> str:
    return moment.astimezone(notices.zone(municipality)).strftime(EXAMPLE)


def parse_time(text: str, municipality: Municipality) -> datetime | None:
    typed = " ".join(text.split())
    for pattern in TIME_FORMATS:
        try:
            naive = datetime.strptime(typed, pattern)  # "31.02.2026" fails here
        except ValueError:
            continue
        return naive.replace(tzinfo=notices.zone(municipality))
    return None


def parse_minutes(text: str) -> int | None:
    """ "90", "1:30" -> 90; None when not a sensible duration."""
    typed = text.strip()
    if match := re.fullmatch(r"(\d{1,2}):([0-5]\d)", typed):
        minutes = int(match[1]) * 60 + int(match[2])
    elif (number := repos.parse_id(typed)) is not None:
        minutes = number
    else:
        return None
    return minutes if 15 <= minutes <= MAX_MINUTES else None


def parse_capacity(text: str) -> int | None:
    number = repos.parse_id(text.strip())
    return number if number is not None and 1 <= number <= MAX_CAPACITY else None


def valid_link(text: str) -> bool:
    return bool(re.fullmatch(r"https?://\S+\.\S+", text)) and len(text) <= MAX_LINK


# --- /event: the draft, step by step ---------------------------------------------------------


@router.command("event")
async def new_event(ctx: Context) -> None:
    if municipality := await audience.pick_municipality(
        ctx, prefix="eva", state="evpub.municipality",
        message_id="event-choose-municipality", refusal="event-not-allowed",
    ):  # fmt: skip
        await chose_municipality(ctx, municipality)


async def chose_municipality(ctx: Context, municipality: Municipality) -> None:
    ctx.goto("evpub.audience", m=municipality.id, c=[])
    if await repos.has_communities(ctx.session, municipality_id=municipality.id):
        await audience.ask_audience(
            ctx, municipality, prefix="eva", message_id="event-choose-audience"
        )
    else:
        ask_kind(ctx)


def ask_kind(ctx: Context) -> None:
    ctx.resident.state.name = "evpub.kind"
    ctx.say(
        "event-choose-kind",
        [ctx.choice(f"eva:k:{k.value}", f"event-kind-{k.value}") for k in EventKind],
    )


def update(ctx: Context, state: str | None = None, **data: Any) -> None:
    if state is not None:
        ctx.resident.state.name = state
    ctx.resident.state.data = {**ctx.data, **data}


def ask_title(ctx: Context, locale: str) -> None:
    update(ctx, "evpub.title", lang=locale)
    ctx.say("event-write-title", language=ctx.i18n.self_name(locale), max=MAX_TITLE)


def ask_time(ctx: Context, municipality: Municipality) -> None:
    update(ctx, "evpub.time")
    ctx.say(
        "event-write-time",
        municipality=municipality.name(ctx.t.chain),
        example=local(ctx.now + timedelta(days=7), municipality),
    )


def ask_duration(ctx: Context) -> None:
    update(ctx, "evpub.duration")
    ctx.say("event-write-duration", [Choice(f"eva:dur:{n}", str(n)) for n in (60, 90, 120)])


def ask_link(ctx: Context) -> None:
    update(ctx, "evpub.link")
    ctx.say("event-write-link", [ctx.choice("eva:nolink", "event-no-link")])


def ask_place(ctx: Context) -> None:
    update(ctx, "evpub.place")
    choices = [ctx.choice("eva:noplace", "event-no-place")] if ctx.data.get("link") else []
    ctx.say("event-write-place", choices, max=MAX_PLACE)


def ask_capacity(ctx: Context) -> None:
    update(ctx, "evpub.capacity")
    ctx.say("event-write-capacity", [ctx.choice("eva:nocap", "event-no-limit")])


@router.choice("eva")
async def draft_step(ctx: Context) -> None:
    step, _, value = ctx.arg.partition(":")
    if step == "m":
        chosen = next((m for m in await allowed(ctx) if str(m.id) == value), None)
        if chosen is None or ctx.state != "evpub.municipality":
            ctx.say("event-not-allowed")
            return
        await chose_municipality(ctx, chosen)
        return
    municipality = await audience.draft_municipality(ctx, "evpub.")
    if municipality is None:
        if not await allowed(ctx):
            ctx.say("event-not-allowed")
        else:
            show_menu(ctx, "button-expired")
        return
    match step:
        case "c" if ctx.state == "evpub.audience":
            await audience.toggle(ctx, municipality, value)
            await audience.ask_audience(
                ctx, municipality, prefix="eva", message_id="event-choose-audience"
            )
        case "go" if ctx.state == "evpub.audience":
            ask_kind(ctx)
        case "k" if ctx.state == "evpub.kind" and value in set(EventKind):
            update(ctx, kind=value)
            ask_title(ctx, ctx.resident.locale)
        case "lang" if ctx.state == "evpub.languages" and value in ctx.i18n.locales:
            ask_title(ctx, value)
        case "done" if ctx.state == "evpub.languages":
            ask_time(ctx, municipality)
        case "dur" if ctx.state == "evpub.duration" and parse_minutes(value):
            update(ctx, minutes=parse_minutes(value))
            ask_link(ctx)
        case "nolink" if ctx.state == "evpub.link":
            update(ctx, link=None)
            ask_place(ctx)
        case "noplace" if ctx.state == "evpub.place" and ctx.data.get("link"):
            update(ctx, place=None, loc=None)
            ask_capacity(ctx)
        case "nomap" if ctx.state == "evpub.map":
            ask_capacity(ctx)
        case "nocap" if ctx.state == "evpub.capacity":
            update(ctx, cap=None)
            await preview(ctx, municipality)
        case "ok" if ctx.state == "evpub.confirm":
            await publish(ctx, municipality)
        case "x":
            show_menu(ctx, "event-draft-cancelled")
        case _:
            show_menu(ctx, "button-expired")


@router.state("evpub.title", free_text=True)
async def draft_title(ctx: Context) -> None:
    text = " ".join((ctx.incoming.text or "").split())
    if not text or len(text) > MAX_TITLE:
        ctx.say("event-text-too-long", length=len(text), max=MAX_TITLE)
        return
    update(ctx, "evpub.text", titles={**ctx.data.get("titles", {}), ctx.data["lang"]: text})
    ctx.say("event-write-text", language=ctx.i18n.self_name(ctx.data["lang"]), max=MAX_TEXT)


@router.state("evpub.text", free_text=True)
async def draft_text(ctx: Context) -> None:
    text = (ctx.incoming.text or "").strip()
    if not text or len(text) > MAX_TEXT:
        ctx.say("event-text-too-long", length=len(text), max=MAX_TEXT)
        return
    texts = {**ctx.data.get("texts", {}), ctx.data["lang"]: text}
    update(ctx, "evpub.languages", texts=texts)
    missing = [code for code in ctx.i18n.locales if code not in texts]
    ctx.say(
        "event-add-language",
        [
            *(Choice(f"eva:lang:{code}", ctx.i18n.self_name(code)) for code in missing),
            ctx.choice("eva:done", "announce-languages-done"),
        ],
    )


async def typed_time(ctx: Context, municipality: Municipality) -> datetime | None:
    """The typed start, or None after saying what is wrong with it."""
    example = local(ctx.now + timedelta(days=7), municipality)
    moment = parse_time(ctx.incoming.text or "", municipality)
    if moment is None:
        ctx.say("event-time-invalid", example=example)
        return None
    if moment <= ctx.now + timedelta(minutes=5):
        ctx.say("event-time-past", example=example)
        return None
    return moment


@router.state("evpub.time", free_text=True)
async def draft_time(ctx: Context) -> None:
    municipality = await audience.draft_municipality(ctx, "evpub.")
    if municipality is None:
        show_menu(ctx, "button-expired")
        return
    if (moment := await typed_time(ctx, municipality)) is not None:
        update(ctx, at=moment.isoformat())
        ask_duration(ctx)


@router.state("evpub.duration", free_text=True)
async def draft_duration(ctx: Context) -> None:
    minutes = parse_minutes(ctx.incoming.text or "")
    if minutes is None:
        ctx.say("event-duration-invalid", max=MAX_MINUTES)
        return
    update(ctx, minutes=minutes)
    ask_link(ctx)


@router.state("evpub.link", free_text=True)
async def draft_link(ctx: Context) -> None:
    link = (ctx.incoming.text or "").strip()
    if not valid_link(link):
        ctx.say("event-link-invalid", [ctx.choice("eva:nolink", "event-no-link")])
        return
    update(ctx, link=link)
    ask_place(ctx)


@router.state("evpub.place", free_text=True, media=True)
async def draft_place(ctx: Context) -> None:
    if ctx.incoming.location is not None:  # a pin without words: the map is the place
        lat, lon = ctx.incoming.location
        update(ctx, place=None, loc={"lat": round(lat, 6), "lon": round(lon, 6)})
        ask_capacity(ctx)
        return
    place = " ".join((ctx.incoming.text or "").split())
    if not place or len(place) > MAX_PLACE:
        ctx.say("event-text-too-long", length=len(place), max=MAX_PLACE)
        return
    update(ctx, "evpub.map", place=place, loc=None)
    ctx.say("event-ask-map", [ctx.choice("eva:nomap", "event-no-map")])


@router.state("evpub.map", media=True)
async def draft_map(ctx: Context) -> None:
    if ctx.incoming.location is None:
        ctx.say("event-ask-map", [ctx.choice("eva:nomap", "event-no-map")])
        return
    lat, lon = ctx.incoming.location
    update(ctx, loc={"lat": round(lat, 6), "lon": round(lon, 6)})
    ask_capacity(ctx)


@router.state("evpub.capacity", free_text=True)
async def draft_capacity(ctx: Context) -> None:
    capacity = parse_capacity(ctx.incoming.text or "")
    municipality = await audience.draft_municipality(ctx, "evpub.")
    if municipality is None:
        show_menu(ctx, "button-expired")
        return
    if capacity is None:
        ctx.say(
            "event-capacity-invalid", [ctx.choice("eva:nocap", "event-no-limit")], max=MAX_CAPACITY
        )
        return
    update(ctx, cap=capacity)
    await preview(ctx, municipality)


def draft_event(ctx: Context, municipality: Municipality) -> Event:
    data = ctx.data
    return Event(
        municipality_id=municipality.id,
        community_ids=list(data.get("c", [])),
        kind=data["kind"],
        titles=dict(data["titles"]),
        descriptions=dict(data["texts"]),
        starts_at=datetime.fromisoformat(data["at"]),
        duration_minutes=int(data["minutes"]),
        link=data.get("link"),
        place=data.get("place"),
        location=data.get("loc"),
        capacity=data.get("cap"),
        status=EventStatus.SCHEDULED,
        author_id=ctx.resident.id,
    )


async def preview(ctx: Context, municipality: Municipality) -> None:
    if not {"kind", "titles", "texts", "at", "minutes"} <= set(ctx.data):
        show_menu(ctx, "button-expired")
        return
    draft = draft_event(ctx, municipality)
    channels = list(ctx.delivery.channels) if ctx.delivery else []
    audience = store.audience_query(draft, channels=channels).subquery()
    count = await ctx.session.scalar(select(func.count()).select_from(audience)) or 0
    update(ctx, "evpub.confirm")
    ctx.say(
        "event-preview",
        [ctx.choice("eva:ok", "event-publish"), ctx.choice("eva:x", "announce-cancel")],
        details=notices.details(draft, municipality, ctx.t),
        capacity=draft.capacity or 0,
        languages=", ".join(ctx.i18n.self_name(code) for code in draft.titles),
        count=count,
    )


async def publish(ctx: Context, municipality: Municipality) -> None:
    event = draft_event(ctx, municipality)
    if event.starts_at <= ctx.now:  # the preview waited too long
        ask_time(ctx, municipality)
        return
    event.checkin_code = f"{secrets.randbelow(10_000):04d}"
    ctx.session.add(event)
    await ctx.session.flush()
    count = await notices.invite(ctx, event, municipality)
    show_menu(ctx, "event-published", count=count, code=event.checkin_code)
