"""Help requests: a resident stuck in a payment guide asks for help; a helper of their
municipality answers, once.

A request is opened (by the resident, from a guide's step or after "Did you manage to pay?"),
then answered by a helper: a moderator of the request's municipality (or an everyone-wide
moderator or admin, as `repos.has_role` grants). An answered request is closed for good: the
answer was sent to the resident and nothing changes it. `TRANSITIONS` is the whole table; every
function here checks it, raises a `HelpRequestError` subclass for anything else, takes its time
from a `now` argument (the app's clock, never the wall clock), records who did what and when on
the row, and returns what happened (`Opened`, `Answered`). The chat handlers render and queue the
messages; they decide nothing about statuses or who may answer.

`answer` reads the request locked (PostgreSQL `SELECT ... FOR UPDATE`), so that two helpers
answering at once cannot both win: the second is told it is already answered.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from types import MappingProxyType
from typing import Final

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage import repos
from storage.models import HelpRequest, Municipality, Resident, Role, RoleGrant

log = logging.getLogger(__name__)

ANSWER_MAX = 3500  # a helper's answer, with room for our words around it in one message
PROBLEM_MAX = 2000  # what the resident says is wrong (help_requests.problem)
HELPER_ROLE = Role.MODERATOR  # who helps residents of a municipality
# Where a municipality has no helper (no moderator, no helpers' chat), its requests go to the
# deployment's admins: no request may stay unseen.
FALLBACK_ROLE = Role.ADMIN


class HelpStatus(StrEnum):
    """Where a help request stands (the values are what `help_requests.status` stores)."""

    OPEN = "open"  # waiting for a helper
    ANSWERED = "answered"  # a helper answered; closed for good


class Change(StrEnum):
    """What can happen to a help request."""

    OPEN = "open"  # a resident asked
    ANSWER = "answer"  # a helper of the municipality answered (and so closed it)


S = HelpStatus

# status before (None: it does not exist yet) -> change -> status after. Nothing else is allowed;
# answered is final.
TRANSITIONS: Final[Mapping[HelpStatus | None, Mapping[Change, HelpStatus]]] = MappingProxyType(
    {
        None: MappingProxyType({Change.OPEN: S.OPEN}),
        S.OPEN: MappingProxyType({Change.ANSWER: S.ANSWERED}),
        S.ANSWERED: MappingProxyType({}),
    }
)


class HelpRequestError(Exception):
    """A help-request rule was broken; nothing was changed."""


class NotFound(HelpRequestError):
    """No such request (a forged or malformed id, or one since deleted)."""

    def __init__(self, ref: object) -> None:
        self.ref = ref
        super().__init__(f"no help request {ref!r}")


class NotAHelper(HelpRequestError):
    """The resident does not help in the request's municipality (or it has none any more)."""

    def __init__(self, resident_id: int, request: HelpRequest) -> None:
        self.resident_id = resident_id
        self.request_id = request.id
        self.municipality_id = request.municipality_id
        super().__init__(
            f"resident #{resident_id} is no helper of municipality "
            f"{request.municipality_id or '(none)'} of help request #{request.id}"
        )


class ForbiddenChange(HelpRequestError):
    """The change is not allowed from the request's status (see `TRANSITIONS`)."""

    def __init__(self, status: HelpStatus | None, change: Change, request_id: int | None = None):
        self.status = status
        self.change = change
        self.request_id = request_id
        what = f"help request #{request_id}" if request_id else "a help request"
        super().__init__(f"{change} is not allowed for {what} that is {status or 'new'}")


class InvalidAnswer(HelpRequestError):
    """An answer that is empty, or longer than `ANSWER_MAX`."""

    def __init__(self, length: int) -> None:
        self.length = length
        super().__init__(f"an answer must have 1 to {ANSWER_MAX} characters, not {length}")


