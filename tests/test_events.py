"""Consultations: publishing in chat, invites, answers with seats and a waitlist, reminders
under a controllable clock, the calendar file, check-in, feedback, report, restart safety,
refusals, and proposals raised at an event."""

from __future__ import annotations

import asyncio
import io
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.config import ConfigError, Settings, parse_offsets
from bot.i18n import I18n
from bot.ics import CalendarEvent, calendar, escape, fold
from handlers.event_admin import EventDraft, Step, step_id
from handlers.event_manage import EditDraft, Manage, edit_id, manage_id, tick_id
from handlers.event_notices import AnswerCode, EventChoice
from handlers.events import CheckinDraft, CommentDraft
from storage import events as store
from storage import repos
from storage.events import EventField
from storage.models import (
    AnswerStatus,
    Delivery,
    DeliveryStatus,
    Event,
    EventAnswer,
    EventStatus,
    Municipality,
    Proposal,
    Resident,
)
from storage.proposal_export import COLUMNS, write_proposals_csv
from tests.clock import PinnedClock, pinned
from tests.conftest import make_settings, start_bot
from tests.fakes.telegram_api import FakeTelegram
from tests.test_announcements import publisher, resident_of, wait_for_message
from tests.test_cli import cli
from tests.tg_user import BotHarness, TgUser, labels

START = datetime(2027, 12, 5, 14, 0, tzinfo=UTC)  # 18:00 in Quba (Asia/Baku, UTC+4)


@pytest.fixture
async def events_bot(
    database_url: str, fake_telegram: FakeTelegram, strict_i18n: I18n, clock: PinnedClock
) -> AsyncIterator[BotHarness]:
    settings = make_settings(database_url, fake_telegram, QUIET_HOURS="off")
    harness = await start_bot(settings, fake_telegram, strict_i18n, clock=clock)
    yield harness
    await harness.app.stop()


def set_clock(bot: BotHarness, at: datetime) -> PinnedClock:
    clock = pinned(bot.app)
    clock.set(at)
    return clock


async def advance(bot: BotHarness, clock: PinnedClock, to: datetime) -> None:
    clock.set(to)
    bot.app.delivery.wake()


async def make_event(bot: BotHarness, code: str = "QUB", **fields: object) -> int:
    async with bot.app.sessionmaker.begin() as session:
        place = await repos.municipality_by_code(session, code=code)
        assert place is not None
        values: dict[str, object] = {
            "kind": "seminar", "titles": {"en": "Budget seminar", "ru": "Семинар о бюджете"},
            "descriptions": {"en": "How the budget is spent."}, "starts_at": START,
            "duration_minutes": 90, "link": "https://meet.example.org/budget", "place": None,
            "location": None, "capacity": None, "checkin_code": "4821",
        }  # fmt: skip
        event = Event(municipality_id=place.id, **{**values, **fields})
        session.add(event)
        await session.flush()
        return event.id


async def resident_id(bot: BotHarness, user: TgUser) -> int:
    async with bot.app.sessionmaker() as session:
        found = await repos.find_resident(session, channel="telegram", external_id=str(user.id))
        assert found is not None
        return found.id


async def answers(bot: BotHarness, event_id: int) -> dict[int, str]:
    async with bot.app.sessionmaker() as session:
        rows = await session.scalars(select(EventAnswer).where(EventAnswer.event_id == event_id))
        return {a.resident_id: a.status for a in rows}


async def queued(bot: BotHarness, resident: int, topic: str) -> list[Delivery]:
    async with bot.app.sessionmaker() as session:
        rows = await session.scalars(
            select(Delivery)
            .where(
                Delivery.resident_id == resident,
                Delivery.topic == topic,
                Delivery.status == DeliveryStatus.QUEUED,
            )
            .order_by(Delivery.next_attempt_at)
        )
        return list(rows)


def said(user: TgUser, text: str) -> int:
    return sum(text in str(c.params.get("text")) for c in user.received)


# --- the whole story --------------------------------------------------------------------------


