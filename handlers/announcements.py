"""Municipal announcements: publishers write and send them (/announce, /announcements);
residents read the latest for their municipality.

The draft lives in the conversation state, so it survives restarts; every step re-checks the
publisher's role for the draft's municipality, so a forged button cannot reach another one.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select

from bot.context import Context
from bot.delivery import DeliveryEngine, DeliveryFigures, announcement_text, recipients_query
from bot.messages import Choice
from bot.routing import Router
from handlers import audience
from handlers.audience import allowed
from handlers.menu import show_menu
from storage import repos
from storage.models import (
    Action,
    Announcement,
    AnnouncementStatus,
    Category,
    Municipality,
)

router = Router()

MAX_TEXT = 4000  # under Telegram's 4096; with a photo, longer text follows it as a message
PAGE = 3  # announcements shown to a resident at a time
LIST = 8  # announcements listed to a publisher
TIME_FORMATS = ("%d.%m.%Y %H:%M", "%Y-%m-%d %H:%M", "%d.%m.%y %H:%M")
EXAMPLE_FORMAT = "%d.%m.%Y %H:%M"


def local(moment: datetime, municipality: Municipality) -> str:
    return moment.astimezone(ZoneInfo(municipality.timezone)).strftime(EXAMPLE_FORMAT)


def category_choices(ctx: Context) -> list[Choice]:
    return [ctx.choice(f"an:cat:{c.value}", f"category-{c.value}") for c in Category]


# --- /announce ------------------------------------------------------------------------------


@router.command("announce")
async def announce(ctx: Context) -> None:
    if municipality := await audience.pick_municipality(
        ctx, prefix="an", state="announce.municipality",
        message_id="announce-choose-municipality", refusal="announce-not-allowed",
    ):  # fmt: skip
        await choose_municipality(ctx, municipality)


async def choose_municipality(ctx: Context, municipality: Municipality) -> None:
    ctx.goto("announce.audience", m=municipality.id, c=[])
    if await repos.has_communities(ctx.session, municipality_id=municipality.id):
        await audience.ask_audience(
            ctx, municipality, prefix="an", message_id="announce-choose-audience"
        )
    else:
        ask_category(ctx)


def ask_category(ctx: Context) -> None:
    ctx.resident.state.name = "announce.category"
    ctx.say("announce-choose-category", category_choices(ctx))


def ask_text(ctx: Context, locale: str) -> None:
    ctx.resident.state.name = "announce.text"
    ctx.resident.state.data = {**ctx.data, "lang": locale}
    ctx.say("announce-write-text", language=ctx.i18n.self_name(locale), max=MAX_TEXT)


def ask_more_languages(ctx: Context) -> None:
    written = ctx.data.get("texts", {})
    missing = [code for code in ctx.i18n.locales if code not in written]
    ctx.resident.state.name = "announce.languages"
    ctx.say(
        "announce-add-language",
        [
            *(Choice(f"an:lang:{code}", ctx.i18n.self_name(code)) for code in missing),
            ctx.choice("an:done", "announce-languages-done"),
        ],
    )


@router.choice("an")
async def announce_step(ctx: Context) -> None:
    step, _, value = ctx.arg.partition(":")
    if step == "m":
        chosen = next((m for m in await allowed(ctx) if str(m.id) == value), None)
        if chosen is None or not ctx.state.startswith("announce"):
            ctx.say("announce-not-allowed")
            return
        await choose_municipality(ctx, chosen)
        return
    municipality = await audience.draft_municipality(ctx, "announce")
    if municipality is None:
        show_menu(ctx, "button-expired")
        return
    match step:
        case "c":
            await audience.toggle(ctx, municipality, value)
            await audience.ask_audience(
                ctx, municipality, prefix="an", message_id="announce-choose-audience"
            )
        case "go":
            ask_category(ctx)
        case "cat" if value in {c.value for c in Category}:
            ctx.resident.state.data = {**ctx.data, "cat": value}
            ask_text(ctx, ctx.resident.locale)
        case "lang" if value in ctx.i18n.locales:
            ask_text(ctx, value)
        case "done" if ctx.data.get("texts"):
            ctx.resident.state.name = "announce.media"
            ctx.say("announce-attach", [ctx.choice("an:nomedia", "announce-no-attachment")])
        case "nomedia":
            ctx.resident.state.data = {**ctx.data, "media": None}
            ask_when(ctx)
        case "now":
            ctx.resident.state.data = {**ctx.data, "at": None}
            await preview(ctx, municipality)
        case "later":
            ctx.resident.state.name = "announce.time"
            example = local(ctx.now + timedelta(days=1), municipality)
            ctx.say(
                "announce-write-time", municipality=municipality.name(ctx.t.chain), example=example
            )
        case "ok":
            await publish(ctx, municipality)
        case "x":
            show_menu(ctx, "announce-cancelled")
        case _:
            show_menu(ctx, "button-expired")


def ask_when(ctx: Context) -> None:
    ctx.resident.state.name = "announce.when"
    ctx.say(
        "announce-choose-time",
        [ctx.choice("an:now", "announce-send-now"), ctx.choice("an:later", "announce-schedule")],
    )


@router.state("announce.media", media=True)
async def announce_media(ctx: Context) -> None:
    """A photo or a document for the announcement; text here gets the hint and the button."""
    if ctx.incoming.media is None:
        ctx.say("announce-attach", [ctx.choice("an:nomedia", "announce-no-attachment")])
        return
    ctx.resident.state.data = {**ctx.data, "media": ctx.incoming.media.as_dict()}
    ask_when(ctx)


@router.state("announce.text", free_text=True)
async def announce_text(ctx: Context) -> None:
    text = (ctx.incoming.text or "").strip()
    if len(text) > MAX_TEXT:
        ctx.say("announce-text-too-long", length=len(text), max=MAX_TEXT)
        return
    if not text:
        ctx.say("announce-write-text", language=ctx.i18n.self_name(ctx.data["lang"]), max=MAX_TEXT)
        return
    texts = {**ctx.data.get("texts", {}), ctx.data["lang"]: text}
    ctx.resident.state.data = {**ctx.data, "texts": texts}
    ask_more_languages(ctx)


@router.state("announce.time", free_text=True)
async def announce_time(ctx: Context) -> None:
    municipality = await audience.draft_municipality(ctx, "announce")
    if municipality is None:
        show_menu(ctx, "button-expired")
        return
    typed = " ".join((ctx.incoming.text or "").split())
    example = local(ctx.now + timedelta(days=1), municipality)
    moment = None
    for pattern in TIME_FORMATS:
        try:
            moment = datetime.strptime(typed, pattern).replace(
                tzinfo=ZoneInfo(municipality.timezone)
            )
            break
        except ValueError:
            continue
    if moment is None:
        ctx.say("announce-time-invalid", example=example)
        return
    if moment <= ctx.now + timedelta(minutes=1):
        ctx.say("announce-time-past", example=example)
        return
    ctx.resident.state.data = {**ctx.data, "at": moment.isoformat()}
    await preview(ctx, municipality)


def draft_announcement(ctx: Context, municipality: Municipality) -> Announcement:
    at = ctx.data.get("at")
    return Announcement(
        municipality_id=municipality.id,
        community_ids=list(ctx.data.get("c", [])),
        category=ctx.data["cat"],
        texts=dict(ctx.data["texts"]),
        media=ctx.data.get("media"),
        author_id=ctx.resident.id,
        send_at=datetime.fromisoformat(at) if at else ctx.now,
        status=AnnouncementStatus.SCHEDULED,
    )


async def preview(ctx: Context, municipality: Municipality) -> None:
    draft = draft_announcement(ctx, municipality)
    channels = list(ctx.delivery.channels) if ctx.delivery else []
    count = await repos.count_recipients(
        ctx.session, query=recipients_query(draft, channels=channels), category=draft.category
    )
    ctx.resident.state.name = "announce.confirm"
    ctx.say(
        "announce-preview",
        [ctx.choice("an:ok", "announce-confirm"), ctx.choice("an:x", "announce-cancel")],
        category=ctx.t(f"category-{draft.category}"),
        place=municipality.name(ctx.t.chain),
        when=await when_it_goes(ctx, draft, municipality),
        languages=", ".join(ctx.i18n.self_name(code) for code in draft.texts),
        attachment=(draft.media or {}).get("kind", "none"),
        count=count,
        text=announcement_text(draft, ctx.resident.locale),
    )


async def publish(ctx: Context, municipality: Municipality) -> None:
    if ctx.state != "announce.confirm" or not ctx.data.get("texts"):
        show_menu(ctx, "button-expired")
        return
    announcement = draft_announcement(ctx, municipality)
    ctx.session.add(announcement)
    await ctx.session.flush()
    if ctx.data.get("at"):
        when = await when_it_goes(ctx, announcement, municipality)
        show_menu(ctx, "announce-scheduled", when=when)
        return
    count, start = 0, ctx.now
    if ctx.delivery is not None:
        start = await bulk_start(ctx, announcement)
        count = await ctx.delivery.enqueue_announcement(ctx.session, announcement)
        ctx.queued = True
    if start > ctx.now:
        show_menu(
            ctx, "announce-sending-later", count=count, place=municipality.name(ctx.t.chain),
            start=local(start, municipality),
        )  # fmt: skip
        return
    show_menu(ctx, "announce-sending", count=count)


async def bulk_start(ctx: Context, announcement: Announcement) -> datetime:
    """When sending really starts: quiet hours may hold it (not emergencies)."""
    if ctx.delivery is None:
        return announcement.send_at
    return await ctx.delivery.bulk_start(
        ctx.session, municipality_id=announcement.municipality_id, at=announcement.send_at,
        urgent=announcement.category == Category.EMERGENCY,
    )  # fmt: skip


async def when_it_goes(ctx: Context, announcement: Announcement, municipality: Municipality) -> str:
    """ "now" or its local time, and when quiet hours hold it, when sending really starts."""
    scheduled = bool(ctx.data.get("at"))
    when = local(announcement.send_at, municipality) if scheduled else ctx.t("announce-now")
    start = await bulk_start(ctx, announcement)
    if start > announcement.send_at:
        return ctx.t("announce-when-quiet", when=when, start=local(start, municipality))
    return when


# --- /announcements: what was sent, with figures; cancel, correct, withdraw --------------------


@router.command("announcements")
async def list_announcements(ctx: Context) -> None:
    municipalities = {m.id: m for m in await allowed(ctx)}
    if not municipalities:
        ctx.say("announce-not-allowed")
        return
    rows = list(
        await ctx.session.scalars(
            select(Announcement)
            .where(Announcement.municipality_id.in_(municipalities))
            .order_by(Announcement.id.desc())
            .limit(LIST)
        )
    )
    if not rows:
        ctx.say("announcements-none")
        return
    figures = await DeliveryEngine.figures(ctx.session, [a.id for a in rows])
    withdrawals = await DeliveryEngine.withdrawal_figures(ctx.session, [a.id for a in rows])
    for a in rows:
        numbers = figures.get(a.id) or DeliveryFigures()
        choices = []
        if a.status == AnnouncementStatus.SCHEDULED:
            choices.append(ctx.choice(f"ans:cancel:{a.id}", "announcements-cancel"))
        elif a.status == AnnouncementStatus.RELEASED:
            choices.append(ctx.choice(f"ans:fix:{a.id}", "announcements-correct"))
            choices.append(ctx.choice(f"ans:withdraw:{a.id}", "announcements-withdraw"))
        text = announcement_text(a, ctx.resident.locale)[:200]
        if (withdrawal := withdrawals.get(a.id)) is not None:  # the truth of what was removed
            text = ctx.t("announcements-withdrawal", **dataclasses.asdict(withdrawal)) + "\n" + text
        ctx.say(
            "announcements-item",
            choices,
            id=a.id,
            when=local(a.send_at, municipalities[a.municipality_id]),
            category=ctx.t(f"category-{a.category}"),
            status=a.status,
            queued=numbers.queued,
            sent=numbers.sent,
            failed=numbers.failed,
            blocked=numbers.blocked,
            text=text,
        )


@router.choice("ans")
async def manage(ctx: Context) -> None:
    action, _, raw_id = ctx.arg.partition(":")
    announcement = await repos.get_by_ref(ctx.session, Announcement, raw_id)
    if announcement is None or announcement.municipality_id not in {
        m.id for m in await allowed(ctx)
    }:
        ctx.say("announce-not-allowed")
        return
    match action, announcement.status:
        case "cancel", AnnouncementStatus.SCHEDULED:
            announcement.status = AnnouncementStatus.CANCELLED
            show_menu(ctx, "announcements-cancelled", id=announcement.id)
        case "withdraw", AnnouncementStatus.RELEASED:
            announcement.status = AnnouncementStatus.WITHDRAWN
            count = 0
            if ctx.delivery is not None:
                count = await ctx.delivery.enqueue_followups(
                    ctx.session, announcement, Action.DELETE
                )
                ctx.queued = True
            show_menu(ctx, "announcements-withdrawn", id=announcement.id, count=count)
        case "fix", AnnouncementStatus.RELEASED:
            ctx.goto("announce.fix", id=announcement.id)
            ctx.say(
                "announcements-choose-language",
                [Choice(f"ansl:{code}", ctx.i18n.self_name(code)) for code in announcement.texts],
            )
        case _:
            show_menu(ctx, "button-expired")


@router.choice("ansl")
async def fix_language(ctx: Context) -> None:
    if ctx.state != "announce.fix" or ctx.arg not in ctx.i18n.locales:
        show_menu(ctx, "button-expired")
        return
    ctx.resident.state.data = {**ctx.data, "lang": ctx.arg}
    ctx.say("announce-write-text", language=ctx.i18n.self_name(ctx.arg), max=MAX_TEXT)


@router.state("announce.fix", free_text=True)
async def fix_text(ctx: Context) -> None:
    announcement = await ctx.session.get(Announcement, int(ctx.data.get("id", 0)))
    locale = ctx.data.get("lang")
    text = (ctx.incoming.text or "").strip()
    if (
        announcement is None
        or locale is None
        or announcement.municipality_id not in {m.id for m in await allowed(ctx)}
    ):
        show_menu(ctx, "button-expired")
        return
    if not text or len(text) > MAX_TEXT:
        ctx.say("announce-text-too-long", length=len(text), max=MAX_TEXT)
        return
    announcement.texts = {**announcement.texts, locale: text}
    announcement.edited_at = ctx.now
    count = 0
    if ctx.delivery is not None:
        count = await ctx.delivery.enqueue_followups(ctx.session, announcement, Action.EDIT)
        ctx.queued = True
    show_menu(ctx, "announcements-corrected", id=announcement.id, count=count)


# --- residents -----------------------------------------------------------------------------


@router.choice("news")
async def latest(ctx: Context) -> None:
    offset = repos.parse_id(ctx.arg) or 0
    municipality = await repos.municipality_by_id(ctx.session, id=ctx.resident.municipality_id)
    if municipality is None:
        show_menu(ctx, "news-no-place")
        return
    items = await repos.latest_announcements(
        ctx.session, municipality_id=municipality.id, community_id=ctx.resident.community_id
    )
    page = items[offset : offset + PAGE]
    if not page:
        ctx.goto("menu")
        ctx.say(
            "news-none" if offset == 0 else "news-no-more",
            [ctx.choice("lib:", "news-library"), ctx.choice("menu:main", "back-to-menu")],
        )
        return
    for item in page:
        ctx.say(
            "news-item",
            category=ctx.t(f"category-{item.category}"),
            when=local(item.released_at or item.send_at, municipality),
            text=announcement_text(item, ctx.resident.locale),
        )
    choices = []
    if len(items) > offset + PAGE:
        choices.append(ctx.choice(f"news:{offset + PAGE}", "news-older"))
    choices.append(ctx.choice("lib:", "news-library"))
    choices.append(ctx.choice("menu:main", "back-to-menu"))
    ctx.goto("menu")
    ctx.say("news-end", choices)
