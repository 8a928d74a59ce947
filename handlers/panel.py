"""`/panel`: a staff member asks for a link to the web panel, in a private chat on any channel.

The link carries a single-use token that expires in ten minutes (`storage.staff`); opening it
starts a browser session. Residents without a staff role are told the panel is for staff.
"""

from __future__ import annotations

from bot.context import Context
from bot.messages import Choice
from bot.routing import Router
from storage import staff

router = Router()

LOGIN_PATH = "/panel/login/"  # bot.panel serves it


def panel_base(ctx: Context) -> str:
    """Where staff reach our server: PUBLIC_URL, else the address it listens on."""
    settings = ctx.settings
    return settings.public_url or f"http://{settings.web_host}:{settings.web_port}"


@router.command("panel")
async def panel(ctx: Context) -> None:
    try:
        token = await staff.issue_link(ctx.session, resident=ctx.resident, now=ctx.now)
    except staff.LoginRefused:
        ctx.say("panel-staff-only")
        return
    link = f"{panel_base(ctx)}{LOGIN_PATH}{token}"
    minutes = int(staff.LINK_TTL.total_seconds() // 60)
    # A link button only for a public https address: Telegram refuses buttons to local ones.
    public = (ctx.settings.public_url or "").startswith("https://")
    button = [Choice("panel:open", ctx.t("panel-open"), url=link)] if public else []
    ctx.reply(ctx.t("panel-link", link=link, minutes=minutes), button)
