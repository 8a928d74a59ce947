"""Choosing where a resident lives: country (when several), municipality, community/village."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from enum import StrEnum

from babel import Locale

from bot.context import Context
from bot.flows import Draft, Flow
from bot.messages import Choice
from bot.routing import Router
from bot.textmatch import latin, loose
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
    picked = await repos.municipality_by_id(ctx.session, id=repos.parse_id(ctx.arg))
    if ctx.state in (Place.COUNTRY, Place.MUNICIPALITY) and picked and picked.parent_id:
        # A village offered as "did you mean" before any municipality was chosen.
        parent = await repos.municipality_by_id(ctx.session, id=picked.parent_id)
        if parent is not None:
            await settle(ctx, parent, picked)
            return
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


def _keys(text: str) -> set[tuple[str, ...]]:
    """A name as words, matched however it is written: case, diacritics, Turkic i's
    (`bot.textmatch.loose`), and Cyrillic typed in Latin letters (`latin`)."""
    return {tuple(key.split()) for key in (loose(text), latin(text)) if key}


def _contains(words: tuple[str, ...], part: tuple[str, ...]) -> bool:
    return any(words[i : i + len(part)] == part for i in range(len(words) - len(part) + 1))


def match_places(
    typed: str, candidates: list[Municipality]
) -> tuple[list[Municipality], list[Municipality]]:
    """The places `typed` names, and the places it nearly names ("did you mean").

    A place matches when the typed words are its name in any language (`names`), or words of
    it ("Нұра" for "Нұра ауданы", "глубокое" for "посёлок Глубокое"); whole names win over
    words of names. Only when nothing matches are the close names (difflib's ratio >= 0.75 on
    the loose keys) returned as suggestions, the closest first."""
    wanted = _keys(typed)
    whole, partial = [], []
    for place in candidates:
        names = set().union(*(_keys(str(name)) for name in place.names.values()))
        if wanted & names:
            whole.append(place)
        elif any(_contains(name, part) for name in names for part in wanted):
            partial.append(place)
    if whole or partial:
        return whole or partial, []
    scores: dict[int, float] = {}
    for place in candidates:
        for name in place.names.values():
            for key in _keys(str(name)):
                for part in wanted:
                    ratio = difflib.SequenceMatcher(None, " ".join(part), " ".join(key)).ratio()
                    scores[place.id] = max(scores.get(place.id, 0.0), ratio)
    close = [p for p in candidates if scores.get(p.id, 0.0) >= CLOSE]
    close.sort(key=lambda p: -scores[p.id])
    return [], close[:SUGGESTIONS]


CLOSE = 0.75  # difflib ratio from which a name is offered as "did you mean"
SUGGESTIONS = 3


def _choice_for(ctx: Context, place: Municipality) -> Choice:
    prefix = "com" if place.parent_id is not None else "mun"
    return Choice(f"{prefix}:{place.id}", place.name(ctx.t.chain))


@router.state(*Place)
async def place_typed(ctx: Context) -> None:
    """A typed name or code in any language picks the place (labels were matched already).
    While choosing a village, the municipality's villages are searched first; otherwise
    municipalities first, then every village."""
    typed = (ctx.incoming.text or "").strip()
    place = await repos.municipality_by_code(ctx.session, code=typed)
    if place is None:
        draft = PlaceDraft.load(ctx.data)
        own = (
            await repos.list_municipalities(ctx.session, parent_id=draft.municipality_id)
            if ctx.state == Place.COMMUNITY and draft.municipality_id is not None
            else []
        )
        tops = await repos.list_municipalities(ctx.session)
        villages = [
            c for m in tops for c in await repos.list_municipalities(ctx.session, parent_id=m.id)
        ]
        suggestions: list[Municipality] = []
        for candidates in (own, tops, villages):
            found, close = match_places(typed, candidates)
            if len(found) == 1:
                place = found[0]
                break
            if found:  # several places of that name: let them pick
                suggestions = found
                break
            suggestions = suggestions or close
        if place is None and suggestions:
            offered = [_choice_for(ctx, p) for p in suggestions]
            rest = [
                Choice(str(entry[0]), str(entry[1]))
                for entry in ctx.resident.state.offered
                if str(entry[0]) not in {c.id for c in offered}
            ]
            ctx.say(
                "place-did-you-mean",
                [*offered, *rest],
                place=", ".join(c.label for c in offered),
            )
            return
    if place is None:
        reoffer(ctx, "place-not-found")
        return
    parent = await repos.municipality_by_id(ctx.session, id=place.parent_id)
    if parent is None:
        await settle(ctx, place, None)
    else:
        await settle(ctx, parent, place)
