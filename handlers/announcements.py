"""Municipal announcements: publishers write and send them (/announce, /announcements);
residents read the latest for their municipality.

The draft lives in the conversation state (`AnnounceDraft`), so it survives restarts; every step
re-checks the publisher's role for the draft's municipality, so a forged button cannot reach
another one. What may happen to an announcement (cancel, correct, withdraw) is decided by
`storage.announcements`; this module asks, renders and queues.

A publishing button works in the step that offered it, and in the text step that follows it
while its keyboard is still the newest one (`STEP_STATES`); pressed anywhere else, the newest
keyboard is offered again and the draft is kept.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import ClassVar, TypeVar
from zoneinfo import ZoneInfo

from bot import announcing
from bot.context import Context
from bot.delivery import DeliveryEngine, DeliveryFigures, announcement_text
from bot.flows import Flow
from bot.messages import Choice
from bot.routing import Router
from handlers import audience
from handlers.audience import AudienceDraft, KeyedDraft, Pick, allowed
from handlers.library import library_id
from handlers.menu import reoffer, show_menu
from storage import announcements, repos
from storage.announcements import (
    MAX_TEXT,
    AnnouncementError,
    Change,
    InvalidDraft,
    InvalidText,
    NewAnnouncement,
    TooSoon,
)
from storage.models import Announcement, Municipality

router = Router()

PAGE = 3  # announcements shown to a resident at a time
LIST = 8  # announcements listed to a publisher
TIME_FORMATS = ("%d.%m.%Y %H:%M", "%Y-%m-%d %H:%M", "%d.%m.%y %H:%M")
EXAMPLE_FORMAT = "%d.%m.%Y %H:%M"
CATEGORIES = frozenset(announcements.TOPICS)


# --- the flows, their drafts and choice ids --------------------------------------------------


class Announce(StrEnum):
    """Writing and sending an announcement (/announce)."""

    MUNICIPALITY = "announce.municipality"  # only for publishers of several
    AUDIENCE = "announce.audience"
    CATEGORY = "announce.category"
    TEXT = "announce.text"
    LANGUAGES = "announce.languages"
    MEDIA = "announce.media"
    WHEN = "announce.when"
    TIME = "announce.time"
    CONFIRM = "announce.confirm"


class Correcting(StrEnum):
    """Correcting a text of a released announcement (/announcements, Correct)."""

    FIX = "announce.fix"


FLOW = router.declare(
    Flow(
        "announce",
        Announce,
        entries=(Announce.MUNICIPALITY, Announce.AUDIENCE),  # several municipalities, or one
        moves={
            Announce.MUNICIPALITY: {Announce.AUDIENCE: "picks a municipality"},
            Announce.AUDIENCE: {Announce.CATEGORY: "Continue (at once without villages)"},
            Announce.CATEGORY: {Announce.TEXT: "picks a topic"},
            Announce.TEXT: {
                Announce.LANGUAGES: "writes the text",
                Announce.MEDIA: "Done, on the languages' buttons",
            },
            Announce.LANGUAGES: {Announce.TEXT: "adds a language", Announce.MEDIA: "Done"},
            Announce.MEDIA: {Announce.WHEN: "sends a photo or a document, or No attachment"},
            Announce.WHEN: {Announce.CONFIRM: "Send now", Announce.TIME: "Choose a time"},
            Announce.TIME: {Announce.CONFIRM: "types a time ahead, or Send now"},
            Announce.CONFIRM: {Announce.TIME: "Send, once the time has passed"},
        },
        title="Publishing an announcement (Send or Cancel: the menu)",
    )
)

FIX_FLOW = router.declare(
    Flow(
        "announce_fix",
        Correcting,
        entries=(Correcting.FIX,),
        moves={},
        title="Correcting a released announcement: a language, then its text (then the menu)",
    )
)


@dataclass
class AnnounceDraft(AudienceDraft):
    """Kept under the keys drafts had before they were typed ("cat", "lang", "at")."""

    KEYS: ClassVar[Mapping[str, str]] = {
        **AudienceDraft.KEYS,
        "category": "cat",
        "language": "lang",
        "send_at": "at",
    }

    category: str | None = None
    texts: dict[str, str] = field(default_factory=dict)  # locale -> text
    language: str | None = None  # the language being written
    media: dict[str, str] | None = None  # {"kind", "ref", "name"}
    send_at: str | None = None  # ISO time; None: now


@dataclass
class FixDraft(KeyedDraft):
    KEYS: ClassVar[Mapping[str, str]] = {"announcement_id": "id", "language": "lang"}

    announcement_id: int | None = None
    language: str | None = None


PREFIX = "an"  # publishing: an:<Step>[:<value>]
MANAGE = "ans"  # /announcements: ans:<Manage>:<id>
FIX_LANGUAGE = "ansl"  # ansl:<locale>


class Step(StrEnum):
    MUNICIPALITY = Pick.MUNICIPALITY.value  # the audience picker's
    COMMUNITY = Pick.COMMUNITY.value
    GO = Pick.GO.value
    CATEGORY = "cat"
    LANGUAGE = "lang"
    DONE = "done"
    NO_MEDIA = "nomedia"
    NOW = "now"
    LATER = "later"
    OK = "ok"
    CANCEL = "x"


class Manage(StrEnum):
    CANCEL = "cancel"  # asks first, saying who would not get it
    FIX = "fix"
    WITHDRAW = "withdraw"  # asks first, saying from how many chats it goes
    CANCEL_OK = "cancelok"
    WITHDRAW_OK = "withdrawok"


# Where each publishing button applies (see the module's docstring).
STEP_STATES: Mapping[Step, frozenset[Announce]] = {
    Step.MUNICIPALITY: frozenset(Announce),
    Step.COMMUNITY: frozenset({Announce.AUDIENCE}),
    Step.GO: frozenset({Announce.AUDIENCE}),
    Step.CATEGORY: frozenset({Announce.CATEGORY, Announce.TEXT}),
    Step.LANGUAGE: frozenset({Announce.LANGUAGES, Announce.TEXT}),
    Step.DONE: frozenset({Announce.LANGUAGES, Announce.TEXT}),
    Step.NO_MEDIA: frozenset({Announce.MEDIA}),
    Step.NOW: frozenset({Announce.WHEN, Announce.TIME}),
    Step.LATER: frozenset({Announce.WHEN, Announce.TIME}),
    Step.OK: frozenset({Announce.CONFIRM}),
    Step.CANCEL: frozenset(Announce),
}

# The buttons under a listed announcement: the changes its status allows that a publisher makes.
BUTTONS: Mapping[Change, tuple[Manage, str]] = {
    Change.CANCEL: (Manage.CANCEL, "announcements-cancel"),
    Change.CORRECT: (Manage.FIX, "announcements-correct"),
    Change.WITHDRAW: (Manage.WITHDRAW, "announcements-withdraw"),
}


def step_id(step: Step, value: object = None) -> str:
    return f"{PREFIX}:{step}" if value is None else f"{PREFIX}:{step}:{value}"


def manage_id(action: Manage, announcement_id: int) -> str:
    return f"{MANAGE}:{action}:{announcement_id}"


E = TypeVar("E", bound=StrEnum)


def parsed(kind: type[E], raw: str) -> E | None:
    try:
        return kind(raw)
    except ValueError:
        return None


# --- helpers ---------------------------------------------------------------------------------


local = announcing.local


def category_choices(ctx: Context) -> list[Choice]:
    return [ctx.choice(step_id(Step.CATEGORY, c), f"category-{c}") for c in announcements.TOPICS]


def new_announcement(
    ctx: Context, draft: AnnounceDraft, municipality: Municipality
) -> NewAnnouncement:
    return NewAnnouncement(
        municipality_id=municipality.id,
        category=draft.category or "",
        texts=draft.texts,
        community_ids=tuple(draft.community_ids),
        media=draft.media,
        author_id=ctx.resident.id,
        send_at=datetime.fromisoformat(draft.send_at) if draft.send_at else None,
    )


# --- /announce ------------------------------------------------------------------------------


@router.command("announce")
async def announce(ctx: Context) -> None:
    if municipality := await audience.pick_municipality(
        ctx, prefix=PREFIX, state=Announce.MUNICIPALITY,
        message_id="announce-choose-municipality", refusal="announce-not-allowed",
    ):  # fmt: skip
        await choose_municipality(ctx, municipality)


async def choose_municipality(ctx: Context, municipality: Municipality) -> None:
    ctx.goto(Announce.AUDIENCE, **AnnounceDraft(municipality_id=municipality.id).dump())
    if await repos.has_communities(ctx.session, municipality_id=municipality.id):
        await audience.ask_audience(
            ctx, municipality, prefix=PREFIX, message_id="announce-choose-audience"
        )
    else:
        ask_category(ctx)


def ask_category(ctx: Context) -> None:
    ctx.move(Announce.CATEGORY)
    ctx.say("announce-choose-category", category_choices(ctx))


def ask_text(ctx: Context, draft: AnnounceDraft, locale: str) -> None:
    ctx.goto(Announce.TEXT, **dataclasses.replace(draft, language=locale).dump())
    ctx.say("announce-write-text", language=ctx.i18n.self_name(locale), max=MAX_TEXT)


def ask_more_languages(ctx: Context, draft: AnnounceDraft) -> None:
    missing = [code for code in ctx.i18n.locales if code not in draft.texts]
    ctx.goto(Announce.LANGUAGES, **draft.dump())
    ctx.say(
        "announce-add-language",
        [
            *(Choice(step_id(Step.LANGUAGE, code), ctx.i18n.self_name(code)) for code in missing),
            ctx.choice(step_id(Step.DONE), "announce-languages-done"),
        ],
    )


def ask_media(ctx: Context) -> None:
    ctx.move(Announce.MEDIA)
    ctx.say("announce-attach", [ctx.choice(step_id(Step.NO_MEDIA), "announce-no-attachment")])


def ask_when(ctx: Context, draft: AnnounceDraft) -> None:
    ctx.goto(Announce.WHEN, **draft.dump())
    ctx.say(
        "announce-choose-time",
        [
            ctx.choice(step_id(Step.NOW), "announce-send-now"),
            ctx.choice(step_id(Step.LATER), "announce-schedule"),
        ],
    )


def ask_time(
    ctx: Context, municipality: Municipality, draft: AnnounceDraft, message_id: str
) -> None:
    ctx.goto(Announce.TIME, **draft.dump())
    example = local(ctx.now + timedelta(days=1), municipality)
    ctx.say(message_id, municipality=municipality.name(ctx.t.chain), example=example)


@router.choice(PREFIX)
async def announce_step(ctx: Context) -> None:
    raw, _, value = ctx.arg.partition(":")
    step = parsed(Step, raw)
    if step is Step.MUNICIPALITY:
        chosen = next((m for m in await allowed(ctx) if str(m.id) == value), None)
        if chosen is None or ctx.state not in STEP_STATES[step]:
            ctx.say("announce-not-allowed")
            return
        await choose_municipality(ctx, chosen)
        return
    municipality = await audience.draft_municipality(ctx, "announce.")
    if municipality is None or step is None or ctx.state not in set(Announce):
        show_menu(ctx, "button-expired")
        return
    if ctx.state not in STEP_STATES[step]:
        reoffer(ctx, "hint-use-buttons")  # an older keyboard's button: the draft stays
        return
    draft = AnnounceDraft.load(ctx.data)
    match step:
        case Step.COMMUNITY:
            await audience.toggle(ctx, municipality, value)
            await audience.ask_audience(
                ctx, municipality, prefix=PREFIX, message_id="announce-choose-audience"
            )
        case Step.GO:
            ask_category(ctx)
        case Step.CATEGORY if value in CATEGORIES:
            ask_text(ctx, dataclasses.replace(draft, category=value), ctx.resident.locale)
        case Step.LANGUAGE if value in ctx.i18n.locales:
            ask_text(ctx, draft, value)
        case Step.DONE if draft.texts:
            ask_media(ctx)
        case Step.NO_MEDIA:
            ask_when(ctx, dataclasses.replace(draft, media=None))
        case Step.NOW:
            await preview(ctx, municipality, dataclasses.replace(draft, send_at=None))
        case Step.LATER:
            ask_time(ctx, municipality, draft, "announce-write-time")
        case Step.OK:
            await publish(ctx, municipality, draft)
        case Step.CANCEL:
            show_menu(ctx, "announce-cancelled")
        case _:
            reoffer(ctx, "hint-use-buttons")


@router.state(Announce.MEDIA, media=True)
async def announce_media(ctx: Context) -> None:
    """A photo or a document for the announcement; text here gets the hint and the button."""
    if ctx.incoming.media is None or ctx.incoming.media.kind == "voice":  # not for broadcasts
        ask_media(ctx)
        return
    draft = AnnounceDraft.load(ctx.data)
    ctx.took_media = True
    ask_when(ctx, dataclasses.replace(draft, media=ctx.incoming.media.as_dict()))


@router.state(Announce.TEXT, free_text=True)
async def announce_text(ctx: Context) -> None:
    draft = AnnounceDraft.load(ctx.data)
    language = draft.language or ctx.resident.locale
    try:
        text = announcements.check_text(ctx.incoming.text or "")
    except InvalidText as error:
        if error.length:
            ctx.say("announce-text-too-long", length=error.length, max=MAX_TEXT)
        else:
            ctx.say("announce-write-text", language=ctx.i18n.self_name(language), max=MAX_TEXT)
        return
    ask_more_languages(ctx, dataclasses.replace(draft, texts={**draft.texts, language: text}))


@router.state(Announce.TIME, free_text=True)
async def announce_time(ctx: Context) -> None:
    municipality = await audience.draft_municipality(ctx, "announce.")
    if municipality is None:
        show_menu(ctx, "button-expired")
        return
    typed = " ".join((ctx.incoming.text or "").split())
    example = local(ctx.now + timedelta(days=1), municipality)
    moment = None
    for pattern in TIME_FORMATS:
        try:
            moment = announcing.at_local(datetime.strptime(typed, pattern), municipality)
            break
        except ValueError:
            continue
    if moment is None:
        ctx.say("announce-time-invalid", example=example)
        return
    try:
        announcements.check_send_at(moment, now=ctx.now)
    except TooSoon:
        ctx.say("announce-time-past", example=example)
        return
    draft = AnnounceDraft.load(ctx.data)
    await preview(ctx, municipality, dataclasses.replace(draft, send_at=moment.isoformat()))


async def preview(ctx: Context, municipality: Municipality, draft: AnnounceDraft) -> None:
    try:
        shown = announcements.build(new_announcement(ctx, draft, municipality), now=ctx.now)
    except InvalidDraft:
        show_menu(ctx, "button-expired")
        return
    count = await announcing.recipients(ctx.session, shown, delivery=ctx.delivery)
    ctx.goto(Announce.CONFIRM, **draft.dump())
    ctx.say(
        "announce-preview",
        [
            ctx.choice(step_id(Step.OK), "announce-confirm"),
            ctx.choice(step_id(Step.CANCEL), "announce-cancel"),
        ],
        category=ctx.t(f"category-{shown.category}"),
        place=municipality.name(ctx.t.chain),
        when=await when_it_goes(ctx, shown, municipality, scheduled=draft.send_at is not None),
        languages=", ".join(ctx.i18n.self_name(code) for code in shown.texts),
        attachment=(shown.media or {}).get("kind", "none"),
        count=count,
        text=announcement_text(shown, ctx.resident.locale),
    )


async def publish(ctx: Context, municipality: Municipality, draft: AnnounceDraft) -> None:
    try:
        published = await announcing.publish(
            ctx.session, new_announcement(ctx, draft, municipality), delivery=ctx.delivery,
            now=ctx.now,
        )  # fmt: skip
    except TooSoon:  # the preview stayed open past the chosen time
        ask_time(ctx, municipality, draft, "announce-time-past")
        return
    except InvalidDraft:
        show_menu(ctx, "button-expired")
        return
    announcement = published.announcement
    if published.scheduled:
        when = await when_it_goes(ctx, announcement, municipality, scheduled=True)
        show_menu(ctx, "announce-scheduled", when=when)
        return
    count, start = published.count, published.start or ctx.now
    ctx.queued = ctx.delivery is not None
    if start > ctx.now:
        show_menu(
            ctx, "announce-sending-later", count=count, place=municipality.name(ctx.t.chain),
            start=local(start, municipality),
        )  # fmt: skip
        return
    show_menu(ctx, "announce-sending", count=count)


async def when_it_goes(
    ctx: Context, announcement: Announcement, municipality: Municipality, *, scheduled: bool
) -> str:
    """ "now" or its local time, and when quiet hours hold it, when sending really starts."""
    when = local(announcement.send_at, municipality) if scheduled else ctx.t("announce-now")
    start = await announcing.bulk_start(ctx.session, announcement, delivery=ctx.delivery)
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
    rows = await announcements.recent(ctx.session, municipality_ids=municipalities, limit=LIST)
    if not rows:
        ctx.say("announcements-none")
        return
    figures = await DeliveryEngine.figures(ctx.session, [a.id for a in rows])
    withdrawals = await DeliveryEngine.withdrawal_figures(ctx.session, [a.id for a in rows])
    for a in rows:
        numbers = figures.get(a.id) or DeliveryFigures()
        choices = []
        for change in announcements.allowed_changes(a.status):
            if change in BUTTONS:
                action, label = BUTTONS[change]
                choices.append(ctx.choice(manage_id(action, a.id), label))
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


async def publishes_for(ctx: Context, announcement: Announcement | None) -> bool:
    return announcement is not None and announcement.municipality_id in {
        m.id for m in await allowed(ctx)
    }


@router.choice(MANAGE)
async def manage(ctx: Context) -> None:
    raw_action, _, raw_id = ctx.arg.partition(":")
    announcement = await announcements.lock(ctx.session, repos.parse_id(raw_id))
    if announcement is None or not await publishes_for(ctx, announcement):
        ctx.say("announce-not-allowed")
        return
    try:
        match parsed(Manage, raw_action):
            case Manage.CANCEL if announcements.can(announcement, Change.CANCEL):
                await confirm_cancel(ctx, announcement)
            case Manage.WITHDRAW if announcements.can(announcement, Change.WITHDRAW):
                await confirm_withdraw(ctx, announcement)
            case Manage.CANCEL_OK:
                announcing.cancel(announcement, now=ctx.now)
                show_menu(ctx, "announcements-cancelled", id=announcement.id)
            case Manage.WITHDRAW_OK:
                count = await announcing.withdraw(
                    ctx.session, announcement, delivery=ctx.delivery, now=ctx.now
                )
                ctx.queued = ctx.delivery is not None
                show_menu(ctx, "announcements-withdrawn", id=announcement.id, count=count)
            case Manage.FIX if announcements.can(announcement, Change.CORRECT):
                ctx.goto(Correcting.FIX, **FixDraft(announcement_id=announcement.id).dump())
                ctx.say(
                    "announcements-choose-language",
                    [
                        Choice(f"{FIX_LANGUAGE}:{code}", ctx.i18n.self_name(code))
                        for code in announcement.texts
                    ],
                )
            case _:
                show_menu(ctx, "button-expired")
    except AnnouncementError:  # its status no longer allows it (the list was old)
        show_menu(ctx, "button-expired")


async def confirm_cancel(ctx: Context, announcement: Announcement) -> None:
    """Cancelling cannot be taken back: say who would not get it, and ask."""
    municipality = await repos.municipality_by_id(ctx.session, id=announcement.municipality_id)
    assert municipality is not None  # the foreign key cascades
    count = await announcing.recipients(ctx.session, announcement, delivery=ctx.delivery)
    ctx.say(
        "announcements-cancel-sure",
        [
            ctx.choice(manage_id(Manage.CANCEL_OK, announcement.id), "announcements-cancel-yes"),
            ctx.choice("menu:main", "back-to-menu"),
        ],
        id=announcement.id,
        when=local(announcement.send_at, municipality),
        count=count,
    )


async def confirm_withdraw(ctx: Context, announcement: Announcement) -> None:
    """Withdrawing cannot be taken back: say from how many chats it goes, and ask."""
    sent, waiting = await announcing.withdrawable(ctx.session, announcement)
    ctx.say(
        "announcements-withdraw-sure",
        [
            ctx.choice(
                manage_id(Manage.WITHDRAW_OK, announcement.id), "announcements-withdraw-yes"
            ),
            ctx.choice("menu:main", "back-to-menu"),
        ],
        id=announcement.id,
        count=sent,
        waiting=waiting,
    )


@router.choice(FIX_LANGUAGE)
async def fix_language(ctx: Context) -> None:
    if ctx.state != Correcting.FIX or ctx.arg not in ctx.i18n.locales:
        show_menu(ctx, "button-expired")
        return
    draft = FixDraft.load(ctx.data)
    ctx.goto(Correcting.FIX, **dataclasses.replace(draft, language=ctx.arg).dump())
    ctx.say("announce-write-text", language=ctx.i18n.self_name(ctx.arg), max=MAX_TEXT)


@router.state(Correcting.FIX, free_text=True)
async def fix_text(ctx: Context) -> None:
    draft = FixDraft.load(ctx.data)
    announcement = await announcements.lock(ctx.session, draft.announcement_id)
    if announcement is None or draft.language is None or not await publishes_for(ctx, announcement):
        show_menu(ctx, "button-expired")
        return
    try:
        count = await announcing.correct(
            ctx.session, announcement, locale=draft.language, text=ctx.incoming.text or "",
            delivery=ctx.delivery, now=ctx.now,
        )  # fmt: skip
    except InvalidText as error:
        ctx.say("announce-text-too-long", length=error.length, max=MAX_TEXT)
        return
    except AnnouncementError:  # withdrawn meanwhile, or a language it was not written in
        show_menu(ctx, "button-expired")
        return
    ctx.queued = ctx.delivery is not None
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
            [ctx.choice(library_id(), "news-library"), ctx.choice("menu:main", "back-to-menu")],
        )
        return
    for item in page:
        ctx.say(
            "news-item",
            category=ctx.t(f"category-{item.category}"),
            when=ctx.t.when(item.released_at or item.send_at, ZoneInfo(municipality.timezone)),
            text=announcement_text(item, ctx.resident.locale),
        )
    choices = []
    if len(items) > offset + PAGE:
        choices.append(ctx.choice(f"news:{offset + PAGE}", "news-older"))
    choices.append(ctx.choice(library_id(), "news-library"))
    choices.append(ctx.choice("menu:main", "back-to-menu"))
    ctx.goto("menu")
    ctx.say("news-end", choices)
