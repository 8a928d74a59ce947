"""The staff web panel, served under `/panel` by our own aiohttp server (bot/web.py).

Server-rendered Jinja2 pages (autoescaped), htmx (vendored in `static/`, served by us) for
partial updates, sessions by a single-use link the bot sends (`/panel` in a private chat), an
encrypted cookie (aiohttp-session with Fernet) that carries only the session's secret, a CSRF
token on every POST and a strict Content-Security-Policy. Every rule is a domain service's:
roles (`storage.repos`), sign-in (`storage.staff`), proposals (`storage.proposals` through
`bot.proposal_notices`); the panel renders and calls them, and holds no rule of its own.
"""

from bot.panel.app import build_panel

__all__ = ["build_panel"]
