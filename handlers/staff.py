"""Staff in chat: which commands each role has (`/help` and the platforms' command menus say
them, per municipality), and the open help requests of a helper's municipalities (`/requests`).

Who may do what stays with the domain services (`storage.repos.has_role`,
`storage.help_requests`); this module lists and renders.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from bot.context import Context
from bot.i18n import localised
from bot.messages import Choice
from bot.routing import Router
from handlers.tutorials import HelpAction, help_id
from storage import help_requests, repos
from storage.models import Resident, Role

router = Router()

REQUESTS_SHOWN = 10  # open help requests listed at a time

# The commands of each role, in the order /help and the menus show them. An admin holds them all.
_MODERATOR = ("queue", "requests")  # help requests are the moderators' (help_requests.HELPER_ROLE)
_PUBLISHER = ("announce", "announcements", "event", "events", "event_report")
_AUTHORITY = ("answer",)
ROLE_COMMANDS: Mapping[Role, tuple[str, ...]] = {
    Role.MODERATOR: _MODERATOR,
    Role.PUBLISHER: _PUBLISHER,
    Role.AUTHORITY: _AUTHORITY,
    Role.ADMIN: (*_MODERATOR, *_PUBLISHER, *_AUTHORITY),
}
STAFF_COMMANDS: tuple[str, ...] = ROLE_COMMANDS[Role.ADMIN]  # each described by command-<name>


def menu_for(residents: Sequence[str], roles: Collection[str]) -> list[str]:
    """A person's command menu: the residents' commands, then their roles' (each once)."""
    names = list(residents)
    for role in Role:
        if role.value in roles:
            names += [name for name in ROLE_COMMANDS[role] if name not in names]
    return names


async def show_help(ctx: Context) -> None:
    """What the bot does for residents, then, for staff, the commands of each role they hold,
    per municipality (a grant on every municipality says so)."""
    text = ctx.t("help")
    grants = await repos.roles_of(ctx.session, resident=ctx.resident)
    sections = []
    for grant in sorted(grants, key=lambda g: (g.municipality_id or 0, g.role)):
        place = (
            await repos.municipality_by_id(ctx.session, id=grant.municipality_id)
            if grant.municipality_id is not None
            else None
        )
        where = place.name(ctx.t.chain) if place else ctx.t("help-staff-everywhere")
        lines = [ctx.t("help-staff-role", place=where, role=grant.role)]
        lines += [
            f"/{name} – {ctx.t(f'command-{name}')}" for name in ROLE_COMMANDS[Role(grant.role)]
        ]
        sections.append("\n".join(lines))
    if sections:
        text += "\n\n" + ctx.t("help-staff-title") + "\n\n" + "\n\n".join(sections)
    ctx.reply(text)


@router.command("requests")
async def open_requests(ctx: Context) -> None:
    """/requests: the open help requests a helper may answer, oldest first, each with Answer
    (answering is `handlers.tutorials`' flow)."""
    helps_in = await repos.municipalities_with_role(
        ctx.session, resident=ctx.resident, role=help_requests.HELPER_ROLE
    )
    if not helps_in:
        ctx.say("help-requests-not-allowed")
        return
    shown, total = await help_requests.open_for_helper(
        ctx.session, helper=ctx.resident, limit=REQUESTS_SHOWN
    )
    ctx.say("help-requests-list", count=total, shown=len(shown))
    for request in shown:
        asker = await ctx.session.get(Resident, request.resident_id)
        tutorial = ctx.tutorials.get(request.tutorial)
        text = ctx.t(
            "help-request",
            id=request.id,
            title=localised(tutorial.titles, ctx.t.chain) if tutorial else request.tutorial,
            number=request.step + 1,
            total=len(tutorial.steps) if tutorial else request.step + 1,
            language=ctx.i18n.self_name(asker.locale) if asker else "—",
        )
        ctx.reply(text, [Choice(help_id(HelpAction.ANSWER, request.id), ctx.t("help-answer"))])
