"""Citizen proposals: the lifecycle, in one place.

A proposal moves only along `ALLOWED` (its status now -> its status next); each thing someone
does to it is an `Action` with the statuses it may start from (`RULES`). The functions below
(`submit`, `resubmit`, `decide`, `undo`, `answer`) check those rules and the details each action
needs, change the proposal with one conditional UPDATE (`... WHERE status = <as read>`: of two
people acting at once exactly one wins, the other gets `ForbiddenChange`), write the history
(`ProposalEvent`) and return what happened (`Change`). Times come from the caller's `now`, never
from the wall clock.

Chat handlers and the web server call these functions and hold no rule of their own: they render,
notify and move the conversation. A refused change raises a `ProposalRuleError` subclass before
anything is written, so the caller's transaction stays clean.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, false, func, literal_column, select, tuple_, update
from sqlalchemy import text as sql_text
from sqlalchemy.ext.asyncio import AsyncSession

from storage.content import PROPOSAL_CATEGORIES
from storage.models import (
    Delivery,
    Event,
    Municipality,
    Proposal,
    ProposalCounter,
    ProposalEvent,
    ProposalStatus,
    Resident,
)

S = ProposalStatus

REASONS = ("offtopic", "private", "rude", "unclear", "notlocal")  # localised as reason-<code>
NOTE_MAX = 1000  # proposals.note
ANSWER_MAX = 4000  # proposals.answer
REPEAT_WINDOW = timedelta(days=1)  # the same text again within a day is the same proposal
DAY = timedelta(days=1)  # the daily limit counts proposals created in the last day

# Where a proposal may go from each status. The only table: RULES below must stay within it.
ALLOWED: dict[ProposalStatus, frozenset[ProposalStatus]] = {
    S.PENDING: frozenset({S.APPROVED, S.REJECTED, S.CHANGES, S.DUPLICATE}),  # decided
    S.CHANGES: frozenset({S.PENDING}),  # resubmitted by its author, or the request undone
    S.REJECTED: frozenset({S.PENDING}),  # undone within the window
    S.DUPLICATE: frozenset({S.PENDING}),  # undone within the window
    S.APPROVED: frozenset({S.PENDING, S.ANSWERED, S.DONE}),  # undone before it is forwarded
    S.ANSWERED: frozenset({S.ANSWERED, S.DONE}),  # the authority may add to its answer
    S.DONE: frozenset(),
}


class Action(StrEnum):
    """What someone did to a proposal; also the history's `action`."""

    SUBMITTED = "submitted"
    RESUBMITTED = "resubmitted"
    APPROVED = "approved"
    REJECTED = "rejected"
    CHANGES = "changes"  # changes asked for
    DUPLICATE = "duplicate"
    UNDONE = "undone"
    ANSWERED = "answered"
    DONE = "done"


DECISIONS = (S.APPROVED, S.REJECTED, S.CHANGES, S.DUPLICATE)  # what a moderator may decide
_DECIDED = frozenset(DECISIONS)
_OPEN = frozenset({S.APPROVED, S.ANSWERED})  # the authority may answer


class Forwarding(StrEnum):
    """Where an action stands to the authority, besides the status: an approved proposal is the
    moderator's until it is forwarded (undo), the authority's after (answer, done)."""

    ANY = "any"
    BEFORE = "before"  # not forwarded yet, and the authority has not acted on it
    AFTER = "after"  # an approved proposal must have been forwarded first


@dataclass(frozen=True, slots=True)
class Rule:
    sources: frozenset[ProposalStatus]  # empty: a new proposal
    target: ProposalStatus
    forwarding: Forwarding = Forwarding.ANY


RULES: Mapping[Action, Rule] = {
    Action.SUBMITTED: Rule(frozenset(), S.PENDING),
    Action.RESUBMITTED: Rule(frozenset({S.CHANGES}), S.PENDING),
    Action.APPROVED: Rule(frozenset({S.PENDING}), S.APPROVED),
    Action.REJECTED: Rule(frozenset({S.PENDING}), S.REJECTED),
    Action.CHANGES: Rule(frozenset({S.PENDING}), S.CHANGES),
    Action.DUPLICATE: Rule(frozenset({S.PENDING}), S.DUPLICATE),
    # Once the authority has it (forwarded) or has acted on it (answered), no undo: the resident
    # would read "being checked" beside an answer.
    Action.UNDONE: Rule(_DECIDED, S.PENDING, Forwarding.BEFORE),
    Action.ANSWERED: Rule(_OPEN, S.ANSWERED, Forwarding.AFTER),
    Action.DONE: Rule(_OPEN, S.DONE, Forwarding.AFTER),
}


