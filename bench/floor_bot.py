"""`python -m bot run` whose dispatcher does only the least every update's transaction must:
after the first update (handled as usual), each update is the dedupe insert, the lookup of the
resident with their conversation state, and the COMMIT, on a driver connection of its own
(`sqlite3`; on PostgreSQL one `asyncpg` connection, the same three round trips as ours: BEGIN,
the claim-and-lookup statement, COMMIT), with no SQLAlchemy; the answer is a copy of the first
one.

For bench/updates.py's rows "floor: raw driver, answers replayed". It is a lower bound for any
implementation of the dispatcher, below what a real one must do (a new resident is looked up and
not created; no routing, handler or translation), so the floor row minus the row "ours, answers
replayed" is what the database's driver costs per update inside a working process, and our
plain row on the same database minus the floor is what our machinery around those statements
costs (SQLAlchemy's session, its connection and commit, the ORM objects, the handler).

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
_BUSY_PAUSE = 0.001  # seconds before trying again when the bot's own connection holds the lock

_handle = Dispatcher.handle
_first: list[Reply] | None = None
_connection: sqlite3.Connection | None = None
_postgresql: Any = None  # asyncpg.Connection
_opening = asyncio.Lock()
_one_at_a_time = asyncio.Lock()  # the one asyncpg connection: updates take turns


def _transaction(incoming: Incoming) -> None:
    connection = _connection
    assert connection is not None
    connection.execute("BEGIN IMMEDIATE")  # the write lock now, or "busy" before any work
    try:
        claimed = connection.execute(
            _CLAIM, (incoming.channel, incoming.external_id, "2026-12-02 00:00:00.000000")
        ).fetchone()
        if claimed is not None:
            connection.execute(_FIND, (incoming.channel, incoming.user_ref)).fetchone()
        connection.execute("COMMIT")
    finally:
        if connection.in_transaction:
            connection.execute("ROLLBACK")


async def _postgresql_transaction(incoming: Incoming) -> None:
    async with _one_at_a_time, _postgresql.transaction():
        await _postgresql.fetchrow(
            _CLAIM_AND_FIND, incoming.channel, incoming.external_id, datetime.now(UTC),
            incoming.user_ref,
        )  # fmt: skip


async def _open() -> None:
    """The floor's own driver connection, once (the first updates are handled concurrently)."""
    global _connection, _postgresql
    async with _opening:
        if _connection is not None or _postgresql is not None:
            return
        url = make_url(os.environ["DATABASE_URL"])
        if url.get_backend_name() == "postgresql":
            dsn = url.set(drivername="postgresql").render_as_string(hide_password=False)
            _postgresql = await asyncpg.connect(dsn)
        else:
            assert url.database, "SQLite file databases only"
            _connection = sqlite3.connect(url.database, isolation_level=None, timeout=0)


async def _floor(self: Dispatcher, incoming: Incoming) -> list[Reply]:
    global _first
    if _first is None:
        first = await _handle(self, incoming)
        await _open()
        _first = _first or first
        return list(first)
    if _postgresql is not None:
        await _postgresql_transaction(incoming)
        return list(_first)
    async with self.write_turn:
        while True:
            try:
                _transaction(incoming)
                break
            except sqlite3.OperationalError as error:
                if error.sqlite_errorcode != sqlite3.SQLITE_BUSY:
                    raise
                await asyncio.sleep(_BUSY_PAUSE)  # the bot's connection is writing: let it end
    return list(_first)


Dispatcher.handle = _floor  # type: ignore[method-assign]


if __name__ == "__main__":
    from bot.__main__ import main

    sys.exit(main(["run"]))
