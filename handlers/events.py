"""Consultations, the resident's side: upcoming events of their place with their own answers
(Going, Maybe, Can't; a waitlist when seats run out), a calendar file, check-in with the code
shown at the event, feedback afterwards, and a proposal raised at the event.

Choice ids: `ev:<EventChoice>` (`ev:list`, `ev:show:ID`, `ev:a:ID:g|m|c`, `ev:ics:ID`, `ev:in:ID`,
`ev:fb:ID:1-5`, `ev:fbskip:ID`, `ev:prop:ID`). Flow `event`: `event.checkin` (typing the code),
`event.comment` (a few words after the score). Whether an answer, a check-in or a score is
allowed is `storage.events`' to say; this module asks, renders and notifies.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import ClassVar, TypeVar

from bot.context import Context
from bot.flows import Flow
from bot.messages import Choice
from bot.routing import Router
from handlers import event_notices as notices
from handlers.audience import KeyedDraft
from handlers.event_notices import ANSWER_OF, AnswerCode, EventChoice
from handlers.menu import show_menu
from handlers.places import ask_place
from handlers.proposals import start_draft
from storage import events as store
from storage import repos
from storage.events import EventRuleError
from storage.models import AnswerStatus, Event, EventAnswer, EventStatus, Municipality

router = Router()

SHOWN = 5  # events listed at a time
MAX_COMMENT = store.MAX_COMMENT


# --- the flow, its drafts -------------------------------------------------------------------


class Attending(StrEnum):
    """After pressing a button of an event: typing the check-in code, or a comment."""

    CHECKIN = "event.checkin"
    COMMENT = "event.comment"


FLOW = router.declare(
    Flow(
        "event",
        Attending,
        entries=(Attending.CHECKIN, Attending.COMMENT),  # I'm here or /checkin; a score
        moves={},
        title="At a consultation: the check-in code, or a comment after the score (then the menu)",
    )
)


@dataclass
class CheckinDraft(KeyedDraft):
    """The events whose code is being typed, and the wrong codes so far. Drafts written before
    it was typed kept a single event under "id"."""

    KEYS: ClassVar[Mapping[str, str]] = {"event_ids": "ids", "event_id": "id"}

    event_ids: list[int] = field(default_factory=list)
    event_id: int | None = None  # an older draft's single event
    tries: int = 0

    @property
    def candidates(self) -> list[int]:
        return self.event_ids or ([self.event_id] if self.event_id is not None else [])


@dataclass
class CommentDraft(KeyedDraft):
    KEYS: ClassVar[Mapping[str, str]] = {"event_id": "id"}

    event_id: int | None = None  # the event the score was for


# --- helpers --------------------------------------------------------------------------------


def invited(ctx: Context, event: Event) -> bool:
    return store.invites(
        event, municipality_id=ctx.resident.municipality_id, community_id=ctx.resident.community_id
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
    if store.answers_open(event, now):
        choices += notices.answer_choices(event, ctx.t)
    else:
        choices.append(ctx.choice(EventChoice.CALENDAR.id(event.id), "event-calendar"))
    if store.checkin_open(event, now) and (answer is None or answer.attended_at is None):
        choices.append(ctx.choice(EventChoice.HERE.id(event.id), "event-here"))
    if store.may_propose(event, answer, now):
        choices.append(ctx.choice(EventChoice.PROPOSE.id(event.id), "event-propose"))
    choices.append(ctx.choice(EventChoice.LIST.id(), "events-all"))
    ctx.say(
        "event-card",
        choices,
        details=notices.details(event, municipality, ctx.t),
        answer=ctx.t(f"event-answer-{status}"),
    )
    if store.went(answer) and notices.link_due(event, ctx, now):
        ctx.say("event-link", link=event.link)


E = TypeVar("E", bound=StrEnum)


def parsed(kind: type[E], raw: str) -> E | None:
    try:
        return kind(raw)
    except ValueError:
        return None


@router.choice(notices.PREFIX)
async def events(ctx: Context) -> None:
    raw_action, _, rest = ctx.arg.partition(":")
    event_id, _, value = rest.partition(":")
    action = parsed(EventChoice, raw_action)
    match action:
        case EventChoice.LIST:
            await list_upcoming(ctx)
        case None:
            show_menu(ctx, "button-expired")
        case _ if repos.parse_id(event_id) is not None:
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
                    EventChoice.SHOW.id(e.id),
                    ctx.t(
                        "events-item",
                        title=notices.title(e, ctx.t)[:40],
                        when=ctx.t.when(e.starts_at, notices.zone(municipality), year=False),
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
    code = parsed(AnswerCode, value)
    locked = await store.lock_event(ctx.session, event.id)  # seats are counted under the lock
    if code is None or locked is None:
        show_menu(ctx, "button-expired")
        return
    try:
        changed = await store.answer(
            ctx.session, event=locked, resident_id=ctx.resident.id, wanted=ANSWER_OF[code],
            now=ctx.now,
        )  # fmt: skip
    except store.EventCancelled:  # cancelled while the resident was deciding
        show_menu(ctx, "event-was-cancelled", title=notices.title(locked, ctx.t))
        return
    except store.AnswersClosed:
        show_menu(ctx, "event-started", title=notices.title(locked, ctx.t))
        return
    if changed.moved:
        await notices.cancel_personal(ctx, locked, ctx.resident.id)
        notices.schedule(ctx, locked, municipality, ctx.resident, changed.after)
        if changed.before == AnswerStatus.GOING:  # a seat freed up
            await notices.promoted(ctx, locked, municipality)
    ctx.goto("menu")
    ctx.say(
        f"event-answered-{changed.after}",
        [
            ctx.choice(EventChoice.CALENDAR.id(event.id), "event-calendar"),
            ctx.choice(EventChoice.LIST.id(), "events-all"),
            ctx.choice("menu:main", "back-to-menu"),
        ],
        title=notices.title(locked, ctx.t),
        **notices.start(locked, municipality, ctx.t),
    )
    if changed.after == AnswerStatus.GOING and notices.link_due(locked, ctx, ctx.now):
        ctx.say("event-link", link=locked.link)


async def calendar_file(ctx: Context, event: Event, municipality: Municipality, _: str) -> None:
    ctx.reply(
        ctx.t("event-calendar-file", title=notices.title(event, ctx.t)),
        media=notices.calendar_media(event, municipality, ctx.t),
    )


# --- check-in -------------------------------------------------------------------------------


async def here(ctx: Context, event: Event, municipality: Municipality, _value: str) -> None:
    if not store.checkin_open(event, ctx.now):
        show_menu(ctx, "checkin-closed", title=notices.title(event, ctx.t))
        return
    ctx.goto(Attending.CHECKIN, **CheckinDraft(event_ids=[event.id]).dump())
    ctx.say("checkin-ask", [ctx.choice("menu:main", "back-to-menu")])


@router.command("checkin")
async def checkin_command(ctx: Context) -> None:
    """`/checkin 4821`: the code shown at the event (or /checkin alone, then the code)."""
    municipality = await repos.municipality_by_id(ctx.session, id=ctx.resident.municipality_id)
    if municipality is None:
        await ask_place(ctx)
        return
    open_now = await store.checkin_candidates(
        ctx.session, municipality_id=municipality.id, community_id=ctx.resident.community_id,
        now=ctx.now,
    )  # fmt: skip
    if not open_now:
        show_menu(ctx, "checkin-none-now")
        return
    ctx.goto(Attending.CHECKIN, **CheckinDraft(event_ids=[e.id for e in open_now]).dump())
    if ctx.arg:
        await check_code(ctx)
    else:
        ctx.say("checkin-ask", [ctx.choice("menu:main", "back-to-menu")])


@router.state(Attending.CHECKIN, free_text=True)
async def check_code(ctx: Context) -> None:
    typed = "".join((ctx.arg or ctx.incoming.text or "").split())
    draft = CheckinDraft.load(ctx.data)
    for event_id in draft.candidates:
        event = await ctx.session.get(Event, event_id)
        if event is None:
            continue
        try:
            checked = await store.check_in(
                ctx.session, event=event, resident=ctx.resident, code=typed, now=ctx.now
            )
        except EventRuleError:
            continue  # not this one (cancelled, closed, another code): try the next
        if checked.ask_feedback:  # those who said Going have the question queued already
            notices.feedback(ctx, event, ctx.resident)
        show_menu(ctx, "checkin-done", title=notices.title(event, ctx.t))
        return
    tries = draft.tries + 1
    if tries >= store.CHECKIN_TRIES:
        show_menu(ctx, "checkin-too-many")
        return
    ctx.move(Attending.CHECKIN, **dataclasses.replace(draft, tries=tries).dump())
    ctx.say("checkin-wrong", [ctx.choice("menu:main", "back-to-menu")])


# --- after the event: feedback and proposals ---------------------------------------------


async def rate(ctx: Context, event: Event, municipality: Municipality, value: str) -> None:
    score = repos.parse_id(value)
    try:
        await store.record_feedback(
            ctx.session, event=event, resident_id=ctx.resident.id, score=score or 0, now=ctx.now
        )
    except store.FeedbackNotYet:
        show_menu(ctx, "event-not-yet", title=notices.title(event, ctx.t))
        return
    except EventRuleError:  # not a score, or not someone who went
        show_menu(ctx, "button-expired")
        return
    ctx.goto(Attending.COMMENT, **CommentDraft(event_id=event.id).dump())
    ctx.say(
        "event-feedback-comment",
        [ctx.choice(EventChoice.SKIP_COMMENT.id(event.id), "event-feedback-skip")],
        max=MAX_COMMENT,
    )


async def skip_comment(ctx: Context, event: Event, municipality: Municipality, _: str) -> None:
    show_menu(ctx, "event-feedback-thanks")


@router.state(Attending.COMMENT, free_text=True)
async def comment(ctx: Context) -> None:
    text = ctx.incoming.text or ""
    try:
        await store.record_comment(
            ctx.session, event_id=CommentDraft.load(ctx.data).event_id or 0,
            resident_id=ctx.resident.id, text=text, now=ctx.now,
        )  # fmt: skip
    except store.InvalidDetail as too_long:
        ctx.say("event-text-too-long", length=too_long.length, max=MAX_COMMENT)
        return
    except EventRuleError:  # no score to comment on
        show_menu(ctx, "button-expired")
        return
    show_menu(ctx, "event-feedback-thanks")


async def propose(ctx: Context, event: Event, municipality: Municipality, _value: str) -> None:
    """The proposal flow, carrying the event: exported and forwarded together with it."""
    stored = await ctx.session.get(EventAnswer, (event.id, ctx.resident.id))
    if not store.may_propose(event, stored, ctx.now):
        show_menu(ctx, "event-propose-not-yet")
        return
    await start_draft(ctx, event_id=event.id)


Action = Callable[[Context, Event, Municipality, str], Awaitable[None]]

ACTIONS: Mapping[EventChoice, Action] = {
    EventChoice.SHOW: show,
    EventChoice.ANSWER: answer,
    EventChoice.CALENDAR: calendar_file,
    EventChoice.HERE: here,
    EventChoice.RATE: rate,
    EventChoice.SKIP_COMMENT: skip_comment,
    EventChoice.PROPOSE: propose,
}
