"""One reply path, one failure policy: Bot API answers captured from the field, classified the
same way for replies and for the outbox, and what residents and staff then see.

Field cases (tests/data/field_cases, from public bug reports): a reply refused with 429
retry_after, a withdrawal older than Telegram's 48 hours, a staff group upgraded to a supergroup.
"""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from telegram.error import TelegramError

from bot.channels.base import (
    CannotChange,
    DeliveryError,
    Migrated,
    Rejected,
    Throttled,
    Transient,
    Unreachable,
)
from bot.channels.telegram import classify
from bot.messages import Reply
from storage import repos
from storage.models import Delivery, DeliveryStatus, Priority, Proposal, Role
from tests.fakes.telegram_api import FakeTelegram
from tests.test_announcements import publisher, resident_of, wait_for_message
from tests.test_proposals import (
    card_reached,
    city,  # noqa: F401 (a fixture)
    got,
    set_chats,
    staff,
    submit,
)
from tests.tg_user import BotHarness, labels, texts
from tests.waiting import eventually

FIELD_CASES = Path(__file__).parent / "data" / "field_cases"


def field_case(name: str) -> dict[str, Any]:
    return dict(json.loads((FIELD_CASES / f"{name}.json").read_text(encoding="utf-8")))


# Bot API answers as Telegram sends them -> what the reply path and the outbox do about them.
ANSWERS: list[tuple[int, str, dict[str, Any] | None, type[DeliveryError]]] = [
    (429, "Too Many Requests: retry after 2", {"retry_after": 2}, Throttled),
    (500, "Internal Server Error", None, Transient),
    (502, "Bad Gateway", None, Transient),
    (503, "Service Unavailable", None, Transient),
    (504, "Gateway Timeout", None, Transient),
    (403, "Forbidden: bot was blocked by the user", None, Unreachable),
    (403, "Forbidden: user is deactivated", None, Unreachable),
    (403, "Forbidden: bot was kicked from the supergroup chat", None, Unreachable),
    (400, "Bad Request: chat not found", None, Unreachable),
    (400, "Bad Request: group chat was upgraded to a supergroup chat",
     {"migrate_to_chat_id": -1004002}, Migrated),
    (400, "Bad Request: message can't be deleted for everyone", None, CannotChange),
    (400, "Bad Request: message to delete not found", None, CannotChange),
    (400, "Bad Request: message can't be edited", None, CannotChange),
    (400, "Bad Request: message to edit not found", None, CannotChange),
    (400, "Bad Request: message is too long", None, Rejected),
    (400, "Bad Request: can't parse entities: unsupported start tag", None, Rejected),
]  # fmt: skip


@pytest.mark.parametrize(("status", "description", "parameters", "kind"), ANSWERS)
async def test_bot_api_answers_are_classified_through_the_real_client(
    bot: BotHarness,
    fake_telegram: FakeTelegram,
    status: int,
    description: str,
    parameters: dict[str, Any] | None,
    kind: type[DeliveryError],
) -> None:
    assert bot.app.telegram is not None
    fake_telegram.fail("sendMessage", status, description, parameters=parameters)
    with pytest.raises(kind) as raised:
        await bot.app.telegram.answer("7112", Reply("Hello"))
    if isinstance(raised.value, Throttled):
        assert raised.value.retry_after == 2
    if isinstance(raised.value, Migrated):
        assert raised.value.new_chat_ref == "-1004002"


async def test_a_dropped_connection_is_transient(
    bot: BotHarness, fake_telegram: FakeTelegram
) -> None:
    assert bot.app.telegram is not None
    fake_telegram.fail("sendMessage", 0)
    with pytest.raises(Transient):
        await bot.app.telegram.answer("7112", Reply("Hello"))


def test_an_unknown_telegram_error_is_retried_not_dropped() -> None:
    assert isinstance(classify(TelegramError("something new")), Transient)


