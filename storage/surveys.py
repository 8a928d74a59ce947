"""Surveys and quick polls: their rules in one place.

A survey is scheduled (it opens at `opens_at`), opened (its invitations are in the outbox),
then closed at `closes_at` (the results go back to everyone who answered), or cancelled before
it opened. `TRANSITIONS` is the whole table; every function takes its time from a `now`
argument (the app's clock) and raises `ForbiddenChange` for anything else.

A resident has at most one response per survey (a unique constraint) and at most one answer per
question (another): answering again, a button pressed twice or an update delivered twice
changes the answer in place, so it counts once. Answers may change until the resident finishes.
The path through the questions follows the answers given (`path`): a question's `skip` sends
some options elsewhere, always forward, so a path cannot loop.

Anonymity: a response keeps `resident_id` while the survey is open, because that is what stops
a second response and lets the resident resume. Screens and exports of an anonymous survey never
read it, and `close` clears it once the results have been queued to the respondents; from then
on nothing links an answer to a resident. (The community, language and channel snapshots stay,
for the breakdowns.)

Results are counted by the database (GROUP BY), never by looping over answers in Python.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from types import MappingProxyType
from typing import Any, Final

from sqlalchemy import Select, delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage import caches
from storage.models import (
    Delivery,
    DeliveryStatus,
    QuestionKind,
    Resident,
    ResponseState,
    Survey,
    SurveyAnswer,
    SurveyChoice,
    SurveyQuestion,
    SurveyResponse,
    SurveyStatus,
)

MAX_QUESTIONS = 20
MAX_OPTIONS = 10  # WhatsApp lists show ten rows
MAX_TITLE = 200
MAX_QUESTION_TEXT = 1000
MAX_OPTION_TEXT = 60
MAX_TEXT_ANSWER = 2000  # the column's size: a question's own limit is at most this
SCALE = (1, 2, 3, 4, 5)
END = -1  # a skip target: the survey ends there
CHOICE_KINDS = frozenset({QuestionKind.SINGLE, QuestionKind.MULTIPLE})
FREE_TEXTS_SHOWN = 50  # free-text answers listed on a staff screen


class Change(StrEnum):
    SCHEDULE = "schedule"
    OPEN = "open"  # its time came: invitations queued
    CANCEL = "cancel"  # taken back before it opened
    CLOSE = "close"  # its close time came, or staff closed it early


S = SurveyStatus

TRANSITIONS: Final[Mapping[SurveyStatus | None, Mapping[Change, SurveyStatus]]] = MappingProxyType(
    {
        None: MappingProxyType({Change.SCHEDULE: S.SCHEDULED}),
        S.SCHEDULED: MappingProxyType({Change.OPEN: S.OPEN, Change.CANCEL: S.CANCELLED}),
        S.OPEN: MappingProxyType({Change.CLOSE: S.CLOSED}),
        S.CLOSED: MappingProxyType({}),
        S.CANCELLED: MappingProxyType({}),
    }
)


class SurveyError(Exception):
    """A survey rule was broken; nothing was changed."""


class ForbiddenChange(SurveyError):
    def __init__(self, status: str | None, change: Change, survey_id: int | None = None) -> None:
        self.status = status
        self.change = change
        super().__init__(f"{change} is not allowed for survey #{survey_id} that is {status}")


class InvalidSurvey(SurveyError):
    """The draft cannot become a survey; `reason` names what is wrong (a short code)."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)


class InvalidAnswer(SurveyError):
    """An answer that does not fit its question. `hint` names the localised hint to show
    ("survey-hint-<hint>") and `args` its placeables."""

    def __init__(self, hint: str, **args: Any) -> None:
        self.hint = hint
        self.args_ = args
        super().__init__(hint)


class NotAnswerable(SurveyError):
    """The survey is not open, or this resident has already finished it."""


# --- creating ------------------------------------------------------------------------------


