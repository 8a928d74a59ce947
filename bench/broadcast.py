"""Broadcasts: our delivery engine against bare Bot API clients, same machine, same run.

The fake Bot API (tests/fakes/telegram_api.py) runs in its own process on 127.0.0.1; every sender
runs in a fresh child process of this script, so event loops, caches and memory never mix:

    this script --starts--> worker (ours | PTB | aiogram) --sendMessage--> fake Bot API

* ceiling (rate limits off): N recipients. Ours: N residents bulk-inserted into a fresh SQLite
  file, an announcement, `enqueue_announcement` (one INSERT ... SELECT), then `drain()` in a loop
  until every row is sent; only the drain loop is timed. The peers make the same N sendMessage
  calls (one chat each) with 64 in flight: python-telegram-bot's own httpx transport (pool 64;
  its Bot default is a pool of 1) and aiogram 3 on aiohttp (connection limit 64). Ours also has
  64 in flight (the engine's default concurrency) on our aiohttp transport.
* pacing: TELEGRAM_RATE_LIMIT=30 with more recipients than 30/s can reach in the period; arrival
  times are taken at the fake (`--record-times`, `GET /_times`): the rate over the period and
  the busiest sliding one-second window.
* memory: peak RSS (ru_maxrss of the worker itself) of a whole broadcast to a small and a large
  audience, each in a fresh process; the outbox streams batches, so the two should be close.

Ceiling rows take turns within each repeat (a shared, noisy machine drifts); medians reported.

    python -m bench.broadcast            # ~10 minutes on 2 cores (PTB's httpx row alone ~4)
    python -m bench.broadcast --quick    # ~2 minutes, smaller numbers
    python -m bench.broadcast --pace-under-load   # pacing while every core is busy

Several sender processes on one PostgreSQL database: bench/broadcast_processes.py.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "123456:TEST-TOKEN"  # the fake's default
MUNICIPALITY = "QUB"  # in the starter content
TEXTS = {"az": "Su kəsiləcək", "ru": "Отключат воду", "en": "Water cut"}
LOCALES = ("az", "ru", "en")
CHAT_BASE = 500_000_000  # Telegram ids of the simulated recipients
CONCURRENCY = 64  # sends in flight, for every row (the engine's default)
UNLIMITED = 100_000  # TELEGRAM_RATE_LIMIT that turns pacing off
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
RESULT = "RESULT "  # prefix of the one line a worker prints for us

TARGET_RATE = 2_000.0  # ours, msg/s
TARGET_RATIO = 4.0  # ours vs PTB's default transport
PACE_RATE = 30
PACE_TARGET = 29.0  # achieved msg/s
MEMORY_TARGET_MB = 50.0


class BenchError(RuntimeError):
    """A run that could not be measured (a worker died, messages went missing)."""


@dataclass(frozen=True)
class Config:
    recipients: int  # ceiling
    repeats: int
    pace_seconds: float
    memory_small: int
    memory_large: int
    pace_under_load: bool
    keep_logs: bool


@dataclass(frozen=True)
class Row:
    key: str
    label: str


OURS = Row("ours", "ours (outbox + PTB + aiohttp)")
PTB = Row("ptb", f"PTB default (httpx, pool {CONCURRENCY})")
AIOGRAM = Row("aiogram", "aiogram 3 (aiohttp)")
ROWS = (OURS, PTB, AIOGRAM)


@dataclass
class Sample:
    rate: float  # msg/s
    worker_cpu: float  # share of one core during the timed part
    fake_cpu: float

    @property
    def per_cpu(self) -> float:
        """msg per CPU-second of the sender: steadier than msg/s when the host is shared."""
        return self.rate / self.worker_cpu if self.worker_cpu else 0.0


@dataclass
class Results:
    ceiling: dict[str, list[Sample]] = field(default_factory=dict)
    pace: dict[str, float] | None = None
    memory: dict[int, dict[str, float]] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)
    load: list[float] = field(default_factory=list)  # 1-minute load average, start and end
    seconds: float = 0.0


# --- helpers shared by both sides ----------------------------------------------------------


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process, from /proc (Linux)."""
    stat = Path(f"/proc/{pid}/stat").read_text()
    fields = stat.rsplit(")", 1)[1].split()  # after "pid (comm)": state is fields[0]
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def chat_ids(count: int) -> Iterator[int]:
    return iter(range(CHAT_BASE, CHAT_BASE + count))


