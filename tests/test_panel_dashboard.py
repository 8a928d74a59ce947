"""The panel's dashboard, exports and roles through a real HTTP client against the bot's own
server, on SQLite and PostgreSQL: counts match what was stored, exports are formula-safe and
audited, roles change only by the municipality's admins (the CLI's rule), CSRF everywhere."""

from __future__ import annotations

import io
import re
from datetime import timedelta
from pathlib import Path

import openpyxl
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from storage import repos
from storage.models import (
    AnswerStatus,
    Event,
    EventAnswer,
    IndicatorTarget,
    Proposal,
    ProposalStatus,
    Resident,
    Role,
    RoleGrant,
    StaffAudit,
    TutorialRun,
)
from tests import test_panel
from tests.fakes.telegram_api import FakeTelegram
from tests.panel_support import Browserless, login_link, person, write_proposals
from tests.test_cli import cli
from tests.test_panel import TEXT
from tests.tg_user import BotHarness

town = test_panel.town  # the fixtures of the panel's HTTP tests
browser = test_panel.browser

HYPER = '=HYPERLINK("http://x","y")'  # a resident's "proposal" that a spreadsheet would run
GUIDE = "az-electricity"


def figure(page: str, label: str) -> int:
    """The number beside `label` in one of the dashboard's tables."""
    found = re.search(rf"<tr><td>{re.escape(label)}</td><td class=\"n\">(\d+)</td></tr>", page)
    assert found, f"no row {label!r}"
    return int(found.group(1))


async def resident(session: AsyncSession, user_id: int) -> Resident:
    found = await repos.find_resident(session, channel="telegram", external_id=str(user_id))
    assert found is not None
    return found


async def seed(town: BotHarness) -> list[Proposal]:
    """Quba: three Telegram residents (one in Khinalug) and one WhatsApp resident speaking
    Russian; three proposals (answered after 2 h + 3 days, rejected after 4 h, waiting); two
    runs of a payment guide (one paid). Nura: one resident, one proposal, one paid run."""
    author = await person(town, 9602, "QUB")
    villager = await person(town, 9603, "QUB-XIN")
    nura = await person(town, 9604, "NUR")
    made = await write_proposals(town, author, [TEXT, HYPER, TEXT + " Again."])
    await write_proposals(town, nura, [TEXT + " In Nura."])
    now = town.app.clock()
    async with town.app.sessionmaker.begin() as session:
        quba = await repos.municipality_by_code(session, code="QUB")
        nur = await repos.municipality_by_code(session, code="NUR")
        assert quba is not None and nur is not None
        whatsapp, _ = await repos.get_or_create_resident(
            session, channel="whatsapp", external_id="994501234567", locale="ru"
        )
        whatsapp.municipality_id = quba.id
        answered, rejected, _ = [await session.get(Proposal, p.id) for p in made]
        assert answered is not None and rejected is not None
        answered.status, answered.decided_at = ProposalStatus.ANSWERED, answered.submitted_at
        answered.decided_at += timedelta(hours=2)
        answered.forwarded_at = answered.decided_at + timedelta(minutes=10)
        answered.answered_at = answered.forwarded_at + timedelta(days=3)
        rejected.status = ProposalStatus.REJECTED
        rejected.decided_at = rejected.submitted_at + timedelta(hours=4)
        people = [(await resident(session, u.id)) for u in (author, villager, nura)]
        for who, place, paid in ((people[0], quba, True), (people[1], quba, False),
                                 (people[2], nur, True)):  # fmt: skip
            session.add(
                TutorialRun(
                    resident_id=who.id, tutorial=GUIDE, municipality_id=place.id, step=3,
                    started_at=now, completed_at=now if paid else None,
                    paid_at=now if paid else None,
                )
            )  # fmt: skip
    return made


