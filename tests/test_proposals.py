"""Citizen proposals through the fake Telegram API: residents submit, moderators decide, the
authority answers, and the resident always learns what became of their proposal."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator

import pytest
from sqlalchemy import func, select

from bot.i18n import I18n
from storage import proposals, repos
from storage.models import Proposal, ProposalEvent, ProposalStatus, Role
from tests.clock import PinnedClock
from tests.conftest import make_settings, start_bot
from tests.fakes.telegram_api import FakeTelegram
from tests.tg_user import BotHarness, TgUser, labels
from tests.waiting import eventually

TEXT = "Please repair the road between the school and the bus stop on Nizami street."


@pytest.fixture
async def city(
    database_url: str, fake_telegram: FakeTelegram, strict_i18n: I18n, clock: PinnedClock
) -> AsyncIterator[BotHarness]:
    settings = make_settings(
        database_url, fake_telegram, QUIET_HOURS="off", PROPOSAL_UNDO_MINUTES="0",
        PROPOSALS_PER_DAY="2",
    )  # fmt: skip
    harness = await start_bot(settings, fake_telegram, strict_i18n, clock=clock)
    yield harness
    await harness.app.stop()


async def resident_of(bot: BotHarness, user_id: int, code: str, language: str = "en") -> TgUser:
    user = bot.user(user_id=user_id, language_code=language, first_name=f"User{user_id}")
    await user.send(f"/start {code}")
    await user.press(bot.app.i18n.self_name(language))
    return user


async def staff(bot: BotHarness, user_id: int, role: Role, code: str = "QUB") -> TgUser:
    user = await resident_of(bot, user_id, code)
    async with bot.app.sessionmaker.begin() as session:
        resident = await repos.find_resident(session, channel="telegram", external_id=str(user_id))
        place = await repos.municipality_by_code(session, code=code)
        assert resident is not None and place is not None
        await repos.grant_role(session, resident=resident, role=role, municipality=place)
    return user


def got(user: TgUser, text: str) -> bool:
    return any(text in str(c.params.get("text") or c.params.get("caption")) for c in user.received)


async def submit(user: TgUser, text: str = TEXT, *, photos: int = 0, place: bool = False) -> str:
    await user.send("/menu")
    await user.press("✍️ Send a proposal")
    await user.press("✍️ New proposal")
    await user.press("🛣 Roads")
    await user.send(text)
    for _ in range(photos):
        await user.send_photo()
    if photos < 3:
        await user.press("Done ▸" if photos else "Skip ▸")
    if place:
        await user.update(
            {"message": user.message(location={"latitude": 41.3611, "longitude": 48.5126})}
        )
    else:
        await user.press("Skip ▸")
    [received] = await user.press("✅ Send")
    number = received.params["text"].split("number is ")[1].split(".")[0]
    return number


async def set_chats(bot: BotHarness, code: str, **chats: str) -> None:
    async with bot.app.sessionmaker.begin() as session:
        place = await repos.municipality_by_code(session, code=code)
        assert place is not None
        for key, value in chats.items():
            setattr(place, key, value)


async def card_reached(*moderators: TgUser, number: str) -> None:
    """Moderation cards come through the outbox; decide only once they are there."""
    for moderator in moderators:
        await eventually(lambda m=moderator: got(m, number), f"no card for {number}")


async def stored(bot: BotHarness, number: str) -> Proposal:
    async with bot.app.sessionmaker() as session:
        proposal = await proposals.by_number(session, number=number)
        assert proposal is not None
        return proposal


async def test_submit_with_photos_location_and_html_then_approve_and_answer(
    city: BotHarness,
) -> None:
    moderator = await staff(city, 8101, Role.MODERATOR)
    official = await staff(city, 8102, Role.AUTHORITY)
    resident = await resident_of(city, 8103, "QUB-XIN", "ru")
    await set_chats(city, "QUB", authority_chat="-100777")

    # In Russian: the menu, a category, text that looks like HTML, three photos, a place.
    [menu] = await resident.send("/menu")
    await resident.press(labels(menu)[3])  # ✍️ proposals
    await resident.press(labels(resident.last)[0])  # new proposal
    await resident.press(labels(resident.last)[0])  # the first category: roads
    [short] = await resident.send("Яма")
    assert "20" in short.params["text"]  # too short, and the limit is said
    html = "<b>Яма</b> на дороге у школы, <a href='x'>тут</a>. Нужен ремонт *срочно*."
    await resident.send(html)
    for _ in range(3):
        await resident.send_photo()
    await resident.update(
        {"message": resident.message(location={"latitude": 41.3611, "longitude": 48.5126})}
    )
    preview = resident.last
    assert "openstreetmap.org/?mlat=41.3611&mlon=48.5126" in preview.params["text"]
    [received] = await resident.press(labels(preview)[0])  # send
    proposal = await _latest(city)
    assert proposal.number.startswith("QUB-") and proposal.number in received.params["text"]
    assert proposal.photos == ["PHOTO-1280"] * 3
    assert proposal.location == {"lat": 41.3611, "lon": 48.5126}
    assert proposal.text == html

    # The moderator's card: plain text with the HTML shown as typed, the first photo attached.
    await eventually(lambda: got(moderator, proposal.number), "the moderator never got the card")
    card = [c for c in moderator.received if proposal.number in str(c.params.get("caption"))][-1]
    assert card.method == "sendPhoto" and "parse_mode" not in card.params
    assert "<b>Яма</b>" in card.params["caption"] and "*срочно*" in card.params["caption"]
    await moderator.press_data(f"mod:ok:{proposal.id}")
    await eventually(
        lambda: sum(proposal.number in str(c.params.get("text")) for c in resident.received) >= 2,
        "the resident was never told of the approval",
        timeout=20,
    )

    # The authority's group receives it; its Answer button opens the private chat.
    group = city.user(user_id=8102, chat={"id": -100777, "type": "supergroup", "title": "Akimat"})
    await eventually(lambda: got(group, proposal.number), "the authority chat never got it")
    forwarded = [c for c in group.received if proposal.number in str(c.params.get("caption"))][-1]
    assert "<b>Яма</b>" in forwarded.params["caption"] and "parse_mode" not in forwarded.params
    answer_link = forwarded.params["reply_markup"]["inline_keyboard"][0][0]["url"]
    [ask] = await official.send("/start " + answer_link.split("start=")[1])
    assert proposal.number in ask.params["text"]
    await official.send("We will repair it in May.")
    await eventually(
        lambda: got(resident, "We will repair it in May."), "the answer never reached the resident"
    )
    [menu] = await resident.send("/menu")
    await resident.press(labels(menu)[3])
    [mine] = await resident.press(labels(resident.last)[1])  # my proposals
    [details] = await resident.press(labels(mine)[0])
    assert "We will repair it in May." in details.params["text"]
    assert (await stored(city, proposal.number)).status == ProposalStatus.ANSWERED
    async with city.app.sessionmaker() as session:
        actions = [
            e.action
            for e in await session.scalars(select(ProposalEvent).order_by(ProposalEvent.id))
        ]
    assert actions[:2] == ["submitted", "approved"] and "answered" in actions


async def _latest(bot: BotHarness) -> Proposal:
    async with bot.app.sessionmaker() as session:
        proposal = await session.scalar(select(Proposal).order_by(Proposal.id.desc()))
        assert proposal is not None
        return proposal


async def test_reject_with_reason_and_note(city: BotHarness) -> None:
    moderator = await staff(city, 8201, Role.MODERATOR)
    resident = await resident_of(city, 8202, "QUB")
    number = await submit(resident)
    proposal = await stored(city, number)
    await card_reached(moderator, number=number)
    await moderator.press_data(f"mod:no:{proposal.id}")
    await moderator.press("it is not clear what is proposed")
    [saved] = await moderator.send("Please say which street.")
    assert "undo" in saved.params["text"]
    await eventually(lambda: got(resident, "was not accepted"), "no rejection notice")
    notice = [c for c in resident.received if "was not accepted" in str(c.params.get("text"))][-1]
    assert "it is not clear what is proposed" in notice.params["text"]
    assert "Please say which street." in notice.params["text"]


async def test_changes_requested_then_resubmitted(city: BotHarness) -> None:
    moderator = await staff(city, 8301, Role.MODERATOR)
    resident = await resident_of(city, 8302, "QUB")
    number = await submit(resident)
    proposal = await stored(city, number)
    await card_reached(moderator, number=number)
    await moderator.press_data(f"mod:chg:{proposal.id}")
    await moderator.send("Please add the house number.")
    await eventually(lambda: got(resident, "change your proposal"), "no changes notice")
    [rewrite] = await resident.press("✏️ Edit and resend")
    assert "Please add the house number." in rewrite.params["text"]
    await resident.send(TEXT + " House 12.")
    [received] = await resident.press("✅ Send")
    assert number in received.params["text"]  # the same number
    again = await stored(city, number)
    assert again.status == ProposalStatus.PENDING and again.text.endswith("House 12.")
    await eventually(
        lambda: sum(number in str(c.params.get("text")) for c in moderator.received) >= 2,
        "not re-sent to moderators",
    )


async def test_two_moderators_at_once_exactly_one_wins(city: BotHarness) -> None:
    first = await staff(city, 8401, Role.MODERATOR)
    second = await staff(city, 8402, Role.MODERATOR)
    resident = await resident_of(city, 8403, "QUB")
    proposal = await stored(city, await submit(resident))
    await card_reached(first, second, number=proposal.number)
    answers = await asyncio.gather(
        first.press_data(f"mod:ok:{proposal.id}"), second.press_data(f"mod:ok:{proposal.id}")
    )
    texts = [a[0].params["text"] for a in answers]
    assert sum("Saved" in t for t in texts) == 1
    assert sum("already decided by User840" in t for t in texts) == 1
    async with city.app.sessionmaker() as session:
        decisions = list(
            await session.scalars(select(ProposalEvent).where(ProposalEvent.action == "approved"))
        )
    assert len(decisions) == 1


async def test_forged_decisions_and_queue_are_refused(city: BotHarness) -> None:
    resident = await resident_of(city, 8501, "QUB")
    elsewhere = await staff(city, 8502, Role.MODERATOR, code="NUR")
    proposal = await stored(city, await submit(resident))
    await asyncio.sleep(0.2)  # let the outbox settle: nobody here gets a card
    for who in (resident, elsewhere):
        [refused] = await who.press_data(f"mod:ok:{proposal.id}")
        assert "Only moderators" in refused.params["text"]
    [refused] = await resident.send("/queue")
    assert "Only moderators" in refused.params["text"]
    [refused] = await resident.press_data(f"auth:answer:{proposal.id}")
    assert "Only staff" in refused.params["text"]
    assert (await stored(city, proposal.number)).status == ProposalStatus.PENDING


async def test_queue_duplicate_and_daily_limit(city: BotHarness) -> None:
    moderator = await staff(city, 8601, Role.MODERATOR)
    resident = await resident_of(city, 8602, "QUB")
    first = await submit(resident)
    second = await submit(resident, TEXT + " Again.")
    await card_reached(moderator, number=second)
    await resident.send("/menu")
    await resident.press("✍️ Send a proposal")
    [limit] = await resident.press("✍️ New proposal")
    assert "daily limit" in limit.params["text"]  # PROPOSALS_PER_DAY=2 here
    replies = await moderator.send("/queue")
    assert "Proposals waiting: 2" in replies[0].params["text"]
    assert first in str(replies[1].params) and second in str(replies[2].params)  # oldest first
    proposal = await stored(city, second)
    await moderator.press_data(f"mod:dup:{proposal.id}")
    [wrong] = await moderator.send(second)
    assert "could not find" in wrong.params["text"]
    await moderator.send(first.lower())
    await eventually(lambda: got(resident, f"repeats proposal {first}"), "no duplicate notice")


async def test_undo_within_the_window_takes_the_notice_back(
    database_url: str, fake_telegram: FakeTelegram, strict_i18n: I18n, clock: PinnedClock
) -> None:
    settings = make_settings(
        database_url, fake_telegram, QUIET_HOURS="off", PROPOSAL_UNDO_MINUTES="10"
    )
    bot = await start_bot(settings, fake_telegram, strict_i18n, clock=clock)
    try:
        moderator = await staff(bot, 8701, Role.MODERATOR)
        resident = await resident_of(bot, 8702, "QUB")
        proposal = await stored(bot, await submit(resident))
        await card_reached(moderator, number=proposal.number)
        await moderator.press_data(f"mod:no:{proposal.id}")
        await moderator.press("it contains rude words")
        [saved] = await moderator.press("No note ▸")
        assert "within 10 minutes" in saved.params["text"]
        undone = await moderator.press("↩ Undo")
        assert "taken back" in undone[0].params["text"]
        assert labels(undone[-1])[0] == "✅ Approve"  # the card again
        await asyncio.sleep(0.3)
        assert not got(resident, "was not accepted")  # nothing left before the window
        again = await stored(bot, proposal.number)
        assert again.status == ProposalStatus.PENDING and again.reason is None
        async with bot.app.sessionmaker() as session:
            actions = [
                e.action
                for e in await session.scalars(select(ProposalEvent).order_by(ProposalEvent.id))
            ]
        assert actions == ["submitted", "rejected", "undone"]
    finally:
        await bot.app.stop()


async def test_nothing_lost_while_the_moderation_chat_is_unreachable(city: BotHarness) -> None:
    from datetime import timedelta

    from storage.models import Delivery, DeliveryStatus

    await set_chats(city, "QUB", moderation_chat="-100555")
    city.fake.down_chats.add(-100555)
    resident = await resident_of(city, 8801, "QUB")
    number = await submit(resident)  # received: stored, whatever happens next
    group = city.user(user_id=8801, chat={"id": -100555, "type": "supergroup", "title": "Mods"})

    async def card_row() -> Delivery:
        async with city.app.sessionmaker() as session:
            row = await session.scalar(select(Delivery).where(Delivery.chat_ref == "-100555"))
            assert row is not None
            return row

    async def retried() -> bool:
        return (await card_row()).attempts >= 1 and (
            await card_row()
        ).status == DeliveryStatus.QUEUED

    deadline = time.monotonic() + 10
    while not await retried():
        assert time.monotonic() < deadline, "the card was never tried"
        await asyncio.sleep(0.05)
    assert not got(group, number)
    city.fake.down_chats.clear()  # the chat is reachable again
    async with city.app.sessionmaker.begin() as session:  # skip the backoff pause
        row = await session.get(Delivery, (await card_row()).id)
        assert row is not None
        row.next_attempt_at = city.app.clock() - timedelta(seconds=1)
    city.app.delivery.wake()
    await eventually(lambda: got(group, number), "the card never reached the moderation chat")


async def test_send_pressed_again_tells_the_number_already_given(city: BotHarness) -> None:
    resident = await resident_of(city, 8951, "QUB")
    number = await submit(resident)
    send = [c for c in resident.received if "✅ Send" in dict(c.buttons)][-1]
    [again] = await resident.press_data(dict(send.buttons)["✅ Send"], send)  # a second tap
    assert f"Its number is {number}." in again.params["text"]
    assert "no longer active" not in again.params["text"]
    # The same text sent again as a new proposal is the same proposal.
    assert await submit(resident) == number
    async with city.app.sessionmaker() as session:
        count = await session.scalar(select(func.count()).select_from(Proposal))
    assert count == 1
