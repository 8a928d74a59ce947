"""WhatsApp end to end: our channel against a bare aiohttp echo (and pywa), same machine, same run.

Each row is a real process receiving Meta-format webhooks, signed with X-Hub-Signature-256, over
HTTP on 127.0.0.1 and answering through a fake Graph API in another process
(bench/graph_server.py), so the numbers include the HMAC check, parsing, (for us) the dispatcher
and a SQLite transaction in WAL mode, the renderer, and the reply's HTTP call:

    driver --POST /whatsapp--> bot --POST /{phone id}/messages--> fake Graph API
    driver --GET /_stats, /_first_replies--> fake Graph API

Rows: ours (`python -m bot run`, only WhatsApp configured); the bare aiohttp echo
(bench/wa_echo_bot.py: what any WhatsApp bot on aiohttp costs before doing anything useful); and,
when installed, the same echo written with pywa on the same aiohttp server.

* throughput: N "/help" messages from a pool of phone numbers (the first message of each number
  creates a resident in our bot and gets the greeting), POSTed with a bounded number in flight;
  timed from the first POST until the fake has counted N more sent messages.
* latency: an open-loop load (a fixed number of messages per second, each from a new number);
  latency is from the moment a webhook was due to be POSTed until the fake received the first
  message to that number (time.monotonic() is system-wide on Linux, so the two clocks agree).
* memory: peak RSS (VmHWM) of the bot's process at the end of the repeat.

Every repeat starts fresh processes (and, for us, a fresh database) and the rows take turns, so
slow drift of the machine hits them alike; the table shows the median of the repeats.
Target: ours handles at least as many messages per second as the pywa echo: a WhatsApp framework
that stores nothing, where ours runs a database transaction per message. The bare aiohttp echo is
the floor (HMAC, JSON and one HTTP call): its ratio shows what our dispatcher and database cost,
about 2.6 ms of CPU per message, mostly SQLAlchemy (the same as on Telegram).

    python -m bench.whatsapp              # ~4 minutes
    python -m bench.whatsapp --quick      # under a minute: 1 repeat, smaller numbers
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import hashlib
import hmac
import importlib.util
import itertools
import json
import os
import secrets
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp

from bench.updates import (
    BenchError,
    Driver,
    Process,
    Webhook,
    caveats,
    cpu_seconds,
    free_port,
    open_loop,
    patience,
    percentile,
    wait_ready,
)
from tests.fakes import graph_api as meta

SIGNATURE_HEADER = "X-Hub-Signature-256"

# Phone numbers (wa_id) of the simulated residents, in disjoint ranges so the phases never share
# a chat; +994 is Azerbaijan, so our bot greets them in Azerbaijani.
POOL_BASE = 994_500_000_000  # throughput phase: a pool of recurring residents
WARMUP_BASE = 994_510_000_000  # warm-up: not measured
LATENCY_BASE = 994_520_000_000  # latency phase: a new number per message

TARGET_RATIO = 1.0  # ours must reach at least this share of the pywa echo's throughput


@dataclass(frozen=True)
class Config:
    messages: int
    users: int
    concurrency: int
    warmup: int
    rate: float
    latency_seconds: float
    repeats: int
    with_pywa: bool
    keep_logs: bool


@dataclass(frozen=True)
class Target:
    key: str
    label: str


OURS = Target("ours", "ours (channel + dispatcher + DB)")
ECHO = Target("echo", "bare aiohttp echo")
PYWA = Target("pywa", "pywa echo (on aiohttp)")


@dataclass
class Sample:
    throughput: float
    p50_ms: float
    p99_ms: float
    peak_rss_mb: float
    bot_cpu: float  # share of one core during the throughput phase
    fake_cpu: float
    lost: int  # latency-phase messages never answered in time
    log_problems: int  # WARNING / ERROR / Traceback lines in the bot's log


@dataclass
class Results:
    samples: dict[str, list[Sample]] = field(default_factory=dict)
    failures: dict[str, list[str]] = field(default_factory=dict)


def pywa_installed() -> bool:
    return importlib.util.find_spec("pywa_async") is not None


def targets(config: Config) -> list[Target]:
    return [OURS, ECHO] + ([PYWA] if config.with_pywa else [])


# --- processes ----------------------------------------------------------------------------------


def peak_rss_mb(pid: int) -> float:
    """The process's peak resident set (VmHWM) so far, from /proc (Linux)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024  # kB
    raise BenchError(f"no VmHWM for process {pid}")


def log_problems(process: Process) -> int:
    """Lines that say something went wrong: a deferred reply is a WARNING in our channel."""
    text = process.log_path.read_text(errors="replace")
    marks = (" WARNING ", " ERROR ", "Traceback")
    return sum(1 for line in text.splitlines() if any(mark in line for mark in marks))


