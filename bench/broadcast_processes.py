"""Broadcasts from several processes on one PostgreSQL database: one platform limit, no
duplicates, no one missed, and throughput that adds up when limits are off.

A throwaway PostgreSQL cluster (tests/pg_cluster.py) and the fake Bot API run on 127.0.0.1. For
1, 2 and 3 sender processes, the parent queues one announcement (one INSERT ... SELECT) and starts
the senders together; each runs the real delivery engine's `drain()` until nothing is queued or
in flight. Two modes:

* paced: TELEGRAM_RATE_LIMIT=30 (Telegram's per-bot limit) in every process. The fake records
  each arrival; we print the rate and the busiest one-second window, which must never exceed 30
  however many processes send (bot/shared_limit.py).
* ceiling: limits off, to show that the processes' throughput adds up.

Duplicates (messages beyond one per chat) and missing chats must both be 0.

    python -m bench.broadcast_processes            # ~3 minutes on 2 cores
    python -m bench.broadcast_processes --quick    # ~1 minute

One sender alone, on a fresh database each time:

* `--memory 10000,200000,1000000`: peak RSS (ru_maxrss) of a sender broadcasting, limits off, to
  each number of recipients; memory should stay flat (the outbox streams batches, and the
  per-chat pacing map is pruned per batch).
* `--kills 5`: a sender at 30 msg/s and one with limits off are SIGKILLed at a random moment
  mid-broadcast, 5 times each; the rows left in `sending` are what a restart may send twice,
  against `DeliveryEngine.in_flight_limit` of the rate.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import resource
import signal
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.broadcast import (
    CHAT_BASE,
    RESULT,
    TEXTS,
    TOKEN,
    UNLIMITED,
    BenchError,
    Fake,
    Process,
    busiest_window,
)

PACED_RATE = 30
PACED_CODE = "QUB"  # residents of the paced runs
CEILING_CODE = "XAC"  # residents of the ceiling runs
PROCESSES = (1, 2, 3)


@dataclass(frozen=True)
class Config:
    paced: int  # recipients of a paced run
    ceiling: int  # recipients of a ceiling run


@dataclass
class Outcome:
    processes: int
    mode: str
    sent: int
    chats: int
    recipients: int
    rate: float
    busiest: int
    sender_cpu: float  # CPU-seconds of all senders together

    @property
    def duplicates(self) -> int:
        return self.sent - self.chats

    @property
    def missing(self) -> int:
        return self.recipients - self.chats


# --- the sender, in its own process ---------------------------------------------------------


async def sender(url: str, api_url: str, rate: float, budget: float) -> dict[str, Any]:
    from sqlalchemy import func, select

    from bot.app import App
    from bot.config import Settings
    from storage.models import Delivery, DeliveryStatus

    settings = Settings.from_env(
        {
            "DATABASE_URL": url,
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_API_URL": api_url,
            "TELEGRAM_RATE_LIMIT": str(rate),
            "QUIET_HOURS": "off",
        }
    )
    app = App.build(settings)
    assert app.telegram is not None and app.delivery is not None
    delivery = app.delivery
    await app.telegram.application.initialize()
    unsettled = (
        select(func.count())
        .select_from(Delivery)
        .where(Delivery.status.in_([DeliveryStatus.QUEUED, DeliveryStatus.SENDING]))
    )
    cpu0, handled = time.process_time(), 0
    try:
        deadline = time.monotonic() + budget
        while time.monotonic() < deadline:
            if worked := await delivery.drain():
                handled += worked
                continue
            async with app.sessionmaker() as session:
                if not await session.scalar(unsettled):
                    break
            await asyncio.sleep(0.05)  # the others hold the rest
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
        return {"handled": handled, "cpu": time.process_time() - cpu0, "peak_rss_mb": peak}
    finally:
        await app.telegram.application.shutdown()
        await app.engine.dispose()


# --- the driver ------------------------------------------------------------------------------


async def prepare(url: str, config: Config) -> None:
    """Migrate, and add the residents of both modes (generate_series: one statement each)."""
    await add_residents(
        url,
        [(PACED_CODE, config.paced, CHAT_BASE), (CEILING_CODE, config.ceiling, CHAT_BASE + 10**7)],
    )


async def add_residents(url: str, groups: list[tuple[str, int, int]]) -> None:
    """Migrate; then, for each (municipality code, count, first chat id), that many active
    Telegram residents (generate_series: one statement each)."""
    from sqlalchemy import text

    from bot.app import App
    from bot.config import Settings

    app = App.build(Settings.from_env({"DATABASE_URL": url}))
    try:
        await app.prepare_database()
        async with app.engine.begin() as connection:
            for code, count, base in groups:
                await connection.execute(
                    text(
                        """
                        INSERT INTO residents (channel, external_id, locale, locale_chosen,
                            municipality_id, status, muted_categories, created_at, last_seen_at,
                            status_changed_at)
                        SELECT 'telegram', CAST(:base + i AS TEXT),
                               (ARRAY['az', 'ru', 'en'])[1 + i % 3], false,
                               (SELECT id FROM municipalities WHERE code = :code), 'active',
                               '[]', now(), now(), now()
                        FROM generate_series(0, :count - 1) AS i
                        """
                    ),
                    {"base": base, "code": code, "count": count},
                )
    finally:
        await app.engine.dispose()


async def queue_announcement(url: str, api_url: str, code: str) -> int:
    from bot.app import App
    from bot.config import Settings
    from storage import repos
    from storage.models import Announcement, Category

    settings = Settings.from_env(
        {"DATABASE_URL": url, "QUIET_HOURS": "off", "TELEGRAM_BOT_TOKEN": TOKEN,
         "TELEGRAM_API_URL": api_url}
    )  # fmt: skip
    app = App.build(settings)  # with Telegram, so its residents are recipients
    try:
        async with app.sessionmaker.begin() as session:
            place = await repos.municipality_by_code(session, code=code)
            assert place is not None
            announcement = Announcement(
                municipality_id=place.id, category=Category.UTILITIES, texts=TEXTS,
                send_at=app.clock(), media=None,
            )  # fmt: skip
            session.add(announcement)
            await session.flush()
            return await app.delivery.enqueue_announcement(session, announcement)
    finally:
        await app.engine.dispose()


def one_run(
    url: str, fake: Fake, log_dir: Path, processes: int, mode: str, recipients: int
) -> Outcome:
    code, rate = (PACED_CODE, PACED_RATE) if mode == "paced" else (CEILING_CODE, UNLIMITED)
    fake.clear_times()
    fake._call("/_first_replies", "DELETE")
    sent_before = fake.sent()
    queued = asyncio.run(queue_announcement(url, fake.url, code))
    if queued != recipients:
        raise BenchError(f"queued {queued} rows for {recipients} residents")
    budget = max(60.0, 3 * recipients / (rate if mode == "paced" else 500))
    argv = [
        sys.executable, "-m", "bench.broadcast_processes", "--sender", "--db", url,
        "--api-url", fake.url, "--rate", str(rate), "--budget", str(budget),
    ]  # fmt: skip
    workers = [
        Process(f"sender-{mode}-{processes}-{n}", argv, log_dir, capture=True)
        for n in range(processes)
    ]
    try:
        results = [worker.result(within=budget + 60) for worker in workers]
    finally:
        for worker in workers:
            worker.stop()
    times = sorted(fake.times())
    chats = len(fake._call("/_first_replies"))
    span = times[-1] - times[0] if len(times) > 1 else 0.0
    return Outcome(
        processes=processes,
        mode=mode,
        sent=fake.sent() - sent_before,
        chats=chats,
        recipients=recipients,
        rate=(len(times) - 1) / span if span else 0.0,
        busiest=busiest_window(times, 1.0)[0],
        sender_cpu=sum(float(r["cpu"]) for r in results),
    )


def run(config: Config) -> list[Outcome]:
    from tests import pg_cluster

    if not pg_cluster.available():
        raise BenchError("PostgreSQL server binaries are not installed (Debian: postgresql)")
    outcomes: list[Outcome] = []
    with (
        tempfile.TemporaryDirectory(prefix="bench-processes-") as tmp,
        pg_cluster.throwaway("bench") as url,
    ):
        log_dir = Path(tmp)
        asyncio.run(prepare(url, config))
        fake = Fake(log_dir, first_replies=True)
        try:
            fake.wait_ready()
            for mode, recipients in (("paced", config.paced), ("ceiling", config.ceiling)):
                for processes in PROCESSES:
                    print(f"{mode}, {processes} process(es)...", file=sys.stderr, flush=True)
                    outcomes.append(one_run(url, fake, log_dir, processes, mode, recipients))
        finally:
            fake.process.stop()
    return outcomes


# --- memory and kills: one sender, a fresh database each ---------------------------------------


MEMORY_CODE = "XAC"
MEMORY_TARGET_MB = 50.0  # peak RSS of the largest run within this of the smallest's


async def new_database(server: str, name: str) -> str:
    """An empty database `name` next to `server`'s (a URL); returns its URL."""
    import asyncpg
    from sqlalchemy.engine import make_url

    parsed = make_url(server)
    connection = await asyncpg.connect(
        host=parsed.host, port=parsed.port, user=parsed.username, password=parsed.password,
        database=parsed.database,
    )  # fmt: skip
    try:
        await connection.execute(f'CREATE DATABASE "{name}"')
    finally:
        await connection.close()
    return str(parsed.set(database=name).render_as_string(hide_password=False))


