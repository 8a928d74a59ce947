"""Fluent translations: one bundle per locale, looked up along a fallback chain.

`FluentLocalization.format_value` hides missing messages and errors; we use bundles directly so a
missing id falls back along the chain and a formatting error is logged, never silently shown.
Tests prove every id exists in every shipped locale (tests/test_locales.py).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any

from babel import Locale
from babel.dates import format_date, format_skeleton, format_time
from fluent.runtime import FluentBundle, FluentResource

from bot.config import PROJECT_ROOT, SHIPPED_LOCALES
from storage.content import COUNTRY_LANGUAGE

log = logging.getLogger(__name__)

LOCALES_DIR = PROJECT_ROOT / "locales"

# Where a locale's missing messages (and content not given in it) come from. Every language of
# the region falls back to Russian, which small-town residents there read far more often than
# English, then to English. Decided for az and hy too: in Azerbaijan and Armenia, Russian is the
# second language of most older residents, English of few.
FALLBACKS: dict[str, tuple[str, ...]] = {
    "az": ("ru", "en"),
    "hy": ("ru", "en"),
    "kk": ("ru", "en"),
    "ky": ("ru", "en"),
    "uz": ("ru", "en"),
    "tg": ("ru", "en"),
    "tk": ("ru", "en"),
}
# A platform language we do not ship is answered in the language of the resident's country when
# we know it, else in this one (then its own fallbacks).
UNSHIPPED_LANGUAGE = "ru"
# The `$country` every message gets unless the caller passes one: what `term-municipality` and
# `term-authority` (the country's own words for the municipality and its authority) select on
# when the reader's country is unknown (staff of several countries, the web panel).
NO_COUNTRY = "other"
# Dates and times follow CLDR (Babel) per locale. English readers in the region count hours to 24
# and write the day before the month, as in the UK: CLDR's "en" is the US.
BABEL_LOCALE = {"en": "en_GB"}


def fallback_chain(locale: str) -> tuple[str, ...]:
    chain = (locale, *FALLBACKS.get(locale, ("en",)))
    return tuple(dict.fromkeys(chain))  # "en" -> ("en",)


def negotiate(
    hint: str | None, *, available: tuple[str, ...], default: str, country: str | None = None
) -> str:
    """A platform language tag (BCP 47 as Telegram sends it: "ru-RU", "uz-Latn-UZ", "ky", "pt-br")
    to the locale we ship.

    The primary subtag wins when we ship it (so every region or script variant of a shipped
    language is that language). A language we do not ship gets the language of the resident's
    country: `country` (ISO 3166-1 alpha-2 of their municipality) or the tag's region
    ("de-KG" -> ky), when we ship it; else `UNSHIPPED_LANGUAGE` (Russian) when shipped; else
    `default`. No hint at all (WhatsApp without a known prefix, the console) gives the
    language of `country` when known, else `default`.
    """
    subtags = (hint or "").replace("_", "-").lower().split("-")
    if subtags[0] in available:
        return subtags[0]
    regions = [country] if country else []
    regions += [tag.upper() for tag in subtags[1:] if len(tag) == 2 and tag.isalpha()]
    for region in regions:
        if (locale := COUNTRY_LANGUAGE.get(region.upper())) and locale in available:
            return locale
    if not hint:
        return default
    return UNSHIPPED_LANGUAGE if UNSHIPPED_LANGUAGE in available else default


def localised(values: Mapping[str, object] | None, chain: tuple[str, ...]) -> str:
    """Content given per language (titles, texts): the first of `chain` that has it, else any."""
    values = values or {}
    for locale in chain:
        if value := values.get(locale):
            return str(value)
    return str(next(iter(values.values()), ""))


class MissingTranslation(LookupError):
    """Raised in strict mode (tests) where production logs and shows the message id."""


class Translator:
    """Formats messages for one locale, falling back along its chain, for a reader in `country`
    (ISO 3166-1 alpha-2 of their municipality, None when unknown): every message gets it as
    `$country` (unless the caller passes its own), so the messages that name the municipality or
    its authority use the country's own word (`term-municipality`, `term-authority` in each
    locale) without any handler passing it."""

    __slots__ = ("_bundles", "_fixed", "_strict", "country", "locale")

    def __init__(
        self,
        locale: str,
        bundles: list[FluentBundle],
        *,
        strict: bool = False,
        country: str | None = None,
    ) -> None:
        self.locale = locale
        self.country = country
        self._bundles = bundles
        self._strict = strict
        # Message id -> its text, for messages asked for without arguments: the same text each
        # time for this locale and country, so formatted once (an update's /help, a button).
        self._fixed: dict[str, str] = {}

    def for_country(self, country: str | None) -> Translator:
        """The same locale for a reader in `country`."""
        if country == self.country:
            return self
        return Translator(self.locale, self._bundles, strict=self._strict, country=country)

    @property
    def chain(self) -> tuple[str, ...]:
        return fallback_chain(self.locale)

    @property
    def babel(self) -> Locale:
        return Locale.parse(BABEL_LOCALE.get(self.locale, self.locale))

    def date(self, moment: datetime, zone: tzinfo, width: str = "full") -> str:
        """`moment` (aware) as a date in `zone`, in the locale's own format: "full" names the
        weekday (ru "суббота, 5 декабря 2026 г.", kk "2026 ж. 5 желтоқсан, сенбі"), "long"
        does not. For messages that take `$date` and `$time` apart, so each language orders
        and joins them itself."""
        return format_date(moment.astimezone(zone), width, locale=self.babel)

    def time(self, moment: datetime, zone: tzinfo) -> str:
        """The time of day in `zone`, hours and minutes as the locale writes them ("18:00")."""
        return format_time(moment.astimezone(zone), "short", locale=self.babel)

    def when(self, moment: datetime, zone: tzinfo, *, year: bool = True) -> str:
        """Date and time in one short placeable (`$when`, for list lines and history), joined as
        the locale joins them: ru "5 дек. 2026 г., 18:00", az "5 dek 2026 18:00"; without the
        year for what is soon (ru "5 дек., 18:00")."""
        local = moment.astimezone(zone)
        day = (
            format_date(local, "medium", locale=self.babel)
            if year
            else format_skeleton("MMMd", local, locale=self.babel)
        )
        pattern = str(self.babel.datetime_formats["medium"])
        return pattern.replace("{1}", day).replace("{0}", self.time(local, zone))

    def __call__(self, message_id: str, **args: Any) -> str:
        if not args and (text := self._fixed.get(message_id)) is not None:
            return text
        text, complete = self._format(message_id, {"country": self.country or NO_COUNTRY, **args})
        if not args and complete:
            self._fixed[message_id] = text
        return text

    def _format(self, message_id: str, args: dict[str, Any]) -> tuple[str, bool]:
        """The message's text, and whether it was formatted without an error."""
        for bundle in self._bundles:
            if not bundle.has_message(message_id):
                continue
            message = bundle.get_message(message_id)
            if message.value is None:
                continue
            text, errors = bundle.format_pattern(message.value, args)
            for error in errors:
                if self._strict:
                    raise MissingTranslation(f"{bundle.locales[0]}/{message_id}: {error}")
                log.error("fluent %s/%s: %s", bundle.locales[0], message_id, error)
            # A whole message always resolves to text: fluent's FluentNone (in its return type)
            # only stands for a cyclic reference nested inside it.
            return (text, not errors) if isinstance(text, str) else ("{???}", False)
        if self._strict:
            raise MissingTranslation(f"{message_id} in {self.chain}")
        log.error("fluent: message %r missing in every locale of %s", message_id, self.chain)
        return message_id, False


