"""Declared conversation flows: where a resident can be in a conversation, and where they may go
from there.

Each feature module declares its flow beside its router: a `StrEnum` of states (their values are
what `conversation_states.name` stores), the moves allowed between them, a typed draft
(`Draft`, kept in `conversation_states.data`) and typed choice ids. `Flows` merges the
declarations; `Context.goto` refuses a move that is not declared (`UndeclaredMove`, a programming
error: the update is rolled back and the resident hears that something went wrong), so the
tables and diagrams cannot drift from what the handlers do.

A move is allowed when it is declared, when it stays in the same state, or when it goes to a flow's
entry (any conversation may be left for the menu or for another flow's start, as a resident does
by typing a command). `python -m bot flows` writes one Mermaid diagram per flow to `docs/flows/`;
a test fails when one is stale.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any, Self

IDLE = ""  # no conversation in progress (a new resident, or after /stop)
HOME = "menu"  # the main menu, where every conversation may end (handlers.menu.Home.MENU)


class UndeclaredMove(RuntimeError):
    """A handler moved a conversation along a path its flow does not declare."""


@dataclass(frozen=True)
class Flow:
    """One conversation: `entries` are where it may start (from anywhere); `moves` maps a state
    to where it may go next, each with a short label for the diagram (what the resident did)."""

    name: str
    states: type[StrEnum]
    entries: tuple[StrEnum, ...]
    moves: Mapping[StrEnum, Mapping[StrEnum, str]]
    title: str = ""

    def mermaid(self) -> str:
        """The flow as a Mermaid state diagram (stable text: sorted, no timestamps)."""
        lines = ["stateDiagram-v2", f"    %% {self.title or self.name}"]
        for entry in self.entries:
            lines.append(f"    [*] --> {_node(entry)}")
        for state in self.states:
            lines.append(f'    state "{state.value or "idle"}" as {_node(state)}')
        for source in sorted(self.moves, key=str):
            for target, label in sorted(self.moves[source].items(), key=lambda kv: str(kv[0])):
                suffix = f": {label}" if label else ""
                lines.append(f"    {_node(source)} --> {_node(target)}{suffix}")
        return "\n".join(lines) + "\n"


def _node(state: StrEnum) -> str:
    return state.value.replace(".", "_") or "idle"


@dataclass(frozen=True)
class Flows:
    """Every declared flow; answers whether a move is allowed. With `strict`, a state no flow
    declares is refused too (every conversation is declared); without, only moves that touch a
    declared state are checked."""

    flows: tuple[Flow, ...]
    strict: bool = True
    _moves: dict[str, set[str]] = field(init=False, repr=False)
    _entries: set[str] = field(init=False, repr=False)
    _known: set[str] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        moves: dict[str, set[str]] = {}
        known: set[str] = {IDLE}
        for flow in self.flows:
            known |= {state.value for state in flow.states}
            for source, targets in flow.moves.items():
                moves.setdefault(source.value, set()).update(t.value for t in targets)
        entries = {entry.value for flow in self.flows for entry in flow.entries} | {IDLE}
        object.__setattr__(self, "_moves", moves)
        object.__setattr__(self, "_entries", entries)
        object.__setattr__(self, "_known", known)

    @classmethod
    def of(cls, flows: Iterable[Flow], *, strict: bool = True) -> Flows:
        flows = tuple(flows)
        names = [flow.name for flow in flows]
        if len(names) != len(set(names)):
            raise ValueError(f"a flow is declared twice: {sorted(names)}")
        return cls(flows, strict)

    @property
    def states(self) -> set[str]:
        return set(self._known)

    def next_states(self, source: str) -> set[str]:
        """The states a conversation in `source` may move to (entries aside)."""
        return set(self._moves.get(source, set()))

    def check(self, source: str, target: str) -> None:
        """Raise `UndeclaredMove` unless `source` -> `target` is allowed."""
        if target not in self._known:
            if not self.strict:
                return  # a conversation not declared yet
            raise UndeclaredMove(f"{target!r} is no declared state")
        if target == source or target in self._entries:
            return
        if target not in self._moves.get(source, set()):
            raise UndeclaredMove(f"{source or 'idle'!r} -> {target!r} is not declared")

    def write_diagrams(self, folder: Path) -> list[Path]:
        folder.mkdir(parents=True, exist_ok=True)
        written = []
        for flow in self.flows:
            path = folder / f"{flow.name}.mmd"
            path.write_text(flow.mermaid(), encoding="utf-8")
            written.append(path)
        return written


class Draft:
    """Base of a typed draft kept in `conversation_states.data` (JSON): subclasses are
    dataclasses whose fields are JSON values. `load` ignores unknown keys and fills missing ones
    with their defaults, so a draft written by an older version still loads."""

    @classmethod
    def load(cls, data: Mapping[str, Any]) -> Self:
        names = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
        return cls(**{k: v for k, v in data.items() if k in names})

    def dump(self) -> dict[str, Any]:
        return dataclasses.asdict(self)  # type: ignore[call-overload, no-any-return]
