"""What one update costs the database: counted, not timed (timings belong in bench/)."""

from __future__ import annotations

from sqlalchemy import event

from storage import repos
from storage.db import create_sessionmaker
from storage.models import Role
from tests.tg_user import BotHarness


class UpdateStatements:
    """The statements of one update's own transaction: from its dedupe insert to its commit, on
    that connection only (the scheduler's and the sender's work on others is not counted)."""

    def __init__(self, bot: BotHarness) -> None:
        self.engine = bot.app.engine.sync_engine
        self.statements: list[str] = []
        self._connection: object | None = None

    def _execute(self, connection: object, _cursor: object, statement: str, *_: object) -> None:
        if "INSERT INTO processed_updates" in statement[:64]:  # PostgreSQL: WITH claim AS (...
            self._connection = connection
        if connection is self._connection:
            self.statements.append(statement.split(None, 1)[0].upper())

    def _commit(self, connection: object) -> None:
        if connection is self._connection:
            self._connection = None

    def __enter__(self) -> UpdateStatements:
        event.listen(self.engine, "before_cursor_execute", self._execute)
        event.listen(self.engine, "commit", self._commit)
        return self

    def __exit__(self, *_: object) -> None:
        event.remove(self.engine, "before_cursor_execute", self._execute)
        event.remove(self.engine, "commit", self._commit)


# What every update begins with: the dedupe insert and the resident's lookup (repos.open_update).
OPENING = {"sqlite": ["INSERT", "SELECT"], "postgresql": ["WITH"]}


async def test_a_known_resident_s_update_is_at_most_three_statements_in_one_transaction(
    bot: BotHarness,
) -> None:
    """The dedupe insert, one SELECT of the resident with their conversation state (on
    PostgreSQL the two are one statement: a round trip fewer), and what the handler reads.
    This is why answers are not written to the outbox first (a transactional
    outbox): that would add an INSERT in the transaction and an UPDATE after sending, and a
    second commit per update (README, "Sending a proposal is done once")."""
    bot.app.caches.ttl = 3600  # the cached municipalities and roles do not expire here
    user = bot.user(user_id=4242)
    await user.send("/start QUB")
    await user.press("English")
    await user.send("/help")  # the first reads of roles load the process's cache
    await user.send("/menu")  # and of the municipalities with a survey open
    loads = bot.app.caches.loads
    # /help reads the person's roles (their staff commands) and /settings their place, and the
    # main menu whether a survey is open in the resident's municipality (to offer "Surveys"
    # only then): all from the process's cache (storage.caches).
    opening = OPENING[bot.app.engine.dialect.name]
    for text, expected in (
        ("/help", opening),
        ("/menu", opening),
        ("/settings", [*opening, "UPDATE"]),
    ):
        with UpdateStatements(bot) as counted:
            [answer] = await user.send(text)
        assert answer.params["text"]
        assert counted.statements == expected, text
    assert bot.app.caches.loads == loads


async def test_a_new_resident_s_first_update_is_at_most_four_statements(bot: BotHarness) -> None:
    """The dedupe insert, the SELECT that finds no one, and the resident's and their
    conversation state's INSERTs (RETURNING: no second read); on PostgreSQL two statements,
    each a pair of these."""
    bot.app.caches.ttl = 3600
    await bot.user(user_id=4141).send("/help")  # the cached roles and places are loaded
    with UpdateStatements(bot) as counted:
        [answer] = await bot.user(user_id=4242).send("/help")
    assert answer.params["text"]
    assert (
        counted.statements
        == {
            "sqlite": ["INSERT", "SELECT", "INSERT", "INSERT"],
            "postgresql": ["WITH", "WITH"],  # the two INSERTs are one statement too
        }[bot.app.engine.dialect.name]
    )


async def test_a_grant_is_seen_by_the_next_update(bot: BotHarness) -> None:
    """Granting a role (here as `grant` and the panel do, in another transaction) makes the
    process's cached roles stale at once: /help lists the new role at the next update."""
    bot.app.caches.ttl = 3600
    user = bot.user(user_id=4343)
    await user.send("/start QUB")
    await user.press("English")
    [before] = await user.send("/help")
    async with bot.app.sessionmaker.begin() as session:
        resident = await repos.find_resident(session, channel="telegram", external_id="4343")
        place = await repos.municipality_by_code(session, code="QUB")
        assert resident is not None and place is not None
        await repos.grant_role(session, resident=resident, role=Role.MODERATOR, municipality=place)
    [after] = await user.send("/help")
    assert "/queue" not in str(before.params["text"])
    assert "/queue" in str(after.params["text"])
    async with bot.app.sessionmaker.begin() as session:
        resident = await repos.find_resident(session, channel="telegram", external_id="4343")
        assert resident is not None
        await repos.revoke_role(session, resident=resident, role=Role.MODERATOR, municipality=place)
    [revoked] = await user.send("/help")
    assert "/queue" not in str(revoked.params["text"])


async def test_another_process_s_grant_is_seen_when_the_cache_expires(bot: BotHarness) -> None:
    """A grant written elsewhere (the CLI, another process: here another sessionmaker on the
    same database) is not announced; the cached roles are trusted for `ttl` seconds only."""
    ticks = [0.0]
    bot.app.caches.monotonic = lambda: ticks[0]
    user = bot.user(user_id=4444)
    await user.send("/start QUB")
    await user.press("English")
    await user.send("/help")
    elsewhere = create_sessionmaker(bot.app.engine)
    async with elsewhere.begin() as session:
        resident = await repos.find_resident(session, channel="telegram", external_id="4444")
        place = await repos.municipality_by_code(session, code="QUB")
        assert resident is not None and place is not None
        await repos.grant_role(session, resident=resident, role=Role.MODERATOR, municipality=place)
    [stale] = await user.send("/help")
    ticks[0] += bot.app.caches.ttl + 0.1
    [fresh] = await user.send("/help")
    assert "/queue" not in str(stale.params["text"])
    assert "/queue" in str(fresh.params["text"])


async def test_a_burst_of_replies_is_one_budget_record(bot: BotHarness) -> None:
    """On PostgreSQL, replies are recorded in the send budget all processes share
    (bot.shared_limit): a burst is one row, not one per reply."""
    records: list[str] = []

    def count(_conn: object, _cursor: object, statement: str, *_rest: object) -> None:
        if "send_grants" in statement:
            records.append(statement)

    limiter = bot.app.delivery.limiters["telegram"]
    event.listen(bot.app.engine.sync_engine, "before_cursor_execute", count)
    try:
        for _ in range(10):
            limiter.take_now()  # what the reply path does for each answer it sends
        await limiter.settle()
    finally:
        event.remove(bot.app.engine.sync_engine, "before_cursor_execute", count)
    assert len(records) == (1 if bot.app.engine.dialect.name == "postgresql" else 0)
