"""The ``coordinator`` command line (docs/architecture.md §5), over the same services as the app.

Exit codes: 0 done, 1 failed with a one-line reason on stderr, 2 bad usage, 3 refused
(permission or consent).
"""

from __future__ import annotations

import argparse
import csv
import getpass
import logging
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from coordinator import __version__
from coordinator.cli_store import BACKUP_ENV, add_db_commands, ask, db_command
from coordinator.domain.errors import CoordinatorError, NotFound, PermissionDenied
from coordinator.domain.roles import Role
from coordinator.logs import configure_logging, log_failure, log_startup
from coordinator.private_temp import sweep_left_behind, temporary_files_here
from coordinator.reports.outcome_data import REPORT_KINDS, last_full_quarter

if TYPE_CHECKING:
    # For annotations only: the command line imports the services (and SQLAlchemy) when a
    # command needs them, so `coordinator --help` and `coordinator gui` start fast.
    from coordinator.domain.audit_checkpoint import Checkpoint
    from coordinator.reports.outcome_data import ReportSheet
    from coordinator.services.app import AppServices
    from coordinator.services.restore import RestoreSummary
    from coordinator.store.engine import Database

PASSWORD_ENV = "COORDINATOR_PASSWORD"
EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_REFUSED = 0, 1, 2, 3

Handler = Callable[[argparse.Namespace], int]

