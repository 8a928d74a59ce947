"""Input that does not fit gets a clear, localised answer or a refusal, and loses nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from bot.config import SHIPPED_LOCALES
from storage.models import Resident
from tests.fakes.telegram_api import FakeTelegram
from tests.test_onboarding import MENU, resident
from tests.tg_user import BotHarness, TgUser, labels


async def onboarded(bot: BotHarness, language_code: str = "en", user_id: int = 5001) -> TgUser:
    user = bot.user(user_id=user_id, language_code=language_code)
    await user.send("/start XAC-XUD")
    await user.press(bot.app.i18n.self_name(language_code))
    return user


async def place_of(bot: BotHarness, user: TgUser) -> tuple[int | None, int | None]:
    saved = await resident(bot, user.id)
    return saved.municipality_id, saved.community_id


async def test_sticker_and_voice_get_a_hint_and_the_buttons(bot: BotHarness) -> None:
    user = await onboarded(bot, "ru")
    before = await place_of(bot, user)
    [menu] = await user.send("/menu")
    [hint] = await user.send_sticker()
    assert "текст" in hint.params["text"]
    assert labels(hint) == labels(menu)
    [hint] = await user.send_voice()
    assert labels(hint) == labels(menu)
    assert await place_of(bot, user) == before


async def test_sticker_while_choosing_a_language(bot: BotHarness) -> None:
    user = bot.user(language_code="az")
    [greeting] = await user.send("/start")
    [hint] = await user.send_sticker()
    assert labels(hint) == labels(greeting)


async def test_edited_messages_are_explained_not_acted_on(bot: BotHarness) -> None:
    user = await onboarded(bot)
    before = await place_of(bot, user)
    [answer] = await user.edit("/stop")
    assert "new message" in answer.params["text"]
    assert (await resident(bot, user.id)).status == "active"
    assert await place_of(bot, user) == before


async def test_empty_and_oversized_text(bot: BotHarness) -> None:
    user = await onboarded(bot)
    [menu] = await user.send("/menu")
    [hint] = await user.send("   ")
    assert labels(hint) == labels(menu)
    [hint] = await user.send("x" * 10_000)  # larger than Telegram allows: a webhook could
    assert "did not understand" in hint.params["text"]
    assert len(hint.params["text"]) < 4096


async def test_unknown_and_forged_buttons(bot: BotHarness) -> None:
    user = await onboarded(bot, "kk")
    before = await place_of(bot, user)
    [expired] = await user.press_data("nothing:here")
    assert labels(expired)[0] == MENU["kk"]
    [again] = await user.press_data("lang:xx")  # not a language we ship
    assert len(labels(again)) == len(SHIPPED_LOCALES)
    replies = await user.press_data("mun:999999")  # no such municipality
    assert "country" not in replies[-1].params["text"]  # asked in Kazakh
    assert any("Қазақстан" in labels(r) for r in replies)
    await user.press_data("com:1")  # a community of another municipality: refused
    saved = await resident(bot, user.id)
    assert saved.community_id != 1
    assert (await resident(bot, user.id)).locale == "kk"
    await user.press_data("x" * 64)
    assert before[0] is not None


async def test_unknown_command(bot: BotHarness) -> None:
    user = await onboarded(bot)
    [answer] = await user.send("/frobnicate now")
    assert "/help" in answer.params["text"]


async def test_group_chats_are_told_to_write_privately(bot: BotHarness) -> None:
    group = {"id": -100123, "type": "supergroup", "title": "Quba residents"}
    user = bot.user(user_id=7001, language_code="ru", chat=group)
    [answer] = await user.send("/start@community_bot")
    assert answer.chat_id == -100123
    assert "личн" in answer.params["text"]  # "private", in Russian
    assert await user.send("hello everyone") == []  # group chatter is not for us
    async with bot.app.sessionmaker() as session:
        count = await session.scalar(select(func.count()).select_from(Resident))
    assert count == 0  # nobody was registered from a group


async def test_duplicate_update_is_processed_once(
    bot: BotHarness, fake_telegram: FakeTelegram
) -> None:
    user = await onboarded(bot)
    update = {"update_id": 900_001, "message": user.message("/stop")}
    before = len(user.received)
    await fake_telegram.push_raw(update)
    await fake_telegram.push_raw(dict(update))  # Telegram retried the same update
    await bot.settle(900_001)
    assert len(user.received) - before == 1


async def test_blocking_and_unblocking(bot: BotHarness) -> None:
    user = await onboarded(bot)
    assert await user.membership("kicked") == []
    assert (await resident(bot, user.id)).status == "blocked"
    await user.membership("member")
    assert (await resident(bot, user.id)).status == "active"


async def test_a_refused_send_marks_the_resident_blocked(
    bot: BotHarness, fake_telegram: FakeTelegram
) -> None:
    user = await onboarded(bot)
    fake_telegram.forbidden_chats.add(user.id)
    assert await user.send("/menu") == []  # Telegram answered 403: bot was blocked
    assert (await resident(bot, user.id)).status == "blocked"
    fake_telegram.forbidden_chats.clear()
    back, _menu = await user.send("/start")
    assert "Notices are on again" in back.params["text"]
    assert (await resident(bot, user.id)).status == "active"


@pytest.mark.parametrize(
    "data",
    [
        "ev:show:99999999999999999999",  # beyond any id (and PostgreSQL's integer)
        "ev:show:²",  # a digit to str.isdigit(), not to int()
        "evm:edit:4294967296",
        "an:show:99999999999999999999",
        "mod:approve:99999999999999999999",
        "prop:show:٣",  # an Arabic-Indic three
        "more:99999999999999999999",
        "lib:i:99999999999999999999",
        "mun:99999999999999999999",
    ],
)
async def test_forged_ids_that_are_not_plausible_numbers(bot: BotHarness, data: str) -> None:
    user = await onboarded(bot)
    replies = await user.press_data(data)
    assert replies, "no answer"
    assert not any("went wrong" in str(r.params.get("text")) for r in replies)
