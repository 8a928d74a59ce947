"""Pay online: step-by-step tutorials for the resident's country, progress kept per resident,
"Did you manage to pay?" at the end, help from the municipality's helpers, a gentle reminder.

Buttons carry the step they were shown on, so a stale or doubled press shows the current step
instead of skipping one. The rules (a start counted once, completion, "paid online" recorded
once) live in `storage.tutorial_runs`; who may answer a help request, and when, in
`storage.help_requests`. This module renders, queues the messages and moves the conversation.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum
from typing import TypeVar

from bot import help_notices
from bot.context import Context
from bot.flows import Draft, Flow
from bot.i18n import localised
from bot.messages import Choice, Media, Reply
from bot.routing import Router
from handlers.menu import BACK_TO_MENU, Home, Kept, keeps_draft_in, show_menu
from handlers.places import Place, ask_place
from storage import help_requests, repos, tutorial_runs
from storage.help_requests import ANSWER_MAX
from storage.models import HelpRequest, Resident, TutorialOutcome, TutorialRun
from storage.tutorial_runs import Move
from storage.tutorials import Tutorial

router = Router()

REMINDER_TOPIC = "tutorial-reminder"


class Tut(StrEnum):
    """The conversation's states."""

    LIST = "tutorials"  # the guides of the resident's country
    STEP = "tutorial"  # a step of one guide, or its "Did you manage to pay?"
    HELP_ANSWER = "help.answer"  # a helper writes the answer to a request
    HELP_DESCRIBE = "help.describe"  # a stuck resident says what is wrong (text, photo, voice)


FLOW = router.declare(
    Flow(
        "tutorials",
        Tut,
        # Every one is reached by a button that may be pressed from anywhere: the menu's, a
        # reminder's "open the guide", a helper's notice of a request, an old step's "stuck".
        entries=(Tut.LIST, Tut.STEP, Tut.HELP_ANSWER, Tut.HELP_DESCRIBE),
        moves={
            Home.MENU: {
                Tut.LIST: "💳 Pay online",
                Tut.HELP_ANSWER: "a helper presses Answer on a request",
            },
            Tut.LIST: {
                Tut.STEP: "opens a guide (resumes where they were)",
                Home.MENU: "back to the menu; no guides for the country",
                Place.COUNTRY: "no place chosen yet",
                Place.MUNICIPALITY: "no place chosen yet (one country)",
            },
            Tut.STEP: {
                Tut.STEP: "next, back, restart; Done: did you manage to pay?",
                Tut.LIST: "a guide since removed",
                Tut.HELP_DESCRIBE: "stuck, or needs help paying: what is wrong?",
                Home.MENU: "paid, not yet (a reminder), no reminders, exit",
            },
            Tut.HELP_DESCRIBE: {
                Home.MENU: "says what is wrong (or sends without): the request goes to helpers",
                Tut.STEP: "back to the guide",
            },
            Kept.DRAFT: {Tut.HELP_DESCRIBE: "goes on describing after a command"},
            Tut.HELP_ANSWER: {
                Home.MENU: "writes the answer; not a helper; answered already",
            },
        },
        title="Paying online: guides step by step, and help requests answered by helpers",
    )
)


@dataclass
class StepDraft(Draft):
    code: str = ""  # the guide on screen


@dataclass
class DescribeDraft(Draft):
    code: str = ""  # the guide the resident is stuck in
    step: int = 0  # at this step (0-based)


@dataclass
class HelpAnswerDraft(Draft):
    id: int | None = None  # the request being answered


# --- choice ids ------------------------------------------------------------------------------


class TutAction(StrEnum):
    """`tut:<action>[:<code>[:<step shown>]]`"""

    LIST = "list"  # the menu's entry
    OPEN = "open"
    LINK = "link"  # a link button (opens a page; on channels without links, shows the step)
    NEXT = "next"
    BACK = "back"
    RESTART = "restart"
    STUCK = "stuck"


class Paid(StrEnum):
    """`paid:<answer>:<code>`: the answer to "Did you manage to pay?"."""

    YES = "yes"
    NOT_YET = "notyet"
    HELP = "help"


class HelpAction(StrEnum):
    """`help:<action>:<request id>`"""

    ANSWER = "answer"


class DescribeAction(StrEnum):
    """`helpdesc:<action>`: on the "what is wrong?" question."""

    SEND = "send"  # send the request without a description


class ReminderAction(StrEnum):
    """`tutrem:<action>`"""

    OFF = "off"


OUTCOMES = {
    Paid.YES: TutorialOutcome.PAID,
    Paid.NOT_YET: TutorialOutcome.NOT_YET,
    Paid.HELP: TutorialOutcome.HELP,
}
MOVES = {TutAction.NEXT: Move.NEXT, TutAction.BACK: Move.BACK, TutAction.RESTART: Move.RESTART}
CHECKED = {TutAction.NEXT, TutAction.BACK, TutAction.RESTART, TutAction.STUCK}  # carry a step


