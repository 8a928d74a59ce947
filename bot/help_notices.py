"""A helper's answer to a help request, and the resident told through the outbox: one path for
the chat (`handlers.tutorials`) and the web panel (`bot.panel.help`). Who may answer, and when,
is `storage.help_requests`' to say."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot.delivery import DeliveryEngine
from bot.i18n import I18n, localised
from bot.messages import Choice, Reply
from storage import help_requests
from storage.help_requests import Answered
from storage.models import Resident
from storage.tutorials import TutorialCatalog


def open_guide_id(code: str) -> str:
    """The resident's "Open the guide" button: `handlers.tutorials`' `tut:open:<code>` (a test
    checks they agree; the strings are on residents' old keyboards)."""
    return f"tut:open:{code}"


async def answer(
    session: AsyncSession,
    *,
    ref: int | str | None,
    helper: Resident,
    text: str,
    now: datetime,
    delivery: DeliveryEngine | None,
    i18n: I18n,
    tutorials: TutorialCatalog,
) -> Answered:
    """Store the answer (`storage.help_requests.answer`: raises `NotFound`, `NotAHelper`,
    `ForbiddenChange` when answered already, `InvalidAnswer`), then queue it for the resident
    in their language, with a button back to the guide. The caller wakes the sender after the
    commit."""
    answered = await help_requests.answer(session, ref=ref, helper=helper, text=text, now=now)
    request = answered.request
    resident = await session.get(Resident, request.resident_id)
    if resident is not None and delivery is not None:
        t = i18n.translator(resident.locale)
        tutorial = tutorials.get(request.tutorial)
        name = localised(tutorial.titles, t.chain) if tutorial else request.tutorial
        reply = Reply(
            t("help-answer-for-resident", title=name, answer=answered.answer),
            (Choice(open_guide_id(request.tutorial), t("tutorial-reminder-open")),),
        )
        delivery.enqueue_message(session, resident=resident, reply=reply)
    return answered
