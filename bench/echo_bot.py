"""The peer for bench/updates.py: a bare python-telegram-bot echo behind a minimal aiohttp webhook.

It receives updates exactly as our bot does (POST with the secret-token header ->
`Update.de_json` -> `update_queue`), keeps PTB's defaults (updates handled one at a time) and
answers each text with `reply_text`. No database, no dispatcher: the floor any PTB bot pays.

    python -m bench.echo_bot --port 8090 --api-url http://127.0.0.1:8081 --secret S
    python -m bench.echo_bot ... --request aiohttp   # our AiohttpRequest instead of httpx
"""

from __future__ import annotations

import argparse
import asyncio
import hmac
import signal
from typing import Any

from aiohttp import web
from telegram import Update
from telegram.ext import Application, ContextTypes, MessageHandler, filters

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


async def echo(update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
    if update.message is not None and update.message.text is not None:
        await update.message.reply_text(update.message.text)


def build_application(
    *, token: str, api_url: str, request: str
) -> Application[Any, Any, Any, Any, Any, Any]:
    builder = Application.builder().token(token).base_url(f"{api_url}/bot").updater(None)
    if request == "aiohttp":
        # Imported only here: the httpx row must not depend on our code at all.
        from bot.channels.aiohttp_request import AiohttpRequest

        builder = builder.request(AiohttpRequest())
    application = builder.build()
    # filters.TEXT, not ~COMMAND: the benchmark sends "/help" and wants one reply per update.
    application.add_handler(MessageHandler(filters.TEXT, echo))
    return application


def build_web_app(
    application: Application[Any, Any, Any, Any, Any, Any], *, secret: str, path: str
) -> web.Application:
    expected = secret.encode()
    app = web.Application(client_max_size=1 << 20)

    async def healthz(_request: web.Request) -> web.Response:
        status = 200 if application.running else 503
        return web.json_response({"running": application.running}, status=status)

    async def webhook(request: web.Request) -> web.Response:
        given = request.headers.get(SECRET_HEADER, "").encode()
        if not hmac.compare_digest(given, expected):
            return web.Response(status=403, text="forbidden")
        payload = await request.json()
        update = Update.de_json(payload, application.bot)
        await application.update_queue.put(update)
        return web.Response(text="ok")

    app.router.add_get("/healthz", healthz)
    app.router.add_post(path, webhook)
    return app


async def serve(arguments: argparse.Namespace) -> None:
    application = build_application(
        token=arguments.token, api_url=arguments.api_url.rstrip("/"), request=arguments.request
    )
    runner = web.AppRunner(
        build_web_app(application, secret=arguments.secret, path=arguments.path),
        access_log=None,
    )
    stopping = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stopping.set)
    await application.initialize()
    await application.start()
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", arguments.port).start()
    try:
        await stopping.wait()
    finally:
        await runner.cleanup()
        await application.stop()
        await application.shutdown()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--api-url", required=True, help="the fake Bot API, e.g. http://...:8081")
    parser.add_argument("--token", default="123456:TEST-TOKEN")
    parser.add_argument("--secret", required=True, help="expected secret-token header")
    parser.add_argument("--path", default="/telegram")
    parser.add_argument("--request", choices=("httpx", "aiohttp"), default="httpx")
    asyncio.run(serve(parser.parse_args()))


if __name__ == "__main__":
    main()
