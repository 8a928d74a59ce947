"""Citizen proposals, the resident's side: write one (category, text, up to three photos, a
location), check the preview, send; follow "My proposals"; edit and resubmit when asked.

The draft lives in the conversation state; "received" is said only once the proposal is stored
(the dispatcher commits before any reply is sent).
"""

from __future__ import annotations

import secrets
from datetime import timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select

from bot.context import Context
from bot.messages import Choice
from bot.proposal_notices import audit, categories_of, osm_link
from bot.routing import Router
from handlers.menu import show_menu
from handlers.moderation import moderation_card
from handlers.places import ask_place, place_name
from storage import repos
from storage.models import (
    Event,
    Municipality,
    Proposal,
    ProposalEvent,
    ProposalStatus,
    Role,
)

router = Router()

MIN_TEXT, MAX_TEXT = 20, 2000
MAX_PHOTOS = 3
LIST = 10


def status_label(ctx: Context, status: str) -> str:
    return ctx.t(f"proposal-status-{status}")


# --- entry ----------------------------------------------------------------------------------


@router.choice("prop")
async def proposals(ctx: Context) -> None:
    action, _, value = ctx.arg.partition(":")
    match action:
        case "menu":
            ctx.goto("menu")
            ctx.say(
                "proposals-title",
                [
                    ctx.choice("prop:new", "proposals-new"),
                    ctx.choice("prop:mine", "proposals-mine"),
                    ctx.choice("menu:main", "back-to-menu"),
                ],
            )
        case "new":
            await start_draft(ctx)
        case "cat":
            await chose_category(ctx, value)
        case "photos":  # "Done" or "Skip" on the photos step
            ask_location(ctx)
        case "noloc":
            await show_preview(ctx)
        case "send":
            await submit(ctx, draft_key=value)
        case "retext":
            ctx.resident.state.name = "proposal.text"
            ctx.resident.state.data = {**ctx.data, "editing": True}
            ctx.say("proposal-write", min=MIN_TEXT, max=MAX_TEXT)
        case "cancel":
            show_menu(ctx, "proposal-cancelled")
        case "mine":
            await list_mine(ctx)
        case "show" if (number := repos.parse_id(value)) is not None:
            await show_one(ctx, number)
        case "edit" if (number := repos.parse_id(value)) is not None:
            await start_resubmission(ctx, number)
        case _:
            show_menu(ctx, "button-expired")


async def start_draft(ctx: Context) -> None:
    municipality = await repos.municipality_by_id(ctx.session, id=ctx.resident.municipality_id)
    if municipality is None:
        await ask_place(ctx)
        return
    sent_today = await repos.proposals_since(
        ctx.session, resident_id=ctx.resident.id, since=ctx.now - timedelta(days=1)
    )
    if sent_today >= ctx.settings.proposals_per_day:
        show_menu(ctx, "proposal-limit", count=ctx.settings.proposals_per_day)
        return
    ctx.goto("proposal.category")
    ctx.say(
        "proposal-choose-category",
        [
            *(
                ctx.choice(f"prop:cat:{code}", f"proposal-category-{code}")
                for code in categories_of(municipality)
            ),
            ctx.choice("prop:cancel", "proposal-cancel"),
        ],
    )


async def chose_category(ctx: Context, code: str) -> None:
    municipality = await repos.municipality_by_id(ctx.session, id=ctx.resident.municipality_id)
    if (
        ctx.state != "proposal.category"
        or municipality is None
        or code not in categories_of(municipality)
    ):
        show_menu(ctx, "button-expired")
        return
    carried = {"ev": ctx.data["ev"]} if "ev" in ctx.data else {}  # raised at a consultation
    ctx.goto("proposal.text", cat=code, photos=[], **carried)
    ctx.say("proposal-write", min=MIN_TEXT, max=MAX_TEXT)


@router.state("proposal.text", free_text=True, media=True)
async def proposal_text(ctx: Context) -> None:
    text = (ctx.incoming.text or "").strip()
    if ctx.incoming.text is None:  # a photo or place before the text: ask for the text first
        ctx.say("proposal-text-first", min=MIN_TEXT, max=MAX_TEXT)
        return
    if len(text) < MIN_TEXT:
        ctx.say("proposal-too-short", length=len(text), min=MIN_TEXT)
        return
    if len(text) > MAX_TEXT:
        ctx.say("proposal-too-long", length=len(text), max=MAX_TEXT)
        return
    editing = ctx.data.get("editing") or ctx.data.get("resubmit")
    ctx.resident.state.data = {**ctx.data, "text": text, "editing": False}
    if editing:
        await show_preview(ctx)
    else:
        ask_photos(ctx)


