"""The migrations build exactly the schema the models describe, on both databases: a column or
index added to a model without its migration (or the other way round) fails here, not in
production."""

from __future__ import annotations

import importlib
from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.operations import Operations
from sqlalchemy import Connection, insert, select

from storage.db import create_engine, migrate
from storage.models import Base, ConversationState, Resident
from tests.clock import PINNED


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


async def test_residents_stored_without_a_state_get_one(database_url: str) -> None:
    """Migration 0021 (the update's lookup joins the two): an empty state, stamped with the
    engine's clock; residents that had one keep theirs."""
    engine = create_engine(database_url, clock=lambda: PINNED)
    try:
        await migrate(engine)
        async with engine.begin() as connection:
            for ref in ("1", "2"):
                await connection.execute(
                    insert(Resident.__table__).values(
                        channel="telegram", external_id=ref, locale="kk", created_at=PINNED
                    )
                )
            await connection.execute(
                insert(ConversationState.__table__).values(
                    resident_id=select(Resident.id)
                    .where(Resident.external_id == "2")
                    .scalar_subquery(),
                    name="survey",
                    data={"step": 1},
                    offered=[],
                    updated_at=PINNED,
                )
            )
            await connection.run_sync(_run_migration, "0021_every_resident_has_a_state")
            rows = await connection.execute(
                select(Resident.external_id, ConversationState.name, ConversationState.data,
                       ConversationState.updated_at)
                .join(ConversationState)
                .order_by(Resident.external_id)
            )  # fmt: skip
            assert [tuple(row) for row in rows] == [
                ("1", "", {}, PINNED),
                ("2", "survey", {"step": 1}, PINNED),
            ]
    finally:
        await engine.dispose()


def _run_migration(connection: Connection, name: str) -> None:
    """One migration's upgrade, on a schema at head (it must be safe to run again there)."""
    module = importlib.import_module(f"storage.migrations.versions.{name}")
    with Operations.context(MigrationContext.configure(connection)):
        module.upgrade()
