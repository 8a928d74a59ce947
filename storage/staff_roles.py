"""Granting and revoking staff roles: who may, to whom, and what it did. One home for the rule,
used by `python -m bot grant/revoke` (the operator, who may do anything) and the web panel's
roles page (an admin acting for their municipality).

- A role other than admin is always for one municipality; admin may be for every one.
- An admin of a municipality (`repos.has_role(..., Role.ADMIN, ...)`, which a deployment admin
  also passes) grants and revokes roles of that municipality, to people of that municipality:
  those who live there or already hold a role there. Roles for every municipality are granted
  and revoked only by deployment admins (an admin grant without municipality).
- Nobody revokes their own admin role from the panel: an admin cannot lock themselves out.

Every function raises a `RoleRuleError` subclass for anything refused; nothing is changed then.
The caller owns the transaction, the audit line and refreshing the person's command menu.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from storage import repos
from storage.models import Municipality, Resident, Role, RoleGrant
from storage.phones import PhoneError, whatsapp_ref

CHANNELS = ("telegram", "whatsapp", "console")


class RoleRuleError(Exception):
    """A role change was refused; nothing was changed."""


class BadPerson(RoleRuleError):
    """Not a person's reference like telegram:12345 or whatsapp:994501234567."""


class ScopeNeeded(RoleRuleError):
    """Every role but admin needs a municipality."""


class NotAnAdmin(RoleRuleError):
    """The one acting is no admin of that municipality (or, for every municipality, of the
    deployment)."""


class NotOfTheMunicipality(RoleRuleError):
    """The person neither lives in the municipality nor holds a role there."""


class OwnAdminRole(RoleRuleError):
    """An admin may not revoke their own admin role."""


@dataclass(frozen=True, slots=True)
class RoleChange:
    """What a grant or revoke did: `changed` is False when the person already had (or did not
    have) the role."""

    person: Resident
    role: Role
    municipality: Municipality | None
    granted: bool
    changed: bool

    @property
    def scope(self) -> str:
        return self.municipality.code if self.municipality else "all"

    @property
    def detail(self) -> str:
        """For the audit trail: "telegram:123 moderator QUB"."""
        return f"{self.person.ref} {self.role} {self.scope}"


def parse_person(text: str) -> tuple[str, str]:
    """(channel, external id) of "telegram:12345", "whatsapp:+994 50 123 45 67" (written as
    the resident who writes from 994501234567) or "console:name"; raises `BadPerson`."""
    channel, _, external_id = text.strip().partition(":")
    external_id = external_id.strip()
    if channel not in CHANNELS or not external_id or len(external_id) > 140:
        raise BadPerson(f"write telegram:12345 or whatsapp:994501234567, not {text!r}")
    if channel == "whatsapp":
        try:
            external_id = whatsapp_ref(external_id)
        except PhoneError as error:
            raise BadPerson(f"{text!r}: {error}") from None
    return channel, external_id


async def is_deployment_admin(session: AsyncSession, *, resident: Resident) -> bool:
    """True for an admin grant without municipality (admin of every municipality)."""
    found = await session.scalar(
        select(RoleGrant.id).where(
            RoleGrant.resident_id == resident.id,
            RoleGrant.role == Role.ADMIN,
            RoleGrant.municipality_id.is_(None),
        )
    )
    return found is not None


async def may_manage(
    session: AsyncSession, *, by: Resident, municipality: Municipality | None
) -> bool:
    """Whether `by` grants and revokes roles (and sets targets) for `municipality` (None:
    every municipality, the deployment)."""
    if municipality is None:
        return await is_deployment_admin(session, resident=by)
    return await repos.has_role(
        session, resident=by, role=Role.ADMIN, municipality_id=municipality.id
    )


async def _of_municipality(
    session: AsyncSession, person: Resident, municipality: Municipality
) -> bool:
    if municipality.id in (person.municipality_id, person.community_id):
        return True
    held = await session.scalar(
        select(RoleGrant.id).where(
            RoleGrant.resident_id == person.id, RoleGrant.municipality_id == municipality.id
        )
    )
    return held is not None


async def change(
    session: AsyncSession,
    *,
    grant: bool,
    role: Role,
    person: Resident,
    municipality: Municipality | None,
    by: Resident | None,
) -> RoleChange:
    """Grant or revoke `role` of `person` for `municipality` (None: every municipality).
    `by` is the admin acting in the panel; None is the operator at the command line, who
    may do anything. Raises `ScopeNeeded`, `NotAnAdmin`, `NotOfTheMunicipality` (grants by
    an admin of one municipality only) or `OwnAdminRole`."""
    if role != Role.ADMIN and municipality is None:
        raise ScopeNeeded(f"the {role} role needs a municipality")
    if by is not None:
        if not await may_manage(session, by=by, municipality=municipality):
            where = municipality.code if municipality else "every municipality"
            raise NotAnAdmin(f"{by.ref} is no admin of {where}")
        if (
            grant
            and municipality is not None
            and not await is_deployment_admin(session, resident=by)
            and not await _of_municipality(session, person, municipality)
        ):
            raise NotOfTheMunicipality(f"{person.ref} is not of {municipality.code}")
        if not grant and role == Role.ADMIN and person.id == by.id:
            raise OwnAdminRole(f"{by.ref} may not revoke their own admin role")
    verb = repos.grant_role if grant else repos.revoke_role
    changed = await verb(session, resident=person, role=role, municipality=municipality)
    return RoleChange(person, role, municipality, granted=grant, changed=changed)


async def grant_in_scope(
    session: AsyncSession, *, grant_id: int, municipality_ids: list[int] | None
) -> tuple[RoleGrant, Resident, Municipality | None] | None:
    """A grant by its id with its person and municipality, if it is of one of
    `municipality_ids` (None: any, also those for every municipality); else None."""
    grant = await session.get(RoleGrant, grant_id)
    if grant is None:
        return None
    if municipality_ids is not None and grant.municipality_id not in municipality_ids:
        return None
    person = await session.get(Resident, grant.resident_id)
    place = await repos.municipality_by_id(session, id=grant.municipality_id)
    assert person is not None
    return grant, person, place
