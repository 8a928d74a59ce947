"""The WhatsApp channel end to end: Meta's webhooks (signed) in, the real client posting to a fake
Graph API on loopback, real databases. Staff in these tests use Telegram, as they do in life;
residents use WhatsApp, and the same handlers serve both."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import aiohttp
import pytest
from sqlalchemy import func, select, update

from bot.i18n import I18n
from bot.messages import Choice, Reply
from storage import repos
from storage.models import (
    Consent,
    Delivery,
    DeliveryStatus,
    EventAnswer,
    HelpRequest,
    Municipality,
    Priority,
    ProcessedUpdate,
    Proposal,
    Resident,
    ResidentStatus,
    Role,
)
from tests.clock import PinnedClock
from tests.conftest import make_settings, start_bot
from tests.fakes import graph_api as meta
from tests.fakes.graph_api import FakeGraph
from tests.fakes.telegram_api import FakeTelegram
from tests.test_events import make_event
from tests.tg_user import BotHarness, TgUser, outbox_settled
from tests.wa_user import WaHarness, WaUser, titles
from tests.waiting import eventually

AZ_PHONE = "994501234567"
KZ_PHONE = "77011234567"


@pytest.fixture
async def graph() -> AsyncIterator[FakeGraph]:
    fake = await FakeGraph().start()
    yield fake
    await fake.stop()


@pytest.fixture
async def wa(
    database_url: str,
    fake_telegram: FakeTelegram,
    graph: FakeGraph,
    strict_i18n: I18n,
    tmp_path: Path,
    clock: PinnedClock,
) -> AsyncIterator[WaHarness]:
    """Both channels: residents on WhatsApp, staff on Telegram."""
    settings = make_settings(
        database_url, fake_telegram, QUIET_HOURS="off", PROPOSAL_UNDO_MINUTES="0",
        WHATSAPP_API_URL=graph.url, WHATSAPP_PHONE_NUMBER_ID=meta.PHONE_NUMBER_ID,
        WHATSAPP_ACCESS_TOKEN=meta.TOKEN, WHATSAPP_APP_SECRET=meta.APP_SECRET,
        WHATSAPP_VERIFY_TOKEN=meta.VERIFY_TOKEN, MEDIA_DIR=str(tmp_path / "media"),
    )  # fmt: skip
    harness = await start_bot(settings, fake_telegram, strict_i18n, clock=clock)
    graph.webhook_url = f"http://127.0.0.1:{settings.web_port}/whatsapp"
    yield WaHarness(harness.app, graph)
    await harness.app.stop()


def telegram_side(wa: WaHarness, fake_telegram: FakeTelegram) -> BotHarness:
    return BotHarness(app=wa.app, fake=fake_telegram)


async def telegram_staff(tg: BotHarness, user_id: int, role: Role) -> TgUser:
    """Staff of Quba, on Telegram."""
    user = tg.user(user_id=user_id)
    await user.send("/start QUB")
    await user.press("English")
    async with tg.app.sessionmaker.begin() as session:
        found = await repos.find_resident(session, channel="telegram", external_id=str(user_id))
        place = await repos.municipality_by_code(session, code="QUB")
        assert found is not None and place is not None
        await repos.grant_role(session, resident=found, role=role, municipality=place)
    return user


async def onboard(wa: WaHarness, phone: str, code: str, language: str = "English") -> WaUser:
    user = wa.user(phone)
    await user.send(f"/start {code}")
    await user.press(language)
    return user


async def resident(wa: WaHarness, phone: str) -> Resident:
    async with wa.app.sessionmaker() as session:
        found = await repos.find_resident(session, channel="whatsapp", external_id=phone)
        assert found is not None
        return found


# --- webhook authentication -------------------------------------------------------------------


async def test_verification_handshake(wa: WaHarness) -> None:
    url = wa.graph.webhook_url
    async with aiohttp.ClientSession() as http:
        good = {"hub.mode": "subscribe", "hub.verify_token": meta.VERIFY_TOKEN,
                "hub.challenge": "1158201444"}  # fmt: skip
        async with http.get(url, params=good) as answer:
            assert answer.status == 200
            assert await answer.text() == "1158201444"
        for bad in (
            {**good, "hub.verify_token": "guess"},
            {**good, "hub.mode": "unsubscribe"},
            {"hub.challenge": "1"},
        ):
            async with http.get(url, params=bad) as answer:
                assert answer.status == 403
                assert "1158201444" not in await answer.text()


@pytest.mark.parametrize(
    "signing",
    [
        {"secret": None},  # no header at all
        {"secret": "not-the-app-secret"},
        {"signature": "sha256=" + "0" * 64},
        {"signature": "sha1=abc"},
        {"signature": ""},
    ],
)
async def test_bad_or_missing_signature_is_refused_and_nothing_stored(
    wa: WaHarness, signing: dict[str, str | None]
) -> None:
    status = await wa.push(meta.text(AZ_PHONE, "/start QUB"), **signing)
    assert status == 401
    async with wa.app.sessionmaker() as session:
        assert await session.scalar(select(func.count()).select_from(Resident)) == 0
        assert await session.scalar(select(func.count()).select_from(ProcessedUpdate)) == 0
    assert wa.graph.requests == []


async def test_a_repeated_wamid_is_handled_once(wa: WaHarness) -> None:
    payload = meta.text(AZ_PHONE, "/start QUB", wamid="wamid.SAME")
    assert await wa.push(payload) == 200
    assert await wa.push(payload) == 200  # Meta retries: at least once
    assert len(wa.graph.sent_to(AZ_PHONE)) == 1


async def test_messages_for_another_number_are_ignored(wa: WaHarness) -> None:
    value = meta.text(AZ_PHONE, "hello")["entry"][0]["changes"][0]["value"]
    payload = meta.envelope(
        {k: v for k, v in value.items() if k != "metadata"}, phone_number_id="999"
    )
    assert await wa.push(payload) == 200
    assert wa.graph.requests == []


# --- onboarding, language, consent ------------------------------------------------------------


async def test_onboarding_in_the_language_of_the_phone_number(wa: WaHarness) -> None:
    user = wa.user(AZ_PHONE)
    [greeting] = await user.send("Salam")
    # +994: Azerbaijani first. Five languages do not fit three buttons: a list.
    assert greeting.text.startswith("Salam!")
    assert greeting.payload["interactive"]["type"] == "list"
    assert titles(greeting)[0] == "Azərbaycanca"
    assert "STOP" in greeting.text  # how to opt out is said up front

    [countries] = await user.press("Azərbaycanca")
    [places] = await user.press(titles(countries)[0])  # Azerbaijan
    assert any("Quba" in title for title in titles(places))
    await user.press(next(t for t in titles(places) if "Quba" in t))
    found = await resident(wa, AZ_PHONE)
    assert found.locale == "az" and found.locale_chosen
    assert found.display_name == "Leyla"
    # Consent is kept with the very words the resident was shown.
    async with wa.app.sessionmaker() as session:
        [consent] = await session.scalars(select(Consent))
    assert consent.opted_in and consent.locale == "az"
    assert consent.text == greeting.text


async def test_kazakh_numbers_get_kazakh_and_others_the_default(wa: WaHarness) -> None:
    [greeting] = await wa.user(KZ_PHONE).send("Сәлем")
    assert greeting.text.startswith("Сәлеметсіз бе!")
    [greeting] = await wa.user("4915112345678").send("Hallo")
    assert greeting.text.startswith("Hello!")


@pytest.mark.parametrize(
    ("phone", "hello", "language"),
    [
        ("996555123456", "Саламатсызбы!", "Кыргызча"),
        ("998901234567", "Assalomu alaykum!", "Oʻzbekcha"),
        ("992931234567", "Ассалому алейкум!", "Тоҷикӣ"),
        ("99365123456", "Salam!", "Türkmençe"),
    ],
)
async def test_central_asian_numbers_are_greeted_in_their_language(
    wa: WaHarness, phone: str, hello: str, language: str
) -> None:
    [greeting] = await wa.user(phone).send("Salom")
    assert greeting.text.startswith(hello)
    assert titles(greeting)[0] == language  # one tap keeps it
    assert len(titles(greeting)) == 9  # every language fits one list (at most 10 rows)


async def test_dayandir_with_a_dotless_i_stops_notices(wa: WaHarness) -> None:
    user = await onboard(wa, AZ_PHONE, "QUB", "Azərbaycanca")
    await user.send("Dayandır")  # Python's casefold() alone would not match "DAYANDIR"
    assert (await resident(wa, AZ_PHONE)).status == ResidentStatus.STOPPED
    await user.send("Başla")
    assert (await resident(wa, AZ_PHONE)).status == ResidentStatus.ACTIVE


async def test_stop_and_start_in_the_residents_words(wa: WaHarness) -> None:
    user = await onboard(wa, AZ_PHONE, "QUB", "Русский")
    [stopped] = await user.send("стоп")
    assert "не будете получать" in stopped.text
    assert (await resident(wa, AZ_PHONE)).status == ResidentStatus.STOPPED
    [again, *_] = await user.send("Start")
    assert "снова включены" in again.text
    assert (await resident(wa, AZ_PHONE)).status == ResidentStatus.ACTIVE
    async with wa.app.sessionmaker() as session:
        consents = [(c.opted_in, c.text) for c in await session.scalars(
            select(Consent).order_by(Consent.id))]  # fmt: skip
    assert [opted for opted, _ in consents] == [True, False, True]
    assert consents[1][1] == "стоп"


@pytest.mark.parametrize(
    "payload",
    [
        meta.message(AZ_PHONE, "sticker", {"mime_type": "image/webp", "sha256": "x", "id": "1"}),
        meta.message(AZ_PHONE, "audio", {"mime_type": "audio/ogg", "id": "2", "voice": True}),
        meta.message(AZ_PHONE, "reaction", {"message_id": "wamid.X", "emoji": "👍"}),
        meta.message(AZ_PHONE, "unsupported", {}),
    ],
    ids=["sticker", "voice", "reaction", "unsupported"],
)
async def test_what_we_cannot_read_gets_a_localised_hint(
    wa: WaHarness, payload: dict[str, object]
) -> None:
    user = await onboard(wa, AZ_PHONE, "QUB", "Azərbaycanca")
    [hint] = await user.webhook(payload)  # type: ignore[arg-type]
    assert "yalnız mətni" in hint.text


async def test_a_voice_note_says_what_is_wrong_and_reaches_the_helper_on_telegram(
    wa: WaHarness, fake_telegram: FakeTelegram
) -> None:
    helper = await telegram_staff(telegram_side(wa, fake_telegram), 8301, Role.MODERATOR)
    wa.graph.media, wa.graph.media_type = b"OggS" + bytes(300), "audio/ogg; codecs=opus"
    user = await onboard(wa, AZ_PHONE, "QUB")
    await user.send("/menu")
    [guides] = await user.press("💳 Pay online")
    await user.press(titles(guides)[0])
    [ask] = await user.press("🆘 I'm stuck")
    assert "voice message" in ask.text
    voice = {"mime_type": "audio/ogg; codecs=opus", "sha256": "x", "id": "77", "voice": True}
    [sent] = await user.webhook(meta.message(AZ_PHONE, "audio", voice))
    assert "#1" in sent.text
    await eventually(
        lambda: any(c.method == "sendVoice" for c in helper.received), "no voice for the helper"
    )
    [call] = [c for c in helper.received if c.method == "sendVoice"]
    assert call.params.get("voice")  # uploaded from our copy, not a WhatsApp media id
    async with wa.app.sessionmaker() as session:
        request = await session.get(HelpRequest, 1)
    assert request is not None and request.problem_media is not None
    assert request.problem_media["kind"] == "voice"
    kept = Path(request.problem_media["ref"].removeprefix("file:"))
    assert await asyncio.to_thread(kept.read_bytes) == wa.graph.media


async def test_a_voice_note_where_words_are_due_gets_the_hint_and_keeps_the_draft(
    wa: WaHarness,
) -> None:
    user = await onboard(wa, AZ_PHONE, "QUB")
    await user.send("/menu")
    await user.press("✍️ Send a proposal")
    await user.press("✍️ New proposal")
    await user.press("🛣 Roads")
    voice = {"mime_type": "audio/ogg", "id": "78", "voice": True}
    [hint] = await user.webhook(meta.message(AZ_PHONE, "audio", voice))
    assert "text" in hint.text.lower()
    [more] = await user.send("Please repair the road between the school and the bus stop.")
    assert "photo" in more.text.lower()


async def test_a_long_list_is_paged_with_more(wa: WaHarness) -> None:
    async with wa.app.sessionmaker.begin() as session:  # 14 more towns: more than a page
        session.add_all(
            Municipality(code=f"T{n:02}", country="AZ", timezone="Asia/Baku",
                         names={"en": f"Town {n:02}"}, position=100 + n)
            for n in range(14)
        )  # fmt: skip
    user = wa.user(AZ_PHONE)
    await user.send("Salam")
    [countries] = await user.press("English")
    [places] = await user.press(titles(countries)[0])
    # Pages hold at most 10 rows, the last "More…" while choices remain.
    pages = [places]
    while "More…" in titles(pages[-1]):
        [page] = await user.press("More…")
        pages.append(page)
    assert len(pages) >= 2 and all(len(titles(p)) <= 10 for p in pages)
    shown = [t for page in pages for t in titles(page) if t != "More…"]
    assert len(shown) == len(set(shown)) and "Town 13" in shown
    # The last page's choices work, and typing a number picks from the whole list.
    [chosen] = await user.press("Town 13")
    assert (await resident(wa, AZ_PHONE)).municipality_id is not None
    assert chosen.text


# --- a proposal, with a photo, from WhatsApp to a moderator on Telegram ------------------------


async def test_proposal_with_photo_and_location_reaches_telegram_moderators(
    wa: WaHarness, fake_telegram: FakeTelegram
) -> None:
    moderator = await telegram_staff(telegram_side(wa, fake_telegram), 8101, Role.MODERATOR)

    user = await onboard(wa, AZ_PHONE, "QUB")
    await user.send("/menu")
    await user.press("✍️ Send a proposal")
    await user.press("✍️ New proposal")
    await user.press("🛣 Roads")
    await user.send("Please repair the road between the school and the bus stop.")
    [more_photos] = await user.send_image()
    assert "photo" in more_photos.text.lower()
    await user.press("Done ▸")
    await user.send_location(41.3611, 48.5126)
    [sent] = await user.press("✅ Send")
    number = sent.text.split("number is ")[1].split(".")[0]

    async with wa.app.sessionmaker() as session:
        proposal = await session.scalar(select(Proposal).where(Proposal.number == number))
        assert proposal is not None
    # The photo was fetched through the media endpoint and kept: Meta's URL expires in minutes.
    [photo] = proposal.photos
    stored = Path(str(photo).removeprefix("file:"))
    assert await asyncio.to_thread(stored.read_bytes) == meta.PNG
    assert proposal.location is not None
    assert proposal.location["lat"] == pytest.approx(41.3611)

    # The moderator on Telegram gets the card with the photo uploaded from our copy.
    def card() -> bool:
        return any(
            number in str(c.params.get("caption") or c.params.get("text"))
            for c in moderator.received
        )

    await eventually(card, "the moderator never got the card")
    [photo_call] = [c for c in moderator.received if c.method == "sendPhoto"]
    assert photo_call.params.get("photo")  # uploaded bytes, not a WhatsApp media id

    await moderator.press("✅ Approve")
    await eventually(
        lambda: any(number in r.text and "approved" in r.text.lower() for r in user.received),
        "the resident never heard of the approval",
    )


# --- announcements: the 24-hour window and templates ------------------------------------------


async def publish(tg: BotHarness, text: str) -> None:
    staff = await telegram_staff(tg, 9001, Role.PUBLISHER)
    await staff.send("/announce")
    await staff.press("Continue ▸")
    await staff.press("💧 Water, gas, power")
    await staff.send(text)
    await staff.press("✔ Done")
    await staff.press("No attachment")
    await staff.press("Send now")
    await staff.press("✅ Send")


async def age(wa: WaHarness, phone: str, hours: float) -> None:
    """The resident last wrote `hours` ago."""
    async with wa.app.sessionmaker.begin() as session:
        await session.execute(
            update(Resident)
            .where(Resident.channel == "whatsapp", Resident.external_id == phone)
            .values(last_seen_at=wa.app.clock() - timedelta(hours=hours))
        )


async def test_announcement_in_window_as_text_outside_as_template(
    wa: WaHarness, fake_telegram: FakeTelegram
) -> None:
    recent = await onboard(wa, AZ_PHONE, "QUB")
    lapsed = await onboard(wa, "994551112233", "QUB", "Русский")
    await age(wa, "994551112233", hours=30)

    await publish(telegram_side(wa, fake_telegram), "Water is off on Monday\nfrom 10 to 14.")
    await eventually(lambda: any("Monday" in r.text for r in recent.received), "no text")
    await eventually(lambda: any(r.kind == "template" for r in lapsed.received), "no template")

    [as_text] = [r for r in recent.received if "Monday" in r.text]
    assert as_text.kind == "text"
    [template] = [r for r in lapsed.received if r.kind == "template"]
    body = template.payload["template"]
    assert body["name"] == "community_notice" and body["language"]["code"] == "ru"
    # Only English was written: the template carries it, on one line as WhatsApp requires.
    assert body["components"][0]["parameters"][0]["text"] == "Water is off on Monday from 10 to 14."


async def test_refused_outside_the_window_switches_to_the_template(
    wa: WaHarness, fake_telegram: FakeTelegram
) -> None:
    user = await onboard(wa, AZ_PHONE, "QUB")
    wa.graph.closed_windows.add(AZ_PHONE)  # Meta knows better than our clock: 131047
    await publish(telegram_side(wa, fake_telegram), "Council meets on Friday.")
    await eventually(lambda: any(r.kind == "template" for r in user.received), "no template")
    await outbox_settled(wa.app)  # the send's outcome is recorded just after the post
    refused = [r for r in wa.graph.requests if r.to == AZ_PHONE and r.status == 400]
    assert [r.kind for r in refused] == ["text"]
    async with wa.app.sessionmaker() as session:
        [row] = await session.scalars(
            select(Delivery).where(
                Delivery.announcement_id.is_not(None), Delivery.channel == "whatsapp"
            )
        )
    assert row.status == DeliveryStatus.SENT


async def test_status_callbacks_update_the_delivery_rows(
    wa: WaHarness, fake_telegram: FakeTelegram
) -> None:
    first = await onboard(wa, AZ_PHONE, "QUB")
    second = await onboard(wa, "994551112233", "QUB")
    third = await onboard(wa, "994701112233", "QUB")
    await publish(telegram_side(wa, fake_telegram), "Road works on Nizami street.")
    for user in (first, second, third):
        await eventually(lambda u=user: any("Nizami" in r.text for r in u.received), "not sent")

    def wamid(user: WaUser) -> str:
        return next(r.wamid for r in user.received if "Nizami" in r.text and r.wamid)

    await wa.push(meta.status(wamid(first), "delivered", first.phone))
    await wa.push(meta.status(wamid(first), "read", first.phone))
    await wa.push(meta.status(wamid(second), "read", second.phone))  # read without delivered
    await wa.push(meta.status(wamid(third), "failed", third.phone, code=131026))

    async with wa.app.sessionmaker() as session:
        rows = {
            row.chat_ref: row
            for row in await session.scalars(
                select(Delivery).where(Delivery.announcement_id.is_not(None))
            )
        }
        blocked = await repos.find_resident(session, channel="whatsapp", external_id=third.phone)
    assert rows[first.phone].delivered_at is not None and rows[first.phone].read_at is not None
    assert rows[second.phone].delivered_at is not None
    assert rows[third.phone].status == DeliveryStatus.FAILED
    assert "131026" in str(rows[third.phone].last_error)
    assert blocked is not None and blocked.status == ResidentStatus.BLOCKED


async def test_a_late_131047_status_resends_as_the_template(
    wa: WaHarness, fake_telegram: FakeTelegram
) -> None:
    user = await onboard(wa, AZ_PHONE, "QUB")
    await publish(telegram_side(wa, fake_telegram), "Gas is off on Tuesday.")
    await eventually(lambda: any("Tuesday" in r.text for r in user.received), "not sent")
    await outbox_settled(wa.app)  # the wamid is stored before Meta reports on it
    wamid = next(r.wamid for r in user.received if "Tuesday" in r.text and r.wamid)
    # Accepted, then reported failed: the window had closed after all.
    await wa.push(meta.status(wamid, "failed", AZ_PHONE, code=131047))
    await eventually(lambda: any(r.kind == "template" for r in user.received), "no template")
    await outbox_settled(wa.app)
    async with wa.app.sessionmaker() as session:
        [row] = await session.scalars(
            select(Delivery).where(
                Delivery.announcement_id.is_not(None), Delivery.channel == "whatsapp"
            )
        )
    assert row.status == DeliveryStatus.SENT and row.needs_template


async def test_throttling_pauses_and_the_message_still_arrives(
    wa: WaHarness, fake_telegram: FakeTelegram
) -> None:
    user = await onboard(wa, AZ_PHONE, "QUB")
    wa.graph.fail(AZ_PHONE, 400, 130429)
    await publish(telegram_side(wa, fake_telegram), "Water is back.")
    await eventually(lambda: any("Water is back" in r.text for r in user.received), "lost", 20)
    refused = [r for r in wa.graph.requests if r.to == AZ_PHONE and r.status == 400]
    assert len(refused) == 1


async def test_undeliverable_on_send_marks_the_resident(
    wa: WaHarness, fake_telegram: FakeTelegram
) -> None:
    await onboard(wa, AZ_PHONE, "QUB")
    wa.graph.fail(AZ_PHONE, 400, 131026)
    await publish(telegram_side(wa, fake_telegram), "Bus timetable changes.")

    async def status() -> str:
        return (await resident(wa, AZ_PHONE)).status

    deadline = time.monotonic() + 10
    while await status() != ResidentStatus.BLOCKED:
        assert time.monotonic() < deadline, "the resident was never marked undeliverable"
        await asyncio.sleep(0.05)


async def test_a_throttled_reply_is_deferred_to_the_outbox_not_lost(wa: WaHarness) -> None:
    user = await onboard(wa, AZ_PHONE, "QUB")
    wa.graph.fail(AZ_PHONE, 400, 130429)
    assert await user.send("/help") == []  # refused for now
    await eventually(lambda: any("/menu" in r.text for r in user.received[-1:]), "lost", 15)
    await outbox_settled(wa.app)  # the outcome is recorded just after the send
    async with wa.app.sessionmaker() as session:
        [row] = await session.scalars(select(Delivery).where(Delivery.chat_ref == AZ_PHONE))
    assert row.status == DeliveryStatus.SENT and row.priority == Priority.REPLY


async def test_images_and_documents_are_uploaded_once_and_sent_by_id(
    wa: WaHarness, tmp_path: Path
) -> None:
    channel = wa.app.whatsapp
    assert channel is not None
    picture = tmp_path / "step1.png"
    await asyncio.to_thread(picture.write_bytes, meta.PNG)
    photo = {"kind": "photo", "path": str(picture)}
    await channel.send(AZ_PHONE, Reply("Step 1: open the portal."), photo)
    await channel.send(AZ_PHONE, Reply("Step 1 again."), photo)
    calendar = {"kind": "document", "content": "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n",
                "name": "event.ics"}  # fmt: skip
    await channel.send(AZ_PHONE, Reply("Add it to your calendar.", (Choice("a", "OK"),)), calendar)

    assert [name for name, _ in wa.graph.uploads] == ["step1.png", "event.ics"]  # once each
    first, second, document, buttons = wa.graph.sent_to(AZ_PHONE)
    assert first.kind == "image" and first.text == "Step 1: open the portal."
    assert first.payload["image"]["id"] == second.payload["image"]["id"] == "upload-1"
    # Buttons cannot hang under a document: the file, then the text with its buttons.
    assert document.kind == "document" and document.payload["document"]["filename"] == "event.ics"
    assert buttons.kind == "interactive" and buttons.text == "Add it to your calendar."


async def test_a_telegram_file_id_is_left_out_and_the_text_still_goes(wa: WaHarness) -> None:
    assert wa.app.whatsapp is not None
    await wa.app.whatsapp.send(AZ_PHONE, Reply("Water cut map"), {"kind": "photo", "ref": "AgAD"})
    [only] = wa.graph.sent_to(AZ_PHONE)
    assert only.kind == "text" and only.text == "Water cut map"


# --- a consultation on WhatsApp -----------------------------------------------------------------


async def test_consultation_answer_and_calendar_file_on_whatsapp(
    wa: WaHarness, fake_telegram: FakeTelegram
) -> None:
    event_id = await make_event(telegram_side(wa, fake_telegram), capacity=10)
    user = await onboard(wa, AZ_PHONE, "QUB")
    await user.send("/menu")
    [listed] = await user.press("🗓 Consultations")
    [item] = [t for t in titles(listed) if t.startswith("Budget seminar")]
    [card] = await user.press(item)
    # Going, Maybe, Can't and the calendar: four choices, more than three buttons: a list.
    assert card.payload["interactive"]["type"] == "list"
    assert "✅ I'm going" in titles(card)
    [answered] = await user.press("✅ I'm going")
    assert "You are going" in answered.text
    async with wa.app.sessionmaker() as session:
        found = await session.scalar(select(EventAnswer).where(EventAnswer.event_id == event_id))
    assert found is not None and found.status == "going"

    [document, *_] = await user.press("📅 Add to calendar")
    assert document.kind == "document"
    assert document.payload["document"]["filename"].endswith(".ics")
    [(name, content)] = wa.graph.uploads
    assert name == document.payload["document"]["filename"]
    assert b"BEGIN:VEVENT" in content and b"DTSTART:20271205T140000Z" in content


# --- from review: what a mature channel must survive ------------------------------------------


async def test_a_large_photo_is_kept_whole(wa: WaHarness) -> None:
    wa.graph.media = meta.PNG + bytes(range(256)) * 12_000  # about 3 MB, many network reads
    user = await onboard(wa, AZ_PHONE, "QUB")
    await user.send("/menu")
    await user.press("✍️ Send a proposal")
    await user.press("✍️ New proposal")
    await user.press("🛣 Roads")
    await user.send("Please repair the road between the school and the bus stop.")
    await user.send_image()
    [stored] = list((wa.app.settings.media_dir).glob("*.png"))
    assert await asyncio.to_thread(stored.read_bytes) == wa.graph.media


async def test_one_residents_messages_are_handled_one_at_a_time_in_order(
    wa: WaHarness, monkeypatch: pytest.MonkeyPatch
) -> None:
    channel = wa.app.whatsapp
    assert channel is not None
    happened: list[str] = []

    async def handle(inbound: object) -> None:
        text = inbound.incoming.text  # type: ignore[attr-defined]
        happened.append(f"start {text}")
        await asyncio.sleep(0.05 if text == "1" else 0)  # the first is slow (a photo, say)
        happened.append(f"end {text}")

    monkeypatch.setattr(channel, "_handle", handle)
    for text in ("1", "2"):
        await wa.graph.push(meta.text(AZ_PHONE, text))
    await asyncio.sleep(0.06)  # the first has finished; the second is next in line
    await wa.graph.push(meta.text(AZ_PHONE, "3"))
    await channel.idle()
    assert happened == ["start 1", "end 1", "start 2", "end 2", "start 3", "end 3"]


async def test_stop_before_a_queued_bulk_message_leaves_it_unsent(wa: WaHarness) -> None:
    user = await onboard(wa, AZ_PHONE, "QUB")
    found = await resident(wa, AZ_PHONE)
    async with wa.app.sessionmaker.begin() as session:
        invite = Delivery(
            resident_id=found.id, channel="whatsapp", chat_ref=AZ_PHONE, locale="en",
            priority=Priority.BULK, payload={"text": "Seminar on Friday", "choices": []},
            next_attempt_at=wa.app.clock() + timedelta(hours=1),  # waiting out quiet hours, say
        )  # fmt: skip
        session.add(invite)
    await user.send("STOP")
    async with wa.app.sessionmaker.begin() as session:
        await session.execute(
            update(Delivery).where(Delivery.id == invite.id).values(next_attempt_at=wa.app.clock())
        )
    await wa.app.delivery.drain()
    async with wa.app.sessionmaker() as session:
        row = await session.get(Delivery, invite.id)
    assert row is not None and row.status == DeliveryStatus.SKIPPED
    assert not any("Seminar" in r.text for r in user.received)


async def test_an_undeliverable_resident_who_writes_again_is_reachable(
    wa: WaHarness, fake_telegram: FakeTelegram
) -> None:
    user = await onboard(wa, AZ_PHONE, "QUB")
    async with wa.app.sessionmaker.begin() as session:
        await session.execute(
            update(Resident).where(Resident.external_id == AZ_PHONE).values(status="blocked")
        )
    await user.send("/help")
    assert (await resident(wa, AZ_PHONE)).status == ResidentStatus.ACTIVE


async def test_a_failure_report_that_overtakes_the_outbox_is_applied_later(
    wa: WaHarness,
) -> None:
    await onboard(wa, AZ_PHONE, "QUB")
    found = await resident(wa, AZ_PHONE)
    # Meta reports the failure before the outbox has recorded the message id.
    await wa.push(meta.status("wamid.LATE", "failed", AZ_PHONE, code=131047))
    async with wa.app.sessionmaker.begin() as session:
        row = Delivery(
            resident_id=found.id, channel="whatsapp", chat_ref=AZ_PHONE, locale="en",
            payload={"text": "Water is back", "choices": []}, status=DeliveryStatus.SENT,
            platform_message_id="wamid.LATE",
        )  # fmt: skip
        session.add(row)

    async def requeued() -> bool:
        async with wa.app.sessionmaker() as session:
            found = await session.get(Delivery, row.id)
            return found is not None and found.needs_template

    deadline = time.monotonic() + 10
    while not await requeued():
        assert time.monotonic() < deadline, "the early report was never applied"
        await asyncio.sleep(0.1)