def text_for(chat: int) -> str:
    return TEXTS[LOCALES[(chat - CHAT_BASE) % 3]]  # the language our residents get


# --- workers (child processes) -------------------------------------------------------------


@dataclass(frozen=True)
class WorkerArgs:
    kind: str
    api_url: str
    count: int
    fake_pid: int
    db: str
    rate: float
    seconds: float


async def timed(fake_pid: int, body: Callable[[], Awaitable[None]]) -> dict[str, Any]:
    """Run `body()` and measure its wall time and the CPU of this process and of the fake."""
    own0, fake0 = time.process_time(), cpu_seconds(fake_pid)
    start = time.monotonic()
    await body()
    elapsed = time.monotonic() - start
    return {
        "start": start,
        "elapsed": elapsed,
        "worker_cpu": (time.process_time() - own0) / elapsed,
        "fake_cpu": (cpu_seconds(fake_pid) - fake0) / elapsed,
    }


async def send_all(send: Callable[[int, str], Awaitable[None]], count: int) -> None:
    """CONCURRENCY workers share one iterator of chats: that many sends always in flight, and
    no task per message (cheaper for the peers than a semaphore over N tasks)."""
    chats = chat_ids(count)

    async def worker() -> None:
        for chat in chats:
            await send(chat, text_for(chat))

    await asyncio.gather(*(worker() for _ in range(CONCURRENCY)))


async def worker_ptb(args: WorkerArgs) -> dict[str, Any]:
    import telegram
    from telegram.request import HTTPXRequest

    # The default transport class; only the pool is widened from Bot's default of 1, or 63 of
    # the 64 sends would queue for one connection.
    request = HTTPXRequest(connection_pool_size=CONCURRENCY)
    bot = telegram.Bot(TOKEN, base_url=f"{args.api_url}/bot", request=request)
    await bot.initialize()  # getMe, outside the timing
    try:

        async def send(chat: int, text: str) -> None:
            await bot.send_message(chat, text)

        return await timed(args.fake_pid, lambda: send_all(send, args.count))
    finally:
        await bot.shutdown()


async def worker_aiogram(args: WorkerArgs) -> dict[str, Any]:
    from aiogram import Bot
    from aiogram.client.session.aiohttp import AiohttpSession
    from aiogram.client.telegram import TelegramAPIServer

    session = AiohttpSession(api=TelegramAPIServer.from_base(args.api_url), limit=CONCURRENCY)
    bot = Bot(TOKEN, session=session)
    try:
        await bot.get_me()  # opens the session, outside the timing

        async def send(chat: int, text: str) -> None:
            await bot.send_message(chat, text)

        return await timed(args.fake_pid, lambda: send_all(send, args.count))
    finally:
        await bot.session.close()


