"""Choosing where a resident lives: country (when several), municipality, community/village."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from babel import Locale

from bot.context import Context
from bot.flows import Draft, Flow
from bot.messages import Choice
from bot.routing import Router
from handlers.menu import reoffer, show_menu
from storage import repos
from storage.models import Municipality

router = Router()


class Place(StrEnum):
    COUNTRY = "place.country"
    MUNICIPALITY = "place.municipality"
    COMMUNITY = "place.community"


FLOW = router.declare(
    Flow(
        "place",
        Place,
        entries=(Place.COUNTRY, Place.MUNICIPALITY),  # a country first only when there are several
        moves={
            Place.COUNTRY: {
                Place.MUNICIPALITY: "picks a country",
                Place.COMMUNITY: "types a municipality's name or code",
            },
            Place.MUNICIPALITY: {
                Place.COUNTRY: "back",
                Place.COMMUNITY: "picks a municipality with villages",
            },
            Place.COMMUNITY: {Place.COUNTRY: "back"},
        },
        title="Choosing where a resident lives (then the menu)",
    )
)


@dataclass
class PlaceDraft(Draft):
    country: str | None = None  # the country whose municipalities are listed
    municipality_id: int | None = None  # whose communities are listed


# Where CLDR's name is not the one the country uses for itself in that language: since 1993 the
# official Russian name of Kyrgyzstan is "Кыргызстан" (its constitution; CLDR keeps "Киргизия").
COUNTRY_NAMES = {("KG", "ru"): "Кыргызстан"}


def country_name(code: str, locale: str) -> str:
    """The country's name in the resident's language, from CLDR (Babel's data) unless
    `COUNTRY_NAMES` corrects it."""
    if fixed := COUNTRY_NAMES.get((code, locale)):
        return fixed
    return str(Locale.parse(locale).territories.get(code, code))  # Babel types CLDR data as Any


def place_name(ctx: Context, municipality: Municipality, community: Municipality | None) -> str:
    name = municipality.name(ctx.t.chain)
    return f"{community.name(ctx.t.chain)}, {name}" if community else name


async def ask_place(ctx: Context) -> None:
    """Start choosing a place: the country first when the deployment spans several."""
    countries = await repos.countries(ctx.session)
    if len(countries) > 1:
        ctx.goto(Place.COUNTRY)
        ctx.say(
            "place-choose-country",
            [
                Choice(f"country:{code}", country_name(code, ctx.resident.locale))
                for code in countries
            ],
        )
    else:
        await ask_municipality(ctx, country=countries[0] if countries else None)


async def ask_municipality(ctx: Context, *, country: str | None) -> None:
    municipalities = await repos.list_municipalities(ctx.session, country=country)
    choices = [Choice(f"mun:{m.id}", m.name(ctx.t.chain)) for m in municipalities]
    if len(await repos.countries(ctx.session)) > 1:
        choices.append(ctx.choice("place:countries", "back"))
    ctx.goto(Place.MUNICIPALITY, **PlaceDraft(country=country).dump())
    # The word for a municipality is the country's own (айыл аймагы, mahalla, ҷамоат, etrap...).
    ctx.say("place-choose-municipality", choices, country=country or "other")


async def settle(ctx: Context, municipality: Municipality, community: Municipality | None) -> None:
    """Save the place and go on: to the communities if there are some, else to the menu."""
    ctx.resident.municipality_id = municipality.id
    ctx.resident.community_id = community.id if community else None
    if community is None and await repos.has_communities(
        ctx.session, municipality_id=municipality.id
    ):
        communities = await repos.list_municipalities(ctx.session, parent_id=municipality.id)
        ctx.goto(Place.COMMUNITY, **PlaceDraft(municipality_id=municipality.id).dump())
        ctx.say(
            "place-choose-community",
            [
                *(Choice(f"com:{c.id}", c.name(ctx.t.chain)) for c in communities),
                ctx.choice("com:none", "place-community-none"),
            ],
            municipality=municipality.name(ctx.t.chain),
            count=len(communities),
        )
        return
    show_menu(ctx, "place-saved", place=place_name(ctx, municipality, community))


async def confirm_place(ctx: Context) -> None:
    municipality = await repos.municipality_by_id(ctx.session, id=ctx.resident.municipality_id)
    community = await repos.municipality_by_id(ctx.session, id=ctx.resident.community_id)
    if municipality is None:
        await ask_place(ctx)
    else:
        show_menu(ctx, "place-saved", place=place_name(ctx, municipality, community))


async def apply_code(ctx: Context, code: str) -> Municipality | None:
    """A deep-link code: sets municipality (and community) without asking. None if unknown."""
    place = await repos.municipality_by_code(ctx.session, code=code)
    if place is None:
        return None
    parent = await repos.municipality_by_id(ctx.session, id=place.parent_id)
    ctx.resident.municipality_id = (parent or place).id
    ctx.resident.community_id = place.id if parent else None
    return place


@router.choice("place")
async def back_to_countries(ctx: Context) -> None:
    await ask_place(ctx)


@router.choice("country")
async def country_chosen(ctx: Context) -> None:
    if ctx.arg not in await repos.countries(ctx.session):
        show_menu(ctx, "button-expired")
        return
    await ask_municipality(ctx, country=ctx.arg)


@router.choice("mun")
async def municipality_chosen(ctx: Context) -> None:
    municipality = await repos.municipality_by_id(ctx.session, id=repos.parse_id(ctx.arg))
    if municipality is None or municipality.parent_id is not None:
        await ask_place(ctx)
        return
    await settle(ctx, municipality, None)


@router.choice("com")
async def community_chosen(ctx: Context) -> None:
    municipality = await repos.municipality_by_id(ctx.session, id=ctx.resident.municipality_id)
    if municipality is None:
        await ask_place(ctx)
        return
    community = None
    if ctx.arg != "none":
        community = await repos.municipality_by_id(ctx.session, id=repos.parse_id(ctx.arg))
        if community is None or community.parent_id != municipality.id:
            await settle(ctx, municipality, None)  # a button from another municipality: ask again
            return
    ctx.resident.community_id = community.id if community else None
    show_menu(ctx, "place-saved", place=place_name(ctx, municipality, community))


@router.state(*Place)
async def place_typed(ctx: Context) -> None:
    """A typed name or code in any language picks the place (labels were matched already)."""
    typed = (ctx.incoming.text or "").strip()
    place = await repos.municipality_by_code(ctx.session, code=typed)
    if place is None:
        wanted = typed.casefold()
        draft = PlaceDraft.load(ctx.data)
        parent_id = draft.municipality_id if ctx.state == Place.COMMUNITY else None
        for candidate in await repos.list_municipalities(ctx.session, parent_id=parent_id):
            if any(str(name).casefold() == wanted for name in candidate.names.values()):
                place = candidate
                break
    if place is None:
        reoffer(ctx, "place-not-found")
        return
    parent = await repos.municipality_by_id(ctx.session, id=place.parent_id)
    if parent is None:
        await settle(ctx, place, None)
    else:
        await settle(ctx, parent, place)
