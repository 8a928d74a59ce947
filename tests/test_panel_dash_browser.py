"""The dashboard, roles and exports pages in a real browser (Debian's Chromium through
Playwright, as `tests/test_panel_browser.py`): an admin reads the dashboard, grants and revokes a
role (confirming first), and downloads an XLSX export whose formula-looking proposal is text.
The pages are saved to docs/screenshots/ for the README."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl

from storage.models import Role
from tests import test_panel_browser
from tests.fakes.telegram_api import FakeTelegram
from tests.panel_support import login_link, person
from tests.test_panel_browser import shot, signed_in, town_url
from tests.test_panel_dashboard import HYPER, seed
from tests.tg_user import BotHarness

chromium = test_panel_browser.chromium  # the browser tests' fixtures
browser = test_panel_browser.browser
town = test_panel_browser.town


async def test_an_admin_reads_the_dashboard_changes_roles_and_downloads_an_export(
    town: BotHarness, browser: Any, database_url: str, fake_telegram: FakeTelegram,
    tmp_path: Path,
) -> None:  # fmt: skip
    admin = await person(town, 9701, "QUB", Role.ADMIN)
    made = await seed(town)  # residents 9602 (author), 9603 (Khinalug), 9604 (Nura)
    context, page, violations = await signed_in(browser, await login_link(admin))

    # The dashboard: the figures of Quba, and a programme's target set in the page.
    await page.click("text=Dashboard")
    await page.wait_for_url("**/panel/dashboard")
    assert "4 residents" in await page.locator("#residents h2").inner_text()
    assert "3 proposals" in await page.locator("#proposals h2").inner_text()
    await page.fill("input[name=programme]", "Families pay online (donor programme 2026)")
    await page.fill("input[name=target]", "50")
    await page.fill("input[name=starts_on]", "2026-01-01")
    await page.fill("input[name=ends_on]", "2026-12-31")
    await page.click("#new-target button[type=submit]")
    await page.locator("p.notice").wait_for()
    assert "1 of 50 (2%)" in await page.locator("#targets").inner_text()
    await shot(page, "panel-dashboard", database_url)

    # Roles: grant the author the moderator's role, then revoke it after confirming.
    await page.click("header >> text=Roles")
    await page.wait_for_url("**/panel/roles")
    await page.fill("#grant input[name=person]", "telegram:9602")
    await page.select_option("#grant select[name=role]", "moderator")
    await page.click("#grant button[type=submit]")
    await page.locator("p.notice").wait_for()
    assert "Staff9602" in await page.locator("table.roles").inner_text()
    assert "queue" in (fake_telegram.menu(9602) or [])
    await shot(page, "panel-roles", database_url)
    row = page.locator("table.roles tr", has_text="Staff9602")
    await row.locator("a.revoke").click()
    assert "will no longer hold the role" in await page.locator(".confirm").inner_text()
    await page.click("#confirm-revoke")
    await page.locator("p.notice").wait_for()
    assert "Staff9602" not in await page.locator("table.roles").inner_text()
    assert fake_telegram.menu(9602) is None

    # Exports: proposals as XLSX, downloaded by the browser and read back as a spreadsheet.
    await page.click("header >> text=Exports")
    await page.wait_for_url("**/panel/exports")
    await page.check("input[name=what][value=proposals]")
    await page.select_option("select[name=format]", "xlsx")
    await shot(page, "panel-exports", database_url)
    async with page.expect_download() as waiting:
        await page.click("#download")
    download = await waiting.value
    assert download.suggested_filename.endswith(".xlsx")
    saved = tmp_path / download.suggested_filename
    await download.save_as(saved)
    sheet = openpyxl.load_workbook(saved).active
    assert sheet is not None
    cells = [c for r in sheet.iter_rows() for c in r]
    [hyper] = [c for c in cells if isinstance(c.value, str) and "HYPERLINK" in c.value]
    assert hyper.data_type == "s" and hyper.value == "'" + HYPER
    assert not [c for c in cells if c.data_type == "f"]
    assert [r[0].value for r in sheet.iter_rows(min_row=2)] == [p.number for p in made]

    await page.goto(town_url(town, "/panel/audit?what=export"))
    assert "proposals xlsx QUB" in await page.locator("table.audit").inner_text()
    assert violations == []
    await context.close()
