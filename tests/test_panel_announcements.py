"""The web panel's announcements through a real HTTP client against the bot's own server, on
SQLite and PostgreSQL: compose, preview (the chat's count), a test copy to the publisher alone,
send, schedule, correct, withdraw and cancel through the chat's own service; residents hear it
through the fake Bot API; figures from the outbox; refusals; escaping."""

from __future__ import annotations

import html
import re
from datetime import timedelta

import aiohttp
from sqlalchemy import select

from bot import announcing
from storage import repos
from storage.models import (
    Announcement,
    AnnouncementStatus,
    Delivery,
    DeliveryStatus,
    Role,
    StaffAudit,
)
from tests import test_panel
from tests.panel_support import Browserless, login_link, person
from tests.test_announcements import resident_of
from tests.test_panel_browser import tiny_png
from tests.test_proposals import got
from tests.tg_user import BotHarness, TgUser
from tests.waiting import eventually

town = test_panel.town  # the panel tests' fixtures: a bot with the panel, a browser-less client
browser = test_panel.browser

WATER = "Water is off on Monday from 10 to 14."
VODA = "В понедельник с 10 до 14 не будет воды."


async def place_id(town: BotHarness, code: str) -> int:
    async with town.app.sessionmaker() as session:
        place = await repos.municipality_by_code(session, code=code)
        assert place is not None
        return place.id


async def draft(town: BotHarness, code: str = "QUB", **fields: str) -> dict[str, str]:
    return {"m": str(await place_id(town, code)), "category": "utilities", "text-en": WATER,
            "when": "now"} | fields  # fmt: skip


async def signed_in(town: BotHarness, browser: Browserless, user: TgUser) -> str:
    """Sign `browser` in as `user`; returns the session's CSRF token."""
    await browser.login(await login_link(user))
    return await browser.csrf()


def announcement_id(location: str) -> int:
    found = re.fullmatch(r"/panel/announcements/(\d+)\?done=\w+", location)
    assert found, location
    return int(found.group(1))


async def stored(town: BotHarness, number: int) -> Announcement:
    async with town.app.sessionmaker() as session:
        found = await session.get(Announcement, number)
        assert found is not None
        return found


def calls(town: BotHarness, method: str, chat: int) -> list[str]:
    return [
        str(c.params.get("text") or c.params.get("caption"))
        for c in town.fake.calls
        if c.method == method and c.chat_id == chat and c.status == 200
    ]


async def test_compose_preview_test_copy_send_and_residents_receive(
    town: BotHarness, browser: Browserless
) -> None:
    villager = await resident_of(town, 7101, "QUB-XIN", "ru")
    townsman = await resident_of(town, 7102, "QUB")
    elsewhere = await resident_of(town, 7103, "NUR")
    publisher = await person(town, 7104, "QUB", Role.PUBLISHER)

    # The chat's preview counts the residents the announcement reaches ...
    await publisher.send("/announce")
    await publisher.press("Continue ▸")
    await publisher.press("💧 Water, gas, power")
    await publisher.send(WATER)
    await publisher.press("✔ Done")
    await publisher.press("No attachment")
    [chat_preview] = await publisher.press("Send now")
    assert "It will reach 3 residents." in chat_preview.params["text"]
    await publisher.press("✖ Cancel")

    # ... and the panel's preview says the same number.
    token = await signed_in(town, browser, publisher)
    status, page, _ = await browser.get("/panel/announcements/new")
    assert status == 200
    assert 'name="text-az"' in page and 'name="text-ru"' in page and 'name="text-en"' in page
    assert 'name="text-kk"' not in page and "Khinalug" in page  # Quba's languages and villages
    form = aiohttp.FormData()
    for name, value in (await draft(town, **{"text-ru": VODA, "csrf": token})).items():
        form.add_field(name, value)
    form.add_field("media", tiny_png(), filename="notice.png", content_type="image/png")
    status, page, _ = await browser.post("/panel/announcements/preview", form)  # type: ignore[arg-type]
    assert status == 200, page
    assert "It will reach 3 residents." in page and "notice.png" in page
    hidden = dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)">', page))
    kept = town.app.settings.media_dir / "announcements" / hidden["media_file"]
    assert kept.read_bytes() == tiny_png() and hidden["media_kind"] == "photo"

    # A test copy reaches the publisher's own chat, through the outbox, and nobody else.
    hidden = {k: html.unescape(v) for k, v in hidden.items()}
    status, page, _ = await browser.post("/panel/announcements/test", hidden)
    assert status == 200 and "A test copy is on its way to your chat" in page
    await town.outbox_settled()
    copies = calls(town, "sendPhoto", publisher.id)
    assert len(copies) == 1 and "Test copy" in copies[0] and WATER in copies[0]
    for resident in (villager, townsman, elsewhere):
        assert not got(resident, "Monday") and not got(resident, "понедельник")
    async with town.app.sessionmaker() as session:
        assert await session.scalar(select(Announcement)) is None  # nothing published

    # Send: residents get it in their language, with the photo; the other municipality does not.
    status, _, response = await browser.post("/panel/announcements/publish", hidden)
    assert status == 303
    number = announcement_id(response.headers["Location"])
    await town.outbox_settled()
    await eventually(lambda: got(villager, VODA), "the villager got nothing")
    assert got(townsman, WATER) and calls(town, "sendPhoto", townsman.id)
    assert not got(elsewhere, "Monday")
    assert (await stored(town, number)).status == AnnouncementStatus.RELEASED

    status, page, _ = await browser.get(response.headers["Location"])
    assert status == 200 and "Sent. The copies are on their way" in page
    status, page, _ = await browser.get("/panel/announcements")
    assert status == 200
    row = page.split(f'id="ann-{number}"')[1].split("</tr>")[0]
    assert '<td class="num sent">3</td>' in row and '<td class="num failed">0</td>' in row
    assert '<td class="num delivered">—</td>' in row  # Telegram does not report delivery
    assert "<svg" in page and "<polyline" in page and "style=" not in page
    async with town.app.sessionmaker() as session:
        actions = list(await session.scalars(select(StaffAudit.action).order_by(StaffAudit.id)))
    assert actions == ["login", "announcement-test-copy", "announcement-publish"]
    _, page, _ = await browser.get("/panel/audit?what=announcement-publish")
    assert "<td>sent an announcement</td>" in page and f"#{number} QUB → 3" in page


