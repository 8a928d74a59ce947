"""Telegram webhooks on our own aiohttp server."""

from __future__ import annotations

import asyncio

import aiohttp
from sqlalchemy import func, select

from bot.messages import Incoming
from storage.models import Resident
from tests.conftest import WEBHOOK_SECRET
from tests.fakes.telegram_api import FakeTelegram
from tests.tg_user import BotHarness, labels
from tests.waiting import eventually


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


async def post_update(bot: BotHarness, update: dict[str, object]) -> int:
    headers = {"X-Telegram-Bot-Api-Secret-Token": WEBHOOK_SECRET}
    async with (
        aiohttp.ClientSession() as session,
        session.post(webhook_url(bot), json=update, headers=headers) as response,
    ):
        return response.status


async def test_the_webhook_is_answered_once_the_update_is_stored(webhook_bot: BotHarness) -> None:
    """If the bot stops before it answers, Telegram sends the update again: nothing is lost
    between the answer and the commit."""
    user = webhook_bot.user()
    assert (
        await post_update(webhook_bot, {"update_id": 90, "message": user.message("/start")}) == 200
    )
    assert await residents(webhook_bot) == 1  # no wait for a queue: stored before the answer
    assert len(user.received) == 1


async def test_one_users_webhook_updates_take_turns_others_do_not_wait(
    webhook_bot: BotHarness,
) -> None:
    channel = webhook_bot.app.telegram
    assert channel is not None
    log: list[tuple[str, str | None]] = []
    first_may_end = asyncio.Event()

    class GatedInbox:
        async def receive(self, incoming: Incoming) -> None:
            log.append(("start", incoming.text))
            if incoming.text == "first":
                await first_may_end.wait()
            log.append(("end", incoming.text))

        def outbox_changed(self) -> None:
            pass

    channel._inbox = GatedInbox()
    one, other = webhook_bot.user(user_id=601), webhook_bot.user(user_id=602)
    posts = [
        asyncio.create_task(post_update(webhook_bot, {"update_id": 91 + n, "message": message}))
        for n, message in enumerate(
            [one.message("first"), one.message("second"), other.message("other")]
        )
    ]
    await eventually(lambda: ("end", "other") in log, "the other user was held up")
    # The same user's second update waits its turn behind the first.
    await eventually(lambda: channel._turns._locks[601][1] == 2, "the second never arrived")
    assert ("start", "second") not in log
    first_may_end.set()
    assert await asyncio.gather(*posts) == [200, 200, 200]
    assert [text for kind, text in log if kind == "start"] == ["first", "other", "second"]