async def worker_ours(args: WorkerArgs) -> dict[str, Any]:
    """One announcement to every resident in args.db, sent by the real engine. With a duration
    (`seconds`), drains until it is over (pacing); otherwise until nothing is due."""
    import psutil
    from sqlalchemy import func, select

    from bot.app import App
    from bot.config import Settings
    from storage import repos
    from storage.models import Announcement, Category, Delivery, DeliveryStatus, utcnow

    settings = Settings.from_env(
        {
            "DATABASE_URL": f"sqlite+aiosqlite:///{args.db}",
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_API_URL": args.api_url,
            "TELEGRAM_RATE_LIMIT": str(args.rate),
            "QUIET_HOURS": "off",
        }
    )
    app = App.build(settings)
    await app.prepare_database()  # already migrated: a no-op, as at every start
    assert app.telegram is not None and app.delivery is not None
    delivery = app.delivery
    await app.telegram.application.initialize()  # getMe; no polling, no web server
    try:
        async with app.sessionmaker.begin() as session:
            place = await repos.municipality_by_code(session, code=MUNICIPALITY)
            assert place is not None
            announcement = Announcement(
                municipality_id=place.id,
                category=Category.UTILITIES,
                texts=TEXTS,
                send_at=utcnow(),
                media=None,
            )
            session.add(announcement)
            await session.flush()
            started = time.monotonic()
            queued = await delivery.enqueue_announcement(session, announcement)
        enqueue_seconds = time.monotonic() - started  # including the commit
        if queued != args.count:
            raise BenchError(f"queued {queued} rows for {args.count} residents")
        rss_before = psutil.Process().memory_info().rss / 2**20
        # Bounded: pacing stops at its duration; a ceiling run far slower than 20 msg/s fails.
        budget = args.seconds or max(120.0, args.count / 20)

        async def drain() -> None:
            deadline = time.monotonic() + budget
            while time.monotonic() < deadline:
                if not await delivery.drain():
                    return

        result = await timed(args.fake_pid, drain)
        async with app.sessionmaker() as session:
            sent = await session.scalar(
                select(func.count())
                .select_from(Delivery)
                .where(Delivery.status == DeliveryStatus.SENT)
            )
        return result | {
            "sent": int(sent or 0),
            "enqueue_seconds": enqueue_seconds,
            "rss_before_mb": rss_before,
        }
    finally:
        await app.telegram.application.shutdown()
        await app.engine.dispose()


WORKERS = {"ours": worker_ours, "ptb": worker_ptb, "aiogram": worker_aiogram}


def worker_main(args: WorkerArgs) -> int:
    result = asyncio.run(WORKERS[args.kind](args))
    result["peak_rss_mb"] = peak_rss_mb()
    print(RESULT + json.dumps(result), flush=True)
    return 0


# --- the driver: processes, databases, phases ------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Process:
    """A child process with stderr in a log file (stdout kept for its result line)."""

    def __init__(self, name: str, argv: list[str], log_dir: Path, *, capture: bool) -> None:
        self.name = name
        self.log_path = log_dir / f"{name}.log"
        self._log: TextIO = self.log_path.open("w")
        env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DATABASE_"))}
        env["PYTHONUNBUFFERED"] = "1"
        self.popen = subprocess.Popen(
            argv,
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE if capture else self._log,
            stderr=self._log,
            text=True,
        )

    @property
    def pid(self) -> int:
        return self.popen.pid

    def alive(self) -> bool:
        return self.popen.poll() is None

    def result(self, within: float) -> dict[str, Any]:
        """Wait (bounded) for the worker to finish and return the result it printed."""
        try:
            out, _ = self.popen.communicate(timeout=within)
        except subprocess.TimeoutExpired:
            self.stop()
            raise BenchError(f"{self.name} still running after {within:.0f}s") from None
        lines = [line for line in out.splitlines() if line.startswith(RESULT)]
        if self.popen.returncode != 0 or not lines:
            raise BenchError(f"{self.name} exited with {self.popen.returncode}:\n{self.log_tail()}")
        return dict(json.loads(lines[-1][len(RESULT) :]))

    def stop(self) -> None:
        if self.alive():
            self.popen.terminate()
            try:
                self.popen.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.popen.kill()
                self.popen.wait(timeout=10)
        if self.popen.stdout is not None:
            self.popen.stdout.close()
        self._log.close()

    def log_tail(self, lines: int = 20) -> str:
        self._log.flush()
        text = self.log_path.read_text(errors="replace").splitlines()
        return "\n".join(text[-lines:])


