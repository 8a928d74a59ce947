"""Announcements for publishers: compose, preview with the number of recipients, a test copy to
oneself, send now or at a local time; the list with what became of the copies and a chart;
correct, withdraw and cancel, each after a page that says what it will do. Everything goes
through `bot.announcing` and `storage.announcements`, as the chat's /announce and /announcements.

GET  /announcements                     the list: figures per announcement, a delivery chart
GET  /announcements/new                 the form (?m=<municipality id> for publishers of several)
POST /announcements/new                 the form again, filled from a preview ("Change")
POST /announcements/preview             check the draft; keep its attachment; count recipients
POST /announcements/test                a copy of the draft to the signed-in staff member only
POST /announcements/publish             store it: sent now, or scheduled
GET  /announcements/{id}                one announcement: texts, figures, chart, what may be done
GET|POST /announcements/{id}/correct    one language's text (?lang=<locale>)
GET|POST /announcements/{id}/withdraw   after release
GET|POST /announcements/{id}/cancel     before release
GET  /announcements/{id}/file           its attachment, if we keep it

The draft travels in the preview's hidden fields, not in the session cookie (texts in several
languages outgrow a cookie); every step checks it afresh, so a forged field gets no further than
the form would. An uploaded attachment is kept in MEDIA_DIR/announcements under its hash, and a
draft names it only by that hash.
"""

from __future__ import annotations

import asyncio
import logging
import mimetypes
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from aiohttp import web
from aiohttp.web_request import FileField
from multidict import MultiDictProxy
from sqlalchemy.ext.asyncio import AsyncSession

from bot import announcing, media_files
from bot.delivery import DeliveryEngine, announcement_text
from bot.i18n import Translator
from bot.messages import FILE_REF_PREFIX
from bot.panel.core import (
    PANEL_KEY,
    PREFIX,
    UPLOAD_LIMIT,
    Panel,
    Viewer,
    municipalities_where,
    refusal,
    render,
    viewer_of,
)
from storage import announcements, repos, staff
from storage.announcements import (
    MAX_TEXT,
    AnnouncementError,
    Change,
    InvalidText,
    MissingText,
    MissingTopic,
    NewAnnouncement,
    TooSoon,
)
from storage.models import Announcement, Municipality, Role

log = logging.getLogger(__name__)

LIST = 50  # announcements on the list page
FOLDER = "announcements"  # under MEDIA_DIR
FORM_TIME = "%Y-%m-%dT%H:%M"  # <input type="datetime-local">
PHOTO_SUFFIXES = frozenset({".jpg", ".jpeg", ".png"})
NAME_MAX = 100  # characters of an attachment's file name we keep
STATUS_LABELS = {
    "scheduled": "panel-ann-status-scheduled",
    "released": "panel-ann-status-released",
    "cancelled": "panel-ann-status-cancelled",
    "withdrawn": "panel-ann-status-withdrawn",
}
DONE_NOTICES = {
    "sent": "panel-ann-done-sent",
    "scheduled": "panel-ann-done-scheduled",
    "corrected": "panel-ann-done-corrected",
    "withdrawn": "panel-ann-done-withdrawn",
    "cancelled": "panel-ann-done-cancelled",
}
# Audit actions (bot.panel.audit.STAFF_ACTIONS): at most 24 characters.
AUDIT_PUBLISH = "announcement-publish"
AUDIT_SCHEDULE = "announcement-schedule"
AUDIT_TEST = "announcement-test-copy"
AUDIT_CORRECT = "announcement-correct"
AUDIT_WITHDRAW = "announcement-withdraw"
AUDIT_CANCEL = "announcement-cancel"
AUDIT_ACTIONS = (
    AUDIT_PUBLISH, AUDIT_SCHEDULE, AUDIT_TEST, AUDIT_CORRECT, AUDIT_WITHDRAW, AUDIT_CANCEL,
)  # fmt: skip


# --- the draft --------------------------------------------------------------------------------


