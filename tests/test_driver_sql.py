"""`storage.driver_sql`: the per-update statements run on the driver itself, inside the
session's transaction, giving the values and objects SQLAlchemy would give."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, timedelta

import pytest
from sqlalchemy import event, func, insert, select, text
from sqlalchemy.exc import PendingRollbackError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot.config import ConfigError, Settings
from storage import repos
from storage.db import Transaction, check_url, create_engine, create_sessionmaker, migrate
from storage.models import ConversationState, ProcessedUpdate, Resident
from tests.clock import PINNED


@pytest.fixture
async def engine(database_url: str) -> AsyncIterator[AsyncEngine]:
    engine = create_engine(database_url)
    await migrate(engine)
    yield engine
    await engine.dispose()


@pytest.fixture
def sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return create_sessionmaker(engine)


async def count_claims(sessionmaker: async_sessionmaker[AsyncSession]) -> int:
    async with sessionmaker() as session:
        return int(await session.scalar(select(func.count()).select_from(ProcessedUpdate)) or 0)


async def test_a_claim_is_part_of_the_session_s_transaction(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    """Rolled back with it, even as the transaction's first statement (the asyncpg adapter
    begins its transaction lazily: a statement run before it began would commit alone)."""
    claim = {"channel": "telegram", "external_id": "1", "now": PINNED}
    with pytest.raises(LookupError):
        async with Transaction(sessionmaker) as session:
            assert await repos.claim_update(session, **claim)
            raise LookupError("a handler's bug")
    assert await count_claims(sessionmaker) == 0
    async with Transaction(sessionmaker) as session:
        assert await repos.claim_update(session, **claim)
        assert not await repos.claim_update(session, **claim)
    async with Transaction(sessionmaker) as session:
        assert not await repos.claim_update(session, **claim)
    async with sessionmaker() as session:
        stored = (await session.execute(select(ProcessedUpdate))).scalar_one()
        assert (stored.channel, stored.external_id, stored.received_at) == ("telegram", "1", PINNED)


def values(obj: Resident | ConversationState) -> dict[str, object]:
    return {column.key: getattr(obj, column.key) for column in type(obj).__table__.c}


async def test_a_found_resident_is_what_the_orm_would_load(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    async with Transaction(sessionmaker) as session:
        resident, created = await repos.get_or_create_resident(
            session, channel="telegram", external_id="42", locale="kk", display_name="Айгүл"
        )
        assert created
        resident.muted_categories = ["roads"]
        resident.state.data = {"step": 2, "answers": ["Иә"]}
        resident.last_seen_at = PINNED
    async with sessionmaker() as session:
        by_orm = await session.scalar(select(Resident).where(Resident.external_id == "42"))
        assert by_orm is not None
        expected = values(by_orm), values(by_orm.state)
    async with Transaction(sessionmaker) as session:
        found = await repos.find_resident(session, channel="telegram", external_id="42")
        assert found is not None
        assert (values(found), values(found.state)) == expected
        assert found.last_seen_at.tzinfo is UTC
        assert found.state.resident is found
        assert found in session and found.state in session
        assert not session.dirty  # loaded, not changed: nothing to flush
        # The session's own object, as a query would give it.
        assert await repos.find_resident(session, channel="telegram", external_id="42") is found
        assert await repos.find_resident(session, channel="whatsapp", external_id="42") is None


async def test_changes_to_a_found_resident_are_flushed_and_only_those(
    engine: AsyncEngine, sessionmaker: async_sessionmaker[AsyncSession]
) -> None:
    async with Transaction(sessionmaker) as session:
        await repos.get_or_create_resident(
            session, channel="telegram", external_id="7", locale="en"
        )
    statements: list[str] = []

    def seen(_connection: object, _cursor: object, statement: str, *_: object) -> None:
        statements.append(statement.split(None, 1)[0].upper())

    event.listen(engine.sync_engine, "before_cursor_execute", seen)
    try:
        async with Transaction(sessionmaker) as session:
            found = await repos.find_resident(session, channel="telegram", external_id="7")
            assert found is not None
            found.locale = "ru"
            found.state.name = "proposal"
            found.last_seen_at = PINNED + timedelta(hours=1)
    finally:
        event.remove(engine.sync_engine, "before_cursor_execute", seen)
    # The driver's own SELECT is seen by SQLAlchemy's event too (statement counts, tracing).
    assert statements == ["SELECT", "UPDATE", "UPDATE"]
    async with sessionmaker() as session:
        again = await repos.find_resident(session, channel="telegram", external_id="7")
        assert again is not None
        assert (again.locale, again.state.name) == ("ru", "proposal")
        assert again.last_seen_at == PINNED + timedelta(hours=1)


async def test_a_new_resident_gets_the_model_s_defaults_and_the_engine_s_clock(
    database_url: str,
) -> None:
    """The INSERTs on the driver fill in the Python-side defaults as SQLAlchemy would, the
    timestamps from the clock the engine carries (storage.clock.stamp)."""
    engine = create_engine(database_url, clock=lambda: PINNED)
    try:
        await migrate(engine)
        sessionmaker = create_sessionmaker(engine)
        async with Transaction(sessionmaker) as session:
            resident, created = await repos.get_or_create_resident(
                session, channel="whatsapp", external_id="+994501234567", locale="az"
            )
            assert created and not session.dirty
        async with sessionmaker() as session:
            stored = await session.scalar(select(Resident))
            assert stored is not None
            assert values(stored) == values(resident)
            assert values(stored.state) == values(resident.state)
        assert resident.created_at == resident.last_seen_at == resident.status_changed_at == PINNED
        assert (resident.status, resident.muted_categories, resident.locale_chosen) == (
            "active",
            [],
            False,
        )
        assert resident.tutorial_reminders is True and resident.display_name is None
        assert (resident.state.name, resident.state.data, resident.state.offered) == ("", {}, [])
        assert resident.state.updated_at == PINNED
    finally:
        await engine.dispose()


async def test_a_resident_the_session_had_expired_is_filled_in_again(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    """A session used for several transactions (the panel, the CLI) holds objects a rollback
    expired: the driver's row fills them in, as a query would, instead of leaving them to a
    lazy load (which async code cannot do)."""
    async with Transaction(sessionmaker) as session:
        await repos.get_or_create_resident(
            session, channel="telegram", external_id="9", locale="hy"
        )
    async with sessionmaker() as session:
        found = await repos.find_resident(session, channel="telegram", external_id="9")
        assert found is not None
        await session.rollback()  # expires every object the session holds
        again = await repos.find_resident(session, channel="telegram", external_id="9")
        assert again is found
        assert (again.locale, again.state.name, again.state.resident) == ("hy", "", again)
        assert not session.dirty


async def test_pending_changes_are_flushed_before_a_lookup(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    """As before any query (autoflush): a resident added in this transaction is found, not
    inserted a second time."""
    async with Transaction(sessionmaker) as session:
        added, _ = await repos.get_or_create_resident(
            session, channel="telegram", external_id="10", locale="ru"
        )
        added.external_id = "11"  # not flushed yet
        assert await repos.find_resident(session, channel="telegram", external_id="11") is added
        again, created = await repos.get_or_create_resident(
            session, channel="telegram", external_id="11", locale="ru"
        )
        assert again is added and not created


async def test_the_session_is_asked_for_its_connection_once_per_transaction(
    sessionmaker: async_sessionmaker[AsyncSession], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Asking is a trip into SQLAlchemy's greenlet; a new resident's update asked five times.
    After a commit the session's next transaction is asked again, and its statements are its
    own: committed with it, and not with the one before."""
    asked = 0
    connection = AsyncSession.connection

    async def counted(self: AsyncSession, *args: object, **kwargs: object) -> object:
        nonlocal asked
        asked += 1
        return await connection(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(AsyncSession, "connection", counted)
    async with Transaction(sessionmaker) as session:
        assert await repos.claim_update(session, channel="telegram", external_id="1", now=PINNED)
        _, created = await repos.get_or_create_resident(
            session, channel="telegram", external_id="42", locale="az"
        )
        assert created
        assert asked == 1
        await session.commit()
        assert await repos.claim_update(session, channel="telegram", external_id="2", now=PINNED)
        assert asked == 2
        await session.rollback()  # the second claim goes; the first was committed
        assert await repos.find_resident(session, channel="telegram", external_id="42")
        assert asked == 3
    assert await count_claims(sessionmaker) == 1


def test_only_the_drivers_the_app_runs_statements_on_are_accepted() -> None:
    for url in ("sqlite+aiosqlite:///data/bot.db", "postgresql+asyncpg://bot:pw@127.0.0.1/bot"):
        check_url(url)
    for url in ("postgresql+psycopg://bot:secret@127.0.0.1/bot", "mysql://bot@db/bot", "bot.db"):
        with pytest.raises(ValueError) as refused:
            check_url(url)
        assert "secret" not in str(refused.value)
    with pytest.raises(ConfigError, match="DATABASE_URL"):
        Settings.from_env({"DATABASE_URL": "postgresql://bot:secret@127.0.0.1/bot"})


async def test_a_cancelled_begin_does_not_leave_its_connection_to_the_next_update(
    database_url: str,
) -> None:
    """PostgreSQL: an update cancelled while its BEGIN is under way (a shutdown, a timeout)
    leaves asyncpg with a transaction the adapter does not know to roll back. The connection
    must be replaced: reused, the next transaction's writes would stay uncommitted inside it."""
    if not database_url.startswith("postgresql"):
        pytest.skip("SQLite runs BEGIN inline: it cannot be cancelled halfway")
    engine = create_engine(database_url)
    try:
        await migrate(engine)
        sessionmaker = create_sessionmaker(engine)
        async with engine.connect() as connection:
            raw = await connection.get_raw_connection()
            adapted, driver = raw.dbapi_connection, raw.driver_connection
        claim = {"channel": "telegram", "now": PINNED}

        async def update() -> None:
            async with Transaction(sessionmaker) as session:
                await repos.claim_update(session, external_id="cancelled", **claim)

        task = asyncio.create_task(update())
        # asyncpg's private record of a BEGIN sent, not yet answered (no public hook there)
        while not (driver._top_xact is not None and adapted._transaction is None):  # type: ignore[union-attr]
            assert not task.done(), "the BEGIN was never caught under way"
            await asyncio.sleep(0)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        async with Transaction(sessionmaker) as session:
            assert await repos.claim_update(session, external_id="next", **claim)
        other = create_engine(database_url)  # another connection sees only what was committed
        try:
            assert await count_claims(create_sessionmaker(other)) == 1
        finally:
            await other.dispose()
    finally:
        await engine.dispose()


async def lock_waits(engine: AsyncEngine, expected: int) -> None:
    """Until `expected` statements of this database wait for a row lock (PostgreSQL); fails
    after 10 s."""
    deadline = time.monotonic() + 10
    async with engine.connect() as observer:
        while True:
            waits = await observer.scalar(
                text(
                    "SELECT count(*) FROM pg_stat_activity"
                    " WHERE wait_event_type = 'Lock' AND datname = current_database()"
                )
            )
            await observer.rollback()  # the view is read once per transaction: a new one each
            if waits == expected:
                return
            assert time.monotonic() < deadline, (
                f"{waits} statements wait for a lock, not {expected}"
            )
            await asyncio.sleep(0.01)


async def opened(session: AsyncSession, external_id: str, update_id: str) -> Resident | None:
    """How the dispatcher begins an update: None for a duplicate."""
    found = await repos.open_update(
        session, channel="telegram", update_id=update_id, external_id=external_id,
        locale="en", now=PINNED,
    )  # fmt: skip
    return None if found is None else found[0]


async def found(session: AsyncSession, external_id: str, _update_id: str) -> Resident | None:
    return await repos.find_resident(session, channel="telegram", external_id=external_id)


@pytest.mark.parametrize("lookup", [opened, found], ids=["open_update", "find_resident"])
async def test_a_waiting_update_sees_the_state_the_update_before_it_left(
    engine: AsyncEngine,
    sessionmaker: async_sessionmaker[AsyncSession],
    lookup: Callable[[AsyncSession, str, str], Awaitable[Resident | None]],
) -> None:
    """Two processes with updates of one resident: the second waits for the first's row lock,
    then reads the conversation state the first committed, not the one from before its wait
    (a PostgreSQL statement reads other rows as of its start)."""
    if engine.dialect.name != "postgresql":
        pytest.skip("SQLite has one writer: the second update begins after the first")
    async with Transaction(sessionmaker) as session:
        await repos.get_or_create_resident(
            session, channel="telegram", external_id="7", locale="hy"
        )
    async with Transaction(sessionmaker) as first:
        resident = await lookup(first, "7", "1")
        assert resident is not None
        resident.state.name = "survey"
        resident.state.data = {"step": 3}
        await first.flush()

        async def second_update() -> tuple[str, dict[str, object]]:
            async with Transaction(sessionmaker) as second:
                found = await lookup(second, "7", "2")
                assert found is not None
                return found.state.name, found.state.data

        waiting = asyncio.create_task(second_update())
        await lock_waits(engine, 1)
        assert not waiting.done()
    assert await waiting == ("survey", {"step": 3})


async def test_a_duplicate_update_is_refused_and_locks_nothing(
    engine: AsyncEngine, sessionmaker: async_sessionmaker[AsyncSession]
) -> None:
    """A platform's retry arriving while the first delivery is still handled waits for it, then
    is refused; arriving later it is refused at once and holds no lock on the resident."""
    async with Transaction(sessionmaker) as first:
        resident = await opened(first, "8", "100")
        assert resident is not None
        if engine.dialect.name == "postgresql":
            retried = asyncio.create_task(_duplicate(sessionmaker, "8", "100"))
            await lock_waits(engine, 1)  # on the claim
            assert not retried.done()
    if engine.dialect.name == "postgresql":
        assert await retried is None
    async with Transaction(sessionmaker) as again:
        assert await opened(again, "8", "100") is None
        if engine.dialect.name == "postgresql":  # (SQLite: one connection, one transaction)
            async with Transaction(sessionmaker) as other:  # not held up by the duplicate
                assert await asyncio.wait_for(opened(other, "8", "101"), timeout=5) is not None
    with pytest.raises(LookupError):  # a failed update's id is free again
        async with Transaction(sessionmaker) as failed:
            assert await opened(failed, "8", "102") is not None
            raise LookupError("a handler's bug")
    async with Transaction(sessionmaker) as retry:
        assert await opened(retry, "8", "102") is not None


async def _duplicate(
    sessionmaker: async_sessionmaker[AsyncSession], external_id: str, update_id: str
) -> Resident | None:
    async with Transaction(sessionmaker) as session:
        return await opened(session, external_id, update_id)


async def test_an_update_opens_with_a_new_resident(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    async with Transaction(sessionmaker) as session:
        first = await repos.open_update(
            session, channel="telegram", update_id="1", external_id="9", locale="uz",
            display_name="Dilnoza", now=PINNED,
        )  # fmt: skip
        assert first is not None
        resident, created = first
        assert created and (resident.locale, resident.display_name) == ("uz", "Dilnoza")
        assert (resident.state.name, resident.state.data, resident.state.offered) == ("", {}, [])
    async with Transaction(sessionmaker) as session:
        second = await repos.open_update(
            session, channel="telegram", update_id="2", external_id="9", locale="ru", now=PINNED
        )
        assert second is not None
        assert not second[1] and second[0].locale == "uz"
    async with Transaction(sessionmaker) as session:  # no update id (the terminal): no claim
        third = await repos.open_update(
            session, channel="console", update_id=None, external_id="9", locale="ru", now=PINNED
        )
        assert third is not None and third[1]
    assert await count_claims(sessionmaker) == 2


async def test_a_new_resident_s_first_updates_in_two_processes_at_once(
    engine: AsyncEngine, sessionmaker: async_sessionmaker[AsyncSession]
) -> None:
    """One creates the resident; the other waits for it, then finds them: no error, one row."""
    if engine.dialect.name != "postgresql":
        pytest.skip("SQLite has one writer: the second update begins after the first")
    who = {"channel": "whatsapp", "external_id": "994501234567", "locale": "az"}
    async with Transaction(sessionmaker) as first:
        _, created = await repos.get_or_create_resident(first, **who)
        assert created

        async def second_update() -> bool:
            async with Transaction(sessionmaker) as second:
                found, created = await repos.get_or_create_resident(second, **who)
                assert found.state is not None
                return created

        waiting = asyncio.create_task(second_update())
        await lock_waits(engine, 1)  # its INSERT waits for ours
        assert not waiting.done()
    assert await waiting is False
    async with sessionmaker() as session:
        assert await session.scalar(select(func.count()).select_from(Resident)) == 1


async def test_a_resident_stored_without_a_state_gets_one(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    """Not created a second time (the INSERT would break the unique constraint)."""
    async with Transaction(sessionmaker) as session:
        await session.execute(
            insert(Resident.__table__).values(
                channel="telegram", external_id="5", locale="ru", created_at=PINNED
            )
        )
    async with Transaction(sessionmaker) as session:
        found, created = await repos.get_or_create_resident(
            session, channel="telegram", external_id="5", locale="en"
        )
        assert not created
        assert (found.locale, found.state.name, found.state.data) == ("ru", "", {})
    async with Transaction(sessionmaker) as session:
        again = await repos.find_resident(session, channel="telegram", external_id="5")
        assert again is not None and again.state is not None


async def test_rows_being_added_for_a_resident_do_not_hold_up_their_updates(
    engine: AsyncEngine, sessionmaker: async_sessionmaker[AsyncSession]
) -> None:
    """A broadcast's outbox rows (or a consent) for a resident take a KEY SHARE lock on their
    row until committed (the foreign key's check); the update's lookup locks FOR NO KEY UPDATE,
    which does not wait for it."""
    if engine.dialect.name != "postgresql":
        pytest.skip("SQLite has one writer: the second update begins after the first")
    async with Transaction(sessionmaker) as session:
        resident, _ = await repos.get_or_create_resident(
            session, channel="telegram", external_id="11", locale="tg"
        )
    async with Transaction(sessionmaker) as broadcast:
        repos.record_consent(broadcast, resident, opted_in=True, text="Ҳа")
        await broadcast.flush()  # not committed: its foreign key's lock is held
        async with Transaction(sessionmaker) as update:
            found = await asyncio.wait_for(opened(update, "11", "1"), timeout=5)
            assert found is not None and found.locale == "tg"


async def test_after_the_connection_is_invalidated_a_statement_is_refused_as_sqlalchemy_does(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    """A connection lost mid-transaction (invalidated) takes its transaction with it: the next
    driver statement is refused with SQLAlchemy's PendingRollbackError, as a statement through
    the session is, not with the driver's error about a closed connection; nothing is stored."""
    async with sessionmaker() as session:
        assert await repos.claim_update(session, channel="telegram", external_id="1", now=PINNED)
        await (await session.connection()).invalidate()
        with pytest.raises(PendingRollbackError):
            await session.execute(select(1))
        with pytest.raises(PendingRollbackError):
            await repos.claim_update(session, channel="telegram", external_id="2", now=PINNED)
        await session.rollback()
    assert await count_claims(sessionmaker) == 0
