"""Municipalities, role grants and where surveys are open, cached in the process: most updates
read one or the other, and they change rarely (municipalities through `load-content` and a staff
chat's move, roles through `grant` and `revoke`, surveys when staff open or close one).

Each cache is a snapshot of its whole table (a few hundred municipalities, a few hundred grants),
loaded by one SELECT when first needed and kept for `ttl` seconds (monotonic time, not business
time).

- **In this process** a write through a session of the cached sessionmaker makes the snapshot
  stale at once: at its flush (any new, changed or deleted `Municipality`, `RoleGrant`, `Survey`
  or `Resident`, whose deletion cascades to its grants) and again at its commit or rollback. A
  session that has written a table reads that table uncached until it ends, and a snapshot
  loaded while a write committed is not kept (a generation count), so no reader keeps
  uncommitted or superseded rows.
- **In other processes** (the CLI's `grant` and `load-content`, other bot processes on
  PostgreSQL) nothing is told: their writes are seen when the snapshot expires, within `ttl`
  seconds (`DEFAULT_TTL`, 5 s). A revoked role therefore works for at most 5 more seconds in a
  process that did not revoke it.

Cached rows are copied into each session that asks (as if loaded by it, without a statement), so
handlers get ordinary objects and may change them; the snapshot itself is never handed out.
"""

from __future__ import annotations

import copy
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import event, func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import ORMExecuteState, Session, make_transient_to_detached
from sqlalchemy.orm.util import identity_key

from storage.driver_sql import loaded
from storage.models import Municipality, Resident, RoleGrant, Survey, SurveyStatus

DEFAULT_TTL = 5.0  # seconds a snapshot is trusted: how late another process's write is seen
MUNICIPALITIES = "municipalities"
ROLES = "roles"
OPEN_SURVEYS = "open_surveys"
_INFO_KEY = "caches"
_STALE_KEY = "caches_stale"  # tables this session has written (info of the session)


@dataclass(frozen=True, slots=True)
class Grant:
    """A role grant as cached: what the role rules read."""

    id: int
    resident_id: int
    role: str
    municipality_id: int | None
    granted_at: Any

    def as_model(self) -> RoleGrant:
        """A detached `RoleGrant` with these values (to read, not to change)."""
        grant = RoleGrant(
            id=self.id, resident_id=self.resident_id, role=self.role,
            municipality_id=self.municipality_id, granted_at=self.granted_at,
        )  # fmt: skip
        make_transient_to_detached(grant)
        return grant


@dataclass(slots=True)
class _Snapshot:
    loaded_at: float
    rows: Any


@dataclass
class Caches:
    """The snapshots of one sessionmaker (one database); `ttl` in seconds."""

    ttl: float = DEFAULT_TTL
    monotonic: Callable[[], float] = time.monotonic
    loads: int = 0  # snapshots loaded (a test can see a hit)
    _snapshots: dict[str, _Snapshot] = field(default_factory=dict)
    _generation: dict[str, int] = field(default_factory=dict)

    def invalidate(self, *tables: str) -> None:
        """Forget the snapshots of `tables` (all when none are named)."""
        for table in tables or (MUNICIPALITIES, ROLES, OPEN_SURVEYS):
            self._snapshots.pop(table, None)
            self._generation[table] = self._generation.get(table, 0) + 1

    def _fresh(self, table: str) -> Any | None:
        snapshot = self._snapshots.get(table)
        if snapshot is None or self.monotonic() - snapshot.loaded_at > self.ttl:
            return None
        return snapshot.rows

    async def _get(
        self, session: AsyncSession, table: str, load: Callable[[AsyncSession], Any]
    ) -> Any:
        if table in session.info.get(_STALE_KEY, ()):
            return await load(session)  # this session's own writes: not for anyone else
        rows = self._fresh(table)
        if rows is None:
            generation = self._generation.get(table, 0)
            started = self.monotonic()
            rows = await load(session)
            self.loads += 1
            if self._generation.get(table, 0) == generation:  # no write committed meanwhile
                self._snapshots[table] = _Snapshot(started, rows)
        return rows


@dataclass(frozen=True, slots=True)
class Municipalities:
    """Every municipality's column values, by id and by upper-case code."""

    by_id: dict[int, dict[str, Any]]
    by_code: dict[str, int]

    def ordered(self) -> list[dict[str, Any]]:
        return sorted(self.by_id.values(), key=lambda m: (m["position"], m["code"]))


_COLUMNS = [column.key for column in Municipality.__table__.columns]
_GRANT_COLUMNS = [RoleGrant.id, RoleGrant.resident_id, RoleGrant.role]
_GRANT_COLUMNS += [RoleGrant.municipality_id, RoleGrant.granted_at]


async def _load_municipalities(session: AsyncSession) -> Municipalities:
    rows = (await session.execute(select(Municipality.__table__))).mappings()
    by_id = {row["id"]: dict(row) for row in rows}
    return Municipalities(by_id, {m["code"].upper(): m["id"] for m in by_id.values()})


