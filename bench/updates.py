"""Updates end to end: our bot against a bare python-telegram-bot echo, same machine, same run.

Each row is a real process receiving webhooks over HTTP on 127.0.0.1 and answering through a
fake Bot API in another process (tests/fakes/telegram_api.py), so the numbers include parsing,
PTB, (for us) the dispatcher and a database transaction, and the reply's HTTP call:

    driver --POST /telegram--> bot --sendMessage--> fake Bot API <--GET /_stats-- driver

Rows: ours on SQLite (a fresh WAL file) and on PostgreSQL (a fresh database in a throwaway
cluster on loopback, tests/pg_cluster.py), each with the optional speed-ups (uvloop, orjson:
bot/speed.py) and without them (hidden from the process), and the bare PTB echo on its default
httpx transport (what a new bot runs) and on our aiohttp transport (the only difference from us
is then our work per update). The echoes run without the speed-ups. One more row of ours,
"answers replayed" (bench/replayed_bot.py), does the dispatcher's work once and replays its
answer: what the rest of our path costs, so that plain SQLite minus it is the dispatcher's cost
in a working process. The rows "floor" (bench/floor_bot.py), one per database, replay answers
too but run each update's dedupe insert, lookup and COMMIT on the raw driver (sqlite3, asyncpg):
the least any dispatcher with a transaction per update must cost (--no-replayed skips them
and the replayed row).

* CPU per update: the bot process's user + system CPU time during the throughput phase divided
  by its updates, so a busy machine's waiting is not counted; "vs echo" compares updates per
  CPU-second (the echo's CPU per update / ours).
* throughput: N "/help" updates from a pool of users (a third of them new: they create
  residents in our bot), POSTed with a bounded number in flight; timed from the first POST until
  the fake has counted N more sent messages.
* latency: an open-loop load at a fixed rate (default 30 updates/s, well below every row's
  capacity, so it measures the path, not a queue), each update from a new chat; from the moment
  an update was due to be POSTed until the fake received the first sendMessage for its chat
  (time.monotonic() is system-wide on Linux, so the two clocks agree).
* statements: per database, a separate untimed run of ours (bench/counted_bot.py) counts the
  SQL statements of each update's own transaction: new residents' first /help, then the same
  residents' second.

Every repeat starts fresh processes (and, for us, a fresh database) and the rows take turns, so
slow drift of the machine hits them alike; the table shows the median of the repeats.

    python -m bench.updates              # ~14 minutes
    python -m bench.updates --quick      # ~3 minutes: 1 repeat, smaller numbers
    python -m bench.updates --no-postgres
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import importlib.util
import itertools
import json
import math
import os
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable, Iterator, Mapping
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO, TypeVar

import aiohttp
from sqlalchemy.engine import make_url

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "123456:TEST-TOKEN"  # the fake's default
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")

# Telegram ids of the simulated users, in disjoint ranges so the phases never share a chat.
POOL_BASE = 100_000_000  # throughput phase: a pool of recurring users
WARMUP_BASE = 200_000_000  # warm-up: not measured
LATENCY_BASE = 300_000_000  # latency phase: a new chat per update

# Targets (issue 18), in updates per CPU-second: ours against each echo.
TARGET_VS_HTTPX = 1.0
TARGET_VS_AIOHTTP = 0.7
# Below this multiple of the offered rate a row is near saturation (latency = queueing); the
# latency phase's new chats also cost us more than the throughput mix of new and known users.
SATURATION_MARGIN = 1.5
LATENCY_HEADROOM = 3.0  # latency is measured at most at a third of the row's throughput
STATEMENT_USERS = 50  # residents of the statements run (each sends /help twice)


T = TypeVar("T")


class BenchError(RuntimeError):
    """A run that could not be measured (a process died, replies never came)."""


@dataclass(frozen=True)
class Config:
    updates: int
    users: int
    concurrency: int
    warmup: int
    rate: float
    latency_seconds: float
    repeats: int
    with_aiohttp_peer: bool
    with_postgres: bool
    keep_logs: bool
    with_replayed: bool = True


@dataclass(frozen=True)
class Target:
    key: str
    label: str
    database: str | None = None  # "sqlite" / "postgresql" for ours; None for the echoes
    speed: bool = False  # the optional uvloop and orjson may be imported
    request: str = "httpx"  # the echoes' transport
    module: str = "bot"  # ours: the module run with `python -m`
    judged: bool = True  # ours: held to the targets


ECHO_HTTPX = Target("echo-httpx", "bare PTB echo (httpx)")
ECHO_AIOHTTP = Target("echo-aiohttp", "bare PTB echo (our aiohttp)", request="aiohttp")
# Ours with the dispatcher's work done once and its answer replayed (bench/replayed_bot.py): the
# rest of our path, without the speed-ups as the echoes run; plain SQLite minus this row is the
# dispatcher's cost in a working process.
REPLAYED = Target(
    "ours-replayed", "ours, answers replayed", database="sqlite", module="bench.replayed_bot",
    judged=False,
)  # fmt: skip


def floor(database: str) -> Target:
    """The least an update's transaction can cost (bench/floor_bot.py): the dedupe insert, the
    lookup and the COMMIT on the raw driver, answers replayed; minus REPLAYED, the driver's."""
    driver = {"sqlite": "sqlite3", "postgresql": "asyncpg"}[database]
    return Target(f"floor-{database}", f"floor: raw {driver}, answers replayed",
                  database=database, module="bench.floor_bot", judged=False)  # fmt: skip


