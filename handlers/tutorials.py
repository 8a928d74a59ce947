"""Pay online: step-by-step tutorials for the resident's country, progress kept per resident,
"Did you manage to pay?" at the end, help from the municipality's helpers, a gentle reminder.

Buttons carry the step they were shown on, so a stale or doubled press shows the current step
instead of skipping one. Indicators count each resident once per tutorial (`TutorialRun`).
"""

from __future__ import annotations

from datetime import timedelta

from bot.context import Context
from bot.i18n import localised
from bot.messages import Choice, Reply
from bot.routing import Router
from handlers.menu import show_menu
from handlers.places import ask_place
from storage import repos
from storage.models import HelpRequest, Resident, Role, TutorialOutcome, TutorialRun
from storage.tutorials import Tutorial

router = Router()

REMINDER_TOPIC = "tutorial-reminder"
ANSWER_MAX = 3500  # a helper's answer, with room for our words around it in one message


def title(ctx: Context, tutorial: Tutorial) -> str:
    return localised(tutorial.titles, ctx.t.chain)


async def list_tutorials(ctx: Context) -> None:
    municipality = await repos.municipality_by_id(ctx.session, id=ctx.resident.municipality_id)
    if municipality is None:
        await ask_place(ctx)
        return
    tutorials = ctx.tutorials.for_country(municipality.country)
    if not tutorials:
        show_menu(ctx, "tutorials-none")
        return
    runs = await repos.tutorial_runs(ctx.session, resident_id=ctx.resident.id)
    choices = []
    for tutorial in tutorials:
        run = runs.get(tutorial.code)
        mark = "✅" if run and run.outcome == TutorialOutcome.PAID else "▸" if run else "•"
        choices.append(Choice(f"tut:open:{tutorial.code}", f"{mark} {title(ctx, tutorial)}"))
    choices.append(ctx.choice("menu:main", "back-to-menu"))
    ctx.goto("tutorials")
    ctx.say("tutorials-title", choices)


async def show_step(
    ctx: Context, tutorial: Tutorial, run: TutorialRun, note: str | None = None
) -> None:
    step = tutorial.steps[run.step]
    last = run.step == len(tutorial.steps) - 1
    code, number = tutorial.code, run.step
    text = ctx.t(
        "tutorial-step",
        number=number + 1,
        total=len(tutorial.steps),
        title=title(ctx, tutorial),
        text=localised(step.texts, ctx.t.chain),
    )
    if step.tips:
        text += "\n\n" + ctx.t("tutorial-tip", tip=localised(step.tips, ctx.t.chain))
    if note:
        text = ctx.t(note, number=number + 1) + "\n\n" + text
    choices = []
    if step.link_url:
        choices.append(
            Choice(f"tut:link:{code}", localised(step.link_labels, ctx.t.chain), step.link_url)
        )
    choices += [
        ctx.choice(f"tut:next:{code}:{number}", "tutorial-finish" if last else "tutorial-next"),
        ctx.choice(f"tut:back:{code}:{number}", "tutorial-back"),
        ctx.choice(f"tut:restart:{code}:{number}", "tutorial-restart"),
        ctx.choice(f"tut:stuck:{code}:{number}", "tutorial-stuck"),
    ]
    ctx.goto("tutorial", code=code)
    media = {"kind": "photo", "path": str(step.image)} if step.image else None
    ctx.reply(text, choices, media)


