"""/settings: language, place and notices in one screen."""

from __future__ import annotations

from enum import StrEnum

from bot.context import Context
from bot.messages import Choice
from bot.routing import Router
from handlers.language import ask_language
from handlers.menu import BACK_TO_MENU, Home, keeps_drafts
from handlers.places import ask_place, place_name
from storage import repos
from storage.models import Category, ResidentStatus

router = Router()


class SettingsAction(StrEnum):
    """`settings:<action>`"""

    SHOW = "show"
    LANGUAGE = "language"
    PLACE = "place"
    NOTICES = "notices"
    TOPICS = "topics"
    REMINDERS = "reminders"


def settings_id(action: SettingsAction) -> str:
    return f"settings:{action}"


def mute_id(category: Category) -> str:
    """`mute:<category>`: switches a topic of announcements on or off."""
    return f"mute:{category.value}"


async def show_settings(ctx: Context, message_id: str = "settings-summary") -> None:
    resident = ctx.resident
    municipality = await repos.municipality_by_id(ctx.session, id=resident.municipality_id)
    community = await repos.municipality_by_id(ctx.session, id=resident.community_id)
    receiving = resident.status == ResidentStatus.ACTIVE
    reminders = "off" if resident.tutorial_reminders else "on"  # what the button would do
    ctx.goto(Home.SETTINGS)
    ctx.say(
        message_id,
        [
            ctx.choice(settings_id(SettingsAction.LANGUAGE), "settings-change-language"),
            ctx.choice(settings_id(SettingsAction.PLACE), "settings-change-place"),
            ctx.choice(
                settings_id(SettingsAction.NOTICES),
                "settings-notices-off" if receiving else "settings-notices-on",
            ),
            ctx.choice(settings_id(SettingsAction.TOPICS), "settings-topics"),
            ctx.choice(settings_id(SettingsAction.REMINDERS), f"settings-reminders-{reminders}"),
            ctx.choice(BACK_TO_MENU, "back-to-menu"),
        ],
        language=ctx.i18n.self_name(resident.locale),
        place=place_name(ctx, municipality, community) if municipality else "—",
        notices="on" if receiving else "off",
        reminders="on" if resident.tutorial_reminders else "off",  # the state; buttons are verbs
    )


MUTABLE = [c for c in Category if c is not Category.EMERGENCY]  # emergencies always come


def show_topics(ctx: Context, message_id: str = "topics-title") -> None:
    muted = set(ctx.resident.muted_categories or [])
    ctx.goto(Home.SETTINGS)
    ctx.say(
        message_id,
        [
            *(
                Choice(
                    mute_id(c),
                    f"{'🔕' if c.value in muted else '✅'} {ctx.t(f'category-{c.value}')}",
                )
                for c in MUTABLE
            ),
            ctx.choice(settings_id(SettingsAction.SHOW), "back"),
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
@keeps_drafts("settings")
async def settings_command(ctx: Context) -> None:
    await show_settings(ctx)


@router.choice("settings")
async def settings_choice(ctx: Context) -> None:
    try:
        action = SettingsAction(ctx.arg)
    except ValueError:
        action = SettingsAction.SHOW  # an older keyboard's button: the settings again
    match action:
        case SettingsAction.LANGUAGE:
            ask_language(ctx)
        case SettingsAction.PLACE:
            await ask_place(ctx)
        case SettingsAction.TOPICS:
            show_topics(ctx)
        case SettingsAction.REMINDERS:
            ctx.resident.tutorial_reminders = not ctx.resident.tutorial_reminders
            await show_settings(ctx)
        case SettingsAction.NOTICES:
            receiving = ctx.resident.status == ResidentStatus.ACTIVE
            repos.set_status(
                ctx.resident,
                ResidentStatus.STOPPED if receiving else ResidentStatus.ACTIVE,
                now=ctx.now,
            )
            await show_settings(ctx, "notices-off" if receiving else "notices-on-again")
        case SettingsAction.SHOW:
            await show_settings(ctx)