async def test_publish_invite_answer_remind_link_and_cancel(events_bot: BotHarness) -> None:
    bot = events_bot
    villager = await resident_of(bot, 8001, "QUB-XIN")
    townsman = await resident_of(bot, 8002, "QUB-SHR")
    staff = await publisher(bot, "QUB")
    clock = set_clock(bot, START - timedelta(days=10))

    [audience] = await staff.send("/event")
    await staff.press("▫️ Khinalug")
    [kind] = await staff.press("Continue ▸")
    assert "Round table" in labels(kind)
    await staff.press("Round table")
    [too_long] = await staff.send("T" * 121)
    assert "limit is 120" in too_long.params["text"]
    await staff.send("Roads of Khinalug")
    [languages] = await staff.send("Which roads to repair first; for everyone in the village.")
    await staff.press("✔ Done")
    [bad] = await staff.send("31.02.2027 18:00")
    assert "could not read" in bad.params["text"]
    [past] = await staff.send("2020-01-01 10:00")
    assert "passed" in past.params["text"]
    await staff.send("2027-12-05 18:00")
    [bad] = await staff.send("an hour and a half")
    assert "minutes" in bad.params["text"]
    await staff.press("90 min")
    [bad] = await staff.send("meet.example.org")
    assert "https://" in bad.params["text"]
    await staff.send("https://meet.example.org/khinalug")
    await staff.send("Khinalug school, assembly hall")
    await staff.press("No map")
    [bad] = await staff.send("ten")
    assert "whole number" in bad.params["text"]
    [preview] = await staff.send("25")
    text = preview.params["text"]
    assert "Round table: Roads of Khinalug" in text and "Sunday, 5 December 2027, 18:00" in text
    assert "Places: 25" in text and "Residents to invite now: 1" in text
    [done] = await staff.press("✅ Publish and invite")
    assert "Invitations queued: 1" in done.params["text"]

    await wait_for_message(villager, "You are invited!")
    assert said(townsman, "You are invited!") == 0  # another village
    async with bot.app.sessionmaker() as session:
        event = await session.scalar(select(Event))
    assert event is not None and event.starts_at == START and event.capacity == 25

    [going] = await villager.press("✅ I'm going")
    assert "You are going to “Roads of Khinalug”" in going.params["text"]
    await villager.press_data(f"ev:a:{event.id}:g")  # a double press changes nothing
    me = await resident_id(bot, villager)
    reminders = await queued(bot, me, f"event:{event.id}")
    assert [r.next_attempt_at for r in reminders] == [
        START - timedelta(hours=24),
        START - timedelta(hours=1),
        START + timedelta(minutes=90),
    ]  # two reminders, then the feedback question at the end
    assert "Link to join" not in reminders[0].payload["text"]
    assert "https://meet.example.org/khinalug" in reminders[1].payload["text"]

    await advance(bot, clock, START - timedelta(hours=23, minutes=59))
    await wait_for_message(villager, "Reminder: “Roads of Khinalug” starts")
    assert said(villager, "Link to join") == 0
    await advance(bot, clock, START - timedelta(minutes=59))
    await wait_for_message(villager, "Link to join: https://meet.example.org/khinalug")

    await staff.send("/events")
    [sure] = await staff.press("✖ Cancel event")
    assert "The 1 resident who answered will be told" in sure.params["text"]
    [cancelled] = await staff.press("✖ Yes, cancel it")
    assert "Residents told: 1" in cancelled.params["text"]
    await wait_for_message(
        villager, "“Roads of Khinalug” on Sunday, 5 December 2027 at 18:00 is cancelled"
    )
    assert await queued(bot, me, f"event:{event.id}") == []  # no feedback question after all
    [stale] = await villager.press_data(f"ev:a:{event.id}:g")
    assert "was cancelled" in stale.params["text"]


