"""`storage.db.Transaction`, the dispatcher's transaction: committed, or rolled back on an error,
and its connection always back in the pool."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from storage import repos
from storage.db import Transaction, create_engine, create_sessionmaker, migrate
from storage.models import ProcessedUpdate
from tests.clock import PINNED


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
