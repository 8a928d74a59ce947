"""Every shipped locale is complete: ids used in code exist everywhere, no locale carries unused
ids, placeables agree with English, and plural selectors cover the language's CLDR categories."""

from __future__ import annotations

import ast
import re
import tomllib
from pathlib import Path

import pytest
from babel import Locale
from fluent.syntax import FluentParser
from fluent.syntax import ast as ftl
from fluent.syntax.visitor import Visitor

from bot.config import PROJECT_ROOT, SHIPPED_LOCALES
from bot.i18n import I18n, MissingTranslation, fallback_chain, negotiate
from bot.panel.audit import FORWARD_ACTIONS, STAFF_ACTIONS
from bot.proposal_notices import REASONS
from handlers import COMMANDS, STAFF_COMMANDS
from handlers.event_admin import FIELDS
from handlers.menu import SECTIONS
from handlers.proposals import EVENTS_SHOWN
from storage.content import PROPOSAL_CATEGORIES
from storage.models import (
    AnswerStatus,
    Category,
    DeliveryStatus,
    EventKind,
    EventStatus,
    LibraryCategory,
    ProposalStatus,
    QuestionKind,
    SurveyStatus,
)
from storage.surveys import Breakdown

# The hints `storage.surveys.InvalidAnswer` names (and the handlers' own "old-button").
SURVEY_HINTS = ("buttons", "pick", "too-many", "number", "text-empty", "text-long", "old-button")

LOCALES_DIR = PROJECT_ROOT / "locales"
CODE_DIRS = ("bot", "handlers")
CLDR_CATEGORIES = {"zero", "one", "two", "few", "many", "other"}
# Ids built at run time from a prefix and a list the code owns.
DYNAMIC_IDS = (
    {f"menu-{section}" for section in SECTIONS}
    | {f"command-{c}" for c in (*COMMANDS, *STAFF_COMMANDS)}
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
    | {f"survey-kind-{k.value}" for k in QuestionKind}
    | {f"survey-status-{s.value}" for s in SurveyStatus}
    | {f"survey-staff-by-{b.value}" for b in Breakdown}
    | {f"survey-build-translate-{w}" for w in ("title", "intro", "q", "o")}
    | {f"survey-hint-{h}" for h in SURVEY_HINTS}
    | {f"panel-delivery-{s.value}" for s in DeliveryStatus}
    | {f"panel-audit-{a}" for a in STAFF_ACTIONS}
    | {f"panel-event-{a.replace('_', '-')}" for a in FORWARD_ACTIONS}
)
# Positional string arguments of these calls are message ids (ctx.choice's second one).
ID_CALLS = {"say": 0, "t": 0, "reoffer": 1, "show_menu": 1, "ask_language": 1, "choice": 1,
            "show_settings": 1, "refusal": 3}  # fmt: skip
ID_KEYWORDS = {"message"}  # render(..., message="panel-...") in the web panel
TEMPLATES = PROJECT_ROOT / "bot" / "panel" / "templates"
TEMPLATE_CALL = re.compile(r"""\bt\(\s*["']([a-z0-9-]+)["']\s*[,)]""")


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
                    for keyword in node.keywords:
                        value = keyword.value
                        if keyword.arg in ID_KEYWORDS and isinstance(value, ast.Constant):
                            called.add(str(value.value))
    for template in TEMPLATES.rglob("*.html"):  # the web panel's Jinja2 templates
        found = TEMPLATE_CALL.findall(template.read_text(encoding="utf-8"))
        called.update(found)
        constants.update(found)
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


def referenced_in_messages(found: dict[str, ftl.Message]) -> set[str]:
    """Ids other messages refer to (`{ term-authority.dat }`): used through them."""
    names: set[str] = set()

    class _Refs(Visitor):
        def visit_MessageReference(self, node: ftl.MessageReference) -> None:
            names.add(node.id.name)

    for message in found.values():
        _Refs().visit(message)
    return names


