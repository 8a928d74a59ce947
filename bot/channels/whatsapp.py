"""WhatsApp through Meta's Cloud API, on aiohttp: webhooks in, Graph API requests out.

Webhooks are authenticated (X-Hub-Signature-256 over the raw body, checked before anything is
parsed) and answered at once; their messages are then handled in the background, each resident's
in order. Meta delivers webhooks at least once, so a repeated message id (wamid) is dropped by the
dispatcher's dedupe. Status callbacks (sent, delivered, read, failed) update the outbox rows.

Outside the 24-hour customer-service window WhatsApp accepts only approved templates; the
delivery engine says whether the window is open, and a refusal with 131047 switches to the
template too.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import hashlib
import hmac
import json
import logging
import mimetypes
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import aiohttp
from aiohttp import web
from sqlalchemy import func, or_, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot import media_files, speed
from bot.channels import whatsapp_format as wa
from bot.channels.base import (
    Inbox,
    Limits,
    Rejected,
    Throttled,
    Transient,
    Unreachable,
    Withdrawal,
    Withdrawn,
)
from bot.channels.update_order import Turns
from bot.config import Settings
from bot.i18n import I18n
from bot.inbound import cleaned_or_none
from bot.messages import FILE_REF_PREFIX, Incoming, Media, Reply, file_path, shorten
from storage import repos
from storage.clock import Clock, system_clock
from storage.models import Delivery, DeliveryStatus, Resident, ResidentStatus
from storage.phones import is_bsuid, whatsapp_resident_ref

# WhatsApp voice notes may be AMR, which Python does not map (Meta: supported media types).
mimetypes.add_type("audio/amr", ".amr")
log = logging.getLogger(__name__)

NAME = wa.NAME
SIGNATURE_HEADER = "X-Hub-Signature-256"
SERVICE_WINDOW = timedelta(hours=24)
STATUS_BATCH_SECONDS = 0.1
REPORT_PATIENCE = 120.0  # seconds a report may wait for the send it speaks of to be recorded
REQUEST_TIMEOUT = 15.0  # seconds; a send that takes longer is retried by the outbox
WITHDRAWN_QUOTE = 120  # characters of a withdrawn announcement quoted to say which one
UPLOAD_REUSE = 25 * 24 * 3600.0  # seconds; Meta keeps uploaded media for 30 days
# Document types the Cloud API accepts; others (a calendar file, text/calendar) go as plain text,
# keeping their file name, so phones still open them with the right app.
WHATSAPP_DOCUMENTS = {
    "text/plain", "application/pdf", "application/msword", "application/vnd.ms-excel",
    "application/vnd.ms-powerpoint",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation",
}  # fmt: skip
KNOWN_REFS = 50_000  # (phone, user id) pairs remembered; then forgotten all at once
UNHANDLED_KINDS = 500  # distinct unhandled webhook parts remembered; beyond, each is logged
MEDIA_LIMIT = 16 << 20  # bytes: WhatsApp's own ceiling for documents is 100 MB, photos 5 MB

OUTSIDE_WINDOW = 131047
UNDELIVERABLE = 131026
# Throttling: the app's or the number's call rate (4, 80007), Cloud API throughput (130429),
# spam rate limit (131048). Pair-rate (131056: too fast to one person) is that message's problem.
THROTTLING = {4: 60.0, 80007: 60.0, 130429: 5.0, 131048: 60.0}
PERMANENTLY_UNREACHABLE = {UNDELIVERABLE, 131030}  # undeliverable; not an allowed test number
RETRYABLE = {1, 2, 131000, 131016, 131056, 133004}  # unknown or temporary trouble at Meta
# The account, not the message: an expired or revoked token (190), missing permission (10, 200,
# 131005), a locked or restricted account (131031, 368) or an unpaid bill (131042).
ACCOUNT_TROUBLE = {190, 10, 200, 131005, 131031, 368, 131042}
ACCOUNT_PAUSE = 300.0  # seconds


class OutsideWindow(Rejected):
    """WhatsApp refused a free-form message: the resident last wrote more than 24 hours ago."""


def signature_ok(secret: str, body: bytes, header: str | None) -> bool:
    """Meta's X-Hub-Signature-256: "sha256=" + HMAC-SHA256 of the raw body, in constant time."""
    if not header or not header.startswith("sha256="):
        return False
    expected = hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(header.removeprefix("sha256=").encode(), expected.encode())


