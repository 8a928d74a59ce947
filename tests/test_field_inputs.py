"""Inputs from the field (issue 14, Telegram and hostile input): the payloads captured in
`tests/data/field_cases/` replayed through the real client against the fake Bot API, on SQLite and
PostgreSQL."""

from __future__ import annotations

import copy
import json
import logging
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from bot.i18n import I18n
from bot.messages import choice_to_payload
from storage import repos
from storage.models import Consent, Delivery, Proposal, Resident
from tests.clock import PinnedClock
from tests.conftest import make_settings, start_bot
from tests.fakes.telegram_api import FakeTelegram
from tests.tg_user import BotHarness, TgUser, texts

CASES = Path(__file__).parent / "data" / "field_cases"
TEXT = "Please repair the road between the school and the bus stop on Nizami street."
GENERIC_ERROR = "something went wrong"


def case(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((CASES / name).read_text(encoding="utf-8"))
    return data


def as_user(user: TgUser, update: dict[str, Any]) -> dict[str, Any]:
    """A captured update as sent by `user` now (its chat, its sender, the app's time), without
    its update_id (the fake assigns one)."""
    body = copy.deepcopy({k: v for k, v in update.items() if k != "update_id"})
    for key in ("message", "edited_message"):
        if key in body:
            message = body[key]
            message["from"] = {**message["from"], "id": user.id}
            if message["chat"]["type"] == "private":
                message["chat"] = user.chat
            message["date"] = user.now()
            if "edit_date" in message:
                message["edit_date"] = user.now()
    return body


@pytest.fixture
async def city(
    database_url: str, fake_telegram: FakeTelegram, strict_i18n: I18n, clock: PinnedClock
) -> AsyncIterator[BotHarness]:
    settings = make_settings(
        database_url, fake_telegram, QUIET_HOURS="off", PROPOSAL_UNDO_MINUTES="0"
    )
    harness = await start_bot(settings, fake_telegram, strict_i18n, clock=clock)
    # Album answers wait for the album's last item; a minute keeps this test clear of the
    # machine's pace, and the test moves the clock past it.
    harness.app.dispatcher.album_window = timedelta(minutes=1)
    yield harness
    await harness.app.stop()


async def resident_of(bot: BotHarness, user_id: int, code: str = "QUB") -> TgUser:
    user = bot.user(user_id=user_id, first_name="Leyla")
    await user.send(f"/start {code}")
    await user.press("English")
    return user


async def at_text_step(user: TgUser) -> None:
    await user.send("/menu")
    await user.press("✍️ Send a proposal")
    await user.press("✍️ New proposal")
    await user.press("🛣 Roads")


async def stored_resident(bot: BotHarness, user_id: int) -> Resident:
    async with bot.app.sessionmaker() as session:
        found = await repos.find_resident(session, channel="telegram", external_id=str(user_id))
        assert found is not None
        return found


async def latest_proposal(bot: BotHarness) -> Proposal:
    async with bot.app.sessionmaker() as session:
        proposal = await session.scalar(select(Proposal).order_by(Proposal.id.desc()))
        assert proposal is not None
        return proposal


async def album_answer(bot: BotHarness, clock: PinnedClock, user: TgUser, before: int) -> str:
    """Nothing is said while the album may still grow; once its window passed, one answer."""
    await bot.outbox_settled()
    assert len(user.received) == before, texts(user.received[before:])
    clock.advance(timedelta(minutes=2))
    await bot.outbox_settled()
    [answer] = user.received[before:]
    return str(answer.params["text"])


def no_errors(caplog: pytest.LogCaptureFixture) -> None:
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert not errors, [r.getMessage() for r in errors]


# --- captions -----------------------------------------------------------------------------------


async def test_a_photo_with_its_caption_at_the_text_step_keeps_both(
    city: BotHarness, caplog: pytest.LogCaptureFixture
) -> None:
    user = await resident_of(city, 7104)
    await at_text_step(user)
    [answer] = await user.update(
        as_user(user, case("tg-photo-caption-at-text-step.json")["update"])
    )
    # One answer, from the photo step: the caption was the text, the photo was kept.
    assert answer.params["text"].startswith("Photo saved (1 of 3)")
    await user.press("Done ▸")
    await user.press("Skip ▸")
    await user.press("✅ Send")
    proposal = await latest_proposal(city)
    assert proposal.text == TEXT and proposal.photos == ["CAP-1280"]
    no_errors(caplog)


async def test_a_caption_while_editing_the_text_says_the_photo_was_not_kept(
    city: BotHarness,
) -> None:
    user = await resident_of(city, 7106)
    await at_text_step(user)
    await user.send("The old text of my proposal, long enough to be kept.")
    await user.press("Skip ▸")
    await user.press("Skip ▸")
    await user.press("✏️ Edit text")
    update = as_user(user, case("tg-photo-caption-at-text-step.json")["update"])
    preview, note = await user.update(update)
    assert TEXT in preview.params["text"]  # the caption is the new text
    assert note.params["text"].endswith("The photo itself was not kept here.")
    await user.press("✅ Send")
    proposal = await latest_proposal(city)
    assert proposal.text == TEXT and proposal.photos == []


async def test_a_short_caption_is_answered_as_short_text(city: BotHarness) -> None:
    user = await resident_of(city, 7105)
    await at_text_step(user)
    update = as_user(user, case("tg-photo-caption-at-text-step.json")["update"])
    update["message"]["caption"] = "Road"
    [answer] = await user.update(update)
    assert "20" in answer.params["text"] and "Photo saved" not in answer.params["text"]


# --- albums -------------------------------------------------------------------------------------


async def test_an_album_at_the_text_step_gets_one_answer_and_keeps_caption_and_photos(
    city: BotHarness, clock: PinnedClock
) -> None:
    user = await resident_of(city, 7104)
    await at_text_step(user)
    before = len(user.received)
    for update in case("tg-album-media-group.json")["updates_at_text_step"]:
        await user.update(as_user(user, update))
    answer = await album_answer(city, clock, user, before)
    assert answer.startswith("Received together: 3. All kept.")
    assert "share the place" in answer  # three photos: the photo step is done
    await user.press("Skip ▸")
    await user.press("✅ Send")
    proposal = await latest_proposal(city)
    assert proposal.text == TEXT
    assert proposal.photos == ["ALB0-1280", "ALB1-1280", "ALB2-1280"]


async def test_an_album_of_five_where_three_fit_says_what_was_not_kept(
    city: BotHarness, clock: PinnedClock
) -> None:
    user = await resident_of(city, 7104)
    await at_text_step(user)
    await user.send(TEXT)
    before = len(user.received)
    for update in case("tg-album-media-group.json")["updates_at_photos_step"]:
        await user.update(as_user(user, update))
    answer = await album_answer(city, clock, user, before)
    assert answer.startswith("Received together: 5. Kept: 3. Not kept: 2")
    await user.press("Skip ▸")
    await user.press("✅ Send")
    assert (await latest_proposal(city)).photos == ["P0-1280", "P1-1280", "P2-1280"]
    async with city.app.sessionmaker() as session:  # one outbox row for the album, sent
        rows = await session.scalar(
            select(func.count()).select_from(Delivery).where(Delivery.topic == "album:99887")
        )
    assert rows == 1


# --- live location ------------------------------------------------------------------------------


async def test_a_live_location_is_the_place_and_its_moves_get_no_answer(
    city: BotHarness, caplog: pytest.LogCaptureFixture
) -> None:
    user = await resident_of(city, 7104)
    await at_text_step(user)
    await user.send(TEXT)
    await user.press("Skip ▸")
    first, *moves = case("tg-live-location-edits.json")["updates"]
    [preview] = await user.update(as_user(user, first))
    assert "openstreetmap.org/?mlat=41.3611&mlon=48.5126" in preview.params["text"]
    for move in moves:
        assert await user.update(as_user(user, move)) == []
    await city.outbox_settled()
    assert user.last is preview
    await user.press("✅ Send")
    assert (await latest_proposal(city)).location == {"lat": 41.3611, "lon": 48.5126}
    no_errors(caplog)


# --- forum topics -------------------------------------------------------------------------------


async def test_a_command_in_a_forum_topic_is_answered_in_that_topic(city: BotHarness) -> None:
    update = case("tg-forum-topic.json")["update"]
    chat = update["message"]["chat"]
    group = city.user(user_id=7108, chat=chat)
    [answer] = await group.update({"message": {**update["message"], "date": group.now()}})
    assert int(answer.params["message_thread_id"]) == 42
    assert int(answer.params["chat_id"]) == chat["id"]


async def test_moderation_cards_go_to_the_topic_the_content_names(city: BotHarness) -> None:
    async with city.app.sessionmaker.begin() as session:
        place = await repos.municipality_by_code(session, code="QUB")
        assert place is not None
        place.moderation_chat = "-1001500600700/42"
    user = await resident_of(city, 7110)
    await at_text_step(user)
    await user.send(TEXT)
    await user.press("Skip ▸")
    await user.press("Skip ▸")
    await user.press("✅ Send")
    await city.outbox_settled()
    group = city.user(user_id=1, chat={"id": -1001500600700, "type": "supergroup"})
    [card] = group.received
    assert int(card.params["message_thread_id"]) == 42
    assert TEXT in card.params["text"]


# --- the longest values -------------------------------------------------------------------------


async def test_the_longest_telegram_name_is_stored_whole(
    city: BotHarness, caplog: pytest.LogCaptureFixture
) -> None:
    update = case("tg-longest-name.json")["update"]
    sender = update["message"]["from"]
    user = city.user(user_id=7117, first_name=sender["first_name"])
    answers = await user.update(as_user(user, update))
    assert answers and all(GENERIC_ERROR not in t.lower() for t in texts(answers))
    resident = await stored_resident(city, 7117)
    assert resident.display_name == f"{sender['first_name']} {sender['last_name']}"
    assert len(resident.display_name) == 129
    no_errors(caplog)


async def test_the_longest_value_of_every_field_from_telegram(
    city: BotHarness, caplog: pytest.LogCaptureFixture
) -> None:
    """Names, username, start payload, caption, file name, place title: each at the platform's
    longest, in letters PostgreSQL stores as two bytes."""
    user = city.user(user_id=7119, first_name="Ə" * 64)
    longest_sender = {**user.sender, "last_name": "Ş" * 64, "username": "u" * 32}
    start = user.message("/start " + "Ş" * 64)
    start["from"] = longest_sender
    answers = await user.update({"message": start})
    assert answers and GENERIC_ERROR not in " ".join(texts(answers)).lower()
    await user.press("English")
    await user.send("/start QUB")
    await at_text_step(user)
    caption = ("Ş" * 1023) + "."
    photo = [{"file_id": "F" * 200, "file_unique_id": "u", "width": 1, "height": 1}]
    [answer] = await user.update({"message": user.message(photo=photo, caption=caption)})
    assert answer.params["text"].startswith("Photo saved")
    document = {"file_id": "DOC", "file_unique_id": "d", "file_name": "Ə" * 251 + ".pdf"}
    await user.update({"message": user.message(document=document)})
    await user.press("Done ▸")
    venue = {
        "location": {"latitude": 41.3611, "longitude": 48.5126},
        "title": "Ə" * 4096,
        "address": "Ş" * 4096,
    }
    [preview] = await user.update(
        {"message": user.message(location=venue["location"], venue=venue)}
    )
    assert "openstreetmap" in preview.params["text"]
    await user.press("✅ Send")
    proposal = await latest_proposal(city)
    assert proposal.text == caption and proposal.photos == ["F" * 200]
    no_errors(caplog)


# --- first contact through a staff group's button link ------------------------------------------


async def test_first_contact_through_a_button_link_greets_and_records_consent(
    city: BotHarness, caplog: pytest.LogCaptureFixture
) -> None:
    update = case("tg-first-contact-through-button-link.json")["update"]
    user = city.user(user_id=7118)
    [greeting] = await user.update(as_user(user, update))
    assert "English" in [label for label, _ in greeting.buttons]  # the languages
    assert "Main menu" not in greeting.params["text"]
    resident = await stored_resident(city, 7118)
    async with city.app.sessionmaker() as session:
        consents = await session.scalar(
            select(func.count()).select_from(Consent).where(Consent.resident_id == resident.id)
        )
    assert consents == 1 and resident.state.name == "language"
    assert resident.pending_choice == "menu:main"
    no_errors(caplog)


async def test_the_links_button_is_pressed_once_onboarding_is_done(city: BotHarness) -> None:
    user = city.user(user_id=7123)
    await user.send("/start " + choice_to_payload("prop:mine"))  # "My proposals"
    await user.press("English")
    await user.press("Kazakhstan")
    [communities] = await user.press("Shemonaikha District")
    assert "communities" in communities.params["text"]  # not yet: onboarding goes on
    answers = await user.press("Not in the list")
    assert texts(answers)[-1] == "You have not sent any proposals yet."
    assert (await stored_resident(city, 7123)).pending_choice is None
    [menu] = await user.send("/menu")  # pressed once only
    assert "You have not sent any proposals yet." not in menu.params["text"]


async def test_a_button_link_still_presses_for_someone_onboarded(city: BotHarness) -> None:
    user = await resident_of(city, 7120)
    [menu] = await user.send("/start " + choice_to_payload("menu:main"))
    assert "✍️ Send a proposal" in [label for label, _ in menu.buttons]


@pytest.mark.parametrize("payload", ["c_é", "c_" + "я" * 62, "c_!!!", "c_"])
async def test_a_deep_link_that_cannot_be_decoded_gets_a_clear_answer(
    city: BotHarness, caplog: pytest.LogCaptureFixture, payload: str
) -> None:
    user = await resident_of(city, 7121)
    answer, menu = await user.send(f"/start {payload}")
    assert "I do not know the code" in answer.params["text"]
    assert "✍️ Send a proposal" in [label for label, _ in menu.buttons]
    newcomer = city.user(user_id=7122)
    [greeting] = await newcomer.send(f"/start {payload}")
    assert "English" in [label for label, _ in greeting.buttons]
    no_errors(caplog)


# --- hostile input ------------------------------------------------------------------------------


async def test_nul_and_lone_surrogates_are_cleaned_and_stored(
    city: BotHarness, caplog: pytest.LogCaptureFixture
) -> None:
    user = await resident_of(city, 7130)
    await at_text_step(user)
    typed = "Road\x00 near the school \ud83d is broken, please repair it soon."
    [answer] = await user.send(typed)
    assert "photos" in answer.params["text"]
    await user.press("Skip ▸")
    await user.press("Skip ▸")
    await user.press("✅ Send")
    proposal = await latest_proposal(city)
    assert proposal.text == "Road near the school \ufffd is broken, please repair it soon."
    no_errors(caplog)


@pytest.mark.parametrize(
    "content",
    [
        {"text": ["a", "list"]},
        {"text": {"a": "dict"}},
        {"caption": 5, "photo": [{"file_id": "x", "file_unique_id": "u", "width": 1, "height": 1}]},
        {"location": {"latitude": "north", "longitude": 1}},
        {"location": {"latitude": 1e308 * 10, "longitude": 1}},
        {"document": {"file_id": ["x"], "file_unique_id": "d"}},
    ],
)
async def test_fields_of_the_wrong_type_are_refused_quietly(
    city: BotHarness, caplog: pytest.LogCaptureFixture, content: dict[str, Any]
) -> None:
    user = await resident_of(city, 7131)
    await user.update({"message": {**user.message(), **content}})
    [probe] = await user.send("/help")  # still served
    assert probe.params["text"]
    assert all(GENERIC_ERROR not in t.lower() for t in texts(user.received))
    no_errors(caplog)


UNREADABLE = [
    {"message": {"message_id": 1, "date": 1764547200, "chat": {"id": 7140, "type": "private"},
                 "from": {"id": 7140, "is_bot": False}, "text": "no first_name"}},
    {"message": {"message_id": 2, "chat": {"id": 7140, "type": "private"},
                 "from": {"id": 7140, "is_bot": False, "first_name": "L"}, "text": "no date"}},
    {"callback_query": {"id": "1", "data": "menu:main"}},
]  # fmt: skip


@pytest.mark.parametrize("webhook", [False, True])
async def test_an_update_the_client_cannot_read_is_skipped_once(
    database_url: str,
    fake_telegram: FakeTelegram,
    strict_i18n: I18n,
    clock: PinnedClock,
    caplog: pytest.LogCaptureFixture,
    webhook: bool,
) -> None:
    env = {}
    if webhook:
        from tests.conftest import WEBHOOK_SECRET, free_port

        port = free_port()
        env = {"WEB_PORT": str(port), "TELEGRAM_WEBHOOK_URL": f"http://127.0.0.1:{port}/telegram",
               "TELEGRAM_WEBHOOK_SECRET": WEBHOOK_SECRET}  # fmt: skip
    settings = make_settings(database_url, fake_telegram, **env)
    bot = await start_bot(settings, fake_telegram, strict_i18n, clock=clock)
    try:
        user = bot.user(user_id=7140)
        for body in UNREADABLE:
            await fake_telegram.push(copy.deepcopy(body))
        [greeting] = await user.send("/start")  # the update after them is served
        assert "English" in [label for label, _ in greeting.buttons]
        skipped = [r for r in caplog.records if "cannot be read" in r.getMessage()]
        assert len(skipped) == len(UNREADABLE)  # each logged once, none fetched again
        assert not webhook or fake_telegram.acked >= 3
        no_errors(caplog)
    finally:
        await bot.app.stop()


# --- on WhatsApp too ------------------------------------------------------------------------------


async def test_whatsapp_text_is_cleaned_by_the_same_rule(
    database_url: str, fake_telegram: FakeTelegram, strict_i18n: I18n, clock: PinnedClock,
    tmp_path: Path, caplog: pytest.LogCaptureFixture,
) -> None:  # fmt: skip
    from tests.fakes import graph_api as meta
    from tests.fakes.graph_api import FakeGraph
    from tests.wa_user import WaHarness

    graph = await FakeGraph().start()
    settings = make_settings(
        database_url, fake_telegram, QUIET_HOURS="off", PROPOSAL_UNDO_MINUTES="0",
        WHATSAPP_API_URL=graph.url, WHATSAPP_PHONE_NUMBER_ID=meta.PHONE_NUMBER_ID,
        WHATSAPP_ACCESS_TOKEN=meta.TOKEN, WHATSAPP_APP_SECRET=meta.APP_SECRET,
        WHATSAPP_VERIFY_TOKEN=meta.VERIFY_TOKEN, MEDIA_DIR=str(tmp_path / "media"),
    )  # fmt: skip
    harness = await start_bot(settings, fake_telegram, strict_i18n, clock=clock)
    graph.webhook_url = f"http://127.0.0.1:{settings.web_port}/whatsapp"
    wa = WaHarness(harness.app, graph)
    try:
        user = wa.user("994501234567")
        name = "Ə" * 300  # longer than any column: cut, not refused
        await user.webhook(meta.text(user.phone, "/start QUB", name=name))
        await user.press("English")
        await user.send("/menu")
        await user.press("✍️ Send a proposal")
        await user.press("✍️ New proposal")
        await user.press("🛣 Roads")
        # A photo with the proposal as its caption: the same split as on Telegram.
        image = meta.image(user.phone)
        image["entry"][0]["changes"][0]["value"]["messages"][0]["image"]["caption"] = (
            "Road\x00 near the school \ud83d is broken, please repair it soon."
        )
        [answer] = await user.webhook(image)
        assert "Photo saved (1 of 3)" in answer.text
        await user.press("Done ▸")
        await user.press("Skip ▸")
        await user.press("✅ Send")
        async with harness.app.sessionmaker() as session:
            proposal = await session.scalar(select(Proposal).order_by(Proposal.id.desc()))
            resident = await repos.find_resident(
                session, channel="whatsapp", external_id=user.phone
            )
        assert proposal is not None and resident is not None
        assert proposal.text == "Road near the school \ufffd is broken, please repair it soon."
        assert len(proposal.photos) == 1
        assert resident.display_name is not None and len(resident.display_name) <= 256
        reaction = meta.message(
            user.phone, "reaction", {"message_id": "wamid.X", "emoji": "👍" * 500}
        )
        await user.webhook(reaction)
        assert GENERIC_ERROR not in " ".join(r.text for r in user.received).lower()
        no_errors(caplog)
    finally:
        await harness.app.stop()
        await graph.stop()