class I18n:
    """All shipped locales, loaded once at start-up."""

    def __init__(
        self,
        locales: tuple[str, ...] = SHIPPED_LOCALES,
        root: Path = LOCALES_DIR,
        *,
        strict: bool = False,
    ) -> None:
        self.locales = locales
        self._bundles: dict[str, FluentBundle] = {}
        for locale in {*locales, *(fb for loc in locales for fb in fallback_chain(loc))}:
            bundle = FluentBundle([locale], use_isolating=False)  # no bidi marks in chats
            for path in sorted((root / locale).glob("*.ftl")):
                bundle.add_resource(FluentResource(path.read_text(encoding="utf-8")))
            self._bundles[locale] = bundle
        self._translators = {
            locale: Translator(
                locale, [self._bundles[fb] for fb in fallback_chain(locale)], strict=strict
            )
            for locale in locales
        }
        self._by_country: dict[tuple[str, str], Translator] = {}

    def translator(self, locale: str, country: str | None = None) -> Translator:
        """`locale`'s translator (the last shipped locale for one we do not ship), for a reader
        in `country` (ISO 3166-1 alpha-2; None: unknown)."""
        found = self._translators.get(locale) or self._translators[self.locales[-1]]
        if country is None:
            return found
        key = (found.locale, country)
        if (bound := self._by_country.get(key)) is None:
            # Few pairs (shipped locales x countries served), so they are kept.
            bound = self._by_country[key] = found.for_country(country)
        return bound

    def self_name(self, locale: str) -> str:
        """A language's name in itself ("Azərbaycanca"), for the language picker."""
        return self._translators[locale]("language-self-name")