# --- what can go wrong ----------------------------------------------------------------------


class ProposalRuleError(Exception):
    """A change the rules refuse; nothing was written."""

    def __init__(self, proposal: Proposal | None, message: str) -> None:
        super().__init__(message)
        self.proposal = proposal


class ForbiddenChange(ProposalRuleError):
    """The proposal's status does not allow this (it may just have been changed by someone
    else: `proposal` is refreshed, its status and `decided_by_id` say by whom)."""


class TooLateToUndo(ProposalRuleError):
    """The undo window is over, or the proposal has been forwarded already."""


class NotTheAuthor(ProposalRuleError):
    """Only the author may resubmit a proposal."""


class MissingDetail(ProposalRuleError):
    """A rejection needs a known reason, a request for changes a note, an answer its text."""


class NotADuplicate(ProposalRuleError):
    """A proposal repeats another proposal of the same municipality, not itself."""


class UnknownCategory(ProposalRuleError):
    """The municipality takes no proposals of this category."""


class DailyLimitReached(ProposalRuleError):
    """The resident has sent as many proposals as a day allows."""


class AlreadySent(ProposalRuleError):
    """This draft (or this very text, within a day) was sent already: `proposal` is that one."""


@dataclass(frozen=True, slots=True)
class Change:
    """What happened: `proposal` (refreshed) went from `before` to `after` at `at`."""

    proposal: Proposal
    action: Action
    before: ProposalStatus | None  # None: it was just submitted
    after: ProposalStatus
    at: datetime
    event: ProposalEvent


# --- questions ------------------------------------------------------------------------------


def status_of(proposal: Proposal) -> ProposalStatus:
    return ProposalStatus(proposal.status)


def allows(proposal: Proposal, action: Action) -> bool:
    """Whether the proposal's status (and where it stands to the authority: `Forwarding`)
    allows `action` now (undo has a time limit on top)."""
    status, rule = status_of(proposal), RULES[action]
    if status not in rule.sources or rule.target not in ALLOWED[status]:
        return False
    match rule.forwarding:
        case Forwarding.BEFORE:
            return proposal.forwarded_at is None and proposal.answered_at is None
        case Forwarding.AFTER:
            return status != S.APPROVED or proposal.forwarded_at is not None
    return True


def awaits_decision(proposal: Proposal) -> bool:
    return allows(proposal, Action.APPROVED)


def answerable(proposal: Proposal) -> bool:
    """The authority may answer an approved proposal, and add to an answered one."""
    return allows(proposal, Action.ANSWERED)


def resubmittable(proposal: Proposal, *, author_id: int) -> bool:
    return proposal.resident_id == author_id and allows(proposal, Action.RESUBMITTED)


MIN_LETTERS = 10  # a proposal is words: emoji, digits and punctuation alone say nothing


def has_words(text: str) -> bool:
    """Whether `text` has words in it (at least `MIN_LETTERS` letters, in any script)."""
    return sum(ch.isalpha() for ch in text) >= MIN_LETTERS


# --- what the author sees -------------------------------------------------------------------
#
# Nothing a moderator does leaves before the undo window is over (`PROPOSAL_UNDO_MINUTES`): the
# notice waits in the outbox, and "My proposals" shows the proposal as the author may know it.
# A decision younger than the window is not shown yet (the proposal is still "being checked"),
# and a decision that was taken back, with its undoing, is never shown.


def still_undoable(proposal: Proposal, *, now: datetime, window: timedelta) -> bool:
    """A moderator may still take the decision back: it is not the author's to see yet."""
    return (
        status_of(proposal) in _DECIDED
        and proposal.decided_at is not None
        and proposal.forwarded_at is None
        and now < proposal.decided_at + window
    )


