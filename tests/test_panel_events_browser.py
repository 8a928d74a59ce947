"""The panel's consultations and help requests in a real browser (Debian's Chromium through
Playwright, as tests/test_panel_browser.py): a staff member publishes a consultation with the
form, sees a resident's answer from chat counted, copies the summary, and answers a help
request; the pages are saved to docs/screenshots/ (panel-events.png, panel-help.png)."""

from __future__ import annotations

from typing import Any

from storage import help_requests, repos
from storage.models import Role
from tests.panel_support import login_link, person
from tests.test_panel_browser import (  # noqa: F401  (fixtures)
    browser,
    chromium,
    shot,
    signed_in,
    town,
    town_url,
)
from tests.test_proposals import got
from tests.tg_user import BotHarness
from tests.waiting import eventually


async def test_publish_a_consultation_and_answer_a_help_request(
    town: BotHarness,  # noqa: F811
    browser: Any,  # noqa: F811
    database_url: str,
) -> None:
    staff = await person(town, 9951, "QUB", Role.PUBLISHER, Role.MODERATOR)
    villager = await person(town, 9952, "QUB-XIN")
    neighbour = await person(town, 9953, "QUB-XIN")
    context, page, violations = await signed_in(browser, await login_link(staff))

    await page.click("header nav >> text=Consultations")
    await page.wait_for_url("**/panel/events")
    await page.click("#new-event")
    await page.wait_for_url("**/panel/events/new")
    await page.select_option("select[name=kind]", "round_table")
    await page.fill("input[name=title-en]", "Roads of Khinalug <b>2026</b>")
    await page.fill(
        "textarea[name=text-en]", "Which roads to repair first; for everyone in the village."
    )
    await page.fill("input[name=start]", "2026-06-13T18:00")
    await page.fill("input[name=place]", "Khinalug school, assembly hall")
    await page.fill("input[name=capacity]", "25")
    await page.click("#publish")
    await page.wait_for_url("**/panel/events/*?invited=*")
    assert "Invitations queued" in await page.locator(".notice").inner_text()
    await eventually(lambda: got(villager, "You are invited!"), "no invitation")
    await eventually(lambda: got(neighbour, "You are invited!"), "no invitation")

    await villager.press("✅ I'm going")
    await neighbour.press("❔ Maybe")
    await page.reload()
    counts = await page.locator("#counts").inner_text()
    assert "1 / 25" in counts
    answers = await page.locator("#answers").inner_text()
    assert "Staff9952" in answers and "Staff9953" in answers
    summary = page.locator("#summary")
    assert await summary.get_attribute("readonly") is not None
    text = await summary.input_value()
    assert "Round table “Roads of Khinalug <b>2026</b>”" in text  # as typed: it is plain text
    assert "13 Jun 2026, 18:00" in text
    assert await page.locator("h1").inner_text() == "Roads of Khinalug <b>2026</b>"
    await shot(page, "panel-events", database_url)

    # Cancel asks first and says how many will be told.
    await page.click("#cancel")
    assert "2 residents who answered" in await page.locator("#cancel-warning").inner_text()
    await page.go_back()

    async with town.app.sessionmaker() as session:
        asker = await repos.find_resident(session, channel="telegram", external_id=str(villager.id))
    assert asker is not None
    async with town.app.sessionmaker.begin() as session:
        opened = await help_requests.open_request(
            session, resident=asker, tutorial="az-electricity", step=2, now=town.app.clock(),
            problem="The page asks for a <subscriber code>: where do I find it?",
        )  # fmt: skip
        request_id = opened.request.id
    await page.click("header nav >> text=Help requests")
    await page.wait_for_url("**/panel/help")
    card = page.locator(f"#request-{request_id}")
    assert "<subscriber code>" in await card.locator("blockquote").inner_text()
    answer = "It is on your paper bill, top right: 10 digits."
    await card.locator("textarea[name=answer]").fill(answer)
    await shot(page, "panel-help", database_url)
    await card.locator("button[type=submit]").click()
    await page.wait_for_url(f"**/panel/help?sent={request_id}")
    assert "on its way" in await page.locator(".notice").inner_text()
    await eventually(lambda: got(villager, answer), "the answer did not reach the resident")
    assert answer in await page.locator("#answered").inner_text()

    await page.goto(town_url(town, "/panel/audit"))
    trail = await page.locator("table.audit").inner_text()
    assert "published a consultation" in trail and "answered a help request" in trail
    assert violations == []
    await context.close()
