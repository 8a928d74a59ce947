"""Citizen proposals, the staff's side: moderators decide (approve, reject with a reason, ask for
changes, mark a duplicate; undo within a window), `/queue` lists what waits; authority staff
answer approved proposals or mark them done.

Every decision is one conditional UPDATE (`... WHERE status = 'pending'`), so of two moderators
deciding at once exactly one wins and the other is told who decided. Nothing reaches the
resident (or the authority) before the undo window is over: their notice waits in the outbox
under the proposal's topic, and the forwarder releases approved proposals only after the window.
In group chats buttons open the private chat (see bot/messages.py), where roles are checked.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import update

from bot.context import Context
from bot.messages import Choice, Reply
from bot.proposal_notices import (
    REASONS,
    answerable,
    audit,
    notify_resident,
    osm_link,
    record_answer,
    topic,
)
from bot.routing import Router
from handlers.menu import show_menu
from storage import repos
from storage.models import Municipality, Proposal, ProposalStatus, Resident, Role

router = Router()

NOTE_MAX = 1000
ANSWER_MAX = 3500


async def moderation_card(
    ctx: Context, proposal: Proposal, municipality: Municipality, locale: str
) -> Reply:
    """What moderators see: plain text (no parse mode, so whatever a resident typed is shown
    as typed), the first photo, and the decision buttons."""
    t = ctx.i18n.translator(locale)
    community = await repos.municipality_by_id(ctx.session, id=proposal.community_id)
    place = municipality.name(t.chain) + (f", {community.name(t.chain)}" if community else "")
    text = t(
        "moderation-card",
        number=proposal.number,
        category=t(f"proposal-category-{proposal.category}"),
        place=place,
        text=proposal.text,
        photos=len(proposal.photos),
        location=osm_link(proposal.location) if proposal.location else "—",
    )
    choices = (
        Choice(f"mod:ok:{proposal.id}", t("moderation-approve")),
        Choice(f"mod:no:{proposal.id}", t("moderation-reject")),
        Choice(f"mod:chg:{proposal.id}", t("moderation-changes")),
        Choice(f"mod:dup:{proposal.id}", t("moderation-duplicate")),
    )
    media = {"kind": "photo", "ref": str(proposal.photos[0])} if proposal.photos else None
    return Reply(text, choices, media)


async def proposal_for_staff(
    ctx: Context, raw_id: str, role: Role, refusal: str
) -> Proposal | None:
    """The proposal, if this resident holds `role` for its municipality; else say `refusal`
    and return None, changing nothing (forged or stale buttons end here)."""
    proposal = await repos.get_by_ref(ctx.session, Proposal, raw_id)
    if proposal is None or not await repos.has_role(
        ctx.session, resident=ctx.resident, role=role, municipality_id=proposal.municipality_id
    ):
        show_menu(ctx, refusal)
        return None
    return proposal


async def moderated(ctx: Context, raw_id: str) -> Proposal | None:
    return await proposal_for_staff(ctx, raw_id, Role.MODERATOR, "moderation-not-allowed")


@router.choice("mod")
async def moderate(ctx: Context) -> None:
    action, _, rest = ctx.arg.partition(":")
    raw_id, _, value = rest.partition(":")
    proposal = await moderated(ctx, raw_id)
    if proposal is None:
        return
    if action == "undo":
        await undo(ctx, proposal)
        return
    if proposal.status != ProposalStatus.PENDING:
        await already_decided(ctx, proposal)
        return
    match action:
        case "ok":
            await decide(ctx, proposal, ProposalStatus.APPROVED)
        case "no":
            ctx.goto("moderation")
            ctx.say(
                "moderation-choose-reason",
                [
                    Choice(f"mod:why:{proposal.id}:{code}", ctx.t(f"reason-{code}"))
                    for code in REASONS
                ],
                number=proposal.number,
            )
        case "why" if value in REASONS:
            ctx.goto(
                "moderation.note", id=proposal.id, status=ProposalStatus.REJECTED, reason=value
            )
            ctx.say(
                "moderation-add-note", [ctx.choice(f"mod:skip:{proposal.id}", "moderation-no-note")]
            )
        case "skip" if ctx.state == "moderation.note" and ctx.data.get("id") == proposal.id:
            await decide(ctx, proposal, ctx.data["status"], reason=ctx.data.get("reason"))
        case "chg":
            ctx.goto("moderation.note", id=proposal.id, status=ProposalStatus.CHANGES)
            ctx.say("moderation-what-to-change", number=proposal.number, max=NOTE_MAX)
        case "dup":
            ctx.goto("moderation.duplicate", id=proposal.id)
            ctx.say("moderation-which-original", number=proposal.number)
        case _:
            show_menu(ctx, "button-expired")


@router.state("moderation.note", free_text=True)
async def moderation_note(ctx: Context) -> None:
    proposal = await moderated(ctx, str(ctx.data.get("id", "")))
    if proposal is None:
        return
    note = (ctx.incoming.text or "").strip()
    if not note or len(note) > NOTE_MAX:
        ctx.say("moderation-note-length", max=NOTE_MAX)
        return
    await decide(ctx, proposal, ctx.data["status"], reason=ctx.data.get("reason"), note=note)


@router.state("moderation.duplicate", free_text=True)
async def moderation_duplicate(ctx: Context) -> None:
    proposal = await moderated(ctx, str(ctx.data.get("id", "")))
    if proposal is None:
        return
    original = await repos.proposal_by_number(ctx.session, number=ctx.incoming.text or "")
    if (
        original is None
        or original.id == proposal.id
        or original.municipality_id != proposal.municipality_id
    ):
        ctx.say("moderation-original-not-found", number=proposal.number)
        return
    await decide(ctx, proposal, ProposalStatus.DUPLICATE, duplicate_of=original)


async def decide(
    ctx: Context,
    proposal: Proposal,
    status: str,
    *,
    reason: str | None = None,
    note: str | None = None,
    duplicate_of: Proposal | None = None,
) -> None:
    now = ctx.now
    won = await ctx.session.execute(
        update(Proposal)
        .where(Proposal.id == proposal.id, Proposal.status == ProposalStatus.PENDING)
        .values(
            status=status,
            reason=reason,
            note=note,
            decided_by_id=ctx.resident.id,
            decided_at=now,
            duplicate_of_id=duplicate_of.id if duplicate_of else None,
        )
        .execution_options(synchronize_session=False)
    )
    await ctx.session.refresh(proposal)
    if won.rowcount != 1:  # type: ignore[attr-defined]
        await already_decided(ctx, proposal)
        return
    action = {ProposalStatus.CHANGES: "changes"}.get(ProposalStatus(status), str(status))
    audit(ctx.session, proposal, actor=ctx.resident.ref, action=action, reason=reason, note=note)
    window = timedelta(minutes=ctx.settings.proposal_undo_minutes)
    if status != ProposalStatus.APPROVED and ctx.delivery is not None:
        # Approved proposals are announced by the forwarder when it releases them.
        await notify_resident(
            ctx.session, proposal=proposal, delivery=ctx.delivery, i18n=ctx.i18n,
            not_before=now + window,
        )  # fmt: skip
    ctx.goto("menu")
    ctx.say(
        "moderation-decided",
        [ctx.choice(f"mod:undo:{proposal.id}", "moderation-undo")],
        number=proposal.number,
        status=ctx.t(f"proposal-status-{status}"),
        minutes=ctx.settings.proposal_undo_minutes,
    )


async def already_decided(ctx: Context, proposal: Proposal) -> None:
    decider = (
        await ctx.session.get(Resident, proposal.decided_by_id) if proposal.decided_by_id else None
    )
    show_menu(
        ctx,
        "moderation-already-decided",
        number=proposal.number,
        status=ctx.t(f"proposal-status-{proposal.status}"),
        who=(decider.display_name or decider.ref) if decider else "—",
    )


async def undo(ctx: Context, proposal: Proposal) -> None:
    window = timedelta(minutes=ctx.settings.proposal_undo_minutes)
    decided = proposal.decided_at
    if (
        proposal.status == ProposalStatus.PENDING
        or decided is None
        or proposal.forwarded_at is not None
        or ctx.now > decided + window
    ):
        show_menu(ctx, "moderation-too-late", number=proposal.number)
        return
    # Conditional, like a decision: a release by the forwarder at this very moment wins.
    taken_back = await ctx.session.execute(
        update(Proposal)
        .where(
            Proposal.id == proposal.id,
            Proposal.status == proposal.status,
            Proposal.forwarded_at.is_(None),
        )
        .values(
            status=ProposalStatus.PENDING,
            reason=None,
            note=None,
            duplicate_of_id=None,
            decided_by_id=None,
            decided_at=None,
        )
        .execution_options(synchronize_session=False)
    )
    await ctx.session.refresh(proposal)
    if taken_back.rowcount != 1:  # type: ignore[attr-defined]
        show_menu(ctx, "moderation-too-late", number=proposal.number)
        return
    audit(ctx.session, proposal, actor=ctx.resident.ref, action="undone")
    if ctx.delivery is not None:
        await ctx.delivery.cancel_topic(
            ctx.session, resident_id=proposal.resident_id, topic=topic(proposal)
        )
    municipality = await repos.municipality_by_id(ctx.session, id=proposal.municipality_id)
    assert municipality is not None
    ctx.reply(ctx.t("moderation-undone", number=proposal.number))
    card = await moderation_card(ctx, proposal, municipality, ctx.resident.locale)
    ctx.reply(card.text, card.choices, card.media)


@router.command("queue")
async def queue(ctx: Context) -> None:
    municipalities = await repos.municipalities_with_role(
        ctx.session, resident=ctx.resident, role=Role.MODERATOR
    )
    if not municipalities:
        ctx.say("moderation-not-allowed")
        return
    ids = [m.id for m in municipalities]
    oldest, counts = await repos.pending_proposals(ctx.session, municipality_ids=ids)
    stuck = await repos.failed_forwards(ctx.session, municipality_ids=ids)
    summary = "\n".join(
        ctx.t("moderation-queue-line", place=m.name(ctx.t.chain), count=counts.get(m.id, 0))
        for m in municipalities
    )
    ctx.say("moderation-queue", summary=summary, count=sum(counts.values()), stuck=stuck)
    by_id = {m.id: m for m in municipalities}
    for proposal in oldest:
        card = await moderation_card(
            ctx, proposal, by_id[proposal.municipality_id], ctx.resident.locale
        )
        ctx.reply(card.text, card.choices, card.media)


# --- the authority's answers ----------------------------------------------------------------


async def authority_for(ctx: Context, raw_id: str) -> Proposal | None:
    proposal = await proposal_for_staff(ctx, raw_id, Role.AUTHORITY, "authority-not-allowed")
    if proposal is None:
        return None
    if not answerable(proposal):
        show_menu(ctx, "authority-not-open", number=proposal.number)
        return None
    return proposal


@router.choice("auth")
async def authority(ctx: Context) -> None:
    action, _, raw_id = ctx.arg.partition(":")
    proposal = await authority_for(ctx, raw_id)
    if proposal is None:
        return
    if action == "answer":
        ctx.goto("authority.answer", id=proposal.id)
        ctx.say("authority-write-answer", number=proposal.number, max=ANSWER_MAX)
    elif action == "done" and ctx.delivery is not None:
        await record_answer(
            ctx.session, proposal=proposal, answer=proposal.answer or "", actor=ctx.resident.ref,
            done=True, delivery=ctx.delivery, i18n=ctx.i18n,
        )  # fmt: skip
        ctx.queued = True
        show_menu(ctx, "authority-marked-done", number=proposal.number)
    else:
        show_menu(ctx, "button-expired")


@router.state("authority.answer", free_text=True)
async def authority_answer(ctx: Context) -> None:
    proposal = await authority_for(ctx, str(ctx.data.get("id", "")))
    if proposal is None or ctx.delivery is None:
        return
    text = (ctx.incoming.text or "").strip()
    if not text or len(text) > ANSWER_MAX:
        ctx.say("authority-answer-length", max=ANSWER_MAX)
        return
    await record_answer(
        ctx.session, proposal=proposal, answer=text, actor=ctx.resident.ref, done=False,
        delivery=ctx.delivery, i18n=ctx.i18n,
    )  # fmt: skip
    ctx.queued = True
    show_menu(ctx, "authority-answer-sent", number=proposal.number)
