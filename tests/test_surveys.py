"""Surveys and polls: staff build them in chat, residents answer (skip logic, pause and resume,
changes until Finish, double presses), the close sends the results back with a chart; anonymity
in screens and exports; the WhatsApp template path; every locale. Both databases."""

from __future__ import annotations

import csv
import io
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.i18n import I18n
from bot.survey_notices import SurveyButton, SurveyWork
from storage import repos, survey_export, surveys
from storage.export_safety import safe_cell
from storage.models import (
    Delivery,
    DeliveryStatus,
    QuestionKind,
    ResponseState,
    Survey,
    SurveyAnswer,
    SurveyChoice,
    SurveyQuestion,
    SurveyResponse,
    SurveyStatus,
)
from storage.surveys import END, InvalidAnswer, InvalidSurvey, NewQuestion, NewSurvey
from tests.clock import PinnedClock, pinned
from tests.conftest import make_settings, start_bot
from tests.fakes.telegram_api import FakeTelegram
from tests.test_announcements import publisher, resident_of, wait_for_message
from tests.test_cli import cli
from tests.test_whatsapp import (  # the fixtures graph and wa: residents on WhatsApp
    AZ_PHONE,
    age,
    eventually,
    graph,  # noqa: F401
    onboard,
    wa,  # noqa: F401
)
from tests.tg_user import BotHarness, labels, outbox_settled
from tests.wa_user import WaHarness, titles


@pytest.fixture
async def survey_bot(
    database_url: str,
    fake_telegram: FakeTelegram,
    strict_i18n: I18n,
    clock: PinnedClock,
    tmp_path: Path,
) -> AsyncIterator[BotHarness]:
    settings = make_settings(
        database_url, fake_telegram, QUIET_HOURS="off", MEDIA_DIR=str(tmp_path / "media")
    )
    harness = await start_bot(settings, fake_telegram, strict_i18n, clock=clock)
    yield harness
    await harness.app.stop()


def work(bot: BotHarness | WaHarness) -> SurveyWork:
    app = bot.app
    return SurveyWork(app.sessionmaker, app.delivery, app.i18n, app.settings.media_dir, app.clock)


async def make_survey(
    bot: BotHarness | WaHarness, *, anonymous: bool = False, code: str = "QUB", days: int = 3
) -> int:
    """A survey with one question of every kind and skip logic (No ends it), opened at once."""
    app = bot.app
    async with app.sessionmaker.begin() as session:
        place = await repos.municipality_by_code(session, code=code)
        assert place is not None
        now = app.clock()
        survey = await surveys.schedule(
            session,
            NewSurvey(
                municipality_id=place.id,
                titles={"en": "Buses", "ru": "Автобусы"},
                intros={"en": "About the bus line."},
                questions=[
                    NewQuestion(
                        QuestionKind.SINGLE, {"en": "Do you take the bus?", "ru": "Ездите?"},
                        [{"en": "Yes", "ru": "Да"}, {"en": "No", "ru": "Нет"}], skip={1: END},
                    ),
                    NewQuestion(QuestionKind.SCALE, {"en": "How good is it?"}),
                    NewQuestion(
                        QuestionKind.MULTIPLE, {"en": "When?"},
                        [{"en": "Morning"}, {"en": "Noon"}, {"en": "Evening"}], max_choices=2,
                    ),
                    NewQuestion(QuestionKind.NUMBER, {"en": "Trips a week?"}, min_value=0,
                                max_value=50),
                    NewQuestion(QuestionKind.TEXT, {"en": "What should change?"}, max_length=200),
                ],
                opens_at=now,
                closes_at=now + timedelta(days=days),
                anonymous=anonymous,
            ),
            now=now,
        )  # fmt: skip
        survey_id = survey.id
    await work(bot).open_due()
    # The invitations go out before the test goes on, so none lands in the middle of an answer.
    await outbox_settled(app)
    return survey_id


