"""Publishing announcements in chat, and residents reading them."""

from __future__ import annotations

import asyncio
import time
from datetime import timedelta

from sqlalchemy import select

from bot.i18n import I18n
from handlers.announcements import (
    AnnounceDraft,
    FixDraft,
    Manage,
    Step,
    local,
    manage_id,
    step_id,
)
from storage import repos
from storage.models import Announcement, AnnouncementStatus, Delivery, DeliveryStatus, Role
from tests.clock import PinnedClock, pinned
from tests.conftest import make_settings, start_bot
from tests.fakes.telegram_api import FakeTelegram
from tests.tg_user import BotHarness, TgUser, labels

PUBLISHER = 9001


async def resident_of(bot: BotHarness, user_id: int, code: str, language: str = "en") -> TgUser:
    user = bot.user(user_id=user_id, language_code=language)
    await user.send(f"/start {code}")
    await user.press(bot.app.i18n.self_name(language))
    return user


async def publisher(bot: BotHarness, *codes: str) -> TgUser:
    user = await resident_of(bot, PUBLISHER, codes[0])
    async with bot.app.sessionmaker.begin() as session:
        resident = await repos.find_resident(
            session, channel="telegram", external_id=str(PUBLISHER)
        )
        assert resident is not None
        for code in codes:
            place = await repos.municipality_by_code(session, code=code)
            await repos.grant_role(
                session, resident=resident, role=Role.PUBLISHER, municipality=place
            )
    return user


async def announce_now(staff: TgUser, topic: str, text: str) -> tuple[str, str]:
    """Publish to the whole municipality at once, with no attachment; returns the preview's and
    the confirmation's text."""
    await staff.send("/announce")
    await staff.press("Continue ▸")
    await staff.press(topic)
    await staff.send(text)
    await staff.press("✔ Done")
    await staff.press("No attachment")
    [preview] = await staff.press("Send now")
    [sending] = await staff.press("✅ Send")
    # Delivered before the test goes on: a publisher living there gets it too, and it must not
    # land in the middle of their next answer.
    await staff.harness.outbox_settled()
    return str(preview.params["text"]), str(sending.params["text"])


async def wait_for_message(user: TgUser, text: str, timeout: float = 10) -> None:
    deadline = time.monotonic() + timeout
    while not any(text in str(c.params.get("text")) for c in user.received):
        if time.monotonic() > deadline:
            raise AssertionError(f"{user.id} never received {text!r}")
        await asyncio.sleep(0.05)


async def test_publish_to_one_village_now(bot: BotHarness) -> None:
    villager = await resident_of(bot, 6001, "QUB-XIN", "ru")
    townsman = await resident_of(bot, 6002, "QUB-SHR")
    elsewhere = await resident_of(bot, 6003, "NUR")
    staff = await publisher(bot, "QUB")

    [audience] = await staff.send("/announce")
    assert "Quba" in audience.params["text"]
    [audience] = await staff.press("▫️ Khinalug")
    assert "✅ Khinalug" in labels(audience)
    [category] = await staff.press("Continue ▸")
    [write] = await staff.press("💧 Water, gas, power")
    assert "English" in write.params["text"]
    [more] = await staff.send("Water is off on Monday from 10 to 14.")
    [write] = await staff.press("Русский")
    await staff.send("В понедельник с 10 до 14 не будет воды.")
    await staff.press("✔ Done")
    await staff.press("No attachment")
    [preview] = await staff.press("Send now")
    assert "It will reach one resident." in preview.params["text"]
    assert "English, Русский" in preview.params["text"]
    [sending] = await staff.press("✅ Send")
    assert "Sending to one resident" in sending.params["text"]

    await wait_for_message(villager, "В понедельник с 10 до 14 не будет воды.")
    await bot.outbox_settled()
    assert not any("Monday" in str(c.params.get("text")) for c in townsman.received)
    assert not any("Monday" in str(c.params.get("text")) for c in elsewhere.received)

    # The villager finds it under Announcements too.
    replies = await villager.press("📢 Объявления")
    assert "не будет воды" in replies[0].params["text"]