async def test_the_dashboard_counts_what_was_stored(town: BotHarness, browser: Browserless) -> None:
    admin = await person(town, 9601, "QUB", Role.ADMIN)
    await seed(town)
    await browser.login(await login_link(admin))
    status, page, response = await browser.get("/panel/dashboard?m=QUB")
    assert status == 200, page
    assert "script-src 'self'" in response.headers["Content-Security-Policy"]
    # Residents of Quba: the admin, the author, the villager (Telegram, English), WhatsApp (ru).
    assert "4 residents" in page
    assert figure(page, "Telegram") == 3 and figure(page, "WhatsApp") == 1
    assert figure(page, "English") == 3 and figure(page, "Русский") == 1
    assert figure(page, "Khinalug") == 1 and figure(page, "No community chosen") == 3
    # Proposals of Quba only (Nura's is not counted); medians over those decided / answered.
    assert "3 proposals" in page
    assert figure(page, "💬 answered") == 1 and figure(page, "❌ not accepted") == 1
    assert figure(page, "⏳ being checked") == 1
    decision = re.search(r'<dd id="to-decision">([^<]*)<', page)
    answer = re.search(r'<dd id="to-answer">([^<]*)<', page)
    assert decision and decision.group(1).strip() == "3 hours"  # median of 2 h and 4 h
    assert answer and answer.group(1).strip() == "3 days"
    # The payment guide: two started in Quba, one paid (Nura's run is not counted).
    title = town.app.dispatcher.tutorials.tutorials[GUIDE].titles["en"]
    guides = page[page.index('id="guides"') :]
    row = re.search(
        rf"<td>{re.escape(title)}</td><td class=\"n\">(\d+)</td><td class=\"n\">(\d+)</td>"
        rf"<td class=\"n\">(\d+)</td>", guides
    )  # fmt: skip
    assert row and row.groups() == ("2", "1", "1")

    # An admin sets a programme's target; its progress is counted from the same runs.
    token = await browser.csrf()
    target = {"csrf": token, "m": "QUB", "programme": "Families pay online <2026>",
              "tutorial": "", "measure": "paid_online", "target": "50",
              "starts_on": "2026-01-01", "ends_on": "2026-12-31"}  # fmt: skip
    status, _, response = await browser.post("/panel/dashboard/targets", target)
    assert status == 303 and "panel-target-saved" in response.headers["Location"]
    status, page, _ = await browser.get(response.headers["Location"])
    assert "Families pay online &lt;2026&gt;" in page  # escaped
    assert '<progress value="1" max="50">' in page and "1 of 50 (2%)" in page
    status, _, response = await browser.post("/panel/dashboard/targets", {**target, "target": "0"})
    assert "panel-target-bad-number" in response.headers["Location"]
    # A period at the calendar's edge is refused: stored, it would break the page for good.
    forever = {**target, "ends_on": "9999-12-31"}
    status, _, response = await browser.post("/panel/dashboard/targets", forever)
    assert "panel-target-bad-period" in response.headers["Location"]
    for path in (
        "/panel/dashboard?to=9999-12-31",
        "/panel/queue?until=9999-12-31",
        "/panel/audit?until=9999-12-31",
        "/panel/audit?before=999999999999999999",
    ):
        assert (await browser.get(path))[0] == 200, path  # a day we cannot use is ignored

    # The whole deployment is the deployment admins'; another municipality is refused.
    assert (await browser.get("/panel/dashboard?m=all"))[0] == 403
    assert (await browser.get("/panel/dashboard?m=NUR"))[0] == 403
    async with town.app.sessionmaker() as session:
        assert await session.scalar(select(IndicatorTarget.target)) == 50
        audit = list(await session.scalars(select(StaffAudit.action)))
    assert audit.count("target-set") == 1

    # A moderator sees the dashboard but sets no target.
    moderator = await person(town, 9605, "QUB", Role.MODERATOR)
    other = Browserless.open(town)
    try:
        await other.login(await login_link(moderator))
        status, page, _ = await other.get("/panel/dashboard")
        assert status == 200 and "5 residents" in page and 'id="new-target"' not in page
        status, _, _ = await other.post(
            "/panel/dashboard/targets", {**target, "csrf": await other.csrf()}
        )
        assert status == 403
    finally:
        await other.close()


async def test_a_deployment_admin_sees_every_municipality(
    town: BotHarness, browser: Browserless
) -> None:
    await seed(town)
    boss = await person(town, 9611, "QUB")
    async with town.app.sessionmaker.begin() as session:
        found = await repos.find_resident(session, channel="telegram", external_id="9611")
        assert found is not None
        await repos.grant_role(session, resident=found, role=Role.ADMIN, municipality=None)
    await browser.login(await login_link(boss))
    status, page, _ = await browser.get("/panel/dashboard")
    assert status == 200 and "All municipalities" in page
    assert "4 proposals" in page  # Quba's three and Nura's one
    assert "5 residents" in page  # everyone: seeded in Quba and Nura, and the admin
    title = town.app.dispatcher.tutorials.tutorials[GUIDE].titles["en"]
    assert re.search(rf"<td>{re.escape(title)}</td><td class=\"n\">3</td>", page)


