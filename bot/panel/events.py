"""Consultations (events) for publishers: the list with answers and attendance, creating,
editing and cancelling through the chat's own path (`bot.event_notices`: invitations and
notices go through the outbox), and one event's page with its answers, waitlist, attendance,
feedback and a short summary ready to copy into a press release.

GET  /events                 upcoming and past events of the viewer's municipalities
GET  /events/new             the form; POST creates the event and queues the invitations
GET  /events/{id}            answers, waitlist, attendance, feedback, the summary
GET  /events/{id}/edit       the form; POST saves what changed (residents who answered hear it)
GET  /events/{id}/cancel     asks to confirm, saying how many will be told; POST cancels

Who may: publishers of the event's municipality (`Role.PUBLISHER`, as /event and /events in
chat); others get 403. Every change is in the audit trail.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from aiohttp import web
from multidict import MultiDictProxy
from sqlalchemy.ext.asyncio import AsyncSession

from bot import event_notices as notices
from bot.event_notices import Notices
from bot.i18n import Translator, localised
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
from storage import events as store
from storage import repos, staff
from storage.events import EventRuleError, NewEvent
from storage.models import AnswerStatus, Event, EventKind, EventStatus, Municipality, Role

log = logging.getLogger(__name__)

ROLE = Role.PUBLISHER  # who runs consultations, in chat and here
FORM_TIME = "%Y-%m-%dT%H:%M"  # <input type="datetime-local">
PROPOSALS_NAMED = 10  # proposals quoted in the summary (all are in `export --event`)
QUOTE = 200  # characters of a proposal quoted in the summary


async def publishes_in(session: AsyncSession, viewer: Viewer) -> list[Municipality]:
    return await municipalities_where(session, viewer, ROLE)


async def event_in_scope(
    session: AsyncSession, request: web.Request, viewer: Viewer
) -> tuple[Event, Municipality]:
    """The event of the path, if the viewer publishes for its municipality: 404 for an unknown
    id, 403 for another municipality's (as the chat refuses it)."""
    event = await repos.get_by_ref(session, Event, request.match_info["id"])
    if event is None:
        raise refusal(request, viewer, 404, "panel-not-found")
    municipality = await repos.municipality_by_id(session, id=event.municipality_id)
    if municipality is None or not await repos.has_role(
        session, resident=viewer.resident, role=ROLE, municipality_id=event.municipality_id
    ):
        raise refusal(request, viewer, 403, "panel-events-not-allowed")
    return event, municipality


def notices_for(panel: Panel, session: AsyncSession) -> Notices:
    return Notices(
        session, panel.delivery, panel.i18n, panel.settings.event_reminders, panel.clock()
    )


def local(moment: datetime, municipality: Municipality, pattern: str = "%d.%m.%Y %H:%M") -> str:
    return moment.astimezone(ZoneInfo(municipality.timezone)).strftime(pattern)


# --- the list ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Line:
    event: Event
    title: str
    when: str
    place: str
    counts: store.AnswerCounts


async def lines_of(
    session: AsyncSession, t: Translator, found: list[Event], places: Mapping[int, Municipality]
) -> list[Line]:
    counts = await store.answer_counts(session, event_ids=[e.id for e in found])
    return [
        Line(
            e,
            notices.title(e, t),
            t.when(e.starts_at, ZoneInfo(places[e.municipality_id].timezone)),
            places[e.municipality_id].name(t.chain),
            counts.get(e.id, store.AnswerCounts()),
        )
        for e in found
    ]


async def list_page(request: web.Request) -> web.Response:
    panel, viewer = request.config_dict[PANEL_KEY], viewer_of(request)
    now = panel.clock()
    async with panel.sessionmaker() as session:
        places = {m.id: m for m in await publishes_in(session, viewer)}
        if not places:
            raise refusal(request, viewer, 403, "panel-events-not-allowed")
        ids = list(places)
        upcoming = await store.publisher_events(session, municipality_ids=ids, now=now, past=False)
        past = await store.publisher_events(session, municipality_ids=ids, now=now, past=True)
        context: dict[str, Any] = {
            "upcoming": await lines_of(session, viewer.t, upcoming, places),
            "past": await lines_of(session, viewer.t, past, places),
            "done": request.query.get("done", ""),
        }
    return render(request, "events.html", viewer.t, **context)


# --- the form ---------------------------------------------------------------------------------


