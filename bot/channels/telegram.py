"""Telegram through python-telegram-bot: polling, or webhooks received by our aiohttp server.

One PTB handler turns every `Update` into a neutral `Incoming` and hands it to the inbox (the
app's reply path); this module renders and sends messages with inline keyboards, and sorts the
Bot API's errors into `DeliveryError`s (`classify`).
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import json
import logging
import os
from collections.abc import Callable, Collection, Iterator, Sequence
from pathlib import Path
from typing import Any

from telegram import (
    Bot,
    BotCommand,
    BotCommandScopeChat,
    ChatMemberUpdated,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InputFile,
    Update,
)
from telegram.constants import ChatMemberStatus, ChatType, MessageLimit
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)
from telegram.ext import Application, ContextTypes, TypeHandler

from bot.channels.aiohttp_request import AiohttpRequest
from bot.channels.base import (
    CannotChange,
    DeliveryError,
    Inbox,
    Limits,
    Migrated,
    Rejected,
    Throttled,
    Transient,
    Unreachable,
    Withdrawal,
    Withdrawn,
)
from bot.channels.update_order import PerUserUpdateProcessor, Turns, update_key
from bot.config import Settings
from bot.i18n import I18n
from bot.inbound import cleaned_or_none
from bot.messages import (
    ChatKind,
    Choice,
    Incoming,
    Media,
    Reply,
    UpdateKind,
    choice_to_payload,
    file_path,
    shorten,
    split_text,
    telegram_start_link,
)

log = logging.getLogger(__name__)

# Opt in to PTB's coming behaviour (durations as timedelta; read when used) instead of a
# deprecation warning on every 429; classified_errors() accepts both forms.
os.environ.setdefault("PTB_TIMEDELTA", "1")

ALLOWED_UPDATES = ["message", "edited_message", "callback_query", "my_chat_member"]
NAME = "telegram"
SHORT_LABEL = 16  # labels this short sit two to a row
CAPTION_LIMIT = 1024
WITHDRAWN_QUOTE = 120  # characters of a withdrawn announcement quoted to say which one


# What reading a foreign update can raise, in python-telegram-bot or in `to_incoming`, when a
# field is missing or has the wrong type (a `from` without `first_name`, a message without `date`).
UNREADABLE = (TypeError, ValueError, KeyError, AttributeError, IndexError, OverflowError)


# Fields whose JSON type python-telegram-bot takes on trust, and we rely on (Bot API types: ids
# are Integer, the rest String). A wrong one (a chat id that is a list) refuses the update.
INTEGER_FIELDS = frozenset({"update_id", "id", "message_id", "message_thread_id", "date",
                            "edit_date", "migrate_to_chat_id", "width", "height"})  # fmt: skip
STRING_FIELDS = frozenset({"text", "caption", "data", "media_group_id", "language_code",
                           "first_name", "last_name", "username", "title", "file_id",
                           "file_unique_id", "file_name", "type", "status"})  # fmt: skip


# Objects whose "id" is a String in the Bot API (elsewhere ids are Integers).
STRING_IDS = frozenset({"callback_query", "poll", "inline_query", "chosen_inline_result",
                        "shipping_query", "pre_checkout_query"})  # fmt: skip


def wrong_types(value: Any, parent: Any = None, depth: int = 0) -> str | None:
    """The first field of a raw update whose JSON type is not the Bot API's, else None."""
    if depth > 32:
        return "nested too deep"
    items = value.items() if isinstance(value, dict) else enumerate(value)
    for key, item in items:
        wants_text = key in STRING_FIELDS or (key == "id" and parent in STRING_IDS)
        if wants_text and not isinstance(item, str):
            return f"{key} is not text"
        if not wants_text and key in INTEGER_FIELDS and type(item) is not int:
            return f"{key} is not an integer"
        if isinstance(item, dict | list) and (found := wrong_types(item, key, depth + 1)):
            return found
    return None


def readable(data: Any, bot: Bot | None = None) -> Update | None:
    """The `Update` of one raw update dict (its objects tied to `bot`, for their shortcuts), or
    None (logged once) when python-telegram-bot cannot read it or a field has the wrong JSON
    type (`wrong_types`)."""
    try:
        if not isinstance(data, dict):
            raise TypeError("an update is a JSON object")
        if problem := wrong_types(data):
            raise TypeError(problem)
        return Update.de_json(data, bot)
    except UNREADABLE as error:
        update_id = data.get("update_id") if isinstance(data, dict) else None
        log.warning("telegram: skipped update %s that cannot be read: %r", update_id, error)
        return None


