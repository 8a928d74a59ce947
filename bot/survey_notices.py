"""What surveys send on their own, all through the outbox (paced as bulk, held by quiet hours,
under topics): the invitation when a survey opens, one reminder before it closes to those who
started and did not finish, and at the close a notice to those mid-way and the results (short
text and a chart) to everyone who answered.

On WhatsApp, outside the 24-hour window, an invitation goes as the notice template (the delivery
engine decides per row); the resident's answer reopens the window.

`SurveyWork.tick` is the scheduler's job; every decision takes its time from the app's clock.
Charts are drawn before the closing transaction, so no transaction waits on drawing.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.delivery import DeliveryEngine, bulk_rows
from bot.i18n import I18n, Translator, localised
from bot.messages import Choice, Reply
from bot.survey_chart import Bars, draw
from storage import repos, surveys
from storage.clock import Clock
from storage.models import (
    Category,
    Delivery,
    DeliveryStatus,
    QuestionKind,
    Resident,
    Survey,
    SurveyStatus,
)
from storage.surveys import Results

log = logging.getLogger(__name__)

PREFIX = "sv"  # a resident's survey buttons: sv:<SurveyButton>:<survey id>[:<question>[:<v>]]
REMIND_BEFORE = timedelta(hours=24)  # the reminder goes this long before the close (or at once)


class SurveyButton(StrEnum):
    """The resident's buttons (handlers/surveys.py), also in invitations and reminders queued
    here. They are in residents' chats on old keyboards: never change one."""

    LIST = "list"  # sv:list
    START = "s"  # sv:s:<survey>: start, or continue where they left off
    ANSWER = "a"  # sv:a:<survey>:<question>:<option | 1-5>
    TICK = "t"  # sv:t:<survey>:<question>:<option>: a multiple choice's tick
    DONE = "d"  # sv:d:<survey>:<question>: the ticks are final
    LATER = "p"  # sv:p:<survey>: stop for now
    FINISH = "f"  # sv:f:<survey>
    CHANGE = "c"  # sv:c:<survey>[:<question>]: change an answer before finishing

    def id(self, *values: object) -> str:
        return ":".join((PREFIX, self.value, *(str(v) for v in values)))


def title(survey: Survey, t: Translator) -> str:
    return localised(survey.titles, t.chain)


def option_label(result_question: Any, option: int, t: Translator) -> str:
    """An option's label in the reader's language; a scale's value as itself."""
    if result_question.kind == QuestionKind.SCALE:
        return t("survey-scale-value", value=option)
    return localised(result_question.options[option], t.chain)


def respondents(results: Results) -> int:
    """Residents who gave at least one answer: every way starts with the first question."""
    return results.questions[0].answered if results.questions else 0


def results_text(results: Results, t: Translator) -> str:
    """The short text: per choice or scale question, the percentage of each option."""
    parts = [t("survey-results-title", title=title(results.survey, t), count=respondents(results))]
    for result in results.questions:
        question = result.question
        heading = localised(question.texts, t.chain)
        if question.kind in (QuestionKind.SINGLE, QuestionKind.MULTIPLE, QuestionKind.SCALE):
            lines = [
                t("survey-results-line", label=option_label(question, o, t),
                  percent=result.percent(o))
                for o in result.options
            ]  # fmt: skip
            parts.append("\n".join([heading, *lines]))
        elif question.kind == QuestionKind.NUMBER and result.average is not None:
            parts.append(
                heading + "\n" + t("survey-results-average", average=round(result.average, 1))
            )
    return "\n\n".join(parts)


def chart_bars(results: Results, t: Translator) -> list[Bars]:
    charts = []
    for result in results.questions:
        question = result.question
        if question.kind in (QuestionKind.SINGLE, QuestionKind.MULTIPLE, QuestionKind.SCALE):
            bars = [(option_label(question, o, t), result.percent(o)) for o in result.options]
            charts.append(Bars(localised(question.texts, t.chain), bars))
    return charts


def _to(
    ids: Select[Any],
    *,
    survey: Survey,
    locale: str,
    reply: Reply,
    topic: str,
    now: datetime,
    channels: list[str],
) -> Select[Any]:
    """Outbox rows for the residents `ids` selects who read `locale` (one INSERT ... SELECT)."""
    chosen = repos.recipients().where(
        Resident.id.in_(ids), Resident.locale == locale, Resident.channel.in_(channels)
    )
    return bulk_rows(chosen, reply, municipality_id=survey.municipality_id, topic=topic, now=now)


