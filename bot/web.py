"""Our aiohttp server: platform webhooks, the authorities' answer callback, a health check and
the staff web panel (`/panel`, bot/panel)."""

from __future__ import annotations

import hmac
import json
import logging
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlparse

from aiohttp import web
from aiohttp.typedefs import Handler
from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot import proposal_notices, speed
from bot.channels.telegram import TelegramChannel
from bot.channels.whatsapp import WhatsAppChannel
from bot.config import Settings
from bot.delivery import DeliveryEngine
from bot.forwarding import SIGNATURE_HEADER, signature_ok
from bot.i18n import I18n
from bot.panel.core import PREFIX as PANEL_PREFIX
from storage import proposals
from storage.models import Proposal

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
ANSWER_PATH = "/authority/answer"
ANSWER_MAX = proposals.ANSWER_MAX


def build_web_app(
    *,
    settings: Settings,
    engine: AsyncEngine,
    telegram: TelegramChannel | None,
    sessionmaker: async_sessionmaker[AsyncSession],
    delivery: DeliveryEngine,
    i18n: I18n,
    whatsapp: WhatsAppChannel | None = None,
    panel: web.Application | None = None,
) -> web.Application:
    app = web.Application(client_max_size=1 << 20)
    if panel is not None:
        app.add_subapp(PANEL_PREFIX, panel)  # the staff web panel (bot/panel)

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
                payload = speed.loads(await request.read())
            except (ValueError, RecursionError):  # not JSON, or nested too deep to read
                log.warning("telegram webhook: a body that is not readable JSON; refused")
                return web.Response(status=400, text="not json")
            if not isinstance(payload, dict) or not isinstance(payload.get("update_id"), int):
                return web.Response(status=400, text="not an update")
            await telegram.feed(payload)
            return web.Response(text="ok")

        path = urlparse(settings.telegram_webhook_url or "").path or "/telegram"
        app.router.add_post(path, telegram_webhook)

    if whatsapp is not None:
        whatsapp.add_routes(app, "/whatsapp")

    if settings.authority_secret:
        app.router.add_post(
            ANSWER_PATH,
            answer_handler(
                secret=settings.authority_secret, sessionmaker=sessionmaker, delivery=delivery,
                i18n=i18n,
            ),
        )  # fmt: skip
    return app


@dataclass(frozen=True, slots=True)
class AnswerRequest:
    number: str
    answer: str
    done: bool


def parse_answer(payload: Any) -> AnswerRequest | str:
    """The callback's JSON, or what is wrong with it."""
    if not isinstance(payload, dict):
        return "expected a JSON object"
    number, answer, done = payload.get("number"), payload.get("answer"), payload.get("done", False)
    if not isinstance(number, str) or not number.strip():
        return "number must be a non-empty string"
    if not isinstance(answer, str) or not answer.strip():
        return "answer must be a non-empty string"
    if len(answer.strip()) > ANSWER_MAX:
        return f"answer must be at most {ANSWER_MAX} characters"
    if not isinstance(done, bool):
        return "done must be true or false"
    return AnswerRequest(number.strip(), answer.strip(), done)


def answer_handler(
    *,
    secret: str,
    sessionmaker: async_sessionmaker[AsyncSession],
    delivery: DeliveryEngine,
    i18n: I18n,
) -> Handler:
    """POST /authority/answer: an authority's own system answers a forwarded proposal."""

    async def handle(request: web.Request) -> web.Response:
        body = await request.read()
        # The signature is checked before anything in the body is looked at.
        if not signature_ok(secret, body, request.headers.get(SIGNATURE_HEADER)):
            log.warning("authority answer: bad or missing signature from %s", request.remote)
            return _error(401, "bad signature")
        try:
            parsed = parse_answer(json.loads(body))
        except (ValueError, RecursionError):  # not JSON, or nested too deep to read
            return _error(400, "not JSON")
        if isinstance(parsed, str):
            return _error(400, parsed)
        async with sessionmaker.begin() as session:
            query = select(Proposal).where(Proposal.number == parsed.number)
            if session.get_bind().dialect.name == "postgresql":
                query = query.with_for_update()  # a moderator may be answering it right now
            proposal = await session.scalar(query)
            if proposal is None:
                return _error(404, "unknown proposal number")
            try:
                change = await proposal_notices.record_answer(
                    session, proposal=proposal, answer=parsed.answer, actor="callback",
                    done=parsed.done, delivery=delivery, i18n=i18n,
                )  # fmt: skip
            except proposals.ProposalRuleError:
                return _error(409, f"proposal is {proposal.status}: it cannot be answered")
            status = str(change.after)
        delivery.wake()
        log.info("authority answer: %s is now %s", parsed.number, status)
        return web.json_response({"ok": True, "status": status})

    return handle


def _error(status: int, message: str) -> web.Response:
    return web.json_response({"ok": False, "error": message}, status=status)
