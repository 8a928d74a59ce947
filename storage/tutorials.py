"""Payment tutorials: content files (one per country), validated at load, kept in memory.

A file names its country, the languages every text must have, and its tutorials; each tutorial
has steps with text, and optionally an image shipped with the project, a link button and a tip.
Problems are reported with the file, tutorial and step they are in.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

CODE = re.compile(r"^[a-z0-9][a-z0-9-]{1,40}$")  # fits a choice id comfortably
TOPICS = ("utilities", "mobile", "fines", "fees")
TITLE_MAX, TEXT_MAX, TIP_MAX, LABEL_MAX = 60, 900, 300, 30
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg")


class TutorialError(ValueError):
    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("; ".join(problems))


@dataclass(frozen=True, slots=True)
class Step:
    texts: dict[str, str]
    tips: dict[str, str] | None = None
    image: Path | None = None
    link_url: str | None = None
    link_labels: dict[str, str] | None = None


@dataclass(frozen=True, slots=True)
class Tutorial:
    code: str
    country: str
    topic: str
    titles: dict[str, str]
    steps: tuple[Step, ...]


@dataclass(frozen=True)
class TutorialCatalog:
    tutorials: dict[str, Tutorial] = field(default_factory=dict)

    def for_country(self, country: str) -> list[Tutorial]:
        return [t for t in self.tutorials.values() if t.country == country]

    def get(self, code: str) -> Tutorial | None:
        return self.tutorials.get(code)


def load_catalog(folder: Path) -> TutorialCatalog:
    """Every `*.toml` in `folder`; raises TutorialError listing every problem found."""
    problems: list[str] = []
    tutorials: dict[str, Tutorial] = {}
    for path in sorted(folder.glob("*.toml")):
        for tutorial in parse_file(path, problems):
            if tutorial.code in tutorials:
                problems.append(f"{path.name}: tutorial {tutorial.code} is defined twice")
            tutorials[tutorial.code] = tutorial
    if problems:
        raise TutorialError(problems)
    return TutorialCatalog(tutorials)


def parse_file(path: Path, problems: list[str]) -> list[Tutorial]:
    name = path.name
    try:
        document = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        problems.append(f"{name}: not valid TOML: {error}")
        return []
    country = document.get("country")
    languages = document.get("languages")
    if document.get("version") != 1:
        problems.append(f"{name}: version must be 1")
    if not isinstance(country, str) or not re.fullmatch(r"[A-Z]{2}", country):
        problems.append(f"{name}: country must be an ISO 3166 code like AZ")
    if not isinstance(languages, list) or "en" not in languages or "ru" not in languages:
        problems.append(f"{name}: languages must list the file's languages, with ru and en")
        languages = ["ru", "en"]
    tutorials = []
    for index, entry in enumerate(document.get("tutorial") or []):
        where = f"{name}: tutorial #{index + 1}"
        if tutorial := _tutorial(entry, where, str(country), languages, path.parent, problems):
            tutorials.append(tutorial)
    if not tutorials:
        problems.append(f"{name}: no [[tutorial]] entries")
    return tutorials


def _tutorial(
    entry: Any, where: str, country: str, languages: list[str], root: Path, problems: list[str]
) -> Tutorial | None:
    if not isinstance(entry, dict):
        problems.append(f"{where}: must be a table")
        return None
    code = entry.get("code")
    if isinstance(code, str):
        where = f"{where} ({code})"
    if not isinstance(code, str) or not CODE.match(code):
        problems.append(f"{where}: code must be 2-41 characters of a-z, 0-9 and '-'")
    if entry.get("topic") not in TOPICS:
        problems.append(f"{where}: topic must be one of {', '.join(TOPICS)}")
    titles = _texts(entry.get("title"), f"{where} title", languages, TITLE_MAX, problems)
    steps = []
    raw_steps = entry.get("step") or []
    if not raw_steps:
        problems.append(f"{where}: has no steps")
    for number, raw in enumerate(raw_steps, start=1):
        steps.append(_step(raw, f"{where} step {number}", languages, root, problems))
    return Tutorial(str(code), country, str(entry.get("topic")), titles, tuple(steps))


def _step(raw: Any, where: str, languages: list[str], root: Path, problems: list[str]) -> Step:
    if not isinstance(raw, dict):
        problems.append(f"{where}: must be a table")
        return Step(texts={})
    texts = _texts(raw.get("text"), f"{where} text", languages, TEXT_MAX, problems)
    tips = None
    if "tip" in raw:
        tips = _texts(raw["tip"], f"{where} tip", languages, TIP_MAX, problems)
    image = None
    if "image" in raw:
        image = (root / str(raw["image"])).resolve()
        inside = root.resolve() in image.parents
        if not inside or not image.is_file() or image.suffix.lower() not in IMAGE_SUFFIXES:
            problems.append(f"{where}: image {raw['image']!r} is not a PNG or JPEG file here")
    link_url = link_labels = None
    if "link" in raw:
        link = raw["link"] if isinstance(raw["link"], dict) else {}
        link_url = link.get("url")
        if (
            not isinstance(link_url, str)
            or (parsed := urlparse(link_url)).scheme != "https"
            or not parsed.netloc
            or " " in link_url
        ):
            problems.append(f"{where}: link url must be a full https:// address")
        link_labels = _texts(
            link.get("label"), f"{where} link label", languages, LABEL_MAX, problems
        )
    return Step(texts, tips, image, link_url, link_labels)


def _texts(
    value: Any, where: str, languages: list[str], limit: int, problems: list[str]
) -> dict[str, str]:
    if not isinstance(value, dict):
        problems.append(f"{where}: missing (needs {', '.join(languages)})")
        return {}
    texts = {k: v.strip() for k, v in value.items() if isinstance(v, str) and v.strip()}
    if missing := [language for language in languages if language not in texts]:
        problems.append(f"{where}: lacks {', '.join(missing)}")
    if too_long := [language for language, text in texts.items() if len(text) > limit]:
        problems.append(f"{where}: longer than {limit} characters in {', '.join(too_long)}")
    return texts