@dataclass
class SurveyWork:
    sessionmaker: async_sessionmaker[AsyncSession]
    delivery: DeliveryEngine
    i18n: I18n
    media_dir: Path
    clock: Clock

    @property
    def channels(self) -> list[str]:
        return list(self.delivery.channels)

    async def tick(self) -> None:
        """Open what is due, remind, close: the scheduler's job."""
        opened = await self.open_due()
        reminded = await self.remind_due()
        closed = await self.close_due()
        if opened or reminded or closed:
            self.delivery.wake()

    # --- opening: the invitations ----------------------------------------------------------

    async def open_due(self) -> int:
        count = 0
        async with self.sessionmaker.begin() as session:
            now = self.clock()
            for survey in await surveys.due(
                session, status=SurveyStatus.SCHEDULED, at_field="opens_at", now=now
            ):
                surveys.open_(survey, now=now)
                invited = await self.invite(session, survey, now=now)
                log.info("survey %d opened; %d invitations queued", survey.id, invited)
                count += 1
        return count

    async def invite(self, session: AsyncSession, survey: Survey, *, now: datetime) -> int:
        return await invite(session, delivery=self.delivery, i18n=self.i18n, survey=survey, now=now)

    # --- the one reminder --------------------------------------------------------------------

    async def remind_due(self) -> int:
        count = 0
        async with self.sessionmaker.begin() as session:
            now = self.clock()
            for survey in await surveys.remind_due(session, now=now, before=REMIND_BEFORE):
                survey.reminded_at = now
                for locale in self.i18n.locales:
                    t = self.i18n.translator(locale)
                    reply = Reply(
                        t("survey-reminder", title=title(survey, t)),
                        (Choice(SurveyButton.START.id(survey.id), t("survey-continue")),),
                    )
                    count += await self.delivery.enqueue_select(
                        session,
                        _to(surveys.unfinished(survey.id), survey=survey, locale=locale,
                            reply=reply, topic=surveys.personal_topic(survey.id), now=now,
                            channels=self.channels),
                    )  # fmt: skip
        return count

    # --- closing: what was given stays; the results go back ----------------------------------

    async def close_due(self) -> int:
        async with self.sessionmaker() as session:
            ids = [
                s.id
                for s in await session.scalars(
                    select(Survey).where(
                        Survey.status == SurveyStatus.OPEN, Survey.closes_at <= self.clock()
                    )
                )
            ]
        for survey_id in ids:
            await self.close(survey_id)
        return len(ids)

    async def close(self, survey_id: int) -> bool:
        """Close one survey: results read and charts drawn first (outside any write), then in
        one transaction the status, the notices and the results queued, and (anonymous) the
        link to residents forgotten. False when someone else closed it meanwhile."""
        async with self.sessionmaker() as session:
            survey = await session.get(Survey, survey_id)
            if survey is None or survey.status != SurveyStatus.OPEN:
                return False
            results = await surveys.results(session, survey, texts=0)
            locales = set(
                await session.scalars(
                    select(Resident.locale)
                    .where(Resident.id.in_(surveys.respondents(survey_id)))
                    .distinct()
                )
            )
        charts: dict[str, Path] = {}
        for locale in sorted(locales & set(self.i18n.locales)):
            t = self.i18n.translator(locale)
            if bars := chart_bars(results, t):
                path = self.media_dir / "surveys" / f"survey-{survey_id}-{locale}.png"
                footer = t("survey-chart-footer", count=respondents(results))
                charts[locale] = await asyncio.to_thread(draw, bars, path, footer=footer)
        async with self.sessionmaker.begin() as session:
            survey = await surveys.lock(session, survey_id)
            if survey is None or survey.status != SurveyStatus.OPEN:
                return False
            now = self.clock()
            surveys.close(survey, now=now)
            for topic in (surveys.invite_topic(survey_id), surveys.personal_topic(survey_id)):
                await self.delivery.cancel_topic(session, topic=topic)
            for locale in self.i18n.locales:
                t = self.i18n.translator(locale)
                closed = Reply(t("survey-closed-midway", title=title(survey, t)))
                await self.delivery.enqueue_select(
                    session,
                    _to(surveys.unfinished(survey_id), survey=survey, locale=locale,
                        reply=closed, topic=surveys.personal_topic(survey_id), now=now,
                        channels=self.channels),
                )  # fmt: skip
                media = {"kind": "photo", "path": str(charts[locale])} if locale in charts else None
                back = Reply(results_text(results, t), media=media)
                await self.delivery.enqueue_select(
                    session,
                    _to(surveys.respondents(survey_id), survey=survey, locale=locale,
                        reply=back, topic=f"survey:{survey_id}:results", now=now,
                        channels=self.channels),
                )  # fmt: skip
            await surveys.forget_respondents(session, survey)
        self.delivery.wake()
        return True


def audience_query(survey: Survey, *, channels: list[str]) -> Any:
    """Active residents the survey is for (municipality, communities, languages, channels), less
    those who muted survey invitations, as the columns an outbox INSERT ... SELECT needs."""
    query: Any = repos.residents_reached(
        municipality_id=survey.municipality_id,
        community_ids=survey.community_ids,
        channels=[c for c in channels if not survey.channels or c in survey.channels],
    ).where(repos.not_muted(Category.SURVEYS))
    if survey.locales:
        query = query.where(Resident.locale.in_(survey.locales))
    return query


async def invite(
    session: AsyncSession, *, delivery: DeliveryEngine, i18n: I18n, survey: Survey, now: datetime
) -> int:
    """Queue the invitation to everyone in the audience not invited yet: one INSERT ... SELECT
    per language, so memory does not grow with the audience. Returns how many."""
    municipality = await repos.municipality_by_id(session, id=survey.municipality_id)
    zone = ZoneInfo(municipality.timezone) if municipality else None
    audience = audience_query(survey, channels=list(delivery.channels)).where(
        Resident.id.not_in(
            select(Delivery.resident_id).where(
                Delivery.topic == surveys.invite_topic(survey.id),
                Delivery.status != DeliveryStatus.SKIPPED,
            )
        )
    )
    count = 0
    for locale in i18n.locales:
        t = i18n.translator(locale)
        text = t(
            "survey-invite", title=title(survey, t),
            intro=localised(survey.intros, t.chain) if survey.intros else "",
            closes=t.when(survey.closes_at, zone or UTC),
        )  # fmt: skip
        reply = Reply(text, (Choice(SurveyButton.START.id(survey.id), t("survey-start")),))
        rows = bulk_rows(
            audience.where(Resident.locale == locale), reply,
            municipality_id=survey.municipality_id, topic=surveys.invite_topic(survey.id), now=now,
        )  # fmt: skip
        count += await delivery.enqueue_select(session, rows)
    return count
