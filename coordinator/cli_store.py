"""The command line's database commands besides ``db upgrade``: the encryption commands
(``db encrypt``, ``db decrypt``, ``db unlock``, ``db recovery-code``,
``db recovery-passphrase``) with the passphrases of backups, and ``db copy`` to a server.

Passphrases are asked at the terminal (a new one twice); without a terminal they come from
``COORDINATOR_BACKUP_PASSPHRASE`` (backups and restores) or ``COORDINATOR_RECOVERY_PASSPHRASE``
(unlocking, a new recovery passphrase), for scheduled backups and scripts.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from coordinator.domain.errors import CoordinatorError, PermissionDenied

if TYPE_CHECKING:
    from rich.console import Console
    from rich.progress import Progress, TaskID

    from coordinator.services.db_copy import CopyReport
    from coordinator.services.encryption import Converted
    from coordinator.store.copy_to_server import TableProgress

BACKUP_ENV = "COORDINATOR_BACKUP_PASSPHRASE"
RECOVERY_ENV = "COORDINATOR_RECOVERY_PASSPHRASE"
EXIT_OK = 0


def add_db_commands(db_commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    encrypt = db_commands.add_parser(
        "encrypt", help="encrypt a plain SQLite file in place (administrators)")
    encrypt.add_argument("--keep-plain", type=Path, metavar="FILE",
                         help="keep the plain file under this name (else it is overwritten "
                              "and removed)")
    decrypt = db_commands.add_parser(
        "decrypt", help="write a plain copy of an encrypted file, for support (administrators)")
    decrypt.add_argument("--out", type=Path, required=True, metavar="FILE")
    db_commands.add_parser(
        "unlock", help="open an encrypted file on this workstation with its recovery passphrase")
    db_commands.add_parser(
        "recovery-code", help="show the generated recovery code of an encrypted file "
                              "(administrators)")
    db_commands.add_parser(
        "recovery-passphrase", help="re-encrypt under a recovery passphrase of your own "
                                    "(administrators)")
    copy = db_commands.add_parser(
        "copy", help="copy this SQLite database into an empty PostgreSQL database and "
                     "verify the copy (moving a clinic to a server)")
    copy.add_argument("--to", required=True, metavar="URL",
                      help="the empty database, e.g. postgresql+psycopg://USER@HOST/DATABASE")


def ask(prompt: str, env: str, *, twice: bool = False) -> str:
    """A passphrase from ``env`` or, at a terminal, typed (twice for a new one)."""
    value = os.environ.get(env)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise CoordinatorError(f"No passphrase: set {env} or run in a terminal.")
    first = getpass.getpass(prompt)
    if twice and getpass.getpass("Repeat it: ") != first:
        raise CoordinatorError("The two passphrases are not the same; nothing was written.")
    return first


def sqlite_path(args: argparse.Namespace) -> Path:
    from coordinator.store.engine import resolve_url

    url = resolve_url(args.db)
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        raise CoordinatorError("Encryption at rest is for SQLite files; a PostgreSQL server "
                               "encrypts its disk with the server's own tools.")
    path = Path(url.database)
    if not path.is_file():
        raise CoordinatorError(f"There is no database file {path}.")
    return path


def db_command(args: argparse.Namespace, signed_in: object) -> int:
    """Run ``db ACTION`` (other than ``upgrade``); ``signed_in`` is the CLI's context
    manager giving signed-in services."""
    from coordinator.services import encryption

    if args.db_command == "copy":
        return copy_to_server(args)
    path = sqlite_path(args)
    if args.db_command == "unlock":
        passphrase = ask(f"Recovery passphrase for {path.name}: ", RECOVERY_ENV)
        encryption.unlock(path, passphrase)
        print(f"Unlocked {path}: this workstation now keeps its key.")
        return EXIT_OK
    _require_admin(args, signed_in)
    if args.db_command == "encrypt":
        converted = encryption.encrypt_store(path, args.keep_plain)
        _print_converted("Encrypted", converted)
        assert converted.recovery_code is not None
        print(f"Recovery code: {converted.recovery_code}")
        print("Write it down and keep it away from this workstation: with it the database "
              "opens on any workstation ('coordinator db unlock'). Replace it with a "
              "passphrase of your own with 'coordinator db recovery-passphrase'.")
        return EXIT_OK
    if args.db_command == "decrypt":
        converted = encryption.decrypt_copy(path, args.out)
        _print_converted("Wrote a plain copy", converted)
        print("The copy is not encrypted: anyone who has it can read every record. Delete it "
              "when support is done.")
        return EXIT_OK
    if args.db_command == "recovery-code":
        code = encryption.recovery_code(path)
        if code is None:
            print("This database's recovery passphrase was chosen by an administrator; this "
                  "workstation does not keep it.")
        else:
            print(f"Recovery code: {code}")
        return EXIT_OK
    passphrase = ask("New recovery passphrase: ", RECOVERY_ENV, twice=True)
    encryption.change_recovery_passphrase(path, passphrase)
    print(f"Re-encrypted {path} under the new recovery passphrase; the old recovery code no "
          "longer opens it.")
    return EXIT_OK


def _require_admin(args: argparse.Namespace, signed_in: object) -> None:
    """Sign in as ``--user`` with settings rights, then let the database go again (the
    conversions need the file to themselves)."""
    from coordinator.domain.roles import Permission

    if not args.user:
        raise PermissionDenied(f"'db {args.db_command}' is for administrators: give --user "
                               "NAME.")
    action = "export" if args.db_command == "decrypt" else "settings_change"
    with signed_in(args) as services:  # type: ignore[operator]
        services.ctx.require(Permission.MANAGE_SETTINGS)
        with services.ctx.unit_of_work() as uow:
            uow.audit(action, "database", "", f"db {args.db_command}")


def _print_converted(what: str, converted: Converted) -> None:
    head = ("no audit events" if converted.audit_head is None
            else f"audit trail ending at event {converted.audit_head[0]:,}")
    print(f"{what}: {converted.path} ({converted.tables} tables, {converted.rows:,} rows, "
          f"{head}; the copy was checked against the original).")
    if converted.kept_plain is not None:
        print(f"The plain file is kept as {converted.kept_plain}; it is not encrypted.")


def copy_to_server(args: argparse.Namespace) -> int:
    """``db copy --to URL``: one line per table on stderr (and a bar on a terminal), then
    what was copied and checked on stdout."""
    from rich.console import Console

    from coordinator.services.db_copy import copy_to_server as copy

    console = Console(stderr=True, highlight=False)
    if not console.is_terminal:
        report = copy(args.db, args.to, progress=_TableLines(console))
    else:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

        with Progress(TextColumn("{task.description:<28}"), BarColumn(),
                      MofNCompleteColumn(), console=console, transient=True) as bar:
            report = copy(args.db, args.to, progress=_TableLines(console, bar))
    _print_copied(report)
    return EXIT_OK


class _TableLines:
    """One line for each table copied and, on a terminal, a bar for the one being copied."""

    def __init__(self, console: Console, bar: Progress | None = None) -> None:
        self.console = console
        self.bar = bar
        self.task: TaskID | None = None

    def __call__(self, step: TableProgress) -> None:
        if self.bar is not None:
            if self.task is None:
                self.task = self.bar.add_task(step.table, total=step.rows or 1)
            self.bar.update(self.task, completed=step.rows_done)
        if not step.finished:
            return
        self.console.print(
            f"[{step.number:>2}/{step.tables}] {step.table:<28} {step.rows_done:>10,} "
            f"{'row ' if step.rows_done == 1 else 'rows'}  {step.seconds:6.1f} s", markup=False)
        if self.bar is not None and self.task is not None:
            self.bar.remove_task(self.task)
            self.task = None


def _print_copied(report: CopyReport) -> None:
    if report.transport_warning is not None:
        print(f"coordinator: warning: {report.transport_warning}", file=sys.stderr)
    if report.dropped_unfinished is not None:
        print(f"An unfinished copy (started {report.dropped_unfinished}) was dropped from "
              f"{report.target} first.")
    print(f"Copied {report.tables} tables, {report.rows:,} rows from {report.source} to "
          f"{report.target} in {report.seconds:,.1f} s.")
    events = f"{report.audit_events:,} audit event{'' if report.audit_events == 1 else 's'}"
    head = ("no audit events" if report.audit_head is None
            else f"{events} ending at event {report.audit_head.event_id:,}")
    print(f"Checked: every table holds as many rows as in the source; the audit trail "
          f"({head}) verifies on the server; {report.clients_compared} clients' records "
          "read back the same.")
    print(f"Point every workstation at the server (--db or COORDINATOR_DB={report.target}, "
          "with its password); the SQLite file is unchanged, and work saved there from now "
          "on is not on the server.")