def ask_photos(ctx: Context) -> None:
    photos = ctx.data.get("photos", [])
    ctx.resident.state.name = "proposal.photos"
    if photos:
        ctx.say(
            "proposal-photo-saved",
            [ctx.choice("prop:photos", "proposal-photos-done")],
            count=len(photos),
            max=MAX_PHOTOS,
        )
    else:
        ctx.say("proposal-ask-photos", [ctx.choice("prop:photos", "proposal-skip")], max=MAX_PHOTOS)


@router.state("proposal.photos", media=True)
async def proposal_photo(ctx: Context) -> None:
    media = ctx.incoming.media
    if media is None or media.kind != "photo":
        ask_photos(ctx)  # text, a document or a place here: repeat what is asked
        return
    photos = [*ctx.data.get("photos", []), media.ref][:MAX_PHOTOS]
    ctx.resident.state.data = {**ctx.data, "photos": photos}
    if len(photos) >= MAX_PHOTOS:
        ask_location(ctx)
    else:
        ask_photos(ctx)


def ask_location(ctx: Context) -> None:
    ctx.resident.state.name = "proposal.location"
    ctx.say("proposal-ask-location", [ctx.choice("prop:noloc", "proposal-skip")])


@router.state("proposal.location", media=True)
async def proposal_location(ctx: Context) -> None:
    if ctx.incoming.location is None:
        ask_location(ctx)
        return
    lat, lon = ctx.incoming.location
    ctx.resident.state.data = {**ctx.data, "loc": {"lat": round(lat, 6), "lon": round(lon, 6)}}
    await show_preview(ctx)


async def show_preview(ctx: Context) -> None:
    if "text" not in ctx.data or "cat" not in ctx.data:
        show_menu(ctx, "button-expired")
        return
    municipality = await repos.municipality_by_id(ctx.session, id=ctx.resident.municipality_id)
    community = await repos.municipality_by_id(ctx.session, id=ctx.resident.community_id)
    if municipality is None:
        await ask_place(ctx)
        return
    ctx.resident.state.name = "proposal.preview"
    ctx.resident.state.data = {**ctx.data, "key": ctx.data.get("key") or secrets.token_hex(6)}
    location = ctx.data.get("loc")
    ctx.say(
        "proposal-preview",
        [
            ctx.choice(f"prop:send:{ctx.data['key']}", "proposal-send"),
            ctx.choice("prop:retext", "proposal-edit-text"),
            ctx.choice("prop:cancel", "proposal-cancel"),
        ],
        category=ctx.t(f"proposal-category-{ctx.data['cat']}"),
        place=place_name(ctx, municipality, community),
        photos=len(ctx.data.get("photos", [])),
        location=osm_link(location) if location else "—",
        text=ctx.data["text"],
    )


async def submit(ctx: Context, *, draft_key: str) -> None:
    """Store the proposal: once. Send pressed again (a second tap, an old keyboard, after a
    restart that lost our answer) or the same text sent again answers with the number given."""
    current = ctx.state == "proposal.preview" and "text" in ctx.data
    if not current or (draft_key and draft_key != ctx.data.get("key")):
        sent = await repos.proposal_sent_before(
            ctx.session, resident_id=ctx.resident.id, draft_key=draft_key or None
        )
        if sent is not None:
            show_menu(ctx, "proposal-received", number=sent.number)
        else:
            show_menu(ctx, "button-expired")
        return
    municipality = await repos.municipality_by_id(ctx.session, id=ctx.resident.municipality_id)
    if municipality is None:
        await ask_place(ctx)
        return
    now = ctx.now
    resubmit = ctx.data.get("resubmit")
    if resubmit:
        proposal = await ctx.session.get(Proposal, int(resubmit))
        if (
            proposal is None
            or proposal.resident_id != ctx.resident.id
            or proposal.status != ProposalStatus.CHANGES
        ):
            show_menu(ctx, "button-expired")
            return
        proposal.text, proposal.photos = ctx.data["text"], list(ctx.data.get("photos", []))
        proposal.location = ctx.data.get("loc")
        proposal.status, proposal.submitted_at = ProposalStatus.PENDING, now
        proposal.reason = proposal.note = None
        audit(ctx.session, proposal, actor=ctx.resident.ref, action="resubmitted")
        proposal.draft_key = ctx.data.get("key")
    elif sent := await repos.proposal_sent_before(
        ctx.session, resident_id=ctx.resident.id, draft_key=ctx.data.get("key"),
        text=ctx.data["text"], since=now - timedelta(days=1),
    ):  # fmt: skip
        show_menu(ctx, "proposal-received", number=sent.number)
        return
    else:
        proposal = Proposal(
            draft_key=ctx.data.get("key"),
            number=await repos.next_proposal_number(
                ctx.session, municipality=municipality, now=ctx.now
            ),
            municipality_id=municipality.id,
            community_id=ctx.resident.community_id,
            resident_id=ctx.resident.id,
            category=ctx.data["cat"],
            text=ctx.data["text"],
            photos=list(ctx.data.get("photos", [])),
            location=ctx.data.get("loc"),
            event_id=await consultation_of(ctx),
            status=ProposalStatus.PENDING,
            created_at=now,
            submitted_at=now,
        )
        ctx.session.add(proposal)
        await ctx.session.flush()
        audit(ctx.session, proposal, actor=ctx.resident.ref, action="submitted")
    await notify_moderators(ctx, proposal, municipality)
    show_menu(ctx, "proposal-received", number=proposal.number)


