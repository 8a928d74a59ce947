"""WhatsApp inputs from the field (tests/data/field_cases, from public bug reports), end to end:
signed webhooks in, the real client posting to the fake Graph API, both databases.

- users with a WhatsApp username and no phone number (business-scoped user ids);
- a reaction taken back;
- staff numbers written with "+" (one form for every phone number);
- signed bodies we cannot read (nested thousands of levels deep, not JSON);
- every webhook part we do not handle is logged, once per kind.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from bot.__main__ import CliError, change_role
from storage import repos
from storage.models import Consent, ProcessedUpdate, Resident, Role, RoleGrant
from tests import test_whatsapp
from tests.fakes import graph_api as meta
from tests.test_cli import cli, grants
from tests.test_whatsapp import AZ_PHONE, onboard, resident
from tests.wa_user import WaHarness, titles

FIELD_CASES = Path(__file__).parent / "data" / "field_cases"
BSUID = "AZ.1502576394655843"  # the field case's user

# the WhatsApp harness of tests/test_whatsapp.py: residents on WhatsApp, staff on Telegram
graph = test_whatsapp.graph
wa = test_whatsapp.wa


def field_case(name: str) -> dict[str, Any]:
    return json.loads((FIELD_CASES / name).read_text(encoding="utf-8"))  # type: ignore[no-any-return]


async def residents(wa: WaHarness) -> list[tuple[str, str]]:
    async with wa.app.sessionmaker() as session:
        rows = await session.execute(
            select(Resident.channel, Resident.external_id).order_by(Resident.id)
        )
        return [(channel, ref) for channel, ref in rows]


# --- users with a username and no phone number -------------------------------------------------


async def test_a_username_user_without_a_phone_is_answered_by_their_user_id(
    wa: WaHarness,
) -> None:
    """Meta omits the phone of a user with a username: `from_user_id` and contacts' `user_id`.
    We reply with `recipient` (the fake refuses a BSUID in `to`, as a phone-only field)."""
    user = wa.user(BSUID)
    [greeting] = await user.webhook(field_case("wa-username-user-without-phone.json")["webhook"])
    assert "recipient" in greeting.payload and "to" not in greeting.payload
    assert greeting.payload["recipient"] == BSUID
    # "AZ." : Azerbaijani first, as a +994 number would get
    assert greeting.text.startswith("Salam!") and titles(greeting)[0] == "Azərbaycanca"
    found = await resident(wa, BSUID)
    assert found.display_name == "Leyla" and found.locale == "az"

    # The whole onboarding works by the user id alone.
    [countries] = await user.press("Azərbaycanca")
    [places] = await user.press(titles(countries)[0])
    await user.press(next(t for t in titles(places) if "Quba" in t))
    found = await resident(wa, BSUID)
    assert found.locale_chosen and found.municipality_id is not None
    async with wa.app.sessionmaker() as session:
        [consent] = await session.scalars(select(Consent))
    assert consent.opted_in and consent.text == greeting.text
    assert await residents(wa) == [("whatsapp", BSUID)]
    assert all(r.status == 200 and r.to == BSUID for r in wa.graph.requests)


async def test_a_long_user_id_fits(wa: WaHarness) -> None:
    """A BSUID is a country code, a period and up to 128 letters and digits (a parent BSUID
    adds "ENT."): the longest is a resident reference on PostgreSQL too."""
    longest = "AZ.ENT." + "7" * 128
    [greeting] = await wa.user(longest).send("Salam")
    assert greeting.to == longest
    assert (await resident(wa, longest)).external_id == longest


async def test_the_phone_stays_the_reference_when_both_come(wa: WaHarness) -> None:
    """Meta adds the user id beside the phone for everyone: residents and staff roles recorded
    by phone number must keep working."""
    [greeting] = await wa.user(AZ_PHONE).webhook(meta.text(AZ_PHONE, "Salam", user_id=BSUID))
    assert greeting.payload["to"] == AZ_PHONE and "recipient" not in greeting.payload
    assert await residents(wa) == [("whatsapp", AZ_PHONE)]


async def test_a_resident_known_by_phone_stays_one_when_the_phone_is_left_out(
    wa: WaHarness,
) -> None:
    """A moderator recorded by phone adopts a username; Meta then sends only their user id.
    They are still the same resident, with their role, and are answered on their number."""
    await change_role(
        wa.app, grant=True, role="moderator", user="whatsapp:+994501234567", code="QUB"
    )
    user = await onboard(wa, AZ_PHONE, "QUB")
    await user.webhook(meta.text(AZ_PHONE, "/help", user_id=BSUID))  # both ids: linked
    assert (await resident(wa, AZ_PHONE)).platform_user_id == BSUID

    before = len(user.received)
    assert await wa.push(meta.text(BSUID, "/queue")) == 200  # no phone at all
    [queue, *_] = user.received[before:]
    assert "Quba: 0" in queue.text
    assert await residents(wa) == [("whatsapp", AZ_PHONE)]


async def test_a_user_id_resident_stays_one_when_the_phone_appears(wa: WaHarness) -> None:
    user = await onboard(wa, BSUID, "QUB")
    [answer, *_] = await user.webhook(meta.text(AZ_PHONE, "/help", user_id=BSUID))
    assert answer.payload.get("recipient") == BSUID
    assert await residents(wa) == [("whatsapp", BSUID)]
    assert (await resident(wa, BSUID)).locale_chosen


# --- what we do not handle is said, once per kind -----------------------------------------------


def unhandled_lines(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [
        r.getMessage()
        for r in caplog.records
        if "not handled" in r.getMessage() and r.levelno >= logging.WARNING
    ]


async def test_every_part_we_do_not_handle_is_logged_once_per_kind(
    wa: WaHarness, caplog: pytest.LogCaptureFixture
) -> None:
    odd = meta.envelope(
        {
            "statuses": [{"id": "wamid.OUT9", "status": "deleted", "recipient_id": AZ_PHONE}],
            "errors": [{"code": 131051, "title": "Unsupported message type"}],
            "messages": [
                {"id": "wamid.NOBODY", "timestamp": "1764547200", "type": "text",
                 "text": {"body": "from nobody"}},
            ],
        }
    )  # fmt: skip
    odd["entry"][0]["changes"].append({"field": "account_update", "value": {"event": "x"}})
    order = meta.message(AZ_PHONE, "order", {"catalog_id": "1", "product_items": []})
    with caplog.at_level(logging.DEBUG, logger="bot.channels.whatsapp"):
        for _ in range(3):  # Meta redelivers; a busy day repeats the same kinds
            assert await wa.push(odd) == 200
        [hint] = await wa.user(AZ_PHONE).webhook(order)
        await wa.user(AZ_PHONE).webhook(
            meta.message(AZ_PHONE, "order", {"catalog_id": "1"}, wamid="wamid.ORDER2")
        )
    lines = unhandled_lines(caplog)
    expected = {
        "status:deleted", "error:131051", "message without a sender or id",
        "field:account_update", "message type:order",
    }  # fmt: skip
    assert {line.split("handled: ")[1].split(" (")[0] for line in lines} == expected
    assert len(lines) == len(expected)  # each kind once, however often it comes
    assert "text and buttons" in hint.text or hint.text  # the resident still hears something
    async with wa.app.sessionmaker() as session:
        assert await session.scalar(select(func.count()).select_from(Resident)) == 1


# --- a reaction taken back -----------------------------------------------------------------


async def test_a_reaction_taken_back_gets_no_answer(wa: WaHarness) -> None:
    user = await onboard(wa, "994501234567", "QUB", "Azərbaycanca")
    before = await resident(wa, "994501234567")
    for webhook in field_case("wa-reaction-removal.json")["webhooks"]:  # emoji "" and none
        assert await user.webhook(webhook) == []
    after = await resident(wa, "994501234567")
    assert (after.state.name, after.status) == (before.state.name, before.status)
    # A reaction given is still answered with the hint (the README says so).
    [hint] = await user.webhook(
        meta.message(AZ_PHONE, "reaction", {"message_id": "wamid.X", "emoji": "👍"})
    )
    assert "yalnız mətni" in hint.text


# --- phone numbers in one form --------------------------------------------------------------


async def test_a_grant_written_with_plus_reaches_the_resident_who_writes(wa: WaHarness) -> None:
    """The field case: `grant moderator whatsapp:+994501234567` gave the role to a second
    resident "+994501234567"; the person writes from 994501234567."""
    await change_role(
        wa.app, grant=True, role="moderator", user="whatsapp:+994501234567", code="QUB"
    )
    user = await onboard(wa, AZ_PHONE, "QUB")
    [queue, *_] = await user.send("/queue")
    assert "not allowed" not in queue.text.lower()
    assert "Quba: 0" in queue.text
    assert await residents(wa) == [("whatsapp", AZ_PHONE)]
    # Any usual writing of the number is the same person.
    await change_role(
        wa.app, grant=False, role="moderator", user="whatsapp:+994 (50) 123-45-67", code="QUB"
    )
    async with wa.app.sessionmaker() as session:
        assert await session.scalar(select(func.count()).select_from(RoleGrant)) == 0
    [refused] = await user.send("/queue")
    assert queue.text != refused.text


@pytest.mark.parametrize(
    "user",
    ["whatsapp:+99450", "whatsapp:15550783881", "whatsapp:994-50-abc", "whatsapp:+"],
    ids=["too short", "not a real number", "letters", "only a plus"],
)
async def test_numbers_that_are_not_valid_are_refused(wa: WaHarness, user: str) -> None:
    with pytest.raises(CliError, match=r"phone number|digits"):
        await change_role(wa.app, grant=True, role="moderator", user=user, code="QUB")
    async with wa.app.sessionmaker() as session:
        assert await session.scalar(select(func.count()).select_from(Resident)) == 0


async def test_the_command_line_takes_the_number_as_people_write_it(database_url: str) -> None:
    """The field case's very command, run as a process, and a number that is not valid."""
    done = await cli(
        database_url, "grant", "moderator", "whatsapp:+994501234567", "--municipality", "QUB"
    )
    assert done.returncode == 0, done.stderr
    assert "whatsapp:994501234567: granted moderator (QUB)" in done.stdout
    done = await cli(database_url, "grant", "admin", "whatsapp:+99450123")
    assert done.returncode == 2 and "+99450123" in done.stderr and "Traceback" not in done.stderr
    assert await grants(database_url) == [("994501234567", "moderator", "QUB")]


