"""What every channel adapter provides. Channels turn platform updates into `Incoming`, hand
them to the dispatcher, and render the `Reply`s it returns in the platform's own way."""

from __future__ import annotations

from typing import Protocol

from bot.messages import Reply


class Unreachable(Exception):
    """The platform says this resident cannot be reached (blocked us, deactivated, unknown)."""


class Channel(Protocol):
    name: str

    async def start(self) -> None: ...

    async def stop(self) -> None: ...

    async def send(self, user_ref: str, reply: Reply) -> None:
        """Deliver one reply; raises `Unreachable` when the resident can no longer be reached."""
        ...
