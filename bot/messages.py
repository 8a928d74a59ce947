"""Channel-neutral message types: what handlers read and what they answer with.

Channels translate platform updates into `Incoming` and render `Reply` back; nothing in here
knows about Telegram or WhatsApp.
"""

from __future__ import annotations

import base64
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any
from urllib.parse import quote

DEEP_LINK_PREFIX = "c_"  # municipality codes are upper-case: no clash
FILE_REF_PREFIX = "file:"  # a media ref that is a file we keep, not a platform's file id


def file_path(media: Mapping[str, Any]) -> str | None:
    """The local file behind a media dict: a shipped file ("path") or one we stored from a
    platform that gives no lasting file ids (WhatsApp photos, as a "file:" ref)."""
    ref = str(media.get("ref") or "")
    return media.get("path") or (
        ref[len(FILE_REF_PREFIX) :] if ref.startswith(FILE_REF_PREFIX) else None
    )


def choice_to_payload(choice_id: str) -> str:
    """A button as a deep-link payload (A-Z a-z 0-9 _ -, at most 64 characters), for chats where
    a button cannot answer us directly (a staff group): it opens the private chat and presses."""
    return DEEP_LINK_PREFIX + base64.urlsafe_b64encode(choice_id.encode()).decode().rstrip("=")


def telegram_start_link(bot_username: str, payload: str) -> str:
    """`https://t.me/<bot>?start=<payload>`: opens the private chat with the bot and, on Start,
    sends "/start <payload>" (a municipality code, or a button's `choice_to_payload`)."""
    return f"https://t.me/{bot_username}?start={payload}"


def whatsapp_start_link(phone: str, payload: str) -> str:
    """`https://wa.me/<number>?text=/start <payload>`: opens a chat with the business number
    (`phone` in WhatsApp's form, digits only) with "/start <payload>" typed, ready to send; the
    bot reads it as the same command as Telegram's deep link."""
    return f"https://wa.me/{phone}?text={quote(f'/start {payload}', safe='')}"


def payload_to_choice(payload: str) -> str | None:
    if not payload.startswith(DEEP_LINK_PREFIX):
        return None
    encoded = payload[len(DEEP_LINK_PREFIX) :]
    try:
        return base64.urlsafe_b64decode(encoded + "=" * (-len(encoded) % 4)).decode()
    except ValueError:  # not base64 (binascii.Error), non-ASCII ("c_é"), not UTF-8
        return None


class ChatKind(StrEnum):
    PRIVATE = "private"
    GROUP = "group"


class UpdateKind(StrEnum):
    """What kind of thing arrived; most are plain messages or button presses."""

    MESSAGE = "message"
    CHOICE = "choice"
    EDITED = "edited"  # an edit of an earlier message: we do not act on edits
    BLOCKED = "blocked"  # the resident blocked the bot
    UNBLOCKED = "unblocked"  # the resident unblocked it again
    CHAT_MOVED = "chat-moved"  # a group became a supergroup: `moved_to` is its new id


@dataclass(frozen=True, slots=True)
class Media:
    """A photo or document a user sent, by the platform's reference (Telegram: file_id)."""

    kind: str  # "photo", "document" or "voice"
    ref: str
    name: str | None = None

    def as_dict(self) -> dict[str, str]:
        return {"kind": self.kind, "ref": self.ref, **({"name": self.name} if self.name else {})}


@dataclass(frozen=True, slots=True)
class Incoming:
    channel: str
    user_ref: str  # the platform's id of the resident (Telegram user id, WhatsApp phone)
    kind: UpdateKind = UpdateKind.MESSAGE
    text: str | None = None
    choice_id: str | None = None
    media_kind: str | None = None  # "sticker", "voice", "photo", ... when not plain text
    media: Media | None = None  # set for photos and documents, which some steps accept
    location: tuple[float, float] | None = None  # (latitude, longitude) of a shared location
    locale_hint: str | None = None
    external_id: str | None = None  # platform update/message id, for dedupe
    chat_kind: ChatKind = ChatKind.PRIVATE
    display_name: str | None = None
    sent_at: datetime | None = None  # when the platform says it was written
    chat_ref: str | None = None  # the chat to answer in; None: the user's own (private) chat
    moved_to: str | None = None  # CHAT_MOVED: the chat's new id
    caption: str | None = None  # the words sent with a photo or document (not `text`)
    album: str | None = None  # the platform's id of the album this photo came in (Telegram)

    @property
    def reply_to(self) -> str:
        """Where answers go: the chat it came from, else the user's private chat."""
        return self.chat_ref or self.user_ref

    @property
    def command(self) -> tuple[str, str] | None:
        """`("start", "QUB")` for "/start QUB"; None when the text is not a command."""
        if not self.text or not self.text.startswith("/"):
            return None
        head, _, arg = self.text[1:].partition(" ")
        name = head.split("@", 1)[0].lower()  # "/start@our_bot" in groups
        return (name, arg.strip()) if name else None


@dataclass(frozen=True, slots=True)
class Choice:
    id: str  # namespaced, e.g. "lang:ru"; must fit Telegram's 64-byte callback_data
    label: str
    url: str | None = None  # a link button: opens the address instead of answering us

    def __post_init__(self) -> None:
        if len(self.id.encode()) > 45:  # 64-byte callback_data, and deep links (base64) too
            raise ValueError(f"choice id longer than 45 bytes: {self.id!r}")


@dataclass(frozen=True, slots=True)
class Reply:
    text: str
    choices: tuple[Choice, ...] = field(default_factory=tuple)
    # {"kind": "photo"|"document", "ref": platform file id}, {"kind": "photo", "path": file}, or
    # {"kind": "document", "content": generated text, "name": "event.ics"}
    media: dict[str, str] | None = None
    locale: str | None = None  # the language of `text`, for words a channel adds ("More")
    first_choice: int = 0  # channels that show choices in pages start at this one
    # The number shown beside the first pressable choice, where a channel numbers them (the
    # console; WhatsApp's numbered lines): the cards of one answer are numbered on.
    number_from: int = 1
    title: str | None = None  # a heading where the channel has one (an e-mail's subject)


def shorten(text: str, limit: int) -> str:
    """`text` on one line, cut to `limit` characters with an ellipsis (to quote it)."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def split_text(text: str, limit: int) -> list[str]:
    """Cut text longer than a platform's limit into messages, at line breaks where possible."""
    parts = []
    while len(text) > limit:
        cut = text.rfind("\n", 0, limit)
        cut = cut if cut > limit // 2 else limit
        parts.append(text[:cut])
        text = text[cut:].lstrip("\n")
    parts.append(text)
    return parts