def start_target(
    target: Target, *, api_url: str, port: int, secret: str, work_dir: Path
) -> Process:
    prefixes = ("TELEGRAM_", "WHATSAPP_", "DATABASE_", "WEB_", "MEDIA_", "QUIET_", "LOG_")
    env = {k: v for k, v in os.environ.items() if not k.startswith(prefixes)}
    env["PYTHONUNBUFFERED"] = "1"
    if target is OURS:
        env |= {
            "TELEGRAM_BOT_TOKEN": "",  # empty beats a .env: WhatsApp is the only channel
            "WHATSAPP_API_URL": api_url,
            "WHATSAPP_PHONE_NUMBER_ID": meta.PHONE_NUMBER_ID,
            "WHATSAPP_ACCESS_TOKEN": meta.TOKEN,
            "WHATSAPP_APP_SECRET": secret,
            "WHATSAPP_VERIFY_TOKEN": meta.VERIFY_TOKEN,
            "MEDIA_DIR": str(work_dir / "media"),
            "DATABASE_URL": f"sqlite+aiosqlite:///{work_dir / 'bench.db'}",
            "QUIET_HOURS": "off",
            "WEB_HOST": "127.0.0.1",
            "WEB_PORT": str(port),
            "LOG_LEVEL": "WARNING",
        }
        argv = [sys.executable, "-m", "bot", "run"]
    else:
        impl = "pywa" if target is PYWA else "aiohttp"
        argv = [
            sys.executable, "-m", "bench.wa_echo_bot", "--port", str(port), "--api-url", api_url,
            "--phone-number-id", meta.PHONE_NUMBER_ID, "--token", meta.TOKEN,
            "--app-secret", secret, "--impl", impl,
        ]  # fmt: skip
    return Process(target.key, argv, env, work_dir)


# --- workload -----------------------------------------------------------------------------------


def make_webhook(phone: int, secret: bytes) -> Webhook:
    """A signed text "/help" from `phone`, in Meta's format, with its headers."""
    payload = meta.text(str(phone), "/help")
    value = payload["entry"][0]["changes"][0]["value"]
    # Meta's business-scoped user id (BSUID) beside the phone number, as webhooks now carry it:
    # pywa refuses a contact without one; ours and the echo ignore it.
    user_id = f"AZ.{phone}"
    value["contacts"][0]["user_id"] = user_id
    value["messages"][0]["from_user_id"] = user_id
    body = json.dumps(payload).encode()
    signature = "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()
    return body, {SIGNATURE_HEADER: signature, "Content-Type": "application/json"}


async def throughput_phase(
    driver: Driver, *, config: Config, secret: bytes, bot: Process, fake_pid: int
) -> tuple[float, float, float]:
    """Messages per second, and the bot's and the fake's CPU use (share of one core)."""
    webhooks = [
        make_webhook(POOL_BASE + i % config.users, secret) for i in range(config.messages)
    ]  # built and signed up front: the driver's work must not slow the measured stream
    base = await driver.sent()
    bot_cpu0, fake_cpu0 = cpu_seconds(bot.pid), cpu_seconds(fake_pid)
    start = time.monotonic()
    await driver.post_all(iter(webhooks), config.concurrency)
    end = await driver.wait_sent(base + config.messages, patience(config.messages), bot)
    elapsed = end - start
    bot_cpu = (cpu_seconds(bot.pid) - bot_cpu0) / elapsed
    fake_cpu = (cpu_seconds(fake_pid) - fake_cpu0) / elapsed
    return config.messages / elapsed, bot_cpu, fake_cpu


async def latency_phase(
    driver: Driver, *, config: Config, secret: bytes, phones: Iterator[int], bot: Process
) -> tuple[float, float, int]:
    """p50 and p99 in ms at a fixed offered load, and how many messages got no reply."""
    count = max(1, round(config.rate * config.latency_seconds))
    numbers = [next(phones) for _ in range(count)]
    webhooks = [make_webhook(phone, secret) for phone in numbers]
    await driver.clear_first_replies()
    base = await driver.sent()
    due = await open_loop(driver.post, webhooks, config.rate)
    with contextlib.suppress(BenchError):  # unanswered messages are counted below as lost
        await driver.wait_sent(base + count, patience(count), bot)
    replies = await driver.first_replies()
    latencies = sorted(
        (replies[phone] - when) * 1000
        for phone, when in zip(numbers, due, strict=True)
        if phone in replies
    )
    if not latencies:
        raise BenchError("no message of the latency phase was answered")
    return percentile(latencies, 50), percentile(latencies, 99), count - len(latencies)


