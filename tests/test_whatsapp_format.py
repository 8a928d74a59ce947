"""WhatsApp payloads without a network: Meta's webhook JSON in, our rendering out, error codes
classified. Incoming cases follow the Cloud API's documented webhook format."""

from __future__ import annotations

import itertools
import json
from datetime import UTC, datetime
from typing import Any

import pytest

from bot.channels import whatsapp_format as wa
from bot.channels.base import Rejected, Throttled, Transient, Unreachable
from bot.channels.whatsapp import OutsideWindow, classify, signature_ok
from bot.config import ConfigError, Settings
from bot.messages import Choice, Reply, UpdateKind
from tests.fakes import graph_api as meta
from tests.fakes.graph_api import limit_errors

PHONE = "994501234567"
WORDS = wa.Words(choose="Choose", more="More…")
RECEIVED = datetime(2026, 6, 10, 8, 0, tzinfo=UTC)


def parse(payload: Any) -> wa.WebhookContent:
    return wa.parse_webhook(payload, phone_number_id=meta.PHONE_NUMBER_ID, received_at=RECEIVED)


# (case, payload, what the channel must make of it)
INCOMING: list[tuple[str, dict[str, Any], dict[str, Any]]] = [
    ("text", meta.text(PHONE, "Salam", wamid="wamid.T1"),
     {"text": "Salam", "kind": UpdateKind.MESSAGE, "external_id": "wamid.T1"}),
    ("button_reply", meta.button_reply(PHONE, "lang:az", "Azərbaycanca"),
     {"kind": UpdateKind.CHOICE, "choice_id": "lang:az", "text": None}),
    ("list_reply", meta.list_reply(PHONE, "place:QUB", "Quba"),
     {"kind": UpdateKind.CHOICE, "choice_id": "place:QUB"}),
    ("image", meta.image(PHONE, media_id="4490709327384033"),
     {"media_kind": "photo", "text": None}),
    ("location", meta.location(PHONE, 41.3611, 48.5126),
     {"location": (41.3611, 48.5126), "text": None}),
    ("sticker", meta.message(PHONE, "sticker", {"id": "1", "mime_type": "image/webp"}),
     {"media_kind": "sticker", "text": None}),
    ("voice", meta.message(PHONE, "audio", {"id": "2", "mime_type": "audio/ogg", "voice": True}),
     {"media_kind": "voice", "text": None}),
    ("reaction", meta.message(PHONE, "reaction", {"message_id": "wamid.X", "emoji": "👍"}),
     {"media_kind": "reaction"}),
    ("template quick reply", meta.message(PHONE, "button", {"payload": "Yes", "text": "Yes"}),
     {"text": "Yes"}),
]  # fmt: skip


@pytest.mark.parametrize(("case", "payload", "expected"), INCOMING, ids=[c[0] for c in INCOMING])
def test_incoming_messages(case: str, payload: dict[str, Any], expected: dict[str, Any]) -> None:
    content = parse(payload)
    [inbound] = content.messages
    assert content.statuses == []
    incoming = inbound.incoming
    assert incoming.channel == "whatsapp" and incoming.user_ref == PHONE
    assert incoming.locale_hint == "az" and incoming.display_name == "Leyla"
    for name, value in expected.items():
        assert getattr(incoming, name) == value, name
    if case == "image":
        assert inbound.media == wa.InboundMedia("photo", "4490709327384033", "image/jpeg")
    if case == "voice":  # fetched like a photo; kept where a step takes a voice note
        assert inbound.media == wa.InboundMedia("voice", "2", "audio/ogg")


@pytest.mark.parametrize(
    ("state", "code"),
    [("sent", None), ("delivered", None), ("read", None), ("failed", 131047), ("failed", 131026)],
)
def test_statuses(state: str, code: int | None) -> None:
    content = parse(meta.status("wamid.OUT1", state, PHONE, code=code))
    [change] = content.statuses
    assert content.messages == []
    assert (change.message_id, change.status, change.recipient) == ("wamid.OUT1", state, PHONE)
    assert change.error_code == code


