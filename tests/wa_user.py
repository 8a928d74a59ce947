"""A WhatsApp resident for conversation tests: sends webhooks in Meta's format (signed) to the
bot, waits until the bot has handled them, and reads what it posted to the fake Graph API."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.app import App
from tests.fakes import graph_api as meta
from tests.fakes.graph_api import FakeGraph, Request


@dataclass
class WaHarness:
    app: App
    graph: FakeGraph

    async def push(self, payload: dict[str, Any] | bytes, **kw: Any) -> int:
        """Deliver a webhook, its messages and reports stamped now by the app's clock (bytes
        go unchanged)."""
        if isinstance(payload, dict):
            payload = restamped(payload, meta.unix_time(self.app.clock()))
        status = await self.graph.push(payload, **kw)
        assert self.app.whatsapp is not None
        await self.app.whatsapp.idle()
        return status

    def user(self, phone: str = "994501234567") -> WaUser:
        """A resident by phone number, or by business-scoped user id ("AZ.150…"): a user with
        a username, whose messages carry no phone number."""
        return WaUser(self, phone)


@dataclass
class WaUser:
    harness: WaHarness
    phone: str

    @property
    def received(self) -> list[Request]:
        return self.harness.graph.sent_to(self.phone)

    @property
    def last(self) -> Request:
        return self.received[-1]

    async def webhook(self, payload: dict[str, Any]) -> list[Request]:
        """Push any webhook; returns the messages the bot sent this resident in answer."""
        before = len(self.received)
        status = await self.harness.push(payload)
        assert status == 200
        return self.received[before:]

    async def send(self, body: str) -> list[Request]:
        return await self.webhook(meta.text(self.phone, body))

    async def send_image(self) -> list[Request]:
        return await self.webhook(meta.image(self.phone))

    async def send_location(self, latitude: float, longitude: float) -> list[Request]:
        return await self.webhook(meta.location(self.phone, latitude, longitude))

    async def press(self, title: str) -> list[Request]:
        """Press the reply button or pick the list row with this title in the newest message
        that offered any."""
        for request in reversed(self.received):
            options = dict(request.options)
            if options:
                if title not in options:
                    raise AssertionError(f"no option {title!r} in {list(options)}")
                kind = request.payload["interactive"]["type"]
                reply = meta.button_reply if kind == "button" else meta.list_reply
                return await self.webhook(reply(self.phone, options[title], title))
        raise AssertionError("the bot offered no options")


def restamped(payload: dict[str, Any], timestamp: str) -> dict[str, Any]:
    for entry in payload.get("entry", []):
        for change in entry.get("changes", []):
            value = change.get("value", {})
            for item in [*value.get("messages", []), *value.get("statuses", [])]:
                if isinstance(item, dict) and "timestamp" in item:
                    item["timestamp"] = timestamp
    return payload


def titles(request: Request) -> list[str]:
    return [title for title, _ in request.options]
