"""Staff in chat, as issue 13 found it: typed numbers and labels where a step offers buttons and
takes text, several cards in one answer numbered on, confirmations of what cannot be taken back,
help by role, open help requests, the authority's list, and no undo once the authority acted.
Through the real python-telegram-bot client against the fake Bot API, on both databases; the
terminal chat where numbers are what the person sees."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator
from datetime import timedelta

import pytest
from sqlalchemy import select

from bot.channels.console import ConsoleChannel
from bot.i18n import I18n
from storage import help_requests, proposals, repos
from storage.models import Announcement, AnnouncementStatus, Event, ProposalStatus, Role
from tests.clock import PinnedClock
from tests.conftest import app_by_hand, make_settings, start_bot
from tests.fakes.telegram_api import FakeTelegram
from tests.test_announcements import announce_now, publisher, wait_for_message
from tests.test_events import START, set_clock
from tests.test_proposals import card_reached, got, resident_of, staff, stored, submit
from tests.tg_user import BotHarness, labels
from tests.waiting import eventually


@pytest.fixture
async def city(
    database_url: str, fake_telegram: FakeTelegram, strict_i18n: I18n, clock: PinnedClock
) -> AsyncIterator[BotHarness]:
    settings = make_settings(
        database_url, fake_telegram, QUIET_HOURS="off", PROPOSAL_UNDO_MINUTES="0"
    )
    harness = await start_bot(settings, fake_telegram, strict_i18n, clock=clock)
    yield harness
    await harness.app.stop()


# --- typed numbers and labels ---------------------------------------------------------------


async def test_queue_2_5_no_note_rejects_without_a_note(city: BotHarness) -> None:
    moderator = await staff(city, 9101, Role.MODERATOR)
    resident = await resident_of(city, 9102, "QUB")
    number = await submit(resident)
    await card_reached(moderator, number=number)
    await moderator.send("/queue")
    [reasons] = await moderator.send("2")  # the card's second button: Reject
    assert "Why" in reasons.params["text"] or labels(reasons)[0].startswith("it")
    await moderator.send("5")  # the fifth reason
    [saved] = await moderator.send("No note")  # the button's label, typed
    assert "Saved" in saved.params["text"]
    proposal = await stored(city, number)
    assert proposal.status == ProposalStatus.REJECTED
    assert proposal.reason == proposals.REASONS[4] and proposal.note is None
    await eventually(lambda: got(resident, "was not accepted"), "no rejection notice")
    assert not got(resident, "No note")


async def test_a_typed_note_is_still_a_note(city: BotHarness) -> None:
    moderator = await staff(city, 9111, Role.MODERATOR)
    resident = await resident_of(city, 9112, "QUB")
    number = await submit(resident)
    proposal = await stored(city, number)
    await card_reached(moderator, number=number)
    await moderator.press_data(f"mod:chg:{proposal.id}")  # asks what to change: no buttons
    await moderator.send("1")  # no button on this step: "1" is the note (of one character)
    again = await stored(city, number)
    assert again.status == ProposalStatus.CHANGES and again.note == "1"


async def test_several_cards_are_numbered_on_and_a_number_is_the_line_seen(
    city: BotHarness,
) -> None:
    moderator = await staff(city, 9121, Role.MODERATOR)
    resident = await resident_of(city, 9122, "QUB")
    first = await submit(resident)
    second = await submit(resident, "Please put a street lamp at the end of Nizami street.")
    await card_reached(moderator, number=second)
    replies = await moderator.send("/queue")
    assert [labels(r) for r in replies[1:]][1][0] == "✅ Approve"
    # A label both cards carry is not guessed: the person is asked for the number.
    [ask] = await moderator.send("Approve")
    assert "type the number of the one you mean: 1, 5" in ask.params["text"]
    assert (await stored(city, first)).status == ProposalStatus.PENDING
    await moderator.send("5")  # the second card's first button: approve the second
    assert (await stored(city, second)).status == ProposalStatus.APPROVED
    assert (await stored(city, first)).status == ProposalStatus.PENDING


async def test_the_console_numbers_cards_on(
    database_url: str, fake_telegram: FakeTelegram, clock: PinnedClock
) -> None:
    settings = make_settings(
        database_url, fake_telegram, QUIET_HOURS="off", PROPOSAL_UNDO_MINUTES="0"
    )
    async with app_by_hand(settings, clock=clock) as app:
        out = io.StringIO()
        console = ConsoleChannel(
            dispatcher=app.dispatcher, user="mod", locale_hint="en", stdout=out
        )
        await console.send_text("/start QUB")
        await console.send_text("1")  # the first language offered
        author = ConsoleChannel(dispatcher=app.dispatcher, user="author", locale_hint="en",
                                stdout=io.StringIO())  # fmt: skip
        await author.send_text("/start QUB")
        await author.send_text("English")
        async with app.sessionmaker.begin() as session:
            moderator = await repos.find_resident(session, channel="console", external_id="mod")
            writer = await repos.find_resident(session, channel="console", external_id="author")
            place = await repos.municipality_by_code(session, code="QUB")
            assert moderator and writer and place
            await repos.grant_role(
                session, resident=moderator, role=Role.MODERATOR, municipality=place
            )
            numbers = []
            for text in (
                "Please repair the road by the school.",
                "Please add a bench by the bus stop.",
            ):
                change = await proposals.submit(
                    session, author=writer, municipality=place, community_id=None,
                    category="roads", text=text, photos=[], location=None, draft_key=None,
                    event_id=None, now=clock(), per_day=5,
                )  # fmt: skip
                numbers.append(change.proposal.number)
        out.truncate(0)
        out.seek(0)
        await console.send_text("/queue")
        shown = out.getvalue()
        assert "  1. ✅ Approve" in shown and "  5. ✅ Approve" in shown
        assert "  8. 🔁 Duplicate of" in shown  # the second card's last line: numbered on
        await console.send_text("6")  # the line "6." is the second card's Reject
        async with app.sessionmaker() as session:
            assert (await proposals.by_number(session, number=numbers[0])).status == "pending"  # type: ignore[union-attr]
        assert "5. this is not the municipality" in out.getvalue()
        await console.send_text("1")
        await console.send_text("No note")
        async with app.sessionmaker() as session:
            rejected = await proposals.by_number(session, number=numbers[1])
        assert rejected is not None and rejected.status == "rejected" and rejected.note is None


async def test_announcements_correct_then_1_corrects(city: BotHarness) -> None:
    staff_member = await publisher(city, "QUB")
    await announce_now(staff_member, "🗓 Events", "Round table on Tuesday at 11:00.")
    await staff_member.send("/announcements")
    [languages] = await staff_member.send("Correct")
    assert labels(languages) == ["English"]
    [write] = await staff_member.send("1")  # the first (only) language, typed
    assert "English" in write.params["text"]
    [done] = await staff_member.send("Round table on Tuesday at 12:00.")
    assert "corrected" in done.params["text"]
    async with city.app.sessionmaker() as session:
        stored_one = await session.scalar(select(Announcement))
    assert stored_one is not None and stored_one.texts["en"] == "Round table on Tuesday at 12:00."


async def test_event_steps_take_typed_labels_and_minutes(city: BotHarness) -> None:
    staff_member = await publisher(city, "ALA")
    set_clock(city, START - timedelta(days=10))
    await staff_member.send("/event")
    await staff_member.press("Round table")
    await staff_member.send("Roads of Alatau")
    await staff_member.send("Which roads to repair first.")
    await staff_member.press("✔ Done")
    [duration] = await staff_member.send("2027-12-05 18:00")
    assert "A number you type here is minutes" in duration.params["text"]
    assert labels(duration) == ["60 min", "90 min", "120 min"]
    [short] = await staff_member.send("2")  # minutes, as the step says: too short
    assert "15 to" in short.params["text"]
    await staff_member.send("90 min")  # the button's label, typed
    [place] = await staff_member.send("No online link")  # typed, the button
    assert "Where" in place.params["text"] and labels(place) == []
    await staff_member.send("Alatau school")
    await staff_member.send("No map")
    [preview] = await staff_member.send("No limit")  # typed, the button
    assert "Please check" in preview.params["text"]
    await staff_member.press("✅ Publish and invite")
    async with city.app.sessionmaker() as session:
        event = await session.scalar(select(Event))
    assert event is not None
    assert event.duration_minutes == 90 and event.link is None and event.capacity is None
    assert event.place == "Alatau school"


async def test_online_only_typed_is_not_an_address(city: BotHarness) -> None:
    staff_member = await publisher(city, "ALA")
    set_clock(city, START - timedelta(days=10))
    await staff_member.send("/event")
    await staff_member.press("Round table")
    await staff_member.send("Roads of Alatau")
    await staff_member.send("Which roads to repair first.")
    await staff_member.press("✔ Done")
    await staff_member.send("2027-12-05 18:00")
    await staff_member.send("75")  # a number here is minutes
    await staff_member.send("https://meet.example.org/alatau")
    [seats] = await staff_member.send("Online only")
    assert "How many people" in seats.params["text"]
    await staff_member.send("30")
    await staff_member.press("✅ Publish and invite")
    async with city.app.sessionmaker() as session:
        event = await session.scalar(select(Event))
    assert event is not None and event.place is None and event.duration_minutes == 75
    assert event.capacity == 30


# --- the authority answers in chat; no undo once it has ---------------------------------------


@pytest.fixture
async def windowed(
    database_url: str, fake_telegram: FakeTelegram, strict_i18n: I18n, clock: PinnedClock
) -> AsyncIterator[BotHarness]:
    """A 10-minute undo window, as deployed."""
    settings = make_settings(
        database_url, fake_telegram, QUIET_HOURS="off", PROPOSAL_UNDO_MINUTES="10"
    )
    harness = await start_bot(settings, fake_telegram, strict_i18n, clock=clock)
    yield harness
    await harness.app.stop()


async def test_the_authority_answers_in_chat_and_then_nothing_is_undone(
    windowed: BotHarness, clock: PinnedClock
) -> None:
    bot = windowed
    moderator = await staff(bot, 9201, Role.MODERATOR)
    official = await staff(bot, 9202, Role.AUTHORITY)
    resident = await resident_of(bot, 9203, "QUB")
    number = await submit(resident)
    proposal = await stored(bot, number)
    await card_reached(moderator, number=number)
    await moderator.press_data(f"mod:ok:{proposal.id}")

    # In the undo window the proposal is the moderator's: nothing for the authority yet.
    [empty] = await official.send("/answer")
    assert "No proposal is waiting" in empty.params["text"]
    [refused] = await official.press_data(f"auth:answer:{proposal.id}")  # a crafted button
    assert "cannot be answered now" in refused.params["text"]

    clock.advance(timedelta(minutes=11))
    await bot.app.forwarder.release_due()
    listed = await official.send("/answer")
    assert "Proposals to answer: 1" in listed[0].params["text"]
    assert number in listed[1].params["text"]
    assert labels(listed[1]) == ["✍️ Answer", "✅ Mark as done"]
    [unknown] = await official.send("/answer QUB-1999-0001")
    assert "could not find proposal QUB-1999-0001" in unknown.params["text"]
    [one] = (await official.send(f"/answer {number.lower()}"))[1:]
    assert number in one.params["text"]
    await official.send("1")  # typed: the card's first button, Answer
    [sent] = await official.send("We will repair the road in May.")
    assert "was sent to the resident" in sent.params["text"]

    [late] = await moderator.press_data(f"mod:undo:{proposal.id}")
    assert "can no longer be undone" in late.params["text"]
    answered = await stored(bot, number)
    assert answered.status == ProposalStatus.ANSWERED

    # Done is final: it is asked first, in words.
    await official.send("/answer")
    [sure] = await official.press("✅ Mark as done")
    assert "no answer can be added after that" in sure.params["text"]
    await official.send("2")  # typed: back to the menu; nothing closed
    assert (await stored(bot, number)).status == ProposalStatus.ANSWERED
    await official.send("/answer")
    await official.press("✅ Mark as done")
    [closed] = await official.press("✅ Yes, it is done")
    assert "is marked as done" in closed.params["text"]
    answered = await stored(bot, number)
    assert answered.status == ProposalStatus.DONE
    assert answered.answer == "We will repair the road in May."
    await eventually(lambda: got(resident, "We will repair the road in May."), "no answer")
    await bot.outbox_settled()
    after = [str(c.params.get("text")) for c in resident.received if number in str(c.params)]
    assert not any("being checked" in text for text in after)
    await resident.send("/menu")
    await resident.press("✍️ Send a proposal")
    [mine] = await resident.press("📂 My proposals")
    assert "being checked" not in str(mine.params)


async def test_the_authority_answers_from_the_terminal(
    database_url: str, fake_telegram: FakeTelegram, clock: PinnedClock
) -> None:
    settings = make_settings(
        database_url, fake_telegram, QUIET_HOURS="off", PROPOSAL_UNDO_MINUTES="0"
    )
    async with app_by_hand(settings, clock=clock) as app:
        out = io.StringIO()
        console = ConsoleChannel(dispatcher=app.dispatcher, user="mayor", locale_hint="en",
                                 stdout=out)  # fmt: skip
        await console.send_text("/start QUB")
        await console.send_text("English")
        async with app.sessionmaker.begin() as session:
            official = await repos.find_resident(session, channel="console", external_id="mayor")
            place = await repos.municipality_by_code(session, code="QUB")
            assert official and place
            await repos.grant_role(session, resident=official, role=Role.AUTHORITY,
                                   municipality=place)  # fmt: skip
            change = await proposals.submit(
                session, author=official, municipality=place, community_id=None,
                category="roads", text="Please repair the road by the school.", photos=[],
                location=None, draft_key=None, event_id=None, now=clock(), per_day=5,
            )  # fmt: skip
            await proposals.decide(
                session, change.proposal, ProposalStatus.APPROVED, by=official, now=clock()
            )
            number = change.proposal.number
        await app.forwarder.release_due()
        await console.send_text("/answer")
        assert number in out.getvalue() and "  1. ✍️ Answer" in out.getvalue()
        await console.send_text("1")
        await console.send_text("Repaired by Friday.")
        assert "was sent to the resident" in out.getvalue()
        async with app.sessionmaker() as session:
            done = await proposals.by_number(session, number=number)
        assert done is not None and done.answer == "Repaired by Friday."


# --- what cannot be taken back is asked first, with its consequences ---------------------------


async def test_withdrawing_asks_first_saying_from_how_many_chats(city: BotHarness) -> None:
    readers = [await resident_of(city, 9300 + n, "QUB") for n in range(3)]
    staff_member = await publisher(city, "QUB")
    await announce_now(staff_member, "🗓 Events", "Round table on Tuesday at 11:00.")
    for reader in readers:
        await wait_for_message(reader, "Round table on Tuesday at 11:00.")
    await city.outbox_settled()
    await staff_member.send("/announcements")
    [sure] = await staff_member.press("🗑 Withdraw")
    assert "from 4 residents' chats?" in sure.params["text"]  # three readers and the publisher
    assert labels(sure) == ["🗑 Yes, withdraw it", "← Main menu"]
    await staff_member.send("2")  # typed: the second button, back to the menu
    async with city.app.sessionmaker() as session:
        kept = await session.scalar(select(Announcement))
    assert kept is not None and kept.status == AnnouncementStatus.RELEASED
    await staff_member.send("/announcements")
    await staff_member.press("🗑 Withdraw")
    [gone] = await staff_member.press("🗑 Yes, withdraw it")
    assert "is withdrawn" in gone.params["text"]
    async with city.app.sessionmaker() as session:
        withdrawn = await session.scalar(select(Announcement))
    assert withdrawn is not None and withdrawn.status == AnnouncementStatus.WITHDRAWN


async def test_cancelling_a_scheduled_announcement_asks_first(city: BotHarness) -> None:
    await resident_of(city, 9311, "GOR")
    staff_member = await publisher(city, "GOR")
    await staff_member.send("/announce")
    await staff_member.press("🏛 Council decisions")
    await staff_member.send("Council meets on Friday.")
    await staff_member.press("✔ Done")
    await staff_member.press("No attachment")
    await staff_member.press("Choose a time")
    await staff_member.send("01.01.2099 10:00")
    await staff_member.press("✅ Send")
    await staff_member.send("/announcements")
    [sure] = await staff_member.press("✖ Cancel")
    assert "planned for 01.01.2099 10:00? 2 residents will not receive it" in sure.params["text"]
    async with city.app.sessionmaker() as session:
        still = await session.scalar(select(Announcement))
    assert still is not None and still.status == AnnouncementStatus.SCHEDULED
    [done] = await staff_member.send("Yes, cancel it")  # typed
    assert "is cancelled" in done.params["text"]
    async with city.app.sessionmaker() as session:
        gone = await session.scalar(select(Announcement))
    assert gone is not None and gone.status == AnnouncementStatus.CANCELLED


# --- /help and the command menu by role; open help requests -------------------------------------


async def test_help_shows_each_person_the_commands_of_their_roles(city: BotHarness) -> None:
    resident = await resident_of(city, 9401, "QUB")
    [plain] = await resident.send("/help")
    assert "/menu" in plain.params["text"] and "/queue" not in plain.params["text"]
    assert "staff commands" not in plain.params["text"]

    member = await staff(city, 9402, Role.MODERATOR)
    async with city.app.sessionmaker.begin() as session:
        person = await repos.find_resident(session, channel="telegram", external_id="9402")
        goris = await repos.municipality_by_code(session, code="GOR")
        assert person and goris
        await repos.grant_role(session, resident=person, role=Role.PUBLISHER, municipality=goris)
    [shown] = await member.send("/help")
    text = shown.params["text"]
    assert "/menu" in text  # a resident too
    quba = text.index("Quba · moderator")
    goris_at = text.index("Goris · publisher")
    assert "/queue – Proposals waiting for a decision" in text[quba:goris_at]
    assert "/requests" in text[quba:goris_at] and "/announce" not in text[quba:goris_at]
    assert "/announce – Write and send an announcement" in text[goris_at:]
    assert "/event_report" in text[goris_at:] and "/answer" not in text


async def test_the_telegram_menu_follows_roles(
    database_url: str, fake_telegram: FakeTelegram, strict_i18n: I18n, clock: PinnedClock
) -> None:
    settings = make_settings(database_url, fake_telegram, QUIET_HOURS="off")
    bot = await start_bot(settings, fake_telegram, strict_i18n, clock=clock)
    try:
        await staff(bot, 9411, Role.AUTHORITY)
        await resident_of(bot, 9412, "QUB")
    finally:
        await bot.app.stop()
    assert fake_telegram.menu(9411) is None  # granted behind the bot's back: set at next start

    fake_telegram.calls.clear()
    bot = await start_bot(settings, fake_telegram, strict_i18n, clock=clock)
    try:
        assert fake_telegram.menu(9411) == [
            "start", "menu", "language", "settings", "help", "checkin", "stop", "answer",
        ]  # fmt: skip
        assert fake_telegram.menu(9412) is None  # residents keep the default menu
        [call] = [c for c in fake_telegram.calls if c.method == "setMyCommands"
                  and (c.params.get("scope") or {}).get("type") == "chat"]  # fmt: skip
        assert call.params["scope"] == {"type": "chat", "chat_id": 9411}
        assert {"command": "answer", "description": "Proposals for your authority to answer"} in (
            call.params["commands"]
        )
    finally:
        await bot.app.stop()

    # A grant or revoke from the command line sets the person's menu at once.
    env = {"TELEGRAM_BOT_TOKEN": fake_telegram.token, "TELEGRAM_API_URL": fake_telegram.url}
    done = await cli_with(database_url, env, "grant", "moderator", "telegram:9412",
                          "--municipality", "QUB")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert fake_telegram.menu(9412) == [
        "start", "menu", "language", "settings", "help", "checkin", "stop", "queue", "requests",
    ]  # fmt: skip
    done = await cli_with(database_url, env, "revoke", "moderator", "telegram:9412",
                          "--municipality", "QUB")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert fake_telegram.menu(9412) is None  # the residents' default again


async def cli_with(database_url: str, env: dict[str, str], *args: str) -> object:
    import asyncio
    import os
    import subprocess
    import sys

    from bot.config import PROJECT_ROOT

    return await asyncio.to_thread(
        subprocess.run, [sys.executable, "-m", "bot", *args], capture_output=True, text=True,
        env={**os.environ, "DATABASE_URL": database_url, **env}, cwd=PROJECT_ROOT, timeout=120,
    )  # fmt: skip


async def test_open_help_requests_are_listed_and_answered(city: BotHarness) -> None:
    helper = await staff(city, 9421, Role.MODERATOR)
    outsider = await staff(city, 9422, Role.MODERATOR, code="NUR")
    asker = await resident_of(city, 9423, "QUB", "ru")
    async with city.app.sessionmaker.begin() as session:
        person = await repos.find_resident(session, channel="telegram", external_id="9423")
        assert person is not None
        code = next(iter(city.app.dispatcher.tutorials.tutorials))
        opened = await help_requests.open_request(
            session, resident=person, tutorial=code, step=1, now=city.app.clock()
        )
        request_id = opened.request.id
    listed = await helper.send("/requests")
    assert "Help requests waiting for an answer: 1" in listed[0].params["text"]
    assert f"#{request_id}" in listed[1].params["text"] and "Русский" in listed[1].params["text"]
    assert labels(listed[1]) == ["✍️ Answer"]
    [nothing] = await outsider.send("/requests")  # another municipality's helper
    assert "No help request is waiting" in nothing.params["text"]
    [refused] = await asker.send("/requests")
    assert "модераторы" in refused.params["text"]

    await helper.send("1")  # typed: Answer
    [sent] = await helper.send("Откройте сайт банка и выберите «Коммунальные услуги».")
    assert f"#{request_id}" in sent.params["text"]
    await wait_for_message(asker, "Коммунальные услуги")
    [empty] = await helper.send("/requests")
    assert "No help request is waiting" in empty.params["text"]
