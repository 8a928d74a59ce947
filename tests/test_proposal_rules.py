"""The proposal lifecycle (storage/proposals.py) on both databases: every allowed change, refused
ones that write nothing, the history, and times taken from the `now` given (not the clock)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage import proposals, repos
from storage.models import Municipality, Proposal, ProposalEvent, Resident
from storage.models import ProposalStatus as S
from storage.proposals import ALLOWED, RULES, Action
from tests.clock import PinnedClock

Sessions = async_sessionmaker[AsyncSession]
TEXT = "Please repair the road between the school and the bus stop."
WINDOW = timedelta(minutes=10)


def test_the_table() -> None:
    assert {
        S.PENDING: {S.APPROVED, S.REJECTED, S.CHANGES, S.DUPLICATE},
        S.CHANGES: {S.PENDING},
        S.REJECTED: {S.PENDING},
        S.DUPLICATE: {S.PENDING},
        S.APPROVED: {S.PENDING, S.ANSWERED, S.DONE},
        S.ANSWERED: {S.ANSWERED, S.DONE},
        S.DONE: set(),
    } == ALLOWED
    assert set(ALLOWED) == set(S), "every status has its row"
    produced: set[tuple[S, S]] = set()
    for action, rule in RULES.items():
        for source in rule.sources:
            assert rule.target in ALLOWED[source], f"{action} leaves the table"
            produced.add((source, rule.target))
    allowed = {(source, target) for source, targets in ALLOWED.items() for target in targets}
    assert produced == allowed, "a change in the table that no action makes"
    assert set(Action) == set(RULES)


@dataclass
class World:
    sessions: Sessions
    place: Municipality
    other_place: Municipality
    author: Resident
    moderator: Resident
    stranger: Resident
    at: datetime  # the `now` given to every change: hours away from the clock
    sent: int = 0

    async def submit(self, session: AsyncSession, text: str = TEXT) -> Proposal:
        self.sent += 1  # another text each time: the same text again is the same proposal
        change = await proposals.submit(
            session, author=self.author, municipality=self.place, community_id=None,
            category="roads", text=f"{text} ({self.sent})", photos=["P1"], location=None,
            draft_key=None,
            event_id=None, now=self.at, per_day=100,
        )  # fmt: skip
        return change.proposal


@pytest.fixture
async def world(sessions: Sessions, clock: PinnedClock) -> World:
    async with sessions.begin() as session:
        place = Municipality(code="QUB", country="AZ", timezone="Asia/Baku", names={"en": "Quba"})
        other = Municipality(code="NUR", country="KZ", timezone="Asia/Almaty", names={"en": "N"})
        session.add_all([place, other])
        people = []
        for external_id in ("1", "2", "3"):
            resident, _ = await repos.get_or_create_resident(
                session, channel="telegram", external_id=external_id, locale="en"
            )
            people.append(resident)
        await session.flush()
    session.expunge_all()
    author, moderator, stranger = people
    return World(sessions, place, other, author, moderator, stranger, clock() + timedelta(hours=5))


async def history(session: AsyncSession, proposal: Proposal) -> list[tuple[str, str, datetime]]:
    rows = await proposals.history(session, proposal_id=proposal.id)
    return [(e.action, e.actor, e.created_at) for e in rows]


def same_time(a: datetime | None, b: datetime) -> bool:
    assert a is not None
    return a.replace(tzinfo=None) == b.replace(tzinfo=None)  # SQLite keeps no offset


# How to bring a fresh pending proposal to each status, by allowed changes only.
Step = Callable[[World, AsyncSession, Proposal], Awaitable[object]]


async def approve(w: World, session: AsyncSession, p: Proposal) -> object:
    return await proposals.decide(session, p, S.APPROVED, by=w.moderator, now=w.at)


async def reject(w: World, session: AsyncSession, p: Proposal) -> object:
    return await proposals.decide(
        session, p, S.REJECTED, by=w.moderator, now=w.at, reason="rude", note="Be polite."
    )


async def ask_changes(w: World, session: AsyncSession, p: Proposal) -> object:
    return await proposals.decide(session, p, S.CHANGES, by=w.moderator, now=w.at, note="Where?")


async def mark_duplicate(w: World, session: AsyncSession, p: Proposal) -> object:
    original = await w.submit(session, text=TEXT + " (the first one)")
    return await proposals.decide(
        session, p, S.DUPLICATE, by=w.moderator, now=w.at, duplicate_of=original
    )


async def resubmit(w: World, session: AsyncSession, p: Proposal) -> object:
    return await proposals.resubmit(
        session, p, author=w.author, text=TEXT + " House 12.", photos=[], location=None,
        draft_key="k2", now=w.at,
    )  # fmt: skip


async def undo(w: World, session: AsyncSession, p: Proposal) -> object:
    return await proposals.undo(session, p, by=w.moderator, now=w.at, window=WINDOW)


async def forward(w: World, session: AsyncSession, p: Proposal) -> object:
    """The forwarder releasing it to the authority, once the undo window is over."""
    return proposals.forwarded(session, p, now=w.at, destinations="email")


async def answer(w: World, session: AsyncSession, p: Proposal) -> object:
    return await proposals.answer(session, p, actor="callback", text="In May.", done=False,
                                  now=w.at)  # fmt: skip


async def close(w: World, session: AsyncSession, p: Proposal) -> object:
    return await proposals.answer(session, p, actor="callback", text=None, done=True, now=w.at)


REACH: dict[S, tuple[Step, ...]] = {
    S.PENDING: (),
    S.APPROVED: (approve,),
    S.REJECTED: (reject,),
    S.CHANGES: (ask_changes,),
    S.DUPLICATE: (mark_duplicate,),
    S.ANSWERED: (approve, forward, answer),
    S.DONE: (approve, forward, close),
}
# Each allowed change, by what makes it.
CHANGES: list[tuple[S, Step, S, Action]] = [
    (S.PENDING, approve, S.APPROVED, Action.APPROVED),
    (S.PENDING, reject, S.REJECTED, Action.REJECTED),
    (S.PENDING, ask_changes, S.CHANGES, Action.CHANGES),
    (S.PENDING, mark_duplicate, S.DUPLICATE, Action.DUPLICATE),
    (S.CHANGES, resubmit, S.PENDING, Action.RESUBMITTED),
    (S.CHANGES, undo, S.PENDING, Action.UNDONE),
    (S.REJECTED, undo, S.PENDING, Action.UNDONE),
    (S.DUPLICATE, undo, S.PENDING, Action.UNDONE),
    (S.APPROVED, undo, S.PENDING, Action.UNDONE),
    (S.APPROVED, answer, S.ANSWERED, Action.ANSWERED),  # once forwarded (see below)
    (S.APPROVED, close, S.DONE, Action.DONE),
    (S.ANSWERED, answer, S.ANSWERED, Action.ANSWERED),
    (S.ANSWERED, close, S.DONE, Action.DONE),
]


def test_the_changes_tested_are_the_table() -> None:
    assert {(a, b) for a, _, b, _ in CHANGES} == {(a, b) for a in ALLOWED for b in ALLOWED[a]}


async def reach(w: World, session: AsyncSession, status: S) -> Proposal:
    proposal = await w.submit(session)
    for step in REACH[status]:
        await step(w, session, proposal)
    assert proposal.status == status
    return proposal


async def test_every_allowed_change(world: World) -> None:
    for source, step, target, action in CHANGES:
        async with world.sessions.begin() as session:
            proposal = await reach(world, session, source)
            if source == S.APPROVED and action in (Action.ANSWERED, Action.DONE):
                await forward(world, session, proposal)  # the authority answers what it got
            before = await history(session, proposal)
            change = await step(world, session, proposal)
            assert isinstance(change, proposals.Change)
            assert (change.before, change.after, change.action) == (source, target, action)
            assert change.at == world.at and change.proposal is proposal
        async with world.sessions() as session:
            stored = await session.get(Proposal, proposal.id)
            assert stored is not None and stored.status == target, (source, action)
            after = await history(session, stored)
            assert len(after) == len(before) + 1
            what, actor, when = after[-1]
            assert what == action and same_time(when, world.at)
            expected_actor = {
                Action.RESUBMITTED: world.author.ref, Action.ANSWERED: "callback",
                Action.DONE: "callback",
            }.get(action, world.moderator.ref)  # fmt: skip
            assert actor == expected_actor
            assert same_time(stored.updated_at, world.at)


async def test_submitted_and_decided_at_the_given_time(world: World, clock: PinnedClock) -> None:
    async with world.sessions.begin() as session:
        proposal = await world.submit(session)
        assert proposal.number == f"QUB-{world.at.year}-0001"
        await reject(world, session, proposal)
    async with world.sessions() as session:
        stored = await session.get(Proposal, proposal.id)
        assert stored is not None
        assert same_time(stored.created_at, world.at) and same_time(stored.submitted_at, world.at)
        assert same_time(stored.decided_at, world.at) and stored.decided_by_id == world.moderator.id
        assert (stored.reason, stored.note) == ("rude", "Be polite.")
        events = await history(session, stored)
        assert [(a, actor) for a, actor, _ in events] == [
            ("submitted", world.author.ref),
            ("rejected", world.moderator.ref),
        ]
        assert all(same_time(when, world.at) for _, _, when in events)
        assert not any(same_time(when, clock()) for _, _, when in events)
    async with world.sessions.begin() as session:
        stored = await session.get(Proposal, proposal.id)
        assert stored is not None
        await undo(world, session, stored)
        assert (stored.reason, stored.note, stored.decided_at, stored.decided_by_id) == (
            None, None, None, None,
        )  # fmt: skip


async def count_events(w: World) -> int:
    async with w.sessions() as session:
        return int(await session.scalar(select(func.count()).select_from(ProposalEvent)) or 0)


async def refused(
    w: World, status: S, step: Step, error: type[proposals.ProposalRuleError]
) -> None:
    """From `status`, `step` raises `error`, and the proposal and its history stay as they were."""
    async with w.sessions.begin() as session:
        proposal = await reach(w, session, status)
    written = await count_events(w)
    async with w.sessions.begin() as session:
        proposal = await session.get(Proposal, proposal.id)  # type: ignore[assignment]
        with pytest.raises(error):
            await step(w, session, proposal)
    async with w.sessions() as session:
        stored = await session.get(Proposal, proposal.id)
        assert stored is not None and stored.status == status
    assert await count_events(w) == written


async def test_forbidden_changes_write_nothing(world: World) -> None:
    Forbidden, Late = proposals.ForbiddenChange, proposals.TooLateToUndo
    for status in (S.APPROVED, S.REJECTED, S.CHANGES, S.DUPLICATE, S.ANSWERED, S.DONE):
        await refused(world, status, approve, Forbidden)  # decided once only
    for status in (S.PENDING, S.REJECTED, S.CHANGES, S.DUPLICATE, S.DONE):
        await refused(world, status, answer, Forbidden)  # only approved ones are answered
        await refused(world, status, close, Forbidden)
    for status in (S.PENDING, S.APPROVED, S.REJECTED, S.ANSWERED, S.DONE):
        await refused(world, status, resubmit, Forbidden)  # only after changes were asked for
    for status in (S.PENDING, S.ANSWERED, S.DONE):
        await refused(world, status, undo, Late)
    # The authority answers what it was sent: an approved proposal still in its undo window
    # is the moderator's (issue 13: an undo after the authority acted).
    await refused(world, S.APPROVED, answer, Forbidden)
    await refused(world, S.APPROVED, close, Forbidden)


async def test_undo_has_a_window_and_ends_with_forwarding(world: World) -> None:
    async def late_undo(w: World, session: AsyncSession, p: Proposal) -> object:
        return await proposals.undo(
            session, p, by=w.moderator, now=w.at + WINDOW + timedelta(seconds=1), window=WINDOW
        )

    async def forwarded_then_undo(w: World, session: AsyncSession, p: Proposal) -> object:
        p.forwarded_at = w.at
        await session.flush()
        return await undo(w, session, p)

    await refused(world, S.REJECTED, late_undo, proposals.TooLateToUndo)
    async with world.sessions.begin() as session:
        proposal = await reach(world, session, S.APPROVED)
        with pytest.raises(proposals.TooLateToUndo):
            await forwarded_then_undo(world, session, proposal)
        assert proposal.status == S.APPROVED


async def test_details_each_decision_needs(world: World) -> None:
    async def no_reason(w: World, session: AsyncSession, p: Proposal) -> object:
        return await proposals.decide(session, p, S.REJECTED, by=w.moderator, now=w.at)

    async def unknown_reason(w: World, session: AsyncSession, p: Proposal) -> object:
        return await proposals.decide(
            session, p, S.REJECTED, by=w.moderator, now=w.at, reason="nope"
        )

    async def changes_without_note(w: World, session: AsyncSession, p: Proposal) -> object:
        return await proposals.decide(session, p, S.CHANGES, by=w.moderator, now=w.at, note=" ")

    async def duplicate_of_itself(w: World, session: AsyncSession, p: Proposal) -> object:
        return await proposals.decide(
            session, p, S.DUPLICATE, by=w.moderator, now=w.at, duplicate_of=p
        )

    async def duplicate_elsewhere(w: World, session: AsyncSession, p: Proposal) -> object:
        there = await proposals.submit(
            session, author=w.author, municipality=w.other_place, community_id=None,
            category="roads", text="Elsewhere, another road to repair soon.", photos=[],
            location=None, draft_key=None, event_id=None, now=w.at, per_day=100,
        )  # fmt: skip
        return await proposals.decide(
            session, p, S.DUPLICATE, by=w.moderator, now=w.at, duplicate_of=there.proposal
        )

    async def back_to_pending(w: World, session: AsyncSession, p: Proposal) -> object:
        return await proposals.decide(session, p, S.PENDING, by=w.moderator, now=w.at)

    async def empty_answer(w: World, session: AsyncSession, p: Proposal) -> object:
        return await proposals.answer(session, p, actor="x", text="  ", done=False, now=w.at)

    async def by_someone_else(w: World, session: AsyncSession, p: Proposal) -> object:
        return await proposals.resubmit(
            session, p, author=w.stranger, text=TEXT, photos=[], location=None, draft_key=None,
            now=w.at,
        )  # fmt: skip

    await refused(world, S.PENDING, no_reason, proposals.MissingDetail)
    await refused(world, S.PENDING, unknown_reason, proposals.MissingDetail)
    await refused(world, S.PENDING, changes_without_note, proposals.MissingDetail)
    await refused(world, S.PENDING, duplicate_of_itself, proposals.NotADuplicate)
    await refused(world, S.PENDING, back_to_pending, proposals.ForbiddenChange)
    await refused(world, S.APPROVED, empty_answer, proposals.MissingDetail)
    await refused(world, S.CHANGES, by_someone_else, proposals.NotTheAuthor)
    async with world.sessions.begin() as session:
        proposal = await reach(world, session, S.PENDING)
        with pytest.raises(proposals.NotADuplicate):
            await duplicate_elsewhere(world, session, proposal)


async def test_a_change_made_meanwhile_wins(world: World) -> None:
    """Another moderator decided after we read the proposal: ours is refused, nothing written."""
    async with world.sessions.begin() as session:
        proposal = await reach(world, session, S.PENDING)
        await session.execute(
            update(Proposal)
            .where(Proposal.id == proposal.id)
            .values(status=S.APPROVED, decided_by_id=world.stranger.id)
            .execution_options(synchronize_session=False)
        )
        assert proposal.status == S.PENDING  # what we read
        with pytest.raises(proposals.ForbiddenChange):
            await reject(world, session, proposal)
        assert proposal.status == S.APPROVED and proposal.decided_by_id == world.stranger.id
        assert [a for a, _, _ in await history(session, proposal)] == ["submitted"]


async def test_submitting_twice_and_the_daily_limit(world: World) -> None:
    async def again(draft_key: str | None, text: str, per_day: int = 100) -> str:
        """The number given (a refusal says the number of the one sent before)."""
        async with world.sessions.begin() as session:
            try:
                change = await proposals.submit(
                    session, author=world.author, municipality=world.place, community_id=None,
                    category="roads", text=text, photos=[], location=None, draft_key=draft_key,
                    event_id=12345, now=world.at, per_day=per_day,
                )  # fmt: skip
            except proposals.AlreadySent as sent:
                assert sent.proposal is not None
                return f"sent before: {sent.proposal.number}"
            assert change.proposal.event_id is None  # no such consultation (any more)
            return change.proposal.number

    first = await again("key1", TEXT)
    assert first == f"QUB-{world.at.year}-0001"
    assert await again("key1", TEXT + " Edited.") == f"sent before: {first}"  # the same draft
    assert await again("key2", TEXT) == f"sent before: {first}"  # the same text within a day
    with pytest.raises(proposals.DailyLimitReached):
        await again("key3", TEXT + " Another one.", per_day=1)
    with pytest.raises(proposals.UnknownCategory):
        async with world.sessions.begin() as session:
            await proposals.submit(
                session, author=world.author, municipality=world.place, community_id=None,
                category="nonsense", text=TEXT + " Other.", photos=[], location=None,
                draft_key=None, event_id=None, now=world.at, per_day=100,
            )  # fmt: skip
    assert await again("key4", TEXT + " Another one.", per_day=2) == f"QUB-{world.at.year}-0002"
    async with world.sessions() as session:
        assert await proposals.daily_limit_reached(
            session, resident_id=world.author.id, now=world.at, per_day=2
        )
        assert not await proposals.daily_limit_reached(
            session, resident_id=world.author.id, now=world.at + timedelta(days=1, seconds=1),
            per_day=2,
        )  # fmt: skip


async def test_forwarding_ends_the_undo_window(world: World) -> None:
    async with world.sessions.begin() as session:
        proposal = await reach(world, session, S.APPROVED)
        event = proposals.forwarded(session, proposal, now=world.at, destinations="email")
        assert (event.action, event.note, event.created_at) == ("forwarded", "email", world.at)
        with pytest.raises(proposals.ForbiddenChange):
            proposals.forwarded(session, proposal, now=world.at, destinations="email")
        with pytest.raises(proposals.TooLateToUndo):
            await undo(world, session, proposal)
        await answer(world, session, proposal)  # the authority answers what it received
        assert proposal.status == S.ANSWERED
