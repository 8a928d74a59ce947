"""The moderation queue and one proposal's page, with the decisions of the chat.

GET  /queue               the moderation queue: filters, search, keyset pages, bulk decisions
GET  /p/{number}          a proposal: photos, map link, history, forwards and their delivery
POST /p/{number}/decide   approve, reject (reason, note), ask for changes (note), duplicate-of
POST /p/{number}/undo     take a decision back within the undo window
POST /bulk                approve or reject (one reason) the ticked proposals
GET  /photo/{number}/{i}  a proposal's photo
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timedelta
from typing import Any
from zoneinfo import ZoneInfo

from aiohttp import web
from sqlalchemy.ext.asyncio import AsyncSession

from bot import proposal_notices
from bot.messages import FILE_REF_PREFIX
from bot.panel.audit import action_label
from bot.panel.core import (
    PANEL_KEY,
    PREFIX,
    Panel,
    Viewer,
    is_htmx,
    municipalities_where,
    parse_day,
    refusal,
    render,
    viewer_of,
)
from storage import proposals, repos, staff
from storage.models import (
    Municipality,
    Proposal,
    ProposalStatus,
    Resident,
    Role,
)

log = logging.getLogger(__name__)

PAGE = 25  # proposals per queue page
PENDING_CAP = 1000  # the heading counts waiting proposals up to this, per municipality
DECISIONS = {
    "approve": ProposalStatus.APPROVED,
    "reject": ProposalStatus.REJECTED,
    "changes": ProposalStatus.CHANGES,
    "duplicate": ProposalStatus.DUPLICATE,
}


async def scope(session: AsyncSession, viewer: Viewer) -> list[Municipality]:
    """Where the viewer moderates."""
    return await municipalities_where(session, viewer, Role.MODERATOR)


@dataclass(frozen=True)
class QueueQuery:
    """The queue page's query string, read leniently: unknown values are ignored."""

    status: str
    category: str
    community: str
    since: str
    until: str
    search: str
    after: str

    @classmethod
    def of(cls, request: web.Request) -> QueueQuery:
        q = request.query
        return cls(
            *(
                str(q.get(name, ""))[:100]
                for name in ("status", "category", "community", "since", "until", "q", "after")
            )
        )

    def params(self, **changes: str) -> dict[str, str]:
        values = {
            "status": self.status, "category": self.category, "community": self.community,
            "since": self.since, "until": self.until, "q": self.search, "after": self.after,
        } | changes  # fmt: skip
        return {k: v for k, v in values.items() if v}


async def queue_page(request: web.Request) -> web.Response:
    panel, viewer = request.config_dict[PANEL_KEY], viewer_of(request)
    query = QueueQuery.of(request)
    async with panel.sessionmaker() as session:
        municipalities = await scope(session, viewer)
        if not municipalities:
            return render(request, "error.html", viewer.t, http_status=403,
                          message="panel-not-allowed")  # fmt: skip
        # One query for every municipality's villages, kept in the municipalities' order.
        order = {m.id: i for i, m in enumerate(municipalities)}
        communities = sorted(
            await repos.communities_of(session, parent_ids=list(order)),
            key=lambda c: order[c.parent_id or 0],
        )
        statuses = tuple(ProposalStatus)
        status = next((s for s in statuses if s.value == query.status), None)
        categories = sorted({c for m in municipalities for c in proposals.categories_of(m)})
        zone = municipalities[0].timezone
        until = parse_day(query.until, zone)
        wanted = proposals.QueueFilter(
            tuple(m.id for m in municipalities),
            statuses=(status,) if status else (ProposalStatus.PENDING,),
            category=query.category if query.category in categories else None,
            community_id=next((c.id for c in communities if c.code == query.community), None),
            since=parse_day(query.since, zone),
            until=until + timedelta(days=1) if until else None,
            search=query.search or None,
            newest_first=status not in (None, ProposalStatus.PENDING),
        )
        page = await proposals.queue(
            session, wanted=wanted, after=proposals.QueueCursor.parse(query.after), limit=PAGE
        )
        counts = await proposals.pending_counts(
            session, municipality_ids=[m.id for m in municipalities], cap=PENDING_CAP
        )
        rows = await rows_of(session, viewer, page.proposals, panel)
    context: dict[str, Any] = {
        "rows": rows,
        "query": query,
        "statuses": statuses,
        "status": wanted.statuses[0],
        "categories": categories,
        "communities": [(c.code, c.name(viewer.t.chain)) for c in communities],
        "next_params": query.params(after=str(page.next)) if page.next else None,
        "first_params": query.params(after=""),
        "pending": sum(counts.values()),
        "pending_more": any(count >= PENDING_CAP for count in counts.values()),
        "reasons": proposals.REASONS,
        "bulk": repos.parse_id(str(request.query.get("bulk", ""))),
    }
    return render(request, "queue.html", viewer.t, **context)


@dataclass(frozen=True)
class Row:
    proposal: Proposal
    place: str
    submitted: str
    undoable: bool


