"""Staff make surveys and polls in chat, read the live results and export them.

/survey builds one step by step: the audience (the announcements' picker, then languages and
channels), a title and an intro in the staff member's language, questions of every kind with
optional skip logic, other languages (every text typed again in that language), anonymity,
open and close times in the municipality's time zone, a preview with the audience's size, and
Publish. /poll is a quick poll: a question, its options, how long it stays open; it opens at
once. /surveys lists them with Results, breakdowns, CSV and XLSX, and Close now.

What a survey may be and what may happen to it is decided by `storage.surveys`; this module
asks, renders and queues. Every step re-checks the publisher's role for the draft's
municipality (as announcements do).
"""

from __future__ import annotations

import dataclasses
import io
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any, ClassVar
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from bot.context import Context
from bot.flows import Flow
from bot.i18n import localised
from bot.messages import Choice, shorten
from bot.routing import Router
from bot.survey_notices import audience_query, invite
from handlers import audience
from handlers.announcements import EXAMPLE_FORMAT, TIME_FORMATS
from handlers.audience import AudienceDraft, Pick, allowed
from handlers.menu import reoffer, show_menu
from storage import repos, survey_export, surveys
from storage.models import Municipality, QuestionKind, Survey, SurveyStatus
from storage.surveys import END, Breakdown, InvalidSurvey, NewQuestion, NewSurvey

router = Router()

PREFIX = "svb"  # building: svb:<Step>[:<value>]
MANAGE = "svm"  # /surveys: svm:<Manage>:<id>[:<value>]
POLL = "svp"  # quick poll: svp:<Step>[:<value>]
DURATIONS = (1, 3, 7)  # days a quick poll (or a survey, by button) stays open
LIST = 6


class Build(StrEnum):
    """Building a survey (/survey)."""

    MUNICIPALITY = "survey.b.municipality"
    AUDIENCE = "survey.b.audience"
    FILTER = "survey.b.filter"  # languages and channels
    TITLE = "survey.b.title"
    INTRO = "survey.b.intro"
    KIND = "survey.b.kind"  # the next question's kind, or Done
    QUESTION = "survey.b.question"  # its text
    OPTIONS = "survey.b.options"  # one option a line
    LIMIT = "survey.b.limit"  # multiple: max ticks; number: bounds; text: max length
    SKIP = "survey.b.skip"  # "2 > 4" lines, or No
    LANGUAGES = "survey.b.languages"
    TRANSLATE = "survey.b.translate"  # every text again, in another language
    ANONYMOUS = "survey.b.anonymous"
    OPENS = "survey.b.opens"
    CLOSES = "survey.b.closes"
    CONFIRM = "survey.b.confirm"


class Poll(StrEnum):
    """A quick poll (/poll): three steps."""

    MUNICIPALITY = "poll.municipality"
    QUESTION = "poll.question"
    OPTIONS = "poll.options"
    CLOSES = "poll.closes"


B = Build
BUILD_FLOW = router.declare(
    Flow(
        "survey_build",
        Build,
        entries=(B.MUNICIPALITY, B.AUDIENCE),
        moves={
            B.MUNICIPALITY: {B.AUDIENCE: "picks a municipality"},
            B.AUDIENCE: {B.FILTER: "Continue (at once without villages)"},
            B.FILTER: {B.TITLE: "Continue"},
            B.TITLE: {B.INTRO: "types the title"},
            B.INTRO: {B.KIND: "types an intro, or Skip"},
            B.KIND: {B.QUESTION: "picks a kind", B.LANGUAGES: "Done"},
            B.QUESTION: {
                B.OPTIONS: "types it (a choice)",
                B.LIMIT: "types it (number, text)",
                B.KIND: "types it (a scale)",
            },
            B.OPTIONS: {B.LIMIT: "types options (multiple)", B.SKIP: "types options (single)"},
            B.LIMIT: {B.KIND: "types a limit, or Skip"},
            B.SKIP: {B.KIND: "types skips, or No"},
            B.LANGUAGES: {B.TRANSLATE: "adds a language", B.ANONYMOUS: "Done"},
            B.TRANSLATE: {B.LANGUAGES: "types the last text"},
            B.ANONYMOUS: {B.OPENS: "Yes or No"},
            B.OPENS: {B.CLOSES: "Now, or types a time"},
            B.CLOSES: {B.CONFIRM: "types a time, or a duration"},
            B.CONFIRM: {B.CLOSES: "Publish, once the close time has passed"},
        },
        title="Building a survey (Publish or Cancel: the menu)",
    )
)

POLL_FLOW = router.declare(
    Flow(
        "poll",
        Poll,
        entries=(Poll.MUNICIPALITY, Poll.QUESTION),
        moves={
            Poll.MUNICIPALITY: {Poll.QUESTION: "picks a municipality"},
            Poll.QUESTION: {Poll.OPTIONS: "types the question"},
            Poll.OPTIONS: {Poll.CLOSES: "types the options"},
        },
        title="A quick poll: question, options, how long (then it opens; the menu)",
    )
)