async def test_schedule_then_cancel(bot: BotHarness) -> None:
    staff = await publisher(bot, "DIL", "GOR")
    [choose] = await staff.send("/announce")
    assert labels(choose) == ["Dilijan", "Goris"]
    await staff.press("Goris")  # no villages: straight to the topic
    await staff.press("🏛 Council decisions")
    await staff.send("Council meets on Friday.")
    await staff.press("✔ Done")
    await staff.press("No attachment")
    [ask] = await staff.press("Choose a time")
    [bad] = await staff.send("next friday")
    assert "could not read" in bad.params["text"]
    [past] = await staff.send("01.01.2020 10:00")
    assert "passed" in past.params["text"]
    [preview] = await staff.send("01.01.2099 10:00")
    assert "01.01.2099 10:00" in preview.params["text"]
    [done] = await staff.press("✅ Send")
    assert "Scheduled for 01.01.2099 10:00" in done.params["text"]

    [item] = await staff.send("/announcements")
    assert "scheduled" in item.params["text"] and labels(item) == ["✖ Cancel"]
    [sure] = await staff.press("✖ Cancel")
    assert "This cannot be taken back" in sure.params["text"]
    await staff.press("✖ Yes, cancel it")
    async with bot.app.sessionmaker() as session:
        stored = await session.scalar(select(Announcement))
    assert stored is not None and stored.status == AnnouncementStatus.CANCELLED
    assert stored.send_at.year == 2099 and stored.send_at.hour == 6  # 10:00 in Yerevan is 06:00 UTC


async def test_non_publishers_and_other_municipalities_are_refused(bot: BotHarness) -> None:
    resident = await resident_of(bot, 6101, "SAB")
    [refused] = await resident.send("/announce")
    assert "Only staff of the municipality who publish" in refused.params["text"]
    [refused] = await resident.send("/announcements")
    assert "Only staff of the municipality who publish" in refused.params["text"]

    staff = await publisher(bot, "QUB")
    async with bot.app.sessionmaker() as session:
        nura = await repos.municipality_by_code(session, code="NUR")
        assert nura is not None
    await staff.send("/announce")
    [refused] = await staff.press_data(f"an:m:{nura.id}")  # forged: not their municipality
    assert "Only staff of the municipality who publish" in refused.params["text"]
    [refused] = await resident.press_data("an:ok")  # a resident pressing a publisher's button
    assert "no longer active" in refused.params["text"]
    async with bot.app.sessionmaker() as session:
        assert await session.scalar(select(Announcement)) is None


async def test_correct_and_withdraw_a_sent_announcement(bot: BotHarness) -> None:
    reader = await resident_of(bot, 6201, "ALA")
    staff = await publisher(bot, "ALA")
    await staff.send("/announce")
    await staff.press("🗓 Events")
    await staff.send("Round table on Tuesday at 11:00.")
    await staff.press("✔ Done")
    await staff.press("No attachment")
    await staff.press("Send now")
    await staff.press("✅ Send")
    await wait_for_message(reader, "Round table on Tuesday at 11:00.")
    await bot.outbox_settled()  # the publisher's own copy too, not in the middle of the list

    deadline = time.monotonic() + 10
    while True:
        [item] = await staff.send("/announcements")
        if "Sent: 2" in item.params["text"] or time.monotonic() > deadline:  # reader and staff
            break
        await asyncio.sleep(0.1)
    assert "Sent: 2" in item.params["text"]
    await staff.press("✏️ Correct")
    await staff.press("English")
    [done] = await staff.send("Round table on Tuesday at 12:00.")
    assert "corrected in 2 chats" in done.params["text"]
    edits = [c for c in bot.fake.calls if c.method == "editMessageText"]
    deadline = time.monotonic() + 10
    while len(edits) < 2 and time.monotonic() < deadline:
        await asyncio.sleep(0.05)
        edits = [c for c in bot.fake.calls if c.method == "editMessageText"]
    assert {c.params["text"] for c in edits} == {"Round table on Tuesday at 12:00."}

    [item] = await staff.send("/announcements")
    await staff.press("🗑 Withdraw")
    await staff.press("🗑 Yes, withdraw it")
    deadline = time.monotonic() + 10
    while len([c for c in bot.fake.calls if c.method == "deleteMessage"]) < 2:
        assert time.monotonic() < deadline, "the withdrawal never reached the chats"
        await asyncio.sleep(0.05)
    [empty] = await reader.press("📢 Announcements")
    assert "no announcements" in empty.params["text"]