async def rows_of(
    session: AsyncSession, viewer: Viewer, items: list[Proposal], panel: Panel
) -> list[Row]:
    places: dict[int | None, Municipality | None] = {}
    rows = []
    for proposal in items:
        for key in (proposal.municipality_id, proposal.community_id):
            if key not in places:
                places[key] = await repos.municipality_by_id(session, id=key)
        rows.append(row_of(viewer, proposal, places, panel))
    return rows


def row_of(
    viewer: Viewer,
    proposal: Proposal,
    places: dict[int | None, Municipality | None],
    panel: Panel,
) -> Row:
    municipality = places[proposal.municipality_id]
    assert municipality is not None
    community = places.get(proposal.community_id)
    place = municipality.name(viewer.t.chain)
    if community is not None:
        place += ", " + community.name(viewer.t.chain)
    submitted = viewer.t.when(proposal.submitted_at, ZoneInfo(municipality.timezone))
    undoable = proposals.undoable(proposal, now=panel.clock(), window=panel.window)
    return Row(proposal, place, submitted, undoable)


# --- one proposal -----------------------------------------------------------------------------


async def proposal_in_scope(
    session: AsyncSession, request: web.Request, viewer: Viewer
) -> Proposal:
    """The proposal of the path, if the viewer moderates its municipality: 404 for an unknown
    number, 403 for another municipality's (as the chat refuses it)."""
    proposal = await proposals.by_number(session, number=request.match_info["number"])
    if proposal is None:
        raise refusal(request, viewer, 404, "panel-not-found")
    if not await repos.has_role(
        session, resident=viewer.resident, role=Role.MODERATOR,
        municipality_id=proposal.municipality_id,
    ):  # fmt: skip
        raise refusal(request, viewer, 403, "panel-not-allowed")
    return proposal


async def proposal_context(
    session: AsyncSession, viewer: Viewer, proposal: Proposal, panel: Panel
) -> dict[str, Any]:
    places: dict[int | None, Municipality | None] = {}
    for key in (proposal.municipality_id, proposal.community_id):
        places[key] = await repos.municipality_by_id(session, id=key)
    municipality = places[proposal.municipality_id]
    assert municipality is not None
    zone = ZoneInfo(municipality.timezone)
    decider = (
        await session.get(Resident, proposal.decided_by_id) if proposal.decided_by_id else None
    )
    original = (
        await session.get(Proposal, proposal.duplicate_of_id) if proposal.duplicate_of_id else None
    )
    history = [
        {
            "when": viewer.t.when(e.created_at, zone),
            "action": e.action,
            "actor": e.actor,
            "label": action_label(viewer.t, e.action),
            "reason": e.reason,
            "note": e.note,
        }
        for e in await proposals.history(session, proposal_id=proposal.id)
    ]
    forwards = [
        {
            "channel": d.channel,
            "target": d.chat_ref,
            "status": d.status,
            "attempts": d.attempts,
            "sent": viewer.t.when(d.sent_at, zone) if d.sent_at else "",
            "error": d.last_error or "",
        }
        for d in await proposals.forwards(session, proposal_id=proposal.id)
    ]
    photos = [
        (i, str(p).startswith(FILE_REF_PREFIX) or panel.download is not None)
        for i, p in enumerate(proposal.photos or [])
    ]
    return {
        "row": row_of(viewer, proposal, places, panel),
        "proposal": proposal,
        "map": proposal_notices.osm_link(proposal.location) if proposal.location else None,
        "photos": photos,
        "history": history,
        "forwards": forwards,
        "decider": (decider.display_name or decider.ref) if decider else None,
        "original": original.number if original else None,
        "reasons": proposals.REASONS,
        "awaits": proposals.awaits_decision(proposal),
        "note_max": proposals.NOTE_MAX,
    }


async def proposal_page(request: web.Request) -> web.Response:
    panel, viewer = request.config_dict[PANEL_KEY], viewer_of(request)
    async with panel.sessionmaker() as session:
        proposal = await proposal_in_scope(session, request, viewer)
        context = await proposal_context(session, viewer, proposal, panel)
    return render(request, "proposal.html", viewer.t, **context)


async def decide(request: web.Request) -> web.StreamResponse:
    """A decision through the chat's own path (`bot.proposal_notices.decide`). htmx gets the
    proposal's decision block back; a plain form is sent to the proposal page."""
    panel, viewer = request.config_dict[PANEL_KEY], viewer_of(request)
    form = await request.post()
    decision = DECISIONS.get(str(form.get("action") or ""))
    message, failed = "panel-decided", False
    async with panel.write_turn, panel.sessionmaker.begin() as session:
        proposal = await proposal_in_scope(session, request, viewer)
        original = None
        if decision == ProposalStatus.DUPLICATE:
            original = await proposals.by_number(session, number=str(form.get("original") or ""))
        try:
            if decision is None:
                raise proposals.MissingDetail(proposal, "no such decision")
            if decision == ProposalStatus.DUPLICATE and original is None:
                raise proposals.NotADuplicate(proposal, "original not found")
            await proposal_notices.decide(
                session, proposal, decision, by=viewer.resident, now=panel.clock(),
                window=panel.window, delivery=panel.delivery, i18n=panel.i18n,
                reason=str(form.get("reason") or "") or None,
                note=str(form.get("note") or "") or None, duplicate_of=original,
            )  # fmt: skip
        except proposals.ForbiddenChange:
            message, failed = "panel-already-decided", True
        except proposals.NotADuplicate:
            message, failed = "panel-original-not-found", True
        except proposals.ProposalRuleError:
            message, failed = "panel-decision-incomplete", True
        number = proposal.number
    panel.delivery.wake()
    return await after_change(request, viewer, number, message, failed)