async def counts(bot: BotHarness, survey_id: int) -> tuple[int, int, int]:
    """(responses, answers, chosen options) stored for the survey."""
    async with bot.app.sessionmaker() as session:
        responses = select(SurveyResponse.id).where(SurveyResponse.survey_id == survey_id)
        return (
            int(await session.scalar(select(func.count()).select_from(responses.subquery())) or 0),
            int(
                await session.scalar(
                    select(func.count()).where(SurveyAnswer.response_id.in_(responses))
                )
                or 0
            ),
            int(
                await session.scalar(
                    select(func.count()).where(SurveyChoice.response_id.in_(responses))
                )
                or 0
            ),
        )


async def close_now(bot: BotHarness, survey_id: int) -> None:
    async with bot.app.sessionmaker.begin() as session:
        survey = await session.get(Survey, survey_id)
        assert survey is not None
        closes = survey.closes_at
    pinned(bot.app).set(closes + timedelta(minutes=1))
    await work(bot).close_due()
    await bot.outbox_settled()


# --- the whole story -------------------------------------------------------------------------


async def test_build_invite_answer_pause_resume_close_and_results_back(
    survey_bot: BotHarness,
) -> None:
    bot = survey_bot
    resident = await resident_of(bot, 7001, "QUB")
    russian = await resident_of(bot, 7002, "QUB", "ru")
    staff = await publisher(bot, "QUB")

    # Staff build it in chat: every kind, skip logic, a second language.
    [audience] = await staff.send("/survey")
    assert "Quba" in audience.params["text"]
    await staff.press("Continue ▸")
    [title] = await staff.press("Continue ▸")  # languages and channels: everyone
    assert "English" in title.params["text"]
    await staff.send("Buses")
    await staff.send("About the bus line.")
    await staff.press("One answer")
    await staff.send("Do you take the bus?")
    await staff.send("Yes\nNo")
    [kind] = await staff.send("2 > end")
    assert "Questions so far: 1" in kind.params["text"]
    await staff.press("Scale 1–5")
    await staff.send("How good is it?")
    await staff.press("Number")
    await staff.send("Trips a week?")
    [bad] = await staff.send("lots")
    assert "smallest and the largest" in bad.params["text"]
    await staff.send("0-50")
    await staff.press("Free text")
    await staff.send("What should change?")
    [languages] = await staff.press("Skip")
    [languages] = await staff.press("✔ No more questions")
    await staff.press("Русский")
    for typed in (
        "Автобусы",
        "Об автобусной линии.",
        "Ездите на автобусе?",
        "Да\nНет",
        "Насколько он хорош?",
        "Сколько поездок в неделю?",
        "Что изменить?",
    ):
        [asked] = await staff.send(typed)  # fmt: skip
    assert "Add the texts in another language" in asked.params["text"]
    await staff.press("✔ Done")
    await staff.press("Not anonymous")
    await staff.press("Now")
    [preview] = await staff.press("3 d")
    assert "Residents invited: 3" in preview.params["text"]  # the two residents and the staff
    [published] = await staff.press("✔ Publish")
    assert "is open" in published.params["text"]

    async with bot.app.sessionmaker() as session:
        [survey] = list(await session.scalars(select(Survey)))
        qs = await surveys.questions(session, survey.id)
    assert survey.status == SurveyStatus.OPEN and survey.titles["ru"] == "Автобусы"
    assert qs[0].skip == {"1": END} and qs[2].min_value == 0 and qs[2].max_value == 50

    # The invitation comes through the outbox, in each resident's language.
    await wait_for_message(resident, "Survey: Buses")
    await wait_for_message(russian, "Опрос: Автобусы")

    # Answering: a button, the scale, a typed number checked with a hint.
    [welcome, question] = await resident.press("Start the survey")
    assert "About the bus line." in welcome.params["text"]
    assert "Question 1 of 4" in question.params["text"]
    [question] = await resident.press("Yes")
    assert "How good is it?" in question.params["text"]
    assert labels(question)[:5] == ["1", "2", "3", "4", "5"]
    [question] = await resident.press("4")
    [hint] = await resident.send("many")
    assert "whole number from 0 to 50" in hint.params["text"]
    [hint] = await resident.send("500")
    assert "whole number from 0 to 50" in hint.params["text"]
    assert await counts(bot, survey.id) == (1, 2, 1)  # the bad ones stored nothing
    [question] = await resident.send("6")
    assert "What should change?" in question.params["text"]

    # Stop, and continue later from the menu where they left off.
    [paused] = await resident.press("⏸ Continue later")
    assert "saved" in paused.params["text"]
    [menu] = await resident.send("/menu")
    assert "📋 Surveys" in labels(menu)
    [listed] = await resident.press("📋 Surveys")
    [question] = await resident.press("Buses")
    assert "What should change?" in question.params["text"]
    [review] = await resident.send("More buses in the evening")
    assert "Press Finish" in review.params["text"] and "More buses" in review.params["text"]

    # Change an answer before finishing.
    await resident.press("✏️ Change an answer")
    [question] = await resident.press("3. Trips a week?")
    assert "Your answer now: 6" in question.params["text"]
    [review] = await resident.send("7")
    assert "— 7" in review.params["text"]
    [thanks] = await resident.press("✔ Finish")
    assert "Thank you" in thanks.params["text"]
    [done] = await resident.press_data(SurveyButton.ANSWER.id(survey.id, qs[0].id, 1))
    assert "already answered" in done.params["text"]  # once finished, nothing changes

    # The Russian resident says No: skip logic ends the survey; they do not press Finish.
    await russian.press("Начать опрос")
    [review] = await russian.press("Нет")
    assert "Вы ответили на все вопросы" in review.params["text"]
    [menu] = await russian.send("/menu")
    assert "📋 Опросы" in labels(menu)

    # The close: the one mid-way hears it; both get the results, with the chart.
    await close_now(bot, survey.id)
    await wait_for_message(russian, "закрылся")
    photos = [c for c in bot.fake.calls if c.method == "sendPhoto"]
    captions = {int(c.params["chat_id"]): str(c.params.get("caption")) for c in photos}
    assert "Yes: 50%" in captions[resident.id] and "No: 50%" in captions[resident.id]
    assert "Residents who answered: 2" in captions[resident.id]
    assert "Да: 50%" in captions[russian.id]
    assert staff.id not in captions  # did not answer
    for locale in ("en", "ru"):
        chart = bot.app.settings.media_dir / "surveys" / f"survey-{survey.id}-{locale}.png"
        assert chart.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    [closed] = await resident.press_data(SurveyButton.START.id(survey.id))
    assert "already answered" in closed.params["text"]
    [closed] = await russian.press_data(SurveyButton.START.id(survey.id))
    assert "закрыт" in closed.params["text"]
    [menu] = await russian.send("/menu")
    assert "📋 Опросы" not in labels(menu)
    assert await counts(bot, survey.id) == (2, 5, 2)  # what the one mid-way gave stays

    # Live results for staff, computed by the database.
    await staff.send("/surveys")
    [results] = await staff.press("📊 Results")
    text = results.params["text"]
    assert "Invited: 3 · Started: 2 · Finished: 1" in text
    assert "Yes: 1 (50%)" in text and "No: 1 (50%)" in text
    assert "— More buses in the evening" in text