async def measure_once(
    target: Target, *, config: Config, fake_url: str, fake_pid: int, phones: Iterator[int]
) -> Sample:
    """One repeat of one row: fresh process (and database), warm-up, throughput, latency."""
    port, secret = free_port(), secrets.token_hex(24)  # hex: never starts with "-" for argparse
    with ExitStack() as stack:
        work_dir = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="bench-wa-")))
        bot = start_target(
            target, api_url=f"{fake_url}/{meta.VERSION}", port=port, secret=secret,
            work_dir=work_dir,
        )  # fmt: skip
        stack.callback(bot.stop)  # runs before the directory is removed
        if config.keep_logs:  # registered after stop(), so it runs before the cleanup
            kept = Path(tempfile.gettempdir()) / f"bench-wa-{target.key}-{bot.pid}.log"
            stack.callback(bot.log_path.replace, kept)
        connector = aiohttp.TCPConnector(limit=max(config.concurrency, 256))
        async with aiohttp.ClientSession(connector=connector) as session:
            await wait_ready(session, f"http://127.0.0.1:{port}/healthz", bot)
            driver = Driver(session, webhook=f"http://127.0.0.1:{port}/whatsapp", fake_url=fake_url)
            key = secret.encode()
            refused0 = (await driver.stats())["refused"]
            # Warm-up: imports, first connections, SQLAlchemy's statement cache; not measured.
            base = await driver.sent()
            warm = (make_webhook(WARMUP_BASE + i, key) for i in range(config.warmup))
            await driver.post_all(warm, min(config.concurrency, 8))
            await driver.wait_sent(base + config.warmup, patience(config.warmup), bot)

            throughput, bot_cpu, fake_cpu = await throughput_phase(
                driver, config=config, secret=key, bot=bot, fake_pid=fake_pid
            )
            p50, p99, lost = await latency_phase(
                driver, config=config, secret=key, phones=phones, bot=bot
            )
            peak = peak_rss_mb(bot.pid)
            if refused := (await driver.stats())["refused"] - refused0:
                raise BenchError(f"the fake refused {refused} sends: the row is misconfigured")
        bot.stop()
        return Sample(throughput, p50, p99, peak, bot_cpu, fake_cpu, lost, log_problems(bot))


async def run(config: Config) -> Results:
    results = Results()
    phones = itertools.count(LATENCY_BASE)  # a new number per latency message, over the run
    with tempfile.TemporaryDirectory(prefix="bench-graph-") as fake_dir:
        fake_port = free_port()
        fake = Process(
            "fake-graph",
            [sys.executable, "-m", "bench.graph_server", "--port", str(fake_port)],
            {**os.environ, "PYTHONUNBUFFERED": "1"},
            Path(fake_dir),
        )
        fake_url = f"http://127.0.0.1:{fake_port}"
        try:
            async with aiohttp.ClientSession() as session:
                await wait_ready(session, f"{fake_url}/_stats", fake)
            for repeat in range(config.repeats):
                for target in targets(config):  # rows take turns within each repeat
                    label = f"[{repeat + 1}/{config.repeats}] {target.label}"
                    print(f"{label} ...", end=" ", file=sys.stderr, flush=True)
                    try:
                        sample = await measure_once(
                            target, config=config, fake_url=fake_url, fake_pid=fake.pid,
                            phones=phones,
                        )  # fmt: skip
                    except BenchError as error:
                        print(f"FAILED: {error}", file=sys.stderr, flush=True)
                        results.failures.setdefault(target.key, []).append(str(error))
                        continue
                    results.samples.setdefault(target.key, []).append(sample)
                    print(
                        f"{sample.throughput:.0f} msg/s, p50 {sample.p50_ms:.1f} ms, "
                        f"p99 {sample.p99_ms:.1f} ms, peak RSS {sample.peak_rss_mb:.0f} MB",
                        file=sys.stderr,
                        flush=True,
                    )
        finally:
            fake.stop()
    return results


# --- report -------------------------------------------------------------------------------------


def per_repeat_ratios(results: Results, key: str) -> list[float]:
    """Row / echo throughput within each repeat (the machine's drift cancels within a turn)."""
    rows, echoes = results.samples.get(key, []), results.samples.get(ECHO.key, [])
    # A failed repeat leaves lists of unequal length; pairing is then only approximate.
    return [row.throughput / echo.throughput for row, echo in zip(rows, echoes, strict=False)]


