"""Citizen proposals, the resident's side: write one (category, text, up to three photos, a
location), check the preview, send; follow "My proposals"; edit and resubmit when asked.

The draft (`ProposalDraft`) lives in the conversation state; "received" is said only once the
proposal is stored (the dispatcher commits before any reply is sent). The rules (daily limit,
categories, sending twice, who may resubmit what) are `storage.proposals`'.
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from enum import StrEnum
from typing import Any, Self
from zoneinfo import ZoneInfo

from bot.context import Context
from bot.flows import Draft, Flow
from bot.messages import Choice, shorten
from bot.proposal_notices import ProposalChoice, osm_link
from bot.routing import Router
from handlers.menu import Kept, keeps_draft_in, show_menu
from handlers.moderation import moderation_card
from handlers.places import ask_place, place_name
from storage import proposals, repos
from storage.models import Municipality, Proposal, ProposalEvent, ProposalStatus, Role

router = Router()

MIN_TEXT, MAX_TEXT = 20, 2000
MAX_PHOTOS = 3
LIST = 10


class Writing(StrEnum):
    CATEGORY = "proposal.category"
    TEXT = "proposal.text"
    PHOTOS = "proposal.photos"
    LOCATION = "proposal.location"
    PREVIEW = "proposal.preview"


FLOW = router.declare(
    Flow(
        "proposal",
        Writing,
        entries=(Writing.CATEGORY, Writing.TEXT),  # the text first: resubmitting after changes
        moves={
            Writing.CATEGORY: {Writing.TEXT: "picks a category"},
            Writing.TEXT: {
                Writing.PHOTOS: "types the text",
                Writing.PREVIEW: "types the text again (editing, resubmitting)",
            },
            Writing.PHOTOS: {Writing.LOCATION: "Done, Skip, or a third photo"},
            Writing.LOCATION: {Writing.PREVIEW: "sends a place, or Skip"},
            Writing.PREVIEW: {Writing.TEXT: "edit the text"},
            Kept.DRAFT: {state: "continues the draft kept aside by a command" for state in Writing},
        },
        title="Writing a proposal (Send or Cancel: the menu)",
    )
)

# Keys written by the version before typed drafts; a draft in progress at the upgrade still loads.
_OLD_KEYS = {"cat": "category", "loc": "location", "key": "draft_key", "resubmit": "resubmit_id",
             "ev": "event_id"}  # fmt: skip


@dataclass
class ProposalDraft(Draft):
    category: str | None = None
    text: str | None = None
    photos: list[str] = field(default_factory=list)  # platform file refs
    location: dict[str, float] | None = None  # {"lat": .., "lon": ..}
    draft_key: str | None = None  # the Send button carries it: a second tap sends nothing twice
    resubmit_id: int | None = None  # the proposal being edited after changes were asked for
    event_id: int | None = None  # raised at a consultation
    editing: bool = False  # the text typed next goes back to the preview

    @classmethod
    def load(cls, data: Mapping[str, Any]) -> Self:
        return super().load({_OLD_KEYS.get(key, key): value for key, value in data.items()})


def draft_of(ctx: Context) -> ProposalDraft:
    return ProposalDraft.load(ctx.data)


def status_label(ctx: Context, status: str) -> str:
    return ctx.t(f"proposal-status-{status}")


# --- entry ----------------------------------------------------------------------------------


@router.choice(ProposalChoice.prefix())
async def proposal_choice(ctx: Context) -> None:
    action, _, value = ctx.arg.partition(":")
    match action:
        case ProposalChoice.MENU:
            ctx.goto("menu")
            ctx.say(
                "proposals-title",
                [
                    ctx.choice(ProposalChoice.NEW.id(), "proposals-new"),
                    ctx.choice(ProposalChoice.MINE.id(), "proposals-mine"),
                    ctx.choice("menu:main", "back-to-menu"),
                ],
            )
        case ProposalChoice.NEW:
            await start_draft(ctx)
        case ProposalChoice.CATEGORY:
            await chose_category(ctx, value)
        case ProposalChoice.PHOTOS_DONE if ctx.state in (Writing.PHOTOS, Writing.LOCATION):
            ask_location(ctx)
        case ProposalChoice.NO_LOCATION if ctx.state in (Writing.LOCATION, Writing.PREVIEW):
            await show_preview(ctx)
        case ProposalChoice.SEND:
            await send(ctx, draft_key=value)
        case ProposalChoice.RETEXT if ctx.state in (Writing.PREVIEW, Writing.TEXT):
            ctx.move(Writing.TEXT, editing=True)
            ctx.say("proposal-write", min=MIN_TEXT, max=MAX_TEXT)
        case ProposalChoice.CANCEL:
            show_menu(ctx, "proposal-cancelled")
        case ProposalChoice.MINE:
            await list_mine(ctx)
        case ProposalChoice.SHOW if (number := repos.parse_id(value)) is not None:
            await show_one(ctx, number)
        case ProposalChoice.EDIT if (number := repos.parse_id(value)) is not None:
            await start_resubmission(ctx, number)
        case _:
            show_menu(ctx, "button-expired")


async def start_draft(ctx: Context, *, event_id: int | None = None) -> None:
    """A new proposal: its category first (`event_id`: raised at that consultation)."""
    municipality = await repos.municipality_by_id(ctx.session, id=ctx.resident.municipality_id)
    if municipality is None:
        await ask_place(ctx)
        return
    if await proposals.daily_limit_reached(
        ctx.session, resident_id=ctx.resident.id, now=ctx.now,
        per_day=ctx.settings.proposals_per_day,
    ):  # fmt: skip
        show_menu(ctx, "proposal-limit", count=ctx.settings.proposals_per_day)
        return
    ctx.goto(Writing.CATEGORY, **ProposalDraft(event_id=event_id).dump())
    ask_category(ctx, municipality)


def ask_category(ctx: Context, municipality: Municipality) -> None:
    ctx.say(
        "proposal-choose-category",
        [
            *(
                ctx.choice(ProposalChoice.CATEGORY.id(code), f"proposal-category-{code}")
                for code in proposals.categories_of(municipality)
            ),
            ctx.choice(ProposalChoice.CANCEL.id(), "proposal-cancel"),
        ],
    )


async def resume(ctx: Context) -> None:
    """Show the step of the draft again (after a command set it aside, or the terminal chat
    reopened)."""
    draft = draft_of(ctx)
    match ctx.state:
        case Writing.CATEGORY:
            municipality = await repos.municipality_by_id(
                ctx.session, id=ctx.resident.municipality_id
            )
            if municipality is None:
                await ask_place(ctx)
            else:
                ask_category(ctx, municipality)
        case Writing.TEXT:
            ctx.say("proposal-write", min=MIN_TEXT, max=MAX_TEXT)
        case Writing.PHOTOS:
            ask_photos(ctx, draft)
        case Writing.LOCATION:
            ask_location(ctx)
        case _:
            await show_preview(ctx, draft)


async def chose_category(ctx: Context, code: str) -> None:
    municipality = await repos.municipality_by_id(ctx.session, id=ctx.resident.municipality_id)
    if (
        ctx.state != Writing.CATEGORY
        or municipality is None
        or code not in proposals.categories_of(municipality)
    ):
        show_menu(ctx, "button-expired")
        return
    carried = draft_of(ctx).event_id  # raised at a consultation
    ctx.goto(Writing.TEXT, **ProposalDraft(category=code, event_id=carried).dump())
    ctx.say("proposal-write", min=MIN_TEXT, max=MAX_TEXT)


@router.state(Writing.TEXT, free_text=True, media=True)
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
    if not proposals.has_words(text):
        ctx.say("proposal-needs-words", min=proposals.MIN_LETTERS)
        return
    draft = draft_of(ctx)
    back_to_preview = draft.editing or draft.resubmit_id is not None
    draft.text, draft.editing = text, False
    if back_to_preview:
        await show_preview(ctx, draft)
    else:
        ask_photos(ctx, draft)


def ask_photos(ctx: Context, draft: ProposalDraft) -> None:
    ctx.goto(Writing.PHOTOS, **draft.dump())
    done = ctx.choice(ProposalChoice.PHOTOS_DONE.id(), "proposal-photos-done")
    if draft.photos:
        ctx.say("proposal-photo-saved", [done], count=len(draft.photos), max=MAX_PHOTOS)
    else:
        skip = ctx.choice(ProposalChoice.PHOTOS_DONE.id(), "proposal-skip")
        ctx.say("proposal-ask-photos", [skip], max=MAX_PHOTOS)


@router.state(Writing.PHOTOS, media=True)
async def proposal_photo(ctx: Context) -> None:
    draft = draft_of(ctx)
    media = ctx.incoming.media
    if media is None or media.kind != "photo":
        ask_photos(ctx, draft)  # text, a document or a place here: repeat what is asked
        return
    draft.photos = [*draft.photos, media.ref][:MAX_PHOTOS]
    ctx.took_media = True
    if len(draft.photos) >= MAX_PHOTOS:
        ctx.goto(Writing.PHOTOS, **draft.dump())
        ask_location(ctx)
    else:
        ask_photos(ctx, draft)


def ask_location(ctx: Context) -> None:
    ctx.move(Writing.LOCATION)
    ctx.say("proposal-ask-location", [ctx.choice(ProposalChoice.NO_LOCATION.id(), "proposal-skip")])


@router.state(Writing.LOCATION, media=True)
async def proposal_location(ctx: Context) -> None:
    if ctx.incoming.location is None:
        ask_location(ctx)
        return
    lat, lon = ctx.incoming.location
    draft = draft_of(ctx)
    draft.location = {"lat": round(lat, 6), "lon": round(lon, 6)}
    await show_preview(ctx, draft)


async def show_preview(ctx: Context, draft: ProposalDraft | None = None) -> None:
    draft = draft or draft_of(ctx)
    if draft.text is None or draft.category is None:
        show_menu(ctx, "button-expired")
        return
    municipality = await repos.municipality_by_id(ctx.session, id=ctx.resident.municipality_id)
    community = await repos.municipality_by_id(ctx.session, id=ctx.resident.community_id)
    if municipality is None:
        await ask_place(ctx)
        return
    draft.draft_key = draft.draft_key or secrets.token_hex(6)
    ctx.goto(Writing.PREVIEW, **draft.dump())
    ctx.say(
        "proposal-preview",
        [
            ctx.choice(ProposalChoice.SEND.id(draft.draft_key), "proposal-send"),
            ctx.choice(ProposalChoice.RETEXT.id(), "proposal-edit-text"),
            ctx.choice(ProposalChoice.CANCEL.id(), "proposal-cancel"),
        ],
        category=ctx.t(f"proposal-category-{draft.category}"),
        place=place_name(ctx, municipality, community),
        photos=len(draft.photos),
        location=osm_link(draft.location) if draft.location else "—",
        text=draft.text,
    )


async def send(ctx: Context, *, draft_key: str) -> None:
    """Store the proposal: once. Send pressed again (a second tap, an old keyboard, after a
    restart that lost our answer) or the same text sent again answers with the number given."""
    draft = draft_of(ctx)
    current = ctx.state == Writing.PREVIEW and draft.text is not None
    if not current or draft.category is None or (draft_key and draft_key != draft.draft_key):
        sent = await proposals.sent_before(
            ctx.session, resident_id=ctx.resident.id, draft_key=draft_key or None
        )
        if sent is not None:
            show_menu(ctx, "proposal-received", number=sent.number)
        else:
            show_menu(ctx, "button-expired")
        return
    assert draft.text is not None
    municipality = await repos.municipality_by_id(ctx.session, id=ctx.resident.municipality_id)
    if municipality is None:
        await ask_place(ctx)
        return
    try:
        if draft.resubmit_id is not None:
            proposal = await ctx.session.get(Proposal, draft.resubmit_id)
            if proposal is None:
                show_menu(ctx, "button-expired")
                return
            change = await proposals.resubmit(
                ctx.session, proposal, author=ctx.resident, text=draft.text,
                photos=draft.photos, location=draft.location, draft_key=draft.draft_key,
                now=ctx.now,
            )  # fmt: skip
        else:
            change = await proposals.submit(
                ctx.session, author=ctx.resident, municipality=municipality,
                community_id=ctx.resident.community_id, category=draft.category,
                text=draft.text, photos=draft.photos, location=draft.location,
                draft_key=draft.draft_key, event_id=draft.event_id, now=ctx.now,
                per_day=ctx.settings.proposals_per_day,
            )  # fmt: skip
    except proposals.AlreadySent as sent:
        assert sent.proposal is not None
        show_menu(ctx, "proposal-received", number=sent.proposal.number)
        return
    except proposals.DailyLimitReached:
        show_menu(ctx, "proposal-limit", count=ctx.settings.proposals_per_day)
        return
    except proposals.ProposalRuleError:  # not (or no longer) theirs to resubmit, a stale category
        show_menu(ctx, "button-expired")
        return
    await notify_moderators(ctx, change.proposal, municipality)
    show_menu(ctx, "proposal-received", number=change.proposal.number)


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


keeps_draft_in(Writing, what="draft-proposal", resume=resume)


# --- my proposals ---------------------------------------------------------------------------


async def list_mine(ctx: Context) -> None:
    rows = await proposals.of_resident(ctx.session, resident_id=ctx.resident.id, limit=LIST)
    ctx.goto("menu")
    if not rows:
        ctx.say(
            "proposals-none",
            [
                ctx.choice(ProposalChoice.NEW.id(), "proposals-new"),
                ctx.choice("menu:main", "back-to-menu"),
            ],
        )
        return
    window = undo_window(ctx)
    ctx.say(
        "proposals-mine-title",
        [
            *(
                Choice(
                    ProposalChoice.SHOW.id(p.id),
                    f"{p.number} · "
                    + status_label(ctx, proposals.status_for_author(p, now=ctx.now, window=window)),
                )
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
    window = undo_window(ctx)
    events = proposals.history_for_author(
        proposal,
        await proposals.history(ctx.session, proposal_id=proposal.id),
        now=ctx.now,
        window=window,
    )
    municipality = await repos.municipality_by_id(ctx.session, id=proposal.municipality_id)
    zone = ZoneInfo(municipality.timezone if municipality else "UTC")
    history = "\n".join(history_line(ctx, e, zone) for e in events if e.action in EVENTS_SHOWN)
    status = proposals.status_for_author(proposal, now=ctx.now, window=window)
    choices = []
    if status == proposal.status and proposals.resubmittable(proposal, author_id=ctx.resident.id):
        choices.append(ctx.choice(ProposalChoice.EDIT.id(proposal.id), "proposal-edit-resubmit"))
    choices += [
        ctx.choice(ProposalChoice.MINE.id(), "back"),
        ctx.choice("menu:main", "back-to-menu"),
    ]
    text = ctx.t(
        "proposal-details",
        number=proposal.number,
        status=status_label(ctx, status),
        category=ctx.t(f"proposal-category-{proposal.category}"),
        text=proposal.text,
        answer=proposal.answer or "—",
        history=history,
    )
    if status == proposal.status:  # the decision is final: say why, and what the moderator wrote
        why = []
        if proposal.reason:
            why.append(ctx.t("proposal-why", reason=ctx.t(f"reason-{proposal.reason}")))
        if proposal.note and status in (ProposalStatus.REJECTED, ProposalStatus.CHANGES):
            why.append(ctx.t("proposal-moderator-note", note=proposal.note))
        if why:
            text += "\n\n" + "\n".join(why)
    ctx.reply(text, choices)


def undo_window(ctx: Context) -> timedelta:
    return timedelta(minutes=ctx.settings.proposal_undo_minutes)


def history_line(ctx: Context, event: ProposalEvent, zone: ZoneInfo) -> str:
    """One event as the author reads it: when, what, and for a decision its reason and note."""
    when = ctx.t.when(event.created_at, zone)
    what = ctx.t(f"proposal-event-{event.action}")
    decision = event.action in (str(d) for d in proposals.DECISIONS)
    details = []
    if decision and event.reason:
        details.append(ctx.t(f"reason-{event.reason}"))
    if decision and event.note:
        details.append(f"“{shorten(event.note, NOTE_QUOTED)}”")
    if details:
        what = ctx.t("proposal-history-detail", what=what, details="; ".join(details))
    return ctx.t("proposal-history-line", when=when, what=what)


NOTE_QUOTED = 200  # characters of a moderator's note quoted in a history line


# Residents see their proposal's history, not the internal forwarding details.
EVENTS_SHOWN = (*proposals.Action, "forwarded")


async def start_resubmission(ctx: Context, proposal_id: int) -> None:
    proposal = await ctx.session.get(Proposal, proposal_id)
    if proposal is None or not proposals.resubmittable(proposal, author_id=ctx.resident.id):
        await list_mine(ctx)
        return
    draft = ProposalDraft(
        category=proposal.category,
        photos=list(proposal.photos),
        location=proposal.location,
        resubmit_id=proposal.id,
    )
    ctx.goto(Writing.TEXT, **draft.dump())
    ctx.say("proposal-rewrite", note=proposal.note or "—", min=MIN_TEXT, max=MAX_TEXT)