def test_no_locale_carries_ids_the_code_never_uses() -> None:
    _, constants = ids_in_code()
    unused = set(ENGLISH) - constants - DYNAMIC_IDS - referenced_in_messages(ENGLISH)
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
            "noted": 2, "waiting": 0, "numbers": "1, 5", "shown": 2,
            "role": "moderator", "intro": "I", "how": "H", "answers": "A", "percent": 40,
            "label": "L", "value": 3, "group": "G", "low": 1, "high": 9, "position": 2,
            "opens": "O", "closes": "C", "questions": 3, "anonymous": "A", "started": 2,
            "finished": 1, "kept": 3, "dropped": 2, "country": "KG", "reminders": "on",
            "mb": 10, "zone": "Asia/Baku", "reported": 8, "date": "D", "time": "T"}  # fmt: skip
    for message_id in ENGLISH:
        for count in (1, 2, 5, 21):
            text = translate(message_id, **{**args, "count": count})
            assert text.strip() and "\u2068" not in text  # no bidi isolation marks in chats


def test_missing_message_raises_in_strict_mode_and_falls_back_otherwise() -> None:
    with pytest.raises(MissingTranslation):
        I18n(strict=True).translator("ru")("no-such-message")
    assert I18n().translator("ru")("no-such-message") == "no-such-message"