@dataclass
class EventForm:
    """What the create or edit form holds, as typed; `errors` names the fields refused (each
    with its message id)."""

    municipality: str = ""
    communities: list[str] = field(default_factory=list)
    kind: str = ""
    titles: dict[str, str] = field(default_factory=dict)
    texts: dict[str, str] = field(default_factory=dict)
    start: str = ""
    minutes: str = "90"
    link: str = ""
    place: str = ""
    capacity: str = ""
    errors: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, form: MultiDictProxy[Any], locales: tuple[str, ...]) -> EventForm:
        def text(name: str, limit: int = 2000) -> str:
            return str(form.get(name) or "").strip()[:limit]

        return cls(
            municipality=text("municipality", 20),
            communities=[str(c)[:20] for c in form.getall("community", [])][:200],
            kind=text("kind", 20),
            titles={code: text(f"title-{code}") for code in locales if text(f"title-{code}")},
            texts={code: text(f"text-{code}") for code in locales if text(f"text-{code}")},
            start=text("start", 20),
            minutes=text("minutes", 10),
            link=text("link", 600),
            place=" ".join(text("place", 400).split()),
            capacity=text("capacity", 10),
        )

    @classmethod
    def of_event(cls, event: Event, municipality: Municipality) -> EventForm:
        return cls(
            municipality=str(municipality.id),
            kind=event.kind,
            start=local(event.starts_at, municipality, FORM_TIME),
            minutes=str(event.duration_minutes),
            link=event.link or "",
            place=event.place or "",
            capacity=str(event.capacity or ""),
        )

    def refuse(self, name: str, message: str) -> None:
        self.errors.setdefault(name, message)

    def when(
        self, municipality: Municipality, now: datetime, kept: datetime | None = None
    ) -> datetime | None:
        try:
            naive = datetime.strptime(self.start, FORM_TIME)
        except ValueError:
            self.refuse("start", "panel-event-error-time")
            return None
        moment = naive.replace(tzinfo=ZoneInfo(municipality.timezone))
        if kept is not None and moment == kept:
            return moment  # unchanged (an event under way keeps its start)
        try:
            return store.check_start(moment, now=now)
        except store.TooSoon:
            self.refuse("start", "panel-event-error-too-soon")
            return None

    def check(self, name: str, message: str, rule: Callable[..., Any], *values: Any) -> None:
        """Refuse the field `name` with `message` where the domain's `rule` refuses `values`
        (raises `storage.events.InvalidDetail`)."""
        try:
            rule(*values)
        except store.InvalidDetail:
            self.refuse(name, message)

    def number(self, name: str, raw: str, check: Any, message: str) -> int | None:
        value = repos.parse_id(raw)
        try:
            if value is None:
                raise store.InvalidDetail(f"not a number: {raw[:20]!r}")
            return int(check(value))
        except store.InvalidDetail:
            self.refuse(name, message)
            return None

    def checked(
        self, municipality: Municipality, now: datetime, kept: datetime | None = None
    ) -> dict[str, Any]:
        """The values of `storage.events.edit`'s keywords, each checked by the domain's own
        checks (a refused one is in `errors`); empty link, place and seats: not given. `kept`:
        the start an edited event has (it need not lie ahead when unchanged)."""
        values: dict[str, Any] = {
            "starts_at": self.when(municipality, now, kept),
            "minutes": self.number(
                "minutes", self.minutes, store.check_minutes, "panel-event-error-minutes"
            ),
        }
        if self.link:
            if store.valid_link(self.link):
                values["link"] = self.link
            else:
                self.refuse("link", "panel-event-error-link")
        if self.place:
            try:
                values["place"] = store.check_text(self.place, store.MAX_PLACE)
            except store.InvalidDetail:
                self.refuse("place", "panel-event-error-place")
        if self.capacity:
            values["capacity"] = self.number(
                "capacity", self.capacity, store.check_capacity, "panel-event-error-capacity"
            )
        return values


