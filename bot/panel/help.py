"""Help requests: the inbox of the staff who may answer them (the rule of /requests in chat:
`storage.help_requests.HELPER_ROLE` in the request's municipality), and answering one, which
reaches the resident through the outbox exactly as the chat's answer does
(`bot.help_notices.answer`).

GET  /help               open requests, oldest first; below, those answered in the last days
POST /help/{id}/answer   the answer (audited); back to the inbox, or the form with what is wrong
"""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any
from zoneinfo import ZoneInfo

from aiohttp import web
from sqlalchemy.ext.asyncio import AsyncSession

from bot import help_notices
from bot.i18n import localised
from bot.panel.core import (
    PANEL_KEY,
    PREFIX,
    Panel,
    Viewer,
    municipalities_where,
    refusal,
    render,
    viewer_of,
)
from storage import help_requests, repos, staff
from storage.help_requests import ANSWER_MAX, HELPER_ROLE
from storage.models import HelpRequest, Municipality, Resident

log = logging.getLogger(__name__)

OPEN_SHOWN = 50  # open requests on the page, oldest first (the heading says how many in all)
RECENT = timedelta(days=14)  # answered requests are listed this long
RECENT_SHOWN = 20


async def helps_in(session: AsyncSession, viewer: Viewer) -> list[Municipality]:
    return await municipalities_where(session, viewer, HELPER_ROLE)


async def item(
    session: AsyncSession, panel: Panel, viewer: Viewer, request: HelpRequest,
    places: dict[int, Municipality],
) -> dict[str, Any]:  # fmt: skip
    """What the inbox shows of one request (the resident's words are escaped by the template)."""
    t = viewer.t
    asker = await session.get(Resident, request.resident_id)
    helper = await session.get(Resident, request.answered_by_id) if request.answered_by_id else None
    tutorial = panel.tutorials.get(request.tutorial)
    place = places.get(request.municipality_id or 0)
    zone = ZoneInfo(place.timezone if place else "UTC")
    media = request.problem_media or {}
    return {
        "id": request.id,
        "asked": t.when(request.created_at, zone),
        "place": place.name(t.chain) if place else "—",
        "who": (asker.display_name or asker.ref) if asker else "—",
        "language": panel.i18n.self_name(asker.locale) if asker else "—",
        "guide": localised(tutorial.titles, t.chain) if tutorial else request.tutorial,
        "step": request.step + 1,
        "steps": len(tutorial.steps) if tutorial else request.step + 1,
        "problem": request.problem or "",
        "attached": str(media.get("kind") or ""),
        "answer": request.answer or "",
        "answered": t.when(request.answered_at, zone) if request.answered_at else "",
        "helper": (helper.display_name or helper.ref) if helper else "",
    }


async def inbox_context(session: AsyncSession, panel: Panel, viewer: Viewer) -> dict[str, Any]:
    places = {m.id: m for m in await helps_in(session, viewer)}
    shown, total = await help_requests.open_for_helper(
        session, helper=viewer.resident, limit=OPEN_SHOWN
    )
    answered = await help_requests.answered_for_helper(
        session, helper=viewer.resident, since=panel.clock() - RECENT, limit=RECENT_SHOWN
    )
    return {
        "open": [await item(session, panel, viewer, r, places) for r in shown],
        "total": total,
        "answered": [await item(session, panel, viewer, r, places) for r in answered],
        "days": RECENT.days,
        "answer_max": ANSWER_MAX,
    }


async def inbox(request: web.Request) -> web.Response:
    panel, viewer = request.config_dict[PANEL_KEY], viewer_of(request)
    async with panel.sessionmaker() as session:
        if not await helps_in(session, viewer):
            raise refusal(request, viewer, 403, "panel-help-not-allowed")
        context = await inbox_context(session, panel, viewer)
    sent = repos.parse_id(str(request.query.get("sent", "")))
    return render(request, "help.html", viewer.t, sent=sent, problem=None, problem_id="",
                  typed="", **context)  # fmt: skip


async def answer(request: web.Request) -> web.StreamResponse:
    panel, viewer = request.config_dict[PANEL_KEY], viewer_of(request)
    form = await request.post()
    text = str(form.get("answer") or "")
    ref = request.match_info["id"]
    now = panel.clock()
    problem = None
    try:
        async with panel.write_turn, panel.sessionmaker.begin() as session:
            answered = await help_notices.answer(
                session, ref=ref, helper=viewer.resident, text=text, now=now,
                delivery=panel.delivery, i18n=panel.i18n, tutorials=panel.tutorials,
            )  # fmt: skip
            staff.audit(
                session, resident=viewer.resident, action="help-answer", now=now,
                detail=f"#{answered.request.id}",
            )  # fmt: skip
    except help_requests.NotFound:
        raise refusal(request, viewer, 404, "panel-not-found") from None
    except help_requests.NotAHelper:
        raise refusal(request, viewer, 403, "panel-help-not-allowed") from None
    except help_requests.ForbiddenChange:
        problem = "panel-help-already-answered"
    except help_requests.InvalidAnswer:
        problem = "panel-help-answer-length"
    if problem is not None:
        async with panel.sessionmaker() as session:
            context = await inbox_context(session, panel, viewer)
        return render(request, "help.html", viewer.t, http_status=400, sent=None,
                      problem=problem, problem_id=ref, typed=text[: ANSWER_MAX * 2],
                      **context)  # fmt: skip
    panel.delivery.wake()
    raise web.HTTPSeeOther(f"{PREFIX}/help?sent={answered.request.id}")


def add_routes(router: web.UrlDispatcher) -> None:
    router.add_get("/help", inbox)
    router.add_post("/help/{id}/answer", answer)