def tut_id(action: TutAction, *parts: object) -> str:
    return ":".join(("tut", action, *map(str, parts)))


def paid_id(answer: Paid, code: str) -> str:
    return f"paid:{answer}:{code}"


def help_id(action: HelpAction, request_id: int) -> str:
    return f"help:{action}:{request_id}"


def reminder_id(action: ReminderAction) -> str:
    return f"tutrem:{action}"


E = TypeVar("E", bound=StrEnum)


def parse(kind: type[E], value: str) -> E | None:
    try:
        return kind(value)
    except ValueError:
        return None


# --- guides ----------------------------------------------------------------------------------


def title(ctx: Context, tutorial: Tutorial) -> str:
    return localised(tutorial.titles, ctx.t.chain)


async def list_tutorials(ctx: Context) -> None:
    municipality = await repos.municipality_by_id(ctx.session, id=ctx.resident.municipality_id)
    if municipality is None:
        await ask_place(ctx)
        return
    tutorials = ctx.tutorials.for_country(municipality.country)
    if not tutorials:
        show_menu(ctx, "tutorials-none")
        return
    runs = await repos.tutorial_runs(ctx.session, resident_id=ctx.resident.id)
    choices = []
    for tutorial in tutorials:
        run = runs.get(tutorial.code)
        mark = "✅" if run and run.outcome == TutorialOutcome.PAID else "▸" if run else "•"
        choices.append(
            Choice(tut_id(TutAction.OPEN, tutorial.code), f"{mark} {title(ctx, tutorial)}")
        )
    choices.append(ctx.choice(BACK_TO_MENU, "back-to-menu"))
    ctx.goto(Tut.LIST)
    ctx.say("tutorials-title", choices)


async def show_step(
    ctx: Context, tutorial: Tutorial, run: TutorialRun, note: str | None = None
) -> None:
    step = tutorial.steps[run.step]
    last = run.step == len(tutorial.steps) - 1
    code, number = tutorial.code, run.step
    text = ctx.t(
        "tutorial-step",
        number=number + 1,
        total=len(tutorial.steps),
        title=title(ctx, tutorial),
        text=localised(step.texts, ctx.t.chain),
    )
    if step.tips:
        text += "\n\n" + ctx.t("tutorial-tip", tip=localised(step.tips, ctx.t.chain))
    if note:
        text = ctx.t(note, number=number + 1) + "\n\n" + text
    choices = []
    if step.link_url:
        choices.append(
            Choice(
                tut_id(TutAction.LINK, code),
                localised(step.link_labels, ctx.t.chain),
                step.link_url,
            )
        )
    choices += [
        ctx.choice(
            tut_id(TutAction.NEXT, code, number), "tutorial-finish" if last else "tutorial-next"
        ),
        ctx.choice(tut_id(TutAction.BACK, code, number), "tutorial-back"),
        ctx.choice(tut_id(TutAction.RESTART, code, number), "tutorial-restart"),
        ctx.choice(tut_id(TutAction.STUCK, code, number), "tutorial-stuck"),
        ctx.choice(BACK_TO_MENU, "tutorial-exit"),
    ]
    ctx.goto(Tut.STEP, **StepDraft(code=code).dump())
    media = {"kind": "photo", "path": str(step.image)} if step.image else None
    ctx.reply(text, choices, media)


def ask_outcome(ctx: Context, tutorial: Tutorial) -> None:
    code = tutorial.code
    ctx.goto(Tut.STEP, **StepDraft(code=code).dump())
    ctx.say(
        "tutorial-did-you-pay",
        [
            ctx.choice(paid_id(Paid.YES, code), "tutorial-paid-yes"),
            ctx.choice(paid_id(Paid.NOT_YET, code), "tutorial-paid-not-yet"),
            ctx.choice(paid_id(Paid.HELP, code), "tutorial-paid-help"),
            ctx.choice(BACK_TO_MENU, "tutorial-exit"),
        ],
    )


