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
        statements.append(statement.split(None, 1)[0].upper())

    event.listen(bot.app.engine.sync_engine, "before_cursor_execute", count)
    try:
        # The main menu also asks whether a survey is open for the resident (one indexed
        # SELECT), so that "Surveys" is offered only while one is.
        for text, expected in (
            ("/help", ["INSERT", "SELECT"]),
            ("/menu", ["INSERT", "SELECT", "SELECT"]),
        ):
            statements.clear()
            [answer] = await user.send(text)
            assert answer.params["text"]
            assert statements == expected, text
    finally:
        event.remove(bot.app.engine.sync_engine, "before_cursor_execute", count)