@dataclass
class Draft:
    """The compose form's fields, read leniently (the domain checks them)."""

    municipality_id: int | None = None
    community_ids: list[int] = field(default_factory=list)
    category: str = ""
    texts: dict[str, str] = field(default_factory=dict)  # locale -> text, as typed
    when: str = "now"  # "now" or "later"
    at: str = ""  # FORM_TIME, the municipality's local time
    media_file: str = ""  # a name `media_files.keep` gave
    media_kind: str = ""  # "photo" or "document"
    media_name: str = ""  # the uploaded file's own name

    @classmethod
    def of(cls, form: MultiDictProxy[Any], locales: tuple[str, ...]) -> Draft:
        def text(name: str, limit: int = 100) -> str:
            value = form.get(name)
            return value[:limit] if isinstance(value, str) else ""

        return cls(
            municipality_id=repos.parse_id(text("m")),
            community_ids=sorted(
                {i for v in form.getall("c", []) if (i := repos.parse_id(str(v))) is not None}
            ),
            category=text("category"),
            texts={
                code: value[: MAX_TEXT * 2]
                for code in locales
                if isinstance(value := form.get(f"text-{code}"), str)
            },
            when="later" if text("when") == "later" else "now",
            at=text("at"),
            media_file=name if media_files.NAME.match(name := text("media_file")) else "",
            media_kind="photo" if text("media_kind") == "photo" else "document",
            media_name=text("media_name", NAME_MAX),
        )

    def written(self) -> dict[str, str]:
        return {code: value for code, value in self.texts.items() if value.strip()}

    def media(self, panel: Panel) -> dict[str, str] | None:
        path = media_files.kept(folder(panel), self.media_file) if self.media_file else None
        if path is None:
            return None
        kept = {"kind": self.media_kind, "ref": FILE_REF_PREFIX + str(path)}
        return kept | ({"name": self.media_name} if self.media_name else {})

    def hidden(self) -> list[tuple[str, str]]:
        """The draft as the preview's hidden fields."""
        fields = [("m", str(self.municipality_id or "")), ("category", self.category)]
        fields += [("c", str(i)) for i in self.community_ids]
        fields += [(f"text-{code}", value) for code, value in self.texts.items()]
        fields += [("when", self.when), ("at", self.at)]
        if self.media_file:
            fields += [("media_file", self.media_file), ("media_kind", self.media_kind),
                       ("media_name", self.media_name)]  # fmt: skip
        return fields


def folder(panel: Panel) -> Path:
    return panel.settings.media_dir / FOLDER


class Refused(Exception):
    """The draft cannot go further; `message` says why (a Fluent id), with its arguments."""

    def __init__(self, message: str, **args: Any) -> None:
        super().__init__(message)
        self.message = message
        self.args_ = args


async def keep_upload(panel: Panel, form: MultiDictProxy[Any], draft: Draft) -> None:
    """A file chosen in the form replaces the draft's attachment; "remove" drops it."""
    if form.get("media_remove"):
        draft.media_file = draft.media_kind = draft.media_name = ""
    upload = form.get("media")
    if not isinstance(upload, FileField) or not upload.filename:
        return
    content = await asyncio.to_thread(upload.file.read)
    if not content:
        return
    name = Path(upload.filename.replace("\\", "/")).name[-NAME_MAX:]
    suffix = Path(name).suffix.lower()
    if not re.fullmatch(r"\.[a-z0-9]{1,8}", suffix):
        suffix = mimetypes.guess_extension(upload.content_type or "") or ".bin"
    draft.media_file = (
        await asyncio.to_thread(media_files.keep, folder(panel), content, suffix)
    ).name
    draft.media_kind = "photo" if suffix in PHOTO_SUFFIXES else "document"
    draft.media_name = name


async def publishing_place(session: AsyncSession, viewer: Viewer, draft: Draft) -> Municipality:
    """The draft's municipality if the viewer publishes there (403 otherwise, by the caller)."""
    for municipality in await municipalities_where(session, viewer, Role.PUBLISHER):
        if municipality.id == draft.municipality_id:
            return municipality
    raise Refused("panel-ann-not-allowed")


