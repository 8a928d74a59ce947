"""A Telegram user for conversation tests: sends updates in the Bot API's documented shapes to
the fake server, waits until the bot has handled them, and reads what the bot sent back."""

from __future__ import annotations

import asyncio
import itertools
import time
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select

from bot.app import App
from storage.models import Delivery, DeliveryStatus
from tests.fakes.telegram_api import BOT_USER, Call, FakeTelegram

_message_ids = itertools.count(1)
_query_ids = itertools.count(1)


@dataclass
class BotHarness:
    app: App
    fake: FakeTelegram

    async def settle(self, update_id: int) -> None:
        """Wait until the bot fetched `update_id` and handled everything it fetched."""
        await self.fake.delivered(update_id)
        assert self.app.telegram is not None
        await self.app.telegram.idle()

    def user(self, user_id: int = 5001, language_code: str | None = "en", **kw: Any) -> TgUser:
        return TgUser(self, user_id, language_code, **kw)

    async def outbox_settled(self, timeout: float = 10) -> None:
        """Wait until the outbox holds nothing due: every row due by the app's clock was sent,
        skipped or failed, or is waiting for a later time. The positive sign a test needs
        before it asserts that something was *not* received."""
        await outbox_settled(self.app, timeout)


async def outbox_settled(app: App, timeout: float = 10) -> None:
    deadline = time.monotonic() + timeout
    while True:
        async with app.sessionmaker() as session:
            busy = await session.scalar(
                select(func.count())
                .select_from(Delivery)
                .where(
                    (Delivery.status == DeliveryStatus.SENDING)
                    | (
                        (Delivery.status == DeliveryStatus.QUEUED)
                        & (Delivery.next_attempt_at <= app.clock())
                    )
                )
            )
        if not busy:
            return
        if time.monotonic() > deadline:
            raise AssertionError(f"{busy} outbox rows still due after {timeout} s")
        app.delivery.wake()
        await asyncio.sleep(0.05)


@dataclass
class TgUser:
    harness: BotHarness
    id: int
    language_code: str | None = "en"
    first_name: str = "Leyla"
    chat: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.chat:
            self.chat = {"id": self.id, "type": "private", "first_name": self.first_name}

    @property
    def fake(self) -> FakeTelegram:
        return self.harness.fake

    @property
    def sender(self) -> dict[str, Any]:
        user: dict[str, Any] = {"id": self.id, "is_bot": False, "first_name": self.first_name}
        if self.language_code:
            user["language_code"] = self.language_code
        return user

    def now(self) -> int:
        """Unix time by the app's clock: when this user writes."""
        return int(self.harness.app.clock().timestamp())

    @property
    def received(self) -> list[Call]:
        return self.fake.sent_to(self.chat["id"])

    @property
    def last(self) -> Call:
        return self.received[-1]

    async def update(self, body: dict[str, Any]) -> list[Call]:
        """Push any update body; returns the messages the bot sent this chat in answer."""
        before = len(self.received)
        update_id = await self.fake.push(body)
        await self.harness.settle(update_id)
        return self.received[before:]

    def message(self, text: str | None = None, **content: Any) -> dict[str, Any]:
        message: dict[str, Any] = {
            "message_id": next(_message_ids),
            "date": self.now(),
            "chat": self.chat,
            "from": self.sender,
            **content,
        }
        if text is not None:
            message["text"] = text
            if text.startswith("/"):
                length = len(text.split(" ", 1)[0])
                message["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
        return message

    async def send(self, text: str) -> list[Call]:
        return await self.update({"message": self.message(text)})

    async def send_sticker(self) -> list[Call]:
        sticker = {
            "file_id": "CAACAgIAAxkBAAE", "file_unique_id": "AgADxQ", "type": "regular",
            "width": 512, "height": 512, "is_animated": False, "is_video": False, "emoji": "👍",
        }  # fmt: skip
        return await self.update({"message": self.message(sticker=sticker)})

    async def send_voice(self) -> list[Call]:
        voice = {"file_id": "AwACAgIAAxkBAAE", "file_unique_id": "AgADyA", "duration": 3}
        return await self.update({"message": self.message(voice=voice)})

    async def send_photo(self) -> list[Call]:
        sizes = [
            {
                "file_id": f"PHOTO-{size}",
                "file_unique_id": f"u{size}",
                "width": size,
                "height": size,
            }
            for size in (90, 320, 1280)
        ]
        return await self.update({"message": self.message(photo=sizes)})

    async def send_document(self, name: str = "decision.pdf") -> list[Call]:
        document = {"file_id": "DOC-1", "file_unique_id": "d1", "file_name": name}
        return await self.update({"message": self.message(document=document)})

    async def edit(self, text: str) -> list[Call]:
        edited = self.message(text, edit_date=self.now())
        return await self.update({"edited_message": edited})

    async def press(self, label: str) -> list[Call]:
        """Press the button with this label on the newest keyboard the bot sent."""
        for call in reversed(self.received):
            buttons = dict(call.buttons)
            if buttons:
                if label not in buttons:
                    raise AssertionError(f"no button {label!r} in {list(buttons)}")
                return await self.press_data(buttons[label], call)
        raise AssertionError("the bot sent no keyboard")

    async def press_data(self, data: str, on: Call | None = None) -> list[Call]:
        """A callback query with any data: also how forged or stale presses are sent."""
        return await self.update(self.callback(data, on))

    def callback(self, data: str, on: Call | None = None) -> dict[str, Any]:
        """The update body of pressing a button with `data` (on the message `on`)."""
        message = {
            "message_id": 1,
            "date": self.now(),
            "chat": self.chat,
            "from": BOT_USER,
            "text": on.params.get("text", "") if on else "…",
        }
        query = {
            "id": str(next(_query_ids)),
            "from": self.sender,
            "chat_instance": f"ci-{self.id}",
            "message": message,
            "data": data,
        }
        return {"callback_query": query}

    async def membership(self, status: str) -> list[Call]:
        """my_chat_member: "kicked" when the user blocks the bot, "member" when unblocked."""
        old = "member" if status == "kicked" else "kicked"
        change = {
            "chat": self.chat,
            "from": self.sender,
            "date": self.now(),
            "old_chat_member": {"status": old, "user": BOT_USER, "until_date": 0},
            "new_chat_member": {"status": status, "user": BOT_USER, "until_date": 0},
        }
        return await self.update({"my_chat_member": change})


def texts(calls: list[Call]) -> list[str]:
    return [str(call.params["text"]) for call in calls]


def labels(call: Call) -> list[str]:
    return [label for label, _ in call.buttons]
