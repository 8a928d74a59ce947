"""What every panel page shares: the `Panel` kept on the sub-application, the signed-in `Viewer`,
the middlewares (security headers, session, sign-in, CSRF), rendering and refusals.

Refusals: no session -> the sign-in hint (401); no role for the municipality -> 403; a POST
without this session's CSRF token -> 403. Writes take the database's write turn (SQLite has one
writer) like the dispatcher's.
"""

from __future__ import annotations

import contextlib
import hmac
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import aiohttp_jinja2
from aiohttp import web
from aiohttp_session import get_session
from cryptography.fernet import Fernet
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.config import Settings
from bot.delivery import DeliveryEngine
from bot.i18n import I18n, Translator
from storage import repos, staff
from storage.clock import Clock
from storage.models import Municipality, Resident, Role, StaffSession
from storage.tutorials import TutorialCatalog

log = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
PREFIX = "/panel"
COOKIE = "panel"
CSRF_HEADER = "X-CSRF-Token"
CSRF_FIELD = "csrf"
UPLOAD_LIMIT = 10 << 20  # bytes a signed-in staff member may POST (an announcement's attachment)
HTMX = "htmx-2.0.11.min.js"
# No inline script or style anywhere: htmx is told not to add its indicator style or eval.
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",  # the login token is in a URL
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-store",
}

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
# Fetches a platform's file (a Telegram photo) by its id: None when it cannot.
Downloader = Callable[[str], Awaitable[bytes | None]]
# Sets the Telegram command menus of people, given as (channel, external id), to their roles
# (`bot.app.App.show_staff_commands`): after a grant or revoke in the panel, as the CLI does.
MenuRefresher = Callable[..., Awaitable[int]]


@dataclass
class Panel:
    """What every page needs, kept on the sub-application."""

    settings: Settings
    sessionmaker: async_sessionmaker[AsyncSession]
    i18n: I18n
    delivery: DeliveryEngine
    clock: Clock
    write_turn: contextlib.AbstractAsyncContextManager[object]
    download: Downloader | None = None  # Telegram's photos; None: Telegram is not configured
    tutorials: TutorialCatalog = field(default_factory=TutorialCatalog)  # the guides' titles
    menus: MenuRefresher | None = None  # sets Telegram command menus; None: no Telegram
    # the bot's Telegram username (getMe), for deep links; None: Telegram is not configured
    telegram_username: Callable[[], str | None] | None = None

    @property
    def window(self) -> timedelta:
        return timedelta(minutes=self.settings.proposal_undo_minutes)


@dataclass
class Viewer:
    """The signed-in staff member of this request."""

    resident: Resident
    row: StaffSession
    t: Translator


PANEL_KEY = web.AppKey("panel", Panel)
VIEWER_KEY = web.RequestKey("viewer", Viewer)  # who is signed in: set by `auth_middleware`


def cookie_key(settings: Settings) -> Fernet:
    """The Fernet key of session cookies: PANEL_SECRET_KEY, or a new one per start (sessions
    then end with the process; the log says so)."""
    if settings.panel_secret_key:
        return Fernet(settings.panel_secret_key.encode())
    log.warning("PANEL_SECRET_KEY is not set: panel sessions end when the bot restarts")
    return Fernet(Fernet.generate_key())


@web.middleware
async def headers_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    try:
        response = await handler(request)
    except web.HTTPException as error:
        response = error
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    if is_htmx(request) and response.status in (401, 403, 404):
        # htmx swaps no error answer: reload the page, which shows the refusal in full (and a
        # fresh CSRF token, or the sign-in hint).
        response.headers["HX-Refresh"] = "true"
    if isinstance(response, web.HTTPException) and response.status >= 300:
        raise response
    return response


PUBLIC = ("/login/", "/static/")


@web.middleware
async def auth_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Every page but sign-in and static files needs an open session; every POST of a session
    needs its CSRF token."""
    path = request.path.removeprefix(PREFIX)
    if path.startswith(PUBLIC):
        return await handler(request)
    panel = request.config_dict[PANEL_KEY]
    cookie = await get_session(request)
    secret = cookie.get("s")
    found = None
    if isinstance(secret, str):
        async with panel.sessionmaker() as session:
            found = await staff.session_for(session, secret=secret, now=panel.clock())
    if found is None:
        cookie.invalidate()
        t = panel.i18n.translator(panel.settings.default_locale)
        return render(request, "signin.html", t, http_status=401)
    row, resident = found
    t = panel.i18n.translator(row.locale or resident.locale)
    if request.method == "POST":
        if request.content_type == "multipart/form-data":
            # Only a signed-in session gets past the server's 1 MiB limit on bodies.
            request = request.clone(client_max_size=UPLOAD_LIMIT)
        try:
            form = await request.post()
        except web.HTTPRequestEntityTooLarge:
            return render(request, "error.html", t, http_status=413, message="panel-too-large")
        given = request.headers.get(CSRF_HEADER) or str(form.get(CSRF_FIELD) or "")
        if not hmac.compare_digest(given.encode(), row.csrf.encode()):
            log.warning("panel: POST %s without a valid CSRF token", request.path)
            return render(request, "error.html", t, http_status=403, message="panel-csrf-refused")
    request[VIEWER_KEY] = Viewer(resident, row, t)
    return await handler(request)


def viewer_of(request: web.Request) -> Viewer:
    return request[VIEWER_KEY]


def render(
    request: web.Request, template: str, t: Translator, *, http_status: int = 200, **context: Any
) -> web.Response:
    viewer = request.get(VIEWER_KEY)
    base = {
        "t": t,
        "locale": t.locale,
        "locales": [
            (code, request.config_dict[PANEL_KEY].i18n.self_name(code))
            for code in request.config_dict[PANEL_KEY].i18n.locales
        ],
        "viewer": viewer,
        "csrf": viewer.row.csrf if viewer else "",
        "htmx": HTMX,
        "prefix": PREFIX,
        "here": request.path_qs,
    }
    return aiohttp_jinja2.render_template(
        template, request, {**base, **context}, status=http_status
    )


def is_htmx(request: web.Request) -> bool:
    return request.headers.get("HX-Request") == "true"


def refusal(request: web.Request, viewer: Viewer, status: int, message: str) -> web.HTTPException:
    response = render(request, "error.html", viewer.t, http_status=status, message=message)
    error = web.HTTPException(
        text=response.text, content_type="text/html", headers=SECURITY_HEADERS
    )
    error.set_status(status)
    return error


# Days a filter or a form may name: a day at the edge of Python's calendar (9999-12-31) would
# overflow as soon as a day is added to it, and no work of ours is outside these years.
YEARS = range(2000, 2101)


def parse_day(text: str, zone: str) -> datetime | None:
    """A YYYY-MM-DD day's start in `zone`; None for anything else, or a year outside `YEARS`."""
    try:
        day = datetime.strptime(text.strip(), "%Y-%m-%d")
    except ValueError:
        return None
    return day.replace(tzinfo=ZoneInfo(zone)) if day.year in YEARS else None


async def municipalities_where(
    session: AsyncSession, viewer: Viewer, role: Role
) -> list[Municipality]:
    """Where the viewer holds `role`: the chat's rule (`repos.municipalities_with_role`)."""
    return await repos.municipalities_with_role(session, resident=viewer.resident, role=role)