def status_for_author(proposal: Proposal, *, now: datetime, window: timedelta) -> ProposalStatus:
    return S.PENDING if still_undoable(proposal, now=now, window=window) else status_of(proposal)


def history_for_author(
    proposal: Proposal, events: list[ProposalEvent], *, now: datetime, window: timedelta
) -> list[ProposalEvent]:
    """`events` (oldest first) without decisions taken back, their undoing, and a decision
    still within its undo window."""
    shown: list[ProposalEvent] = []
    decisions = {str(action) for action in DECISIONS}
    for event in events:
        if event.action == Action.UNDONE:
            if shown and shown[-1].action in decisions:
                shown.pop()  # the decision it took back
            continue
        shown.append(event)
    if still_undoable(proposal, now=now, window=window) and shown and shown[-1].action in decisions:
        shown.pop()
    return shown


def categories_of(municipality: Municipality) -> list[str]:
    return list(municipality.proposal_categories or PROPOSAL_CATEGORIES)


async def daily_limit_reached(
    session: AsyncSession, *, resident_id: int, now: datetime, per_day: int
) -> bool:
    return await proposals_since(session, resident_id=resident_id, since=now - DAY) >= per_day


# --- changes --------------------------------------------------------------------------------


def record(
    session: AsyncSession, proposal: Proposal, *, actor: str, action: str,
    reason: str | None = None, note: str | None = None, now: datetime | None = None,
) -> ProposalEvent:  # fmt: skip
    """One line of the proposal's history (without `now`: the engine's clock stamps it)."""
    event = ProposalEvent(
        proposal_id=proposal.id, actor=actor, action=str(action), reason=reason, note=note
    )
    if now is not None:
        event.created_at = now
    session.add(event)
    return event


async def submit(
    session: AsyncSession,
    *,
    author: Resident,
    municipality: Municipality,
    community_id: int | None,
    category: str,
    text: str,
    photos: list[str],
    location: dict[str, float] | None,
    draft_key: str | None,
    event_id: int | None,
    now: datetime,
    per_day: int,
) -> Change:
    """A new proposal, pending moderation, with the next public number. Sent again (the same
    draft, or the same text within a day) it raises `AlreadySent` with the one stored."""
    sent = await sent_before(
        session, resident_id=author.id, draft_key=draft_key, text=text, since=now - REPEAT_WINDOW
    )
    if sent is not None:
        raise AlreadySent(sent, f"already sent as {sent.number}")
    if not has_words(text):
        raise MissingDetail(None, f"a proposal needs at least {MIN_LETTERS} letters")
    if category not in categories_of(municipality):
        raise UnknownCategory(None, f"{municipality.code} takes no {category!r} proposals")
    if await daily_limit_reached(session, resident_id=author.id, now=now, per_day=per_day):
        raise DailyLimitReached(None, f"{per_day} proposals a day at most")
    if event_id is not None and await session.get(Event, event_id) is None:
        event_id = None  # raised at a consultation that has been deleted since
    proposal = Proposal(
        draft_key=draft_key,
        number=await next_proposal_number(session, municipality=municipality, now=now),
        municipality_id=municipality.id,
        community_id=community_id,
        resident_id=author.id,
        category=category,
        text=text,
        photos=list(photos),
        location=location,
        event_id=event_id,
        status=S.PENDING,
        created_at=now,
        submitted_at=now,
        updated_at=now,
    )
    session.add(proposal)
    await session.flush()
    event = record(session, proposal, actor=author.ref, action=Action.SUBMITTED, now=now)
    return Change(proposal, Action.SUBMITTED, None, S.PENDING, now, event)


async def resubmit(
    session: AsyncSession,
    proposal: Proposal,
    *,
    author: Resident,
    text: str,
    photos: list[str],
    location: dict[str, float] | None,
    draft_key: str | None,
    now: datetime,
) -> Change:
    """The author's edited proposal, after changes were asked for: pending again, same number."""
    if proposal.resident_id != author.id:
        raise NotTheAuthor(proposal, f"{author.ref} did not write {proposal.number}")
    if not has_words(text):
        raise MissingDetail(proposal, f"a proposal needs at least {MIN_LETTERS} letters")
    values = dict(
        text=text, photos=list(photos), location=location, draft_key=draft_key,
        submitted_at=now, reason=None, note=None,
    )  # fmt: skip
    return await _change(session, proposal, Action.RESUBMITTED, actor=author.ref, now=now,
                         values=values)  # fmt: skip