def test_a_message_without_arguments_is_formatted_once_per_translator(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Kept per locale and country: the country's words differ, arguments are never kept, and
    neither is a message that failed (it is logged each time it is asked for)."""
    i18n = I18n()
    kazakh = i18n.translator("kk", "KZ")
    assert kazakh("help") is kazakh("help")  # the same text, not formatted again
    assert i18n.translator("ru", "KZ")("help") != kazakh("help")
    assert kazakh("term-municipality") != i18n.translator("kk", "AZ")("term-municipality")
    assert "GLU" in kazakh("deep-link-unknown", code="GLU")
    assert "NUR" in kazakh("deep-link-unknown", code="NUR")
    broken = i18n.translator("en")
    assert broken("no-such-message") == broken("no-such-message") == "no-such-message"
    assert len([r for r in caplog.records if "no-such-message" in r.getMessage()]) == 2


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
    # No platform language (WhatsApp with a foreign number): the country's, when known.
    assert negotiate(None, available=available, default="en", country="KG") == "ky"
    assert negotiate("de", available=available, default="en", country="AM") == "hy"
    assert negotiate("de", available=available, default="en", country="FR") == "ru"


def test_kazakh_falls_back_to_russian_for_a_missing_message(tmp_path: Path) -> None:
    for locale, text in (("kk", ""), ("ru", "only-here = по-русски\n"), ("en", "only-here = en\n")):
        (tmp_path / locale).mkdir()
        (tmp_path / locale / "main.ftl").write_text(text, encoding="utf-8")
    i18n = I18n(("kk", "ru", "en"), root=tmp_path)
    assert i18n.translator("kk")("only-here") == "по-русски"


# --- mistakes a translator makes that the checks above would let through -----------------------


def plain_text(message: ftl.Message) -> str:
    """The message's own words (every variant), without placeables' variable names."""
    parts: list[str] = []

    class _Text(Visitor):
        def visit_TextElement(self, node: ftl.TextElement) -> None:
            parts.append(node.value)

        def visit_StringLiteral(self, node: ftl.StringLiteral) -> None:
            parts.append(node.value)

    _Text().visit(message)
    return " ".join(parts)


SCRIPT_LETTERS = {
    "latin": r"A-Za-zÀ-ɏʻʼ",
    "cyrillic": r"Ѐ-ӿԀ-ԯ",
    "armenian": r"Ա-֏",
}
SCRIPT = {"az": "latin", "ru": "cyrillic", "kk": "cyrillic", "hy": "armenian", "en": "latin",
          "ky": "cyrillic", "uz": "latin", "tg": "cyrillic", "tk": "latin"}  # fmt: skip
# Letters only this language's alphabet has among our locales: a text without any is suspect
# (Russian pasted into kk, Turkish into az).
OWN_LETTERS = {"az": "əƏ", "kk": "әғқңөұүһіӘҒҚҢӨҰҮҺІ", "ky": "ңөүҢӨҮ", "tg": "ғӣқӯҳҷҒӢҚӮҲҶ",
               "uz": "ʻ", "tk": "äňýşžÄŇÝŞŽ", "hy": "աեի", "ru": "ыэЫЭ", "en": "w"}  # fmt: skip
# Where every long sentence has one of them (Kyrgyz and Tajik sentences may not).
LONG_TEXTS_HAVE_OWN_LETTERS = ("az", "kk", "tk", "hy")
# Foreign-script words a text may carry: brand and format names, keywords, commands, examples.
# A proposal's number (QUB-2026-0042) is a code the resident types as it is, in any script.
FOREIGN_OK = re.compile(
    r"https?://\S*|/[a-z]+|\b(STOP|START|PDF|CSV|QR|XLSX|SMS|Telegram|WhatsApp|e-mail|"
    r"QUB-\d{4}-\d{4}|Google Play|App Store|min)\b"
)


@pytest.mark.parametrize("locale", SHIPPED_LOCALES)
def test_each_locale_is_written_in_its_script(locale: str) -> None:
    script = SCRIPT[locale]
    foreign = "".join(v for k, v in SCRIPT_LETTERS.items() if k != script)
    wrong = {}
    for name, message in messages(locale).items():
        text = FOREIGN_OK.sub("", plain_text(message))
        if found := re.findall(f"[{foreign}]+", text):
            wrong[name] = found
    assert not wrong, f"{locale}: letters of another script: {wrong}"
    everything = "".join(plain_text(m) for m in messages(locale).values())
    assert any(letter in everything for letter in OWN_LETTERS[locale])
    # Long texts without a letter of the language's own alphabet are another language pasted in.
    for name, message in messages(locale).items():
        text = plain_text(message)
        if len(re.findall(r"\w", text)) >= 60 and locale in LONG_TEXTS_HAVE_OWN_LETTERS:
            assert any(letter in text for letter in OWN_LETTERS[locale]), f"{locale}/{name}"


# Messages that may read exactly as in English: symbols, placeables, names of formats.
SAME_AS_ENGLISH = {
    "event-mark-going", "event-mark-maybe", "event-mark-cant", "event-mark-waitlist",
    "event-mark-none", "news-item", "tutorial-tip", "event-where-place", "event-place-map",
    "events-item", "proposal-history-line", "moderation-queue-line", "event-kind-seminar",
    "announce-audience-all", "help-answer-for-resident",
    "survey-staff-csv", "survey-staff-xlsx",  # export buttons named by their file format
}  # fmt: skip


def serialized(message: ftl.Message) -> str:
    from fluent.syntax import FluentSerializer

    return FluentSerializer().serialize_entry(message).split("=", 1)[1].strip()


@pytest.mark.parametrize("locale", [loc for loc in SHIPPED_LOCALES if loc != "en"])
def test_no_english_text_copied_into_another_locale(locale: str) -> None:
    copied = {
        name
        for name, message in messages(locale).items()
        if name in ENGLISH
        and serialized(message) == serialized(ENGLISH[name])
        and re.search(r"[A-Za-z]{3}", plain_text(message))
    }
    assert copied <= SAME_AS_ENGLISH, (
        f"{locale}: English left in {sorted(copied - SAME_AS_ENGLISH)}"
    )


def numbers_in(locale: str, category: str) -> list[int]:
    rule = Locale.parse(locale).plural_form
    return [n for n in range(0, 200) if rule(n) == category]


@pytest.mark.parametrize("locale", SHIPPED_LOCALES)
def test_plural_variants_show_the_number_where_they_cover_several(locale: str) -> None:
    """Russian `one` is also 21, 31...; Tajik `one` is also 0: such a variant must show the
    number, or "одна фотография" is said of 21 photos."""
    hidden = []
    for name, message in messages(locale).items():
        for select in _selects(message):
            if not isinstance(select.selector, ftl.VariableReference):
                continue
            variable = select.selector.id.name
            for variant in select.variants:
                key = getattr(variant.key, "name", None)
                if key not in CLDR_CATEGORIES or key == "other":
                    continue
                if len(numbers_in(locale, key)) > 1 and variable not in walk_variant(variant):
                    hidden.append(f"{name}[{key}]")
    assert not hidden, f"{locale}: a plural variant hides its number: {hidden}"


def _selects(message: ftl.Message) -> list[ftl.SelectExpression]:
    found: list[ftl.SelectExpression] = []

    class _Sel(Visitor):
        def visit_SelectExpression(self, node: ftl.SelectExpression) -> None:
            found.append(node)
            self.generic_visit(node)

    _Sel().visit(message)
    return found


def walk_variant(variant: ftl.Variant) -> set[str]:
    walker = _Walker()
    walker.visit(variant)
    return walker.variables


@pytest.mark.parametrize("locale", SHIPPED_LOCALES)
def test_select_keys_are_the_ones_english_and_the_code_use(locale: str) -> None:
    """A renamed key ([on] -> [yes]) silently picks the default variant: az would say "notices
    off" while they are on. Keys that are not plural categories must be English's exactly."""
    for name, message in messages(locale).items():
        mine = {
            var: keys - CLDR_CATEGORIES
            for var, keys in walk(message).selectors
            if keys - CLDR_CATEGORIES
        }
        english = {
            var: keys - CLDR_CATEGORIES
            for var, keys in walk(ENGLISH[name]).selectors
            if keys - CLDR_CATEGORIES
        }
        assert mine == english, f"{locale}/{name}: select keys {mine} differ from English {english}"


def test_select_keys_in_english_match_what_the_code_passes() -> None:
    assert {"on", "off"} == {
        k for var, keys in walk(ENGLISH["settings-summary"]).selectors for k in keys
        if var == "notices"
    }  # fmt: skip
    statuses = {k for v, keys in walk(ENGLISH["announcements-item"]).selectors for k in keys
                if v == "status"}  # fmt: skip
    from storage.models import AnnouncementStatus

    assert statuses <= {s.value for s in AnnouncementStatus}
    # handlers.places passes the country's ISO code, or "other": every country with
    # municipalities has its own word for them.
    from storage.content import COUNTRY_LANGUAGE, parse_content

    countries = {k for v, keys in walk(ENGLISH["place-choose-municipality"]).selectors
                 for k in keys if v == "country"}  # fmt: skip
    shipped = {p.country for p in parse_content(PROJECT_ROOT / "storage/content/starter.toml")}
    assert shipped <= countries - {"other"} <= set(COUNTRY_LANGUAGE)


# Button labels (WhatsApp: a reply button's title is at most 20 characters, a list row's at most
# 24; developers.facebook.com/docs/whatsapp/cloud-api/messages/interactive-reply-buttons-messages
# and .../interactive-list-messages). Rows of lists only: menus and topic lists of more than 3.
LIST_ONLY = ("menu-", "category-", "library-", "proposal-category-", "news-library")
# help-staff-title: the heading of the staff part of /help, not a button.
NOT_BUTTONS = ("proposal-status-", "event-mark-", "forward-", "tutorial-tip", "event-where-",
               "announce-audience-all", "event-status-", "help-staff-title")  # fmt: skip
ALSO_BUTTONS = {"event-feedback-skip", "announce-send-now", "announce-schedule",
                "announce-no-attachment", "event-no-link", "event-no-place", "event-no-map",
                "event-no-limit", "place-community-none", "whatsapp-choose", "whatsapp-more",
                "language-self-name"}  # fmt: skip


def web_panel_only_ids() -> set[str]:
    """Ids only the web panel's HTML pages show (bulk actions, "Older entries"): their buttons
    and links are not WhatsApp's, so its length limits do not apply. An id the chat code also
    names (panel-open, a chat button) stays checked."""
    in_templates: set[str] = set()
    for template in TEMPLATES.rglob("*.html"):
        in_templates.update(TEMPLATE_CALL.findall(template.read_text(encoding="utf-8")))
    in_chat: set[str] = set()
    for folder in CODE_DIRS:
        for path in (PROJECT_ROOT / folder).rglob("*.py"):
            if TEMPLATES.parent in path.parents:  # bot/panel: the web panel's own code
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Constant) and isinstance(node.value, str):
                    in_chat.add(node.value)
    return in_templates - in_chat


