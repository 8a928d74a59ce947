"""The staff web panel through a real HTTP client against the bot's own server, on SQLite and
PostgreSQL: sign-in by a single-use link, sessions, CSRF, roles scoped to municipalities, the
moderation queue (filters, search, keyset pages) and decisions through the chat's own path."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.i18n import I18n
from storage import proposals, staff
from storage.models import Proposal, ProposalStatus, Role, StaffAudit
from tests.clock import PinnedClock
from tests.conftest import make_settings, start_bot
from tests.fakes.telegram_api import FakeTelegram
from tests.panel_support import Browserless, login_link, person, write_proposals
from tests.test_proposals import got
from tests.tg_user import BotHarness
from tests.waiting import eventually

KEY = "p1GXh4oQn1x3Bq2o1mQbIYk5kW3cYq6h0cJ9Cgqzq0Y="  # a Fernet key for the tests' cookies
TEXT = "Please repair the road between the school and the bus stop on Nizami street."


@pytest.fixture
async def town(
    database_url: str,
    fake_telegram: FakeTelegram,
    strict_i18n: I18n,
    clock: PinnedClock,
    tmp_path: Path,
) -> AsyncIterator[BotHarness]:
    settings = make_settings(
        database_url, fake_telegram, QUIET_HOURS="off", PROPOSAL_UNDO_MINUTES="10",
        PANEL_SECRET_KEY=KEY, MEDIA_DIR=str(tmp_path / "media"),
    )  # fmt: skip
    harness = await start_bot(settings, fake_telegram, strict_i18n, clock=clock)
    yield harness
    await harness.app.stop()


@pytest.fixture
async def browser(town: BotHarness) -> AsyncIterator[Browserless]:
    client = Browserless.open(town)
    yield client
    await client.close()


async def test_a_link_signs_in_once_and_expires(town: BotHarness, browser: Browserless) -> None:
    moderator = await person(town, 9101, "QUB", Role.MODERATOR)
    resident = await person(town, 9102, "QUB")
    [refused] = await resident.send("/panel")
    assert "for municipality staff" in refused.params["text"]

    link = await login_link(moderator)
    status, page, response = await browser.get(link)  # what a link preview would fetch
    assert status == 200 and "Sign in" in page and browser.cookie() is None
    assert "script-src 'self'" in response.headers["Content-Security-Policy"]
    set_cookie = await browser.login(link)
    assert browser.cookie() is not None
    assert "HttpOnly" in set_cookie and "SameSite=Lax" in set_cookie and "Path=/panel" in set_cookie
    assert "Secure" not in set_cookie  # PUBLIC_URL is not https here
    status, page, _ = await browser.get("/panel/queue")
    assert status == 200 and "Moderation queue" in page

    again = Browserless.open(town)
    try:
        status, page, _ = await again.post(link)  # the same link a second time
        assert status == 403 and "does not work any more" in page
        late = await login_link(moderator)
        town.app.clock.advance(staff.LINK_TTL + timedelta(seconds=1))  # type: ignore[attr-defined]
        status, _, _ = await again.post(late)
        assert status == 403
        status, page, _ = await again.get("/panel/queue")
        assert status == 401 and "send /panel" in page
    finally:
        await again.close()
    async with town.app.sessionmaker() as session:
        logins = list(await session.scalars(select(StaffAudit.action)))
    assert logins == ["login"]


@pytest.mark.parametrize(
    ("role", "landing"),
    [
        (Role.MODERATOR, "/panel/queue"),
        (Role.PUBLISHER, "/panel/announcements"),
        (Role.ADMIN, "/panel/queue"),
    ],
)
async def test_staff_land_on_the_first_page_their_roles_open(
    town: BotHarness, browser: Browserless, role: Role, landing: str
) -> None:
    staff_member = await person(town, 9151, "QUB", role)
    await browser.login(await login_link(staff_member))
    status, _, response = await browser.get("/panel/")
    assert status == 303 and response.headers["Location"] == landing
    status, _, _ = await browser.get(landing)
    assert status == 200


async def test_sessions_expire_and_logout_everywhere(
    town: BotHarness, browser: Browserless
) -> None:
    moderator = await person(town, 9201, "QUB", Role.MODERATOR)
    other = Browserless.open(town)
    try:
        await browser.login(await login_link(moderator))
        await other.login(await login_link(moderator))
        assert (await other.get("/panel/queue"))[0] == 200
        status, page, _ = await browser.post("/panel/logout-all", {"csrf": await browser.csrf()})
        assert status == 200 and "every device" in page
        assert (await other.get("/panel/queue"))[0] == 401
        assert (await browser.get("/panel/queue"))[0] == 401

        await browser.login(await login_link(moderator))
        town.app.clock.advance(staff.SESSION_TTL)  # type: ignore[attr-defined]
        assert (await browser.get("/panel/queue"))[0] == 401
    finally:
        await other.close()


async def test_a_post_without_the_csrf_token_is_refused(
    town: BotHarness, browser: Browserless
) -> None:
    moderator = await person(town, 9301, "QUB", Role.MODERATOR)
    author = await person(town, 9302, "QUB")
    [proposal] = await write_proposals(town, author, [TEXT])
    await browser.login(await login_link(moderator))
    path = f"/panel/p/{proposal.number}/decide"
    status, page, _ = await browser.post(path, {"action": "approve"})
    assert status == 403 and "did not come from a page of the panel" in page
    status, _, _ = await browser.post(path, {"action": "approve", "csrf": "forged"})
    assert status == 403
    async with town.app.sessionmaker() as session:
        stored = await proposals.by_number(session, number=proposal.number)
        assert stored is not None and stored.status == ProposalStatus.PENDING
    token = await browser.csrf()
    status, page, _ = await browser.post(
        path, {"action": "approve"}, headers={"HX-Request": "true", "X-CSRF-Token": token}
    )
    assert status == 200 and "Saved." in page and "✅ forwarded" in page


async def test_staff_of_another_municipality_see_nothing_of_it(
    town: BotHarness, browser: Browserless
) -> None:
    author = await person(town, 9401, "QUB")
    [proposal] = await write_proposals(town, author, [TEXT + " Quba."])
    nura = await person(town, 9402, "NUR", Role.MODERATOR)
    await browser.login(await login_link(nura))
    status, page, _ = await browser.get("/panel/queue")
    assert status == 200 and proposal.number not in page
    status, page, _ = await browser.get(f"/panel/p/{proposal.number}")
    assert status == 403 and "Only moderators" in page and TEXT not in page
    token = await browser.csrf()
    status, _, _ = await browser.post(
        f"/panel/p/{proposal.number}/decide", {"action": "approve", "csrf": token}
    )
    assert status == 403
    status, _, _ = await browser.post("/panel/bulk", {"action": "approve", "id": str(proposal.id),
                                                      "csrf": token})  # fmt: skip
    assert status == 303
    status, page, _ = await browser.get(f"/panel/queue?q={proposal.number}")
    assert f">{proposal.number}<" not in page and "No proposals match" in page
    async with town.app.sessionmaker() as session:
        stored = await proposals.by_number(session, number=proposal.number)
        assert stored is not None and stored.status == ProposalStatus.PENDING

    publisher = await person(town, 9403, "QUB", Role.PUBLISHER)  # staff, but no moderator
    other = Browserless.open(town)
    try:
        await other.login(await login_link(publisher))
        status, page, _ = await other.get("/panel/queue")
        assert status == 403 and TEXT not in page
        assert (await other.get(f"/panel/p/{proposal.number}"))[0] == 403
    finally:
        await other.close()


async def test_reject_with_reason_reaches_the_resident_and_undo_takes_it_back(
    town: BotHarness, browser: Browserless
) -> None:
    moderator = await person(town, 9501, "QUB", Role.MODERATOR)
    author = await person(town, 9502, "QUB")
    first, second = await write_proposals(town, author, [TEXT, TEXT + " Again, please."])
    await browser.login(await login_link(moderator))
    token = await browser.csrf()
    htmx = {"HX-Request": "true", "X-CSRF-Token": token}
    for proposal in (first, second):
        status, page, _ = await browser.post(
            f"/panel/p/{proposal.number}/decide",
            {"action": "reject", "reason": "unclear", "note": "<b>Which</b> street?"},
            headers=htmx,
        )
        assert status == 200 and "&lt;b&gt;Which&lt;/b&gt; street?" in page  # escaped
    status, page, _ = await browser.post(f"/panel/p/{second.number}/undo", headers=htmx)
    assert status == 200 and "taken back" in page
    status, page, _ = await browser.post(
        f"/panel/p/{second.number}/decide", {"action": "reject"}, headers=htmx
    )
    assert "needs" in page  # no reason: refused, nothing stored
    town.app.clock.advance(timedelta(minutes=11))  # type: ignore[attr-defined]
    await town.outbox_settled()
    await eventually(lambda: got(author, f"{first.number}"), "no rejection notice")
    notices = [c for c in author.received if "was not accepted" in str(c.params.get("text"))]
    assert len(notices) == 1 and "<b>Which</b> street?" in notices[0].params["text"]
    status, page, _ = await browser.post(f"/panel/p/{first.number}/undo", headers=htmx)
    assert "too late" in page
    async with town.app.sessionmaker() as session:
        again = await proposals.by_number(session, number=second.number)
        assert again is not None and again.status == ProposalStatus.PENDING
    # The audit page shows the sign-in and the decisions; filters narrow it.
    status, page, _ = await browser.get("/panel/audit")
    assert "<td>signed in to the panel</td>" in page and "<td>not accepted</td>" in page
    assert f">{first.number}<" in page
    status, page, _ = await browser.get("/panel/audit?what=undone")
    assert "<td>decision taken back</td>" in page and "<td>signed in" not in page
    status, page, _ = await browser.get("/panel/audit?who=telegram:1")
    assert "Nothing was recorded" in page


async def test_queue_filters_search_and_pages(town: BotHarness, browser: Browserless) -> None:
    moderator = await person(town, 9601, "QUB", Role.MODERATOR)
    author = await person(town, 9602, "QUB-XIN")
    roads = await write_proposals(
        town, author, [f"{TEXT} Number {i}." for i in range(30)], community="QUB-XIN"
    )
    [water] = await write_proposals(
        town, author, ["The water pipe near the mosque leaks every night since May."],
        category="water",
    )  # fmt: skip
    await browser.login(await login_link(moderator))
    seen: list[str] = []
    path = "/panel/queue"
    pages = 0
    while path:
        status, page, _ = await browser.get(path)
        assert status == 200
        pages += 1
        seen += [p.number for p in (*roads, water) if f">{p.number}<" in page]
        nxt = page.split('id="next-page"')[0].rsplit('href="', 1)[-1] if "next-page" in page else ""
        path = nxt.split('"')[0].replace("&amp;", "&") if nxt else ""
    assert pages == 2 and len(seen) == 31 and len(set(seen)) == 31  # 25 + 6, none twice
    assert "31 proposals are waiting" in page

    _, page, _ = await browser.get("/panel/queue?category=water")
    assert water.number in page and roads[0].number not in page
    _, page, _ = await browser.get("/panel/queue?community=QUB-XIN&q=number+7")
    assert roads[7].number in page and roads[8].number not in page
    _, page, _ = await browser.get("/panel/queue?q=pip+mosq")  # words, by their beginnings
    assert water.number in page and roads[0].number not in page
    _, page, _ = await browser.get(f"/panel/queue?q={roads[3].number.lower()}")
    assert roads[3].number in page and roads[4].number not in page
    _, page, _ = await browser.get("/panel/queue?until=2026-06-09")
    assert "No proposals match" in page
    _, page, _ = await browser.get("/panel/queue?status=approved")
    assert "No proposals match" in page
    _, page, _ = await browser.get("/panel/queue?after=garbage&status=nonsense&since=x")
    assert roads[0].number in page  # bad values are ignored, never an error

    token = await browser.csrf()
    status, _, response = await browser.post(
        "/panel/bulk",
        {"action": "reject", "reason": "offtopic", "csrf": token, "id": str(roads[0].id)}
        | {},  # one ticked
    )
    assert status == 303 and response.headers["Location"] == "/panel/queue?bulk=1"
    form = [("action", "approve"), ("csrf", token)] + [("id", str(p.id)) for p in roads[1:4]]
    status, _, _ = await browser.post("/panel/bulk", form)  # type: ignore[arg-type]
    async with town.app.sessionmaker() as session:
        statuses = {
            p.number: p.status
            for p in await session.scalars(select(Proposal).where(Proposal.id.in_(
                [p.id for p in roads[:5]])))
        }  # fmt: skip
    assert statuses[roads[0].number] == ProposalStatus.REJECTED
    assert [statuses[p.number] for p in roads[1:4]] == [ProposalStatus.APPROVED] * 3
    assert statuses[roads[4].number] == ProposalStatus.PENDING


async def test_the_queue_query_pages_by_key(town: BotHarness) -> None:
    author = await person(town, 9701, "QUB")
    made = await write_proposals(town, author, [f"{TEXT} Item {i}." for i in range(7)])
    async with town.app.sessionmaker() as session:
        municipality = made[0].municipality_id
        wanted = proposals.QueueFilter((municipality,))
        first = await proposals.queue(session, wanted=wanted, limit=3)
        second = await proposals.queue(session, wanted=wanted, after=first.next, limit=3)
        third = await proposals.queue(session, wanted=wanted, after=second.next, limit=3)
        assert [p.id for p in first.proposals + second.proposals + third.proposals] == [
            p.id for p in made
        ]
        assert third.next is None
        assert proposals.QueueCursor.parse(str(first.next)) == first.next
        newest = await proposals.queue(
            session, wanted=proposals.QueueFilter((municipality,), newest_first=True), limit=2
        )
        assert [p.id for p in newest.proposals] == [made[6].id, made[5].id]
        assert (await proposals.queue(session, wanted=proposals.QueueFilter(()))).proposals == []
        exact = await proposals.pending_counts(session, municipality_ids=[municipality])
        capped = await proposals.pending_counts(session, municipality_ids=[municipality], cap=3)
        assert exact == {municipality: 7} and capped == {municipality: 3}


# --- the same queue in chat ---------------------------------------------------------------------


async def test_chat_queue_pages_filters_and_opens_by_number(town: BotHarness) -> None:
    moderator = await person(town, 9801, "QUB", Role.MODERATOR)
    author = await person(town, 9802, "QUB")
    roads = await write_proposals(town, author, [f"{TEXT} Case {i}." for i in range(12)])
    [water] = await write_proposals(
        town, author, ["The water pipe near the mosque leaks every night since May."],
        category="water",
    )  # fmt: skip
    replies = await moderator.send("/queue")
    assert "Proposals waiting: 13" in replies[0].params["text"]
    cards = replies[1:-1]
    assert len(cards) == 10 and roads[0].number in str(cards[0].params)  # oldest first
    assert "10 proposals shown" in replies[-1].params["text"]
    more = await moderator.press("Next page ▸")
    shown = [p.number for p in (*roads, water) if any(p.number in str(c.params) for c in more)]
    assert shown == [roads[10].number, roads[11].number, water.number]
    assert "Next page ▸" not in str(more[-1].params)  # the last page

    await moderator.press("🔎 Filter")
    [*water_cards, line] = await moderator.press("🚰 Water")
    assert [water.number in str(c.params) for c in water_cards] == [True]
    assert "Water" in line.params["text"]
    await moderator.press("🔎 Filter")
    [empty] = await moderator.press("✅ forwarded")
    assert "no more proposals" in empty.params["text"]

    [card] = await moderator.send(f"/p {roads[5].number.lower()}")
    assert roads[5].number in card.params["text"] and "✅ Approve" in str(card.params)
    await moderator.press_data(f"mod:ok:{roads[5].id}")
    town.app.clock.advance(timedelta(minutes=30))  # type: ignore[attr-defined]
    [card] = await moderator.send(f"/p {roads[5].number}")  # after the undo window
    assert "Status: ✅ forwarded" in card.params["text"] and "Undo" not in str(card.params)
    [unknown] = await moderator.send("/p QUB-2026-9999")
    assert "was not found" in unknown.params["text"]
    [how] = await moderator.send("/p")
    assert "/p QUB-2026-0042" in how.params["text"]
    nura = await person(town, 9803, "NUR", Role.MODERATOR)
    [elsewhere] = await nura.send(f"/p {roads[0].number}")
    assert "was not found" in elsewhere.params["text"]
    [forged] = await nura.press_data("mq:99:77:1.1")  # a forged page: NUR's own, first page
    assert "no more proposals" in forged.params["text"]
    [resident] = await author.press_data("mq:0:-:")
    assert "Only moderators" in resident.params["text"]


async def test_panel_link_in_chat_says_how_long_it_works(town: BotHarness) -> None:
    moderator = await person(town, 9901, "QUB", Role.MODERATOR)
    [reply] = await moderator.send("/panel")
    assert "10 minutes" in reply.params["text"]
    assert "http://127.0.0.1:" in reply.params["text"]
    assert reply.buttons == []  # no button to a local address: Telegram would refuse it


async def test_photos_changes_duplicate_and_language(
    town: BotHarness, browser: Browserless, tmp_path: Path
) -> None:
    moderator = await person(town, 9951, "QUB", Role.MODERATOR)
    author = await person(town, 9952, "QUB")
    town.app.settings.media_dir.mkdir(parents=True)
    kept = town.app.settings.media_dir / "wa-photo.jpg"
    kept.write_bytes(b"\xff\xd8 a photo sent on WhatsApp")
    town.fake.files["PHOTO-TG"] = b"\xff\xd8 a photo sent on Telegram"
    original, copy, changed = await write_proposals(
        town, author, [TEXT, TEXT + " Copy.", TEXT + " Unclear."],
        photos=["PHOTO-TG", f"file:{kept}", "PHOTO-GONE", "file:/etc/passwd"],
    )  # fmt: skip
    await browser.login(await login_link(moderator))
    status, page, _ = await browser.get(f"/panel/p/{original.number}")
    assert status == 200 and page.count(f'src="/panel/photo/{original.number}/') == 4
    assert "openstreetmap.org/?mlat=41.36&amp;mlon=48.51" in page
    async with browser.http.get(browser.url(f"/panel/photo/{original.number}/0")) as response:
        assert response.status == 200 and response.content_type == "image/jpeg"
        assert await response.read() == b"\xff\xd8 a photo sent on Telegram"
    async with browser.http.get(browser.url(f"/panel/photo/{original.number}/1")) as response:
        assert await response.read() == kept.read_bytes()
    for index in ("2", "3", "9", "x"):  # gone from Telegram, outside MEDIA_DIR, none, nonsense
        assert (await browser.get(f"/panel/photo/{original.number}/{index}"))[0] == 404

    token = await browser.csrf()
    htmx = {"HX-Request": "true", "X-CSRF-Token": token}
    decide = f"/panel/p/{copy.number}/decide"
    wrong = {"action": "duplicate", "original": "QUB-2026-9999"}
    _, page, _ = await browser.post(decide, wrong, headers=htmx)
    assert "No proposal of this municipality has that number" in page
    right = {"action": "duplicate", "original": original.number.lower()}
    _, page, _ = await browser.post(decide, right, headers=htmx)
    assert "🔁 duplicate" in page and original.number in page
    changes = {"action": "changes", "note": "Which street?"}
    _, page, _ = await browser.post(f"/panel/p/{changed.number}/decide", changes, headers=htmx)
    assert "✏️ changes requested" in page and "Which street?" in page
    # A refused htmx request reloads the page, which shows the refusal in full.
    _, _, response = await browser.post(
        decide, {"action": "approve"}, headers={"HX-Request": "true"}
    )
    assert response.status == 403 and response.headers["HX-Refresh"] == "true"

    back = {"back": "/panel/audit?what=login"}
    status, _, response = await browser.post(
        "/panel/locale", {"locale": "ru", "csrf": token} | back
    )
    assert status == 303 and response.headers["Location"] == "/panel/audit?what=login"
    away = {"locale": "ru", "csrf": token, "back": "//evil.example/panel/"}
    _, _, response = await browser.post("/panel/locale", away)
    assert response.headers["Location"] == "/panel/queue"
    _, page, _ = await browser.get("/panel/queue")
    assert "Очередь модерации" in page and '<html lang="ru">' in page
    await browser.post("/panel/locale", {"locale": "xx", "csrf": token})  # unknown: unchanged
    _, page, _ = await browser.get("/panel/audit")
    assert "Журнал действий" in page
