"""Every proposal of a municipality as CSV or XLSX (`storage.export_files`), with its forwards
and its whole history, for the municipality's records and donors' reports (`python -m bot
export proposals`, and the panel's exports)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import AsyncIterator, Sequence
from datetime import UTC, datetime
from typing import Any, TextIO

from sqlalchemy import or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage import export_files
from storage.models import Delivery, Municipality, Proposal, ProposalEvent, Resident

COLUMNS = (
    "number", "status", "category", "community", "submitted_at", "text", "photos", "location",
    "decided_by", "decided_at", "reason", "note", "answer", "answered_at", "forwards", "history",
    "event",
)  # fmt: skip
PAGE = 500  # proposals read at a time: memory stays flat however many there are


def iso(moment: datetime | None) -> str | None:
    """2026-11-22T10:00:00Z: UTC, to the second."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if moment else None


def event_line(event: ProposalEvent) -> str:
    """2026-11-22T10:00:00Z approved telegram:123 (reason) note"""
    line = f"{iso(event.created_at)} {event.action} {event.actor}"
    if event.reason:
        line += f" ({event.reason})"
    if event.note:
        line += f" {event.note}"
    return line


def location_text(location: dict[str, Any] | None) -> str:
    if not location or "lat" not in location or "lon" not in location:
        return ""
    return f"{location['lat']},{location['lon']}"


async def proposal_rows(
    session: AsyncSession,
    *,
    municipality: Municipality | None = None,
    event_id: int | None = None,
    municipality_ids: Sequence[int] | None = None,
) -> AsyncIterator[list[str]]:
    """The rows of COLUMNS, oldest proposal first: a municipality's (a community's code exports
    its proposals), those raised at one consultation (`event_id`), those of several
    municipalities (`municipality_ids`, the panel's scope), or what all the given conditions
    select."""
    codes = {
        i: code for i, code in await session.execute(select(Municipality.id, Municipality.code))
    }
    after = 0
    while True:
        page = list(
            await session.scalars(
                select(Proposal)
                .where(*_scope(municipality, event_id, municipality_ids), Proposal.id > after)
                .order_by(Proposal.id)
                .limit(PAGE)
            )
        )
        if not page:
            return
        after = page[-1].id
        ids = [p.id for p in page]
        history, forwards = await _history(session, ids), await _forwards(session, ids)
        deciders = await _refs(session, {p.decided_by_id for p in page if p.decided_by_id})
        for p in page:
            yield [
                p.number, p.status, p.category, codes.get(p.community_id or 0, ""),
                iso(p.submitted_at) or "", p.text, str(len(p.photos or [])),
                location_text(p.location), deciders.get(p.decided_by_id or 0, ""),
                iso(p.decided_at) or "", p.reason or "", p.note or "", p.answer or "",
                iso(p.answered_at) or "", "; ".join(forwards[p.id]), " | ".join(history[p.id]),
                str(p.event_id or ""),
            ]  # fmt: skip


def _scope(
    municipality: Municipality | None, event_id: int | None, ids: Sequence[int] | None
) -> list[Any]:
    scope: list[Any] = []
    if ids is not None:
        scope.append(
            or_(Proposal.municipality_id.in_(list(ids)), Proposal.community_id.in_(list(ids)))
        )
    if municipality is not None:
        scope.append(
            or_(
                Proposal.municipality_id == municipality.id,
                Proposal.community_id == municipality.id,
            )
        )
    if event_id is not None:
        scope.append(Proposal.event_id == event_id)
    return scope


async def _history(session: AsyncSession, ids: list[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = defaultdict(list)
    events = await session.scalars(
        select(ProposalEvent)
        .where(ProposalEvent.proposal_id.in_(ids))
        .order_by(ProposalEvent.created_at, ProposalEvent.id)
    )
    for event in events:
        found[event.proposal_id].append(event_line(event))
    return found


async def _forwards(session: AsyncSession, ids: list[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = defaultdict(list)
    rows = await session.execute(
        select(Delivery.proposal_id, Delivery.channel, Delivery.status)
        .where(Delivery.proposal_id.in_(ids))
        .order_by(Delivery.id)
    )
    for proposal_id, channel, status in rows:
        if proposal_id is not None:
            found[proposal_id].append(f"{channel}:{status}")
    return found


async def _refs(session: AsyncSession, ids: set[int]) -> dict[int, str]:
    rows = await session.execute(
        select(Resident.id, Resident.channel, Resident.external_id).where(Resident.id.in_(ids))
    )
    return {rid: f"{channel}:{external_id}" for rid, channel, external_id in rows}


async def write_proposals_csv(
    out: TextIO,
    session: AsyncSession,
    *,
    municipality: Municipality | None = None,
    event_id: int | None = None,
) -> int:
    """Write the header and every row (UTF-8 with a byte-order mark, no cell a formula: see
    storage.export_safety); returns how many proposals."""
    return await export_files.write_csv(
        out, table(session, municipality=municipality, event_id=event_id)
    )


async def table(
    session: AsyncSession,
    *,
    municipality: Municipality | None = None,
    event_id: int | None = None,
    municipality_ids: Sequence[int] | None = None,
) -> AsyncIterator[list[str]]:
    """The header, then `proposal_rows`: what `storage.export_files` writes as CSV or XLSX."""
    yield list(COLUMNS)
    async for row in proposal_rows(
        session, municipality=municipality, event_id=event_id, municipality_ids=municipality_ids
    ):
        yield row
