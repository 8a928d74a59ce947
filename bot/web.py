"""Our aiohttp server: platform webhooks and a health check."""

from __future__ import annotations

import hmac
import json
import logging
from urllib.parse import urlparse

from aiohttp import web
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.channels.telegram import TelegramChannel
from bot.config import Settings

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


def build_web_app(
    *, settings: Settings, engine: AsyncEngine, telegram: TelegramChannel | None
) -> web.Application:
    app = web.Application(client_max_size=1 << 20)

    async def healthz(_request: web.Request) -> web.Response:
        async with engine.connect() as connection:
            await connection.execute(text("SELECT 1"))
        return web.json_response({"status": "ok"})

    app.router.add_get("/healthz", healthz)

    if telegram is not None and settings.telegram_uses_webhook:
        secret = (settings.telegram_webhook_secret or "").encode()

        async def telegram_webhook(request: web.Request) -> web.Response:
            given = request.headers.get(SECRET_HEADER, "").encode()
            if not hmac.compare_digest(given, secret):
                log.warning("telegram webhook: wrong secret token from %s", request.remote)
                return web.Response(status=403, text="forbidden")
            try:
                payload = json.loads(await request.read())
            except (json.JSONDecodeError, UnicodeDecodeError):
                return web.Response(status=400, text="not json")
            if not isinstance(payload, dict) or not isinstance(payload.get("update_id"), int):
                return web.Response(status=400, text="not an update")
            await telegram.feed(payload)
            return web.Response(text="ok")

        path = urlparse(settings.telegram_webhook_url or "").path or "/telegram"
        app.router.add_post(path, telegram_webhook)
    return app