class Step(StrEnum):
    MUNICIPALITY = Pick.MUNICIPALITY.value
    COMMUNITY = Pick.COMMUNITY.value
    GO = Pick.GO.value
    LANGUAGE_TICK = "lt"  # svb:lt:<locale>: the audience's languages
    CHANNEL_TICK = "ct"  # svb:ct:<channel>
    FILTER_GO = "fgo"
    SKIP = "skip"  # no intro / default limit
    KIND = "k"  # svb:k:<QuestionKind>
    DONE = "done"
    NO_SKIP = "noskip"
    LANGUAGE = "lang"  # svb:lang:<locale>
    ANONYMOUS = "anon"  # svb:anon:1 | svb:anon:0
    NOW = "now"
    DAYS = "days"  # svb:days:<n>
    OK = "ok"
    CANCEL = "x"


class Manage(StrEnum):
    RESULTS = "r"
    BREAKDOWN = "b"  # svm:b:<id>:<Breakdown>
    CSV = "csv"
    XLSX = "xlsx"
    CLOSE = "close"
    CANCEL = "cancel"


def step_id(step: Step, value: object = None, prefix: str = PREFIX) -> str:
    return f"{prefix}:{step}" if value is None else f"{prefix}:{step}:{value}"


def manage_id(action: Manage, survey_id: int, value: object = None) -> str:
    tail = "" if value is None else f":{value}"
    return f"{MANAGE}:{action}:{survey_id}{tail}"


@dataclass
class BuildDraft(AudienceDraft):
    KEYS: ClassVar[Mapping[str, str]] = AudienceDraft.KEYS

    locales: list[str] = field(default_factory=list)  # the audience's languages; empty: all
    channels: list[str] = field(default_factory=list)  # the audience's channels; empty: all
    titles: dict[str, str] = field(default_factory=dict)
    intros: dict[str, str] = field(default_factory=dict)
    questions: list[dict[str, Any]] = field(default_factory=list)  # NewQuestion's fields
    anonymous: bool = False
    opens_at: str | None = None  # ISO; None: now
    closes_at: str | None = None
    translating: str | None = None  # the language being typed (TRANSLATE)
    slot: int = 0  # which text of `slots()` is asked next


# --- helpers ---------------------------------------------------------------------------------


def local(moment: datetime, municipality: Municipality) -> str:
    return moment.astimezone(ZoneInfo(municipality.timezone)).strftime(EXAMPLE_FORMAT)


def parse_time(typed: str, municipality: Municipality) -> datetime | None:
    """A time typed in the municipality's time zone (the announcements' formats), as UTC."""
    typed = " ".join(typed.split())
    for pattern in TIME_FORMATS:
        try:
            moment = datetime.strptime(typed, pattern)
        except ValueError:
            continue
        return moment.replace(tzinfo=ZoneInfo(municipality.timezone)).astimezone(ZoneInfo("UTC"))
    return None


def new_question(data: Mapping[str, Any]) -> NewQuestion:
    return NewQuestion(
        kind=QuestionKind(data["kind"]),
        texts=data.get("texts", {}),
        options=data.get("options", []),
        max_choices=data.get("max_choices"),
        min_value=data.get("min_value"),
        max_value=data.get("max_value"),
        max_length=data.get("max_length"),
        skip={int(k): int(v) for k, v in data.get("skip", {}).items()},
    )


def new_survey(ctx: Context, draft: BuildDraft, municipality: Municipality) -> NewSurvey:
    return NewSurvey(
        municipality_id=municipality.id,
        titles=draft.titles,
        intros=draft.intros,
        questions=[new_question(q) for q in draft.questions],
        opens_at=datetime.fromisoformat(draft.opens_at) if draft.opens_at else ctx.now,
        closes_at=datetime.fromisoformat(draft.closes_at) if draft.closes_at else ctx.now,
        community_ids=tuple(draft.community_ids),
        locales=tuple(draft.locales),
        channels=tuple(draft.channels),
        anonymous=draft.anonymous,
        author_id=ctx.resident.id,
    )


def tick(on: bool) -> str:
    return "✅" if on else "▫️"


def lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def slots(draft: BuildDraft) -> list[str]:
    """The texts typed again in another language: "title", "intro", "q:<i>", "o:<i>"."""
    found = ["title"] + (["intro"] if draft.intros else [])
    for index, question in enumerate(draft.questions):
        found.append(f"q:{index}")
        if question.get("options"):
            found.append(f"o:{index}")
    return found


async def opens_now(ctx: Context, survey: Survey) -> int:
    """Open a survey due now at once (the scheduler would at its next tick) and invite."""
    if survey.opens_at > ctx.now or ctx.delivery is None:
        return 0
    surveys.open_(survey, now=ctx.now)
    count = await invite(
        ctx.session, delivery=ctx.delivery, i18n=ctx.i18n, survey=survey, now=ctx.now
    )
    ctx.queued = True
    return count


# --- /survey ------------------------------------------------------------------------------------


@router.command("survey")
async def build(ctx: Context) -> None:
    if municipality := await audience.pick_municipality(
        ctx, prefix=PREFIX, state=Build.MUNICIPALITY,
        message_id="announce-choose-municipality", refusal="announce-not-allowed",
    ):  # fmt: skip
        await choose_municipality(ctx, municipality)


