"""Conversation logic, one module per feature, channel-neutral (never imports telegram/aiohttp).

`ROUTERS` is the explicit list the dispatcher assembles; `COMMANDS` are the commands we advertise
to platforms (Telegram's command menu), each described by the Fluent message `command-<name>`.
"""

from __future__ import annotations

from bot.routing import Router
from handlers import (
    announcements,
    language,
    library,
    menu,
    moderation,
    places,
    proposals,
    settings,
    start,
    tutorials,
)

ROUTERS: tuple[Router, ...] = (
    start.router,
    language.router,
    places.router,
    settings.router,
    announcements.router,
    library.router,
    tutorials.router,
    proposals.router,
    moderation.router,
    menu.router,
)

COMMANDS: tuple[str, ...] = ("start", "menu", "language", "settings", "help", "stop")


def build_router() -> Router:
    return Router.merge(ROUTERS)