def new_announcement(
    panel: Panel, viewer: Viewer, draft: Draft, municipality: Municipality, own: set[int]
) -> NewAnnouncement:
    """The draft as the domain's `NewAnnouncement` (checked by `storage.announcements`): blank
    text fields are languages not written in, a time is read in the municipality's zone, and
    only the municipality's `own` communities count. `Refused` for a time it cannot read."""
    send_at = None
    if draft.when == "later":
        try:
            send_at = announcing.at_local(datetime.strptime(draft.at, FORM_TIME), municipality)
        except ValueError as error:
            raise Refused("panel-ann-time-invalid") from error
    return NewAnnouncement(
        municipality_id=municipality.id,
        category=draft.category,
        texts=draft.written(),
        community_ids=tuple(i for i in draft.community_ids if i in own),
        media=draft.media(panel),
        author_id=viewer.resident.id,
        send_at=send_at,
    )


def refused_by_rules(error: AnnouncementError, panel: Panel) -> Refused:
    """What broke the domain's rules, in the staff member's words."""
    match error:
        case MissingTopic():
            return Refused("panel-ann-topic-missing")
        case MissingText():
            return Refused("panel-ann-text-missing")
        case InvalidText(locale=str(locale)):
            return Refused("panel-ann-text-too-long", language=panel.i18n.self_name(locale),
                           length=error.length, max=MAX_TEXT)  # fmt: skip
        case TooSoon():
            return Refused("panel-ann-time-past")
    return Refused("panel-ann-invalid")


# --- compose and preview ----------------------------------------------------------------------


def not_allowed(request: web.Request, viewer: Viewer) -> web.HTTPException:
    return refusal(request, viewer, 403, "panel-ann-not-allowed")


async def compose_context(
    request: web.Request, session: AsyncSession, draft: Draft
) -> dict[str, Any]:
    panel, viewer = request.config_dict[PANEL_KEY], viewer_of(request)
    places = await municipalities_where(session, viewer, Role.PUBLISHER)
    if not places:
        raise not_allowed(request, viewer)
    municipality = next((m for m in places if m.id == draft.municipality_id), places[0])
    draft.municipality_id = municipality.id
    languages = await announcing.languages_of(session, municipality, shipped=panel.i18n.locales)
    languages += [code for code in draft.texts if code not in languages]
    communities = await repos.list_municipalities(session, parent_id=municipality.id)
    return {
        "draft": draft,
        "municipality": municipality,
        "places": [(m.id, m.name(viewer.t.chain)) for m in places],
        "communities": [(c.id, c.name(viewer.t.chain)) for c in communities],
        "languages": [(code, panel.i18n.self_name(code)) for code in languages],
        "others": [
            (code, panel.i18n.self_name(code))
            for code in panel.i18n.locales
            if code not in languages
        ],
        "categories": list(announcements.TOPICS),
        "max_text": MAX_TEXT,
        "zone": municipality.timezone,
        "example": (panel.clock() + timedelta(days=1)).strftime(FORM_TIME),
        "upload_mb": UPLOAD_LIMIT >> 20,
    }


async def compose_page(request: web.Request) -> web.Response:
    """The empty form; ?m= picks the municipality, ?lang= adds a language's text field."""
    panel, viewer = request.config_dict[PANEL_KEY], viewer_of(request)
    draft = Draft(municipality_id=repos.parse_id(str(request.query.get("m", ""))))
    for code in request.query.getall("lang", []):
        if code in panel.i18n.locales:
            draft.texts[code] = ""
    async with panel.sessionmaker() as session:
        context = await compose_context(request, session, draft)
    return render(request, "announce_compose.html", viewer.t, **context)


async def compose_again(request: web.Request) -> web.Response:
    """The form filled from a preview's draft ("Change")."""
    panel, viewer = request.config_dict[PANEL_KEY], viewer_of(request)
    draft = Draft.of(await request.post(), panel.i18n.locales)
    async with panel.sessionmaker() as session:
        context = await compose_context(request, session, draft)
    return render(request, "announce_compose.html", viewer.t, **context)