async def choose_municipality(ctx: Context, municipality: Municipality) -> None:
    ctx.goto(Build.AUDIENCE, **BuildDraft(municipality_id=municipality.id).dump())
    if await repos.has_communities(ctx.session, municipality_id=municipality.id):
        await audience.ask_audience(
            ctx, municipality, prefix=PREFIX, message_id="survey-build-audience"
        )
    else:
        ask_filter(ctx, BuildDraft.load(ctx.data))


def ask_filter(ctx: Context, draft: BuildDraft) -> None:
    ctx.goto(Build.FILTER, **draft.dump())
    channels = list(ctx.delivery.channels) if ctx.delivery else []
    choices = [
        Choice(
            step_id(Step.LANGUAGE_TICK, code),
            f"{tick(code in draft.locales)} {ctx.i18n.self_name(code)}",
        )
        for code in ctx.i18n.locales
    ]
    choices += [
        Choice(step_id(Step.CHANNEL_TICK, name), f"{tick(name in draft.channels)} {name}")
        for name in channels
        if name in ("telegram", "whatsapp")
    ]
    choices.append(ctx.choice(step_id(Step.FILTER_GO), "announce-continue"))
    ctx.say("survey-build-filter", choices)


def ask_kind(ctx: Context, draft: BuildDraft) -> None:
    ctx.goto(Build.KIND, **draft.dump())
    choices = [
        ctx.choice(step_id(Step.KIND, k.value), f"survey-kind-{k.value}") for k in QuestionKind
    ]
    if draft.questions:
        choices.append(ctx.choice(step_id(Step.DONE), "survey-build-questions-done"))
    ctx.say("survey-build-kind", choices, count=len(draft.questions))


def ask_limit(ctx: Context, draft: BuildDraft) -> None:
    kind = draft.questions[-1]["kind"]
    ctx.goto(Build.LIMIT, **draft.dump())
    skip = [ctx.choice(step_id(Step.SKIP), "survey-build-no-limit")]
    if kind == QuestionKind.NUMBER:
        ctx.say("survey-build-bounds")
    elif kind == QuestionKind.MULTIPLE:
        ctx.say("survey-build-max-choices", skip, max=len(draft.questions[-1]["options"]))
    else:
        ctx.say("survey-build-max-length", skip, max=surveys.MAX_TEXT_ANSWER)


def ask_skip(ctx: Context, draft: BuildDraft) -> None:
    ctx.goto(Build.SKIP, **draft.dump())
    ctx.say(
        "survey-build-skip",
        [ctx.choice(step_id(Step.NO_SKIP), "survey-build-no-skip")],
        position=len(draft.questions),
    )


def ask_languages(ctx: Context, draft: BuildDraft) -> None:
    ctx.goto(Build.LANGUAGES, **dataclasses.replace(draft, translating=None, slot=0).dump())
    missing = [code for code in ctx.i18n.locales if code not in draft.titles]
    ctx.say(
        "survey-build-languages",
        [
            *(Choice(step_id(Step.LANGUAGE, code), ctx.i18n.self_name(code)) for code in missing),
            ctx.choice(step_id(Step.DONE), "announce-languages-done"),
        ],
    )


def ask_translation(ctx: Context, draft: BuildDraft) -> None:
    """The next text of `slots()` to type in `draft.translating`, quoted in the first language."""
    ctx.goto(Build.TRANSLATE, **draft.dump())
    slot = slots(draft)[draft.slot]
    what, _, index = slot.partition(":")
    base = next(iter(draft.titles))
    if what == "title":
        original = draft.titles[base]
    elif what == "intro":
        original = draft.intros.get(base, "")
    elif what == "q":
        original = draft.questions[int(index)]["texts"].get(base, "")
    else:
        original = "\n".join(o.get(base, "") for o in draft.questions[int(index)]["options"])
    ctx.say(
        f"survey-build-translate-{what}",
        language=ctx.i18n.self_name(draft.translating or base),
        original=original,
    )


def ask_anonymous(ctx: Context, draft: BuildDraft) -> None:
    ctx.goto(Build.ANONYMOUS, **draft.dump())
    ctx.say(
        "survey-build-anonymous",
        [
            ctx.choice(step_id(Step.ANONYMOUS, 1), "survey-build-anonymous-yes"),
            ctx.choice(step_id(Step.ANONYMOUS, 0), "survey-build-anonymous-no"),
        ],
    )


def ask_opens(ctx: Context, municipality: Municipality, draft: BuildDraft) -> None:
    ctx.goto(Build.OPENS, **draft.dump())
    ctx.say(
        "survey-build-opens",
        [ctx.choice(step_id(Step.NOW), "survey-build-open-now")],
        place=municipality.name(ctx.t.chain),
        example=local(ctx.now + timedelta(days=1), municipality),
    )


def ask_closes(
    ctx: Context, municipality: Municipality, draft: BuildDraft, message_id: str
) -> None:
    ctx.goto(Build.CLOSES, **draft.dump())
    ctx.say(
        message_id,
        [ctx.choice(step_id(Step.DAYS, d), "survey-days", days=d) for d in DURATIONS],
        place=municipality.name(ctx.t.chain),
        example=local(ctx.now + timedelta(days=7), municipality),
    )


