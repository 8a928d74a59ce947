"""The main menu, sections still to come, and what we say when input fits nothing.

`Home` names the states of the resident's home screens (the flow itself, onboarding included, is
declared in `handlers.start`, which sees every module it passes through); it lives here, in the
module every feature imports, so that each can lead back to the menu.
"""

from __future__ import annotations

from enum import StrEnum

from bot.context import Context
from bot.flows import HOME
from bot.messages import Choice
from bot.routing import Fallback, Router
from storage import repos, surveys

router = Router()


class Home(StrEnum):
    """Onboarding and the home screens."""

    IDLE = ""  # bot.flows.IDLE: a new resident, before their first answer
    LANGUAGE = "language"  # choosing the language (first contact, /language, settings)
    MENU = HOME  # the main menu: every conversation may come back to it
    SETTINGS = "settings"  # the settings screen and its topics


class MenuAction(StrEnum):
    """`menu:<action>`"""

    MAIN = "main"


def menu_id(action: MenuAction = MenuAction.MAIN) -> str:
    return f"menu:{action}"


BACK_TO_MENU = menu_id()  # "menu:main": the way back every screen offers

# The main menu: each entry's choice id is routed by its feature's own router.
SECTIONS = ("announcements", "payments", "consultations", "proposal")
MENU_ITEMS = {
    "announcements": "news:0",
    "payments": "tut:list",
    "consultations": "ev:list",
    "proposal": "prop:menu",
}
SETTINGS_ITEM = "settings:show"  # routed by handlers.settings (SettingsAction.SHOW)
SURVEYS_ITEM = "sv:list"  # routed by handlers.surveys; shown while a survey is open for them


def menu_choices(ctx: Context) -> list[Choice]:
    return [
        *(ctx.choice(MENU_ITEMS[section], f"menu-{section}") for section in SECTIONS),
        ctx.choice(SETTINGS_ITEM, "menu-settings"),
    ]


def show_menu(ctx: Context, message_id: str = "menu-title", **args: object) -> None:
    ctx.goto(Home.MENU)
    ctx.say(message_id, menu_choices(ctx), **args)


async def show_home(ctx: Context, message_id: str = "menu-title", **args: object) -> None:
    """The menu, with "Surveys" first while one is open for the resident (one query; the
    menus shown after an action in another flow go without it)."""
    choices = menu_choices(ctx)
    if await surveys.open_for(ctx.session, ctx.resident, now=ctx.now):
        choices.insert(0, ctx.choice(SURVEYS_ITEM, "menu-surveys"))
    ctx.goto(Home.MENU)
    ctx.say(message_id, choices, **args)


@router.command("menu")
async def menu_command(ctx: Context) -> None:
    await show_home(ctx)


@router.choice("menu")
async def menu_choice(ctx: Context) -> None:
    await show_home(ctx)  # "menu:main", and whatever an older keyboard carried after "menu:"


def reoffer(ctx: Context, message_id: str) -> None:
    """Explain, then put the last keyboard back (or the menu when there was none)."""
    offered = [
        Choice(str(choice_id), str(label)) for choice_id, label, *_ in ctx.resident.state.offered
    ]
    if offered:
        ctx.say(message_id, offered)
    else:
        show_menu(ctx, message_id)


@router.choice("more")
async def more_choices(ctx: Context) -> None:
    """The next page of a long list of choices (channels with short lists page them)."""
    offered = [
        Choice(str(choice_id), str(label)) for choice_id, label, *_ in ctx.resident.state.offered
    ]
    first = repos.parse_id(ctx.arg) or 0
    if not offered or first >= len(offered):
        show_menu(ctx, "button-expired")
        return
    ctx.reply(ctx.t("more-choices"), offered, first_choice=first)


@router.fallback(Fallback.UNRECOGNISED)
async def unrecognised(ctx: Context) -> None:
    reoffer(ctx, "hint-use-buttons")


@router.fallback(Fallback.MEDIA)
async def media(ctx: Context) -> None:
    reoffer(ctx, "hint-text-only")


@router.fallback(Fallback.STALE_BUTTON)
async def stale_button(ctx: Context) -> None:
    show_menu(ctx, "button-expired")


@router.fallback(Fallback.UNKNOWN_COMMAND)
async def unknown_command(ctx: Context) -> None:
    ctx.say("unknown-command")
