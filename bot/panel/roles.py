"""Staff roles of a municipality: who holds which, granted and revoked by its admins through
the command line's own rule (`storage.staff_roles`); a revoke is confirmed first. Each change
is audited and sets the person's Telegram command menu, as `python -m bot grant` does.

GET  /roles                      ?m=CODE|all: the holders, a form to grant
POST /roles/grant                person (telegram:123), role, m
GET  /roles/{id}/revoke          what revoking takes away, and a button to confirm
POST /roles/{id}/revoke          revoke
"""

from __future__ import annotations

import logging
from urllib.parse import urlencode

from aiohttp import web
from sqlalchemy.ext.asyncio import AsyncSession

from bot.panel.core import PANEL_KEY, PREFIX, Panel, Viewer, refusal, render, viewer_of
from bot.panel.scopes import ALL, Picked, Scope, scope_of
from storage import repos, staff, staff_roles
from storage.models import Role

log = logging.getLogger(__name__)

ROLE_LABELS = {
    Role.MODERATOR: "panel-role-moderator",
    Role.PUBLISHER: "panel-role-publisher",
    Role.AUTHORITY: "panel-role-authority",
    Role.ADMIN: "panel-role-admin",
}
REFUSALS = {
    staff_roles.BadPerson: "panel-roles-bad-person",
    staff_roles.ScopeNeeded: "panel-roles-scope-needed",
    staff_roles.NotOfTheMunicipality: "panel-roles-not-of-municipality",
    staff_roles.OwnAdminRole: "panel-roles-own-admin",
}
# What each role lets its holder do: said before a revoke takes it away.
ROLE_DUTIES = {
    Role.MODERATOR: "panel-role-moderator-does",
    Role.PUBLISHER: "panel-role-publisher-does",
    Role.AUTHORITY: "panel-role-authority-does",
    Role.ADMIN: "panel-role-admin-does",
}
NOTICES = ("panel-roles-granted", "panel-roles-revoked", "panel-roles-had",
           "panel-roles-unknown-person", *REFUSALS.values())  # fmt: skip


async def admin_scope(request: web.Request, viewer: Viewer, session: AsyncSession) -> Scope:
    scope = await scope_of(session, viewer, (Role.ADMIN,))
    if not scope.municipalities and not scope.everywhere:
        raise refusal(request, viewer, 403, "panel-roles-not-allowed")
    return scope


def picked_or_403(request: web.Request, viewer: Viewer, scope: Scope, code: str) -> Picked:
    """The municipality asked for (by default the first one administered); ALL, the grants
    for every municipality, only for deployment admins."""
    if not code.strip() and scope.municipalities:
        code = scope.municipalities[0].code
    picked = scope.pick(code)
    # "all" here is the grants for every municipality: the deployment admins' own.
    if picked is None or (picked.code == ALL and not scope.everywhere):
        raise refusal(request, viewer, 403, "panel-roles-not-allowed")
    return picked


async def roles_page(request: web.Request) -> web.Response:
    panel, viewer = request.config_dict[PANEL_KEY], viewer_of(request)
    t = viewer.t
    async with panel.sessionmaker() as session:
        scope = await admin_scope(request, viewer, session)
        picked = picked_or_403(request, viewer, scope, str(request.query.get("m", "")))
        place = picked.municipality
        holders = await repos.role_holders(session, municipality_id=place.id if place else None)
        if place is None:  # the deployment's own: grants for every municipality
            holders = [h for h in holders if h[2] is None]
    rows = [
        {
            "id": grant.id, "who": person.display_name or "", "ref": person.ref,
            "role": t(ROLE_LABELS[Role(grant.role)]),
            "where": where.name(t.chain) if where else t("panel-dash-all"),
            # (not one's own admin role: `staff_roles.OwnAdminRole`)
            "revocable": (where is not None or scope.everywhere)
            and not (person.id == viewer.resident.id and grant.role == Role.ADMIN),
        }
        for person, grant, where in holders
    ]  # fmt: skip
    message = str(request.query.get("message", ""))
    return render(
        request, "roles.html", t, rows=rows, picked=picked,
        place=place.name(t.chain) if place else t("panel-dash-all"),
        scopes=[(m.code, m.name(t.chain)) for m in scope.municipalities],
        everywhere=scope.everywhere,
        roles=[(r.value, t(ROLE_LABELS[r])) for r in Role if place is not None or r == Role.ADMIN],
        message=message if message in NOTICES else None,
        person=str(request.query.get("person", ""))[:160],
    )  # fmt: skip


def back(code: str, message: str, **extra: str) -> web.HTTPSeeOther:
    return web.HTTPSeeOther(f"{PREFIX}/roles?{urlencode({'m': code, 'message': message, **extra})}")


