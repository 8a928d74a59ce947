"""A survey's responses as CSV or XLSX (`python -m bot export survey ID`, and staff in chat).

One row per response, one column per question. An anonymous survey's export has no column
that names or points to a resident. Every cell goes through `storage.export_safety.safe_cell`,
and the XLSX writer is told never to turn strings into formulas, so a resident typing
"=HYPERLINK(...)" gets text in the file. Responses are read a page at a time.
"""

from __future__ import annotations

import io
from collections import defaultdict
from collections.abc import AsyncIterator, Sequence
from datetime import UTC, datetime
from typing import Any, TextIO

import xlsxwriter  # type: ignore[import-untyped]
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from storage import surveys
from storage.export_safety import csv_writer, safe_cell
from storage.models import (
    Municipality,
    QuestionKind,
    Resident,
    Survey,
    SurveyAnswer,
    SurveyChoice,
    SurveyQuestion,
    SurveyResponse,
)

PAGE = 500
FIXED = ("response", "community", "language", "channel", "state", "started_at", "finished_at")
PERSONAL = ("resident", "name")  # only when the survey is not anonymous


def iso(moment: datetime | None) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if moment else ""


def first(texts: dict[str, Any], locale: str) -> str:
    return str(texts.get(locale) or next(iter(texts.values()), ""))


def header(survey: Survey, qs: Sequence[SurveyQuestion], locale: str) -> list[str]:
    personal = () if survey.anonymous else PERSONAL
    questions = [f"Q{q.position + 1} {first(q.texts, locale)}" for q in qs]
    return [safe_cell(c) for c in (*FIXED[:1], *personal, *FIXED[1:], *questions)]


def cell(question: SurveyQuestion, answer: tuple[int | None, str | None] | None,
         chosen: list[int], locale: str) -> str:  # fmt: skip
    if question.kind in (QuestionKind.SINGLE, QuestionKind.MULTIPLE):
        return "; ".join(first(question.options[o], locale) for o in chosen
                         if o < len(question.options))  # fmt: skip
    if answer is None:
        return ""
    number, text = answer
    return str(number) if number is not None else (text or "")


async def rows(
    session: AsyncSession, survey: Survey, *, locale: str = "en"
) -> AsyncIterator[list[str]]:
    """The header, then one row per response, oldest first (labels in `locale` where the
    survey has it, else its first language)."""
    qs = await surveys.questions(session, survey.id)
    yield header(survey, qs, locale)
    codes = {i: c for i, c in await session.execute(select(Municipality.id, Municipality.code))}
    after = 0
    while True:
        page = list(
            await session.scalars(
                select(SurveyResponse)
                .where(SurveyResponse.survey_id == survey.id, SurveyResponse.id > after)
                .order_by(SurveyResponse.id)
                .limit(PAGE)
            )
        )
        if not page:
            return
        after = page[-1].id
        ids = [r.id for r in page]
        answers: dict[tuple[int, int], tuple[int | None, str | None]] = {
            (response_id, question_id): (number, text)
            for response_id, question_id, number, text in await session.execute(
                select(
                    SurveyAnswer.response_id,
                    SurveyAnswer.question_id,
                    SurveyAnswer.number,
                    SurveyAnswer.text,
                ).where(SurveyAnswer.response_id.in_(ids))
            )
        }
        chosen: dict[tuple[int, int], list[int]] = defaultdict(list)
        for response_id, question_id, option in await session.execute(
            select(SurveyChoice.response_id, SurveyChoice.question_id, SurveyChoice.option)
            .where(SurveyChoice.response_id.in_(ids))
            .order_by(SurveyChoice.option)
        ):
            chosen[(response_id, question_id)].append(option)
        people: dict[int, tuple[str, str]] = {}
        if not survey.anonymous:  # never read for an anonymous survey
            people = {
                r.id: (r.ref, r.display_name or "")
                for r in await session.scalars(
                    select(Resident).where(Resident.id.in_({p.resident_id for p in page}))
                )
            }
        for response in page:
            personal: tuple[str, ...] = ()
            if not survey.anonymous:
                personal = people.get(response.resident_id or 0, ("", ""))
            values = (
                response.id, *personal, codes.get(response.community_id or 0, ""),
                response.locale, response.channel, response.state, iso(response.started_at),
                iso(response.finished_at),
                *(cell(q, answers.get((response.id, q.id)), chosen[(response.id, q.id)], locale)
                  for q in qs),
            )  # fmt: skip
            yield [safe_cell(v) for v in values]


async def write_csv(
    out: TextIO, session: AsyncSession, survey: Survey, *, locale: str = "en"
) -> int:
    """Write the CSV (UTF-8 with a byte-order mark, as every export); returns how many
    responses."""
    writer = csv_writer(out)
    count = -1
    async for row in rows(session, survey, locale=locale):
        writer.writerow(row)
        count += 1
    return count


async def xlsx_bytes(session: AsyncSession, survey: Survey, *, locale: str = "en") -> bytes:
    """The XLSX file (one sheet), built in memory with constant_memory rows."""
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(
        buffer, {"strings_to_formulas": False, "strings_to_urls": False, "in_memory": True}
    )
    sheet = book.add_worksheet("responses")
    index = 0
    async for row in rows(session, survey, locale=locale):
        sheet.write_row(index, 0, row)  # strings, never formulas (see the options above)
        index += 1
    book.close()
    return buffer.getvalue()
