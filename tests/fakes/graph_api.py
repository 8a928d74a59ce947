"""A fake WhatsApp Cloud API (Meta's Graph API) on loopback, and webhooks in Meta's format.

It answers `POST /<version>/<phone id>/messages` and `/media` and the media endpoints the way
the Cloud API documents them, records every request, and refuses what the real one would:
a missing token, interactive messages beyond WhatsApp's limits (error 100, so a renderer bug
fails tests), free-form messages to residents whose 24-hour window is closed (131047), and the
faults a test injects. `push()` signs a webhook body with the app secret, as Meta does.
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import aiohttp
from aiohttp import web

from tests.clock import PINNED

VERSION = "v26.0"
PHONE_NUMBER_ID = "106540352242922"
TOKEN = "test-access-token"
APP_SECRET = "test-app-secret"
VERIFY_TOKEN = "test-verify-token"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64  # enough of a photo for a download


@dataclass
class Request:
    path: str
    payload: dict[str, Any]
    status: int = 200
    wamid: str | None = None

    @property
    def to(self) -> str:
        """Who it went to: a phone number (`to`) or a business-scoped user id (`recipient`)."""
        return str(self.payload.get("to") or self.payload.get("recipient") or "")

    @property
    def kind(self) -> str:
        return str(self.payload.get("type", ""))

    @property
    def text(self) -> str:
        """What the resident reads: text body, interactive body or caption."""
        body = self.payload.get(self.kind) or {}
        if self.kind == "text":
            return str(body.get("body", ""))
        if self.kind == "interactive":
            return str(body.get("body", {}).get("text", ""))
        if self.kind == "template":
            parameters = body["components"][0]["parameters"]
            return " ".join(str(p["text"]) for p in parameters)
        return str(body.get("caption", ""))

    @property
    def options(self) -> list[tuple[str, str]]:
        """(title, id) of reply buttons or list rows."""
        interactive = self.payload.get("interactive") or {}
        action = interactive.get("action") or {}
        if interactive.get("type") == "button":
            return [(b["reply"]["title"], b["reply"]["id"]) for b in action["buttons"]]
        if interactive.get("type") == "list":
            return [(r["title"], r["id"]) for s in action["sections"] for r in s["rows"]]
        return []


def limit_errors(message: dict[str, Any]) -> list[str]:
    """What the Cloud API would refuse in this message (the limits we must keep)."""
    errors = []
    kind = message.get("type")
    if kind == "text":
        body = message["text"]["body"]
        if not body or len(body) > 4096:
            errors.append(f"text body of {len(body)} characters")
    if kind == "interactive":
        interactive = message["interactive"]
        body = interactive["body"]["text"]
        if not body or len(body) > 1024:
            errors.append(f"interactive body of {len(body)} characters")
        action = interactive["action"]
        if interactive["type"] == "button":
            buttons = action["buttons"]
            if not 1 <= len(buttons) <= 3:
                errors.append(f"{len(buttons)} buttons")
            for button in buttons:
                if not 1 <= len(button["reply"]["title"]) <= 20:
                    errors.append(f"button title {button['reply']['title']!r}")
                if len(button["reply"]["id"]) > 256:
                    errors.append("button id too long")
            ids = [b["reply"]["id"] for b in buttons]
            if len(set(ids)) != len(ids):
                errors.append("duplicate button ids")
        elif interactive["type"] == "list":
            if not 1 <= len(action["button"]) <= 20:
                errors.append(f"list button {action['button']!r}")
            rows = [row for section in action["sections"] for row in section["rows"]]
            if not 1 <= len(rows) <= 10:
                errors.append(f"{len(rows)} rows")
            for row in rows:
                if not 1 <= len(row["title"]) <= 24:
                    errors.append(f"row title {row['title']!r}")
                if len(row.get("description", "")) > 72:
                    errors.append(f"row description {row['description']!r}")
                if len(row["id"]) > 200:
                    errors.append("row id too long")
            ids = [row["id"] for row in rows]
            if len(set(ids)) != len(ids):
                errors.append("duplicate row ids")
    if kind in ("image", "document") and len(message[kind].get("caption", "")) > 1024:
        errors.append("caption too long")
    if kind == "template":
        for parameter in message["template"]["components"][0]["parameters"]:
            text = parameter["text"]
            if "\n" in text or "\t" in text or "    " in text:
                errors.append("template parameter with new lines, tabs or 4 spaces")
    return errors


@dataclass
class FakeGraph:
    requests: list[Request] = field(default_factory=list)
    closed_windows: set[str] = field(default_factory=set)  # free-form refused: 131047
    errors: dict[str, list[tuple[int, int]]] = field(default_factory=dict)  # to -> (status, code)
    uploads: list[tuple[str, bytes]] = field(default_factory=list)
    webhook_url: str = ""
    media: bytes = PNG  # what a resident's photo downloads as
    media_type: str = "image/png"  # and its type, as Meta reports it
    _wamids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    _runner: web.AppRunner | None = None
    _session: aiohttp.ClientSession | None = None
    port: int = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/{VERSION}"

    async def start(self) -> FakeGraph:
        app = web.Application(client_max_size=64 << 20)
        app.router.add_post(f"/{VERSION}/{{phone}}/messages", self._messages)
        app.router.add_post(f"/{VERSION}/{{phone}}/media", self._upload)
        app.router.add_get(f"/{VERSION}/{{media_id}}", self._media_info)
        app.router.add_get("/_media/{media_id}", self._media_bytes)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self._session = aiohttp.ClientSession()
        return self

    async def stop(self) -> None:
        if self._session is not None:
            await self._session.close()
        if self._runner is not None:
            await self._runner.cleanup()

    def sent_to(self, phone: str) -> list[Request]:
        return [r for r in self.requests if r.to == phone and r.status == 200]

    def fail(self, phone: str, status: int, code: int, times: int = 1) -> None:
        self.errors.setdefault(phone, []).extend([(status, code)] * times)

    # --- the API --------------------------------------------------------------------------

    @staticmethod
    def _authorised(request: web.Request) -> bool:
        return request.headers.get("Authorization") == f"Bearer {TOKEN}"

    async def _messages(self, request: web.Request) -> web.Response:
        if not self._authorised(request):
            return _error(401, 190, "Invalid OAuth access token")
        if request.match_info["phone"] != PHONE_NUMBER_ID:
            return _error(400, 100, "Unsupported post request")
        payload = await request.json()
        record = Request(request.path, payload)
        self.requests.append(record)
        to = record.to
        # Meta's rules for addressing: `to` takes a phone number (digits), `recipient` a
        # business-scoped user id; `to` wins when both are given.
        if "to" in payload and not str(payload["to"]).isdigit():
            record.status = 400
            return _error(400, 100, "Invalid parameter: to must be a phone number")
        if not to:
            record.status = 400
            return _error(400, 100, "The parameter to or recipient is required")
        if problems := limit_errors(payload):
            record.status = 400
            return _error(400, 100, "Invalid parameter: " + "; ".join(problems))
        if queued := self.errors.get(to):
            status, code = queued.pop(0)
            record.status = status
            return _error(status, code, f"injected {code}")
        if to in self.closed_windows and payload.get("type") != "template":
            record.status = 400
            return _error(400, 131047, "Re-engagement message")
        record.wamid = f"wamid.HBgL{next(self._wamids):012d}"
        return web.json_response(
            {
                "messaging_product": "whatsapp",
                "contacts": [{"input": to, ("wa_id" if to.isdigit() else "user_id"): to}],
                "messages": [{"id": record.wamid}],
            }
        )

    async def _upload(self, request: web.Request) -> web.Response:
        if not self._authorised(request):
            return _error(401, 190, "Invalid OAuth access token")
        form = await request.post()
        file = form["file"]
        assert form["messaging_product"] == "whatsapp"
        self.uploads.append((file.filename, file.file.read()))  # type: ignore[union-attr]
        return web.json_response({"id": f"upload-{len(self.uploads)}"})

    async def _media_info(self, request: web.Request) -> web.Response:
        if not self._authorised(request):
            return _error(401, 190, "Invalid OAuth access token")
        media_id = request.match_info["media_id"]
        return web.json_response(
            {
                "messaging_product": "whatsapp",
                "url": f"http://127.0.0.1:{self.port}/_media/{media_id}",
                "mime_type": self.media_type,
                "sha256": hashlib.sha256(self.media).hexdigest(),
                "file_size": len(self.media),
                "id": media_id,
            }
        )

    async def _media_bytes(self, request: web.Request) -> web.Response:
        if not self._authorised(request):  # Meta's media URLs need the token too
            return web.Response(status=401)
        return web.Response(body=self.media, content_type="image/png")

    # --- webhooks to the bot --------------------------------------------------------------

    async def push(
        self,
        payload: dict[str, Any] | bytes,
        *,
        secret: str | None = APP_SECRET,
        signature: str | None = None,
    ) -> int:
        """POST a webhook to the bot, signed as Meta signs it (or with `signature` given);
        bytes go as they are (a malformed body, still signed)."""
        assert self._session is not None and self.webhook_url
        body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
        headers = {"Content-Type": "application/json"}
        if signature is not None:
            headers["X-Hub-Signature-256"] = signature
        elif secret is not None:
            digest = hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
            headers["X-Hub-Signature-256"] = f"sha256={digest}"
        async with self._session.post(self.webhook_url, data=body, headers=headers) as answer:
            return answer.status


def _error(status: int, code: int, message: str) -> web.Response:
    return web.json_response(
        {"error": {"message": message, "type": "OAuthException", "code": code,
                   "fbtrace_id": "AbCdEf"}},
        status=status,
    )  # fmt: skip


# --- webhook payloads in Meta's documented format --------------------------------------------

_wamid_in = itertools.count(1)


def envelope(value: dict[str, Any], phone_number_id: str = PHONE_NUMBER_ID) -> dict[str, Any]:
    return {
        "object": "whatsapp_business_account",
        "entry": [
            {
                "id": "102290129340398",
                "changes": [
                    {
                        "value": {
                            "messaging_product": "whatsapp",
                            "metadata": {
                                "display_phone_number": "15550783881",
                                "phone_number_id": phone_number_id,
                            },
                            **value,
                        },
                        "field": "messages",
                    }
                ],
            }
        ],
    }


def unix_time(at: datetime | None) -> str:
    """Meta's timestamps: Unix seconds, as a string. Builders stamp the tests' pinned instant
    unless told otherwise; `WaHarness.push` restamps with the app's clock."""
    return str(int((at or PINNED).timestamp()))