@router.choice("tut")
async def tutorial_step(ctx: Context) -> None:
    raw_action, _, rest = ctx.arg.partition(":")
    code, _, shown = rest.partition(":")
    action = parse(TutAction, raw_action)
    tutorial = ctx.tutorials.get(code)
    if action is None or tutorial is None:  # "tut:list" from the menu, or a guide since removed
        await list_tutorials(ctx)
        return
    steps = len(tutorial.steps)
    if action is TutAction.OPEN:
        opened = await tutorial_runs.open_run(
            ctx.session, resident=ctx.resident, tutorial=code, steps=steps, now=ctx.now
        )
        await show_step(ctx, tutorial, opened.run, "tutorial-resumed" if opened.resumed else None)
        return
    run = await tutorial_runs.current_run(
        ctx.session, resident=ctx.resident, tutorial=code, steps=steps, now=ctx.now
    )
    if action in CHECKED and not tutorial_runs.is_current(run, repos.parse_id(shown)):
        await show_step(ctx, tutorial, run)  # an old button: show where they really are
        return
    match action:
        case TutAction.NEXT | TutAction.BACK | TutAction.RESTART:
            moved = tutorial_runs.move(run, MOVES[action], steps=steps, now=ctx.now)
            if moved.finished:
                ask_outcome(ctx, tutorial)
            else:
                await show_step(
                    ctx, tutorial, run, "tutorial-first-step" if moved.at_first else None
                )
        case TutAction.STUCK:
            await ask_for_help(ctx, tutorial, run)
        case _:
            await show_step(ctx, tutorial, run)


@router.choice("paid")
async def payment_outcome(ctx: Context) -> None:
    raw_answer, _, code = ctx.arg.partition(":")
    answer = parse(Paid, raw_answer)
    tutorial = ctx.tutorials.get(code)
    if tutorial is None or answer is None:
        await list_tutorials(ctx)
        return
    outcome = await tutorial_runs.record_outcome(
        ctx.session, resident_id=ctx.resident.id, tutorial=code, given=OUTCOMES[answer], now=ctx.now
    )
    if outcome is None:  # not completed: the question was not asked
        await list_tutorials(ctx)
        return
    topic = f"{REMINDER_TOPIC}:{code}"
    if ctx.delivery is not None:
        await ctx.delivery.cancel_topic(ctx.session, resident_id=ctx.resident.id, topic=topic)
    match answer:
        case Paid.YES:
            show_menu(ctx, "tutorial-paid-thanks")
        case Paid.NOT_YET:
            days = ctx.settings.tutorial_followup_days
            if ctx.resident.tutorial_reminders and ctx.delivery is not None:
                reminder = Reply(
                    ctx.t("tutorial-reminder", title=title(ctx, tutorial)),
                    (
                        ctx.choice(tut_id(TutAction.OPEN, code), "tutorial-reminder-open"),
                        ctx.choice(reminder_id(ReminderAction.OFF), "tutorial-reminders-off"),
                    ),
                )
                ctx.delivery.enqueue_message(
                    ctx.session, resident=ctx.resident, reply=reminder, topic=topic,
                    not_before=ctx.now + timedelta(days=days),
                )  # fmt: skip
                ctx.say(
                    "tutorial-not-yet",
                    [
                        ctx.choice(reminder_id(ReminderAction.OFF), "tutorial-reminders-off"),
                        ctx.choice(BACK_TO_MENU, "back-to-menu"),
                    ],
                    days=days,
                )
            else:
                show_menu(ctx, "tutorial-not-yet-no-reminder")
        case Paid.HELP:
            await ask_for_help(ctx, tutorial, outcome.run)


@router.choice("tutrem")
async def reminders_off(ctx: Context) -> None:
    # Any tutrem: button (only "off" exists) stops the reminders: an unknown one asks nothing.
    ctx.resident.tutorial_reminders = False
    if ctx.delivery is not None:
        for code in ctx.tutorials.tutorials:
            await ctx.delivery.cancel_topic(
                ctx.session, resident_id=ctx.resident.id, topic=f"{REMINDER_TOPIC}:{code}"
            )
    show_menu(ctx, "tutorial-reminders-stopped")


# --- help requests ---------------------------------------------------------------------------


async def ask_for_help(ctx: Context, tutorial: Tutorial, run: TutorialRun) -> None:
    """Stuck: first ask what is wrong, in words, a photo (a screenshot) or a voice note."""
    ctx.goto(Tut.HELP_DESCRIBE, **DescribeDraft(code=tutorial.code, step=run.step).dump())
    ask_problem(ctx, tutorial)


def ask_problem(ctx: Context, tutorial: Tutorial) -> None:
    ctx.say(
        "help-describe",
        [
            ctx.choice(f"helpdesc:{DescribeAction.SEND}", "help-describe-skip"),
            ctx.choice(tut_id(TutAction.OPEN, tutorial.code), "help-describe-back"),
        ],
        title=title(ctx, tutorial),
    )


async def resume_describing(ctx: Context) -> None:
    tutorial = ctx.tutorials.get(DescribeDraft.load(ctx.data).code)
    if tutorial is None:
        await list_tutorials(ctx)
    else:
        ask_problem(ctx, tutorial)


keeps_draft_in([Tut.HELP_DESCRIBE], what="draft-help", resume=resume_describing)


@router.state(Tut.HELP_DESCRIBE, free_text=True, media=True)
async def problem_described(ctx: Context) -> None:
    media = ctx.incoming.media
    if media is None and not (ctx.incoming.text or "").strip():  # a place, a sticker...
        await resume_describing(ctx)
        return
    await send_help_request(ctx, problem=ctx.incoming.text, media=media)


