"""SQLite on the event loop's own thread, under SQLAlchemy's aiosqlite dialect.

aiosqlite runs every DB-API call (open a cursor, execute, fetch, close, commit) on a worker
thread and back: about four thread hops per statement. On this bot's hot path those hops cost
far more CPU than SQLite takes to run its statements, which are indexed lookups of some
microseconds (issue 18: an update's `/help` spent 3.4 ms in a transaction that raw `sqlite3`
runs in 0.2 ms; `bench/updates.py`). So statements run inline, on the loop's thread, and two
cases go to a worker thread instead, so that the loop never waits long:

* **A long read.** A SELECT that is still running after `READ_BUDGET` seconds (a dashboard over
  a year, an export) is interrupted by SQLite's progress handler and read again on a thread.
  A read has no effects, and no row of it was handed out yet, so reading it again is safe.
  Writes are never interrupted: SQLite may roll back the whole transaction of an interrupted
  write.
* **A locked database.** Inline, the connection does not wait for another connection's write
  lock (busy timeout 0): a statement that finds the database busy is tried again on a thread,
  until `timeout` seconds have passed, as SQLite's own busy timeout would (a CLI command or
  a test's second engine writing meanwhile). A busy statement took no effect, so it is safe
  to try again.
* **An INSERT ... SELECT** (a broadcast's outbox rows, one per recipient) goes to a thread at
  once: it is a write, which cannot be interrupted, and it may take long.

If the caller is cancelled while a statement runs on a thread, SQLite interrupts it and the
thread is waited for before the cancellation goes on, so the connection is never closed or
reused under a running statement. Left inline: other writes, and a COMMIT that checkpoints
the WAL (every 1,000 pages), which are short.

Use it through `connect` as the engine's `async_creator` (`storage.db.create_engine`). The
object it returns has the subset of `aiosqlite.Connection`'s interface that SQLAlchemy's
aiosqlite dialect uses; exceptions are `sqlite3`'s own, which aiosqlite re-exports.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import re
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

READ_BUDGET = 0.005  # seconds a read may hold the event loop before it moves to a thread
PROGRESS_STEPS = 2_000  # SQLite VM steps between two looks at the clock (some microseconds)
BUSY_RETRY = 0.005  # seconds between two tries of a statement that found the database busy

T = TypeVar("T")


_READ = re.compile(r"\s*(SELECT|WITH)\b", re.IGNORECASE)
_WRITES = re.compile(r"\b(INSERT|UPDATE|DELETE|REPLACE|CREATE|DROP|ALTER|PRAGMA)\b", re.IGNORECASE)


# The statements are few and repeat (SQLAlchemy caches its compiled SQL): their kinds are
# remembered rather than matched again for every statement.
@functools.lru_cache(maxsize=1024)
def _is_read(operation: str) -> bool:
    """A SELECT (or WITH ... SELECT) that names no write: a word like UPDATE anywhere, even
    in a string, makes it count as a write, which is merely never interrupted."""
    return _READ.match(operation) is not None and not _WRITES.search(operation)


def _interrupted(error: sqlite3.OperationalError) -> bool:
    return str(error) == "interrupted"


# SQLITE_BUSY and its RECOVERY and TIMEOUT kinds: another connection holds the lock, and the
# same statement may succeed once it lets go. Not BUSY_SNAPSHOT (517): a transaction that read
# an older snapshot cannot write, however long it waits (SQLite does not wait for it either).
_RETRYABLE_BUSY = frozenset({5, 261, 773})


def _busy(error: sqlite3.OperationalError) -> bool:
    return getattr(error, "sqlite_errorcode", None) in _RETRYABLE_BUSY


_BULK_WRITE = re.compile(r"\s*INSERT\b.*\bSELECT\b", re.IGNORECASE | re.DOTALL)


@functools.lru_cache(maxsize=1024)
def _is_bulk_write(operation: str) -> bool:
    return _BULK_WRITE.match(operation) is not None


async def _finished(worker: asyncio.Future[Any]) -> None:
    """Wait until `worker` is done, whatever it raises and however often we are cancelled."""
    while not worker.done():
        with contextlib.suppress(BaseException):
            await asyncio.shield(worker)
    if not worker.cancelled():
        worker.exception()  # retrieved: not logged as never awaited


class _Inline:
    """Stands in for aiosqlite's request queue, which SQLAlchemy's isolation-level setter
    uses directly: the request runs at once."""

    def put_nowait(self, item: tuple[asyncio.Future[Any], Callable[[], Any]]) -> None:
        future, function = item
        try:
            future.set_result(function())
        except BaseException as error:  # handed to the awaiting caller, as aiosqlite does
            future.set_exception(error)


class Connection:
    """An `aiosqlite.Connection` look-alike whose calls run inline (see the module's doc)."""

    def __init__(self, connection: sqlite3.Connection, *, timeout: float) -> None:
        self._conn = connection
        self._connection: sqlite3.Connection | None = connection  # None once closed
        self._tx = _Inline()
        self._timeout = timeout
        self._read_deadline: float | None = None  # while an inline read runs
        self._worker: asyncio.Future[Any] | None = None  # the last statement sent to a thread
        # Set when that statement's caller was cancelled: stop trying (and wake its wait).
        self._abandoned = threading.Event()
        connection.set_progress_handler(self._progress, PROGRESS_STEPS)

    def _progress(self) -> int:
        deadline = self._read_deadline
        return 1 if deadline is not None and time.perf_counter() > deadline else 0

    @property
    def isolation_level(self) -> str | None:
        return self._conn.isolation_level

    def cursor(self) -> _CursorContext:
        return _CursorContext(self)

    async def _run(self, operation: str, call: Callable[[], T], again: Callable[[], T]) -> T:
        """`call` inline; on a long read or a busy database, `again` on a worker thread. An
        `INSERT ... SELECT` (a broadcast's outbox rows, one per recipient) goes to the thread
        at once: a write cannot be interrupted, and it may take long."""
        if _is_bulk_write(operation):
            return await self._in_thread(again)
        read = _is_read(operation)
        if read:
            self._read_deadline = time.perf_counter() + READ_BUDGET
        try:
            return call()
        except sqlite3.OperationalError as error:
            if not ((read and _interrupted(error)) or _busy(error)):
                raise
        finally:
            self._read_deadline = None
        return await self._in_thread(again)

    async def _in_thread(self, call: Callable[[], T]) -> T:
        """`call` on a worker thread (`_patiently`). If the caller is cancelled meanwhile (a
        shutdown, a timeout), the statement is interrupted and abandoned, and the worker is
        waited for before the cancellation goes on: nobody may close or reuse the connection
        while a thread still runs a statement on it."""
        self._abandoned.clear()
        worker = asyncio.ensure_future(asyncio.to_thread(self._patiently, call))
        self._worker = worker
        try:
            return await asyncio.shield(worker)
        except asyncio.CancelledError:
            self._abandon()
            await _finished(worker)
            raise

    def _abandon(self) -> None:
        """Stop the worker's statement: SQLite interrupts a running one (a write's whole
        transaction is then rolled back, as the cancelled caller's would be), and a statement
        waiting for a lock is not tried again."""
        self._abandoned.set()
        self._conn.interrupt()

    def _patiently(self, call: Callable[[], T]) -> T:
        """On a worker thread: `call`, tried again while the database is busy, for at most
        the connection's timeout, unless abandoned."""
        give_up = time.monotonic() + self._timeout
        while True:
            try:
                return call()
            except sqlite3.OperationalError as error:
                if not _busy(error) or time.monotonic() > give_up:
                    raise
                if self._abandoned.wait(BUSY_RETRY):  # the pause between tries, cut short
                    raise

    def _worker_running(self) -> bool:
        return self._worker is not None and not self._worker.done()

    async def commit(self) -> None:
        await self._run("COMMIT", self._conn.commit, self._conn.commit)

    async def rollback(self) -> None:
        self._conn.rollback()

    async def close(self) -> None:
        if self._connection is not None:
            self._connection = None
            if self._worker is not None and not self._worker.done():
                self._abandon()
                await _finished(self._worker)
            self._conn.close()

    def stop(self) -> None:
        """Close at once (SQLAlchemy's terminate); with a statement still on a worker thread,
        as soon as it has stopped."""
        if self._connection is not None:
            self._connection = None
            if self._worker is not None and not self._worker.done():
                self._abandon()
                self._worker.add_done_callback(lambda _: self._conn.close())
            else:
                self._conn.close()

    async def create_function(self, *args: Any, **kwargs: Any) -> None:
        self._conn.create_function(*args, **kwargs)

    async def execute(self, operation: str, parameters: Any = None) -> Cursor:
        cursor = Cursor(self, self._conn.cursor())
        await cursor.execute(operation, parameters)
        return cursor


class _CursorContext:
    """What `aiosqlite.Connection.cursor()` returns: awaited through `__aenter__`."""

    def __init__(self, connection: Connection) -> None:
        self._connection = connection

    async def __aenter__(self) -> Cursor:
        return Cursor(self._connection, self._connection._conn.cursor())

    async def __aexit__(self, *_exc: object) -> None:
        return None


class Cursor:
    """An `aiosqlite.Cursor` look-alike; `execute` then `fetchall` of a read may move to a
    thread together (see the module's doc)."""

    def __init__(self, connection: Connection, cursor: sqlite3.Cursor) -> None:
        self._connection = connection
        self._cursor = cursor
        self._operation = ""
        self._parameters: Any = ()
        self._handed_out = False  # rows were fetched one chunk at a time: never read again

    @property
    def description(self) -> Any:
        return self._cursor.description

    @property
    def rowcount(self) -> int:
        return self._cursor.rowcount

    @property
    def lastrowid(self) -> int | None:
        return self._cursor.lastrowid

    @property
    def arraysize(self) -> int:
        return self._cursor.arraysize

    @arraysize.setter
    def arraysize(self, value: int) -> None:
        self._cursor.arraysize = value

    def _execute(self) -> None:
        self._cursor.execute(self._operation, self._parameters)

    async def execute(self, operation: str, parameters: Any = None) -> Cursor:
        self._operation, self._parameters = operation, () if parameters is None else parameters
        self._handed_out = False
        await self._connection._run(operation, self._execute, self._execute)
        return self

    async def executemany(self, operation: str, seq_of_parameters: Iterable[Any]) -> Cursor:
        rows = list(seq_of_parameters)  # may be tried twice
        self._operation = operation
        await self._connection._run(
            "", lambda: self._cursor.executemany(operation, rows),
            lambda: self._cursor.executemany(operation, rows),
        )  # fmt: skip
        return self

    def _read_again(self) -> list[Any]:
        self._execute()
        return self._cursor.fetchall()

    async def fetchall(self) -> list[Any]:
        if not _is_read(self._operation) or self._handed_out:
            # RETURNING rows (the write is done), or the rest of a streamed read: never redone.
            return self._cursor.fetchall()
        return await self._connection._run(self._operation, self._cursor.fetchall, self._read_again)

    async def fetchmany(self, size: int | None = None) -> Sequence[Any]:
        # A server-side cursor's next chunk: short, and its earlier rows are handed out already,
        # so it is neither interrupted nor read again.
        self._handed_out = True
        return self._cursor.fetchmany(self._cursor.arraysize if size is None else size)

    async def fetchone(self) -> Any:
        self._handed_out = True
        return self._cursor.fetchone()

    async def close(self) -> None:
        self._cursor.close()

    async def __aenter__(self) -> Cursor:
        return self

    async def __aexit__(self, *_exc: object) -> None:
        self._cursor.close()


async def connect(database: str, *, busy_timeout: float = 30.0) -> Connection:
    """A connection to the SQLite file `database` whose calls run inline; `busy_timeout` in seconds
    is how long a statement waits, on a worker thread, for another connection's lock."""
    # Legacy transaction control (isolation_level ""), as aiosqlite and SQLAlchemy's pysqlite
    # dialect expect; check_same_thread off: a call may run on a worker thread (one at a time).
    connection = sqlite3.connect(database, timeout=0, check_same_thread=False)
    return Connection(connection, timeout=busy_timeout)
