"""One form for every phone number (storage.phones), and WhatsApp user ids told apart."""

from __future__ import annotations

import pytest

from storage.phones import PhoneError, is_bsuid, normalise_phone, whatsapp_ref


@pytest.mark.parametrize(
    "written",
    ["994501234567", "+994501234567", "+994 50 123 45 67", "+994 (50) 123-45-67",
     "00994501234567", " 994.50.123.45.67 "],
)  # fmt: skip
def test_every_usual_writing_gives_whatsapps_form(written: str) -> None:
    assert normalise_phone(written) == "994501234567"


@pytest.mark.parametrize(
    ("written", "form"),
    [("+7 701 123 4567", "77011234567"), ("+374 91 234567", "37491234567"),
     ("+49 151 12345678", "4915112345678")],
)  # fmt: skip
def test_other_countries(written: str, form: str) -> None:
    assert normalise_phone(written) == form


@pytest.mark.parametrize(
    "written",
    ["", "+", "abc", "994501234567abc", "+99450", "12", "+994 50 123 45 67 89 01 23",
     "whatsapp:994501234567", "+1 555 078 3881"],
)  # fmt: skip
def test_what_is_not_a_valid_number_is_refused(written: str) -> None:
    with pytest.raises(PhoneError):
        normalise_phone(written)


def test_webhooks_check_the_length_only() -> None:
    """Meta has verified the number; our numbering plans may be older than it."""
    assert normalise_phone("15550783881", strict=False) == "15550783881"
    with pytest.raises(PhoneError):
        normalise_phone("+99450", strict=False)


def test_user_ids_are_told_from_phones() -> None:
    assert is_bsuid("AZ.1502576394655843") and is_bsuid("US.ENT.11815799212886844830")
    assert not is_bsuid("994501234567") and not is_bsuid("az.123") and not is_bsuid("AZ.")
    assert not is_bsuid("AZ." + "1" * 129)
    assert whatsapp_ref(" AZ.1502576394655843 ") == "AZ.1502576394655843"
    assert whatsapp_ref("+994 50 123 45 67") == "994501234567"
