"""Data access with keyword-only functions. They flush but never commit: the caller owns the
transaction (the dispatcher commits once per incoming message)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, TypeVar, cast

from sqlalchemy import (
    CursorResult,
    Select,
    String,
    Table,
    bindparam,
    delete,
    func,
    insert,
    select,
    true,
    update,
)
from sqlalchemy import cast as sql_cast
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.sql.dml import ReturningInsert
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.selectable import ReturnsRows

from storage import caches
from storage.driver_sql import DriverInsert, DriverQuery, PythonDefaults, column_keys, loaded
from storage.models import (
    Announcement,
    AnnouncementStatus,
    Consent,
    ConversationState,
    Delivery,
    DeliveryStatus,
    LibraryItem,
    Municipality,
    ProcessedUpdate,
    Proposal,
    Resident,
    ResidentStatus,
    Role,
    RoleGrant,
    TutorialRun,
)

T = TypeVar("T")


def _claim_statement(dialect: str) -> ReturningInsert[tuple[str]]:
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    return (
        insert(ProcessedUpdate)
        .values(
            channel=bindparam("channel"),
            external_id=bindparam("external_id"),
            received_at=bindparam("received_at"),
        )
        .on_conflict_do_nothing()
        .returning(ProcessedUpdate.channel)
    )


# The dedupe insert and the resident's lookup: every incoming message's first statements, on the
# driver directly (storage.driver_sql); on PostgreSQL one statement (`_CLAIM_AND_FIND`).
_CLAIM = DriverQuery(_claim_statement)
_RESIDENTS, _STATES = cast(Table, Resident.__table__), cast(Table, ConversationState.__table__)
_RESIDENT_KEYS, _STATE_KEYS = column_keys(Resident), column_keys(ConversationState)


# FOR NO KEY UPDATE (PostgreSQL; SQLite has one writer anyway): two processes that get updates
# of one resident at once handle them one after the other, each seeing the state the other left.
# Both rows are locked: a statement that waited for a lock reads the rows it did not lock as of
# its start, so a state locked with the resident only (an outer join allows no more) was the one
# from before the other update. Hence the inner join: every resident has a state (migration 0021).
# NO KEY: the foreign-key checks of rows being inserted for the resident (a broadcast's outbox
# rows, until it commits) take KEY SHARE locks, which FOR UPDATE would wait for.
def _resident_lookup() -> Select[Any]:
    """The resident's and their state's columns, locked, of the resident on `channel`; the
    caller adds the condition on `external_id`."""
    return (
        select(*_RESIDENTS.c, *_STATES.c)
        .join(_STATES, _STATES.c.resident_id == _RESIDENTS.c.id)
        .where(_RESIDENTS.c.channel == bindparam("channel"))
        .with_for_update(of=(_RESIDENTS, _STATES), key_share=True)
    )


_FIND_RESIDENT = DriverQuery(
    lambda _dialect: _resident_lookup().where(_RESIDENTS.c.external_id == bindparam("external_id"))
)


async def claim_update(
    session: AsyncSession, *, channel: str, external_id: str, now: datetime
) -> bool:
    """Record an update id (received at `now`); False when it was seen before (a platform
    retry or duplicate)."""
    row = await _CLAIM.first(session, channel=channel, external_id=external_id, received_at=now)
    return row is not None


async def forget_processed_updates(session: AsyncSession, *, older_than: datetime) -> int:
    # Session.execute is typed to return a Result; for a DELETE it is a CursorResult.
    result = cast(
        CursorResult[Any],
        await session.execute(
            delete(ProcessedUpdate).where(ProcessedUpdate.received_at < older_than)
        ),
    )
    return result.rowcount


def _claim_and_find_statement(_dialect: str) -> ReturnsRows:
    """PostgreSQL: the dedupe insert and the resident's lookup in one statement (one round trip
    fewer per update). The lookup runs only if the claim inserted a row: so a duplicate locks
    nothing, and nothing is locked before the claim (a duplicate that locked the resident first
    and then waited for the original's claim would deadlock with it)."""
    claim = _claim_statement("postgresql").cte("claim")
    found = (
        _resident_lookup()
        .where(select(claim).exists(), _RESIDENTS.c.external_id == bindparam("user_ref"))
        .cte("found")
    )
    claimed = select(func.count().label("claimed")).select_from(claim).subquery("claimed")
    return select(claimed.c.claimed, *found.c).select_from(claimed.outerjoin(found, true()))


_CLAIM_AND_FIND = DriverQuery(_claim_and_find_statement)


async def find_resident(
    session: AsyncSession, *, channel: str, external_id: str
) -> Resident | None:
    """The resident with their conversation state, locked for this transaction on PostgreSQL;
    None if there is none. One statement. Every resident has a state (the app creates the two
    together; migration 0021): one stored without (by raw SQL) is not found here, and
    `get_or_create_resident` gives them one."""
    row = await _FIND_RESIDENT.first(session, channel=channel, external_id=external_id)
    if row is None:
        return None
    return _resident_of(session, row)


def _resident_of(session: AsyncSession, row: Sequence[Any]) -> Resident:
    """The resident and state of a row of their columns, residents' first (`_resident_lookup`,
    `_CREATE`), as objects of `session`."""
    split = len(_RESIDENT_KEYS)
    return _loaded_resident(session, row[:split], row[split:])


def _loaded_resident(
    session: AsyncSession, values: Sequence[Any], state_values: Sequence[Any]
) -> Resident:
    """The resident and state with these column values as objects of `session`, linked."""
    resident = loaded(session, Resident, dict(zip(_RESIDENT_KEYS, values, strict=True)))
    if "state" in vars(resident):  # the session held them already: its objects win
        return resident
    state = loaded(session, ConversationState, dict(zip(_STATE_KEYS, state_values, strict=True)))
    set_committed_value(state, "resident", resident)
    set_committed_value(resident, "state", state)
    return resident


# A new resident and their conversation state are two INSERTs on the driver (one statement on
# PostgreSQL, `_CREATE`) whose returned rows become the session's objects: the ORM's unit of
# work made 60% more Python calls for the same two rows, and new residents come in bursts (a
# poster, a link shared in a group; issue 18). ON CONFLICT (channel, external_id) DO NOTHING:
# the resident may have been created since the lookup (another process with their first
# update) or may lack a state (stored by raw SQL). Any other conflict is an error.
_RESIDENT_GIVEN = ("channel", "external_id", "locale", "display_name")
_RESIDENT_UNIQUE = ("channel", "external_id")
_INSERT_RESIDENT = DriverInsert(Resident, _RESIDENT_GIVEN, skip_existing=_RESIDENT_UNIQUE)
_INSERT_STATE = DriverInsert(  # the rest: model defaults
    ConversationState, ("resident_id",), skip_existing=("resident_id",)
)
_RESIDENT_ID = _RESIDENT_KEYS.index("id")
_RESIDENT_DEFAULTS = PythonDefaults(_RESIDENTS, _RESIDENT_GIVEN)
_STATE_DEFAULTS = PythonDefaults(_STATES, ("resident_id",))
# `_CREATE` takes both rows' values by column key, in one set of parameters.
assert not {*_RESIDENT_GIVEN, *(c.key for c in _RESIDENT_DEFAULTS.columns)} & {
    c.key for c in _STATE_DEFAULTS.columns
}


def _create_statement(_dialect: str) -> ReturnsRows:
    """PostgreSQL: both INSERTs in one statement (a round trip fewer), the state's taking the
    new resident's id from the first one's RETURNING; no row when the resident exists."""
    columns = [*(_RESIDENTS.c[key] for key in _RESIDENT_GIVEN), *_RESIDENT_DEFAULTS.columns]
    created = (
        pg_insert(_RESIDENTS)
        .values({column.key: bindparam(column.key, type_=column.type) for column in columns})
        .on_conflict_do_nothing(index_elements=_RESIDENT_UNIQUE)
        .returning(*_RESIDENTS.c)
        .cte("created")
    )
    state_columns = _STATE_DEFAULTS.columns
    with_state = (
        insert(_STATES)
        .from_select(
            ["resident_id", *(column.key for column in state_columns)],
            select(
                created.c.id,
                *(bindparam(column.key, type_=column.type) for column in state_columns),
            ),
            include_defaults=False,
        )
        .returning(*_STATES.c)
        .cte("with_state")
    )
    return select(*created.c, *with_state.c).select_from(
        created.join(with_state, with_state.c.resident_id == created.c.id)
    )


_CREATE = DriverQuery(_create_statement)


async def get_or_create_resident(
    session: AsyncSession,
    *,
    channel: str,
    external_id: str,
    locale: str,
    display_name: str | None = None,
) -> tuple[Resident, bool]:
    """The resident with their conversation state loaded and locked as `find_resident` does
    (one statement; for a new resident three on SQLite, two on PostgreSQL); True when just
    created. Raises LookupError if they could be neither found nor created."""
    resident = await find_resident(session, channel=channel, external_id=external_id)
    if resident is not None:
        return resident, False
    return await _create_resident(
        session, channel=channel, external_id=external_id, locale=locale, display_name=display_name
    )


async def open_update(
    session: AsyncSession,
    *,
    channel: str,
    update_id: str | None,
    external_id: str,
    locale: str,
    display_name: str | None = None,
    now: datetime,
) -> tuple[Resident, bool] | None:
    """What every update begins with: `claim_update` (its platform id `update_id`, if it has
    one) and `get_or_create_resident` (`locale` and `display_name` for a new one). None for a
    duplicate update; else the resident, locked, and True when just created. A known
    resident's update is one statement on PostgreSQL, two on SQLite."""
    if update_id is not None and session.get_bind().dialect.name == "postgresql":
        row = await _CLAIM_AND_FIND.first(
            session, channel=channel, external_id=update_id, received_at=now, user_ref=external_id
        )
        assert row is not None  # the count's row is always there
        if not row[0]:
            return None
        if row[1] is None:
            return await _create_resident(
                session, channel=channel, external_id=external_id, locale=locale,
                display_name=display_name,
            )  # fmt: skip
        return _resident_of(session, row[1:]), False
    if update_id is not None and not await claim_update(
        session, channel=channel, external_id=update_id, now=now
    ):
        return None
    return await get_or_create_resident(
        session, channel=channel, external_id=external_id, locale=locale, display_name=display_name
    )


async def _create_resident(
    session: AsyncSession, *, channel: str, external_id: str, locale: str, display_name: str | None
) -> tuple[Resident, bool]:
    """A resident the lookup did not find, with their state. Two processes with a new
    resident's first updates at once both succeed: one creates them, the other waits for it
    and finds them (False)."""
    given = {
        "channel": channel, "external_id": external_id, "locale": locale,
        "display_name": display_name,
    }  # fmt: skip
    if session.get_bind().dialect.name == "postgresql":
        await _RESIDENT_DEFAULTS.fill(session, given)
        await _STATE_DEFAULTS.fill(session, given)
        if (row := await _CREATE.first(session, **given)) is not None:
            return _resident_of(session, row), True
    elif (resident_row := await _INSERT_RESIDENT.row(session, **given)) is not None:
        state_row = await _INSERT_STATE.row(session, resident_id=resident_row[_RESIDENT_ID])
        assert state_row is not None  # the resident is new: no state can exist
        return _loaded_resident(session, resident_row, state_row), True
    # The INSERT met a resident: created meanwhile, or stored without a state.
    same = (Resident.channel == channel, Resident.external_id == external_id)
    resident_id = await session.scalar(select(Resident.id).where(*same))
    if resident_id is not None:
        await _INSERT_STATE.row(session, resident_id=resident_id)
        if resident := await find_resident(session, channel=channel, external_id=external_id):
            return resident, False
    raise LookupError(f"{channel}:{external_id} was neither found nor created")


def parse_id(text: str) -> int | None:
    """A number carried in a button or typed ("42"); None for anything else, including digits
    int() would refuse ("²") and numbers no id reaches (no query is made with them)."""
    return int(text) if text.isascii() and text.isdigit() and len(text) <= 9 else None


async def get_by_ref(session: AsyncSession, model: type[T], ref: str) -> T | None:
    """A row by the id a button carries; a forged or malformed id finds nothing."""
    row_id = parse_id(ref)
    return await session.get(model, row_id) if row_id is not None else None


def recipients() -> Select[int, str, str, str]:
    """Residents as the columns an outbox INSERT ... SELECT needs (resident_id, channel,
    chat_ref, locale), to narrow with `.where`."""
    return select(
        Resident.id.label("resident_id"),
        Resident.channel,
        Resident.external_id.label("chat_ref"),
        Resident.locale,
    )


def residents_reached(
    *, municipality_id: int, community_ids: list[int] | None, channels: list[str]
) -> Select[int, str, str, str]:
    """Active residents of a municipality (of some of its communities, if given) on a channel we
    deliver to, as `recipients` columns."""
    query = recipients().where(
        Resident.municipality_id == municipality_id,
        Resident.status == ResidentStatus.ACTIVE,
        Resident.channel.in_(channels),
    )
    if community_ids:
        query = query.where(Resident.community_id.in_(community_ids))
    return query


def record_consent(session: AsyncSession, resident: Resident, *, opted_in: bool, text: str) -> None:
    """Keep the words a resident agreed with (or wrote to opt out), in their language."""
    session.add(
        Consent(resident_id=resident.id, opted_in=opted_in, text=text, locale=resident.locale)
    )


def set_status(resident: Resident, status: ResidentStatus, *, now: datetime) -> bool:
    """Change a resident's status (as of `now`); True when it changed."""
    if resident.status == status:
        return False
    resident.status = status
    resident.status_changed_at = now
    return True


async def municipality_by_id(session: AsyncSession, *, id: int | None) -> Municipality | None:
    if id is None:
        return None
    if (cache := caches.of(session)) is not None:
        values = (await caches.municipalities(session, cache)).by_id.get(id)
        return caches.attach(session, values) if values is not None else None
    return await session.get(Municipality, id)


async def municipality_countries(session: AsyncSession) -> dict[int, str]:
    """Every municipality's and community's id -> its country (ISO 3166-1 alpha-2). A small
    table whose countries never change: callers keep the answer."""
    rows = await session.execute(select(Municipality.id, Municipality.country))
    return {row_id: country for row_id, country in rows}


STAFF_CHATS = ("helpers_chat", "moderation_chat", "authority_chat")


async def move_staff_chat(session: AsyncSession, *, old: str, new: str) -> int:
    """A staff group chat has a new id (Telegram upgraded it to a supergroup): every
    municipality that names `old` as its helpers', moderators' or authority's chat names `new`
    from now on. Returns how many settings changed."""
    changed = 0
    for name in STAFF_CHATS:
        column = getattr(Municipality, name)
        result = await session.execute(
            update(Municipality).where(column == old).values({name: new})
        )
        changed += int(result.rowcount or 0)  # type: ignore[attr-defined]
    if changed:
        caches.mark_written(session, caches.MUNICIPALITIES)
    return changed


async def municipality_by_code(session: AsyncSession, *, code: str) -> Municipality | None:
    if (cache := caches.of(session)) is not None:
        known = await caches.municipalities(session, cache)
        found = known.by_code.get(code.strip().upper())
        return caches.attach(session, known.by_id[found]) if found is not None else None
    return await session.scalar(
        select(Municipality).where(func.upper(Municipality.code) == code.strip().upper())
    )


async def list_municipalities(
    session: AsyncSession, *, parent_id: int | None = None, country: str | None = None
) -> list[Municipality]:
    """Top-level municipalities (or the communities of `parent_id`), in content order."""
    if (cache := caches.of(session)) is not None:
        known = await caches.municipalities(session, cache)
        return caches.attach_all(
            session,
            (
                m
                for m in known.ordered()
                if m["parent_id"] == parent_id and country in (None, m["country"])
            ),
        )
    query = select(Municipality).where(
        Municipality.parent_id.is_(None)
        if parent_id is None
        else Municipality.parent_id == parent_id
    )
    if country is not None:
        query = query.where(Municipality.country == country)
    return list(await session.scalars(query.order_by(Municipality.position, Municipality.code)))


async def communities_of(session: AsyncSession, *, parent_ids: Sequence[int]) -> list[Municipality]:
    """The communities of all `parent_ids` in one query, by parent and content order."""
    if not parent_ids:
        return []
    query = select(Municipality).where(Municipality.parent_id.in_(parent_ids))
    order = (Municipality.parent_id, Municipality.position, Municipality.code)
    return list(await session.scalars(query.order_by(*order)))


async def countries(session: AsyncSession) -> list[str]:
    """Countries that have municipalities, in content order of their first municipality."""
    if (cache := caches.of(session)) is not None:
        known = await caches.municipalities(session, cache)
        top = (m["country"] for m in known.ordered() if m["parent_id"] is None)
        return list(dict.fromkeys(top))
    rows = await session.execute(
        select(Municipality.country, func.min(Municipality.position))
        .where(Municipality.parent_id.is_(None))
        .group_by(Municipality.country)
        .order_by(func.min(Municipality.position))
    )
    return [country for country, _ in rows]


async def has_communities(session: AsyncSession, *, municipality_id: int) -> bool:
    if (cache := caches.of(session)) is not None:
        known = await caches.municipalities(session, cache)
        return any(m["parent_id"] == municipality_id for m in known.by_id.values())
    found = await session.scalar(
        select(Municipality.id).where(Municipality.parent_id == municipality_id).limit(1)
    )
    return found is not None


async def grant_role(
    session: AsyncSession, *, resident: Resident, role: Role, municipality: Municipality | None
) -> bool:
    """Grant a role; False when the resident already had it (for that scope)."""
    if await _find_grant(session, resident=resident, role=role, municipality=municipality):
        return False
    session.add(
        RoleGrant(
            resident_id=resident.id,
            role=role,
            municipality_id=municipality.id if municipality else None,
        )
    )
    await session.flush()
    return True


async def revoke_role(
    session: AsyncSession, *, resident: Resident, role: Role, municipality: Municipality | None
) -> bool:
    grant = await _find_grant(session, resident=resident, role=role, municipality=municipality)
    if grant is None:
        return False
    await session.delete(grant)
    await session.flush()
    return True


async def has_role(
    session: AsyncSession, *, resident: Resident, role: Role, municipality_id: int
) -> bool:
    """True for a grant of `role` on this municipality, on all municipalities, or for admins."""
    if (cache := caches.of(session)) is not None:
        held = (await caches.grants(session, cache)).get(resident.id, ())
        return any(
            g.role in (role, Role.ADMIN) and g.municipality_id in (municipality_id, None)
            for g in held
        )
    found = await session.scalar(
        select(RoleGrant.id)
        .where(
            RoleGrant.resident_id == resident.id,
            RoleGrant.role.in_([role, Role.ADMIN]),
            (RoleGrant.municipality_id == municipality_id) | RoleGrant.municipality_id.is_(None),
        )
        .limit(1)
    )
    return found is not None


async def roles_of(session: AsyncSession, *, resident: Resident) -> list[RoleGrant]:
    """The resident's grants in grant order (to read: from the cache, they are detached)."""
    if (cache := caches.of(session)) is not None:
        held = (await caches.grants(session, cache)).get(resident.id, ())
        return [grant.as_model() for grant in held]
    return list(
        await session.scalars(
            select(RoleGrant).where(RoleGrant.resident_id == resident.id).order_by(RoleGrant.id)
        )
    )


async def _find_grant(
    session: AsyncSession, *, resident: Resident, role: Role, municipality: Municipality | None
) -> RoleGrant | None:
    scope = (
        RoleGrant.municipality_id.is_(None)
        if municipality is None
        else RoleGrant.municipality_id == municipality.id
    )
    return await session.scalar(
        select(RoleGrant).where(RoleGrant.resident_id == resident.id, RoleGrant.role == role, scope)
    )


async def municipalities_with_role(
    session: AsyncSession, *, resident: Resident, role: Role
) -> list[Municipality]:
    """Top-level municipalities where the resident holds `role` (admins: all of them)."""
    if (cache := caches.of(session)) is not None:
        held = (await caches.grants(session, cache)).get(resident.id, ())
        scopes = {g.municipality_id for g in held if g.role in (role, Role.ADMIN)}
        known = await caches.municipalities(session, cache)
        top = [m for m in known.ordered() if m["parent_id"] is None]
        if None not in scopes:
            top = [m for m in top if m["id"] in scopes]
        return caches.attach_all(session, sorted(top, key=lambda m: m["position"]))
    grants = select(RoleGrant.municipality_id).where(
        RoleGrant.resident_id == resident.id, RoleGrant.role.in_([role, Role.ADMIN])
    )
    everywhere = grants.where(RoleGrant.municipality_id.is_(None)).exists()  # covers every one
    query = select(Municipality).where(
        Municipality.parent_id.is_(None), Municipality.id.in_(grants) | everywhere
    )
    return list(await session.scalars(query.order_by(Municipality.position)))


async def role_holders(
    session: AsyncSession, *, municipality_id: int | None = None, channel: str | None = None
) -> list[tuple[Resident, RoleGrant, Municipality | None]]:
    """Who holds which role: (person, grant, its municipality or None for every one), by
    municipality code (every-municipality grants first), role and person. With
    `municipality_id`, the grants that reach that municipality (its own and every-municipality
    ones); with `channel`, only people on that channel."""
    query = (
        select(Resident, RoleGrant, Municipality)
        .join(RoleGrant, RoleGrant.resident_id == Resident.id)
        .outerjoin(Municipality, Municipality.id == RoleGrant.municipality_id)
        .order_by(Municipality.code.is_not(None), Municipality.code, RoleGrant.role,
                  Resident.channel, Resident.external_id)
    )  # fmt: skip
    if municipality_id is not None:
        query = query.where(
            (RoleGrant.municipality_id == municipality_id) | RoleGrant.municipality_id.is_(None)
        )
    if channel is not None:
        query = query.where(Resident.channel == channel)
    rows = await session.execute(query)
    return [(resident, grant, place) for resident, grant, place in rows.all()]


async def latest_announcements(
    session: AsyncSession, *, municipality_id: int, community_id: int | None, limit: int = 60
) -> list[Announcement]:
    """Released announcements a resident of this place received, newest first."""
    rows = await session.scalars(
        select(Announcement)
        .where(
            Announcement.municipality_id == municipality_id,
            Announcement.status == AnnouncementStatus.RELEASED,
        )
        .order_by(Announcement.released_at.desc(), Announcement.id.desc())
        .limit(limit)
    )
    return [a for a in rows if not a.community_ids or community_id in a.community_ids]


def not_muted(category: str) -> ColumnElement[bool]:
    """Residents who have not muted `category` (a `Category` value) in Settings → Topics."""
    return ~sql_cast(Resident.muted_categories, String).contains(f'"{category}"')


async def count_recipients(session: AsyncSession, *, query: Any, category: str) -> int:
    """How many residents a recipients query reaches, less those who muted the category."""
    wanted = query.where(not_muted(category)).subquery()
    return int(await session.scalar(select(func.count()).select_from(wanted)) or 0)


async def library_categories(session: AsyncSession, *, municipality_id: int) -> list[str]:
    rows = await session.execute(
        select(LibraryItem.category, func.min(LibraryItem.position))
        .where(LibraryItem.municipality_id == municipality_id)
        .group_by(LibraryItem.category)
        .order_by(func.min(LibraryItem.position))
    )
    return [category for category, _ in rows]


async def library_items(
    session: AsyncSession, *, municipality_id: int, category: str
) -> list[LibraryItem]:
    return list(
        await session.scalars(
            select(LibraryItem)
            .where(LibraryItem.municipality_id == municipality_id, LibraryItem.category == category)
            .order_by(LibraryItem.position)
        )
    )


async def tutorial_runs(session: AsyncSession, *, resident_id: int) -> dict[str, TutorialRun]:
    runs = await session.scalars(select(TutorialRun).where(TutorialRun.resident_id == resident_id))
    return {run.tutorial: run for run in runs}


async def start_tutorial(
    session: AsyncSession, *, resident: Resident, tutorial: str, now: datetime
) -> tuple[TutorialRun, bool]:
    """The resident's run of a tutorial, created (counted as a start at `now`) on first
    opening."""
    run = await session.get(TutorialRun, (resident.id, tutorial))
    if run is not None:
        return run, False
    run = TutorialRun(
        resident_id=resident.id,
        tutorial=tutorial,
        municipality_id=resident.municipality_id,
        step=0,
        started_at=now,
    )
    session.add(run)
    await session.flush()
    return run, True


async def staff_of(session: AsyncSession, *, municipality_id: int, role: Role) -> list[Resident]:
    """Residents granted `role` for exactly this municipality (not everyone-wide admins)."""
    return list(
        await session.scalars(
            select(Resident)
            .join(RoleGrant, RoleGrant.resident_id == Resident.id)
            .where(RoleGrant.municipality_id == municipality_id, RoleGrant.role == role)
            .order_by(Resident.id)
        )
    )


async def failed_forwards(session: AsyncSession, *, municipality_ids: list[int]) -> int:
    return int(
        await session.scalar(
            select(func.count())
            .select_from(Delivery)
            .join(Proposal, Proposal.id == Delivery.proposal_id)
            .where(
                Proposal.municipality_id.in_(municipality_ids),
                Delivery.status.not_in((DeliveryStatus.SENT, DeliveryStatus.SKIPPED)),
            )
        )
        or 0
    )
