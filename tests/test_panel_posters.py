"""QR posters in the staff panel, on SQLite and PostgreSQL: the PNG's codes decode (zxing-cpp)
to the bot's deep links and a new resident who follows one lands in that village; the SVG
escapes the place's name; the PDF's text reads back (pypdf) in Latin with Azerbaijani letters,
Cyrillic and Armenian; another municipality's staff get 403; without WhatsApp's number the page
says so and the poster carries Telegram only. One test opens the page in Chromium."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader
from sqlalchemy import update

from bot.config import ConfigError, Settings
from bot.i18n import I18n
from storage import repos
from storage.models import Municipality, Role
from tests.clock import PinnedClock
from tests.conftest import make_settings, start_bot
from tests.fakes.telegram_api import FakeTelegram
from tests.panel_support import Browserless, login_link, person
from tests.test_panel import KEY
from tests.test_panel import town as town
from tests.test_panel_browser import browser as chromium_browser  # noqa: F401
from tests.test_panel_browser import chromium as chromium
from tests.test_panel_browser import shot, signed_in
from tests.tg_user import BotHarness

TELEGRAM = "https://t.me/community_bot?start=QUB-XIN"  # the fake Bot API's getMe username
WHATSAPP = "https://wa.me/994501234567?text=%2Fstart%20QUB-XIN"


@pytest.fixture
async def posters_town(
    database_url: str,
    fake_telegram: FakeTelegram,
    strict_i18n: I18n,
    clock: PinnedClock,
    tmp_path: Path,
) -> AsyncIterator[BotHarness]:
    """The bot on Telegram (its username from getMe) with WhatsApp's number set."""
    settings = make_settings(
        database_url, fake_telegram, QUIET_HOURS="off", PANEL_SECRET_KEY=KEY,
        WHATSAPP_PHONE_NUMBER="+994 50 123 45 67", MEDIA_DIR=str(tmp_path / "media"),
    )  # fmt: skip
    harness = await start_bot(settings, fake_telegram, strict_i18n, clock=clock)
    yield harness
    await harness.app.stop()


@pytest.fixture
async def client(posters_town: BotHarness) -> AsyncIterator[Browserless]:
    opened = Browserless.open(posters_town)
    yield opened
    await opened.close()


async def download(client: Browserless, path: str) -> tuple[bytes, Any]:
    async with client.http.get(client.url(path), allow_redirects=False) as response:
        assert response.status == 200, (path, response.status, await response.text())
        return await response.read(), response


def pdf_text(pdf: bytes) -> str:
    """The page's text with lines joined (long names and headlines wrap)."""
    return " ".join(PdfReader(io.BytesIO(pdf)).pages[0].extract_text().split())


def codes_in(png: bytes) -> set[str]:
    return {found.text for found in zxingcpp.read_barcodes(Image.open(io.BytesIO(png)))}


async def test_the_png_codes_are_the_deep_links_of_the_village(
    posters_town: BotHarness, client: Browserless
) -> None:
    moderator = await person(posters_town, 9501, "QUB", Role.MODERATOR)
    await client.login(await login_link(moderator))
    status, page, _ = await client.get("/panel/posters")
    assert status == 200 and "QR posters" in page
    # Quba and its villages, named in Azerbaijani (the country's language) by default.
    for name in ("Quba", "Xınalıq", "Qırmızı Qəsəbə", "/panel/posters/QUB-XIN.pdf?lang=az"):
        assert name in page
    assert "Nur-Sultan" not in page and "NUR" not in page  # not their municipality
    assert "WhatsApp is left out" not in page and "Telegram is left out" not in page

    png, response = await download(client, "/panel/posters/QUB-XIN.png")
    assert response.content_type == "image/png"
    assert 'filename="poster-QUB-XIN-az.png"' in response.headers["Content-Disposition"]
    assert codes_in(png) == {TELEGRAM, WHATSAPP}
    whatsapp = urlsplit(WHATSAPP)
    assert parse_qs(whatsapp.query)["text"] == ["/start QUB-XIN"]

    # Whoever scans the Telegram code is sent to the bot with "/start QUB-XIN": they live there.
    payload = parse_qs(urlsplit(TELEGRAM).query)["start"][0]
    newcomer = posters_town.user(user_id=9502, first_name="Newcomer")
    await newcomer.send(f"/start {payload}")
    async with posters_town.app.sessionmaker() as session:
        resident = await repos.find_resident(session, channel="telegram", external_id="9502")
        village = await repos.municipality_by_code(session, code="QUB-XIN")
        assert resident is not None and village is not None
        assert resident.community_id == village.id and resident.municipality_id == village.parent_id


