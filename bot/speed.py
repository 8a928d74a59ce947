"""Optional faster libraries: uvloop's event loop and orjson, used when installed (the `speed`
extra: `pip install -e '.[speed]'`), with the standard library otherwise.

Where orjson refuses what the standard library accepts (a lone surrogate escape when reading; a
non-string key or an integer wider than 64 bits when writing), the standard library is asked
instead. One difference remains: orjson reads an integer wider than 64 bits as a float (json: an
int). No platform field we read is that wide, and the channels' type checks refuse such an
update as they refuse any wrong type. `python -m bench.updates` measures with and without.
"""

from __future__ import annotations

import asyncio
import importlib
import json
from collections.abc import Coroutine
from types import ModuleType
from typing import Any, TypeVar, cast

T = TypeVar("T")


def _optional(name: str) -> ModuleType | None:
    try:
        return importlib.import_module(name)
    except ImportError:  # the extra is not installed
        return None


orjson = _optional("orjson")
uvloop = _optional("uvloop")


def loads(data: bytes | str) -> Any:
    """Parse JSON; raises ValueError (json.JSONDecodeError) for what is not JSON."""
    if orjson is not None:
        try:
            return orjson.loads(data)
        except orjson.JSONDecodeError:
            pass  # what orjson refuses, json may accept (a lone surrogate): its answer counts
    return json.loads(data)


def dumps(value: Any) -> bytes:
    """JSON as UTF-8 bytes (compact with orjson; the standard library's default form without).
    Raises TypeError for what is not JSON-serialisable."""
    if orjson is not None:
        try:
            return cast(bytes, orjson.dumps(value))
        except TypeError:
            pass  # e.g. an int key or a very large int: json takes them
    return json.dumps(value).encode()


def dumps_str(value: Any) -> str:
    """`dumps` as text (what aiohttp's `json_serialize` takes)."""
    return dumps(value).decode()


def run(main: Coroutine[Any, Any, T]) -> T:
    """`asyncio.run(main)`, on uvloop's event loop when it is installed."""
    if uvloop is not None:
        return cast(T, uvloop.run(main))
    return asyncio.run(main)


def installed() -> str:
    """Which of the optional libraries are in use, for the start-up log: e.g.
    "uvloop 0.22.1, orjson 3.11.5", or "none"."""
    found = [
        f"{module.__name__} {getattr(module, '__version__', '?')}"
        for module in (uvloop, orjson)
        if module is not None
    ]
    return ", ".join(found) or "none"
