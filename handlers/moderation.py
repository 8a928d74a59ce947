"""Citizen proposals, the staff's side: moderators decide (approve, reject with a reason, ask for
changes, mark a duplicate; undo within a window), `/queue` pages through what waits (filtered
by status and topic) and `/p NUMBER` opens any proposal, both on the web panel's query
(`storage.proposals.queue`); authority staff answer approved proposals or mark them done.

The rules are `storage.proposals`': every decision is one conditional UPDATE, so of two
moderators deciding at once exactly one wins and the other is told who decided. Nothing reaches
the resident (or the authority) before the undo window is over: their notice waits in the outbox
under the proposal's topic, and the forwarder releases approved proposals only after the window.
In group chats buttons open the private chat (see bot/messages.py), where roles are checked.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum
from typing import Any, Self

from bot import proposal_notices
from bot.context import Context
from bot.flows import Draft, Flow
from bot.messages import Choice, Reply
from bot.proposal_notices import AuthorityChoice, ModerationChoice, osm_link, record_answer
from bot.routing import Router
from handlers.menu import show_menu
from storage import proposals, repos
from storage.models import Municipality, Proposal, ProposalStatus, Resident, Role

router = Router()

NOTE_MAX = proposals.NOTE_MAX
ANSWER_MAX = 3500  # an answer is quoted in a chat message (4096 characters at most)


class Moderating(StrEnum):
    REASON = "moderation"  # choosing why a proposal is rejected
    NOTE = "moderation.note"  # typing the note of a rejection or of a request for changes
    DUPLICATE = "moderation.duplicate"  # typing the number of the original


class Answering(StrEnum):
    ANSWER = "authority.answer"  # an authority's staff typing their answer


# A card's buttons are pressed from wherever the moderator is: every step is an entry.
MODERATION = router.declare(
    Flow(
        "moderation",
        Moderating,
        entries=(Moderating.REASON, Moderating.NOTE, Moderating.DUPLICATE),
        moves={Moderating.REASON: {Moderating.NOTE: "picks a reason"}},
        title="Deciding on a proposal (Reject, Changes, Duplicate; decided: the menu)",
    )
)
AUTHORITY = router.declare(
    Flow(
        "authority",
        Answering,
        entries=(Answering.ANSWER,),
        moves={},
        title="An authority answering a proposal (Answer; sent: the menu)",
    )
)

# Keys written by the version before typed drafts; a step in progress at the upgrade still loads.
_OLD_KEYS = {"id": "proposal_id", "status": "decision"}


@dataclass
class ModerationDraft(Draft):
    proposal_id: int | None = None
    decision: str | None = None  # ProposalStatus.REJECTED or CHANGES, waiting for its note
    reason: str | None = None  # a rejection's reason code

    @classmethod
    def load(cls, data: Mapping[str, Any]) -> Self:
        return super().load({_OLD_KEYS.get(key, key): value for key, value in data.items()})


@dataclass
class AnswerDraft(Draft):
    proposal_id: int | None = None

    @classmethod
    def load(cls, data: Mapping[str, Any]) -> Self:
        return super().load({_OLD_KEYS.get(key, key): value for key, value in data.items()})


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
        Choice(ModerationChoice.APPROVE.id(proposal.id), t("moderation-approve")),
        Choice(ModerationChoice.REJECT.id(proposal.id), t("moderation-reject")),
        Choice(ModerationChoice.CHANGES.id(proposal.id), t("moderation-changes")),
        Choice(ModerationChoice.DUPLICATE.id(proposal.id), t("moderation-duplicate")),
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


@router.choice(ModerationChoice.prefix())
async def moderate(ctx: Context) -> None:
    action, _, rest = ctx.arg.partition(":")
    raw_id, _, value = rest.partition(":")
    proposal = await moderated(ctx, raw_id)
    if proposal is None:
        return
    if action == ModerationChoice.UNDO:
        await undo(ctx, proposal)
        return
    if not proposals.awaits_decision(proposal):
        await already_decided(ctx, proposal)
        return
    draft = ModerationDraft.load(ctx.data)
    match action:
        case ModerationChoice.APPROVE:
            await decide(ctx, proposal, ProposalStatus.APPROVED)
        case ModerationChoice.REJECT:
            ctx.goto(Moderating.REASON, **ModerationDraft(proposal_id=proposal.id).dump())
            ctx.say(
                "moderation-choose-reason",
                [
                    Choice(ModerationChoice.REASON.id(proposal.id, code), ctx.t(f"reason-{code}"))
                    for code in proposals.REASONS
                ],
                number=proposal.number,
            )
        case ModerationChoice.REASON if value in proposals.REASONS:
            draft = ModerationDraft(
                proposal_id=proposal.id, decision=ProposalStatus.REJECTED, reason=value
            )
            ctx.goto(Moderating.NOTE, **draft.dump())
            ctx.say(
                "moderation-add-note",
                [ctx.choice(ModerationChoice.NO_NOTE.id(proposal.id), "moderation-no-note")],
            )
        case ModerationChoice.NO_NOTE if (
            ctx.state == Moderating.NOTE and draft.proposal_id == proposal.id and draft.decision
        ):
            await decide(ctx, proposal, ProposalStatus(draft.decision), reason=draft.reason)
        case ModerationChoice.CHANGES:
            draft = ModerationDraft(proposal_id=proposal.id, decision=ProposalStatus.CHANGES)
            ctx.goto(Moderating.NOTE, **draft.dump())
            ctx.say("moderation-what-to-change", number=proposal.number, max=NOTE_MAX)
        case ModerationChoice.DUPLICATE:
            ctx.goto(Moderating.DUPLICATE, **ModerationDraft(proposal_id=proposal.id).dump())
            ctx.say("moderation-which-original", number=proposal.number)
        case _:
            show_menu(ctx, "button-expired")


@router.state(Moderating.NOTE, free_text=True)
async def moderation_note(ctx: Context) -> None:
    draft = ModerationDraft.load(ctx.data)
    proposal = await moderated(ctx, str(draft.proposal_id or ""))
    if proposal is None:
        return
    note = (ctx.incoming.text or "").strip()
    if not note or len(note) > NOTE_MAX:
        ctx.say("moderation-note-length", max=NOTE_MAX)
        return
    if draft.decision is None:
        show_menu(ctx, "button-expired")
        return
    await decide(ctx, proposal, ProposalStatus(draft.decision), reason=draft.reason, note=note)


@router.state(Moderating.DUPLICATE, free_text=True)
async def moderation_duplicate(ctx: Context) -> None:
    draft = ModerationDraft.load(ctx.data)
    proposal = await moderated(ctx, str(draft.proposal_id or ""))
    if proposal is None:
        return
    original = await proposals.by_number(ctx.session, number=ctx.incoming.text or "")
    if original is None:
        ctx.say("moderation-original-not-found", number=proposal.number)
        return
    await decide(ctx, proposal, ProposalStatus.DUPLICATE, duplicate_of=original)


async def decide(
    ctx: Context,
    proposal: Proposal,
    decision: ProposalStatus,
    *,
    reason: str | None = None,
    note: str | None = None,
    duplicate_of: Proposal | None = None,
) -> None:
    window = timedelta(minutes=ctx.settings.proposal_undo_minutes)
    try:
        change = await proposal_notices.decide(
            ctx.session, proposal, decision, by=ctx.resident, now=ctx.now, window=window,
            delivery=ctx.delivery, i18n=ctx.i18n, reason=reason, note=note,
            duplicate_of=duplicate_of,
        )  # fmt: skip
    except proposals.NotADuplicate:
        ctx.say("moderation-original-not-found", number=proposal.number)
        return
    except proposals.ForbiddenChange:
        await already_decided(ctx, proposal)
        return
    except proposals.ProposalRuleError:  # a forged reason or an empty note: start over
        show_menu(ctx, "button-expired")
        return
    ctx.goto("menu")
    ctx.say(
        "moderation-decided",
        [ctx.choice(ModerationChoice.UNDO.id(proposal.id), "moderation-undo")],
        number=proposal.number,
        status=ctx.t(f"proposal-status-{change.after}"),
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
    try:
        await proposal_notices.undo(
            ctx.session, proposal, by=ctx.resident, now=ctx.now, window=window,
            delivery=ctx.delivery,
        )  # fmt: skip
    except proposals.ProposalRuleError:
        show_menu(ctx, "moderation-too-late", number=proposal.number)
        return
    municipality = await repos.municipality_by_id(ctx.session, id=proposal.municipality_id)
    assert municipality is not None
    ctx.reply(ctx.t("moderation-undone", number=proposal.number))
    card = await moderation_card(ctx, proposal, municipality, ctx.resident.locale)
    ctx.reply(card.text, card.choices, card.media)


QUEUE_PAGE = 10  # cards per page of /queue
# /queue's filters travel in its buttons: `mq:<status>:<category>:<cursor>`, the status and the
# category by their position (ids must fit 45 bytes), "-" for any category, no cursor: page 1.
QUEUE_STATUSES = tuple(ProposalStatus)
QUEUE_PREFIX = "mq"


def queue_choice_id(status: ProposalStatus, category: int | None, cursor: str = "") -> str:
    position = QUEUE_STATUSES.index(status)
    return f"{QUEUE_PREFIX}:{position}:{'-' if category is None else category}:{cursor}"


async def moderator_scope(ctx: Context) -> list[Municipality] | None:
    """The municipalities where this resident moderates; None (and said so) when none."""
    municipalities = await repos.municipalities_with_role(
        ctx.session, resident=ctx.resident, role=Role.MODERATOR
    )
    if not municipalities:
        ctx.say("moderation-not-allowed")
        return None
    return municipalities


def scope_categories(municipalities: list[Municipality]) -> list[str]:
    """Every category of the viewer's municipalities, in a stable order (buttons carry the
    position)."""
    return sorted({c for m in municipalities for c in proposals.categories_of(m)})


@router.command("queue")
async def queue(ctx: Context) -> None:
    municipalities = await moderator_scope(ctx)
    if municipalities is None:
        return
    ids = [m.id for m in municipalities]
    counts = await proposals.pending_counts(ctx.session, municipality_ids=ids)
    stuck = await repos.failed_forwards(ctx.session, municipality_ids=ids)
    summary = "\n".join(
        ctx.t("moderation-queue-line", place=m.name(ctx.t.chain), count=counts.get(m.id, 0))
        for m in municipalities
    )
    ctx.say("moderation-queue", summary=summary, count=sum(counts.values()), stuck=stuck)
    await queue_page(ctx, municipalities, ProposalStatus.PENDING, None, None)


@router.choice(QUEUE_PREFIX)
async def queue_button(ctx: Context) -> None:
    """A page of the queue, filtered by status and category (`mq:...`, see `queue_choice_id`);
    forged or stale values end at the first page of what waits."""
    municipalities = await moderator_scope(ctx)
    if municipalities is None:
        return
    status_raw, _, rest = ctx.arg.partition(":")
    category_raw, _, cursor_raw = rest.partition(":")
    position = repos.parse_id(status_raw)
    status = (
        QUEUE_STATUSES[position]
        if position is not None and position < len(QUEUE_STATUSES)
        else ProposalStatus.PENDING
    )
    categories = scope_categories(municipalities)
    index = repos.parse_id(category_raw)
    category = index if index is not None and index < len(categories) else None
    if category_raw == "?":  # the filter buttons
        await queue_filters(ctx, municipalities, status)
        return
    cursor = proposals.QueueCursor.parse(cursor_raw)
    await queue_page(ctx, municipalities, status, category, cursor)


async def queue_page(
    ctx: Context,
    municipalities: list[Municipality],
    status: ProposalStatus,
    category: int | None,
    cursor: proposals.QueueCursor | None,
) -> None:
    """One page of cards, then a line saying what is shown with Next and Filter buttons."""
    categories = scope_categories(municipalities)
    wanted = proposals.QueueFilter(
        tuple(m.id for m in municipalities),
        statuses=(status,),
        category=categories[category] if category is not None else None,
    )
    page = await proposals.queue(ctx.session, wanted=wanted, after=cursor, limit=QUEUE_PAGE)
    by_id = {m.id: m for m in municipalities}
    for proposal in page.proposals:
        card = await staff_card(ctx, proposal, by_id[proposal.municipality_id])
        ctx.reply(card.text, card.choices, card.media)
    choices = []
    if page.next is not None:
        next_id = queue_choice_id(status, category, str(page.next))
        choices.append(ctx.choice(next_id, "moderation-queue-next"))
    choices.append(ctx.choice(f"{QUEUE_PREFIX}:{QUEUE_STATUSES.index(status)}:?:",
                              "moderation-queue-filter"))  # fmt: skip
    what = ctx.t(f"proposal-status-{status}")
    if category is not None:
        what += " · " + ctx.t(f"proposal-category-{categories[category]}")
    ctx.say(
        "moderation-queue-page" if page.proposals else "moderation-queue-empty",
        choices,
        what=what,
        count=len(page.proposals),
    )


async def queue_filters(
    ctx: Context, municipalities: list[Municipality], status: ProposalStatus
) -> None:
    """Buttons for each status, and each category within the status now shown."""
    choices = [
        Choice(queue_choice_id(s, None), ctx.t(f"proposal-status-{s}")) for s in QUEUE_STATUSES
    ]
    choices += [
        Choice(queue_choice_id(status, i), ctx.t(f"proposal-category-{code}"))
        for i, code in enumerate(scope_categories(municipalities))
    ]
    ctx.say("moderation-queue-filters", choices, status=ctx.t(f"proposal-status-{status}"))


async def staff_card(ctx: Context, proposal: Proposal, municipality: Municipality) -> Reply:
    """A pending proposal's card with its decision buttons; any other, its status and the
    Undo button while the decision may still be taken back."""
    card = await moderation_card(ctx, proposal, municipality, ctx.resident.locale)
    if proposals.awaits_decision(proposal):
        return card
    text = (
        card.text
        + "\n\n"
        + ctx.t("moderation-card-status", status=ctx.t(f"proposal-status-{proposal.status}"))
    )
    window = timedelta(minutes=ctx.settings.proposal_undo_minutes)
    choices: tuple[Choice, ...] = ()
    if proposals.undoable(proposal, now=ctx.now, window=window):
        choices = (ctx.choice(ModerationChoice.UNDO.id(proposal.id), "moderation-undo"),)
    return Reply(text, choices, card.media)


@router.command("p")
async def open_by_number(ctx: Context) -> None:
    """`/p QUB-2026-0042`: the proposal's card, whatever its status, at any time."""
    municipalities = await moderator_scope(ctx)
    if municipalities is None:
        return
    number = ctx.arg.strip()
    if not proposals.NUMBER.match(number.upper()):
        ctx.say("moderation-open-how")
        return
    wanted = proposals.QueueFilter(
        tuple(m.id for m in municipalities), statuses=QUEUE_STATUSES, search=number
    )
    page = await proposals.queue(ctx.session, wanted=wanted, limit=1)
    if not page.proposals:  # unknown, or of a municipality this moderator does not serve
        ctx.say("moderation-open-not-found", number=number.upper())
        return
    proposal = page.proposals[0]
    by_id = {m.id: m for m in municipalities}
    card = await staff_card(ctx, proposal, by_id[proposal.municipality_id])
    ctx.reply(card.text, card.choices, card.media)