async def test_double_presses_and_duplicate_updates_count_once(survey_bot: BotHarness) -> None:
    bot = survey_bot
    resident = await resident_of(bot, 7101, "QUB")
    survey_id = await make_survey(bot)
    async with bot.app.sessionmaker() as session:
        qs = await surveys.questions(session, survey_id)
    yes = SurveyButton.ANSWER.id(survey_id, qs[0].id, 0)
    await resident.press_data(yes)
    await resident.press_data(yes)  # pressed twice
    update = resident.callback(SurveyButton.ANSWER.id(survey_id, qs[1].id, 5))
    await resident.update(update)
    await resident.update(update)  # delivered twice (the same update id)
    assert await counts(bot, survey_id) == (1, 2, 1)
    # Ticks of a multiple choice: the limit holds, Done stores them once.
    await resident.press("▫️ Morning")
    await resident.press("▫️ Noon")
    [hint, _] = await resident.press("▫️ Evening")
    assert "at most 2" in hint.params["text"]
    [question] = await resident.press("✔ Done")
    await resident.press_data(SurveyButton.DONE.id(survey_id, qs[2].id))  # again, stale
    assert "Trips a week?" in question.params["text"]
    assert await counts(bot, survey_id) == (1, 3, 3)
    async with bot.app.sessionmaker() as session:
        scale = await session.scalar(
            select(SurveyAnswer.number).where(SurveyAnswer.question_id == qs[1].id)
        )
    assert scale == 5


