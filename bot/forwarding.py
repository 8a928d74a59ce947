"""Approved proposals go to the authority: its Telegram group, its e-mail, its own system.

Nothing leaves while a moderator may still undo the decision (`PROPOSAL_UNDO_MINUTES`). Then, in
one transaction per proposal, `release_due` marks it forwarded, audits that, queues the message to
the authority's Telegram group in the delivery outbox, writes one `proposal_forwards` row per
e-mail or webhook destination, and queues the resident's notice. `drain` sends those rows and
retries them with backoff; after `MAX_ATTEMPTS` a row is `failed`, kept and visible (export).

Claiming a row leases it: `attempts + 1` and `next_attempt_at` moved `LEASE` ahead, in a short
transaction. A crash mid-send therefore loses nothing: the row is due again once the lease runs
out, at the price of a possible second copy of that one message (like the delivery outbox).
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from typing import Any
from zoneinfo import ZoneInfo

import aiohttp
import aiosmtplib
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot import proposal_notices
from bot.config import Settings
from bot.delivery import DeliveryEngine, nap
from bot.i18n import I18n, Translator, localised
from bot.messages import Choice, Reply
from storage.clock import Clock, system_clock
from storage.content import COUNTRY_LANGUAGE
from storage.models import (
    Event,
    ForwardStatus,
    Municipality,
    Proposal,
    ProposalForward,
    ProposalStatus,
)
from storage.proposal_export import iso

log = logging.getLogger(__name__)

SIGNATURE_HEADER = "X-Signature-256"
BATCH = 20  # forwards sent per round
MAX_ATTEMPTS = 8
FIRST_BACKOFF = 60.0  # seconds; doubles per attempt: 8 tries span about two hours
MAX_BACKOFF = 3600.0
LEASE = timedelta(minutes=5)  # longer than any send may take (SEND_TIMEOUT)
SEND_TIMEOUT = 30.0
IDLE_POLL = 2.0


def sign(secret: str, body: bytes) -> str:
    """The X-Signature-256 value: sha256=<hex HMAC-SHA256 of the exact body>."""
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def signature_ok(secret: str, body: bytes, given: str | None) -> bool:
    return given is not None and hmac.compare_digest(given.encode(), sign(secret, body).encode())


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
    local = proposal.submitted_at.astimezone(ZoneInfo(municipality.timezone))
    lines = [
        t(
            "forward-body",
            number=proposal.number,
            category=t(f"proposal-category-{proposal.category}"),
            place=place_name(t, municipality, community),
            when=local.strftime("%Y-%m-%d %H:%M"),
            text=proposal.text,
        )
    ]
    if event is not None:  # raised at a consultation
        start = event.starts_at.astimezone(ZoneInfo(municipality.timezone))
        title = localised(event.titles, t.chain)
        lines.append(t("forward-event", title=title, when=start.strftime("%Y-%m-%d %H:%M")))
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
        Choice(f"auth:answer:{proposal.id}", t("forward-answer")),
        Choice(f"auth:done:{proposal.id}", t("forward-done")),
    )
    media = {"kind": "photo", "ref": photo_ref(proposal.photos[0])} if proposal.photos else None
    return Reply(text, choices, media)


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


@dataclass(frozen=True, slots=True)
class Outgoing:
    """One claimed forward, rendered while the database was at hand."""

    forward_id: int
    proposal_id: int
    kind: str  # "email" | "webhook"
    target: str
    attempts: int  # including this one
    subject: str  # e-mail only
    body: str  # e-mail text, or the webhook's JSON


class ForwardError(Exception):
    """A destination refused or could not be reached; retried with backoff."""


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
        self._http: aiohttp.ClientSession | None = None

    # --- the loop -------------------------------------------------------------------------

    def wake(self) -> None:
        self._wake.set()

    async def run(self, stop: asyncio.Event, *, idle_poll: float = IDLE_POLL) -> None:
        while not stop.is_set():
            try:
                await self.release_due()
                busy = await self.drain() >= BATCH  # a full batch: more may be due
            except Exception:  # a database hiccup must not end forwarding for good
                log.exception("forwarding: a round failed; trying again shortly")
                busy = False
            if busy:
                continue
            await nap(self._wake, stop, idle_poll)

    async def close(self) -> None:
        if self._http is not None:
            await self._http.close()
            self._http = None

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
        now = self.clock()
        municipality, community = await _places(session, proposal)
        event = await _consultation(session, proposal)
        proposal.forwarded_at = now
        destinations = self._destinations(municipality)
        if municipality.authority_chat:
            if "telegram" not in self.delivery.channels:  # kept in the outbox until there is
                log.warning("%s: authority_chat is set but Telegram is not", municipality.code)
            t = self.i18n.translator(authority_locale(municipality))
            self.delivery.enqueue_to_chat(
                session, channel="telegram", chat_ref=municipality.authority_chat,
                reply=chat_reply(t, proposal, municipality, community, event), locale=t.locale,
            )  # fmt: skip
        for kind, target in destinations:
            session.add(
                ProposalForward(
                    proposal_id=proposal.id, kind=kind, target=target,
                    status=ForwardStatus.QUEUED, next_attempt_at=now, created_at=now,
                )
            )  # fmt: skip
        kinds = ["telegram"] * bool(municipality.authority_chat) + [k for k, _ in destinations]
        if not kinds:
            log.warning("%s has no authority destination: %s waits for the authority role",
                        municipality.code, proposal.number)  # fmt: skip
        proposal_notices.audit(
            session, proposal, actor="system", action="forwarded",
            note=", ".join(kinds) or "no destination",
        )  # fmt: skip
        await proposal_notices.notify_resident(
            session, proposal=proposal, delivery=self.delivery, i18n=self.i18n
        )

    def _destinations(self, municipality: Municipality) -> list[tuple[str, str]]:
        """E-mail and webhook destinations we can serve; a configured one we cannot is logged."""
        found = []
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

    # --- drain: e-mail and webhooks -------------------------------------------------------

    async def drain(self) -> int:
        """Send one batch of due forwards, oldest first; returns how many were tried."""
        batch = await self._claim()
        if not batch:
            return 0
        errors = await asyncio.gather(*(self._attempt(out) for out in batch))
        async with self.sessionmaker.begin() as session:
            for out, error in zip(batch, errors, strict=True):
                await self._record(session, out, error)
        return len(batch)

    async def _claim(self) -> list[Outgoing]:
        now = self.clock()
        async with self.sessionmaker.begin() as session:
            due = (
                select(ProposalForward)
                .where(
                    ProposalForward.status == ForwardStatus.QUEUED,
                    ProposalForward.next_attempt_at <= now,
                )
                .order_by(ProposalForward.id)
                .limit(BATCH)
            )
            if session.get_bind().dialect.name == "postgresql":
                due = due.with_for_update(skip_locked=True)  # several senders never share a row
            forwards = list(await session.scalars(due))
            if not forwards:
                return []
            await session.execute(
                update(ProposalForward)
                .where(ProposalForward.id.in_([f.id for f in forwards]))
                .values(attempts=ProposalForward.attempts + 1, next_attempt_at=now + LEASE)
                .execution_options(synchronize_session=False)
            )
            return [await self._render(session, forward) for forward in forwards]

    async def _render(self, session: AsyncSession, forward: ProposalForward) -> Outgoing:
        proposal = await session.get(Proposal, forward.proposal_id)
        assert proposal is not None  # the foreign key cascades
        municipality, community = await _places(session, proposal)
        event = await _consultation(session, proposal)
        subject = body = ""
        if forward.kind == "email":
            t = self.i18n.translator(authority_locale(municipality))
            category = t(f"proposal-category-{proposal.category}")
            subject = t("forward-email-subject", number=proposal.number, category=category)
            footer = t(
                "forward-email-footer",
                number=proposal.number,
                municipality=municipality.name(t.chain),
            )
            body = f"{summary(t, proposal, municipality, community, event)}\n\n-- \n{footer}\n"
        elif forward.kind == "webhook":
            body = webhook_body(proposal, municipality, community, self._answer_url(), event)
        return Outgoing(
            forward_id=forward.id, proposal_id=proposal.id, kind=forward.kind,
            target=forward.target, attempts=forward.attempts + 1, subject=subject, body=body,
        )  # fmt: skip

    def _answer_url(self) -> str:
        return f"{self.settings.public_url}/authority/answer" if self.settings.public_url else ""

    async def _attempt(self, out: Outgoing) -> str | None:
        """Send one forward; returns None on success, else what went wrong."""
        try:
            if out.kind == "email":
                await self._send_email(out)
            elif out.kind == "webhook":
                await self._post_webhook(out)
            else:
                return f"unknown destination kind {out.kind!r}"
        except ForwardError as error:
            return str(error)
        except (aiosmtplib.SMTPException, aiohttp.ClientError, OSError, TimeoutError) as error:
            return f"{type(error).__name__}: {error}"
        except Exception as error:  # a bug: recorded on the row and retried, never lost
            log.exception("forwarding: %s to %s failed unexpectedly", out.kind, out.target)
            return f"{type(error).__name__}: {error}"
        return None

    async def _send_email(self, out: Outgoing) -> None:
        settings = self.settings
        message = EmailMessage()
        message["From"] = settings.smtp_from
        message["To"] = out.target
        message["Subject"] = out.subject
        message["Date"] = formatdate(localtime=False, usegmt=True)
        message["Message-ID"] = make_msgid(domain=settings.smtp_from.rpartition("@")[2] or None)
        message.set_content(out.body)  # text/plain, UTF-8
        implicit_tls = settings.smtp_port == 465  # SMTPS: TLS from the first byte
        await aiosmtplib.send(
            message,
            hostname=settings.smtp_host,
            port=settings.smtp_port,
            username=settings.smtp_user,
            password=settings.smtp_password if settings.smtp_user else None,
            use_tls=implicit_tls,
            start_tls=False if implicit_tls else settings.smtp_starttls,
            timeout=SEND_TIMEOUT,
        )

    async def _post_webhook(self, out: Outgoing) -> None:
        body = out.body.encode()
        headers = {
            "Content-Type": "application/json; charset=utf-8",
            SIGNATURE_HEADER: sign(self.settings.authority_secret or "", body),
        }
        if self._http is None:
            self._http = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=SEND_TIMEOUT))
        # No redirects: the signed body goes only where the municipality said.
        async with self._http.post(
            out.target, data=body, headers=headers, allow_redirects=False
        ) as response:
            if not 200 <= response.status < 300:
                detail = (await response.text(errors="replace"))[:100]
                raise ForwardError(f"HTTP {response.status} {detail}".strip())

    async def _record(self, session: AsyncSession, out: Outgoing, error: str | None) -> None:
        """Store the outcome; only final ones (sent, given up) enter the proposal's history."""
        values: dict[str, Any]
        action = note = None
        if error is None:
            values = {"status": ForwardStatus.SENT, "sent_at": self.clock(), "last_error": None}
            action, note = "forward_sent", out.kind
        elif out.attempts >= MAX_ATTEMPTS:
            values = {"status": ForwardStatus.FAILED, "last_error": error[:300]}
            action, note = "forward_failed", f"{out.kind}: {error}"
            log.warning("forwarding: %s to %s failed for good: %s", out.kind, out.target, error)
        else:
            values = {
                "status": ForwardStatus.QUEUED,
                "next_attempt_at": self.clock() + backoff(out.attempts),
                "last_error": error[:300],
            }
            log.info("forwarding: %s to %s failed (try %d): %s", out.kind, out.target,
                     out.attempts, error)  # fmt: skip
        await session.execute(
            update(ProposalForward).where(ProposalForward.id == out.forward_id).values(**values)
        )
        if action is not None:
            proposal = await session.get(Proposal, out.proposal_id)
            if proposal is not None:
                proposal_notices.audit(session, proposal, actor="system", action=action, note=note)


def backoff(attempts: int) -> timedelta:
    """1, 2, 4 ... minutes (at most an hour), jittered so retries do not march in step."""
    seconds = min(MAX_BACKOFF, FIRST_BACKOFF * 2 ** (attempts - 1))
    return timedelta(seconds=seconds * random.uniform(0.8, 1.2))


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
