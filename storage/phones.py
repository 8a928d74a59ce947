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
from sqlalchemy import or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Resident

# What a typed number may hold besides digits: people write +994 (50) 123-45-67 or 994.50...
_TYPED = re.compile(r"\+?[\d\s().\-]+")
_BSUID = re.compile(r"[A-Z]{2}\.(?:ENT\.)?[A-Za-z0-9]{1,128}")
WHATSAPP = "whatsapp"  # the channel's name in Resident.channel


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


async def whatsapp_resident_ref(
    session: AsyncSession, *, phone: str | None, user_id: str | None
) -> str:
    """The reference (`Resident.external_id`) of the WhatsApp resident that a message's ids
    name. Meta sends the user id with every message and the phone only when it may; one
    person stays one resident:

    - a resident known by the phone: the phone (and the user id is recorded with them);
    - a resident known by the user id alone (they came with a username): the user id;
    - the resident whose recorded user id it is (their phone now left out): their phone;
    - nobody yet: the phone if there is one, else the user id.

    Both arguments are already in their one form (`normalise_phone`, `is_bsuid`); at least one
    is given, else ValueError.
    """
    if not user_id:
        if not phone:
            raise ValueError("a phone number or a user id is needed")
        return phone
    refs = [ref for ref in (phone, user_id) if ref]
    rows = await session.execute(
        select(Resident.external_id, Resident.platform_user_id).where(
            Resident.channel == WHATSAPP,
            or_(Resident.external_id.in_(refs), Resident.platform_user_id == user_id),
        )
    )
    known: dict[str, str | None] = {ref: recorded for ref, recorded in rows}
    if phone and phone in known:
        if known[phone] != user_id:
            await session.execute(
                update(Resident)
                .where(Resident.channel == WHATSAPP, Resident.external_id == phone)
                .values(platform_user_id=user_id)
            )
        return phone
    if user_id in known:
        return user_id
    linked = [ref for ref, recorded in known.items() if recorded == user_id]
    return linked[0] if linked else phone or user_id