async def preview(ctx: Context, municipality: Municipality, draft: BuildDraft) -> None:
    try:
        new = new_survey(ctx, draft, municipality)
        surveys.check(new, now=ctx.now)
    except InvalidSurvey as error:
        if error.reason == "times":
            ask_closes(ctx, municipality, draft, "survey-build-closes-past")
        else:
            show_menu(ctx, "button-expired")
        return
    shown = Survey(
        municipality_id=municipality.id, community_ids=list(new.community_ids),
        locales=list(new.locales), channels=list(new.channels),
    )  # fmt: skip
    channels = list(ctx.delivery.channels) if ctx.delivery else []
    query = audience_query(shown, channels=channels).subquery()
    count = int(await ctx.session.scalar(select(func.count()).select_from(query)) or 0)
    ctx.goto(Build.CONFIRM, **draft.dump())
    ctx.say(
        "survey-build-preview",
        [
            ctx.choice(step_id(Step.OK), "survey-build-publish"),
            ctx.choice(step_id(Step.CANCEL), "announce-cancel"),
        ],
        title=localised(draft.titles, ctx.t.chain),
        questions=len(draft.questions),
        languages=", ".join(ctx.i18n.self_name(code) for code in draft.titles),
        anonymous=ctx.t(
            "survey-build-anonymous-yes" if draft.anonymous else "survey-build-anonymous-no"
        ),
        opens=local(new.opens_at, municipality)
        if draft.opens_at
        else ctx.t("survey-build-open-now"),
        closes=local(new.closes_at, municipality),
        count=count,
    )


async def publish(ctx: Context, municipality: Municipality, draft: BuildDraft) -> None:
    try:
        survey = await surveys.schedule(
            ctx.session, new_survey(ctx, draft, municipality), now=ctx.now
        )
    except InvalidSurvey as error:
        if error.reason == "times":
            ask_closes(ctx, municipality, draft, "survey-build-closes-past")
        else:
            show_menu(ctx, "button-expired")
        return
    count = await opens_now(ctx, survey)
    if survey.status == SurveyStatus.OPEN:
        show_menu(ctx, "survey-published-open", id=survey.id, count=count)
    else:
        show_menu(
            ctx, "survey-published-later", id=survey.id, when=local(survey.opens_at, municipality)
        )


BUILD_STEPS: Mapping[Step, frozenset[Build]] = {
    Step.MUNICIPALITY: frozenset(Build),
    Step.COMMUNITY: frozenset({B.AUDIENCE}),
    Step.GO: frozenset({B.AUDIENCE}),
    Step.LANGUAGE_TICK: frozenset({B.FILTER}),
    Step.CHANNEL_TICK: frozenset({B.FILTER}),
    Step.FILTER_GO: frozenset({B.FILTER}),
    Step.SKIP: frozenset({B.INTRO, B.LIMIT}),
    Step.KIND: frozenset({B.KIND}),
    Step.DONE: frozenset({B.KIND, B.LANGUAGES}),
    Step.NO_SKIP: frozenset({B.SKIP}),
    Step.LANGUAGE: frozenset({B.LANGUAGES}),
    Step.ANONYMOUS: frozenset({B.ANONYMOUS}),
    Step.NOW: frozenset({B.OPENS}),
    Step.DAYS: frozenset({B.CLOSES}),
    Step.OK: frozenset({B.CONFIRM}),
    Step.CANCEL: frozenset(Build),
}


