"""Whole conversations through the real python-telegram-bot client and the fake Bot API."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from storage.models import Municipality, Resident
from tests.tg_user import BotHarness, labels, texts

GREETING = {
    "en": "Hello!",
    "ru": "Здравствуйте!",
    "az": "Salam!",
    "kk": "Сәлеметсіз бе!",
    "hy": "Բարև",
    "ky": "Саламатсызбы!",
    "uz": "Assalomu alaykum!",
    "tg": "Ассалому алейкум!",
    "tk": "Salam!",
}
MENU = {
    "en": "📢 Announcements",
    "ru": "📢 Объявления",
    "az": "📢 Elanlar",
    "kk": "📢 Хабарландырулар",
    "hy": "📢 Հայտարարություններ",
    "ky": "📢 Кулактандыруулар",
    "uz": "📢 Eʼlonlar",
    "tg": "📢 Эълонҳо",
    "tk": "📢 Bildirişler",
}


async def resident(bot: BotHarness, user_id: int) -> Resident:
    async with bot.app.sessionmaker() as session:
        found = await session.scalar(select(Resident).where(Resident.external_id == str(user_id)))
        assert found is not None
        return found


async def municipality(bot: BotHarness, id: int | None) -> Municipality | None:
    async with bot.app.sessionmaker() as session:
        return await session.get(Municipality, id) if id else None


@pytest.mark.parametrize(
    ("language_code", "country", "district", "community"),
    [
        ("en", "Azerbaijan", "Quba", "Khinalug"),  # country names come from CLDR
        ("ru", "Казахстан", "Нуринский район", "Изенды"),
        ("az", "Azərbaycan", "Xaçmaz", "Nabran"),
        ("kk", "Қазақстан", "Глубокое ауданы", "Белоусовка"),
        ("hy", "Հայաստան", "Դիլիջան", None),
        ("ky", "Кыргызстан", "Кочкор айыл аймагы", None),
        ("uz", "Oʻzbekiston", "Urgut tumani", None),
        ("tg", "Тоҷикистон", "Ноҳияи Варзоб", None),
        ("tk", "Türkmenistan", "Kaka etraby", None),
    ],
)
async def test_onboarding_in_each_locale(
    bot: BotHarness, language_code: str, country: str, district: str, community: str | None
) -> None:
    user = bot.user(language_code=language_code)
    [greeting] = await user.send("/start")
    assert GREETING[language_code] in greeting.params["text"]
    # The resident's Telegram language is offered first, so one tap keeps it.
    assert labels(greeting)[0] == bot.app.i18n.self_name(language_code)
    assert len(labels(greeting)) == 9

    [countries] = await user.press(labels(greeting)[0])
    assert country in labels(countries)
    [districts] = await user.press(country)
    assert district in labels(districts), labels(districts)
    answer = await user.press(district)
    if community is not None:
        assert community in labels(answer[-1])
        answer = await user.press(community)
    [menu] = answer
    assert MENU[language_code] == labels(menu)[0]
    assert district in menu.params["text"]

    saved = await resident(bot, user.id)
    assert saved.locale == language_code and saved.locale_chosen
    place = await municipality(bot, saved.municipality_id)
    assert place is not None and place.names[language_code] == district
    if community is not None:
        chosen = await municipality(bot, saved.community_id)
        assert chosen is not None and chosen.names[language_code] == community


async def test_unknown_telegram_language_gets_russian(bot: BotHarness) -> None:
    # We do not know a Telegram user's country before they choose a place: Russian, which
    # residents of every country we serve read, comes before English.
    user = bot.user(language_code="pt-br")
    [greeting] = await user.send("/start")
    assert greeting.params["text"].startswith(GREETING["ru"])
    assert (await resident(bot, user.id)).locale == "ru"


async def test_no_language_code_at_all(bot: BotHarness) -> None:
    user = bot.user(language_code=None)
    [greeting] = await user.send("hello")  # any first message starts onboarding
    assert greeting.params["text"].startswith("Hello!")


async def test_deep_link_skips_the_municipality_choice(bot: BotHarness) -> None:
    user = bot.user(language_code="ru")
    await user.send("/start QUB-XIN")
    [menu] = await user.press("Русский")
    assert "Хыналыг, Губа" in menu.params["text"]
    assert labels(menu)[0] == MENU["ru"]
    saved = await resident(bot, user.id)
    place = await municipality(bot, saved.municipality_id)
    community = await municipality(bot, saved.community_id)
    assert place is not None and place.code == "QUB"
    assert community is not None and community.code == "QUB-XIN"


async def test_deep_link_for_a_known_resident_moves_them(bot: BotHarness) -> None:
    user = bot.user()
    await user.send("/start DIL")
    await user.press("English")
    [menu] = await user.send("/start nur")  # codes are case-insensitive
    assert labels(menu)[0] == MENU["en"]
    place = await municipality(bot, (await resident(bot, user.id)).municipality_id)
    assert place is not None and place.code == "NUR"


async def test_unknown_deep_link_code_asks_for_the_place(bot: BotHarness) -> None:
    user = bot.user()
    await user.send("/start NOWHERE")
    replies = await user.press("English")
    assert "Which country" in replies[-1].params["text"]
    unknown, place = await user.send("/start NOWHERE")
    assert "NOWHERE" in unknown.params["text"]
    assert "Which country" in place.params["text"]


async def test_language_change_from_settings(bot: BotHarness) -> None:
    user = bot.user()
    await user.send("/start GOR")
    await user.press("English")
    [settings] = await user.send("/settings")
    assert "Language: English" in settings.params["text"]
    assert "Goris" in settings.params["text"]
    [languages] = await user.press("🌐 Change language")
    [menu] = await user.press("Azərbaycanca")
    assert labels(menu)[0] == MENU["az"]
    assert (await resident(bot, user.id)).locale == "az"
    [again] = await user.send("/language")
    assert labels(again)[0] == "Azərbaycanca"  # the current language comes first


async def test_place_change_from_settings(bot: BotHarness) -> None:
    user = bot.user()
    await user.send("/start GOR")
    await user.press("English")
    await user.send("/settings")
    await user.press("📍 Change place")
    await user.press("Kazakhstan")
    [communities] = await user.press("Shemonaikha District")
    [menu] = await user.press("Not in the list")
    assert "Saved: Shemonaikha District." in menu.params["text"]
    saved = await resident(bot, user.id)
    assert saved.community_id is None
    place = await municipality(bot, saved.municipality_id)
    assert place is not None and place.code == "SHE"


async def test_typing_instead_of_pressing(bot: BotHarness) -> None:
    user = bot.user(language_code="ru")
    await user.send("/start")
    [countries] = await user.send("1")  # "1" = the first language offered: Russian
    assert (await resident(bot, user.id)).locale == "ru"
    [districts] = await user.send("казахстан")  # a label, typed in any case
    [communities] = await user.send("Глубоковский район")
    assert "Глубоковский район" in communities.params["text"]
    [menu] = await user.send("белоусовка")
    assert "Белоусовка, Глубоковский район" in menu.params["text"]
    [consultations] = await user.send("🗓 консультации")  # emoji and case do not matter
    assert "пока нет консультаций" in consultations.params["text"].lower()


async def test_a_place_name_in_another_language_is_understood(bot: BotHarness) -> None:
    user = bot.user()
    await user.send("/start")
    await user.press("English")
    [communities] = await user.send("Губа")  # Russian name, typed at the country question
    assert "Quba" in communities.params["text"]
    [menu] = await user.send("QUB-QAC")  # or a code
    assert "Qachresh, Quba" in menu.params["text"]


async def test_gibberish_gets_a_hint_and_the_choices_again(bot: BotHarness) -> None:
    user = bot.user()
    await user.send("/start")
    [countries] = await user.press("English")
    [hint] = await user.send("where is the bus?")
    assert "could not find this place" in hint.params["text"]
    assert labels(hint) == labels(countries)
    [hint] = await user.send("17")  # a number with no such choice (seven countries)
    assert labels(hint) == labels(countries)
    await user.send("/start SAB")
    [menu] = await user.send("/menu")
    [hint] = await user.send("when is the water back?")
    assert "did not understand" in hint.params["text"]
    assert labels(hint) == labels(menu)


async def test_stop_and_start_again(bot: BotHarness) -> None:
    user = bot.user()
    await user.send("/start SAB")
    await user.press("English")
    [stopped] = await user.send("/stop")
    assert "START" in stopped.params["text"]
    assert (await resident(bot, user.id)).status == "stopped"
    # The menu still answers while notices are off.
    [menu] = await user.send("/menu")
    assert labels(menu)[0] == MENU["en"]
    back, menu = await user.send("/start")
    assert "Notices are on again" in back.params["text"]
    assert (await resident(bot, user.id)).status == "active"


async def test_notices_toggle_in_settings(bot: BotHarness) -> None:
    user = bot.user()
    await user.send("/start SAB")
    await user.press("English")
    await user.send("/settings")
    [off] = await user.press("🔕 Stop notices")
    assert (await resident(bot, user.id)).status == "stopped"
    assert "🔔 Receive notices" in labels(off)
    await user.press("🔔 Receive notices")
    assert (await resident(bot, user.id)).status == "active"


@pytest.mark.parametrize(
    ("language_code", "country", "word"),
    [("kk", "Қазақстан", "ауданда"), ("ru", "Кыргызстан", "айыл аймаке"),
     ("uz", "Oʻzbekiston", "mahallada"), ("tg", "Тоҷикистон", "ҷамоат"),
     ("tk", "Türkmenistan", "etrapda"), ("az", "Azərbaycan", "bələdiyyədə")],
)  # fmt: skip
async def test_the_word_for_a_municipality_is_the_countrys(
    bot: BotHarness, language_code: str, country: str, word: str
) -> None:
    user = bot.user(language_code=language_code)
    [greeting] = await user.send("/start")
    [countries] = await user.press(labels(greeting)[0])
    [municipalities] = await user.press(country)
    assert word in municipalities.params["text"]


async def test_consultations_without_events_say_so_and_lead_back(bot: BotHarness) -> None:
    user = bot.user(language_code="kk")
    await user.send("/start NUR-IZE")
    await user.press("Қазақша")
    [none] = await user.press("🗓 Талқылаулар")
    assert "талқылау жоқ" in none.params["text"]
    [menu] = await user.press(labels(none)[0])  # back to the main menu
    assert labels(menu)[0] == MENU["kk"]


async def test_help_lists_the_commands(bot: BotHarness) -> None:
    user = bot.user(language_code="hy")
    [text] = texts(await user.send("/help"))
    for command in ("/menu", "/language", "/settings", "/stop"):
        assert command in text


async def test_commands_are_registered_in_every_language(bot: BotHarness) -> None:
    registered = {
        call.params.get("language_code"): call.params["commands"]
        for call in bot.fake.calls
        if call.method == "setMyCommands"
    }
    assert set(registered) == {None, "az", "ru", "kk", "hy", "ky", "uz", "tg", "tk", "en"}
    names = [command["command"] for command in registered["ru"]]
    assert names == ["start", "menu", "language", "settings", "help", "checkin", "stop"]
    assert registered["ru"] != registered["en"]  # descriptions are translated


def test_home_ids_are_those_older_keyboards_carry() -> None:
    from handlers import build_router
    from handlers.language import lang_id
    from handlers.menu import BACK_TO_MENU, MENU_ITEMS, SETTINGS_ITEM, menu_id
    from handlers.settings import SettingsAction, settings_id
    from handlers.tutorials import TutAction, tut_id

    assert BACK_TO_MENU == menu_id() == "menu:main"
    assert settings_id(SettingsAction.SHOW) == SETTINGS_ITEM == "settings:show"
    assert [settings_id(action) for action in SettingsAction] == [
        "settings:show", "settings:language", "settings:place", "settings:notices",
        "settings:topics", "settings:reminders",
    ]  # fmt: skip
    assert lang_id("az") == "lang:az"
    assert MENU_ITEMS["payments"] == tut_id(TutAction.LIST) == "tut:list"
    router = build_router()
    for choice_id in (*MENU_ITEMS.values(), SETTINGS_ITEM, BACK_TO_MENU):
        assert router.for_choice(choice_id) is not None, choice_id  # every entry is routed


def test_the_home_flow_allows_what_residents_do() -> None:
    from bot.flows import IDLE, Flows, UndeclaredMove
    from handlers import build_router
    from handlers.menu import Home
    from handlers.places import Place

    assert Home.IDLE == IDLE
    flows = Flows.of(build_router().flows)
    for source, target in (
        (Home.IDLE, Home.LANGUAGE),
        (Home.LANGUAGE, Place.COUNTRY),
        (Home.SETTINGS, Home.LANGUAGE),
        (Home.SETTINGS, Home.SETTINGS),
        ("proposal.text", Home.MENU),  # any conversation may go back to the menu
        ("tutorial", Home.SETTINGS),  # /settings from anywhere
    ):
        flows.check(source, target)
    with pytest.raises(UndeclaredMove):
        flows.check(Home.IDLE, Place.COMMUNITY)


async def test_an_old_settings_button_shows_the_settings(bot: BotHarness) -> None:
    user = bot.user()
    await user.send("/start SAB")
    await user.press("English")
    [settings] = await user.press_data("settings:gone")
    assert "Language: English" in settings.params["text"]
    [menu] = await user.press_data("menu:whatever")  # whatever followed "menu:" goes home
    assert labels(menu)[0] == MENU["en"]
    [topics] = await user.press_data("mute:nonsense")
    assert "Emergency warnings always come" in topics.params["text"]
