"""Channels to authorities that are not chats: e-mail (SMTP) and their own system (a signed
webhook). They are delivery-engine channels like Telegram and WhatsApp, so forwards share the one
outbox: its retry schedule, crash rule, status model and figures. Nobody writes to us on them.

Failures are classified like every channel's: a server that is down, a timeout, 4xx SMTP replies,
HTTP 408 and 5xx are retried; 429 pauses the channel; a 5xx SMTP reply (mailbox unknown, message
refused) and other HTTP 4xx are permanent for that message.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
from datetime import timedelta
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from typing import Any

import aiohttp
import aiosmtplib

from bot.channels.base import (
    DeliveryError,
    Inbox,
    Limits,
    Rejected,
    Throttled,
    Transient,
    Withdrawal,
)
from bot.config import Settings
from bot.messages import Reply

log = logging.getLogger(__name__)

SIGNATURE_HEADER = "X-Signature-256"
SEND_TIMEOUT = 30.0  # seconds for one e-mail or webhook call
PACE = Limits(per_second=5, per_chat_per_second=5)  # an authority's server is not a platform
# A 429 pauses the whole channel (every municipality's webhooks): never for longer than this.
MAX_PAUSE = 300.0


def sign(secret: str, body: bytes) -> str:
    """The X-Signature-256 value: sha256=<hex HMAC-SHA256 of the exact body>."""
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def signature_ok(secret: str, body: bytes, given: str | None) -> bool:
    return given is not None and hmac.compare_digest(given.encode(), sign(secret, body).encode())


class _SendOnly:
    """What e-mail and webhooks share: nothing to receive, nothing to edit or delete."""

    name: str
    limits: Limits = PACE
    service_window: timedelta | None = None

    async def start(self, inbox: Inbox) -> None:
        return None

    async def stop(self) -> None:
        return None

    async def answer(self, chat_ref: str, reply: Reply) -> str:
        raise Rejected(f"{self.name} has no conversations to answer")

    async def edit(
        self, chat_ref: str, message_id: str, text: str, *, locale: str, window_open: bool = True
    ) -> str | None:
        raise Rejected(f"{self.name} cannot change what was sent")

    async def delete(
        self, chat_ref: str, message_id: str, text: str, *, locale: str, window_open: bool = True
    ) -> Withdrawal:
        raise Rejected(f"{self.name} cannot take back what was sent")


class EmailChannel(_SendOnly):
    """Plain-text e-mail through the configured SMTP server; `reply.title` is the subject."""

    name = "email"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    async def deliver(
        self,
        chat_ref: str,
        reply: Reply,
        media: dict[str, Any] | None,
        *,
        window_open: bool = True,
    ) -> str:
        settings = self.settings
        message = EmailMessage()
        message["From"] = settings.smtp_from
        message["To"] = chat_ref
        message["Subject"] = reply.title or ""
        message["Date"] = formatdate(localtime=False, usegmt=True)
        message_id = make_msgid(domain=settings.smtp_from.rpartition("@")[2] or None)
        message["Message-ID"] = message_id
        message.set_content(reply.text)  # text/plain, UTF-8: what residents typed, literally
        implicit_tls = settings.smtp_port == 465  # SMTPS: TLS from the first byte
        try:
            await aiosmtplib.send(
                message,
                hostname=settings.smtp_host,
                port=settings.smtp_port,
                username=settings.smtp_user,
                password=settings.smtp_password if settings.smtp_user else None,
                use_tls=implicit_tls,
                start_tls=False if implicit_tls else settings.smtp_starttls,
                timeout=SEND_TIMEOUT,
            )
        except (aiosmtplib.SMTPAuthenticationError, aiosmtplib.SMTPSenderRefused) as error:
            # Our own account or sender is refused: a setting to fix, not this message's fault.
            raise Transient(f"SMTP {error}") from error
        except aiosmtplib.SMTPRecipientsRefused as error:
            raise _smtp_error(min(r.code for r in error.recipients), str(error)) from error
        except aiosmtplib.SMTPResponseException as error:
            raise _smtp_error(error.code, str(error)) from error
        except (aiosmtplib.SMTPException, OSError, TimeoutError) as error:
            raise Transient(f"{type(error).__name__}: {error}") from error
        return message_id


def _smtp_error(code: int, text: str) -> DeliveryError:
    """RFC 5321: 4yz is a transient failure, 5yz a permanent one."""
    return Rejected(f"SMTP {text}") if 500 <= code < 600 else Transient(f"SMTP {text}")


class WebhookChannel(_SendOnly):
    """The authority's own system: a POST of the JSON in `reply.text`, signed with
    AUTHORITY_SECRET (`X-Signature-256: sha256=<hex HMAC>` of the exact body)."""

    name = "webhook"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._http: aiohttp.ClientSession | None = None

    async def stop(self) -> None:
        if self._http is not None:
            await self._http.close()
            self._http = None

    async def deliver(
        self,
        chat_ref: str,
        reply: Reply,
        media: dict[str, Any] | None,
        *,
        window_open: bool = True,
    ) -> str:
        body = reply.text.encode()
        headers = {
            "Content-Type": "application/json; charset=utf-8",
            SIGNATURE_HEADER: sign(self.settings.authority_secret or "", body),
        }
        if self._http is None:
            self._http = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=SEND_TIMEOUT))
        try:
            # No redirects: the signed body goes only where the municipality said.
            async with self._http.post(
                chat_ref, data=body, headers=headers, allow_redirects=False
            ) as response:
                if 200 <= response.status < 300:
                    return f"http-{response.status}"
                detail = f"HTTP {response.status} {(await response.text(errors='replace'))[:100]}"
                retry_after = response.headers.get("Retry-After", "")
        except (aiohttp.ClientError, OSError, TimeoutError) as error:
            raise Transient(f"{type(error).__name__}: {error}") from error
        if response.status == 429:
            asked = float(retry_after) if retry_after.isdigit() else 60.0
            raise Throttled(min(asked, MAX_PAUSE), detail)
        if response.status == 408 or response.status >= 500:
            raise Transient(detail)
        raise Rejected(detail.strip())