async def test_the_svg_escapes_the_name_and_the_pdf_reads_back(
    posters_town: BotHarness, client: Browserless
) -> None:
    publisher = await person(posters_town, 9511, "QUB", Role.PUBLISHER)  # any staff role will do
    names = {"az": 'Xınalıq & <Köhnə> "kənd"', "ru": "Хыналыг", "en": "Khinalug"}
    async with posters_town.app.sessionmaker.begin() as session:
        await session.execute(
            update(Municipality).where(Municipality.code == "QUB-XIN").values(names=names)
        )
    await client.login(await login_link(publisher))

    svg, response = await download(client, "/panel/posters/QUB-XIN.svg")
    text = svg.decode()
    assert response.content_type == "image/svg+xml"
    assert 'Xınalıq &amp; &lt;Köhnə&gt; "kənd"' in text and "<Köhnə>" not in text
    assert "Bələdiyyənizlə əlaqədə olun" in text  # the headline, in Azerbaijani

    pdf, response = await download(client, "/panel/posters/QUB-XIN.pdf")
    assert response.content_type == "application/pdf" and pdf.startswith(b"%PDF")
    read = pdf_text(pdf)
    for words in ('Xınalıq & <Köhnə> "kənd"', "Quba", "Bələdiyyənizlə əlaqədə olun",
                  "t.me/community_bot?start=QUB-XIN", "wa.me/994501234567"):  # fmt: skip
        assert words in read, (words, read)

    # Any shipped language on request: Cyrillic and Armenian come out as text too.
    pdf, _ = await download(client, "/panel/posters/QUB-XIN.pdf?lang=ru")
    read = pdf_text(pdf)
    assert "Хыналыг" in read and "Будьте на связи с муниципалитетом" in read
    pdf, response = await download(client, "/panel/posters/QUB.pdf?lang=hy")
    assert 'filename="poster-QUB-hy.pdf"' in response.headers["Content-Disposition"]
    read = pdf_text(pdf)
    assert "Կապ պահեք Ձեր համայնքի հետ" in read and "start=QUB" in read


async def test_another_municipalitys_staff_get_403(
    posters_town: BotHarness, client: Browserless
) -> None:
    nura = await person(posters_town, 9521, "NUR", Role.MODERATOR)
    await client.login(await login_link(nura))
    for kind in ("pdf", "png", "svg"):
        status, page, _ = await client.get(f"/panel/posters/QUB-XIN.{kind}")
        assert status == 403 and "%PDF" not in page, kind
    assert (await client.get("/panel/posters/QUB.png"))[0] == 403
    status, page, _ = await client.get("/panel/posters")
    assert status == 200 and "NUR" in page and "QUB" not in page
    assert (await client.get("/panel/posters/NOPE.pdf"))[0] == 404
    assert (await client.get("/panel/posters/NUR.gif"))[0] == 404
    _, response = await download(client, "/panel/posters/NUR.png?lang=xx")  # not a locale:
    assert 'filename="poster-NUR-kk.png"' in response.headers["Content-Disposition"]  # its own


async def test_without_a_whatsapp_number_the_page_says_so(town: BotHarness) -> None:
    moderator = await person(town, 9531, "QUB", Role.MODERATOR)
    client = Browserless.open(town)
    try:
        await client.login(await login_link(moderator))
        status, page, _ = await client.get("/panel/posters")
        assert status == 200 and "WhatsApp is left out of the posters" in page
        png, _ = await download(client, "/panel/posters/QUB-XIN.png")
        assert codes_in(png) == {TELEGRAM}
    finally:
        await client.close()


async def test_the_posters_page_in_a_browser(
    posters_town: BotHarness,
    chromium_browser: Any,  # noqa: F811
    database_url: str,
) -> None:
    moderator = await person(posters_town, 9541, "QUB", Role.MODERATOR)
    context, page, violations = await signed_in(chromium_browser, await login_link(moderator))
    await page.click("text=Posters")
    await page.wait_for_url("**/panel/posters")
    assert await page.locator("h1").inner_text() == "QR posters"
    await page.select_option("select[name=lang]", "ru")
    await page.click("form.filters button")
    await page.wait_for_url("**/panel/posters?lang=ru")
    assert "Хыналыг" in await page.locator("table").inner_text()
    preview = page.locator("img.poster-preview")
    await preview.wait_for()
    await page.wait_for_function(
        "document.querySelector('img.poster-preview').complete"
        " && document.querySelector('img.poster-preview').naturalWidth > 0"
    )
    await shot(page, "panel-posters", database_url)
    assert violations == []
    await context.close()


def test_the_poster_settings_are_read_and_checked() -> None:
    settings = Settings.from_env(
        {"TELEGRAM_BOT_USERNAME": "@quba_town_bot", "WHATSAPP_PHONE_NUMBER": "+994 (50) 123-45-67"}
    )
    assert settings.telegram_bot_username == "quba_town_bot"
    assert settings.whatsapp_phone_number == "994501234567"
    assert Settings.from_env({}).whatsapp_phone_number is None
    with pytest.raises(ConfigError, match="TELEGRAM_BOT_USERNAME"):
        Settings.from_env({"TELEGRAM_BOT_USERNAME": "t.me/quba"})
    with pytest.raises(ConfigError, match="WHATSAPP_PHONE_NUMBER"):
        Settings.from_env({"WHATSAPP_PHONE_NUMBER": "12"})