async def refresh_menu(panel: Panel, person: tuple[str, str]) -> None:
    """The person's Telegram command menu follows their roles now (as after the CLI's grant);
    a failure is logged by `show_staff_commands`, the role stands either way."""
    if panel.menus is not None and person[0] == "telegram":
        await panel.menus(person)


async def grant(request: web.Request) -> web.StreamResponse:
    panel, viewer = request.config_dict[PANEL_KEY], viewer_of(request)
    form = await request.post()
    text = str(form.get("person") or "")[:160]
    role = Role(r) if (r := str(form.get("role") or "")) in set(Role) else None
    async with panel.write_turn, panel.sessionmaker.begin() as session:
        scope = await admin_scope(request, viewer, session)
        picked = picked_or_403(request, viewer, scope, str(form.get("m") or "") or "-")
        if role is None:
            raise back(picked.code, "panel-roles-scope-needed", person=text)
        try:
            channel, external_id = staff_roles.parse_person(text)
        except staff_roles.BadPerson:
            raise back(picked.code, "panel-roles-bad-person", person=text) from None
        person = await repos.find_resident(session, channel=channel, external_id=external_id)
        if person is None:
            raise back(picked.code, "panel-roles-unknown-person", person=text)
        try:
            done = await staff_roles.change(
                session, grant=True, role=role, person=person, municipality=picked.municipality,
                by=viewer.resident,
            )  # fmt: skip
        except staff_roles.NotAnAdmin:
            raise refusal(request, viewer, 403, "panel-roles-not-allowed") from None
        except staff_roles.RoleRuleError as error:
            raise back(picked.code, REFUSALS[type(error)], person=text) from None
        if done.changed:
            staff.audit(session, resident=viewer.resident, action="role-granted",
                        now=panel.clock(), detail=done.detail)  # fmt: skip
        ref = (person.channel, person.external_id)
    if done.changed:
        await refresh_menu(panel, ref)
    raise back(picked.code, "panel-roles-granted" if done.changed else "panel-roles-had")


async def grant_to_revoke(
    request: web.Request, viewer: Viewer, session: AsyncSession, scope: Scope
) -> staff_roles.RoleChange:
    """The grant of the path as a change to make, if the viewer administers its
    municipality (for a grant on every municipality: a deployment admin); else 403/404."""
    grant_id = repos.parse_id(request.match_info["id"])
    ids = None if scope.everywhere else [m.id for m in scope.municipalities]
    found = (
        await staff_roles.grant_in_scope(session, grant_id=grant_id, municipality_ids=ids)
        if grant_id is not None
        else None
    )
    if found is None:
        raise refusal(request, viewer, 403, "panel-roles-not-allowed")
    row, person, place = found
    return staff_roles.RoleChange(person, Role(row.role), place, granted=False, changed=False)


async def confirm_revoke(request: web.Request) -> web.Response:
    panel, viewer = request.config_dict[PANEL_KEY], viewer_of(request)
    t = viewer.t
    async with panel.sessionmaker() as session:
        scope = await admin_scope(request, viewer, session)
        change = await grant_to_revoke(request, viewer, session, scope)
    where = change.municipality.name(t.chain) if change.municipality else t("panel-dash-all")
    return render(
        request, "revoke.html", t, grant_id=request.match_info["id"],
        who=change.person.display_name or change.person.ref, ref=change.person.ref,
        role=t(ROLE_LABELS[change.role]), where=where, code=change.scope,
        duties=t(ROLE_DUTIES[change.role]),
    )  # fmt: skip


async def revoke(request: web.Request) -> web.StreamResponse:
    panel, viewer = request.config_dict[PANEL_KEY], viewer_of(request)
    async with panel.write_turn, panel.sessionmaker.begin() as session:
        scope = await admin_scope(request, viewer, session)
        found = await grant_to_revoke(request, viewer, session, scope)
        code = found.municipality.code if found.municipality else ALL
        try:
            done = await staff_roles.change(
                session, grant=False, role=found.role, person=found.person,
                municipality=found.municipality, by=viewer.resident,
            )  # fmt: skip
        except staff_roles.NotAnAdmin:
            raise refusal(request, viewer, 403, "panel-roles-not-allowed") from None
        except staff_roles.RoleRuleError as error:
            raise back(code, REFUSALS[type(error)]) from None
        if done.changed:
            staff.audit(session, resident=viewer.resident, action="role-revoked",
                        now=panel.clock(), detail=done.detail)  # fmt: skip
        ref = (found.person.channel, found.person.external_id)
    if done.changed:
        await refresh_menu(panel, ref)
    raise back(code, "panel-roles-revoked")


def add_routes(router: web.UrlDispatcher) -> None:
    router.add_get("/roles", roles_page)
    router.add_post("/roles/grant", grant)
    router.add_get("/roles/{id}/revoke", confirm_revoke)
    router.add_post("/roles/{id}/revoke", revoke)
