"""The chat's side of `bot.event_notices`: the same functions, given a `Context` (its
transaction, outbox, translations, reminder offsets and time), marking the update as having
queued messages when they did."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import TypeVar

from bot import event_notices as core
from bot.context import Context
from bot.event_notices import (
    ANSWER_OF,
    PREFIX,
    AnswerCode,
    EventChoice,
    Notices,
    answer_choices,
    calendar_media,
    details,
    start,
    title,
    when,
    where,
    zone,
)
from storage.events import EventChanged, NewEvent
from storage.models import Event, Municipality, Resident

__all__ = [
    "ANSWER_OF", "PREFIX", "AnswerCode", "EventChoice", "answer_choices", "calendar_media",
    "cancel", "cancel_personal", "changed", "details", "edit", "feedback", "invite", "link_due",
    "notices_of", "promoted", "publish", "schedule", "start", "title", "when", "where", "zone",
]  # fmt: skip

T = TypeVar("T")


def notices_of(ctx: Context) -> Notices:
    return Notices(ctx.session, ctx.delivery, ctx.i18n, ctx.settings.event_reminders, ctx.now)


async def _run(ctx: Context, work: Callable[[Notices], Awaitable[T]]) -> T:
    out = notices_of(ctx)
    try:
        return await work(out)
    finally:
        ctx.queued = ctx.queued or out.queued


def link_due(event: Event, ctx: Context, now: datetime) -> bool:
    return core.link_due(event, ctx.settings.event_reminders, now)


async def invite(ctx: Context, event: Event, municipality: Municipality) -> int:
    return await _run(ctx, lambda out: core.invite(out, event, municipality))


def schedule(
    ctx: Context, event: Event, municipality: Municipality, resident: Resident, status: str
) -> None:
    out = notices_of(ctx)
    core.schedule(out, event, municipality, resident, status)
    ctx.queued = ctx.queued or out.queued


def feedback(ctx: Context, event: Event, resident: Resident) -> None:
    core.feedback(notices_of(ctx), event, resident)


async def cancel_personal(ctx: Context, event: Event, resident_id: int | None = None) -> None:
    await core.cancel_personal(notices_of(ctx), event, resident_id)


async def changed(ctx: Context, event: Event, municipality: Municipality) -> int:
    return await _run(ctx, lambda out: core.changed(out, event, municipality))


async def promoted(ctx: Context, event: Event, municipality: Municipality) -> None:
    await _run(ctx, lambda out: core.promoted(out, event, municipality))


async def publish(ctx: Context, new: NewEvent, municipality: Municipality) -> tuple[Event, int]:
    return await _run(ctx, lambda out: core.publish(out, new, municipality))


async def edit(
    ctx: Context, event_id: int, municipality: Municipality, **values: object
) -> tuple[EventChanged, int]:
    return await _run(ctx, lambda out: core.edit(out, event_id, municipality, **values))


async def cancel(
    ctx: Context, event_id: int, municipality: Municipality
) -> tuple[EventChanged, int]:
    return await _run(ctx, lambda out: core.cancel(out, event_id, municipality))
