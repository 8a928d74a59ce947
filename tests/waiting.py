"""Waiting for what another task or process does, with a deadline (no fixed sleeps)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable


async def eventually(check: Callable[[], object], what: str, timeout: float = 10) -> None:
    """Return once `check()` is truthy, polled every 50 ms; fail with `what` after `timeout`
    seconds (monotonic time, not the business clock)."""
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, what
        await asyncio.sleep(0.05)