async def rows_in_flight(url: str) -> int:
    """Rows left in `sending`: what a process that died had claimed and may have sent."""
    from sqlalchemy import func, select
    from sqlalchemy.ext.asyncio import create_async_engine

    from storage.models import Delivery, DeliveryStatus

    engine = create_async_engine(url)
    try:
        async with engine.connect() as connection:
            found = await connection.scalar(
                select(func.count())
                .select_from(Delivery)
                .where(Delivery.status == DeliveryStatus.SENDING)
            )
            return int(found or 0)
    finally:
        await engine.dispose()


def start_sender(url: str, fake: Fake, log_dir: Path, name: str, rate: float) -> Process:
    argv = [
        sys.executable, "-m", "bench.broadcast_processes", "--sender", "--db", url,
        "--api-url", fake.url, "--rate", str(rate), "--budget", str(6 * 3600),
    ]  # fmt: skip
    return Process(name, argv, log_dir, capture=True)


def memory_run(server: str, fake: Fake, log_dir: Path, count: int) -> dict[str, float]:
    """One sender, limits off, broadcasting to `count` residents of a fresh database: its peak
    RSS, rate, and whether everyone got exactly one message."""
    url = asyncio.run(new_database(server, f"memory_{count}"))
    asyncio.run(add_residents(url, [(MEMORY_CODE, count, CHAT_BASE)]))
    fake.clear_times()
    fake._call("/_first_replies", "DELETE")
    before = fake.sent()
    if (queued := asyncio.run(queue_announcement(url, fake.url, MEMORY_CODE))) != count:
        raise BenchError(f"queued {queued} rows for {count} residents")
    started = time.monotonic()
    worker = start_sender(url, fake, log_dir, f"memory-{count}", UNLIMITED)
    try:
        result = worker.result(within=6 * 3600)
    finally:
        worker.stop()
    elapsed = time.monotonic() - started
    sent = fake.sent() - before
    chats = len(fake._call("/_first_replies"))
    return {
        "count": count, "peak_mb": float(result["peak_rss_mb"]), "seconds": elapsed,
        "rate": sent / elapsed, "duplicates": sent - chats, "missing": count - chats,
    }  # fmt: skip


