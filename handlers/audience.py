"""Who publishes where, and who hears it: the publisher's municipality, then all its residents or
some of its communities. Announcements and consultations share it.

A publishing draft keeps the municipality's id under "m" and the chosen community ids under "c"
(`AudienceDraft`); the picker's buttons are `<prefix>:m:<id>`, `<prefix>:c:<id>` (or
`<prefix>:c:all`) and `<prefix>:go` (`Pick`, `pick_id`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, ClassVar, Self

from bot.context import Context
from bot.flows import Draft
from bot.messages import Choice
from storage import repos
from storage.models import Municipality, Role

MUNICIPALITY_KEY = "m"  # where a draft keeps the municipality's id
COMMUNITIES_KEY = "c"  # ... and the chosen communities' ids (empty: everyone)
EVERYONE = "all"  # `<prefix>:c:all`: the whole municipality


class Pick(StrEnum):
    """The picker's sub-actions, after the publisher's prefix."""

    MUNICIPALITY = "m"
    COMMUNITY = "c"
    GO = "go"


def pick_id(prefix: str, pick: Pick, value: object = None) -> str:
    return f"{prefix}:{pick}" if value is None else f"{prefix}:{pick}:{value}"


@dataclass
class KeyedDraft(Draft):
    """A draft whose fields are kept under short keys (`KEYS`: field name -> stored key), so
    that drafts written before it was typed still load and the picker's keys stay shared."""

    KEYS: ClassVar[Mapping[str, str]] = {}

    @classmethod
    def load(cls, data: Mapping[str, Any]) -> Self:
        stored = {key: name for name, key in cls.KEYS.items()}
        return super().load({stored.get(key, key): value for key, value in data.items()})

    def dump(self) -> dict[str, Any]:
        return {self.KEYS.get(name, name): value for name, value in super().dump().items()}


@dataclass
class AudienceDraft(KeyedDraft):
    """The picker's part of a publishing draft."""

    KEYS: ClassVar[Mapping[str, str]] = {
        "municipality_id": MUNICIPALITY_KEY,
        "community_ids": COMMUNITIES_KEY,
    }

    municipality_id: int | None = None
    community_ids: list[int] = field(default_factory=list)  # empty: everyone


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
    ctx.say(
        message_id,
        [
            Choice(pick_id(prefix, Pick.MUNICIPALITY, m.id), m.name(ctx.t.chain))
            for m in municipalities
        ],
    )
    return None


async def draft_municipality(ctx: Context, state_prefix: str) -> Municipality | None:
    """The draft's municipality, if the resident is in that draft and (still) publishes there."""
    if not ctx.state.startswith(state_prefix):
        return None
    wanted = AudienceDraft.load(ctx.data).municipality_id
    return next((m for m in await allowed(ctx) if m.id == wanted), None)


async def ask_audience(
    ctx: Context, municipality: Municipality, *, prefix: str, message_id: str
) -> None:
    """Ticks: "all" or any communities; `<prefix>:c:<id>` toggles one, `<prefix>:go` goes on."""
    chosen = set(AudienceDraft.load(ctx.data).community_ids)
    communities = await repos.list_municipalities(ctx.session, parent_id=municipality.id)
    choices = [
        ctx.choice(
            pick_id(prefix, Pick.COMMUNITY, EVERYONE), "announce-audience-all",
            mark="✅" if not chosen else "▫️",
        )
    ]  # fmt: skip
    choices += [
        Choice(
            pick_id(prefix, Pick.COMMUNITY, c.id),
            f"{'✅' if c.id in chosen else '▫️'} {c.name(ctx.t.chain)}",
        )
        for c in communities
    ]
    choices.append(ctx.choice(pick_id(prefix, Pick.GO), "announce-continue"))
    ctx.say(message_id, choices, municipality=municipality.name(ctx.t.chain))


async def toggle(ctx: Context, municipality: Municipality, value: str) -> None:
    """A press on "all" or on a community; only the municipality's own communities count. The
    conversation stays where it is, the rest of its draft untouched."""
    chosen = set(AudienceDraft.load(ctx.data).community_ids)
    if value == EVERYONE:
        chosen.clear()
    elif (community_id := repos.parse_id(value)) is not None:
        community = await repos.municipality_by_id(ctx.session, id=community_id)
        if community is not None and community.parent_id == municipality.id:
            chosen ^= {community.id}
    ctx.move(ctx.state, **{COMMUNITIES_KEY: sorted(chosen)})
