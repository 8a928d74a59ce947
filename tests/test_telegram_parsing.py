"""Telegram update parsing, table-driven over Bot API payloads (the captured field cases in
`tests/data/field_cases/` and the ordinary kinds), as `test_whatsapp_format` does for Meta's."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

import pytest
from telegram import Update

from bot.channels.telegram import parse_chat_ref, sift_updates, to_incoming, topic_ref
from bot.inbound import cleaned_or_none
from bot.messages import ChatKind, Incoming, UpdateKind

CASES = Path(__file__).parent / "data" / "field_cases"
DATE = 1764547200
LEYLA = {"id": 7104, "is_bot": False, "first_name": "Leyla", "language_code": "az"}
PRIVATE = {"id": 7104, "type": "private", "first_name": "Leyla"}
PHOTO = [
    {"file_id": f"PH-{size}", "file_unique_id": f"u{size}", "width": size, "height": size}
    for size in (90, 1280)
]


def case(name: str, *path: str | int) -> dict[str, Any]:
    data: Any = json.loads((CASES / name).read_text(encoding="utf-8"))
    for key in path:
        data = data[key]
    assert isinstance(data, dict)
    return data


def message(**content: Any) -> dict[str, Any]:
    return {"update_id": 1, "message": {"message_id": 5, "date": DATE, "chat": PRIVATE,
                                        "from": LEYLA, **content}}  # fmt: skip


def parsed(raw: dict[str, Any]) -> Incoming | None:
    incoming = to_incoming(Update.de_json(raw, None))
    return cleaned_or_none(incoming) if incoming is not None else None


LONGEST = case("tg-longest-name.json", "update")["message"]["from"]

# (name, raw update, expected fields of the Incoming; None: not acted on)
TABLE: list[tuple[str, dict[str, Any], dict[str, Any] | None]] = [
    ("text", message(text="Salam"),
     {"kind": UpdateKind.MESSAGE, "text": "Salam", "user_ref": "7104", "chat_ref": "7104",
      "locale_hint": "az", "display_name": "Leyla", "external_id": "1", "media": None}),
    ("command in a group, addressed", {
        "update_id": 2, "message": {"message_id": 1, "date": DATE, "from": LEYLA, "text":
        "/start@our_bot", "chat": {"id": -100123, "type": "supergroup", "title": "Staff"}}},
     {"chat_kind": ChatKind.GROUP, "chat_ref": "-100123", "text": "/start@our_bot"}),
    ("button press", {"update_id": 3, "callback_query": {
        "id": "9", "from": LEYLA, "chat_instance": "ci", "data": "menu:main",
        "message": {"message_id": 2, "date": DATE, "chat": PRIVATE, "text": "…"}}},
     {"kind": UpdateKind.CHOICE, "choice_id": "menu:main", "chat_ref": "7104"}),
    ("photo with caption at the text step",
     case("tg-photo-caption-at-text-step.json", "update"),
     {"text": None, "caption": "Please repair the road between the school and the bus stop on "
      "Nizami street.", "media_kind": "photo", "album": None}),
    ("album item with its caption", case("tg-album-media-group.json", "updates_at_text_step", 0),
     {"album": "13512", "caption": "Please repair the road between the school and the bus stop "
      "on Nizami street."}),
    ("album item without caption", case("tg-album-media-group.json", "updates_at_photos_step", 4),
     {"album": "99887", "caption": None}),
    ("document with its name", message(document={"file_id": "D1", "file_unique_id": "d",
                                                 "file_name": "decision.pdf"}),
     {"media_kind": "document"}),
    ("live location, first message", case("tg-live-location-edits.json", "updates", 0),
     {"location": (41.3611, 48.5126), "media_kind": "location"}),
    ("live location, a move", case("tg-live-location-edits.json", "updates", 1), None),
    ("edited text", {"update_id": 4, "edited_message": {
        "message_id": 5, "date": DATE, "edit_date": DATE + 5, "chat": PRIVATE, "from": LEYLA,
        "text": "Salam!"}},
     {"kind": UpdateKind.EDITED, "text": "Salam!"}),
    ("command in a forum topic", case("tg-forum-topic.json", "update"),
     {"chat_ref": "-1001500600700/42", "chat_kind": ChatKind.GROUP, "text": "/start"}),
    ("reply in General of a forum (no topic)", {
        "update_id": 5, "message": {"message_id": 1, "date": DATE, "from": LEYLA, "text": "/help",
        "message_thread_id": 7, "chat": {"id": -100500, "type": "supergroup", "is_forum": True}}},
     {"chat_ref": "-100500"}),
    ("longest name", case("tg-longest-name.json", "update"),
     {"display_name": f"{LONGEST['first_name']} {LONGEST['last_name']}", "text": "/start QUB"}),
    ("first contact through a button link",
     case("tg-first-contact-through-button-link.json", "update"),
     {"text": "/start c_bWVudTptYWlu"}),
    ("group upgraded to a supergroup", {"update_id": 6, "message": {
        "message_id": 1, "date": DATE, "from": LEYLA, "migrate_to_chat_id": -100999,
        "chat": {"id": -555, "type": "group", "title": "Staff"}}},
     {"kind": UpdateKind.CHAT_MOVED, "chat_ref": "-555", "moved_to": "-100999"}),
    ("blocked", {"update_id": 7, "my_chat_member": {
        "chat": PRIVATE, "from": LEYLA, "date": DATE,
        "old_chat_member": {"status": "member", "user": {"id": 1, "is_bot": True,
                                                         "first_name": "Bot"}},
        "new_chat_member": {"status": "kicked", "until_date": 0,
                            "user": {"id": 1, "is_bot": True, "first_name": "Bot"}}}},
     {"kind": UpdateKind.BLOCKED}),
    ("channel post", {"update_id": 8, "channel_post": {
        "message_id": 1, "date": DATE, "chat": {"id": -100777, "type": "channel"}, "text": "x"}},
     None),
    ("sticker", message(sticker={"file_id": "S", "file_unique_id": "s", "type": "regular",
                                 "width": 1, "height": 1, "is_animated": False,
                                 "is_video": False}),
     {"media_kind": "sticker", "media": None}),
    ("NUL and a lone surrogate", message(text="a\x00b\ud83dc"), {"text": "ab\ufffdc"}),
    ("text longer than Telegram allows", message(text="я" * 5000), {"text": "я" * 4096}),
    ("text of the wrong type", message(text=["a"]), None),
    ("location out of range", message(location={"latitude": 91.0, "longitude": 0.0}), None),
]  # fmt: skip


@pytest.mark.parametrize(("raw", "expected"), [row[1:] for row in TABLE], ids=[r[0] for r in TABLE])
def test_updates_parse_to_the_neutral_message(
    raw: dict[str, Any], expected: dict[str, Any] | None
) -> None:
    incoming = parsed(raw)
    if expected is None:
        assert incoming is None
        return
    assert incoming is not None
    assert {name: getattr(incoming, name) for name in expected} == expected


def test_photos_are_taken_at_their_largest_size() -> None:
    incoming = parsed(message(photo=PHOTO, caption="x"))
    assert incoming is not None and incoming.media is not None
    assert (incoming.media.kind, incoming.media.ref) == ("photo", "PH-1280")


def test_a_documents_file_name_is_kept_to_its_longest() -> None:
    name = "Ə" * 300
    incoming = parsed(message(document={"file_id": "D", "file_unique_id": "d", "file_name": name}))
    assert incoming is not None and incoming.media is not None
    assert incoming.media.name == "Ə" * 255


def test_topic_refs_round_trip() -> None:
    assert parse_chat_ref(topic_ref(-1001500600700, 42)) == (-1001500600700, 42)
    assert parse_chat_ref(topic_ref(7104, None)) == (7104, None)


UNREADABLE = [
    {"update_id": 11, "message": {"message_id": 1, "date": DATE, "chat": PRIVATE,
                                  "from": {"id": 7104, "is_bot": False}, "text": "no name"}},
    {"update_id": 12, "message": {"message_id": 2, "chat": PRIVATE, "from": LEYLA,
                                  "text": "no date"}},
]  # fmt: skip


def test_unreadable_updates_become_bare_ones_that_move_the_offset(
    caplog: pytest.LogCaptureFixture,
) -> None:
    good = message(text="Salam")
    good["update_id"] = 13
    body = json.dumps({"ok": True, "result": [*UNREADABLE, good, {"no": "id"}]}).encode()
    with caplog.at_level(logging.WARNING):
        sifted = json.loads(sift_updates(body))["result"]
    assert sifted == [{"update_id": 11}, {"update_id": 12}, good]
    updates = [Update.de_json(data, None) for data in sifted]  # the whole batch reads now
    assert [to_incoming(update) is None for update in updates] == [True, True, False]
    assert len([r for r in caplog.records if "cannot be read" in r.getMessage()]) == 2
