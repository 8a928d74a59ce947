"""`storage.db.Transaction`, the dispatcher's transaction: committed, or rolled back on an error,
and its connection always back in the pool."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, text

from storage import repos
from storage.db import Transaction, create_engine, create_sessionmaker, migrate
from storage.models import ProcessedUpdate
from tests.clock import PINNED
from tests.waiting import eventually


async def test_commits_rolls_back_on_error_and_returns_its_connection(database_url: str) -> None:
    engine = create_engine(database_url)
    try:
        await migrate(engine)
        sessionmaker = create_sessionmaker(engine)
        async with Transaction(sessionmaker) as session:
            await repos.claim_update(session, channel="telegram", external_id="1", now=PINNED)
        with pytest.raises(LookupError):
            async with Transaction(sessionmaker) as session:
                await repos.claim_update(session, channel="telegram", external_id="2", now=PINNED)
                raise LookupError("a handler's bug")
        assert engine.pool.checkedout() == 0  # type: ignore[attr-defined]
        async with sessionmaker() as session:
            stored = await session.scalars(select(ProcessedUpdate.external_id))
            assert stored.all() == ["1"]
            assert await session.scalar(select(func.count()).select_from(ProcessedUpdate)) == 1
    finally:
        await engine.dispose()


async def test_a_connection_the_server_closed_is_replaced_not_used(database_url: str) -> None:
    """PostgreSQL: a pooled connection whose backend was terminated (a restart, an idle
    timeout) is noticed at checkout without a round trip, and the transaction gets a new one."""
    if not database_url.startswith("postgresql"):
        pytest.skip("SQLite has no server to close a connection")
    engine = create_engine(database_url)
    try:
        async with engine.connect() as connection:
            pid = await connection.scalar(text("SELECT pg_backend_pid()"))
            driver = (await connection.get_raw_connection()).driver_connection
        assert engine.pool.checkedin() == 1  # type: ignore[attr-defined]
        killer = create_engine(database_url)
        try:
            async with killer.connect() as connection:
                await connection.scalar(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
        finally:
            await killer.dispose()
        await eventually(lambda: driver.is_closed(), "asyncpg saw its socket close")
        sessionmaker = create_sessionmaker(engine)
        async with Transaction(sessionmaker) as session:
            assert await repos.claim_update(
                session, channel="telegram", external_id="1", now=PINNED
            )
            assert await session.scalar(text("SELECT pg_backend_pid()")) != pid
    finally:
        await engine.dispose()