async def form_context(
    session: AsyncSession, panel: Panel, viewer: Viewer, places: list[Municipality],
    form: EventForm,
) -> dict[str, Any]:  # fmt: skip
    t = viewer.t
    communities = [
        (m.id, c.code, c.name(t.chain))
        for m in places
        for c in await repos.list_municipalities(session, parent_id=m.id)
    ]
    # The viewer's language first: its fields are open, the others folded.
    codes = sorted(panel.i18n.locales, key=lambda code: code != t.locale)
    return {
        "form": form,
        "places": [(m.id, m.name(t.chain), m.timezone) for m in places],
        "communities": communities,
        "kinds": [k.value for k in EventKind],
        "languages": [(code, panel.i18n.self_name(code)) for code in codes],
        "max_title": store.MAX_TITLE,
        "max_text": store.MAX_TEXT,
        **limits(),
    }


class FormRefused(Exception):
    """The form goes back with what is wrong; the transaction is rolled back."""

    def __init__(self, response: web.Response) -> None:
        super().__init__("form refused")
        self.response = response


async def new_form(request: web.Request) -> web.Response:
    panel, viewer = request.config_dict[PANEL_KEY], viewer_of(request)
    async with panel.sessionmaker() as session:
        places = await publishes_in(session, viewer)
        if not places:
            raise refusal(request, viewer, 403, "panel-events-not-allowed")
        form = EventForm(municipality=str(places[0].id), kind=EventKind.SEMINAR.value)
        context = await form_context(session, panel, viewer, places, form)
    return render(request, "event_form.html", viewer.t, **context)


async def create(request: web.Request) -> web.StreamResponse:
    panel, viewer = request.config_dict[PANEL_KEY], viewer_of(request)
    form = EventForm.of(await request.post(), panel.i18n.locales)
    now = panel.clock()
    try:
        async with panel.write_turn, panel.sessionmaker.begin() as session:
            places = await publishes_in(session, viewer)
            municipality = next((m for m in places if str(m.id) == form.municipality), None)
            if municipality is None:  # none of theirs: no role, or a forged form
                raise refusal(request, viewer, 403, "panel-events-not-allowed")
            event, invited = await publish(session, panel, viewer, form, municipality, now)
            if event is None:
                context = await form_context(session, panel, viewer, places, form)
                raise FormRefused(
                    render(request, "event_form.html", viewer.t, http_status=400, **context)
                )
            staff.audit(
                session, resident=viewer.resident, action="event-create", now=now,
                detail=f"#{event.id} {notices.title(event, viewer.t)[:80]}",
            )  # fmt: skip
            event_id = event.id
    except FormRefused as refused:
        return refused.response
    panel.delivery.wake()
    raise web.HTTPSeeOther(f"{PREFIX}/events/{event_id}?invited={invited}")


async def publish(
    session: AsyncSession, panel: Panel, viewer: Viewer, form: EventForm,
    municipality: Municipality, now: datetime,
) -> tuple[Event | None, int]:  # fmt: skip
    """The event published with its invitations queued, or None with `form.errors` saying what
    is wrong."""
    new = await new_event(session, viewer, form, municipality, now)
    if new is None:
        return None, 0
    try:
        return await notices.publish(notices_for(panel, session), new, municipality)
    except store.TooSoon:
        form.refuse("start", "panel-event-error-too-soon")
    except EventRuleError:
        form.refuse("form", "panel-event-error-incomplete")
    return None, 0


async def new_event(
    session: AsyncSession, viewer: Viewer, form: EventForm, municipality: Municipality,
    now: datetime,
) -> NewEvent | None:  # fmt: skip
    """The event the form describes, or None with `form.errors` saying what is wrong."""
    # The domain's own rules (storage.events), each refusal on its field of the form.
    form.check("form", "panel-event-error-incomplete", store.check_kind, form.kind)  # a select
    form.check("titles", "panel-event-error-text", store.check_texts, form.titles, form.texts)
    children = await repos.list_municipalities(session, parent_id=municipality.id)
    ours = {c.code: c.id for c in children}
    communities = tuple(ours[code] for code in form.communities if code in ours)
    values = form.checked(municipality, now)
    if "link" not in form.errors and "place" not in form.errors:  # else that field says why
        form.check(
            "place", "panel-event-error-where", store.check_where,
            values.get("link"), values.get("place"), None,
        )  # fmt: skip
    if form.errors:
        return None
    return NewEvent(
        municipality_id=municipality.id, kind=form.kind, titles=form.titles,
        descriptions=form.texts, starts_at=values["starts_at"],
        duration_minutes=values["minutes"], community_ids=communities,
        link=values.get("link"), place=values.get("place"), capacity=values.get("capacity"),
        author_id=viewer.resident.id,
    )  # fmt: skip