def test_a_duplicate_in_one_webhook_keeps_its_wamid_for_the_dedupe() -> None:
    first = meta.text(PHONE, "Salam", wamid="wamid.DUP")
    value = first["entry"][0]["changes"][0]["value"]
    value["messages"] = value["messages"] * 2
    content = parse(first)
    assert [m.incoming.external_id for m in content.messages] == ["wamid.DUP", "wamid.DUP"]


@pytest.mark.parametrize(
    "payload",
    [
        None, [], "text", {"object": "page", "entry": []},
        {"object": "whatsapp_business_account", "entry": [{"changes": [{"field": "messages",
                                                                        "value": "x"}]}]},
        meta.message(PHONE, "text", {"body": "x"}) | {"object": "instagram"},
        meta.envelope({"messages": [{"from": PHONE, "type": "text"}]}),  # no id
        meta.envelope({"statuses": [{"id": "wamid.1", "status": "deleted"}]}),
        meta.envelope({"errors": [{"code": 131051, "title": "Unsupported message type"}]}),
        # signed by Meta, yet odd: nothing of it may raise
        {"object": "whatsapp_business_account", "entry": {"changes": []}},
        {"object": "whatsapp_business_account", "entry": ["x", None, 3]},
        meta.envelope({"metadata": "x", "messages": "x"}),
        meta.envelope({"contacts": [{"profile": "x", "wa_id": PHONE}], "messages": [None]}),
        meta.envelope({"statuses": [{"id": "wamid.1", "status": "failed", "errors": {"0": 1}}]})
        | {"object": "other"},
    ],
)  # fmt: skip
def test_malformed_or_foreign_payloads_yield_nothing(payload: Any) -> None:
    content = parse(payload)
    assert content.messages == [] and content.statuses == []


@pytest.mark.parametrize(
    ("phone", "locale"),
    [("994501234567", "az"), ("77011234567", "kk"), ("76012345678", "kk"),
     ("79161234567", "ru"), ("37491234567", "hy"), ("996555123456", "ky"),
     ("998901234567", "uz"), ("992931234567", "tg"), ("99365123456", "tk"),
     ("995555123456", "ru"), ("4915112345678", None), ("12025550123", None)],
)  # fmt: skip
def test_language_from_the_country_code(phone: str, locale: str | None) -> None:
    assert wa.locale_from_phone(phone) == locale


def test_signature() -> None:
    body = json.dumps(meta.text(PHONE, "x")).encode()
    import hashlib
    import hmac

    good = "sha256=" + hmac.new(b"secret", body, hashlib.sha256).hexdigest()
    assert signature_ok("secret", body, good)
    assert not signature_ok("secret", body + b" ", good)
    assert not signature_ok("other", body, good)
    assert not signature_ok("secret", body, None)
    assert not signature_ok("secret", body, good.removeprefix("sha256="))


# --- the renderer never exceeds a limit --------------------------------------------------------


def _choices(count: int, length: int) -> tuple[Choice, ...]:
    return tuple(Choice(f"c:{i}", (f"{i} " + "ы" * length)[:length]) for i in range(count))


