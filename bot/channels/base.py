"""What every channel adapter provides. Channels parse, render and send: they turn platform
updates into `Incoming` and hand them to an `Inbox` (the app's reply path, which answers after the
dispatcher's commit); they render and send single messages for it and for the delivery engine,
and edit and delete them, classifying every failure as one of the `DeliveryError`s below."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum
from typing import Any, Protocol

from bot.messages import Incoming, Reply


class DeliveryError(Exception):
    """A send failed; the subclass says what the delivery engine should do about it."""


class Unreachable(DeliveryError):
    """Permanent: the resident blocked us, deleted their account, or the chat is unknown."""


class Rejected(DeliveryError):
    """Permanent for this message (the platform refused its content); retrying cannot help."""


class CannotChange(Rejected):
    """The platform no longer lets us edit or delete this message (Telegram: a bot may delete
    its messages in private chats only within 48 hours; the message may be gone already)."""


class Migrated(DeliveryError):
    """The group chat became a supergroup with a new id: send there instead, and remember it
    (Telegram: 400 with `parameters.migrate_to_chat_id`)."""

    def __init__(self, new_chat_ref: str, message: str = "") -> None:
        super().__init__(message or f"the chat moved to {new_chat_ref}")
        self.new_chat_ref = new_chat_ref


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


class Inbox(Protocol):
    """Where a channel hands what arrives (the app's reply path)."""

    async def receive(self, incoming: Incoming) -> None:
        """Handle one update and answer it; returns when the answer has been sent or queued."""
        ...

    def outbox_changed(self) -> None:
        """The channel re-queued outbox rows (a platform report): look at the outbox now."""
        ...


class Channel(Protocol):
    name: str
    limits: Limits
    # How long after a resident's last message we may write freely (WhatsApp: 24 hours; outside
    # it only templates); None where there is no such rule.
    service_window: timedelta | None

    async def start(self, inbox: Inbox) -> None:
        """Start receiving: every update goes to `inbox.receive`, each user's in turn."""
        ...

    async def stop(self) -> None: ...

    async def answer(self, chat_ref: str, reply: Reply) -> str:
        """Answer a message just received (inside any service window, never as a paid
        broadcast); returns the platform's message id. Raises a `DeliveryError`."""
        ...

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
    ) -> Withdrawal:
        """Withdraw a delivered message (`text` is what it said). Where the platform cannot
        delete it, the channel falls back (an edit into a short "withdrawn" note, else a new
        note) and says which it did."""
        ...


class Withdrawn(StrEnum):
    """How a delivered copy was withdrawn."""

    DELETED = "deleted"  # gone from the chat
    EDITED = "edited"  # could not be deleted: its text now says it was withdrawn
    NOTE = "note"  # could be neither deleted nor edited: a note asks to disregard it


@dataclass(frozen=True, slots=True)
class Withdrawal:
    how: Withdrawn
    message_id: str | None = None  # a note's id, where one was sent