def ours(database: str, speed: bool) -> Target:
    name = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}[database]
    extra = "+ uvloop, orjson" if speed else "plain"
    return Target(f"ours-{database}-{'speed' if speed else 'plain'}",
                  f"ours, {name}, {extra}", database=database, speed=speed)  # fmt: skip


def speed_installed() -> bool:
    return all(importlib.util.find_spec(name) is not None for name in ("uvloop", "orjson"))


def targets_of(config: Config) -> list[Target]:
    databases = ["sqlite"] + (["postgresql"] if config.with_postgres else [])
    speeds = [True, False] if speed_installed() else [False]
    rows = [ours(database, speed) for database in databases for speed in speeds]
    replayed = [REPLAYED, *map(floor, databases)] if config.with_replayed else []
    return [*rows, *replayed, ECHO_HTTPX] + ([ECHO_AIOHTTP] if config.with_aiohttp_peer else [])


@dataclass
class Sample:
    throughput: float
    cpu_ms: float  # the bot's CPU time per update in the throughput phase
    p50_ms: float
    p99_ms: float
    bot_cpu: float  # share of one core during the throughput phase
    fake_cpu: float
    lost: int  # latency-phase updates never answered in time
    log_problems: int  # ERROR / Traceback lines in the bot's log
    rate: float = 0.0  # updates/s offered in the latency phase


@dataclass
class Results:
    samples: dict[str, list[Sample]] = field(default_factory=dict)
    failures: dict[str, list[str]] = field(default_factory=dict)
    statements: dict[str, tuple[list[int], list[int]]] = field(default_factory=dict)