async def undo(request: web.Request) -> web.StreamResponse:
    panel, viewer = request.config_dict[PANEL_KEY], viewer_of(request)
    message, failed = "panel-undone", False
    async with panel.write_turn, panel.sessionmaker.begin() as session:
        proposal = await proposal_in_scope(session, request, viewer)
        try:
            await proposal_notices.undo(
                session, proposal, by=viewer.resident, now=panel.clock(), window=panel.window,
                delivery=panel.delivery,
            )  # fmt: skip
        except proposals.ProposalRuleError:
            message, failed = "panel-too-late", True
        number = proposal.number
    return await after_change(request, viewer, number, message, failed)


async def after_change(
    request: web.Request, viewer: Viewer, number: str, message: str, failed: bool
) -> web.StreamResponse:
    panel = request.config_dict[PANEL_KEY]
    if not is_htmx(request):
        raise web.HTTPSeeOther(f"{PREFIX}/p/{number}")
    async with panel.sessionmaker() as session:
        proposal = await proposals.by_number(session, number=number)
        assert proposal is not None
        context = await proposal_context(session, viewer, proposal, panel)
    template = "_row.html" if request.query.get("in") == "queue" else "_decision.html"
    return render(request, template, viewer.t, message=message, failed=failed, **context)


async def bulk(request: web.Request) -> web.StreamResponse:
    """Approve, or reject with one reason, every ticked proposal still waiting; each through
    the same path as one decision. Proposals decided meanwhile are left as they are."""
    panel, viewer = request.config_dict[PANEL_KEY], viewer_of(request)
    form = await request.post()
    decision = DECISIONS.get(str(form.get("action") or ""))
    ids = [i for i in (repos.parse_id(str(v)) for v in form.getall("id", [])) if i is not None]
    reason = str(form.get("reason") or "") or None
    note = str(form.get("note") or "") or None
    done = 0
    if decision in (ProposalStatus.APPROVED, ProposalStatus.REJECTED) and ids:
        async with panel.write_turn, panel.sessionmaker.begin() as session:
            places = [m.id for m in await scope(session, viewer)]
            for proposal in await proposals.by_ids(
                session, ids=ids[: proposals.QUEUE_PAGE_MAX], municipality_ids=places
            ):
                try:
                    async with session.begin_nested():
                        await proposal_notices.decide(
                            session, proposal, decision, by=viewer.resident, now=panel.clock(),
                            window=panel.window, delivery=panel.delivery, i18n=panel.i18n,
                            reason=reason, note=note,
                        )  # fmt: skip
                    done += 1
                except proposals.ProposalRuleError:
                    continue
            if done:
                staff.audit(
                    session, resident=viewer.resident, action=f"bulk-{decision}",
                    now=panel.clock(), detail=f"{done} of {len(ids)}",
                )  # fmt: skip
        panel.delivery.wake()
    raise web.HTTPSeeOther(f"{PREFIX}/queue?bulk={done}")


async def photo(request: web.Request) -> web.StreamResponse:
    """A proposal's photo: one we keep (WhatsApp's, in MEDIA_DIR), or Telegram's, fetched
    from the Bot API for this page (Telegram keeps it; we do not copy it)."""
    panel, viewer = request.config_dict[PANEL_KEY], viewer_of(request)
    async with panel.sessionmaker() as session:
        proposal = await proposal_in_scope(session, request, viewer)
    index = repos.parse_id(request.match_info["index"])
    photos = proposal.photos or []
    if index is None or index >= len(photos):
        raise refusal(request, viewer, 404, "panel-not-found")
    ref = str(photos[index])
    if not ref.startswith(FILE_REF_PREFIX):  # a Telegram file id
        content = await panel.download(ref) if panel.download is not None else None
        if content is None:
            raise refusal(request, viewer, 404, "panel-not-found")
        return web.Response(body=content, content_type="image/jpeg")
    media = panel.settings.media_dir.resolve()
    path = (media / ref[len(FILE_REF_PREFIX) :]).resolve()
    if not path.is_relative_to(media) or not path.is_file():
        raise refusal(request, viewer, 404, "panel-not-found")
    return web.FileResponse(path)


def add_routes(router: web.UrlDispatcher) -> None:
    router.add_get("/queue", queue_page)
    router.add_get("/p/{number}", proposal_page)
    router.add_post("/p/{number}/decide", decide)
    router.add_post("/p/{number}/undo", undo)
    router.add_post("/bulk", bulk)
    router.add_get("/photo/{number}/{index}", photo)