@dataclass
class Checked:
    """A draft that passed every check, ready to be previewed, tested or published."""

    draft: Draft
    municipality: Municipality
    new: NewAnnouncement
    shown: Announcement  # built, not stored


async def checked(request: web.Request, session: AsyncSession) -> Checked | web.Response:
    """The posted draft, checked; or the form again with the reason (403 for a municipality
    where the viewer does not publish)."""
    panel, viewer = request.config_dict[PANEL_KEY], viewer_of(request)
    form = await request.post()
    draft = Draft.of(form, panel.i18n.locales)
    try:
        municipality = await publishing_place(session, viewer, draft)
    except Refused:
        raise not_allowed(request, viewer) from None
    await keep_upload(panel, form, draft)
    own = {c.id for c in await repos.list_municipalities(session, parent_id=municipality.id)}
    try:
        new = new_announcement(panel, viewer, draft, municipality, own)
        shown = announcements.build(new, now=panel.clock())
        if new.send_at is not None:
            announcements.check_send_at(new.send_at, now=panel.clock())
    except (Refused, AnnouncementError) as error:
        refused = error if isinstance(error, Refused) else refused_by_rules(error, panel)
        return await form_again(request, session, draft, refused)
    return Checked(draft, municipality, new, shown)


async def form_again(
    request: web.Request, session: AsyncSession, draft: Draft, refused: Refused
) -> web.Response:
    """The compose form, filled as it was, with the reason it cannot go on (422)."""
    viewer = viewer_of(request)
    context = await compose_context(request, session, draft)
    return render(request, "announce_compose.html", viewer.t, http_status=422,
                  error=viewer.t(refused.message, **refused.args_), **context)  # fmt: skip


async def preview_context(
    request: web.Request, session: AsyncSession, checked: Checked
) -> dict[str, Any]:
    panel, viewer = request.config_dict[PANEL_KEY], viewer_of(request)
    shown, municipality = checked.shown, checked.municipality
    count = await announcing.recipients(session, shown, delivery=panel.delivery)
    return {
        "draft": checked.draft,
        "hidden": checked.draft.hidden(),
        "place": municipality.name(viewer.t.chain),
        "audience": await audience_names(session, viewer, shown),
        "topic": viewer.t(f"category-{shown.category}"),
        "when": await when_it_goes(
            session, panel, viewer, shown, municipality, scheduled=checked.new.send_at is not None
        ),
        "texts": [(panel.i18n.self_name(code), text) for code, text in shown.texts.items()],
        "attachment": checked.draft.media_name if shown.media else None,
        "count": count,
    }


async def preview(request: web.Request) -> web.Response:
    panel, viewer = request.config_dict[PANEL_KEY], viewer_of(request)
    async with panel.sessionmaker() as session:
        found = await checked(request, session)
        if isinstance(found, web.Response):
            return found
        context = await preview_context(request, session, found)
    return render(request, "announce_preview.html", viewer.t, **context)


async def test_copy(request: web.Request) -> web.Response:
    """The draft, as residents would get it, to the signed-in staff member's own chat only
    (through the outbox); then the preview again."""
    panel, viewer = request.config_dict[PANEL_KEY], viewer_of(request)
    async with panel.write_turn, panel.sessionmaker.begin() as session:
        found = await checked(request, session)
        if isinstance(found, web.Response):
            return found
        announcing.send_test_copy(
            session, found.shown, to=viewer.resident, delivery=panel.delivery, i18n=panel.i18n
        )
        staff.audit(session, resident=viewer.resident, action=AUDIT_TEST, now=panel.clock(),
                    detail=found.municipality.code)  # fmt: skip
        context = await preview_context(request, session, found)
    panel.delivery.wake()
    return render(request, "announce_preview.html", viewer.t, notice="panel-ann-test-sent",
                  **context)  # fmt: skip


