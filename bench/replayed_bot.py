"""`python -m bot run` whose dispatcher does its work once: the first update (and any that
arrive while it is handled, in the bench's warm-up) is handled as usual, and every later one
gets a copy of that first answer, with no transaction at all.

For bench/updates.py's row "ours, answers replayed": everything but the dispatcher (the
webhook, parsing the update, the order of a chat's updates, the reply path, rendering and
sending the answer) costs what it costs in the plain bot, so the plain row minus this one is
what the dispatcher costs inside a working process. That is about twice what a loop that only
calls the dispatcher measures: between two updates the rest of the path has pushed the
dispatcher's code and data out of the CPU's caches (README, "Where the rest goes").

    python -m bench.replayed_bot      # with the environment of `python -m bot run`
"""

from __future__ import annotations

import sys

from bot.dispatcher import Dispatcher
from bot.messages import Incoming, Reply

_handle = Dispatcher.handle
_first: list[Reply] | None = None


async def _replayed(self: Dispatcher, incoming: Incoming) -> list[Reply]:
    global _first
    if _first is None:
        _first = await _handle(self, incoming)
    return list(_first)  # Reply is frozen; the list is the caller's


Dispatcher.handle = _replayed  # type: ignore[method-assign]


if __name__ == "__main__":
    from bot.__main__ import main

    sys.exit(main(["run"]))