async def test_the_menu_offers_surveys_while_one_is_open_without_asking_when_none_is(
    survey_bot: BotHarness, clock: PinnedClock
) -> None:
    """Where a survey is open is cached in the process (storage.caches): opening one is seen
    by the next /menu, and one whose closing time has passed is no longer offered."""
    bot = survey_bot
    bot.app.caches.ttl = 3600  # nothing here waits for the snapshot to expire
    resident = await resident_of(bot, 7151, "QUB")
    [menu] = await resident.send("/menu")
    assert "📋 Surveys" not in labels(menu)
    await make_survey(bot, days=3)
    [menu] = await resident.send("/menu")
    assert "📋 Surveys" in labels(menu)
    clock.advance(timedelta(days=3, minutes=1))  # closed by its time, before the ticker ran
    [menu] = await resident.send("/menu")
    assert "📋 Surveys" not in labels(menu)


async def test_a_resident_who_muted_surveys_is_not_invited(survey_bot: BotHarness) -> None:
    bot = survey_bot
    keen = await resident_of(bot, 7151, "QUB")
    busy = await resident_of(bot, 7152, "QUB")
    await busy.send("/settings")
    [topics] = await busy.press("🗂 Topics")
    assert "✅ 📋 Surveys" in labels(topics)
    [saved] = await busy.press("✅ 📋 Surveys")
    assert "🔕 📋 Surveys" in labels(saved)
    survey_id = await make_survey(bot)
    await wait_for_message(keen, "📋 Survey: Buses")
    assert not any("Survey: Buses" in str(c.params.get("text")) for c in busy.received)
    async with bot.app.sessionmaker() as session:
        assert await surveys.invited(session, survey_id) == 1
    # Surveys are a topic to mute, never one an announcement can have.
    staff = await publisher(bot, "QUB")
    await staff.send("/announce")
    [topics] = await staff.press("Continue ▸")
    assert "📋 Surveys" not in labels(topics) and "🗓 Events" in labels(topics)


