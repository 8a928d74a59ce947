"""The panel's aiohttp sub-application: middlewares (headers, session, sign-in, CSRF) and pages.

Routes (under `/panel`):

    GET  /login/{token}       a page with one button that signs in (link previews cannot use it)
    POST /login/{token}       use the single-use link: a session cookie, then the queue
    GET  /queue               the moderation queue: filters, search, keyset pages, bulk decisions
    GET  /p/{number}          a proposal: photos, map link, history, forwards and their delivery
    POST /p/{number}/decide   approve, reject (reason, note), ask for changes (note), duplicate-of
    POST /p/{number}/undo     take a decision back within the undo window
    POST /bulk                approve or reject (one reason) the ticked proposals
    GET  /audit               logins and decisions, filterable by who, what and when
    POST /locale              the panel's language for this session
    POST /logout, /logout-all end this session, or every session of this staff member
    GET  /static/...          htmx and the style sheet, served by us

Refusals: no session -> the sign-in hint (401); no role for the proposal's municipality -> 403;
a POST without this session's CSRF token -> 403. Writes take the database's write turn (SQLite
has one writer) like the dispatcher's.
"""

from __future__ import annotations

import contextlib
import hmac
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import aiohttp_jinja2
import jinja2
from aiohttp import web
from aiohttp_session import get_session, new_session
from aiohttp_session import setup as setup_session
from aiohttp_session.cookie_storage import EncryptedCookieStorage
from cryptography.fernet import Fernet
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot import proposal_notices
from bot.config import Settings
from bot.delivery import DeliveryEngine
from bot.i18n import I18n, Translator
from bot.messages import FILE_REF_PREFIX
from storage import proposals, repos, staff
from storage.clock import Clock
from storage.models import (
    Municipality,
    Proposal,
    ProposalStatus,
    Resident,
    Role,
    StaffSession,
)

log = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
PREFIX = "/panel"
COOKIE = "panel"
CSRF_HEADER = "X-CSRF-Token"
CSRF_FIELD = "csrf"
HTMX = "htmx-2.0.11.min.js"
PAGE = 25  # proposals per queue page
PENDING_CAP = 1000  # the heading counts waiting proposals up to this, per municipality
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
DECISIONS = {
    "approve": ProposalStatus.APPROVED,
    "reject": ProposalStatus.REJECTED,
    "changes": ProposalStatus.CHANGES,
    "duplicate": ProposalStatus.DUPLICATE,
}

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
# Fetches a platform's file (a Telegram photo) by its id: None when it cannot.
Downloader = Callable[[str], Awaitable[bytes | None]]


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


def cookie_key(settings: Settings) -> Fernet:
    """The Fernet key of session cookies: PANEL_SECRET_KEY, or a new one per start (sessions
    then end with the process; the log says so)."""
    if settings.panel_secret_key:
        return Fernet(settings.panel_secret_key.encode())
    log.warning("PANEL_SECRET_KEY is not set: panel sessions end when the bot restarts")
    return Fernet(Fernet.generate_key())


def build_panel(
    *,
    settings: Settings,
    sessionmaker: async_sessionmaker[AsyncSession],
    i18n: I18n,
    delivery: DeliveryEngine,
    clock: Clock,
    write_turn: contextlib.AbstractAsyncContextManager[object],
    download: Downloader | None = None,
) -> web.Application:
    """The panel as a sub-application, to be mounted at `PREFIX`; `download` fetches Telegram
    photos for proposal pages."""
    app = web.Application(middlewares=[headers_middleware])
    app[PANEL_KEY] = Panel(settings, sessionmaker, i18n, delivery, clock, write_turn, download)
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
    app.router.add_get("/login/{token}", login_page)
    app.router.add_post("/login/{token}", login)
    app.router.add_get("/", home)
    app.router.add_get("/queue", queue_page)
    app.router.add_get("/p/{number}", proposal_page)
    app.router.add_post("/p/{number}/decide", decide)
    app.router.add_post("/p/{number}/undo", undo)
    app.router.add_post("/bulk", bulk)
    app.router.add_get("/audit", audit_page)
    app.router.add_post("/locale", set_locale)
    app.router.add_post("/logout", logout)
    app.router.add_post("/logout-all", logout_all)
    app.router.add_get("/photo/{number}/{index}", photo)
    return app


# --- middlewares ------------------------------------------------------------------------------


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
        form = await request.post()
        given = request.headers.get(CSRF_HEADER) or str(form.get(CSRF_FIELD) or "")
        if not hmac.compare_digest(given.encode(), row.csrf.encode()):
            log.warning("panel: POST %s without a valid CSRF token", request.path)
            return render(request, "error.html", t, http_status=403, message="panel-csrf-refused")
    request["viewer"] = Viewer(resident, row, t)
    return await handler(request)


def viewer_of(request: web.Request) -> Viewer:
    viewer: Viewer = request["viewer"]
    return viewer


def render(
    request: web.Request, template: str, t: Translator, *, http_status: int = 200, **context: Any
) -> web.Response:
    viewer = request.get("viewer")
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


# --- sign-in ----------------------------------------------------------------------------------


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
    raise web.HTTPSeeOther(f"{PREFIX}/queue")


async def home(_request: web.Request) -> web.StreamResponse:
    raise web.HTTPSeeOther(f"{PREFIX}/queue")


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


# --- the moderation queue ---------------------------------------------------------------------


async def scope(session: AsyncSession, viewer: Viewer) -> list[Municipality]:
    """Where the viewer moderates: the chat's rule (`repos.municipalities_with_role`)."""
    return await repos.municipalities_with_role(
        session, resident=viewer.resident, role=Role.MODERATOR
    )


def parse_day(text: str, zone: str) -> datetime | None:
    """A YYYY-MM-DD day's start in `zone`; None for anything else."""
    try:
        day = datetime.strptime(text.strip(), "%Y-%m-%d")
    except ValueError:
        return None
    return day.replace(tzinfo=ZoneInfo(zone))


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
        communities = [
            c
            for m in municipalities
            for c in await repos.list_municipalities(session, parent_id=m.id)
        ]
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
    local = proposal.submitted_at.astimezone(ZoneInfo(municipality.timezone))
    undoable = proposals.undoable(proposal, now=panel.clock(), window=panel.window)
    return Row(proposal, place, local.strftime("%d.%m.%Y %H:%M"), undoable)


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


def refusal(request: web.Request, viewer: Viewer, status: int, message: str) -> web.HTTPException:
    response = render(request, "error.html", viewer.t, http_status=status, message=message)
    error = web.HTTPException(
        text=response.text, content_type="text/html", headers=SECURITY_HEADERS
    )
    error.set_status(status)
    return error


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
            "when": e.created_at.astimezone(zone).strftime("%d.%m.%Y %H:%M"),
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
            "sent": d.sent_at.astimezone(zone).strftime("%d.%m.%Y %H:%M") if d.sent_at else "",
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


# --- the audit trail --------------------------------------------------------------------------


async def audit_page(request: web.Request) -> web.Response:
    panel, viewer = request.config_dict[PANEL_KEY], viewer_of(request)
    q = request.query
    zone = "UTC"  # the audit spans municipalities: one zone, said on the page
    until = parse_day(str(q.get("until", "")), zone)
    before_raw = str(q.get("before", ""))
    before = None
    if before_raw.isascii() and before_raw.isdigit() and len(before_raw) < 19:
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
STAFF_ACTIONS = ("login", "logout", "logout-all", "bulk-approved", "bulk-rejected")
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