# --- editing and cancelling -------------------------------------------------------------------


async def edit_form(request: web.Request) -> web.Response:
    panel, viewer = request.config_dict[PANEL_KEY], viewer_of(request)
    async with panel.sessionmaker() as session:
        event, municipality = await event_in_scope(session, request, viewer)
        if not store.editable(event, panel.clock()):
            raise web.HTTPSeeOther(f"{PREFIX}/events/{event.id}?closed=1")
        form = EventForm.of_event(event, municipality)
        context = event_head(event, municipality, viewer.t)
    return render(request, "event_edit.html", viewer.t, form=form, **context, **limits())


def limits() -> dict[str, int]:
    return {
        "max_place": store.MAX_PLACE, "max_link": store.MAX_LINK,
        "min_minutes": store.MIN_MINUTES, "max_minutes": store.MAX_MINUTES,
        "max_capacity": store.MAX_CAPACITY,
    }  # fmt: skip


async def save(request: web.Request) -> web.StreamResponse:
    panel, viewer = request.config_dict[PANEL_KEY], viewer_of(request)
    form = EventForm.of(await request.post(), panel.i18n.locales)
    now = panel.clock()
    try:
        async with panel.write_turn, panel.sessionmaker.begin() as session:
            event, municipality = await event_in_scope(session, request, viewer)
            event_id = event.id
            values = notices.edit_values(
                event, form.checked(municipality, now, kept=event.starts_at)
            )
            if not form.errors and not values:
                form.refuse("form", "panel-event-error-nothing")
            told = 0
            if not form.errors:
                try:
                    change, told = await notices.edit(
                        notices_for(panel, session), event.id, municipality, **values
                    )
                except (store.EventClosed, store.ForbiddenChange):
                    raise web.HTTPSeeOther(f"{PREFIX}/events/{event_id}?closed=1") from None
                except EventRuleError:
                    form.refuse("form", "panel-event-error-incomplete")
                else:
                    staff.audit(
                        session, resident=viewer.resident, action="event-edit", now=now,
                        detail=f"#{event_id} " + ", ".join(change.fields),
                    )  # fmt: skip
            if form.errors:
                context = event_head(event, municipality, viewer.t)
                raise FormRefused(
                    render(request, "event_edit.html", viewer.t, http_status=400, form=form,
                           **context, **limits())
                )  # fmt: skip
    except FormRefused as refused:
        return refused.response
    panel.delivery.wake()
    raise web.HTTPSeeOther(f"{PREFIX}/events/{event_id}?saved={told}")


async def cancel_form(request: web.Request) -> web.Response:
    panel, viewer = request.config_dict[PANEL_KEY], viewer_of(request)
    async with panel.sessionmaker() as session:
        event, municipality = await event_in_scope(session, request, viewer)
        if not store.editable(event, panel.clock()):
            raise web.HTTPSeeOther(f"{PREFIX}/events/{event.id}?closed=1")
        count = await notices.told_on_cancel(session, event)
        context = event_head(event, municipality, viewer.t)
    return render(request, "event_cancel.html", viewer.t, count=count, **context)


async def cancel(request: web.Request) -> web.StreamResponse:
    panel, viewer = request.config_dict[PANEL_KEY], viewer_of(request)
    now = panel.clock()
    async with panel.write_turn, panel.sessionmaker.begin() as session:
        event, municipality = await event_in_scope(session, request, viewer)
        try:
            _, told = await notices.cancel(notices_for(panel, session), event.id, municipality)
        except EventRuleError:  # cancelled by someone else a moment ago, or over
            raise web.HTTPSeeOther(f"{PREFIX}/events/{event.id}?closed=1") from None
        staff.audit(
            session, resident=viewer.resident, action="event-cancel", now=now,
            detail=f"#{event.id} {notices.title(event, viewer.t)[:80]}",
        )  # fmt: skip
        event_id = event.id
    panel.delivery.wake()
    raise web.HTTPSeeOther(f"{PREFIX}/events/{event_id}?cancelled={told}")


# --- one event ----------------------------------------------------------------------------------


def event_head(event: Event, municipality: Municipality, t: Translator) -> dict[str, Any]:
    return {
        "event": event,
        "title": notices.title(event, t),
        "kind": t(f"event-kind-{event.kind}"),
        "when": notices.when(event, municipality, t),
        "where": notices.where(event, t),
        "municipality": municipality.name(t.chain),
    }


