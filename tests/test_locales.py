"""Every shipped locale is complete: ids used in code exist everywhere, no locale carries unused
ids, placeables agree with English, and plural selectors cover the language's CLDR categories."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from babel import Locale
from fluent.syntax import FluentParser
from fluent.syntax import ast as ftl
from fluent.syntax.visitor import Visitor

from bot.config import PROJECT_ROOT, SHIPPED_LOCALES
from bot.i18n import I18n, MissingTranslation, fallback_chain, negotiate
from bot.proposal_notices import REASONS
from handlers import COMMANDS
from handlers.event_admin import FIELDS
from handlers.menu import SECTIONS
from handlers.proposals import EVENTS_SHOWN
from storage.content import PROPOSAL_CATEGORIES
from storage.models import (
    AnswerStatus,
    Category,
    EventKind,
    EventStatus,
    LibraryCategory,
    ProposalStatus,
)

LOCALES_DIR = PROJECT_ROOT / "locales"
CODE_DIRS = ("bot", "handlers")
CLDR_CATEGORIES = {"zero", "one", "two", "few", "many", "other"}
# Ids built at run time from a prefix and a list the code owns.
DYNAMIC_IDS = (
    {f"menu-{section}" for section in SECTIONS}
    | {f"command-{c}" for c in COMMANDS}
    | {f"category-{c.value}" for c in Category}
    | {f"library-{c.value}" for c in LibraryCategory}
    | {"settings-reminders-on", "settings-reminders-off"}
    | {f"proposal-category-{c}" for c in PROPOSAL_CATEGORIES}
    | {f"proposal-status-{s.value}" for s in ProposalStatus}
    | {
        f"proposal-now-{s}"
        for s in ("approved", "rejected", "changes", "duplicate", "answered", "done")
    }
    | {f"proposal-event-{e}" for e in EVENTS_SHOWN}
    | {f"reason-{r}" for r in REASONS}
    | {"keywords-stop", "keywords-start"}
    | {f"event-kind-{k.value}" for k in EventKind}
    | {f"event-status-{s.value}" for s in EventStatus}
    | {f"event-answer-{a}" for a in [*AnswerStatus, "none"]}
    | {f"event-mark-{a}" for a in [*AnswerStatus, "none"]}
    | {f"event-answered-{a.value}" for a in AnswerStatus}
    | {f"event-field-{f}" for f in FIELDS}
    | {f"event-edit-{f}" for f in FIELDS}
)
# Positional string arguments of these calls are message ids (ctx.choice's second one).
ID_CALLS = {"say": 0, "t": 0, "reoffer": 1, "show_menu": 1, "ask_language": 1, "choice": 1,
            "show_settings": 1}  # fmt: skip


def messages(locale: str) -> dict[str, ftl.Message]:
    found: dict[str, ftl.Message] = {}
    for path in sorted((LOCALES_DIR / locale).glob("*.ftl")):
        resource = FluentParser().parse(path.read_text(encoding="utf-8"))
        junk = [entry for entry in resource.body if isinstance(entry, ftl.Junk)]
        assert not junk, f"{path}: unparsable: {junk[0].content[:120]!r}"
        for entry in resource.body:
            if isinstance(entry, ftl.Message):
                assert entry.id.name not in found, f"{locale}: {entry.id.name} defined twice"
                found[entry.id.name] = entry
    return found


class _Walker(Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.variables: set[str] = set()
        self.selectors: list[tuple[str, set[str]]] = []

    def visit_VariableReference(self, node: ftl.VariableReference) -> None:
        self.variables.add(node.id.name)
        self.generic_visit(node)

    def visit_SelectExpression(self, node: ftl.SelectExpression) -> None:
        keys = {str(getattr(v.key, "name", getattr(v.key, "value", ""))) for v in node.variants}
        if isinstance(node.selector, ftl.VariableReference):
            self.selectors.append((node.selector.id.name, keys))
        self.generic_visit(node)


def walk(message: ftl.Message) -> _Walker:
    walker = _Walker()
    walker.visit(message)
    return walker


def ids_in_code() -> tuple[set[str], set[str]]:
    """(ids passed to translation calls, every id-shaped string constant) in bot/ and handlers/."""
    called, constants = set(), set()
    for folder in CODE_DIRS:
        for path in (PROJECT_ROOT / folder).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if isinstance(node, ast.Constant) and isinstance(node.value, str):
                    constants.add(node.value)
                if isinstance(node, ast.Call):
                    name = getattr(node.func, "attr", getattr(node.func, "id", None))
                    index = ID_CALLS.get(name or "")
                    if index is not None and len(node.args) > index:
                        arg = node.args[index]
                        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                            called.add(arg.value)
    return called, constants


ENGLISH = messages("en")


@pytest.mark.parametrize("locale", SHIPPED_LOCALES)
def test_locale_has_exactly_the_english_ids(locale: str) -> None:
    found = messages(locale)
    assert sorted(set(ENGLISH) - set(found)) == [], f"{locale} lacks these"
    assert sorted(set(found) - set(ENGLISH)) == [], f"{locale} has ids English does not"


@pytest.mark.parametrize("locale", SHIPPED_LOCALES)
def test_placeables_match_english(locale: str) -> None:
    found = messages(locale)
    for message_id, english in ENGLISH.items():
        assert walk(found[message_id]).variables == walk(english).variables, (locale, message_id)


@pytest.mark.parametrize("locale", SHIPPED_LOCALES)
def test_plural_selectors_cover_the_language(locale: str) -> None:
    needed = set(Locale.parse(locale).plural_form.tags) | {"other"}
    plural_selectors = 0
    for message_id, message in messages(locale).items():
        for variable, keys in walk(message).selectors:
            if keys & (CLDR_CATEGORIES - {"other"}):  # a plural selector, not on/off or similar
                plural_selectors += 1
                assert needed <= keys, f"{locale}/{message_id} (${variable}) lacks {needed - keys}"
    assert plural_selectors >= 1


def test_every_id_used_in_code_exists() -> None:
    called, _ = ids_in_code()
    assert called, "found no translation calls: the scan is broken"
    assert sorted(called - set(ENGLISH)) == []
    assert set(ENGLISH) >= DYNAMIC_IDS


def test_no_locale_carries_ids_the_code_never_uses() -> None:
    _, constants = ids_in_code()
    unused = set(ENGLISH) - constants - DYNAMIC_IDS
    assert sorted(unused) == []


@pytest.mark.parametrize("locale", SHIPPED_LOCALES)
def test_every_message_formats_without_errors(locale: str) -> None:
    translate = I18n(strict=True).translator(locale)
    args = {"municipality": "Quba", "count": 3, "place": "Quba", "code": "X", "language": "L",
            "notices": "on", "when": "W", "category": "C", "text": "T", "max": 4000, "length": 5,
            "mark": "M", "example": "E", "attachment": "photo", "id": 7, "languages": "L",
            "status": "S", "sent": 1, "queued": 2, "failed": 3, "blocked": 4, "number": 2,
            "total": 5, "tip": "T", "days": 3, "answer": "A", "title": "T", "min": 20,
            "photos": 2, "location": "L", "note": "N", "what": "W", "history": "H",
            "reason": "R", "original": "O", "minutes": 10, "who": "W", "summary": "S",
            "stuck": 0, "details": "D", "link": "https://x.org", "kind": "K", "where": "W",
            "capacity": 10, "going": 1, "maybe": 2, "waitlist": 3, "invited": 9, "cant": 1,
            "attended": 1, "average": "4.5", "comments": "C", "start": "S", "deleted": 1,
            "noted": 2, "waiting": 0}  # fmt: skip
    for message_id in ENGLISH:
        for count in (1, 2, 5, 21):
            text = translate(message_id, **{**args, "count": count})
            assert text.strip() and "\u2068" not in text  # no bidi isolation marks in chats


def test_missing_message_raises_in_strict_mode_and_falls_back_otherwise() -> None:
    with pytest.raises(MissingTranslation):
        I18n(strict=True).translator("ru")("no-such-message")
    assert I18n().translator("ru")("no-such-message") == "no-such-message"


def test_fallback_chains_and_negotiation() -> None:
    assert fallback_chain("kk") == ("kk", "ru", "en")
    assert fallback_chain("az") == ("az", "ru", "en")
    assert fallback_chain("hy") == ("hy", "ru", "en")
    assert fallback_chain("uz") == ("uz", "ru", "en")
    assert fallback_chain("en") == ("en",)
    available = SHIPPED_LOCALES
    assert negotiate("ru-RU", available=available, default="en") == "ru"
    assert negotiate("kk", available=available, default="en") == "kk"
    # Region and script variants of a shipped language are that language.
    for tag, locale in (("uz-Latn-UZ", "uz"), ("ky-KG", "ky"), ("tg_TJ", "tg"), ("tk-TM", "tk")):
        assert negotiate(tag, available=available, default="en") == locale
    # A language we do not ship: the country's language when known, else Russian.
    assert negotiate("de", available=available, default="az") == "ru"
    assert negotiate("de", available=available, default="en", country="TJ") == "tg"
    assert negotiate("tr-AZ", available=available, default="en") == "az"
    assert negotiate("de", available=("az", "en"), default="az") == "az"
    assert negotiate(None, available=available, default="en") == "en"


def test_kazakh_falls_back_to_russian_for_a_missing_message(tmp_path: Path) -> None:
    for locale, text in (("kk", ""), ("ru", "only-here = по-русски\n"), ("en", "only-here = en\n")):
        (tmp_path / locale).mkdir()
        (tmp_path / locale / "main.ftl").write_text(text, encoding="utf-8")
    i18n = I18n(("kk", "ru", "en"), root=tmp_path)
    assert i18n.translator("kk")("only-here") == "по-русски"