_log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="coordinator",
        description="Care coordination across levels of care for case managers.")
    parser.add_argument("--version", action="version", version=f"coordinator {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="also print the log's messages to stderr")
    parser.add_argument("--db", metavar="PATH_OR_URL",
                        help="SQLite file or PostgreSQL URL (default: COORDINATOR_DB, "
                             "else a file in your user data folder)")
    parser.add_argument("--user", metavar="NAME",
                        help=f"act as this user; password from a prompt or {PASSWORD_ENV}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    commands.add_parser("gui", help="launch the desktop app (the default)")

    db = commands.add_parser("db", help="database maintenance")
    db_commands = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    db_commands.add_parser("upgrade", help="apply schema migrations")
    add_db_commands(db_commands)

    demo = commands.add_parser("demo", help="fill an empty database with a fictitious caseload")
    demo.add_argument("--clients", type=_positive_int, default=2000, metavar="N")
    demo.add_argument("--seed", type=int, default=1, metavar="S")

    users = commands.add_parser("users", help="manage user accounts")
    users_commands = users.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    add = users_commands.add_parser("add", help="add a user (the first one becomes admin)")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--role", required=True, type=_role,
                     help="admin, supervisor, case_manager or read_only")
    add.add_argument("--full-name", default="", help="defaults to NAME")

    import_ = commands.add_parser("import", help="import data from other systems")
    imports = import_.add_subparsers(dest="import_command", metavar="FORMAT", required=True)
    import_hsds = imports.add_parser(
        "hsds", help="community resources: an HSDS tabular package folder or JSON file")
    import_hsds.add_argument("path", type=Path, metavar="PATH")

    export = commands.add_parser("export", help="export data for other systems")
    exports = export.add_subparsers(dest="export_command", metavar="FORMAT", required=True)
    export_hsds = exports.add_parser(
        "hsds", help="the community resource directory as an HSDS tabular package")
    export_hsds.add_argument("folder", type=Path, metavar="DIR")
    transfer = exports.add_parser(
        "transfer", help="a client's transfer summary for a receiving facility (consent-gated)")
    transfer.add_argument("--client", required=True, metavar="MRN", help="record number")
    transfer.add_argument("--to", required=True, metavar="FACILITY",
                          help="the receiving facility's id or exact name")
    transfer.add_argument("--reason", default="", help="why the client is transferred")
    transfer.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    discharge = exports.add_parser(
        "discharge", help="a client's discharge summary (the client's own copy)")
    discharge.add_argument("--client", required=True, metavar="MRN", help="record number")
    discharge.add_argument("--active-ok", action="store_true",
                           help="make it although the client is still in active care")
    discharge.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    fhir = exports.add_parser(
        "fhir", help="a client's transfer (or discharge) summary as a FHIR R4 document "
                     "Bundle, the PDF inside (consent-gated)")
    fhir.add_argument("--client", required=True, metavar="MRN", help="record number")
    fhir.add_argument("--document", choices=("transfer", "discharge"), default="transfer",
                      help="which summary (default: transfer)")
    fhir.add_argument("--to", metavar="FACILITY",
                      help="the receiving facility's id or exact name (a transfer needs one; "
                           "a discharge summary without one is the client's own copy)")
    fhir.add_argument("--reason", default="", help="why the client is transferred or "
                                                   "discharged")
    fhir.add_argument("--active-ok", action="store_true",
                      help="a discharge summary although the client is still in active care")
    fhir.add_argument("--out", required=True, type=Path, metavar="FILE.json")

    report = commands.add_parser("report", help="reports over the caseload")
    reports = report.add_subparsers(dest="report_command", metavar="REPORT", required=True)
    clocks = reports.add_parser("clocks", help="open and recently closed transition clocks")
    clocks.add_argument("--format", choices=("table", "csv"), default="table")
    outcome_options = _outcome_options()
    reports.add_parser("outcomes", parents=[outcome_options],
                       help="every outcome report below (supervisors and administrators)")
    for name, title in REPORT_KINDS:
        reports.add_parser(name, parents=[outcome_options],
                           help=f"outcome report: {title[0].lower()}{title[1:]}")

    audit = commands.add_parser("audit", help="the audit trail")
    audit_commands = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    verify = audit_commands.add_parser(
        "verify", help="check the hash chain and its anchor; names the first broken link")
    verify.add_argument("--checkpoint", metavar="TEXT_OR_FILE",
                        help="also check that this checkpoint (from `audit checkpoint`, or "
                             "its EVENT:HASH) lies on the chain")
    audit_commands.add_parser(
        "checkpoint", help="print the chain's head to print or keep away from the database")

    backup = commands.add_parser("backup", help="copy a SQLite database to FILE")
    backup.add_argument("file", type=Path, metavar="FILE")
    restore = commands.add_parser("restore", help="replace a SQLite database with FILE")
    restore.add_argument("file", type=Path, metavar="FILE")

    shots = commands.add_parser("screenshot", help="render each main view to PNG (offscreen)")
    shots.add_argument("--out", type=Path, required=True, metavar="DIR")
    shots.add_argument("--language", default="", metavar="CODE",
                       help="the app's language in the shots: en, es (default: the "
                            "workstation's)")
    return parser


def _outcome_options() -> argparse.ArgumentParser:
    """The options every outcome report takes."""
    options = argparse.ArgumentParser(add_help=False)
    options.add_argument("--from", dest="first_day", type=_iso_date, metavar="DATE",
                         help="first day of the period, YYYY-MM-DD (default: the first day "
                              "of the last full calendar quarter)")
    options.add_argument("--to", dest="last_day", type=_iso_date, metavar="DATE",
                         help="last day of the period (default: the last day of the last "
                              "full calendar quarter)")
    options.add_argument("--program", metavar="FACILITY",
                         help="only this program or facility: its id or exact name")
    options.add_argument("--track", help="only this program track (morning, afternoon, "
                                         "evening)")
    options.add_argument("--level", metavar="CODE", help="only this level of care, e.g. INP")
    options.add_argument("--case-manager", metavar="USERNAME",
                         help="only clients whose primary case manager this user is")
    options.add_argument("--payer", default="", help="only clients with this insurance payer")
    options.add_argument("--as-of", type=_iso_date, metavar="DATE",
                         help="judge the outcomes as of this day (default: today)")
    options.add_argument("--format", choices=("table", "csv", "pdf"), default="table",
                         help="print a table (default), or write CSV or a PDF")
    options.add_argument("--out", type=Path, metavar="FILE",
                         help="the file to write (required for pdf; csv goes to standard "
                              "output without it)")
    options.add_argument("--lists", action="store_true",
                         help="table format: also print the clients behind each figure")
    return options


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a date: write it as YYYY-MM-DD, e.g. 2026-03-31") from None


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _role(text: str) -> Role:
    try:
        return Role.parse(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    command = _command_name(args)

    def start_logging() -> None:
        configure_logging(verbose=args.verbose)
        log_startup(__version__, command, args.db)
        # Here, once the log is open, so what is removed is logged: for the app on the
        # thread that loads the services, for a command before it does anything.
        sweep_left_behind()

    if args.command in (None, "gui"):
        # The desktop app opens its log on the thread that loads the services, once the
        # sign-in window is on screen: opening it is part of what the person would wait for.
        args.start_logging = start_logging
    else:
        start_logging()
    handlers: dict[str | None, Handler] = {
        None: _gui, "gui": _gui, "db": _db, "demo": _demo, "users": _users_add,
        "audit": _audit, "backup": _backup, "restore": _restore,
        "screenshot": _screenshot, "report": _report, "import": _import_hsds,
        "export": _export,
    }
    try:
        try:
            return handlers[args.command](args)
        except Exception as error:
            in_words = _damage_in_words(error, args)
            if in_words is None:
                raise
            raise in_words from error
    except CoordinatorError as error:
        log_failure(_log, "%s failed (exit %d)", error, command, error.exit_code)
        print(f"coordinator: {error.message}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        _log.info("%s interrupted", command)
        print("coordinator: interrupted; nothing more was saved.", file=sys.stderr)
        return EXIT_FAILED
    except Exception as error:
        log_failure(_log, "%s failed unexpectedly", error, command)
        raise


def _command_name(args: argparse.Namespace) -> str:
    """"export transfer", "db upgrade": what the log says ran (never its arguments)."""
    action = getattr(args, f"{args.command}_command", None) if args.command else None
    return " ".join(part for part in (args.command or "gui", action) if part)


def _damage_in_words(error: Exception, args: argparse.Namespace) -> CoordinatorError | None:
    """SQLite finding the file damaged where no layer said so in words (a raw ``sqlite3``
    call): the same one sentence as everywhere else, naming the file."""
    from coordinator.store.engine import damaged, is_damage, resolve_url

    original = getattr(error, "orig", error)
    if isinstance(error, CoordinatorError) or not is_damage(original):
        return None
    return damaged(resolve_url(args.db).database, str(original))


def _open(args: argparse.Namespace, *, check_intact: bool = True) -> AppServices:
    """The services over ``--db``, the schema upgraded; with ``check_intact`` a SQLite file is
    first scanned for damaged pages, so no command reads or writes a damaged file (it is
    refused in one sentence that says how to restore it)."""
    from coordinator.services.app import open_services

    services, backup = open_services(args.db, check_intact=check_intact)
    _warn_if_exposed(services.db)
    if backup is not None:
        print(f"Upgraded the database; the previous version is kept as {backup}.",
              file=sys.stderr)
    return services


def _warn_if_exposed(db: Database) -> None:
    """One line on stderr when the connection to a database server crosses the network
    unencrypted (or may fall back to that); the command goes on."""
    if db.transport_warning is not None:
        print(f"coordinator: warning: {db.transport_warning.sentence}", file=sys.stderr)


def _password(prompt: str) -> str:
    password = os.environ.get(PASSWORD_ENV)
    if password is not None:
        return password
    if not sys.stdin.isatty():
        raise CoordinatorError(f"No password: set {PASSWORD_ENV} or run in a terminal.")
    return getpass.getpass(prompt)


def _sign_in(services: AppServices, args: argparse.Namespace) -> None:
    if not args.user:
        raise PermissionDenied("This command reads or writes records: give --user NAME.")
    actor = services.auth.login(args.user, _password(f"Password for {args.user}: "))
    if actor.must_change_password:
        # The command line has no way to choose a password; the app asks at sign-in.
        services.auth.logout()
        raise PermissionDenied(
            f"The account {actor.username} has a temporary password: sign in to the app "
            f"to choose a new password, then run this command again.")


@contextmanager
def _signed_in(args: argparse.Namespace) -> Iterator[AppServices]:
    """The services over ``--db`` with ``--user`` signed in, closed when the command ends."""
    services = _open(args)
    try:
        _sign_in(services, args)
        yield services
    finally:
        services.close()


def _gui(args: argparse.Namespace) -> int:
    from coordinator.ui.app import run_gui

    return run_gui(args.db, start_logging=args.start_logging)


def _db(args: argparse.Namespace) -> int:
    if args.db_command == "upgrade":
        return _db_upgrade(args)
    return db_command(args, _signed_in)


def _db_upgrade(args: argparse.Namespace) -> int:
    from coordinator.store import migrate
    from coordinator.store.engine import open_database

    db = open_database(args.db)
    _warn_if_exposed(db)
    try:
        db.ensure_intact()  # never migrate a damaged file
        before = migrate.check_known(db)
        backup = migrate.upgrade(db)
        after = migrate.current_revision(db)
    finally:
        db.dispose()
    if before == after:
        print(f"The database is up to date (schema {after}).")
    else:
        print(f"Upgraded the schema from {before or 'empty'} to {after}.")
    if backup is not None:
        print(f"The previous version is kept as {backup}.")
    return EXIT_OK


def _demo(args: argparse.Namespace) -> int:
    from coordinator.demo import generate_demo

    services = _open(args)
    try:
        def progress(done: int, total: int) -> None:
            if sys.stderr.isatty():
                print(f"\r{done:,} of {total:,}", end="", file=sys.stderr, flush=True)

        summary = generate_demo(services.db, clients=args.clients, seed=args.seed,
                                progress=progress)
    finally:
        services.close()
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(f"Demo caseload: {summary.clients:,} clients, {summary.episodes:,} episodes, "
          f"{summary.referrals:,} referrals, {summary.facilities:,} facilities, "
          f"{summary.resources:,} community resources in {summary.seconds:.1f} s.")
    print("Sign in as 'admin' or 'casemanager' with the password 'demo'.")
    return EXIT_OK


def _users_add(args: argparse.Namespace) -> int:
    services = _open(args)
    try:
        full_name = args.full_name or args.name
        if not services.auth.has_users():
            if args.role is not Role.ADMIN:
                raise CoordinatorError("The first user of a new database must be an admin.")
            password = _new_password(args.name)
            user = services.auth.create_first_admin(args.name, full_name, password)
        else:
            _sign_in(services, args)
            password = _new_password(args.name)
            user = services.users.add_user(args.name, full_name, args.role, password)
    finally:
        services.close()
    print(f"Added {user.username} ({user.role.label}).")
    return EXIT_OK


def _new_password(username: str) -> str:
    # With --user, COORDINATOR_PASSWORD is the acting user's; the new one is prompted for.
    env_new = os.environ.get("COORDINATOR_NEW_PASSWORD")
    if env_new is not None:
        return env_new
    if not sys.stdin.isatty():
        password = os.environ.get(PASSWORD_ENV)
        if password is not None:
            return password
        raise CoordinatorError(
            "No password for the new user: set COORDINATOR_NEW_PASSWORD or run in a terminal.")
    first = getpass.getpass(f"New password for {username}: ")
    if getpass.getpass("Repeat it: ") != first:
        raise CoordinatorError("The two passwords are not the same; nothing was saved.")
    return first


#: Said on stderr before a file (or standard output) with client information is written.
CLIENT_FILE_NOTICE = ("coordinator: This file contains client information (protected health "
                      "information); the export is recorded in the audit trail.")
CLIENT_OUTPUT_NOTICE = ("coordinator: This output contains client information (protected "
                        "health information); the export is recorded in the audit trail.")


def _say_it_holds_client_information(*, to_stdout: bool = False) -> None:
    print(CLIENT_OUTPUT_NOTICE if to_stdout else CLIENT_FILE_NOTICE, file=sys.stderr,
          flush=True)


CLOCK_COLUMNS = ("Client", "Record number", "Clock", "Start", "Due", "Days left", "State")


def _report_clocks(args: argparse.Namespace) -> int:
    from coordinator.services.read_audit import clock_report_detail

    with _signed_in(args) as services:
        rows = services.clocks.caseload_clocks()
        # Logged before a line is printed: names that cannot be logged are not shown.
        detail = clock_report_detail(args.format, len(rows),
                                     services.ctx.clock().astimezone().date())
        if args.format == "csv":
            services.audit.log_export("clock_report", detail)
        else:
            services.audit.log_view("clock_report", "", detail)
    lines = [(row.client_name, row.record_number, row.title, row.start.isoformat(),
              row.due.isoformat(), "" if row.days_left is None else str(row.days_left),
              row.state.value.capitalize()) for row in rows]
    if args.format == "csv":
        _say_it_holds_client_information(to_stdout=True)
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(CLOCK_COLUMNS)
        writer.writerows(lines)
        return EXIT_OK
    if not lines:
        print("No open or recently closed transition clocks.")
        return EXIT_OK
    _print_table(CLOCK_COLUMNS, lines, right_aligned={"Days left"})
    return EXIT_OK


def _print_table(header: Sequence[str], lines: Sequence[Sequence[str]], *,
                 right_aligned: set[str]) -> None:
    """Columns two spaces apart, padded to their widest cell, under a header and a rule."""
    widths = [max(len(cell) for cell in column)
              for column in zip(header, *lines, strict=True)]
    right = [name in right_aligned for name in header]

    def line(cells: Sequence[str]) -> str:
        return "  ".join(cell.rjust(width) if flush_right else cell.ljust(width)
                         for cell, width, flush_right in zip(cells, widths, right,
                                                             strict=True)).rstrip()

    print(line(header))
    print(line(["-" * width for width in widths]))
    for cells in lines:
        print(line(cells))


def _report(args: argparse.Namespace) -> int:
    if args.report_command == "clocks":
        return _report_clocks(args)
    if args.format == "table":
        return _report_outcomes(args)
    with temporary_files_here():
        return _report_outcomes(args)


def _report_outcomes(args: argparse.Namespace) -> int:
    """``report outcomes`` (every report) or ``report NAME``: printed as a table, or written
    as CSV (to ``--out`` or standard output) or as a PDF (to ``--out``). The reports are read
    in one snapshot; what they show is logged before it is printed, and a file is written
    under a temporary name and renamed only after the log's commit."""
    from coordinator.services.document_files import check_destination

    names = ([name for name, _title in REPORT_KINDS] if args.report_command == "outcomes"
             else [args.report_command])
    if args.format == "pdf" and args.out is None:
        print("coordinator: a PDF is written to a file: give --out FILE.pdf.", file=sys.stderr)
        return EXIT_USAGE
    if args.format == "table" and args.out is not None:
        print("coordinator: --out writes a file: add --format csv or --format pdf.",
              file=sys.stderr)
        return EXIT_USAGE
    if args.out is not None:
        check_destination(args.out)
    with _signed_in(args) as services:
        sheets = _read_sheets(services, args, names)
        if args.format == "table":
            shown = sum(found.size for sheet in sheets for found in sheet.lists
                        ) if args.lists else 0
            # Logged before a line is printed, as `report clocks` does.
            services.reports.log_view(sheets, shown)
        elif args.format == "pdf":
            _say_it_holds_client_information()
            pages = services.reports.save(sheets, "pdf", args.out)
            print(f"Saved {args.out} ({pages} pages).")
            return EXIT_OK
        elif args.out is not None:
            _say_it_holds_client_information()
            services.reports.save(sheets, "csv", args.out)
            print(f"Saved {args.out}.")
            return EXIT_OK
        else:
            from coordinator.reports.outcome_csv import csv_text

            text = csv_text(sheets)
            services.reports.log_export(sheets, "csv")
            _say_it_holds_client_information(to_stdout=True)
            sys.stdout.write(text)
            return EXIT_OK
    _print_sheets(sheets, lists=args.lists)
    return EXIT_OK


def _read_sheets(services: AppServices, args: argparse.Namespace,
                 names: Sequence[str]) -> tuple[ReportSheet, ...]:
    from coordinator.domain.roles import Permission, allows
    from coordinator.services.reports import ReportFilters, ReportPeriod, long_period

    actor = services.ctx.require_signed_in()
    if not allows(actor.role, Permission.VIEW_REPORTS):
        # The service refuses as well; this says who may run the reports instead.
        raise PermissionDenied(
            f"Outcome reports are for supervisors and administrators; {actor.username} is "
            f"signed in as {actor.role.label.lower()}.")
    quarter = last_full_quarter(services.ctx.clock().astimezone().date())
    period = ReportPeriod(args.first_day or quarter[0], args.last_day or quarter[1],
                          args.as_of)
    if long_period(period):
        print(f"coordinator: warning: the period {period.first_day.isoformat()} to "
              f"{period.last_day.isoformat()} is over five years long; reading it may take "
              "a while.", file=sys.stderr)
    filters = ReportFilters(
        level_code=(args.level or "").strip() or None,
        facility_id=(_facility_id(services, args.program, include_archived=True)
                     if args.program else None),
        track=(args.track or "").strip() or None,
        case_manager_id=_user_id(services, args.case_manager) if args.case_manager else None,
        payer=args.payer.strip())
    return services.reports.sheets(names, period, filters)


def _user_id(services: AppServices, username: str) -> int:
    wanted = username.strip().casefold()
    for user in services.users.list_users():
        if user.username.casefold() == wanted:
            return int(user.id)
    raise NotFound(f"No user has the user name {username!r}.")


FIGURE_COLUMNS = ("Figure", "Value", "Numerator", "Denominator", "Detail")


def _print_sheets(sheets: Sequence[ReportSheet], *, lists: bool) -> None:
    """Each report as the screen shows it: its definition, figures and tables (and with
    ``lists`` the clients behind the figures), reports apart by a blank line."""
    import textwrap

    from coordinator.reports.outcome_data import figure_text

    for number, sheet in enumerate(sheets):
        if number:
            print()
        print(sheet.title)
        print("=" * len(sheet.title))
        print(f"Period {sheet.first_day.isoformat()} to {sheet.last_day.isoformat()}, judged "
              f"on {sheet.as_of.isoformat()}. Included: {sheet.filters}.")
        print(textwrap.fill(sheet.definition, width=100))
        if sheet.note:
            print(textwrap.fill(sheet.note, width=100))
        if sheet.figures:
            print()
            _print_table(FIGURE_COLUMNS, [
                (figure.label, figure_text(replace(figure, numerator=None, denominator=None)),
                 "" if figure.numerator is None else str(figure.numerator),
                 "" if figure.denominator is None else str(figure.denominator), figure.detail)
                for figure in sheet.figures], right_aligned={"Value", "Numerator",
                                                              "Denominator"})
        for table in sheet.tables:
            print()
            print(table.title)
            _print_table(table.columns, table.rows,
                         right_aligned={table.columns[index] for index in table.numeric})
        if not sheet.lists:
            continue
        if not lists:
            print()
            print(textwrap.fill("Lists (add --lists to print them): " + "; ".join(
                f"{found.title} ({found.size})" for found in sheet.lists) + ".",
                width=100))
            continue
        for found in sheet.lists:
            print()
            print(f"{found.title} ({found.size})")
            if found.rows:
                _print_table(found.columns, found.rows, right_aligned=set())
            else:
                print("None.")


def _import_hsds(args: argparse.Namespace) -> int:
    with _signed_in(args) as services:
        summary = services.hsds.import_path(args.path)
    print(summary.sentence())
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    if args.export_command == "hsds":
        return _export_hsds(args)
    with temporary_files_here():  # whatever the PDF libraries spool stays private
        return _export_packet(args)


def _export_packet(args: argparse.Namespace) -> int:
    """A transfer or discharge summary (a PDF, or a FHIR bundle carrying it) saved to
    ``--out`` and logged as a disclosure; exit 3 when the consent gate or the user's role
    refuses it."""
    from coordinator.services.document_files import check_destination

    if args.export_command == "fhir" and args.document == "transfer" and not args.to:
        raise CoordinatorError("A transfer goes to a receiving facility: add --to FACILITY.")
    check_destination(args.out)
    with _signed_in(args) as services:
        client = services.clients.find_by_record_number(args.client)
        # Only now the packets' code (ReportLab and all): a mistyped record number is
        # answered without loading it.
        from coordinator.domain.episodes import StillInCare
        from coordinator.services.packets import PacketRequest, PreparedBundle

        kind = args.document if args.export_command == "fhir" else args.export_command
        facility_id = _facility_id(services, args.to) if getattr(args, "to", None) else None
        if kind == "transfer" and facility_id is not None:
            request = PacketRequest.transfer(client.id, facility_id, args.reason)
        else:
            request = PacketRequest.discharge(client.id, facility_id,
                                              getattr(args, "reason", ""),
                                              active_ok=args.active_ok)
        try:
            prepared = (services.packets.prepare_fhir(request)
                        if args.export_command == "fhir" else services.packets.prepare(request))
        except StillInCare as error:
            name = f"{client.details.given_name} {client.details.family_name}"
            raise StillInCare(f"{name} is still in active care; a discharge summary is for a "
                              "client who has left. Add --active-ok to make it anyway.") from error
        _say_it_holds_client_information()
        saved = (services.packets.save_fhir(prepared, args.out)
                 if isinstance(prepared, PreparedBundle)
                 else services.packets.save(prepared, args.out))
    disclosure = saved.disclosure
    to = f" for {disclosure.recipient_name}" if request.facility_id is not None else ""
    pages = f"{disclosure.page_count} pages"
    if args.export_command == "fhir":
        pages = f"FHIR R4 document bundle; the PDF inside has {pages}"
    print(f"Saved {saved.path} ({pages}){to}; logged as disclosure {disclosure.id}, "
          f"SHA-256 {disclosure.sha256}.")
    return EXIT_OK


def _facility_id(services: AppServices, wanted: str, *, include_archived: bool = False) -> int:
    """The facility with id ``wanted``, or else the one whose name is ``wanted`` (case and
    spacing ignored); an archived one too with ``include_archived`` (a report on a program
    that has since closed)."""
    from coordinator.services.facilities import FacilityQuery

    facilities = services.facilities.list_facilities(
        FacilityQuery(include_archived=include_archived))
    if wanted.strip().isdigit():
        for facility in facilities:
            if facility.id == int(wanted):
                return int(facility.id)
    key = " ".join(wanted.casefold().split())
    named = [facility for facility in facilities
             if " ".join(facility.name.casefold().split()) == key]
    if len(named) == 1:
        return int(named[0].id)
    if named:
        raise CoordinatorError(f"{len(named)} facilities are named {wanted!r}; give the id "
                               "instead.")
    raise NotFound(f"No facility has the id or name {wanted!r}.")


def _export_hsds(args: argparse.Namespace) -> int:
    with _signed_in(args) as services:
        summary = services.hsds.export_to(args.folder)
    print(f"Exported {summary.total:,} rows in {len(summary.rows)} tables to {summary.folder}.")
    return EXIT_OK


def _audit(args: argparse.Namespace) -> int:
    if args.audit_command == "checkpoint":
        return _audit_checkpoint(args)
    return _audit_verify(args)


def _audit_verify(args: argparse.Namespace) -> int:
    from coordinator.services.audit import AuditService
    from coordinator.services.audit_verify import open_existing
    from coordinator.services.context import ServiceContext

    checkpoint = _read_checkpoint(args.checkpoint) if args.checkpoint else None
    # Never open_services here: verifying a mistyped path must not create a database there,
    # nor upgrade an old one.
    db = open_existing(args.db)
    _warn_if_exposed(db)
    try:
        report = AuditService(ServiceContext(db)).verify(checkpoint)
    finally:
        db.dispose()
    if not report.intact:
        sound = f" ({_events(report.checked)} before it are sound)" if report.checked else ""
        print(f"coordinator: the audit trail fails verification: {report.reason}{sound}.",
              file=sys.stderr)
        return EXIT_FAILED
    print(f"The audit trail is intact: {_events(report.checked)} checked.")
    if report.anchored:
        print("Its newest event is the one recorded in the anchor file beside the database.")
    elif db.sqlite_path is None:
        print("A database server keeps no anchor file: also check against a checkpoint kept "
              "elsewhere (coordinator audit checkpoint).")
    if checkpoint is not None:
        print(f"It holds {checkpoint.describe()}.")
    return EXIT_OK


def _audit_checkpoint(args: argparse.Namespace) -> int:
    from coordinator.domain.audit_checkpoint import format_checkpoint
    from coordinator.services.audit import AuditService
    from coordinator.services.audit_verify import open_existing
    from coordinator.services.context import ServiceContext

    db = open_existing(args.db)
    _warn_if_exposed(db)
    try:
        checkpoint = AuditService(ServiceContext(db)).checkpoint()
    finally:
        db.dispose()
    if checkpoint is None:
        print("The audit trail has no events yet; there is no head to keep.")
    else:
        print(format_checkpoint(checkpoint), end="")
    return EXIT_OK


def _read_checkpoint(value: str) -> Checkpoint:
    """A checkpoint from a file holding one, or from the text given."""
    from coordinator.domain.audit_checkpoint import parse_checkpoint

    path = Path(value).expanduser()
    try:
        text = path.read_text(encoding="utf-8") if path.is_file() else value
    except (OSError, UnicodeDecodeError) as error:
        raise CoordinatorError(f"Cannot read the checkpoint file {path} ({error}).") from None
    try:
        return parse_checkpoint(text)
    except ValueError:
        what = f"{path} holds" if path.is_file() else f"'{value}' is"
        raise CoordinatorError(
            f"{what} no checkpoint: give the file `coordinator audit checkpoint` printed, or "
            "its EVENT:HASH.") from None


def _events(count: int) -> str:
    return f"{count:,} event{'' if count == 1 else 's'}"


def _backup(args: argparse.Namespace) -> int:
    with _signed_in(args) as services:
        passphrase = ask("Passphrase for the backup: ", BACKUP_ENV, twice=True)
        target = services.backup.backup_to(args.file, passphrase)
    print(f"Backed up to {target}, encrypted with the passphrase; keep the passphrase apart "
          "from the file.")
    return EXIT_OK


def _restore(args: argparse.Namespace) -> int:
    """Restore a backup after checking a copy of it; prints what the backup holds.

    An administrator of the live database restores; when the live file cannot be read (it
    is damaged, empty, or not a database) or has no accounts yet, an administrator of the
    backup does, with that account's password there.
    """
    from coordinator.domain.errors import DatabaseDamaged, DatabaseLocked
    from coordinator.services.app import AppServices
    from coordinator.services.restore import (
        Restorer,
        backup_passphrase_key,
        is_encrypted_backup,
        restore_database,
    )
    from coordinator.store.engine import open_database, resolve_url

    url = resolve_url(args.db)
    if url.get_backend_name() != "sqlite" or not url.database:
        raise CoordinatorError("Restore a PostgreSQL database with the server's own tools "
                               "(pg_restore); this command restores SQLite files.")
    if not args.user:
        raise PermissionDenied("Restoring replaces every record: give --user NAME.")
    passphrase = None
    if is_encrypted_backup(args.file):
        passphrase = ask(f"Passphrase of {args.file.name}: ", BACKUP_ENV)
        backup_passphrase_key(args.file, passphrase)  # a wrong one: refused before sign-in
    # Opened as it is, neither upgraded nor scanned: nothing may be written to it unless
    # the backup passes its checks.
    try:
        services: AppServices | None = AppServices(open_database(url))
    except (DatabaseDamaged, DatabaseLocked):  # unreadable here: the backup's admins decide
        services = None
    try:
        if services is not None and _has_accounts_at_head(services):
            live = services
            summary = live.backup.restore_from(args.file, passphrase=passphrase,
                                               sign_in=lambda: _sign_in(live, args))
            return _print_restored(summary)
    except DatabaseDamaged:
        if services is not None and services.actor is not None:
            raise  # signed in and restoring: the damage is somewhere else
    finally:
        if services is not None:
            services.close()
    password = _password(f"Password for {args.user} in {args.file.name}: ")
    summary = restore_database(Path(url.database), args.file,
                               lambda: Restorer(args.user, password), passphrase)
    return _print_restored(summary)


def _print_restored(summary: RestoreSummary) -> int:
    for line in summary.lines():
        print(line)
    return EXIT_OK


def _has_accounts_at_head(services: AppServices) -> bool:
    """Whether a user can sign in to the live database as it is (else the backup's own
    administrators decide who restores it)."""
    from coordinator.store import migrate

    head = migrate.quick_head() or migrate.head_revision()
    return bool(migrate.current_revision(services.db) == head and services.auth.has_users())


def _screenshot(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from coordinator.ui.screenshot import render_screenshots

    services = _open(args)
    try:
        if args.user:
            _sign_in(services, args)
        else:
            _sign_in_for_screenshots(services)
        args.out.mkdir(parents=True, exist_ok=True)
        paths = render_screenshots(services, args.out, language=args.language)
    finally:
        services.close()
    for path in paths:
        print(path)
    return EXIT_OK


def _sign_in_for_screenshots(services: AppServices) -> None:
    """Demo databases have the documented admin; anything else needs --user."""
    if services.settings.is_demo():
        services.auth.login("admin", "demo")
        return
    raise PermissionDenied("Screenshots show client data: give --user NAME.")


if __name__ == "__main__":
    raise SystemExit(main())