async def event_page(request: web.Request) -> web.Response:
    panel, viewer = request.config_dict[PANEL_KEY], viewer_of(request)
    t, now = viewer.t, panel.clock()
    async with panel.sessionmaker() as session:
        event, municipality = await event_in_scope(session, request, viewer)
        figures = await store.figures(session, event_id=event.id, comments=50)
        answers = await store.all_answers(session, event_id=event.id)
        raised, raised_total = await store.proposals_raised(
            session, event_id=event.id, limit=PROPOSALS_NAMED
        )
        communities = [
            c.name(t.chain)
            for c in await repos.list_municipalities(session, parent_id=municipality.id)
            if c.id in (event.community_ids or [])
        ]
    rows = [
        {
            "name": resident.display_name or resident.ref,
            "answer": answer.status,
            "answered": t.when(answer.answered_at, ZoneInfo(municipality.timezone)),
            "present": answer.attended_at is not None,
            "by_checkin": answer.attendance_by == "checkin",
            "score": answer.feedback_score,
        }
        for resident, answer in answers
    ]
    summary = press_summary(
        event, municipality, t, figures, [p.text for p in raised], raised_total, now
    )
    q = request.query
    return render(
        request, "event.html", t, **event_head(event, municipality, t),
        figures=figures, rows=rows,
        waitlist=[r for r in rows if r["answer"] == AnswerStatus.WAITLIST],
        attended=[r for r in rows if r["present"]],
        communities=communities, editable=store.editable(event, now),
        duration=event.duration_minutes, summary=summary,
        average=average_text(figures.average, t),
        invited=q.get("invited"), saved=q.get("saved"), cancelled=q.get("cancelled"),
        closed=bool(q.get("closed")),
    )  # fmt: skip


def average_text(average: float | None, t: Translator) -> str:
    if average is None:
        return "—"
    return f"{average:.1f}".replace(".", "," if t.locale in DECIMAL_COMMA else ".")


# Locales that write 4,5 (CLDR's decimal separator for these languages).
DECIMAL_COMMA = frozenset({"ru", "az", "kk", "ky", "uz", "tg", "tk", "hy"})


def press_summary(
    event: Event, municipality: Municipality, t: Translator, figures: store.EventFigures,
    proposals: list[str], total: int, now: datetime,
) -> str:  # fmt: skip
    """A short text about the event in the reader's language, to copy into a press release:
    what, when and where; once held, who came, the proposals raised and the feedback."""
    head = {
        "kind": t(f"event-kind-{event.kind}"), "title": notices.title(event, t),
        "when": notices.when(event, municipality, t), "municipality": municipality.name(t.chain),
    }  # fmt: skip
    if event.status == EventStatus.CANCELLED:
        return t("panel-summary-cancelled", **head)
    if event.starts_at > now:
        planned = t("panel-summary-planned", **head, where=plain_where(event, t))
        return planned + "\n\n" + localised(event.descriptions, t.chain)
    parts = [
        t("panel-summary-held", **head, where=plain_where(event, t)),
        localised(event.descriptions, t.chain),
        t("panel-summary-people", count=figures.attended, going=figures.going),
    ]
    if total:
        quoted = "\n".join(f"• {' '.join(text.split())[:QUOTE]}" for text in proposals)
        parts.append(t("panel-summary-proposals", count=total) + "\n" + quoted)
    else:
        parts.append(t("panel-summary-no-proposals"))
    if figures.feedback:
        parts.append(
            t("panel-summary-feedback", count=figures.feedback,
              average=average_text(figures.average, t))
        )  # fmt: skip
    return "\n\n".join(parts)


def plain_where(event: Event, t: Translator) -> str:
    """Where, in words (no map link): the place, online, or both."""
    if event.place and event.link:
        return t("panel-summary-where-both", place=event.place)
    if event.place:
        return event.place
    return t("panel-summary-where-online")


def add_routes(router: web.UrlDispatcher) -> None:
    router.add_get("/events", list_page)
    router.add_get("/events/new", new_form)
    router.add_post("/events/new", create)
    router.add_get("/events/{id}", event_page)
    router.add_get("/events/{id}/edit", edit_form)
    router.add_post("/events/{id}/edit", save)
    router.add_get("/events/{id}/cancel", cancel_form)
    router.add_post("/events/{id}/cancel", cancel)