async def test_anonymous_survey_links_no_answer_to_a_resident(
    survey_bot: BotHarness, database_url: str
) -> None:
    bot = survey_bot
    resident = await resident_of(bot, 7201, "QUB")
    staff = await publisher(bot, "QUB")
    survey_id = await make_survey(bot, anonymous=True)
    await wait_for_message(resident, "Survey: Buses")
    await resident.press("Start the survey")
    await resident.press("Yes")
    await resident.press("3")
    await resident.press("▫️ Noon")
    await resident.press("✔ Done")
    await resident.send("4")
    await resident.send('=HYPERLINK("http://evil","x")')
    await resident.press("✔ Finish")

    async with bot.app.sessionmaker() as session:
        survey = await session.get(Survey, survey_id)
        assert survey is not None
        out = io.StringIO()
        await survey_export.write_csv(out, session, survey)
        book = await survey_export.xlsx_bytes(session, survey)
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert "resident" not in rows[0] and "name" not in rows[0]
    flat = out.getvalue()
    assert str(resident.id) not in flat and "telegram:" not in flat
    assert rows[1][-1] == '\'=HYPERLINK("http://evil","x")'  # text, not a formula
    assert book[:2] == b"PK" and str(resident.id).encode() not in book

    await staff.send("/surveys")
    [results] = await staff.press("📊 Results")
    assert str(resident.id) not in results.params["text"]
    [by_channel] = await staff.press("By channel")
    assert "telegram: 1 responded" in by_channel.params["text"]

    await close_now(bot, survey_id)  # the results go back, then the link is forgotten
    assert any(c.method == "sendPhoto" and int(c.params["chat_id"]) == resident.id
               for c in bot.fake.calls)  # fmt: skip
    async with bot.app.sessionmaker() as session:
        linked = await session.scalar(
            select(func.count()).where(
                SurveyResponse.survey_id == survey_id, SurveyResponse.resident_id.is_not(None)
            )
        )
    assert linked == 0
    done = await cli(database_url, "export", "survey", str(survey_id))
    assert done.returncode == 0, done.stderr
    assert "Buses" not in done.stdout and "Noon" in done.stdout
    assert str(resident.id) not in done.stdout


async def test_named_survey_export_names_residents(
    survey_bot: BotHarness, database_url: str, tmp_path: Path
) -> None:
    bot = survey_bot
    resident = await resident_of(bot, 7301, "QUB")
    survey_id = await make_survey(bot)
    await wait_for_message(resident, "Survey: Buses")
    await resident.press("Start the survey")
    await resident.press("No")
    done = await cli(database_url, "export", "survey", str(survey_id))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("\ufeff")  # every export carries the BOM
    rows = list(csv.reader(io.StringIO(done.stdout.removeprefix("\ufeff"))))
    assert rows[0][:3] == ["response", "resident", "name"]
    assert rows[1][1] == f"telegram:{resident.id}" and rows[1][-5] == "No"
    target = tmp_path / "survey.xlsx"
    done = await cli(database_url, "export", "survey", str(survey_id), "--format", "xlsx",
                     "--output", str(target))  # fmt: skip
    assert done.returncode == 0 and target.read_bytes()[:2] == b"PK"
    missing = await cli(database_url, "export", "survey", "999")
    assert missing.returncode != 0 and "no survey" in missing.stderr


async def test_quick_poll_in_three_steps(survey_bot: BotHarness) -> None:
    bot = survey_bot
    resident = await resident_of(bot, 7401, "QUB", "kk")
    staff = await publisher(bot, "QUB")
    [ask] = await staff.send("/poll")
    assert "step 1 of 3" in ask.params["text"]
    [options] = await staff.send("Should the park stay open at night?")
    [bad] = await staff.send("Only one option")
    assert "2 to 10 answers" in bad.params["text"]
    [closes] = await staff.send("Yes\nNo\nDon't know")
    assert labels(closes) == ["1 d", "3 d", "7 d"]
    [opened] = await staff.press("1 d")
    assert "is open. Invitations on their way: 2" in opened.params["text"]
    await wait_for_message(resident, "Should the park stay open at night?")
    async with bot.app.sessionmaker() as session:
        [poll] = list(await session.scalars(select(Survey)))
    assert poll.anonymous and poll.closes_at - poll.opens_at == timedelta(days=1)
    [_, question] = await resident.press("Сауалнаманы бастау")
    assert labels(question)[:3] == ["Yes", "No", "Don't know"]  # the staff's one language


