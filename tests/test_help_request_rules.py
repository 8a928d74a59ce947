"""Help requests' rules, below any chat: the transition table, who may answer, the answer's
length, and the times recorded (the test's clock, never the wall clock). Both databases."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage import help_requests, repos
from storage.help_requests import (
    ANSWER_MAX,
    TRANSITIONS,
    Change,
    ForbiddenChange,
    HelpStatus,
    InvalidAnswer,
    NotAHelper,
    NotFound,
)
from storage.models import HelpRequest, Municipality, Resident, Role
from tests.clock import PinnedClock

Sessions = async_sessionmaker[AsyncSession]


def test_the_table() -> None:
    assert {
        (before, change, after)
        for before, changes in TRANSITIONS.items()
        for change, after in changes.items()
    } == {
        (None, Change.OPEN, HelpStatus.OPEN),
        (HelpStatus.OPEN, Change.ANSWER, HelpStatus.ANSWERED),
    }
    assert set(TRANSITIONS) == {None, *HelpStatus}  # every status is in the table
    assert TRANSITIONS[HelpStatus.ANSWERED] == {}  # answered is final


@pytest.mark.parametrize(
    ("before", "change"),
    [
        (None, Change.ANSWER),  # nothing to answer
        (HelpStatus.OPEN, Change.OPEN),  # opened twice
        (HelpStatus.ANSWERED, Change.ANSWER),  # answered twice
        (HelpStatus.ANSWERED, Change.OPEN),  # reopened
    ],
)
def test_forbidden_changes(before: HelpStatus | None, change: Change) -> None:
    with pytest.raises(ForbiddenChange) as refused:
        help_requests.allowed(before, change)
    assert (refused.value.status, refused.value.change) == (before, change)


async def people(sessions: Sessions) -> dict[str, int]:
    """Quba with a resident, a helper and a helper of Nura; ids by name."""
    async with sessions.begin() as session:
        quba = Municipality(
            code="QUB", country="AZ", timezone="Asia/Baku", names={"en": "Quba"},
            helpers_chat="-100123",
        )  # fmt: skip
        nura = Municipality(code="NUR", country="KZ", timezone="Asia/Almaty", names={"en": "Nura"})
        session.add_all([quba, nura])
        await session.flush()
        ids = {"quba": quba.id, "nura": nura.id}
        for name, place in (("resident", quba), ("helper", quba), ("outsider", nura)):
            person, _ = await repos.get_or_create_resident(
                session, channel="telegram", external_id=name, locale="en"
            )
            person.municipality_id = place.id
            ids[name] = person.id
            if name != "resident":
                await repos.grant_role(
                    session, resident=person, role=Role.MODERATOR, municipality=place
                )
    return ids


async def resident(session: AsyncSession, id: int) -> Resident:
    found = await session.get(Resident, id)
    assert found is not None
    return found


async def test_open_then_answer_records_who_and_when(
    sessions: Sessions, clock: PinnedClock
) -> None:
    ids = await people(sessions)
    opened_at = clock()
    async with sessions.begin() as session:
        opened = await help_requests.open_request(
            session, resident=await resident(session, ids["resident"]), tutorial="az-power",
            step=1, now=opened_at,
        )  # fmt: skip
        assert opened.created and opened.at == opened_at
        assert [h.id for h in opened.helpers] == [
            ids["helper"]
        ] and opened.helpers_chat == "-100123"
        request_id = opened.request.id

    async with sessions.begin() as session:  # a doubled press: the same request, not a new one
        again = await help_requests.open_request(
            session, resident=await resident(session, ids["resident"]), tutorial="az-power",
            step=2, now=opened_at + timedelta(seconds=5),
        )  # fmt: skip
        assert not again.created and again.request.id == request_id

    answered_at = opened_at + timedelta(hours=2)
    async with sessions.begin() as session:
        helper = await resident(session, ids["helper"])
        found = await help_requests.for_helper(session, ref=str(request_id), helper=helper)
        assert found.id == request_id
        answered = await help_requests.answer(
            session, ref=request_id, helper=helper, text="  Open Payments.  ", now=answered_at
        )
        assert (answered.change, answered.before, answered.after) == (
            Change.ANSWER, HelpStatus.OPEN, HelpStatus.ANSWERED,
        )  # fmt: skip
        assert (answered.by_id, answered.at, answered.answer) == (
            ids["helper"], answered_at, "Open Payments."
        )  # fmt: skip

    async with sessions() as session:
        stored = await session.get(HelpRequest, request_id)
        assert stored is not None
        assert (stored.status, stored.answer, stored.answered_by_id, stored.step) == (
            "answered", "Open Payments.", ids["helper"], 1,
        )  # fmt: skip
        assert stored.created_at == opened_at and stored.answered_at == answered_at

    async with sessions.begin() as session:  # answered is final: a second answer is refused
        helper = await resident(session, ids["helper"])
        with pytest.raises(ForbiddenChange) as refused:
            await help_requests.answer(
                session, ref=request_id, helper=helper, text="Again", now=answered_at
            )
        assert refused.value.request_id == request_id
        with pytest.raises(ForbiddenChange):
            await help_requests.for_helper(session, ref=request_id, helper=helper)

    async with sessions.begin() as session:  # asking again after an answer opens a new one
        later = await help_requests.open_request(
            session, resident=await resident(session, ids["resident"]), tutorial="az-power",
            step=0, now=answered_at,
        )  # fmt: skip
        assert later.created and later.request.id != request_id


async def test_only_helpers_of_the_municipality_answer(
    sessions: Sessions, clock: PinnedClock
) -> None:
    ids = await people(sessions)
    async with sessions.begin() as session:
        opened = await help_requests.open_request(
            session, resident=await resident(session, ids["resident"]), tutorial="az-power",
            step=0, now=clock(),
        )  # fmt: skip
        request_id = opened.request.id

    for who in ("outsider", "resident"):  # a helper of Nura; the resident themself
        async with sessions.begin() as session:
            person = await resident(session, ids[who])
            with pytest.raises(NotAHelper) as refused:
                await help_requests.answer(
                    session, ref=request_id, helper=person, text="Hi", now=clock()
                )
            assert refused.value.municipality_id == ids["quba"]
            with pytest.raises(NotAHelper):
                await help_requests.for_helper(session, ref=request_id, helper=person)

    async with sessions() as session:
        stored = await session.get(HelpRequest, request_id)
        assert stored is not None and stored.status == HelpStatus.OPEN and stored.answer is None


async def test_bad_references_and_answers_change_nothing(
    sessions: Sessions, clock: PinnedClock
) -> None:
    ids = await people(sessions)
    async with sessions.begin() as session:
        opened = await help_requests.open_request(
            session, resident=await resident(session, ids["resident"]), tutorial="az-power",
            step=0, now=clock(),
        )  # fmt: skip
        request_id = opened.request.id

    async with sessions.begin() as session:
        helper = await resident(session, ids["helper"])
        for ref in ("", "x1", "999999", None, "²"):
            with pytest.raises(NotFound):
                await help_requests.for_helper(session, ref=ref, helper=helper)
        for text in ("   ", "x" * (ANSWER_MAX + 1)):
            with pytest.raises(InvalidAnswer):
                await help_requests.answer(
                    session, ref=request_id, helper=helper, text=text, now=clock()
                )

    async with sessions() as session:
        stored = await session.get(HelpRequest, request_id)
        assert stored is not None and stored.status == HelpStatus.OPEN


async def test_a_request_without_a_municipality_is_stored_for_nobody(
    sessions: Sessions, clock: PinnedClock
) -> None:
    ids = await people(sessions)
    async with sessions.begin() as session:
        homeless = await resident(session, ids["resident"])
        homeless.municipality_id = None
        opened = await help_requests.open_request(
            session, resident=homeless, tutorial="az-power", step=0, now=clock()
        )
        assert opened.created and opened.municipality is None
        assert opened.helpers == () and opened.helpers_chat is None
        helper = await resident(session, ids["helper"])
        with pytest.raises(NotAHelper):
            await help_requests.for_helper(session, ref=opened.request.id, helper=helper)
