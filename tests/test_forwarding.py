"""Approved proposals reach the authority (Telegram group, e-mail on a local SMTP server, a signed
webhook on a local receiver), survive destinations that are down, and answers come back through
the signed callback. Proposals are written straight into the database: the conversation that
creates them is tested elsewhere."""

from __future__ import annotations

import asyncio
import csv
import email
import email.policy
import hashlib
import hmac
import io
import json
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from aiosmtpd.controller import Controller
from sqlalchemy import func, select, update

from bot.app import App
from bot.delivery import MAX_ATTEMPTS, DeliveryEngine
from bot.forwarding import Forwarder
from bot.web import build_web_app
from storage import repos
from storage.models import (
    Delivery,
    DeliveryStatus,
    Proposal,
    ProposalEvent,
    ProposalStatus,
)
from storage.proposal_export import COLUMNS, write_proposals_csv
from tests.clock import PinnedClock
from tests.conftest import app_by_hand, free_port, make_settings
from tests.fakes.telegram_api import FakeTelegram
from tests.test_cli import cli

SECRET = "authority-shared-secret"
AUTHORITY_CHAT = "-1007770001"
AUTHORITY_EMAIL = "council@quba.example"
RESIDENT = 7001


# --- local destinations ----------------------------------------------------------------------


@dataclass
class Mailbox:
    """What a local SMTP server (aiosmtpd) received."""

    envelopes: list[Any] = field(default_factory=list)

    async def handle_DATA(self, _server: Any, _session: Any, envelope: Any) -> str:
        self.envelopes.append(envelope)
        return "250 Message accepted for delivery"

    def messages(self) -> list[email.message.EmailMessage]:
        return [
            email.message_from_bytes(e.content, policy=email.policy.default)  # type: ignore[misc]
            for e in self.envelopes
        ]


@dataclass
class SmtpServer:
    port: int
    mailbox: Mailbox = field(default_factory=Mailbox)
    controller: Controller | None = None

    async def start(self) -> None:
        self.controller = Controller(self.mailbox, hostname="127.0.0.1", port=self.port)
        await asyncio.to_thread(self.controller.start)

    async def stop(self) -> None:
        if self.controller is not None:
            await asyncio.to_thread(self.controller.stop)
            self.controller = None


@dataclass
class Receiver:
    """An authority's system: checks our signature, answers with `status`."""

    port: int
    status: int = 200
    received: list[dict[str, Any]] = field(default_factory=list)  # accepted, signature checked
    refused: int = 0
    runner: web.AppRunner | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/proposals"

    async def handle(self, request: web.Request) -> web.Response:
        body = await request.read()
        expected = "sha256=" + hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
        assert hmac.compare_digest(request.headers.get("X-Signature-256", ""), expected)
        if self.status >= 300:
            self.refused += 1
            return web.Response(status=self.status, text="down for maintenance")
        self.received.append(json.loads(body))
        return web.json_response({"received": True}, status=self.status)

    async def start(self) -> None:
        app = web.Application()
        app.router.add_post("/proposals", self.handle)
        self.runner = web.AppRunner(app, access_log=None)
        await self.runner.setup()
        await web.TCPSite(self.runner, "127.0.0.1", self.port).start()

    async def stop(self) -> None:
        if self.runner is not None:
            await self.runner.cleanup()


@pytest.fixture
async def smtp() -> AsyncIterator[SmtpServer]:
    server = SmtpServer(free_port())  # not started: each test decides when it is reachable
    yield server
    await server.stop()


@pytest.fixture
async def receiver() -> AsyncIterator[Receiver]:
    server = Receiver(free_port())
    await server.start()
    yield server
    await server.stop()


@pytest.fixture
async def app(
    database_url: str, fake_telegram: FakeTelegram, smtp: SmtpServer, clock: PinnedClock
) -> AsyncIterator[App]:
    """The app with its Telegram client ready but no background loops: tests drive by hand."""
    port = free_port()
    settings = make_settings(
        database_url, fake_telegram, TELEGRAM_RATE_LIMIT="500", QUIET_HOURS="off",
        WEB_PORT=str(port), PUBLIC_URL=f"http://127.0.0.1:{port}", AUTHORITY_SECRET=SECRET,
        SMTP_HOST="127.0.0.1", SMTP_PORT=str(smtp.port), SMTP_STARTTLS="false",
        SMTP_FROM="bot@community.example", PROPOSAL_UNDO_MINUTES="10",
    )  # fmt: skip
    async with app_by_hand(settings, clock=clock) as app:
        yield app