async def test_a_scheduled_announcement_survives_a_restart(
    database_url: str, fake_telegram: FakeTelegram, strict_i18n: I18n, clock: PinnedClock
) -> None:
    settings = make_settings(database_url, fake_telegram, QUIET_HOURS="off")
    first = await start_bot(settings, fake_telegram, strict_i18n, clock=clock)
    reader = await resident_of(first, 6301, "XAC-NAB")
    async with first.app.sessionmaker.begin() as session:
        place = await repos.municipality_by_code(session, code="XAC")
        assert place is not None
        session.add(
            Announcement(
                municipality_id=place.id, category="utilities", media=None,
                texts={"en": "Gas is off tomorrow"}, send_at=clock() + timedelta(seconds=2),
            )
        )  # fmt: skip
    await first.app.stop()  # down before it is due

    second = await start_bot(
        make_settings(database_url, fake_telegram, QUIET_HOURS="off"), fake_telegram, strict_i18n,
        clock=clock,
    )  # fmt: skip
    try:
        reader.harness = second
        await wait_for_message(reader, "Gas is off tomorrow", timeout=30)
    finally:
        await second.app.stop()
    assert sum("Gas is off" in str(c.params.get("text")) for c in reader.received) == 1


async def test_residents_mute_topics_but_emergencies_still_come(bot: BotHarness) -> None:
    neighbour = await resident_of(bot, 6402, "SHE")  # mutes nothing: proof the notice went out
    reader = await resident_of(bot, 6401, "SHE")
    await reader.send("/settings")
    [topics] = await reader.press("🗂 Topics")
    assert "✅ 💧 Water, gas, power" in labels(topics)
    assert not any("Emergency" in label for label in labels(topics))
    [saved] = await reader.press("✅ 💧 Water, gas, power")
    assert "🔕 💧 Water, gas, power" in labels(saved)

    staff = await publisher(bot, "SHE")
    for topic, text in (("💧 Water, gas, power", "Water off"), ("🚨 Emergency", "Storm warning")):
        preview, _ = await announce_now(staff, topic, text)
        reach = "2 residents" if topic.endswith("power") else "3 residents"
        assert f"It will reach {reach}." in preview  # the muted one is not counted
    await wait_for_message(reader, "Storm warning")
    await wait_for_message(neighbour, "Water off")
    await bot.outbox_settled()
    assert not any("Water off" in str(c.params.get("text")) for c in reader.received)
    async with bot.app.sessionmaker() as session:
        skipped = await session.scalar(
            select(Delivery.last_error).where(
                Delivery.chat_ref == str(reader.id), Delivery.status == DeliveryStatus.SKIPPED
            )
        )
    assert skipped == "category muted"


async def test_attachments_photo_with_caption_and_document_before_long_text(
    bot: BotHarness,
) -> None:
    reader = await resident_of(bot, 6501, "GOR")
    staff = await publisher(bot, "GOR")
    await staff.send("/announce")
    await staff.press("💼 Jobs")
    await staff.send("The municipality is hiring an accountant.")
    [attach] = await staff.press("✔ Done")
    [hint] = await staff.send("here it is")  # text where an attachment was asked
    assert labels(hint) == ["No attachment"]
    await staff.send_photo()
    [preview] = await staff.press("Send now")
    assert "Attachment: photo" in preview.params["text"]
    await staff.press("✅ Send")

    deadline = time.monotonic() + 10
    photos: list = []
    while len(photos) < 2 and time.monotonic() < deadline:
        photos = [c for c in bot.fake.calls if c.method == "sendPhoto"]
        await asyncio.sleep(0.05)
    assert {int(c.chat_id or 0) for c in photos} == {reader.id, staff.id}
    assert photos[0].params["photo"] == "PHOTO-1280"  # the largest size
    assert photos[0].params["caption"] == "The municipality is hiring an accountant."

    await staff.send("/announcements")
    await staff.press("✏️ Correct")
    await staff.press("English")
    await staff.send("The municipality is hiring two accountants.")
    deadline = time.monotonic() + 10
    while len([c for c in bot.fake.calls if c.method == "editMessageCaption"]) < 2:
        assert time.monotonic() < deadline
        await asyncio.sleep(0.05)

    long_text = "Budget execution report. " * 60  # longer than a caption may be
    await staff.send("/announce")
    await staff.press("💰 Budget")
    await staff.send(long_text)
    await staff.press("✔ Done")
    await staff.send_document()
    await staff.press("Send now")
    await staff.press("✅ Send")
    await wait_for_message(reader, "Budget execution report.")
    documents = [c for c in bot.fake.calls if c.method == "sendDocument"]
    assert documents and documents[0].params.get("caption") is None  # the text follows it