class Fake:
    """The fake Bot API in its own process, and its counters over HTTP."""

    def __init__(self, log_dir: Path, *, first_replies: bool = False) -> None:
        port = free_port()
        self.url = f"http://127.0.0.1:{port}"
        self.process = Process(
            "fake-telegram",
            [sys.executable, "-m", "tests.fakes.telegram_api", "--port", str(port),
             "--token", TOKEN, "--record-times", *(["--first-replies"] if first_replies else [])],
            log_dir,
            capture=False,
        )  # fmt: skip

    def _call(self, path: str, method: str = "GET") -> Any:
        request = urllib.request.Request(f"{self.url}{path}", method=method)
        with urllib.request.urlopen(request, timeout=30) as response:
            return json.load(response)

    def wait_ready(self, within: float = 30) -> None:
        deadline = time.monotonic() + within
        while time.monotonic() < deadline:
            if not self.process.alive():
                raise BenchError(f"the fake exited early:\n{self.process.log_tail()}")
            try:
                self._call("/_stats")
                return
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.1)  # not listening yet
        raise BenchError(f"the fake is not ready after {within:.0f}s")

    def sent(self) -> int:
        return int(self._call("/_stats")["sent"])

    def times(self) -> list[float]:
        return [float(t) for t in self._call("/_times")]

    def clear_times(self) -> None:
        self._call("/_times", "DELETE")


def make_template(path: Path) -> None:
    """A migrated database with the starter municipalities; copied for every run."""
    from bot.app import App
    from bot.config import Settings

    async def prepare() -> None:
        app = App.build(Settings.from_env({"DATABASE_URL": f"sqlite+aiosqlite:///{path}"}))
        try:
            await app.prepare_database()
        finally:
            await app.engine.dispose()

    asyncio.run(prepare())


def add_residents(path: Path, count: int) -> None:
    """`count` active Telegram residents of MUNICIPALITY in one INSERT ... SELECT over a
    recursive counter (200,000 rows in about a second); typed binds keep the stored formats."""
    from sqlalchemy import JSON, bindparam, create_engine, text

    from storage.models import UTCDateTime, utcnow

    statement = text(
        """
        INSERT INTO residents (channel, external_id, locale, locale_chosen, municipality_id,
                               status, muted_categories, created_at, last_seen_at,
                               status_changed_at)
        WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < :count)
        SELECT 'telegram', CAST(:base + i AS TEXT),
               CASE i % 3 WHEN 0 THEN 'az' WHEN 1 THEN 'ru' ELSE 'en' END,
               0, (SELECT id FROM municipalities WHERE code = :code), 'active', :muted,
               :now, :now, :now
        FROM n
        """
    ).bindparams(bindparam("muted", type_=JSON()), bindparam("now", type_=UTCDateTime()))
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as connection:
            connection.execute(
                statement,
                {"count": count, "base": CHAT_BASE, "code": MUNICIPALITY, "muted": [],
                 "now": utcnow()},
            )  # fmt: skip
    finally:
        engine.dispose()