@pytest.mark.parametrize(
    ("count", "length", "text_length"),
    list(itertools.product([0, 1, 3, 4, 10, 11, 25], [1, 20, 21, 24, 25, 72, 73], [1, 1024, 1025,
                                                                                    5000])),
)  # fmt: skip
def test_every_rendering_is_within_whatsapps_limits(
    count: int, length: int, text_length: int
) -> None:
    reply = Reply(
        "a" * (text_length - 1) + "\n" if text_length > 1 else "a", _choices(count, length)
    )
    messages = wa.render(reply, WORDS)
    for message in messages:
        assert limit_errors(message) == [], message
    shown = "".join(
        m["text"]["body"] if m["type"] == "text" else m["interactive"]["body"]["text"]
        for m in messages
    )
    assert shown.count("a") == reply.text.count("a")  # nothing of the text is lost
    offered = {
        row["id"]
        for m in messages
        if m["type"] == "interactive"
        for row in (
            [b["reply"] for b in m["interactive"]["action"].get("buttons", [])]
            + [r for s in m["interactive"]["action"].get("sections", []) for r in s["rows"]]
        )
    }
    if count and length > wa.ROW_DESCRIPTION:  # too long for any element: numbered lines
        assert offered == set() and f"{count}. " in shown
    elif count:
        assert {f"c:{i}" for i in range(min(count, 9 if count > 10 else 10))} <= offered


def test_three_short_choices_are_buttons_four_are_a_list() -> None:
    [buttons] = wa.render(Reply("Pay?", _choices(3, 8)), WORDS)
    assert buttons["interactive"]["type"] == "button"
    [listed] = wa.render(Reply("Pay?", _choices(4, 8)), WORDS)
    assert listed["interactive"]["type"] == "list"
    assert listed["interactive"]["action"]["button"] == "Choose"
    # A label longer than a button's 20 characters: a list, with the whole label shown.
    [long] = wa.render(Reply("Pay?", (Choice("a", "Ödənişi onlayn necə etmək olar?"),)), WORDS)
    [row] = long["interactive"]["action"]["sections"][0]["rows"]
    assert row["title"].endswith("…") and len(row["title"]) == 24
    assert row["description"] == "Ödənişi onlayn necə etmək olar?"


def test_pages_of_a_long_list() -> None:
    choices = _choices(25, 6)
    [first] = wa.render(Reply("Villages", choices), WORDS)
    rows = first["interactive"]["action"]["sections"][0]["rows"]
    assert [r["id"] for r in rows] == [f"c:{i}" for i in range(9)] + ["more:9"]
    assert rows[-1]["title"] == "More…"
    [last] = wa.render(Reply("More", choices, first_choice=18), WORDS)
    rows = last["interactive"]["action"]["sections"][0]["rows"]
    assert [r["id"] for r in rows] == [f"c:{i}" for i in range(18, 25)]


def test_numbered_lines_go_on_from_the_cards_before() -> None:
    """A typed number means the line the person sees: the second card of an answer is numbered
    on from the first (the dispatcher's `offered` holds both cards' choices in that order)."""
    long = "A label far too long for any button or for any row of a WhatsApp list, in many words"
    [message] = wa.render(Reply("Second card", (Choice("a", long), Choice("b", long)),
                                number_from=5), WORDS)  # fmt: skip
    assert f"5. {long}\n6. {long}" in message["text"]["body"]
    assert "1. " not in message["text"]["body"]
    # A long list on a later card: "More" names the next choice in the whole answer's count.
    [listed] = wa.render(Reply("Villages", _choices(25, 6), number_from=5), WORDS)
    assert listed["interactive"]["action"]["sections"][0]["rows"][-1]["id"] == "more:13"


def test_link_choices_become_links_in_the_text() -> None:
    reply = Reply("Pay here", (Choice("x", "Open the portal", url="https://e-gov.az"),))
    [message] = wa.render(reply, WORDS)
    assert message["type"] == "text"
    assert "Open the portal: https://e-gov.az" in message["text"]["body"]
    assert message["text"]["preview_url"] is True


def test_template_parameter_is_one_line_and_short() -> None:
    message = wa.template("community_notice", "az", "Line one\n\nLine\ttwo     " + "x" * 3000)
    [parameter] = message["template"]["components"][0]["parameters"]
    assert limit_errors(message) == []
    assert parameter["text"].startswith("Line one Line two x")
    assert len(parameter["text"]) <= wa.TEMPLATE_PARAMETER