def kill_run(
    server: str, fake: Fake, log_dir: Path, n: int, rate: float, recipients: int
) -> dict[str, float]:
    """A sender at `rate` is SIGKILLed at a random moment in the middle of a broadcast; the rows
    it left in `sending` are what may reach someone twice. Returns them and the bound."""
    from bot.delivery import DeliveryEngine

    url = asyncio.run(new_database(server, f"kill_{n}"))
    asyncio.run(add_residents(url, [(MEMORY_CODE, recipients, CHAT_BASE)]))
    before = fake.sent()
    asyncio.run(queue_announcement(url, fake.url, MEMORY_CODE))
    worker = start_sender(url, fake, log_dir, f"kill-{n}", rate)
    kill_at = random.randint(recipients // 5, recipients // 2)
    try:
        deadline = time.monotonic() + max(120.0, 3 * recipients / min(rate, 500))
        while fake.sent() - before < kill_at:
            if not worker.alive() or time.monotonic() > deadline:
                raise BenchError(f"kill-{n}: the sender stopped early:\n{worker.log_tail()}")
            time.sleep(0.01)
        os.kill(worker.pid, signal.SIGKILL)
        worker.popen.wait(timeout=30)
    finally:
        worker.stop()
    return {
        "rate": rate,
        "sent_before_kill": fake.sent() - before,
        "in_flight": asyncio.run(rows_in_flight(url)),
        "limit": DeliveryEngine.in_flight_limit(rate),
    }


def run_memory_and_kills(sizes: list[int], kills: int) -> tuple[list[dict[str, float]], ...]:
    from tests import pg_cluster

    if not pg_cluster.available():
        raise BenchError("PostgreSQL server binaries are not installed (Debian: postgresql)")
    memory: list[dict[str, float]] = []
    killed: list[dict[str, float]] = []
    with (
        tempfile.TemporaryDirectory(prefix="bench-memory-") as tmp,
        pg_cluster.throwaway("bench") as server,
    ):
        log_dir = Path(tmp)
        fake = Fake(log_dir, first_replies=True)
        try:
            fake.wait_ready()
            for n in range(kills):
                for rate, recipients in ((PACED_RATE, 300), (UNLIMITED, 5_000)):
                    label = "limits off" if rate == UNLIMITED else f"{rate}/s"
                    print(f"kill {n + 1}/{kills} at {label} ...", file=sys.stderr, flush=True)
                    killed.append(kill_run(server, fake, log_dir, len(killed), rate, recipients))
            for count in sizes:
                print(f"memory: {count:,} recipients ...", file=sys.stderr, flush=True)
                memory.append(memory_run(server, fake, log_dir, count))
                print(f"  {memory[-1]}", file=sys.stderr, flush=True)
        finally:
            fake.process.stop()
    return memory, killed


def report_memory_and_kills(memory: list[dict[str, float]], killed: list[dict[str, float]]) -> str:
    lines = [f"one sender on PostgreSQL, limits off ({os.cpu_count()} cores)"]
    if memory:
        lines.append(
            f"{'recipients':>12}{'peak RSS MB':>13}{'msg/s':>8}{'minutes':>9}"
            f"{'duplicates':>12}{'missing':>9}"
        )
        for m in memory:
            lines.append(
                f"{m['count']:>12,}{m['peak_mb']:>13.1f}{m['rate']:>8.0f}"
                f"{m['seconds'] / 60:>9.1f}{m['duplicates']:>12}{m['missing']:>9}"
            )
        spread = memory[-1]["peak_mb"] - memory[0]["peak_mb"]
        verdict = "met" if spread <= MEMORY_TARGET_MB else "NOT met"
        lines.append(
            f"peak RSS, {memory[-1]['count']:,} vs {memory[0]['count']:,}: {spread:+.1f} MB "
            f"(target within {MEMORY_TARGET_MB:.0f} MB) -> {verdict}"
        )
    if killed:
        lines.append("SIGKILL mid-broadcast: rows left in `sending` (may reach someone twice)")
        for rate in dict.fromkeys(k["rate"] for k in killed):
            these = [k for k in killed if k["rate"] == rate]
            label = "limits off" if rate == UNLIMITED else f"{rate:.0f}/s"
            worst = max(int(k["in_flight"]) for k in these)
            limit = int(these[0]["limit"])
            lines.append(
                f"  {label}: {', '.join(str(int(k['in_flight'])) for k in these)} at "
                f"{len(these)} kills; in_flight_limit {limit} -> "
                f"{'within' if worst <= limit else 'ABOVE'}"
            )
    return "\n".join(lines)


def report(config: Config, outcomes: list[Outcome]) -> str:
    lines = [
        f"several senders on one PostgreSQL database (fake Bot API, {os.cpu_count()} cores)",
        f"paced: {config.paced:,} recipients at TELEGRAM_RATE_LIMIT={PACED_RATE} in every "
        f"process; ceiling: {config.ceiling:,} recipients, limits off",
        f"{'mode':<9}{'processes':>10}{'msg/s':>9}{'busiest 1 s':>13}{'duplicates':>12}"
        f"{'missing':>9}{'sender CPU-s':>14}",
    ]
    for o in outcomes:
        lines.append(
            f"{o.mode:<9}{o.processes:>10}{o.rate:>9.1f}{o.busiest:>13}{o.duplicates:>12}"
            f"{o.missing:>9}{o.sender_cpu:>14.1f}"
        )
    paced = [o for o in outcomes if o.mode == "paced"]
    ok = all(o.busiest <= PACED_RATE for o in paced) and not any(
        o.duplicates or o.missing for o in outcomes
    )
    lines.append(
        f"target: busiest second <= {PACED_RATE} with any number of processes, duplicates and "
        f"missing 0 -> {'met' if ok else 'NOT met'}"
    )
    if paced:
        lines.append(
            f"paced rate, median over process counts: "
            f"{statistics.median(o.rate for o in paced):.1f} msg/s"
        )
    ceiling = {o.processes: o.rate for o in outcomes if o.mode == "ceiling"}
    if ceiling.get(1):
        ratios = ", ".join(f"{n}: {rate / ceiling[1]:.2f}x" for n, rate in sorted(ceiling.items()))
        lines.append(f"ceiling throughput vs one process: {ratios}")
    lines.append(
        f"host load average now {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores: senders, "
        "PostgreSQL and the fake share them, so the ceiling adds up only where cores are free"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller numbers, about a minute")
    parser.add_argument("--sender", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    parser.add_argument("--api-url", help=argparse.SUPPRESS)
    parser.add_argument("--rate", type=float, default=UNLIMITED, help=argparse.SUPPRESS)
    parser.add_argument("--budget", type=float, default=120.0, help=argparse.SUPPRESS)
    parser.add_argument(
        "--memory",
        help="instead: peak RSS of one sender for these recipient counts, e.g. 10000,1000000",
    )
    parser.add_argument(
        "--kills", type=int, default=0, help="with --memory: SIGKILLs mid-broadcast per rate"
    )
    args = parser.parse_args(argv)
    if args.memory is not None or args.kills:
        sizes = [int(n) for n in (args.memory or "").split(",") if n]
        try:
            memory, killed = run_memory_and_kills(sizes, args.kills)
        except BenchError as error:
            print(f"benchmark failed: {error}", file=sys.stderr)
            return 1
        print(report_memory_and_kills(memory, killed))
        return 0
    if args.sender:
        result = asyncio.run(sender(args.db, args.api_url, args.rate, args.budget))
        print(RESULT + json.dumps(result), flush=True)
        return 0
    config = Config(paced=150 if args.quick else 450, ceiling=3_000 if args.quick else 15_000)
    try:
        outcomes = run(config)
    except BenchError as error:
        print(f"benchmark failed: {error}", file=sys.stderr)
        return 1
    print(report(config, outcomes))
    return 0 if all(not o.duplicates and not o.missing for o in outcomes) else 1


if __name__ == "__main__":
    sys.exit(main())
