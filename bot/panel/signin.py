"""Signing in by the bot's single-use link, signing out (here or everywhere), and the panel's
language for this session.

    GET  /login/{token}       a page with one button that signs in (link previews cannot use it)
    POST /login/{token}       use the single-use link: a session cookie, then the first page
                              the staff member's roles open (`LANDING`)
    POST /logout, /logout-all end this session, or every session of this staff member
    POST /locale              the panel's language for this session
"""

from __future__ import annotations

import logging

from aiohttp import web
from aiohttp_session import get_session, new_session

from bot.panel.core import (
    PANEL_KEY,
    PREFIX,
    render,
    viewer_of,
)
from storage import repos, staff
from storage.models import Role, StaffSession

log = logging.getLogger(__name__)


async def login_page(request: web.Request) -> web.Response:
    panel = request.config_dict[PANEL_KEY]
    t = panel.i18n.translator(panel.settings.default_locale)
    return render(request, "login.html", t, token=request.match_info["token"])


async def login(request: web.Request) -> web.StreamResponse:
    """The token in the path is the secret that proves this POST (no session exists yet)."""
    panel = request.config_dict[PANEL_KEY]
    token = request.match_info["token"]
    try:
        async with panel.write_turn, panel.sessionmaker.begin() as session:
            opened = await staff.redeem(session, token=token, now=panel.clock())
    except staff.LoginRefused as refused:
        log.info("panel: sign-in refused: %s", refused)
        t = panel.i18n.translator(panel.settings.default_locale)
        return render(request, "error.html", t, http_status=403, message="panel-link-refused")
    cookie = await new_session(request)
    cookie["s"] = opened.secret
    raise web.HTTPSeeOther(f"{PREFIX}/")


# Where a staff member lands, by the first role they hold (admins hold them all).
LANDING = (
    (Role.MODERATOR, "/queue"),
    (Role.PUBLISHER, "/announcements"),
    (Role.AUTHORITY, "/dashboard"),
)


async def home(request: web.Request) -> web.StreamResponse:
    panel, viewer = request.config_dict[PANEL_KEY], viewer_of(request)
    async with panel.sessionmaker() as session:
        held = {grant.role for grant in await repos.roles_of(session, resident=viewer.resident)}
    for role, path in LANDING:
        if role in held or Role.ADMIN in held:
            raise web.HTTPSeeOther(f"{PREFIX}{path}")
    raise web.HTTPSeeOther(f"{PREFIX}/audit")  # no role left: their own sign-ins, nothing else


async def logout(request: web.Request) -> web.StreamResponse:
    panel, viewer = request.config_dict[PANEL_KEY], viewer_of(request)
    async with panel.write_turn, panel.sessionmaker.begin() as session:
        row = await session.get(StaffSession, viewer.row.id)
        assert row is not None
        await staff.end_session(session, row=row, resident=viewer.resident, now=panel.clock())
    (await get_session(request)).invalidate()
    return render(request, "signin.html", viewer.t, message="panel-signed-out")


async def logout_all(request: web.Request) -> web.StreamResponse:
    panel, viewer = request.config_dict[PANEL_KEY], viewer_of(request)
    async with panel.write_turn, panel.sessionmaker.begin() as session:
        await staff.end_all_sessions(session, resident=viewer.resident, now=panel.clock())
    (await get_session(request)).invalidate()
    return render(request, "signin.html", viewer.t, message="panel-signed-out-everywhere")


async def set_locale(request: web.Request) -> web.StreamResponse:
    """The panel's language for this session; back to the page it was chosen on."""
    panel, viewer = request.config_dict[PANEL_KEY], viewer_of(request)
    form = await request.post()
    wanted = str(form.get("locale") or "")
    if wanted in panel.i18n.locales:
        async with panel.write_turn, panel.sessionmaker.begin() as session:
            row = await session.get(StaffSession, viewer.row.id)
            assert row is not None
            row.locale = wanted
    back = str(form.get("back") or "")
    # Only a page of the panel: never another site (no open redirect).
    if not back.startswith(f"{PREFIX}/") or back.startswith("//") or "\\" in back:
        back = f"{PREFIX}/queue"
    raise web.HTTPSeeOther(back)


def add_routes(router: web.UrlDispatcher) -> None:
    router.add_get("/login/{token}", login_page)
    router.add_post("/login/{token}", login)
    router.add_get("/", home)
    router.add_post("/locale", set_locale)
    router.add_post("/logout", logout)
    router.add_post("/logout-all", logout_all)
