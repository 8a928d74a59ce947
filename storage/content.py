"""The content file: municipalities (and their communities) with names and time zones.

`load_content` validates the whole file first and names every problem with its place in the file;
only a valid file is written, as an upsert keyed by `code` (nothing is deleted: residents point at
municipalities).
"""

from __future__ import annotations

import re
import tomllib
import zoneinfo
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import LibraryCategory, LibraryItem, Municipality

CODE = re.compile(r"^[A-Z0-9][A-Z0-9-]{1,31}$")  # fits Telegram deep links (A-Z a-z 0-9 _ -)
COUNTRY = re.compile(r"^[A-Z]{2}$")
# Country (ISO 3166-1 alpha-2) -> the locale its residents read first: content names and library
# items in these countries must be given in it, and a resident with no shipped language of their
# own is addressed in it.
COUNTRY_LANGUAGE = {
    "AZ": "az",
    "KZ": "kk",
    "AM": "hy",
    "RU": "ru",
    "KG": "ky",
    "UZ": "uz",
    "TJ": "tg",
    "TM": "tk",
}
REQUIRED_NAMES = ("en", "ru")
QUIET_HOURS = re.compile(r"^(([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d|off)$")
TITLE_MAX, TEXT_MAX = 60, 900
CHAT = re.compile(r"-?\d{5,20}(/\d{1,10})?")  # "/42": a forum topic of that group
EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
# Proposal categories a municipality may offer (each has a `proposal-category-<code>` label).
PROPOSAL_CATEGORIES = ("roads", "water", "lighting", "schools", "eservices", "other")


class ContentError(ValueError):
    """The content file is not valid; `problems` lists each with where it is."""

    def __init__(self, path: Path, problems: list[str]) -> None:
        self.problems = problems
        super().__init__(f"{path}: " + "; ".join(problems))


@dataclass(frozen=True, slots=True)
class LibrarySpec:
    category: str
    titles: dict[str, str]
    texts: dict[str, str]
    url: str | None


@dataclass(frozen=True, slots=True)
class PlaceSpec:
    code: str
    country: str
    timezone: str
    names: dict[str, str]
    position: int
    quiet_hours: str | None = None
    helpers_chat: str | None = None
    moderation_chat: str | None = None
    authority_chat: str | None = None
    authority_email: str | None = None
    authority_webhook: str | None = None
    proposal_categories: list[str] | None = None
    communities: list[PlaceSpec] = field(default_factory=list)
    library: list[LibrarySpec] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class LoadResult:
    created: int
    updated: int
    library: int = 0


def parse_content(path: Path) -> list[PlaceSpec]:
    """Read and validate the file; raises ContentError listing every problem found."""
    try:
        document = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ContentError(path, ["file not found"]) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ContentError(path, [f"not valid TOML: {error}"]) from None

    problems: list[str] = []
    if document.get("version") != 1:
        problems.append("version must be 1")
    entries = document.get("municipality")
    if not isinstance(entries, list) or not entries:
        raise ContentError(path, [*problems, "no [[municipality]] entries"])

    seen: set[str] = set()
    places = []
    for index, entry in enumerate(entries):
        where = f"municipality #{index + 1}"
        place = _place(entry, where, None, index * 1000, problems, seen)
        if place is not None:
            places.append(place)
    if problems:
        raise ContentError(path, problems)
    return places


def _place(
    entry: Any,
    where: str,
    parent: PlaceSpec | None,
    position: int,
    problems: list[str],
    seen: set[str],
) -> PlaceSpec | None:
    if not isinstance(entry, dict):
        problems.append(f"{where}: must be a table")
        return None
    code = entry.get("code")
    if isinstance(code, str):
        where = f"{where} ({code})"
    if not isinstance(code, str) or not CODE.match(code):
        problems.append(f"{where}: code must be 2-32 characters of A-Z, 0-9 and '-'")
    elif code in seen:
        problems.append(f"{where}: code is used twice")
    elif parent is not None and not code.startswith(parent.code + "-"):
        problems.append(f"{where}: a community's code must start with {parent.code}-")
    else:
        seen.add(code)

    country = parent.country if parent else entry.get("country")
    timezone = parent.timezone if parent else entry.get("timezone")
    if parent is None:
        if not isinstance(country, str) or not COUNTRY.match(country):
            problems.append(f"{where}: country must be an ISO 3166 code like AZ")
        if not isinstance(timezone, str) or not _valid_zone(timezone):
            problems.append(f"{where}: timezone must be an IANA zone like Asia/Baku")

    names = entry.get("names")
    if not isinstance(names, dict) or not all(
        isinstance(v, str) and v.strip() for v in names.values()
    ):
        problems.append(f"{where}: names must map locales to non-empty names")
        names = {}
    needed = _needed_locales(country)
    if missing := [locale for locale in needed if locale not in names]:
        problems.append(f"{where}: names lack {', '.join(missing)}")
    quiet = entry.get("quiet_hours")
    if quiet is not None and (
        parent is not None or not isinstance(quiet, str) or not QUIET_HOURS.match(quiet)
    ):
        problems.append(
            f"{where}: quiet_hours must look like 22:00-08:00 or off (municipalities only)"
        )

    chats = {}
    for key in ("helpers_chat", "moderation_chat", "authority_chat"):
        value = entry.get(key)
        if value is not None and (
            parent is not None or not isinstance(value, str) or not CHAT.fullmatch(value)
        ):
            problems.append(
                f'{where}: {key} must be a Telegram chat id like "-1001234567890"'
                ' (or "-1001234567890/42" for its topic 42)'
            )
        chats[key] = value if isinstance(value, str) else None
    email, webhook = entry.get("authority_email"), entry.get("authority_webhook")
    if email is not None and (not isinstance(email, str) or not EMAIL.fullmatch(email)):
        problems.append(f"{where}: authority_email must be an e-mail address")
    if webhook is not None and (not isinstance(webhook, str) or not webhook.startswith("https://")):
        problems.append(f"{where}: authority_webhook must start with https://")
    categories = entry.get("proposal_categories")
    if categories is not None and (
        not isinstance(categories, list)
        or not categories
        or not set(categories) <= set(PROPOSAL_CATEGORIES)
    ):
        problems.append(
            f"{where}: proposal_categories must list some of {', '.join(PROPOSAL_CATEGORIES)}"
        )

    spec = PlaceSpec(
        code=str(code),
        country=str(country),
        timezone=str(timezone),
        names={k: v.strip() for k, v in names.items()},
        position=position,
        quiet_hours=quiet if isinstance(quiet, str) else None,
        helpers_chat=chats["helpers_chat"],
        moderation_chat=chats["moderation_chat"],
        authority_chat=chats["authority_chat"],
        authority_email=email if isinstance(email, str) else None,
        authority_webhook=webhook if isinstance(webhook, str) else None,
        proposal_categories=list(categories) if isinstance(categories, list) else None,
    )
    library = entry.get("library", [])
    if parent is not None and library:
        problems.append(f"{where}: only municipalities have a library")
    for offset, item in enumerate(library if isinstance(library, list) else []):
        if parsed := _library_item(item, f"{where} library #{offset + 1}", needed, problems):
            spec.library.append(parsed)
    communities = entry.get("community", [])
    if parent is not None and communities:
        problems.append(f"{where}: communities cannot have communities")
    for offset, child in enumerate(communities if isinstance(communities, list) else []):
        community = _place(child, f"{where} community #{offset + 1}", spec, offset, problems, seen)
        if community is not None:
            spec.communities.append(community)
    return spec