def sift_updates(body: bytes) -> bytes:
    """A getUpdates answer with every update python-telegram-bot cannot read replaced by a bare
    `{"update_id": n}`: one bad update would otherwise fail the whole batch, which PTB fetches
    again and again. The bare update moves the offset past it and is otherwise ignored."""
    try:
        answer = json.loads(body)
    except ValueError:
        return body  # PTB reports it as the Bot API's failure
    result = answer.get("result") if isinstance(answer, dict) else None
    if not isinstance(result, list):
        return body
    kept = []
    for data in result:
        if not isinstance(data, dict) or not isinstance(data.get("update_id"), int):
            log.warning("telegram: dropped a getUpdates entry without an update_id")
            continue
        kept.append(data if readable(data) is not None else {"update_id": data["update_id"]})
    answer["result"] = kept
    return json.dumps(answer).encode()


class UpdatesRequest(AiohttpRequest):
    """The transport of getUpdates, which passes each answer through `sift_updates`."""

    async def do_request(
        self, url: str, method: str, *args: Any, **kwargs: Any
    ) -> tuple[int, bytes]:
        status, body = await super().do_request(url, method, *args, **kwargs)
        if status == 200 and url.lower().endswith("/getupdates"):
            body = sift_updates(body)
        return status, body


def to_incoming(update: Update) -> Incoming | None:
    """The neutral message (with the chat to answer in); None for updates we do not act on."""
    external_id = str(update.update_id)
    if update.callback_query is not None:
        query = update.callback_query
        chat = query.message.chat if query.message else None
        user = query.from_user
        return Incoming(
            channel=NAME,
            user_ref=str(user.id),
            kind=UpdateKind.CHOICE,
            choice_id=query.data or "",
            locale_hint=user.language_code,
            external_id=external_id,
            chat_kind=_chat_kind(chat.type if chat else ChatType.PRIVATE),
            display_name=user.full_name,
            chat_ref=str(chat.id if chat else user.id),
        )
    if update.my_chat_member is not None:
        return _membership(update.my_chat_member, external_id)

    message = update.message or update.edited_message
    if message is None or message.from_user is None or message.chat.type == ChatType.CHANNEL:
        return None
    user = message.from_user
    if message.migrate_to_chat_id is not None:  # the service message of a group's upgrade
        return Incoming(
            channel=NAME,
            user_ref=str(user.id),
            kind=UpdateKind.CHAT_MOVED,
            external_id=external_id,
            chat_kind=ChatKind.GROUP,
            chat_ref=str(message.chat.id),
            moved_to=str(message.migrate_to_chat_id),
        )
    if update.edited_message is not None and message.location is not None:
        # A live location: one message, then an edit per position change, for up to its live
        # period. The first message is the place; the moves are no one's words to answer.
        return None
    kind = UpdateKind.EDITED if update.edited_message is not None else UpdateKind.MESSAGE
    return Incoming(
        channel=NAME,
        user_ref=str(user.id),
        kind=kind,
        text=message.text,
        caption=message.caption,
        album=message.media_group_id,
        media_kind=None if message.text is not None else _media_kind(message),
        media=_media(message),
        location=(message.location.latitude, message.location.longitude)
        if message.location
        else None,
        locale_hint=user.language_code,
        external_id=external_id,
        chat_kind=_chat_kind(message.chat.type),
        display_name=user.full_name,
        chat_ref=topic_ref(message.chat.id, message.message_thread_id)
        if message.is_topic_message
        else str(message.chat.id),
    )


def topic_ref(chat_id: int, thread_id: int | None) -> str:
    """A chat reference naming a forum topic: "<chat id>/<message_thread_id>" (answers and
    outbox rows to it land in that topic, not in General)."""
    return f"{chat_id}/{thread_id}" if thread_id else str(chat_id)


def parse_chat_ref(chat_ref: str) -> tuple[int, int | None]:
    """ "-1001500600700/42" -> (-1001500600700, 42); "7104" -> (7104, None). Raises ValueError
    for anything else."""
    chat, _, thread = chat_ref.partition("/")
    return int(chat), int(thread) if thread else None