# --- processes ----------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Process:
    """A child process whose output goes to a log file; always stopped by `stop()`."""

    def __init__(self, name: str, argv: list[str], env: dict[str, str], log_dir: Path) -> None:
        self.name = name
        self.log_path = log_dir / f"{name}.log"
        self._log: TextIO = self.log_path.open("w")
        self.popen = subprocess.Popen(
            argv, cwd=ROOT, env=env, stdout=self._log, stderr=subprocess.STDOUT
        )

    @property
    def pid(self) -> int:
        return self.popen.pid

    def alive(self) -> bool:
        return self.popen.poll() is None

    def stop(self) -> None:
        if self.alive():
            self.popen.terminate()  # SIGTERM: both bots shut down cleanly on it
            try:
                self.popen.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.popen.kill()
                self.popen.wait(timeout=10)
        self._log.close()

    def log_tail(self, lines: int = 20) -> str:
        text = self.log_path.read_text(errors="replace").splitlines()
        return "\n".join(text[-lines:])

    def log_errors(self) -> int:
        text = self.log_path.read_text(errors="replace")
        return sum(1 for line in text.splitlines() if " ERROR " in line or "Traceback" in line)


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process, from /proc (Linux)."""
    stat = Path(f"/proc/{pid}/stat").read_text()
    fields = stat.rsplit(")", 1)[1].split()  # after "pid (comm)": state is fields[0]
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


async def wait_ready(
    session: aiohttp.ClientSession, url: str, process: Process, within: float = 60
) -> None:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if not process.alive():
            raise BenchError(f"{process.name} exited early:\n{process.log_tail()}")
        try:
            async with session.get(url) as response:
                if response.status == 200:
                    return
        except aiohttp.ClientError:
            pass  # not listening yet
        await asyncio.sleep(0.1)
    raise BenchError(f"{process.name} not ready after {within:.0f}s:\n{process.log_tail()}")


# Put first on the path of a row without the speed-ups: importing them fails, as when the
# `speed` extra is not installed (bot/speed.py falls back to the standard library).
BLOCKED_MODULES = ("uvloop", "orjson")


def without_speedups(work_dir: Path) -> str:
    blocked = work_dir / "no-speedups"
    blocked.mkdir(exist_ok=True)
    for name in BLOCKED_MODULES:
        (blocked / f"{name}.py").write_text(f"raise ImportError('{name}: hidden by the bench')\n")
    return str(blocked)


def start_target(
    target: Target,
    *,
    fake_url: str,
    port: int,
    secret: str,
    work_dir: Path,
    database_url: str | None = None,
    module: str | None = None,
    extra_env: Mapping[str, str] | None = None,
) -> Process:
    module = module or target.module
    env = {
        k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DATABASE_", "WEB_"))
    }
    env["PYTHONUNBUFFERED"] = "1"
    if not target.speed:
        env["PYTHONPATH"] = os.pathsep.join(
            filter(None, [without_speedups(work_dir), env.get("PYTHONPATH")])
        )
    if target.database is not None:
        env |= {
            "DATABASE_URL": database_url or f"sqlite+aiosqlite:///{work_dir / 'bench.db'}",
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_API_URL": fake_url,
            "TELEGRAM_WEBHOOK_URL": f"http://127.0.0.1:{port}/telegram",
            "TELEGRAM_WEBHOOK_SECRET": secret,
            "WEB_HOST": "127.0.0.1",
            "WEB_PORT": str(port),
            "LOG_LEVEL": "WARNING",
            **(extra_env or {}),
        }
        argv = [sys.executable, "-m", module] + (["run"] if module == "bot" else [])
    else:
        argv = [
            sys.executable, "-m", "bench.echo_bot", "--port", str(port), "--api-url", fake_url,
            "--token", TOKEN, "--secret", secret, "--request", target.request,
        ]  # fmt: skip
    return Process(target.key, argv, env, work_dir)


class Databases:
    """A fresh database for each run of ours: a new SQLite file, or a new database in one
    throwaway PostgreSQL cluster (started on first use, or BENCH_POSTGRES_URL's server)."""

    def __init__(self, stack: ExitStack) -> None:
        self._stack = stack
        self._postgres: str | None = None
        self._count = itertools.count(1)

    def _server(self) -> str:
        if self._postgres is None:
            if url := os.environ.get("BENCH_POSTGRES_URL"):
                self._postgres = url
            else:
                from tests import pg_cluster

                if not pg_cluster.available():
                    raise BenchError("PostgreSQL server binaries are not installed")
                self._postgres = self._stack.enter_context(pg_cluster.throwaway("bench"))
        return self._postgres

    async def fresh(self, database: str, work_dir: Path) -> str:
        if database == "sqlite":
            return f"sqlite+aiosqlite:///{work_dir / 'bench.db'}"
        import asyncpg

        server = make_url(self._server())
        name = f"bench_updates_{os.getpid()}_{next(self._count)}"
        connection = await asyncpg.connect(
            host=server.host, port=server.port, user=server.username,
            password=server.password, database=server.database,
        )  # fmt: skip
        try:
            await connection.execute(f'CREATE DATABASE "{name}"')
        finally:
            await connection.close()
        return str(server.set(database=name).render_as_string(hide_password=False))


# --- workload -----------------------------------------------------------------------------------


def make_update(update_id: int, user_id: int) -> bytes:
    """A private "/help" in the shape Telegram documents for Update and Message."""
    user = {"id": user_id, "is_bot": False, "first_name": f"User{user_id}", "language_code": "en"}
    return json.dumps(
        {
            "update_id": update_id,
            "message": {
                "message_id": update_id,
                "date": int(time.time()),
                "chat": {"id": user_id, "type": "private", "first_name": user["first_name"]},
                "from": user,
                "text": "/help",
                "entities": [{"type": "bot_command", "offset": 0, "length": 5}],
            },
        }
    ).encode()


# A webhook to POST: its body (sent with the driver's headers), or a body with its own headers
# (WhatsApp's are signed one by one).
Webhook = bytes | tuple[bytes, Mapping[str, str]]


class Driver:
    """POSTs webhooks to one bot and reads the fake's counters (bench/whatsapp.py too)."""

    def __init__(
        self,
        session: aiohttp.ClientSession,
        *,
        webhook: str,
        fake_url: str,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        self.session = session
        self.webhook = webhook
        self.headers = {"Content-Type": "application/json", **(headers or {})}
        self.fake_url = fake_url

    async def post(self, item: Webhook) -> None:
        body, headers = item if isinstance(item, tuple) else (item, self.headers)
        async with self.session.post(self.webhook, data=body, headers=headers) as response:
            if response.status != 200:
                raise BenchError(f"webhook answered {response.status}: {await response.text()}")
            await response.read()

    async def post_all(self, items: Iterator[Webhook], concurrency: int) -> None:
        """Closed loop: `concurrency` workers share one iterator, so that many are in flight."""

        async def worker() -> None:
            for item in items:
                await self.post(item)

        await asyncio.gather(*(worker() for _ in range(concurrency)))

    async def stats(self) -> dict[str, int]:
        async with self.session.get(f"{self.fake_url}/_stats") as response:
            return {k: int(v) for k, v in (await response.json()).items()}

    async def sent(self) -> int:
        return (await self.stats())["sent"]

    async def wait_sent(self, count: int, within: float, process: Process) -> float:
        """Poll until the fake has sent `count` messages in total; the time it was seen."""
        deadline = time.monotonic() + within
        while True:
            now = time.monotonic()
            if await self.sent() >= count:
                return now  # taken before the poll: the poll's own latency is not counted
            if now > deadline:
                raise BenchError(f"replies missing after {within:.0f}s (need {count} sent)")
            if not process.alive():
                raise BenchError(f"{process.name} died:\n{process.log_tail()}")
            await asyncio.sleep(0.01)

    async def first_replies(self) -> dict[int, float]:
        async with self.session.get(f"{self.fake_url}/_first_replies") as response:
            return {int(k): float(v) for k, v in (await response.json()).items()}

    async def clear_first_replies(self) -> None:
        async with self.session.delete(f"{self.fake_url}/_first_replies") as response:
            response.raise_for_status()


def patience(updates: int) -> float:
    """How long to wait for replies: generous (20 updates/s), but bounded."""
    return max(30.0, updates / 20)


async def throughput_phase(
    driver: Driver,
    *,
    config: Config,
    update_ids: Iterator[int],
    bot: Process,
    fake_pid: int,
) -> tuple[float, float, float, float]:
    """Updates per second, the bot's CPU ms per update, and the bot's and the fake's CPU use
    (share of one core)."""
    bodies = [
        make_update(next(update_ids), POOL_BASE + i % config.users) for i in range(config.updates)
    ]  # built up front: the driver's JSON work must not slow the measured stream
    base = await driver.sent()
    bot_cpu0, fake_cpu0 = cpu_seconds(bot.pid), cpu_seconds(fake_pid)
    start = time.monotonic()
    await driver.post_all(iter(bodies), config.concurrency)
    end = await driver.wait_sent(base + config.updates, patience(config.updates), bot)
    elapsed = end - start
    bot_seconds = cpu_seconds(bot.pid) - bot_cpu0
    fake_cpu = (cpu_seconds(fake_pid) - fake_cpu0) / elapsed
    return (
        config.updates / elapsed,
        bot_seconds * 1000 / config.updates,
        bot_seconds / elapsed,
        fake_cpu,
    )


async def latency_phase(
    driver: Driver,
    *,
    config: Config,
    update_ids: Iterator[int],
    chat_ids: Iterator[int],
    bot: Process,
    rate: float,
) -> tuple[float, float, int]:
    """p50 and p99 in ms at `rate` updates/s offered, and how many updates got no reply."""
    count = max(1, round(rate * config.latency_seconds))
    chats = [next(chat_ids) for _ in range(count)]
    bodies = [make_update(next(update_ids), chat) for chat in chats]
    await driver.clear_first_replies()
    base = await driver.sent()
    due = await open_loop(driver.post, bodies, rate)
    with contextlib.suppress(BenchError):  # unanswered updates are counted below as lost
        await driver.wait_sent(base + count, patience(count), bot)
    replies = await driver.first_replies()
    latencies = sorted(
        (replies[chat] - when) * 1000
        for chat, when in zip(chats, due, strict=True)
        if chat in replies
    )
    if not latencies:
        raise BenchError("no update of the latency phase was answered")
    return percentile(latencies, 50), percentile(latencies, 99), count - len(latencies)


async def open_loop(
    post: Callable[[T], Awaitable[object]], items: list[T], rate: float
) -> list[float]:
    """POST `items` at `rate` per second, each when it is due whatever the bot does, and return
    when each was due: latency counts from then, so a bot that falls behind is not flattered by
    a driver that waits."""
    in_flight = asyncio.Semaphore(256)  # bounded, far above what 100/s needs
    tasks: set[asyncio.Task[None]] = set()
    errors: list[BaseException] = []

    async def send(item: T) -> None:
        async with in_flight:
            try:
                await post(item)
            except (BenchError, aiohttp.ClientError) as error:
                errors.append(error)

    start = time.monotonic() + 0.05
    due = [start + i / rate for i in range(len(items))]
    for item, when in zip(items, due, strict=True):
        delay = when - time.monotonic()
        if delay > 0:
            await asyncio.sleep(delay)
        task = asyncio.create_task(send(item))
        tasks.add(task)
        task.add_done_callback(tasks.discard)
    await asyncio.gather(*tasks)
    if errors:
        raise BenchError(f"{len(errors)} POSTs failed, first: {errors[0]!r}")
    return due


def percentile(ordered: list[float], p: float) -> float:
    """Nearest-rank percentile of sorted values."""
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


async def measure_once(
    target: Target,
    *,
    config: Config,
    fake_url: str,
    fake_pid: int,
    update_ids: Iterator[int],
    chat_ids: Iterator[int],
    databases: Databases,
) -> Sample:
    """One repeat of one row: fresh process (and database), warm-up, throughput, latency."""
    # hex: a urlsafe token may start with "-", which argparse would take for an option
    port, secret = free_port(), secrets.token_hex(24)
    with ExitStack() as stack:
        work_dir = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="bench-updates-")))
        url = await databases.fresh(target.database, work_dir) if target.database else None
        bot = start_target(
            target, fake_url=fake_url, port=port, secret=secret, work_dir=work_dir,
            database_url=url,
        )  # fmt: skip
        stack.callback(bot.stop)  # runs before the directory is removed
        if config.keep_logs:  # registered after stop(), so it runs before the cleanup
            kept = Path(tempfile.gettempdir()) / f"bench-updates-{target.key}-{bot.pid}.log"
            stack.callback(bot.log_path.replace, kept)
        connector = aiohttp.TCPConnector(limit=max(config.concurrency, 256))
        async with aiohttp.ClientSession(connector=connector) as session:
            await wait_ready(session, f"http://127.0.0.1:{port}/healthz", bot)
            driver = Driver(
                session,
                webhook=f"http://127.0.0.1:{port}/telegram",
                fake_url=fake_url,
                headers={SECRET_HEADER: secret},
            )
            # Warm-up: imports, first connections, SQLAlchemy's statement cache; not measured.
            base = await driver.sent()
            warm = (make_update(next(update_ids), WARMUP_BASE + i) for i in range(config.warmup))
            await driver.post_all(warm, min(config.concurrency, 8))
            await driver.wait_sent(base + config.warmup, patience(config.warmup), bot)

            throughput, cpu_ms, bot_cpu, fake_cpu = await throughput_phase(
                driver, config=config, update_ids=update_ids, bot=bot, fake_pid=fake_pid
            )
            # Below capacity, so that latency is the path's and not a queue's: the fixed rate,
            # or a third of what this row just handled when a busy machine makes that less.
            rate = min(config.rate, throughput / LATENCY_HEADROOM)
            p50, p99, lost = await latency_phase(
                driver, config=config, update_ids=update_ids, chat_ids=chat_ids, bot=bot,
                rate=rate,
            )  # fmt: skip
        bot.stop()
        return Sample(throughput, cpu_ms, p50, p99, bot_cpu, fake_cpu, lost, bot.log_errors(), rate)