# --- errors ------------------------------------------------------------------------------------


def _error(code: int) -> dict[str, Any]:
    return {"error": {"message": "m", "type": "OAuthException", "code": code,
                      "error_data": {"details": "d"}}}  # fmt: skip


@pytest.mark.parametrize(
    ("status", "code", "kind"),
    [
        (400, 131047, OutsideWindow),
        (400, 130429, Throttled),
        (400, 131048, Throttled),
        (400, 80007, Throttled),
        (429, 4, Throttled),
        (400, 131026, Unreachable),
        (400, 131056, Transient),  # too fast to one person: retry that message later
        (500, 131000, Transient),
        (503, 131016, Transient),
        (400, 100, Rejected),
        (400, 131051, Rejected),
    ],
)
def test_error_codes_are_classified(status: int, code: int, kind: type[Exception]) -> None:
    error = classify(status, _error(code))
    assert type(error) is kind
    assert str(code) in str(error)


def test_throttling_honours_retry_after() -> None:
    error = classify(429, _error(130429), "7")
    assert isinstance(error, Throttled) and error.retry_after == 7


def test_a_5xx_without_a_json_body_is_transient() -> None:
    assert isinstance(classify(502, None), Transient)


# --- settings ----------------------------------------------------------------------------------


def test_whatsapp_settings_come_all_or_none() -> None:
    assert not Settings.from_env({}).whatsapp_enabled
    with pytest.raises(ConfigError, match="WHATSAPP_APP_SECRET"):
        Settings.from_env(
            {"WHATSAPP_PHONE_NUMBER_ID": "1", "WHATSAPP_ACCESS_TOKEN": "t",
             "WHATSAPP_VERIFY_TOKEN": "v"}
        )  # fmt: skip


def test_templates_per_locale() -> None:
    settings = Settings.from_env({"WHATSAPP_TEMPLATES": "ru=notice_ru:ru, en=notice:en_US"})
    assert settings.whatsapp_template("ru") == ("notice_ru", "ru")
    assert settings.whatsapp_template("az") == ("notice", "en_US")  # English when not given
    assert Settings.from_env({}).whatsapp_template("kk") == ("community_notice", "kk")
    # WhatsApp has no Armenian templates: the Russian one carries Armenian notices.
    assert Settings.from_env({}).whatsapp_template("hy") == ("community_notice", "ru")
    # Meta offers uz and ky_KG templates, none for Tajik or Turkmen: they get the Russian one.
    assert Settings.from_env({}).whatsapp_template("uz") == ("community_notice", "uz")
    assert Settings.from_env({}).whatsapp_template("ky") == ("community_notice", "ky_KG")
    assert Settings.from_env({}).whatsapp_template("tg") == ("community_notice", "ru")
    assert Settings.from_env({}).whatsapp_template("tk") == ("community_notice", "ru")
    with pytest.raises(ConfigError, match="WHATSAPP_TEMPLATES"):
        Settings.from_env({"WHATSAPP_TEMPLATES": "ru=notice_ru"})


def test_group_messages_are_marked_as_such() -> None:
    payload = meta.text(PHONE, "/start")
    payload["entry"][0]["changes"][0]["value"]["messages"][0]["group_id"] = "120363@g.us"
    [inbound] = parse(payload).messages
    assert inbound.incoming.chat_kind == "group"


def test_odd_but_readable_parts_are_taken_safely() -> None:
    payload = meta.text(PHONE, "Salam")
    value = payload["entry"][0]["changes"][0]["value"]
    value["contacts"] = [{"profile": {"name": {"first": "x"}}, "wa_id": PHONE}]  # not a string
    value["statuses"] = [{"id": "wamid.1", "status": "failed", "errors": {"code": 1}}]
    content = parse(payload)
    [inbound] = content.messages
    assert inbound.incoming.display_name is None and inbound.incoming.text == "Salam"
    [change] = content.statuses
    assert change.error_code is None