async def test_reminder_once_to_those_who_have_not_finished(survey_bot: BotHarness) -> None:
    bot = survey_bot
    started = await resident_of(bot, 7501, "QUB")
    finished = await resident_of(bot, 7502, "QUB")
    survey_id = await make_survey(bot, days=3)
    await started.press_data(SurveyButton.START.id(survey_id))
    await started.press("Yes")
    await finished.press_data(SurveyButton.START.id(survey_id))
    await finished.press("No")
    await finished.press("✔ Finish")
    pinned(bot.app).advance(timedelta(days=2, hours=1))  # within a day of the close
    await work(bot).remind_due()
    await work(bot).remind_due()  # one reminder, not one per tick
    await bot.outbox_settled()
    await wait_for_message(started, "closes soon")
    async with bot.app.sessionmaker() as session:
        reminders = list(
            await session.scalars(
                select(Delivery.resident_id).where(
                    Delivery.topic == surveys.personal_topic(survey_id),
                    Delivery.status == DeliveryStatus.SENT,
                )
            )
        )
    assert len(reminders) == 1
    assert not any("closes soon" in str(c.params.get("text")) for c in finished.received)


# --- the WhatsApp template path ----------------------------------------------------------------


async def test_invitation_outside_the_window_goes_as_the_template(wa: WaHarness) -> None:  # noqa: F811
    """In the window the invitation is a text with its button; outside, the notice template
    carries its words. Writing reopens the window: the survey is then in the menu, answered
    with WhatsApp's buttons."""
    recent = await onboard(wa, AZ_PHONE, "QUB")
    lapsed = await onboard(wa, "994551112233", "QUB", "Русский")
    await age(wa, "994551112233", hours=30)
    await make_survey(wa)
    await eventually(lambda: any("Survey: Buses" in r.text for r in recent.received), "no text")
    await eventually(lambda: any(r.kind == "template" for r in lapsed.received), "no template")
    [invite] = [r for r in recent.received if "Survey: Buses" in r.text]
    assert "Start the survey" in titles(invite)
    [template] = [r for r in lapsed.received if r.kind == "template"]
    body = template.payload["template"]
    assert body["name"] == "community_notice" and body["language"]["code"] == "ru"
    assert "Автобусы" in body["components"][0]["parameters"][0]["text"]

    [menu] = await lapsed.send("/menu")  # their message reopens the window
    assert "📋 Опросы" in titles(menu)
    await lapsed.press("📋 Опросы")
    [_, question] = await lapsed.press("Автобусы")
    assert question.kind != "template" and "Ездите?" in question.text
    [scale] = await lapsed.press("Да")
    assert "How good is it?" in scale.text  # not translated: the English text stands in


# --- every locale --------------------------------------------------------------------------------


@pytest.mark.parametrize("locale", ["az", "ru", "kk", "hy", "en"])
async def test_every_locale_answers_a_question_and_gets_a_hint(
    survey_bot: BotHarness, locale: str
) -> None:
    bot = survey_bot
    resident = await resident_of(bot, 7700, "QUB", locale)
    survey_id = await make_survey(bot)
    t = bot.app.i18n.translator(locale)
    await resident.press_data(SurveyButton.START.id(survey_id))
    await resident.press_data(SurveyButton.ANSWER.id(survey_id, 0, 0))  # no such question
    async with bot.app.sessionmaker() as session:
        qs = await surveys.questions(session, survey_id)
    await resident.press_data(SurveyButton.ANSWER.id(survey_id, qs[0].id, 0))
    [question] = await resident.press_data(SurveyButton.ANSWER.id(survey_id, qs[1].id, 2))
    assert t("survey-how-multiple", max=2) in question.params["text"]
    await resident.press_data(SurveyButton.TICK.id(survey_id, qs[2].id, 0))
    [question] = await resident.press_data(SurveyButton.DONE.id(survey_id, qs[2].id))
    [hint] = await resident.send("x")
    assert hint.params["text"] == t("survey-hint-number", min=0, max=50)
    [question] = await resident.send("3")
    [hint] = await resident.send("y" * 201)
    assert hint.params["text"] == t("survey-hint-text-long", max=200, length=201)
    assert await counts(bot, survey_id) == (1, 4, 2)


