"""Settings read from the environment (and a `.env` file beside the project, if present).

Every variable is documented in `.env.example`; secrets come only from here.
"""

from __future__ import annotations

import base64
import binascii
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from dotenv import dotenv_values

from storage.db import check_url
from storage.phones import PhoneError, normalise_phone

PROJECT_ROOT = Path(__file__).resolve().parent.parent
BOT_USERNAME = re.compile(r"[A-Za-z][A-Za-z0-9_]{4,31}")
SHIPPED_LOCALES = ("az", "ru", "kk", "hy", "ky", "uz", "tg", "tk", "en")


class ConfigError(ValueError):
    """A setting is present but unusable; the message names the variable."""


@dataclass(frozen=True)  # no slots: from_env reads the defaults off the class
class Settings:
    database_url: str = "sqlite+aiosqlite:///data/bot.db"
    default_locale: str = "en"
    locales: tuple[str, ...] = SHIPPED_LOCALES

    telegram_bot_token: str | None = None
    telegram_api_url: str = "https://api.telegram.org"
    telegram_webhook_url: str | None = None
    telegram_webhook_secret: str | None = None
    # the bot's @username for t.me links on posters; unset: asked of Telegram (getMe) at start
    telegram_bot_username: str | None = None

    telegram_timeout: float = 10.0  # seconds to wait for the Bot API's answer
    telegram_rate_limit: float = 30.0  # bulk messages per second, whole bot
    telegram_chat_rate_limit: float = 1.0  # messages per second to one chat
    telegram_paid_broadcast: bool = False  # allow_paid_broadcast: up to 1000/s, paid in Stars
    quiet_hours: str = "22:00-08:00"  # municipality-local; bulk sends wait, emergencies do not

    whatsapp_api_url: str = "https://graph.facebook.com/v26.0"
    whatsapp_phone_number_id: str | None = None
    # the business number residents write to, in WhatsApp's form (994501234567), for wa.me links
    whatsapp_phone_number: str | None = None
    whatsapp_access_token: str | None = None
    whatsapp_app_secret: str | None = None  # checks X-Hub-Signature-256 on every webhook POST
    whatsapp_verify_token: str | None = None  # Meta's one-time GET handshake
    whatsapp_rate_limit: float = 80.0  # messages per second per business number (Meta default)
    # locale -> (template name, template language code), for notices outside the 24-hour window
    whatsapp_templates: tuple[tuple[str, str, str], ...] = ()
    media_dir: Path = PROJECT_ROOT / "data" / "media"  # photos residents sent on WhatsApp

    web_host: str = "127.0.0.1"
    web_port: int = 8080

    content_file: Path = PROJECT_ROOT / "storage" / "content" / "starter.toml"
    tutorials_dir: Path = PROJECT_ROOT / "storage" / "content" / "tutorials"
    tutorial_followup_days: int = 3  # a gentle reminder this long after "Not yet"
    proposals_per_day: int = 5  # per resident, in any 24 hours
    proposal_undo_minutes: int = 10  # a decision can be undone; nothing leaves before then
    public_url: str | None = None  # our public address, for the authority's answer callback
    authority_secret: str | None = None  # signs forwarded JSON and checks answers sent back
    smtp_host: str | None = None
    smtp_port: int = 587
    smtp_user: str | None = None
    smtp_password: str | None = None
    smtp_from: str = "community-bot@localhost"
    smtp_starttls: bool = True
    # before each consultation: residents who said Going or Maybe are reminded; the last one
    # carries the online link
    event_reminders: tuple[timedelta, ...] = (timedelta(hours=24), timedelta(hours=1))
    panel_secret_key: str | None = None  # Fernet key of the web panel's session cookies
    processed_updates_keep_days: int = 7
    log_level: str = "INFO"

    @property
    def telegram_enabled(self) -> bool:
        return bool(self.telegram_bot_token)

    @property
    def telegram_uses_webhook(self) -> bool:
        return bool(self.telegram_webhook_url)

    @property
    def whatsapp_enabled(self) -> bool:
        return bool(self.whatsapp_phone_number_id and self.whatsapp_access_token)

    def whatsapp_template(self, locale: str) -> tuple[str, str]:
        """(template name, language code) for notices to a resident reading `locale`."""
        by_locale = {loc: (name, code) for loc, name, code in self.whatsapp_templates}
        return by_locale.get(locale) or by_locale.get("en") or (DEFAULT_TEMPLATE, locale)

    @classmethod
    def from_env(
        cls, env: Mapping[str, str] | None = None, *, dotenv: Path | None = None
    ) -> Settings:
        """Build settings from `env` (default: `.env` overlaid by the process environment)."""
        if env is None:
            dotenv_path = dotenv or PROJECT_ROOT / ".env"
            file_values = dotenv_values(dotenv_path) if dotenv_path.exists() else {}
            env = {**{k: v for k, v in file_values.items() if v is not None}, **os.environ}

        def get(name: str) -> str | None:
            value = env.get(name)
            return value.strip() if value and value.strip() else None

        def get_int(name: str, default: int) -> int:
            raw = get(name)
            if raw is None:
                return default
            try:
                return int(raw)
            except ValueError:
                raise ConfigError(f"{name} must be a whole number, got {raw!r}") from None

        def get_rate(name: str, default: float) -> float:
            raw = get(name)
            if raw is None:
                return default
            try:
                value = float(raw)
            except ValueError:
                value = 0
            if value <= 0:
                raise ConfigError(f"{name} must be a positive number, got {raw!r}")
            return value

        def get_bool(name: str, default: bool = False) -> bool:
            raw = (get(name) or str(default)).lower()
            if raw not in ("1", "true", "yes", "on", "0", "false", "no", "off"):
                raise ConfigError(f"{name} must be true or false, got {raw!r}")
            return raw in ("1", "true", "yes", "on")

        quiet_hours = get("QUIET_HOURS") or cls.quiet_hours
        if not _valid_quiet_hours(quiet_hours):
            raise ConfigError(f"QUIET_HOURS must look like 22:00-08:00 or off, got {quiet_hours!r}")

        default_locale = get("DEFAULT_LOCALE") or cls.default_locale
        if default_locale not in SHIPPED_LOCALES:
            raise ConfigError(
                f"DEFAULT_LOCALE must be one of {', '.join(SHIPPED_LOCALES)}, "
                f"got {default_locale!r}"
            )
        webhook_url = get("TELEGRAM_WEBHOOK_URL")
        webhook_secret = get("TELEGRAM_WEBHOOK_SECRET")
        if webhook_url and not webhook_secret:
            raise ConfigError(
                "TELEGRAM_WEBHOOK_SECRET is required when TELEGRAM_WEBHOOK_URL is set"
            )
        if webhook_secret and not _valid_secret_token(webhook_secret):
            raise ConfigError(
                "TELEGRAM_WEBHOOK_SECRET must be 1-256 characters of A-Z, a-z, 0-9, _ and -"
            )
        reminders = get("EVENT_REMINDERS") or "24h,1h"
        try:
            event_reminders = parse_offsets(reminders)
        except ValueError:
            raise ConfigError(
                f"EVENT_REMINDERS must look like 24h,1h (m, h, d) or off, got {reminders!r}"
            ) from None
        panel_key = get("PANEL_SECRET_KEY")
        if panel_key and not _valid_fernet_key(panel_key):
            raise ConfigError(
                "PANEL_SECRET_KEY must be a Fernet key: 32 bytes in URL-safe base64 (44 characters)"
            )
        content = get("CONTENT_FILE")
        username = (get("TELEGRAM_BOT_USERNAME") or "").removeprefix("@") or None
        if username and not BOT_USERNAME.fullmatch(username):
            raise ConfigError(
                "TELEGRAM_BOT_USERNAME must be the bot's username: 5-32 letters, digits and _, "
                f"got {username!r}"
            )
        wa_number = get("WHATSAPP_PHONE_NUMBER")
        if wa_number:
            try:
                wa_number = normalise_phone(wa_number)
            except PhoneError as error:
                raise ConfigError(f"WHATSAPP_PHONE_NUMBER: {error}") from None
        whatsapp = {
            "WHATSAPP_PHONE_NUMBER_ID": get("WHATSAPP_PHONE_NUMBER_ID"),
            "WHATSAPP_ACCESS_TOKEN": get("WHATSAPP_ACCESS_TOKEN"),
            "WHATSAPP_APP_SECRET": get("WHATSAPP_APP_SECRET"),
            "WHATSAPP_VERIFY_TOKEN": get("WHATSAPP_VERIFY_TOKEN"),
        }
        if any(whatsapp.values()) and not all(whatsapp.values()):
            missing = ", ".join(name for name, value in whatsapp.items() if not value)
            # Without the app secret we could not tell Meta's webhooks from forgeries.
            raise ConfigError(f"WhatsApp needs all four of its settings; missing: {missing}")
        database_url = get("DATABASE_URL") or cls.database_url
        try:
            check_url(database_url)
        except ValueError as error:
            raise ConfigError(f"DATABASE_URL: {error}") from None
        return cls(
            database_url=database_url,
            default_locale=default_locale,
            telegram_bot_token=get("TELEGRAM_BOT_TOKEN"),
            telegram_api_url=(get("TELEGRAM_API_URL") or cls.telegram_api_url).rstrip("/"),
            telegram_webhook_url=webhook_url,
            telegram_webhook_secret=webhook_secret,
            telegram_bot_username=username,
            telegram_timeout=get_rate("TELEGRAM_TIMEOUT", cls.telegram_timeout),
            telegram_rate_limit=get_rate("TELEGRAM_RATE_LIMIT", cls.telegram_rate_limit),
            telegram_chat_rate_limit=get_rate(
                "TELEGRAM_CHAT_RATE_LIMIT", cls.telegram_chat_rate_limit
            ),
            telegram_paid_broadcast=get_bool("TELEGRAM_PAID_BROADCAST"),
            quiet_hours=quiet_hours,
            whatsapp_api_url=(get("WHATSAPP_API_URL") or cls.whatsapp_api_url).rstrip("/"),
            whatsapp_phone_number_id=whatsapp["WHATSAPP_PHONE_NUMBER_ID"],
            whatsapp_phone_number=wa_number,
            whatsapp_access_token=whatsapp["WHATSAPP_ACCESS_TOKEN"],
            whatsapp_app_secret=whatsapp["WHATSAPP_APP_SECRET"],
            whatsapp_verify_token=whatsapp["WHATSAPP_VERIFY_TOKEN"],
            whatsapp_rate_limit=get_rate("WHATSAPP_RATE_LIMIT", cls.whatsapp_rate_limit),
            whatsapp_templates=_templates(get("WHATSAPP_TEMPLATES")),
            media_dir=PROJECT_ROOT / (get("MEDIA_DIR") or "data/media"),
            web_host=get("WEB_HOST") or cls.web_host,
            web_port=get_int("WEB_PORT", cls.web_port),
            # Relative paths are relative to the project, wherever the bot is started from.
            content_file=PROJECT_ROOT / (content or "storage/content/starter.toml"),
            tutorials_dir=PROJECT_ROOT / (get("TUTORIALS_DIR") or "storage/content/tutorials"),
            tutorial_followup_days=get_int("TUTORIAL_FOLLOWUP_DAYS", cls.tutorial_followup_days),
            proposals_per_day=get_int("PROPOSALS_PER_DAY", cls.proposals_per_day),
            proposal_undo_minutes=get_int("PROPOSAL_UNDO_MINUTES", cls.proposal_undo_minutes),
            public_url=(get("PUBLIC_URL") or "").rstrip("/") or None,
            authority_secret=get("AUTHORITY_SECRET"),
            smtp_host=get("SMTP_HOST"),
            smtp_port=get_int("SMTP_PORT", cls.smtp_port),
            smtp_user=get("SMTP_USER"),
            smtp_password=get("SMTP_PASSWORD"),
            smtp_from=get("SMTP_FROM") or cls.smtp_from,
            smtp_starttls=get_bool("SMTP_STARTTLS", default=True),
            event_reminders=event_reminders,
            panel_secret_key=panel_key,
            processed_updates_keep_days=get_int(
                "PROCESSED_UPDATES_KEEP_DAYS", cls.processed_updates_keep_days
            ),
            log_level=(get("LOG_LEVEL") or cls.log_level).upper(),
        )