# --- replies -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "description", "parameters"),
    [
        (429, "Too Many Requests: retry after 2", {"retry_after": 2}),  # the field case
        (502, "Bad Gateway", None),
        (503, "Service Unavailable", None),
        (0, "", None),  # the connection dropped
    ],
    ids=["429", "502", "503", "network"],
)
async def test_a_reply_refused_for_now_arrives_later(
    bot: BotHarness,
    fake_telegram: FakeTelegram,
    status: int,
    description: str,
    parameters: dict[str, Any] | None,
) -> None:
    case = field_case("tg-reply-429")
    user = await resident_of(bot, 7112, "QUB")
    fake_telegram.fail("sendMessage", status, description, parameters=parameters)
    assert await user.send("/menu") == []  # refused: nothing yet...
    await wait_for_message(user, "What would you like to do?")  # ...but it comes
    await bot.outbox_settled()  # the outcome is recorded just after the send
    async with bot.app.sessionmaker() as session:
        row = await session.scalar(select(Delivery).where(Delivery.priority == Priority.REPLY))
    assert row is not None and row.status == DeliveryStatus.SENT and row.chat_ref == "7112"
    if status == 429:  # due no earlier than Telegram allows (by the app's clock, not timed)
        retry_after = case["bot_api_answers_to_the_reply"][0]["parameters"]["retry_after"]
        assert row.next_attempt_at - row.created_at >= timedelta(seconds=retry_after)
    assert labels(user.last)  # the menu came with its buttons


async def test_a_blocked_resident_is_marked_by_a_refused_reply(
    bot: BotHarness, fake_telegram: FakeTelegram
) -> None:
    user = await resident_of(bot, 7113, "QUB")
    fake_telegram.forbidden_chats.add(7113)
    assert await user.send("/menu") == []
    async with bot.app.sessionmaker() as session:
        resident = await repos.find_resident(session, channel="telegram", external_id="7113")
        queued = await session.scalar(select(Delivery).where(Delivery.chat_ref == "7113"))
    assert resident is not None and resident.status == "blocked"
    assert queued is None  # nothing retried for someone who blocked us


# --- withdrawals older than 48 hours -----------------------------------------------------------


async def publish_and_settle(bot: BotHarness, code: str, text: str) -> None:
    reader = await resident_of(bot, 7301, code)
    staff_member = await publisher(bot, code)
    await staff_member.send("/announce")
    await staff_member.press("🗓 Events")
    await staff_member.send(text)
    await staff_member.press("✔ Done")
    await staff_member.press("No attachment")
    await staff_member.press("Send now")
    await staff_member.press("✅ Send")
    await wait_for_message(reader, text)
    await bot.outbox_settled()


@pytest.mark.parametrize("edit_refused", [False, True], ids=["edited", "new-note"])
async def test_a_copy_too_old_to_delete_is_replaced_by_a_note_and_counted(
    bot: BotHarness, fake_telegram: FakeTelegram, edit_refused: bool
) -> None:
    answer = field_case("tg-withdraw-after-48h")["bot_api_answer_to_deleteMessage"]
    await publish_and_settle(bot, "ALA", "Round table on Tuesday at 11:00.")
    staff_member = bot.user(user_id=9001)
    fake_telegram.fail("deleteMessage", answer["error_code"], answer["description"], times=2)
    if edit_refused:
        fake_telegram.fail("editMessageText", 400, "Bad Request: message can't be edited", times=2)
    await staff_member.send("/announcements")
    await staff_member.press("🗑 Withdraw")
    [told] = await staff_member.press("🗑 Yes, withdraw it")
    assert "being removed from 2 chats" in told.params["text"]  # not "removed" yet
    await bot.outbox_settled()

    note = (
        "Please disregard this announcement, it was withdrawn: “Round table on Tuesday at 11:00.”"
    )
    reader = bot.user(user_id=7301)
    if edit_refused:
        assert note in texts(reader.received)  # a new message says it
    else:
        edits = [
            c for c in fake_telegram.calls if c.method == "editMessageText" and c.status == 200
        ]
        assert {c.params["text"] for c in edits} == {note}
    [item] = await staff_member.send("/announcements")
    assert (
        "Withdrawal: removed 0, replaced by a note 2, waiting 0, failed 0" in (item.params["text"])
    )


async def test_a_withdrawal_that_cannot_reach_a_chat_is_counted_as_failed(
    bot: BotHarness, fake_telegram: FakeTelegram
) -> None:
    await publish_and_settle(bot, "ALA", "Round table on Tuesday at 11:00.")
    staff_member = bot.user(user_id=9001)
    fake_telegram.forbidden_chats.add(7301)  # the reader blocked us since
    await staff_member.send("/announcements")
    await staff_member.press("🗑 Withdraw")
    await staff_member.press("🗑 Yes, withdraw it")
    await bot.outbox_settled()
    [item] = await staff_member.send("/announcements")
    assert (
        "Withdrawal: removed 1, replaced by a note 0, waiting 0, failed 1" in (item.params["text"])
    )