async def publish(request: web.Request) -> web.StreamResponse:
    """Send now (copies queued in this transaction) or schedule, as the chat's ✅ Send."""
    panel, viewer = request.config_dict[PANEL_KEY], viewer_of(request)
    async with panel.write_turn, panel.sessionmaker.begin() as session:
        found = await checked(request, session)
        if isinstance(found, web.Response):
            return found
        try:
            published = await announcing.publish(
                session, found.new, delivery=panel.delivery, now=panel.clock()
            )
        except TooSoon:  # the preview stayed open past the chosen time
            return await form_again(request, session, found.draft, Refused("panel-ann-time-past"))
        number = published.announcement.id
        if published.scheduled:
            at = published.announcement.send_at
            detail = f"#{number} {found.municipality.code} {at:%Y-%m-%d %H:%M} UTC"
        else:
            detail = f"#{number} {found.municipality.code} → {published.count}"
        staff.audit(
            session, resident=viewer.resident, now=panel.clock(), detail=detail,
            action=AUDIT_SCHEDULE if published.scheduled else AUDIT_PUBLISH,
        )  # fmt: skip
    panel.delivery.wake()
    done = "scheduled" if published.scheduled else "sent"
    raise web.HTTPSeeOther(f"{PREFIX}/announcements/{number}?done={done}")


async def audience_names(session: AsyncSession, viewer: Viewer, shown: Announcement) -> str:
    if not shown.community_ids:
        return viewer.t("panel-ann-everyone")
    names = []
    for community_id in shown.community_ids:
        community = await repos.municipality_by_id(session, id=community_id)
        if community is not None:
            names.append(community.name(viewer.t.chain))
    return ", ".join(names)


async def when_it_goes(
    session: AsyncSession,
    panel: Panel,
    viewer: Viewer,
    shown: Announcement,
    municipality: Municipality,
    *,
    scheduled: bool,
) -> str:
    """ "now" or its local time; when quiet hours hold it, when sending really starts."""
    when = announcing.local(shown.send_at, municipality) if scheduled else viewer.t("panel-ann-now")
    start = await announcing.bulk_start(session, shown, delivery=panel.delivery)
    if start > shown.send_at:
        return viewer.t("panel-ann-when-quiet", when=when,
                        start=announcing.local(start, municipality))  # fmt: skip
    return when


# --- the list and one announcement ------------------------------------------------------------


def receipt(t: Translator, count: int, reported: int, sent: int) -> str:
    """Delivered or read, as far as platforms report it: "—" where none does."""
    if reported == 0:
        return "—"
    if reported == sent:
        return t("panel-ann-number", count=count)
    return t("panel-ann-of-reported", count=count, reported=reported)


@dataclass(frozen=True)
class Line:
    """One announcement as the list and its page show it."""

    announcement: Announcement
    when: str
    place: str
    audience: str
    topic: str
    status: str
    excerpt: str
    sent: int
    delivered: str
    read: str
    failed: int
    waiting: int


async def line_of(
    session: AsyncSession,
    viewer: Viewer,
    a: Announcement,
    municipality: Municipality,
    figures: announcing.Reach,
) -> Line:
    text = announcement_text(a, viewer.t.locale)
    return Line(
        a,
        announcing.local(a.released_at or a.send_at, municipality),
        municipality.name(viewer.t.chain),
        await audience_names(session, viewer, a),
        viewer.t(f"category-{a.category}"),
        viewer.t(STATUS_LABELS.get(a.status, "panel-ann-status-released")),
        text if len(text) <= 140 else text[:139] + "…",
        figures.sent,
        receipt(viewer.t, figures.delivered, figures.reported, figures.sent),
        receipt(viewer.t, figures.read, figures.reported, figures.sent),
        figures.failed,
        figures.waiting,
    )