@router.choice("helpdesc")
async def describe_choice(ctx: Context) -> None:
    if ctx.state != Tut.HELP_DESCRIBE or ctx.arg != DescribeAction.SEND:
        show_menu(ctx, "button-expired")
        return
    await send_help_request(ctx, problem=None, media=None)


async def send_help_request(ctx: Context, *, problem: str | None, media: Media | None) -> None:
    """Open the request with the description (or find the one still open), tell whoever helps
    (`storage.help_requests` decides who: the municipality's helpers, else the admins) about a
    new one, and tell the resident honestly whether anybody was reached."""
    draft = DescribeDraft.load(ctx.data)
    tutorial = ctx.tutorials.get(draft.code)
    if tutorial is None:
        await list_tutorials(ctx)
        return
    opened = await help_requests.open_request(
        ctx.session, resident=ctx.resident, tutorial=tutorial.code, step=draft.step,
        now=ctx.now, problem=problem, problem_media=media.as_dict() if media else None,
    )  # fmt: skip
    request = opened.request
    reached = 0
    # A new request goes out at once; one still open is sent again when it now says more.
    tell = opened.created or bool(problem or media)
    if ctx.delivery is not None:
        for helper in opened.helpers:
            if tell:
                ctx.delivery.enqueue_message(
                    ctx.session, resident=helper, reply=help_notice(ctx, helper, request, tutorial)
                )
            reached += 1
        if opened.helpers_chat:
            if tell:
                ctx.delivery.enqueue_to_chat(
                    ctx.session, channel="telegram", chat_ref=opened.helpers_chat,
                    reply=help_notice(ctx, None, request, tutorial), locale=ctx.resident.locale,
                )  # fmt: skip
            reached += 1
        if tell and reached:
            ctx.queued = True
    message = "help-sent-admins" if reached and opened.admins else "help-sent"
    message = message if reached else "help-stored"
    show_menu(ctx, message, id=request.id)


def help_notice(
    ctx: Context, helper: Resident | None, request: HelpRequest, tutorial: Tutorial
) -> Reply:
    """The message helpers get, in the helper's language (the resident's in a group chat)."""
    t = ctx.i18n.translator(helper.locale if helper else ctx.resident.locale)
    text = t(
        "help-request",
        id=request.id,
        title=localised(tutorial.titles, t.chain),
        number=request.step + 1,
        total=len(tutorial.steps),
        language=ctx.i18n.self_name(ctx.resident.locale),
    )
    if request.problem:
        text += "\n\n" + t("help-request-problem", text=request.problem)
    media = request.problem_media
    if media:
        text += "\n\n" + t("help-request-attached", kind=str(media.get("kind")))
    return Reply(
        text,
        (Choice(help_id(HelpAction.ANSWER, request.id), t("help-answer")),),
        media={str(k): str(v) for k, v in media.items()} if media else None,
    )


def refused(ctx: Context, error: help_requests.HelpRequestError) -> None:
    """Say why a helper cannot answer (nothing changed)."""
    if isinstance(error, help_requests.ForbiddenChange) and error.request_id is not None:
        show_menu(ctx, "help-already-answered", id=error.request_id)
    else:
        show_menu(ctx, "help-not-allowed")  # no such request, or not their municipality's


@router.choice("help")
async def answer_help(ctx: Context) -> None:
    raw_action, _, ref = ctx.arg.partition(":")
    if parse(HelpAction, raw_action) is None:
        show_menu(ctx, "help-not-allowed")
        return
    try:
        request = await help_requests.for_helper(ctx.session, ref=ref, helper=ctx.resident)
    except help_requests.HelpRequestError as error:
        refused(ctx, error)
        return
    ctx.goto(Tut.HELP_ANSWER, **HelpAnswerDraft(id=request.id).dump())
    ctx.say("help-write-answer", [ctx.choice(BACK_TO_MENU, "back-to-menu")], id=request.id)


@router.state(Tut.HELP_ANSWER, free_text=True)
async def help_answer_text(ctx: Context) -> None:
    draft = HelpAnswerDraft.load(ctx.data)
    try:
        answered = await help_notices.answer(
            ctx.session, ref=draft.id, helper=ctx.resident, text=ctx.incoming.text or "",
            now=ctx.now, delivery=ctx.delivery, i18n=ctx.i18n, tutorials=ctx.tutorials,
        )  # fmt: skip
    except help_requests.InvalidAnswer:
        ctx.say("help-answer-length", max=ANSWER_MAX)
        return
    except help_requests.HelpRequestError as error:
        refused(ctx, error)
        return
    ctx.queued = ctx.queued or ctx.delivery is not None
    show_menu(ctx, "help-answer-sent", id=answered.request.id)
