"""The staff panel's moderation queue under a realistic table: 100,000 proposals from 100,000
residents, beside a bare aiohttp handler in the same run.

One process serves both: our bot's web server (the panel at /panel, on SQLite in WAL mode, then
on PostgreSQL: BENCH_POSTGRES_URL, or a throwaway cluster from Debian's server binaries) and a
bare aiohttp app answering a page of the same size. A client in the same process sends
sequential GETs (one in flight) and records each latency: the queue's first page, a filtered
page (one topic), a page deep in the queue (by its keyset cursor), a word search, a search by
number, and one proposal's page; and the process's CPU time per request (client and servers
together). Client and servers share the same cores, alike for every row: compare the rows and
their ratio to the bare handler, not absolute numbers. On a shared machine latency grows with
other people's work (each round trip to aiosqlite's thread waits for a turn on a core); the CPU
time per request does not.

    python -m bench.panel              # ~6 minutes
    python -m bench.panel --quick      # 20,000 proposals, fewer requests
    python -m bench.panel --sqlite     # SQLite only

The target (issue 15): the queue page's p99 under 100 ms on SQLite with 100,000 proposals.

Pages still to come (the dashboard of issue 15) go into `LATER_PAGES`: each is measured once
its route answers 200, and reported as "not built yet" until then.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import random
import re
import statistics
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import aiohttp
from aiohttp import web
from sqlalchemy import JSON, insert, literal, select

from bot.app import App
from bot.config import Settings
from storage import repos, staff
from storage.models import (
    ConversationState,
    Municipality,
    Proposal,
    ProposalStatus,
    Resident,
    Role,
    UTCDateTime,
)

KEY = "p1GXh4oQn1x3Bq2o1mQbIYk5kW3cYq6h0cJ9Cgqzq0Y="
START = datetime(2025, 6, 1, tzinfo=UTC)
WORDS = (
    "road", "school", "bus", "stop", "street", "light", "water", "pipe", "leak", "playground",
    "park", "bridge", "clinic", "market", "mosque", "library", "garden", "fence", "drainage",
    "asphalt", "sidewalk", "crossing",
)  # fmt: skip
CATEGORIES = ("roads", "water", "lighting", "schools", "eservices", "other")
STATUSES = (
    [ProposalStatus.PENDING] * 2
    + [ProposalStatus.APPROVED] * 3
    + [ProposalStatus.REJECTED, ProposalStatus.ANSWERED, ProposalStatus.DONE]
)
NEXT = re.compile(r'href="([^"]+)" id="next-page"')
# (row name, path under the server): measured when the page exists (answers 200), else reported
# as not built yet. The dashboard of issue 15 is being written beside this benchmark.
LATER_PAGES = (("dashboard", "/panel/dashboard"),)


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def fill(app: App, proposals: int, residents: int) -> None:
    rng = random.Random(42)
    async with app.sessionmaker.begin() as session:
        places = list(
            await session.scalars(select(Municipality).where(Municipality.parent_id.is_(None)))
        )
        qub = next(m for m in places if m.code == "QUB")
        nur = next(m for m in places if m.code == "NUR")
        now = app.clock()
        for first in range(0, residents, 5000):
            await session.execute(
                insert(Resident),
                [
                    {
                        "channel": "telegram",
                        "external_id": str(10_000_000 + i),
                        "locale": "az",
                        "municipality_id": qub.id if i % 5 else nur.id,
                        "status": "active",
                        "muted_categories": [],
                        "created_at": now,
                        "last_seen_at": now,
                        "status_changed_at": now,
                    }
                    for i in range(first, min(first + 5000, residents))
                ],
            )
        # Every resident has a conversation state (storage.repos); the bulk INSERT adds none.
        await session.execute(
            insert(ConversationState).from_select(
                ["resident_id", "name", "data", "offered", "updated_at"],
                select(
                    Resident.id,
                    literal(""),
                    literal({}, JSON()),
                    literal([], JSON()),
                    literal(now, UTCDateTime()),
                ),
            )
        )
        low = await session.scalar(select(Resident.id).order_by(Resident.id).limit(1))
        assert low is not None
        for first in range(0, proposals, 5000):
            rows = []
            for i in range(first, min(first + 5000, proposals)):
                at = START + timedelta(minutes=5 * i)
                place = qub if i % 5 else nur
                words = " ".join(rng.choice(WORDS) for _ in range(12))
                rows.append(
                    {
                        "number": f"{place.code}-2026-{i:06d}",
                        "municipality_id": place.id,
                        "resident_id": low + rng.randrange(residents),
                        "category": rng.choice(CATEGORIES),
                        "text": f"Please fix the {words}.",
                        "photos": [],
                        "status": str(rng.choice(STATUSES)),
                        "created_at": at,
                        "submitted_at": at,
                        "updated_at": at,
                    }
                )
            await session.execute(insert(Proposal), rows)


async def signed_in(app: App, base: str) -> aiohttp.ClientSession:
    async with app.sessionmaker.begin() as session:
        moderator, _ = await repos.get_or_create_resident(
            session, channel="telegram", external_id="42", locale="en"
        )
        qub = await repos.municipality_by_code(session, code="QUB")
        await repos.grant_role(session, resident=moderator, role=Role.MODERATOR, municipality=qub)
        token = await staff.issue_link(session, resident=moderator, now=app.clock())
    client = aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True))
    async with client.post(f"{base}/panel/login/{token}", allow_redirects=False) as response:
        assert response.status == 303, response.status
    return client


async def measure(
    client: aiohttp.ClientSession, url: str, count: int
) -> tuple[float, float, float]:
    """(p50, p99, CPU per request), in ms. The CPU time is the whole process's (client and
    servers, every thread): unlike latency it does not grow when other work takes the cores."""
    for _ in range(5):  # warm up
        async with client.get(url) as response:
            await response.read()
    times = []
    cpu = time.process_time()
    for _ in range(count):
        started = time.perf_counter()
        async with client.get(url) as response:
            await response.read()
            assert response.status == 200, (url, response.status)
        times.append((time.perf_counter() - started) * 1000)
    cpu_ms = (time.process_time() - cpu) * 1000 / count
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, int(len(times) * 0.99))], cpu_ms


Row = tuple[str, float | None, float | None, float | None]  # name, p50, p99, CPU ms


async def run(database_url: str, proposals: int, requests: int) -> list[Row]:
    port = free_port()
    settings = Settings.from_env(
        {"DATABASE_URL": database_url, "WEB_PORT": str(port), "PANEL_SECRET_KEY": KEY,
         "QUIET_HOURS": "off"}
    )  # fmt: skip
    app = App.build(settings)
    await app.prepare_database()
    await fill(app, proposals, proposals)
    await app.start()
    base = f"http://127.0.0.1:{port}"
    client = await signed_in(app, base)
    async with client.get(f"{base}/panel/queue") as response:
        page = await response.text()
    bare = web.Application()

    async def same_size(_request: web.Request) -> web.Response:
        return web.Response(text=page, content_type="text/html")

    bare.router.add_get("/", same_size)
    runner = web.AppRunner(bare, access_log=None)
    await runner.setup()
    bare_port = free_port()
    await web.TCPSite(runner, "127.0.0.1", bare_port).start()
    deep = f"{base}/panel/queue"
    for _ in range(40):  # 40 pages in: the keyset cursor, not an OFFSET
        async with client.get(deep) as response:
            found = NEXT.search(await response.text())
        if found is None:
            break
        deep = base + found.group(1).replace("&amp;", "&")
    pages = [
        ("bare aiohttp, a page of the same size", f"http://127.0.0.1:{bare_port}/"),
        ("queue, first page (25 of the pending)", f"{base}/panel/queue"),
        ("queue, one topic", f"{base}/panel/queue?category=water"),
        ("queue, 40 pages in (keyset)", deep),
        ("queue, approved, newest first", f"{base}/panel/queue?status=approved"),
        ("search by words", f"{base}/panel/queue?q=bridge+clinic"),
        ("search by number", f"{base}/panel/queue?q=QUB-2026-000777"),
        ("a proposal's page", f"{base}/panel/p/QUB-2026-000777"),
    ]
    missing: list[Row] = []
    for name, path in LATER_PAGES:
        async with client.get(base + path) as response:
            if response.status == 200:
                pages.append((name, base + path))
            else:
                missing.append((f"{name}: not built yet", None, None, None))
    rows: list[Row] = []
    for name, url in pages:
        rows.append((name, *await measure(client, url, requests)))
    rows += missing
    await client.close()
    await runner.cleanup()
    await app.stop()
    return rows


def report(label: str, proposals: int, requests: int, rows: list[Row]) -> None:
    print(f"\n{label}, {proposals:,} proposals and residents, {requests} GETs each:", flush=True)
    print("| page | p50 ms | p99 ms | p50 / bare | CPU ms per request |\n|---|---|---|---|---|")
    bare = rows[0][1]  # the bare handler is measured first
    for name, p50, p99, cpu in rows:
        if p50 is None or p99 is None or cpu is None:
            print(f"| {name} | | | | |")
            continue
        ratio = f"{p50 / bare:.0f}x" if bare and name != rows[0][0] else ""
        print(f"| {name} | {p50:.1f} | {p99:.1f} | {ratio} | {cpu:.1f} |", flush=True)


@contextlib.contextmanager
def postgres() -> Iterator[str | None]:
    """BENCH_POSTGRES_URL, or a throwaway cluster on loopback (tests/pg_cluster.py), or None."""
    if url := os.environ.get("BENCH_POSTGRES_URL"):
        yield url
        return
    from tests import pg_cluster

    if not pg_cluster.available():
        yield None
        return
    with pg_cluster.throwaway("bench") as url:
        yield url


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--sqlite", action="store_true", help="skip PostgreSQL")
    args = parser.parse_args()
    proposals, requests = (20_000, 100) if args.quick else (100_000, 300)
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite+aiosqlite:///{Path(folder) / 'bench.db'}"
        report("SQLite", proposals, requests, asyncio.run(run(url, proposals, requests)))
    if args.sqlite:
        return
    with postgres() as pg_url:
        if pg_url is None:
            print("\nPostgreSQL: skipped (no server binaries; set BENCH_POSTGRES_URL)")
            return
        rows = asyncio.run(run(pg_url, proposals, requests))
        report("PostgreSQL", proposals, requests, rows)


if __name__ == "__main__":
    main()