@dataclass(frozen=True)
class Opened:
    """A resident's request, and who helps with it. `created` is False when the resident
    already had an open request for this guide: that one is returned, and its helpers were told
    when it was opened (they need not be told twice)."""

    request: HelpRequest = field(compare=False)
    created: bool
    at: datetime
    municipality: Municipality | None = field(compare=False, default=None)
    helpers: tuple[Resident, ...] = field(compare=False, default=())  # to tell, one by one
    helpers_chat: str | None = None  # the municipality's helpers' group chat, if any
    admins: bool = False  # no helper in the municipality: `helpers` are the deployment's admins


@dataclass(frozen=True)
class Answered:
    """What happened: the request (as it is now), the change, the statuses around it."""

    request: HelpRequest = field(compare=False)
    change: Change
    before: HelpStatus
    after: HelpStatus
    at: datetime
    by_id: int  # the helper
    answer: str


def status_of(request: HelpRequest | None) -> HelpStatus | None:
    return HelpStatus(request.status) if request is not None else None


def allowed(status: HelpStatus | None, change: Change) -> HelpStatus:
    """The status after `change`, or `ForbiddenChange`."""
    after = TRANSITIONS[status].get(change)
    if after is None:
        raise ForbiddenChange(status, change)
    return after


def _check(request: HelpRequest | None, change: Change) -> HelpStatus:
    try:
        return allowed(status_of(request), change)
    except ForbiddenChange as refused:
        raise ForbiddenChange(refused.status, change, request.id if request else None) from None


async def open_request(
    session: AsyncSession,
    *,
    resident: Resident,
    tutorial: str,
    step: int,
    now: datetime,
    problem: str | None = None,
    problem_media: Mapping[str, str] | None = None,
) -> Opened:
    """Open a request for help with `tutorial` at `step` (0-based), in the resident's
    municipality, with what the resident says is wrong (`problem`, cut to `PROBLEM_MAX`
    characters; `problem_media`: a photo or voice note as `Media.as_dict()`); or return the
    resident's request for that guide and municipality that is still open, with the new
    description added to it (a doubled press asks the helpers once).

    Who is told: the municipality's helpers (moderators) and its helpers' chat; where it has
    neither, the deployment's admins (`admins` is then True). Nobody at all only when the
    deployment has no admin either."""
    municipality = await repos.municipality_by_id(session, id=resident.municipality_id)
    helpers: list[Resident] = []
    if municipality is not None:
        helpers = await repos.staff_of(session, municipality_id=municipality.id, role=HELPER_ROLE)
    chat = municipality.helpers_chat if municipality else None
    admins = not helpers and not chat
    if admins:
        helpers = await deployment_admins(session)
    same_place = (
        HelpRequest.municipality_id == municipality.id
        if municipality is not None
        else HelpRequest.municipality_id.is_(None)
    )
    request = await session.scalar(
        select(HelpRequest)
        .where(
            HelpRequest.resident_id == resident.id,
            HelpRequest.tutorial == tutorial,
            HelpRequest.status == HelpStatus.OPEN,
            same_place,
        )
        .order_by(HelpRequest.id.desc())
        .limit(1)
    )
    created = request is None
    problem = (problem or "").strip()[:PROBLEM_MAX] or None
    if request is None:
        request = HelpRequest(
            resident_id=resident.id,
            municipality_id=municipality.id if municipality else None,
            tutorial=tutorial,
            step=step,
            status=_check(None, Change.OPEN),
            created_at=now,
            problem=problem,
            problem_media=dict(problem_media) if problem_media else None,
        )
        session.add(request)
    else:
        if problem:
            joined = f"{request.problem}\n\n{problem}" if request.problem else problem
            request.problem = joined[:PROBLEM_MAX]
        if problem_media:
            request.problem_media = dict(problem_media)
    await session.flush()
    if not helpers and not chat:
        log.warning(
            "help request #%d reached nobody: %s has no moderator or helpers' chat, and the "
            "deployment has no admin (python -m bot grant admin ...)",
            request.id, municipality.code if municipality else "(no municipality)",
        )  # fmt: skip
    return Opened(
        request,
        created=created,
        at=now,
        municipality=municipality,
        helpers=tuple(helpers),
        helpers_chat=chat,
        admins=admins,
    )


