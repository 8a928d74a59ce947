"""The municipal information library: standing items (acts, council decisions, budget
execution, jobs, conflict-of-interest rules, contacts) from the content file."""

from __future__ import annotations

from bot.context import Context
from bot.i18n import localised
from bot.messages import Choice
from bot.routing import Router
from handlers.menu import show_menu
from storage import repos
from storage.models import LibraryCategory, LibraryItem

router = Router()


@router.choice("lib")
async def library(ctx: Context) -> None:
    municipality_id = ctx.resident.municipality_id
    if municipality_id is None:
        show_menu(ctx, "news-no-place")
        return
    kind, _, value = ctx.arg.partition(":")
    if kind == "c" and value in {c.value for c in LibraryCategory}:
        await show_category(ctx, municipality_id, value)
    elif kind == "i" and repos.parse_id(value) is not None:
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
                ctx.choice(f"lib:c:{item.category}", "back"),
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
            *(ctx.choice(f"lib:c:{category}", f"library-{category}") for category in categories),
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
            *(Choice(f"lib:i:{item.id}", localised(item.titles, ctx.t.chain)) for item in items),
            ctx.choice("lib:", "back"),
        ],
        category=ctx.t(f"library-{category}"),
    )