class Runner:
    def __init__(self, config: Config, work_dir: Path, fake: Fake) -> None:
        self.config = config
        self.work_dir = work_dir
        self.fake = fake
        self.template = work_dir / "template.db"
        self._runs = 0

    def database(self, residents: int) -> Path:
        self._runs += 1
        path = self.work_dir / f"run{self._runs}.db"
        shutil.copyfile(self.template, path)
        add_residents(path, residents)
        return path

    def worker(
        self, kind: str, count: int, *, rate: float = UNLIMITED, seconds: float = 0.0
    ) -> dict[str, Any]:
        """Run one worker to completion (bounded) and check the fake counted its messages."""
        db = self.database(count) if kind == "ours" else None
        self._runs += 1
        name = f"{kind}-{self._runs}"
        argv = [
            sys.executable, "-m", "bench.broadcast", "--worker", kind, "--api-url", self.fake.url,
            "--count", str(count), "--fake-pid", str(self.fake.process.pid),
            "--db", str(db or ""), "--rate", str(rate), "--seconds", str(seconds),
        ]  # fmt: skip
        before = self.fake.sent()
        process = Process(name, argv, self.work_dir, capture=True)
        try:
            result = process.result(within=seconds + 60 + count / 20)
        finally:
            process.stop()
            if self.config.keep_logs:
                kept = Path(tempfile.gettempdir()) / f"bench-broadcast-{name}.log"
                shutil.copyfile(process.log_path, kept)
            if db is not None:
                for suffix in ("", "-wal", "-shm"):  # 200,000 rows are worth removing now
                    Path(f"{db}{suffix}").unlink(missing_ok=True)
        delivered = self.fake.sent() - before
        expected = int(result.get("sent", count))
        if not seconds and (delivered != count or expected != count):
            raise BenchError(f"{name}: {count} recipients, fake counted {delivered}, "
                             f"worker reported {expected}")  # fmt: skip
        result["delivered"] = delivered
        return result

    def ceiling(self, results: Results) -> None:
        count = self.config.recipients
        for repeat in range(self.config.repeats):
            for row in ROWS:  # rows take turns within each repeat
                label = f"[{repeat + 1}/{self.config.repeats}] ceiling {row.label}"
                progress(f"{label} ...")
                try:
                    r = self.worker(row.key, count)
                except BenchError as error:
                    progress(f"FAILED: {error}\n")
                    results.failures.append(f"{row.label}: {str(error).splitlines()[0]}")
                    continue
                sample = Sample(count / r["elapsed"], r["worker_cpu"], r["fake_cpu"])
                results.ceiling.setdefault(row.key, []).append(sample)
                progress(
                    f" {sample.rate:.0f} msg/s (worker CPU {sample.worker_cpu:.0%}, "
                    f"fake CPU {sample.fake_cpu:.0%})\n"
                )

    def pace(self, results: Results) -> None:
        seconds = self.config.pace_seconds
        # More recipients than the period can reach, so the sender is never idle.
        count = math.ceil(PACE_RATE * seconds) + 100
        loaded = " under CPU load" if self.config.pace_under_load else ""
        progress(f"pacing {PACE_RATE}/s for {seconds:.0f} s to {count} recipients{loaded} ...")
        self.fake.clear_times()
        hogs = [self.hog(seconds + 120) for _ in range(os.cpu_count() or 1)] if loaded else []
        try:
            r = self.worker("ours", count, rate=PACE_RATE, seconds=seconds)
        except BenchError as error:
            progress(f"FAILED: {error}\n")
            results.failures.append(f"pacing: {str(error).splitlines()[0]}")
            return
        finally:
            for hog in hogs:
                hog.stop()
        times = sorted(self.fake.times())
        start = float(r["start"])  # time.monotonic() is system-wide on Linux: same clock
        in_period = sum(1 for t in times if start <= t < start + seconds)
        busiest, at = busiest_window(times, 1.0)
        results.pace = {
            "achieved": in_period / seconds,
            "busiest": float(busiest),
            "at": at - start,  # where the busiest window begins, seconds after the start
        }
        progress(f" {in_period / seconds:.1f} msg/s, busiest 1-s window {busiest}\n")

    def hog(self, within: float) -> Process:
        """A busy loop (one core), as a busy host has; it ends by itself after `within` s."""
        self._runs += 1
        code = f"import time\nend = time.monotonic() + {within}\nwhile time.monotonic() < end: pass"
        return Process(
            f"hog-{self._runs}", [sys.executable, "-c", code], self.work_dir, capture=False
        )

    def memory(self, results: Results) -> None:
        for count in (self.config.memory_small, self.config.memory_large):
            progress(f"memory: broadcast to {count:,} in a fresh process ...")
            try:
                r = self.worker("ours", count)
            except BenchError as error:
                progress(f"FAILED: {error}\n")
                results.failures.append(f"memory {count}: {str(error).splitlines()[0]}")
                continue
            results.memory[count] = {
                "peak_mb": r["peak_rss_mb"],
                "before_mb": r["rss_before_mb"],
                "rate": count / r["elapsed"],
                "enqueue_seconds": r["enqueue_seconds"],
            }
            progress(
                f" peak RSS {r['peak_rss_mb']:.1f} MB ({count / r['elapsed']:.0f} msg/s, "
                f"enqueue {r['enqueue_seconds']:.2f} s)\n"
            )


