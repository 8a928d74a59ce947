"""The municipal information library: standing items (acts, council decisions, budget
execution, jobs, conflict-of-interest rules, contacts) from the content file.

Browsing keeps no conversation state: every button carries what it shows (`lib:` the topics,
`lib:c:<topic>` a topic's items, `lib:i:<id>` one item)."""

from __future__ import annotations

from enum import StrEnum

from bot.context import Context
from bot.i18n import localised
from bot.messages import Choice
from bot.routing import Router
from handlers.menu import show_menu
from storage import repos
from storage.models import LibraryCategory, LibraryItem

router = Router()

PREFIX = "lib"
CATEGORIES = frozenset(c.value for c in LibraryCategory)


class Show(StrEnum):
    TOPICS = ""  # `lib:`
    CATEGORY = "c"
    ITEM = "i"


def library_id(show: Show = Show.TOPICS, value: object = None) -> str:
    """`lib:` for the topics (the trailing colon kept: older keyboards carry it)."""
    return f"{PREFIX}:{show}" if value is None else f"{PREFIX}:{show}:{value}"


@router.choice(PREFIX)
async def library(ctx: Context) -> None:
    municipality_id = ctx.resident.municipality_id
    if municipality_id is None:
        show_menu(ctx, "news-no-place")
        return
    kind, _, value = ctx.arg.partition(":")
    if kind == Show.CATEGORY and value in CATEGORIES:
        await show_category(ctx, municipality_id, value)
    elif kind == Show.ITEM and repos.parse_id(value) is not None:
        item = await repos.get_by_ref(ctx.session, LibraryItem, value)
        if item is None or item.municipality_id != municipality_id:
            await show_categories(ctx, municipality_id)
            return
        text = localised(item.texts, ctx.t.chain)
        if item.url:
            text = f"{text}\n\n{item.url}"
        ctx.reply(
            f"{localised(item.titles, ctx.t.chain)}\n\n{text}",
            [
                ctx.choice(library_id(Show.CATEGORY, item.category), "back"),
                ctx.choice("menu:main", "back-to-menu"),
            ],
        )
    else:
        await show_categories(ctx, municipality_id)


async def show_categories(ctx: Context, municipality_id: int) -> None:
    categories = await repos.library_categories(ctx.session, municipality_id=municipality_id)
    if not categories:
        show_menu(ctx, "library-empty")
        return
    ctx.goto("menu")
    ctx.say(
        "library-title",
        [
            *(
                ctx.choice(library_id(Show.CATEGORY, category), f"library-{category}")
                for category in categories
            ),
            ctx.choice("menu:main", "back-to-menu"),
        ],
    )


async def show_category(ctx: Context, municipality_id: int, category: str) -> None:
    items = await repos.library_items(
        ctx.session, municipality_id=municipality_id, category=category
    )
    if not items:
        await show_categories(ctx, municipality_id)
        return
    ctx.say(
        "library-choose-item",
        [
            *(
                Choice(library_id(Show.ITEM, item.id), localised(item.titles, ctx.t.chain))
                for item in items
            ),
            ctx.choice(library_id(), "back"),
        ],
        category=ctx.t(f"library-{category}"),
    )
