"""The optional speed-ups (bot/speed.py) answer as the standard library does, installed or not."""

from __future__ import annotations

import json

import pytest

from bot import speed


@pytest.mark.parametrize(
    "text",
    [
        '{"update_id": 1, "message": {"text": "Salam \\u0259"}}',
        '"\\ud800"',  # a lone surrogate: orjson refuses it, json reads it
        "[1.5, true, null]",
    ],
)
def test_reading_json_gives_what_the_standard_library_gives(text: str) -> None:
    assert speed.loads(text.encode()) == json.loads(text)


def test_what_is_not_json_is_a_value_error() -> None:
    with pytest.raises(ValueError):
        speed.loads(b"{not json")


@pytest.mark.parametrize("value", [{"chat_id": 5, "text": "ə"}, {1: "int key"}, [2**70]])
def test_writing_json_reads_back_as_the_standard_library_writes_it(value: object) -> None:
    assert json.loads(speed.dumps(value)) == json.loads(json.dumps(value))


def test_the_start_up_log_names_what_is_in_use() -> None:
    expected = [name for name in ("uvloop", "orjson") if getattr(speed, name) is not None]
    named = speed.installed()
    assert all(name in named for name in expected)
    assert (named == "none") == (not expected)
