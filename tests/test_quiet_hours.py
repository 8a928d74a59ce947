"""Quiet hours by the app's clock: bulk announcements wait for the municipality's morning,
emergencies do not, publishers are told when sending really starts, and QUIET_HOURS=off means
off everywhere. Quba and Khachmaz are on Asia/Baku (UTC+4); Khachmaz keeps 21:00-09:00."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from storage.models import Delivery, DeliveryStatus
from tests.clock import PinnedClock, pinned
from tests.conftest import app_by_hand, make_settings
from tests.fakes.telegram_api import FakeTelegram
from tests.test_announcements import announce_now, publisher, resident_of, wait_for_message
from tests.test_delivery import add_residents, announce, deliveries_per_chat
from tests.tg_user import BotHarness, texts

NIGHT_IN_QUBA = datetime(2026, 6, 10, 19, 30, tzinfo=UTC)  # 23:30 on 10 June in Baku
MORNING_IN_QUBA = datetime(2026, 6, 11, 4, 0, tzinfo=UTC)  # 08:00 on 11 June in Baku


async def test_a_bulk_announcement_at_night_waits_for_the_morning(bot: BotHarness) -> None:
    clock = pinned(bot.app)
    clock.set(NIGHT_IN_QUBA)
    reader = await resident_of(bot, 6701, "QUB-SHR")
    staff = await publisher(bot, "QUB")

    preview, sending = await announce_now(staff, "💧 Water, gas, power", "Water off at noon")
    assert "When: now (quiet hours: sending starts 11.06.2026 08:00)" in preview
    assert sending == (
        "It is quiet hours in Quba now. The announcement will go to 2 residents from "
        "11.06.2026 08:00."
    )
    await bot.outbox_settled()
    assert not any("Water off" in text for text in texts(reader.received))
    async with bot.app.sessionmaker() as session:
        waiting = list(await session.scalars(select(Delivery)))
    assert {(row.status, row.next_attempt_at) for row in waiting} == {
        (DeliveryStatus.QUEUED, MORNING_IN_QUBA)
    }

    clock.set(MORNING_IN_QUBA - timedelta(seconds=5))
    await bot.outbox_settled()
    assert not any("Water off" in text for text in texts(reader.received))
    clock.set(MORNING_IN_QUBA)
    bot.app.delivery.wake()
    await wait_for_message(reader, "Water off at noon")


async def test_an_emergency_goes_at_night_at_once(bot: BotHarness) -> None:
    pinned(bot.app).set(NIGHT_IN_QUBA)
    reader = await resident_of(bot, 6702, "QUB-SHR")
    staff = await publisher(bot, "QUB")

    preview, sending = await announce_now(staff, "🚨 Emergency", "Storm tonight")
    assert "When: now\n" in preview and "quiet hours" not in preview
    assert sending == "Sending to 2 residents."
    await wait_for_message(reader, "Storm tonight")


async def test_a_time_chosen_in_quiet_hours_says_when_sending_starts(bot: BotHarness) -> None:
    staff = await publisher(bot, "QUB")  # at the pinned midday
    await staff.send("/announce")
    await staff.press("Continue ▸")
    await staff.press("🏛 Council decisions")
    await staff.send("Council meets on Friday.")
    await staff.press("✔ Done")
    await staff.press("No attachment")
    await staff.press("Choose a time")
    [preview] = await staff.send("11.06.2026 23:15")  # local time in Quba
    assert (
        "When: 11.06.2026 23:15 (quiet hours: sending starts 12.06.2026 08:00)"
        in (preview.params["text"])
    )
    [scheduled] = await staff.press("✅ Send")
    assert scheduled.params["text"].startswith(
        "Scheduled for 11.06.2026 23:15 (quiet hours: sending starts 12.06.2026 08:00)."
    )


@pytest.mark.parametrize(
    ("quiet_hours", "reached"), [(None, {"QUB"}), ("off", {"QUB", "XAC"})], ids=["default", "off"]
)
async def test_quiet_hours_off_means_off_also_where_a_municipality_sets_its_own(
    database_url: str,
    fake_telegram: FakeTelegram,
    clock: PinnedClock,
    quiet_hours: str | None,
    reached: set[str],
) -> None:
    """At 21:30 in Baku, Khachmaz (its own 21:00-09:00) is quiet and Quba (22:00-08:00) not
    yet; with QUIET_HOURS=off nobody waits, Khachmaz's own setting included."""
    env = {"QUIET_HOURS": quiet_hours} if quiet_hours else {}
    settings = make_settings(database_url, fake_telegram, TELEGRAM_RATE_LIMIT="500", **env)
    clock.set(datetime(2026, 6, 10, 17, 30, tzinfo=UTC))
    async with app_by_hand(settings, clock=clock) as app:
        chats = {
            "QUB": await add_residents(app, "QUB", 1),
            "XAC": await add_residents(app, "XAC", 1, first_id=30_000),
        }
        await announce(app, "QUB")
        await announce(app, "XAC")
        await app.delivery.drain()
    sent = set(deliveries_per_chat(fake_telegram))
    assert {code for code, ids in chats.items() if set(ids) <= sent} == reached