async def test_correct_and_withdraw_reach_residents(town: BotHarness, browser: Browserless) -> None:
    first = await resident_of(town, 7201, "QUB")
    second = await resident_of(town, 7202, "QUB-XIN")
    publisher = await person(town, 7203, "NUR", Role.PUBLISHER)  # lives elsewhere: 2 recipients
    async with town.app.sessionmaker.begin() as session:
        resident = await repos.find_resident(session, channel="telegram", external_id="7203")
        quba = await repos.municipality_by_code(session, code="QUB")
        assert resident is not None and quba is not None
        await repos.grant_role(session, resident=resident, role=Role.PUBLISHER, municipality=quba)
    token = await signed_in(town, browser, publisher)
    _, _, response = await browser.post(
        "/panel/announcements/publish", await draft(town, csrf=token)
    )
    number = announcement_id(response.headers["Location"])
    await town.outbox_settled()
    assert got(first, WATER) and got(second, WATER)

    status, page, _ = await browser.get(f"/panel/announcements/{number}/correct?lang=en")
    assert status == 200 and "will replace the old one in 2 residents" in page
    fixed = "Water is off on Monday from 10 to 16."
    status, _, response = await browser.post(
        f"/panel/announcements/{number}/correct", {"lang": "en", "text": fixed, "csrf": token}
    )
    assert status == 303 and response.headers["Location"].endswith("?done=corrected")
    await town.outbox_settled()
    assert calls(town, "editMessageText", first.id) == [fixed]
    assert calls(town, "editMessageText", second.id) == [fixed]
    assert (await stored(town, number)).texts == {"en": fixed}

    status, page, _ = await browser.get(f"/panel/announcements/{number}/withdraw")
    assert status == 200 and "Withdraw announcement #" in page and "from 2 residents" in page
    assert (await stored(town, number)).status == AnnouncementStatus.RELEASED  # only asked
    status, _, response = await browser.post(
        f"/panel/announcements/{number}/withdraw", {"csrf": token}
    )
    assert status == 303
    await town.outbox_settled()
    deleted = [c for c in town.fake.calls if c.method == "deleteMessage" and c.status == 200]
    assert {c.chat_id for c in deleted} == {first.id, second.id}
    assert (await stored(town, number)).status == AnnouncementStatus.WITHDRAWN
    status, page, _ = await browser.get(f"/panel/announcements/{number}")
    assert "removed 2" in page and 'id="withdraw"' not in page
    status, _, _ = await browser.post(f"/panel/announcements/{number}/withdraw", {"csrf": token})
    assert status == 409  # once is final
    async with town.app.sessionmaker() as session:
        actions = list(await session.scalars(select(StaffAudit.action).order_by(StaffAudit.id)))
    assert actions == ["login", "announcement-publish", "announcement-correct",
                       "announcement-withdraw"]  # fmt: skip