async def consultation_of(ctx: Context) -> int | None:
    """The event a proposal was raised at, if it still exists (it may have been deleted)."""
    event_id = ctx.data.get("ev")
    if event_id is None or await ctx.session.get(Event, int(event_id)) is None:
        return None
    return int(event_id)


async def notify_moderators(ctx: Context, proposal: Proposal, municipality: Municipality) -> None:
    """The moderation card, to each moderator privately and to the moderation group."""
    if ctx.delivery is None:
        return
    for moderator in await repos.staff_of(
        ctx.session, municipality_id=municipality.id, role=Role.MODERATOR
    ):
        card = await moderation_card(ctx, proposal, municipality, moderator.locale)
        ctx.delivery.enqueue_message(ctx.session, resident=moderator, reply=card)
    if municipality.moderation_chat:
        locale = ctx.resident.locale
        card = await moderation_card(ctx, proposal, municipality, locale)
        ctx.delivery.enqueue_to_chat(
            ctx.session, channel="telegram", chat_ref=municipality.moderation_chat, reply=card,
            locale=locale,
        )  # fmt: skip
    ctx.queued = True


# --- my proposals ---------------------------------------------------------------------------


async def list_mine(ctx: Context) -> None:
    rows = list(
        await ctx.session.scalars(
            select(Proposal)
            .where(Proposal.resident_id == ctx.resident.id)
            .order_by(Proposal.id.desc())
            .limit(LIST)
        )
    )
    if not rows:
        ctx.goto("menu")
        ctx.say(
            "proposals-none",
            [ctx.choice("prop:new", "proposals-new"), ctx.choice("menu:main", "back-to-menu")],
        )
        return
    ctx.goto("menu")
    ctx.say(
        "proposals-mine-title",
        [
            *(
                Choice(f"prop:show:{p.id}", f"{p.number} · {status_label(ctx, p.status)}")
                for p in rows
            ),
            ctx.choice("menu:main", "back-to-menu"),
        ],
    )


async def show_one(ctx: Context, proposal_id: int) -> None:
    proposal = await ctx.session.get(Proposal, proposal_id)
    if proposal is None or proposal.resident_id != ctx.resident.id:
        await list_mine(ctx)
        return
    events = list(
        await ctx.session.scalars(
            select(ProposalEvent)
            .where(ProposalEvent.proposal_id == proposal.id)
            .order_by(ProposalEvent.id)
        )
    )
    municipality = await repos.municipality_by_id(ctx.session, id=proposal.municipality_id)
    zone = municipality.timezone if municipality else "UTC"
    history = "\n".join(
        ctx.t(
            "proposal-history-line",
            when=e.created_at.astimezone(ZoneInfo(zone)).strftime("%d.%m.%Y %H:%M"),
            what=ctx.t(f"proposal-event-{e.action}"),
        )
        for e in events
        if e.action in EVENTS_SHOWN
    )
    choices = []
    if proposal.status == ProposalStatus.CHANGES:
        choices.append(ctx.choice(f"prop:edit:{proposal.id}", "proposal-edit-resubmit"))
    choices += [ctx.choice("prop:mine", "back"), ctx.choice("menu:main", "back-to-menu")]
    ctx.say(
        "proposal-details",
        choices,
        number=proposal.number,
        status=status_label(ctx, proposal.status),
        category=ctx.t(f"proposal-category-{proposal.category}"),
        text=proposal.text,
        answer=proposal.answer or "—",
        history=history,
    )


# Residents see their proposal's history, not the internal forwarding details.
EVENTS_SHOWN = (
    "submitted", "resubmitted", "approved", "rejected", "changes", "duplicate", "undone",
    "forwarded", "answered", "done",
)  # fmt: skip


async def start_resubmission(ctx: Context, proposal_id: int) -> None:
    proposal = await ctx.session.get(Proposal, proposal_id)
    if (
        proposal is None
        or proposal.resident_id != ctx.resident.id
        or proposal.status != ProposalStatus.CHANGES
    ):
        await list_mine(ctx)
        return
    ctx.goto(
        "proposal.text",
        cat=proposal.category,
        photos=list(proposal.photos),
        loc=proposal.location,
        resubmit=proposal.id,
    )
    ctx.say("proposal-rewrite", note=proposal.note or "—", min=MIN_TEXT, max=MAX_TEXT)