def busiest_window(times: list[float], width: float) -> tuple[int, float]:
    """The most arrivals in any window [t, t + width), and its t (sorted times; two pointers).
    Windows starting at an arrival are enough: sliding one to its first arrival loses none."""
    best, best_at, left = 0, times[0] if times else 0.0, 0
    for right, t in enumerate(times):
        while times[left] <= t - width:
            left += 1
        if right - left + 1 > best:
            best, best_at = right - left + 1, times[left]
    return best, best_at


def progress(text: str) -> None:
    print(text, end="", file=sys.stderr, flush=True)


def run(config: Config) -> Results:
    results = Results(load=[os.getloadavg()[0]])
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="bench-broadcast-") as tmp:
        work_dir = Path(tmp)
        fake = Fake(work_dir)
        try:
            fake.wait_ready()
            runner = Runner(config, work_dir, fake)
            make_template(runner.template)
            runner.ceiling(results)
            runner.pace(results)
            runner.memory(results)
        finally:
            fake.process.stop()
    results.load.append(os.getloadavg()[0])
    results.seconds = time.monotonic() - started
    return results


# --- report -----------------------------------------------------------------------------------


def verdict(ok: bool) -> str:
    return "met" if ok else "NOT met"


def report(config: Config, results: Results) -> str:
    medians = {
        key: {
            name: statistics.median(getattr(s, name) for s in samples)
            for name in ("rate", "worker_cpu", "per_cpu", "fake_cpu")
        }
        for key, samples in results.ceiling.items()
        if samples
    }
    baseline = medians[PTB.key]["rate"] if PTB.key in medians else None
    repeats = f"median of {config.repeats}"
    lines = [
        f"broadcast (fake Bot API in its own process, SQLite bookkeeping, {os.cpu_count()} cores)",
        f"ceiling: {config.recipients:,} recipients, rate limits off, {CONCURRENCY} in flight, "
        f"{repeats}",
        f"{'':<34}{'msg/s':>8}{'vs PTB httpx':>14}{'sender CPU':>12}{'msg/CPU-s':>11}"
        f"{'fake CPU':>10}",
    ]
    for row in ROWS:
        m = medians.get(row.key)
        if m is None:
            lines.append(f"{row.label:<34}{'failed':>8}")
            continue
        ratio = f"{m['rate'] / baseline:.1f}" if baseline else "-"
        lines.append(
            f"{row.label:<34}{m['rate']:>8.0f}{ratio:>14}{m['worker_cpu']:>12.0%}"
            f"{m['per_cpu']:>11.0f}{m['fake_cpu']:>10.0%}"
        )
    ours = medians.get(OURS.key)
    if ours is not None and baseline:
        ok = ours["rate"] >= TARGET_RATE and ours["rate"] >= TARGET_RATIO * baseline
        lines.append(
            f"target: ours >= {TARGET_RATE:,.0f} msg/s and >= {TARGET_RATIO:.0f} x PTB httpx "
            f"-> {verdict(ok)}"
        )
    if results.pace is not None:
        p = results.pace
        ok = p["achieved"] >= PACE_TARGET and p["busiest"] <= PACE_RATE
        loaded = " (all cores busy)" if config.pace_under_load else ""
        lines.append(
            f"pacing {PACE_RATE}/s for {config.pace_seconds:.0f} s{loaded}: achieved "
            f"{p['achieved']:.1f} msg/s, busiest 1-s window {p['busiest']:.0f} "
            f"(at +{p['at']:.1f} s)  -> {verdict(ok)}"
        )
    small = results.memory.get(config.memory_small)
    large = results.memory.get(config.memory_large)
    if small and large:
        difference = large["peak_mb"] - small["peak_mb"]
        lines.append(
            f"peak RSS: {config.memory_small:,} -> {small['peak_mb']:.1f} MB, "
            f"{config.memory_large:,} -> {large['peak_mb']:.1f} MB, difference "
            f"{difference:.1f} MB  -> {verdict(difference < MEMORY_TARGET_MB)}"
        )
        lines.append(
            f"  (RSS before the drain {small['before_mb']:.1f} / {large['before_mb']:.1f} MB; "
            f"{large['rate']:.0f} msg/s sustained over {config.memory_large:,}, enqueue "
            f"{large['enqueue_seconds']:.2f} s)"
        )
    lines += [
        "",
        "ours: drain() loop timed after enqueue_announcement (one INSERT ... SELECT); "
        "peers: the same sendMessage calls, one chat each",
        f"CPU: share of one core while the timed part ran ({os.cpu_count()} cores for sender, "
        "fake and anything else on the host); msg/CPU-s = msg/s / sender CPU",
        f"host load average {' -> '.join(f'{x:.1f}' for x in results.load)}; "
        f"run took {results.seconds / 60:.1f} min",
    ]
    lines += [f"failed: {failure}" for failure in results.failures]
    return "\n".join(lines)