def classify(status: int, body: Any, retry_after: str | None = None) -> Exception:
    """A Graph API error answer -> what the delivery engine does about it."""
    error = body.get("error") if isinstance(body, dict) else None
    error = error if isinstance(error, dict) else {}
    code = error.get("code")
    code = int(code) if isinstance(code, int) else None
    data = error.get("error_data")
    details = data.get("details") if isinstance(data, dict) else data
    message = f"{status} {code}: {error.get('message') or ''} {details or ''}".strip()[:300]
    if code == OUTSIDE_WINDOW:
        return OutsideWindow(message)
    if code in ACCOUNT_TROUBLE or status == 401:
        # No message can go until someone fixes the account: hold everything, loudly, rather
        # than fail every queued row.
        log.error("whatsapp: the business account cannot send (%s); pausing", message)
        return Throttled(ACCOUNT_PAUSE, message)
    if code in THROTTLING or status == 429:
        seconds = float(retry_after) if retry_after and retry_after.isdigit() else None
        return Throttled(seconds or THROTTLING.get(code or 0, 5.0), message)
    if code in PERMANENTLY_UNREACHABLE:
        return Unreachable(message)
    if status >= 500 or code in RETRYABLE or code is None:
        return Transient(message)
    return Rejected(message)


class WhatsAppChannel:
    name: str = NAME
    service_window: timedelta | None = SERVICE_WINDOW

    def __init__(
        self,
        *,
        settings: Settings,
        write_turn: contextlib.AbstractAsyncContextManager[object],
        i18n: I18n,
        sessionmaker: async_sessionmaker[AsyncSession],
        clock: Clock = system_clock,
    ) -> None:
        self.settings = settings
        self.clock = clock
        self.write_turn = write_turn  # SQLite's one writer (see storage.db.write_turn)
        self._inbox: Inbox | None = None
        self.i18n = i18n
        self.sessionmaker = sessionmaker
        self.limits = Limits(per_second=settings.whatsapp_rate_limit, per_chat_per_second=1.0)
        self._messages_url = (
            f"{settings.whatsapp_api_url}/{settings.whatsapp_phone_number_id}/messages"
        )
        self._session: aiohttp.ClientSession | None = None
        # stored file -> its upload (a WhatsApp media id, valid 30 days) and when it was made;
        # a task, so that a broadcast's first sends share one upload
        self._uploaded: dict[str, tuple[float, asyncio.Task[str]]] = {}
        self._turns = Turns()  # one resident's messages, one at a time
        self._tasks: set[asyncio.Task[None]] = set()
        self._reports: list[wa.StatusChange] = []  # status reports not yet written
        self._reports_flush: asyncio.Task[None] | None = None
        self._retrying = False  # the pending flush only retries reports that matched nothing
        self._unhandled_seen: set[str] = set()  # kinds of webhook parts already logged
        self._refs: dict[tuple[str | None, str], str] = {}  # (phone, user id) -> resident ref

    # --- lifecycle ---------------------------------------------------------------------------

    async def start(self, inbox: Inbox) -> None:
        self._inbox = inbox
        self._session = aiohttp.ClientSession(
            headers={"Authorization": f"Bearer {self.settings.whatsapp_access_token}"},
            timeout=aiohttp.ClientTimeout(total=REQUEST_TIMEOUT),
            json_serialize=speed.dumps_str,  # orjson when installed
        )
        log.info("whatsapp: ready for number %s", self.settings.whatsapp_phone_number_id)

    async def stop(self) -> None:
        await self.idle()
        if self._reports_flush is not None:  # only retries of reports still matching nothing
            self._reports_flush.cancel()
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def idle(self) -> None:
        """Wait until every message received so far has been handled and the reports received
        so far written (shutdown, tests); not for retries of reports that matched nothing."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)
        if (flush := self._reports_flush) is not None and not self._retrying:
            await asyncio.gather(flush, return_exceptions=True)

    # --- webhooks ----------------------------------------------------------------------------

    def add_routes(self, app: web.Application, path: str = "/whatsapp") -> None:
        app.router.add_get(path, self._verify)
        app.router.add_post(path, self._receive)

    async def _verify(self, request: web.Request) -> web.Response:
        """Meta's subscription handshake: echo the challenge if the verify token is ours."""
        query = request.query
        token = (query.get("hub.verify_token") or "").encode()
        expected = (self.settings.whatsapp_verify_token or "").encode()
        if (
            query.get("hub.mode") == "subscribe"
            and expected
            and hmac.compare_digest(token, expected)
        ):
            return web.Response(text=query.get("hub.challenge", ""))
        log.warning("whatsapp: verification refused from %s", request.remote)
        return web.Response(status=403, text="forbidden")

    async def _receive(self, request: web.Request) -> web.Response:
        body = await request.read()
        secret = self.settings.whatsapp_app_secret or ""
        if not secret or not signature_ok(secret, body, request.headers.get(SIGNATURE_HEADER)):
            log.warning("whatsapp: bad or missing signature from %s", request.remote)
            return web.Response(status=401, text="bad signature")
        try:
            payload = speed.loads(body)
        except (ValueError, RecursionError) as error:
            # Signed by Meta yet not JSON we can read (or nested too deep to read): a retry
            # would bring the same bytes, so it is acknowledged, and noted.
            log.warning(
                "whatsapp: a signed webhook of %d bytes is not readable JSON (%s); ignored",
                len(body), type(error).__name__,
            )  # fmt: skip
            return web.Response(text="ok")
        try:
            content = wa.parse_webhook(
                payload,
                phone_number_id=self.settings.whatsapp_phone_number_id,
                received_at=self.clock(),
            )
        except Exception:  # signed by Meta yet unreadable: a retry would not read better
            log.exception("whatsapp: could not read a signed webhook")
            return web.Response(text="ok")
        self._note_unhandled(content.unhandled)
        failed = [c for c in content.statuses if c.status == "failed"]
        if failed:  # rare, and it re-queues messages: stored before we say "received"
            failed = await self.record_statuses(failed)
        self._queue_reports(
            [c for c in content.statuses if c.status in ("delivered", "read")] + failed
        )
        for inbound in content.messages:
            self._spawn(inbound)
        return web.Response(text="ok")  # at once: Meta retries slow answers

    def _note_unhandled(self, parts: list[str]) -> None:
        """Say which parts of webhooks we do not handle: each kind once per process at WARNING
        (a new message type or field from Meta is noticed), then at DEBUG (no flood)."""
        for part in parts:
            if part in self._unhandled_seen:
                log.debug("whatsapp: webhook part not handled: %s", part)
                continue
            if len(self._unhandled_seen) < UNHANDLED_KINDS:
                self._unhandled_seen.add(part)
            log.warning("whatsapp: webhook part not handled: %s (said once per kind)", part)

    def _queue_reports(self, changes: list[wa.StatusChange], delay: float = 0.0) -> None:
        """Delivered and read reports come by the hundred per second during a broadcast: they
        are written in one transaction per STATUS_BATCH_SECONDS, off the webhook's answer."""
        if not changes:
            return
        self._reports.extend(changes)
        if self._reports_flush is None:
            flush = asyncio.create_task(self._flush_reports(STATUS_BATCH_SECONDS + delay))
            self._reports_flush = flush
            self._retrying = delay > 0
        elif not delay:
            self._retrying = False  # fresh reports ride on the pending flush

    async def _flush_reports(self, delay: float) -> None:
        await asyncio.sleep(delay)
        batch, self._reports, self._reports_flush = self._reports, [], None
        try:
            unmatched = await self.record_statuses(batch)
        except Exception:  # reports only: losing a batch loses no message
            log.exception("whatsapp: %d delivery reports not recorded", len(batch))
            return
        # A failure can overtake our record of the send (the outbox writes message ids after
        # each batch): try again a little later, for a while. Other reports that match nothing
        # are about replies, which have no outbox row.
        horizon = self.clock() - timedelta(seconds=REPORT_PATIENCE)
        retry = [c for c in unmatched if c.status == "failed" and c.at > horizon]
        self._queue_reports(retry, delay=1.0)

    def _spawn(self, inbound: wa.Inbound) -> None:
        # Tasks start in the order they are created, and take their turn at once: each
        # resident's messages are handled in the order the webhook delivered them.
        task = asyncio.create_task(self._handle_in_turn(inbound))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _handle_in_turn(self, inbound: wa.Inbound) -> None:
        user = inbound.incoming.user_ref
        try:
            async with self._turns.turn(user):
                await self._handle(inbound)
        except Exception:
            log.exception("whatsapp: failed to handle a message from %s", user)

    async def _handle(self, inbound: wa.Inbound) -> None:
        incoming = inbound.incoming
        if inbound.user_id is not None:
            ref = await self._resident_ref(inbound.user_id, incoming.user_ref)
            incoming = dataclasses.replace(incoming, user_ref=ref)
        if inbound.media is not None:
            incoming = await self._with_media(incoming, inbound.media)
        assert self._inbox is not None, "start() gives the channel its inbox"
        if (cleaned := cleaned_or_none(incoming)) is not None:
            await self._inbox.receive(cleaned)

    async def _resident_ref(self, user_id: str, sender: str) -> str:
        """Which resident a message with a business-scoped user id is from (see
        storage.phones.whatsapp_resident_ref); answers once settled are remembered, so a
        resident's later messages cost no query."""
        phone = None if is_bsuid(sender) else sender
        key = (phone, user_id)
        if (known := self._refs.get(key)) is not None:
            return known
        async with self.write_turn, self.sessionmaker.begin() as session:
            ref = await whatsapp_resident_ref(session, phone=phone, user_id=user_id)
            settled = await repos.find_resident(session, channel=NAME, external_id=ref)
        if settled is not None:  # a new resident is created by the dispatcher: ask again
            if len(self._refs) >= KNOWN_REFS:
                self._refs.clear()
            self._refs[key] = ref
        return ref

    async def _with_media(self, incoming: Incoming, media: wa.InboundMedia) -> Incoming:
        """Fetch what the resident sent now (its URL expires within minutes) and keep the file:
        later it goes to moderators and authorities, possibly on another channel."""
        try:
            path = await self._download(media)
        except Exception as error:  # the resident hears "send it again" rather than nothing
            log.warning("whatsapp: could not fetch media %s: %s", media.media_id, error)
            return incoming
        stored = Media(media.kind, FILE_REF_PREFIX + str(path), media.name)
        return dataclasses.replace(incoming, media=stored, media_kind=None)

    async def _download(self, media: wa.InboundMedia) -> Path:
        session = self._client()
        async with session.get(f"{self.settings.whatsapp_api_url}/{media.media_id}") as answer:
            answer.raise_for_status()
            info = await answer.json()
        async with session.get(str(info["url"])) as answer:
            answer.raise_for_status()
            if (answer.content_length or 0) > MEDIA_LIMIT:
                raise ValueError("media too large")
            parts, size = [], 0
            async for chunk in answer.content.iter_chunked(1 << 16):
                size += len(chunk)
                if size > MEDIA_LIMIT:
                    raise ValueError("media too large")
                parts.append(chunk)
        content = b"".join(parts)
        mime = str(info.get("mime_type") or media.mime_type or "")
        suffix = mimetypes.guess_extension(mime.split(";")[0].strip()) or ".bin"
        return await asyncio.to_thread(media_files.keep, self.settings.media_dir, content, suffix)

    # --- statuses ----------------------------------------------------------------------------

    async def record_statuses(self, changes: list[wa.StatusChange]) -> list[wa.StatusChange]:
        """Meta's reports on what we sent: delivered and read times; a failure re-queues the row
        as a template (131047), marks the resident unreachable (131026) or fails the row.
        Returns the reports that matched no row yet (see `_flush_reports`)."""
        requeued, unmatched = False, []
        async with self.write_turn, self.sessionmaker.begin() as session:
            for change in changes:
                row = (Delivery.channel == NAME, Delivery.platform_message_id == change.message_id)
                values: dict[str, Any]
                match change.status:
                    case "delivered":
                        values = {"delivered_at": func.coalesce(Delivery.delivered_at, change.at)}
                    case "read":  # read implies delivered, whichever report came first
                        values = {
                            "read_at": change.at,
                            "delivered_at": func.coalesce(Delivery.delivered_at, change.at),
                        }
                    case "failed":
                        values = self._failure(change, self.clock())
                    case _:
                        continue
                result = await session.execute(update(Delivery).where(*row).values(**values))
                if not result.rowcount:  # type: ignore[attr-defined]
                    unmatched.append(change)
                elif change.status == "failed":
                    requeued |= change.error_code == OUTSIDE_WINDOW
                    if change.error_code in PERMANENTLY_UNREACHABLE and change.recipient:
                        await session.execute(
                            update(Resident)
                            .where(
                                Resident.channel == NAME,
                                or_(
                                    Resident.external_id == change.recipient,
                                    Resident.platform_user_id == change.recipient,
                                ),
                            )
                            .values(status=ResidentStatus.BLOCKED, status_changed_at=self.clock())
                        )
        if requeued:
            assert self._inbox is not None
            self._inbox.outbox_changed()
        return unmatched

    @staticmethod
    def _failure(change: wa.StatusChange, now: datetime) -> dict[str, Any]:
        error = f"{change.error_code}: {change.error_title}"[:250]
        if change.error_code == OUTSIDE_WINDOW:  # once more, as the template
            return {
                "status": DeliveryStatus.QUEUED, "needs_template": True,
                "next_attempt_at": now, "platform_message_id": None,
                "last_error": f"outside window: {error}",
            }  # fmt: skip
        kind = "unreachable" if change.error_code in PERMANENTLY_UNREACHABLE else "rejected"
        return {"status": DeliveryStatus.FAILED, "last_error": f"{kind}: {error}"}

    # --- sending -----------------------------------------------------------------------------

    async def deliver(
        self,
        chat_ref: str,
        reply: Reply,
        media: dict[str, Any] | None,
        *,
        window_open: bool = True,
    ) -> str:
        if window_open:
            try:
                return await self.send(chat_ref, reply, media)
            except OutsideWindow:
                log.info(
                    "whatsapp: %s is outside the 24-hour window; sending the template", chat_ref
                )
        name, language = self.settings.whatsapp_template(reply.locale or "en")
        return await self._post(chat_ref, wa.template(name, language, reply.text))

    async def answer(self, chat_ref: str, reply: Reply) -> str:
        return await self.send(chat_ref, reply, None)

    async def edit(
        self, chat_ref: str, message_id: str, text: str, *, locale: str, window_open: bool = True
    ) -> str:
        """WhatsApp cannot edit a business message: the correction goes as a new message (whose
        id is returned: status reports speak of it)."""
        t = self.i18n.translator(locale)
        notice = Reply(t("whatsapp-corrected", text=text), locale=locale)
        return await self.deliver(chat_ref, notice, None, window_open=window_open)

    async def delete(
        self, chat_ref: str, message_id: str, text: str, *, locale: str, window_open: bool = True
    ) -> Withdrawal:
        """Nor can a business delete one: the resident is told to disregard it."""
        t = self.i18n.translator(locale)
        notice = Reply(
            t("announcement-withdrawn-note", text=shorten(text, WITHDRAWN_QUOTE)), locale=locale
        )
        return Withdrawal(
            Withdrawn.NOTE, await self.deliver(chat_ref, notice, None, window_open=window_open)
        )

    async def send(self, chat_ref: str, reply: Reply, media: dict[str, Any] | None) -> str:
        """Post the messages that show `reply`; returns the id (wamid) of the last one, which
        carries the buttons and which status callbacks report on."""
        media = media or reply.media
        messages = wa.render(reply, self._words(reply.locale))
        media_id = None
        if media is not None:
            try:
                media_id = await self._media_id(media)
            except Rejected as error:  # the attachment is refused; the words still matter
                log.warning("whatsapp: attachment left out for %s: %s", chat_ref, error)
        if media is not None and media_id is not None:
            first = messages[0]
            caption = (
                first["text"]["body"] if len(messages) == 1 and first["type"] == "text" else None
            )
            fits = caption is not None and len(caption) <= wa.BODY_LIMIT
            if fits and media.get("kind") != "voice":  # audio takes no caption
                messages = []
            else:
                caption = None
            name = media.get("name") or Path(file_path(media) or "").name or None
            messages.insert(
                0, wa.media_message(media.get("kind", "document"), media_id, caption, name)
            )
        last = ""
        for message in messages:
            last = await self._post(chat_ref, message)
        return last

    async def _post(self, chat_ref: str, message: dict[str, Any]) -> str:
        body = {"messaging_product": "whatsapp", "recipient_type": "individual"}
        # A resident known only by a business-scoped user id is addressed by `recipient`; `to`
        # takes a phone number (and would win if both were given). Source: Meta,
        # "Business-scoped user IDs", developers.facebook.com/documentation/
        # business-messaging/whatsapp/business-scoped-user-ids/.
        body["recipient" if is_bsuid(chat_ref) else "to"] = chat_ref
        try:
            async with self._client().post(self._messages_url, json=body | message) as answer:
                data = await _json(answer)
                if answer.status != 200:
                    raise classify(answer.status, data, answer.headers.get("Retry-After"))
        except (aiohttp.ClientError, TimeoutError) as error:
            raise Transient(f"network: {error!r}") from error
        try:
            return str(data["messages"][0]["id"])
        except (KeyError, IndexError, TypeError):
            raise Transient(f"unexpected answer: {str(data)[:200]}") from None

    async def _media_id(self, media: dict[str, Any]) -> str | None:
        """Upload a file we keep (once) or generated content; a Telegram file id means nothing
        here, so such an attachment is left out and the text still goes."""
        if content := media.get("content"):
            return await self._upload(str(content).encode(), media.get("name") or "file.txt")
        path = file_path(media)
        if path is None:
            log.info("whatsapp: attachment %s is not a file we keep; sending text only", media)
            return None
        made, upload = self._uploaded.get(path, (0.0, None))
        if (
            upload is None
            or time.monotonic() - made > UPLOAD_REUSE
            or (upload.done() and upload.exception() is not None)
        ):
            upload = asyncio.ensure_future(self._upload_file(Path(path)))
            self._uploaded[path] = (time.monotonic(), upload)
        return await asyncio.shield(upload)

    async def _upload_file(self, path: Path) -> str:
        try:
            data = await asyncio.to_thread(path.read_bytes)
        except OSError as error:
            raise Rejected(f"attachment unreadable: {error}") from error
        return await self._upload(data, path.name)

    async def _upload(self, data: bytes, filename: str) -> str:
        mime = mimetypes.guess_type(filename)[0] or "application/octet-stream"
        if mime not in WHATSAPP_DOCUMENTS and not mime.startswith(("image/", "audio/")):
            mime = "text/plain" if mime.startswith("text/") else "application/pdf"
        form = aiohttp.FormData()
        form.add_field("messaging_product", "whatsapp")
        form.add_field("type", mime)
        form.add_field("file", data, filename=filename, content_type=mime)
        url = f"{self.settings.whatsapp_api_url}/{self.settings.whatsapp_phone_number_id}/media"
        try:
            async with self._client().post(url, data=form) as answer:
                result = await _json(answer)
                if answer.status != 200:
                    raise classify(answer.status, result, answer.headers.get("Retry-After"))
        except (aiohttp.ClientError, TimeoutError) as error:
            raise Transient(f"network: {error!r}") from error
        if not isinstance(result, dict) or "id" not in result:
            raise Transient(f"unexpected answer to an upload: {str(result)[:200]}")
        return str(result["id"])

    def _words(self, locale: str | None) -> wa.Words:
        t = self.i18n.translator(locale or self.settings.default_locale)
        return wa.Words(choose=t("whatsapp-choose"), more=t("whatsapp-more"))

    def _client(self) -> aiohttp.ClientSession:
        if self._session is None:
            raise Transient("whatsapp channel is not started")
        return self._session


async def _json(answer: aiohttp.ClientResponse) -> Any:
    try:
        return await answer.json(content_type=None, loads=speed.loads)
    except (json.JSONDecodeError, aiohttp.ContentTypeError, UnicodeDecodeError):
        return None
