"""`python -m bot run`, counting the SQL statements of each update's own transaction (for
bench/updates.py; counting costs CPU, so the timed rows run the plain bot).

An update's transaction is the one that starts with the dedupe insert into `processed_updates`;
its statements are counted on that connection until its commit, as tests/test_statements.py
does. At exit, the counts (one per update, in commit order) are written as JSON to the file
named by BENCH_STATEMENTS_FILE.

    BENCH_STATEMENTS_FILE=/tmp/counts.json python -m bench.counted_bot
"""

from __future__ import annotations

import atexit
import json
import os
import sys
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import Engine

counts: list[int] = []
_open: dict[int, int] = {}  # id(connection) -> statements so far in its update's transaction


@event.listens_for(Engine, "before_cursor_execute")
def _count(connection: object, _cursor: object, statement: str, *_: object) -> None:
    key = id(connection)
    # The dedupe insert opens an update's transaction; on PostgreSQL it is the start of a
    # statement that also finds the resident (WITH claim AS (INSERT INTO processed_updates ...).
    if "INSERT INTO processed_updates" in statement[:64]:
        _open[key] = 0
    if key in _open:
        _open[key] += 1


@event.listens_for(Engine, "commit")
def _commit(connection: object) -> None:
    if (done := _open.pop(id(connection), None)) is not None:
        counts.append(done)


@event.listens_for(Engine, "rollback")
def _rollback(connection: object) -> None:
    _open.pop(id(connection), None)  # a duplicate or a failure: not an update handled


@atexit.register
def _write() -> None:
    Path(os.environ["BENCH_STATEMENTS_FILE"]).write_text(json.dumps(counts))


if __name__ == "__main__":
    from bot.__main__ import main

    sys.exit(main(["run"]))
