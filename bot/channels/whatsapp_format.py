"""WhatsApp Cloud API payloads, both ways, as pure functions (no I/O), so every rule is testable.

Incoming: Meta's webhook JSON -> neutral `Incoming`s and delivery status changes.
Outgoing: a neutral `Reply` -> the message payloads that show it within WhatsApp's limits:
reply buttons (at most 3, titles at most 20 characters), a list (at most 10 rows, titles at most
24), or numbered text when a label would not survive shortening.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from bot import messages
from bot.messages import ChatKind, Choice, Incoming, Reply, UpdateKind
from storage.phones import PhoneError, is_bsuid, normalise_phone

NAME = "whatsapp"

TEXT_LIMIT = 4096
BODY_LIMIT = 1024  # body of an interactive message, and captions
MAX_BUTTONS = 3
BUTTON_TITLE = 20
MAX_ROWS = 10
ROW_TITLE = 24
ROW_DESCRIPTION = 72
LIST_BUTTON = 20
TEMPLATE_PARAMETER = 900  # a template's body is at most 1024 characters, its own words included
MORE_PREFIX = "more:"  # the "More" row of a paged list; handlers.menu shows the next page


# --- phone numbers -----------------------------------------------------------------------------

# Country calling code -> the locale residents there most likely read. Kazakhstan shares +7
# with Russia: its numbers continue 6 or 7 (ITU-T E.164 assignments).
_CALLING_CODES = {
    "994": "az",
    "374": "hy",
    "996": "ky",
    "998": "uz",
    "992": "tg",
    "993": "tk",
    "995": "ru",
    "375": "ru",
    "373": "ru",
}


# A BSUID starts with the user's country (ISO 3166 alpha-2): the same guess, by country.
_COUNTRIES = {
    "AZ": "az", "AM": "hy", "KZ": "kk", "RU": "ru", "KG": "ru", "UZ": "ru", "TJ": "ru",
    "TM": "ru", "GE": "ru", "BY": "ru", "MD": "ru",
}  # fmt: skip


def locale_from_phone(wa_id: str) -> str | None:
    """A first guess of the resident's language, until they choose one: from the calling code
    of a phone number, or the country a business-scoped user id starts with."""
    if is_bsuid(wa_id):
        return _COUNTRIES.get(wa_id[:2])
    digits = wa_id.lstrip("+")
    if digits.startswith("7"):
        return "kk" if digits[1:2] in ("6", "7") else "ru"
    for length in (3, 2, 1):
        if locale := _CALLING_CODES.get(digits[:length]):
            return locale
    return None


# --- incoming ----------------------------------------------------------------------------------

UNSUPPORTED = "unsupported"


@dataclass(frozen=True, slots=True)
class InboundMedia:
    """An image, document or voice note a resident sent: fetched through the media endpoint
    afterwards."""

    kind: str  # "photo", "document" or "voice" (any audio: a voice note or an audio file)
    media_id: str
    mime_type: str
    name: str | None = None


@dataclass(frozen=True, slots=True)
class Inbound:
    incoming: Incoming
    media: InboundMedia | None = None
    # The sender's business-scoped user id when Meta sent one (`from_user_id`); the channel
    # uses it to find the resident known by phone when the phone is left out.
    user_id: str | None = None


@dataclass(frozen=True, slots=True)
class StatusChange:
    """Meta's report on a message we sent: sent, delivered, read or failed."""

    message_id: str  # wamid
    status: str
    at: datetime
    recipient: str
    error_code: int | None = None
    error_title: str = ""


@dataclass(frozen=True, slots=True)
class WebhookContent:
    messages: list[Inbound]
    statuses: list[StatusChange]
    # Parts we read but do not act on, one short label each ("field:account_update",
    # "message type:order", "status:deleted"): the channel logs each kind once.
    unhandled: list[str] = field(default_factory=list)


# The parts of a change's value we read, or know and leave alone on purpose.
KNOWN_VALUE_KEYS = {"messaging_product", "metadata", "contacts", "messages", "statuses"}
# Message types we answer; the others also get the "I can only read text and buttons" hint,
# but are logged, so that a new kind of message from Meta is noticed.
READ_TYPES = {"text", "interactive", "button", "location", "image", "document", "audio"}
HINTED_TYPES = {"sticker", "video", "reaction", "contacts"}
STATUSES = ("sent", "delivered", "read", "failed")