@router.choice(PREFIX)
async def build_step(ctx: Context) -> None:
    raw, _, value = ctx.arg.partition(":")
    try:
        step = Step(raw)
    except ValueError:
        show_menu(ctx, "button-expired")
        return
    if step is Step.MUNICIPALITY:
        chosen = next((m for m in await allowed(ctx) if str(m.id) == value), None)
        if chosen is None or ctx.state not in BUILD_STEPS[step]:
            ctx.say("announce-not-allowed")
            return
        await choose_municipality(ctx, chosen)
        return
    municipality = await audience.draft_municipality(ctx, "survey.b.")
    if municipality is None or ctx.state not in set(Build):
        show_menu(ctx, "button-expired")
        return
    if ctx.state not in BUILD_STEPS[step]:
        reoffer(ctx, "hint-use-buttons")
        return
    draft = BuildDraft.load(ctx.data)
    match step:
        case Step.COMMUNITY:
            await audience.toggle(ctx, municipality, value)
            await audience.ask_audience(
                ctx, municipality, prefix=PREFIX, message_id="survey-build-audience"
            )
        case Step.GO:
            ask_filter(ctx, draft)
        case Step.LANGUAGE_TICK if value in ctx.i18n.locales:
            ask_filter(
                ctx, dataclasses.replace(draft, locales=sorted(set(draft.locales) ^ {value}))
            )
        case Step.CHANNEL_TICK if ctx.delivery is not None and value in ctx.delivery.channels:
            ask_filter(
                ctx, dataclasses.replace(draft, channels=sorted(set(draft.channels) ^ {value}))
            )
        case Step.FILTER_GO:
            ctx.goto(Build.TITLE, **draft.dump())
            ctx.say("survey-build-title", language=ctx.i18n.self_name(ctx.resident.locale))
        case Step.SKIP if ctx.state == Build.INTRO:
            ask_kind(ctx, draft)
        case Step.SKIP:  # no limit: a multiple choice's every option, a text's column size
            ask_kind(ctx, draft)
        case Step.KIND if value in {k.value for k in QuestionKind}:
            if len(draft.questions) >= surveys.MAX_QUESTIONS:
                ctx.say("survey-build-too-many", max=surveys.MAX_QUESTIONS)
                ask_kind(ctx, draft)
                return
            questions = [*draft.questions, {"kind": value, "texts": {}}]
            ctx.goto(Build.QUESTION, **dataclasses.replace(draft, questions=questions).dump())
            ctx.say("survey-build-question", number=len(questions), max=surveys.MAX_QUESTION_TEXT)
        case Step.DONE if ctx.state == Build.KIND and draft.questions:
            ask_languages(ctx, draft)
        case Step.DONE:
            ask_anonymous(ctx, draft)
        case Step.NO_SKIP:
            ask_kind(ctx, draft)
        case Step.LANGUAGE if value in ctx.i18n.locales and value not in draft.titles:
            ask_translation(ctx, dataclasses.replace(draft, translating=value, slot=0))
        case Step.ANONYMOUS:
            ask_opens(ctx, municipality, dataclasses.replace(draft, anonymous=value == "1"))
        case Step.NOW:
            ask_closes(
                ctx, municipality, dataclasses.replace(draft, opens_at=None), "survey-build-closes"
            )
        case Step.DAYS if (days := repos.parse_id(value)) in DURATIONS:
            start = datetime.fromisoformat(draft.opens_at) if draft.opens_at else ctx.now
            closes = (start + timedelta(days=days or 1)).isoformat()
            await preview(ctx, municipality, dataclasses.replace(draft, closes_at=closes))
        case Step.OK:
            await publish(ctx, municipality, draft)
        case Step.CANCEL:
            show_menu(ctx, "survey-build-cancelled")
        case _:
            reoffer(ctx, "hint-use-buttons")


@router.state(
    B.TITLE, B.INTRO, B.QUESTION, B.OPTIONS, B.LIMIT, B.SKIP, B.TRANSLATE, B.OPENS, B.CLOSES,
    free_text=True,
)  # fmt: skip
async def build_text(ctx: Context) -> None:
    municipality = await audience.draft_municipality(ctx, "survey.b.")
    if municipality is None:
        show_menu(ctx, "button-expired")
        return
    draft = BuildDraft.load(ctx.data)
    typed = (ctx.incoming.text or "").strip()
    locale = ctx.resident.locale
    match Build(ctx.state):
        case B.TITLE:
            if not typed or len(typed) > surveys.MAX_TITLE:
                ctx.say("survey-build-too-long", max=surveys.MAX_TITLE)
                return
            ctx.goto(Build.INTRO, **dataclasses.replace(draft, titles={locale: typed}).dump())
            ctx.say("survey-build-intro", [ctx.choice(step_id(Step.SKIP), "survey-build-no-intro")])
        case B.INTRO:
            if len(typed) > surveys.MAX_QUESTION_TEXT:
                ctx.say("survey-build-too-long", max=surveys.MAX_QUESTION_TEXT)
                return
            ask_kind(ctx, dataclasses.replace(draft, intros={locale: typed}))
        case B.QUESTION:
            if not typed or len(typed) > surveys.MAX_QUESTION_TEXT:
                ctx.say("survey-build-too-long", max=surveys.MAX_QUESTION_TEXT)
                return
            question = {**draft.questions[-1], "texts": {locale: typed}}
            draft = dataclasses.replace(draft, questions=[*draft.questions[:-1], question])
            kind = question["kind"]
            if kind in (QuestionKind.SINGLE, QuestionKind.MULTIPLE):
                ctx.goto(Build.OPTIONS, **draft.dump())
                ctx.say(
                    "survey-build-options", max=surveys.MAX_OPTIONS, length=surveys.MAX_OPTION_TEXT
                )
            elif kind == QuestionKind.SCALE:
                ask_kind(ctx, draft)
            else:
                ask_limit(ctx, draft)
        case B.OPTIONS:
            options = lines(typed)
            if not 2 <= len(options) <= surveys.MAX_OPTIONS or any(
                len(o) > surveys.MAX_OPTION_TEXT for o in options
            ):
                ctx.say(
                    "survey-build-options", max=surveys.MAX_OPTIONS, length=surveys.MAX_OPTION_TEXT
                )
                return
            question = {**draft.questions[-1], "options": [{locale: o} for o in options]}
            draft = dataclasses.replace(draft, questions=[*draft.questions[:-1], question])
            if question["kind"] == QuestionKind.MULTIPLE:
                ask_limit(ctx, draft)
            else:
                ask_skip(ctx, draft)
        case B.LIMIT:
            await limit_text(ctx, draft, typed)
        case B.SKIP:
            skip_text(ctx, draft, typed)
        case B.TRANSLATE:
            translate_text(ctx, draft, typed)
        case B.OPENS:
            moment = parse_time(typed, municipality)
            example = local(ctx.now + timedelta(days=1), municipality)
            if moment is None or moment <= ctx.now:
                ctx.say("survey-build-time-invalid", example=example)
                return
            draft = dataclasses.replace(draft, opens_at=moment.isoformat())
            ask_closes(ctx, municipality, draft, "survey-build-closes")
        case B.CLOSES:
            moment = parse_time(typed, municipality)
            if moment is None:
                example = local(ctx.now + timedelta(days=7), municipality)
                ctx.say("survey-build-time-invalid", example=example)
                return
            await preview(
                ctx, municipality, dataclasses.replace(draft, closes_at=moment.isoformat())
            )
        case _:
            reoffer(ctx, "hint-use-buttons")


