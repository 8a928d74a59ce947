"""A fuzz run with a fixed seed: captured Telegram updates and WhatsApp webhooks, each with one
field mutated (hostile text, wrong JSON types, removed keys, the longest values), sent through the
real clients to the bot on SQLite and PostgreSQL (which alone refuses NUL and overlong values).
The run is bounded by a count, not a time. Afterwards: no traceback was logged, and a probe
message is answered."""

from __future__ import annotations

import copy
import json
import logging
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.i18n import I18n
from tests.clock import PinnedClock
from tests.conftest import make_settings, start_bot
from tests.fakes import graph_api as meta
from tests.fakes.graph_api import FakeGraph
from tests.fakes.telegram_api import FakeTelegram
from tests.tg_user import TgUser
from tests.wa_user import WaHarness

SEED = 14
ROUNDS = 120  # per channel; a few seconds per database
CASES = Path(__file__).parent / "data" / "field_cases"
TG_USER, WA_PHONE = 7104, "994501234567"

HOSTILE: list[Any] = [
    "\x00", "a\x00b", "\ud83d", "x\udfff", "Ə" * 5000, "", " ", "/start c_é", "/start " + "я" * 80,
    "/start c_" + "A" * 200, [], ["a"], {}, {"a": 1}, None, 0, -1, 2**63, 1.5, True, "9" * 40,
]  # fmt: skip


HOSTILE_TEXT = [value for value in HOSTILE if isinstance(value, str)]
FIXED = {"object", "field", "type", "messaging_product", "phone_number_id", "id"}  # routing keys


def telegram_corpus() -> list[dict[str, Any]]:
    updates: list[dict[str, Any]] = []
    for path in sorted(CASES.glob("tg-*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for key in ("update", "updates", "updates_at_text_step", "updates_at_photos_step"):
            found = data.get(key)
            updates += found if isinstance(found, list) else [found] if found else []
    for update in updates:  # all from one resident, in a private chat where it was one
        for key in ("message", "edited_message"):
            if isinstance(update.get(key), dict) and "from" in update[key]:
                update[key]["from"]["id"] = TG_USER
                if update[key]["chat"].get("type") == "private":
                    update[key]["chat"]["id"] = TG_USER
    return [{k: v for k, v in u.items() if k != "update_id"} for u in updates if "message" in u
            or "edited_message" in u or "callback_query" in u]  # fmt: skip


def whatsapp_corpus() -> list[dict[str, Any]]:
    return [
        meta.text(WA_PHONE, "Please repair the road between the school and the bus stop."),
        meta.image(WA_PHONE),
        meta.location(WA_PHONE, 41.3611, 48.5126),
        meta.button_reply(WA_PHONE, "menu:main", "Menu"),
        meta.list_reply(WA_PHONE, "lang:en", "English"),
        meta.message(WA_PHONE, "reaction", {"message_id": "wamid.X", "emoji": "👍"}),
        meta.message(WA_PHONE, "document", {"id": "77", "filename": "a.pdf", "caption": "c"}),
        meta.status("wamid.OUT1", "delivered", WA_PHONE),
    ]


def paths(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every place in a JSON value, by its keys and indexes."""
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from paths(item, (*prefix, index))


def mutate(rng: random.Random, original: dict[str, Any]) -> dict[str, Any]:
    """One field replaced by a hostile value, or removed. Most mutations hit what people write
    (text leaves, with hostile text), so that they reach the database; the rest hit anything."""
    update = copy.deepcopy(original)
    places = [p for p in paths(update) if p]
    words = [p for p in places if isinstance(_at(update, p), str) and p[-1] not in FIXED]
    where = rng.choice(words if words and rng.random() < 0.7 else places)
    parent = _at(update, where[:-1])
    if isinstance(parent, dict) and rng.random() < 0.1:
        del parent[where[-1]]
    elif isinstance(_at(update, where), str) and rng.random() < 0.7:
        parent[where[-1]] = rng.choice(HOSTILE_TEXT)
    else:
        parent[where[-1]] = copy.deepcopy(rng.choice(HOSTILE))
    return update


def _at(value: Any, path: tuple[Any, ...]) -> Any:
    for key in path:
        value = value[key]
    return value


def no_tracebacks(caplog: pytest.LogCaptureFixture) -> None:
    bad = [r for r in caplog.records if r.levelno >= logging.ERROR or r.exc_info]
    assert not bad, [f"{r.name}: {r.getMessage()}" for r in bad[:5]]


async def test_fuzzed_updates_and_webhooks_leave_no_traceback_and_the_bot_answers(
    database_url: str,
    fake_telegram: FakeTelegram,
    strict_i18n: I18n,
    clock: PinnedClock,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    graph = await FakeGraph().start()
    settings = make_settings(
        database_url, fake_telegram, QUIET_HOURS="off", PROPOSAL_UNDO_MINUTES="0",
        WHATSAPP_API_URL=graph.url, WHATSAPP_PHONE_NUMBER_ID=meta.PHONE_NUMBER_ID,
        WHATSAPP_ACCESS_TOKEN=meta.TOKEN, WHATSAPP_APP_SECRET=meta.APP_SECRET,
        WHATSAPP_VERIFY_TOKEN=meta.VERIFY_TOKEN, MEDIA_DIR=str(tmp_path / "media"),
    )  # fmt: skip
    bot = await start_bot(settings, fake_telegram, strict_i18n, clock=clock)
    graph.webhook_url = f"http://127.0.0.1:{settings.web_port}/whatsapp"
    wa = WaHarness(bot.app, graph)
    rng = random.Random(SEED)
    try:
        # Both residents at the proposal's text step, where what they send is stored.
        tg_user = bot.user(user_id=TG_USER)
        wa_user = wa.user(WA_PHONE)
        await tg_user.send("/start QUB")
        await tg_user.press("English")
        await wa_user.send("/start QUB")
        await wa_user.press("English")
        for user in (tg_user, wa_user):
            await user.send("/menu")
            await user.press("✍️ Send a proposal")
            await user.press("✍️ New proposal")
            await user.press("🛣 Roads")

        tg_corpus, wa_corpus = telegram_corpus(), whatsapp_corpus()
        last = 0
        for _ in range(ROUNDS):
            last = await fake_telegram.push(mutate(rng, rng.choice(tg_corpus)))
            status = await graph.push(mutate(rng, rng.choice(wa_corpus)))
            assert status in (200, 400), status  # never a 5xx for what Meta signed
        await bot.settle(last)
        assert bot.app.whatsapp is not None
        await bot.app.whatsapp.idle()
        await bot.outbox_settled()
        no_tracebacks(caplog)

        # Still serving: a newcomer on each channel is greeted.
        [greeting] = await TgUser(bot, 7999, "en").send("/start")
        assert "English" in [label for label, _ in greeting.buttons]
        answers = await wa.user("994509999999").send("/start")
        assert answers and "English" in str(answers[-1].payload)
        no_tracebacks(caplog)
    finally:
        await bot.app.stop()
        await graph.stop()