# --- the authority's answers ----------------------------------------------------------------

AUTHORITY_LIST = 10  # proposals shown by /answer at a time


async def authority_card(ctx: Context, proposal: Proposal) -> Reply:
    """A proposal as the authority's staff see it in their own chat, with their buttons."""
    municipality = await repos.municipality_by_id(ctx.session, id=proposal.municipality_id)
    assert municipality is not None  # the foreign key cascades
    card = await moderation_card(ctx, proposal, municipality, ctx.resident.locale)
    text = card.text
    if proposal.answer:
        text += "\n\n" + ctx.t("authority-answered-before", answer=proposal.answer)
    choices = (
        ctx.choice(AuthorityChoice.ANSWER.id(proposal.id), "forward-answer"),
        ctx.choice(AuthorityChoice.DONE.id(proposal.id), "forward-done"),
    )
    return Reply(text, choices, card.media)


@router.command("answer")
async def authority_list(ctx: Context) -> None:
    """/answer: the forwarded proposals the person's authority may answer; /answer NUMBER opens
    one. Every channel has it (the terminal has no authority chat to press buttons in)."""
    municipalities = await repos.municipalities_with_role(
        ctx.session, resident=ctx.resident, role=Role.AUTHORITY
    )
    if not municipalities:
        ctx.say("authority-not-allowed")
        return
    if ctx.arg:
        found = await proposals.by_number(ctx.session, number=ctx.arg)
        if found is None or found.municipality_id not in {m.id for m in municipalities}:
            ctx.say("authority-number-unknown", number=ctx.arg.strip().upper())
            return
        shown = [found] if proposals.answerable(found) else []
        if not shown:
            show_menu(ctx, "authority-not-open", number=found.number)
            return
        total = 1
    else:
        shown, total = await proposals.open_for_authority(
            ctx.session, municipality_ids=[m.id for m in municipalities], limit=AUTHORITY_LIST
        )
    ctx.say("authority-list", count=total, shown=len(shown))
    for proposal in shown:
        card = await authority_card(ctx, proposal)
        ctx.reply(card.text, card.choices, card.media)


