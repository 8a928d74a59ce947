"""What a handler gets: the incoming message, the resident, a transaction and a way to answer."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from bot.config import Settings
from bot.delivery import DeliveryEngine
from bot.flows import Flows
from bot.i18n import I18n, Translator, negotiate
from bot.messages import Choice, Incoming, Reply
from storage.models import Resident
from storage.tutorials import TutorialCatalog


@dataclass(slots=True)
class Context:
    incoming: Incoming
    resident: Resident
    session: AsyncSession
    i18n: I18n
    settings: Settings
    now: datetime  # business time for this update, from the app's one clock (aware, UTC)
    is_new: bool = False  # the resident was created by this message
    arg: str = ""  # the command argument, or what follows the prefix of a choice id
    replies: list[Reply] = field(default_factory=list)
    delivery: DeliveryEngine | None = None
    tutorials: TutorialCatalog = field(default_factory=TutorialCatalog)
    queued: bool = False  # something went to the outbox: wake the sender after the commit
    took_media: bool = False  # the handler kept the photo or file sent (an album counts them)
    flows: Flows | None = None  # the declared flows goto() keeps to; None: not checked
    moved: bool = False  # goto() was called during this update
    offered_now: bool = False  # a reply of this update offered choices
    # Municipality (and community) id -> country, as the dispatcher knows them: `country`.
    countries: Mapping[int, str] = field(default_factory=dict)

    def goto(self, state: str, **data: Any) -> None:
        """Move the conversation to `state` (a declared flow's state); `data` replaces what the
        previous state kept. Raises `UndeclaredMove` for a move no flow declares."""
        if self.flows is not None:
            self.flows.check(self.resident.state.name, str(state))
        self.moved = True
        self.resident.state.name = str(state)
        self.resident.state.data = data

    def move(self, state: str, **changes: Any) -> None:
        """Move to `state` keeping the draft, with `changes` applied to it."""
        self.goto(state, **{**self.resident.state.data, **changes})

    @property
    def country(self) -> str | None:
        """The country (ISO 3166-1 alpha-2) of the resident's municipality; None before they
        have one. Follows a change of place made during this update."""
        municipality = self.resident.municipality_id
        return self.countries.get(municipality) if municipality is not None else None

    @property
    def t(self) -> Translator:
        """The resident's translator, for their country (the words for the municipality and
        its authority); follows a locale or place change made during this update."""
        return self.i18n.translator(self.resident.locale, self.country)

    def negotiated_locale(self) -> str:
        """The locale for a resident who has not chosen one: their platform's language when we
        ship it, else their municipality's country's language, else Russian (`bot.i18n.negotiate`
        with `country`: the one place the resident's country enters the guess)."""
        return negotiate(
            self.incoming.locale_hint,
            available=self.i18n.locales,
            default=self.settings.default_locale,
            country=self.country,
        )

    @property
    def state(self) -> str:
        return self.resident.state.name

    @property
    def data(self) -> dict[str, Any]:
        return self.resident.state.data

    def say(self, message_id: str, choices: Iterable[Choice] = (), **args: Any) -> None:
        """Answer with a localised message and, optionally, buttons."""
        self.reply(self.t(message_id, **args), choices)

    def reply(
        self,
        text: str,
        choices: Iterable[Choice] = (),
        media: dict[str, str] | None = None,
        *,
        first_choice: int = 0,
    ) -> None:
        choices = tuple(choices)
        pressable = [[c.id, c.label] for c in choices if not c.url]
        # Several cards in one answer are numbered on from each other, so that a typed number
        # means the one line the person sees (link buttons open a page: typing cannot press them).
        earlier = self.resident.state.offered if self.offered_now and pressable else []
        reply = Reply(
            text=text, choices=choices, media=media, locale=self.resident.locale,
            first_choice=first_choice, number_from=len(earlier) + 1,
        )  # fmt: skip
        self.replies.append(reply)
        if pressable:
            # Remember this answer's keyboards so typing "2" or a label can stand for a press.
            self.resident.state.offered = [*earlier, *pressable]
            self.offered_now = True

    def choice(self, choice_id: str, message_id: str, **args: Any) -> Choice:
        return Choice(choice_id, self.t(message_id, **args))
