"""The per-update statements, run on the database driver's own connection.

Every update begins with the dedupe insert and the lookup of the resident with their
conversation state (one statement on PostgreSQL, `storage.repos.open_update`). Through
SQLAlchemy each statement costs some hundreds of Python calls (compiled-cache lookup,
execution context, result set-up, ORM loading): more CPU than SQLite or PostgreSQL take to run
them. Measured in one process (issue 18), a transaction
with both took 1.5 ms through SQLAlchemy and 0.7 ms this way on SQLite, 2.2 ms and 1.3 ms on
PostgreSQL.

So SQLAlchemy compiles such a statement once per dialect (`DriverQuery`), and it runs with the
driver directly, on the session's connection and inside the session's transaction. Its values
go through the column types' own bind and result processors, so they are what SQLAlchemy would
give. `loaded` turns a row into an object of the session as if the ORM had loaded it: later
changes to it are flushed as usual. Everything else stays SQLAlchemy.

What differs from `session.execute`: SQLAlchemy's `before_cursor_execute` event is fired (so
the statement counts see these statements), but not `after_cursor_execute` nor any other
execution event, and a listener's returned statement is ignored; a driver error is the driver's
own exception (`sqlite3.Error`, `asyncpg.PostgresError`), not wrapped in
`sqlalchemy.exc.DBAPIError`. A cancelled statement soft-invalidates its connection, so the
pool replaces it; after a connection was invalidated mid-transaction, a statement is refused
with SQLAlchemy's `PendingRollbackError`, as one through the session is. `PythonDefaults`
fills in Python-side column defaults with a stand-in for SQLAlchemy's execution context that
has only `execution_options`. PostgreSQL means asyncpg
(`storage.db.create_engine` refuses other drivers).

Relies on SQLAlchemy 2.x internals, pinned in pyproject.toml: the asyncpg adapter's lazily
started transaction (`_transaction`, `_start_transaction`) and the ORM's identity-map
registration (as `sqlalchemy.orm.loading` does it). The tests run on both databases.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple, TypeVar

from sqlalchemy import ColumnDefault, Table, bindparam, insert, inspect
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapper, SessionTransaction, configure_mappers
from sqlalchemy.orm.attributes import instance_state
from sqlalchemy.pool import PoolProxiedConnection
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.selectable import ReturnsRows

T = TypeVar("T")
Convert = Callable[[Any], Any]
Processor = Convert | None  # SQLAlchemy's bind or result processor; None: no conversion


@dataclass(frozen=True, slots=True)
class _Compiled:
    sql: str
    names: tuple[str, ...]  # the parameters, in the order the driver takes them
    binds: tuple[tuple[int, Convert], ...]  # (position, processor) where there is one
    results: tuple[tuple[int, Convert], ...]  # (column, processor) where there is one


def _where_some(processors: Iterable[Processor]) -> tuple[tuple[int, Convert], ...]:
    # Most columns need no conversion (strings, integers): only the others are visited.
    return tuple((index, p) for index, p in enumerate(processors) if p is not None)


class _Held(NamedTuple):  # a tuple: built once per transaction, cheaper than a dataclass
    """A session's connection for the rest of its transaction, with what statements need of
    it: the session hands out the same connection until the transaction ends."""

    transaction: SessionTransaction
    connection: Connection
    dialect: Dialect
    fairy: PoolProxiedConnection
    driver: Any  # the driver's own connection (asyncpg, storage.sqlite_inline)
    adapted: Any  # asyncpg: SQLAlchemy's adapter of it (begins lazily); None on SQLite


_HELD = "storage.driver_sql"  # the key of a session's `_Held` in `session.info`


async def _held(session: AsyncSession) -> _Held:
    """The session's connection in its current transaction, asked of the session (a trip into
    SQLAlchemy's greenlet) only once per transaction: the statements of a new resident's update
    asked five times (issue 18)."""
    held: _Held | None = session.info.get(_HELD)
    transaction = session.sync_session.get_transaction()
    if (
        held is not None
        and held.transaction is transaction
        and transaction.is_active
        and not held.connection.invalidated
    ):
        return held
    # An invalidated connection (lost mid-transaction) is asked again: SQLAlchemy then raises
    # PendingRollbackError, as for a statement through the session, not the driver's error.
    connection = (await session.connection()).sync_connection
    assert connection is not None
    transaction = session.sync_session.get_transaction()  # begun by now
    assert transaction is not None
    fairy = connection.connection  # checked out and in a transaction by now: no I/O
    postgresql = connection.dialect.name == "postgresql"
    held = session.info[_HELD] = _Held(
        transaction,
        connection,
        connection.dialect,
        fairy,
        fairy.driver_connection,
        fairy.dbapi_connection if postgresql else None,
    )
    return held


class DriverQuery:
    """A statement that returns at most one row, compiled once per dialect.

    `build(dialect_name)` gives the SQLAlchemy statement ("sqlite" or "postgresql"; an INSERT's
    ON CONFLICT differs). Its parameters are `bindparam`s, given by name to `first`."""

    __slots__ = ("_build", "_compiled")

    def __init__(self, build: Callable[[str], ReturnsRows]) -> None:
        self._build = build
        self._compiled: dict[str, _Compiled] = {}

    def _for(self, dialect: Dialect) -> _Compiled:
        compiled = self._compiled.get(dialect.name)
        if compiled is None:
            built = self._build(dialect.name)
            statement = built.compile(dialect=dialect)
            assert isinstance(statement, SQLCompiler)
            names = tuple(statement.positiontup or ())
            compiled = self._compiled[dialect.name] = _Compiled(
                sql=statement.string,
                names=names,
                binds=_where_some(
                    statement.binds[name].type.dialect_impl(dialect).bind_processor(dialect)
                    for name in names
                ),
                results=_where_some(
                    column.type.dialect_impl(dialect).result_processor(dialect, None)
                    for column in built.exported_columns
                ),
            )
        return compiled

    async def first(self, session: AsyncSession, **params: Any) -> tuple[Any, ...] | None:
        """The statement's first row (its values in column order, as SQLAlchemy would give
        them), or None when it returns none.

        Raises the driver's own errors (see the module's doc)."""
        sync_session = session.sync_session
        if sync_session.autoflush and not sync_session._is_clean():
            await session.flush()  # as before a query: pending changes are seen by this one
        held = await _held(session)
        compiled = self._for(held.dialect)
        args = [params[name] for name in compiled.names]
        for index, bind in compiled.binds:
            args[index] = bind(args[index])
        sync = held.connection
        if sync._has_events or sync.engine._has_events:
            sync.dispatch.before_cursor_execute(sync, None, compiled.sql, args, None, False)
        driver = held.driver
        try:
            if held.adapted is not None:
                if held.adapted._transaction is None:  # the adapter begins on its first statement
                    await held.adapted._start_transaction()
                row: Sequence[Any] | None = await driver.fetchrow(compiled.sql, *args)
            else:
                cursor = await driver.execute(compiled.sql, args)
                row = await cursor.fetchone()
                await cursor.close()
        except BaseException as error:
            if not isinstance(error, Exception):
                # Cancelled mid-statement: the driver's state is unknown (asyncpg keeps a BEGIN
                # that was under way, which the adapter does not know to roll back), so the
                # connection is closed and replaced at its next checkout, as SQLAlchemy does
                # when its own statements are cancelled.
                held.fairy.invalidate(error, soft=True)
            raise
        if row is None:
            return None
        values = list(row)
        for index, result in compiled.results:
            values[index] = result(values[index])
        return tuple(values)


@dataclass(frozen=True, slots=True)
class _Model:
    mapper: Mapper[Any]
    table: Table
    columns: tuple[str, ...]  # its table's column keys, in the table's order
    primary_key: tuple[str, ...]  # the primary key's column keys
    renamed: dict[str, str]  # column key -> attribute key, where they differ


_MODELS: dict[type, _Model] = {}


def _model(model: type) -> _Model:
    known = _MODELS.get(model)
    if known is None:
        configure_mappers()  # as a query or a constructor would: relationships need it
        mapper: Mapper[Any] = inspect(model)
        table = mapper.local_table
        assert isinstance(table, Table)
        attribute = {column.key: mapper.get_property_by_column(column).key for column in table.c}
        known = _MODELS[model] = _Model(
            mapper,
            table,
            tuple(column.key for column in table.c),
            tuple(column.key for column in table.primary_key),
            {column: key for column, key in attribute.items() if column != key},
        )
    return known


def column_keys(model: type) -> tuple[str, ...]:
    """The keys of `model`'s table's columns, in the table's order (that of `SELECT *` and of
    `RETURNING` every column)."""
    return _model(model).columns


def loaded(session: AsyncSession, model: type[T], values: dict[str, Any]) -> T:
    """The `model` object with these values of its table's columns (by column key, every
    column) as an object of `session`, as if the ORM had loaded it: the one the session holds
    already if it does (its values win, its expired ones are filled in, as in a query), else a
    new one, unmodified."""
    known = _model(model)
    key = known.mapper.identity_key_from_primary_key(
        tuple(values[column] for column in known.primary_key)
    )
    if known.renamed:
        values = {known.renamed.get(column, column): value for column, value in values.items()}
    identity_map = session.sync_session.identity_map
    held = identity_map.get(key)
    if held is not None:
        # As a query does: the session's values win, and what it had expired (a rollback, a
        # commit) is filled in from the row.
        held_state = instance_state(held)
        if expired := held_state.unloaded & values.keys():
            held_state.dict.update((attribute, values[attribute]) for attribute in expired)
            held_state._commit(held_state.dict, expired)
        return held  # type: ignore[no-any-return]
    obj = known.mapper.class_manager.new_instance()
    state = instance_state(obj)
    state.dict.update(values)
    state.key = key
    state.identity_token = None
    # What sqlalchemy.orm.loading does for a row it loads: attach, then mark every value as
    # committed (no history: nothing to flush until changed).
    state.session_id = session.sync_session.hash_key
    identity_map._add_unpresent(state, key)
    state._commit_all(state.dict, identity_map)
    return obj  # type: ignore[no-any-return]


class _DefaultsContext:
    """What a column's callable default is called with, in place of SQLAlchemy's execution
    context: the connection's execution options (`storage.clock.stamp` reads the clock there)."""

    __slots__ = ("execution_options",)

    def __init__(self, execution_options: Any) -> None:
        self.execution_options = execution_options


