"""The panel's aiohttp sub-application: middlewares (headers, session, sign-in, CSRF), the
template engine, static files, and each area's routes (under `/panel`):

    signin.py   /login/{token}, /logout, /logout-all, /locale
    queue.py    /queue, /p/{number} and its decisions, /bulk, /photo/...
    announcements.py  /announcements: compose, preview, test copy, send; figures; correct,
                withdraw, cancel
    audit.py    /audit
    dashboard.py /dashboard, its targets
    events.py   /events, /events/new, /events/{id} and its edit and cancel
    help.py     /help and answers to help requests
    posters.py  /posters, /posters/{code}.{pdf|png|svg}
    exports.py  /exports and the files
    roles.py    /roles: grant and revoke
    /static/... htmx and the style sheet, served by us

An area is one module with `add_routes(router)`; what pages share is in `core.py`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

import aiohttp_jinja2
import jinja2
from aiohttp import web
from aiohttp_session import setup as setup_session
from aiohttp_session.cookie_storage import EncryptedCookieStorage
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.config import Settings
from bot.delivery import DeliveryEngine
from bot.i18n import I18n
from bot.panel import (
    announcements,
    audit,
    dashboard,
    events,
    exports,
    help,
    posters,
    queue,
    roles,
    signin,
)
from bot.panel.core import (
    COOKIE,
    HERE,
    PANEL_KEY,
    PREFIX,
    Downloader,
    MenuRefresher,
    Panel,
    auth_middleware,
    cookie_key,
    headers_middleware,
)
from storage import staff
from storage.clock import Clock
from storage.tutorials import TutorialCatalog

AREAS = (signin, dashboard, queue, announcements, events, help, posters, exports, roles, audit)


def build_panel(
    *,
    settings: Settings,
    sessionmaker: async_sessionmaker[AsyncSession],
    i18n: I18n,
    delivery: DeliveryEngine,
    clock: Clock,
    write_turn: contextlib.AbstractAsyncContextManager[object],
    download: Downloader | None = None,
    tutorials: TutorialCatalog | None = None,
    menus: MenuRefresher | None = None,
    telegram_username: Callable[[], str | None] | None = None,
) -> web.Application:
    """The panel as a sub-application, to be mounted at `PREFIX`; `download` fetches Telegram
    photos for proposal pages; `tutorials` names the guides; `menus` sets Telegram command
    menus after a role changes; `telegram_username` gives the bot's username for posters."""
    app = web.Application(middlewares=[headers_middleware])
    app[PANEL_KEY] = Panel(
        settings, sessionmaker, i18n, delivery, clock, write_turn, download,
        tutorials or TutorialCatalog(), menus, telegram_username,
    )  # fmt: skip
    secure = (settings.public_url or "").startswith("https://")
    setup_session(
        app,
        EncryptedCookieStorage(
            cookie_key(settings),
            cookie_name=COOKIE,
            path=PREFIX,
            httponly=True,
            samesite="Lax",
            secure=secure,
            max_age=int(staff.SESSION_TTL.total_seconds()),
        ),
    )
    app.middlewares.append(auth_middleware)
    aiohttp_jinja2.setup(
        app,
        loader=jinja2.FileSystemLoader(HERE / "templates"),
        autoescape=jinja2.select_autoescape(["html"], default=True),
        undefined=jinja2.StrictUndefined,
    )
    app.router.add_static("/static", HERE / "static", name="static")
    for area in AREAS:
        area.add_routes(app.router)
    return app