async def test_residents_browse_the_information_library(bot: BotHarness) -> None:
    reader = await resident_of(bot, 6601, "NUR-IZE", "kk")
    [empty] = await reader.press("📢 Хабарландырулар")
    [topics] = await reader.press("📚 Ақпарат")
    assert "💰 Бюджеттің атқарылуы" in labels(topics)
    [items] = await reader.press("📜 Құқықтық актілер")
    [item] = await reader.press(labels(items)[0])
    assert "https://adilet.zan.kz" in item.params["text"]  # the link of the acts item
    [back] = await reader.press(labels(item)[0])  # ← back to the topic's items
    assert labels(back) == labels(items)
    [forged] = await reader.press_data("lib:i:1")  # an item of another municipality (Quba)
    assert labels(forged) == labels(topics)  # shown its own topics instead


async def release_directly(bot: BotHarness, code: str, texts: list[str]) -> list[int]:
    ids = []
    async with bot.app.sessionmaker.begin() as session:
        place = await repos.municipality_by_code(session, code=code)
        assert place is not None
        for n, text in enumerate(texts):
            at = bot.app.clock() - timedelta(hours=len(texts) - n)
            announcement = Announcement(
                municipality_id=place.id, category="council", texts={"en": text}, media=None,
                send_at=at, released_at=at, status=AnnouncementStatus.RELEASED,
            )  # fmt: skip
            session.add(announcement)
            await session.flush()
            ids.append(announcement.id)
    return ids


async def test_residents_page_through_older_announcements(bot: BotHarness) -> None:
    reader = await resident_of(bot, 6701, "SAB")
    await release_directly(bot, "SAB", ["First", "Second", "Third", "Fourth"])
    page = await reader.press("📢 Announcements")
    assert [c.params["text"].split("\n\n")[-1] for c in page[:3]] == ["Fourth", "Third", "Second"]
    assert labels(page[-1])[0] == "◂ Older"
    older = await reader.press("◂ Older")
    assert older[0].params["text"].endswith("First")
    assert "◂ Older" not in labels(older[-1])


async def test_a_publisher_cannot_touch_another_municipalitys_announcement(bot: BotHarness) -> None:
    [theirs] = await release_directly(bot, "DIL", ["Dilijan news"])
    staff = await publisher(bot, "GOR")
    for action in ("withdraw", "fix", "cancel"):
        [refused] = await staff.press_data(f"ans:{action}:{theirs}")
        assert "Only staff of the municipality who publish" in refused.params["text"]
    async with bot.app.sessionmaker() as session:
        stored = await session.get(Announcement, theirs)
    assert stored is not None and stored.status == AnnouncementStatus.RELEASED


async def test_an_older_keyboards_button_keeps_the_draft(bot: BotHarness) -> None:
    staff = await publisher(bot, "GOR")
    await staff.send("/announce")
    [write] = await staff.press("🏛 Council decisions")
    [hint] = await staff.press_data(step_id(Step.GO))  # the audience's Continue, long gone
    assert "did not understand" in hint.params["text"]
    [hint] = await staff.press_data(step_id(Step.OK))  # Send, before there is a preview
    assert "did not understand" in hint.params["text"]
    [more] = await staff.send("Council meets on Friday.")  # the draft went on where it was
    assert "✔ Done" in labels(more)
    [hint] = await staff.press_data(step_id(Step.NO_MEDIA))
    assert labels(hint) == labels(more)  # the newest keyboard again
    await staff.press("✔ Done")
    await staff.press("No attachment")
    [preview] = await staff.press("Send now")
    assert "Council meets on Friday." in preview.params["text"]