def _membership(change: ChatMemberUpdated, external_id: str) -> Incoming | None:
    if change.chat.type != ChatType.PRIVATE:
        return None  # being added to or removed from a group is not a resident's doing
    status = change.new_chat_member.status
    if status in (ChatMemberStatus.BANNED, ChatMemberStatus.LEFT):
        kind = UpdateKind.BLOCKED
    elif status == ChatMemberStatus.MEMBER:
        kind = UpdateKind.UNBLOCKED
    else:
        return None
    return Incoming(
        channel=NAME,
        user_ref=str(change.from_user.id),
        kind=kind,
        locale_hint=change.from_user.language_code,
        external_id=external_id,
        chat_ref=str(change.chat.id),
    )


def _chat_kind(chat_type: str) -> ChatKind:
    return ChatKind.PRIVATE if chat_type == ChatType.PRIVATE else ChatKind.GROUP


def _media(message: Any) -> Media | None:
    if message.photo:
        return Media("photo", message.photo[-1].file_id)  # the largest size
    if message.document:
        return Media("document", message.document.file_id, message.document.file_name)
    if message.voice:  # taken only where a step says so (a description of what is wrong)
        return Media("voice", message.voice.file_id)
    return None


def _media_kind(message: Any) -> str:
    for kind in (
        "sticker",
        "voice",
        "video_note",
        "audio",
        "video",
        "photo",
        "document",
        "animation",
        "location",
        "contact",
        "poll",
        "dice",
    ):
        if getattr(message, kind, None):
            return kind
    return "other"


# Bad Request descriptions (lower case) that mean the chat or user is gone for good.
GONE = ("chat not found", "user not found", "bot was kicked", "user is deactivated")
# ...and that mean this message can no longer be edited or deleted by us.
UNCHANGEABLE = (
    "message can't be deleted",
    "message to delete not found",
    "message can't be edited",
    "message to edit not found",
    "message_id_invalid",
)


def classify(error: TelegramError) -> DeliveryError:
    """A Bot API error (as python-telegram-bot raised it) -> what the reply path and the
    delivery engine do about it. Sources: the Bot API's `ResponseParameters` (retry_after,
    migrate_to_chat_id) and the descriptions Telegram answers with."""
    text = str(error)
    match error:
        case RetryAfter():
            after = error.retry_after
            seconds = after.total_seconds() if isinstance(after, dt.timedelta) else float(after)
            return Throttled(seconds, text)
        case ChatMigrated():
            return Migrated(str(error.new_chat_id), text)
        case Forbidden():  # blocked by the user, user deactivated, kicked from the group
            return Unreachable(text)
        case BadRequest() if any(words in text.lower() for words in GONE):
            return Unreachable(text)
        case BadRequest() if any(words in text.lower() for words in UNCHANGEABLE):
            return CannotChange(text)
        case BadRequest():
            return Rejected(text)
        case TimedOut() | NetworkError():  # network trouble and 5xx (PTB's NetworkError)
            return Transient(text)
    return Transient(f"unexpected Telegram error: {text}")  # InvalidToken, EndPointNotFound...


@contextlib.contextmanager
def classified_errors() -> Iterator[None]:
    """Raise Telegram's errors as `DeliveryError`s (see `classify`)."""
    try:
        yield
    except TelegramError as error:
        raise classify(error) from error


def keyboard(
    choices: Sequence[Choice], *, deep_link_to: str | None = None
) -> InlineKeyboardMarkup | None:
    """Inline buttons. With `deep_link_to` (the bot's username, for group chats, where a press
    cannot be answered privately) every button opens the private chat and presses itself there."""
    if not choices:
        return None
    buttons = [
        InlineKeyboardButton(c.label, url=c.url)
        if c.url
        else InlineKeyboardButton(
            c.label, url=telegram_start_link(deep_link_to, choice_to_payload(c.id))
        )
        if deep_link_to
        else InlineKeyboardButton(c.label, callback_data=c.id)
        for c in choices
    ]
    per_row = 2 if all(len(c.label) <= SHORT_LABEL for c in choices) and len(choices) > 3 else 1
    return InlineKeyboardMarkup([buttons[i : i + per_row] for i in range(0, len(buttons), per_row)])


