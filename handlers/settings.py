"""/settings: language, place and notices in one screen."""

from __future__ import annotations

from bot.context import Context
from bot.messages import Choice
from bot.routing import Router
from handlers.language import ask_language
from handlers.places import ask_place, place_name
from storage import repos
from storage.models import Category, ResidentStatus

router = Router()


async def show_settings(ctx: Context, message_id: str = "settings-summary") -> None:
    resident = ctx.resident
    municipality = await repos.municipality_by_id(ctx.session, id=resident.municipality_id)
    community = await repos.municipality_by_id(ctx.session, id=resident.community_id)
    receiving = resident.status == ResidentStatus.ACTIVE
    reminders = "off" if resident.tutorial_reminders else "on"  # what the button would do
    ctx.goto("settings")
    ctx.say(
        message_id,
        [
            ctx.choice("settings:language", "settings-change-language"),
            ctx.choice("settings:place", "settings-change-place"),
            ctx.choice(
                "settings:notices", "settings-notices-off" if receiving else "settings-notices-on"
            ),
            ctx.choice("settings:topics", "settings-topics"),
            ctx.choice("settings:reminders", f"settings-reminders-{reminders}"),
            ctx.choice("menu:main", "back-to-menu"),
        ],
        language=ctx.i18n.self_name(resident.locale),
        place=place_name(ctx, municipality, community) if municipality else "—",
        notices="on" if receiving else "off",
    )


MUTABLE = [c for c in Category if c is not Category.EMERGENCY]  # emergencies always come


def show_topics(ctx: Context, message_id: str = "topics-title") -> None:
    muted = set(ctx.resident.muted_categories or [])
    ctx.goto("settings")
    ctx.say(
        message_id,
        [
            *(
                Choice(
                    f"mute:{c.value}",
                    f"{'🔕' if c.value in muted else '✅'} {ctx.t(f'category-{c.value}')}",
                )
                for c in MUTABLE
            ),
            ctx.choice("settings:show", "back"),
        ],
    )


@router.choice("mute")
async def toggle_topic(ctx: Context) -> None:
    if ctx.arg not in {c.value for c in MUTABLE}:
        show_topics(ctx)
        return
    muted = set(ctx.resident.muted_categories or [])
    muted ^= {ctx.arg}
    ctx.resident.muted_categories = sorted(muted)  # a new list, so the JSON column is saved
    show_topics(ctx, "topics-saved")


@router.command("settings")
async def settings_command(ctx: Context) -> None:
    await show_settings(ctx)


@router.choice("settings")
async def settings_choice(ctx: Context) -> None:
    match ctx.arg:
        case "language":
            ask_language(ctx)
        case "place":
            await ask_place(ctx)
        case "topics":
            show_topics(ctx)
        case "reminders":
            ctx.resident.tutorial_reminders = not ctx.resident.tutorial_reminders
            await show_settings(ctx)
        case "notices":
            receiving = ctx.resident.status == ResidentStatus.ACTIVE
            repos.set_status(
                ctx.resident,
                ResidentStatus.STOPPED if receiving else ResidentStatus.ACTIVE,
                now=ctx.now,
            )
            await show_settings(ctx, "notices-off" if receiving else "notices-on-again")
        case _:
            await show_settings(ctx)