DEFAULT_TEMPLATE = "community_notice"
# Locale -> WhatsApp template language code where they differ. Meta's supported template
# languages (developers.facebook.com/docs/whatsapp/business-management-api/message-templates/
# supported-languages) include `uz` and `ky_KG` but no Armenian, Tajik or Turkmen: those residents
# get the Russian template, which they read.
TEMPLATE_LANGUAGE_FALLBACK = {"hy": "ru", "tg": "ru", "tk": "ru", "ky": "ky_KG"}


def _templates(text: str | None) -> tuple[tuple[str, str, str], ...]:
    """ "az=community_notice:az,ru=community_notice:ru" -> ((locale, name, language code), ...).
    Without it every locale uses `community_notice` in its own language code (Kyrgyz: `ky_KG`),
    except Armenian, Tajik and Turkmen, which WhatsApp templates do not offer: the Russian template
    carries their notices."""
    if not text:
        codes = {
            locale: TEMPLATE_LANGUAGE_FALLBACK.get(locale, locale) for locale in SHIPPED_LOCALES
        }
        return tuple((locale, DEFAULT_TEMPLATE, code) for locale, code in codes.items())
    templates = []
    for item in text.split(","):
        locale, _, rest = item.strip().partition("=")
        name, _, code = rest.partition(":")
        if not (locale and name and code):
            raise ConfigError(
                f"WHATSAPP_TEMPLATES items look like ru=community_notice:ru, got {item.strip()!r}"
            )
        templates.append((locale.strip(), name.strip(), code.strip()))
    return tuple(templates)


_UNITS = {"m": timedelta(minutes=1), "h": timedelta(hours=1), "d": timedelta(days=1)}


def parse_offsets(text: str) -> tuple[timedelta, ...]:
    """ "24h,1h" -> (24 hours, 1 hour), longest first; "off" -> none."""
    if text.strip().lower() == "off":
        return ()
    offsets = set()
    for part in text.split(","):
        match = re.fullmatch(r"\s*(\d+)\s*([mhd])\s*", part.lower())
        if match is None or int(match[1]) == 0:
            raise ValueError(part)
        offsets.add(int(match[1]) * _UNITS[match[2]])
    return tuple(sorted(offsets, reverse=True))


def _valid_quiet_hours(text: str) -> bool:
    if text.lower() == "off":
        return True
    pattern = r"([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d"
    return re.fullmatch(pattern, text) is not None


def _valid_secret_token(token: str) -> bool:
    # Telegram's own rule for setWebhook's secret_token.
    allowed = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
    return 1 <= len(token) <= 256 and set(token) <= allowed


def _valid_fernet_key(key: str) -> bool:
    try:
        return len(base64.urlsafe_b64decode(key.encode())) == 32 and len(key) == 44
    except (binascii.Error, ValueError):
        return False
