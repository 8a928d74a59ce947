"""The one cleaning rule for what enters from outside, applied at the channel boundary.

Every channel hands its `Incoming` through `clean` before the dispatcher sees it, so what a
resident typed is stored and answered, never a traceback:

- NUL characters are removed (PostgreSQL refuses them in text: "invalid byte sequence 0x00");
- lone surrogates (JSON "\\ud800" without its pair) become U+FFFD (they cannot be encoded, so
  neither stored nor sent back);
- every string is cut to what the platforms allow (`LIMITS`), which our columns hold;
- a field of the wrong type (a list where text belongs) refuses the whole update: it is logged and
  dropped (`Refused`), since no resident typed it.
"""

from __future__ import annotations

import dataclasses
import logging
import math
import re
from typing import Any

from bot.messages import Incoming, Media

log = logging.getLogger(__name__)

# Characters (code points) per field. Sources: Bot API (message text 4096, caption 1024, first and
# last name 64 each, deep-link payload 64, file names up to 255 on common file systems); WhatsApp
# Cloud API (text body 4096, media caption 1024). Ids are cut nowhere: a longer one is refused.
LIMITS = {
    "text": 4096,
    "caption": 1024,
    "display_name": 256,  # residents.display_name; Telegram's longest is 64 + 1 + 64
    "choice_id": 256,  # callback_data is 64 bytes; a longer one is stale anyway
    "media_kind": 32,
    "locale_hint": 35,  # BCP 47 tags; negotiate() takes the language part
    "album": 64,
    "media_name": 255,
    "media_ref": 500,
}
ID_LIMIT = 140  # residents.external_id: a WhatsApp business-scoped user id is up to 135
_SURROGATE = re.compile("[\ud800-\udfff]")


class Refused(ValueError):
    """An update whose fields have the wrong JSON types (or ids too long to be real)."""


def clean_text(value: Any, limit: int) -> str:
    """`value` without NUL, with lone surrogates replaced by U+FFFD, cut to `limit` code points.
    Raises `Refused` when `value` is not a string."""
    if not isinstance(value, str):
        raise Refused(f"expected text, got {type(value).__name__}")
    text: str = value.replace("\x00", "")
    if _SURROGATE.search(text):
        text = _SURROGATE.sub("\ufffd", text)
    return text[:limit]


def _ref(value: Any, name: str, *, limit: int = ID_LIMIT) -> str:
    text = clean_text(value, limit + 1)
    if not text or len(text) > limit:
        raise Refused(f"{name} is empty or longer than {limit} characters")
    return text


def clean(incoming: Incoming) -> Incoming:
    """`incoming` with every string cleaned (see the module's rule). Raises `Refused` for wrong
    types; the caller logs and drops the update."""
    changes: dict[str, Any] = {"user_ref": _ref(incoming.user_ref, "user_ref")}
    for name in ("chat_ref", "moved_to"):
        value = getattr(incoming, name)
        if value is not None:
            changes[name] = _ref(value, name)
    if incoming.external_id is not None:  # processed_updates.external_id: 128
        changes["external_id"] = _ref(incoming.external_id, "external_id", limit=128)
    for name, limit in LIMITS.items():
        value = getattr(incoming, name, None)
        if value is not None:
            changes[name] = clean_text(value, limit)
    if incoming.media is not None:
        media = incoming.media
        changes["media"] = Media(
            clean_text(media.kind, LIMITS["media_kind"]),
            clean_text(media.ref, LIMITS["media_ref"]),
            clean_text(media.name, LIMITS["media_name"]) if media.name is not None else None,
        )
    if incoming.location is not None:
        changes["location"] = _location(incoming.location)
    return dataclasses.replace(incoming, **changes)


def _location(value: Any) -> tuple[float, float]:
    try:
        lat, lon = (float(part) for part in value)
    except (TypeError, ValueError) as error:
        raise Refused(f"location is not two numbers: {value!r}") from error
    if not (math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180):
        raise Refused(f"location out of range: {value!r}")
    return lat, lon


def cleaned_or_none(incoming: Incoming) -> Incoming | None:
    """`clean(incoming)`, or None (logged once, as a warning) when it is refused."""
    try:
        return clean(incoming)
    except Refused as error:
        log.warning("%s: refused an update %s: %s", incoming.channel, incoming.external_id, error)
        return None