@router.choice("tut")
async def tutorial_step(ctx: Context) -> None:
    action, _, rest = ctx.arg.partition(":")
    code, _, shown = rest.partition(":")
    tutorial = ctx.tutorials.get(code)
    if tutorial is None:  # "tut:list" from the menu, or a tutorial since removed
        await list_tutorials(ctx)
        return
    if action == "open":
        run, started = await repos.start_tutorial(
            ctx.session, resident=ctx.resident, tutorial=code, now=ctx.now
        )
        run.step = min(run.step, len(tutorial.steps) - 1)  # the content may have shrunk
        note = "tutorial-resumed" if not started and run.step > 0 else None
        await show_step(ctx, tutorial, run, note)
        return
    found = await ctx.session.get(TutorialRun, (ctx.resident.id, code))
    if found is None:
        run, _ = await repos.start_tutorial(
            ctx.session, resident=ctx.resident, tutorial=code, now=ctx.now
        )
    else:
        run = found
    run.step = min(run.step, len(tutorial.steps) - 1)
    if action in ("next", "back", "restart", "stuck") and shown != str(run.step):
        await show_step(ctx, tutorial, run)  # an old button: show where they really are
        return
    match action:
        case "next" if run.step == len(tutorial.steps) - 1:
            run.completed_at = run.completed_at or ctx.now
            ctx.goto("tutorial", code=code)
            ctx.say(
                "tutorial-did-you-pay",
                [
                    ctx.choice(f"paid:yes:{code}", "tutorial-paid-yes"),
                    ctx.choice(f"paid:notyet:{code}", "tutorial-paid-not-yet"),
                    ctx.choice(f"paid:help:{code}", "tutorial-paid-help"),
                ],
            )
        case "next":
            run.step += 1
            await show_step(ctx, tutorial, run)
        case "back" if run.step == 0:
            await show_step(ctx, tutorial, run, "tutorial-first-step")
        case "back":
            run.step -= 1
            await show_step(ctx, tutorial, run)
        case "restart":
            run.step = 0
            await show_step(ctx, tutorial, run)
        case "stuck":
            await open_help_request(ctx, tutorial, run)
        case _:
            await show_step(ctx, tutorial, run)


@router.choice("paid")
async def payment_outcome(ctx: Context) -> None:
    answer, _, code = ctx.arg.partition(":")
    tutorial = ctx.tutorials.get(code)
    run = await ctx.session.get(TutorialRun, (ctx.resident.id, code)) if tutorial else None
    if tutorial is None or run is None or run.completed_at is None:
        await list_tutorials(ctx)
        return
    topic = f"{REMINDER_TOPIC}:{code}"
    if ctx.delivery is not None:
        await ctx.delivery.cancel_topic(ctx.session, resident_id=ctx.resident.id, topic=topic)
    match answer:
        case "yes":
            run.outcome = TutorialOutcome.PAID
            run.paid_at = run.paid_at or ctx.now
            show_menu(ctx, "tutorial-paid-thanks")
        case "notyet":
            run.outcome = (
                run.outcome if run.outcome == TutorialOutcome.PAID else TutorialOutcome.NOT_YET
            )
            days = ctx.settings.tutorial_followup_days
            if ctx.resident.tutorial_reminders and ctx.delivery is not None:
                reminder = Reply(
                    ctx.t("tutorial-reminder", title=title(ctx, tutorial)),
                    (
                        ctx.choice(f"tut:open:{code}", "tutorial-reminder-open"),
                        ctx.choice("tutrem:off", "tutorial-reminders-off"),
                    ),
                )
                ctx.delivery.enqueue_message(
                    ctx.session, resident=ctx.resident, reply=reminder, topic=topic,
                    not_before=ctx.now + timedelta(days=days),
                )  # fmt: skip
                ctx.say(
                    "tutorial-not-yet",
                    [
                        ctx.choice("tutrem:off", "tutorial-reminders-off"),
                        ctx.choice("menu:main", "back-to-menu"),
                    ],
                    days=days,
                )
            else:
                show_menu(ctx, "tutorial-not-yet-no-reminder")
        case "help":
            run.outcome = (
                run.outcome if run.outcome == TutorialOutcome.PAID else TutorialOutcome.HELP
            )
            await open_help_request(ctx, tutorial, run)
        case _:
            await list_tutorials(ctx)


@router.choice("tutrem")
async def reminders_off(ctx: Context) -> None:
    ctx.resident.tutorial_reminders = False
    if ctx.delivery is not None:
        for code in ctx.tutorials.tutorials:
            await ctx.delivery.cancel_topic(
                ctx.session, resident_id=ctx.resident.id, topic=f"{REMINDER_TOPIC}:{code}"
            )
    show_menu(ctx, "tutorial-reminders-stopped")


# --- help requests ---------------------------------------------------------------------------


