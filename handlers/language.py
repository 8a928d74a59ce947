"""Choosing the language the bot speaks with a resident.

A language button is `lang:<locale>`: the locale codes we ship are its only values (no
sub-actions); anything else asks again.
"""

from __future__ import annotations

from bot.context import Context
from bot.messages import Choice
from bot.routing import Router
from handlers.menu import Home, show_menu
from handlers.places import ask_place, confirm_place

router = Router()


def lang_id(locale: str) -> str:
    return f"lang:{locale}"


def language_choices(ctx: Context) -> list[Choice]:
    """Each language in its own name; the current one first, so "1" keeps it."""
    current = ctx.resident.locale
    ordered = [current, *(code for code in ctx.i18n.locales if code != current)]
    return [Choice(lang_id(code), ctx.i18n.self_name(code)) for code in ordered]


def ask_language(ctx: Context, message_id: str = "language-choose") -> None:
    ctx.goto(Home.LANGUAGE)
    ctx.say(message_id, language_choices(ctx))


@router.command("language")
async def language_command(ctx: Context) -> None:
    ask_language(ctx)


@router.choice("lang")
async def language_chosen(ctx: Context) -> None:
    if ctx.arg not in ctx.i18n.locales:
        ask_language(ctx)
        return
    onboarding = not ctx.resident.locale_chosen
    ctx.resident.locale = ctx.arg
    ctx.resident.locale_chosen = True
    if ctx.resident.municipality_id is None:
        await ask_place(ctx)  # onboarding goes on in the new language
    elif onboarding:  # the place came with a deep link: confirm it
        await confirm_place(ctx)
    else:
        show_menu(ctx, "language-changed")
