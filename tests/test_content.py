"""The content file: validated with clear errors, loaded as an idempotent upsert."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.config import Settings
from storage.content import COUNTRY_LANGUAGE, ContentError, load_content, parse_content
from storage.models import LibraryItem, Municipality

VALID = """
version = 1
[[municipality]]
code = "QUB"
country = "AZ"
timezone = "Asia/Baku"
names = { az = "Quba", ru = "Губа", en = "Quba" }
quiet_hours = "21:00-09:00"
  [[municipality.community]]
  code = "QUB-XIN"
  names = { az = "Xınalıq", ru = "Хыналыг", en = "Khinalug" }
  [[municipality.library]]
  category = "budget"
  title = { az = "Büdcə", ru = "Бюджет", en = "Budget" }
  text = { az = "Hesabat", ru = "Отчёт", en = "Report" }
  url = "https://www.e-gov.az"
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "content.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_shipped_starter_content_is_valid() -> None:
    places = parse_content(Settings().content_file)
    codes = {p.code for p in places} | {c.code for p in places for c in p.communities}
    assert {"QUB", "XAC", "SAB", "NUR", "GLU", "SHE"} <= codes
    assert {p.country for p in places} == {"AZ", "KZ", "AM", "KG", "UZ", "TJ", "TM"}
    # Every municipality is named in its country's language (the loader requires it).
    for place in places:
        assert COUNTRY_LANGUAGE[place.country] in place.names, place.code


def test_every_country_with_municipalities_has_payment_guides() -> None:
    from storage.tutorials import load_catalog

    catalog = load_catalog(Settings().content_file.parent / "tutorials")
    for country in {p.country for p in parse_content(Settings().content_file)}:
        assert catalog.for_country(country), country


def test_a_central_asian_municipality_needs_a_name_in_its_language(tmp_path: Path) -> None:
    path = tmp_path / "content.toml"
    path.write_text(
        'version = 1\n[[municipality]]\ncode = "KOC"\ncountry = "KG"\n'
        'timezone = "Asia/Bishkek"\nnames = { ru = "Кочкор", en = "Kochkor" }\n',
        encoding="utf-8",
    )
    with pytest.raises(ContentError, match="names lack ky"):
        parse_content(path)


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (('ru = "Губа", ', ""), "QUB): names lack ru"),
        (('"Asia/Baku"', '"Asia/Quba"'), "timezone must be an IANA zone"),
        (('code = "QUB-XIN"', 'code = "XIN"'), "must start with QUB-"),
        (('code = "QUB-XIN"', 'code = "QUB"'), "code is used twice"),
        (('country = "AZ"', 'country = "Azerbaijan"'), "country must be an ISO 3166 code"),
        (('code = "QUB"\n', 'code = "qub dist"\n'), "code must be 2-32 characters"),
        (("version = 1", "version = 2"), "version must be 1"),
        (('en = "Khinalug"', 'en = " "'), "names must map locales to non-empty names"),
        (("[[municipality.community]]", "[[municipality.community]]]"), "not valid TOML"),
        (('category = "budget"', 'category = "gossip"'), "library #1: category must be one of"),
        (('text = { az = "Hesabat", ', "text = { "), "library #1: text lacks az"),
        (('"https://www.e-gov.az"', '"http://example.org"'), "url must start with https://"),
        (('ru = "Бюджет"', 'ru = "' + "Б" * 61 + '"'), "title longer than 60 characters in ru"),
        (('quiet_hours = "21:00-09:00"', 'quiet_hours = "late"'), "quiet_hours must look like"),
    ],
)
def test_invalid_content_is_refused_naming_file_and_place(
    tmp_path: Path, change: tuple[str, str], problem: str
) -> None:
    path = write(tmp_path, VALID.replace(*change))
    with pytest.raises(ContentError) as error:
        parse_content(path)
    assert str(path) in str(error.value)
    assert problem in str(error.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ContentError, match="file not found"):
        parse_content(tmp_path / "nope.toml")


async def test_loading_is_an_idempotent_upsert(
    tmp_path: Path, sessions: async_sessionmaker[AsyncSession]
) -> None:
    path = write(tmp_path, VALID)
    async with sessions.begin() as session:
        first = await load_content(session, path)
    async with sessions.begin() as session:
        second = await load_content(session, path)
    path.write_text(VALID.replace('en = "Khinalug"', 'en = "Xinaliq"'), encoding="utf-8")
    async with sessions.begin() as session:
        third = await load_content(session, path)
    async with sessions() as session:
        count = await session.scalar(select(func.count()).select_from(Municipality))
        village = await session.scalar(select(Municipality).where(Municipality.code == "QUB-XIN"))
        parent = await session.scalar(select(Municipality).where(Municipality.code == "QUB"))
        library = await session.scalar(select(func.count()).select_from(LibraryItem))
    assert (first.created, first.updated, first.library) == (2, 0, 1)
    assert (second.created, second.updated) == (0, 0)
    assert (third.created, third.updated) == (0, 1)
    assert count == 2
    assert village is not None and parent is not None
    assert village.names["en"] == "Xinaliq" and village.parent_id == parent.id
    assert village.timezone == "Asia/Baku" and village.country == "AZ"  # inherited
    assert parent.quiet_hours == "21:00-09:00"
    assert library == 1  # reloading replaces the library, never duplicates it