def button_ids() -> set[str]:
    ids = set(ALSO_BUTTONS)
    web_only = web_panel_only_ids()
    for name, message in ENGLISH.items():
        text = plain_text(message)
        if message.value is None or name.startswith(NOT_BUTTONS) or "\n" in text:
            continue
        if name in web_only:
            continue
        if walk(message).variables:
            continue
        if len(text) <= 32 and (not text[0].isalpha() or text.endswith(("▸", "…"))):
            ids.add(name)
    return ids


@pytest.mark.parametrize("locale", SHIPPED_LOCALES)
def test_button_labels_fit_whatsapp(locale: str) -> None:
    assert len(button_ids()) > 60  # the heuristic still finds the buttons
    found = messages(locale)
    too_long = {}
    for name in button_ids():
        text = plain_text(found[name])
        limit = 24 if name.startswith(LIST_ONLY) or name == "language-self-name" else 20
        if len(text) > limit:
            too_long[name] = (len(text), limit, text)
    assert not too_long, f"{locale}: {too_long}"


GLOSSARY = tomllib.loads((LOCALES_DIR / "glossary.toml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("locale", SHIPPED_LOCALES)
def test_glossary_terms_are_used_consistently(locale: str) -> None:
    """locales/glossary.toml: meeting, proposal, announcement, municipality, button, skip and
    thanks each have one term per locale, and the messages listed for a concept use it."""
    assert set(GLOSSARY) == {"meeting", "proposal", "announcement", "municipality", "button",
                             "skip", "thanks"}  # fmt: skip
    found = messages(locale)
    missing = []
    for concept, entry in GLOSSARY.items():
        term = entry["terms"][locale].casefold()
        for name in entry["ids"]:
            if term not in plain_text(found[name]).casefold():
                missing.append(f"{concept}: {name}")
        # The municipality's word depends on the country: these messages say it through the
        # locale's term messages, which hold the country's words (and the term, by default).
        words = " ".join(plain_text(found[name]) for name in COUNTRY_TERMS).casefold()
        if term not in words and concept == "municipality":
            missing.append(f"{concept}: {COUNTRY_TERMS}")
        for name in entry.get("refer", []):
            if not referenced_in_messages({name: found[name]}) & set(COUNTRY_TERMS):
                missing.append(f"{concept}: {name} does not use {COUNTRY_TERMS}")
    assert not missing, f"{locale}: not the glossary's term: {missing}"


COUNTRY_TERMS = ("term-municipality", "term-authority")
# What each country calls its municipality and its authority (the issue, and the content's rows).
COUNTRY_WORDS = {
    "en": {"KG": ("aiyl aimak", "aiyl okmotu"), "AZ": ("municipality", "municipality")},
    "ru": {"KZ": ("район", "акимат"), "AM": ("община", "муниципалитет")},
    "kk": {"KZ": ("аудан", "әкімдік")},
    "hy": {"AM": ("համայնք", "համայնքապետարան")},
    "ky": {"KG": ("айыл аймагы", "айыл өкмөтү")},
    "uz": {"UZ": ("tuman", "hokimlik")},
    "tg": {"TJ": ("ҷамоат", "ҷамоат")},
    "tk": {"TM": ("etrap", "geňeş")},
    "az": {"AZ": ("bələdiyyə", "bələdiyyə")},
}


@pytest.mark.parametrize("locale", SHIPPED_LOCALES)
def test_the_municipality_is_named_in_the_words_of_its_country(locale: str) -> None:
    """Every shipped country has its own variant (in every case form), and the translator
    passes the reader's country to every message without the caller naming it."""
    from storage.content import parse_content

    shipped = {p.country for p in parse_content(PROJECT_ROOT / "storage/content/starter.toml")}
    for name in COUNTRY_TERMS:
        for _, keys in walk(messages(locale)[name]).selectors:
            assert shipped | {"other"} <= keys, f"{locale}/{name}"
    i18n = I18n(strict=True)
    for country, (municipality, authority) in COUNTRY_WORDS[locale].items():
        t = i18n.translator(locale, country)
        assert t("term-municipality") == municipality
        assert t("term-authority") == authority
        # A message naming the authority follows the country with no argument passed.
        anywhere = i18n.translator(locale)("proposal-event-forwarded")
        assert t("proposal-event-forwarded") != anywhere
    assert i18n.translator(locale)("term-municipality") == i18n.translator(locale, "XX")(
        "term-municipality"
    )  # no country, or one we do not serve: the [other] word
