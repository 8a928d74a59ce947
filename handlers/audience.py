"""Who publishes where, and who hears it: the publisher's municipality, then all its residents or
some of its communities. Announcements and consultations share it; a draft keeps the
municipality's id under "m" and the chosen community ids under "c"."""

from __future__ import annotations

from bot.context import Context
from bot.messages import Choice
from storage import repos
from storage.models import Municipality, Role


async def allowed(ctx: Context) -> list[Municipality]:
    """The municipalities the resident publishes for."""
    return await repos.municipalities_with_role(
        ctx.session, resident=ctx.resident, role=Role.PUBLISHER
    )


async def pick_municipality(
    ctx: Context, *, prefix: str, state: str, message_id: str, refusal: str
) -> Municipality | None:
    """The publisher's municipality at once when they publish for one; otherwise they are asked
    (`<prefix>:m:<id>` buttons, in `state`) and None is returned; non-publishers are refused."""
    municipalities = await allowed(ctx)
    if not municipalities:
        ctx.say(refusal)
        return None
    if len(municipalities) == 1:
        return municipalities[0]
    ctx.goto(state)
    ctx.say(message_id, [Choice(f"{prefix}:m:{m.id}", m.name(ctx.t.chain)) for m in municipalities])
    return None


async def draft_municipality(ctx: Context, state_prefix: str) -> Municipality | None:
    """The draft's municipality, if the resident is in that draft and (still) publishes there."""
    if not ctx.state.startswith(state_prefix):
        return None
    return next((m for m in await allowed(ctx) if m.id == ctx.data.get("m")), None)


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
