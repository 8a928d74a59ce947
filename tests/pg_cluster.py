"""A throwaway PostgreSQL cluster on 127.0.0.1, from Debian's server binaries: for the tests
(tests/conftest.py) and the benchmarks that compare SQLite with PostgreSQL (bench/)."""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path


def _binary(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return candidates[-1] if candidates else None


def available() -> bool:
    """Whether the server binaries (initdb, pg_ctl) are installed."""
    return bool(_binary("initdb") and _binary("pg_ctl"))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def throwaway(database: str) -> Iterator[str]:
    """Start a cluster with one empty `database`; yields its SQLAlchemy URL (asyncpg). Durability
    is off (fsync, synchronous_commit): the data dies with the cluster. Raises
    subprocess.CalledProcessError when the cluster cannot start."""
    initdb, pg_ctl = _binary("initdb"), _binary("pg_ctl")
    assert initdb and pg_ctl, "PostgreSQL server binaries are not installed"
    workdir = Path(tempfile.mkdtemp(prefix="bot-pg-"))
    run_as: list[str] = []
    if os.geteuid() == 0:  # initdb refuses to run as root
        shutil.chown(workdir, "postgres")
        run_as = ["runuser", "-u", "postgres", "--"]
    data, port = workdir / "data", free_port()
    subprocess.run(
        [*run_as, initdb, "-D", str(data), "-A", "trust", "-U", "postgres", "-E", "UTF8",
         "--locale=C", "--no-sync"],
        check=True, capture_output=True,
    )  # fmt: skip
    options = (
        f"-h 127.0.0.1 -p {port} -k {workdir} -c fsync=off -c synchronous_commit=off "
        "-c full_page_writes=off"
    )
    subprocess.run(
        [*run_as, pg_ctl, "-D", str(data), "-l", str(workdir / "log"), "-w", "-o", options,
         "start"],
        check=True, capture_output=True,
    )  # fmt: skip
    watchdog = _stop_when_gone(os.getpid(), [*run_as, pg_ctl, "-D", str(data)], workdir)
    try:
        subprocess.run(
            [*run_as, _binary("createdb") or "createdb", "-h", "127.0.0.1", "-p", str(port),
             "-U", "postgres", database],
            check=True, capture_output=True,
        )  # fmt: skip
        yield f"postgresql+asyncpg://postgres@127.0.0.1:{port}/{database}"
    finally:
        subprocess.run([*run_as, pg_ctl, "-D", str(data), "-m", "immediate", "stop"],
                       capture_output=True)  # fmt: skip
        shutil.rmtree(workdir, ignore_errors=True)
        watchdog.kill()
        watchdog.wait()


def _stop_when_gone(pid: int, pg_ctl: list[str], workdir: Path) -> subprocess.Popen[bytes]:
    """A watchdog in its own session: once the process that started the cluster is gone,
    however it ended (SIGKILL, a CI timeout), it stops the cluster and removes its files."""
    script = (
        'while kill -0 "$0" 2>/dev/null; do sleep 1; done; '
        '"$@" -m immediate stop >/dev/null 2>&1; rm -rf "$WORKDIR"'
    )
    return subprocess.Popen(
        ["sh", "-c", script, str(pid), *pg_ctl],
        env={**os.environ, "WORKDIR": str(workdir)},
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        start_new_session=True,
    )  # fmt: skip