def parse_webhook(
    payload: Any, *, phone_number_id: str | None, received_at: datetime
) -> WebhookContent:
    """Messages and statuses addressed to our number; anything malformed is skipped (Meta
    retries a webhook we fail, and a payload we cannot read will not improve), and what we do
    not handle is named in `unhandled`. A status without a readable time is taken as of
    `received_at`.

    A message's sender is its phone number (`from`, normalised by storage.phones) when Meta
    gives one, else its business-scoped user id (`from_user_id`): since Meta introduced
    usernames, a user who adopted one may come without a phone number, with `contacts[]`
    holding `user_id` instead of `wa_id` (Meta, "Business-scoped user IDs",
    developers.facebook.com/documentation/business-messaging/whatsapp/
    business-scoped-user-ids/). The phone stays the reference when both come, so residents
    and staff roles recorded by number keep working.
    """
    content = WebhookContent([], [])
    if not isinstance(payload, dict) or payload.get("object") != "whatsapp_business_account":
        kind = payload.get("object") if isinstance(payload, dict) else payload
        content.unhandled.append(f"object:{_label(kind)}")
        return content
    for entry in _dicts(payload.get("entry")):
        for change in _dicts(entry.get("changes")):
            value = change.get("value")
            if change.get("field") != "messages" or not isinstance(value, dict):
                content.unhandled.append(f"field:{_label(change.get('field'))}")
                continue
            _read_value(value, content, phone_number_id, received_at)
    return content


def _read_value(
    value: Mapping[str, Any],
    content: WebhookContent,
    phone_number_id: str | None,
    received_at: datetime,
) -> None:
    metadata = _dict(value.get("metadata"))
    if phone_number_id and str(metadata.get("phone_number_id", "")) != phone_number_id:
        return  # another number of the same business account
    for key in value:
        if key not in KNOWN_VALUE_KEYS and key != "errors":
            content.unhandled.append(f"value:{_label(key)}")
    for error in _dicts(value.get("errors")):  # Meta could not deliver something to us
        content.unhandled.append(f"error:{_label(str(error.get('code')))}")
    names: dict[str, str | None] = {}
    for contact in _dicts(value.get("contacts")):
        profile = _dict(contact.get("profile"))
        name = profile.get("name") or profile.get("username")
        name = name if isinstance(name, str) else None  # its length: bot.inbound's one rule
        for key in ("wa_id", "user_id"):
            if isinstance(ref := contact.get(key), str):
                names[_phone(ref) or ref] = name
    for message in _dicts(value.get("messages")):
        if (inbound := _message(message, names, content.unhandled)) is not None:
            content.messages.append(inbound)
    for status in _dicts(value.get("statuses")):
        if (change := _status(status, received_at)) is not None:
            content.statuses.append(change)
        else:
            content.unhandled.append(f"status:{_label(status.get('status'))}")


def _label(value: Any) -> str:
    """A short, printable name for a part of a payload, for the log."""
    text = value if isinstance(value, str) else type(value).__name__
    return "".join(c if c.isprintable() else "?" for c in text[:40]) or "''"


def _phone(ref: str) -> str | None:
    try:
        return normalise_phone(ref, strict=False)
    except PhoneError:
        return None


def _sender(message: Mapping[str, Any]) -> str | None:
    """The phone number in WhatsApp's form, else the business-scoped user id, else None."""
    phone = message.get("from")
    if isinstance(phone, str) and (normalised := _phone(phone)):
        return normalised
    user_id = message.get("from_user_id")
    return user_id if isinstance(user_id, str) and is_bsuid(user_id) else None


def _timestamp(value: Any) -> datetime | None:
    """Meta's Unix time as a string."""
    try:
        return datetime.fromtimestamp(int(value), UTC)
    except (TypeError, ValueError, OverflowError, OSError):
        return None


def _dict(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, dict) else {}


