"""Survey results at 100,000 responses: the database counts (ours, `storage.surveys.results`,
a few GROUP BY queries) against a peer measured in the same run on the same data, the naive way
(every answer and chosen option read into Python and counted in loops).

Both run on SQLite (a fresh file) and on PostgreSQL: BENCH_POSTGRES_URL, or a throwaway cluster
started on 127.0.0.1 when Debian's `postgresql` binaries are installed (as the tests do).

The survey: one question of every kind (single choice of 4, multiple choice of 5 with at most
3, a 1-5 scale, a number, free text); each response answers every question, with seeded random
values. Loading the data is not timed; each figure is the median of `--repeats` runs.

    python -m bench.surveys                 # 100,000 responses
    python -m bench.surveys --responses 20000 --repeats 3
"""

from __future__ import annotations

import argparse
import asyncio
import glob
import os
import random
import shutil
import socket
import statistics
import subprocess
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from storage import surveys
from storage.db import create_engine, create_sessionmaker, migrate
from storage.models import (
    Municipality,
    QuestionKind,
    Survey,
    SurveyAnswer,
    SurveyChoice,
    SurveyResponse,
)
from storage.surveys import NewQuestion, NewSurvey

NOW = datetime(2026, 6, 10, 8, 0, tzinfo=UTC)
BATCH = 5_000
LOCALES = ("az", "ru", "en")
CHANNELS = ("telegram", "whatsapp")


async def load(engine: AsyncEngine, responses: int) -> int:
    """Migrate, create the survey and `responses` answered responses; returns its id."""
    await migrate(engine)
    maker = create_sessionmaker(engine)
    async with maker.begin() as session:
        place = Municipality(code="BEN", country="AZ", timezone="Asia/Baku", names={"en": "B"})
        session.add(place)
        await session.flush()
        options = lambda n: [{"en": f"option {i + 1}"} for i in range(n)]  # noqa: E731
        survey = await surveys.schedule(
            session,
            NewSurvey(
                municipality_id=place.id, titles={"en": "Bench"}, opens_at=NOW,
                closes_at=NOW + timedelta(days=7),
                questions=[
                    NewQuestion(QuestionKind.SINGLE, {"en": "One"}, options(4)),
                    NewQuestion(QuestionKind.MULTIPLE, {"en": "Some"}, options(5), max_choices=3),
                    NewQuestion(QuestionKind.SCALE, {"en": "Scale"}),
                    NewQuestion(QuestionKind.NUMBER, {"en": "Number"}, min_value=0, max_value=99),
                    NewQuestion(QuestionKind.TEXT, {"en": "Text"}),
                ],
            ),
            now=NOW,
        )  # fmt: skip
        survey_id = survey.id
        qs = [q.id for q in await surveys.questions(session, survey_id)]
    rng = random.Random(17)
    for first in range(0, responses, BATCH):
        ids = range(first + 1, min(responses, first + BATCH) + 1)
        rows = [
            {
                "id": i, "survey_id": survey_id, "resident_id": None, "community_id": None,
                "locale": rng.choice(LOCALES), "channel": rng.choice(CHANNELS),
                "state": "finished", "started_at": NOW,
            }
            for i in ids
        ]  # fmt: skip
        answers: list[dict[str, Any]] = []
        choices: list[dict[str, Any]] = []
        for i in ids:
            answers += [
                {"response_id": i, "question_id": qs[0], "answered_at": NOW},
                {"response_id": i, "question_id": qs[1], "answered_at": NOW},
                {"response_id": i, "question_id": qs[2], "number": rng.randint(1, 5),
                 "answered_at": NOW},
                {"response_id": i, "question_id": qs[3], "number": rng.randint(0, 99),
                 "answered_at": NOW},
                {"response_id": i, "question_id": qs[4], "text": f"words {rng.randint(0, 999)}",
                 "answered_at": NOW},
            ]  # fmt: skip
            choices.append({"response_id": i, "question_id": qs[0], "option": rng.randrange(4)})
            choices += [
                {"response_id": i, "question_id": qs[1], "option": o}
                for o in rng.sample(range(5), rng.randint(1, 3))
            ]
        async with maker.begin() as session:
            await session.execute(insert(SurveyResponse), rows)
            await session.execute(insert(SurveyAnswer), answers)
            await session.execute(insert(SurveyChoice), choices)
    if engine.dialect.name == "postgresql":
        async with engine.begin() as connection:
            await connection.exec_driver_sql("ANALYZE")
    return survey_id


async def ours(session: AsyncSession, survey: Survey) -> dict[int, dict[int, int]]:
    results = await surveys.results(session, survey, texts=0)
    return {r.question.id: dict(r.counts) for r in results.questions if r.counts}