async def count_statements(
    database: str,
    *,
    fake_url: str,
    update_ids: Iterator[int],
    chat_ids: Iterator[int],
    databases: Databases,
) -> tuple[list[int], list[int]]:
    """Statements of each update's transaction (bench/counted_bot.py): new residents' first
    /help, then the same residents' second, one update at a time."""
    target = ours(database, speed=speed_installed())
    port, secret = free_port(), secrets.token_hex(24)
    with ExitStack() as stack:
        work_dir = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="bench-stmts-")))
        counts_file = work_dir / "counts.json"
        bot = start_target(
            target, fake_url=fake_url, port=port, secret=secret, work_dir=work_dir,
            database_url=await databases.fresh(database, work_dir), module="bench.counted_bot",
            extra_env={"BENCH_STATEMENTS_FILE": str(counts_file)},
        )  # fmt: skip
        stack.callback(bot.stop)
        async with aiohttp.ClientSession() as session:
            await wait_ready(session, f"http://127.0.0.1:{port}/healthz", bot)
            driver = Driver(
                session,
                webhook=f"http://127.0.0.1:{port}/telegram",
                fake_url=fake_url,
                headers={SECRET_HEADER: secret},
            )
            users = [next(chat_ids) for _ in range(STATEMENT_USERS)]
            for _round in range(2):
                for user in users:
                    base = await driver.sent()
                    await driver.post(make_update(next(update_ids), user))
                    await driver.wait_sent(base + 1, patience(1), bot)
        bot.stop()
        counts = json.loads(counts_file.read_text())
    if len(counts) != 2 * len(users):
        raise BenchError(f"counted {len(counts)} update transactions, sent {2 * len(users)}")
    return counts[: len(users)], counts[len(users) :]


