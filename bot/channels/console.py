"""A terminal chat with the same handlers and database: try the bot without any token."""

from __future__ import annotations

import asyncio
import itertools
import sys
from typing import TextIO

from bot.dispatcher import Dispatcher
from bot.messages import Incoming, Reply

NAME = "console"


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
    name = NAME

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
        self._ids = itertools.count(1)

    async def send_text(self, text: str) -> list[Reply]:
        replies = await self.dispatcher.handle(
            Incoming(channel=NAME, user_ref=self.user, text=text, locale_hint=self.locale_hint)
        )
        for reply in replies:
            self._print(reply)
        return replies

    async def run(self) -> None:
        """Read lines until end of input (Ctrl-D) or /quit; the first turn is /start."""
        interactive = self.stdin.isatty()
        await self.send_text("/start")
        while True:
            if interactive:
                self.stdout.write("> ")
                self.stdout.flush()
            line = await asyncio.to_thread(self.stdin.readline)
            if not line or line.strip() == "/quit":
                return
            if line.strip():
                await self.send_text(line.rstrip("\n"))

    def _print(self, reply: Reply) -> None:
        self.stdout.write(render(reply) + "\n\n")
        self.stdout.flush()
