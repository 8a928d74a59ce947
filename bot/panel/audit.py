"""The audit trail: logins, exports and every decision, filterable by who, what and when.

GET  /audit               fifty lines a page, newest first
"""

from __future__ import annotations

import contextlib
import logging
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from aiohttp import web

from bot.i18n import Translator
from bot.panel import announcements
from bot.panel.core import (
    PANEL_KEY,
    parse_day,
    render,
    viewer_of,
)
from storage import proposals, staff

log = logging.getLogger(__name__)


async def audit_page(request: web.Request) -> web.Response:
    panel, viewer = request.config_dict[PANEL_KEY], viewer_of(request)
    q = request.query
    zone = "UTC"  # the audit spans municipalities: one zone, said on the page
    until = parse_day(str(q.get("until", "")), zone)
    before_raw = str(q.get("before", ""))
    before = None
    if before_raw.isascii() and before_raw.isdigit() and len(before_raw) < 19:
        with contextlib.suppress(ValueError, OverflowError, OSError):  # beyond the calendar
            before = datetime.fromtimestamp(int(before_raw) / 1_000_000, tz=ZoneInfo("UTC"))
    wanted = staff.AuditFilter(
        actor=str(q.get("who", "")).strip()[:128] or None,
        action=str(q.get("what", "")).strip()[:24] or None,
        since=parse_day(str(q.get("since", "")), zone),
        until=until + timedelta(days=1) if until else None,
        before=before,
    )
    async with panel.sessionmaker() as session:
        lines = await staff.audit_trail(session, viewer=viewer.resident, wanted=wanted)
    tz = ZoneInfo(zone)
    shown = [
        {
            "when": line.at.astimezone(tz).strftime("%d.%m.%Y %H:%M:%S"),
            "actor": line.actor,
            "action": line.action,
            "label": action_label(viewer.t, line.action),
            "subject": line.subject,
            "detail": line.detail,
        }
        for line in lines
    ]
    params = {k: str(v) for k, v in q.items() if k in ("who", "what", "since", "until") and v}
    older = None
    if len(lines) == 50:
        older = params | {"before": str(int(lines[-1].at.timestamp() * 1_000_000))}
    known = (*PROPOSAL_ACTIONS, *FORWARD_ACTIONS, *STAFF_ACTIONS)
    actions = [(a, action_label(viewer.t, a)) for a in known]
    return render(request, "audit.html", viewer.t, lines=shown, params=params, older=older,
                  zone=zone, actions=actions)  # fmt: skip


PROPOSAL_ACTIONS = (*(str(a) for a in proposals.Action), "forwarded")
STAFF_ACTIONS = (
    "login", "logout", "logout-all", "bulk-approved", "bulk-rejected",
    "event-create", "event-edit", "event-cancel", "help-answer",
    "export", "role-granted", "role-revoked", "target-set", "target-removed",
    *announcements.AUDIT_ACTIONS,
)  # fmt: skip
# Lines the outbox adds to a proposal's history when a forward's outcome is final.
FORWARD_ACTIONS = ("forward_sent", "forward_failed")


def action_label(t: Translator, action: str) -> str:
    """A history or audit action in words (an action from a newer version: as stored)."""
    if action in STAFF_ACTIONS:
        return t(f"panel-audit-{action}")
    if action in PROPOSAL_ACTIONS:
        return t(f"proposal-event-{action}")
    if action in FORWARD_ACTIONS:
        return t(f"panel-event-{action.replace('_', '-')}")
    return action


def add_routes(router: web.UrlDispatcher) -> None:
    router.add_get("/audit", audit_page)
