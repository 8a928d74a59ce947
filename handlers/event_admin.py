"""Consultations, the publisher's side: create an event in chat (/event). Managing events
(/events, /event_report) is in `event_manage`.

The draft (`EventDraft`) lives in the conversation state (flow `event_publish`, `evpub.*` states,
`eva:<Step>` buttons); every step re-checks the publisher role for the draft's municipality, so a
forged button reaches nothing. What an event may be (its sizes, a start ahead) is
`storage.events`' to say: this module parses what is typed, asks, previews and publishes.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import ClassVar, TypeVar

from sqlalchemy import func, select

from bot.context import Context
from bot.flows import Flow
from bot.messages import Choice
from bot.routing import Router
from handlers import audience
from handlers import event_notices as notices
from handlers.audience import AudienceDraft, Pick, allowed
from handlers.menu import show_menu
from storage import events as store
from storage import repos
from storage.events import (
    MAX_CAPACITY,
    MAX_MINUTES,
    MAX_PLACE,
    MAX_TEXT,
    MAX_TITLE,
    EventField,
    EventRuleError,
    NewEvent,
)
from storage.models import Event, EventKind, Municipality

router = Router()

TIME_FORMATS = ("%d.%m.%Y %H:%M", "%Y-%m-%d %H:%M", "%d.%m.%y %H:%M")
EXAMPLE = "%d.%m.%Y %H:%M"  # the announcements' example too: staff learn one way to type a time
FIELDS = tuple(EventField)  # what can be edited (event_manage); their messages are per field


# --- the flow, its draft and choice ids ------------------------------------------------------


class Publishing(StrEnum):
    """Writing and publishing an event (/event)."""

    MUNICIPALITY = "evpub.municipality"  # only for publishers of several
    AUDIENCE = "evpub.audience"
    KIND = "evpub.kind"
    TITLE = "evpub.title"
    TEXT = "evpub.text"
    LANGUAGES = "evpub.languages"
    TIME = "evpub.time"
    DURATION = "evpub.duration"
    LINK = "evpub.link"
    PLACE = "evpub.place"
    MAP = "evpub.map"
    CAPACITY = "evpub.capacity"
    CONFIRM = "evpub.confirm"


P = Publishing

FLOW = router.declare(
    Flow(
        "event_publish",
        Publishing,
        entries=(P.MUNICIPALITY, P.AUDIENCE),  # several municipalities, or one
        moves={
            P.MUNICIPALITY: {P.AUDIENCE: "picks a municipality"},
            P.AUDIENCE: {P.KIND: "Continue (at once without villages)"},
            P.KIND: {P.TITLE: "picks a kind"},
            P.TITLE: {P.TEXT: "types the title"},
            P.TEXT: {P.LANGUAGES: "types the description"},
            P.LANGUAGES: {P.TITLE: "adds a language", P.TIME: "Done"},
            P.TIME: {P.DURATION: "types the start"},
            P.DURATION: {P.LINK: "types or picks the minutes"},
            P.LINK: {P.PLACE: "types a link, or No link"},
            P.PLACE: {P.MAP: "types the address", P.CAPACITY: "sends a pin, or No place"},
            P.MAP: {P.CAPACITY: "sends a pin, or No map"},
            P.CAPACITY: {P.CONFIRM: "types the seats, or No limit"},
            P.CONFIRM: {P.TIME: "Publish, once the start has passed"},
        },
        title="Publishing an event (Publish or Cancel: the menu)",
    )
)


@dataclass
class EventDraft(AudienceDraft):
    """Kept under the keys drafts had before they were typed ("lang", "at", "loc", "cap"); the
    audience picker's "m" and "c" are `AudienceDraft`'s."""

    KEYS: ClassVar[Mapping[str, str]] = {
        **AudienceDraft.KEYS,
        "language": "lang",
        "starts_at": "at",
        "location": "loc",
        "capacity": "cap",
    }

    kind: str | None = None
    language: str | None = None  # the language being written
    titles: dict[str, str] = field(default_factory=dict)  # locale -> title
    texts: dict[str, str] = field(default_factory=dict)  # locale -> description
    starts_at: str | None = None  # ISO time, with the municipality's offset
    minutes: int | None = None
    link: str | None = None
    place: str | None = None
    location: dict[str, float] | None = None  # {"lat": .., "lon": ..}
    capacity: int | None = None  # None: no limit


PREFIX = "eva"  # publishing: eva:<Step>[:<value>]


class Step(StrEnum):
    MUNICIPALITY = Pick.MUNICIPALITY.value  # the audience picker's
    COMMUNITY = Pick.COMMUNITY.value
    GO = Pick.GO.value
    KIND = "k"  # eva:k:<EventKind>
    LANGUAGE = "lang"  # eva:lang:<locale>
    DONE = "done"
    DURATION = "dur"  # eva:dur:<minutes>
    NO_LINK = "nolink"
    NO_PLACE = "noplace"
    NO_MAP = "nomap"
    NO_LIMIT = "nocap"
    OK = "ok"
    CANCEL = "x"


def step_id(step: Step, value: object = None) -> str:
    return f"{PREFIX}:{step}" if value is None else f"{PREFIX}:{step}:{value}"


E = TypeVar("E", bound=StrEnum)


def parsed(kind: type[E], raw: str) -> E | None:
    try:
        return kind(raw)
    except ValueError:
        return None


def draft_of(ctx: Context) -> EventDraft:
    return EventDraft.load(ctx.data)


def save(ctx: Context, state: Publishing, draft: EventDraft) -> None:
    ctx.goto(state, **draft.dump())


# --- what is typed ---------------------------------------------------------------------------


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
    """ "90", "1:30" -> 90; None when not a duration the rules take."""
    typed = text.strip()
    if match := re.fullmatch(r"(\d{1,2}):([0-5]\d)", typed):
        minutes = int(match[1]) * 60 + int(match[2])
    elif (number := repos.parse_id(typed)) is not None:
        minutes = number
    else:
        return None
    return minutes if store.MIN_MINUTES <= minutes <= MAX_MINUTES else None


def parse_capacity(text: str) -> int | None:
    number = repos.parse_id(text.strip())
    return number if number is not None and 1 <= number <= MAX_CAPACITY else None


def valid_link(text: str) -> bool:
    return store.valid_link(text)


def typed_time(ctx: Context, municipality: Municipality) -> datetime | None:
    """The typed start, or None after saying what is wrong with it."""
    example = local(ctx.now + timedelta(days=7), municipality)
    moment = parse_time(ctx.incoming.text or "", municipality)
    if moment is None:
        ctx.say("event-time-invalid", example=example)
        return None
    try:
        return store.check_start(moment, now=ctx.now)
    except store.TooSoon:
        ctx.say("event-time-past", example=example)
        return None


def pin(ctx: Context) -> dict[str, float] | None:
    if ctx.incoming.location is None:
        return None
    lat, lon = ctx.incoming.location
    return {"lat": round(lat, 6), "lon": round(lon, 6)}


# --- /event: the draft, step by step ---------------------------------------------------------


@router.command("event")
async def new_event(ctx: Context) -> None:
    if municipality := await audience.pick_municipality(
        ctx, prefix=PREFIX, state=P.MUNICIPALITY,
        message_id="event-choose-municipality", refusal="event-not-allowed",
    ):  # fmt: skip
        await chose_municipality(ctx, municipality)


async def chose_municipality(ctx: Context, municipality: Municipality) -> None:
    save(ctx, P.AUDIENCE, EventDraft(municipality_id=municipality.id))
    if await repos.has_communities(ctx.session, municipality_id=municipality.id):
        await audience.ask_audience(
            ctx, municipality, prefix=PREFIX, message_id="event-choose-audience"
        )
    else:
        ask_kind(ctx)


def ask_kind(ctx: Context) -> None:
    save(ctx, P.KIND, draft_of(ctx))
    ctx.say(
        "event-choose-kind",
        [ctx.choice(step_id(Step.KIND, k.value), f"event-kind-{k.value}") for k in EventKind],
    )


def ask_title(ctx: Context, draft: EventDraft, locale: str) -> None:
    save(ctx, P.TITLE, dataclasses.replace(draft, language=locale))
    ctx.say("event-write-title", language=ctx.i18n.self_name(locale), max=MAX_TITLE)


def ask_time(ctx: Context, municipality: Municipality) -> None:
    save(ctx, P.TIME, draft_of(ctx))
    ctx.say(
        "event-write-time",
        municipality=municipality.name(ctx.t.chain),
        example=local(ctx.now + timedelta(days=7), municipality),
    )


def ask_link(ctx: Context, draft: EventDraft) -> None:
    save(ctx, P.LINK, draft)
    ctx.say("event-write-link", [ctx.choice(step_id(Step.NO_LINK), "event-no-link")])


def ask_place(ctx: Context, draft: EventDraft) -> None:
    save(ctx, P.PLACE, draft)
    choices = [ctx.choice(step_id(Step.NO_PLACE), "event-no-place")] if draft.link else []
    ctx.say("event-write-place", choices, max=MAX_PLACE)


def ask_capacity(ctx: Context, draft: EventDraft) -> None:
    save(ctx, P.CAPACITY, draft)
    ctx.say("event-write-capacity", [ctx.choice(step_id(Step.NO_LIMIT), "event-no-limit")])


@router.choice(PREFIX)
async def draft_step(ctx: Context) -> None:
    raw_step, _, value = ctx.arg.partition(":")
    step = parsed(Step, raw_step)
    if step == Step.MUNICIPALITY:
        chosen = next((m for m in await allowed(ctx) if str(m.id) == value), None)
        if chosen is None or ctx.state != P.MUNICIPALITY:
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
    draft, state = draft_of(ctx), ctx.state
    match step:
        case Step.COMMUNITY if state == P.AUDIENCE:
            await audience.toggle(ctx, municipality, value)
            await audience.ask_audience(
                ctx, municipality, prefix=PREFIX, message_id="event-choose-audience"
            )
        case Step.GO if state == P.AUDIENCE:
            ask_kind(ctx)
        case Step.KIND if state == P.KIND and value in store.KINDS:
            ask_title(ctx, dataclasses.replace(draft, kind=value), ctx.resident.locale)
        case Step.LANGUAGE if state == P.LANGUAGES and value in ctx.i18n.locales:
            ask_title(ctx, draft, value)
        case Step.DONE if state == P.LANGUAGES:
            ask_time(ctx, municipality)
        case Step.DURATION if state == P.DURATION and (minutes := parse_minutes(value)):
            ask_link(ctx, dataclasses.replace(draft, minutes=minutes))
        case Step.NO_LINK if state == P.LINK:
            ask_place(ctx, dataclasses.replace(draft, link=None))
        case Step.NO_PLACE if state == P.PLACE and draft.link:
            ask_capacity(ctx, dataclasses.replace(draft, place=None, location=None))
        case Step.NO_MAP if state == P.MAP:
            ask_capacity(ctx, draft)
        case Step.NO_LIMIT if state == P.CAPACITY:
            await preview(ctx, municipality, dataclasses.replace(draft, capacity=None))
        case Step.OK if state == P.CONFIRM:
            await publish(ctx, municipality, draft)
        case Step.CANCEL:
            show_menu(ctx, "event-draft-cancelled")
        case _:
            show_menu(ctx, "button-expired")


@router.state(P.TITLE, free_text=True)
async def draft_title(ctx: Context) -> None:
    text = " ".join((ctx.incoming.text or "").split())
    draft = draft_of(ctx)
    if not store.text_fits(text, MAX_TITLE) or draft.language is None:
        ctx.say("event-text-too-long", length=len(text), max=MAX_TITLE)
        return
    save(ctx, P.TEXT, dataclasses.replace(draft, titles={**draft.titles, draft.language: text}))
    ctx.say("event-write-text", language=ctx.i18n.self_name(draft.language), max=MAX_TEXT)


@router.state(P.TEXT, free_text=True)
async def draft_text(ctx: Context) -> None:
    text = (ctx.incoming.text or "").strip()
    draft = draft_of(ctx)
    if not store.text_fits(text, MAX_TEXT) or draft.language is None:
        ctx.say("event-text-too-long", length=len(text), max=MAX_TEXT)
        return
    texts = {**draft.texts, draft.language: text}
    save(ctx, P.LANGUAGES, dataclasses.replace(draft, texts=texts))
    missing = [code for code in ctx.i18n.locales if code not in texts]
    ctx.say(
        "event-add-language",
        [
            *(Choice(step_id(Step.LANGUAGE, code), ctx.i18n.self_name(code)) for code in missing),
            ctx.choice(step_id(Step.DONE), "announce-languages-done"),
        ],
    )


@router.state(P.TIME, free_text=True)
async def draft_time(ctx: Context) -> None:
    municipality = await audience.draft_municipality(ctx, "evpub.")
    if municipality is None:
        show_menu(ctx, "button-expired")
        return
    if (moment := typed_time(ctx, municipality)) is not None:
        save(ctx, P.DURATION, dataclasses.replace(draft_of(ctx), starts_at=moment.isoformat()))
        ctx.say(
            "event-write-duration",
            [
                ctx.choice(step_id(Step.DURATION, n), "event-duration-button", minutes=n)
                for n in (60, 90, 120)
            ],
        )


# The prompt asks for minutes and says so: "2" typed here is two minutes (refused as too
# short), not the second button.
@router.state(P.DURATION, number=True)
async def draft_duration(ctx: Context) -> None:
    minutes = parse_minutes(ctx.incoming.text or "")
    if minutes is None:
        ctx.say("event-duration-invalid", max=MAX_MINUTES)
        return
    ask_link(ctx, dataclasses.replace(draft_of(ctx), minutes=minutes))


@router.state(P.LINK, free_text=True)
async def draft_link(ctx: Context) -> None:
    link = (ctx.incoming.text or "").strip()
    if not valid_link(link):
        ctx.say("event-link-invalid", [ctx.choice(step_id(Step.NO_LINK), "event-no-link")])
        return
    ask_place(ctx, dataclasses.replace(draft_of(ctx), link=link))


@router.state(P.PLACE, free_text=True, media=True)
async def draft_place(ctx: Context) -> None:
    draft = draft_of(ctx)
    if (location := pin(ctx)) is not None:  # a pin without words: the map is the place
        ask_capacity(ctx, dataclasses.replace(draft, place=None, location=location))
        return
    place = " ".join((ctx.incoming.text or "").split())
    if not store.text_fits(place, MAX_PLACE):
        ctx.say("event-text-too-long", length=len(place), max=MAX_PLACE)
        return
    save(ctx, P.MAP, dataclasses.replace(draft, place=place, location=None))
    ctx.say("event-ask-map", [ctx.choice(step_id(Step.NO_MAP), "event-no-map")])


@router.state(P.MAP, media=True)
async def draft_map(ctx: Context) -> None:
    if (location := pin(ctx)) is None:
        ctx.say("event-ask-map", [ctx.choice(step_id(Step.NO_MAP), "event-no-map")])
        return
    ask_capacity(ctx, dataclasses.replace(draft_of(ctx), location=location))


# A typed number is the seats; "No limit" typed is its button.
@router.state(P.CAPACITY, number=True)
async def draft_capacity(ctx: Context) -> None:
    capacity = parse_capacity(ctx.incoming.text or "")
    municipality = await audience.draft_municipality(ctx, "evpub.")
    if municipality is None:
        show_menu(ctx, "button-expired")
        return
    if capacity is None:
        ctx.say(
            "event-capacity-invalid",
            [ctx.choice(step_id(Step.NO_LIMIT), "event-no-limit")],
            max=MAX_CAPACITY,
        )
        return
    await preview(ctx, municipality, dataclasses.replace(draft_of(ctx), capacity=capacity))


def new_event_of(ctx: Context, draft: EventDraft, municipality: Municipality) -> NewEvent | None:
    """What the draft makes, once it is complete; None before."""
    if not (draft.kind and draft.titles and draft.texts and draft.starts_at and draft.minutes):
        return None
    return NewEvent(
        municipality_id=municipality.id,
        community_ids=tuple(draft.community_ids),
        kind=draft.kind,
        titles=draft.titles,
        descriptions=draft.texts,
        starts_at=datetime.fromisoformat(draft.starts_at),
        duration_minutes=draft.minutes,
        link=draft.link,
        place=draft.place,
        location=draft.location,
        capacity=draft.capacity,
        author_id=ctx.resident.id,
    )


def built(ctx: Context, draft: EventDraft, municipality: Municipality) -> Event | None:
    """The event the draft makes (not stored), or None after showing the menu."""
    new = new_event_of(ctx, draft, municipality)
    try:
        if new is not None:
            return store.build(new, now=ctx.now)
    except EventRuleError:
        pass  # a draft an older version (or a forged button) left incomplete
    show_menu(ctx, "button-expired")
    return None


async def preview(ctx: Context, municipality: Municipality, draft: EventDraft) -> None:
    if (event := built(ctx, draft, municipality)) is None:
        return
    channels = list(ctx.delivery.channels) if ctx.delivery else []
    reached = store.audience_query(event, channels=channels).subquery()
    count = await ctx.session.scalar(select(func.count()).select_from(reached)) or 0
    save(ctx, P.CONFIRM, draft)
    ctx.say(
        "event-preview",
        [
            ctx.choice(step_id(Step.OK), "event-publish"),
            ctx.choice(step_id(Step.CANCEL), "announce-cancel"),
        ],
        details=notices.details(event, municipality, ctx.t),
        capacity=event.capacity or 0,
        languages=", ".join(ctx.i18n.self_name(code) for code in event.titles),
        count=count,
    )


async def publish(ctx: Context, municipality: Municipality, draft: EventDraft) -> None:
    new = new_event_of(ctx, draft, municipality)
    if new is None:
        show_menu(ctx, "button-expired")
        return
    try:
        event, count = await notices.publish(ctx, new, municipality)
    except store.TooSoon:  # the preview waited too long
        ask_time(ctx, municipality)
        return
    except EventRuleError:
        show_menu(ctx, "button-expired")
        return
    show_menu(ctx, "event-published", count=count, code=event.checkin_code)
