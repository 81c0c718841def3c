"""Fill an empty database with a fictitious clinic and caseload, in one transaction.

The same seed and "today" always give the same data (only the salted password hash and the
audit event's wall-clock time differ), so a demo database, a screenshot or a benchmark can be
rebuilt exactly. Rows are written in batches of a few thousand clients through plain bulk
inserts with pre-assigned ids; between batches the caller hears about progress and may
cancel, which rolls everything back.
"""

from __future__ import annotations

import gc
import math
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Connection, Integer, func, insert, select, text, update

from coordinator.demo.caseload import add_client
from coordinator.demo.common import Batch, DemoRandom, Ids, Timeline
from coordinator.demo.intake import add_intake
from coordinator.demo.names import STAFF
from coordinator.demo.reference import Level, build_reference, settings_rows
from coordinator.demo.state import Run
from coordinator.domain.clinical_dates import local_today
from coordinator.domain.errors import Conflict, CoordinatorError, ValidationError
from coordinator.domain.roles import Role
from coordinator.services import derived
from coordinator.services.bulk import BulkWriter
from coordinator.services.context import ServiceContext
from coordinator.services.notify import Topic
from coordinator.services.passwords import hash_password
from coordinator.store.engine import Database
from coordinator.store.models import Base, Client, Facility, LevelOfCare, Setting, User

DEMO_PASSWORD = "demo"
MAX_CLIENTS = 1_000_000
CLIENTS_PER_BATCH = 2000
CANCELLED_MESSAGE = "Demo generation was cancelled; nothing was saved."
# SQLite page cache while generating, in KiB (SQLite's default is 2 MiB): the client name
# and phone indexes take keys in random order, and keeping their pages in memory saves
# re-reading them within the one big transaction. Restored afterwards.
_SQLITE_CACHE_KIB = 64 * 1024

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class DemoSummary:
    """What a demo generation wrote, and how long it took."""

    clients: int
    episodes: int
    transitions: int
    referrals: int
    facilities: int
    resources: int
    consents: int
    assessments: int
    users: int
    seconds: float


#: About how many clients the documented "casemanager" login carries: a case manager in an
#: intensive outpatient program holds a few dozen, not a share of the whole clinic.
OWN_CASELOAD = 60
#: At most about this many clients (of every status) per case manager: a demo larger than
#: the named case managers can share at this rate (a county's system rather than one
#: clinic) gets more case managers, ``cm0001`` and on, so that a case manager's dashboard
#: and caseload are a person's, not a six-way share of a million records.
CLIENTS_PER_CASE_MANAGER = 500


def generate_demo(db: Database, *, clients: int = 2000, seed: int = 1,
                  progress: Progress | None = None, cancelled: Cancelled | None = None,
                  today: date | None = None) -> DemoSummary:
    """Fill an empty, migrated database with a fictitious clinic and ``clients`` clients.

    Args:
        db: a database at the current schema, holding no users, clients or facilities.
        clients: how many clients to invent.
        seed: the same seed (and ``today``) gives the same data.
        progress: called as ``progress(clients_done, clients)`` once the clinic's reference
            data is written and after each batch of clients.
        cancelled: asked between batches; returning True rolls everything back.
        today: the date the caseload is "as of" (default: the real today).

    Returns:
        Counts of what was written.

    Raises:
        Conflict: the database already holds users, clients or facilities.
        CoordinatorError: generation was cancelled (nothing was saved).
    """
    if not 1 <= clients <= MAX_CLIENTS:
        raise ValidationError.for_fields(
            {"clients": f"The number of demo clients must be between 1 and {MAX_CLIENTS:,}."})
    started = time.perf_counter()
    today = today or local_today()
    rng = DemoRandom(seed)
    password_hash = hash_password(DEMO_PASSWORD)  # Argon2 is slow on purpose: hash once
    batches = math.ceil(clients / CLIENTS_PER_BATCH)
    written: dict[str, int] = {}
    ctx = ServiceContext(db)
    with ctx.unit_of_work() as uow:
        connection = uow.session.connection()
        _refuse_if_in_use(connection)
        with _roomy_cache(connection, db.is_sqlite), _no_cycle_collection():
            writer = BulkWriter(connection)
            ids, timeline = Ids(), Timeline(today, rng)
            _stop_if_cancelled(cancelled)
            batch = Batch()
            reference = build_reference(batch, ids, rng, timeline, _levels(connection),
                                        password_hash, more_case_managers(clients))
            _write(writer, batch, written)
            _write_settings(connection, settings_rows(timeline, reference.admin_id))
            _report(progress, 0, clients)
            run = Run(rng, ids, timeline, reference,
                      own_share=min(0.25, OWN_CASELOAD / clients))
            made = 0
            for _ in range(batches):
                _stop_if_cancelled(cancelled)
                batch = Batch()
                for _ in range(min(CLIENTS_PER_BATCH, clients - made)):
                    made += 1
                    add_client(run, batch, made)
                add_intake(run, batch)
                _write(writer, batch, written)
                _report(progress, made, clients)
            _stop_if_cancelled(cancelled)
            # The clocks are kept in a table like any other derived data; fill it now so
            # the first look at the dashboard is as quick as every later one.
            written["transition_clock"] = derived.rebuild(
                connection, stamp=timeline.at(timeline.yesterday, 0))
        if connection.dialect.name == "postgresql":
            _advance_sequences(connection, ids)
        uow.audit("demo_generated", "database", "",
                  f"Demo caseload: {clients} clients, seed {seed}, as of {today.isoformat()}",
                  username="system")
        for topic in (Topic.USER, Topic.SETTING, Topic.FACILITY, Topic.CLIENT, Topic.EPISODE,
                      Topic.REFERRAL, Topic.CLOCKS, Topic.INQUIRY, Topic.READINESS):
            uow.changed(topic)
    # A bulk load: tell the query planner the data's new shape before anyone reads it.
    db.refresh_statistics()
    return DemoSummary(
        clients=written.get("client", 0), episodes=written.get("episode", 0),
        transitions=written.get("transition", 0), referrals=written.get("referral", 0),
        facilities=reference.counts["facilities"], resources=reference.counts["resources"],
        consents=written.get("consent", 0), assessments=written.get("assessment", 0),
        users=reference.counts["users"], seconds=round(time.perf_counter() - started, 2))