async def _load_roles(session: AsyncSession) -> dict[int, list[Grant]]:
    grants: dict[int, list[Grant]] = {}
    rows = await session.execute(select(*_GRANT_COLUMNS).order_by(RoleGrant.id))
    for row in rows.mappings():
        grants.setdefault(row["resident_id"], []).append(Grant(**row))
    return grants


async def _load_open_surveys(session: AsyncSession) -> dict[int, Any]:
    rows = await session.execute(
        select(Survey.municipality_id, func.max(Survey.closes_at))
        .where(Survey.status == SurveyStatus.OPEN)
        .group_by(Survey.municipality_id)
    )
    return {municipality_id: closes_at for municipality_id, closes_at in rows}


def of(session: AsyncSession) -> Caches | None:
    """The caches of the session's sessionmaker; None for a session made without them."""
    caches = session.info.get(_INFO_KEY)
    return caches if isinstance(caches, Caches) else None


async def municipalities(session: AsyncSession, caches: Caches) -> Municipalities:
    return cast(Municipalities, await caches._get(session, MUNICIPALITIES, _load_municipalities))


async def grants(session: AsyncSession, caches: Caches) -> dict[int, list[Grant]]:
    """Resident id -> their grants, in grant order (no key: no roles)."""
    return cast(dict[int, list[Grant]], await caches._get(session, ROLES, _load_roles))


async def open_surveys(session: AsyncSession, caches: Caches) -> dict[int, Any]:
    """Municipality id -> when the last of its open surveys closes (UTC datetime); a
    municipality with no open survey has no key. Surveys are opened and closed by the app's
    writes (the scheduler, staff), which this process sees at once and others within `ttl`."""
    return cast(dict[int, Any], await caches._get(session, OPEN_SURVEYS, _load_open_surveys))


def attach(session: AsyncSession, values: dict[str, Any]) -> Municipality:
    """The municipality with these column values as an object of `session`: the one the session
    holds already, else a copy added as if it had been loaded (no statement)."""
    key = identity_key(Municipality, values["id"])
    held = session.sync_session.identity_map.get(key)
    if held is not None:
        return held  # before the copy below, which is the costly part
    return loaded(session, Municipality, copy.deepcopy(values))  # JSON may be changed in place


def attach_all(session: AsyncSession, rows: Iterable[dict[str, Any]]) -> list[Municipality]:
    return [attach(session, values) for values in rows]


# --- invalidation -------------------------------------------------------------------------------


def mark_written(session: Session | AsyncSession, *tables: str) -> None:
    """`tables` were written in this session's transaction other than through its objects (a
    bulk UPDATE): stale now, and again at the end of the transaction."""
    info = session.info
    caches = info.get(_INFO_KEY)
    if not isinstance(caches, Caches):
        return
    info.setdefault(_STALE_KEY, set()).update(tables)
    caches.invalidate(*tables)


class CachingSession(Session):
    """The sessions of a sessionmaker with caches: they invalidate what they write."""


@event.listens_for(CachingSession, "after_flush")
def _after_flush(session: Session, _context: object) -> None:
    written: set[str] = set()
    for obj in (*session.new, *session.dirty, *session.deleted):
        if isinstance(obj, Municipality):
            written.add(MUNICIPALITIES)
        elif isinstance(obj, RoleGrant):
            written.add(ROLES)
        elif isinstance(obj, Survey):
            written.add(OPEN_SURVEYS)
    # Deleting a resident deletes their grants (ON DELETE CASCADE); their other changes do not.
    if any(isinstance(obj, Resident) for obj in session.deleted):
        written.add(ROLES)
    if written:
        mark_written(session, *written)


@event.listens_for(CachingSession, "do_orm_execute")
def _on_statement(state: ORMExecuteState) -> None:
    """A bulk INSERT, UPDATE or DELETE through the session (`session.execute(update(...))`)
    changes rows without flushing objects: it marks its table too."""
    if not (state.is_insert or state.is_update or state.is_delete):
        return
    table = getattr(state.statement, "table", None)
    name = getattr(table, "name", None)
    if name == Municipality.__tablename__:
        mark_written(state.session, MUNICIPALITIES)
    elif name == RoleGrant.__tablename__ or (name == Resident.__tablename__ and state.is_delete):
        mark_written(state.session, ROLES)
    elif name == Survey.__tablename__:
        mark_written(state.session, OPEN_SURVEYS)


@event.listens_for(CachingSession, "after_commit")
@event.listens_for(CachingSession, "after_rollback")
def _after_end(session: Session) -> None:
    written = session.info.pop(_STALE_KEY, None)
    caches = session.info.get(_INFO_KEY)
    if written and isinstance(caches, Caches):
        caches.invalidate(*written)


def sessionmaker_options(caches: Caches) -> dict[str, Any]:
    """What `async_sessionmaker` takes to give its sessions these caches."""
    return {"sync_session_class": CachingSession, "info": {_INFO_KEY: caches}}