async def test_schedule_in_local_time_then_cancel(town: BotHarness, browser: Browserless) -> None:
    await resident_of(town, 7301, "DIL")
    publisher = await person(town, 7302, "DIL", Role.PUBLISHER)
    token = await signed_in(town, browser, publisher)
    now = town.app.clock()
    past = (now - timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M")
    status, page, _ = await browser.post(
        "/panel/announcements/preview", await draft(town, "DIL", when="later", at=past, csrf=token)
    )
    assert status == 422 and "This time has passed" in page
    soon = await draft(town, "DIL", when="later", at="soon", csrf=token)
    status, page, _ = await browser.post("/panel/announcements/preview", soon)
    assert status == 422 and "Please choose a date and time" in page
    later = f"{now.year + 1}-03-01T10:00"
    fields = await draft(town, "DIL", when="later", at=later, csrf=token)
    status, page, _ = await browser.post("/panel/announcements/preview", fields)
    assert status == 200 and f"01.03.{now.year + 1} 10:00" in page
    assert "It will reach 2 residents." in page
    _, _, response = await browser.post("/panel/announcements/publish", fields)
    number = announcement_id(response.headers["Location"])
    scheduled = await stored(town, number)
    assert scheduled.status == AnnouncementStatus.SCHEDULED
    assert scheduled.send_at.hour == 6  # 10:00 in Dilijan (Yerevan) is 06:00 UTC

    status, page, _ = await browser.get(f"/panel/announcements/{number}/cancel")
    assert status == 200 and "2 residents will not receive it" in page
    status, _, _ = await browser.post(f"/panel/announcements/{number}/cancel", {"csrf": token})
    assert status == 303
    assert (await stored(town, number)).status == AnnouncementStatus.CANCELLED
    assert (await browser.get(f"/panel/announcements/{number}/cancel"))[0] == 409


async def test_refusals_forged_posts_and_escaping(town: BotHarness, browser: Browserless) -> None:
    resident = await resident_of(town, 7401, "QUB")
    quba = await person(town, 7402, "QUB", Role.PUBLISHER)
    token = await signed_in(town, browser, quba)
    hostile = '<script>alert(1)</script> =HYPERLINK("http://evil.example","click")'
    status, page, _ = await browser.post(
        "/panel/announcements/preview", await draft(town, csrf=token, **{"text-en": hostile})
    )
    assert status == 200 and "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; =HYPERLINK(&#34;http://evil.example&#34;" in page
    _, _, response = await browser.post(
        "/panel/announcements/publish", await draft(town, csrf=token, **{"text-en": hostile})
    )
    number = announcement_id(response.headers["Location"])
    await town.outbox_settled()
    assert got(resident, hostile)  # residents get the text exactly as written
    for path in ("/panel/announcements", f"/panel/announcements/{number}"):
        _, page, _ = await browser.get(path)
        assert "<script>alert(1)" not in page and "&lt;script&gt;alert(1)" in page

    # A forged POST (the session's cookie, no CSRF token) publishes nothing.
    status, page, _ = await browser.post("/panel/announcements/publish", await draft(town))
    assert status == 403 and "did not come from a page of the panel" in page
    status, _, _ = await browser.post(f"/panel/announcements/{number}/withdraw")
    assert status == 403
    async with town.app.sessionmaker() as session:
        assert len(list(await session.scalars(select(Announcement)))) == 1
    assert (await stored(town, number)).status == AnnouncementStatus.RELEASED

    # Another municipality's publisher sees and changes nothing of Quba's.
    other = Browserless.open(town)
    try:
        nura = await person(town, 7403, "NUR", Role.PUBLISHER)
        their = await signed_in(town, other, nura)
        _, page, _ = await other.get("/panel/announcements")
        assert f'id="ann-{number}"' not in page
        for path in (f"/panel/announcements/{number}", f"/panel/announcements/{number}/withdraw",
                     f"/panel/announcements/{number}/correct?lang=en"):  # fmt: skip
            status, page, _ = await other.get(path)
            assert status == 403 and "Only staff who publish announcements" in page
            assert "alert(1)" not in page
        status, _, _ = await other.post(f"/panel/announcements/{number}/withdraw",
                                        {"csrf": their})  # fmt: skip
        assert status == 403
        status, _, _ = await other.post("/panel/announcements/test", await draft(town, csrf=their))
        assert status == 403  # a draft for Quba
        assert (await stored(town, number)).status == AnnouncementStatus.RELEASED
        # A moderator is staff, but publishes nowhere.
        moderator = await person(town, 7404, "QUB", Role.MODERATOR)
        await other.post("/panel/logout", {"csrf": their})
        await signed_in(town, other, moderator)
        assert (await other.get("/panel/announcements"))[0] == 403
        assert (await other.get("/panel/announcements/new"))[0] == 403
    finally:
        await other.close()
    # A forged attachment name reaches no file outside MEDIA_DIR/announcements.
    fields = await draft(town, csrf=token, media_file="../../../etc/passwd", media_kind="photo")
    status, page, _ = await browser.post("/panel/announcements/preview", fields)
    assert status == 200 and "passwd" not in page


async def test_figures_count_whatsapp_receipts_and_say_unknown_for_telegram(
    town: BotHarness, browser: Browserless
) -> None:
    await resident_of(town, 7501, "QUB")
    publisher = await person(town, 7502, "QUB", Role.PUBLISHER)
    token = await signed_in(town, browser, publisher)
    _, _, response = await browser.post(
        "/panel/announcements/publish", await draft(town, csrf=token)
    )
    number = announcement_id(response.headers["Location"])
    await town.outbox_settled()
    # WhatsApp copies, as its status callbacks leave them: one read, one delivered, one sent
    # with no report yet, one failed.
    now = town.app.clock()
    async with town.app.sessionmaker.begin() as session:
        for i, (status, delivered, read) in enumerate(
            [("sent", now, now), ("sent", now, None), ("sent", None, None), ("failed", None, None)]
        ):
            session.add(
                Delivery(
                    resident_id=None, channel="whatsapp", chat_ref=f"99450000000{i}", locale="az",
                    announcement_id=number, status=DeliveryStatus(status), sent_at=now,
                    delivered_at=delivered, read_at=read,
                )
            )  # fmt: skip
    async with town.app.sessionmaker() as session:
        reach = (await announcing.reach(session, [number]))[number]
    assert reach == announcing.Reach(sent=5, failed=1, reported=3, delivered=2, read=1)
    _, page, _ = await browser.get("/panel/announcements")
    row = page.split(f'id="ann-{number}"')[1].split("</tr>")[0]
    assert '<td class="num sent">5</td>' in row and '<td class="num failed">1</td>' in row
    assert '<td class="num delivered">2 of 3</td>' in row
    assert '<td class="num read">1 of 3</td>' in row
    assert page.count("<polyline") == 3  # sent, delivered, read


async def test_attachments_above_the_servers_limit_and_too_large(
    town: BotHarness, browser: Browserless
) -> None:
    """A signed-in publisher may upload more than the server's 1 MiB (up to UPLOAD_LIMIT); a
    larger file gets a page that says so; without a session nothing is read."""
    publisher = await person(town, 7701, "QUB", Role.PUBLISHER)
    token = await signed_in(town, browser, publisher)

    def with_file(size: int, name: str) -> aiohttp.FormData:
        form = aiohttp.FormData()
        for key, value in {"m": str(quba), "category": "council", "text-en": WATER,
                           "when": "now", "csrf": token}.items():  # fmt: skip
            form.add_field(key, value)
        form.add_field("media", b"%PDF-1.4 " + b"0" * size, filename=name,
                       content_type="application/pdf")  # fmt: skip
        return form

    quba = await place_id(town, "QUB")
    preview = "/panel/announcements/preview"
    status, page, _ = await browser.post(preview, with_file(3 << 20, "decision.pdf"))  # type: ignore[arg-type]
    assert status == 200 and "decision.pdf" in page
    [kept] = (town.app.settings.media_dir / "announcements").glob("*.pdf")
    assert kept.stat().st_size == (3 << 20) + 9
    status, page, _ = await browser.post(preview, with_file(11 << 20, "huge.pdf"))  # type: ignore[arg-type]
    assert status == 413 and "This file is too large" in page
    stranger = Browserless.open(town)
    try:
        status, _, _ = await stranger.post(preview, with_file(2 << 20, "x.pdf"))  # type: ignore[arg-type]
        assert status == 401  # no session: refused before its body is read
    finally:
        await stranger.close()
