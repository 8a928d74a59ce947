"""Staff sign-in to the web panel, their sessions and the panel's audit trail: the rules in one
place.

A staff member asks the bot for a link (`issue_link`, from `/panel` in a private chat); the
link's token is single-use and expires after `LINK_TTL` by the caller's clock. `redeem` turns it
into a session (`StaffSession`) that lasts `SESSION_TTL`; the browser keeps only the session's
secret, in an encrypted cookie. `session_for` says whether a secret still opens a session;
`end_session` and `end_all_sessions` ("log out everywhere") close them. Only SHA-256 digests of
tokens and secrets are stored. Times always come from the caller's `now`.

Who may sign in is the role rule of `storage.repos` (`roles_of`): anyone holding a staff role.
What each page shows is checked per municipality with `repos.has_role` and
`repos.municipalities_with_role`, exactly as the chat checks it.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import literal, select, union_all, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage import repos, staff_roles
from storage.models import (
    Proposal,
    ProposalEvent,
    Resident,
    Role,
    RoleGrant,
    StaffAudit,
    StaffLink,
    StaffSession,
)

LINK_TTL = timedelta(minutes=10)
SESSION_TTL = timedelta(hours=12)


class LoginRefused(Exception):
    """The link is unknown, used already, expired, or its owner holds no staff role now."""


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


async def is_staff(session: AsyncSession, *, resident: Resident) -> bool:
    return bool(await repos.roles_of(session, resident=resident))


async def issue_link(session: AsyncSession, *, resident: Resident, now: datetime) -> str:
    """A new single-use login token for `resident` (staff only: raises `LoginRefused`
    otherwise), valid for `LINK_TTL` from `now`. Returns the token to put in the link."""
    if not await is_staff(session, resident=resident):
        raise LoginRefused(f"{resident.ref} holds no staff role")
    token = secrets.token_urlsafe(32)
    session.add(
        StaffLink(
            token_hash=digest(token), resident_id=resident.id, created_at=now,
            expires_at=now + LINK_TTL,
        )
    )  # fmt: skip
    await session.flush()
    return token


@dataclass(frozen=True, slots=True)
class Opened:
    """A session just opened: `secret` goes into the cookie (only its digest is stored)."""

    secret: str
    session: StaffSession
    resident: Resident


async def redeem(session: AsyncSession, *, token: str, now: datetime) -> Opened:
    """Use a login link once: a new session for its owner, and a line in the audit. Raises
    `LoginRefused` for an unknown, used or expired token, or an owner no longer staff. Of two
    uses at once exactly one wins (one conditional UPDATE)."""
    link = await session.scalar(select(StaffLink).where(StaffLink.token_hash == digest(token)))
    if link is None or link.used_at is not None or now >= link.expires_at:
        raise LoginRefused("unknown, used or expired link")
    taken = await session.execute(
        update(StaffLink)
        .where(StaffLink.id == link.id, StaffLink.used_at.is_(None))
        .values(used_at=now)
        .execution_options(synchronize_session=False)
    )
    if taken.rowcount != 1:  # type: ignore[attr-defined]
        raise LoginRefused("link used meanwhile")
    resident = await session.get(Resident, link.resident_id)
    if resident is None or not await is_staff(session, resident=resident):
        raise LoginRefused("no staff role any more")
    secret = secrets.token_urlsafe(32)
    row = StaffSession(
        key=digest(secret), resident_id=resident.id, csrf=secrets.token_urlsafe(32),
        created_at=now, expires_at=now + SESSION_TTL,
    )  # fmt: skip
    session.add(row)
    audit(session, resident=resident, action="login", now=now)
    await session.flush()
    return Opened(secret, row, resident)


async def session_for(
    session: AsyncSession, *, secret: str, now: datetime
) -> tuple[StaffSession, Resident] | None:
    """The open session this cookie secret belongs to, with its staff member; None when it has
    expired, was closed, or its owner holds no staff role any more."""
    # One statement: every panel request starts here, and each round trip to SQLite's thread
    # waits for a turn on the CPU (bench/panel.py).
    holds_a_role = select(RoleGrant.id).where(RoleGrant.resident_id == Resident.id).exists()
    found = (
        await session.execute(
            select(StaffSession, Resident)
            .join(Resident, Resident.id == StaffSession.resident_id)
            .where(StaffSession.key == digest(secret), holds_a_role)
        )
    ).first()
    if found is None:
        return None
    row, resident = found
    if row.ended_at is not None or now >= row.expires_at:
        return None
    return row, resident


async def end_session(
    session: AsyncSession, *, row: StaffSession, resident: Resident, now: datetime
) -> None:
    row.ended_at = now
    audit(session, resident=resident, action="logout", now=now)


async def end_all_sessions(session: AsyncSession, *, resident: Resident, now: datetime) -> int:
    """Close every open session of `resident` ("log out everywhere"); returns how many."""
    result = await session.execute(
        update(StaffSession)
        .where(StaffSession.resident_id == resident.id, StaffSession.ended_at.is_(None))
        .values(ended_at=now)
        .execution_options(synchronize_session=False)
    )
    audit(session, resident=resident, action="logout-all", now=now)
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def audit(
    session: AsyncSession, *, resident: Resident, action: str, now: datetime,
    detail: str | None = None,
) -> None:  # fmt: skip
    session.add(
        StaffAudit(
            resident_id=resident.id,
            actor=resident.ref,
            action=action,
            detail=detail,
            created_at=now,
        )
    )


# --- the audit page -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AuditLine:
    at: datetime
    actor: str
    action: str
    subject: str | None  # a proposal's number
    detail: str | None


@dataclass(frozen=True, slots=True)
class AuditFilter:
    """What the audit page asks for: staff `actor` ("telegram:123", exact), `action` (exact),
    from `since` (inclusive) to `until` (exclusive); `before` pages back from a time."""

    actor: str | None = None
    action: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    before: datetime | None = None


async def audit_trail(
    session: AsyncSession, *, viewer: Resident, wanted: AuditFilter, limit: int = 50
) -> list[AuditLine]:
    """Newest first: decisions and answers on proposals of the municipalities where `viewer`
    moderates (admins: all), and panel sign-ins (admins see everyone's, others their own)."""
    places = [
        m.id
        for m in await repos.municipalities_with_role(session, resident=viewer, role=Role.MODERATOR)
    ]
    admin = await _is_admin(session, viewer)
    decisions: Any = (
        select(
            ProposalEvent.created_at.label("at"),
            ProposalEvent.id.label("id"),
            ProposalEvent.actor.label("actor"),
            ProposalEvent.action.label("action"),
            Proposal.number.label("subject"),
            ProposalEvent.note.label("detail"),
            literal(0).label("kind"),
        )
        .join(Proposal, Proposal.id == ProposalEvent.proposal_id)
        .where(Proposal.municipality_id.in_(places))
    )
    logins: Any = select(
        StaffAudit.created_at.label("at"),
        StaffAudit.id.label("id"),
        StaffAudit.actor.label("actor"),
        StaffAudit.action.label("action"),
        literal(None).label("subject"),
        StaffAudit.detail.label("detail"),
        literal(1).label("kind"),
    )
    if not admin:
        logins = logins.where(StaffAudit.resident_id == viewer.id)
    parts = []
    for part, table in ((decisions, ProposalEvent), (logins, StaffAudit)):
        if wanted.actor:
            part = part.where(table.actor == wanted.actor)
        if wanted.action:
            part = part.where(table.action == wanted.action)
        if wanted.since:
            part = part.where(table.created_at >= wanted.since)
        if wanted.until:
            part = part.where(table.created_at < wanted.until)
        if wanted.before:
            part = part.where(table.created_at < wanted.before)
        parts.append(part.order_by(table.created_at.desc()).limit(limit))
    both = union_all(*(p.subquery().select() for p in parts)).subquery()
    rows = await session.execute(
        select(both).order_by(both.c.at.desc(), both.c.kind, both.c.id.desc()).limit(limit)
    )
    return [AuditLine(r.at, r.actor, r.action, r.subject, r.detail) for r in rows]


async def _is_admin(session: AsyncSession, resident: Resident) -> bool:
    return await staff_roles.is_deployment_admin(session, resident=resident)