# --- the rules (storage) -------------------------------------------------------------------------


def test_a_survey_must_be_complete() -> None:
    from datetime import UTC, datetime

    now = datetime(2026, 6, 10, 8, 0, tzinfo=UTC)
    good = NewQuestion(QuestionKind.SINGLE, {"en": "Q"}, [{"en": "A"}, {"en": "B"}])
    base = NewSurvey(1, {"en": "T"}, [good], now, now + timedelta(days=1))
    surveys.check(base, now=now)
    cases = {
        "title": NewSurvey(1, {"en": " "}, [good], now, now + timedelta(days=1)),
        "questions": NewSurvey(1, {"en": "T"}, [], now, now + timedelta(days=1)),
        "times": NewSurvey(1, {"en": "T"}, [good], now, now),
        "options": NewSurvey(1, {"en": "T"}, [NewQuestion(QuestionKind.SINGLE, {"en": "Q"},
                                                          [{"en": "A"}])], now, now + timedelta(1)),
        "bounds": NewSurvey(1, {"en": "T"}, [NewQuestion(QuestionKind.NUMBER, {"en": "Q"},
                                                         min_value=5, max_value=1)], now,
                            now + timedelta(1)),
        "skip": NewSurvey(1, {"en": "T"}, [NewQuestion(QuestionKind.SINGLE, {"en": "Q"},
                                                       [{"en": "A"}, {"en": "B"}], skip={0: 0})],
                          now, now + timedelta(1)),
    }  # fmt: skip
    for reason, new in cases.items():
        with pytest.raises(InvalidSurvey) as raised:
            surveys.check(new, now=now)
        assert raised.value.reason == reason


def test_answers_are_checked_with_a_hint() -> None:
    number = SurveyQuestion(id=1, position=0, kind="number", min_value=1, max_value=10,
                            options=[], skip={}, texts={"en": "Q"})  # fmt: skip
    assert surveys.parse_typed(number, " 7 ") == 7
    for bad in ("seven", "11", "0", ""):
        with pytest.raises(InvalidAnswer) as raised:
            surveys.parse_typed(number, bad)
        assert raised.value.hint == "number"
    several = SurveyQuestion(id=2, position=1, kind="multiple", max_choices=2,
                             options=[{"en": "a"}, {"en": "b"}, {"en": "c"}], skip={},
                             texts={"en": "Q"})  # fmt: skip
    assert surveys.check_choice(several, [2, 0, 2]) == (0, 2)
    with pytest.raises(InvalidAnswer):
        surveys.check_choice(several, [0, 1, 2])
    with pytest.raises(InvalidAnswer):
        surveys.check_choice(several, [3])


def test_skip_logic_path_follows_the_answers() -> None:
    q = [
        SurveyQuestion(id=10 + i, position=i, kind=kind, options=[{"en": "a"}, {"en": "b"}],
                       skip=skip, texts={"en": str(i)})
        for i, (kind, skip) in enumerate(
            [("single", {"0": 2, "1": END}), ("scale", {}), ("single", {}), ("text", {})]
        )
    ]  # fmt: skip
    assert [x.id for x in surveys.path(q, {})] == [10]
    assert [x.id for x in surveys.path(q, {10: (0,)})] == [10, 12]  # jumps over 11
    assert [x.id for x in surveys.path(q, {10: (1,)})] == [10]  # ends
    assert [x.id for x in surveys.path(q, {10: (0,), 12: (1,)})] == [10, 12, 13]


