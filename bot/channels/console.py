"""A terminal chat with the same handlers and database: try the bot without any token.

The terminal is a channel like the others: what the person types goes through the dispatcher,
and what the bot sends on its own (status notices, moderators' cards, help requests, reminders,
invitations, announcements) reaches the terminal through the outbox, as it arrives. Each
terminal is one person (`--user` / `--as`): its channel sends only that person's rows
(`only_chats`), so two terminals on one database, a resident and a moderator, can play a whole
proposal story.
"""

from __future__ import annotations

import asyncio
import itertools
import sys
from datetime import timedelta
from typing import Any, TextIO

from bot.channels.base import Inbox, Limits, Withdrawal, Withdrawn
from bot.dispatcher import Dispatcher
from bot.messages import Incoming, Reply, shorten
from storage import repos

NAME = "console"
WITHDRAWN_QUOTE = 120  # characters of a withdrawn message quoted to say which one
RESUME = "/resume"  # what a reopened terminal sends: where the person was, not a fresh /start


def render(reply: Reply) -> str:
    """Text, then the choices as numbered lines (typing the number picks the choice)."""
    lines = []
    if reply.media:
        where = reply.media.get("path") or reply.media.get("ref") or reply.media.get("name")
        lines.append(f"[{reply.media.get('kind', 'file')}: {where}]")
    lines.append(reply.text)
    pressable = [choice for choice in reply.choices if not choice.url]
    lines += [
        f"  {n}. {choice.label}" for n, choice in enumerate(pressable, start=reply.number_from)
    ]
    lines += [f"  🔗 {choice.label}: {choice.url}" for choice in reply.choices if choice.url]
    return "\n".join(lines)


class ConsoleChannel:
    """One person's terminal: reads their lines, prints the answers, and is the outbox's
    channel for their rows (`deliver` prints, `edit` and `delete` print a correction or a
    withdrawal note: a terminal cannot change what it printed)."""

    name = NAME
    limits = Limits(per_second=100.0, per_chat_per_second=100.0)  # a terminal has no limits
    service_window: timedelta | None = None

    def __init__(
        self,
        *,
        dispatcher: Dispatcher,
        user: str = "local",
        locale_hint: str | None = None,
        stdin: TextIO = sys.stdin,
        stdout: TextIO = sys.stdout,
    ) -> None:
        self.dispatcher = dispatcher
        self.user = user
        self.locale_hint = locale_hint
        self.stdin = stdin
        self.stdout = stdout
        self.only_chats = frozenset({user})  # the outbox rows this terminal may take
        self._ids = itertools.count(1)
        self._interactive = False

    async def send_text(self, text: str) -> list[Reply]:
        replies = await self.dispatcher.handle(
            Incoming(channel=NAME, user_ref=self.user, text=text, locale_hint=self.locale_hint)
        )
        for reply in replies:
            self._print(reply)
        if replies and self.dispatcher.delivery is not None:
            self.dispatcher.delivery.wake()  # what this turn queued for others goes now
        return replies

    async def run(self) -> None:
        """Read lines until end of input (Ctrl-D) or /quit. The first turn is /resume: a new
        person is greeted as by /start, a known one finds the conversation where they left it."""
        self._interactive = self.stdin.isatty()
        await self.send_text(RESUME)
        while True:
            self._prompt()
            line = await asyncio.to_thread(self.stdin.readline)
            if not line or line.strip() == "/quit":
                return
            if line.strip():
                await self.send_text(line.rstrip("\n"))

    # --- the outbox's channel ------------------------------------------------------------

    async def start(self, inbox: Inbox) -> None:
        """Nothing to start: `run` reads the terminal."""

    async def stop(self) -> None:
        """Nothing to stop."""

    async def answer(self, chat_ref: str, reply: Reply) -> str:
        return await self.deliver(chat_ref, reply, reply.media)

    async def deliver(
        self,
        chat_ref: str,
        reply: Reply,
        media: dict[str, Any] | None,
        *,
        window_open: bool = True,
    ) -> str:
        if media and not reply.media:
            reply = Reply(reply.text, reply.choices, media, reply.locale, reply.first_choice)
        if reply.choices:  # before it shows: a number typed on seeing it means its buttons
            await self._remember_keyboard(reply)
        self._print(reply, arrived=True)
        return str(next(self._ids))

    async def edit(
        self, chat_ref: str, message_id: str, text: str, *, locale: str, window_open: bool = True
    ) -> str | None:
        t = self.dispatcher.i18n.translator(locale)
        self._print(Reply(t("whatsapp-corrected", text=text), locale=locale), arrived=True)
        return str(next(self._ids))

    async def delete(
        self, chat_ref: str, message_id: str, text: str, *, locale: str, window_open: bool = True
    ) -> Withdrawal:
        t = self.dispatcher.i18n.translator(locale)
        note = t("announcement-withdrawn-note", text=shorten(text, WITHDRAWN_QUOTE))
        self._print(Reply(note, locale=locale), arrived=True)
        return Withdrawal(Withdrawn.NOTE, str(next(self._ids)))

    async def _remember_keyboard(self, reply: Reply) -> None:
        """A message that arrived with buttons: its numbers are the ones to type now, as the
        person sees them last on the screen (in Telegram they would press the button)."""
        dispatcher = self.dispatcher
        async with dispatcher.write_turn, dispatcher.sessionmaker.begin() as session:
            resident = await repos.find_resident(session, channel=NAME, external_id=self.user)
            if resident is not None:
                resident.state.offered = [[c.id, c.label] for c in reply.choices if not c.url]

    # --- the terminal --------------------------------------------------------------------

    def _prompt(self) -> None:
        if self._interactive:
            self.stdout.write("> ")
            self.stdout.flush()

    def _print(self, reply: Reply, *, arrived: bool = False) -> None:
        if arrived and self._interactive:
            self.stdout.write("\r")  # over the prompt: the message came while they were typing
        self.stdout.write(render(reply) + "\n\n")
        if arrived:
            self._prompt()
        self.stdout.flush()
