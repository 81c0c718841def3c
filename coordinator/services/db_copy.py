"""Moving a clinic from its SQLite file to a PostgreSQL server: ``coordinator db copy``.

The source's audit trail must verify first; the target must be an empty database (see
``store/copy_to_server.py`` for the copy itself). After the copy, the server must hold as
many rows in every table as the source, its audit trail must verify and end at the same
event, and a sample of clients must read back the same through the services (the record,
its overview summary and its journey of episodes, transitions and clocks). Only then does
the copy count as done; anything failing on the way drops what the copy made on the server.

The source is only read: nothing is written to the file or its audit anchor, and its
engine is closed without SQLite's ``PRAGMA optimize`` (which may write statistics).
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from datetime import date
from typing import NoReturn

from sqlalchemy import Connection, func, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from coordinator.domain.audit_chain import ChainHead
from coordinator.domain.errors import CoordinatorError
from coordinator.domain.roles import Permission, Role, allows
from coordinator.services.audit_verify import open_existing, verify_trail
from coordinator.services.clients import client_record
from coordinator.services.context import Actor, ServiceContext
from coordinator.services.journey import journey_of
from coordinator.services.record_summary import RecordSummaryService
from coordinator.store import copy_to_server as copying
from coordinator.store.copy_to_server import CopyRefused, Progress
from coordinator.store.engine import ENV_VAR, Database, open_database, resolve_url
from coordinator.store.models import Client, User

#: Clients whose records are read back from both databases and compared.
SAMPLE_CLIENTS = 20

__all__ = ["CopyFailed", "CopyRefused", "CopyReport", "copy_to_server"]


class CopyFailed(CoordinatorError):
    """The copy stopped part-way or did not verify; the message says what was undone."""


@dataclass(frozen=True)
class CopyReport:
    """What was copied and checked."""

    source: str
    target: str
    tables: int
    rows: int
    audit_events: int
    audit_head: ChainHead | None
    clients_compared: int
    seconds: float
    dropped_unfinished: str | None  # an earlier unfinished copy was dropped (its start)
    transport_warning: str | None  # the connection to the server crossed the network bare


def copy_to_server(source_location: str | None, target_url: str, *,
                   progress: Progress | None = None,
                   sample: int = SAMPLE_CLIENTS,
                   today: date | None = None) -> CopyReport:
    """Copy the SQLite database at ``source_location`` into the empty PostgreSQL database
    at ``target_url`` and verify the copy.

    Args:
        progress: told after each batch of rows and when each table is done.
        sample: how many clients to read back from both and compare.
        today: the day the compared summaries are read as of (default: today).

    Raises:
        StoreUnavailable: either database cannot be reached or opened (one sentence).
        CopyRefused: the source's audit trail does not verify, the target is not empty or
            at another schema revision, or a value would not fit on the server; nothing
            was written.
        CopyFailed: the copy stopped or did not verify; what it made was dropped.
    """
    started = time.perf_counter()
    url = resolve_url(target_url)
    if url.get_backend_name() != "postgresql":
        raise CopyRefused("db copy copies to a PostgreSQL server: give --to "
                          "postgresql+psycopg://USER@HOST/DATABASE (a SQLite copy is "
                          "'coordinator backup').")
    named = source_location or os.environ.get(ENV_VAR)
    if named and resolve_url(named).get_backend_name() != "sqlite":
        raise CopyRefused("db copy copies a SQLite file to a server, and the database given "
                          "(--db or COORDINATOR_DB) is on a server already: give --db FILE.")
    source = open_existing(source_location)
    try:
        target = open_database(url)
        try:
            return _copy(source, target, progress, sample, today, started)
        finally:
            target.dispose()
    finally:
        # Not source.dispose(): its PRAGMA optimize may write statistics into the file.
        source.engine.dispose()


def _copy(source: Database, target: Database, progress: Progress | None, sample: int,
          today: date | None, started: float) -> CopyReport:
    where = target.display_name
    trail = verify_trail(ServiceContext(source))
    if not trail.intact:
        raise CopyRefused(
            f"The audit trail of {source.display_name} does not verify ({trail.reason}); "
            "it is copied only when intact, so nothing was written. 'coordinator audit "
            "verify' says more.")
    state = copying.check_target(target.engine, where)
    with source.engine.connect() as reading, reading.begin():
        # One read transaction: the counts and every table come from one snapshot.
        counts = copying.source_counts(reading)
        problems = copying.server_problems(reading)
        if problems:
            raise CopyRefused(
                f"Some values cannot be stored on PostgreSQL as they are: "
                f"{'; '.join(problems)}. Correct them in Coordinator and copy again; "
                "nothing was written.")
        sampled = _sample_ids(reading, sample)
        try:
            copying.prepare_target(target.engine, state, source.display_name)
        except DBAPIError as error:
            raise CopyRefused(f"Cannot create the schema in {where} ({_first_line(error)}); "
                              "nothing was written.") from None
        try:
            for number, table in enumerate(copying.copied_tables(), start=1):
                copying.copy_table(reading, target.engine, table, number,
                                   counts[table.name], progress)
            copying.advance_sequences(target.engine)
            target.refresh_statistics()
        except BaseException as error:
            _undo(target, where, error)
    try:
        _verify(source, target, counts, trail.head, sampled, today)
        copying.finish(target.engine)
    except BaseException as error:
        _undo(target, where, error)
    return CopyReport(source.display_name, where, len(counts), sum(counts.values()),
                      counts.get("audit_event", 0), trail.head, len(sampled),
                      time.perf_counter() - started, state.unfinished_since,
                      None if target.transport_warning is None
                      else target.transport_warning.sentence)


def _undo(target: Database, where: str, error: BaseException) -> NoReturn:
    """Drop what the copy made, then raise: ``CopyFailed`` saying so, or ``error`` itself
    when it is not a failure of the copy (a bug)."""
    try:
        copying.drop_copy(target.engine)
        undone = f"the tables it made in {where} were dropped, and the source is unchanged"
    except DBAPIError as drop_error:
        undone = (f"the tables it made in {where} could not be dropped "
                  f"({_first_line(drop_error)}): run the same 'coordinator db copy' again, "
                  "which drops an unfinished copy before it starts, or drop and create "
                  "the database again; the source is unchanged")
    if isinstance(error, CoordinatorError):  # the copy's own sentence, or the store's
        raise CopyFailed(f"{error.message.rstrip('.')}; {undone}.") from error
    if isinstance(error, KeyboardInterrupt):
        raise CopyFailed(f"The copy was interrupted; {undone}.") from error
    if isinstance(error, DBAPIError):
        raise CopyFailed(f"The copy stopped ({_first_line(error)}); {undone}.") from error
    raise error


def _first_line(error: BaseException) -> str:
    text = str(getattr(error, "orig", None) or error).strip()
    return text.splitlines()[0] if text else type(error).__name__


# Verifying the copy ------------------------------------------------------------------------

def _verify(source: Database, target: Database, counts: dict[str, int],
            head: ChainHead | None, sampled: list[int], today: date | None) -> None:
    found = copying.target_counts(target.engine)
    differing = copying.differences(counts, found)
    if differing:
        raise CopyFailed("The copy does not hold what the source holds ("
                         + "; ".join(differing[:3]) + ")")
    trail = verify_trail(ServiceContext(target))
    if not trail.intact:
        raise CopyFailed(f"The audit trail does not verify on the server ({trail.reason})")
    if trail.head != head:
        raise CopyFailed("The audit trail on the server does not end at the source's "
                         "newest event")
    if sampled:
        _compare_records(source, target, sampled, today)


def _sample_ids(reading: Connection, sample: int) -> list[int]:
    """Up to ``sample`` client ids spread over the whole range, the first and last included."""
    total = int(reading.execute(select(func.count()).select_from(Client)).scalar_one())
    if total == 0 or sample <= 0:
        return []
    offsets = sorted({round(step * (total - 1) / max(sample - 1, 1))
                      for step in range(min(sample, total))})
    return [int(reading.execute(select(Client.id).order_by(Client.id).offset(offset)
                                .limit(1)).scalar_one()) for offset in offsets]


def _compare_records(source: Database, target: Database, client_ids: list[int],
                     today: date | None) -> None:
    """Each sampled client's record, overview and journey, read through the services from
    both databases, must be equal."""
    readers = [_Reader(db, today) for db in (source, target)]
    for client_id in client_ids:
        for part, read in (("record", _Reader.record), ("overview", _Reader.summary),
                           ("journey", _Reader.journey)):
            if read(readers[0], client_id) != read(readers[1], client_id):
                raise CopyFailed(f"Client {client_id}'s {part} reads differently on the "
                                 "server than in the source")


class _Reader:
    """Reads a client's record as a user allowed to view clients (the first such account),
    without writing: no view is logged, no derived data rebuilt."""

    def __init__(self, db: Database, today: date | None) -> None:
        self.ctx = ServiceContext(db)
        self.today = today or self.ctx.clock().astimezone().date()
        self.ctx.sign_in(self._reader(db))
        self.summaries = RecordSummaryService(self.ctx)

    @staticmethod
    def _reader(db: Database) -> Actor:
        with Session(db.engine) as session:
            for user in session.execute(select(User).where(User.is_active.is_(True))
                                        .order_by(User.id)).scalars():
                role = Role(user.role)
                if allows(role, Permission.VIEW_CLIENTS):
                    return Actor(user.id, user.username, user.full_name, role,
                                 user.must_change_password)
        raise CopyFailed("No active account may view client records, so the records "
                         "cannot be compared")

    def record(self, client_id: int) -> object:
        with self.ctx.unit_of_work(write=False) as uow:
            return client_record(uow.session, client_id)

    def summary(self, client_id: int) -> object:
        return self.summaries.summary(client_id, today=self.today)

    def journey(self, client_id: int) -> object:
        with self.ctx.unit_of_work(write=False) as uow:
            return journey_of(uow.session, client_id, self.today, now=self.today)
