"""The dashboard: residents, proposals and the payment guides' indicators of a municipality
(any staff role there), of several, or of the whole deployment (deployment admins); donor
programmes' targets with their progress, set and removed by admins.

GET  /dashboard                 ?m=CODE|all&from=YYYY-MM-DD&to=YYYY-MM-DD
POST /dashboard/targets         add a target (admins of the municipality; "all": deployment)
POST /dashboard/targets/{id}/remove

The figures are `storage.dashboard` and `storage.indicators` (SQL aggregates); this module
only picks the scope and the period and renders them.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from datetime import date, datetime, time, timedelta
from typing import Any
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from aiohttp import web
from babel.dates import format_timedelta

from bot.i18n import localised
from bot.panel.core import PANEL_KEY, PREFIX, YEARS, Viewer, refusal, render, viewer_of
from bot.panel.scopes import STAFF, Picked, Scope, scope_of
from storage import dashboard as figures
from storage import indicators, repos, staff, staff_roles
from storage.models import IndicatorTarget, Measure, Municipality, ProposalStatus

log = logging.getLogger(__name__)

CHANNELS = {"telegram": "Telegram", "whatsapp": "WhatsApp"}  # names of brands, not translated
MEASURES = {
    Measure.STARTED: "panel-dash-measure-started",
    Measure.COMPLETED: "panel-dash-measure-completed",
    Measure.PAID_ONLINE: "panel-dash-measure-paid",
}
TARGET_ERRORS = {
    "programme": "panel-target-bad-programme",
    "target": "panel-target-bad-number",
    "period": "panel-target-bad-period",
    "tutorial": "panel-target-bad-guide",
}

NOTICES = (*TARGET_ERRORS.values(), "panel-target-saved", "panel-target-removed")


def parse_date(text: str) -> date | None:
    """A YYYY-MM-DD day; None for anything else, or a year outside `core.YEARS`."""
    try:
        day = date.fromisoformat(text.strip()[:10])
    except ValueError:
        return None
    return day if day.year in YEARS else None


def period_of(asked: Mapping[str, Any], zone: str, now: datetime) -> tuple[date, date]:
    """The period asked (`from`, `to` of a query or form) in local days, both included; by
    default this year up to today."""
    today = now.astimezone(ZoneInfo(zone)).date()
    first = parse_date(str(asked.get("from") or "")) or today.replace(month=1, day=1)
    last = parse_date(str(asked.get("to") or "")) or today
    return (first, last) if first <= last else (last, first)


def bounds(first: date, last: date, zone: str) -> tuple[datetime, datetime]:
    tz = ZoneInfo(zone)
    return datetime.combine(first, time(0), tz), datetime.combine(last + timedelta(1), time(0), tz)


async def picked_scope(request: web.Request, viewer: Viewer, session: Any) -> tuple[Scope, Picked]:
    scope = await scope_of(session, viewer, STAFF)
    if not scope.municipalities and not scope.everywhere:
        raise refusal(request, viewer, 403, "panel-dash-not-allowed")
    picked = scope.pick(str(request.query.get("m", "")))
    if picked is None:
        raise refusal(request, viewer, 403, "panel-dash-not-allowed")
    return scope, picked


async def dashboard_page(request: web.Request) -> web.Response:
    panel, viewer = request.config_dict[PANEL_KEY], viewer_of(request)
    t = viewer.t
    async with panel.sessionmaker() as session:
        scope, picked = await picked_scope(request, viewer, session)
        zone = picked.municipality.timezone if picked.municipality else "UTC"
        first, last = period_of(request.query, zone, panel.clock())
        since, until = bounds(first, last, zone)
        people = await figures.residents(session, municipality_ids=picked.ids)
        sent = await figures.proposals(
            session, municipality_ids=picked.ids, since=since, until=until
        )
        guides = await indicators.tutorial_counts(
            session, municipality_ids=picked.ids, start=since, end=until
        )
        goals = await indicators.targets(
            session,
            municipalities=[picked.municipality] if picked.municipality else scope.municipalities,
            deployment=picked.municipality is None and scope.everywhere,
        )
        manages = await staff_roles.may_manage(
            session, by=viewer.resident, municipality=picked.municipality
        )
    chain = t.chain

    def guide(code: str | None) -> str:
        if code is None:
            return t("panel-dash-every-guide")
        found = panel.tutorials.get(code)
        return localised(found.titles, chain) if found else code

    def place(m: Municipality | None) -> str:
        return m.name(chain) if m else t("panel-dash-all")

    def duration(value: timedelta | None) -> str:
        return format_timedelta(value, locale=t.locale) if value is not None else "—"

    message = str(request.query.get("message", ""))
    context: dict[str, Any] = {
        "scopes": [(m.code, m.name(chain)) for m in scope.municipalities],
        "offers_all": scope.offers_all,
        "picked": picked,
        "place": place(picked.municipality),
        "zone": zone,
        "first": first.isoformat(),
        "last": last.isoformat(),
        "residents": people,
        "channels": [(CHANNELS.get(c, c), n) for c, n in people.by_channel],
        "languages": [
            (panel.i18n.self_name(c) if c in panel.i18n.locales else c, n)
            for c, n in people.by_locale
        ],
        "communities": [
            (m.name(chain) if m else t("panel-dash-no-community"), n)
            for m, n in people.by_community
        ],
        "proposals": sent,
        "statuses": [(s.value, sent.by_status.get(s.value, 0)) for s in ProposalStatus],
        "to_decision": duration(sent.to_decision),
        "to_answer": duration(sent.to_answer),
        "guides": [(guide(g.tutorial), g) for g in guides],
        "totals": [
            sum(getattr(g, f) for g in guides) for f in ("started", "completed", "paid_online")
        ],
        "targets": [
            {
                "id": p.target.id,
                "programme": p.target.programme,
                "place": place(p.municipality),
                "guide": guide(p.target.tutorial),
                "measure": t(MEASURES[Measure(p.target.measure)]),
                "done": p.done,
                "target": p.target.target,
                "percent": p.percent,
                "period": f"{p.target.starts_on:%d.%m.%Y}–{p.target.ends_on:%d.%m.%Y}",
            }
            for p in goals
        ],
        "manages": manages,
        "measures": [(m.value, t(label)) for m, label in MEASURES.items()],
        "tutorials": [
            (code, localised(g.titles, chain))
            for code, g in panel.tutorials.tutorials.items()
            if picked.municipality is None or g.country == picked.municipality.country
        ],
        "message": message if message in NOTICES else None,
    }
    return render(request, "dashboard.html", t, **context)


def back_to(picked: Picked, form: Any, message: str) -> web.HTTPSeeOther:
    params = {"m": picked.code, "message": message}
    for name in ("from", "to"):
        if value := str(form.get(name) or ""):
            params[name] = value
    return web.HTTPSeeOther(f"{PREFIX}/dashboard?{urlencode(params)}")


async def add_target(request: web.Request) -> web.StreamResponse:
    """A donor programme's target; only an admin of its municipality (of the deployment for
    "all") may set one: others get 403."""
    panel, viewer = request.config_dict[PANEL_KEY], viewer_of(request)
    form = await request.post()
    async with panel.write_turn, panel.sessionmaker.begin() as session:
        scope = await scope_of(session, viewer, STAFF)
        picked = scope.pick(str(form.get("m") or "")) if str(form.get("m") or "") else None
        if picked is None or not await staff_roles.may_manage(
            session, by=viewer.resident, municipality=picked.municipality
        ):
            raise refusal(request, viewer, 403, "panel-target-not-allowed")
        number = repos.parse_id(str(form.get("target") or "").strip())
        new = indicators.NewTarget(
            programme=str(form.get("programme") or ""),
            measure=Measure(m) if (m := str(form.get("measure") or "")) in set(Measure)
            else Measure.PAID_ONLINE,
            target=number or 0,
            starts_on=parse_date(str(form.get("starts_on") or "")) or date.min,
            ends_on=parse_date(str(form.get("ends_on") or "")) or date.min,
            tutorial=str(form.get("tutorial") or "") or None,
        )  # fmt: skip
        if new.starts_on == date.min or new.ends_on == date.min:
            raise back_to(picked, form, TARGET_ERRORS["period"])
        try:
            row = indicators.add_target(
                session, new, municipality=picked.municipality, by=viewer.resident,
                now=panel.clock(), tutorials=list(panel.tutorials.tutorials),
            )  # fmt: skip
        except indicators.TargetError as error:
            raise back_to(picked, form, TARGET_ERRORS[str(error)]) from None
        staff.audit(
            session, resident=viewer.resident, action="target-set", now=panel.clock(),
            detail=f"{picked.code}: {row.programme}: {row.target} {row.measure}",
        )  # fmt: skip
    raise back_to(picked, form, "panel-target-saved")


async def remove_target(request: web.Request) -> web.StreamResponse:
    panel, viewer = request.config_dict[PANEL_KEY], viewer_of(request)
    form = await request.post()
    target_id = repos.parse_id(request.match_info["id"])
    async with panel.write_turn, panel.sessionmaker.begin() as session:
        row = await session.get(IndicatorTarget, target_id) if target_id is not None else None
        if row is None:
            raise refusal(request, viewer, 404, "panel-not-found")
        place = await repos.municipality_by_id(session, id=row.municipality_id)
        if not await staff_roles.may_manage(session, by=viewer.resident, municipality=place):
            raise refusal(request, viewer, 403, "panel-target-not-allowed")
        staff.audit(
            session, resident=viewer.resident, action="target-removed", now=panel.clock(),
            detail=f"{place.code if place else 'all'}: {row.programme}: {row.target} {row.measure}",
        )  # fmt: skip
        await session.delete(row)
        scope = await scope_of(session, viewer, STAFF)
        picked = scope.pick(str(form.get("m") or "")) or scope.pick("")
    assert picked is not None
    raise back_to(picked, form, "panel-target-removed")


def add_routes(router: web.UrlDispatcher) -> None:
    router.add_get("/dashboard", dashboard_page)
    router.add_post("/dashboard/targets", add_target)
    router.add_post("/dashboard/targets/{id}/remove", remove_target)
