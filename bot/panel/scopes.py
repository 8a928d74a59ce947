"""Which municipalities a page may show the viewer, by the roles it needs: the chat's rule
(`repos.municipalities_with_role`, admins everywhere they are admins), and whether the viewer
is a deployment admin, who may also pick "all" (the whole deployment)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from bot.panel.core import Viewer
from storage import repos, staff_roles
from storage.models import Municipality, Role

ALL = "all"  # the scope value for every municipality shown (a deployment admin: all of them)


@dataclass(frozen=True)
class Scope:
    municipalities: list[Municipality]  # top-level, in content order
    everywhere: bool  # a deployment admin

    @property
    def offers_all(self) -> bool:
        return self.everywhere or len(self.municipalities) > 1

    def pick(self, code: str) -> Picked | None:
        """The scope a query's `m=` asks for: a municipality's code, ALL, or "" (the default:
        ALL for a deployment admin, else the first municipality); None when the viewer may
        not see it (the caller answers 403)."""
        code = code.strip().upper()
        if not code:
            code = ALL.upper() if self.everywhere else ""
            if not code and self.municipalities:
                code = self.municipalities[0].code
        if code == ALL.upper() and self.offers_all:
            ids = None if self.everywhere else [m.id for m in self.municipalities]
            return Picked(ALL, None, ids)
        for m in self.municipalities:
            if m.code == code:
                return Picked(m.code, m, [m.id])
        return None


@dataclass(frozen=True)
class Picked:
    """What a page shows: `code` (a municipality's, or ALL), the one municipality (None for
    several), and the ids to filter by (None: the whole deployment)."""

    code: str
    municipality: Municipality | None
    ids: list[int] | None


async def scope_of(session: AsyncSession, viewer: Viewer, roles: Sequence[Role]) -> Scope:
    """Where the viewer holds any of `roles`."""
    found: dict[int, Municipality] = {}
    for role in roles:
        for m in await repos.municipalities_with_role(session, resident=viewer.resident, role=role):
            found[m.id] = m
    places = sorted(found.values(), key=lambda m: (m.position, m.code))
    everywhere = await staff_roles.is_deployment_admin(session, resident=viewer.resident)
    return Scope(places, everywhere)


STAFF = tuple(Role)  # any staff role
