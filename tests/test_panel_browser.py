"""The staff web panel in a real browser: Debian's Chromium driven through Playwright's Python
API (never `playwright install`: it downloads from outside). Without /usr/bin/chromium these
tests skip with a message; under CI=true they must run. Each main page is saved to
docs/screenshots/ for the README."""

from __future__ import annotations

import os
import shutil
import struct
import zlib
from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import pytest

from bot.config import PROJECT_ROOT
from bot.i18n import I18n
from storage import proposals
from storage.models import ProposalStatus, Role
from tests.clock import PinnedClock
from tests.conftest import make_settings, start_bot
from tests.fakes.telegram_api import FakeTelegram
from tests.panel_support import login_link, person, write_proposals
from tests.test_panel import KEY, TEXT
from tests.test_proposals import got, set_chats
from tests.tg_user import BotHarness
from tests.waiting import eventually

CHROMIUM = "/usr/bin/chromium"
SKIP = (
    "browser tests skipped: no Chromium at /usr/bin/chromium (install Debian's `chromium` and "
    "`fonts-noto-color-emoji`; .ci/run does)"
)
SCREENSHOTS = PROJECT_ROOT / "docs" / "screenshots"

playwright_api = pytest.importorskip("playwright.async_api", reason="playwright is not installed")


@pytest.fixture(scope="module")
def chromium() -> str:
    if shutil.which(CHROMIUM) is None:
        if os.environ.get("CI"):
            pytest.fail("CI must run the browser tests: " + SKIP)
        pytest.skip(SKIP)
    return CHROMIUM


@pytest.fixture
async def browser(chromium: str) -> AsyncIterator[Any]:
    async with playwright_api.async_playwright() as playwright:
        # As root (CI containers) Chromium's sandbox cannot start.
        args = ["--no-sandbox"] if os.geteuid() == 0 else []
        launched = await playwright.chromium.launch(executable_path=chromium, args=args)
        yield launched
        await launched.close()


@pytest.fixture
async def town(
    database_url: str, fake_telegram: FakeTelegram, strict_i18n: I18n, clock: PinnedClock
) -> AsyncIterator[BotHarness]:
    settings = make_settings(
        database_url, fake_telegram, QUIET_HOURS="off", PROPOSAL_UNDO_MINUTES="10",
        PANEL_SECRET_KEY=KEY,
    )  # fmt: skip
    harness = await start_bot(settings, fake_telegram, strict_i18n, clock=clock)
    yield harness
    await harness.app.stop()


async def signed_in(browser: Any, link: str) -> tuple[Any, Any, list[str]]:
    """A fresh browser context signed in by `link`; the CSP violations its pages report."""
    context = await browser.new_context(viewport={"width": 1280, "height": 900})
    page = await context.new_page()
    violations: list[str] = []
    page.on(
        "console",
        lambda m: violations.append(m.text) if "Content Security Policy" in m.text else None,
    )
    await page.goto(link)
    await page.click("#signin")
    # Each person lands on the first page their roles open (a publisher: announcements).
    await page.wait_for_url(lambda url: "/panel/" in url and "/login/" not in url)
    return context, page, violations


async def shot(page: Any, name: str, database_url: str) -> None:
    if database_url.startswith("sqlite"):  # one set is enough
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        await page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