async def decide(
    session: AsyncSession,
    proposal: Proposal,
    decision: ProposalStatus,
    *,
    by: Resident,
    now: datetime,
    reason: str | None = None,
    note: str | None = None,
    duplicate_of: Proposal | None = None,
) -> Change:
    """A moderator's decision on a pending proposal: approve, reject (a reason from `REASONS`,
    a note optional), ask for changes (a note), or mark a duplicate of another proposal of the
    same municipality."""
    if decision not in DECISIONS:
        raise ForbiddenChange(proposal, f"{decision!r} is no moderator's decision")
    action = Action(str(decision))
    if note is not None:
        note = note.strip() or None
        if note is not None and len(note) > NOTE_MAX:
            raise MissingDetail(proposal, f"a note has at most {NOTE_MAX} characters")
    if decision == S.REJECTED and reason not in REASONS:
        raise MissingDetail(proposal, f"a rejection needs one of the reasons {REASONS}")
    if decision != S.REJECTED:
        reason = None
    if decision == S.CHANGES and note is None:
        raise MissingDetail(proposal, "asking for changes needs a note saying which")
    if decision == S.DUPLICATE:
        if duplicate_of is None:
            raise MissingDetail(proposal, "a duplicate needs its original")
        if (
            duplicate_of.id == proposal.id
            or duplicate_of.municipality_id != proposal.municipality_id
        ):
            raise NotADuplicate(proposal, f"{duplicate_of.number} cannot be its original")
    else:
        duplicate_of = None
    values = dict(
        reason=reason, note=note, decided_by_id=by.id, decided_at=now,
        duplicate_of_id=duplicate_of.id if duplicate_of else None,
    )  # fmt: skip
    return await _change(session, proposal, action, actor=by.ref, now=now, values=values,
                         reason=reason, note=note)  # fmt: skip


async def undo(
    session: AsyncSession, proposal: Proposal, *, by: Resident, now: datetime, window: timedelta
) -> Change:
    """Take a decision back within `window` of it, unless the proposal went to the authority
    already (the forwarder releases approved ones once the window is over)."""
    if not allows(proposal, Action.UNDONE):
        raise TooLateToUndo(proposal, f"{proposal.number} is {proposal.status}: nothing to undo")
    if not undoable(proposal, now=now, window=window):
        raise TooLateToUndo(proposal, f"the decision on {proposal.number} is final")
    values = dict(
        reason=None, note=None, duplicate_of_id=None, decided_by_id=None, decided_at=None
    )  # fmt: skip
    try:
        return await _change(
            session, proposal, Action.UNDONE, actor=by.ref, now=now, values=values,
            also=(Proposal.forwarded_at.is_(None), Proposal.answered_at.is_(None)),
        )  # fmt: skip
    except ForbiddenChange as lost:  # released by the forwarder at this very moment
        raise TooLateToUndo(proposal, str(lost)) from lost


async def answer(
    session: AsyncSession,
    proposal: Proposal,
    *,
    actor: str,
    text: str | None,
    done: bool,
    now: datetime,
) -> Change:
    """The authority's answer to an approved (or answered) proposal; `done` closes it (without
    `text` the answer given before stays)."""
    text = (text or "").strip() or None
    if text is None and not done:
        raise MissingDetail(proposal, "an answer needs its text")
    if text is not None and len(text) > ANSWER_MAX:
        raise MissingDetail(proposal, f"an answer has at most {ANSWER_MAX} characters")
    action = Action.DONE if done else Action.ANSWERED
    values: dict[str, Any] = {"answered_by": actor, "answered_at": now}
    if text is not None:
        values["answer"] = text
    return await _change(session, proposal, action, actor=actor, now=now, values=values,
                         note=text if text is not None else proposal.answer)  # fmt: skip