class PythonDefaults:
    """The columns of `table` not named in `given` that have a Python-side default, and `fill`,
    which gives them their default as SQLAlchemy would: a value, or a callable called with an
    object carrying the connection's `execution_options`. Columns without one are left to the
    database (server defaults, the primary key's sequence). Raises ValueError for a default
    that is an SQL expression: it is not filled in here."""

    __slots__ = ("columns",)

    def __init__(self, table: Table, given: Iterable[str]) -> None:
        named = set(given)
        self.columns = tuple(
            column
            for column in table.c
            if column.key not in named and isinstance(column.default, ColumnDefault)
        )
        for column in self.columns:
            assert column.default is not None
            if column.default.is_clause_element:
                raise ValueError(f"{column}: an SQL expression default is not filled in here")

    async def fill(self, session: AsyncSession, values: dict[str, Any]) -> None:
        """Add each column's default to `values` (by column key) unless it has a value."""
        if not self.columns:
            return
        context = _DefaultsContext((await _held(session)).connection.get_execution_options())
        for column in self.columns:
            default: Any = column.default
            if column.key not in values:
                values[column.key] = default.arg(context) if default.is_callable else default.arg


class DriverInsert:
    """An INSERT of one row into `model`'s table RETURNING all its columns (as `loaded` takes
    them), as a `DriverQuery`; with `skip_existing` (the columns of a unique constraint), ON
    CONFLICT (those columns) DO NOTHING: no row is returned when one with the same values in
    them exists (on PostgreSQL, after waiting for a concurrent transaction that inserted one to
    end); a conflict on another constraint still raises.

    The caller gives the columns named in `given`; the others get their `PythonDefaults`."""

    __slots__ = ("_defaults", "_query")

    def __init__(
        self, model: type, given: tuple[str, ...], *, skip_existing: tuple[str, ...] = ()
    ) -> None:
        table = _model(model).table
        self._defaults = PythonDefaults(table, given)
        columns = [table.c[key] for key in given] + list(self._defaults.columns)
        values = {column.key: bindparam(column.key, type_=column.type) for column in columns}

        def build(dialect: str) -> ReturnsRows:
            if not skip_existing:
                return insert(table).values(values).returning(*table.c)
            insert_ = pg_insert if dialect == "postgresql" else sqlite_insert
            return (
                insert_(table)
                .values(values)
                .on_conflict_do_nothing(index_elements=skip_existing)
                .returning(*table.c)
            )

        self._query = DriverQuery(build)

    async def row(self, session: AsyncSession, **values: Any) -> tuple[Any, ...] | None:
        """The inserted row's values, in the table's column order; None only with
        `skip_existing`, when a row with the same values in those columns exists."""
        await self._defaults.fill(session, values)
        return await self._query.first(session, **values)
