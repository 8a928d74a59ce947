"""Approved proposals go to the authority: its Telegram group, its e-mail, its own system.

Nothing leaves while a moderator may still undo the decision (`PROPOSAL_UNDO_MINUTES`). Then, in
one transaction per proposal, `release_due` marks it forwarded, audits that, and queues one outbox
row per destination (the authority's Telegram group, e-mail, webhook: channels of the one delivery
engine, `bot.channels.authority` for the last two) and the resident's notice. From there the
outbox owns them: one retry schedule, one crash rule, one status model for every channel; a
forward's final outcome enters the proposal's history, and `/queue` and the export count them.
"""

from __future__ import annotations

import asyncio
import json
import logging
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot import proposal_notices
from bot.channels.authority import SIGNATURE_HEADER, sign, signature_ok
from bot.config import Settings
from bot.delivery import DeliveryEngine, nap, payload_of
from bot.i18n import I18n, Translator, localised
from bot.messages import Choice, Reply
from bot.proposal_notices import AuthorityChoice
from storage import proposals
from storage.clock import Clock, system_clock
from storage.content import COUNTRY_LANGUAGE
from storage.models import (
    Delivery,
    DeliveryStatus,
    Event,
    Municipality,
    Proposal,
    ProposalStatus,
)
from storage.proposal_export import iso

log = logging.getLogger(__name__)

__all__ = ["SIGNATURE_HEADER", "Forwarder", "sign", "signature_ok"]  # the answer callback's

BATCH = 20  # proposals released per round
MOVED_BY_0009 = "rejected: moved to the outbox; run retry-forwards"  # that migration's mark
IDLE_POLL = 2.0


def authority_locale(municipality: Municipality) -> str:
    """Authorities read their country's language; Russian is the common one elsewhere."""
    return COUNTRY_LANGUAGE.get(municipality.country, "ru")


def photo_ref(photo: Any) -> str:
    """A stored photo is a platform file id (or a dict carrying one)."""
    return str(photo.get("ref")) if isinstance(photo, dict) else str(photo)


def place_name(t: Translator, municipality: Municipality, community: Municipality | None) -> str:
    name = municipality.name(t.chain)
    return f"{name}, {community.name(t.chain)}" if community is not None else name


def summary(
    t: Translator,
    proposal: Proposal,
    municipality: Municipality,
    community: Municipality | None,
    event: Event | None = None,
) -> str:
    """The proposal as plain text, in the authority's language. Never marked up: what residents
    typed (HTML included) must reach the authority literally."""
    zone = ZoneInfo(municipality.timezone)
    lines = [
        t(
            "forward-body",
            number=proposal.number,
            category=t(f"proposal-category-{proposal.category}"),
            place=place_name(t, municipality, community),
            when=t.when(proposal.submitted_at, zone),
            text=proposal.text,
        )
    ]
    if event is not None:  # raised at a consultation
        title = localised(event.titles, t.chain)
        lines.append(t("forward-event", title=title, when=t.when(event.starts_at, zone)))
    if proposal.photos:
        lines.append(t("forward-photos", count=len(proposal.photos)))
    if proposal.location:
        lines.append(f"{t('forward-location')} {proposal_notices.osm_link(proposal.location)}")
    return "\n".join(lines)


def chat_reply(
    t: Translator,
    proposal: Proposal,
    municipality: Municipality,
    community: Municipality | None,
    event: Event | None = None,
) -> Reply:
    text = f"{t('forward-chat-new')}\n\n{summary(t, proposal, municipality, community, event)}"
    choices = (
        Choice(AuthorityChoice.ANSWER.id(proposal.id), t("forward-answer")),
        Choice(AuthorityChoice.DONE.id(proposal.id), t("forward-done")),
    )
    media = {"kind": "photo", "ref": photo_ref(proposal.photos[0])} if proposal.photos else None
    return Reply(text, choices, media)


def email_reply(
    t: Translator,
    proposal: Proposal,
    municipality: Municipality,
    community: Municipality | None,
    event: Event | None = None,
) -> Reply:
    category = t(f"proposal-category-{proposal.category}")
    subject = t("forward-email-subject", number=proposal.number, category=category)
    footer = t("forward-email-footer", number=proposal.number,
               municipality=municipality.name(t.chain))  # fmt: skip
    body = f"{summary(t, proposal, municipality, community, event)}\n\n-- \n{footer}\n"
    return Reply(body, title=subject)


