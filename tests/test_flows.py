"""Declared conversation flows: the diagrams in docs/flows are the declarations, and handlers
cannot move a conversation along a path nobody declared."""

from __future__ import annotations

from enum import StrEnum

import pytest

from bot.__main__ import FLOW_DIAGRAMS
from bot.flows import Draft, Flow, Flows, UndeclaredMove
from handlers import build_router
from handlers.places import Place, PlaceDraft

ROUTER = build_router()
FLOWS = Flows.of(ROUTER.flows)


def test_every_diagram_is_fresh() -> None:
    """`python -m bot flows` writes them; commit what it writes."""
    for flow in ROUTER.flows:
        path = FLOW_DIAGRAMS / f"{flow.name}.mmd"
        assert path.exists(), f"no diagram for {flow.name}: run python -m bot flows"
        assert path.read_text(encoding="utf-8") == flow.mermaid(), f"{path.name} is stale"
    names = {path.stem for path in FLOW_DIAGRAMS.glob("*.mmd")}
    assert names == {flow.name for flow in ROUTER.flows}, "a diagram of a flow that is gone"


def test_every_state_with_a_handler_is_declared() -> None:
    """And the dispatcher checks strictly: a goto() to a state no flow knows fails any test
    that reaches it."""
    assert {str(state) for state in ROUTER.states} <= FLOWS.states


def test_undeclared_moves_are_refused() -> None:
    FLOWS.check(Place.COUNTRY, Place.MUNICIPALITY)  # declared
    FLOWS.check(Place.COMMUNITY, Place.COMMUNITY)  # staying
    FLOWS.check("place.community", Place.MUNICIPALITY)  # an entry: allowed from anywhere
    FLOWS.check(Place.COUNTRY, Place.COMMUNITY)  # a municipality's name typed at once
    with pytest.raises(UndeclaredMove):
        FLOWS.check(Place.COMMUNITY, Place.MUNICIPALITY.value + "x")  # no such state
    with pytest.raises(UndeclaredMove):
        FLOWS.check("", Place.COMMUNITY)  # into the middle of a flow
    with pytest.raises(UndeclaredMove):
        FLOWS.check("settings", Place.COMMUNITY)


def test_strict_flows_refuse_unknown_states() -> None:
    class Demo(StrEnum):
        A = "demo.a"
        B = "demo.b"

    strict = Flows.of([Flow("demo", Demo, entries=(Demo.A,), moves={Demo.A: {Demo.B: "next"}})])
    strict.check(Demo.A, Demo.B)
    with pytest.raises(UndeclaredMove):
        strict.check(Demo.A, "nowhere")
    with pytest.raises(ValueError):
        Flows.of([strict.flows[0], strict.flows[0]])


def test_drafts_load_what_older_versions_wrote() -> None:
    assert PlaceDraft.load({"country": "AZ", "gone": 1}) == PlaceDraft(country="AZ")
    assert PlaceDraft.load({}).dump() == {"country": None, "municipality_id": None}
    assert issubclass(PlaceDraft, Draft)