async def test_capacity_waitlist_and_promotion(events_bot: BotHarness) -> None:
    bot = events_bot
    set_clock(bot, START - timedelta(days=3))
    event_id = await make_event(bot, capacity=1)
    first = await resident_of(bot, 8101, "QUB-SHR")
    second = await resident_of(bot, 8102, "QUB-QQS")
    [took] = await first.press_data(f"ev:a:{event_id}:g")
    assert "You are going" in took.params["text"]
    [line] = await second.press_data(f"ev:a:{event_id}:g")
    assert "waiting list" in line.params["text"]
    assert sorted((await answers(bot, event_id)).values()) == ["going", "waitlist"]
    assert await queued(bot, await resident_id(bot, second), f"event:{event_id}") == []

    await first.press_data(f"ev:a:{event_id}:c")  # the seat frees up
    await wait_for_message(second, "a place freed up and it is yours")
    assert sorted((await answers(bot, event_id)).values()) == ["cant", "going"]
    assert len(await queued(bot, await resident_id(bot, second), f"event:{event_id}")) == 3
    assert await queued(bot, await resident_id(bot, first), f"event:{event_id}") == []

    await second.send("/menu")
    [listing] = await second.press("🗓 Consultations")
    assert any("Budget seminar" in label and "✅" in label for label in labels(listing))
    [card] = await second.press(labels(listing)[0])
    assert "Your answer: going" in card.params["text"]


async def test_two_residents_pressing_going_for_the_last_seat(events_bot: BotHarness) -> None:
    bot = events_bot
    set_clock(bot, START - timedelta(days=3))
    event_id = await make_event(bot, capacity=1)
    users = [await resident_of(bot, 8201 + n, "QUB-SHR") for n in range(2)]
    await asyncio.gather(*(u.press_data(f"ev:a:{event_id}:g") for u in users))
    assert sorted((await answers(bot, event_id)).values()) == ["going", "waitlist"]