async def test_a_number_in_a_webhook_is_taken_in_the_same_form(wa: WaHarness) -> None:
    """Meta sends digits; a "+" or spaces (a proxy, a test tool) are the same resident."""
    user = await onboard(wa, AZ_PHONE, "QUB")
    payload = meta.text(AZ_PHONE, "/help")
    payload["entry"][0]["changes"][0]["value"]["messages"][0]["from"] = "+994 50 123 45 67"
    [answer, *_] = await user.webhook(payload)
    assert answer.to == AZ_PHONE
    assert await residents(wa) == [("whatsapp", AZ_PHONE)]


# --- signed bodies we cannot read ------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        b"[" * 50_000 + b"]" * 50_000,  # RecursionError in the JSON reader
        b'{"object": "whatsapp_business_account", "entry": ' + b"[" * 20_000 + b"]" * 20_000
        + b"}",
        b"not json at all",
        b"\xff\xfe\x00 not utf-8",
        b"",
    ],
    ids=["nested list", "nested entry", "not json", "not utf-8", "empty"],
)  # fmt: skip
async def test_a_signed_body_we_cannot_read_is_acknowledged_and_noted(
    wa: WaHarness, body: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    """Meta redelivers anything but a 2xx: a body that will never read better gets 200 and a
    warning; only our own failures may answer 5xx."""
    with caplog.at_level(logging.WARNING, logger="bot.channels.whatsapp"):
        assert await wa.push(body) == 200
    assert any("not readable JSON" in r.getMessage() for r in caplog.records)
    async with wa.app.sessionmaker() as session:
        assert await session.scalar(select(func.count()).select_from(ProcessedUpdate)) == 0
    # and the bot is alive
    [greeting] = await wa.user(AZ_PHONE).send("Salam")
    assert greeting.text.startswith("Salam!")


async def test_a_forged_malformed_body_is_still_refused(wa: WaHarness) -> None:
    assert await wa.push(b"[" * 50_000, secret="not-the-app-secret") == 401


async def test_staff_refs_fit_for_user_ids(wa: WaHarness) -> None:
    """A moderator known only by a long user id: the role, and the "channel:id" reference the
    history keeps, fit the columns."""
    longest = "AZ.ENT." + "9" * 128
    await change_role(wa.app, grant=True, role="moderator", user=f"whatsapp:{longest}", code="QUB")
    async with wa.app.sessionmaker() as session:
        found = await repos.find_resident(session, channel="whatsapp", external_id=longest)
        assert found is not None
        places = await repos.municipalities_with_role(session, resident=found, role=Role.MODERATOR)
    assert [p.code for p in places] == ["QUB"]