def _needed_locales(country: object) -> list[str]:
    needed = [*REQUIRED_NAMES]
    if isinstance(country, str) and country in COUNTRY_LANGUAGE:
        needed.append(COUNTRY_LANGUAGE[country])
    return needed


def _library_item(
    item: Any, where: str, needed: list[str], problems: list[str]
) -> LibrarySpec | None:
    if not isinstance(item, dict):
        problems.append(f"{where}: must be a table")
        return None
    category = item.get("category")
    if category not in {c.value for c in LibraryCategory}:
        allowed = ", ".join(c.value for c in LibraryCategory)
        problems.append(f"{where}: category must be one of {allowed}")
    texts: dict[str, dict[str, str]] = {}
    for key, limit in (("title", TITLE_MAX), ("text", TEXT_MAX)):
        value = item.get(key)
        if not isinstance(value, dict) or not all(
            isinstance(v, str) and v.strip() for v in value.values()
        ):
            problems.append(f"{where}: {key} must map locales to non-empty text")
            value = {}
        if missing := [locale for locale in needed if locale not in value]:
            problems.append(f"{where}: {key} lacks {', '.join(missing)}")
        if too_long := [locale for locale, v in value.items() if len(v) > limit]:
            problems.append(
                f"{where}: {key} longer than {limit} characters in {', '.join(too_long)}"
            )
        texts[key] = {k: v.strip() for k, v in value.items()}
    url = item.get("url")
    if url is not None and (not isinstance(url, str) or not url.startswith("https://")):
        problems.append(f"{where}: url must start with https://")
    return LibrarySpec(str(category), texts["title"], texts["text"], url)


def _valid_zone(name: str) -> bool:
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return False
    return True


async def load_content(session: AsyncSession, path: Path) -> LoadResult:
    """Validate `path` and upsert its municipalities. The caller commits."""
    places = parse_content(path)
    existing = {m.code: m for m in await session.scalars(select(Municipality))}
    created = updated = 0

    async def upsert(spec: PlaceSpec, parent: Municipality | None) -> Municipality:
        nonlocal created, updated
        row = existing.get(spec.code)
        values = {
            "country": spec.country,
            "timezone": spec.timezone,
            "names": spec.names,
            "position": spec.position,
            "parent_id": parent.id if parent else None,
            "quiet_hours": spec.quiet_hours,
            "helpers_chat": spec.helpers_chat,
            "moderation_chat": spec.moderation_chat,
            "authority_chat": spec.authority_chat,
            "authority_email": spec.authority_email,
            "authority_webhook": spec.authority_webhook,
            "proposal_categories": spec.proposal_categories,
        }
        if row is None:
            row = Municipality(code=spec.code, **values)
            session.add(row)
            created += 1
        elif any(getattr(row, key) != value for key, value in values.items()):
            for key, value in values.items():
                setattr(row, key, value)
            updated += 1
        await session.flush()
        return row

    for spec in places:
        municipality = await upsert(spec, None)
        for community in spec.communities:
            await upsert(community, municipality)
        # A municipality's library is exactly what the file lists (no resident points at items).
        await session.execute(
            delete(LibraryItem).where(LibraryItem.municipality_id == municipality.id)
        )
        session.add_all(
            LibraryItem(
                municipality_id=municipality.id, category=item.category, titles=item.titles,
                texts=item.texts, url=item.url, position=index,
            )
            for index, item in enumerate(spec.library)
        )  # fmt: skip
    library = sum(len(spec.library) for spec in places)
    return LoadResult(created=created, updated=updated, library=library)


async def is_empty(session: AsyncSession) -> bool:
    return not await session.scalar(select(func.count()).select_from(Municipality))
