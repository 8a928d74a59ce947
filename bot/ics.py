"""A calendar file (RFC 5545) for one event, so residents can add a consultation to their phone's
calendar. Times are UTC with `Z`: unambiguous in every calendar, with no time zone table to ship.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

PRODUCT = "-//community-bot//consultations//EN"
LINE_OCTETS = 75  # RFC 5545 3.1: longer content lines are folded


@dataclass(frozen=True, slots=True)
class CalendarEvent:
    uid: str  # stable across edits, so a calendar updates the entry instead of adding one
    start: datetime
    end: datetime
    summary: str
    description: str = ""
    location: str = ""
    url: str = ""
    geo: tuple[float, float] | None = None  # (latitude, longitude)
    cancelled: bool = False
    sequence: int = 0  # grows with each change: a calendar re-importing the file takes the news


def escape(text: str) -> str:
    """TEXT values (RFC 5545 3.3.11): backslash, semicolon, comma and newlines escaped."""
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def fold(line: str) -> str:
    """Split a content line into pieces of at most 75 octets, never inside a UTF-8 character;
    each continuation starts with a space (which counts towards its 75)."""
    pieces: list[str] = []
    current, size = "", 0
    for char in line:
        octets = len(char.encode())
        limit = LINE_OCTETS if not pieces else LINE_OCTETS - 1
        if size + octets > limit:
            pieces.append(current)
            current, size = "", 0
        current += char
        size += octets
    pieces.append(current)
    return "\r\n ".join(pieces)


def utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def calendar(event: CalendarEvent, *, stamp: datetime) -> str:
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODUCT}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        f"UID:{event.uid}",
        f"SEQUENCE:{event.sequence}",
        f"DTSTAMP:{utc(stamp)}",
        f"DTSTART:{utc(event.start)}",
        f"DTEND:{utc(event.end)}",
        f"SUMMARY:{escape(event.summary)}",
    ]
    if event.description:
        lines.append(f"DESCRIPTION:{escape(event.description)}")
    if event.location:
        lines.append(f"LOCATION:{escape(event.location)}")
    if event.url:
        lines.append(f"URL:{event.url}")  # a URI value: not TEXT-escaped
    if event.geo is not None:
        lines.append(f"GEO:{event.geo[0]:.6f};{event.geo[1]:.6f}")
    lines.append(f"STATUS:{'CANCELLED' if event.cancelled else 'CONFIRMED'}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "".join(fold(line) + "\r\n" for line in lines)