def forwarded(
    session: AsyncSession, proposal: Proposal, *, now: datetime, destinations: str
) -> ProposalEvent:
    """An approved proposal released to its authority (no status change: from now on it can no
    longer be undone). The caller holds the row (the forwarder claims what it releases)."""
    if proposal.status != S.APPROVED or proposal.forwarded_at is not None:
        raise ForbiddenChange(proposal, f"{proposal.number} is not waiting to be forwarded")
    proposal.forwarded_at = now
    return record(session, proposal, actor="system", action="forwarded", note=destinations,
                  now=now)  # fmt: skip


async def _change(
    session: AsyncSession,
    proposal: Proposal,
    action: Action,
    *,
    actor: str,
    now: datetime,
    values: dict[str, Any],
    also: tuple[ColumnElement[bool], ...] = (),
    reason: str | None = None,
    note: str | None = None,
) -> Change:
    """Move `proposal` by `action` if its status allows, as one conditional UPDATE; record it."""
    before = status_of(proposal)
    if not allows(proposal, action):
        raise ForbiddenChange(proposal, f"{proposal.number} is {before}: it cannot be {action}")
    target = RULES[action].target
    result = await session.execute(
        update(Proposal)
        .where(Proposal.id == proposal.id, Proposal.status == before, *also)
        .values(status=target, updated_at=now, **values)
        .execution_options(synchronize_session=False)
    )
    await session.refresh(proposal)
    if result.rowcount != 1:  # type: ignore[attr-defined]
        raise ForbiddenChange(proposal, f"{proposal.number} was changed meanwhile")
    event = record(session, proposal, actor=actor, action=action, reason=reason, note=note,
                   now=now)  # fmt: skip
    return Change(proposal, action, before, target, now, event)


# --- queries --------------------------------------------------------------------------------


async def next_proposal_number(
    session: AsyncSession, *, municipality: Municipality, now: datetime
) -> str:
    """The next public number, e.g. QUB-2026-0042, in the municipality's own year at `now`;
    the counter row is locked while we take it."""
    year = now.astimezone(ZoneInfo(municipality.timezone)).year
    query = select(ProposalCounter).where(
        ProposalCounter.municipality_id == municipality.id, ProposalCounter.year == year
    )
    if session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update()
    counter = await session.scalar(query)
    if counter is None:
        counter = ProposalCounter(municipality_id=municipality.id, year=year, last=0)
        session.add(counter)
    counter.last += 1
    await session.flush()
    return f"{municipality.code}-{year}-{counter.last:04d}"


async def proposals_since(session: AsyncSession, *, resident_id: int, since: datetime) -> int:
    return int(
        await session.scalar(
            select(func.count())
            .select_from(Proposal)
            .where(Proposal.resident_id == resident_id, Proposal.created_at >= since)
        )
        or 0
    )


async def sent_before(
    session: AsyncSession,
    *,
    resident_id: int,
    draft_key: str | None,
    text: str | None = None,
    since: datetime | None = None,
) -> Proposal | None:
    """The resident's proposal already sent from this draft, or (given `text` and `since`)
    with this very text since then: sending again answers with it instead of a second copy."""
    same_draft = Proposal.draft_key == draft_key if draft_key else false()
    same_text = (
        (Proposal.text == text) & (Proposal.created_at >= since)
        if text is not None and since is not None
        else false()
    )
    return await session.scalar(
        select(Proposal)
        .where(Proposal.resident_id == resident_id, same_draft | same_text)
        .order_by(Proposal.id.desc())
        .limit(1)
    )


proposal_sent_before = sent_before  # the name storage.repos gave it


async def by_number(session: AsyncSession, *, number: str) -> Proposal | None:
    return await session.scalar(select(Proposal).where(Proposal.number == number.strip().upper()))


proposal_by_number = by_number  # the name storage.repos gave it


async def pending(
    session: AsyncSession, *, municipality_ids: list[int], limit: int = 10
) -> tuple[list[Proposal], dict[int, int]]:
    """The oldest pending proposals first, and how many wait per municipality."""
    page = await queue(session, wanted=QueueFilter(tuple(municipality_ids)), limit=limit)
    return page.proposals, await pending_counts(session, municipality_ids=municipality_ids)


