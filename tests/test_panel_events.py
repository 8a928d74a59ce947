"""The panel's consultations and help requests through a real HTTP client against the bot's own
server, on SQLite and PostgreSQL: an event created in the panel invites residents through the
outbox (they get it from the fake Bot API), answers given in chat are counted, a change and a
cancellation reach who answered, the summary for the press; help requests answered in the panel
reach the resident; other municipalities' staff, residents and forged POSTs are refused."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from bot import help_notices
from handlers.tutorials import TutAction, tut_id
from storage import events as store
from storage import help_requests, proposals, repos
from storage.models import (
    Event,
    EventStatus,
    HelpRequest,
    ProposalStatus,
    Resident,
    Role,
    StaffAudit,
)
from tests.panel_support import Browserless, login_link, person
from tests.test_panel import browser, town  # noqa: F401  (fixtures)
from tests.test_proposals import got
from tests.tg_user import BotHarness, TgUser
from tests.waiting import eventually

START = "2026-06-13T18:00"  # Saturday evening in Quba; the tests' clock is 10 June, 12:00 there
TITLE = "Budget <b>hearing</b>"
FORM = {
    "kind": "round_table", "title-en": TITLE,
    "text-en": "How the village budget is spent, and what to fix first.",
    "start": START, "minutes": "90", "place": "Khinalug school, assembly hall", "capacity": "",
    "link": "",
}  # fmt: skip


async def resident_of(bot: BotHarness, user: TgUser) -> Resident:
    async with bot.app.sessionmaker() as session:
        found = await repos.find_resident(session, channel="telegram", external_id=str(user.id))
        assert found is not None
        return found


async def place_id(bot: BotHarness, code: str) -> int:
    async with bot.app.sessionmaker() as session:
        place = await repos.municipality_by_code(session, code=code)
        assert place is not None
        return place.id


async def audited(bot: BotHarness) -> list[str]:
    async with bot.app.sessionmaker() as session:
        return list(await session.scalars(select(StaffAudit.action).order_by(StaffAudit.id)))


async def publish(bot: BotHarness, browser: Browserless, **changes: str) -> int:  # noqa: F811
    """Create the event through the panel's form; returns its id."""
    token = await browser.csrf()
    form = FORM | {"municipality": str(await place_id(bot, "QUB")), "csrf": token} | changes
    status, page, response = await browser.post("/panel/events/new", form)
    assert status == 303, page[:2000]
    location = response.headers["Location"]
    assert location.startswith("/panel/events/") and "?invited=" in location
    return int(location.split("/")[-1].split("?")[0])


