"""The one reply path: every answer to a resident's own message leaves here, after the
dispatcher's commit, through the channel the message came from, under one failure policy for
every channel:

- permanent (blocked, deactivated, not on WhatsApp): the resident is marked, nothing more is tried;
- retryable (429 with retry_after, 5xx, network, WhatsApp throttling): this reply and the ones
  after it go to the outbox (priority REPLY, ahead of everything), due when the platform said;
  the channel's bulk sending pauses as long. An answer is late rather than lost;
- a migrated group (Telegram's migrate_to_chat_id): followed to its new id, which replaces the old
  one in the staff settings that name it, and sent again there;
- refused for its content: logged; the replies after it still go;
- anything unexpected: logged with its traceback; the rest goes to the outbox, which retries it
  and, after its attempts, marks it failed where staff see it.

Channels only parse, render and send; they hand updates to `receive` (this is their `Inbox`).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.channels.base import Channel, Migrated, Rejected, Throttled, Transient, Unreachable
from bot.delivery import DeliveryEngine
from bot.dispatcher import Dispatcher
from bot.messages import ChatKind, Incoming, Reply
from storage import repos
from storage.models import ResidentStatus

log = logging.getLogger(__name__)


class ReplyPath:
    def __init__(
        self,
        *,
        dispatcher: Dispatcher,
        delivery: DeliveryEngine,
        channels: Mapping[str, Channel],
        sessionmaker: async_sessionmaker[AsyncSession],
    ) -> None:
        self.dispatcher = dispatcher
        self.delivery = delivery
        self.channels = dict(channels)
        self.sessionmaker = sessionmaker

    async def receive(self, incoming: Incoming) -> None:
        """Handle one update (one transaction) and send its replies (after the commit)."""
        replies = await self.dispatcher.handle(incoming)
        if replies:
            await self.send(incoming, replies)

    def outbox_changed(self) -> None:
        self.delivery.wake()

    async def send(self, incoming: Incoming, replies: list[Reply]) -> None:
        channel = self.channels[incoming.channel]
        limiter = self.delivery.limiters[channel.name]
        chat_ref = incoming.reply_to
        for index, reply in enumerate(replies):
            limiter.take_now()  # replies go at once, but bulk sending makes room for them
            try:
                try:
                    await channel.answer(chat_ref, reply)
                except Migrated as moved:
                    await self.delivery.follow_chat(channel.name, chat_ref, moved.new_chat_ref)
                    chat_ref = moved.new_chat_ref
                    await channel.answer(chat_ref, reply)
            except Unreachable as error:
                log.info("%s: %s is unreachable: %s", channel.name, chat_ref, error)
                if incoming.chat_kind is ChatKind.PRIVATE:
                    await self._mark_unreachable(incoming)
                return
            except Rejected as error:  # this reply's content; the next may still go
                log.error("%s: reply to %s refused: %s", channel.name, chat_ref, error)
            except (Throttled, Transient, Migrated) as error:
                wait = error.retry_after if isinstance(error, Throttled) else 0.0
                if wait:
                    limiter.pause(wait)
                log.warning("%s: reply to %s deferred to the outbox: %s", channel.name, chat_ref,
                            error)  # fmt: skip
                await self._defer(incoming, chat_ref, replies[index:], wait)
                return
            except Exception:
                log.exception("%s: reply to %s failed; the outbox retries it", channel.name,
                              chat_ref)  # fmt: skip
                await self._defer(incoming, chat_ref, replies[index:], 0.0)
                return

    async def _defer(
        self, incoming: Incoming, chat_ref: str, replies: list[Reply], wait: float
    ) -> None:
        async with self.dispatcher.write_turn, self.sessionmaker.begin() as session:
            resident = await repos.find_resident(
                session, channel=incoming.channel, external_id=incoming.user_ref
            )
            private = incoming.chat_kind is ChatKind.PRIVATE
            self.delivery.enqueue_replies(
                session,
                channel=incoming.channel,
                chat_ref=chat_ref,
                resident_id=resident.id if resident is not None and private else None,
                locale=resident.locale if resident is not None else "en",
                replies=replies,
                wait=wait,
            )
        self.delivery.wake()

    async def _mark_unreachable(self, incoming: Incoming) -> None:
        """The platform refused a reply because the resident blocked us or is gone."""
        async with self.dispatcher.write_turn, self.sessionmaker.begin() as session:
            resident = await repos.find_resident(
                session, channel=incoming.channel, external_id=incoming.user_ref
            )
            now = self.delivery.clock()
            if resident is not None and repos.set_status(resident, ResidentStatus.BLOCKED, now=now):
                log.info("resident %s marked blocked", resident.ref)