async def test_roles_are_granted_and_revoked_by_the_municipality_s_admins(
    town: BotHarness, browser: Browserless, fake_telegram: FakeTelegram
) -> None:
    admin = await person(town, 9621, "QUB", Role.ADMIN)
    helper = await person(town, 9622, "QUB")
    stranger = await person(town, 9623, "NUR")
    await browser.login(await login_link(admin))
    status, page, _ = await browser.get("/panel/roles")
    assert status == 200 and "telegram:9621" in page
    grant = {"m": "QUB", "person": "telegram:9622", "role": "moderator"}
    status, page, _ = await browser.post("/panel/roles/grant", grant)  # no CSRF token
    assert status == 403 and "did not come from a page of the panel" in page
    token = await browser.csrf()
    status, _, response = await browser.post("/panel/roles/grant", {**grant, "csrf": token})
    assert status == 303 and "panel-roles-granted" in response.headers["Location"]
    # The person's Telegram menu follows, as after `python -m bot grant`.
    assert "queue" in (fake_telegram.menu(helper.id) or [])
    # Only people of the municipality; nobody unknown.
    status, _, response = await browser.post(
        "/panel/roles/grant", {**grant, "person": f"telegram:{stranger.id}", "csrf": token}
    )
    assert "panel-roles-not-of-municipality" in response.headers["Location"]
    status, _, response = await browser.post(
        "/panel/roles/grant", {**grant, "person": "telegram:424242", "csrf": token}
    )
    assert "panel-roles-unknown-person" in response.headers["Location"]

    async with town.app.sessionmaker() as session:
        [grant_id] = list(
            await session.scalars(
                select(RoleGrant.id)
                .join(Resident, Resident.id == RoleGrant.resident_id)
                .where(Resident.external_id == str(helper.id))
            )
        )
    # A moderator (no admin) and Nura's admin are refused: 403, nothing changes.
    moderator = await person(town, 9624, "QUB", Role.MODERATOR)
    nura_admin = await person(town, 9625, "NUR", Role.ADMIN)
    for who in (moderator, nura_admin):
        other = Browserless.open(town)
        try:
            await other.login(await login_link(who))
            theirs = await other.csrf()
            theirs_grant = {**grant, "csrf": theirs, "person": "telegram:9623"}
            status, _, _ = await other.post("/panel/roles/grant", theirs_grant)
            assert status == 403
            assert (await other.get("/panel/roles?m=QUB"))[0] == 403
            assert (await other.get(f"/panel/roles/{grant_id}/revoke"))[0] == 403
            status, _, _ = await other.post(f"/panel/roles/{grant_id}/revoke", {"csrf": theirs})
            assert status == 403
        finally:
            await other.close()

    # Revoking asks first, says what is lost, then revokes.
    status, page, _ = await browser.get(f"/panel/roles/{grant_id}/revoke")
    assert status == 200 and "will no longer hold the role" in page
    assert "deciding on proposals" in page
    status, _, _ = await browser.post(f"/panel/roles/{grant_id}/revoke")  # no token
    assert status == 403
    status, _, response = await browser.post(f"/panel/roles/{grant_id}/revoke", {"csrf": token})
    assert status == 303 and "panel-roles-revoked" in response.headers["Location"]
    assert fake_telegram.menu(helper.id) is None  # the residents' default again
    # An admin does not revoke their own admin role.
    async with town.app.sessionmaker() as session:
        own = await session.scalar(
            select(RoleGrant.id)
            .join(Resident, Resident.id == RoleGrant.resident_id)
            .where(Resident.external_id == str(admin.id))
        )
    status, _, response = await browser.post(f"/panel/roles/{own}/revoke", {"csrf": token})
    assert "panel-roles-own-admin" in response.headers["Location"]
    async with town.app.sessionmaker() as session:
        held = list(
            await session.execute(
                select(Resident.external_id, RoleGrant.role)
                .join(Resident, Resident.id == RoleGrant.resident_id)
                .order_by(RoleGrant.id)
            )
        )
        audit = [
            (a, d)
            for a, d in await session.execute(
                select(StaffAudit.action, StaffAudit.detail).where(StaffAudit.action.like("role-%"))
            )
        ]
    assert [tuple(h) for h in held] == [
        ("9621", "admin"), ("9624", "moderator"), ("9625", "admin")
    ]  # fmt: skip
    assert audit == [
        ("role-granted", "telegram:9622 moderator QUB"),
        ("role-revoked", "telegram:9622 moderator QUB"),
    ]


