"""Command line: python -m bot [run | chat | migrate | flows | load-content | grant | revoke |
roles | report | export | retry-forwards]."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select

from bot import speed
from bot.app import App
from bot.channels.console import ConsoleChannel
from bot.config import PROJECT_ROOT, SHIPPED_LOCALES, ConfigError, Settings
from storage import event_export, export_files, proposal_export, repos, staff_roles, survey_export
from storage.content import ContentError, load_content
from storage.indicators import TutorialIndicators, indicator_rows, tutorial_indicators, write_csv
from storage.models import Delivery, DeliveryStatus, Event, Municipality, Proposal, Role, Survey
from storage.tutorials import TutorialError

EXIT_USAGE = 2
EXIT_PIPE_CLOSED = 141  # what a shell reports for a process ended by SIGPIPE (128 + 13)
FLOW_DIAGRAMS = PROJECT_ROOT / "docs" / "flows"


class CliError(Exception):
    """A problem the operator can fix; printed without a traceback."""


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bot", description=__doc__)
    commands = parser.add_subparsers(dest="command")
    commands.add_parser("run", help="serve the configured channels (the default)")
    chat = commands.add_parser("chat", help="talk to the bot in this terminal")
    chat.add_argument("--lang", choices=SHIPPED_LOCALES, help="language for a new user")
    chat.add_argument(
        "--user", "--as", dest="user", default="local",
        help="who you are (default: local); each name is its own person, e.g. a resident in one "
        "terminal and a moderator in another",
    )  # fmt: skip
    commands.add_parser("migrate", help="apply database migrations")
    commands.add_parser("flows", help="write a Mermaid diagram of each conversation to docs/flows")
    load = commands.add_parser("load-content", help="load or update municipalities from a file")
    load.add_argument("file", type=Path)
    for name, verb in (("grant", "give"), ("revoke", "take away")):
        sub = commands.add_parser(name, help=f"{verb} a staff role")
        sub.add_argument("role", choices=[role.value for role in Role])
        sub.add_argument("user", help="channel:id, e.g. telegram:12345 or whatsapp:994501234567")
        sub.add_argument("--municipality", metavar="CODE", help="scope (required but for admin)")
    roles = commands.add_parser("roles", help="list who holds which staff role")
    roles.add_argument("--municipality", metavar="CODE", help="only roles that reach it")
    report = commands.add_parser("report", help="print indicators for donors' reports")
    report.add_argument("what", choices=["indicators"])
    report.add_argument("--municipality", metavar="CODE", required=True)
    report.add_argument("--from", dest="first", metavar="YYYY-MM-DD", type=_date, required=True)
    report.add_argument("--to", dest="last", metavar="YYYY-MM-DD", type=_date, required=True)
    report.add_argument("--csv", metavar="FILE", type=Path, help="also write the rows as CSV")
    retry = commands.add_parser(
        "retry-forwards", help="send failed forwards of proposals to the authority again"
    )
    retry.add_argument("--municipality", metavar="CODE", help="only this municipality")
    export = commands.add_parser(
        "export",
        help="export records as CSV or XLSX: proposals, consultations (events), their answers, "
        "the payment guides' indicators, or a survey's responses",
    )
    export.add_argument("what", choices=["proposals", "events", "answers", "indicators", "survey"])
    export.add_argument("id", nargs="?", type=int, help="the survey's number (export survey ID)")
    export.add_argument(
        "--municipality", metavar="CODE",
        help="proposals: required unless --event; events, answers: default every municipality; "
        "indicators: required",
    )  # fmt: skip
    export.add_argument("--event", metavar="ID", type=int, help="proposals raised at this event")
    export.add_argument("--from", dest="first", metavar="YYYY-MM-DD", type=_date,
                        help="indicators: the first day")  # fmt: skip
    export.add_argument("--to", dest="last", metavar="YYYY-MM-DD", type=_date,
                        help="indicators: the last day")  # fmt: skip
    export.add_argument("--format", choices=["csv", "xlsx"], default="csv",
                        help="xlsx needs --output")  # fmt: skip
    export.add_argument("--output", metavar="FILE", type=Path, help="default: standard output")
    return parser.parse_args(argv)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date like 2026-11-30: {text!r}") from None


async def run(app: App) -> None:
    await app.prepare_database()
    if app.has_channels:
        await app.serve_forever()
        return
    if not sys.stdin.isatty():
        raise CliError(
            "no channel is configured (set TELEGRAM_BOT_TOKEN or the WHATSAPP_ settings) and "
            "there is no terminal to chat in; try `python -m bot chat`"
        )
    print(
        "No channel is configured (no Telegram or WhatsApp settings): opening the terminal chat.\n"
    )
    await chat(app, user="local", lang=None)


async def chat(app: App, *, user: str, lang: str | None) -> None:
    await app.prepare_database()
    try:
        await app.chat(ConsoleChannel(dispatcher=app.dispatcher, user=user, locale_hint=lang))
    finally:
        await app.engine.dispose()


async def load(app: App, path: Path) -> None:
    await app.prepare_database()
    async with app.sessionmaker.begin() as session:
        result = await load_content(session, path)
    print(
        f"{path}: {result.created} created, {result.updated} updated, "
        f"{result.library} library items"
    )


async def change_role(app: App, *, grant: bool, role: str, user: str, code: str | None) -> None:
    """The operator's grant or revoke, through the panel's own rule (`storage.staff_roles`)."""
    try:
        channel, external_id = staff_roles.parse_person(user)
    except staff_roles.BadPerson as error:
        raise CliError(f"USER: {error}") from None
    if role != Role.ADMIN and not code:
        raise CliError(f"--municipality CODE is required for the {role} role")
    await app.prepare_database()
    async with app.sessionmaker.begin() as session:
        municipality = None
        if code:
            municipality = await repos.municipality_by_code(session, code=code)
            if municipality is None:
                raise CliError(f"no municipality with code {code!r}")
        resident, _ = await repos.get_or_create_resident(
            session, channel=channel, external_id=external_id, locale=app.settings.default_locale
        )
        try:
            done = await staff_roles.change(
                session, grant=grant, role=Role(role), person=resident,
                municipality=municipality, by=None,
            )  # fmt: skip
        except staff_roles.RoleRuleError as error:
            raise CliError(str(error)) from None
        changed = done.changed
    if changed and channel == "telegram" and app.telegram is not None:
        # The person's command menu follows their roles (the bot also sets them all at start).
        await app.telegram.application.initialize()
        try:
            if not await app.show_staff_commands((channel, external_id)):
                print(f"{user}: the Telegram command menu could not be set now; "
                      "it will be at the bot's next start", file=sys.stderr)  # fmt: skip
        finally:
            await app.telegram.application.shutdown()
    scope = municipality.code if municipality else "all municipalities"
    verb = (
        ("granted" if grant else "revoked")
        if changed
        else ("already had" if grant else "did not have")
    )
    print(f"{channel}:{external_id}: {verb} {role} ({scope})")


async def list_roles(app: App, *, code: str | None) -> None:
    """Who holds which role, one grant a line: role, person (channel:id), name, scope. With a
    municipality, the grants that reach it (its own and those on every municipality)."""
    await app.prepare_database()
    async with app.sessionmaker() as session:
        municipality_id = None
        if code:
            municipality = await repos.municipality_by_code(session, code=code)
            if municipality is None:
                raise CliError(f"no municipality with code {code!r}")
            municipality_id = municipality.id
        holders = await repos.role_holders(session, municipality_id=municipality_id)
    if not holders:
        print("nobody holds a staff role" + (f" in {code.upper()}" if code else ""))
        return
    print(f"{'role':<10} {'who':<28} {'name':<24} municipality")
    for resident, grant, place in holders:
        who = f"{resident.channel}:{resident.external_id}"
        name = " ".join((resident.display_name or "—").split())[:24]
        print(f"{grant.role:<10} {who:<28} {name:<24} {place.code if place else 'all'}")


async def indicators_of(
    app: App, *, code: str, first: date, last: date
) -> tuple[Municipality, list[TutorialIndicators]]:
    """The municipality of `code` and its payment-guide indicators from `first` to `last`
    (local days, both included); `CliError` for a reversed period or an unknown code."""
    if last < first:
        raise CliError("--to is before --from")
    await app.prepare_database()
    async with app.sessionmaker() as session:
        municipality = await repos.municipality_by_code(session, code=code)
        if municipality is None:
            raise CliError(f"no municipality with code {code!r}")
        rows = await tutorial_indicators(session, municipality=municipality, first=first, last=last)
    return municipality, rows


async def report(app: App, *, code: str, first: date, last: date, csv_path: Path | None) -> None:
    municipality, rows = await indicators_of(app, code=code, first=first, last=last)
    titles = {
        t.code: t.titles.get("en", t.code) for t in app.dispatcher.tutorials.tutorials.values()
    }
    print(f"Payment tutorials, {municipality.code}, {first} to {last} ({municipality.timezone})")
    print(f"{'tutorial':<40} {'started':>8} {'completed':>10} {'paid online':>12}")
    for row in rows:
        name = titles.get(row.tutorial, row.tutorial)[:40]
        print(f"{name:<40} {row.started:>8} {row.completed:>10} {row.paid_online:>12}")
    totals = [sum(getattr(r, f) for r in rows) for f in ("started", "completed", "paid_online")]
    print(f"{'total':<40} {totals[0]:>8} {totals[1]:>10} {totals[2]:>12}")
    if csv_path is not None:
        with csv_path.open("w", newline="", encoding="utf-8") as out:
            write_csv(out, municipality=municipality, first=first, last=last, rows=rows)
        print(f"wrote {csv_path}")


async def retry_forwards(app: App, *, code: str | None) -> None:
    """Forwards that gave up (the mail server or webhook was down for hours) go out again:
    rendered anew from the proposal, to the destinations configured now."""
    await app.prepare_database()
    async with app.sessionmaker.begin() as session:
        query = select(Delivery).where(
            Delivery.proposal_id.is_not(None), Delivery.status == DeliveryStatus.FAILED
        )
        if code:
            municipality = await repos.municipality_by_code(session, code=code)
            if municipality is None:
                raise CliError(f"no municipality with code {code!r}")
            ours = select(Proposal.id).where(Proposal.municipality_id == municipality.id)
            query = query.where(Delivery.proposal_id.in_(ours))
        failed = list(await session.scalars(query))
        queued = [row for row in failed if await app.forwarder.send_again(session, row)]
    print(f"{len(queued)} failed forwards queued again; a running bot sends them shortly")
    if len(queued) < len(failed):
        print(f"{len(failed) - len(queued)} left failed: their municipality names no such "
              "destination now, or that channel is not configured")  # fmt: skip


async def export_proposals(
    app: App, *, code: str | None, event_id: int | None, output: Path | None, fmt: str = "csv"
) -> None:
    if code is None and event_id is None:
        raise CliError("give --municipality CODE, --event ID, or both")
    await app.prepare_database()
    async with app.sessionmaker() as session:
        municipality = None
        if code is not None:
            municipality = await repos.municipality_by_code(session, code=code)
            if municipality is None:
                raise CliError(f"no municipality with code {code!r}")
        if event_id is not None and await session.get(Event, event_id) is None:
            raise CliError(f"no event with id {event_id}")
        rows = proposal_export.table(session, municipality=municipality, event_id=event_id)
        count = await write_table(rows, fmt=fmt, output=output, sheet="proposals")
    if output is not None:
        what = f"event {event_id}" if event_id is not None else code
        print(f"wrote {count} proposals of {what} to {output}", file=sys.stderr)


async def write_table(rows: Any, *, fmt: str, output: Path | None, sheet: str) -> int:
    """Rows (the header first) as CSV to `output` or standard output, or as XLSX to `output`
    (the same writers as the panel's exports: formula-safe, CSV with the BOM); returns how
    many rows after the header."""
    if fmt == "xlsx":
        if output is None:
            raise CliError("XLSX is a binary file: give --output FILE")
        counted = _Counted(rows)
        data = await export_files.xlsx_bytes(counted, sheet=sheet)
        await asyncio.to_thread(output.write_bytes, data)
        return max(counted.count - 1, 0)
    if output is None:
        # UTF-8 whatever the terminal's locale: the file is read by spreadsheets, not us.
        sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
        return await export_files.write_csv(sys.stdout, rows)
    with output.open("w", newline="", encoding="utf-8") as out:
        return await export_files.write_csv(out, rows)


class _Counted:
    """An async iterable of rows that counts what passes."""

    def __init__(self, rows: Any) -> None:
        self.rows, self.count = rows, 0

    async def __aiter__(self) -> Any:
        async for row in self.rows:
            self.count += 1
            yield row


async def export_consultations(
    app: App, *, what: str, code: str | None, fmt: str, output: Path | None
) -> None:
    """Consultations with their answers counted (`events`), or every answer (`answers`), of a
    municipality or of all."""
    await app.prepare_database()
    async with app.sessionmaker() as session:
        ids = None
        if code is not None:
            municipality = await repos.municipality_by_code(session, code=code)
            if municipality is None:
                raise CliError(f"no municipality with code {code!r}")
            ids = [municipality.id]
        make = event_export.event_rows if what == "events" else event_export.answer_rows
        count = await write_table(make(session, municipality_ids=ids), fmt=fmt, output=output,
                                  sheet=what)  # fmt: skip
    if output is not None:
        print(f"wrote {count} {what} to {output}", file=sys.stderr)


async def export_indicators(
    app: App, *, code: str | None, first: date | None, last: date | None, fmt: str,
    output: Path | None,
) -> None:  # fmt: skip
    if code is None or first is None or last is None:
        raise CliError("give --municipality CODE --from YYYY-MM-DD --to YYYY-MM-DD")
    municipality, rows = await indicators_of(app, code=code, first=first, last=last)
    table = indicator_rows(municipality=municipality, first=first, last=last, rows=rows)
    count = await write_table(table, fmt=fmt, output=output, sheet="indicators")
    if output is not None:
        print(f"wrote {count} indicator rows of {municipality.code} to {output}", file=sys.stderr)


async def export_survey(app: App, *, survey_id: int | None, fmt: str, output: Path | None) -> None:
    """A survey's responses as CSV (standard output by default) or XLSX (needs --output).
    An anonymous survey's file has no column that names a resident."""
    if survey_id is None:
        raise CliError("give the survey's number: export survey ID")
    if fmt == "xlsx" and output is None:
        raise CliError("XLSX is a binary file: give --output FILE")
    await app.prepare_database()
    async with app.sessionmaker() as session:
        survey = await session.get(Survey, survey_id)
        if survey is None:
            raise CliError(f"no survey with id {survey_id}")
        if fmt == "xlsx" and output is not None:
            data = await survey_export.xlsx_bytes(session, survey)
            await asyncio.to_thread(output.write_bytes, data)
            print(f"wrote survey {survey_id} to {output}", file=sys.stderr)
            return
        if output is None:
            await survey_export.write_csv(sys.stdout, session, survey)
            return
        with output.open("w", newline="", encoding="utf-8") as out:
            count = await survey_export.write_csv(out, session, survey)
    print(f"wrote {count} responses of survey {survey_id} to {output}", file=sys.stderr)


async def main_async(args: argparse.Namespace, settings: Settings) -> None:
    app = App.build(settings)
    match args.command:
        case None | "run":
            await run(app)
        case "chat":
            await chat(app, user=args.user, lang=args.lang)
        case "migrate":
            await app.prepare_database()
            print("database is up to date")
        case "flows":
            for path in app.dispatcher.flows.write_diagrams(FLOW_DIAGRAMS):
                print(f"wrote {path.relative_to(PROJECT_ROOT)}")
        case "load-content":
            await load(app, args.file)
        case "report":
            await report(
                app, code=args.municipality, first=args.first, last=args.last, csv_path=args.csv
            )
        case "roles":
            await list_roles(app, code=args.municipality)
        case "retry-forwards":
            await retry_forwards(app, code=args.municipality)
        case "export" if args.what == "survey":
            await export_survey(app, survey_id=args.id, fmt=args.format, output=args.output)
        case "export" if args.what in ("events", "answers"):
            await export_consultations(
                app, what=args.what, code=args.municipality, fmt=args.format, output=args.output
            )
        case "export" if args.what == "indicators":
            await export_indicators(
                app, code=args.municipality, first=args.first, last=args.last, fmt=args.format,
                output=args.output,
            )  # fmt: skip
        case "export":
            await export_proposals(
                app, code=args.municipality, event_id=args.event, fmt=args.format,
                output=args.output,
            )  # fmt: skip
        case "grant" | "revoke":
            await change_role(
                app,
                grant=args.command == "grant",
                role=args.role,
                user=args.user,
                code=args.municipality,
            )
    await app.engine.dispose()


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        settings = Settings.from_env()
    except ConfigError as error:
        print(f"configuration: {error}", file=sys.stderr)
        return EXIT_USAGE
    # The terminal chat is a conversation: only warnings may interrupt it.
    quiet = args.command == "chat" or (
        args.command in (None, "run")
        and not settings.telegram_enabled
        and not settings.whatsapp_enabled
    )
    logging.basicConfig(
        level=logging.WARNING if quiet else settings.log_level,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("alembic").setLevel(
        logging.WARNING
    )  # "running upgrade" noise on each command
    try:
        speed.run(main_async(args, settings))  # on uvloop's loop when installed
    except (CliError, ContentError, TutorialError) as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return _pipe_closed()
    try:
        sys.stdout.flush()  # what is still buffered may meet a closed pipe too
    except BrokenPipeError:
        return _pipe_closed()
    return 0


def _pipe_closed() -> int:
    """The reader of our output went away (`... | head`): stop quietly. Standard output is
    pointed at /dev/null so the interpreter's last flush at exit cannot complain again (the
    recipe of Python's `signal` documentation, "Note on SIGPIPE")."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
    return EXIT_PIPE_CLOSED


if __name__ == "__main__":
    sys.exit(main())