@pytest.fixture
async def web_server(app: App) -> AsyncIterator[str]:
    """Our own HTTP server (only the web app: no polling, no senders), for the callback."""
    web_app = build_web_app(
        settings=app.settings, engine=app.engine, telegram=None, sessionmaker=app.sessionmaker,
        delivery=app.delivery, i18n=app.i18n,
    )  # fmt: skip
    runner = web.AppRunner(web_app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", app.settings.web_port).start()
    yield f"http://127.0.0.1:{app.settings.web_port}/authority/answer"
    await runner.cleanup()


# --- data ------------------------------------------------------------------------------------


async def configure(
    app: App, *, chat: str | None = None, email_to: str | None = None, webhook: str | None = None
) -> None:
    async with app.sessionmaker.begin() as session:
        quba = await repos.municipality_by_code(session, code="QUB")
        assert quba is not None
        quba.authority_chat, quba.authority_email, quba.authority_webhook = chat, email_to, webhook


async def make_proposal(
    app: App, number: str, *, text: str = "Please repair the road to the school.",
    status: ProposalStatus = ProposalStatus.APPROVED, decided_ago: timedelta | None = None,
    photos: list[str] | None = None, location: dict[str, float] | None = None,
    community: str | None = None, forwarded: bool = False,
) -> int:  # fmt: skip
    now = app.clock()
    async with app.sessionmaker.begin() as session:
        quba = await repos.municipality_by_code(session, code="QUB")
        assert quba is not None
        village = await repos.municipality_by_code(session, code=community) if community else None
        resident, _ = await repos.get_or_create_resident(
            session, channel="telegram", external_id=str(RESIDENT), locale="ru"
        )
        resident.municipality_id = quba.id
        await session.flush()
        proposal = Proposal(
            number=number, municipality_id=quba.id, community_id=village.id if village else None,
            resident_id=resident.id, category="roads", text=text, photos=photos or [],
            location=location, status=status, submitted_at=now - timedelta(hours=2),
            decided_at=now - (decided_ago or timedelta(minutes=11)),
            forwarded_at=now - timedelta(minutes=1) if forwarded else None,
        )  # fmt: skip
        session.add(proposal)
        await session.flush()
        return proposal.id


async def forwards(app: App) -> dict[str, Delivery]:
    """The e-mail and webhook forwards in the outbox, by channel."""
    async with app.sessionmaker() as session:
        rows = await session.scalars(
            select(Delivery).where(
                Delivery.proposal_id.is_not(None), Delivery.channel.in_(("email", "webhook"))
            )
        )
        return {row.channel: row for row in rows}


async def events(app: App, proposal_id: int) -> list[tuple[str, str, str | None]]:
    async with app.sessionmaker() as session:
        rows = await session.execute(
            select(ProposalEvent.action, ProposalEvent.actor, ProposalEvent.note)
            .where(ProposalEvent.proposal_id == proposal_id)
            .order_by(ProposalEvent.id)
        )
        return [tuple(row) for row in rows]  # type: ignore[misc]


async def proposal(app: App, proposal_id: int) -> Proposal:
    async with app.sessionmaker() as session:
        found = await session.get(Proposal, proposal_id)
        assert found is not None
        return found


async def deliveries(app: App) -> list[Delivery]:
    async with app.sessionmaker() as session:
        return list(await session.scalars(select(Delivery).order_by(Delivery.id)))


async def skip_backoff(app: App) -> None:
    async with app.sessionmaker.begin() as session:
        await session.execute(
            update(Delivery)
            .where(Delivery.status == DeliveryStatus.QUEUED)
            .values(next_attempt_at=app.clock() - timedelta(seconds=1))
        )


async def export(app: App) -> list[dict[str, str]]:
    out = io.StringIO()
    async with app.sessionmaker() as session:
        quba = await repos.municipality_by_code(session, code="QUB")
        assert quba is not None
        await write_proposals_csv(out, session, municipality=quba)
    return list(csv.DictReader(io.StringIO(out.getvalue().removeprefix("\ufeff"))))


# --- release ---------------------------------------------------------------------------------


async def test_nothing_leaves_before_the_undo_window_is_over(app: App, receiver: Receiver) -> None:
    await configure(app, chat=AUTHORITY_CHAT, email_to=AUTHORITY_EMAIL, webhook=receiver.url)
    fresh = await make_proposal(app, "QUB-2026-0001", decided_ago=timedelta(minutes=1))
    undone = await make_proposal(app, "QUB-2026-0002", status=ProposalStatus.PENDING)
    rejected = await make_proposal(app, "QUB-2026-0003", status=ProposalStatus.REJECTED)

    assert await app.forwarder.release_due() == 0
    assert await forwards(app) == {} and await deliveries(app) == []
    assert (await proposal(app, fresh)).forwarded_at is None

    async with app.sessionmaker.begin() as session:  # the window passes
        await session.execute(
            update(Proposal)
            .where(Proposal.id == fresh)
            .values(decided_at=app.clock() - timedelta(minutes=10, seconds=1))
        )
    assert await app.forwarder.release_due() == 1
    assert await app.forwarder.release_due() == 0  # once only

    assert (await proposal(app, fresh)).forwarded_at is not None
    for other in (undone, rejected):
        assert (await proposal(app, other)).forwarded_at is None
    assert await events(app, fresh) == [("forwarded", "system", "telegram, email, webhook")]
    found = await forwards(app)
    assert {k: (f.chat_ref, f.status, f.attempts) for k, f in found.items()} == {
        "email": (AUTHORITY_EMAIL, DeliveryStatus.QUEUED, 0),
        "webhook": (receiver.url, DeliveryStatus.QUEUED, 0),
    }
    to_chat, _email, _webhook, to_resident = await deliveries(app)
    assert (to_chat.chat_ref, to_chat.resident_id, to_chat.locale) == (AUTHORITY_CHAT, None, "az")
    assert to_resident.chat_ref == str(RESIDENT) and to_resident.topic == f"proposal:{fresh}"


async def test_destinations_needing_a_missing_setting_are_skipped(
    database_url: str, fake_telegram: FakeTelegram, receiver: Receiver, clock: PinnedClock
) -> None:
    settings = make_settings(database_url, fake_telegram)  # no SMTP_HOST, no AUTHORITY_SECRET
    app = App.build(settings, clock=clock)
    await app.prepare_database()
    try:
        await configure(app, email_to=AUTHORITY_EMAIL, webhook=receiver.url)
        proposal_id = await make_proposal(app, "QUB-2026-0001")
        assert await app.forwarder.release_due() == 1
        assert await forwards(app) == {}
        assert await events(app, proposal_id) == [("forwarded", "system", "no destination")]
    finally:
        await app.engine.dispose()


async def test_authority_chat_gets_plain_text_and_the_first_photo(
    app: App, fake_telegram: FakeTelegram
) -> None:
    await configure(app, chat=AUTHORITY_CHAT)
    text = 'Fix <b>this</b> & "that", please'
    proposal_id = await make_proposal(
        app, "QUB-2026-0007", text=text, photos=["PHOTO-1", "PHOTO-2"],
        location={"lat": 41.3612, "lon": 48.5126}, community="QUB-XIN",
    )  # fmt: skip
    await app.forwarder.release_due()

    [row] = [d for d in await deliveries(app) if d.chat_ref == AUTHORITY_CHAT]
    payload = row.payload or {}
    assert text in payload["text"] and "QUB-2026-0007" in payload["text"]
    assert "https://www.openstreetmap.org/?mlat=41.3612&mlon=48.5126#map=17/" in payload["text"]
    assert "2" in payload["text"].split("📷", 1)[1].splitlines()[0]  # the photo count
    assert payload["media"] == {"kind": "photo", "ref": "PHOTO-1"}
    assert [c[0] for c in payload["choices"]] == [
        f"auth:answer:{proposal_id}",
        f"auth:done:{proposal_id}",
    ]

    for _ in range(5):  # through the real outbox and PTB to the fake Bot API
        await app.delivery.drain()
    [sent] = [c for c in fake_telegram.calls if c.chat_id == int(AUTHORITY_CHAT)]
    assert sent.method == "sendPhoto" and sent.params["photo"] == "PHOTO-1"
    assert text in sent.params["caption"]  # literal: no markup was interpreted
    assert "parse_mode" not in sent.params
    assert len(sent.buttons) == 2


# --- e-mail and webhooks ---------------------------------------------------------------------


async def test_email_reaches_the_authority(app: App, smtp: SmtpServer) -> None:
    await smtp.start()
    await configure(app, email_to=AUTHORITY_EMAIL)
    text = "Улица Ленина: нет освещения,\nуже две недели."
    proposal_id = await make_proposal(app, "QUB-2026-0011", text=text, photos=["P"])
    await app.forwarder.release_due()
    await app.delivery.drain()

    [envelope] = smtp.mailbox.envelopes
    assert envelope.mail_from == "bot@community.example"
    assert envelope.rcpt_tos == [AUTHORITY_EMAIL]
    [message] = smtp.mailbox.messages()
    assert "QUB-2026-0011" in message["Subject"]
    assert message.get_content_type() == "text/plain"
    body = message.get_content()
    assert text in body and "QUB-2026-0011" in body
    assert (await forwards(app))["email"].status == DeliveryStatus.SENT
    assert ("forward_sent", "system", "email") in await events(app, proposal_id)


async def test_webhook_gets_signed_json(app: App, receiver: Receiver) -> None:
    await configure(app, webhook=receiver.url)
    proposal_id = await make_proposal(
        app, "QUB-2026-0012", text="Свет <i>нет</i>", photos=["A", "B"],
        location={"lat": 41.36, "lon": 48.51}, community="QUB-XIN",
    )  # fmt: skip
    await app.forwarder.release_due()
    await app.delivery.drain()

    [body] = receiver.received  # the receiver checked the signature
    assert {k: body[k] for k in ("event", "number", "municipality", "community", "category")} == {
        "event": "proposal.approved",
        "number": "QUB-2026-0012",
        "municipality": "QUB",
        "community": "QUB-XIN",
        "category": "roads",
    }
    assert body["text"] == "Свет <i>нет</i>" and body["photos"] == 2
    assert body["location"] == {"lat": 41.36, "lon": 48.51}
    assert body["submitted_at"].endswith("Z") and body["approved_at"].endswith("Z")
    assert body["answer_url"] == f"{app.settings.public_url}/authority/answer"
    assert (await forwards(app))["webhook"].status == DeliveryStatus.SENT
    assert ("forward_sent", "system", "webhook") in await events(app, proposal_id)


async def test_destinations_down_are_retried_and_nothing_is_lost(
    app: App, smtp: SmtpServer, receiver: Receiver
) -> None:
    await configure(app, email_to=AUTHORITY_EMAIL, webhook=receiver.url)
    receiver.status = 500  # and the SMTP server is not started yet
    proposal_id = await make_proposal(app, "QUB-2026-0021")
    await app.forwarder.release_due()

    await app.delivery.drain()
    await app.delivery.drain()  # backing off
    for attempts in (1, 2, 3):
        found = await forwards(app)
        assert {f.status for f in found.values()} == {DeliveryStatus.QUEUED}
        assert {f.attempts for f in found.values()} == {attempts}
        assert "500" in (found["webhook"].last_error or "")
        assert found["email"].last_error
        await skip_backoff(app)
        if attempts < 3:
            await app.delivery.drain()

    await smtp.start()
    receiver.status = 200
    await app.delivery.drain()
    assert {f.status for f in (await forwards(app)).values()} == {DeliveryStatus.SENT}
    assert len(smtp.mailbox.envelopes) == 1 and len(receiver.received) == 1
    assert receiver.refused == 3
    actions = [action for action, _, _ in await events(app, proposal_id)]
    assert sorted(actions) == ["forward_sent", "forward_sent", "forwarded"]


async def test_retries_exhausted_are_failed_and_kept(app: App, receiver: Receiver) -> None:
    await configure(app, webhook=receiver.url)
    receiver.status = 503
    proposal_id = await make_proposal(app, "QUB-2026-0031")
    await app.forwarder.release_due()
    for _ in range(MAX_ATTEMPTS):
        await app.delivery.drain()
        await skip_backoff(app)
    await app.delivery.drain()  # given up: not tried again

    failed = (await forwards(app))["webhook"]
    assert (failed.status, failed.attempts) == (DeliveryStatus.FAILED, MAX_ATTEMPTS)
    assert "503" in (failed.last_error or "")
    [(action, actor, note)] = [e for e in await events(app, proposal_id) if e[0] != "forwarded"]
    assert (action, actor) == ("forward_failed", "system") and (note or "").startswith("webhook")

    [row] = await export(app)
    assert row["forwards"] == "webhook:failed"
    assert "forward_failed system webhook" in row["history"]

    # The destination is back: the operator sends the failed forward again.
    from bot.__main__ import retry_forwards

    receiver.status = 200
    await retry_forwards(app, code="QUB")
    await app.delivery.drain()
    assert (await forwards(app))["webhook"].status == DeliveryStatus.SENT


async def test_run_loop_forwards_and_survives_errors(app: App, receiver: Receiver) -> None:
    await configure(app, webhook=receiver.url)
    await make_proposal(app, "QUB-2026-0041")
    release, failures = app.forwarder.release_due, []

    async def flaky_release() -> int:
        if not failures:
            failures.append(1)
            raise RuntimeError("database went away")
        return await release()

    app.forwarder.release_due = flaky_release  # type: ignore[method-assign]
    stop = asyncio.Event()
    loops = [
        asyncio.create_task(app.forwarder.run(stop, idle_poll=0.05)),  # releases
        asyncio.create_task(app.delivery.run(stop, idle_poll=0.05)),  # sends
    ]
    deadline = time.monotonic() + 10
    while not receiver.received:
        assert time.monotonic() < deadline, "the loops never forwarded"
        await asyncio.sleep(0.05)
    stop.set()
    await asyncio.gather(*loops)
    assert failures == [1]
    assert [b["number"] for b in receiver.received] == ["QUB-2026-0041"]


# --- the answer callback ---------------------------------------------------------------------


async def post(url: str, body: bytes, signature: str | None) -> tuple[int, dict[str, Any]]:
    headers = {"Content-Type": "application/json"}
    if signature is not None:
        headers["X-Signature-256"] = signature
    async with (
        aiohttp.ClientSession() as session,
        session.post(url, data=body, headers=headers) as response,
    ):
        return response.status, await response.json()


def signed_raw(body: bytes, secret: str = SECRET) -> tuple[bytes, str]:
    return body, "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def signed(payload: Any, secret: str = SECRET) -> tuple[bytes, str]:
    return signed_raw(json.dumps(payload).encode(), secret)


async def nothing_stored(app: App, proposal_id: int) -> None:
    found = await proposal(app, proposal_id)
    assert (found.status, found.answer) == (ProposalStatus.APPROVED, None)
    assert await events(app, proposal_id) == []
    assert await deliveries(app) == []


async def test_callback_refuses_unsigned_and_bad_answers(app: App, web_server: str) -> None:
    proposal_id = await make_proposal(app, "QUB-2026-0051")
    pending = await make_proposal(app, "QUB-2026-0052", status=ProposalStatus.PENDING)
    good = {"number": "QUB-2026-0051", "answer": "We will repair it in May."}
    body, signature = signed(good)

    assert (await post(web_server, body, None))[0] == 401
    assert (await post(web_server, body, "sha256=" + "0" * 64))[0] == 401
    assert (await post(web_server, body, signed(good, "another secret")[1]))[0] == 401
    assert (await post(web_server, body + b" ", signature))[0] == 401  # not the signed bytes
    await nothing_stored(app, proposal_id)

    for bad in (
        {"number": "QUB-2026-0051"},
        {"number": "QUB-2026-0051", "answer": "  "},
        {"number": "QUB-2026-0051", "answer": "x" * 4001},
        {"number": "QUB-2026-0051", "answer": "ok", "done": "yes"},
        {"number": 51, "answer": "ok"},
        ["QUB-2026-0051", "ok"],
    ):
        status, answer = await post(web_server, *signed(bad))
        assert status == 400 and answer["ok"] is False, bad
    not_json = b"number=QUB-2026-0051"
    assert (await post(web_server, *signed_raw(not_json)))[0] == 400
    nested = b"[" * 50_000 + b"]" * 50_000  # RecursionError in the reader: still not a 500
    assert (await post(web_server, *signed_raw(nested)))[0] == 400
    await nothing_stored(app, proposal_id)

    assert (await post(web_server, *signed({**good, "number": "QUB-2026-9999"})))[0] == 404
    assert (await post(web_server, *signed({**good, "number": "QUB-2026-0052"})))[0] == 409
    assert (await proposal(app, pending)).answer is None


async def test_callback_answer_reaches_the_resident(app: App, web_server: str) -> None:
    unsent = await make_proposal(app, "QUB-2026-0060")  # approved, still in its undo window
    refused = {"number": "QUB-2026-0060", "answer": "Soon."}
    assert (await post(web_server, *signed(refused)))[0] == 409
    assert (await proposal(app, unsent)).answer is None
    proposal_id = await make_proposal(app, "QUB-2026-0061", forwarded=True)
    answer = "Ремонт дороги запланирован на май."
    status, reply = await post(web_server, *signed({"number": "QUB-2026-0061", "answer": answer}))
    assert (status, reply) == (200, {"ok": True, "status": "answered"})
    found = await proposal(app, proposal_id)
    assert (found.status, found.answer, found.answered_by) == ("answered", answer, "callback")
    assert await events(app, proposal_id) == [("answered", "callback", answer)]
    [notice] = await deliveries(app)
    assert notice.chat_ref == str(RESIDENT) and notice.status == "queued"

    status, reply = await post(
        web_server, *signed({"number": "QUB-2026-0061", "answer": "Done.", "done": True})
    )
    assert (status, reply) == (200, {"ok": True, "status": "done"})
    assert (await proposal(app, proposal_id)).status == ProposalStatus.DONE
    assert (await events(app, proposal_id))[-1] == ("done", "callback", "Done.")
    assert len(await deliveries(app)) == 2
    status, _ = await post(web_server, *signed({"number": "QUB-2026-0061", "answer": "More."}))
    assert status == 409


async def test_no_callback_without_a_secret(database_url: str, clock: PinnedClock) -> None:
    app = App.build(make_settings(database_url, None), clock=clock)  # AUTHORITY_SECRET unset
    web_app = build_web_app(
        settings=app.settings, engine=app.engine, telegram=None, sessionmaker=app.sessionmaker,
        delivery=app.delivery, i18n=app.i18n,
    )  # fmt: skip
    assert "/authority/answer" not in {r.canonical for r in web_app.router.resources()}
    await app.engine.dispose()


# --- the export ------------------------------------------------------------------------------


async def test_export_has_every_proposal_with_its_history(
    app: App, database_url: str, smtp: SmtpServer, tmp_path: Any
) -> None:
    await smtp.start()
    await configure(app, email_to=AUTHORITY_EMAIL)
    tricky = 'Two lines,\nwith "quotes", commas; and | bars'
    first = await make_proposal(app, "QUB-2026-0071", text=tricky, community="QUB-XIN",
                                location={"lat": 41.36, "lon": 48.51})  # fmt: skip
    await make_proposal(app, "QUB-2026-0072", status=ProposalStatus.PENDING)
    async with app.sessionmaker.begin() as session:
        found = await session.get(Proposal, first)
        assert found is not None
        session.add(
            ProposalEvent(proposal_id=first, actor="telegram:9001", action="approved",
                          created_at=app.clock() - timedelta(minutes=11))
        )  # fmt: skip
    await app.forwarder.release_due()
    await app.delivery.drain()

    output = tmp_path / "proposals.csv"
    done = await cli(database_url, "export", "proposals", "--municipality", "qub", "--output",
                     str(output))  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert output.read_bytes().startswith(b"\xef\xbb\xbf")  # a BOM: Windows reads UTF-8
    with output.open(newline="", encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    assert tuple(rows[0]) == COLUMNS
    by_number = {row[0]: dict(zip(COLUMNS, row, strict=True)) for row in rows[1:]}
    assert set(by_number) == {"QUB-2026-0071", "QUB-2026-0072"}
    row = by_number["QUB-2026-0071"]
    assert row["text"] == tricky and row["community"] == "QUB-XIN"
    assert (row["status"], row["category"], row["location"]) == ("approved", "roads", "41.36,48.51")
    assert row["forwards"] == "email:sent"
    history = row["history"].split(" | ")
    assert [h.split(" ")[1:3] for h in history] == [
        ["approved", "telegram:9001"],
        ["forwarded", "system"],
        ["forward_sent", "system"],
    ]
    assert history[0][:4].isdigit() and history[0].split(" ")[0].endswith("Z")
    assert by_number["QUB-2026-0072"]["history"] == ""

    done = await cli(database_url, "export", "proposals", "--municipality", "QUB")
    assert done.returncode == 0 and done.stdout.startswith("\ufeffnumber,status,")  # BOM too
    done = await cli(database_url, "export", "proposals", "--municipality", "NOPE")
    assert done.returncode == 2 and "NOPE" in done.stderr


async def test_two_forwarders_send_each_proposal_once(
    app: App, receiver: Receiver, database_url: str
) -> None:
    """Two processes on PostgreSQL: row locks (SKIP LOCKED) keep them apart, when releasing
    proposals and when sending the outbox."""
    if not database_url.startswith("postgresql"):
        pytest.skip("SQLite serves one process")
    await configure(app, webhook=receiver.url)
    numbers = [f"QUB-2026-01{n:02d}" for n in range(5)]
    for number in numbers:
        await make_proposal(app, number)
    other = Forwarder(app.sessionmaker, app.settings, app.i18n, app.delivery, clock=app.clock)
    released = await asyncio.gather(app.forwarder.release_due(), other.release_due())
    assert sum(released) == 5
    sender = DeliveryEngine(
        sessionmaker=app.sessionmaker, channels=app.delivery.channels, clock=app.clock
    )
    for _ in range(5):
        await asyncio.gather(app.delivery.drain(), sender.drain())
    assert sorted(b["number"] for b in receiver.received) == numbers
    async with app.sessionmaker() as session:
        forwarded = (
            select(func.count())
            .select_from(Delivery)
            .where(Delivery.proposal_id.is_not(None), Delivery.channel == "webhook")
        )
        assert await session.scalar(forwarded) == 5


async def test_every_undelivered_forward_is_counted_the_chat_included(
    app: App, fake_telegram: FakeTelegram, receiver: Receiver
) -> None:
    """/queue's figure: a Telegram group that refuses us counts like a webhook that does."""
    await configure(app, chat=AUTHORITY_CHAT, webhook=receiver.url)
    fake_telegram.forbidden_chats.add(int(AUTHORITY_CHAT))  # the bot was removed from the group
    receiver.status = 404  # and the authority's system refuses: permanent, not retried
    proposal_id = await make_proposal(app, "QUB-2026-0081")
    await app.forwarder.release_due()
    await app.delivery.drain()
    async with app.sessionmaker() as session:
        quba = await repos.municipality_by_code(session, code="QUB")
        assert quba is not None
        assert await repos.failed_forwards(session, municipality_ids=[quba.id]) == 2
    failed = {
        e[2].split(":")[0] for e in await events(app, proposal_id) if e[0] == "forward_failed"
    }
    assert failed == {"telegram", "webhook"}
    [row] = await export(app)
    assert sorted(row["forwards"].split("; ")) == ["telegram:failed", "webhook:failed"]


async def test_forwards_moved_by_the_migration_are_rendered_and_sent(
    app: App, receiver: Receiver
) -> None:
    """Migration 0009 moved forwards still pending into the outbox without a payload."""
    from bot.forwarding import MOVED_BY_0009

    await configure(app, webhook=receiver.url)
    proposal_id = await make_proposal(app, "QUB-2026-0091")
    async with app.sessionmaker.begin() as session:
        found = await session.get(Proposal, proposal_id)
        assert found is not None
        found.forwarded_at = app.clock()
        session.add(
            Delivery(
                channel="webhook", chat_ref="https://old.example/gone", locale="en",
                status=DeliveryStatus.FAILED, last_error=MOVED_BY_0009, proposal_id=proposal_id,
            )
        )  # fmt: skip
    assert await app.forwarder.resume_moved() == 1
    await app.delivery.drain()
    assert [b["number"] for b in receiver.received] == ["QUB-2026-0091"]  # to today's address
    assert (await forwards(app))["webhook"].status == DeliveryStatus.SENT
    assert await app.forwarder.resume_moved() == 0  # once
