"""Conversation logic, one module per feature, channel-neutral (never imports telegram/aiohttp).

`ROUTERS` is the explicit list the dispatcher assembles; `COMMANDS` are the commands we advertise
to platforms (Telegram's command menu), each described by the Fluent message `command-<name>`.
"""

from __future__ import annotations

from bot.routing import Router
from handlers import (
    announcements,
    event_admin,
    event_manage,
    events,
    language,
    library,
    menu,
    moderation,
    panel,
    places,
    proposals,
    settings,
    staff,
    start,
    survey_admin,
    surveys,
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
    events.router,
    event_admin.router,
    event_manage.router,
    moderation.router,
    staff.router,
    surveys.router,
    survey_admin.router,
    panel.router,
    menu.router,
)

COMMANDS: tuple[str, ...] = (
    "start", "menu", "language", "settings", "help", "checkin", "stop",
)  # fmt: skip


# Staff commands, by role (handlers.staff): /help lists them, and Telegram's menu per chat.
ROLE_COMMANDS = staff.ROLE_COMMANDS
STAFF_COMMANDS = staff.STAFF_COMMANDS
menu_for = staff.menu_for


def build_router() -> Router:
    return Router.merge(ROUTERS)
