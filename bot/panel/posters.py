"""QR posters for notice boards: one per municipality and per village, in the place's own
language (its country's, `storage.content.COUNTRY_LANGUAGE`) or any shipped one, as PDF, PNG
and SVG (`bot.posters` draws them). Scanning a code opens the bot with the place already
chosen: Telegram's deep link `t.me/<bot>?start=<code>`, WhatsApp's `wa.me/<number>` with
"/start <code>" typed (`handlers.start` reads both the same way).

GET  /posters                      the viewer's places, a language picker, download links
GET  /posters/{code}.{pdf|png|svg}  one poster; ?lang=<locale>, else the place's language

Any staff role on the municipality (moderator, publisher, authority, admin) may print its
posters and its villages'; another municipality's staff get 403. Posters hold no personal
data, so their downloads are not exports and are not written to the audit trail.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Any

from aiohttp import web
from sqlalchemy.ext.asyncio import AsyncSession

from bot import posters
from bot.panel.core import (
    PANEL_KEY,
    Panel,
    Viewer,
    municipalities_where,
    refusal,
    render,
    viewer_of,
)
from storage import repos
from storage.content import COUNTRY_LANGUAGE
from storage.models import Municipality, Role

STAFF_ROLES = (Role.MODERATOR, Role.PUBLISHER, Role.AUTHORITY)  # admins hold all of them


async def staff_places(session: AsyncSession, viewer: Viewer) -> list[Municipality]:
    """Top-level municipalities where the viewer holds any staff role, in content order."""
    found: dict[int, Municipality] = {}
    for role in STAFF_ROLES:
        for municipality in await municipalities_where(session, viewer, role):
            found.setdefault(municipality.id, municipality)
    return sorted(found.values(), key=lambda m: (m.position, m.code))


async def is_staff(session: AsyncSession, viewer: Viewer, municipality_id: int) -> bool:
    for role in STAFF_ROLES:
        if await repos.has_role(
            session, resident=viewer.resident, role=role, municipality_id=municipality_id
        ):
            return True
    return False


def local_locale(panel: Panel, municipality: Municipality) -> str:
    """The language of the municipality's country, if shipped; else the deployment's default."""
    locale = COUNTRY_LANGUAGE.get(municipality.country, panel.settings.default_locale)
    return locale if locale in panel.i18n.locales else panel.settings.default_locale


def chosen_locale(panel: Panel, request: web.Request) -> str | None:
    """The picker's language (?lang=), if it is a shipped one; None: each place's own."""
    lang = str(request.query.get("lang", ""))
    return lang if lang in panel.i18n.locales else None


@dataclass(frozen=True)
class Channels:
    """What the posters can carry: None where a channel is not set up."""

    telegram: str | None  # the bot's username
    whatsapp: str | None  # the business number, digits only

    @classmethod
    def of(cls, panel: Panel) -> Channels:
        username = panel.settings.telegram_bot_username
        if username is None and panel.telegram_username is not None:
            username = panel.telegram_username()
        return cls(username, panel.settings.whatsapp_phone_number)


@dataclass(frozen=True)
class Row:
    code: str
    name: str
    village: bool
    locale: str
    language: str  # the locale's own name


async def posters_page(request: web.Request) -> web.Response:
    panel, viewer = request.config_dict[PANEL_KEY], viewer_of(request)
    chosen = chosen_locale(panel, request)
    rows = []
    async with panel.sessionmaker() as session:
        municipalities = await staff_places(session, viewer)
        if not municipalities:
            raise refusal(request, viewer, 403, "panel-not-allowed")
        for municipality in municipalities:
            locale = chosen or local_locale(panel, municipality)
            places = [municipality, *await repos.list_municipalities(
                session, parent_id=municipality.id
            )]  # fmt: skip
            for place in places:
                name = place.name(panel.i18n.translator(locale).chain)
                rows.append(
                    Row(place.code, name, place is not municipality, locale,
                        panel.i18n.self_name(locale))
                )  # fmt: skip
    channels = Channels.of(panel)
    context: dict[str, Any] = {
        "rows": rows,
        "chosen": chosen or "",
        "telegram": channels.telegram,
        "whatsapp": channels.whatsapp,
        "kinds": tuple(posters.FORMATS),
    }
    return render(request, "posters.html", viewer.t, **context)


async def poster(request: web.Request) -> web.Response:
    """One poster as a download: 404 for an unknown place or format, or when neither channel
    is set up; 403 for a place where the viewer is not staff."""
    panel, viewer = request.config_dict[PANEL_KEY], viewer_of(request)
    kind = request.match_info["kind"]
    async with panel.sessionmaker() as session:
        place = await repos.municipality_by_code(session, code=request.match_info["code"])
        if place is None or kind not in posters.FORMATS:
            raise refusal(request, viewer, 404, "panel-not-found")
        parent = await repos.municipality_by_id(session, id=place.parent_id)
        municipality = parent or place
        if not await is_staff(session, viewer, municipality.id):
            raise refusal(request, viewer, 403, "panel-not-allowed")
    locale = chosen_locale(panel, request) or local_locale(panel, municipality)
    t = panel.i18n.translator(locale)
    channels = Channels.of(panel)
    try:
        drawn = posters.poster_for(
            t, code=place.code, title=place.name(t.chain),
            subtitle=municipality.name(t.chain) if parent else None,
            telegram_username=channels.telegram, whatsapp_number=channels.whatsapp,
        )  # fmt: skip
    except ValueError:
        raise refusal(request, viewer, 404, "panel-posters-none") from None
    body = await asyncio.to_thread(posters.render, drawn, kind)  # CPU-bound: off the loop
    name = f"poster-{place.code}-{locale}.{kind}"
    return web.Response(
        body=body, content_type=posters.FORMATS[kind],
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )  # fmt: skip


def add_routes(router: web.UrlDispatcher) -> None:
    router.add_get("/posters", posters_page)
    router.add_get("/posters/{code:[A-Z0-9-]+}.{kind:[a-z]+}", poster)