def parse_args(argv: list[str] | None = None) -> Config | WorkerArgs:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller numbers, about a minute")
    parser.add_argument("--recipients", type=int, help="ceiling recipients (20000)")
    parser.add_argument("--repeats", type=int, help="ceiling repeats, median reported (3)")
    parser.add_argument("--pace-seconds", type=float, help="pacing period (60)")
    parser.add_argument(
        "--pace-under-load",
        action="store_true",
        help="keep every core busy with a spin loop during the pacing phase",
    )
    parser.add_argument(
        "--keep-logs", action="store_true", help="copy each worker's log to the temp directory"
    )
    # Internal: one measurement in a child process.
    parser.add_argument("--worker", choices=sorted(WORKERS), help=argparse.SUPPRESS)
    parser.add_argument("--api-url", help=argparse.SUPPRESS)
    parser.add_argument("--count", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--fake-pid", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--db", default="", help=argparse.SUPPRESS)
    parser.add_argument("--rate", type=float, default=UNLIMITED, help=argparse.SUPPRESS)
    parser.add_argument("--seconds", type=float, default=0.0, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        return WorkerArgs(
            args.worker, args.api_url, args.count, args.fake_pid, args.db, args.rate, args.seconds
        )
    config = Config(
        recipients=args.recipients or (5_000 if args.quick else 20_000),
        repeats=args.repeats or (1 if args.quick else 3),
        pace_seconds=args.pace_seconds or (10.0 if args.quick else 60.0),
        memory_small=5_000 if args.quick else 10_000,
        memory_large=40_000 if args.quick else 200_000,
        pace_under_load=args.pace_under_load,
        keep_logs=args.keep_logs,
    )
    if min(config.recipients, config.repeats) < 1 or config.pace_seconds <= 0:
        parser.error("counts and the period must be positive")
    return config


def main(argv: list[str] | None = None) -> int:
    parsed = parse_args(argv)
    if isinstance(parsed, WorkerArgs):
        return worker_main(parsed)
    try:
        results = run(parsed)
    except BenchError as error:
        print(f"benchmark failed: {error}", file=sys.stderr)
        return 1
    print(report(parsed, results))
    return 0 if results.ceiling.get(OURS.key) and not results.failures else 1


if __name__ == "__main__":
    sys.exit(main())