def webhook_body(
    proposal: Proposal,
    municipality: Municipality,
    community: Municipality | None,
    answer_url: str,
    event: Event | None = None,
) -> str:
    return json.dumps(
        {
            "event": "proposal.approved",
            "number": proposal.number,
            "municipality": municipality.code,
            "community": community.code if community is not None else None,
            "category": proposal.category,
            "text": proposal.text,
            "location": proposal.location,
            "photos": len(proposal.photos or []),
            "submitted_at": iso(proposal.submitted_at),
            "approved_at": iso(proposal.decided_at),
            "answer_url": answer_url or None,
            "consultation": (
                {"id": event.id, "titles": event.titles, "starts_at": iso(event.starts_at)}
                if event is not None
                else None
            ),
        },
        ensure_ascii=False,
    )


class Forwarder:
    def __init__(
        self,
        sessionmaker: async_sessionmaker[AsyncSession],
        settings: Settings,
        i18n: I18n,
        delivery: DeliveryEngine,
        *,
        clock: Clock = system_clock,
    ) -> None:
        self.sessionmaker = sessionmaker
        self.settings = settings
        self.i18n = i18n
        self.delivery = delivery
        self.clock = clock
        self._wake = asyncio.Event()

    # --- the loop -------------------------------------------------------------------------

    def wake(self) -> None:
        self._wake.set()

    async def run(self, stop: asyncio.Event, *, idle_poll: float = IDLE_POLL) -> None:
        try:
            await self.resume_moved()
        except Exception:  # they stay failed and visible; retry-forwards can send them
            log.exception("forwarding: forwards moved by migration 0009 not resumed")
        while not stop.is_set():
            try:
                busy = await self.release_due() >= BATCH  # a full batch: more may be due
            except Exception:  # a database hiccup must not end forwarding for good
                log.exception("forwarding: a round failed; trying again shortly")
                busy = False
            if busy:
                continue
            await nap(self._wake, stop, idle_poll)

    # --- release: the undo window is over -------------------------------------------------

    async def release_due(self) -> int:
        """Forward the approved proposals whose undo window has passed; returns how many."""
        cutoff = self.clock() - timedelta(minutes=self.settings.proposal_undo_minutes)
        async with self.sessionmaker() as session:
            ids = list(
                await session.scalars(
                    select(Proposal.id)
                    .where(*_releasable(cutoff))
                    .order_by(Proposal.decided_at, Proposal.id)
                    .limit(BATCH)
                )
            )
        released = 0
        for proposal_id in ids:  # one transaction each: one bad proposal holds up no other
            try:
                released += await self._release_one(proposal_id, cutoff)
            except Exception:
                log.exception("forwarding: proposal %d not released; will try again", proposal_id)
        if released:
            self.delivery.wake()
            self.wake()
        return released

    async def _release_one(self, proposal_id: int, cutoff: datetime) -> int:
        async with self.sessionmaker.begin() as session:
            query = select(Proposal).where(Proposal.id == proposal_id, *_releasable(cutoff))
            if session.get_bind().dialect.name == "postgresql":
                query = query.with_for_update(skip_locked=True)  # another process has it
            proposal = await session.scalar(query)
            if proposal is None:  # undone meanwhile, or released by another process
                return 0
            await self._release(session, proposal)
        log.info("proposal %s forwarded", proposal.number)
        return 1

    async def _release(self, session: AsyncSession, proposal: Proposal) -> None:
        kinds = [kind for kind, _ in await self.enqueue(session, proposal)]
        if not kinds:
            log.warning("%s has no authority destination: %s waits for the authority role",
                        proposal.municipality_id, proposal.number)  # fmt: skip
        proposals.forwarded(
            session, proposal, now=self.clock(), destinations=", ".join(kinds) or "no destination"
        )
        await proposal_notices.notify_resident(
            session, proposal=proposal, delivery=self.delivery, i18n=self.i18n
        )

    async def resume_moved(self) -> int:
        """Forwards still pending when migration 0009 moved them into the outbox had no
        rendered payload: render and queue them now, once."""
        async with self.sessionmaker.begin() as session:
            rows = list(
                await session.scalars(
                    select(Delivery).where(
                        Delivery.proposal_id.is_not(None),
                        Delivery.status == DeliveryStatus.FAILED,
                        Delivery.last_error == MOVED_BY_0009,
                    )
                )
            )
            resumed = [row for row in rows if await self.send_again(session, row)]
        if resumed:
            log.info("forwarding: %d forwards from before the one outbox queued", len(resumed))
            self.delivery.wake()
        return len(resumed)

    async def send_again(self, session: AsyncSession, row: Delivery) -> bool:
        """Queue a failed forward again, rendered anew from its proposal and to the destination
        its municipality names now; False when it names none on that channel any more."""
        proposal = await session.get(Proposal, row.proposal_id)
        if proposal is None:
            return False
        municipality = await session.get(Municipality, proposal.municipality_id)
        assert municipality is not None  # the foreign key cascades
        target = dict(self._destinations(municipality)).get(row.channel)
        if target is None:
            return False
        reply, locale = await self.render(session, proposal, row.channel)
        row.chat_ref, row.locale, row.payload = target, locale, payload_of(reply)
        row.status, row.attempts, row.last_error = DeliveryStatus.QUEUED, 0, None
        row.next_attempt_at = self.clock()
        return True

    async def enqueue(self, session: AsyncSession, proposal: Proposal) -> list[tuple[str, str]]:
        """Queue the proposal to each destination of its authority; returns (channel, target)
        of each."""
        municipality = await session.get(Municipality, proposal.municipality_id)
        assert municipality is not None  # the foreign key cascades
        destinations = self._destinations(municipality)
        for channel, target in destinations:
            reply, locale = await self.render(session, proposal, channel)
            self.delivery.enqueue_forward(
                session, channel=channel, target=target, reply=reply, locale=locale,
                proposal_id=proposal.id,
            )  # fmt: skip
        return destinations

    async def render(
        self, session: AsyncSession, proposal: Proposal, channel: str
    ) -> tuple[Reply, str]:
        """The proposal as the authority reads it on `channel`, in the authority's language."""
        municipality, community = await _places(session, proposal)
        event = await _consultation(session, proposal)
        t = self.i18n.translator(authority_locale(municipality), municipality.country)
        if channel == "email":
            return email_reply(t, proposal, municipality, community, event), t.locale
        if channel == "webhook":
            body = webhook_body(proposal, municipality, community, self._answer_url(), event)
            return Reply(body), t.locale
        return chat_reply(t, proposal, municipality, community, event), t.locale

    def _destinations(self, municipality: Municipality) -> list[tuple[str, str]]:
        """(channel, target) of each destination; a configured one we cannot serve is logged
        (a Telegram group waits in the outbox until Telegram is configured)."""
        found = []
        if municipality.authority_chat:
            if "telegram" not in self.delivery.channels:
                log.warning("%s: authority_chat is set but Telegram is not", municipality.code)
            found.append(("telegram", municipality.authority_chat))
        if municipality.authority_email:
            if self.settings.smtp_host:
                found.append(("email", municipality.authority_email))
            else:
                log.warning("%s: authority_email is set but SMTP_HOST is not", municipality.code)
        if municipality.authority_webhook:
            if self.settings.authority_secret:
                found.append(("webhook", municipality.authority_webhook))
            else:
                log.warning(
                    "%s: authority_webhook is set but AUTHORITY_SECRET is not", municipality.code
                )
        return found

    def _answer_url(self) -> str:
        return f"{self.settings.public_url}/authority/answer" if self.settings.public_url else ""


async def _places(
    session: AsyncSession, proposal: Proposal
) -> tuple[Municipality, Municipality | None]:
    municipality = await session.get(Municipality, proposal.municipality_id)
    assert municipality is not None  # the foreign key cascades
    if proposal.community_id is None:
        return municipality, None
    return municipality, await session.get(Municipality, proposal.community_id)


async def _consultation(session: AsyncSession, proposal: Proposal) -> Event | None:
    return await session.get(Event, proposal.event_id) if proposal.event_id else None


def _releasable(cutoff: datetime) -> tuple[Any, ...]:
    return (
        Proposal.status == ProposalStatus.APPROVED,
        Proposal.forwarded_at.is_(None),
        Proposal.decided_at <= cutoff,
    )
