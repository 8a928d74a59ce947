"""Consultations, the resident's side: upcoming events of their place with their own answers
(Going, Maybe, Can't; a waitlist when seats run out), a calendar file, check-in with the code
shown at the event, feedback afterwards, and a proposal raised at the event.

Choice ids: `ev:list`, `ev:show:ID`, `ev:a:ID:g|m|c`, `ev:ics:ID`, `ev:in:ID`, `ev:fb:ID:1-5`,
`ev:fbskip:ID`, `ev:prop:ID`. States: `event.checkin` (typing the code), `event.comment`.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from bot.context import Context
from bot.messages import Choice
from bot.routing import Router
from handlers import event_notices as notices
from handlers.menu import show_menu
from handlers.places import ask_place
from handlers.proposals import start_draft
from storage import events as store
from storage import repos
from storage.models import AnswerStatus, Event, EventAnswer, EventStatus, Municipality

router = Router()

SHOWN = 5  # events listed at a time
CHECKIN_EARLY = timedelta(hours=1)  # the code works from an hour before the start...
CHECKIN_LATE = timedelta(hours=1)  # ...to an hour after the end
CHECKIN_TRIES = 5  # wrong codes per event before we stop taking guesses
MAX_COMMENT = 1000
ANSWERS = {"g": AnswerStatus.GOING, "m": AnswerStatus.MAYBE, "c": AnswerStatus.CANT}


def invited(ctx: Context, event: Event) -> bool:
    resident = ctx.resident
    return event.municipality_id == resident.municipality_id and (
        not event.community_ids or resident.community_id in event.community_ids
    )


def checkin_open(event: Event, now: datetime) -> bool:
    return event.starts_at - CHECKIN_EARLY <= now <= event.ends_at + CHECKIN_LATE


def went(answer: EventAnswer | None) -> bool:
    return answer is not None and (
        answer.status == AnswerStatus.GOING or answer.attended_at is not None
    )


async def visible_event(ctx: Context, event_id: str) -> tuple[Event, Municipality] | None:
    """The event if this resident is invited to it; otherwise says so and shows the menu."""
    event = await repos.get_by_ref(ctx.session, Event, event_id)
    municipality = await repos.municipality_by_id(
        ctx.session, id=event.municipality_id if event else None
    )
    if event is None or municipality is None or not invited(ctx, event):
        show_menu(ctx, "event-gone")
        return None
    if event.status == EventStatus.CANCELLED:
        show_menu(ctx, "event-was-cancelled", title=notices.title(event, ctx.t))
        return None
    return event, municipality


def card(
    ctx: Context, event: Event, municipality: Municipality, answer: EventAnswer | None
) -> None:
    now = ctx.now
    status = answer.status if answer is not None else "none"
    choices: list[Choice] = []
    if event.starts_at > now:
        choices += notices.answer_choices(event, ctx.t)
    else:
        choices.append(ctx.choice(f"ev:ics:{event.id}", "event-calendar"))
    if checkin_open(event, now) and (answer is None or answer.attended_at is None):
        choices.append(ctx.choice(f"ev:in:{event.id}", "event-here"))
    if event.starts_at <= now and went(answer):
        choices.append(ctx.choice(f"ev:prop:{event.id}", "event-propose"))
    choices.append(ctx.choice("ev:list", "events-all"))
    ctx.say(
        "event-card",
        choices,
        details=notices.details(event, municipality, ctx.t),
        answer=ctx.t(f"event-answer-{status}"),
    )
    if went(answer) and notices.link_due(event, ctx, now):
        ctx.say("event-link", link=event.link)


@router.choice("ev")
async def events(ctx: Context) -> None:
    action, _, rest = ctx.arg.partition(":")
    event_id, _, value = rest.partition(":")
    match action:
        case "list":
            await list_upcoming(ctx)
        case "show" | "ics" | "in" | "prop" | "fbskip" | "a" | "fb" if (
            repos.parse_id(event_id) is not None
        ):
            if (found := await visible_event(ctx, event_id)) is None:
                return
            event, municipality = found
            await ACTIONS[action](ctx, event, municipality, value)
        case _:
            show_menu(ctx, "button-expired")


async def list_upcoming(ctx: Context) -> None:
    municipality = await repos.municipality_by_id(ctx.session, id=ctx.resident.municipality_id)
    if municipality is None:
        await ask_place(ctx)
        return
    found = await store.upcoming(
        ctx.session,
        municipality_id=municipality.id,
        community_id=ctx.resident.community_id,
        now=ctx.now,
    )
    ctx.goto("menu")
    if not found:
        ctx.say("events-none", [ctx.choice("menu:main", "back-to-menu")])
        return
    answers = await store.answers_of(
        ctx.session, resident_id=ctx.resident.id, event_ids=[e.id for e in found]
    )
    ctx.say(
        "events-title",
        [
            *(
                Choice(
                    f"ev:show:{e.id}",
                    ctx.t(
                        "events-item",
                        title=notices.title(e, ctx.t)[:40],
                        when=e.starts_at.astimezone(notices.zone(municipality)).strftime(
                            "%d.%m %H:%M"
                        ),
                        answer=ctx.t(
                            f"event-mark-{answers[e.id].status if e.id in answers else 'none'}"
                        ),
                    ),
                )
                for e in found[:SHOWN]
            ),
            ctx.choice("menu:main", "back-to-menu"),
        ],
        count=len(found),
    )


async def show(ctx: Context, event: Event, municipality: Municipality, _value: str) -> None:
    answer = await ctx.session.get(EventAnswer, (event.id, ctx.resident.id))
    ctx.goto("menu")
    card(ctx, event, municipality, answer)


async def answer(ctx: Context, event: Event, municipality: Municipality, value: str) -> None:
    wanted = ANSWERS.get(value)
    now = ctx.now
    locked = await store.lock_event(ctx.session, event.id)  # seats are counted under the lock
    if wanted is None or locked is None:
        show_menu(ctx, "button-expired")
        return
    if locked.status != EventStatus.SCHEDULED:  # cancelled while the resident was deciding
        show_menu(ctx, "event-was-cancelled", title=notices.title(locked, ctx.t))
        return
    if locked.starts_at <= now:
        show_menu(ctx, "event-started", title=notices.title(event, ctx.t))
        return
    stored, before = await store.set_answer(
        ctx.session, event=locked, resident_id=ctx.resident.id, wanted=wanted, now=now
    )
    if stored.status != before:
        await notices.cancel_personal(ctx, locked, ctx.resident.id)
        notices.schedule(ctx, locked, municipality, ctx.resident, stored.status)
        if before == AnswerStatus.GOING:
            await notices.promoted(ctx, locked, municipality)
    ctx.goto("menu")
    ctx.say(
        f"event-answered-{stored.status}",
        [
            ctx.choice(f"ev:ics:{event.id}", "event-calendar"),
            ctx.choice("ev:list", "events-all"),
            ctx.choice("menu:main", "back-to-menu"),
        ],
        title=notices.title(locked, ctx.t),
        when=notices.when(locked, municipality, ctx.t),
    )
    if stored.status == AnswerStatus.GOING and notices.link_due(locked, ctx, now):
        ctx.say("event-link", link=locked.link)


async def calendar_file(ctx: Context, event: Event, municipality: Municipality, _: str) -> None:
    ctx.reply(
        ctx.t("event-calendar-file", title=notices.title(event, ctx.t)),
        media=notices.calendar_media(event, municipality, ctx.t),
    )


# --- check-in -------------------------------------------------------------------------------


async def here(ctx: Context, event: Event, municipality: Municipality, _value: str) -> None:
    if not checkin_open(event, ctx.now):
        show_menu(ctx, "checkin-closed", title=notices.title(event, ctx.t))
        return
    ctx.goto("event.checkin", id=event.id, tries=0)
    ctx.say("checkin-ask", [ctx.choice("menu:main", "back-to-menu")])


@router.command("checkin")
async def checkin_command(ctx: Context) -> None:
    """`/checkin 4821`: the code shown at the event (or /checkin alone, then the code)."""
    municipality = await repos.municipality_by_id(ctx.session, id=ctx.resident.municipality_id)
    if municipality is None:
        await ask_place(ctx)
        return
    now = ctx.now
    open_now = [
        e
        for e in await store.upcoming(
            ctx.session,
            municipality_id=municipality.id,
            community_id=ctx.resident.community_id,
            now=now - CHECKIN_LATE,
        )
        if checkin_open(e, now)
    ]
    if not open_now:
        show_menu(ctx, "checkin-none-now")
        return
    ctx.goto("event.checkin", ids=[e.id for e in open_now], tries=0)
    if ctx.arg:
        await check_code(ctx)
    else:
        ctx.say("checkin-ask", [ctx.choice("menu:main", "back-to-menu")])


@router.state("event.checkin", free_text=True)
async def check_code(ctx: Context) -> None:
    typed = "".join((ctx.arg or ctx.incoming.text or "").split())
    ids = ctx.data.get("ids") or [ctx.data.get("id")]
    now = ctx.now
    for event_id in ids:
        event = await ctx.session.get(Event, int(event_id or 0))
        if (
            event is not None
            and event.status == EventStatus.SCHEDULED
            and invited(ctx, event)
            and checkin_open(event, now)
            and typed == event.checkin_code
        ):
            await attend(ctx, event, by="checkin", now=now)
            show_menu(ctx, "checkin-done", title=notices.title(event, ctx.t))
            return
    tries = int(ctx.data.get("tries", 0)) + 1
    if tries >= CHECKIN_TRIES:
        show_menu(ctx, "checkin-too-many")
        return
    ctx.resident.state.data = {**ctx.data, "tries": tries}
    ctx.say("checkin-wrong", [ctx.choice("menu:main", "back-to-menu")])


async def attend(ctx: Context, event: Event, *, by: str, now: datetime) -> None:
    """Mark the resident present. Someone who never answered is counted as going (they came),
    and gets the feedback question like those who said Going."""
    stored = await ctx.session.get(EventAnswer, (event.id, ctx.resident.id))
    if stored is None:
        stored = EventAnswer(
            event_id=event.id, resident_id=ctx.resident.id, status=AnswerStatus.GOING,
            answered_at=now, created_at=now,
        )  # fmt: skip
        ctx.session.add(stored)
        notices.feedback(ctx, event, ctx.resident)
    elif stored.status != AnswerStatus.GOING and stored.attended_at is None:
        notices.feedback(ctx, event, ctx.resident)
    if stored.attended_at is None:
        stored.attended_at, stored.attendance_by = now, by
    ctx.queued = True


# --- after the event: feedback and proposals ---------------------------------------------


async def rate(ctx: Context, event: Event, municipality: Municipality, value: str) -> None:
    stored = await ctx.session.get(EventAnswer, (event.id, ctx.resident.id))
    score = repos.parse_id(value)
    if score is None or not 1 <= score <= 5 or not went(stored) or stored is None:
        show_menu(ctx, "button-expired")
        return
    if event.starts_at > ctx.now:
        show_menu(ctx, "event-not-yet", title=notices.title(event, ctx.t))
        return
    stored.feedback_score, stored.feedback_at = score, ctx.now
    ctx.goto("event.comment", id=event.id)
    ctx.say(
        "event-feedback-comment",
        [ctx.choice(f"ev:fbskip:{event.id}", "event-feedback-skip")],
        max=MAX_COMMENT,
    )


async def skip_comment(ctx: Context, event: Event, municipality: Municipality, _: str) -> None:
    show_menu(ctx, "event-feedback-thanks")


@router.state("event.comment", free_text=True)
async def comment(ctx: Context) -> None:
    text = (ctx.incoming.text or "").strip()
    if len(text) > MAX_COMMENT:
        ctx.say("event-text-too-long", length=len(text), max=MAX_COMMENT)
        return
    stored = await ctx.session.get(EventAnswer, (int(ctx.data.get("id", 0)), ctx.resident.id))
    if stored is None or stored.feedback_score is None:
        show_menu(ctx, "button-expired")
        return
    stored.feedback_comment = text or None
    show_menu(ctx, "event-feedback-thanks")


async def propose(ctx: Context, event: Event, municipality: Municipality, _value: str) -> None:
    """The proposal flow, carrying the event: exported and forwarded together with it."""
    stored = await ctx.session.get(EventAnswer, (event.id, ctx.resident.id))
    if not went(stored) or event.starts_at > ctx.now:
        show_menu(ctx, "event-propose-not-yet")
        return
    await start_draft(ctx)
    if ctx.state == "proposal.category":
        ctx.resident.state.data = {**ctx.data, "ev": event.id}


ACTIONS = {
    "show": show,
    "a": answer,
    "ics": calendar_file,
    "in": here,
    "fb": rate,
    "fbskip": skip_comment,
    "prop": propose,
}
