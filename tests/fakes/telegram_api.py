"""A fake Telegram Bot API server on loopback.

It answers the methods the bot uses in the documented shapes, records every call, serves updates
through `getUpdates` (long polling) or pushes them to the webhook set with `setWebhook` (with its
secret token), and can inject faults. Run it alone for benchmarks:
`python -m tests.fakes.telegram_api --port 8081`. Benchmarks read `GET /_stats` (messages sent)
and `GET /_first_replies` (when each chat got its first message; cleared by
`DELETE /_first_replies`). With `--record-times` it also keeps the arrival time of every
successful sendMessage (the last SEND_TIMES_CAP of them), read by `GET /_times` and cleared by
`DELETE /_times`: bench/broadcast.py checks pacing with it.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import itertools
import json
import time
from dataclasses import dataclass, field
from typing import Any

import aiohttp
from aiohttp import web

# Bounds the first-reply record, so a long run cannot grow the fake's memory without end; large
# enough for the benchmarks' biggest broadcast (bench/broadcast_processes.py counts the chats
# reached from it: a smaller cap counted every chat past it as missing). About 100 MB when full.
FIRST_REPLIES_CAP = 1_100_000
# Likewise for the arrival times of sendMessage (a deque: the oldest fall out).
SEND_TIMES_CAP = 100_000

SENDS = (
    "sendMessage",
    "sendPhoto",
    "sendDocument",
    "sendVoice",
)  # methods that put a message in a chat
BOT_USER = {
    "id": 424242,
    "is_bot": True,
    "first_name": "Community Bot",
    "username": "community_bot",
}


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    status: int = 200  # what the fake answered: failed sends are recorded too
    at: float = field(default_factory=time.monotonic)  # when it arrived (machine time)

    @property
    def chat_id(self) -> int | None:
        value = self.params.get("chat_id")
        return int(value) if value is not None else None

    @property
    def buttons(self) -> list[tuple[str, str]]:
        """(label, callback_data) of an inline keyboard, row by row."""
        markup = self.params.get("reply_markup") or {}
        if isinstance(markup, str):
            markup = json.loads(markup)
        return [
            (button["text"], button.get("callback_data", ""))
            for row in markup.get("inline_keyboard", [])
            for button in row
        ]


@dataclass
class Fault:
    status: int  # 0: drop the connection without answering (a network failure)
    description: str = ""
    retry_after: int | None = None
    times: int = 1
    delay: float = 0.0  # answer late (after the client's timeout, for a timeout)
    parameters: dict[str, Any] | None = None  # the Bot API's ResponseParameters, verbatim
    chat_id: int | None = None  # only calls to this chat (else any call of the method)


@dataclass
class FakeTelegram:
    token: str = "123456:TEST-TOKEN"
    calls: list[Call] = field(default_factory=list)
    forbidden_chats: set[int] = field(default_factory=set)  # "bot was blocked by the user"
    down_chats: set[int] = field(default_factory=set)  # sends to these get 502 Bad Gateway
    # group chats upgraded to supergroups: sends to the old id get 400 with migrate_to_chat_id
    migrated_chats: dict[int, int] = field(default_factory=dict)
    faults: dict[str, list[Fault]] = field(default_factory=dict)
    webhook_url: str | None = None
    webhook_secret: str | None = None
    record: bool = True  # off in benchmarks: memory must not grow
    # Benchmarks: time.monotonic() of the first sendMessage per chat (system-wide on Linux, so
    # comparable with the sender's clock); capped at FIRST_REPLIES_CAP chats.
    track_first_replies: bool = False
    # Benchmarks: time.monotonic() of each successful sendMessage, the last SEND_TIMES_CAP.
    record_send_times: bool = False
    # The command menus set: (scope, language_code) -> [command names], as setMyCommands and
    # deleteMyCommands leave them. `scope` is "default" or "chat:<chat_id>".
    menus: dict[tuple[str, str], list[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1000)
        self._pending: list[dict[str, Any]] = []
        self._arrived = asyncio.Event()
        self._closing = False
        self._methods = {name[3:].lower(): name[3:] for name in dir(self) if name.startswith("_m_")}
        self.files: dict[str, bytes] = {}  # file_id -> content, for getFile and downloads
        self.acked = 0  # highest update_id the bot has confirmed via getUpdates' offset
        self.sent_count = 0
        self.first_replies: dict[int, float] = {}
        self.send_times: collections.deque[float] = collections.deque(maxlen=SEND_TIMES_CAP)
        self._runner: web.AppRunner | None = None
        self._session: aiohttp.ClientSession | None = None
        self.url = ""

    # --- server -------------------------------------------------------------------------------

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        app.router.add_get("/file/bot{token}/{path:.+}", self._file)
        app.router.add_get("/_stats", self._stats)
        app.router.add_get("/_first_replies", self._first_replies)
        app.router.add_delete("/_first_replies", self._clear_first_replies)
        app.router.add_get("/_times", self._send_times)
        app.router.add_delete("/_times", self._clear_send_times)
        return app

    async def start(self, port: int = 0) -> FakeTelegram:
        self._runner = web.AppRunner(self.app(), access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", port)
        await site.start()
        bound = self._runner.addresses[0][1]
        self.url = f"http://127.0.0.1:{bound}"
        return self

    async def stop(self) -> None:
        self._closing = True  # end long polls now, or cleanup waits for their timeout
        self._arrived.set()
        if self._session is not None:
            await self._session.close()
        if self._runner is not None:
            await self._runner.cleanup()

    async def _handle(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return _error(401, "Unauthorized")
        # Method names are case-insensitive in the Bot API; record the canonical spelling.
        method = self._methods.get(
            request.match_info["method"].lower(), request.match_info["method"]
        )
        params = await _params(request)
        call = Call(method, params)
        if self.record:
            self.calls.append(call)
        fault = self._take_fault(method, params.get("chat_id"))
        if fault is not None and fault.delay:
            await asyncio.sleep(fault.delay)
        if fault is not None and fault.status == 0:
            call.status = 0
            assert request.transport is not None
            request.transport.close()
            raise ConnectionResetError("fault: connection dropped")
        chat = params.get("chat_id")
        moved = self.migrated_chats.get(int(chat)) if str(chat).lstrip("-").isdigit() else None
        if fault is not None and fault.status != 200:
            parameters = fault.parameters or (
                {"retry_after": fault.retry_after} if fault.retry_after is not None else None
            )
            response = _error(fault.status, fault.description, parameters)
        elif moved is not None:
            response = _error(
                400, "Bad Request: group chat was upgraded to a supergroup chat",
                {"migrate_to_chat_id": moved},
            )  # fmt: skip
        elif handler := getattr(self, f"_m_{method}", None):  # a slow 200 is delivered all the same
            response = await handler(params)
        else:
            response = _error(404, f"Not Found: method {method} not faked")
        call.status = response.status
        return response

    # --- files: getFile, then a download from /file/bot<token>/<file_path> ------------------

    async def _m_getFile(self, params: dict[str, Any]) -> web.Response:
        file_id = str(params.get("file_id", ""))
        if file_id not in self.files:
            return _error(400, "Bad Request: invalid file_id")
        return _ok(
            {"file_id": file_id, "file_unique_id": f"u-{file_id}",
             "file_size": len(self.files[file_id]), "file_path": f"photos/{file_id}.jpg"}
        )  # fmt: skip

    async def _file(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return _error(401, "Unauthorized")
        file_id = request.match_info["path"].removeprefix("photos/").removesuffix(".jpg")
        if file_id not in self.files:
            return _error(404, "Not Found")
        return web.Response(body=self.files[file_id], content_type="image/jpeg")

    # --- benchmark statistics ---------------------------------------------------------------

    async def _stats(self, _request: web.Request) -> web.Response:
        return web.json_response(
            {"sent": self.sent_count, "first_replies": len(self.first_replies)}
        )

    async def _first_replies(self, _request: web.Request) -> web.Response:
        # JSON object keys are strings; the reader turns them back into chat ids.
        return web.json_response({str(k): v for k, v in self.first_replies.items()})

    async def _clear_first_replies(self, _request: web.Request) -> web.Response:
        self.first_replies.clear()
        return web.json_response({"ok": True})

    async def _send_times(self, _request: web.Request) -> web.Response:
        return web.json_response(list(self.send_times))

    async def _clear_send_times(self, _request: web.Request) -> web.Response:
        self.send_times.clear()
        return web.json_response({"ok": True})

    def _take_fault(self, method: str, chat: Any) -> Fault | None:
        queue = self.faults.get(method)
        if not queue:
            return None
        fault = queue[0]
        if fault.chat_id is not None and str(fault.chat_id) != str(chat):
            return None
        fault.times -= 1
        if fault.times <= 0:
            queue.pop(0)
        return fault

    def fail(self, method: str, status: int, description: str = "", **kwargs: Any) -> None:
        """Make the next call(s) of `method` fail like Telegram does."""
        self.faults.setdefault(method, []).append(Fault(status, description, **kwargs))

    # --- methods ------------------------------------------------------------------------------

    async def _m_getMe(self, _params: dict[str, Any]) -> web.Response:
        return _ok(BOT_USER)

    async def _m_setMyCommands(self, params: dict[str, Any]) -> web.Response:
        commands = params.get("commands") or []
        self.menus[_menu_key(params)] = [str(c["command"]) for c in commands]
        return _ok(True)

    async def _m_deleteMyCommands(self, params: dict[str, Any]) -> web.Response:
        self.menus.pop(_menu_key(params), None)
        return _ok(True)

    def menu(self, chat_id: int, language_code: str = "") -> list[str] | None:
        """The command names set for one chat (BotCommandScopeChat); None: none of its own."""
        return self.menus.get((f"chat:{chat_id}", language_code))

    async def _m_deleteWebhook(self, _params: dict[str, Any]) -> web.Response:
        self.webhook_url = self.webhook_secret = None
        return _ok(True)

    async def _m_setWebhook(self, params: dict[str, Any]) -> web.Response:
        self.webhook_url = params["url"]
        self.webhook_secret = params.get("secret_token")
        return _ok(True)

    async def _m_answerCallbackQuery(self, _params: dict[str, Any]) -> web.Response:
        return _ok(True)

    async def _m_sendMessage(self, params: dict[str, Any]) -> web.Response:
        chat_id = int(params["chat_id"])
        if chat_id in self.down_chats:
            return _error(502, "Bad Gateway")
        if chat_id in self.forbidden_chats:
            return _error(403, "Forbidden: bot was blocked by the user")
        text = str(params.get("text", ""))
        if not text.strip():
            return _error(400, "Bad Request: message text is empty")
        if len(text) > 4096:
            return _error(400, "Bad Request: message is too long")
        self.sent_count += 1
        if (
            self.track_first_replies
            and chat_id not in self.first_replies
            and len(self.first_replies) < FIRST_REPLIES_CAP
        ):
            self.first_replies[chat_id] = time.monotonic()
        if self.record_send_times:
            self.send_times.append(time.monotonic())
        return _ok(self._message(chat_id, text=text))

    async def _m_sendPhoto(self, params: dict[str, Any]) -> web.Response:
        return await self._m_sendDocument(params)

    async def _m_sendVoice(self, params: dict[str, Any]) -> web.Response:
        return await self._m_sendDocument(params)

    async def _m_sendDocument(self, params: dict[str, Any]) -> web.Response:
        chat_id = int(params["chat_id"])
        if chat_id in self.down_chats:
            return _error(502, "Bad Gateway")
        if chat_id in self.forbidden_chats:
            return _error(403, "Forbidden: bot was blocked by the user")
        self.sent_count += 1
        return _ok(self._message(chat_id, caption=params.get("caption")))

    async def _m_editMessageText(self, params: dict[str, Any]) -> web.Response:
        return _ok(self._message(int(params["chat_id"]), text=params.get("text")))

    async def _m_editMessageCaption(self, params: dict[str, Any]) -> web.Response:
        return _ok(self._message(int(params["chat_id"]), caption=params.get("caption")))

    async def _m_deleteMessage(self, params: dict[str, Any]) -> web.Response:
        if int(params["chat_id"]) in self.forbidden_chats:
            return _error(403, "Forbidden: bot was blocked by the user")
        return _ok(True)

    async def _m_getUpdates(self, params: dict[str, Any]) -> web.Response:
        offset = int(params.get("offset") or 0)
        timeout = float(params.get("timeout") or 0)
        if offset:
            self.acked = max(self.acked, offset - 1)
            self._pending = [u for u in self._pending if u["update_id"] >= offset]
        deadline = time.monotonic() + timeout
        while not self._pending and not self._closing and time.monotonic() < deadline:
            self._arrived.clear()
            try:  # asyncio.timeout: Python 3.11's wait_for can swallow a cancellation
                async with asyncio.timeout(deadline - time.monotonic()):
                    await self._arrived.wait()
            except TimeoutError:
                break
        return _ok(self._pending[:100])

    def _message(self, chat_id: int, **content: Any) -> dict[str, Any]:
        return {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "group"},
            "from": BOT_USER,
            **content,
        }

    # --- updates ------------------------------------------------------------------------------

    async def push(self, body: dict[str, Any]) -> int:
        """Deliver an update (without `update_id`, which is assigned) the way the bot receives
        them: by webhook when one is set, else through getUpdates. Returns the update_id."""
        update = {"update_id": next(self._update_ids), **body}
        return await self.push_raw(update)

    async def push_raw(self, update: dict[str, Any]) -> int:
        if self.webhook_url:
            if self._session is None:
                self._session = aiohttp.ClientSession()
            headers = {}
            if self.webhook_secret:
                headers["X-Telegram-Bot-Api-Secret-Token"] = self.webhook_secret
            async with self._session.post(self.webhook_url, json=update, headers=headers) as r:
                if r.status != 200:
                    raise AssertionError(f"webhook answered {r.status}: {await r.text()}")
            self.acked = max(self.acked, update["update_id"])
        else:
            self._pending.append(update)
            self._arrived.set()
        return int(update["update_id"])

    async def delivered(self, update_id: int, timeout: float = 10) -> None:
        """Wait until the bot has taken `update_id` (acknowledged it in a later getUpdates)."""
        deadline = time.monotonic() + timeout
        while self.acked < update_id:
            if time.monotonic() > deadline:
                raise TimeoutError(f"update {update_id} was never fetched by the bot")
            await asyncio.sleep(0.005)

    def sent_to(self, chat_id: int) -> list[Call]:
        """Messages delivered to a chat (refused sends are in `calls` only)."""
        return [
            c for c in self.calls if c.method in SENDS and c.chat_id == chat_id and c.status == 200
        ]


def _ok(result: Any) -> web.Response:
    return web.json_response({"ok": True, "result": result})


def _error(status: int, description: str, parameters: dict[str, Any] | None = None) -> web.Response:
    body: dict[str, Any] = {"ok": False, "error_code": status, "description": description}
    if parameters:
        body["parameters"] = parameters
    return web.json_response(body, status=status)


def _menu_key(params: dict[str, Any]) -> tuple[str, str]:
    """setMyCommands' scope (a BotCommandScope object) and language, as a key of `menus`."""
    scope = params.get("scope") or {"type": "default"}
    name = f"chat:{scope['chat_id']}" if scope.get("type") == "chat" else str(scope["type"])
    return name, str(params.get("language_code") or "")


