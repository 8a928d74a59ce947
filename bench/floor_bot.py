"""`python -m bot run` whose dispatcher does only the least every update's transaction must: each
update is the dedupe insert, the lookup of the resident with their conversation state, and the
COMMIT, on driver connections of its own, with no SQLAlchemy, and its answer is a copy of the
first one. The first updates (the first, and any that arrive while it is handled: the bench's
warm-up) are handled for real.

* SQLite: one `sqlite3` connection with the bot's own settings (WAL, `synchronous=NORMAL`,
  foreign keys), taking turns with the bot's writers as ours does;
* PostgreSQL: an `asyncpg` pool the size of SQLAlchemy's default (5 + 10 overflow), so updates
  run concurrently as ours do, each in the same three round trips as ours (BEGIN, the
  claim-and-lookup statement, COMMIT).

For bench/updates.py's rows "floor: raw sqlite3 / raw asyncpg, answers replayed". This is less
than any real dispatcher does (a new resident is looked up and not created; nothing is routed,
handled or translated), so it is a lower bound for every implementation with a transaction per
update: the floor row minus the row "ours, answers replayed" is what the driver's statements
cost inside a working process, and our plain row on the same database minus the floor is what
we do beyond them (SQLAlchemy's session, its connection and commit, the ORM objects, routing and
the handler, and creating new residents).

    python -m bench.floor_bot      # with the environment of `python -m bot run`
"""

from __future__ import annotations

import asyncio
import os
import sqlite3
import sys
from datetime import UTC, datetime
from typing import Any

import asyncpg
from sqlalchemy.engine import make_url

from bot.dispatcher import Dispatcher
from bot.messages import Incoming, Reply

_CLAIM = (
    "INSERT INTO processed_updates (channel, external_id, received_at) VALUES (?, ?, ?) "
    "ON CONFLICT DO NOTHING RETURNING channel"
)
_FIND = (
    "SELECT residents.*, conversation_states.* FROM residents JOIN conversation_states "
    "ON conversation_states.resident_id = residents.id "
    "WHERE residents.channel = ? AND residents.external_id = ?"
)
# The same work on PostgreSQL in one statement, as storage.repos.open_update does it.
_CLAIM_AND_FIND = """
WITH claim AS (
    INSERT INTO processed_updates (channel, external_id, received_at) VALUES ($1, $2, $3)
    ON CONFLICT DO NOTHING RETURNING channel
)
SELECT residents.*, conversation_states.* FROM residents JOIN conversation_states
ON conversation_states.resident_id = residents.id
WHERE EXISTS (SELECT 1 FROM claim) AND residents.channel = $1 AND residents.external_id = $4
FOR NO KEY UPDATE OF residents, conversation_states
"""
_POOL_SIZE = 5 + 10  # SQLAlchemy's default pool_size + max_overflow, which ours runs with
_BUSY_PAUSE = 0.001  # seconds before trying again when the bot's own connection holds the lock

_handle = Dispatcher.handle
_first: list[Reply] | None = None
_connection: sqlite3.Connection | None = None
_pool: Any = None  # asyncpg.Pool
_opening = asyncio.Lock()


def _sqlite_transaction(incoming: Incoming) -> None:
    connection = _connection
    assert connection is not None
    # The format SQLAlchemy stores SQLite datetimes in.
    now = datetime.now(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")
    connection.execute("BEGIN IMMEDIATE")  # the write lock now, or "busy" before any work
    try:
        claimed = connection.execute(_CLAIM, (incoming.channel, incoming.external_id, now))
        if claimed.fetchone() is not None:
            connection.execute(_FIND, (incoming.channel, incoming.user_ref)).fetchone()
        connection.execute("COMMIT")
    finally:
        if connection.in_transaction:
            connection.execute("ROLLBACK")


async def _postgresql_transaction(incoming: Incoming) -> None:
    async with _pool.acquire() as connection, connection.transaction():
        await connection.fetchrow(
            _CLAIM_AND_FIND, incoming.channel, incoming.external_id, datetime.now(UTC),
            incoming.user_ref,
        )  # fmt: skip


async def _open() -> None:
    """The floor's own driver connections, once (the first updates are handled concurrently)."""
    global _connection, _pool
    async with _opening:
        if _connection is not None or _pool is not None:
            return
        url = make_url(os.environ["DATABASE_URL"])
        if url.get_backend_name() == "postgresql":
            dsn = url.set(drivername="postgresql").render_as_string(hide_password=False)
            _pool = await asyncpg.create_pool(dsn, min_size=_POOL_SIZE, max_size=_POOL_SIZE)
            return
        assert url.database and url.database != ":memory:", "a SQLite file: the bot's database"
        _connection = sqlite3.connect(url.database, isolation_level=None, timeout=0)
        # What storage.db sets on the bot's connections (journal_mode is the file's own).
        _connection.execute("PRAGMA synchronous=NORMAL")
        _connection.execute("PRAGMA foreign_keys=ON")


async def _floor(self: Dispatcher, incoming: Incoming) -> list[Reply]:
    global _first
    if _first is None:
        first = await _handle(self, incoming)
        await _open()
        _first = _first or first
        return list(first)
    if _pool is not None:
        await _postgresql_transaction(incoming)
        return list(_first)
    async with self.write_turn:
        while True:
            try:
                _sqlite_transaction(incoming)
                break
            except sqlite3.OperationalError as error:
                if error.sqlite_errorcode & 0xFF != sqlite3.SQLITE_BUSY:  # and its extended codes
                    raise
                await asyncio.sleep(_BUSY_PAUSE)  # the bot's connection is writing: let it end
    return list(_first)


Dispatcher.handle = _floor  # type: ignore[method-assign]


if __name__ == "__main__":
    from bot.__main__ import main

    sys.exit(main(["run"]))