async def test_a_preview_left_open_past_its_time_is_not_sent_late(bot: BotHarness) -> None:
    staff = await publisher(bot, "GOR")
    await staff.send("/announce")
    await staff.press("🏛 Council decisions")
    await staff.send("Council meets in ten minutes.")
    await staff.press("✔ Done")
    await staff.press("No attachment")
    await staff.press("Choose a time")
    async with bot.app.sessionmaker() as session:
        goris = await repos.municipality_by_code(session, code="GOR")
    assert goris is not None
    [preview] = await staff.send(local(bot.app.clock() + timedelta(minutes=10), goris))
    assert "✅ Send" in labels(preview)
    pinned(bot.app).advance(timedelta(hours=1))
    [again] = await staff.press("✅ Send")
    assert "This time has passed" in again.params["text"]
    async with bot.app.sessionmaker() as session:
        assert await session.scalar(select(Announcement)) is None
    [preview] = await staff.send(local(bot.app.clock() + timedelta(days=1), goris))
    [done] = await staff.press("✅ Send")
    assert "Scheduled for" in done.params["text"]


async def test_old_buttons_cannot_change_what_its_status_forbids(bot: BotHarness) -> None:
    [released] = await release_directly(bot, "GOR", ["Goris news"])
    staff = await publisher(bot, "GOR")
    [refused] = await staff.press_data(manage_id(Manage.CANCEL, released))  # too late to cancel
    assert "no longer active" in refused.params["text"]
    [refused] = await staff.press_data(f"ans:bogus:{released}")
    assert "no longer active" in refused.params["text"]
    [sure] = await staff.press_data(manage_id(Manage.WITHDRAW, released))
    assert "This cannot be taken back" in sure.params["text"]
    [gone] = await staff.press_data(manage_id(Manage.WITHDRAW_OK, released))
    assert f"#{released} is withdrawn" in gone.params["text"]
    for action in Manage:  # a withdrawn one is final
        [refused] = await staff.press_data(manage_id(action, released))
        assert "no longer active" in refused.params["text"]
    async with bot.app.sessionmaker() as session:
        stored = await session.get(Announcement, released)
    assert stored is not None and stored.status == AnnouncementStatus.WITHDRAWN
    [item] = await staff.send("/announcements")
    assert labels(item) == []  # nothing left to do with it


async def test_a_correction_begun_before_a_withdrawal_is_refused(bot: BotHarness) -> None:
    [released] = await release_directly(bot, "GOR", ["Goris news"])
    staff = await publisher(bot, "GOR")
    await staff.press_data(manage_id(Manage.FIX, released))
    await staff.press("English")
    async with bot.app.sessionmaker.begin() as session:  # withdrawn meanwhile (another device)
        stored = await session.get(Announcement, released)
        assert stored is not None
        stored.status = AnnouncementStatus.WITHDRAWN
    [refused] = await staff.send("Goris news, corrected")
    assert "no longer active" in refused.params["text"]
    async with bot.app.sessionmaker() as session:
        stored = await session.get(Announcement, released)
    assert stored is not None and stored.texts == {"en": "Goris news"}


def test_drafts_and_choice_ids_stay_compatible() -> None:
    """Drafts stored before they were typed still load; the picker's keys stay "m" and "c"."""
    old = {"m": 4, "c": [9], "cat": "water", "texts": {"en": "Hi"}, "lang": "en", "at": None}
    draft = AnnounceDraft.load(old)
    assert (draft.municipality_id, draft.community_ids, draft.category) == (4, [9], "water")
    assert draft.language == "en" and draft.texts == {"en": "Hi"}
    assert draft.dump() == old | {"media": None}
    assert FixDraft.load({"id": 12, "lang": "ru"}) == FixDraft(announcement_id=12, language="ru")
    assert step_id(Step.CATEGORY, "utilities") == "an:cat:utilities"
    assert step_id(Step.CANCEL) == "an:x" and step_id(Step.MUNICIPALITY, 3) == "an:m:3"
    assert manage_id(Manage.FIX, 7) == "ans:fix:7"
    longest = manage_id(Manage.WITHDRAW, 999_999_999)
    assert len(longest.encode()) <= 64
