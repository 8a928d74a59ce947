"""The floor for bench/whatsapp.py: a bare WhatsApp Cloud API echo on aiohttp.

What any WhatsApp bot on aiohttp pays before doing anything useful, written as one should: the
X-Hub-Signature-256 HMAC checked over the raw body in constant time before parsing, 200 at once
(Meta retries slow answers) with the replies sent in the background, and one shared
ClientSession (keep-alive pool) for the Graph API. No database, no dispatcher, no ordering.

With `--impl pywa` the same webhook is served by pywa (a WhatsApp Cloud API framework) on the
same aiohttp server, glued the way pywa's own FastAPI routes do it: `webhook_update_validator`,
then `webhook_update_handler` as a background task, and `msg.reply_text` through pywa's httpx
client. So the two rows differ only by the framework.

    python -m bench.wa_echo_bot --port 8091 --api-url http://127.0.0.1:8082/v26.0 \
        --phone-number-id 106540352242922 --token T --app-secret S [--impl pywa]
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import hmac
import json
import logging
import signal
from typing import Any

import aiohttp
from aiohttp import web

SIGNATURE_HEADER = "X-Hub-Signature-256"

log = logging.getLogger("wa_echo_bot")


def texts(payload: Any) -> list[tuple[str, str]]:
    """(sender, text) of every text message in a Meta webhook; anything else is ignored."""
    found = []
    for entry in payload.get("entry") or []:
        for change in entry.get("changes") or []:
            for message in (change.get("value") or {}).get("messages") or []:
                if message.get("type") == "text":
                    found.append((str(message["from"]), str(message["text"]["body"])))
    return found


class EchoBot:
    def __init__(self, *, api_url: str, phone_number_id: str, token: str, secret: str) -> None:
        self.messages_url = f"{api_url.rstrip('/')}/{phone_number_id}/messages"
        self.token = token
        self.secret = secret.encode()
        self.session: aiohttp.ClientSession | None = None
        self.tasks: set[asyncio.Task[None]] = set()  # strong references until each is done

    async def start(self) -> None:
        self.session = aiohttp.ClientSession(
            headers={"Authorization": f"Bearer {self.token}"},
            timeout=aiohttp.ClientTimeout(total=15),
        )

    async def stop(self) -> None:
        if self.tasks:
            await asyncio.gather(*self.tasks, return_exceptions=True)
        if self.session is not None:
            await self.session.close()

    def app(self) -> web.Application:
        app = web.Application(client_max_size=1 << 20)
        app.router.add_get("/healthz", self.healthz)
        app.router.add_post("/whatsapp", self.webhook)
        return app

    async def healthz(self, _request: web.Request) -> web.Response:
        return web.json_response({"running": self.session is not None})

    async def webhook(self, request: web.Request) -> web.Response:
        body = await request.read()
        expected = "sha256=" + hmac.new(self.secret, body, hashlib.sha256).hexdigest()
        given = request.headers.get(SIGNATURE_HEADER, "")
        if not hmac.compare_digest(given.encode(), expected.encode()):
            return web.Response(status=401, text="bad signature")
        try:
            found = texts(json.loads(body))
        except (ValueError, AttributeError, KeyError, TypeError):
            return web.Response(status=400, text="not a webhook")
        for sender, text in found:
            task = asyncio.create_task(self.reply(sender, text))
            self.tasks.add(task)
            task.add_done_callback(self.tasks.discard)
        return web.Response(text="ok")

    async def reply(self, to: str, text: str) -> None:
        assert self.session is not None
        body = {
            "messaging_product": "whatsapp",
            "recipient_type": "individual",
            "to": to,
            "type": "text",
            "text": {"body": text},
        }
        try:
            async with self.session.post(self.messages_url, json=body) as answer:
                if answer.status != 200:
                    log.error("reply to %s refused: %s %s", to, answer.status, await answer.text())
                await answer.read()
        except (aiohttp.ClientError, TimeoutError) as error:
            log.error("reply to %s failed: %r", to, error)


class PywaEcho:
    """The same echo in pywa; imported here only, so the plain row never loads it."""

    def __init__(self, *, api_url: str, phone_number_id: str, token: str, secret: str) -> None:
        import httpx
        from pywa_async import WhatsApp, filters, types
        from pywa_async.handlers import MessageHandler
        from pywa_async.utils import UserIdentifier

        # Keep-alive for the whole pool, as aiohttp's connector does (httpx keeps 20 by default
        # and reconnects beyond that): the rows then differ by framework, not by pool settings.
        limits = httpx.Limits(max_connections=100, max_keepalive_connections=100)
        self.http = httpx.AsyncClient(timeout=15, limits=limits)
        self.wa = WhatsApp(
            phone_id=phone_number_id,
            token=token,
            session=self.http,
            app_secret=secret,
            # Reply "to" the phone number, as the other rows do (pywa prefers the BSUID).
            user_identifier_priority=(
                UserIdentifier.WA_ID,
                UserIdentifier.BSUID,
                UserIdentifier.PARENT_BSUID,
            ),
        )
        # pywa always aims at graph.facebook.com; its session's base URL is the one knob.
        self.http.base_url = httpx.URL(api_url.rstrip("/"))
        self.tasks: set[asyncio.Task[Any]] = set()

        async def echo(_client: WhatsApp, message: types.Message) -> None:
            await message.reply_text(message.text or "")

        self.wa.add_handlers(MessageHandler(echo, filters.text))

    async def start(self) -> None:
        pass

    async def stop(self) -> None:
        if self.tasks:
            await asyncio.gather(*self.tasks, return_exceptions=True)
        await self.http.aclose()

    def app(self) -> web.Application:
        app = web.Application(client_max_size=1 << 20)
        app.router.add_get("/healthz", self.healthz)
        app.router.add_post("/whatsapp", self.webhook)
        return app

    async def healthz(self, _request: web.Request) -> web.Response:
        return web.json_response({"running": True})

    async def webhook(self, request: web.Request) -> web.Response:
        body = await request.read()
        error = await self.wa.webhook_update_validator(body, request.headers.get(SIGNATURE_HEADER))
        if error is not None:
            return web.Response(status=error[1], text=error[0])
        # As pywa's FastAPI route does: answer now, handle as a background task.
        task = asyncio.create_task(self.wa.webhook_update_handler(body))
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)
        return web.Response(text="ok")


async def serve(arguments: argparse.Namespace) -> None:
    kind = PywaEcho if arguments.impl == "pywa" else EchoBot
    bot = kind(
        api_url=arguments.api_url,
        phone_number_id=arguments.phone_number_id,
        token=arguments.token,
        secret=arguments.app_secret,
    )
    runner = web.AppRunner(bot.app(), access_log=None)
    stopping = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stopping.set)
    await bot.start()
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", arguments.port).start()
    try:
        await stopping.wait()
    finally:
        await runner.cleanup()
        await bot.stop()


def main() -> None:
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(message)s")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--api-url", required=True, help="Graph API base, e.g. http://.../v26.0")
    parser.add_argument("--phone-number-id", required=True)
    parser.add_argument("--token", required=True)
    parser.add_argument("--app-secret", required=True)
    parser.add_argument("--impl", choices=("aiohttp", "pywa"), default="aiohttp")
    asyncio.run(serve(parser.parse_args()))


if __name__ == "__main__":
    main()
