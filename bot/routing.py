"""Routers map commands, choice-id prefixes and conversation states to handlers.

Each feature module in `handlers/` owns one `Router`; `handlers.ROUTERS` lists them explicitly and
`Router.merge` assembles the table the dispatcher uses.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from bot.context import Context
from bot.flows import Flow

Handler = Callable[[Context], Awaitable[None]]


class Fallback(StrEnum):
    """What happens when nothing more specific matches; every one must be routed."""

    UNKNOWN_COMMAND = "unknown-command"
    STALE_BUTTON = "stale-button"  # a choice id no router knows (old keyboard, forged data)
    MEDIA = "media"  # a sticker, voice note, photo... where text was expected
    UNRECOGNISED = "unrecognised"  # text no state handler takes


@dataclass
class Router:
    commands: dict[str, Handler] = field(default_factory=dict)
    choices: dict[str, Handler] = field(default_factory=dict)  # prefix before the first ":"
    states: dict[str, Handler] = field(default_factory=dict)  # text typed while in a state
    free_text: set[str] = field(default_factory=set)  # states whose text is content, not a pick
    takes_media: set[str] = field(default_factory=set)  # states that take photos, files, places
    takes_numbers: set[str] = field(default_factory=set)  # free-text states that ask for a number
    fallbacks: dict[Fallback, Handler] = field(default_factory=dict)
    flows: list[Flow] = field(default_factory=list)  # the conversations this module declares

    def declare(self, flow: Flow) -> Flow:
        """Declare a conversation flow of this module (see `bot.flows`)."""
        self.flows.append(flow)
        return flow

    def command(self, *names: str) -> Callable[[Handler], Handler]:
        return self._register(self.commands, names)

    def choice(self, *prefixes: str) -> Callable[[Handler], Handler]:
        return self._register(self.choices, prefixes)

    def state(
        self, *names: str, free_text: bool = False, media: bool = False, number: bool = False
    ) -> Callable[[Handler], Handler]:
        """Handle text typed in these states. With `free_text` the step takes typed content (a
        note, an address): still, typing the exact label of a button the step offered, or its
        number, presses that button. With `number` (implies `free_text`) the step asks for a
        number and its prompt says so: a typed number is that number, never a button. With
        `media`, photos and documents reach the handler too (as `ctx.incoming.media`)."""
        if free_text or number:
            self.free_text.update(names)
        if number:
            self.takes_numbers.update(names)
        if media:
            self.takes_media.update(names)
        return self._register(self.states, names)

    def fallback(self, *kinds: Fallback) -> Callable[[Handler], Handler]:
        return self._register(self.fallbacks, kinds)

    @staticmethod
    def _register(table: dict[Any, Handler], keys: Iterable[str]) -> Callable[[Handler], Handler]:
        def decorator(handler: Handler) -> Handler:
            for key in keys:
                if key in table:
                    raise ValueError(f"{key!r} is already routed to {table[key].__qualname__}")
                table[key] = handler
            return handler

        return decorator

    @classmethod
    def merge(cls, routers: Iterable[Router]) -> Router:
        """One table from many; a key routed twice is a programming error, caught at start."""
        merged = cls()
        for router in routers:
            for table, own in (
                (merged.commands, router.commands),
                (merged.choices, router.choices),
                (merged.states, router.states),
                (merged.fallbacks, router.fallbacks),
            ):
                for key, handler in own.items():
                    merged._register(table, [key])(handler)
            merged.free_text |= router.free_text
            merged.takes_media |= router.takes_media
            merged.takes_numbers |= router.takes_numbers
            merged.flows.extend(router.flows)
        missing = [kind for kind in Fallback if kind not in merged.fallbacks]
        if missing or "start" not in merged.commands:
            raise ValueError(f"routers leave unrouted: {missing or '/start'}")
        return merged

    def for_choice(self, choice_id: str) -> tuple[Handler, str] | None:
        prefix, _, rest = choice_id.partition(":")
        handler = self.choices.get(prefix)
        return (handler, rest) if handler else None
