"""Assembly: engine, translations, dispatcher, channels, scheduler and web server."""

from __future__ import annotations

import asyncio
import gc
import logging
import signal
from dataclasses import dataclass, field

from aiohttp import web
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot import speed
from bot.channels.authority import EmailChannel, WebhookChannel
from bot.channels.base import Channel
from bot.channels.console import ConsoleChannel
from bot.channels.telegram import TelegramChannel
from bot.channels.whatsapp import WhatsAppChannel
from bot.config import Settings
from bot.delivery import DeliveryEngine
from bot.dispatcher import Dispatcher
from bot.forwarding import Forwarder
from bot.i18n import I18n
from bot.panel import build_panel
from bot.reply_path import ReplyPath
from bot.scheduler import Ticker, build_scheduler
from bot.web import build_web_app
from handlers import COMMANDS, build_router, menu_for
from storage import repos
from storage.caches import Caches
from storage.clock import Clock, system_clock
from storage.content import is_empty, load_content
from storage.db import create_engine, create_sessionmaker, migrate, write_turn
from storage.tutorials import load_catalog

log = logging.getLogger(__name__)

STOP_GRACE = 15.0  # seconds the background loops get to finish the batch in hand


@dataclass
class App:
    settings: Settings
    clock: Clock
    engine: AsyncEngine
    sessionmaker: async_sessionmaker[AsyncSession]
    i18n: I18n
    dispatcher: Dispatcher
    delivery: DeliveryEngine
    forwarder: Forwarder
    replies: ReplyPath
    caches: Caches  # municipalities and roles, shared by every session of `sessionmaker`
    telegram: TelegramChannel | None = None
    whatsapp: WhatsAppChannel | None = None
    _runner: web.AppRunner | None = field(default=None, repr=False)
    _stopping: asyncio.Event = field(default_factory=asyncio.Event, repr=False)
    _background: list[asyncio.Task[None]] = field(default_factory=list, repr=False)
    _scheduler: Ticker | None = field(default=None, repr=False)

    @classmethod
    def build(
        cls, settings: Settings, *, i18n: I18n | None = None, clock: Clock = system_clock
    ) -> App:
        """Everything wired together; `clock` is the one source of business time for all of
        it (see `storage.clock`): tests pass a pinned one."""
        engine = create_engine(settings.database_url, clock=clock)
        caches = Caches()
        sessionmaker = create_sessionmaker(engine, caches=caches)
        turn = write_turn(engine)
        i18n = i18n or I18n()
        # Built in the order they need each other: channels (they only parse, render and
        # send), the delivery engine that sends through them, the dispatcher that queues to it,
        # and the reply path that channels hand updates to once started.
        telegram = (
            TelegramChannel(settings=settings, i18n=i18n, commands=COMMANDS, menu_for=menu_for)
            if settings.telegram_enabled
            else None
        )
        whatsapp = (
            WhatsAppChannel(
                settings=settings, i18n=i18n, sessionmaker=sessionmaker, write_turn=turn,
                clock=clock,
            )
            if settings.whatsapp_enabled
            else None
        )  # fmt: skip
        # E-mail and webhooks carry forwards to authorities, through the same outbox.
        email = EmailChannel(settings) if settings.smtp_host else None
        webhook = WebhookChannel(settings) if settings.authority_secret else None
        channels: dict[str, Channel] = {
            c.name: c for c in (telegram, whatsapp, email, webhook) if c is not None
        }
        delivery = DeliveryEngine(
            sessionmaker=sessionmaker,
            channels=channels,
            default_quiet_hours=settings.quiet_hours,
            clock=clock,
        )
        dispatcher = Dispatcher(
            sessionmaker=sessionmaker,
            i18n=i18n,
            settings=settings,
            router=build_router(),
            delivery=delivery,
            write_turn=turn,
            tutorials=load_catalog(settings.tutorials_dir),  # refuses to start on bad content
            clock=clock,
        )
        replies = ReplyPath(
            dispatcher=dispatcher, delivery=delivery, channels=channels, sessionmaker=sessionmaker
        )
        forwarder = Forwarder(sessionmaker, settings, i18n, delivery, clock=clock)
        return cls(
            settings=settings, clock=clock, engine=engine, sessionmaker=sessionmaker, i18n=i18n,
            dispatcher=dispatcher, delivery=delivery, forwarder=forwarder, replies=replies,
            caches=caches, telegram=telegram, whatsapp=whatsapp,
        )  # fmt: skip

    @property
    def has_channels(self) -> bool:
        return self.telegram is not None or self.whatsapp is not None

    async def prepare_database(self) -> None:
        """Apply migrations; give an empty database the starter content."""
        await migrate(self.engine)
        async with self.sessionmaker.begin() as session:
            if await is_empty(session):
                result = await load_content(session, self.settings.content_file)
                log.info("loaded %d places from %s", result.created, self.settings.content_file)

    def panel(self) -> web.Application:
        """The staff web panel, mounted at /panel by the web server."""
        return build_panel(
            settings=self.settings, sessionmaker=self.sessionmaker, i18n=self.i18n,
            delivery=self.delivery, clock=self.clock, write_turn=self.dispatcher.write_turn,
            download=self.telegram.download if self.telegram is not None else None,
            tutorials=self.dispatcher.tutorials,
            telegram_username=self.telegram.username if self.telegram is not None else None,
            menus=self.show_staff_commands if self.telegram is not None else None,
        )  # fmt: skip

    async def start(self) -> None:
        web_app = build_web_app(
            settings=self.settings, engine=self.engine, telegram=self.telegram,
            whatsapp=self.whatsapp, sessionmaker=self.sessionmaker, delivery=self.delivery,
            i18n=self.i18n, panel=self.panel(),
        )  # fmt: skip
        self._runner = web.AppRunner(web_app, access_log=None)
        await self._runner.setup()
        await web.TCPSite(self._runner, self.settings.web_host, self.settings.web_port).start()
        if self.telegram is not None:
            await self.telegram.start(self.replies)
            await self.show_staff_commands()
        if self.whatsapp is not None:
            await self.whatsapp.start(self.replies)
        self._stopping.clear()
        self._background.append(asyncio.create_task(self.delivery.run(self._stopping)))
        self._background.append(asyncio.create_task(self.forwarder.run(self._stopping)))
        self._scheduler = build_scheduler(
            settings=self.settings,
            sessionmaker=self.sessionmaker,
            delivery=self.delivery,
            clock=self.clock,
            i18n=self.i18n,
        )
        self._scheduler.start()

    async def show_staff_commands(self, *people: tuple[str, str]) -> int:
        """Set the Telegram command menu of staff to their roles' commands: of everyone who
        holds a role (at start), or of `people` given as (channel, external id) after their
        roles changed (a person left without a role gets the residents' menu back). Returns
        how many menus were set; a refusal is logged, never raised (the menu is a help, the
        roles stand either way)."""
        if self.telegram is None:
            return 0
        async with self.sessionmaker() as session:
            holders = await repos.role_holders(session, channel="telegram")
            roles: dict[str, set[str]] = {ref: set() for channel, ref in people
                                          if channel == "telegram"}  # fmt: skip
            locales: dict[str, str] = {}
            for resident, grant, _place in holders:
                if not people or resident.external_id in roles:
                    roles.setdefault(resident.external_id, set()).add(grant.role)
                    locales[resident.external_id] = resident.locale
            for ref in roles.keys() - locales.keys():
                found = await repos.find_resident(session, channel="telegram", external_id=ref)
                locales[ref] = found.locale if found else self.settings.default_locale
        shown = 0
        for ref, held in roles.items():
            try:
                await self.telegram.show_commands(ref, locale=locales[ref], roles=held)
                shown += 1
            except Exception:  # Telegram unreachable, or the chat unknown to it
                log.warning("telegram: could not set the command menu of %s", ref, exc_info=True)
        return shown

    async def stop(self) -> None:
        if self._scheduler is not None:
            await self._scheduler.stop()  # and the jobs still running finish first
            self._scheduler = None
        self._stopping.set()
        # The senders record the batch in hand before they stop; one that cannot finish in
        # STOP_GRACE is cancelled (its rows stay `sending` and are reconciled at the next
        # start) rather than holding the shutdown forever.
        done, stuck = (
            await asyncio.wait(self._background, timeout=STOP_GRACE)
            if self._background
            else (set(), set())
        )
        for task in stuck:
            log.error("stop: %r did not finish in %.0f s; cancelling it", task, STOP_GRACE)
            task.cancel()
        await asyncio.gather(*stuck, return_exceptions=True)
        for task in done:
            if not task.cancelled() and (error := task.exception()) is not None:
                log.error("stop: a background loop had failed", exc_info=error)
        self._background.clear()
        if self._runner is not None:
            await self._runner.cleanup()  # no more webhooks
        if self.whatsapp is not None:
            await self.whatsapp.stop()  # messages already received are handled first
        if self.telegram is not None:
            await self.telegram.stop()
        for channel in self.delivery.channels.values():  # e-mail, webhooks
            if channel is not self.telegram and channel is not self.whatsapp:
                await channel.stop()
        for limiter in self.delivery.limiters.values():
            await limiter.settle()
        await self.engine.dispose()

    async def chat(self, console: ConsoleChannel) -> None:
        """The terminal chat as a real channel: the person's lines go to the dispatcher, and
        the outbox sends them (only them: other channels' rows are left to the process serving
        those) what the bot sends on its own, with the forwarder and the scheduler running as
        in `start`. Returns when the person ends the chat."""
        self.delivery.add_channel(console, only=True)
        stopping = asyncio.Event()
        loops = [
            asyncio.create_task(self.delivery.run(stopping)),
            asyncio.create_task(self.forwarder.run(stopping)),
        ]
        scheduler = build_scheduler(
            settings=self.settings, sessionmaker=self.sessionmaker, delivery=self.delivery,
            clock=self.clock,
        )  # fmt: skip
        scheduler.start()
        try:
            await console.run()
        finally:
            await scheduler.stop()
            stopping.set()
            await asyncio.gather(*loops, return_exceptions=True)

    async def serve_forever(self) -> None:
        """Run until SIGINT/SIGTERM, then stop cleanly (in-flight updates finish first)."""
        stopping = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stopping.set)
        await self.start()
        # Everything built at start-up lives as long as the process: keep it out of the
        # collector's full passes, which otherwise stall every update for ~100 ms now and then.
        gc.collect()
        gc.freeze()
        log.info(
            "serving on http://%s:%d (optional speed-ups: %s)",
            self.settings.web_host, self.settings.web_port, speed.installed(),
        )  # fmt: skip
        try:
            await stopping.wait()
        finally:
            await self.stop()
