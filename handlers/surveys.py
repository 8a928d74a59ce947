"""Residents answer surveys in chat: buttons for choices and the 1-5 scale, typing for numbers
and free text, every answer checked with a localised hint, stored before it is acknowledged.

They may stop at any point ("Continue later", or any command) and continue from the menu where
they left off: where they are is the response's own state (`storage.surveys.next_question`),
not only this conversation's. Answers may change until they press Finish; a button pressed
twice, or an update delivered twice, stores the same answer once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from bot.context import Context
from bot.flows import Draft, Flow
from bot.i18n import localised
from bot.messages import Choice, shorten
from bot.routing import Router
from bot.survey_notices import PREFIX, SurveyButton
from handlers.menu import BACK_TO_MENU, reoffer, show_menu
from storage import repos, surveys
from storage.models import QuestionKind, ResponseState, Survey, SurveyQuestion, SurveyResponse
from storage.surveys import InvalidAnswer, NotAnswerable, Value

router = Router()

LABEL = 40  # characters of a question quoted on a button


class Answering(StrEnum):
    """Answering a survey (from an invitation, a reminder or the menu)."""

    QUESTION = "survey.question"  # a choice or a scale: buttons
    TYPED = "survey.typed"  # a number or free text: typed
    REVIEW = "survey.review"  # every question on their way answered: Finish or change


FLOW = router.declare(
    Flow(
        "survey",
        Answering,
        entries=(Answering.QUESTION, Answering.TYPED, Answering.REVIEW),  # resumed anywhere
        moves={
            Answering.QUESTION: {
                Answering.TYPED: "answers; a typed question follows",
                Answering.REVIEW: "answers the last question",
            },
            Answering.TYPED: {
                Answering.QUESTION: "types an answer; a choice follows",
                Answering.REVIEW: "types the last answer",
            },
            Answering.REVIEW: {
                Answering.QUESTION: "changes a choice",
                Answering.TYPED: "changes a typed answer",
            },
        },
        title="Answering a survey (Finish, Continue later or a command: the menu)",
    )
)


@dataclass
class AnswerDraft(Draft):
    survey_id: int | None = None
    question_id: int | None = None  # the question on screen
    ticks: list[int] = field(default_factory=list)  # a multiple choice's ticks, before Done


def parse_ids(raw: str) -> list[int | None]:
    return [repos.parse_id(part) for part in raw.split(":")]


# --- showing --------------------------------------------------------------------------------


def title(survey: Survey, ctx: Context) -> str:
    return localised(survey.titles, ctx.t.chain)


def label(question: SurveyQuestion, option: int, ctx: Context) -> str:
    if question.kind == QuestionKind.SCALE:
        return ctx.t("survey-scale-value", value=option)
    return localised(question.options[option], ctx.t.chain)


def shown(question: SurveyQuestion, value: Value, ctx: Context) -> str:
    """An answer as the resident sees it."""
    if isinstance(value, tuple):
        return ", ".join(label(question, o, ctx) for o in value)
    return str(value)


async def ask(ctx: Context, survey: Survey, response: SurveyResponse) -> None:
    """Show what comes next: the question on their way, or the review."""
    qs = await surveys.questions(ctx.session, survey.id)
    answers = await surveys.given(ctx.session, response.id)
    question = surveys.next_question(qs, answers, response)
    if question is None:
        review(ctx, survey, qs, answers)
        return
    show_question(ctx, survey, question, qs, answers.get(question.id))


def show_question(
    ctx: Context,
    survey: Survey,
    question: SurveyQuestion,
    qs: list[SurveyQuestion],
    current: Value | None,
    ticks: list[int] | None = None,
) -> None:
    later = ctx.choice(SurveyButton.LATER.id(survey.id), "survey-later")
    choices: list[Choice] = []
    kind = QuestionKind(question.kind)
    if kind is QuestionKind.MULTIPLE:
        ticked = set(ticks if ticks is not None else current if isinstance(current, tuple) else ())
        ticks = sorted(ticked)
        choices = [
            Choice(
                SurveyButton.TICK.id(survey.id, question.id, o),
                f"{'✅' if o in ticked else '▫️'} {label(question, o, ctx)}",
            )
            for o in range(len(question.options))
        ]
        choices.append(ctx.choice(SurveyButton.DONE.id(survey.id, question.id), "survey-done"))
    elif kind in (QuestionKind.SINGLE, QuestionKind.SCALE):
        options = surveys.SCALE if kind is QuestionKind.SCALE else range(len(question.options))
        choices = [
            Choice(SurveyButton.ANSWER.id(survey.id, question.id, o), label(question, o, ctx))
            for o in options
        ]
    state = Answering.TYPED if kind in (QuestionKind.NUMBER, QuestionKind.TEXT) else None
    ctx.goto(
        state or Answering.QUESTION,
        **AnswerDraft(survey_id=survey.id, question_id=question.id, ticks=ticks or []).dump(),
    )
    hint = {
        QuestionKind.SINGLE: ctx.t("survey-how-single"),
        QuestionKind.MULTIPLE: ctx.t(
            "survey-how-multiple", max=question.max_choices or len(question.options)
        ),
        QuestionKind.SCALE: ctx.t("survey-how-scale"),
        QuestionKind.NUMBER: ctx.t(
            "survey-how-number", min=question.min_value or 0, max=question.max_value or 0
        ),
        QuestionKind.TEXT: ctx.t(
            "survey-how-text", max=question.max_length or surveys.MAX_TEXT_ANSWER
        ),
    }[kind]
    text = ctx.t(
        "survey-question",
        number=question.position + 1,
        total=len(qs),
        text=localised(question.texts, ctx.t.chain),
        how=hint,
    )
    if current is not None:
        text += "\n\n" + ctx.t("survey-your-answer", answer=shown(question, current, ctx))
    ctx.reply(text, [*choices, later])


def review(
    ctx: Context, survey: Survey, qs: list[SurveyQuestion], answers: dict[int, Value]
) -> None:
    lines = [
        f"{q.position + 1}. {shorten(localised(q.texts, ctx.t.chain), LABEL)} — "
        f"{shorten(shown(q, answers[q.id], ctx), 80)}"
        for q in surveys.path(qs, answers)
        if q.id in answers
    ]
    ctx.goto(Answering.REVIEW, **AnswerDraft(survey_id=survey.id).dump())
    ctx.say(
        "survey-review",
        [
            ctx.choice(SurveyButton.FINISH.id(survey.id), "survey-finish"),
            ctx.choice(SurveyButton.CHANGE.id(survey.id), "survey-change"),
            ctx.choice(SurveyButton.LATER.id(survey.id), "survey-later"),
        ],
        title=title(survey, ctx),
        answers="\n".join(lines),
    )


# --- the buttons ---------------------------------------------------------------------------


@router.choice(PREFIX)
async def survey_button(ctx: Context) -> None:
    raw, _, rest = ctx.arg.partition(":")
    try:
        button = SurveyButton(raw)
    except ValueError:
        show_menu(ctx, "button-expired")
        return
    if button is SurveyButton.LIST:
        await list_open(ctx)
        return
    ids = parse_ids(rest)
    survey = await ctx.session.get(Survey, ids[0]) if ids and ids[0] is not None else None
    if survey is None:
        show_menu(ctx, "button-expired")
        return
    response = await surveys.response_of(
        ctx.session, survey_id=survey.id, resident_id=ctx.resident.id
    )
    if response is not None and response.state == ResponseState.FINISHED:
        show_menu(ctx, "survey-already-done", title=title(survey, ctx))
        return
    if button is SurveyButton.LATER:
        show_menu(ctx, "survey-paused", title=title(survey, ctx))
        return
    try:
        if response is None:
            response = await surveys.start(ctx.session, survey, ctx.resident, now=ctx.now)
            if button is SurveyButton.START:
                intro = localised(survey.intros, ctx.t.chain) if survey.intros else ""
                ctx.say("survey-welcome", title=title(survey, ctx), intro=intro)
        elif survey.closes_at <= ctx.now or survey.status != "open":
            raise NotAnswerable("closed")
        await on_button(ctx, button, survey, response, ids[1:])
    except NotAnswerable:
        show_menu(ctx, "survey-closed", title=title(survey, ctx))


async def on_button(
    ctx: Context,
    button: SurveyButton,
    survey: Survey,
    response: SurveyResponse,
    values: list[int | None],
) -> None:
    qs = await surveys.questions(ctx.session, survey.id)
    by_id = {q.id: q for q in qs}
    question = by_id.get(values[0]) if values and values[0] is not None else None
    value = values[1] if len(values) > 1 else None
    match button:
        case SurveyButton.START:
            await ask(ctx, survey, response)
        case SurveyButton.ANSWER if question is not None and value is not None:
            await store(ctx, survey, response, question, qs, (value,))
        case SurveyButton.TICK if question is not None and value is not None:
            draft = AnswerDraft.load(ctx.data)
            if draft.question_id != question.id or ctx.state != Answering.QUESTION:
                await ask(ctx, survey, response)  # an older keyboard: the question again
                return
            ticks = set(draft.ticks) ^ {value}
            limit = question.max_choices or len(question.options)
            if len(ticks) > limit or not 0 <= value < len(question.options):
                ctx.say("survey-hint-too-many", max=limit)
                ticks = set(draft.ticks)
            answers = await surveys.given(ctx.session, response.id)
            show_question(ctx, survey, question, qs, answers.get(question.id), sorted(ticks))
        case SurveyButton.DONE if question is not None:
            draft = AnswerDraft.load(ctx.data)
            if draft.question_id != question.id:
                await ask(ctx, survey, response)
                return
            await store(ctx, survey, response, question, qs, tuple(draft.ticks))
        case SurveyButton.FINISH:
            answers = await surveys.given(ctx.session, response.id)
            if surveys.next_question(qs, answers, response) is not None:
                await ask(ctx, survey, response)  # something is still unanswered
                return
            await surveys.finish(ctx.session, response, qs, now=ctx.now)
            if ctx.delivery is not None:  # the reminder is no longer wanted
                await ctx.delivery.cancel_topic(
                    ctx.session,
                    resident_id=ctx.resident.id,
                    topic=surveys.personal_topic(survey.id),
                )
            show_menu(ctx, "survey-thanks", title=title(survey, ctx))
        case SurveyButton.CHANGE if question is None:
            answers = await surveys.given(ctx.session, response.id)
            choices = [
                Choice(
                    SurveyButton.CHANGE.id(survey.id, q.id),
                    f"{q.position + 1}. {shorten(localised(q.texts, ctx.t.chain), LABEL)}",
                )
                for q in surveys.path(qs, answers)
                if q.id in answers
            ]
            ctx.say("survey-change-which", choices)
        case SurveyButton.CHANGE if question is not None:
            answers = await surveys.given(ctx.session, response.id)
            if question.id not in answers:
                await ask(ctx, survey, response)
                return
            response.current_question_id = question.id
            show_question(ctx, survey, question, qs, answers[question.id])
        case _:
            await ask(ctx, survey, response)


async def store(
    ctx: Context,
    survey: Survey,
    response: SurveyResponse,
    question: SurveyQuestion,
    qs: list[SurveyQuestion],
    options: tuple[int, ...],
) -> None:
    """A pressed answer: checked, stored (flushed), then the next question."""
    answers = await surveys.given(ctx.session, response.id)
    if question not in surveys.path(qs, answers):  # a button of a way no longer taken
        reoffer(ctx, "survey-hint-old-button")
        return
    try:
        value = surveys.check_choice(question, options)
    except InvalidAnswer as error:
        ctx.say(f"survey-hint-{error.hint}", **error.args_)
        show_question(ctx, survey, question, qs, answers.get(question.id))
        return
    await surveys.answer(ctx.session, survey, response, question, value, now=ctx.now)
    await ask(ctx, survey, response)


@router.state(Answering.TYPED, free_text=True)
async def typed(ctx: Context) -> None:
    found = await current(ctx)
    if found is None:
        return
    survey, response, question, _qs = found
    try:
        value = surveys.parse_typed(question, ctx.incoming.text or "")
        await surveys.answer(ctx.session, survey, response, question, value, now=ctx.now)
    except InvalidAnswer as error:
        ctx.say(f"survey-hint-{error.hint}", **error.args_)  # the draft and answers stay
        return
    except NotAnswerable:
        show_menu(ctx, "survey-closed", title=title(survey, ctx))
        return
    await ask(ctx, survey, response)


@router.state(Answering.QUESTION, Answering.REVIEW)
async def typed_at_buttons(ctx: Context) -> None:
    """Text where buttons were offered (and it matched none of them)."""
    reoffer(ctx, "survey-hint-buttons")


async def current(
    ctx: Context,
) -> tuple[Survey, SurveyResponse, SurveyQuestion, list[SurveyQuestion]] | None:
    draft = AnswerDraft.load(ctx.data)
    survey = await ctx.session.get(Survey, draft.survey_id) if draft.survey_id else None
    response = (
        await surveys.response_of(ctx.session, survey_id=survey.id, resident_id=ctx.resident.id)
        if survey
        else None
    )
    if survey is None or response is None or response.state == ResponseState.FINISHED:
        show_menu(ctx, "button-expired")
        return None
    qs = await surveys.questions(ctx.session, survey.id)
    question = next((q for q in qs if q.id == draft.question_id), None)
    if question is None:
        await ask(ctx, survey, response)
        return None
    return survey, response, question, qs


# --- the menu's entry ------------------------------------------------------------------------


async def list_open(ctx: Context) -> None:
    found = await surveys.open_for(ctx.session, ctx.resident, now=ctx.now)
    if not found:
        show_menu(ctx, "survey-none-open")
        return
    ctx.goto("menu")
    ctx.say(
        "survey-list",
        [
            *(Choice(SurveyButton.START.id(s.id), shorten(title(s, ctx), 60)) for s in found),
            ctx.choice(BACK_TO_MENU, "back-to-menu"),
        ],
    )