def _dicts(value: Any) -> list[Mapping[str, Any]]:
    """The objects of a JSON list; anything else (a signed but odd payload) is nothing."""
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def _message(
    message: Mapping[str, Any], names: Mapping[str, str | None], unhandled: list[str]
) -> Inbound | None:
    inbound = _read_message(message, names, unhandled)
    user_id = message.get("from_user_id")
    if inbound is None or not isinstance(user_id, str) or not is_bsuid(user_id):
        return inbound
    return replace(inbound, user_id=user_id)


def _read_message(
    message: Mapping[str, Any], names: Mapping[str, str | None], unhandled: list[str]
) -> Inbound | None:
    sender, wamid, kind = _sender(message), message.get("id"), message.get("type")
    if sender is None or not isinstance(wamid, str):
        unhandled.append("message without a sender or id")
        return None
    base = Incoming(  # what every kind shares; each case below adds its own fields
        sent_at=_timestamp(message.get("timestamp")),
        chat_kind=ChatKind.GROUP if message.get("group_id") else ChatKind.PRIVATE,
        channel=NAME,
        user_ref=sender,
        external_id=wamid,
        locale_hint=locale_from_phone(sender),
        display_name=names.get(sender),
    )
    body = _dict(message.get(kind)) if isinstance(kind, str) else {}
    if kind not in READ_TYPES and kind not in HINTED_TYPES:
        unhandled.append(f"message type:{_label(kind)}")
    match kind:
        case "text":
            return Inbound(replace(base, text=str(body.get("body", ""))))
        case "interactive":
            reply = body.get("button_reply") or body.get("list_reply") or {}
            if isinstance(reply, dict) and reply.get("id"):
                return Inbound(replace(base, kind=UpdateKind.CHOICE, choice_id=str(reply["id"])))
            unhandled.append(f"interactive:{_label(body.get('type'))}")
            return Inbound(replace(base, media_kind=UNSUPPORTED))
        case "button":  # a quick-reply button of a template: its text stands for itself
            return Inbound(replace(base, text=str(body.get("text") or body.get("payload") or "")))
        case "location":
            try:
                point = (float(body["latitude"]), float(body["longitude"]))
            except (KeyError, TypeError, ValueError):
                return Inbound(replace(base, media_kind="location"))
            return Inbound(replace(base, location=point, media_kind="location"))
        case "image" | "document" | "audio" if body.get("id"):
            # Audio is kept as a voice note: steps that take one (what is wrong, for a help
            # request) keep it; every other step answers it with its usual hint.
            media = InboundMedia(
                kind={"image": "photo", "audio": "voice"}.get(kind, "document"),
                media_id=str(body["id"]),
                mime_type=str(body.get("mime_type") or ""),
                name=body.get("filename"),
            )
            caption = body.get("caption")  # the cleaning rule (bot.inbound) refuses a non-string
            return Inbound(replace(base, media_kind=media.kind, caption=caption), media)
        case "reaction" if not body.get("emoji"):
            # An empty or missing emoji: the resident took a reaction back. Nothing to answer.
            return None
        case _:  # sticker, video, reaction, contacts, unsupported, ...
            return Inbound(replace(base, media_kind=str(kind or UNSUPPORTED)))


def _status(status: Mapping[str, Any], received_at: datetime) -> StatusChange | None:
    wamid, state = status.get("id"), status.get("status")
    if not isinstance(wamid, str) or state not in STATUSES:
        return None
    at = _timestamp(status.get("timestamp")) or received_at
    error = next(iter(_dicts(status.get("errors"))), {})
    code = error.get("code")
    # A message sent to a business-scoped user id is reported with `recipient_user_id` (and
    # `recipient_id` only when Meta may show the phone number).
    recipient = status.get("recipient_id") or status.get("recipient_user_id") or ""
    recipient = str(recipient)
    return StatusChange(
        message_id=wamid,
        status=state,
        at=at,
        recipient=_phone(recipient) or recipient,
        error_code=int(code) if isinstance(code, int | str) and str(code).isdigit() else None,
        error_title=str(error.get("title") or error.get("message") or "")[:200],
    )


# --- outgoing ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Words:
    """What the renderer itself says, in the reply's language."""

    choose: str  # the button that opens a list
    more: str  # the row that shows the next page


def shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def split_text(text: str, limit: int = TEXT_LIMIT) -> list[str]:
    """Parts within `limit`; never an empty one (WhatsApp refuses an empty body)."""
    return [part or " " for part in messages.split_text(text, limit)]


