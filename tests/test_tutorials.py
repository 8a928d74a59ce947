"""Pay online: tutorials step by step, progress across restarts, the outcome question, help
requests answered by the municipality's helpers, reminders and indicators."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.i18n import I18n
from storage import repos
from storage.models import Delivery, DeliveryStatus, HelpRequest, Role, TutorialRun
from tests.clock import PinnedClock, pinned
from tests.conftest import make_settings, start_bot
from tests.fakes.telegram_api import FakeTelegram
from tests.tg_user import BotHarness, TgUser, labels

DATA = Path(__file__).parent / "data" / "tutorials"


@pytest.fixture
async def tutor(
    database_url: str, fake_telegram: FakeTelegram, strict_i18n: I18n, clock: PinnedClock
) -> AsyncIterator[BotHarness]:
    settings = make_settings(
        database_url, fake_telegram, QUIET_HOURS="off", TUTORIALS_DIR=str(DATA)
    )
    harness = await start_bot(settings, fake_telegram, strict_i18n, clock=clock)
    yield harness
    await harness.app.stop()


async def resident_of(bot: BotHarness, user_id: int, code: str, language: str) -> TgUser:
    user = bot.user(user_id=user_id, language_code=language)
    await user.send(f"/start {code}")
    await user.press(bot.app.i18n.self_name(language))
    return user


async def run_of(bot: BotHarness, user: TgUser, code: str = "az-test-power") -> TutorialRun:
    async with bot.app.sessionmaker() as session:
        resident = await repos.find_resident(session, channel="telegram", external_id=str(user.id))
        assert resident is not None
        run = await session.get(TutorialRun, (resident.id, code))
        assert run is not None
        return run


@pytest.mark.parametrize(
    ("language", "menu", "first", "next_", "back", "done"),
    [
        ("en", "💳 Pay online", "Open the portal.", "Next ▸", "◂ Back", "Done ▸"),
        ("ru", "💳 Оплата онлайн", "Откройте портал.", None, None, None),
    ],
)
async def test_walk_a_tutorial(
    tutor: BotHarness, language: str, menu: str, first: str, next_: str | None,
    back: str | None, done: str | None,
) -> None:  # fmt: skip
    user = await resident_of(tutor, 7001, "QUB", language)
    [guides] = await user.press(menu)
    assert len(labels(guides)) == 3  # two guides and the way back
    [step] = await user.press(labels(guides)[0])
    assert first in step.params["text"] and "1" in step.params["text"]
    link_label, link_data = step.buttons[0]
    assert link_data == ""  # a link button opens the portal, it does not answer us
    nav = labels(step)
    forward, backward = next_ or nav[1], back or nav[2]
    [again] = await user.press(backward)  # Back at the first step: told, and stays
    assert first in again.params["text"]
    [second] = await user.press(forward)
    photos = [c for c in tutor.fake.calls if c.method == "sendPhoto"]
    assert photos and photos[-1].params["photo"]["filename"]  # the shipped image, uploaded
    assert "💡" in second.params["caption"]
    await user.press(forward)
    [question] = await user.press(done or labels(user.last)[0])  # Next at the last step
    assert len(labels(question)) == 4  # yes, not yet, help, and exit the guide
    run = await run_of(tutor, user)
    assert run.completed_at is not None and run.paid_at is None
    await user.press(labels(question)[0])  # yes
    run = await run_of(tutor, user)
    assert run.outcome == "paid" and run.paid_at is not None


async def test_progress_survives_a_restart(
    database_url: str, fake_telegram: FakeTelegram, strict_i18n: I18n, clock: PinnedClock
) -> None:
    settings = make_settings(
        database_url, fake_telegram, QUIET_HOURS="off", TUTORIALS_DIR=str(DATA)
    )
    first = await start_bot(settings, fake_telegram, strict_i18n, clock=clock)
    user = await resident_of(first, 7101, "XAC", "en")
    await user.press("💳 Pay online")
    await user.press("• Paying for power")
    await user.press("Next ▸")
    await first.app.stop()

    second = await start_bot(settings, fake_telegram, strict_i18n, clock=clock)
    try:
        user.harness = second
        [guides] = await user.send("/menu")
        [guides] = await user.press("💳 Pay online")
        assert "▸ Paying for power" in labels(guides)  # started, not finished
        [step] = await user.press("▸ Paying for power")
        text = step.params.get("caption") or step.params.get("text")
        assert "We continue from step 2" in text and "Choose the payments section." in text
        [stale] = await user.press_data("tut:next:az-test-power:0")  # a button from step 1
        assert (await run_of(second, user)).step == 1  # not skipped ahead
        assert "Choose the payments section." in (stale.params.get("caption") or "")
    finally:
        await second.app.stop()


async def test_not_yet_schedules_a_reminder_that_can_be_turned_off(tutor: BotHarness) -> None:
    user = await resident_of(tutor, 7201, "SAB", "en")
    await user.press("💳 Pay online")
    await user.press("• Phone")
    [question] = await user.press("Done ▸")
    [reply] = await user.press("⏳ Not yet")
    assert "3 days" in reply.params["text"]
    async with tutor.app.sessionmaker() as session:
        reminder = await session.scalar(select(Delivery).where(Delivery.topic.is_not(None)))
    assert reminder is not None and reminder.status == DeliveryStatus.QUEUED
    assert reminder.next_attempt_at > tutor.app.clock() + timedelta(days=2)
    assert "Phone" in reminder.payload["text"]
    await user.press("🔕 No reminders")
    async with tutor.app.sessionmaker() as session:
        reminder = await session.get(Delivery, reminder.id)
    assert reminder is not None and reminder.status == DeliveryStatus.SKIPPED
    [settings] = await user.send("/settings")  # and back on, in settings
    [settings] = await user.press("⏰ Get reminders")
    assert "⏰ Stop reminders" in labels(settings)
    assert "Guide reminders: on" in settings.params["text"]


async def test_help_round_trip(tutor: BotHarness) -> None:
    resident = await resident_of(tutor, 7301, "QUB-XIN", "ru")
    helper = await resident_of(tutor, 7302, "QUB", "en")
    outsider = await resident_of(tutor, 7303, "NUR", "en")
    async with tutor.app.sessionmaker.begin() as session:
        quba = await repos.municipality_by_code(session, code="QUB")
        nura = await repos.municipality_by_code(session, code="NUR")
        assert quba is not None and nura is not None
        quba.helpers_chat = "-1009999"
        for user, place in ((helper, quba), (outsider, nura)):
            staff = await repos.find_resident(session, channel="telegram", external_id=str(user.id))
            assert staff is not None
            await repos.grant_role(session, resident=staff, role=Role.MODERATOR, municipality=place)

    await resident.press("💳 Оплата онлайн")
    [step] = await resident.press("• Оплата света")
    assert labels(step)[-1] == "✖️ Выйти в меню"  # guides can be left
    [ask] = await resident.press(labels(step)[-2])  # 🆘 I'm stuck, in Russian
    assert "Что не получилось" in ask.params["text"]  # asked what is wrong first
    [sent] = await resident.send("Кнопка «Оплатить» не нажимается")
    assert "#1" in sent.params["text"]

    import asyncio
    import time

    deadline = time.monotonic() + 10
    group = tutor.user(
        user_id=7302, chat={"id": -1009999, "type": "supergroup", "title": "Helpers"}
    )
    while (
        not (helper.received and "Help request #1" in helper.last.params["text"])
        or not group.received
    ):
        assert time.monotonic() < deadline, "helpers never got the request"
        await asyncio.sleep(0.05)
    assert "step 1 of 3" in helper.last.params["text"] and "Русский" in helper.last.params["text"]
    assert "Кнопка «Оплатить» не нажимается" in helper.last.params["text"]  # what is wrong
    [(label, url)] = [
        (b["text"], b.get("url"))
        for row in group.last.params["reply_markup"]["inline_keyboard"]
        for b in row
    ]
    assert url.startswith(
        "https://t.me/community_bot?start=c_"
    )  # a group button opens the private chat

    [refused] = await outsider.press_data("help:answer:1")  # a helper of another municipality
    assert "Only helpers" in refused.params["text"]
    [ask] = await helper.send("/start " + url.split("start=")[1])  # the deep link from the group
    assert "request #1" in ask.params["text"]
    [done] = await helper.send("Open the app, then Payments, then Azərişıq.")
    assert "request #1 is closed" in done.params["text"]
    [again] = await helper.press_data("help:answer:1")
    assert "already been answered" in again.params["text"]

    deadline = time.monotonic() + 10
    while not any("Azərişıq" in str(c.params.get("text")) for c in resident.received):
        assert time.monotonic() < deadline, "the answer never reached the resident"
        await asyncio.sleep(0.05)
    async with tutor.app.sessionmaker() as session:
        request = await session.get(HelpRequest, 1)
    assert request is not None and request.status == "answered"


def test_the_shipped_tutorials_load_for_seven_countries() -> None:
    from bot.config import Settings
    from storage.tutorials import load_catalog

    catalog = load_catalog(Settings().tutorials_dir)
    countries = {t.country for t in catalog.tutorials.values()}
    assert countries == {"AZ", "KZ", "AM", "KG", "UZ", "TJ", "TM"}
    for tutorial in catalog.tutorials.values():  # every guide ends on what success looks like
        assert len(tutorial.steps) >= 3, tutorial.code


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (
            (', en = "Choose the payments section." }', " }"),
            "az.toml: tutorial #1 (az-test-power) step 2 text: lacks en",
        ),
        (
            ('"images/portal.png"', '"images/missing.png"'),
            "step 2: image 'images/missing.png' is not a PNG",
        ),
        (
            ('"images/portal.png"', '"../../test_tutorials.py"'),
            "step 2: image '../../test_tutorials.py'",
        ),
        (
            ('url = "https://www.e-gov.az"', 'url = "http://www.e-gov.az"'),
            "step 1: link url must be a full https://",
        ),
        (
            ('url = "https://www.e-gov.az"', 'url = "e-gov.az"'),
            "step 1: link url must be a full https://",
        ),
        (
            ('topic = "mobile"', 'topic = "lottery"'),
            "tutorial #2 (az-test-phone): topic must be one of",
        ),
        (('languages = ["az", "ru", "en"]', 'languages = ["az"]'), "languages must list"),
    ],
)
def test_bad_tutorial_content_is_refused_naming_file_and_step(
    tmp_path: Path, change: tuple[str, str], problem: str
) -> None:
    import shutil

    from storage.tutorials import TutorialError, load_catalog

    shutil.copytree(DATA, tmp_path / "t")
    path = tmp_path / "t" / "az.toml"
    text = path.read_text(encoding="utf-8")
    assert change[0] in text
    path.write_text(text.replace(*change, 1), encoding="utf-8")
    with pytest.raises(TutorialError) as error:
        load_catalog(tmp_path / "t")
    assert problem in str(error.value)


def test_the_bot_refuses_to_start_on_bad_tutorial_content(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    from bot.config import PROJECT_ROOT

    (tmp_path / "xx.toml").write_text('version = 1\ncountry = "AZ"\n', encoding="utf-8")
    env = {
        **os.environ,
        "TUTORIALS_DIR": str(tmp_path),
        "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/db",
    }
    done = subprocess.run(
        [sys.executable, "-m", "bot", "migrate"], cwd=PROJECT_ROOT, env=env,
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 2
    assert "xx.toml: languages must list" in done.stderr and "no [[tutorial]]" in done.stderr


async def test_indicators_count_each_resident_once(tutor: BotHarness, tmp_path: Path) -> None:
    clock = pinned(tutor.app)
    first = await resident_of(tutor, 7401, "QUB", "en")
    second = await resident_of(tutor, 7402, "QUB-XIN", "az")
    elsewhere = await resident_of(tutor, 7403, "NUR", "ru")
    for user, label in ((first, "💳 Pay online"), (second, "💳 Onlayn ödəniş")):
        for _ in range(2):  # opening a guide twice is one start
            await user.send("/menu")
            await user.press(label)
            await user.press(labels(user.last)[1])  # the second guide: Phone (one step)
    await first.press(labels(first.last)[0])  # Done ▸
    await first.press("✅ Yes")
    await first.press_data("paid:yes:az-test-phone")  # the same button again: still one payment
    await elsewhere.press("💳 Оплата онлайн")  # Kazakhstan has no test guides
    await elsewhere.press_data(
        "tut:open:az-test-phone"
    )  # a guide from another country still counts there

    csv_path = tmp_path / "indicators.csv"
    today = clock().astimezone(ZoneInfo("Asia/Baku")).date()
    assert await report_rows(tutor, csv_path, today - timedelta(days=1), today) == [
        f"QUB,{today - timedelta(days=1)},{today},az-test-phone,2,1,1"
    ]
    assert (
        await report_rows(tutor, csv_path, today - timedelta(days=9), today - timedelta(days=2))
        == []
    )


async def test_indicator_days_are_the_municipality_s_days(
    tutor: BotHarness, tmp_path: Path
) -> None:
    """Quba is UTC+4: from 20:00 UTC it is already tomorrow there, and reports count its days."""
    clock = pinned(tutor.app)
    clock.set(datetime(2026, 6, 10, 19, 30, tzinfo=UTC))  # 23:30 on 10 June in Quba
    late = await resident_of(tutor, 7411, "QUB", "en")
    await late.press("💳 Pay online")
    await late.press("• Phone")  # started on the 10th
    clock.set(datetime(2026, 6, 10, 20, 30, tzinfo=UTC))  # 00:30 on 11 June there; UTC: the 10th
    early = await resident_of(tutor, 7412, "QUB", "en")
    await early.press("💳 Pay online")
    await early.press("• Phone")  # started on the 11th
    await late.press("Done ▸")
    await late.press("✅ Yes")  # completed and paid on the 11th

    csv_path = tmp_path / "indicators.csv"
    tenth, eleventh = date(2026, 6, 10), date(2026, 6, 11)
    assert await report_rows(tutor, csv_path, tenth, tenth) == [
        "QUB,2026-06-10,2026-06-10,az-test-phone,1,0,0"
    ]
    assert await report_rows(tutor, csv_path, eleventh, eleventh) == [
        "QUB,2026-06-11,2026-06-11,az-test-phone,1,1,1"
    ]
    assert await report_rows(tutor, csv_path, tenth, eleventh) == [
        "QUB,2026-06-10,2026-06-11,az-test-phone,2,1,1"
    ]


async def report_rows(harness: BotHarness, csv_path: Path, first: date, last: date) -> list[str]:
    """`python -m bot report indicators` for Quba, as CSV rows without the header."""
    from bot.__main__ import report

    await report(harness.app, code="QUB", first=first, last=last, csv_path=csv_path)
    rows = read_lines(csv_path)
    assert rows[0] == "municipality,from,to,tutorial,started,completed,paid_online"
    return rows[1:]


def read_lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8-sig").splitlines()


async def test_a_doubled_stuck_press_asks_the_helpers_once(tutor: BotHarness) -> None:
    user = await resident_of(tutor, 7501, "SAB", "en")
    await user.press("💳 Pay online")
    [step] = await user.press("• Paying for power")
    [first] = await user.press_data("tut:stuck:az-test-power:0", on=step)  # an old keyboard's id
    [second] = await user.press_data("tut:stuck:az-test-power:0", on=step)
    assert "What went wrong" in first.params["text"] and "What went wrong" in second.params["text"]
    [sent] = await user.send("The page asks for a code I do not have.")
    await user.press_data("tut:stuck:az-test-power:0", on=step)
    [again] = await user.press("Send as it is ▸")
    assert "#1" in sent.params["text"] and "#1" in again.params["text"]
    async with tutor.app.sessionmaker() as session:
        requests = list(await session.scalars(select(HelpRequest)))
    assert [(r.id, r.tutorial, r.step, r.status) for r in requests] == [
        (1, "az-test-power", 0, "open")
    ]


async def test_old_and_forged_buttons_lead_somewhere_sensible(tutor: BotHarness) -> None:
    user = await resident_of(tutor, 7511, "SAB", "en")
    [guides] = await user.press_data("tut:list")  # the menu's entry
    assert "• Phone" in labels(guides)
    for data in ("tut:fly:az-test-phone", "tut:open:gone", "paid:maybe:az-test-phone"):
        [again] = await user.press_data(data)
        assert labels(again) == labels(guides), data
    [again] = await user.press_data("paid:yes:az-test-phone")  # never completed: not recorded
    assert labels(again) == labels(guides)
    [refused] = await user.press_data("help:answer:1")
    assert "Only helpers" in refused.params["text"]
    [refused] = await user.press_data("help:what:x")
    assert "Only helpers" in refused.params["text"]
    async with tutor.app.sessionmaker() as session:
        runs = list(await session.scalars(select(TutorialRun)))
    assert runs == []  # no guide was opened: nothing counts as a start


async def test_run_rules(sessions: async_sessionmaker[AsyncSession], clock: PinnedClock) -> None:
    """Below the chat: a start counted once, stale presses, completion and payment once."""
    from storage import tutorial_runs
    from storage.models import Resident, TutorialOutcome
    from storage.tutorial_runs import Move

    async with sessions.begin() as session:
        person, _ = await repos.get_or_create_resident(
            session, channel="telegram", external_id="r", locale="en"
        )
        started_at = clock()
        opened = await tutorial_runs.open_run(
            session, resident=person, tutorial="g", steps=3, now=started_at
        )
        assert opened.started and not opened.resumed
        run = opened.run
        assert tutorial_runs.is_current(run, 0) and not tutorial_runs.is_current(run, 1)
        assert tutorial_runs.move(run, Move.BACK, steps=3, now=clock()).at_first
        assert tutorial_runs.move(run, Move.NEXT, steps=3, now=clock()).after == 1
        assert not tutorial_runs.is_current(run, None)  # a button without a step
        assert (
            await tutorial_runs.record_outcome(
                session,
                resident_id=person.id,
                tutorial="g",
                given=TutorialOutcome.PAID,
                now=clock(),
            )
            is None
        )  # not completed: nothing recorded
        person_id = person.id

    async with sessions.begin() as session:
        person = await session.get(Resident, person_id)
        assert person is not None
        again = await tutorial_runs.open_run(
            session, resident=person, tutorial="g", steps=2, now=clock()
        )
        assert not again.started and again.resumed and again.run.step == 1
        assert again.run.started_at == started_at  # counted once
        finished_at = clock() + timedelta(minutes=1)
        moved = tutorial_runs.move(again.run, Move.NEXT, steps=2, now=finished_at)
        assert moved.finished and again.run.completed_at == finished_at
        tutorial_runs.move(again.run, Move.NEXT, steps=2, now=finished_at + timedelta(days=1))
        assert again.run.completed_at == finished_at  # completed once
        paid_at = finished_at + timedelta(minutes=1)
        paid = await tutorial_runs.record_outcome(
            session, resident_id=person.id, tutorial="g", given=TutorialOutcome.PAID, now=paid_at
        )
        assert paid is not None and paid.newly_paid and paid.after is TutorialOutcome.PAID
        for given in (TutorialOutcome.PAID, TutorialOutcome.NOT_YET, TutorialOutcome.HELP):
            later = await tutorial_runs.record_outcome(
                session, resident_id=person.id, tutorial="g", given=given,
                now=paid_at + timedelta(days=1),
            )  # fmt: skip
            assert later is not None and not later.newly_paid
            assert later.after is TutorialOutcome.PAID and later.run.paid_at == paid_at
        assert tutorial_runs.move(again.run, Move.RESTART, steps=2, now=clock()).after == 0