async def run(config: Config) -> Results:
    targets = targets_of(config)
    results = Results()
    update_ids = itertools.count(1)  # unique and increasing over the whole run
    chat_ids = itertools.count(LATENCY_BASE)
    with tempfile.TemporaryDirectory(prefix="bench-fake-") as fake_dir, ExitStack() as stack:
        databases = Databases(stack)
        fake_port = free_port()
        fake = Process(
            "fake-telegram",
            [sys.executable, "-m", "tests.fakes.telegram_api", "--port", str(fake_port),
             "--token", TOKEN, "--first-replies"],
            {**os.environ, "PYTHONUNBUFFERED": "1"},
            Path(fake_dir),
        )  # fmt: skip
        fake_url = f"http://127.0.0.1:{fake_port}"
        try:
            async with aiohttp.ClientSession() as session:
                await wait_ready(session, f"{fake_url}/_stats", fake)
            for database in dict.fromkeys(t.database for t in targets if t.database):
                print(f"statements per update, {database} ...", file=sys.stderr, flush=True)
                try:
                    results.statements[database] = await count_statements(
                        database, fake_url=fake_url, update_ids=update_ids,
                        chat_ids=chat_ids, databases=databases,
                    )  # fmt: skip
                except BenchError as error:
                    results.failures.setdefault(f"statements-{database}", []).append(str(error))
            for repeat in range(config.repeats):
                for target in targets:  # rows take turns within each repeat
                    label = f"[{repeat + 1}/{config.repeats}] {target.label}"
                    print(f"{label} ...", end=" ", file=sys.stderr, flush=True)
                    try:
                        sample = await measure_once(
                            target,
                            config=config,
                            fake_url=fake_url,
                            fake_pid=fake.pid,
                            update_ids=update_ids,
                            chat_ids=chat_ids,
                            databases=databases,
                        )
                    except BenchError as error:
                        print(f"FAILED: {error}", file=sys.stderr, flush=True)
                        results.failures.setdefault(target.key, []).append(str(error))
                        continue
                    results.samples.setdefault(target.key, []).append(sample)
                    print(
                        f"{sample.cpu_ms:.2f} ms CPU/update, {sample.throughput:.0f} updates/s, "
                        f"p50 {sample.p50_ms:.1f} ms, p99 {sample.p99_ms:.1f} ms",
                        file=sys.stderr,
                        flush=True,
                    )
        finally:
            fake.stop()
    return results