class TelegramChannel:
    name: str = NAME
    service_window: dt.timedelta | None = None  # bots may write to anyone not blocking them

    def __init__(
        self,
        *,
        settings: Settings,
        i18n: I18n,
        commands: Sequence[str],
        menu_for: Callable[[Sequence[str], Collection[str]], Sequence[str]] | None = None,
    ) -> None:
        paid = settings.telegram_paid_broadcast
        self.limits = Limits(
            per_second=1000 if paid else settings.telegram_rate_limit,
            per_chat_per_second=settings.telegram_chat_rate_limit,
        )
        self._uploaded: dict[str, str] = {}  # shipped file -> Telegram file id
        self.settings = settings
        self._inbox: Inbox | None = None
        self._turns = Turns()  # one user's updates in turn, by webhook or by polling
        self._feeding = 0  # webhook updates being handled
        self._fed = asyncio.Event()  # set while none is
        self._fed.set()
        self.i18n = i18n
        self.commands = commands
        # A staff member's menu: the residents' commands and their roles' (handlers.menu_for).
        self.menu_for = menu_for or (lambda commands, _roles: list(commands))
        api = settings.telegram_api_url
        builder = (
            Application.builder()
            .token(settings.telegram_bot_token or "")
            .base_url(f"{api}/bot")
            .base_file_url(f"{api}/file/bot")
            .request(AiohttpRequest(read_timeout=settings.telegram_timeout))
            .get_updates_request(UpdatesRequest(connection_limit=1))
            .concurrent_updates(PerUserUpdateProcessor(turns=self._turns))
        )
        if settings.telegram_uses_webhook:
            builder = builder.updater(None)  # our aiohttp server receives updates
        self.application: Application[Any, Any, Any, Any, Any, Any] = builder.build()
        self.application.add_handler(TypeHandler(Update, self._on_update))
        self.application.add_error_handler(self._on_error)

    async def start(self, inbox: Inbox) -> None:
        self._inbox = inbox
        app = self.application
        await app.initialize()
        await self._register_commands()
        if self.settings.telegram_uses_webhook:
            await app.bot.set_webhook(
                url=self.settings.telegram_webhook_url or "",
                secret_token=self.settings.telegram_webhook_secret,
                allowed_updates=ALLOWED_UPDATES,
            )
        else:
            await app.bot.delete_webhook()
            assert app.updater is not None
            await app.updater.start_polling(allowed_updates=ALLOWED_UPDATES)
        await app.start()
        log.info(
            "telegram: @%s is up (%s)",
            app.bot.username,
            "webhook" if self.settings.telegram_uses_webhook else "polling",
        )

    async def stop(self) -> None:
        app = self.application
        if app.updater is not None and app.updater.running:
            await app.updater.stop()
        if app.running:
            await app.stop()
        await app.shutdown()

    def username(self) -> str | None:
        """The bot's @username without the @, as getMe gave it at start; None before."""
        try:
            username: str = self.application.bot.username
        except RuntimeError:  # PTB: the bot is not initialized yet
            return None
        return username

    async def download(self, file_id: str) -> bytes | None:
        """A file residents sent (a photo), by its Telegram file id, for staff pages: getFile,
        then the download from the Bot API's file URL (files up to 20 MB, per the Bot API's
        getFile documentation). None when Telegram no longer has it or cannot be reached."""
        try:
            found = await self.application.bot.get_file(file_id)
            return bytes(await found.download_as_bytearray())
        except (TelegramError, OSError) as error:
            log.info("telegram: file %s not downloaded: %s", file_id[:16], error)
            return None

    async def feed(self, payload: dict[str, Any]) -> None:
        """An update pushed to our webhook, handled (stored, and its replies sent) before the
        webhook is answered: if we stop first, Telegram sends it again, and the dispatcher's
        dedupe makes that harmless. It skips PTB's update queue, a task and a handler lookup per
        update (issue 18); one user's updates still take turns with each other (`Turns`, shared
        with the polling path). One that cannot be read is logged and skipped (Telegram would
        only send it again)."""
        update = readable(payload, self.application.bot)
        if update is None:
            return
        self._feeding += 1
        self._fed.clear()
        try:
            async with self._turns.turn(update_key(update)):
                await self._on_update(update, None)
        except Exception:  # a bug: logged as PTB's error handler would; the next update goes on
            log.exception("telegram: error handling update %s", update.update_id)
        finally:
            self._feeding -= 1
            if not self._feeding:
                self._fed.set()

    async def idle(self) -> None:
        """Wait until every update received so far has been handled (shutdown, tests)."""
        await self.application.update_queue.join()
        await self._fed.wait()

    async def answer(self, chat_ref: str, reply: Reply) -> str:
        with classified_errors():
            return await self._send(chat_ref, reply)

    async def deliver(
        self,
        chat_ref: str,
        reply: Reply,
        media: dict[str, Any] | None,
        *,
        window_open: bool = True,
    ) -> str:
        with classified_errors():
            return await self._send(chat_ref, reply, media, paid=True)

    async def edit(
        self, chat_ref: str, message_id: str, text: str, *, locale: str, window_open: bool = True
    ) -> str | None:
        """Correct a delivered message: `message_id` is the reference `deliver` returned."""
        bot, (chat_id, _thread) = self.application.bot, parse_chat_ref(chat_ref)
        refs = message_id.split(",")
        with classified_errors():
            try:
                if refs[0].startswith("c"):  # the text is the caption of a photo or document
                    await bot.edit_message_caption(
                        chat_id, int(refs[0][1:]), caption=text[:CAPTION_LIMIT]
                    )
                else:
                    text_ref = refs[1] if refs[0].startswith("m") else refs[0]
                    await bot.edit_message_text(
                        text[: MessageLimit.MAX_TEXT_LENGTH], chat_id=chat_id,
                        message_id=int(text_ref),
                    )  # fmt: skip
            except BadRequest as error:
                if "not modified" not in str(error).lower():
                    raise
        return None

    async def delete(
        self, chat_ref: str, message_id: str, text: str, *, locale: str, window_open: bool = True
    ) -> Withdrawal:
        """Delete every message of a delivered copy. A bot may delete its messages in private
        chats for 48 hours only (Bot API, deleteMessage); after that the copy is edited into a
        short "withdrawn" note, and where even that is refused, a note is sent."""
        try:
            for ref in message_id.split(","):
                try:
                    with classified_errors():
                        await self.application.bot.delete_message(
                            parse_chat_ref(chat_ref)[0], int(ref.lstrip("cm"))
                        )
                except CannotChange as refused:
                    if "not found" not in str(refused).lower():
                        raise
                    # Gone already (a retry after a part was deleted, or the resident cleared
                    # the chat): as good as deleted, and no note about what they cannot see.
            return Withdrawal(Withdrawn.DELETED)
        except CannotChange as refused:
            log.info("telegram: cannot delete %s in %s (%s); editing", message_id, chat_ref,
                     refused)  # fmt: skip
        quote = shorten(text, WITHDRAWN_QUOTE)
        note = self.i18n.translator(locale)("announcement-withdrawn-note", text=quote)
        try:
            await self.edit(chat_ref, message_id, note, locale=locale)
            return Withdrawal(Withdrawn.EDITED)
        except CannotChange:
            sent = await self.deliver(chat_ref, Reply(note, locale=locale), None)
            return Withdrawal(Withdrawn.NOTE, sent)

    async def _send(
        self,
        chat_ref: str,
        reply: Reply,
        media: dict[str, Any] | None = None,
        *,
        paid: bool = False,
    ) -> str:
        """Send a reply: the attachment first (text as its caption when it fits), then the text
        split to Telegram's limit with the keyboard on the last part. Returns a reference to
        every message sent: "c<id>" a captioned attachment, "m<id>" a bare one, "<id>" text."""
        bot = self.application.bot
        chat_id, thread = parse_chat_ref(chat_ref)
        extra: dict[str, Any] = {}
        if thread is not None:  # a forum topic: answer there, not in General
            extra["message_thread_id"] = thread
        if paid and self.settings.telegram_paid_broadcast:
            extra["allow_paid_broadcast"] = True
        markup = keyboard(reply.choices, deep_link_to=bot.username if chat_id < 0 else None)
        media = media or reply.media
        parts = split_text(reply.text, MessageLimit.MAX_TEXT_LENGTH)
        refs: list[str] = []
        if media is not None:
            caption = parts[0] if len(parts) == 1 and len(parts[0]) <= CAPTION_LIMIT else None
            message = await self._send_media(
                chat_id, media, caption, markup if caption else None, extra
            )
            refs.append(f"{'c' if caption else 'm'}{message.message_id}")
            if caption is not None:
                return refs[0]
        for index, part in enumerate(parts):
            last = index == len(parts) - 1
            refs.append(str(await self._send_text(chat_id, part, markup if last else None, extra)))
        return ",".join(refs)

    async def _send_text(
        self,
        chat_id: int,
        text: str,
        markup: InlineKeyboardMarkup | None,
        extra: dict[str, Any],
    ) -> int:
        """sendMessage through PTB's request machinery (its errors, retries and transport) but
        without building a `Message` from the answer: we only need its id, and building it cost
        a quarter of the time of a bulk send. Bot API method names are case-insensitive;
        "sendmessage" is PTB's documented raw path without its "use send_message" warning."""
        params: dict[str, Any] = {"chat_id": chat_id, "text": text, **extra}
        if markup is not None:
            params["reply_markup"] = markup
        result = await self.application.bot.do_api_request("sendmessage", api_kwargs=params)
        return int(result["message_id"])

    async def _send_media(
        self,
        chat_id: int,
        media: dict[str, Any],
        caption: str | None,
        markup: InlineKeyboardMarkup | None,
        extra: dict[str, Any],
    ) -> Any:
        """A photo, document or voice note by Telegram file id, or a file we keep (shipped with
        the project, or a WhatsApp resident's): uploaded once, then sent by the file id Telegram
        gave it."""
        bot = self.application.bot
        kind = media.get("kind")
        send = (
            bot.send_photo
            if kind == "photo"
            else bot.send_voice
            if kind == "voice" and media.get("ref")
            else bot.send_document
        )
        if "content" in media:  # generated (a calendar file): sent from bytes, never cached
            document = InputFile(str(media["content"]).encode(), filename=media.get("name"))
            return await bot.send_document(
                chat_id, document, caption=caption, reply_markup=markup, **extra
            )
        path = file_path(media)
        source: Any = (None if path else media.get("ref")) or self._uploaded.get(path or "")
        if source is None and path is not None:
            source = await asyncio.to_thread(Path(path).read_bytes)  # small, and only once
        message = await send(chat_id, source, caption=caption, reply_markup=markup, **extra)
        if path is not None and path not in self._uploaded:
            uploaded = (
                message.photo[-1].file_id
                if message.photo
                else getattr(message.voice or message.document, "file_id", None)
            )
            if uploaded:
                self._uploaded[path] = uploaded
        return message

    async def _register_commands(self) -> None:
        """The command menu in each resident's language (and the default for the rest)."""
        for locale in (None, *self.i18n.locales):
            t = self.i18n.translator(locale or self.settings.default_locale)
            commands = [BotCommand(name, t(f"command-{name}")) for name in self.commands]
            await self.application.bot.set_my_commands(commands, language_code=locale)

    async def show_commands(self, chat_ref: str, *, locale: str, roles: Collection[str]) -> None:
        """One person's command menu in their private chat (whose id is their user id): the
        residents' commands and those of `roles`, in `locale`. Telegram shows a chat's own menu
        (BotCommandScopeChat) before the default one of the user's language; without a role the
        chat's own menu is deleted, so the default applies again
        (https://core.telegram.org/bots/api#determining-list-of-commands). Raises
        `TelegramError` when Telegram refuses."""
        bot = self.application.bot
        scope = BotCommandScopeChat(int(chat_ref))
        if not roles:
            await bot.delete_my_commands(scope=scope)
            return
        t = self.i18n.translator(locale)
        names = self.menu_for(self.commands, roles)
        await bot.set_my_commands([BotCommand(n, t(f"command-{n}")) for n in names], scope=scope)

    async def _on_update(self, update: object, _context: ContextTypes.DEFAULT_TYPE | None) -> None:
        if not isinstance(update, Update):
            return
        try:
            incoming = to_incoming(update)
        except UNREADABLE as error:  # fields of the wrong type that PTB let through
            log.warning("telegram: skipped update %s: %r", update.update_id, error)
            return
        if incoming is None or (incoming := cleaned_or_none(incoming)) is None:
            return
        assert self._inbox is not None, "start() gives the channel its inbox"
        if update.callback_query is not None:
            try:
                await update.callback_query.answer()  # stops the button's spinner at once
            except TelegramError as error:  # too old to answer, or Telegram busy: harmless
                log.info("telegram: callback answer refused: %s", error)
        await self._inbox.receive(incoming)

    async def _on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        error = context.error
        level = logging.WARNING if isinstance(error, TelegramError) else logging.ERROR
        log.log(level, "telegram: error handling %s", update, exc_info=error)