async def authority_for(ctx: Context, raw_id: str) -> Proposal | None:
    proposal = await proposal_for_staff(ctx, raw_id, Role.AUTHORITY, "authority-not-allowed")
    if proposal is None:
        return None
    if not proposals.answerable(proposal):
        show_menu(ctx, "authority-not-open", number=proposal.number)
        return None
    return proposal


@router.choice(AuthorityChoice.prefix())
async def authority(ctx: Context) -> None:
    action, _, raw_id = ctx.arg.partition(":")
    proposal = await authority_for(ctx, raw_id)
    if proposal is None:
        return
    match action:
        case AuthorityChoice.ANSWER:
            ctx.goto(Answering.ANSWER, **AnswerDraft(proposal_id=proposal.id).dump())
            ctx.say("authority-write-answer", number=proposal.number, max=ANSWER_MAX)
        case AuthorityChoice.DONE:
            # Closing cannot be taken back: say what it means, and ask.
            ctx.say(
                "authority-done-sure",
                [
                    ctx.choice(AuthorityChoice.DONE_OK.id(proposal.id), "authority-done-yes"),
                    ctx.choice("menu:main", "back-to-menu"),
                ],
                number=proposal.number,
            )
        case AuthorityChoice.DONE_OK if ctx.delivery is not None:
            if await answered(ctx, proposal, proposal.answer or "", done=True):
                show_menu(ctx, "authority-marked-done", number=proposal.number)
        case _:
            show_menu(ctx, "button-expired")


@router.state(Answering.ANSWER, free_text=True)
async def authority_answer(ctx: Context) -> None:
    draft = AnswerDraft.load(ctx.data)
    proposal = await authority_for(ctx, str(draft.proposal_id or ""))
    if proposal is None or ctx.delivery is None:
        return
    text = (ctx.incoming.text or "").strip()
    if not text or len(text) > ANSWER_MAX:
        ctx.say("authority-answer-length", max=ANSWER_MAX)
        return
    if await answered(ctx, proposal, text, done=False):
        show_menu(ctx, "authority-answer-sent", number=proposal.number)


async def answered(ctx: Context, proposal: Proposal, text: str, *, done: bool) -> bool:
    """Record the answer and tell the resident; False (and said why) when it is not open."""
    assert ctx.delivery is not None
    try:
        await record_answer(
            ctx.session, proposal=proposal, answer=text, actor=ctx.resident.ref, done=done,
            delivery=ctx.delivery, i18n=ctx.i18n, now=ctx.now,
        )  # fmt: skip
    except proposals.ProposalRuleError:  # answered or closed meanwhile
        show_menu(ctx, "authority-not-open", number=proposal.number)
        return False
    ctx.queued = True
    return True
