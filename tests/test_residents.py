"""Residents' conversations that forgive mistakes (issue 13), through the real
python-telegram-bot client against the fake Bot API, on SQLite and PostgreSQL: drafts survive
commands, typed place names, a language change halfway through onboarding, proposals need
words, "My proposals" says why, nothing of a decision shows inside the undo window, help
requests say what is wrong and reach someone, guides can be left."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.i18n import I18n
from storage import repos
from storage.models import HelpRequest, Municipality, Proposal, Resident, Role
from tests.clock import PinnedClock
from tests.conftest import make_settings, start_bot
from tests.fakes.telegram_api import FakeTelegram
from tests.test_proposals import card_reached, got, resident_of, staff, submit
from tests.tg_user import BotHarness, TgUser, labels
from tests.waiting import eventually

TEXT = "Please repair the road between the school and the bus stop on Nizami street."
TUTORIALS = Path(__file__).parent / "data" / "tutorials"


@pytest.fixture
async def town(
    database_url: str, fake_telegram: FakeTelegram, strict_i18n: I18n, clock: PinnedClock
) -> AsyncIterator[BotHarness]:
    """Decisions can be undone for 10 minutes; guides are the test guides."""
    settings = make_settings(
        database_url, fake_telegram, QUIET_HOURS="off", PROPOSAL_UNDO_MINUTES="10",
        TUTORIALS_DIR=str(TUTORIALS),
    )  # fmt: skip
    harness = await start_bot(settings, fake_telegram, strict_i18n, clock=clock)
    yield harness
    await harness.app.stop()


async def stored_resident(bot: BotHarness, user: TgUser) -> Resident:
    async with bot.app.sessionmaker() as session:
        resident = await repos.find_resident(session, channel="telegram", external_id=str(user.id))
        assert resident is not None
        return resident


async def place(bot: BotHarness, place_id: int | None) -> str | None:
    async with bot.app.sessionmaker() as session:
        found = await session.get(Municipality, place_id) if place_id else None
        return found.code if found else None


async def start_writing(user: TgUser) -> None:
    await user.send("/menu")
    await user.press("✍️ Send a proposal")
    await user.press("✍️ New proposal")
    await user.press("🛣 Roads")


# --- drafts survive commands ------------------------------------------------------------------


async def test_a_half_written_proposal_survives_menu_language_and_start(town: BotHarness) -> None:
    user = await resident_of(town, 9101, "QUB")
    await start_writing(user)
    [asked] = await user.send(TEXT)  # the text is in the draft: photos are asked next
    assert "photo" in asked.params["text"].lower()

    [kept] = await user.send("/menu")
    assert "not finished your proposal" in kept.params["text"]
    assert labels(kept) == ["✍️ Continue", "🗑 Discard"]
    [again] = await user.press("✍️ Continue")  # the photos step again, draft intact
    assert again.params["text"] == asked.params["text"]

    await user.send("/language")
    [kept] = await user.send("/settings")  # a second command: still asked, draft still kept
    assert "not finished your proposal" in kept.params["text"]
    [again] = await user.send("1")  # typing the number works on the question too
    assert again.params["text"] == asked.params["text"]
    await user.press("Skip ▸")
    [preview] = await user.press("Skip ▸")
    assert TEXT in preview.params["text"]

    [kept] = await user.send("/start")
    assert "not finished your proposal" in kept.params["text"]
    [back] = await user.press("✍️ Continue")
    assert TEXT in back.params["text"] and "✅ Send" in labels(back)
    [received] = await user.press("✅ Send")
    assert "number is" in received.params["text"]

    # Discarding does what the command asked for.
    await start_writing(user)
    await user.send("/language")
    discarded, languages = await user.press("🗑 Discard")
    assert "discarded" in discarded.params["text"]
    assert "English" in labels(languages)
    assert (await stored_resident(town, user)).state.name == "language"


async def test_resume_shows_where_the_resident_was(town: BotHarness) -> None:
    user = await resident_of(town, 9111, "QUB")
    await start_writing(user)
    [again] = await user.send("/resume")
    assert "characters" in again.params["text"]  # the question for the text, once more
    assert (await stored_resident(town, user)).state.name == "proposal.text"
    await user.send("/menu")
    [_, menu] = await user.press("🗑 Discard")
    [again] = await user.send("/resume")  # not in a draft now: the last question again
    assert "Welcome back" in again.params["text"] and labels(again) == labels(menu)


# --- typed place names -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "municipality", "community"),
    [
        ("xinaliq", "QUB", "QUB-XIN"),  # Xınalıq, without the dotless i
        ("XINALIQ", "QUB", "QUB-XIN"),
        ("Izendi", "NUR", "NUR-IZE"),  # Ізенді typed in Latin letters
    ],
)
async def test_typed_village_names_match_loosely(
    town: BotHarness, typed: str, municipality: str, community: str
) -> None:
    user = town.user(user_id=9201)
    await user.send("/start")
    await user.press("English")
    [menu] = await user.send(typed)
    assert "Saved" in menu.params["text"]
    saved = await stored_resident(town, user)
    assert await place(town, saved.municipality_id) == municipality
    assert await place(town, saved.community_id) == community


@pytest.mark.parametrize(("typed", "code"), [("глубокое", "GLU"), ("Нұра", "NUR")])
async def test_a_word_of_a_district_s_name_is_enough(
    town: BotHarness, typed: str, code: str
) -> None:
    user = town.user(user_id=9211, language_code="kk")
    await user.send("/start")
    await user.press("Қазақша")
    [villages] = await user.send(typed)
    saved = await stored_resident(town, user)
    assert await place(town, saved.municipality_id) == code
    assert saved.community_id is None and len(labels(villages)) > 2  # its villages are asked


async def test_a_close_name_gets_did_you_mean(town: BotHarness) -> None:
    user = town.user(user_id=9221)
    await user.send("/start")
    [countries] = await user.press("English")
    [hint] = await user.send("Qubba")
    assert "Did you mean Quba?" in hint.params["text"]
    assert labels(hint)[0] == "Quba" and set(labels(countries)) <= set(labels(hint))
    [villages] = await user.press("Quba")
    assert "Khinalug" in labels(villages)
    [hint] = await user.send("where is the bus?")  # nothing close: the list again
    assert "could not find this place" in hint.params["text"]


async def test_changing_language_while_choosing_a_village_asks_for_it_again(
    town: BotHarness,
) -> None:
    user = town.user(user_id=9231)
    await user.send("/start")
    await user.press("English")
    await user.press("Azerbaijan")
    [villages] = await user.press("Quba")
    assert "Khinalug" in labels(villages)
    await user.send("/language")
    [again] = await user.press("Русский")
    assert "Хыналыг" in labels(again)  # the villages again, in Russian: not skipped
    [menu] = await user.press("Хыналыг")
    assert "Хыналыг" in menu.params["text"]
    saved = await stored_resident(town, user)
    assert await place(town, saved.community_id) == "QUB-XIN"


# --- proposals ---------------------------------------------------------------------------------


async def test_a_proposal_of_emoji_only_is_refused_with_a_hint(town: BotHarness) -> None:
    user = await resident_of(town, 9301, "QUB")
    await start_writing(user)
    [hint] = await user.send("🚧🚧🚧🚧🚧🕳🕳🕳🕳🕳 !!! 🚌🚌🚌🚌🚌 12345")
    assert "in words" in hint.params["text"] and "10 letters" in hint.params["text"]
    assert (await stored_resident(town, user)).state.name == "proposal.text"  # still writing
    [asked] = await user.send(TEXT)
    assert "photo" in asked.params["text"].lower()


async def test_my_proposals_shows_why_and_the_note_only_after_the_undo_window(
    town: BotHarness, clock: PinnedClock
) -> None:
    moderator = await staff(town, 9401, Role.MODERATOR)
    user = await resident_of(town, 9402, "QUB")
    number = await submit(user, TEXT)
    await card_reached(moderator, number=number)
    async with town.app.sessionmaker() as session:
        proposal = await session.scalar(select(Proposal).where(Proposal.number == number))
        assert proposal is not None
    # The moderator rejects, takes it back, then rejects again, with a reason and a note.
    await moderator.press_data(f"mod:no:{proposal.id}")
    await moderator.press("it contains rude words")
    await moderator.press("No note ▸")
    await moderator.press("↩ Undo")
    await moderator.press_data(f"mod:no:{proposal.id}")
    await moderator.press("it is not clear what is proposed")
    await moderator.send("Please say which street.")

    async def details() -> str:
        await user.send("/menu")
        await user.press("✍️ Send a proposal")
        [mine] = await user.press("📂 My proposals")
        [shown] = await user.press(labels(mine)[0])
        return f"{labels(mine)[0]}\n{shown.params['text']}"

    during = await details()  # inside the window: nothing of the decisions shows
    assert "being checked" in during
    assert "not accepted" not in during and "Please say which street." not in during
    assert "taken back" not in during and "rude" not in during
    await town.outbox_settled()
    assert not got(user, "was not accepted")  # and no notice left early

    clock.advance(timedelta(minutes=11))
    town.app.delivery.wake()
    await eventually(lambda: got(user, "was not accepted"), "no notice after the window")
    after = await details()
    assert "not accepted" in after
    assert "Reason: it is not clear what is proposed" in after
    assert "Moderator's note: Please say which street." in after
    # The history says what happened, with the reason and the note; not the decision undone.
    assert "not accepted (it is not clear what is proposed; “Please say which street.”)" in after
    assert "rude" not in after and "taken back" not in after


# --- help requests -----------------------------------------------------------------------------


async def stuck(user: TgUser) -> None:
    await user.send("/menu")
    [guides] = await user.press("💳 Pay online")
    [step] = await user.press(labels(guides)[0])  # Paying for power, opened or not
    [ask] = await user.press("🆘 I'm stuck")
    assert "What went wrong" in ask.params["text"]


async def test_help_request_with_a_photo_goes_to_admins_where_no_helper(town: BotHarness) -> None:
    admin = await resident_of(town, 9501, "SAB")
    async with town.app.sessionmaker.begin() as session:
        found = await repos.find_resident(session, channel="telegram", external_id="9501")
        assert found is not None
        await repos.grant_role(session, resident=found, role=Role.ADMIN, municipality=None)
    user = await resident_of(town, 9502, "SAB")  # Şabran has no moderator, no helpers' chat
    await stuck(user)
    [sent] = await user.send_photo()  # a screenshot of what is wrong
    assert "administrators" in sent.params["text"] and "#1" in sent.params["text"]
    await eventually(lambda: got(admin, "Help request #1"), "the admin never got the request")
    notice = [c for c in admin.received if "Help request #1" in str(c.params.get("caption"))][-1]
    assert notice.method == "sendPhoto" and notice.params["photo"] == "PHOTO-1280"
    [ask] = await admin.press("✍️ Answer")  # admins may answer
    assert "request #1" in ask.params["text"]
    async with town.app.sessionmaker() as session:
        request = await session.get(HelpRequest, 1)
    assert request is not None and request.problem_media == {"kind": "photo", "ref": "PHOTO-1280"}


async def test_help_request_with_words_and_voice_reaches_the_helper(town: BotHarness) -> None:
    helper = await staff(town, 9601, Role.MODERATOR, "SAB")
    user = await resident_of(town, 9602, "SAB")
    await stuck(user)
    [sent] = await user.send("The site says my card is not accepted.")
    assert "helpers in your municipality" in sent.params["text"]
    await eventually(lambda: got(helper, "my card is not accepted"), "no request for the helper")
    await stuck(user)  # the same request, with a voice note added
    [again] = await user.send_voice()
    assert "#1" in again.params["text"]
    await eventually(
        lambda: any(c.method == "sendVoice" for c in helper.received), "the voice note never came"
    )
    async with town.app.sessionmaker() as session:
        requests = list(await session.scalars(select(HelpRequest)))
    assert len(requests) == 1 and requests[0].problem == "The site says my card is not accepted."
    assert requests[0].problem_media == {"kind": "voice", "ref": "AwACAgIAAxkBAAE"}


async def test_without_any_helper_the_request_is_kept_and_said_so(town: BotHarness) -> None:
    user = await resident_of(town, 9701, "SAB")
    await stuck(user)
    [kept] = await user.press("Send as it is ▸")
    assert "is saved" in kept.params["text"]
    async with town.app.sessionmaker() as session:
        assert len(list(await session.scalars(select(HelpRequest)))) == 1


async def test_a_guide_can_be_left(town: BotHarness) -> None:
    user = await resident_of(town, 9801, "SAB")
    await user.send("/menu")
    await user.press("💳 Pay online")
    [step] = await user.press("• Paying for power")
    assert labels(step)[-1] == "✖️ Exit the guide"
    [menu] = await user.press("✖️ Exit the guide")
    assert "✍️ Send a proposal" in labels(menu)
    assert (await stored_resident(town, user)).state.name == "menu"


def test_place_name_keys() -> None:
    """`bot.textmatch.latin`: Cyrillic typed on a Latin keyboard is the same key."""
    from bot.textmatch import latin

    assert latin("Ізенді") == latin("Izendi") == latin("IZENDI") == "izendi"
    assert latin("Глубокое") == latin("глубокое") == "glubokoe"
    assert latin("Xınalıq") == latin("xinaliq") == "xinaliq"
    assert latin("Нұра") == "nura" and latin("Izendi") != latin("Izenda")
