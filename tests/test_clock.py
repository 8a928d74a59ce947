"""One clock: nothing but `storage.clock` reads the machine's time for business decisions, and
what the database stores follows the clock the app was given."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage import repos
from storage.models import Municipality, ResidentStatus
from tests.clock import PINNED, PinnedClock

ROOT = Path(__file__).resolve().parent.parent
WALL_CLOCK = re.compile(
    r"datetime\.(now|utcnow|today)\(|date\.today\(|time\.time\(|\butcnow\(|func\.now\("
    r"|CURRENT_TIMESTAMP|server_default=.*now"
)
MARK = "# wall clock:"  # a timer on the machine's clock (APScheduler's run dates), said so


def test_only_the_clock_module_reads_the_wall_clock() -> None:
    offenders = []
    for package in ("bot", "handlers", "storage"):
        for path in sorted((ROOT / package).rglob("*.py")):
            if path == ROOT / "storage" / "clock.py":
                continue
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if WALL_CLOCK.search(line) and MARK not in line:
                    offenders.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert offenders == [], "read business time from the injected clock:\n" + "\n".join(offenders)


async def test_stored_timestamps_come_from_the_engine_s_clock(
    sessions: async_sessionmaker[AsyncSession], clock: PinnedClock
) -> None:
    clock.set(PINNED - timedelta(days=400))
    async with sessions.begin() as session:
        place = Municipality(code="TST", country="AZ", timezone="Asia/Baku", names={"en": "T"})
        session.add(place)
        resident, _ = await repos.get_or_create_resident(
            session, channel="telegram", external_id="1", locale="en", display_name=None
        )
    assert abs(place.created_at - clock()) < timedelta(minutes=1)
    assert abs(resident.created_at - clock()) < timedelta(minutes=1)
    assert abs(resident.state.updated_at - clock()) < timedelta(minutes=1)

    clock.advance(timedelta(days=3))
    async with sessions.begin() as session:
        stored = await session.get(Municipality, place.id)
        assert stored is not None
        stored.names = {"en": "Test"}
    async with sessions() as session:
        stored = await session.get(Municipality, place.id)
        assert stored is not None
    assert abs(stored.updated_at - clock()) < timedelta(minutes=1)
    assert stored.updated_at - stored.created_at > timedelta(days=2)


def test_a_status_change_is_dated_by_the_given_time() -> None:
    from storage.models import Resident

    resident = Resident(status=ResidentStatus.ACTIVE)
    assert repos.set_status(resident, ResidentStatus.STOPPED, now=PINNED)
    assert resident.status_changed_at == PINNED
    assert not repos.set_status(resident, ResidentStatus.STOPPED, now=PINNED + timedelta(days=1))
    assert resident.status_changed_at == PINNED
