"""A resident goes through onboarding, a payment guide, a proposal and the consultations in each
of the nine shipped languages (Telegram, the starter content and payment guides as shipped)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from bot.config import SHIPPED_LOCALES
from storage.models import Proposal, Resident
from tests.tg_user import BotHarness, labels

# A municipality (by deep link) in a country whose language the resident reads.
HOME = {"az": "QUB", "ru": "NUR", "kk": "GLU", "hy": "DIL", "ky": "KOC", "uz": "URG",
        "tg": "VAR", "tk": "KAK", "en": "SAB"}  # fmt: skip
TEXT = {
    "az": "Məktəbin yanında küçə işıqlandırması lazımdır, axşamlar çox qaranlıq olur.",
    "ru": "Нужно уличное освещение у школы, вечером там очень темно.",
    "kk": "Мектептің жанында көше жарығы керек, кешке өте қараңғы.",
    "hy": "Դպրոցի մոտ փողոցային լուսավորություն է պետք, երեկոյան շատ մութ է։",
    "ky": "Мектептин жанында көчө жарыгы керек, кечинде абдан караңгы.",
    "uz": "Maktab yonida koʻcha yoritilishi kerak, kechqurun juda qorongʻi.",
    "tg": "Дар назди мактаб равшании кӯча лозим аст, бегоҳ хеле торик аст.",
    "tk": "Mekdebiň ýanynda köçe yşyklandyryşy gerek, agşamlar gaty garaňky.",
    "en": "Please add street lights near the school, it is very dark in the evening.",
}
# The greeting names the municipality in its country's word (the deep link tells the country).
PLACE_WORD = {"az": "bələdiyyədə", "ru": "районе", "kk": "ауданда", "hy": "համայնքի",
              "ky": "айыл аймагында", "uz": "tumanda", "tg": "ҷамоат", "tk": "etrapda",
              "en": "your municipality"}  # fmt: skip


@pytest.mark.parametrize("locale", SHIPPED_LOCALES)
async def test_a_resident_goes_through_everything_in_their_language(
    bot: BotHarness, locale: str
) -> None:
    t = bot.app.i18n.translator(locale)
    user = bot.user(language_code=locale)
    [greeting] = await user.send(f"/start {HOME[locale]}")
    assert t("language-choose") in greeting.params["text"]
    assert PLACE_WORD[locale] in greeting.params["text"]
    assert labels(greeting)[0] == bot.app.i18n.self_name(locale)
    answer = await user.press(bot.app.i18n.self_name(locale))
    if labels(answer[-1])[0] != t("menu-announcements"):  # a community to choose first
        answer = await user.press(labels(answer[-1])[0])
    [menu] = answer
    assert labels(menu)[0] == t("menu-announcements")

    # A payment guide of the resident's country, forward one step.
    [guides] = await user.press(t("menu-payments"))
    assert guides.params["text"] == t("tutorials-title")
    [step] = await user.press(labels(guides)[0])
    assert t("tutorial-next") in labels(step)
    [second] = await user.press(t("tutorial-next"))
    text = second.params.get("text") or second.params.get("caption")
    first = step.params.get("text") or step.params.get("caption")
    assert text and "2" in text and text != first  # step 2 of n
    assert t("tutorial-back") in labels(second)

    # A proposal: menu, new, a topic, the text, no photos, no map, send.
    await user.send("/menu")
    await user.press(t("menu-proposal"))
    await user.press(t("proposals-new"))
    await user.press(t("proposal-category-lighting"))
    await user.send(TEXT[locale])
    await user.press(t("proposal-skip"))
    [preview] = await user.press(t("proposal-skip"))
    assert TEXT[locale] in preview.params["text"]
    [received] = await user.press(t("proposal-send"))
    async with bot.app.sessionmaker() as session:
        [proposal] = await session.scalars(select(Proposal))
        resident = await session.get(Resident, proposal.resident_id)
    assert proposal.text == TEXT[locale] and proposal.number in received.params["text"]
    assert resident is not None and resident.locale == locale

    # The consultations: none yet, said so in the resident's language, and back to the menu.
    await user.send("/menu")
    [none] = await user.press(t("menu-consultations"))
    assert none.params["text"] == t("events-none")
    [back] = await user.press(labels(none)[0])
    assert labels(back)[0] == t("menu-announcements")


def test_staff_see_one_example_format_for_typed_times() -> None:
    from handlers.announcements import EXAMPLE_FORMAT
    from handlers.event_admin import EXAMPLE

    assert EXAMPLE == EXAMPLE_FORMAT == "%d.%m.%Y %H:%M"


@pytest.mark.parametrize(
    ("locale", "date", "when", "soon"),
    [("en", "Saturday, 5 December 2026", "5 Dec 2026, 18:00", "5 Dec, 18:00"),
     ("ru", "суббота, 5 декабря 2026 г.", "5 дек. 2026 г., 18:00", "5 дек., 18:00"),
     ("kk", "2026 ж. 5 желтоқсан, сенбі", "2026 ж. 05 жел., 18:00", "5 жел., 18:00"),
     ("az", "Şənbə, 5 dekabr 2026", "5 dek 2026 18:00", "5 dek 18:00"),
     ("tk", "5 dekabr 2026, şenbe", "5 dek 2026 18:00", "5 dek 18:00")],
)  # fmt: skip
def test_dates_and_times_use_each_languages_own_formats(
    locale: str, date: str, when: str, soon: str
) -> None:
    """One helper (`Translator.date`, `.time`, `.when`) formats every date residents read, in
    the municipality's time zone and the locale's CLDR formats, never one pattern for all."""
    from datetime import UTC, datetime
    from zoneinfo import ZoneInfo

    from bot.i18n import I18n

    moment = datetime(2026, 12, 5, 14, 0, tzinfo=UTC)
    baku = ZoneInfo("Asia/Baku")  # UTC+4
    t = I18n().translator(locale)

    def plain(text: str) -> str:
        return text.replace("\u202f", " ").replace("\xa0", " ")  # CLDR's no-break spaces

    assert plain(t.date(moment, baku)) == date
    assert t.time(moment, baku) == "18:00"
    assert plain(t.when(moment, baku)) == when
    assert plain(t.when(moment, baku, year=False)) == soon


def test_event_messages_take_the_date_and_the_time_apart() -> None:
    """Each language joins the start's date and time itself (ru "5 декабря ... в 18:00")."""
    from datetime import UTC, datetime

    from bot.i18n import I18n
    from handlers.event_notices import start
    from storage.models import Event, Municipality

    event = Event(starts_at=datetime(2026, 12, 5, 14, 0, tzinfo=UTC), titles={"ru": "Сход"})
    t = I18n(strict=True).translator("ru")
    parts = start(event, Municipality(timezone="Asia/Baku"), t)
    assert parts == {"date": "суббота, 5 декабря 2026\u202fг.", "time": "18:00"}  # CLDR's space
    text = t("event-promoted", title="Сход", **parts).replace("\u202f", " ")
    assert "«Сход», суббота, 5 декабря 2026 г. в 18:00." in text


