"""Incoming message -> (dedupe, resident, state, handler) in one transaction -> replies.

Replies are returned only after the commit, so nobody is told something happened unless it is
stored. Channels render them.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import re
from datetime import timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.config import Settings
from bot.context import Context
from bot.delivery import DeliveryEngine, payload_of
from bot.flows import HOME, Flows
from bot.i18n import I18n, negotiate
from bot.messages import ChatKind, Incoming, Reply, UpdateKind, payload_to_choice
from bot.routing import Fallback, Router
from bot.textmatch import fold
from storage import repos
from storage.clock import Clock, system_clock
from storage.db import Transaction
from storage.models import Delivery, DeliveryStatus, Priority, ResidentStatus
from storage.tutorials import TutorialCatalog

log = logging.getLogger(__name__)

SEEN_PRECISION = timedelta(minutes=5)  # last_seen_at is for reports, not to the second
# An album arrives as one update per item, within about a second; its one answer waits this long
# after the newest item (by the app's clock), in the outbox.
ALBUM_WINDOW = timedelta(seconds=3)
_EDGES = re.compile(r"^[\W_]+|[\W_]+$")  # emoji, arrows and punctuation around a label


def _normalise(label: str) -> str:
    return fold(_EDGES.sub("", label))


def opt_keywords(i18n: I18n) -> dict[str, str]:
    """Every locale's opt-out and opt-in words -> "stop" / "start": a resident may write them in
    any of our languages, whatever their locale."""
    words: dict[str, str] = {}
    for locale in i18n.locales:
        t = i18n.translator(locale)
        for command in ("stop", "start"):
            for word in t(f"keywords-{command}").split(","):
                if word.strip():
                    words[fold(word)] = command
    return words


class Dispatcher:
    def __init__(
        self,
        *,
        sessionmaker: async_sessionmaker[AsyncSession],
        i18n: I18n,
        settings: Settings,
        router: Router,
        delivery: DeliveryEngine,
        write_turn: contextlib.AbstractAsyncContextManager[object],
        tutorials: TutorialCatalog | None = None,
        clock: Clock = system_clock,
    ) -> None:
        self.sessionmaker = sessionmaker
        self.i18n = i18n
        self.settings = settings
        self.router = router
        self.flows = Flows.of(router.flows)  # every move a handler makes is declared
        self.clock = clock
        self.tutorials = tutorials or TutorialCatalog()
        self.delivery = delivery
        self._keywords = opt_keywords(i18n)
        # Updates of different chats are handled concurrently; writers take turns where the
        # database has one writer (storage.db.write_turn).
        self.write_turn = write_turn
        self.album_window = ALBUM_WINDOW
        self._countries: dict[int, str] = {}  # municipality id -> country (Context.country)

    def _locale_for(self, hint: str | None) -> str:
        return negotiate(hint, available=self.i18n.locales, default=self.settings.default_locale)

    async def handle(self, incoming: Incoming) -> list[Reply]:
        if incoming.kind is UpdateKind.CHAT_MOVED and incoming.chat_ref and incoming.moved_to:
            await self.delivery.follow_chat(incoming.channel, incoming.chat_ref, incoming.moved_to)
            return []
        if incoming.chat_kind is ChatKind.GROUP:
            return self._answer_group(incoming)
        locale = self._locale_for(incoming.locale_hint)
        try:
            async with self.write_turn, Transaction(self.sessionmaker) as session:
                now = self.clock()
                opened = await repos.open_update(
                    session,
                    channel=incoming.channel,
                    update_id=incoming.external_id,
                    external_id=incoming.user_ref,
                    locale=locale,
                    display_name=incoming.display_name,
                    now=now,
                )
                if opened is None:
                    log.info("duplicate %s update %s", incoming.channel, incoming.external_id)
                    return []
                resident, created = opened
                locale = resident.locale
                # When they wrote, not when we got to it (a platform's retries can come hours
                # late): WhatsApp's 24-hour window is counted from this.
                wrote_at = min(incoming.sent_at or now, now)
                if wrote_at - resident.last_seen_at > SEEN_PRECISION:  # not a write per message
                    resident.last_seen_at = wrote_at
                await self._know_countries(session, resident.municipality_id)
                ctx = Context(
                    incoming=incoming,
                    resident=resident,
                    session=session,
                    i18n=self.i18n,
                    settings=self.settings,
                    now=now,
                    is_new=created,
                    delivery=self.delivery,
                    tutorials=self.tutorials,
                    flows=self.flows,
                    countries=self._countries,
                )
                pending = ctx.resident.pending_choice  # set by an earlier update
                await self._route(ctx)
                if pending:
                    await self._after_onboarding(ctx)
                self._stamp_offered(ctx)
                if incoming.album is not None and ctx.replies:
                    await self._hold_for_album(ctx, incoming.album)
            if ctx.queued:
                self.delivery.wake()
            return ctx.replies
        except Exception:
            # The transaction is rolled back (nothing half-stored); the resident hears that it
            # failed instead of silence, and the traceback goes to the log.
            log.exception("failed to handle %s", incoming)
            return [Reply(self.i18n.translator(locale)("error-generic"))]

    def _answer_group(self, incoming: Incoming) -> list[Reply]:
        # Residents talk to us privately; in groups we only explain that, and only when addressed
        # with a command (group chatter is not for us). No resident is created for a group.
        if incoming.kind is UpdateKind.MESSAGE and incoming.command is not None:
            return [
                Reply(
                    self.i18n.translator(self._locale_for(incoming.locale_hint))(
                        "group-only-private"
                    )
                )
            ]
        return []

    async def _know_countries(self, session: AsyncSession, municipality_id: int | None) -> None:
        """Municipalities' countries, read once and again when one we do not know appears (the
        content was loaded after we read them): the words for the municipality follow them."""
        if not self._countries or (
            municipality_id is not None and municipality_id not in self._countries
        ):
            self._countries = await repos.municipality_countries(session)

    async def _route(self, ctx: Context) -> None:
        incoming, router = ctx.incoming, self.router
        match incoming.kind:
            case UpdateKind.BLOCKED:
                repos.set_status(ctx.resident, ResidentStatus.BLOCKED, now=ctx.now)
                return
            case UpdateKind.UNBLOCKED:
                if ctx.resident.status == ResidentStatus.BLOCKED:
                    repos.set_status(ctx.resident, ResidentStatus.ACTIVE, now=ctx.now)
                return
            case UpdateKind.EDITED:
                ctx.say("edit-not-supported")
                return
        if ctx.resident.status == ResidentStatus.BLOCKED:
            # Whoever writes to us can be written to: a refused send was temporary, or they
            # unblocked us (WhatsApp has no event to say so).
            repos.set_status(ctx.resident, ResidentStatus.ACTIVE, now=ctx.now)
            ctx.say("notices-on-again")
        match incoming.kind:
            case UpdateKind.CHOICE:
                await self._route_choice(ctx, incoming.choice_id or "")
                return

        if command := incoming.command or self._keyword(incoming.text):
            name, ctx.arg = command
            if name == "start" and (pressed := payload_to_choice(ctx.arg)):
                if not ctx.resident.locale_chosen:
                    # First contact through a staff group's button link: the greeting, the
                    # language, the place and the consent come first, as for everyone; the
                    # button is pressed after that (`_after_onboarding`).
                    ctx.arg = ""
                    await router.commands["start"](ctx)
                    if router.for_choice(pressed) is not None:
                        ctx.resident.pending_choice = pressed
                    return
                await self._route_choice(ctx, pressed)  # a button from a staff group chat
                return
            handler = router.commands.get(name) or router.fallbacks[Fallback.UNKNOWN_COMMAND]
            await handler(ctx)
            return
        if ctx.state == "" and ctx.resident.municipality_id is None:
            await router.commands["start"](ctx)  # any first message starts onboarding
            return
        if incoming.caption and incoming.media and await self._captioned(ctx):
            return
        if (incoming.media or incoming.location) and ctx.state in router.takes_media:
            await router.states[ctx.state](ctx)
            return
        if not incoming.text or not incoming.text.strip():
            await router.fallbacks[Fallback.MEDIA](
                ctx
            )  # a sticker, voice note, photo... where text was due
            return
        # A typed label, or number, of a button offered is that button; in a step that asks
        # for a number (`Router.state(number=True)`) a typed number is the number.
        typed = self._typed_choice(
            ctx,
            free_text=ctx.state in router.free_text,
            numbers=ctx.state not in router.takes_numbers,
        )
        if isinstance(typed, list):
            ctx.say("typed-choice-ambiguous", numbers=", ".join(map(str, typed)))
            return
        if typed is not None:
            await self._route_choice(ctx, typed)
            return
        handler = router.states.get(ctx.state) or router.fallbacks[Fallback.UNRECOGNISED]
        await handler(ctx)

    async def _after_onboarding(self, ctx: Context) -> None:
        """Press the button a first contact came with, once onboarding has ended in the menu
        (the handler checks roles and staleness as for any press)."""
        resident = ctx.resident
        if resident.pending_choice and resident.locale_chosen and ctx.state == HOME:
            pressed, resident.pending_choice = resident.pending_choice, None
            await self._route_choice(ctx, pressed)

    async def _captioned(self, ctx: Context) -> bool:
        """A photo or file with words (its caption) where one step takes words and the next
        takes media, or the other way round: each part goes to its step, in the steps' order,
        and the resident gets the second step's answer. False: no such pair of steps here."""
        incoming, router, state = ctx.incoming, self.router, ctx.state
        words = dataclasses.replace(
            incoming, text=incoming.caption, caption=None, media=None, media_kind=None
        )
        media = dataclasses.replace(incoming, caption=None)
        after = self.flows.next_states(state)
        if state in router.free_text and after & router.takes_media:
            first, then, takes_then = words, media, router.takes_media
        elif state in router.takes_media and after & router.free_text:
            first, then, takes_then = media, words, router.free_text
        else:
            return False
        ctx.incoming = first
        await router.states[state](ctx)
        if ctx.state != state and ctx.state in takes_then:
            said = len(ctx.replies)
            ctx.incoming = then
            await router.states[ctx.state](ctx)
            if len(ctx.replies) > said:
                del ctx.replies[:said]  # the second step's answer says where we are
        elif ctx.state != state and then is media:  # the words went where no photo goes
            ctx.say("caption-media-not-kept")
        ctx.incoming = incoming
        return True

    async def _hold_for_album(self, ctx: Context, album: str) -> None:
        """One answer per album instead of one per item: this item's answers go to an outbox
        row (one per resident and album) due `album_window` after the newest item, with how
        many items came and how many were kept. The row is locked while it is updated, so the
        counts hold with several processes; the photos themselves are in the draft already."""
        if ctx.delivery is None:
            return
        topic = f"album:{album}"[:64]
        row = await ctx.session.scalar(
            select(Delivery)
            .where(
                Delivery.resident_id == ctx.resident.id,
                Delivery.topic == topic,
                Delivery.status == DeliveryStatus.QUEUED,
            )
            .with_for_update()
        )
        counts: dict[str, Any] = dict((row.payload or {}).get("album") or {}) if row else {}
        total = int(counts.get("total", 0)) + 1
        kept = int(counts.get("kept", 0)) + (1 if ctx.took_media else 0)
        key = "album-kept" if kept == total else "album-partly-kept"
        summary = ctx.t(key, total=total, kept=kept, dropped=total - kept)
        choices = next((r.choices for r in reversed(ctx.replies) if r.choices), ())
        texts = [summary, *(reply.text for reply in ctx.replies)]
        reply = Reply("\n\n".join(texts), choices, locale=ctx.resident.locale)
        due = ctx.now + self.album_window
        if row is None:
            row = ctx.delivery.enqueue_message(
                ctx.session, resident=ctx.resident, reply=reply, not_before=due, topic=topic
            )
            row.priority = Priority.REPLY
        row.payload = {**payload_of(reply), "album": {"total": total, "kept": kept}}
        row.next_attempt_at = due
        ctx.replies = []
        ctx.queued = True

    async def _route_choice(self, ctx: Context, choice_id: str) -> None:
        found = self.router.for_choice(choice_id)
        if found is None:
            await self.router.fallbacks[Fallback.STALE_BUTTON](ctx)
            return
        handler, ctx.arg = found
        await handler(ctx)

    def _keyword(self, text: str | None) -> tuple[str, str] | None:
        """ "STOP", "СТОП", "START"... written alone work as /stop and /start (WhatsApp users
        expect them; there are no slash commands there)."""
        command = self._keywords.get(fold(text or ""))
        return (command, "") if command else None

    def _stamp_offered(self, ctx: Context) -> None:
        """Mark the keyboard with the step that offers it ([id, label, state]): in a step that
        takes typed content, only its own buttons can be typed; an older keyboard stays on
        record (to be offered again) but what is typed there is content."""
        state = ctx.resident.state
        if ctx.offered_now:
            owner = ctx.state
        elif ctx.moved and ctx.state in self.router.free_text:
            owner = ""
        else:
            return
        state.offered = [[entry[0], entry[1], owner] for entry in state.offered]

    @staticmethod
    def _typed_choice(
        ctx: Context, *, free_text: bool = False, numbers: bool = True
    ) -> str | list[int] | None:
        """Typing "2" (unless `numbers` is off), or the label of a button we offered, counts as
        pressing it; in a `free_text` step only the buttons that step offered. A label several
        offered buttons carry (the cards of one answer) is ambiguous: their numbers are
        returned, for the person to pick one."""
        offered = [entry[:2] for entry in ctx.resident.state.offered]
        if free_text and not all(entry[2:] == [ctx.state] for entry in ctx.resident.state.offered):
            return None
        typed = (ctx.incoming.text or "").strip()
        number = repos.parse_id(typed) if numbers else None
        if number is not None and 1 <= number <= len(offered):
            return str(offered[number - 1][0])
        wanted = _normalise(typed)
        found = [
            n for n, (_, label) in enumerate(offered, 1) if wanted and _normalise(label) == wanted
        ]
        if len({str(offered[n - 1][0]) for n in found}) > 1:
            return found
        return str(offered[found[0] - 1][0]) if found else None