async def list_page(request: web.Request) -> web.Response:
    panel, viewer = request.config_dict[PANEL_KEY], viewer_of(request)
    async with panel.sessionmaker() as session:
        places = {m.id: m for m in await municipalities_where(session, viewer, Role.PUBLISHER)}
        if not places:
            raise not_allowed(request, viewer)
        rows = await announcements.recent(session, municipality_ids=places, limit=LIST)
        figures = await announcing.reach(session, [a.id for a in rows])
        lines = [
            await line_of(session, viewer, a, places[a.municipality_id],
                          figures.get(a.id) or announcing.Reach())
            for a in rows
        ]  # fmt: skip
        zone = next(iter(places.values())).timezone
        chart = await chart_of(session, viewer, [a.id for a in rows], figures, panel, zone)
    return render(request, "announcements.html", viewer.t, lines=lines, chart=chart, zone=zone)


async def announcement_in_scope(
    request: web.Request, session: AsyncSession, *, lock: bool = False
) -> tuple[Announcement, Municipality]:
    """The path's announcement if the viewer publishes in its municipality: 404 for an unknown
    id, 403 for another municipality's (as the chat refuses it)."""
    viewer = viewer_of(request)
    number = repos.parse_id(request.match_info["id"])
    if lock:
        announcement = await announcements.lock(session, number)
    else:
        announcement = await session.get(Announcement, number) if number is not None else None
    if announcement is None:
        raise refusal(request, viewer, 404, "panel-not-found")
    if not await repos.has_role(
        session, resident=viewer.resident, role=Role.PUBLISHER,
        municipality_id=announcement.municipality_id,
    ):  # fmt: skip
        raise not_allowed(request, viewer)
    municipality = await repos.municipality_by_id(session, id=announcement.municipality_id)
    assert municipality is not None  # the foreign key cascades
    return announcement, municipality


async def announcement_page(request: web.Request) -> web.Response:
    panel, viewer = request.config_dict[PANEL_KEY], viewer_of(request)
    async with panel.sessionmaker() as session:
        a, municipality = await announcement_in_scope(request, session)
        figures = (await announcing.reach(session, [a.id])).get(a.id) or announcing.Reach()
        line = await line_of(session, viewer, a, municipality, figures)
        withdrawal = (await DeliveryEngine.withdrawal_figures(session, [a.id])).get(a.id)
        chart = await chart_of(session, viewer, [a.id], {a.id: figures}, panel,
                               municipality.timezone)  # fmt: skip
    done = DONE_NOTICES.get(str(request.query.get("done", "")))
    return render(
        request, "announcement.html", viewer.t, line=line, a=a, chart=chart, notice=done,
        zone=municipality.timezone, withdrawal=withdrawal,
        texts=[(code, panel.i18n.self_name(code), text) for code, text in a.texts.items()],
        can_correct=announcements.can(a, Change.CORRECT),
        can_withdraw=announcements.can(a, Change.WITHDRAW),
        can_cancel=announcements.can(a, Change.CANCEL),
        attachment=(a.media or {}).get("name") or (a.media or {}).get("kind"),
    )  # fmt: skip


# --- correct, withdraw, cancel ----------------------------------------------------------------


async def correct_page(request: web.Request) -> web.Response:
    panel, viewer = request.config_dict[PANEL_KEY], viewer_of(request)
    async with panel.sessionmaker() as session:
        a, _ = await announcement_in_scope(request, session)
        sent, waiting = await announcing.withdrawable(session, a)
    locale = str(request.query.get("lang", ""))
    if locale not in a.texts or not announcements.can(a, Change.CORRECT):
        raise refusal(request, viewer, 404, "panel-not-found")
    return render(request, "announce_correct.html", viewer.t, a=a, locale=locale,
                  language=panel.i18n.self_name(locale), text=a.texts[locale], sent=sent,
                  waiting=waiting, max_text=MAX_TEXT)  # fmt: skip


