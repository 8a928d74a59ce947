"""Updates of one user stay in order while different users' updates overlap."""

from __future__ import annotations

import asyncio

import pytest
from telegram import Chat, Message, Update, User

from bot.channels.update_order import PerUserUpdateProcessor
from storage import repos
from tests.tg_user import BotHarness


def update(update_id: int, user_id: int) -> Update:
    user = User(user_id, "U", is_bot=False)
    chat = Chat(user_id, Chat.PRIVATE)
    return Update(update_id, message=Message(update_id, None, chat, from_user=user, text="x"))  # type: ignore[arg-type]


async def test_one_users_updates_keep_their_order_others_overlap() -> None:
    processor = PerUserUpdateProcessor(16)
    log: list[tuple[str, int, str]] = []
    gates = {1: asyncio.Event(), 2: asyncio.Event()}

    async def work(name: str, user: int, wait: asyncio.Event | None) -> None:
        log.append(("start", user, name))
        if wait is not None:
            await wait.wait()
        log.append(("end", user, name))

    tasks = [
        asyncio.create_task(processor.process_update(update(1, 1), work("a1", 1, gates[1]))),
        asyncio.create_task(processor.process_update(update(2, 1), work("a2", 1, None))),
        asyncio.create_task(processor.process_update(update(3, 1), work("a3", 1, None))),
        asyncio.create_task(processor.process_update(update(4, 2), work("b1", 2, None))),
    ]
    await asyncio.sleep(0.05)
    assert ("end", 2, "b1") in log  # user 2 was not held up by user 1
    assert ("start", 1, "a2") not in log  # user 1's second update waits for the first
    gates[1].set()
    await asyncio.gather(*tasks)
    assert [name for kind, user, name in log if user == 1 and kind == "start"] == ["a1", "a2", "a3"]
    assert len(processor._turns) == 0  # nothing left behind


async def test_another_processs_update_of_the_same_resident_waits_for_its_commit(
    bot: BotHarness,
) -> None:
    """Behind a load balancer two processes may get one resident's updates at once: the second
    waits on the resident's row (PostgreSQL) until the first has committed."""
    if bot.app.engine.dialect.name != "postgresql":
        pytest.skip("SQLite has one process and one writer")
    user = bot.user(user_id=5151)
    await user.send("/start QUB")
    await user.press("English")
    async with bot.app.sessionmaker.begin() as session:  # another process, mid-update
        resident = await repos.find_resident(session, channel="telegram", external_id="5151")
        assert resident is not None
        waiting = asyncio.create_task(user.send("/help"))
        await asyncio.sleep(0.5)
        assert not waiting.done()  # held on the row until that process commits
    [answer] = await waiting
    assert answer.params["text"]