@dataclass(frozen=True)
class NewQuestion:
    kind: QuestionKind
    texts: Mapping[str, str]  # locale -> the question
    options: Sequence[Mapping[str, str]] = ()  # choice kinds: locale -> label, per option
    max_choices: int | None = None  # multiple choice; None: every option may be ticked
    min_value: int | None = None  # number
    max_value: int | None = None
    max_length: int | None = None  # free text; None: MAX_TEXT_ANSWER
    skip: Mapping[int, int] = field(default_factory=dict)  # option index -> position, or END


@dataclass(frozen=True)
class NewSurvey:
    municipality_id: int
    titles: Mapping[str, str]
    questions: Sequence[NewQuestion]
    opens_at: datetime
    closes_at: datetime
    intros: Mapping[str, str] = field(default_factory=dict)
    community_ids: tuple[int, ...] = ()
    locales: tuple[str, ...] = ()  # empty: residents of every language
    channels: tuple[str, ...] = ()  # empty: every channel
    anonymous: bool = False
    author_id: int | None = None


def check_question(position: int, question: NewQuestion, count: int) -> None:
    """`InvalidSurvey` unless the question at `position` (of `count`) is complete."""
    texts = [t.strip() for t in question.texts.values()]
    if not texts or not all(texts) or any(len(t) > MAX_QUESTION_TEXT for t in texts):
        raise InvalidSurvey("question-text")
    options = len(question.options)
    if question.kind in CHOICE_KINDS:
        if not 2 <= options <= MAX_OPTIONS:
            raise InvalidSurvey("options")
        for option in question.options:
            labels = [label.strip() for label in option.values()]
            if not labels or not all(labels) or any(len(x) > MAX_OPTION_TEXT for x in labels):
                raise InvalidSurvey("option-text")
    elif options:
        raise InvalidSurvey("options")
    limit = question.max_choices
    if question.kind is QuestionKind.MULTIPLE and limit is not None and not 1 <= limit <= options:
        raise InvalidSurvey("max-choices")
    if question.kind is QuestionKind.NUMBER:
        low, high = question.min_value, question.max_value
        if low is None or high is None or low > high:
            raise InvalidSurvey("bounds")
    length = question.max_length
    if question.kind is QuestionKind.TEXT and length is not None and not 1 <= length <= 2000:
        raise InvalidSurvey("max-length")
    for index, target in question.skip.items():
        if question.kind is not QuestionKind.SINGLE or not 0 <= index < options:
            raise InvalidSurvey("skip")
        if target != END and not position < target < count:  # forward only: no loops
            raise InvalidSurvey("skip")


def check(new: NewSurvey, *, now: datetime) -> None:
    """`InvalidSurvey` unless the draft is complete: a title, 1 to `MAX_QUESTIONS` valid
    questions, and a close time after both the open time and now."""
    titles = [t.strip() for t in new.titles.values()]
    if not titles or not all(titles) or any(len(t) > MAX_TITLE for t in titles):
        raise InvalidSurvey("title")
    if not 1 <= len(new.questions) <= MAX_QUESTIONS:
        raise InvalidSurvey("questions")
    if new.closes_at <= max(new.opens_at, now):
        raise InvalidSurvey("times")
    for position, question in enumerate(new.questions):
        check_question(position, question, len(new.questions))


async def schedule(session: AsyncSession, new: NewSurvey, *, now: datetime) -> Survey:
    """Store a new survey and its questions, scheduled to open at `opens_at` (the scheduler
    opens it; a time already come opens at its next tick). Raises `InvalidSurvey`."""
    check(new, now=now)
    survey = Survey(
        municipality_id=new.municipality_id, community_ids=sorted(set(new.community_ids)),
        locales=sorted(set(new.locales)), channels=sorted(set(new.channels)),
        titles={k: v.strip() for k, v in new.titles.items()},
        intros={k: v.strip() for k, v in new.intros.items() if v.strip()},
        anonymous=new.anonymous, status=next_status(None, Change.SCHEDULE),
        opens_at=max(new.opens_at, now), closes_at=new.closes_at, author_id=new.author_id,
        created_at=now,
    )  # fmt: skip
    session.add(survey)
    await session.flush()
    for position, q in enumerate(new.questions):
        session.add(
            SurveyQuestion(
                survey_id=survey.id, position=position, kind=q.kind.value,
                texts={k: v.strip() for k, v in q.texts.items()},
                options=[{k: v.strip() for k, v in o.items()} for o in q.options],
                max_choices=q.max_choices, min_value=q.min_value, max_value=q.max_value,
                max_length=q.max_length, skip={str(k): v for k, v in q.skip.items()},
            )
        )  # fmt: skip
    await session.flush()
    return survey


