"""The panel's announcements in a real browser (Debian's Chromium through Playwright): compose
with a photo, preview with the number of recipients, a test copy, send; residents hear it; the
list shows the figures and the delivery chart. Saves docs/screenshots/panel-announcements*.png."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from storage.models import Role
from tests import test_panel_browser
from tests.panel_support import login_link, person
from tests.test_announcements import resident_of
from tests.test_panel_browser import shot, signed_in, tiny_png, town_url
from tests.test_proposals import got
from tests.tg_user import BotHarness
from tests.waiting import eventually

chromium = test_panel_browser.chromium  # fixtures: Chromium's path, a launched browser, a bot
browser = test_panel_browser.browser
town = test_panel_browser.town


async def compose(page: Any, texts: dict[str, str], *, village: str | None = None) -> None:
    await page.click("#new-announcement")
    await page.wait_for_url("**/panel/announcements/new")
    if village:
        await page.check(f"label.tick:has-text('{village}') input")
    await page.select_option("select[name=category]", "utilities")
    for code, text in texts.items():
        await page.fill(f"textarea[name=text-{code}]", text)


async def test_compose_send_and_read_the_figures(
    town: BotHarness, browser: Any, database_url: str
) -> None:
    villager = await resident_of(town, 7601, "QUB-XIN", "ru")
    townsman = await resident_of(town, 7602, "QUB")
    publisher = await person(town, 7603, "QUB", Role.PUBLISHER)
    context, page, violations = await signed_in(browser, await login_link(publisher))
    await page.click("text=Announcements")
    await page.wait_for_url("**/panel/announcements")

    await compose(page, {"en": "Water is off on Monday from 10 to 14.",
                         "ru": "В понедельник с 10 до 14 не будет воды."})  # fmt: skip
    await page.set_input_files(
        "input[name=media]",
        files=[{"name": "schedule.png", "mimeType": "image/png", "buffer": tiny_png()}],
    )
    await shot(page, "panel-announcement-compose", database_url)
    await page.click("#preview")
    assert await page.locator("#recipients").inner_text() == "It will reach 3 residents."
    await page.click("#test-copy")
    await page.locator(".notice").wait_for()
    await shot(page, "panel-announcement-preview", database_url)
    await town.outbox_settled()
    assert got(publisher, "Test copy") and not got(townsman, "Monday")

    await page.click("#publish")
    await page.wait_for_url("**/panel/announcements/*?done=sent")
    await town.outbox_settled()
    await eventually(lambda: got(villager, "не будет воды"), "the villager got nothing")
    assert got(townsman, "Water is off on Monday")

    # Two hours later, a second one for one village: the chart shows both.
    town.app.clock.advance(timedelta(hours=2))  # type: ignore[attr-defined]
    await page.goto(town_url(town, "/panel/announcements"))
    await compose(page, {"en": "Khinalug: the road to the pasture is closed on Tuesday."},
                  village="Khinalug")  # fmt: skip
    await page.click("#preview")
    assert await page.locator("#recipients").inner_text() == "It will reach 1 resident."
    await page.click("#publish")
    await page.wait_for_url("**/panel/announcements/*?done=sent")
    await town.outbox_settled()
    await eventually(lambda: got(villager, "pasture"), "the second one did not arrive")

    await page.goto(town_url(town, "/panel/announcements"))
    rows = page.locator("table.announcements tbody tr")
    assert await rows.count() == 2
    assert await rows.nth(0).locator("td.sent").inner_text() == "1"
    assert await rows.nth(1).locator("td.sent").inner_text() == "3"
    assert await rows.nth(1).locator("td.delivered").inner_text() == "—"  # Telegram: unknown
    chart = page.locator("figure.chart svg")
    assert await chart.count() == 1 and await chart.locator("polyline").count() == 1
    await shot(page, "panel-announcements", database_url)
    assert violations == []
    await context.close()