async def open_for_authority(
    session: AsyncSession, *, municipality_ids: list[int], limit: int = 10
) -> tuple[list[Proposal], int]:
    """What the authority may answer: forwarded approved proposals (the oldest unanswered
    first), then answered ones it may add to or close; and how many there are in all."""
    where = (
        Proposal.municipality_id.in_(municipality_ids),
        Proposal.status.in_([S.APPROVED, S.ANSWERED]),
        Proposal.forwarded_at.is_not(None) | (Proposal.status == S.ANSWERED),
    )
    total = await session.scalar(select(func.count()).select_from(Proposal).where(*where))
    rows = await session.scalars(
        select(Proposal)
        .where(*where)
        .order_by((Proposal.status == S.ANSWERED), Proposal.decided_at, Proposal.id)
        .limit(limit)
    )
    return list(rows), int(total or 0)


async def of_resident(session: AsyncSession, *, resident_id: int, limit: int) -> list[Proposal]:
    """The resident's newest proposals first."""
    return list(
        await session.scalars(
            select(Proposal)
            .where(Proposal.resident_id == resident_id)
            .order_by(Proposal.id.desc())
            .limit(limit)
        )
    )


async def history(session: AsyncSession, *, proposal_id: int) -> list[ProposalEvent]:
    return list(
        await session.scalars(
            select(ProposalEvent)
            .where(ProposalEvent.proposal_id == proposal_id)
            .order_by(ProposalEvent.id)
        )
    )


# --- the moderation queue: one query for the chat's /queue and /p and the web panel --------

NUMBER = re.compile(r"^[A-Z]{2,8}-\d{4}-\d{1,6}$")  # a public number, e.g. QUB-2026-0042
_WORD = re.compile(r"\w+")
QUEUE_PAGE_MAX = 100


@dataclass(frozen=True, slots=True)
class QueueFilter:
    """What a queue page shows. `municipality_ids` is the viewer's scope (the municipalities
    where they moderate: never widened by the other fields); `community_id`, `category` and
    `statuses` narrow it; `since`/`until` bound the (last) submission time, `until` exclusive;
    `search` is a public number (exact, any case) or words (each must start a word of the text,
    any case; matched by the database's full-text index)."""

    municipality_ids: tuple[int, ...]
    statuses: tuple[ProposalStatus, ...] = (S.PENDING,)
    category: str | None = None
    community_id: int | None = None
    since: datetime | None = None
    until: datetime | None = None
    search: str | None = None
    newest_first: bool = False


@dataclass(frozen=True, slots=True)
class QueueCursor:
    """Where a page ended: the last row's (submitted_at, id). `str()` gives the token pages
    carry; `QueueCursor.parse` reads it back (None for anything malformed)."""

    submitted_at: datetime
    id: int

    def __str__(self) -> str:
        return f"{int(self.submitted_at.timestamp() * 1_000_000)}.{self.id}"

    @classmethod
    def parse(cls, token: str | None) -> QueueCursor | None:
        micros, _, row_id = (token or "").partition(".")
        if not (micros.isascii() and micros.isdigit() and row_id.isascii() and row_id.isdigit()):
            return None
        if len(micros) > 18 or len(row_id) > 12:
            return None
        at = datetime.fromtimestamp(int(micros) / 1_000_000, tz=UTC)
        return cls(at, int(row_id))


@dataclass(frozen=True, slots=True)
class QueuePage:
    proposals: list[Proposal]
    next: QueueCursor | None  # None: this was the last page


def search_terms(text: str) -> list[str]:
    """The words of a search, as the full-text index sees them (letters and digits only)."""
    return _WORD.findall(text)[:8]