async def naive(session: AsyncSession, survey: Survey) -> dict[int, dict[int, int]]:
    """The peer: every row into Python, counted in loops."""
    qs = await surveys.questions(session, survey.id)
    ids = [q.id for q in qs]
    scale = {q.id for q in qs if q.kind == QuestionKind.SCALE}
    counts: dict[int, Counter[int]] = defaultdict(Counter)
    for question_id, option in await session.execute(
        select(SurveyChoice.question_id, SurveyChoice.option).where(
            SurveyChoice.question_id.in_(ids)
        )
    ):
        counts[question_id][option] += 1
    answered: Counter[int] = Counter()
    for question_id, number in await session.execute(
        select(SurveyAnswer.question_id, SurveyAnswer.number).where(
            SurveyAnswer.question_id.in_(ids)
        )
    ):
        answered[question_id] += 1
        if question_id in scale and number is not None:
            counts[question_id][number] += 1
    return {q: dict(c) for q, c in counts.items()}


async def measure(url: str, responses: int, repeats: int) -> tuple[float, float]:
    engine = create_engine(url)
    try:
        survey_id = await load(engine, responses)
        maker = create_sessionmaker(engine)
        times: dict[str, list[float]] = {"ours": [], "naive": []}
        for _ in range(repeats):
            for name, how in (("ours", ours), ("naive", naive)):  # turns within each repeat
                async with maker() as session:
                    survey = await session.get(Survey, survey_id)
                    assert survey is not None
                    start = time.perf_counter()
                    found = await how(session, survey)
                    times[name].append(time.perf_counter() - start)
                    assert sum(found[min(found)].values()) == responses, "lost rows"
        return statistics.median(times["ours"]), statistics.median(times["naive"])
    finally:
        await engine.dispose()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _pg(name: str) -> str | None:
    found = shutil.which(name) or next(
        iter(sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)), None
    )
    return found


@contextmanager
def postgres() -> Iterator[str | None]:
    """BENCH_POSTGRES_URL, or a throwaway cluster on loopback, or None."""
    if url := os.environ.get("BENCH_POSTGRES_URL"):
        yield url
        return
    initdb, pg_ctl = _pg("initdb"), _pg("pg_ctl")
    if not (initdb and pg_ctl):
        yield None
        return
    work = Path(tempfile.mkdtemp(prefix="bench-pg-"))
    run_as: list[str] = []
    if os.geteuid() == 0:
        shutil.chown(work, "postgres")
        run_as = ["runuser", "-u", "postgres", "--"]
    port = _free_port()
    data = work / "data"
    init = [initdb, "-D", str(data), "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync"]
    subprocess.run([*run_as, *init, "--locale=C"], check=True, capture_output=True)
    options = f"-h 127.0.0.1 -p {port} -k {work} -c fsync=off -c synchronous_commit=off"
    subprocess.run([*run_as, pg_ctl, "-D", str(data), "-l", str(work / "log"), "-w", "-o",
                    options, "start"], check=True, capture_output=True)  # fmt: skip
    try:
        create = [_pg("createdb") or "createdb", "-h", "127.0.0.1", "-p", str(port), "-U"]
        subprocess.run([*run_as, *create, "postgres", "bench"], check=True, capture_output=True)
        yield f"postgresql+asyncpg://postgres@127.0.0.1:{port}/bench"
    finally:
        subprocess.run([*run_as, pg_ctl, "-D", str(data), "-m", "immediate", "stop"],
                       capture_output=True)  # fmt: skip
        shutil.rmtree(work, ignore_errors=True)


async def main_async(responses: int, repeats: int) -> None:
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        rows.append(("SQLite", *await measure(f"sqlite+aiosqlite:///{folder}/bench.db",
                                             responses, repeats)))  # fmt: skip
    with postgres() as url:
        if url is None:
            print("PostgreSQL: skipped (no server; set BENCH_POSTGRES_URL)")
        else:
            rows.append(("PostgreSQL", *await measure(url, responses, repeats)))
    print(f"\nSurvey results at {responses:,} responses (median of {repeats}):\n")
    print(f"{'database':<12} {'ours: GROUP BY':>16} {'naive: Python loops':>21} {'ratio':>7}")
    for name, mine, theirs in rows:
        print(
            f"{name:<12} {mine * 1000:>13.0f} ms {theirs * 1000:>18.0f} ms {theirs / mine:>6.1f}x"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--responses", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    asyncio.run(main_async(args.responses, args.repeats))


if __name__ == "__main__":
    main()