async def _params(request: web.Request) -> dict[str, Any]:
    """Bot API parameters arrive as JSON, form fields (values JSON-encoded) or query string."""
    params: dict[str, Any] = dict(request.query)
    if request.content_type == "application/json":
        body = await request.read()
        if body:  # PTB sends nested values JSON-encoded inside the JSON body, as Telegram accepts
            decoded = json.loads(body)
            params.update(
                {k: _maybe_json(v) if isinstance(v, str) else v for k, v in decoded.items()}
            )
        return params
    if request.content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
        form = await request.post()
        for key, value in form.items():
            if isinstance(value, str):
                params[key] = _maybe_json(value)
            else:
                data = value.file.read()
                params[key] = {"filename": value.filename, "size": len(data)}
                if len(data) <= 64 * 1024:  # small uploads (a calendar file) kept for reading
                    params[key]["data"] = data
    return params


def _maybe_json(value: str) -> Any:
    if value[:1] in "[{":
        try:
            return json.loads(value)
        except json.JSONDecodeError:
            return value
    return value


async def _serve(
    port: int, token: str, *, first_replies: bool = False, record_times: bool = False
) -> None:
    fake = FakeTelegram(
        token=token,
        record=False,
        track_first_replies=first_replies,
        record_send_times=record_times,
    )
    await fake.start(port)
    print(f"fake Bot API on {fake.url}", flush=True)
    await asyncio.Event().wait()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="fake Telegram Bot API for benchmarks")
    parser.add_argument("--port", type=int, default=8081)
    parser.add_argument("--token", default="123456:TEST-TOKEN")
    parser.add_argument(
        "--first-replies",
        action="store_true",
        help=f"record when each chat got its first message (up to {FIRST_REPLIES_CAP} chats)",
    )
    parser.add_argument(
        "--record-times",
        action="store_true",
        help=f"record when each sendMessage arrived (the last {SEND_TIMES_CAP}), GET /_times",
    )
    arguments = parser.parse_args()
    asyncio.run(
        _serve(
            arguments.port,
            arguments.token,
            first_replies=arguments.first_replies,
            record_times=arguments.record_times,
        )
    )
