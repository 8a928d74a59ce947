"""Repository behaviour that conversations do not show directly."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage import repos
from storage.models import Municipality, ProcessedUpdate, Resident, Role
from tests.clock import PinnedClock


async def test_update_ids_are_claimed_once_and_forgotten_when_old(
    sessions: async_sessionmaker[AsyncSession], clock: PinnedClock
) -> None:
    now = clock()
    async with sessions.begin() as session:
        assert await repos.claim_update(session, channel="telegram", external_id="1", now=now)
        assert not await repos.claim_update(session, channel="telegram", external_id="1", now=now)
        assert await repos.claim_update(session, channel="whatsapp", external_id="1", now=now)
        session.add(
            ProcessedUpdate(
                channel="telegram", external_id="old", received_at=now - timedelta(days=9)
            )
        )
    async with sessions.begin() as session:
        removed = await repos.forget_processed_updates(session, older_than=now - timedelta(days=7))
    async with sessions() as session:
        left = set(await session.scalars(select(ProcessedUpdate.external_id)))
    assert removed == 1
    assert left == {"1"}


async def test_roles_are_scoped_to_a_municipality(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    async with sessions.begin() as session:
        quba = Municipality(code="QUB", country="AZ", timezone="Asia/Baku", names={"en": "Quba"})
        nura = Municipality(code="NUR", country="KZ", timezone="Asia/Almaty", names={"en": "Nura"})
        session.add_all([quba, nura])
        moderator, _ = await repos.get_or_create_resident(
            session, channel="telegram", external_id="1", locale="en"
        )
        admin, _ = await repos.get_or_create_resident(
            session, channel="telegram", external_id="2", locale="en"
        )
        await session.flush()
        assert await repos.grant_role(
            session, resident=moderator, role=Role.MODERATOR, municipality=quba
        )
        assert await repos.grant_role(session, resident=admin, role=Role.ADMIN, municipality=None)
        assert not await repos.grant_role(
            session, resident=admin, role=Role.ADMIN, municipality=None
        )

        async def can(who: Resident, role: Role, where: Municipality) -> bool:
            return await repos.has_role(session, resident=who, role=role, municipality_id=where.id)

        assert await can(moderator, Role.MODERATOR, quba)
        assert not await can(moderator, Role.MODERATOR, nura)  # another municipality
        assert not await can(moderator, Role.PUBLISHER, quba)  # another role
        assert await can(admin, Role.PUBLISHER, nura)  # admins may do everything