# --- report -------------------------------------------------------------------------------------


def report(config: Config, results: Results) -> str:
    targets = targets_of(config)
    medians: dict[str, dict[str, float]] = {}
    for target in targets:
        samples = results.samples.get(target.key, [])
        if samples:
            medians[target.key] = {
                name: statistics.median(getattr(s, name) for s in samples)
                for name in (
                    "throughput",
                    "cpu_ms",
                    "p50_ms",
                    "p99_ms",
                    "bot_cpu",
                    "fake_cpu",
                    "rate",
                )
            }
    httpx_ms = medians.get(ECHO_HTTPX.key, {}).get("cpu_ms")
    aiohttp_ms = medians.get(ECHO_AIOHTTP.key, {}).get("cpu_ms")

    def ratio(echo_ms: float | None, ours_ms: float) -> str:
        return f"{echo_ms / ours_ms:.2f}" if echo_ms else "-"

    repeats = "median of 1" if config.repeats == 1 else f"median of {config.repeats}"
    lines = [
        f"updates end to end ({os.cpu_count()} cores), {repeats}; "
        "vs echo = updates per CPU-second, ours / the echo's",
        f"{'':<36}{'CPU ms/upd':>11}{'vs httpx':>9}{'vs aiohttp':>11}{'updates/s':>10}"
        f"{'p50 ms':>8}{'p99 ms':>8}{'at /s':>7}{'bot CPU':>8}",
    ]
    for target in targets:
        m = medians.get(target.key)
        if m is None:
            lines.append(f"{target.label:<36}{'failed':>11}")
            continue
        lines.append(
            f"{target.label:<36}{m['cpu_ms']:>11.2f}{ratio(httpx_ms, m['cpu_ms']):>9}"
            f"{ratio(aiohttp_ms, m['cpu_ms']):>11}{m['throughput']:>10.0f}{m['p50_ms']:>8.1f}"
            f"{m['p99_ms']:>8.1f}{m['rate']:>7.0f}{m['bot_cpu']:>8.0%}"
        )
    for target in targets:
        m = medians.get(target.key)
        if target.database is None or not target.judged or m is None:
            continue
        verdicts = []
        for echo_ms, goal, name in (
            (httpx_ms, TARGET_VS_HTTPX, "httpx"),
            (aiohttp_ms, TARGET_VS_AIOHTTP, "aiohttp"),
        ):
            if echo_ms:
                met = echo_ms / m["cpu_ms"] >= goal
                verdicts.append(f">= {goal} x echo ({name}): {'met' if met else 'NOT met'}")
        lines.append(f"target, {target.label}: " + "; ".join(verdicts))
    lines.append("")
    for database, (first, second) in results.statements.items():
        lines.append(
            f"statements per update, {database}: a known resident's /help "
            f"{statistics.median(second):g} (max {max(second)}), a new resident's first "
            f"{statistics.median(first):g} (max {max(first)}); one transaction each; a max above "
            "the median is an update that reloaded the cached roles or places (every 5 s)"
        )
    lines += [
        f"throughput: {config.updates} x /help from {config.users} users "
        f"(new ones create residents), {config.concurrency} POSTs in flight",
        f"latency: {config.rate:.0f} updates/s offered (less where a row handled under "
        f"{LATENCY_HEADROOM:g}x that: 'at /s') for {config.latency_seconds:.0f} s, "
        "a new chat each, due time -> first sendMessage at the fake",
        "each repeat: fresh bot process (and fresh database), rows take turns; "
        "bot CPU = share of one core while the throughput phase ran",
    ]
    lines += caveats(targets, medians, results, unit="updates")
    for key in results.failures:
        if key.startswith("statements-"):
            lines.append(f"failed: {key}: {results.failures[key][0].splitlines()[0]}")
    return "\n".join(lines)