async def correct(request: web.Request) -> web.StreamResponse:
    panel, viewer = request.config_dict[PANEL_KEY], viewer_of(request)
    form = await request.post()
    locale, text = str(form.get("lang") or ""), str(form.get("text") or "")
    async with panel.write_turn, panel.sessionmaker.begin() as session:
        a, _ = await announcement_in_scope(request, session, lock=True)
        try:
            count = await announcing.correct(
                session, a, locale=locale, text=text, delivery=panel.delivery, now=panel.clock()
            )
        except InvalidText as error:
            sent, waiting = await announcing.withdrawable(session, a)
            return render(request, "announce_correct.html", viewer.t, http_status=422, a=a,
                          locale=locale, language=panel.i18n.self_name(locale), text=text,
                          sent=sent, waiting=waiting, max_text=MAX_TEXT,
                          error=viewer.t("panel-ann-text-too-long",
                                         language=panel.i18n.self_name(locale),
                                         length=error.length, max=MAX_TEXT))  # fmt: skip
        except AnnouncementError:  # withdrawn meanwhile, or a language it was not written in
            raise refusal(request, viewer, 409, "panel-ann-too-late") from None
        staff.audit(session, resident=viewer.resident, action=AUDIT_CORRECT, now=panel.clock(),
                    detail=f"#{a.id} {locale} → {count}")  # fmt: skip
        number = a.id
    panel.delivery.wake()
    raise web.HTTPSeeOther(f"{PREFIX}/announcements/{number}?done=corrected")


async def withdraw_page(request: web.Request) -> web.Response:
    panel, viewer = request.config_dict[PANEL_KEY], viewer_of(request)
    async with panel.sessionmaker() as session:
        a, _ = await announcement_in_scope(request, session)
        sent, waiting = await announcing.withdrawable(session, a)
    if not announcements.can(a, Change.WITHDRAW):
        raise refusal(request, viewer, 409, "panel-ann-too-late")
    question = viewer.t("announcements-withdraw-sure", id=a.id, count=sent, waiting=waiting)
    return render(request, "announce_confirm.html", viewer.t, a=a, question=question,
                  action="withdraw", button="announcements-withdraw-yes")  # fmt: skip


async def withdraw(request: web.Request) -> web.StreamResponse:
    panel, viewer = request.config_dict[PANEL_KEY], viewer_of(request)
    async with panel.write_turn, panel.sessionmaker.begin() as session:
        a, _ = await announcement_in_scope(request, session, lock=True)
        try:
            count = await announcing.withdraw(session, a, delivery=panel.delivery,
                                              now=panel.clock())  # fmt: skip
        except AnnouncementError:
            raise refusal(request, viewer, 409, "panel-ann-too-late") from None
        staff.audit(session, resident=viewer.resident, action=AUDIT_WITHDRAW, now=panel.clock(),
                    detail=f"#{a.id} → {count}")  # fmt: skip
        number = a.id
    panel.delivery.wake()
    raise web.HTTPSeeOther(f"{PREFIX}/announcements/{number}?done=withdrawn")


async def cancel_page(request: web.Request) -> web.Response:
    panel, viewer = request.config_dict[PANEL_KEY], viewer_of(request)
    async with panel.sessionmaker() as session:
        a, municipality = await announcement_in_scope(request, session)
        count = await announcing.recipients(session, a, delivery=panel.delivery)
    if not announcements.can(a, Change.CANCEL):
        raise refusal(request, viewer, 409, "panel-ann-too-late")
    question = viewer.t("announcements-cancel-sure", id=a.id, count=count,
                        when=announcing.local(a.send_at, municipality))  # fmt: skip
    return render(request, "announce_confirm.html", viewer.t, a=a, question=question,
                  action="cancel", button="announcements-cancel-yes")  # fmt: skip


async def cancel(request: web.Request) -> web.StreamResponse:
    panel, viewer = request.config_dict[PANEL_KEY], viewer_of(request)
    async with panel.write_turn, panel.sessionmaker.begin() as session:
        a, _ = await announcement_in_scope(request, session, lock=True)
        try:
            announcing.cancel(a, now=panel.clock())
        except AnnouncementError:  # released meanwhile
            raise refusal(request, viewer, 409, "panel-ann-too-late") from None
        staff.audit(session, resident=viewer.resident, action=AUDIT_CANCEL, now=panel.clock(),
                    detail=f"#{a.id}")  # fmt: skip
        number = a.id
    raise web.HTTPSeeOther(f"{PREFIX}/announcements/{number}?done=cancelled")


