"""Updates of different users overlap; those of one user are handled strictly in turn.

`Turns` is the one mechanism, used by every channel. `PerUserUpdateProcessor` plugs it into
python-telegram-bot: PTB's default handles one update at a time, so one resident's database round
trips and reply wait for everyone else's; its `concurrent_updates` would let two presses of the
same resident race.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Awaitable, Hashable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor


def update_key(update: object) -> int | None:
    """Whose update it is: the user (the dispatcher's unit of state), else the chat."""
    if isinstance(update, Update):
        if update.effective_user is not None:
            return update.effective_user.id
        if update.effective_chat is not None:
            return update.effective_chat.id
    return None


class Turns:
    """One holder at a time per key, in the order they asked (asyncio.Lock wakes waiters in
    order). A key's lock lives only while someone holds or awaits it: memory does not grow with
    the number of users."""

    def __init__(self) -> None:
        self._locks: dict[Hashable, tuple[asyncio.Lock, int]] = {}  # key -> (lock, holders)

    @contextlib.asynccontextmanager
    async def turn(self, key: Hashable) -> AsyncIterator[None]:
        lock, users = self._locks.get(key, (asyncio.Lock(), 0))
        self._locks[key] = (lock, users + 1)  # counted before waiting: the lock outlives us
        try:
            async with lock:
                yield
        finally:
            lock, users = self._locks[key]
            if users == 1:
                del self._locks[key]
            else:
                self._locks[key] = (lock, users - 1)

    def __len__(self) -> int:
        return len(self._locks)


class PerUserUpdateProcessor(BaseUpdateProcessor):
    def __init__(self, max_concurrent_updates: int = 64, *, turns: Turns | None = None) -> None:
        super().__init__(max_concurrent_updates)
        self._turns = turns or Turns()

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        async with self._turns.turn(update_key(update)):
            await coroutine

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass
