"""Engine and session setup, and migrations."""

from __future__ import annotations

import asyncio
import contextlib
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import event
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import ArgumentError, DisconnectionError
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.orm import Session
from sqlalchemy.pool import ConnectionPoolEntry, PoolProxiedConnection

from storage import sqlite_inline
from storage.caches import Caches, sessionmaker_options
from storage.clock import EXECUTION_OPTION, Clock, system_clock

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def check_url(url: str) -> None:
    """Raise ValueError unless `url` names SQLite or PostgreSQL through asyncpg, the drivers
    this app runs statements on directly (storage.sqlite_inline, storage.driver_sql)."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        example = "postgresql+asyncpg://user:pass@host/db"
        raise ValueError(f"not a database URL (e.g. {example})") from None
    if parsed.get_backend_name() == "sqlite" or (
        parsed.get_backend_name() == "postgresql" and parsed.get_driver_name() == "asyncpg"
    ):
        return
    raise ValueError(
        f"{parsed.render_as_string(hide_password=True)}: use SQLite (sqlite+aiosqlite:///...) "
        "or PostgreSQL with asyncpg (postgresql+asyncpg://...)"
    )


def create_engine(url: str, *, clock: Clock = system_clock) -> AsyncEngine:
    """An async engine; SQLite gets WAL, foreign keys and a busy timeout on every connection.
    The engine carries `clock`: the models' timestamp defaults read it (see `storage.clock`).
    Raises ValueError for a URL `check_url` refuses."""
    check_url(url)
    parsed = make_url(url)
    options = {EXECUTION_OPTION: clock}
    if parsed.get_backend_name() != "sqlite":
        engine = create_async_engine(url, pool_recycle=RECYCLE_SECONDS, execution_options=options)
        event.listen(engine.sync_engine, "checkout", _refuse_closed)
        return engine

    database = parsed.database
    if database and database != ":memory:":
        Path(database).parent.mkdir(parents=True, exist_ok=True)
    # One connection: SQLite has one writer anyway, and each connection has its own page
    # cache; rotating through a pool of them cost more than waiting for one. Its statements
    # run on the event loop's thread, not on aiosqlite's (storage.sqlite_inline).
    engine = create_async_engine(
        url, pool_size=1, max_overflow=0, pool_timeout=60, execution_options=options,
        async_creator=lambda: sqlite_inline.connect(database or ":memory:", busy_timeout=30),
    )  # fmt: skip

    @event.listens_for(engine.sync_engine, "connect")
    def _sqlite_pragmas(dbapi_connection: object, _record: ConnectionPoolEntry) -> None:
        cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")  # safe with WAL; fsync at checkpoints
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    return engine


# A pooled connection is closed and replaced this long after it was opened: a firewall or NAT
# may have dropped it without a word, which no local check can see (SQLAlchemy's pool_recycle
# counts from the connect, not from the last use).
RECYCLE_SECONDS = 1800


def _refuse_closed(
    dbapi_connection: Any, _record: ConnectionPoolEntry, _proxy: PoolProxiedConnection
) -> None:
    """Pessimistic disconnect handling without a round trip: a pooled asyncpg connection whose
    server closed it (a restart, a terminated backend, an idle timeout) has seen its socket
    close, so asyncpg knows it is closed. Raising DisconnectionError makes the pool take a new
    connection instead (SQLAlchemy, "Custom pessimistic ping"). `pool_pre_ping` asked the server
    instead: BEGIN, an empty query and ROLLBACK before every transaction (issue 18)."""
    if dbapi_connection.driver_connection.is_closed():
        raise DisconnectionError("the server closed this connection")


def write_turn(engine: AsyncEngine) -> contextlib.AbstractAsyncContextManager[object]:
    """What writers hold around a write transaction. SQLite has one writer: taking turns in
    the process is far cheaper than its busy-timeout sleeps. PostgreSQL needs no turns."""
    if engine.dialect.name == "sqlite":
        return asyncio.Lock()
    return contextlib.nullcontext()


def create_sessionmaker(
    engine: AsyncEngine, *, caches: Caches | None = None
) -> async_sessionmaker[AsyncSession]:
    """Sessions that keep their objects after commit, sharing one set of caches of
    municipalities and roles (`storage.caches`; a new one unless given)."""
    return async_sessionmaker(
        engine, expire_on_commit=False, **sessionmaker_options(caches or Caches())
    )


def _commit_and_close(session: Session) -> None:
    try:
        session.commit()
    finally:
        session.close()


def _close(session: Session) -> None:
    session.close()  # rolls back what the transaction did


class Transaction:
    """`async with Transaction(sessionmaker) as session:` a session whose transaction is
    committed at the end (rolled back on an error), and then closed: what
    `sessionmaker.begin()` does, for less CPU, which matters once per update (issue 18):

    * the transaction begins with the session's first statement (autobegin), not through a
      trip into SQLAlchemy's greenlet of its own;
    * commit and close are one trip, not two;
    * no tasks shield the close from cancellation (`begin()` starts two). A cancelled update
      still closes its session; only the close itself is unshielded.
    """

    __slots__ = ("_session",)

    def __init__(self, sessionmaker: async_sessionmaker[AsyncSession]) -> None:
        self._session = sessionmaker()

    async def __aenter__(self) -> AsyncSession:
        return self._session

    async def __aexit__(self, exc_type: type[BaseException] | None, *_: Any) -> None:
        await self._session.run_sync(_commit_and_close if exc_type is None else _close)


def alembic_config(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


async def migrate(engine: AsyncEngine) -> None:
    """Apply every pending migration (what `python -m bot migrate` and `run` do)."""

    def upgrade(connection: Connection) -> None:
        config = alembic_config(str(engine.url))
        config.attributes["connection"] = connection
        command.upgrade(config, "head")

    async with engine.begin() as connection:
        await connection.run_sync(upgrade)


def migrate_blocking(url: str) -> None:
    async def run() -> None:
        engine = create_engine(url)
        try:
            await migrate(engine)
        finally:
            await engine.dispose()

    asyncio.run(run())