def render(reply: Reply, words: Words) -> list[dict[str, Any]]:
    """The message bodies (without recipient) that show `reply`, in sending order."""
    text = reply.text
    links = [c for c in reply.choices if c.url]
    if links:  # WhatsApp offers one link button per message: plain links serve every case
        text = "\n\n".join([text, *(f"{c.label}: {c.url}" for c in links)])
    choices = [c for c in reply.choices if not c.url]
    if not choices:
        return [_text(part) for part in split_text(text)]
    if any(len(c.label) > ROW_DESCRIPTION for c in choices):
        return _numbered(text, choices, reply.number_from)
    *before, body = split_text(text, BODY_LIMIT)
    head = [_text(part) for part in split_text("\n".join(before))] if before else []
    if len(choices) <= MAX_BUTTONS and all(len(c.label) <= BUTTON_TITLE for c in choices):
        return [*head, _buttons(body, choices)]
    return [*head, _list(body, choices, reply.first_choice, words, reply.number_from - 1)]


def _text(body: str) -> dict[str, Any]:
    return {"type": "text", "text": {"body": body, "preview_url": "http" in body}}


def _buttons(body: str, choices: Sequence[Choice]) -> dict[str, Any]:
    buttons = [
        {"type": "reply", "reply": {"id": c.id, "title": shorten(c.label, BUTTON_TITLE)}}
        for c in choices
    ]
    return {
        "type": "interactive",
        "interactive": {"type": "button", "body": {"text": body}, "action": {"buttons": buttons}},
    }


def _list(
    body: str, choices: Sequence[Choice], first: int, words: Words, before: int = 0
) -> dict[str, Any]:
    """One page of at most 10 rows; when more follow, the last row is "More" (its id names the
    next page's first choice, counted in the whole answer's offered choices: `before` of them
    came on earlier cards)."""
    first = first if 0 <= first < len(choices) else 0
    page = list(choices[first : first + MAX_ROWS])
    if first + MAX_ROWS < len(choices):
        page = page[: MAX_ROWS - 1]
    rows = []
    for c in page:
        row = {"id": c.id, "title": shorten(c.label, ROW_TITLE)}
        if len(c.label) > ROW_TITLE:  # the whole label, where WhatsApp shows more of it
            row["description"] = shorten(c.label, ROW_DESCRIPTION)
        rows.append(row)
    following = first + len(page)
    if following < len(choices):
        more = f"{MORE_PREFIX}{before + following}"
        rows.append({"id": more, "title": shorten(words.more, ROW_TITLE)})
    return {
        "type": "interactive",
        "interactive": {
            "type": "list",
            "body": {"text": body},
            "action": {
                "button": shorten(words.choose, LIST_BUTTON),
                "sections": [{"rows": rows}],
            },
        },
    }


def _numbered(text: str, choices: Sequence[Choice], first: int = 1) -> list[dict[str, Any]]:
    """Labels too long for any interactive element: numbered lines (from `first`, the cards
    of one answer numbered on); typing the number (or the label) counts as pressing (the
    dispatcher knows the choices we offered)."""
    lines = "\n".join(f"{number}. {c.label}" for number, c in enumerate(choices, first))
    return [_text(part) for part in split_text(f"{text}\n\n{lines}")]


def template(name: str, language: str, text: str) -> dict[str, Any]:
    """A notice outside the 24-hour window, as the approved template with the notice as its one
    parameter (parameters may not hold line breaks, tabs or four spaces in a row)."""
    parameter = shorten(text, TEMPLATE_PARAMETER)
    return {
        "type": "template",
        "template": {
            "name": name,
            "language": {"code": language},
            "components": [{"type": "body", "parameters": [{"type": "text", "text": parameter}]}],
        },
    }


def media_message(
    kind: str, media_id: str, caption: str | None, name: str | None
) -> dict[str, Any]:
    wa_kind = {"photo": "image", "voice": "audio"}.get(kind, "document")
    body: dict[str, Any] = {"id": media_id}
    if caption and wa_kind != "audio":  # audio takes no caption (Meta: Messages API, audio)
        body["caption"] = caption
    if wa_kind == "document" and name:
        body["filename"] = name
    return {"type": wa_kind, wa_kind: body}
