"""Helpers for the web panel's tests: staff who ask the bot for a link, proposals written
straight through the domain service, and a browser-less client with its own cookie jar."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import aiohttp
from yarl import URL

from storage import proposals, repos
from storage.models import Proposal, Role
from tests.tg_user import BotHarness, TgUser

LINK = re.compile(r"https?://\S+/panel/login/[\w-]+")
CSRF = re.compile(r'name="csrf" value="([^"]+)"')


async def person(bot: BotHarness, user_id: int, code: str, *roles: Role) -> TgUser:
    """A Telegram user living in `code`, holding `roles` there."""
    user = bot.user(user_id=user_id, first_name=f"Staff{user_id}")
    await user.send(f"/start {code}")
    await user.press(bot.app.i18n.self_name("en"))
    async with bot.app.sessionmaker.begin() as session:
        resident = await repos.find_resident(session, channel="telegram", external_id=str(user_id))
        place = await repos.municipality_by_code(session, code=code.split("-")[0])
        assert resident is not None and place is not None
        for role in roles:
            await repos.grant_role(session, resident=resident, role=role, municipality=place)
    return user


async def login_link(user: TgUser) -> str:
    [reply] = await user.send("/panel")
    found = LINK.search(str(reply.params["text"]))
    assert found, reply.params["text"]
    return found.group(0)


async def write_proposals(
    bot: BotHarness,
    author: TgUser,
    texts: list[str],
    *,
    category: str = "roads",
    community: str | None = None,
    step: timedelta = timedelta(minutes=1),
    photos: list[str] | None = None,
) -> list[Proposal]:
    """Proposals by `author`, submitted one `step` apart by the app's clock (moved forward)."""
    clock = bot.app.clock
    made = []
    for text in texts:
        async with bot.app.sessionmaker.begin() as session:
            resident = await repos.find_resident(
                session, channel="telegram", external_id=str(author.id)
            )
            assert resident is not None and resident.municipality_id is not None
            municipality = await repos.municipality_by_id(session, id=resident.municipality_id)
            assert municipality is not None
            place = await repos.municipality_by_code(session, code=community) if community else None
            change = await proposals.submit(
                session, author=resident, municipality=municipality,
                community_id=place.id if place else None, category=category, text=text,
                photos=photos or [], location={"lat": 41.36, "lon": 48.51}, draft_key=None,
                event_id=None, now=clock(), per_day=1000,
            )  # fmt: skip
            made.append(change.proposal)
        clock.advance(step)  # type: ignore[attr-defined]
    return made


@dataclass
class Browserless:
    """An HTTP client with its own cookies, as one browser would be."""

    base: str
    http: aiohttp.ClientSession

    @classmethod
    def open(cls, bot: BotHarness) -> Browserless:
        jar = aiohttp.CookieJar(unsafe=True)  # cookies for 127.0.0.1
        base = f"http://127.0.0.1:{bot.app.settings.web_port}"
        return cls(base, aiohttp.ClientSession(cookie_jar=jar))

    async def close(self) -> None:
        await self.http.close()

    def url(self, path: str) -> str:
        return path if path.startswith("http") else self.base + path

    async def get(self, path: str, **kw: Any) -> tuple[int, str, aiohttp.ClientResponse]:
        async with self.http.get(self.url(path), allow_redirects=False, **kw) as response:
            return response.status, await response.text(), response

    async def post(
        self, path: str, data: dict[str, Any] | None = None, **kw: Any
    ) -> tuple[int, str, aiohttp.ClientResponse]:
        async with self.http.post(
            self.url(path), data=data or {}, allow_redirects=False, **kw
        ) as response:
            return response.status, await response.text(), response

    async def login(self, link: str) -> str:
        """Use the link; returns the Set-Cookie header it answered with."""
        status, _, response = await self.post(link)
        assert status == 303, status
        assert response.headers["Location"] == "/panel/"
        return str(response.headers["Set-Cookie"])

    async def csrf(self) -> str:
        status, page, _ = await self.get("/panel/queue")
        assert status in (200, 403), status
        found = CSRF.search(page)
        assert found, page[:500]
        return found.group(1)

    def cookie(self) -> Any:
        return self.http.cookie_jar.filter_cookies(URL(self.base + "/panel/")).get("panel")