async def test_an_event_from_the_panel_invites_counts_changes_and_cancels(
    town: BotHarness,  # noqa: F811
    browser: Browserless,  # noqa: F811
) -> None:
    publisher = await person(town, 9601, "QUB", Role.PUBLISHER)
    villager = await person(town, 9602, "QUB-XIN")
    await browser.login(await login_link(publisher))
    status, page, _ = await browser.get("/panel/events/new")
    assert status == 200 and 'name="title-en"' in page and "Khinalug" in page

    # A refused form keeps what was typed and says why; nothing is stored.
    token = await browser.csrf()
    quba = str(await place_id(town, "QUB"))
    status, page, _ = await browser.post(
        "/panel/events/new",
        FORM | {"municipality": quba, "csrf": token, "start": "2020-01-01T10:00", "place": ""},
    )
    assert status == 400 and "This time has passed" in page and "an address, or both" in page
    assert "Budget &lt;b&gt;hearing&lt;/b&gt;" in page
    # The domain's rules (storage.events), each told on its field: a forged kind, a title over
    # its limit, a title without its description.
    for changes in ({"kind": "party"}, {"title-en": "T" * 121}, {"text-en": ""}):
        status, page, _ = await browser.post(
            "/panel/events/new", FORM | {"municipality": quba, "csrf": token} | changes
        )
        refusal = (
            "Something in the form is missing" if "kind" in changes else "Please write a title"
        )
        assert status == 400 and refusal in page, changes
    async with town.app.sessionmaker() as session:
        assert await session.scalar(select(Event)) is None

    event_id = await publish(town, browser)
    await eventually(lambda: got(villager, "You are invited!"), "no invitation")
    invitation = next(c for c in villager.received if "You are invited!" in str(c.params["text"]))
    assert TITLE in invitation.params["text"]  # the resident's chat shows it as typed

    # The villager answers in chat; the panel counts it.
    await villager.press("✅ I'm going")
    status, page, _ = await browser.get("/panel/events")
    assert status == 200 and f'id="event-{event_id}"' in page
    assert '<td class="count going">1</td>' in page and "Budget &lt;b&gt;hearing" in page
    status, page, _ = await browser.get(f"/panel/events/{event_id}")
    assert status == 200 and "Staff9602" in page and "Budget &lt;b&gt;hearing" in page
    assert '<td class="going">1</td>' in page and TITLE not in page

    # A new place reaches who answered.
    token = await browser.csrf()
    edit = {k: v for k, v in FORM.items() if k in ("start", "minutes", "link", "capacity")}
    status, page, response = await browser.post(
        f"/panel/events/{event_id}/edit", edit | {"place": "Village club", "csrf": token}
    )
    assert status == 303 and response.headers["Location"].endswith("?saved=1"), page[:1000]
    await eventually(lambda: got(villager, "Village club"), "no notice of the change")
    status, page, _ = await browser.post(
        f"/panel/events/{event_id}/edit", edit | {"place": "Village club", "csrf": token}
    )
    assert status == 400 and "Nothing was changed" in page

    # Cancelling asks first, saying how many will be told; then tells them.
    status, page, _ = await browser.get(f"/panel/events/{event_id}/cancel")
    assert status == 200 and "1 resident who answered will be told" in page
    status, _, _ = await browser.post(f"/panel/events/{event_id}/cancel")  # no CSRF token
    assert status == 403
    status, _, response = await browser.post(f"/panel/events/{event_id}/cancel", {"csrf": token})
    assert status == 303 and response.headers["Location"].endswith("?cancelled=1")
    await eventually(lambda: got(villager, "is cancelled"), "no cancellation notice")
    status, page, _ = await browser.get(f"/panel/events/{event_id}")
    assert '<dd id="status">cancelled</dd>' in page and 'id="edit"' not in page
    status, _, response = await browser.post(f"/panel/events/{event_id}/cancel", {"csrf": token})
    assert status == 303 and response.headers["Location"].endswith("?closed=1")
    assert await audited(town) == ["login", "event-create", "event-edit", "event-cancel"]
    status, page, _ = await browser.get("/panel/audit")
    assert "published a consultation" in page and "cancelled a consultation" in page