def test_the_message_time_is_carried() -> None:
    [inbound] = parse(meta.text(PHONE, "x")).messages
    assert inbound.incoming.sent_at is not None


@pytest.mark.parametrize("code", [190, 10, 200, 131031, 368, 131042])
def test_account_trouble_pauses_rather_than_failing_rows(code: int) -> None:
    error = classify(400, _error(code))
    assert isinstance(error, Throttled) and error.retry_after >= 60


def test_odd_error_data_is_read_safely() -> None:
    body = {"error": {"message": "m", "code": 100, "error_data": "text, not an object"}}
    assert isinstance(classify(400, body), Rejected)


# --- field cases: username users, reactions taken back, parts we do not handle ---------------

BSUID = "AZ.1502576394655843"


def test_a_username_user_without_a_phone_is_read_by_user_id() -> None:
    [inbound] = parse(meta.text(BSUID, "Salam")).messages
    incoming = inbound.incoming
    assert incoming.user_ref == BSUID and incoming.text == "Salam"
    assert incoming.display_name == "Leyla" and incoming.locale_hint == "az"


def test_the_phone_is_the_reference_when_both_come() -> None:
    [inbound] = parse(meta.text(PHONE, "Salam", user_id=BSUID)).messages
    assert inbound.incoming.user_ref == PHONE and inbound.incoming.display_name == "Leyla"
    assert inbound.user_id == BSUID  # for the channel to link the two
    [plain] = parse(meta.text(PHONE, "Salam")).messages
    assert plain.user_id is None


def test_a_phone_with_a_plus_is_read_in_whatsapps_form() -> None:
    payload = meta.text(PHONE, "Salam")
    payload["entry"][0]["changes"][0]["value"]["messages"][0]["from"] = "+" + PHONE
    [inbound] = parse(payload).messages
    assert inbound.incoming.user_ref == PHONE


@pytest.mark.parametrize("reaction", [{"message_id": "wamid.X", "emoji": ""},
                                      {"message_id": "wamid.X"}])  # fmt: skip
def test_a_reaction_taken_back_is_nothing_to_answer(reaction: dict[str, str]) -> None:
    content = parse(meta.message(PHONE, "reaction", reaction))
    assert content.messages == [] and content.unhandled == []


def test_a_report_on_a_message_to_a_user_id_names_it() -> None:
    payload = meta.status("wamid.OUT1", "failed", PHONE, code=131026)
    status = payload["entry"][0]["changes"][0]["value"]["statuses"][0]
    del status["recipient_id"]
    status["recipient_user_id"] = BSUID
    [change] = parse(payload).statuses
    assert change.recipient == BSUID


def test_parts_we_do_not_handle_are_named() -> None:
    payload = meta.envelope(
        {"statuses": [{"id": "wamid.1", "status": "deleted"}],
         "messages": [{"id": "wamid.2", "type": "text", "text": {"body": "x"}}],
         "errors": [{"code": 131051}]}
    )  # fmt: skip
    payload["entry"][0]["changes"].append({"field": "account_update", "value": {}})
    content = parse(payload)
    assert content.unhandled == [
        "error:131051", "message without a sender or id", "status:deleted",
        "field:account_update",
    ]  # fmt: skip
    assert parse(meta.message(PHONE, "system", {"body": "changed"})).unhandled == [
        "message type:system"
    ]
    assert parse(meta.text(PHONE, "x")).unhandled == []
    assert parse({"object": "page"}).unhandled == ["object:page"]


def test_a_voice_note_goes_as_audio_without_a_caption() -> None:
    # Meta's audio messages take no caption: the words go as a message of their own.
    assert wa.media_message("voice", "m1", "Help request #1", None) == {
        "type": "audio",
        "audio": {"id": "m1"},
    }
    assert wa.media_message("photo", "m2", "Look", None)["image"]["caption"] == "Look"