def caveats(
    targets: list[Any],
    medians: Mapping[str, Mapping[str, float]],
    results: Any,
    *,
    unit: str,
    rate: float | None = None,
) -> list[str]:
    """What may make a row's figures misleading: saturation, lost replies, problems logged,
    failed repeats (bench/whatsapp.py's report too)."""
    lines = []
    for target in targets:
        m = medians.get(target.key)
        rate = m.get("rate", rate) if m is not None else rate
        # Near capacity the queue decides latency, and repeats swing wildly: say so.
        if m is not None and rate and m["throughput"] < SATURATION_MARGIN * rate:
            lines.append(
                f"note: {target.label} handles ~{m['throughput']:.0f}/s, so {rate:.0f}/s "
                "offered is at or past its capacity: its latency is mostly queueing "
                f"(try --rate {max(1, round(m['throughput'] / 2))})"
            )
        samples = results.samples.get(target.key, [])
        lost = sum(s.lost for s in samples)
        problems = sum(s.log_problems for s in samples)
        if lost or problems:
            lines.append(
                f"warning: {target.label}: {lost} latency {unit} unanswered, "
                f"{problems} problem lines in its log (--keep-logs to read them)"
            )
        for failure in results.failures.get(target.key, []):
            lines.append(f"failed: {target.label}: {failure.splitlines()[0]}")
    return lines