# --- staff groups upgraded to supergroups ------------------------------------------------------


async def test_a_migrated_staff_group_is_followed_and_remembered(
    bot: BotHarness, fake_telegram: FakeTelegram
) -> None:
    case = field_case("tg-group-migrated")
    answer = case["bot_api_answer_for_chat_-4002"]
    old, new = "-4002", str(answer["parameters"]["migrate_to_chat_id"])
    fake_telegram.migrated_chats[int(old)] = int(new)
    await set_chats(bot, "QUB", moderation_chat=old)
    resident = await resident_of(bot, 8801, "QUB")
    number = await submit(resident)
    moderators = bot.user(user_id=8802, chat={"id": int(new), "type": "supergroup", "title": "M"})
    await card_reached(moderators, number=number)  # at the new id
    async with bot.app.sessionmaker() as session:
        quba = await repos.municipality_by_code(session, code="QUB")
        failed = await session.scalar(
            select(Delivery).where(Delivery.status == DeliveryStatus.FAILED)
        )
    assert quba is not None and quba.moderation_chat == new
    assert failed is None
    assert not got(bot.user(user_id=8803, chat={"id": int(old), "type": "group"}), number)


async def test_the_upgrade_service_message_moves_the_staff_settings(bot: BotHarness) -> None:
    case = field_case("tg-group-migrated")
    await set_chats(bot, "QUB", moderation_chat="-4002", authority_chat="-4002")
    service = case["service_update_the_bot_ignores"]["message"]
    group = bot.user(user_id=service["from"]["id"], chat=service["chat"])
    assert await group.update({"message": group.message(migrate_to_chat_id=-1004002)}) == []
    async with bot.app.sessionmaker() as session:
        quba = await repos.municipality_by_code(session, code="QUB")
    assert quba is not None
    assert (quba.moderation_chat, quba.authority_chat) == ("-1004002", "-1004002")


async def test_an_approved_proposal_reaches_a_migrated_authority_group(
    city: BotHarness,  # noqa: F811 (the fixture imported above)
    fake_telegram: FakeTelegram,
) -> None:
    """The field case end to end: moderation and authority chats name the old group; the card
    and the approved proposal reach the supergroup, and the resident is told the truth."""
    fake_telegram.migrated_chats[-4002] = -1004002
    await set_chats(city, "QUB", moderation_chat="-4002", authority_chat="-4002")
    moderator = await staff(city, 8811, Role.MODERATOR)
    resident = await resident_of(city, 8812, "QUB")
    number = await submit(resident)
    await card_reached(moderator, number=number)
    async with city.app.sessionmaker() as session:
        proposal = await session.scalar(select(Proposal).where(Proposal.number == number))
    assert proposal is not None
    await moderator.press_data(f"mod:ok:{proposal.id}")
    group = city.user(user_id=8811, chat={"id": -1004002, "type": "supergroup", "title": "Akimat"})
    await eventually(
        lambda: sum(number in str(c.params.get("text") or c.params.get("caption"))
                    for c in group.received) >= 2,
        "the moderation card and the forward never reached the supergroup",
    )  # fmt: skip
    await city.outbox_settled()
    async with city.app.sessionmaker() as session:
        failed = await session.scalar(
            select(Delivery).where(Delivery.status == DeliveryStatus.FAILED)
        )
    assert failed is None


async def test_a_copy_already_gone_counts_as_removed_without_a_note(
    bot: BotHarness, fake_telegram: FakeTelegram
) -> None:
    """The resident cleared the chat, or a retry finds part of a copy deleted: no note about a
    message they cannot see."""
    await publish_and_settle(bot, "ALA", "Round table on Tuesday at 11:00.")
    staff_member = bot.user(user_id=9001)
    fake_telegram.fail("deleteMessage", 400, "Bad Request: message to delete not found", times=2)
    await staff_member.send("/announcements")
    await staff_member.press("🗑 Withdraw")
    await staff_member.press("🗑 Yes, withdraw it")
    await bot.outbox_settled()
    [item] = await staff_member.send("/announcements")
    assert (
        "Withdrawal: removed 2, replaced by a note 0, waiting 0, failed 0" in (item.params["text"])
    )
    assert not any(c.method == "editMessageText" for c in fake_telegram.calls)