async def test_sign_in_approve_from_the_queue_and_the_resident_hears(
    town: BotHarness, browser: Any, database_url: str
) -> None:
    moderator = await person(town, 9911, "QUB", Role.MODERATOR)
    author = await person(town, 9912, "QUB-XIN")
    town.fake.files["PHOTO-ROAD"] = tiny_png()
    first, second, _third = await write_proposals(
        town, author,
        [TEXT, "Street lights on the road to the school are off <script>alert(1)</script>.",
         "The bus to Quba comes too rarely in the morning: please add one at 7:30."],
        community="QUB-XIN", photos=["PHOTO-ROAD"],
    )  # fmt: skip
    await set_chats(town, "QUB", authority_chat="-1007770001")
    link = await login_link(moderator)

    # The link shows a button; pressing it signs in. The same link then no longer works.
    context, page, violations = await signed_in(browser, link)
    assert await page.locator("h1").inner_text() == "Moderation queue"
    assert "<script>alert(1)</script>" in await page.locator("table.queue").inner_text()
    await shot(page, "panel-queue", database_url)
    other = await browser.new_context()
    reused = await other.new_page()
    await reused.goto(link)
    await shot(reused, "panel-sign-in", database_url)
    await reused.click("#signin")
    assert "does not work any more" in await reused.locator(".error").inner_text()
    await other.close()

    # Approve the first from the queue (htmx swaps its row), in a real click.
    row = page.locator(f"#row-{first.id}")
    await row.locator("button.approve").click()
    await page.locator(f"#row-{first.id} .notice").wait_for()
    assert "Saved." in await page.locator(f"#row-{first.id}").inner_text()
    assert await page.locator(f"#row-{first.id} button.undo").count() == 1

    # Reject the second from its page, with a reason and words for the resident.
    await page.click(f"text={second.number}")
    await page.wait_for_url(f"**/panel/p/{second.number}")
    await page.select_option("select[name=reason]", "unclear")
    await page.fill("#decision form:has(#reject) input[name=note]", "Which road, please?")
    await page.click("#reject")
    await page.locator("#decision .notice").wait_for()
    assert "❌ not accepted" in await page.locator("#decision h2").first.inner_text()
    photo = page.locator("ul.photos img")
    assert await photo.evaluate("img => img.complete && img.naturalWidth") == 160
    await shot(page, "panel-proposal", database_url)

    # After the undo window the forwarder releases the approval: the resident hears.
    town.app.clock.advance(timedelta(minutes=11))  # type: ignore[attr-defined]
    town.app.forwarder.wake()
    await eventually(
        lambda: got(author, f"{first.number} was approved and forwarded"), "no approval notice"
    )
    await eventually(lambda: got(author, "Which road, please?"), "no rejection notice")
    async with town.app.sessionmaker() as session:
        stored = await proposals.by_number(session, number=first.number)
        assert stored is not None and stored.status == ProposalStatus.APPROVED
        assert stored.forwarded_at is not None

    await town.outbox_settled()
    await page.goto(town_url(town, f"/panel/p/{first.number}"))
    forwards = await page.locator("#decision table").nth(1).inner_text()
    assert "-1007770001" in forwards and "delivered" in forwards
    history = await page.locator("#decision table").first.inner_text()
    assert "forwarded to the local authority" in history and "the forward was delivered" in history
    await shot(page, "panel-proposal-forwarded", database_url)

    await page.goto(town_url(town, "/panel/audit"))
    assert "signed in to the panel" in await page.locator("table.audit").inner_text()
    await shot(page, "panel-audit", database_url)
    assert violations == []
    await context.close()


async def test_forged_post_and_another_municipality_are_refused(
    town: BotHarness, browser: Any
) -> None:
    author = await person(town, 9921, "QUB")
    [proposal] = await write_proposals(town, author, [TEXT])
    quba = await person(town, 9922, "QUB", Role.MODERATOR)
    context, page, _ = await signed_in(browser, await login_link(quba))
    # A POST with the session's cookie but without its CSRF token, as a forged form would send.
    forged = await context.request.post(
        town_url(town, f"/panel/p/{proposal.number}/decide"), form={"action": "approve"}
    )
    assert forged.status == 403
    assert "did not come from a page of the panel" in await forged.text()
    await context.close()

    nura = await person(town, 9923, "NUR", Role.MODERATOR)
    context, page, _ = await signed_in(browser, await login_link(nura))
    response = await page.goto(town_url(town, f"/panel/p/{proposal.number}"))
    assert response is not None and response.status == 403
    assert "Only moderators" in await page.locator(".error").inner_text()
    assert TEXT not in await page.content()  # (its number is in the address, nothing else)
    await context.close()
    async with town.app.sessionmaker() as session:
        stored = await proposals.by_number(session, number=proposal.number)
        assert stored is not None and stored.status == ProposalStatus.PENDING


def tiny_png(width: int = 160, height: int = 90) -> bytes:
    """A plain image, as a resident's photo would come from Telegram's file server."""
    row = b"\x00" + bytes((90, 140, 70)) * width
    raw = zlib.compress(row * height)

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


def town_url(town: BotHarness, path: str) -> str:
    return f"http://127.0.0.1:{town.app.settings.web_port}{path}"