# --- status changes ------------------------------------------------------------------------


def next_status(status: str | None, change: Change, *, survey_id: int | None = None) -> S:
    after = TRANSITIONS.get(None if status is None else S(status), {}).get(change)
    if after is None:
        raise ForbiddenChange(status, change, survey_id)
    return after


def open_(survey: Survey, *, now: datetime) -> None:
    """Open it (the caller queues the invitations in the same transaction)."""
    survey.status = next_status(survey.status, Change.OPEN, survey_id=survey.id)
    survey.opened_at = now


def cancel(survey: Survey, *, now: datetime) -> None:
    survey.status = next_status(survey.status, Change.CANCEL, survey_id=survey.id)
    survey.closed_at = now


def close(survey: Survey, *, now: datetime) -> None:
    """Close it: no more answers. What residents gave so far stays and is counted (the caller
    tells those mid-way, queues the results, then calls `forget_respondents`)."""
    survey.status = next_status(survey.status, Change.CLOSE, survey_id=survey.id)
    survey.closed_at = now


async def forget_respondents(session: AsyncSession, survey: Survey) -> int:
    """An anonymous survey, closed and its results queued, forgets who answered."""
    if not survey.anonymous or survey.status != S.CLOSED:
        return 0
    result = await session.execute(
        update(SurveyResponse)
        .where(SurveyResponse.survey_id == survey.id, SurveyResponse.resident_id.is_not(None))
        .values(resident_id=None)
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


async def lock(session: AsyncSession, survey_id: int | None) -> Survey | None:
    """The survey read afresh and locked until the transaction ends (PostgreSQL)."""
    if survey_id is None:
        return None
    query = select(Survey).where(Survey.id == survey_id).execution_options(populate_existing=True)
    if session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update()
    return await session.scalar(query)


async def due(
    session: AsyncSession, *, status: SurveyStatus, at_field: str, now: datetime
) -> list[Survey]:
    """Surveys in `status` whose `at_field` ("opens_at", "closes_at") has come; locked and
    skipped by another process that holds them (PostgreSQL)."""
    column = getattr(Survey, at_field)
    query = select(Survey).where(Survey.status == status, column <= now).order_by(column)
    if session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update(skip_locked=True)
    return list(await session.scalars(query))


async def remind_due(session: AsyncSession, *, now: datetime, before: Any) -> list[Survey]:
    """Open surveys closing within `before` (a timedelta) that have not sent their reminder."""
    query = select(Survey).where(
        Survey.status == S.OPEN, Survey.reminded_at.is_(None), Survey.closes_at <= now + before
    )
    if session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update(skip_locked=True)
    return list(await session.scalars(query))


# --- the audience --------------------------------------------------------------------------


def reaches(survey: Survey, resident: Resident) -> bool:
    """Is the resident in the survey's audience?"""
    return (
        resident.municipality_id == survey.municipality_id
        and (not survey.community_ids or resident.community_id in survey.community_ids)
        and (not survey.locales or resident.locale in survey.locales)
        and (not survey.channels or resident.channel in survey.channels)
    )


async def open_for(session: AsyncSession, resident: Resident, *, now: datetime) -> list[Survey]:
    """Open surveys of the resident's municipality they may answer (in the audience, not
    finished by them), oldest first. A municipality has few open at a time."""
    if resident.municipality_id is None:
        return []
    if (cache := caches.of(session)) is not None:
        # Most municipalities have no survey open: the main menu then asks nothing.
        last_closing = (await caches.open_surveys(session, cache)).get(resident.municipality_id)
        if last_closing is None or last_closing <= now:
            return []
    finished = select(SurveyResponse.survey_id).where(
        SurveyResponse.resident_id == resident.id, SurveyResponse.state == ResponseState.FINISHED
    )
    rows = await session.scalars(
        select(Survey)
        .where(
            Survey.municipality_id == resident.municipality_id,
            Survey.status == S.OPEN,
            Survey.closes_at > now,
            Survey.id.not_in(finished),
        )
        .order_by(Survey.closes_at, Survey.id)
    )
    return [s for s in rows if reaches(s, resident)]


def invite_topic(survey_id: int) -> str:
    return f"survey:{survey_id}:invite"


def personal_topic(survey_id: int) -> str:
    """The reminder of one survey (skipped once the resident finishes)."""
    return f"survey:{survey_id}"


# --- answering ------------------------------------------------------------------------------


Value = int | str | tuple[int, ...]  # a number (scale, number), text, or the options chosen


async def questions(session: AsyncSession, survey_id: int) -> list[SurveyQuestion]:
    return list(
        await session.scalars(
            select(SurveyQuestion)
            .where(SurveyQuestion.survey_id == survey_id)
            .order_by(SurveyQuestion.position)
        )
    )


async def response_of(
    session: AsyncSession, *, survey_id: int, resident_id: int
) -> SurveyResponse | None:
    return await session.scalar(
        select(SurveyResponse).where(
            SurveyResponse.survey_id == survey_id, SurveyResponse.resident_id == resident_id
        )
    )


async def start(
    session: AsyncSession, survey: Survey, resident: Resident, *, now: datetime
) -> SurveyResponse:
    """The resident's response, created at their first start; `NotAnswerable` when the survey
    is not open for them. (One resident's updates are handled in turn, and the unique
    constraint stands behind it.)"""
    if survey.status != S.OPEN or survey.closes_at <= now or not reaches(survey, resident):
        raise NotAnswerable(f"survey #{survey.id} is not open for resident #{resident.id}")
    response = await response_of(session, survey_id=survey.id, resident_id=resident.id)
    if response is None:
        response = SurveyResponse(
            survey_id=survey.id, resident_id=resident.id, community_id=resident.community_id,
            locale=resident.locale, channel=resident.channel, started_at=now,
        )  # fmt: skip
        session.add(response)
        await session.flush()
    return response


async def given(session: AsyncSession, response_id: int) -> dict[int, Value]:
    """The answers of a response: question id -> value."""
    values: dict[int, Value] = {}
    for question_id, number, text in await session.execute(
        select(SurveyAnswer.question_id, SurveyAnswer.number, SurveyAnswer.text).where(
            SurveyAnswer.response_id == response_id
        )
    ):
        values[question_id] = number if number is not None else (text or "")
    chosen: dict[int, list[int]] = defaultdict(list)
    for question_id, option in await session.execute(
        select(SurveyChoice.question_id, SurveyChoice.option)
        .where(SurveyChoice.response_id == response_id)
        .order_by(SurveyChoice.question_id, SurveyChoice.option)
    ):
        chosen[question_id].append(option)
    for question_id, options in chosen.items():
        values[question_id] = tuple(options)
    return values


def after(question: SurveyQuestion, value: Value | None, count: int) -> int:
    """The position asked after `question` answered `value` (its skip logic), `count` or more
    when the survey ends there."""
    if question.kind == QuestionKind.SINGLE and isinstance(value, tuple) and value:
        target = question.skip.get(str(value[0]))
        if target is not None:
            return count if int(target) == END else int(target)
    return question.position + 1


def path(qs: Sequence[SurveyQuestion], answers: Mapping[int, Value]) -> list[SurveyQuestion]:
    """The questions on the resident's way, as their answers lead: every answered one, then
    the first unanswered one (if any) last."""
    way: list[SurveyQuestion] = []
    position = 0
    while position < len(qs):
        question = qs[position]
        way.append(question)
        if question.id not in answers:
            break
        position = after(question, answers[question.id], len(qs))
    return way


def next_question(
    qs: Sequence[SurveyQuestion], answers: Mapping[int, Value], response: SurveyResponse
) -> SurveyQuestion | None:
    """What to ask now: the one being changed, else the first unanswered one on the path;
    None when every question on the path is answered (time to finish)."""
    way = path(qs, answers)
    if response.current_question_id is not None:
        for question in way:
            if question.id == response.current_question_id:
                return question
    if way and way[-1].id not in answers:
        return way[-1]
    return None


def parse_typed(question: SurveyQuestion, text: str) -> Value:
    """A typed answer to a number or free-text question; `InvalidAnswer` with the hint to show."""
    text = text.strip()
    if question.kind == QuestionKind.NUMBER:
        low, high = question.min_value or 0, question.max_value or 0
        cleaned = text.replace(" ", "").replace("\u00a0", "")
        try:
            number = int(cleaned)
        except ValueError:
            raise InvalidAnswer("number", min=low, max=high) from None
        if not low <= number <= high:
            raise InvalidAnswer("number", min=low, max=high)
        return number
    if question.kind == QuestionKind.TEXT:
        limit = question.max_length or MAX_TEXT_ANSWER
        if not text:
            raise InvalidAnswer("text-empty", max=limit)
        if len(text) > limit:
            raise InvalidAnswer("text-long", max=limit, length=len(text))
        return text
    raise InvalidAnswer("buttons")


def check_choice(question: SurveyQuestion, options: Iterable[int]) -> tuple[int, ...]:
    """Options chosen by buttons (indexes; a scale's 1-5); `InvalidAnswer` if they do not fit."""
    chosen = tuple(sorted(set(options)))
    if question.kind == QuestionKind.SCALE:
        if len(chosen) != 1 or chosen[0] not in SCALE:
            raise InvalidAnswer("buttons")
        return chosen
    if question.kind not in CHOICE_KINDS:
        raise InvalidAnswer("buttons")
    if not chosen or any(not 0 <= o < len(question.options) for o in chosen):
        raise InvalidAnswer("pick")
    if question.kind == QuestionKind.SINGLE and len(chosen) != 1:
        raise InvalidAnswer("pick")
    limit = question.max_choices or len(question.options)
    if len(chosen) > limit:
        raise InvalidAnswer("too-many", max=limit)
    return chosen


async def answer(
    session: AsyncSession,
    survey: Survey,
    response: SurveyResponse,
    question: SurveyQuestion,
    value: Value,
    *,
    now: datetime,
) -> None:
    """Store (or change) one answer; flushed before the caller acknowledges it. Raises
    `NotAnswerable` once the survey closed or the response is finished."""
    if survey.status != S.OPEN or survey.closes_at <= now:
        raise NotAnswerable(f"survey #{survey.id} is {survey.status}")
    if response.state == ResponseState.FINISHED:
        raise NotAnswerable(f"response #{response.id} is finished")
    if question.survey_id != survey.id or response.survey_id != survey.id:
        raise InvalidAnswer("buttons")
    number = value if isinstance(value, int) else None
    text = value if isinstance(value, str) else None
    if question.kind == QuestionKind.SCALE and isinstance(value, tuple):
        number = value[0]
    existing = await session.scalar(
        select(SurveyAnswer).where(
            SurveyAnswer.response_id == response.id, SurveyAnswer.question_id == question.id
        )
    )
    if existing is None:
        session.add(
            SurveyAnswer(
                response_id=response.id, question_id=question.id, number=number, text=text,
                answered_at=now,
            )
        )  # fmt: skip
    else:
        existing.number, existing.text, existing.answered_at = number, text, now
    await session.execute(
        delete(SurveyChoice).where(
            SurveyChoice.response_id == response.id, SurveyChoice.question_id == question.id
        )
    )
    if question.kind in CHOICE_KINDS and isinstance(value, tuple):
        session.add_all(
            SurveyChoice(response_id=response.id, question_id=question.id, option=o) for o in value
        )
    if response.current_question_id == question.id:
        response.current_question_id = None
    await session.flush()


async def finish(
    session: AsyncSession, response: SurveyResponse, qs: Sequence[SurveyQuestion], *, now: datetime
) -> None:
    """The resident is done: answers left off their final path (a changed answer took
    another way) are removed, and the response can no longer change."""
    if response.state == ResponseState.FINISHED:
        return
    answers = await given(session, response.id)
    on_path = {q.id for q in path(qs, answers)}
    off = [question_id for question_id in answers if question_id not in on_path]
    if off:
        for table in (SurveyAnswer, SurveyChoice):
            await session.execute(
                delete(table).where(table.response_id == response.id, table.question_id.in_(off))
            )
    response.state = ResponseState.FINISHED
    response.finished_at = now
    response.current_question_id = None
    await session.flush()


# --- results (SQL) ---------------------------------------------------------------------------


@dataclass
class QuestionResult:
    question: SurveyQuestion
    answered: int = 0  # how many answered it
    counts: dict[int, int] = field(default_factory=dict)  # option index (scale: 1-5) -> count
    average: float | None = None  # number and scale
    low: int | None = None
    high: int | None = None
    texts: list[str] = field(default_factory=list)  # free text, newest first (at most a page)

    def percent(self, option: int) -> int:
        """Whole percent of those who answered this question that chose `option`."""
        return round(100 * self.counts.get(option, 0) / self.answered) if self.answered else 0

    @property
    def options(self) -> list[int]:
        if self.question.kind == QuestionKind.SCALE:
            return list(SCALE)
        return list(range(len(self.question.options)))


@dataclass
class Results:
    survey: Survey
    invited: int
    started: int
    finished: int
    questions: list[QuestionResult]


async def results(
    session: AsyncSession, survey: Survey, *, texts: int = FREE_TEXTS_SHOWN
) -> Results:
    """Counts and percentages per question, and who was invited, started and finished: a few
    GROUP BY queries whatever the number of responses."""
    qs = await questions(session, survey.id)
    by_id = {q.id: QuestionResult(q) for q in qs}
    ids = list(by_id)
    row: Any
    for row in await session.execute(
        select(
            SurveyAnswer.question_id, func.count(), func.avg(SurveyAnswer.number),
            func.min(SurveyAnswer.number), func.max(SurveyAnswer.number),
        )
        .where(SurveyAnswer.question_id.in_(ids))
        .group_by(SurveyAnswer.question_id)
    ):  # fmt: skip
        result = by_id[row[0]]
        result.answered = int(row[1])
        if row[2] is not None:
            result.average, result.low, result.high = float(row[2]), row[3], row[4]
    for question_id, option, count in await session.execute(
        select(SurveyChoice.question_id, SurveyChoice.option, func.count())
        .where(SurveyChoice.question_id.in_(ids))
        .group_by(SurveyChoice.question_id, SurveyChoice.option)
    ):
        by_id[question_id].counts[int(option)] = int(count)
    scales = [q.id for q in qs if q.kind == QuestionKind.SCALE]
    if scales:
        for row in await session.execute(
            select(SurveyAnswer.question_id, SurveyAnswer.number, func.count())
            .where(SurveyAnswer.question_id.in_(scales))
            .group_by(SurveyAnswer.question_id, SurveyAnswer.number)
        ):
            by_id[row[0]].counts[int(row[1])] = int(row[2])
    for q in qs:
        if q.kind == QuestionKind.TEXT and texts:
            by_id[q.id].texts = list(
                await session.scalars(
                    select(SurveyAnswer.text)
                    .where(SurveyAnswer.question_id == q.id)
                    .order_by(SurveyAnswer.answered_at.desc(), SurveyAnswer.id.desc())
                    .limit(texts)
                )
            )
    started, finished = await progress(session, survey.id)
    return Results(
        survey, await invited(session, survey.id), started, finished, list(by_id.values())
    )


async def progress(session: AsyncSession, survey_id: int) -> tuple[int, int]:
    """(started, finished): every response counts as started."""
    counts = dict(
        (state, int(count))
        for state, count in await session.execute(
            select(SurveyResponse.state, func.count())
            .where(SurveyResponse.survey_id == survey_id)
            .group_by(SurveyResponse.state)
        )
    )
    return sum(counts.values()), counts.get(ResponseState.FINISHED, 0)


async def invited(session: AsyncSession, survey_id: int) -> int:
    """Invitations queued, sent or failed (not those skipped)."""
    return int(
        await session.scalar(
            select(func.count())
            .select_from(Delivery)
            .where(
                Delivery.topic == invite_topic(survey_id),
                Delivery.status != DeliveryStatus.SKIPPED,
            )
        )
        or 0
    )


class Breakdown(StrEnum):
    COMMUNITY = "community"
    LANGUAGE = "locale"
    CHANNEL = "channel"


async def breakdown(
    session: AsyncSession, survey_id: int, by: Breakdown
) -> tuple[dict[Any, int], dict[tuple[Any, int, int], int]]:
    """Per group (community id, language or channel): how many responded, and per (group,
    question id, option) how many chose it (scale questions by their 1-5 value)."""
    column = {
        Breakdown.COMMUNITY: SurveyResponse.community_id,
        Breakdown.LANGUAGE: SurveyResponse.locale,
        Breakdown.CHANNEL: SurveyResponse.channel,
    }[by]
    respondents = {
        group: int(count)
        for group, count in await session.execute(
            select(column, func.count())
            .where(SurveyResponse.survey_id == survey_id)
            .group_by(column)
        )
    }
    chosen: dict[tuple[Any, int, int], int] = {}
    for group, question_id, option, count in await session.execute(
        select(column, SurveyChoice.question_id, SurveyChoice.option, func.count())
        .join(SurveyResponse, SurveyResponse.id == SurveyChoice.response_id)
        .where(SurveyResponse.survey_id == survey_id)
        .group_by(column, SurveyChoice.question_id, SurveyChoice.option)
    ):
        chosen[(group, question_id, int(option))] = int(count)
    row: Any
    for row in await session.execute(
        select(column, SurveyAnswer.question_id, SurveyAnswer.number, func.count())
        .join(SurveyResponse, SurveyResponse.id == SurveyAnswer.response_id)
        .join(SurveyQuestion, SurveyQuestion.id == SurveyAnswer.question_id)
        .where(SurveyResponse.survey_id == survey_id, SurveyQuestion.kind == QuestionKind.SCALE)
        .group_by(column, SurveyAnswer.question_id, SurveyAnswer.number)
    ):
        chosen[(row[0], row[1], int(row[2]))] = int(row[3])
    return respondents, chosen


# --- who hears what ----------------------------------------------------------------------------


def respondents(survey_id: int) -> Select[Any]:
    """Residents who gave at least one answer (they get the results)."""
    return select(SurveyResponse.resident_id).where(
        SurveyResponse.survey_id == survey_id,
        SurveyResponse.resident_id.is_not(None),
        SurveyResponse.id.in_(select(SurveyAnswer.response_id)),
    )


def unfinished(survey_id: int) -> Select[Any]:
    """Residents who started and did not finish (the reminder, the "it closed" notice)."""
    return select(SurveyResponse.resident_id).where(
        SurveyResponse.survey_id == survey_id,
        SurveyResponse.resident_id.is_not(None),
        SurveyResponse.state == ResponseState.STARTED,
    )


async def recent(
    session: AsyncSession, *, municipality_ids: Iterable[int], limit: int
) -> list[Survey]:
    ids = list(municipality_ids)
    if not ids:
        return []
    return list(
        await session.scalars(
            select(Survey)
            .where(Survey.municipality_id.in_(ids))
            .order_by(Survey.id.desc())
            .limit(limit)
        )
    )
