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

Use it through `connect` as the engine's `async_creator` (`storage.db.create_engine`). The
object it returns has the subset of `aiosqlite.Connection`'s interface that SQLAlchemy's
aiosqlite dialect uses; exceptions are `sqlite3`'s own, which aiosqlite re-exports.
"""

from __future__ import annotations

import asyncio
import re
import sqlite3
import time
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

READ_BUDGET = 0.005  # seconds a read may hold the event loop before it moves to a thread
PROGRESS_STEPS = 2_000  # SQLite VM steps between two looks at the clock (some microseconds)
BUSY_RETRY = 0.005  # seconds between two tries of a statement that found the database busy

T = TypeVar("T")


_READ = re.compile(r"\s*(SELECT|WITH)\b", re.IGNORECASE)
_WRITES = re.compile(r"\b(INSERT|UPDATE|DELETE|REPLACE|CREATE|DROP|ALTER|PRAGMA)\b", re.IGNORECASE)


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
        """`call` inline; on a long read or a busy database, `again` on a worker thread."""
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
        return await asyncio.to_thread(self._patiently, again)

    def _patiently(self, call: Callable[[], T]) -> T:
        """On a worker thread: `call`, tried again while the database is busy, for at most
        the connection's timeout."""
        give_up = time.monotonic() + self._timeout
        while True:
            try:
                return call()
            except sqlite3.OperationalError as error:
                if not _busy(error) or time.monotonic() > give_up:
                    raise
            time.sleep(BUSY_RETRY)

    async def commit(self) -> None:
        await self._run("COMMIT", self._conn.commit, self._conn.commit)

    async def rollback(self) -> None:
        self._conn.rollback()

    async def close(self) -> None:
        if self._connection is not None:
            self._connection = None
            self._conn.close()

    def stop(self) -> None:
        if self._connection is not None:
            self._connection = None
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
        if not _is_read(self._operation):  # RETURNING rows: the write is done, never redone
            return self._cursor.fetchall()
        return await self._connection._run(self._operation, self._cursor.fetchall, self._read_again)

    async def fetchmany(self, size: int | None = None) -> Sequence[Any]:
        # A server-side cursor's next chunk: short, and its earlier rows are handed out already,
        # so it is neither interrupted nor read again.
        return self._cursor.fetchmany(self._cursor.arraysize if size is None else size)

    async def fetchone(self) -> Any:
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