async def test_exports_are_formula_safe_scoped_and_audited(
    town: BotHarness, browser: Browserless, database_url: str, tmp_path: Path
) -> None:
    moderator = await person(town, 9631, "QUB", Role.MODERATOR, Role.PUBLISHER)
    made = await seed(town)
    now = town.app.clock()
    async with town.app.sessionmaker.begin() as session:
        quba = await repos.municipality_by_code(session, code="QUB")
        assert quba is not None
        event = Event(
            municipality_id=quba.id, kind="seminar", titles={"en": "=cmd|' /C calc'!A0"},
            descriptions={"en": "About the budget"}, starts_at=now - timedelta(days=1),
            duration_minutes=60, checkin_code="1234",
        )  # fmt: skip
        session.add(event)
        await session.flush()
        author = await resident(session, 9602)
        villager = await resident(session, 9603)
        session.add_all([
            EventAnswer(event_id=event.id, resident_id=author.id, status=AnswerStatus.GOING,
                        attended_at=now, feedback_score=5, feedback_comment="+1 great"),
            EventAnswer(event_id=event.id, resident_id=villager.id, status=AnswerStatus.MAYBE),
        ])  # fmt: skip
    await browser.login(await login_link(moderator))
    status, page, _ = await browser.get("/panel/exports")
    assert status == 200 and "Proposals, with their history" in page
    token = await browser.csrf()
    form = {"csrf": token, "m": "QUB", "what": "proposals", "format": "xlsx"}

    async with browser.http.post(browser.url("/panel/exports"), data=form) as response:
        assert response.status == 200
        assert response.headers["Content-Type"].startswith("application/vnd.openxmlformats")
        assert "attachment" in response.headers["Content-Disposition"]
        body = await response.read()

    async def export(**changes: str) -> bytes:
        async with browser.http.post(
            browser.url("/panel/exports"), data={**form, **changes}
        ) as got:
            assert got.status == 200
            return await got.read()

    sheet = openpyxl.load_workbook(io.BytesIO(body)).active
    assert sheet is not None
    cells = [c for row in sheet.iter_rows() for c in row]
    assert not [c for c in cells if c.data_type == "f"]  # no formula anywhere
    [hyper] = [c for c in cells if isinstance(c.value, str) and "HYPERLINK" in c.value]
    assert hyper.data_type == "s" and hyper.value == "'" + HYPER
    numbers = [r[0].value for r in sheet.iter_rows(min_row=2)]
    assert numbers == [p.number for p in made]  # Quba's only, not Nura's

    text = (await export(format="csv")).decode("utf-8")
    assert text.startswith("\ufeffnumber,status,")
    assert '\'=HYPERLINK(""http://x"",""y"")' in text  # CSV-quoted, the quote first

    events = (await export(what="events", format="csv")).decode("utf-8").splitlines()
    header, row = events[0].lstrip("\ufeff").split(","), events[1].split(",")
    values = dict(zip(header, row, strict=False))
    assert values["title"] == "'=cmd|' /C calc'!A0" and values["going"] == "1"
    assert values["maybe"] == "1" and values["attended"] == "1" and values["average_score"] == "5.0"

    answers = openpyxl.load_workbook(io.BytesIO(await export(what="answers"))).active
    assert answers is not None
    rows = [[c.value for c in r] for r in answers.iter_rows(min_row=2)]
    assert sorted(r[6] for r in rows) == ["going", "maybe"]
    assert "'+1 great" in [r[11] for r in rows]

    indicators = (
        (
            await export(
                what="indicators", format="csv", **{"from": "2026-06-01", "to": "2026-06-30"}
            )
        )
        .decode("utf-8")
        .splitlines()
    )
    assert indicators[1] == f"QUB,2026-06-01,2026-06-30,{GUIDE},2,1,1"

    # Another municipality's export is refused, and so is a POST without the token.
    assert (await browser.post("/panel/exports", {**form, "m": "NUR"}))[0] == 403
    assert (await browser.post("/panel/exports", {**form, "csrf": ""}))[0] == 403
    async with town.app.sessionmaker() as session:
        audit = list(
            await session.scalars(
                select(StaffAudit.detail).where(StaffAudit.action == "export")
                .order_by(StaffAudit.id)
            )
        )  # fmt: skip
    assert audit == ["proposals xlsx QUB", "proposals csv QUB", "events csv QUB",
                     "answers xlsx QUB", "indicators csv QUB 2026-06-01..2026-06-30"]  # fmt: skip
    status, page, _ = await browser.get("/panel/audit?what=export")
    assert "exported a file" in page and "proposals xlsx QUB" in page

    # The command line writes the same files.
    out = tmp_path / "quba.xlsx"
    done = await cli(database_url, "export", "proposals", "--municipality", "QUB", "--format",
                     "xlsx", "--output", str(out))  # fmt: skip
    assert done.returncode == 0, done.stderr
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    assert "'" + HYPER in [c.value for row in sheet.iter_rows() for c in row]
    done = await cli(database_url, "export", "events", "--municipality", "QUB")
    assert done.returncode == 0 and done.stdout.startswith("\ufeffevent,municipality,")
