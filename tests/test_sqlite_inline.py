"""SQLite statements run on the event loop's thread (storage.sqlite_inline), except a long read
and a statement that finds the database locked, which move to a worker thread."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from storage import sqlite_inline
from storage.db import create_engine
from tests.waiting import eventually

# Each row of the long read calls where() once: it says which thread ran the statement.
LONG_READ = text(
    "SELECT count(*), min(where_am_i()), max(where_am_i()) FROM ("
    " WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 20000)"
    " SELECT x FROM n)"
)


@pytest.fixture
async def engine(tmp_path: Path) -> AsyncIterator[AsyncEngine]:
    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path}/inline.db")
    async with engine.begin() as connection:
        driver = (await connection.get_raw_connection()).driver_connection
        assert isinstance(driver, sqlite_inline.Connection)
        await driver.create_function("where_am_i", 0, threading.get_ident)
        await connection.execute(text("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"))
    yield engine
    await engine.dispose()


async def test_a_short_statement_runs_on_the_loops_thread(engine: AsyncEngine) -> None:
    async with engine.connect() as connection:
        ran_on = await connection.scalar(text("SELECT where_am_i()"))
    assert ran_on == threading.get_ident()


async def test_a_long_read_moves_to_a_thread_and_keeps_the_transactions_writes(
    engine: AsyncEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sqlite_inline, "READ_BUDGET", 0.0)  # any read past one progress check
    async with engine.begin() as connection:
        await connection.execute(text("INSERT INTO notes (body) VALUES ('kept')"))
        count, first, last = (await connection.execute(LONG_READ)).one()
        # The interrupted read was read again, whole, on another thread.
        assert count == 20000
        assert first == last != threading.get_ident()
    async with engine.connect() as connection:
        assert await connection.scalar(text("SELECT body FROM notes")) == "kept"


async def test_a_write_waits_on_a_thread_for_another_connections_lock(
    engine: AsyncEngine, tmp_path: Path
) -> None:
    other = sqlite3.connect(tmp_path / "inline.db", isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # holds the write lock
    other.execute("INSERT INTO notes (body) VALUES ('first')")

    async def write() -> None:
        async with engine.begin() as connection:
            await connection.execute(text("INSERT INTO notes (body) VALUES ('second')"))

    writing = asyncio.create_task(write())
    await asyncio.sleep(0.05)  # the loop runs meanwhile: the wait is not on its thread
    assert not writing.done()
    other.execute("COMMIT")
    await asyncio.wait_for(writing, timeout=10)
    other.close()
    async with engine.connect() as connection:
        bodies = (await connection.scalars(text("SELECT body FROM notes ORDER BY id"))).all()
    assert bodies == ["first", "second"]


async def test_a_failing_statement_raises_sqlites_own_error(engine: AsyncEngine) -> None:
    with pytest.raises(Exception, match="no such table"):
        async with engine.connect() as connection:
            await connection.execute(text("SELECT * FROM missing"))


def test_reads_and_writes_are_told_apart() -> None:
    assert sqlite_inline._is_read("SELECT 1")
    assert sqlite_inline._is_read("  with x as (select 1) select * from x")
    # Whatever names a write is a write (never interrupted), even inside a string.
    assert not sqlite_inline._is_read("WITH x AS (SELECT 1) INSERT INTO t SELECT * FROM x")
    assert not sqlite_inline._is_read("SELECT 'update'")
    assert not sqlite_inline._is_read("INSERT INTO t VALUES (1)")
    assert not sqlite_inline._is_read("selector")


def test_only_a_lock_that_may_be_let_go_is_waited_for(tmp_path: Path) -> None:
    """SQLITE_BUSY is waited for; BUSY_SNAPSHOT (a transaction that read before another's
    commit now wants to write) never succeeds by waiting, so it fails at once, as in SQLite."""
    path = tmp_path / "busy.db"
    first = sqlite3.connect(path, isolation_level=None, timeout=0)
    first.execute("PRAGMA journal_mode=WAL")
    first.execute("CREATE TABLE t (x)")
    second = sqlite3.connect(path, isolation_level=None, timeout=0)
    first.execute("BEGIN IMMEDIATE")
    with pytest.raises(sqlite3.OperationalError) as locked:
        second.execute("INSERT INTO t VALUES (1)")
    assert sqlite_inline._busy(locked.value)
    first.execute("ROLLBACK")
    second.execute("BEGIN")
    second.execute("SELECT count(*) FROM t").fetchone()  # second's snapshot
    first.execute("INSERT INTO t VALUES (2)")  # committed after it
    with pytest.raises(sqlite3.OperationalError) as stale:
        second.execute("INSERT INTO t VALUES (3)")
    assert not sqlite_inline._busy(stale.value)
    first.close()
    second.close()


async def test_a_cancelled_read_on_a_thread_is_stopped_and_the_connection_lives_on(
    engine: AsyncEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A shutdown or a timeout cancels a caller whose read is on a worker thread: the read is
    interrupted and waited for, so nobody closes the connection under a running statement."""
    monkeypatch.setattr(sqlite_inline, "READ_BUDGET", 0.0)
    endless = text(
        "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n)"
        " SELECT count(*) FROM (SELECT x FROM n LIMIT 1000000000)"
    )
    async with engine.connect() as connection:
        driver = (await connection.get_raw_connection()).driver_connection
        reading = asyncio.create_task(connection.execute(endless))
        await eventually(lambda: driver._worker_running(), "the read never reached a thread")
        reading.cancel()
        with pytest.raises(asyncio.CancelledError):
            await reading
        assert not driver._worker_running()
    async with engine.connect() as connection:
        assert await connection.scalar(text("SELECT 1")) == 1


async def test_a_streamed_read_fetched_whole_gives_each_row_once(
    engine: AsyncEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A server-side cursor hands out a first row before `fetchall`: what follows is never
    read again from the start (that would repeat the rows already handed out)."""
    monkeypatch.setattr(sqlite_inline, "READ_BUDGET", 0.0)
    numbers = text(
        "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 20000)"
        " SELECT x FROM n"
    )
    async with engine.connect() as connection:
        rows = (await connection.stream(numbers)).all()
    assert [x for (x,) in await rows] == list(range(1, 20001))


async def test_an_insert_select_runs_on_a_thread(engine: AsyncEngine) -> None:
    """A broadcast's outbox rows are one INSERT ... SELECT over the audience: a write that
    cannot be interrupted, so it never holds the event loop."""
    async with engine.begin() as connection:
        await connection.execute(text("INSERT INTO notes (body) SELECT where_am_i()"))
        ran_on = await connection.scalar(text("SELECT body FROM notes"))
    assert int(ran_on) != threading.get_ident()


async def test_a_cancelled_write_waiting_for_a_lock_gives_up_and_stores_nothing(
    engine: AsyncEngine, tmp_path: Path
) -> None:
    other = sqlite3.connect(tmp_path / "inline.db", isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # holds the write lock for the whole test

    async def write() -> None:
        async with engine.begin() as connection:
            await connection.execute(text("INSERT INTO notes (body) VALUES ('never')"))

    async with engine.connect() as probe:
        driver = (await probe.get_raw_connection()).driver_connection
    writing = asyncio.create_task(write())
    await eventually(lambda: driver._worker_running(), "the write never waited on a thread")
    writing.cancel()
    with pytest.raises(asyncio.CancelledError):
        await writing
    assert not driver._worker_running()
    other.execute("ROLLBACK")
    other.close()
    async with engine.connect() as connection:
        assert await connection.scalar(text("SELECT count(*) FROM notes")) == 0
