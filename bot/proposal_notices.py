"""What happens when a proposal changes status: the audit trail, and the resident told in their
own language through the delivery outbox. Shared by the moderation and authority handlers, the
forwarder and the authority's answer callback (bot/web.py), so it lives below all of them."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.delivery import DeliveryEngine
from bot.i18n import I18n
from bot.messages import Choice, Reply
from storage.content import PROPOSAL_CATEGORIES
from storage.models import (
    Municipality,
    Proposal,
    ProposalEvent,
    ProposalStatus,
    Resident,
)

REASONS = ("offtopic", "private", "rude", "unclear", "notlocal")  # localised as reason-<code>


def categories_of(municipality: Municipality) -> list[str]:
    return list(municipality.proposal_categories or PROPOSAL_CATEGORIES)


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
    session.add(
        ProposalEvent(
            proposal_id=proposal.id, actor=actor, action=action, reason=reason, note=note
        )
    )  # fmt: skip


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
    t = i18n.translator(resident.locale)
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
    choices = [Choice(f"prop:show:{proposal.id}", t("proposal-open"))]
    if proposal.status == ProposalStatus.CHANGES:
        choices.insert(0, Choice(f"prop:edit:{proposal.id}", t("proposal-edit-resubmit")))
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
) -> None:
    """The authority's answer: stored, audited, and sent to the resident."""
    proposal.answer = answer
    proposal.answered_by = actor
    proposal.answered_at = delivery.clock()
    proposal.status = ProposalStatus.DONE if done else ProposalStatus.ANSWERED
    audit(session, proposal, actor=actor, action="done" if done else "answered", note=answer)
    await notify_resident(session, proposal=proposal, delivery=delivery, i18n=i18n)


def answerable(proposal: Proposal) -> bool:
    """The authority may answer an approved proposal, and add to an answered one."""
    return proposal.status in (ProposalStatus.APPROVED, ProposalStatus.ANSWERED)
