"""What the bot says when a proposal changes: the resident told in their own language through
the delivery outbox, and the choice ids of proposal buttons. Shared by the moderation and
authority handlers, the forwarder and the authority's answer callback (bot/web.py), so it lives
below all of them. The rules (which change is allowed, the history) are `storage.proposals`'."""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.delivery import DeliveryEngine
from bot.i18n import I18n
from bot.messages import Choice, Reply
from storage import proposals
from storage.models import Municipality, Proposal, ProposalStatus, Resident
from storage.proposals import REASONS, categories_of

__all__ = [
    "REASONS", "AuthorityChoice", "ModerationChoice", "ProposalChoice", "answerable", "audit",
    "categories_of", "notify_resident", "osm_link", "record_answer", "topic",
]  # fmt: skip


class _ChoiceIds(StrEnum):
    """Sub-actions of one choice prefix: `X.SHOW.id(42)` is "prefix:show:42". The strings are
    in residents' chats on old keyboards: never change one."""

    @classmethod
    def prefix(cls) -> str:
        raise NotImplementedError

    def id(self, *values: object) -> str:
        return ":".join((self.prefix(), self.value, *(str(v) for v in values)))


class ProposalChoice(_ChoiceIds):
    """`prop:...`: the resident's side (handlers/proposals.py)."""

    MENU = "menu"
    NEW = "new"
    CATEGORY = "cat"  # prop:cat:<code>
    PHOTOS_DONE = "photos"  # "Done" or "Skip" on the photos step
    NO_LOCATION = "noloc"
    SEND = "send"  # prop:send:<draft key>
    RETEXT = "retext"
    CANCEL = "cancel"
    MINE = "mine"
    SHOW = "show"  # prop:show:<id>
    EDIT = "edit"  # prop:edit:<id>: edit and resubmit

    @classmethod
    def prefix(cls) -> str:
        return "prop"


class ModerationChoice(_ChoiceIds):
    """`mod:<action>:<id>[:<value>]`: the moderators' buttons (handlers/moderation.py)."""

    APPROVE = "ok"
    REJECT = "no"
    REASON = "why"  # mod:why:<id>:<reason>
    NO_NOTE = "skip"
    CHANGES = "chg"
    DUPLICATE = "dup"
    UNDO = "undo"

    @classmethod
    def prefix(cls) -> str:
        return "mod"


class AuthorityChoice(_ChoiceIds):
    """`auth:<action>:<id>`: the authority's buttons (handlers/moderation.py)."""

    ANSWER = "answer"
    DONE = "done"  # asks first: done is final
    DONE_OK = "doneok"

    @classmethod
    def prefix(cls) -> str:
        return "auth"


def osm_link(location: dict[str, float]) -> str:
    lat, lon = location["lat"], location["lon"]
    return f"https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=17/{lat}/{lon}"


def topic(proposal: Proposal) -> str:
    """Queued notices of one proposal share a topic, so an undo can take them back."""
    return f"proposal:{proposal.id}"


def audit(
    session: AsyncSession, proposal: Proposal, *, actor: str, action: str,
    reason: str | None = None, note: str | None = None,
) -> None:  # fmt: skip
    """A line of history that is no status change (forwarding): see `storage.proposals`."""
    proposals.record(session, proposal, actor=actor, action=action, reason=reason, note=note)


async def notify_resident(
    session: AsyncSession,
    *,
    proposal: Proposal,
    delivery: DeliveryEngine,
    i18n: I18n,
    not_before: datetime | None = None,
) -> None:
    """Tell the author what became of their proposal (its current status)."""
    resident = await session.get(Resident, proposal.resident_id)
    if resident is None:
        return
    # The proposal's municipality names the authority in its country's word ("hokimlik").
    place = await session.get(Municipality, proposal.municipality_id)
    t = i18n.translator(resident.locale, place.country if place else None)
    reason = t(f"reason-{proposal.reason}") if proposal.reason else ""
    original = None
    if proposal.duplicate_of_id is not None:
        original = await session.scalar(
            select(Proposal.number).where(Proposal.id == proposal.duplicate_of_id)
        )
    text = t(
        f"proposal-now-{proposal.status}",
        number=proposal.number,
        reason=reason,
        original=original or "",
        answer=proposal.answer or "",
    )
    if proposal.note and proposal.status in (ProposalStatus.REJECTED, ProposalStatus.CHANGES):
        text += "\n\n" + t("proposal-moderator-note", note=proposal.note)
    choices = [Choice(ProposalChoice.SHOW.id(proposal.id), t("proposal-open"))]
    if proposals.allows(proposal, proposals.Action.RESUBMITTED):
        choices.insert(0, Choice(ProposalChoice.EDIT.id(proposal.id), t("proposal-edit-resubmit")))
    delivery.enqueue_message(
        session, resident=resident, reply=Reply(text, tuple(choices)),
        not_before=not_before, topic=topic(proposal),
    )  # fmt: skip


async def record_answer(
    session: AsyncSession,
    *,
    proposal: Proposal,
    answer: str,
    actor: str,
    done: bool,
    delivery: DeliveryEngine,
    i18n: I18n,
    now: datetime | None = None,
) -> proposals.Change:
    """The authority's answer (`storage.proposals.answer`: raises `ForbiddenChange` when the
    proposal cannot be answered), then sent to the resident."""
    change = await proposals.answer(
        session, proposal, actor=actor, text=answer, done=done,
        now=now if now is not None else delivery.clock(),
    )  # fmt: skip
    await notify_resident(session, proposal=proposal, delivery=delivery, i18n=i18n)
    return change


def answerable(proposal: Proposal) -> bool:
    """The authority may answer an approved proposal, and add to an answered one."""
    return proposals.answerable(proposal)


async def decide(
    session: AsyncSession,
    proposal: Proposal,
    decision: ProposalStatus,
    *,
    by: Resident,
    now: datetime,
    window: timedelta,
    delivery: DeliveryEngine | None,
    i18n: I18n,
    reason: str | None = None,
    note: str | None = None,
    duplicate_of: Proposal | None = None,
) -> proposals.Change:
    """A moderator's decision (`storage.proposals.decide`, which raises `ProposalRuleError`
    when refused) and the resident's notice, held until the undo `window` is over. Approved
    proposals are announced by the forwarder when it releases them. The chat and the web panel
    both decide through here."""
    change = await proposals.decide(
        session, proposal, decision, by=by, now=now, reason=reason, note=note,
        duplicate_of=duplicate_of,
    )  # fmt: skip
    if change.after != ProposalStatus.APPROVED and delivery is not None:
        await notify_resident(
            session, proposal=proposal, delivery=delivery, i18n=i18n, not_before=change.at + window
        )
    return change


async def undo(
    session: AsyncSession,
    proposal: Proposal,
    *,
    by: Resident,
    now: datetime,
    window: timedelta,
    delivery: DeliveryEngine | None,
) -> proposals.Change:
    """Take a decision back (`storage.proposals.undo`: raises `TooLateToUndo`) and the notice
    still held in the outbox with it."""
    change = await proposals.undo(session, proposal, by=by, now=now, window=window)
    if delivery is not None:
        await delivery.cancel_topic(
            session, resident_id=proposal.resident_id, topic=topic(proposal)
        )
    return change