async def test_seats_are_counted_under_the_event_lock(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    """Two transactions at once, each taking the last seat: one gets it, one waits in line."""
    async with sessions.begin() as session:
        place = Municipality(code="TST", country="AZ", timezone="Asia/Baku", names={})
        session.add(place)
        await session.flush()
        people = [Resident(channel="telegram", external_id=str(n), locale="en") for n in (1, 2)]
        session.add_all(people)
        event = Event(
            municipality_id=place.id, kind="seminar", titles={"en": "T"}, descriptions={},
            starts_at=START, duration_minutes=60, capacity=1, checkin_code="1111",
        )  # fmt: skip
        session.add(event)
        await session.flush()
        ids, event_id = [p.id for p in people], event.id

    async def take(resident: int) -> str:
        async with sessions.begin() as session:
            locked = await store.lock_event(session, event_id)
            assert locked is not None
            await asyncio.sleep(0)  # let the other transaction try meanwhile
            changed = await store.answer(
                session, event=locked, resident_id=resident, wanted=AnswerStatus.GOING,
                now=START - timedelta(days=1),
            )  # fmt: skip
            return changed.after

    assert sorted(await asyncio.gather(*(take(r) for r in ids))) == ["going", "waitlist"]


# --- calendar file -------------------------------------------------------------------------


async def test_calendar_file_reads_back_in_utc(events_bot: BotHarness) -> None:
    bot = events_bot
    local_start = datetime(2027, 3, 10, 11, 0, tzinfo=ZoneInfo("Asia/Almaty"))
    event_id = await make_event(
        bot, "NUR", starts_at=local_start, place="Akimat; hall 2, floor 1",
        location={"lat": 49.93, "lon": 73.1}, titles={"ru": "Круглый стол, бюджет; 2027"},
    )  # fmt: skip
    reader = await resident_of(bot, 8301, "NUR", "ru")
    await reader.press_data(f"ev:show:{event_id}")
    await reader.press("📅 В календарь")
    [document] = [c for c in bot.fake.calls if c.method == "sendDocument"]
    upload = document.params["document"]
    assert upload["filename"] == "event.ics"
    raw = upload["data"]
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    assert b"\n" not in raw.replace(b"\r\n", b"")  # CRLF only
    parsed = icalendar.Calendar.from_ical(raw)
    [vevent] = parsed.walk("VEVENT")
    assert vevent.decoded("DTSTART") == local_start.astimezone(UTC)
    assert vevent.decoded("DTSTART").utcoffset() == timedelta(0)
    assert b"DTSTART:" in raw and b"Z\r\n" in raw
    assert str(vevent["SUMMARY"]) == "Круглый стол, бюджет; 2027"
    assert str(vevent["LOCATION"]) == "Akimat; hall 2, floor 1"
    assert vevent.decoded("DTEND") - vevent.decoded("DTSTART") == timedelta(minutes=90)
    assert str(vevent["URL"]) == "https://meet.example.org/budget"
    assert vevent["GEO"].latitude == pytest.approx(49.93)


def test_ics_escaping_and_folding() -> None:
    assert escape("a\\b;c,d\ne") == "a\\\\b\\;c\\,d\\ne"
    long = "SUMMARY:" + "Ə" * 60  # two octets each: must fold between characters
    folded = fold(long)
    pieces = folded.split("\r\n")
    assert all(len(p.encode()) <= 75 for p in pieces) and len(pieces) == 2
    assert "".join(p.removeprefix(" ") for p in pieces) == long
    text = calendar(
        CalendarEvent(
            uid="event-1@x", start=START, end=START + timedelta(hours=1), summary="S",
            description="line one\nline two, with; marks",
        ),
        stamp=START,
    )  # fmt: skip
    parsed = icalendar.Calendar.from_ical(text)
    [vevent] = parsed.walk("VEVENT")
    assert str(vevent["DESCRIPTION"]) == "line one\nline two, with; marks"
    assert vevent.decoded("DTSTART") == START


# --- after the event: check-in, feedback, report, proposal ---------------------------------


async def test_checkin_feedback_report_and_a_proposal_about_it(events_bot: BotHarness) -> None:
    bot = events_bot
    clock = set_clock(bot, START - timedelta(days=2))
    event_id = await make_event(bot)
    guest = await resident_of(bot, 8401, "QUB-SHR")
    walk_in = await resident_of(bot, 8402, "QUB-QQS")
    staff = await publisher(bot, "QUB")
    await guest.press_data(f"ev:a:{event_id}:g")
    [closed] = await walk_in.send("/checkin 4821")
    assert "no consultation to check in" in closed.params["text"]

    await advance(bot, clock, START + timedelta(minutes=10))
    [wrong] = await walk_in.send("/checkin 1234")
    assert "not right" in wrong.params["text"]
    [welcome] = await walk_in.send("4821")
    assert "checked in at “Budget seminar”" in welcome.params["text"]
    await guest.press_data(f"ev:show:{event_id}")
    await guest.press("📍 I'm here")
    await guest.send("4821")

    await staff.send("/events")
    [sheet] = await staff.press("☑️ Attendance")
    assert len(labels(sheet)) == 2 and all(label.startswith("✅") for label in labels(sheet))

    await advance(bot, clock, START + timedelta(minutes=91))
    await wait_for_message(guest, "How useful was it?")
    await wait_for_message(walk_in, "How useful was it?")  # checked in without answering
    await guest.press("⭐⭐⭐⭐")
    await guest.send("More time for questions, please.")
    await walk_in.press("⭐⭐")
    await walk_in.press("Skip")

    [report] = await staff.send(f"/event_report {event_id}")
    text = report.params["text"]
    assert "Going: 2" in text and "Attended: 2" in text
    assert "Feedback: 2, average 3.0 of 5" in text and "More time for questions" in text

    [card] = await guest.press_data(f"ev:show:{event_id}")
    assert "✍️ Make a proposal" in labels(card)
    await guest.press("✍️ Make a proposal")
    await guest.press(labels(guest.last)[0])  # the first category
    await guest.send("Please publish the budget figures on the notice board every month.")
    await guest.press("Skip ▸")  # no photos
    await guest.press("Skip ▸")  # no location
    await guest.press("✅ Send")
    async with bot.app.sessionmaker() as session:
        proposal = await session.scalar(select(Proposal))
        assert proposal is not None and proposal.event_id == event_id
        place = await repos.municipality_by_code(session, code="QUB")
        assert place is not None
        out = io.StringIO()
        assert await write_proposals_csv(out, session, municipality=place, event_id=event_id) == 1
        other = io.StringIO()
        assert await write_proposals_csv(other, session, event_id=event_id + 1) == 0
    assert out.getvalue().startswith("\ufeff")  # UTF-8 with a byte-order mark
    header, row = out.getvalue().removeprefix("\ufeff").splitlines()[:2]
    assert header == ",".join(COLUMNS) and "event" in COLUMNS
    assert row.split(",")[COLUMNS.index("event")] == str(event_id)


# --- restarts and refusals -----------------------------------------------------------------


async def test_a_reminder_survives_a_restart(
    database_url: str, fake_telegram: FakeTelegram, strict_i18n: I18n, clock: PinnedClock
) -> None:
    settings = make_settings(database_url, fake_telegram, QUIET_HOURS="off")
    first = await start_bot(settings, fake_telegram, strict_i18n, clock=clock)
    event_id = await make_event(first)
    reader = await resident_of(first, 8501, "QUB-SHR")
    await reader.press_data(f"ev:a:{event_id}:m")
    await first.app.stop()  # down long before the reminder is due

    second = await start_bot(settings, fake_telegram, strict_i18n, clock=clock)
    try:
        reader.harness = second
        set_clock(second, START - timedelta(minutes=30))
        second.app.delivery.wake()
        await wait_for_message(reader, "Link to join: https://meet.example.org/budget")
    finally:
        await second.app.stop()
    assert said(reader, "Reminder:") == 2  # the day before and the hour before, once each


async def test_non_publishers_are_refused(events_bot: BotHarness) -> None:
    bot = events_bot
    event_id = await make_event(bot)
    resident = await resident_of(bot, 8601, "QUB-SHR")
    rid = await resident_id(bot, resident)
    for command in ("/event", "/events", "/event_report", f"/event_report {event_id}"):
        [refused] = await resident.send(command)
        assert "Only staff of the municipality who publish" in refused.params["text"], command
    for forged in (f"evm:cancelok:{event_id}", f"eve:time:{event_id}", f"evt:{event_id}:{rid}",
                   f"evm:rep:{event_id}"):  # fmt: skip
        [refused] = await resident.press_data(forged)
        assert "Only staff of the municipality who publish" in refused.params["text"], forged
    [refused] = await resident.press_data("eva:ok")
    assert "Only staff of the municipality who publish" in refused.params["text"]

    elsewhere = await make_event(bot, "NUR")  # a resident of Quba is not invited to it
    [gone] = await resident.press_data(f"ev:a:{elsewhere}:g")
    assert "not available any more" in gone.params["text"]
    [gone] = await resident.press_data("ev:a:99999:g")
    assert "not available any more" in gone.params["text"]
    assert await answers(bot, elsewhere) == {}

    other = await publisher(bot, "NUR")  # staff, but of another municipality
    [refused] = await other.press_data(f"evm:cancelok:{event_id}")
    # In the words of their own country (Kazakhstan's akimat).
    assert "Only staff of the akimat who publish" in refused.params["text"]
    async with bot.app.sessionmaker() as session:
        event = await session.get(Event, event_id)
    assert event is not None and event.status == EventStatus.SCHEDULED


async def test_a_change_reaches_everyone_who_answered(events_bot: BotHarness) -> None:
    bot = events_bot
    set_clock(bot, START - timedelta(days=3))
    event_id = await make_event(bot, capacity=1)
    going = await resident_of(bot, 8701, "QUB-SHR")
    waiting = await resident_of(bot, 8702, "QUB-SHR")
    cant = await resident_of(bot, 8703, "QUB-SHR")
    await going.press_data(f"ev:a:{event_id}:g")
    await waiting.press_data(f"ev:a:{event_id}:g")
    await cant.press_data(f"ev:a:{event_id}:c")
    staff = await publisher(bot, "QUB")
    await staff.send("/events")
    await staff.press("✏️ Edit")
    await staff.press("🕒 Date and time")
    [bad] = await staff.send("2027-12-32 19:00")
    assert "could not read" in bad.params["text"]
    [saved] = await staff.send("2027-12-06 19:00")
    assert "told about the change: 2" in saved.params["text"]
    await wait_for_message(going, "Monday, 6 December 2027, 19:00")
    await wait_for_message(waiting, "Monday, 6 December 2027, 19:00")
    assert said(cant, "has changed") == 0
    reminders = await queued(bot, await resident_id(bot, going), f"event:{event_id}")
    new_start = datetime(2027, 12, 6, 15, 0, tzinfo=UTC)
    assert reminders[0].next_attempt_at == new_start - timedelta(hours=24)


def test_event_reminders_setting() -> None:
    assert parse_offsets("24h,1h") == (timedelta(hours=24), timedelta(hours=1))
    assert parse_offsets("30m, 2d") == (timedelta(days=2), timedelta(minutes=30))
    assert parse_offsets("off") == ()
    assert Settings.from_env({}).event_reminders == (timedelta(hours=24), timedelta(hours=1))
    for bad in ("24", "0h", "1w", "h"):
        with pytest.raises(ConfigError):
            Settings.from_env({"EVENT_REMINDERS": bad})


async def test_export_cli_by_event(database_url: str) -> None:
    """`export proposals --event ID` names an unknown event, and needs one of the two scopes."""
    for args, message in (
        (("export", "proposals"), "--municipality CODE, --event ID"),
        (("export", "proposals", "--event", "12345"), "no event with id 12345"),
    ):
        done = await cli(database_url, *args)
        assert done.returncode == 2 and message in done.stderr


def test_drafts_and_choice_ids_of_older_versions() -> None:
    """Drafts in progress at an upgrade still load; buttons on old keyboards still work."""
    old = {
        "m": 3, "c": [5], "kind": "seminar", "lang": "en", "titles": {"en": "T"},
        "texts": {"en": "D"}, "at": "2027-12-05T18:00:00+04:00", "minutes": 90,
        "link": None, "place": "Hall", "loc": {"lat": 40.1, "lon": 49.2}, "cap": 25,
    }  # fmt: skip
    draft = EventDraft.load(old)
    assert (draft.municipality_id, draft.community_ids, draft.capacity) == (3, [5], 25)
    assert draft.language == "en" and draft.location == {"lat": 40.1, "lon": 49.2}
    assert draft.dump() == old
    assert CheckinDraft.load({"id": 7, "tries": 2}).candidates == [7]
    assert CheckinDraft.load({"ids": [7, 8]}).candidates == [7, 8]
    assert CommentDraft.load({"id": 4}).event_id == 4
    assert EditDraft.load({"id": 4, "field": "cap"}) == EditDraft(event_id=4, field="cap")
    assert EventChoice.ANSWER.id(12, AnswerCode.GOING) == "ev:a:12:g"
    assert EventChoice.RATE.id(12, 5) == "ev:fb:12:5" and EventChoice.LIST.id() == "ev:list"
    assert step_id(Step.KIND, "seminar") == "eva:k:seminar" and step_id(Step.OK) == "eva:ok"
    assert manage_id(Manage.CANCEL_OK, 12) == "evm:cancelok:12"
    assert edit_id(EventField.DURATION, 12) == "eve:dur:12" and tick_id(12, 9) == "evt:12:9"
    longest = [tick_id(10**9 - 1, 10**9 - 1), EventChoice.SKIP_COMMENT.id(10**9 - 1)]
    assert all(len(choice.encode()) <= 64 for choice in longest)