async def deployment_admins(session: AsyncSession) -> list[Resident]:
    """Residents granted the admin role for every municipality."""
    return list(
        await session.scalars(
            select(Resident)
            .join(RoleGrant, RoleGrant.resident_id == Resident.id)
            .where(RoleGrant.role == FALLBACK_ROLE, RoleGrant.municipality_id.is_(None))
            .order_by(Resident.id)
        )
    )


async def _read(session: AsyncSession, ref: int | str | None, *, lock: bool) -> HelpRequest:
    request_id = ref if isinstance(ref, int) else repos.parse_id(ref or "")
    if request_id is None:
        raise NotFound(ref)
    query = (
        select(HelpRequest)
        .where(HelpRequest.id == request_id)
        .execution_options(populate_existing=True)
    )
    if lock and session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update()
    request = await session.scalar(query)
    if request is None:
        raise NotFound(ref)
    return request


async def _check_helper(session: AsyncSession, request: HelpRequest, helper: Resident) -> None:
    if request.municipality_id is None or not await repos.has_role(
        session, resident=helper, role=HELPER_ROLE, municipality_id=request.municipality_id
    ):
        raise NotAHelper(helper.id, request)


async def for_helper(
    session: AsyncSession, *, ref: int | str | None, helper: Resident
) -> HelpRequest:
    """The request `helper` is about to answer: it exists, they help in its municipality and it
    can still be answered. Raises `NotFound`, `NotAHelper` or `ForbiddenChange` (in that order:
    only a helper learns that a request was answered already)."""
    request = await _read(session, ref, lock=False)
    await _check_helper(session, request, helper)
    _check(request, Change.ANSWER)
    return request


async def open_for_helper(
    session: AsyncSession, *, helper: Resident, limit: int = 10
) -> tuple[list[HelpRequest], int]:
    """The open requests `helper` may answer (those of the municipalities where they help, as
    `for_helper` checks), the oldest first, and how many are open in all."""
    places = await repos.municipalities_with_role(session, resident=helper, role=HELPER_ROLE)
    where = (
        HelpRequest.status == S.OPEN,
        HelpRequest.municipality_id.in_([m.id for m in places]),
    )
    total = await session.scalar(select(func.count()).select_from(HelpRequest).where(*where))
    rows = await session.scalars(
        select(HelpRequest).where(*where).order_by(HelpRequest.created_at, HelpRequest.id)
        .limit(limit)
    )  # fmt: skip
    return list(rows), int(total or 0)


async def answer(
    session: AsyncSession,
    *,
    ref: int | str | None,
    helper: Resident,
    text: str,
    now: datetime,
) -> Answered:
    """A helper's answer: checked like `for_helper`, then the text (`InvalidAnswer`); stored
    with who answered and when. Sending it to the resident is the caller's part."""
    request = await _read(session, ref, lock=True)
    await _check_helper(session, request, helper)
    before = status_of(request)
    after = _check(request, Change.ANSWER)
    assert before is not None  # a stored request has a status
    text = text.strip()
    if not text or len(text) > ANSWER_MAX:
        raise InvalidAnswer(len(text))
    request.status = after
    request.answer = text
    request.answered_by_id = helper.id
    request.answered_at = now
    await session.flush()
    return Answered(
        request, Change.ANSWER, before=before, after=after, at=now, by_id=helper.id, answer=text
    )


async def answered_for_helper(
    session: AsyncSession, *, helper: Resident, since: datetime, limit: int = 20
) -> list[HelpRequest]:
    """Requests answered since `since` in the municipalities where `helper` helps, the latest
    first (the panel's inbox shows them below the open ones)."""
    places = await repos.municipalities_with_role(session, resident=helper, role=HELPER_ROLE)
    rows = await session.scalars(
        select(HelpRequest)
        .where(
            HelpRequest.status == S.ANSWERED,
            HelpRequest.municipality_id.in_([m.id for m in places]),
            HelpRequest.answered_at >= since,
        )
        .order_by(HelpRequest.answered_at.desc(), HelpRequest.id.desc())
        .limit(limit)
    )
    return list(rows)
