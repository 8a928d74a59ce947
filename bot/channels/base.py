"""What every channel adapter provides. Channels turn platform updates into `Incoming`, hand
them to the dispatcher, and render the `Reply`s it returns in the platform's own way; for the
delivery engine they also send, edit and delete single messages, classifying failures."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any, Protocol

from bot.messages import Reply


class DeliveryError(Exception):
    """A send failed; the subclass says what the delivery engine should do about it."""


class Unreachable(DeliveryError):
    """Permanent: the resident blocked us, deleted their account, or the chat is unknown."""


class Rejected(DeliveryError):
    """Permanent for this message (the platform refused its content); retrying cannot help."""


class Transient(DeliveryError):
    """Network trouble, a timeout or a 5xx: retry later with backoff."""


class Throttled(DeliveryError):
    """The platform asked us to slow down: pause the whole channel for `retry_after` seconds."""

    def __init__(self, retry_after: float, message: str = "") -> None:
        super().__init__(message or f"throttled for {retry_after}s")
        self.retry_after = retry_after


@dataclass(frozen=True, slots=True)
class Limits:
    """Pacing for bulk sends: messages per second overall and per chat."""

    per_second: float
    per_chat_per_second: float


class Channel(Protocol):
    name: str
    limits: Limits
    # How long after a resident's last message we may write freely (WhatsApp: 24 hours; outside
    # it only templates); None where there is no such rule.
    service_window: timedelta | None

    async def start(self) -> None: ...

    async def stop(self) -> None: ...

    async def deliver(
        self,
        chat_ref: str,
        reply: Reply,
        media: dict[str, Any] | None,
        *,
        window_open: bool = True,
    ) -> str:
        """Send one message; returns the platform's message id. Raises a `DeliveryError`."""
        ...

    async def edit(
        self, chat_ref: str, message_id: str, text: str, *, locale: str, window_open: bool = True
    ) -> str | None:
        """Correct a delivered message (`text` is the new text, in `locale`). Returns the id of
        a new message where the platform can only send one (WhatsApp), else None."""
        ...

    async def delete(
        self, chat_ref: str, message_id: str, text: str, *, locale: str, window_open: bool = True
    ) -> str | None:
        """Withdraw a delivered message (`text` is what it said); returns as `edit` does."""
        ...