def parse_args(argv: list[str] | None = None) -> Config:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--quick", action="store_true", help="1 repeat, smaller numbers: about three minutes"
    )
    parser.add_argument("--updates", type=int, help="updates in the throughput phase (3000)")
    parser.add_argument(
        "--users", type=int, help="distinct users (updates / 3: a third of updates are new users)"
    )
    parser.add_argument("--concurrency", type=int, default=64, help="POSTs in flight (64)")
    parser.add_argument(
        "--rate", type=float, default=30, help="latency load, updates/s, below capacity (30)"
    )
    parser.add_argument("--latency-seconds", type=float, help="latency phase length (10)")
    parser.add_argument("--repeats", type=int, help="repeats per row, median reported (3)")
    parser.add_argument(
        "--no-aiohttp-peer", action="store_true", help="skip the bare echo on our aiohttp transport"
    )
    parser.add_argument("--no-postgres", action="store_true", help="SQLite only")
    parser.add_argument(
        "--no-replayed", action="store_true",
        help="skip the rows with answers replayed (ours, floor)",
    )  # fmt: skip
    parser.add_argument(
        "--keep-logs", action="store_true", help="move each process log to the temp directory"
    )
    args = parser.parse_args(argv)
    updates = args.updates or (1000 if args.quick else 3000)
    users = args.users or max(1, updates // 3)  # same mix of new and known users at any size
    latency_seconds = args.latency_seconds or (4.0 if args.quick else 10.0)
    repeats = args.repeats or (1 if args.quick else 3)
    if min(updates, users, args.concurrency, repeats) < 1 or args.rate <= 0:
        parser.error("counts and the rate must be positive")
    return Config(
        updates=updates,
        users=users,
        concurrency=args.concurrency,
        warmup=100,
        rate=args.rate,
        latency_seconds=latency_seconds,
        repeats=repeats,
        with_aiohttp_peer=not args.no_aiohttp_peer,
        with_postgres=not args.no_postgres,
        keep_logs=args.keep_logs,
        with_replayed=not args.no_replayed,
    )


def main(argv: list[str] | None = None) -> int:
    config = parse_args(argv)
    try:
        results = asyncio.run(run(config))
    except BenchError as error:
        print(f"benchmark failed: {error}", file=sys.stderr)
        return 1
    print(report(config, results))
    return 0 if any(key.startswith("ours") for key in results.samples) else 1


if __name__ == "__main__":
    sys.exit(main())