async def test_results_are_counted_by_the_database(survey_bot: BotHarness) -> None:
    bot = survey_bot
    survey_id = await make_survey(bot)
    for user_id, first in ((7801, "Yes"), (7802, "Yes"), (7803, "No")):
        user = await resident_of(bot, user_id, "QUB")
        await user.press_data(SurveyButton.START.id(survey_id))
        await user.press(first)
    async with bot.app.sessionmaker() as session:
        survey = await session.get(Survey, survey_id)
        assert survey is not None
        results = await surveys.results(session, survey)
        by_language, chosen = await surveys.breakdown(
            session, survey_id, surveys.Breakdown.LANGUAGE
        )
        states = list(await session.scalars(select(SurveyResponse.state)))
    first_question = results.questions[0]
    assert first_question.answered == 3 and first_question.counts == {0: 2, 1: 1}
    assert first_question.percent(0) == 67 and first_question.percent(1) == 33
    assert results.started == 3 and results.finished == 0
    assert results.invited == 0  # they came after it opened: started from the button
    assert by_language == {"en": 3}
    assert chosen[("en", first_question.question.id, 0)] == 2
    assert states == [ResponseState.STARTED] * 3


def test_safe_cell_neutralises_formulas() -> None:
    assert safe_cell("=1+1") == "'=1+1" and safe_cell("+7 x") == "'+7 x"
    assert safe_cell("@x") == "'@x"
    assert safe_cell("\uff1dSUM(A1)") == "'\uff1dSUM(A1)"  # full-width equals sign
    assert safe_cell("-2") == "-2" and safe_cell(-2) == -2 and safe_cell(None) is None
    assert safe_cell("plain") == "plain"


async def test_staff_of_another_municipality_cannot_read_results(survey_bot: BotHarness) -> None:
    bot = survey_bot
    survey_id = await make_survey(bot, code="QUB")
    outsider = await publisher(bot, "NUR")
    [refused] = await outsider.press_data(f"svm:r:{survey_id}")
    assert "Only staff of the akimat who publish" in refused.params["text"]


async def test_staff_close_now_and_cancel_before_opening(survey_bot: BotHarness) -> None:
    bot = survey_bot
    resident = await resident_of(bot, 7901, "QUB")
    staff = await publisher(bot, "QUB")
    survey_id = await make_survey(bot)
    await resident.press_data(SurveyButton.START.id(survey_id))
    [question] = await resident.press("Yes")
    await staff.send("/surveys")
    [closing] = await staff.press("Close now")
    assert f"#{survey_id} closes now" in closing.params["text"]
    [closed] = await resident.press("4")  # mid-way: no answer is taken any more
    assert "is closed" in closed.params["text"]
    await work(bot).close_due()
    await bot.outbox_settled()
    await wait_for_message(resident, "has closed")
    async with bot.app.sessionmaker() as session:
        survey = await session.get(Survey, survey_id)
        assert survey is not None and survey.status == SurveyStatus.CLOSED
    assert await counts(bot, survey_id) == (1, 1, 1)

    # A survey not open yet can be cancelled; it never opens.
    [_] = await staff.send("/survey")
    await staff.press("Continue ▸")
    await staff.press("Continue ▸")
    await staff.send("Later survey")
    await staff.press("Skip")
    await staff.press("Scale 1–5")
    await staff.send("How is the water?")
    await staff.press("✔ No more questions")
    await staff.press("✔ Done")
    await staff.press("Anonymous")
    [bad] = await staff.send("tomorrow")
    assert "could not read" in bad.params["text"]
    await staff.send("01.01.2099 10:00")
    [preview] = await staff.press("7 d")
    assert "Opens: 01.01.2099 10:00" in preview.params["text"]
    [scheduled] = await staff.press("✔ Publish")
    assert "will open at 01.01.2099 10:00" in scheduled.params["text"]
    [listed, *_] = await staff.send("/surveys")
    assert "Scheduled" in listed.params["text"]
    [cancelled] = await staff.press_data(dict(listed.buttons)["✖ Cancel"])
    assert "was cancelled" in cancelled.params["text"]
