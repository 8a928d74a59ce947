"""Telegram webhooks on our own aiohttp server."""

from __future__ import annotations

import aiohttp
from sqlalchemy import func, select

from storage.models import Resident
from tests.conftest import WEBHOOK_SECRET
from tests.fakes.telegram_api import FakeTelegram
from tests.tg_user import BotHarness, labels


def webhook_url(bot: BotHarness) -> str:
    return bot.app.settings.telegram_webhook_url or ""


async def residents(bot: BotHarness) -> int:
    async with bot.app.sessionmaker() as session:
        return int(await session.scalar(select(func.count()).select_from(Resident)) or 0)


async def test_webhook_is_registered_with_its_secret(
    webhook_bot: BotHarness, fake_telegram: FakeTelegram
) -> None:
    assert fake_telegram.webhook_url == webhook_url(webhook_bot)
    assert fake_telegram.webhook_secret == WEBHOOK_SECRET
    assert not any(call.method == "getUpdates" for call in fake_telegram.calls)


async def test_a_conversation_over_webhooks(webhook_bot: BotHarness) -> None:
    user = webhook_bot.user(language_code="hy")
    [greeting] = await user.send("/start ALA")
    [menu] = await user.press("Հայերեն")
    assert "Ալավերդի" in menu.params["text"]
    assert len(labels(menu)) == 5


async def test_wrong_or_missing_secret_is_refused_and_nothing_processed(
    webhook_bot: BotHarness,
) -> None:
    user = webhook_bot.user()
    update = {"update_id": 77, "message": user.message("/start")}
    async with aiohttp.ClientSession() as session:
        for headers in ({}, {"X-Telegram-Bot-Api-Secret-Token": "guess"}):
            async with session.post(webhook_url(webhook_bot), json=update, headers=headers) as r:
                assert r.status == 403
        for body in (b"{not json", b"[" * 50_000 + b"]" * 50_000):  # nested too deep: not a 500
            async with session.post(
                webhook_url(webhook_bot),
                data=body,
                headers={"X-Telegram-Bot-Api-Secret-Token": WEBHOOK_SECRET},
            ) as r:
                assert r.status == 400
    assert webhook_bot.app.telegram is not None
    await webhook_bot.app.telegram.idle()
    assert user.received == []
    assert await residents(webhook_bot) == 0
    # The positive sign that the refusals were not merely slow: the same update, signed, is
    # answered once.
    async with aiohttp.ClientSession() as session:
        headers = {"X-Telegram-Bot-Api-Secret-Token": WEBHOOK_SECRET}
        async with session.post(webhook_url(webhook_bot), json=update, headers=headers) as r:
            assert r.status == 200
    await webhook_bot.app.telegram.idle()
    assert len(user.received) == 1
    assert await residents(webhook_bot) == 1


async def test_a_repeated_update_id_is_processed_once(
    webhook_bot: BotHarness, fake_telegram: FakeTelegram
) -> None:
    user = webhook_bot.user()
    update = {"update_id": 4242, "message": user.message("/start")}
    await fake_telegram.push_raw(update)
    await fake_telegram.push_raw(update)
    await webhook_bot.settle(4242)
    assert len(user.received) == 1


async def test_health_check(webhook_bot: BotHarness) -> None:
    settings = webhook_bot.app.settings
    async with (
        aiohttp.ClientSession() as session,
        session.get(f"http://127.0.0.1:{settings.web_port}/healthz") as response,
    ):
        assert response.status == 200
        assert (await response.json()) == {"status": "ok"}