async def limit_text(ctx: Context, draft: BuildDraft, typed: str) -> None:
    question = dict(draft.questions[-1])
    kind = question["kind"]
    numbers = [int(n) for n in re.findall(r"-?\d+", typed)]
    if kind == QuestionKind.NUMBER:
        bounds = BOUNDS.fullmatch(typed)
        low, high = (int(bounds.group(1)), int(bounds.group(2))) if bounds else (1, 0)
        if low > high:
            ctx.say("survey-build-bounds")
            return
        question |= {"min_value": low, "max_value": high}
    elif kind == QuestionKind.MULTIPLE:
        most = len(question["options"])
        if len(numbers) != 1 or not 1 <= numbers[0] <= most:
            ctx.say(
                "survey-build-max-choices",
                [ctx.choice(step_id(Step.SKIP), "survey-build-no-limit")],
                max=most,
            )
            return
        question["max_choices"] = numbers[0]
    else:
        if len(numbers) != 1 or not 1 <= numbers[0] <= surveys.MAX_TEXT_ANSWER:
            ctx.say(
                "survey-build-max-length",
                [ctx.choice(step_id(Step.SKIP), "survey-build-no-limit")],
                max=surveys.MAX_TEXT_ANSWER,
            )
            return
        question["max_length"] = numbers[0]
    ask_kind(ctx, dataclasses.replace(draft, questions=[*draft.questions[:-1], question]))


BOUNDS = re.compile(r"\s*(-?\d+)\s*(?:[-–—]|\.\.|\s)\s*(-?\d+)\s*")  # "0-100", "-5 .. 5"
SKIP_LINE = re.compile(r"^\s*(\d+)\s*[>→-]+\s*(\d+|\S+)\s*$")


def skip_text(ctx: Context, draft: BuildDraft, typed: str) -> None:
    """ "2 > 5" (option 2 leads to question 5) or "3 > end", one a line. A target is checked
    when the survey is complete (questions typed later may be the target)."""
    question = dict(draft.questions[-1])
    position = len(draft.questions)  # 1-based number of this question
    skip: dict[str, int] = {}
    for line in lines(typed):
        match = SKIP_LINE.match(line)
        if match is None:
            ctx.say(
                "survey-build-skip",
                [ctx.choice(step_id(Step.NO_SKIP), "survey-build-no-skip")],
                position=position,
            )
            return
        option, target = int(match.group(1)), match.group(2)
        goes = END if not target.isdigit() else int(target) - 1
        if not 1 <= option <= len(question["options"]) or (goes != END and goes < position):
            ctx.say(
                "survey-build-skip",
                [ctx.choice(step_id(Step.NO_SKIP), "survey-build-no-skip")],
                position=position,
            )
            return
        skip[str(option - 1)] = goes
    question["skip"] = skip
    ask_kind(ctx, dataclasses.replace(draft, questions=[*draft.questions[:-1], question]))


def translate_text(ctx: Context, draft: BuildDraft, typed: str) -> None:
    locale = draft.translating
    if locale is None or not typed:
        ask_languages(ctx, draft)
        return
    slot = slots(draft)[draft.slot]
    what, _, index = slot.partition(":")
    if what == "title":
        draft = dataclasses.replace(
            draft, titles={**draft.titles, locale: typed[: surveys.MAX_TITLE]}
        )
    elif what == "intro":
        draft = dataclasses.replace(draft, intros={**draft.intros, locale: typed})
    else:
        questions = [dict(q) for q in draft.questions]
        question = questions[int(index)]
        if what == "q":
            question["texts"] = {**question["texts"], locale: typed}
        else:
            labels = lines(typed)
            if len(labels) != len(question["options"]):
                ctx.say("survey-build-translate-count", count=len(question["options"]))
                return
            question["options"] = [
                {**o, locale: label} for o, label in zip(question["options"], labels, strict=True)
            ]
        draft = dataclasses.replace(draft, questions=questions)
    if draft.slot + 1 < len(slots(draft)):
        ask_translation(ctx, dataclasses.replace(draft, slot=draft.slot + 1))
    else:
        ask_languages(ctx, draft)


# --- /poll: three steps --------------------------------------------------------------------------


@router.command("poll")
async def poll(ctx: Context) -> None:
    if municipality := await audience.pick_municipality(
        ctx, prefix=POLL, state=Poll.MUNICIPALITY,
        message_id="announce-choose-municipality", refusal="announce-not-allowed",
    ):  # fmt: skip
        poll_question(ctx, municipality)