def report(config: Config, results: Results) -> str:
    medians: dict[str, dict[str, float]] = {}
    names = ("throughput", "p50_ms", "p99_ms", "peak_rss_mb", "bot_cpu", "fake_cpu")
    for target in targets(config):
        if samples := results.samples.get(target.key, []):
            medians[target.key] = {
                name: statistics.median(getattr(s, name) for s in samples) for name in names
            }
    baseline = medians.get(ECHO.key, {}).get("throughput")
    lines = [
        f"WhatsApp messages end to end (SQLite, {os.cpu_count()} cores), "
        f"median of {config.repeats}",
        f"{'':<34}{'msg/s':>7}{'vs echo':>9}{'p50 ms':>8}{'p99 ms':>8}{'peak RSS':>10}"
        f"{'bot CPU':>9}{'fake CPU':>10}",
    ]
    for target in targets(config):
        m = medians.get(target.key)
        if m is None:
            lines.append(f"{target.label:<34}{'failed':>7}")
            continue
        ratio = f"{m['throughput'] / baseline:.2f}" if baseline else "-"
        lines.append(
            f"{target.label:<34}{m['throughput']:>7.0f}{ratio:>9}{m['p50_ms']:>8.1f}"
            f"{m['p99_ms']:>8.1f}{m['peak_rss_mb']:>7.1f} MB{m['bot_cpu']:>9.0%}"
            f"{m['fake_cpu']:>10.0%}"
        )
    for target in targets(config):
        if target is not ECHO and (ratios := per_repeat_ratios(results, target.key)):
            shown = ", ".join(f"{r:.2f}" for r in ratios)
            lines.append(f"{target.key} / echo per repeat: {shown}")
    ours = medians.get(OURS.key, {}).get("throughput")
    peer = medians.get(PYWA.key, {}).get("throughput")
    if ours is not None and peer:
        verdict = "met" if ours >= TARGET_RATIO * peer else "NOT met"
        lines.append(
            f"target: ours >= {TARGET_RATIO} x {PYWA.label} ({ours / peer:.1f}x)  -> {verdict}"
        )
    lines += [
        "",
        f"throughput: {config.messages} x /help from {config.users} numbers "
        f"(new ones create residents), {config.concurrency} POSTs in flight",
        f"latency: {config.rate:.0f} messages/s offered for {config.latency_seconds:.0f} s, "
        "a new number each, due time -> first message to it at the fake",
        "each repeat: fresh bot process (and fresh SQLite WAL database), rows take turns",
        "CPU = share of one core in the throughput phase; peak RSS = the bot's VmHWM at the end",
    ]
    if not config.with_pywa:
        lines.append("pywa row skipped: --no-pywa, or not installed (pip install -e '.[bench]')")
    lines += caveats(targets(config), medians, results, rate=config.rate, unit="messages")
    return "\n".join(lines)


def parse_args(argv: list[str] | None = None) -> Config:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--quick", action="store_true", help="1 repeat, smaller numbers: under a minute"
    )
    parser.add_argument("--messages", type=int, help="messages in the throughput phase (3000)")
    parser.add_argument(
        "--users", type=int, help="distinct numbers (messages / 3: a third of messages are new)"
    )
    parser.add_argument("--concurrency", type=int, default=64, help="POSTs in flight (64)")
    parser.add_argument("--rate", type=float, default=100, help="latency load, messages/s (100)")
    parser.add_argument("--latency-seconds", type=float, help="latency phase length (10)")
    parser.add_argument("--repeats", type=int, help="repeats per row, median reported (3)")
    parser.add_argument("--no-pywa", action="store_true", help="skip the pywa row")
    parser.add_argument(
        "--keep-logs", action="store_true", help="move each process log to the temp directory"
    )
    args = parser.parse_args(argv)
    messages = args.messages or (1000 if args.quick else 3000)
    users = args.users or max(1, messages // 3)  # same mix of new and known numbers at any size
    latency_seconds = args.latency_seconds or (4.0 if args.quick else 10.0)
    repeats = args.repeats or (1 if args.quick else 3)
    if min(messages, users, args.concurrency, repeats) < 1 or args.rate <= 0:
        parser.error("counts and the rate must be positive")
    return Config(
        messages=messages,
        users=users,
        concurrency=args.concurrency,
        warmup=100,
        rate=args.rate,
        latency_seconds=latency_seconds,
        repeats=repeats,
        with_pywa=not args.no_pywa and pywa_installed(),
        keep_logs=args.keep_logs,
    )


def main(argv: list[str] | None = None) -> int:
    config = parse_args(argv)
    try:
        results = asyncio.run(run(config))
    except BenchError as error:
        print(f"benchmark failed: {error}", file=sys.stderr)
        return 1
    print(report(config, results))
    return 0 if results.samples.get(OURS.key) else 1


if __name__ == "__main__":
    sys.exit(main())