async def test_the_event_page_sums_up_attendance_feedback_and_proposals(
    town: BotHarness,  # noqa: F811
    browser: Browserless,  # noqa: F811
) -> None:
    publisher = await person(town, 9701, "QUB", Role.PUBLISHER)
    villager = await person(town, 9702, "QUB-XIN")
    await browser.login(await login_link(publisher))
    event_id = await publish(town, browser, capacity="1")
    await eventually(lambda: got(villager, "You are invited!"), "no invitation")
    await villager.press("✅ I'm going")
    late = await person(town, 9703, "QUB-SHR")
    await late.press_data(f"ev:a:{event_id}:g")  # the one seat is taken: the waitlist
    status, page, _ = await browser.get(f"/panel/events/{event_id}")
    assert '<td class="waitlist">1</td>' in page and '<ol class="waitlist"' in page
    assert "Staff9703" in page.split('<ol class="waitlist"')[1].split("</ol>")[0]

    clock = town.app.clock
    clock.advance(timedelta(days=3, hours=6, minutes=10))  # type: ignore[attr-defined]
    async with town.app.sessionmaker.begin() as session:
        event = await session.get(Event, event_id)
        assert event is not None and event.starts_at < clock()
        code = event.checkin_code
    [done] = await villager.send(f"/checkin {code}")
    assert "checked in" in done.params["text"]
    text = "Please put <script>alert(1)</script> lights on the school road."
    who = await resident_of(town, villager)
    boss = await resident_of(town, publisher)
    async with town.app.sessionmaker.begin() as session:  # one connection on SQLite: no nesting
        event = await session.get(Event, event_id)
        assert event is not None
        await store.record_feedback(session, event=event, resident_id=who.id, score=4, now=clock())
        await store.record_comment(
            session, event_id=event_id, resident_id=who.id, text="More <i>time</i>", now=clock()
        )
        place = await repos.municipality_by_id(session, id=event.municipality_id)
        assert place is not None
        made = await proposals.submit(
            session, author=who, municipality=place, community_id=None, category="roads",
            text=text, photos=[], location=None, draft_key=None, event_id=event_id,
            now=clock(), per_day=10,
        )  # fmt: skip
        await proposals.decide(
            session, made.proposal, ProposalStatus.APPROVED, by=boss, now=clock()
        )
        waiting = await proposals.submit(
            session, author=boss, municipality=place, community_id=None, category="roads",
            text="Not moderated yet, not for the press.", photos=[], location=None,
            draft_key=None, event_id=event_id, now=clock(), per_day=10,
        )  # fmt: skip
        assert waiting.proposal.status == ProposalStatus.PENDING
    await browser.login(await login_link(publisher))  # three days on: the session has expired
    status, page, _ = await browser.get(f"/panel/events/{event_id}")
    assert status == 200
    summary = page.split('id="summary" readonly rows="14">')[1].split("</textarea>")[0]
    assert "held a consultation: Round table “Budget &lt;b&gt;hearing&lt;/b&gt;”" in summary
    assert "13 Jun 2026, 18:00" in summary and "Khinalug school" in summary
    assert "1 resident took part (1 had said they would come)" in summary
    assert "Participants made 1 proposal:" in summary and "&lt;script&gt;alert(1)" in summary
    assert "not for the press" not in summary
    assert "1 participant rated it: 4.0 of 5 on average" in summary
    assert "More &lt;i&gt;time&lt;/i&gt;" in page and "<script>alert(1)" not in page
    assert "✅ checked in" in page


async def test_a_help_request_answered_in_the_panel_reaches_the_resident(
    town: BotHarness,  # noqa: F811
    browser: Browserless,  # noqa: F811
) -> None:
    helper = await person(town, 9801, "QUB", Role.MODERATOR)
    stuck = await person(town, 9802, "QUB-XIN")
    asker = await resident_of(town, stuck)
    async with town.app.sessionmaker.begin() as session:
        opened = await help_requests.open_request(
            session, resident=asker, tutorial="az-electricity", step=1,
            now=town.app.clock(), problem="The <b>pay</b> button does nothing.",
        )  # fmt: skip
        request_id = opened.request.id
    await browser.login(await login_link(helper))
    status, page, _ = await browser.get("/panel/help")
    assert status == 200 and f'id="request-{request_id}"' in page
    assert "1 request is waiting for an answer" in page
    assert "The &lt;b&gt;pay&lt;/b&gt; button does nothing." in page and "<b>pay</b>" not in page
    assert "Step" in page and "2 of" in page

    path = f"/panel/help/{request_id}/answer"
    answer = "Press <Pay> once and wait a minute; the bank sends an SMS."
    status, _, _ = await browser.post(path, {"answer": answer})  # no CSRF token
    assert status == 403
    token = await browser.csrf()
    status, page, _ = await browser.post(path, {"answer": " ", "csrf": token})
    assert status == 400 and "Please write an answer of up to" in page
    status, _, response = await browser.post(path, {"answer": answer, "csrf": token})
    assert status == 303 and response.headers["Location"] == f"/panel/help?sent={request_id}"
    await eventually(lambda: got(stuck, answer), "the answer did not reach the resident")
    reply = next(c for c in stuck.received if answer in str(c.params.get("text")))
    assert "Answer to your question about" in reply.params["text"]
    status, page, _ = await browser.get(f"/panel/help?sent={request_id}")
    assert "on its way to the resident" in page and "There are no open requests" in page
    assert "Press &lt;Pay&gt; once" in page  # in the answered list, escaped
    status, page, _ = await browser.post(path, {"answer": "Again", "csrf": token})
    assert status == 400 and "already answered" in page
    async with town.app.sessionmaker() as session:
        stored = await session.get(HelpRequest, request_id)
        assert stored is not None and stored.answer == answer
    assert await audited(town) == ["login", "help-answer"]
    assert help_notices.open_guide_id("az-gas") == tut_id(TutAction.OPEN, "az-gas")


