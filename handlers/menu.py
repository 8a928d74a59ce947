"""The main menu, sections still to come, and what we say when input fits nothing.

`Home` names the states of the resident's home screens (the flow itself, onboarding included, is
declared in `handlers.start`, which sees every module it passes through); it lives here, in the
module every feature imports, so that each can lead back to the menu.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from enum import StrEnum

from bot.context import Context
from bot.flows import HOME, Flow
from bot.messages import Choice
from bot.routing import Fallback, Handler, Router
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


# --- drafts survive commands ------------------------------------------------------------------
#
# A resident halfway through a draft (a proposal, a description of what is wrong) who types
# /menu, /language, /settings or /start is not made to lose it: the draft is kept aside
# (`Kept.DRAFT`, with the state and its data) and they are asked whether to go on with it or
# drop it and do what they asked. Feature modules register their draft states with
# `keeps_draft_in`, naming how to show the step again.

Resume = Callable[[Context], Awaitable[None]]


class Kept(StrEnum):
    DRAFT = "draft.kept"  # a draft set aside by a command: continue or discard?


class KeptAction(StrEnum):
    """`draft:<action>`"""

    CONTINUE = "continue"
    DISCARD = "discard"


FLOW = router.declare(
    Flow(
        "drafts",
        Kept,
        entries=(Kept.DRAFT,),  # a command typed in the middle of a draft
        moves={},  # back to the draft's own step: declared by each feature's flow
        title="A draft kept aside by a command: continue it, or discard it and go on",
    )
)

DRAFTS: dict[str, tuple[str, Resume]] = {}  # state -> (what, its message id; how to resume)
_COMMANDS: dict[str, Handler] = {}  # the commands a kept draft may go on to


def keeps_draft_in(states: Iterable[str], *, what: str, resume: Resume) -> None:
    """Register draft states: `what` is the message id naming the draft ("your proposal"),
    `resume` shows the step of `ctx.state` again (its data is the draft)."""
    for state in states:
        DRAFTS[str(state)] = (what, resume)


def keeps_drafts(name: str) -> Callable[[Handler], Handler]:
    """Wrap the handler of command `name`: in a draft, ask first (see above)."""

    def wrap(handler: Handler) -> Handler:
        _COMMANDS[name] = handler

        async def guarded(ctx: Context) -> None:
            kept = ctx.state == Kept.DRAFT and str(ctx.data.get("draft_state")) in DRAFTS
            if ctx.state in DRAFTS or kept:  # asked already: a second command asks again
                keep_draft(ctx, then=name)
                return
            await handler(ctx)

        guarded.__qualname__ = handler.__qualname__
        guarded.__doc__ = handler.__doc__
        return guarded

    return wrap


def keep_draft(ctx: Context, *, then: str | None) -> None:
    """Set the draft aside and ask: continue it, or discard it (and run `then`)."""
    if ctx.state == Kept.DRAFT:
        ctx.move(Kept.DRAFT, then=then, arg=ctx.arg)
    else:
        ctx.goto(Kept.DRAFT, draft_state=ctx.state, draft=dict(ctx.data), then=then, arg=ctx.arg)
    what, _ = DRAFTS[str(ctx.data["draft_state"])]
    ctx.say(
        "draft-kept",
        [
            ctx.choice(f"draft:{KeptAction.CONTINUE}", "draft-continue"),
            ctx.choice(f"draft:{KeptAction.DISCARD}", "draft-discard"),
        ],
        what=ctx.t(what),
    )


async def resume_draft(ctx: Context) -> bool:
    """Back to a kept draft's step, showing it again; False when there is none."""
    if ctx.state == Kept.DRAFT:
        state, data = str(ctx.data.get("draft_state") or ""), ctx.data.get("draft") or {}
        if state not in DRAFTS:
            return False
        ctx.goto(state, **data)
    if ctx.state not in DRAFTS:
        return False
    await DRAFTS[ctx.state][1](ctx)
    return True


@router.choice("draft")
async def draft_choice(ctx: Context) -> None:
    if ctx.state != Kept.DRAFT:
        show_menu(ctx, "button-expired")
        return
    if ctx.arg == KeptAction.CONTINUE and await resume_draft(ctx):
        return
    then = _COMMANDS.get(str(ctx.data.get("then") or ""))
    ctx.arg = str(ctx.data.get("arg") or "")  # the command's own argument (a deep-link code)
    ctx.goto(Home.MENU)
    ctx.say("draft-discarded")
    if then is None:
        show_menu(ctx)
    else:
        await then(ctx)


@router.command("menu")
@keeps_drafts("menu")
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
