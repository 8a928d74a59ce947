"""Exports: proposals, consultations (with their answers counted), answers to consultations,
and the payment guides' indicators, as CSV (UTF-8 with a byte-order mark) or XLSX, of the
municipalities the viewer works for. Every cell is formula-safe (`storage.export_files`) and
every download is a line in the audit trail.

GET  /exports             what to export, in which format, of which municipality
POST /exports             the file (a POST: it is audited, so it carries the CSRF token); built
                          in memory (XLSX needs the whole sheet anyway), read a page at a time

Who may export what, per municipality: proposals, moderators and the authority; consultations
and their answers, publishers; indicators, any staff role. Admins everything they administer.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterable, Callable, Sequence
from dataclasses import dataclass
from typing import Any

from aiohttp import web
from sqlalchemy.ext.asyncio import AsyncSession

from bot.panel.core import PANEL_KEY, refusal, render, viewer_of
from bot.panel.dashboard import bounds, period_of
from bot.panel.scopes import STAFF, Picked, scope_of
from storage import event_export, export_files, indicators, proposal_export, staff
from storage.export_files import Format
from storage.models import Role

log = logging.getLogger(__name__)

Rows = AsyncIterable[Sequence[Any]]


@dataclass(frozen=True)
class Kind:
    label: str  # message id
    roles: tuple[Role, ...]
    rows: Callable[[AsyncSession, Picked, str, Any], Rows]


def _proposals(session: AsyncSession, picked: Picked, _locale: str, _period: Any) -> Rows:
    return proposal_export.table(session, municipality_ids=picked.ids)


def _events(session: AsyncSession, picked: Picked, locale: str, _period: Any) -> Rows:
    return event_export.event_rows(session, municipality_ids=picked.ids, locale=locale)


def _answers(session: AsyncSession, picked: Picked, locale: str, _period: Any) -> Rows:
    return event_export.answer_rows(session, municipality_ids=picked.ids, locale=locale)


async def _indicators(session: AsyncSession, picked: Picked, _locale: str, period: Any) -> Any:
    (first, last), (start, end) = period
    rows = await indicators.tutorial_counts(
        session, municipality_ids=picked.ids, start=start, end=end
    )
    for row in indicators.indicator_rows(
        municipality=picked.municipality, first=first, last=last, rows=rows
    ):
        yield row


KINDS: dict[str, Kind] = {
    "proposals": Kind("panel-export-proposals", (Role.MODERATOR, Role.AUTHORITY), _proposals),
    "events": Kind("panel-export-events", (Role.PUBLISHER,), _events),
    "answers": Kind("panel-export-answers", (Role.PUBLISHER,), _answers),
    "indicators": Kind("panel-export-indicators", STAFF, _indicators),
}


async def exports_page(request: web.Request) -> web.Response:
    panel, viewer = request.config_dict[PANEL_KEY], viewer_of(request)
    async with panel.sessionmaker() as session:
        scope = await scope_of(session, viewer, STAFF)
        if not scope.municipalities and not scope.everywhere:
            raise refusal(request, viewer, 403, "panel-export-not-allowed")
        allowed = {
            name: [m.code for m in (await scope_of(session, viewer, kind.roles)).municipalities]
            for name, kind in KINDS.items()
        }
    zone = scope.municipalities[0].timezone if scope.municipalities else "UTC"
    first, last = period_of(request.query, zone, panel.clock())
    return render(
        request, "exports.html", viewer.t,
        kinds=[(name, kind.label, allowed[name]) for name, kind in KINDS.items()],
        scopes=[(m.code, m.name(viewer.t.chain)) for m in scope.municipalities],
        offers_all=scope.offers_all, formats=[f.value for f in Format],
        first=first.isoformat(), last=last.isoformat(),
    )  # fmt: skip


async def download(request: web.Request) -> web.StreamResponse:
    """The file, of one municipality or of all the viewer may export (`m=all`); 403 where the
    viewer holds none of the kind's roles. The audit line says who took what, of where."""
    panel, viewer = request.config_dict[PANEL_KEY], viewer_of(request)
    form = await request.post()
    kind = KINDS.get(str(form.get("what") or ""))
    fmt = Format(f) if (f := str(form.get("format") or "")) in set(Format) else Format.CSV
    if kind is None:
        raise refusal(request, viewer, 404, "panel-not-found")
    name = str(form.get("what"))
    # Read outside the write turn (a large export must not hold up the chat's writes); the
    # audit line is its own short write.
    async with panel.sessionmaker() as session:
        scope = await scope_of(session, viewer, kind.roles)
        picked = scope.pick(str(form.get("m") or ""))
        if picked is None:
            raise refusal(request, viewer, 403, "panel-export-not-allowed")
        zone = picked.municipality.timezone if picked.municipality else "UTC"
        first, last = period_of(form, zone, panel.clock())
        period = ((first, last), bounds(first, last, zone))
        rows = kind.rows(session, picked, viewer.t.locale, period)
        if fmt is Format.XLSX:
            body = await export_files.xlsx_bytes(rows, sheet=name)
        else:
            body = (await export_files.csv_text(rows)).encode("utf-8")
    detail = f"{name} {fmt} {picked.code}"
    if name == "indicators":
        detail += f" {first.isoformat()}..{last.isoformat()}"
    async with panel.write_turn, panel.sessionmaker.begin() as session:
        staff.audit(session, resident=viewer.resident, action="export", now=panel.clock(),
                    detail=detail)  # fmt: skip
    day = panel.clock().date().isoformat()
    filename = f"{name}-{picked.code.lower()}-{day}.{fmt}"
    return web.Response(
        body=body,
        headers={
            "Content-Type": fmt.content_type,
            "Content-Disposition": f'attachment; filename="{filename}"',
        },
    )


def add_routes(router: web.UrlDispatcher) -> None:
    router.add_get("/exports", exports_page)
    router.add_post("/exports", download)
