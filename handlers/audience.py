"""Choosing who hears something: all residents of a municipality, or some of its communities.
Announcements and consultations share it; the draft keeps the chosen community ids under "c"."""

from __future__ import annotations

from bot.context import Context
from bot.messages import Choice
from storage import repos
from storage.models import Municipality


async def ask_audience(
    ctx: Context, municipality: Municipality, *, prefix: str, message_id: str
) -> None:
    """Ticks: "all" or any communities; `<prefix>:c:<id>` toggles one, `<prefix>:go` goes on."""
    chosen = set(ctx.data.get("c", []))
    communities = await repos.list_municipalities(ctx.session, parent_id=municipality.id)
    choices = [
        ctx.choice(f"{prefix}:c:all", "announce-audience-all", mark="✅" if not chosen else "▫️")
    ]
    choices += [
        Choice(f"{prefix}:c:{c.id}", f"{'✅' if c.id in chosen else '▫️'} {c.name(ctx.t.chain)}")
        for c in communities
    ]
    choices.append(ctx.choice(f"{prefix}:go", "announce-continue"))
    ctx.say(message_id, choices, municipality=municipality.name(ctx.t.chain))


async def toggle(ctx: Context, municipality: Municipality, value: str) -> None:
    """A press on "all" or on a community; only the municipality's own communities count."""
    chosen = set(ctx.data.get("c", []))
    if value == "all":
        chosen.clear()
    elif (community_id := repos.parse_id(value)) is not None:
        community = await repos.municipality_by_id(ctx.session, id=community_id)
        if community is not None and community.parent_id == municipality.id:
            chosen ^= {community.id}
    ctx.resident.state.data = {**ctx.data, "c": sorted(chosen)}