@pytest.mark.parametrize(
    ("start", "expected"),
    [("/start KOC", "ky"), ("/start GUL", "tg"), ("/start QUB", "az"), ("/start DIL", "hy"),
     ("/start NOPE", "ru"), ("/start", "ru")],
)  # fmt: skip
async def test_an_unshipped_language_gets_the_language_of_the_residents_country(
    bot: BotHarness, start: str, expected: str
) -> None:
    """Telegram in German: a deep link into a Kyrgyz municipality greets in Kyrgyz (and the same
    for Tajikistan, Azerbaijan and Armenia); no municipality known, or an unknown code: Russian."""
    t = bot.app.i18n.translator(expected)
    user = bot.user(language_code="de")
    [*_, greeting] = await user.send(start)
    assert t("language-choose") in greeting.params["text"]
    assert labels(greeting)[0] == bot.app.i18n.self_name(expected)
    async with bot.app.sessionmaker() as session:
        [resident] = await session.scalars(select(Resident))
    assert resident.locale == expected and not resident.locale_chosen


async def test_a_shipped_language_wins_over_the_country(bot: BotHarness) -> None:
    user = bot.user(language_code="en-US")
    [greeting] = await user.send("/start KOC")
    assert labels(greeting)[0] == bot.app.i18n.self_name("en")
