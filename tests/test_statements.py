"""What one update costs the database: counted, not timed (timings belong in bench/)."""

from __future__ import annotations

from sqlalchemy import event

from tests.tg_user import BotHarness


async def test_a_known_resident_s_update_is_two_statements_in_one_transaction(
    bot: BotHarness,
) -> None:
    """The dedupe insert and one SELECT of the resident with their conversation state. This is
    why answers are not written to the outbox first (a transactional outbox): that would add an
    INSERT in the transaction and an UPDATE after sending, twice the statements and a second
    commit per update (README, "Sending a proposal is done once")."""
    user = bot.user(user_id=4242)
    await user.send("/start QUB")
    await user.press("English")
    statements: list[str] = []

    def count(_conn: object, _cursor: object, statement: str, *_rest: object) -> None:
        if "send_grants" not in statement:  # the shared send budget's own bookkeeping (below)
            statements.append(statement.split(None, 1)[0].upper())

    event.listen(bot.app.engine.sync_engine, "before_cursor_execute", count)
    try:
        for text in ("/menu", "/menu"):
            statements.clear()
            [answer] = await user.send(text)
            assert answer.params["text"]
            assert statements == ["INSERT", "SELECT"], text
        statements.clear()
        await user.send("/help")  # and the person's roles, for their staff commands
        assert statements == ["INSERT", "SELECT", "SELECT"]
    finally:
        event.remove(bot.app.engine.sync_engine, "before_cursor_execute", count)


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