def poll_question(ctx: Context, municipality: Municipality) -> None:
    ctx.goto(Poll.QUESTION, **BuildDraft(municipality_id=municipality.id).dump())
    ctx.say("poll-question", max=surveys.MAX_QUESTION_TEXT)


@router.state(Poll.QUESTION, Poll.OPTIONS, free_text=True)
async def poll_text(ctx: Context) -> None:
    draft = BuildDraft.load(ctx.data)
    typed = (ctx.incoming.text or "").strip()
    locale = ctx.resident.locale
    if ctx.state == Poll.QUESTION:
        if not typed or len(typed) > surveys.MAX_QUESTION_TEXT:
            ctx.say("survey-build-too-long", max=surveys.MAX_QUESTION_TEXT)
            return
        first: dict[str, Any] = {"kind": QuestionKind.SINGLE.value, "texts": {locale: typed}}
        ctx.goto(Poll.OPTIONS, **dataclasses.replace(draft, questions=[first]).dump())
        ctx.say("survey-build-options", max=surveys.MAX_OPTIONS, length=surveys.MAX_OPTION_TEXT)
        return
    options = lines(typed)
    if (
        not draft.questions
        or not 2 <= len(options) <= surveys.MAX_OPTIONS
        or any(len(o) > surveys.MAX_OPTION_TEXT for o in options)
    ):
        ctx.say("survey-build-options", max=surveys.MAX_OPTIONS, length=surveys.MAX_OPTION_TEXT)
        return
    question: dict[str, Any] = {**draft.questions[0], "options": [{locale: o} for o in options]}
    ctx.goto(Poll.CLOSES, **dataclasses.replace(draft, questions=[question]).dump())
    ctx.say(
        "poll-closes",
        [ctx.choice(step_id(Step.DAYS, d, POLL), "survey-days", days=d) for d in DURATIONS],
    )


@router.choice(POLL)
async def poll_step(ctx: Context) -> None:
    raw, _, value = ctx.arg.partition(":")
    if raw == Step.MUNICIPALITY:
        chosen = next((m for m in await allowed(ctx) if str(m.id) == value), None)
        if chosen is None:
            ctx.say("announce-not-allowed")
            return
        poll_question(ctx, chosen)
        return
    municipality = await audience.draft_municipality(ctx, "poll.")
    days = repos.parse_id(value)
    if (
        municipality is None
        or ctx.state != Poll.CLOSES
        or raw != Step.DAYS
        or days not in DURATIONS
    ):
        show_menu(ctx, "button-expired")
        return
    draft = BuildDraft.load(ctx.data)
    question = draft.questions[0]
    text = next(iter(question["texts"].values()))
    draft = dataclasses.replace(
        draft, titles={ctx.resident.locale: shorten(text, surveys.MAX_TITLE)}, anonymous=True,
        closes_at=(ctx.now + timedelta(days=days or 1)).isoformat(),
    )  # fmt: skip
    await publish(ctx, municipality, draft)


# --- /surveys: live results, exports, closing ----------------------------------------------------


@router.command("surveys")
async def list_surveys(ctx: Context) -> None:
    municipalities = {m.id: m for m in await allowed(ctx)}
    if not municipalities:
        ctx.say("announce-not-allowed")
        return
    found = await surveys.recent(ctx.session, municipality_ids=municipalities, limit=LIST)
    if not found:
        ctx.say("survey-staff-none")
        return
    for survey in found:
        started, finished = await surveys.progress(ctx.session, survey.id)
        choices = [ctx.choice(manage_id(Manage.RESULTS, survey.id), "survey-staff-results")]
        if survey.status == SurveyStatus.OPEN:
            choices.append(ctx.choice(manage_id(Manage.CLOSE, survey.id), "survey-staff-close"))
        if survey.status == SurveyStatus.SCHEDULED:
            choices.append(ctx.choice(manage_id(Manage.CANCEL, survey.id), "announce-cancel"))
        municipality = municipalities[survey.municipality_id]
        ctx.say(
            "survey-staff-item", choices, id=survey.id, title=localised(survey.titles, ctx.t.chain),
            status=ctx.t(f"survey-status-{survey.status}"),
            opens=local(survey.opens_at, municipality),
            closes=local(survey.closes_at, municipality), started=started, finished=finished,
        )  # fmt: skip


async def staff_survey(ctx: Context, raw_id: str) -> tuple[Survey, Municipality] | None:
    survey = await surveys.lock(ctx.session, repos.parse_id(raw_id))
    municipalities = {m.id: m for m in await allowed(ctx)}
    if survey is None or survey.municipality_id not in municipalities:
        ctx.say("announce-not-allowed")
        return None
    return survey, municipalities[survey.municipality_id]