def message(phone: str, kind: str, body: dict[str, Any], *, wamid: str | None = None,
            name: str = "Leyla", at: datetime | None = None,
            user_id: str | None = None) -> dict[str, Any]:  # fmt: skip
    """A message from `phone`; a `phone` that is a business-scoped user id ("AZ.150…") makes
    it a username user's message, which carries no phone number at all (`from_user_id`,
    contacts' `user_id`). `user_id` adds the BSUID Meta sends beside a phone number."""
    contact: dict[str, Any] = {"profile": {"name": name}}
    sender: dict[str, Any] = {}
    if phone.isdigit():
        contact["wa_id"] = sender["from"] = phone
    else:
        contact["profile"]["username"] = "@" + name.lower()
        user_id = phone
    if user_id:
        contact["user_id"] = sender["from_user_id"] = user_id
    return envelope(
        {
            "contacts": [contact],
            "messages": [
                {
                    **sender,
                    "id": wamid or f"wamid.IN{next(_wamid_in):010d}",
                    "timestamp": unix_time(at),
                    "type": kind,
                    kind: body,
                }
            ],
        }
    )


def text(phone: str, body: str, **kw: Any) -> dict[str, Any]:
    return message(phone, "text", {"body": body}, **kw)


def button_reply(phone: str, id: str, title: str, **kw: Any) -> dict[str, Any]:
    return message(
        phone, "interactive", {"type": "button_reply", "button_reply": {"id": id, "title": title}},
        **kw,
    )  # fmt: skip


def list_reply(phone: str, id: str, title: str, **kw: Any) -> dict[str, Any]:
    reply = {"id": id, "title": title, "description": ""}
    return message(phone, "interactive", {"type": "list_reply", "list_reply": reply}, **kw)


def image(phone: str, media_id: str = "1479537139650973", **kw: Any) -> dict[str, Any]:
    body = {"caption": "", "mime_type": "image/jpeg", "sha256": "abc=", "id": media_id}
    return message(phone, "image", body, **kw)


def location(phone: str, latitude: float, longitude: float, **kw: Any) -> dict[str, Any]:
    body = {"latitude": latitude, "longitude": longitude, "name": "", "address": ""}
    return message(phone, "location", body, **kw)


def status(
    wamid: str, state: str, phone: str, *, code: int | None = None, at: datetime | None = None
) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "id": wamid,
        "status": state,
        "timestamp": unix_time(at),
        "recipient_id": phone,
    }
    if code is not None:
        entry["errors"] = [{"code": code, "title": f"error {code}", "message": f"error {code}",
                            "error_data": {"details": "details"}}]  # fmt: skip
    return envelope({"statuses": [entry]})