async def queue(
    session: AsyncSession,
    *,
    wanted: QueueFilter,
    after: QueueCursor | None = None,
    limit: int = 20,
) -> QueuePage:
    """One page of proposals matching `wanted`, oldest submission first (newest with
    `newest_first`), after `after`; keyset paging on (submitted_at, id) over the indexes of
    migration 0014: no page counts the table. Raises nothing; an empty scope gives an empty
    page."""
    limit = max(1, min(limit, QUEUE_PAGE_MAX))
    if not wanted.municipality_ids or not wanted.statuses:
        return QueuePage([], None)
    query = select(Proposal).where(
        Proposal.municipality_id.in_(wanted.municipality_ids),
        Proposal.status.in_([str(s) for s in wanted.statuses]),
    )
    if wanted.category:
        query = query.where(Proposal.category == wanted.category)
    if wanted.community_id is not None:
        query = query.where(Proposal.community_id == wanted.community_id)
    if wanted.since is not None:
        query = query.where(Proposal.submitted_at >= wanted.since)
    if wanted.until is not None:
        query = query.where(Proposal.submitted_at < wanted.until)
    search = (wanted.search or "").strip()
    if search:
        if NUMBER.match(search.upper()):
            query = query.where(Proposal.number == search.upper())
        else:
            terms = search_terms(search)
            if not terms:
                return QueuePage([], None)
            query = query.where(_words_match(session, terms))
    key = (Proposal.submitted_at, Proposal.id)
    if after is not None:
        if wanted.newest_first:
            query = query.where(tuple_(*key) < tuple_(after.submitted_at, after.id))
        else:
            query = query.where(tuple_(*key) > tuple_(after.submitted_at, after.id))
    order = [k.desc() for k in key] if wanted.newest_first else list(key)
    rows = list(await session.scalars(query.order_by(*order).limit(limit + 1)))
    more = len(rows) > limit
    rows = rows[:limit]
    last = rows[-1] if more and rows else None
    return QueuePage(rows, QueueCursor(last.submitted_at, last.id) if last else None)


def _words_match(session: AsyncSession, terms: list[str]) -> ColumnElement[bool]:
    """Every term starts a word of the text, by the database's full-text index (migration
    0014): FTS5 on SQLite, `to_tsvector('simple', ...)` with a GIN index on PostgreSQL."""
    if session.get_bind().dialect.name == "postgresql":
        query = " & ".join(f"{term}:*" for term in terms)
        return func.to_tsvector(literal_column("'simple'"), Proposal.text).bool_op("@@")(
            func.to_tsquery(literal_column("'simple'"), query)
        )
    match = " ".join(f'"{term}"*' for term in terms)
    return Proposal.id.in_(
        select(literal_column("rowid"))
        .select_from(sql_text("proposals_fts"))
        .where(sql_text("proposals_fts MATCH :words").bindparams(words=match))
    )


async def pending_counts(
    session: AsyncSession, *, municipality_ids: list[int], cap: int | None = None
) -> dict[int, int]:
    """How many proposals wait per municipality, counted on the queue's index. With `cap`, a
    count stops at `cap` (a page heading needs "1,000 or more", not the exact figure, and then
    never reads more than `cap` index entries per municipality)."""
    if cap is None:
        return dict(
            (
                await session.execute(
                    select(Proposal.municipality_id, func.count())
                    .where(
                        Proposal.municipality_id.in_(municipality_ids),
                        Proposal.status == S.PENDING,
                    )
                    .group_by(Proposal.municipality_id)
                )
            ).all()
        )
    counts = {}
    for municipality_id in municipality_ids:
        waiting = (
            select(Proposal.id)
            .where(Proposal.municipality_id == municipality_id, Proposal.status == S.PENDING)
            .limit(cap)
            .subquery()
        )
        counts[municipality_id] = int(
            await session.scalar(select(func.count()).select_from(waiting)) or 0
        )
    return counts


def undoable(proposal: Proposal, *, now: datetime, window: timedelta) -> bool:
    """Whether `undo` would take the decision back now (the same conditions it checks)."""
    decided = proposal.decided_at
    return (
        allows(proposal, Action.UNDONE)
        and decided is not None
        and proposal.forwarded_at is None
        and now <= decided + window
    )


async def forwards(session: AsyncSession, *, proposal_id: int) -> list[Delivery]:
    """The proposal's forwards to its authority (outbox rows), oldest first, with their
    delivery status."""
    return list(
        await session.scalars(
            select(Delivery).where(Delivery.proposal_id == proposal_id).order_by(Delivery.id)
        )
    )


async def by_ids(
    session: AsyncSession, *, ids: list[int], municipality_ids: list[int]
) -> list[Proposal]:
    """The proposals of `ids` within `municipality_ids` (others are silently left out)."""
    if not ids or not municipality_ids:
        return []
    return list(
        await session.scalars(
            select(Proposal)
            .where(Proposal.id.in_(ids), Proposal.municipality_id.in_(municipality_ids))
            .order_by(Proposal.submitted_at, Proposal.id)
        )
    )