@router.choice(MANAGE)
async def manage(ctx: Context) -> None:
    raw_action, _, rest = ctx.arg.partition(":")
    raw_id, _, value = rest.partition(":")
    found = await staff_survey(ctx, raw_id)
    if found is None:
        return
    survey, _ = found
    try:
        action = Manage(raw_action)
    except ValueError:
        show_menu(ctx, "button-expired")
        return
    match action:
        case Manage.RESULTS:
            await show_results(ctx, survey)
        case Manage.BREAKDOWN if value in {b.value for b in Breakdown}:
            await show_breakdown(ctx, survey, Breakdown(value))
        case Manage.CSV | Manage.XLSX:
            await export(ctx, survey, action)
        case Manage.CLOSE if survey.status == SurveyStatus.OPEN:
            # The scheduler closes it at its next tick (charts are drawn outside any
            # transaction); from now on no answer is taken.
            survey.closes_at = min(survey.closes_at, ctx.now)
            show_menu(ctx, "survey-staff-closing", id=survey.id)
        case Manage.CANCEL if survey.status == SurveyStatus.SCHEDULED:
            surveys.cancel(survey, now=ctx.now)
            show_menu(ctx, "survey-staff-cancelled", id=survey.id)
        case _:
            show_menu(ctx, "button-expired")


async def show_results(ctx: Context, survey: Survey) -> None:
    """Counts and percentages per question, free texts listed (never who wrote them)."""
    results = await surveys.results(ctx.session, survey)
    parts = [
        ctx.t(
            "survey-staff-figures", id=survey.id, title=localised(survey.titles, ctx.t.chain),
            invited=results.invited, started=results.started, finished=results.finished,
        )
    ]  # fmt: skip
    for result in results.questions:
        question = result.question
        head = (
            f"{question.position + 1}. {localised(question.texts, ctx.t.chain)} ({result.answered})"
        )
        body: list[str] = []
        if question.kind in (QuestionKind.SINGLE, QuestionKind.MULTIPLE, QuestionKind.SCALE):
            for option in result.options:
                name = (
                    ctx.t("survey-scale-value", value=option)
                    if question.kind == QuestionKind.SCALE
                    else localised(question.options[option], ctx.t.chain)
                )
                body.append(
                    ctx.t("survey-staff-line", label=name, count=result.counts.get(option, 0),
                          percent=result.percent(option))
                )  # fmt: skip
        elif question.kind == QuestionKind.NUMBER and result.average is not None:
            body.append(
                ctx.t("survey-staff-number", average=round(result.average, 1),
                      low=result.low or 0, high=result.high or 0)
            )  # fmt: skip
        elif question.kind == QuestionKind.TEXT:
            body += [f"— {shorten(text, 300)}" for text in result.texts]
        parts.append("\n".join([head, *body]))
    choices = [
        ctx.choice(manage_id(Manage.BREAKDOWN, survey.id, b.value), f"survey-staff-by-{b.value}")
        for b in Breakdown
    ]
    choices += [
        ctx.choice(manage_id(Manage.CSV, survey.id), "survey-staff-csv"),
        ctx.choice(manage_id(Manage.XLSX, survey.id), "survey-staff-xlsx"),
    ]
    text = "\n\n".join(parts)
    ctx.reply(shorten_block(text), choices)


def shorten_block(text: str, limit: int = 3900) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


async def show_breakdown(ctx: Context, survey: Survey, by: Breakdown) -> None:
    respondents, chosen = await surveys.breakdown(ctx.session, survey.id, by)
    qs = {q.id: q for q in await surveys.questions(ctx.session, survey.id)}
    names: dict[Any, str] = {}
    if by is Breakdown.COMMUNITY:
        for place in await repos.list_municipalities(ctx.session, parent_id=survey.municipality_id):
            names[place.id] = place.name(ctx.t.chain)
    elif by is Breakdown.LANGUAGE:
        names = {code: ctx.i18n.self_name(code) for code in ctx.i18n.locales}
    parts = []
    for group, count in sorted(respondents.items(), key=lambda kv: -kv[1]):
        name = names.get(group) or (
            str(group) if group is not None else ctx.t("survey-staff-none-group")
        )
        lines_ = [ctx.t("survey-staff-group", group=name, count=count)]
        for (g, question_id, option), n in sorted(
            chosen.items(), key=lambda kv: (kv[0][1], kv[0][2])
        ):
            if g != group or question_id not in qs:
                continue
            question = qs[question_id]
            label = (
                str(option) if question.kind == QuestionKind.SCALE
                else localised(question.options[option], ctx.t.chain)
            )  # fmt: skip
            lines_.append(f"  {question.position + 1}. {shorten(label, 30)}: {n}")
        parts.append("\n".join(lines_))
    ctx.reply(shorten_block("\n\n".join(parts) or ctx.t("survey-staff-no-answers")))


async def export(ctx: Context, survey: Survey, action: Manage) -> None:
    """The responses as a file in the chat (CSV text, or an XLSX written under media_dir)."""
    name = f"survey-{survey.id}"
    if action is Manage.CSV:
        out = io.StringIO()
        await survey_export.write_csv(out, ctx.session, survey, locale=ctx.resident.locale)
        media = {"kind": "document", "content": out.getvalue(), "name": f"{name}.csv"}
    else:
        data = await survey_export.xlsx_bytes(ctx.session, survey, locale=ctx.resident.locale)
        stamp = ctx.now.strftime("%Y%m%dT%H%M%S")
        path = ctx.settings.media_dir / "exports" / f"{name}-{stamp}.xlsx"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        media = {"kind": "document", "path": str(path), "name": f"{name}.xlsx"}
    ctx.reply(ctx.t("survey-staff-export", id=survey.id), media=media)
