"""Phone numbers and WhatsApp user references: one form for every way a number enters (the
command line, content files, Meta's webhooks), so that one person is one resident.

The form is WhatsApp's own `wa_id`: the E.164 number without its "+" (994501234567). Meta's
webhooks carry numbers that way (`from`, `contacts[].wa_id`, `recipient_id`); staff type them
with "+", spaces, brackets or a "00" prefix. Validity is Google's libphonenumber metadata
(the `phonenumbers` package).

A WhatsApp user who adopted a username may reach us without a phone number, by a
business-scoped user id (BSUID): an ISO 3166 alpha-2 country code, a period, and up to 128
letters and digits, e.g. "US.13491208655302741918", or "US.ENT.…" for a parent BSUID. Source:
Meta, "Business-scoped user IDs", developers.facebook.com/documentation/business-messaging/
whatsapp/business-scoped-user-ids/ (as mirrored in the Cloud API docs, 2026-03-31).
"""

from __future__ import annotations

import re

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat

# What a typed number may hold besides digits: people write +994 (50) 123-45-67 or 994.50...
_TYPED = re.compile(r"\+?[\d\s().\-]+")
_BSUID = re.compile(r"[A-Z]{2}\.(?:ENT\.)?[A-Za-z0-9]{1,128}")
BSUID_MAX = 2 + 1 + 4 + 128  # "US." + "ENT." + 128 characters


class PhoneError(ValueError):
    """Not a phone number we can use; the message says why, for the operator."""


def normalise_phone(text: str, *, strict: bool = True) -> str:
    """A phone number in WhatsApp's form: "+994 50 123 45 67", "00994501234567" and
    "994501234567" all give "994501234567".

    The number must be international (with its country code). `strict` (staff input: the
    command line, content files) also requires a number libphonenumber knows to be valid for
    its country. Numbers that come from Meta's webhooks are checked with `strict=False`, for
    length only: WhatsApp has already verified them, and a real resident must not be refused
    because our copy of the numbering plans is older than their number.

    Raises PhoneError (a ValueError) for anything else.
    """
    cleaned = text.strip()
    if not cleaned or not _TYPED.fullmatch(cleaned):
        raise PhoneError(f"{text!r} is not a phone number")
    digits = re.sub(r"[\s().\-]", "", cleaned)
    if digits.startswith("00"):
        digits = digits[2:]
    digits = digits.removeprefix("+")
    try:
        number = phonenumbers.parse("+" + digits, None)
    except NumberParseException as error:
        raise PhoneError(f"{text!r} is not an international phone number: {error}") from None
    if not phonenumbers.is_possible_number(number):
        raise PhoneError(f"{text!r} has the wrong number of digits for its country")
    if strict and not phonenumbers.is_valid_number(number):
        raise PhoneError(f"{text!r} is not a valid phone number in its country")
    return phonenumbers.format_number(number, PhoneNumberFormat.E164).removeprefix("+")


def is_bsuid(ref: str) -> bool:
    """True for a WhatsApp business-scoped user id (or parent BSUID), False for a phone."""
    return bool(_BSUID.fullmatch(ref))


def whatsapp_ref(text: str) -> str:
    """The resident reference for a WhatsApp user as staff type it: a phone number in any
    usual writing (normalised, strictly validated), or a BSUID kept exactly as Meta sent it.
    Raises PhoneError."""
    cleaned = text.strip()
    return cleaned if is_bsuid(cleaned) else normalise_phone(cleaned)
