"""Choosing the language the bot speaks with a resident.

A language button is `lang:<locale>`: the locale codes we ship are its only values (no
sub-actions); anything else asks again.
"""

from __future__ import annotations

from bot.context import Context
from bot.messages import Choice
from bot.routing import Router
from handlers.menu import Home, keeps_drafts, show_menu
from handlers.places import Place, ask_place, confirm_place, settle
from storage import repos

router = Router()


def lang_id(locale: str) -> str:
    return f"lang:{locale}"


def language_choices(ctx: Context) -> list[Choice]:
    """Each language in its own name; the current one first, so "1" keeps it."""
    current = ctx.resident.locale
    ordered = [current, *(code for code in ctx.i18n.locales if code != current)]
    return [Choice(lang_id(code), ctx.i18n.self_name(code)) for code in ordered]


def ask_language(
    ctx: Context, message_id: str = "language-choose", *, then: str | None = None
) -> None:
    """`then`: the place step the resident was at (onboarding goes on there afterwards)."""
    ctx.goto(Home.LANGUAGE, **({"then": then} if then else {}))
    ctx.say(message_id, language_choices(ctx))


@router.command("language")
@keeps_drafts("language")
async def language_command(ctx: Context) -> None:
    # Changing the language halfway through choosing a place must not skip the rest of it.
    ask_language(ctx, then=ctx.state if ctx.state in set(Place) else None)


@router.choice("lang")
async def language_chosen(ctx: Context) -> None:
    if ctx.arg not in ctx.i18n.locales:
        ask_language(ctx)
        return
    onboarding = not ctx.resident.locale_chosen
    then = ctx.data.get("then") if ctx.state == Home.LANGUAGE else None
    ctx.resident.locale = ctx.arg
    ctx.resident.locale_chosen = True
    municipality = await repos.municipality_by_id(ctx.session, id=ctx.resident.municipality_id)
    if then == Place.COMMUNITY and municipality is not None:
        await settle(ctx, municipality, None)  # the villages again, in the new language
    elif then in (Place.COUNTRY, Place.MUNICIPALITY) or ctx.resident.municipality_id is None:
        await ask_place(ctx)  # onboarding goes on in the new language
    elif onboarding:  # the place came with a deep link: confirm it
        await confirm_place(ctx)
    else:
        show_menu(ctx, "language-changed")