def more_case_managers(clients: int) -> int:
    """How many case managers a demo of ``clients`` needs besides the named ones, so that
    none carries many more than ``CLIENTS_PER_CASE_MANAGER`` (none up to 3,000 clients)."""
    named = sum(1 for _, _, role in STAFF if role == Role.CASE_MANAGER.value) - 1
    return max(0, math.ceil(clients / CLIENTS_PER_CASE_MANAGER) - named)


def _refuse_if_in_use(connection: Connection) -> None:
    counts = {
        "clients": connection.execute(select(func.count()).select_from(Client)).scalar_one(),
        "users": connection.execute(select(func.count()).select_from(User)).scalar_one(),
        "facilities": connection.execute(
            select(func.count()).select_from(Facility)).scalar_one(),
    }
    if any(counts.values()):
        held = ", ".join(f"{count} {what}" for what, count in counts.items() if count)
        raise Conflict(
            f"This database already holds real data ({held}); a demo caseload can only be "
            "generated into an empty database. Use a new database file for the demo.")


def _levels(connection: Connection) -> dict[str, Level]:
    rows = connection.execute(
        select(LevelOfCare.code, LevelOfCare.name, LevelOfCare.intensity)).all()
    return {code: Level(code, name, intensity) for code, name, intensity in rows}


def _write(writer: BulkWriter, batch: Batch, written: dict[str, int]) -> None:
    # Parents before children, so foreign keys hold at every insert.
    for table in Base.metadata.sorted_tables:
        rows = batch.rows.get(table.name)
        if rows:
            writer.insert(table, rows)
            written[table.name] = written.get(table.name, 0) + len(rows)


def _write_settings(connection: Connection, rows: list[dict[str, object]]) -> None:
    """Insert the demo settings, overwriting any a first-run screen already saved."""
    existing = set(connection.execute(select(Setting.key)).scalars())
    fresh = [row for row in rows if row["key"] not in existing]
    if fresh:
        connection.execute(insert(Setting), fresh)
    for row in rows:
        if row["key"] in existing:
            connection.execute(update(Setting).where(Setting.key == row["key"]).values(
                value=row["value"], updated_at=row["updated_at"],
                updated_by_id=row["updated_by_id"]))


def _advance_sequences(connection: Connection, ids: Ids) -> None:
    """PostgreSQL: move each table's id sequence past the ids the generator assigned, so
    the app's next insert does not collide with a demo row."""
    for table in Base.metadata.sorted_tables:
        primary = list(table.primary_key.columns)
        if (len(primary) == 1 and primary[0].key == "id"
                and isinstance(primary[0].type, Integer) and ids.last(table.name)):
            connection.execute(
                text("SELECT setval(pg_get_serial_sequence(:table, 'id'), :value)"),
                {"table": table.name, "value": ids.last(table.name)})


@contextmanager
def _roomy_cache(connection: Connection, is_sqlite: bool) -> Iterator[None]:
    if not is_sqlite:
        yield
        return
    previous = int(connection.exec_driver_sql("PRAGMA cache_size").scalar_one())
    connection.exec_driver_sql(f"PRAGMA cache_size=-{_SQLITE_CACHE_KIB}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size={previous}")


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Pause Python's cycle collector while rows are invented.

    The generator makes millions of short-lived dicts and lists and no reference cycles;
    the collector would keep re-scanning them, which costs about a fifth of the time.
    Reference counting still frees everything; the collector is back on afterwards.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _stop_if_cancelled(cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise CoordinatorError(CANCELLED_MESSAGE)


def _report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)