# --- the delivery chart -----------------------------------------------------------------------

WIDTH, HEIGHT = 720, 240
LEFT, RIGHT, TOP, BOTTOM = 56, 16, 16, 44


@dataclass(frozen=True)
class Series:
    name: str  # a Fluent id
    colour: str
    points: str  # "x,y x,y ..." for <polyline points>
    last: int


@dataclass(frozen=True)
class Chart:
    """What the SVG template draws: cumulative lines, ticks on both axes."""

    series: list[Series]
    y_ticks: list[tuple[float, str]]  # (y, label)
    x_ticks: list[tuple[float, str, str]]  # (x, label, text-anchor)
    width: int = WIDTH
    height: int = HEIGHT
    left: int = LEFT
    right: int = WIDTH - RIGHT
    top: int = TOP
    bottom: int = HEIGHT - BOTTOM
    receipts: bool = True  # False: no copy went where delivery is reported


def nice_ceiling(value: int) -> int:
    """The next round number at or above `value` (1, 2, 5 times a power of ten)."""
    power = 1
    while True:
        for factor in (1, 2, 5):
            if factor * power >= value:
                return factor * power
        power *= 10


async def chart_of(
    session: AsyncSession,
    viewer: Viewer,
    ids: list[int],
    figures: dict[int, announcing.Reach],
    panel: Panel,
    zone: str,
) -> Chart | None:
    now = panel.clock()
    line = await announcing.timeline(session, ids, until=now)
    if line is None:
        return None
    receipts = any(f.reported for f in figures.values())
    count = len(line.sent)
    top = nice_ceiling(max(line.sent[-1], 1))
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def x(i: int) -> float:
        return LEFT + (plot_w * i / (count - 1) if count > 1 else plot_w / 2)

    def y(v: int) -> float:
        return TOP + plot_h * (1 - v / top)

    def points(values: list[int]) -> str:
        return " ".join(f"{x(i):.1f},{y(v):.1f}" for i, v in enumerate(values))

    series = [Series("panel-ann-sent", "#20456b", points(line.sent), line.sent[-1])]
    if receipts:
        series += [
            Series("panel-ann-delivered", "#2e7d32", points(line.delivered), line.delivered[-1]),
            Series("panel-ann-read", "#c25e00", points(line.read), line.read[-1]),
        ]
    tz = ZoneInfo(zone)
    picks = sorted({0, count // 3, 2 * count // 3, count - 1})  # each labelled by its end
    x_ticks = [
        (
            x(i),
            min(line.start + line.step * (i + 1), now).astimezone(tz).strftime("%d.%m %H:%M"),
            "start" if i == 0 and count > 1 else "end" if i == count - 1 else "middle",
        )
        for i in picks
    ]  # the first and last labels stay inside the picture
    values = (0, top // 2, top) if top % 2 == 0 else (0, top)  # whole numbers only
    y_ticks = [(y(v), viewer.t("panel-ann-number", count=v)) for v in values]
    return Chart(series, y_ticks, x_ticks, receipts=receipts)


def add_routes(router: web.UrlDispatcher) -> None:
    router.add_get("/announcements", list_page)
    router.add_get("/announcements/new", compose_page)
    router.add_post("/announcements/new", compose_again)
    router.add_post("/announcements/preview", preview)
    router.add_post("/announcements/test", test_copy)
    router.add_post("/announcements/publish", publish)
    router.add_get(r"/announcements/{id:\d+}", announcement_page)
    router.add_get(r"/announcements/{id:\d+}/correct", correct_page)
    router.add_post(r"/announcements/{id:\d+}/correct", correct)
    router.add_get(r"/announcements/{id:\d+}/withdraw", withdraw_page)
    router.add_post(r"/announcements/{id:\d+}/withdraw", withdraw)
    router.add_get(r"/announcements/{id:\d+}/cancel", cancel_page)
    router.add_post(r"/announcements/{id:\d+}/cancel", cancel)