async def test_other_municipalities_residents_and_forged_posts_are_refused(
    town: BotHarness,  # noqa: F811
    browser: Browserless,  # noqa: F811
) -> None:
    publisher = await person(town, 9901, "QUB", Role.PUBLISHER)
    stuck = await person(town, 9902, "QUB-XIN")
    await browser.login(await login_link(publisher))
    event_id = await publish(town, browser)
    asker = await resident_of(town, stuck)
    async with town.app.sessionmaker.begin() as session:
        opened = await help_requests.open_request(
            session, resident=asker, tutorial="az-electricity", step=0,
            now=town.app.clock(), problem="Secret words of Quba",
        )  # fmt: skip
        request_id = opened.request.id

    nura = await person(town, 9903, "NUR", Role.PUBLISHER, Role.MODERATOR)
    other = Browserless.open(town)
    try:
        await other.login(await login_link(nura))
        status, page, _ = await other.get("/panel/events")
        assert status == 200 and f'id="event-{event_id}"' not in page
        for path in ("", "/edit", "/cancel"):
            status, page, _ = await other.get(f"/panel/events/{event_id}{path}")
            assert status == 403 and "Budget" not in page, path
        token = await other.csrf()
        for path in ("/edit", "/cancel"):
            status, _, _ = await other.post(
                f"/panel/events/{event_id}{path}", FORM | {"place": "Elsewhere", "csrf": token}
            )
            assert status == 403, path
        status, _, _ = await other.post(
            "/panel/events/new", FORM | {"municipality": str(await place_id(town, "QUB")),
                                         "csrf": token},
        )  # fmt: skip
        assert status == 403
        status, page, _ = await other.get("/panel/help")
        assert status == 200 and "Secret words" not in page
        status, _, _ = await other.post(
            f"/panel/help/{request_id}/answer", {"answer": "Hi", "csrf": token}
        )
        assert status == 403
    finally:
        await other.close()

    resident = Browserless.open(town)
    try:
        plain = await person(town, 9904, "QUB", Role.AUTHORITY)  # staff, but neither role
        await resident.login(await login_link(plain))
        for path in ("/panel/events", "/panel/events/new", f"/panel/events/{event_id}",
                     "/panel/help"):  # fmt: skip
            status, page, _ = await resident.get(path)
            assert status == 403 and "Secret words" not in page, path
    finally:
        await resident.close()
    # A forged POST with no session at all: the sign-in page, nothing changed.
    anonymous = Browserless.open(town)
    try:
        status, _, _ = await anonymous.post(f"/panel/events/{event_id}/cancel", {"csrf": "x"})
        assert status == 401
    finally:
        await anonymous.close()
    async with town.app.sessionmaker() as session:
        event = await session.get(Event, event_id)
        assert event is not None and event.status == EventStatus.SCHEDULED
        stored = await session.get(HelpRequest, request_id)
        assert stored is not None and stored.status == "open"
    assert await audited(town) == ["login", "event-create", "login", "login"]