async def open_help_request(ctx: Context, tutorial: Tutorial, run: TutorialRun) -> None:
    """Store the request, tell the municipality's helpers, and tell the resident honestly."""
    municipality = await repos.municipality_by_id(ctx.session, id=ctx.resident.municipality_id)
    request = HelpRequest(
        resident_id=ctx.resident.id,
        municipality_id=municipality.id if municipality else None,
        tutorial=tutorial.code,
        step=run.step,
    )
    ctx.session.add(request)
    await ctx.session.flush()
    helpers = (
        await repos.staff_of(ctx.session, municipality_id=municipality.id, role=Role.MODERATOR)
        if municipality
        else []
    )
    reached = 0
    if ctx.delivery is not None and municipality is not None:
        for helper in helpers:
            ctx.delivery.enqueue_message(
                ctx.session, resident=helper, reply=help_notice(ctx, helper, request, tutorial)
            )
            reached += 1
        if municipality.helpers_chat:
            ctx.delivery.enqueue_to_chat(
                ctx.session, channel="telegram", chat_ref=municipality.helpers_chat,
                reply=help_notice(ctx, None, request, tutorial), locale=ctx.resident.locale,
            )  # fmt: skip
            reached += 1
        ctx.queued = True
    show_menu(ctx, "help-sent" if reached else "help-stored", id=request.id)


def help_notice(
    ctx: Context, helper: Resident | None, request: HelpRequest, tutorial: Tutorial
) -> Reply:
    """The message helpers get, in the helper's language (the resident's in a group chat)."""
    t = ctx.i18n.translator(helper.locale if helper else ctx.resident.locale)
    return Reply(
        t(
            "help-request",
            id=request.id,
            title=localised(tutorial.titles, t.chain),
            number=request.step + 1,
            total=len(tutorial.steps),
            language=ctx.i18n.self_name(ctx.resident.locale),
        ),
        (Choice(f"help:answer:{request.id}", t("help-answer")),),
    )


async def open_request_for_helper(ctx: Context, raw_id: str) -> HelpRequest | None:
    """The request, if this resident helps in its municipality and it is still open;
    otherwise say why and return None (nothing changes)."""
    request = await repos.get_by_ref(ctx.session, HelpRequest, raw_id)
    if (
        request is None
        or request.municipality_id is None
        or not await repos.has_role(
            ctx.session,
            resident=ctx.resident,
            role=Role.MODERATOR,
            municipality_id=request.municipality_id,
        )
    ):
        show_menu(ctx, "help-not-allowed")
        return None
    if request.status != "open":
        show_menu(ctx, "help-already-answered", id=request.id)
        return None
    return request


@router.choice("help")
async def answer_help(ctx: Context) -> None:
    request = await open_request_for_helper(ctx, ctx.arg.partition(":")[2])
    if request is not None:
        ctx.goto("help.answer", id=request.id)
        ctx.say("help-write-answer", [ctx.choice("menu:main", "back-to-menu")], id=request.id)


@router.state("help.answer", free_text=True)
async def help_answer_text(ctx: Context) -> None:
    request = await open_request_for_helper(ctx, str(ctx.data.get("id", "")))
    if request is None:
        return
    text = (ctx.incoming.text or "").strip()
    if not text or len(text) > ANSWER_MAX:
        ctx.say("help-answer-length", max=ANSWER_MAX)
        return
    request.status, request.answer = "answered", text
    request.answered_by_id, request.answered_at = ctx.resident.id, ctx.now
    resident = await ctx.session.get(Resident, request.resident_id)
    tutorial = ctx.tutorials.get(request.tutorial)
    if resident is not None and ctx.delivery is not None:
        t = ctx.i18n.translator(resident.locale)
        name = localised(tutorial.titles, t.chain) if tutorial else request.tutorial
        reply = Reply(
            t("help-answer-for-resident", title=name, answer=text),
            (Choice(f"tut:open:{request.tutorial}", t("tutorial-reminder-open")),),
        )
        ctx.delivery.enqueue_message(ctx.session, resident=resident, reply=reply)
        ctx.queued = True
    show_menu(ctx, "help-answer-sent", id=request.id)
