"""/start (with an optional deep-link municipality code), /stop, /help; and the declaration of
onboarding and the home screens (their states are `handlers.menu.Home`; this module sees every
module they pass through)."""

from __future__ import annotations

from bot.context import Context
from bot.flows import Flow
from bot.routing import Router
from handlers.language import ask_language
from handlers.menu import Home, keeps_drafts, reoffer, resume_draft, show_menu
from handlers.places import Place, apply_code, ask_place
from handlers.staff import show_help
from storage import repos
from storage.models import ResidentStatus

router = Router()

FLOW = router.declare(
    Flow(
        "home",
        Home,
        # /menu, /language and /settings work from anywhere, and so do the buttons that lead
        # there; a new resident starts idle.
        entries=(Home.MENU, Home.LANGUAGE, Home.SETTINGS),
        moves={
            Home.IDLE: {
                Home.LANGUAGE: "first /start, or any first message: greeting and languages",
            },
            Home.LANGUAGE: {
                Place.COUNTRY: "picks a language; no place yet",
                Place.MUNICIPALITY: "picks a language; no place yet (one country)",
                Place.COMMUNITY: "picks a language while choosing the village: asked again",
                Home.MENU: "picks a language; place known (a deep link, or a change)",
            },
            Home.MENU: {
                Home.SETTINGS: "⚙️ Settings",
            },
            Home.SETTINGS: {
                Home.SETTINGS: "topics, notices, guide reminders",
                Home.LANGUAGE: "🌐 Change language",
                Place.COUNTRY: "📍 Change place",
                Place.MUNICIPALITY: "📍 Change place (one country)",
                Home.MENU: "back to the menu",
            },
        },
        title="Onboarding and the resident's home screens: language, menu, settings",
    )
)


@router.command("start")
@keeps_drafts("start")
async def start(ctx: Context) -> None:
    resident = ctx.resident
    came_back = repos.set_status(resident, ResidentStatus.ACTIVE, now=ctx.now) and not ctx.is_new
    if came_back:
        ctx.say("notices-on-again")
        repos.record_consent(ctx.session, resident, opted_in=True, text=ctx.replies[-1].text)

    unknown_code = None
    if ctx.arg and await apply_code(ctx, ctx.arg) is None:
        unknown_code = ctx.arg

    if not resident.locale_chosen:
        # First contact: greet in the language we guessed (now that a deep link may have told
        # us the country) and let them change it. The greeting says what we will send and how
        # to stop it: consent, kept with the words shown.
        if ctx.country is not None:
            resident.locale = ctx.negotiated_locale()
        ask_language(ctx, "greeting")
        if ctx.is_new:
            repos.record_consent(ctx.session, resident, opted_in=True, text=ctx.replies[-1].text)
        return
    if unknown_code is not None:
        ctx.say("deep-link-unknown", code=unknown_code[:64])
    if resident.municipality_id is None:
        await ask_place(ctx)
    else:
        show_menu(ctx, "welcome-back")


@router.command("resume")
async def resume(ctx: Context) -> None:
    """Where the resident was, shown again (the terminal chat sends this when it reopens, rather
    than /start): a draft's step, else the last question with its buttons; a resident who has
    not finished onboarding starts it."""
    onboarded = ctx.resident.locale_chosen and ctx.resident.municipality_id is not None
    if not onboarded and ctx.state in (Home.IDLE, Home.MENU):
        await start(ctx)
        return
    if await resume_draft(ctx):
        return
    reoffer(ctx, "resumed")


@router.command("stop")
async def stop(ctx: Context) -> None:
    if repos.set_status(ctx.resident, ResidentStatus.STOPPED, now=ctx.now):
        written = (ctx.incoming.text or "/stop").strip()[:64]
        repos.record_consent(ctx.session, ctx.resident, opted_in=False, text=written)
    ctx.say("notices-off")


@router.command("help")
async def help_command(ctx: Context) -> None:
    await show_help(ctx)  # and, for staff, their roles' commands
