"""The migrations build exactly the schema the models describe, on both databases: a column or
index added to a model without its migration (or the other way round) fails here, not in
production."""

from __future__ import annotations

from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Connection

from storage.db import create_engine, migrate
from storage.models import Base


def _differences(connection: Connection) -> list[Any]:
    context = MigrationContext.configure(
        connection,
        opts={
            "compare_type": False,
            "render_as_batch": True,
            # The queue's full-text search lives outside the models: an FTS5 table and its
            # triggers on SQLite, a GIN expression index on PostgreSQL (migration 0014).
            "include_name": lambda name, _type, _parents: (
                not ("fts" in (name or "") or name == "ix_proposals_words")
            ),
        },
    )
    return list(compare_metadata(context, Base.metadata))


async def test_migrations_match_the_models(database_url: str) -> None:
    engine = create_engine(database_url)
    try:
        await migrate(engine)  # to head (a no-op where the fixture did it)
        async with engine.connect() as connection:
            differences = await connection.run_sync(_differences)
    finally:
        await engine.dispose()
    assert differences == []
