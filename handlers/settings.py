"""/settings: language, place and notices in one screen."""

from __future__ import annotations

from bot.context import Context
from bot.routing import Router
from handlers.language import ask_language
from handlers.places import ask_place, place_name
from storage import repos
from storage.models import ResidentStatus

router = Router()


async def show_settings(ctx: Context, message_id: str = "settings-summary") -> None:
    resident = ctx.resident
    municipality = await repos.municipality_by_id(ctx.session, id=resident.municipality_id)
    community = await repos.municipality_by_id(ctx.session, id=resident.community_id)
    receiving = resident.status == ResidentStatus.ACTIVE
    ctx.goto("settings")
    ctx.say(
        message_id,
        [
            ctx.choice("settings:language", "settings-change-language"),
            ctx.choice("settings:place", "settings-change-place"),
            ctx.choice(
                "settings:notices", "settings-notices-off" if receiving else "settings-notices-on"
            ),
            ctx.choice("menu:main", "back-to-menu"),
        ],
        language=ctx.i18n.self_name(resident.locale),
        place=place_name(ctx, municipality, community) if municipality else "—",
        notices="on" if receiving else "off",
    )


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
        case "notices":
            receiving = ctx.resident.status == ResidentStatus.ACTIVE
            repos.set_status(
                ctx.resident, ResidentStatus.STOPPED if receiving else ResidentStatus.ACTIVE
            )
            await show_settings(ctx, "notices-off" if receiving else "notices-on-again")
        case _:
            await show_settings(ctx)
