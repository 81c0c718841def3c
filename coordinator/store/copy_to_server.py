"""Copying every table of a SQLite database into an empty PostgreSQL database.

The store's half of ``coordinator db copy`` (the service ``services/db_copy.py`` checks the
audit trails and the records around it). In order:

1. ``check_target``: the server's database holds no tables, or Coordinator's schema at
   this version's revision with no records; anything else is refused before a byte is
   written.
2. ``server_problems``: values PostgreSQL would refuse (a NUL character in text, text
   longer than its column, an integer beyond the column's range) are found in the source
   first and named; the copy refuses instead of changing them, because an altered value
   in an audit event would break its hash on the server.
3. ``prepare_target``: one transaction creates the schema by the same migrations as the
   source's and a marker table saying the copy is unfinished.
4. ``copy_table``: one transaction per table in foreign-key order, read in batches from
   one SQLite read transaction (a snapshot, so the tables fit together), ids as they are.
5. ``advance_sequences``: every id sequence moves past the largest id copied (and the
   service has the planner's statistics gathered: ``Database.refresh_statistics``).
6. ``finish``: the marker goes, after the service has verified the copy.

When anything fails after step 3, the service calls ``drop_copy``, which drops what the
copy made in one transaction; a copy killed outside Python's reach leaves the marker, the
app refuses to open such a database (``refuse_unfinished_copy``), and the next ``db copy``
to it drops the unfinished copy before starting again.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Connection,
    Engine,
    Integer,
    String,
    Table,
    Text,
    func,
    inspect,
    select,
    text,
    type_coerce,
)
from sqlalchemy.engine import Dialect, Row
from sqlalchemy.exc import DBAPIError

from coordinator.domain.errors import CoordinatorError, StoreUnavailable
from coordinator.store import migrate
from coordinator.store.engine import Database
from coordinator.store.models import Base

#: Present while a copy is unfinished; its row says where from and since when.
MARKER = "coordinator_copy_unfinished"
#: Tables the migrations fill with reference rows: the source's own rows replace them.
SEEDED_BY_SCHEMA = frozenset({"level_of_care"})
#: Rows read from SQLite and sent to the server at a time (a few MB of memory at most).
BATCH_ROWS = 2000
# PostgreSQL's integer column ranges (SQLite's integers are 64-bit whatever the column says).
_INT4 = (-(2**31), 2**31 - 1)
_INT8 = (-(2**63), 2**63 - 1)
# How many offending values a refusal names.
_NAMED = 3


class CopyRefused(CoordinatorError):
    """The target or the source is not fit for a copy; nothing was written."""


class TableNotCopied(CoordinatorError):
    """A table's rows could not be read from SQLite or written to the server."""


@dataclass(frozen=True)
class TableProgress:
    """How far the copy of one table is: ``rows_done`` of ``rows`` in ``seconds``
    (``finished`` once its transaction committed). ``number`` counts tables from 1 to
    ``tables``."""

    table: str
    number: int
    tables: int
    rows_done: int
    rows: int
    seconds: float
    finished: bool


Progress = Callable[[TableProgress], None]


@dataclass(frozen=True)
class TargetState:
    """What the server's database holds before the copy."""

    tables: frozenset[str]
    unfinished_since: str | None  # an earlier copy's marker: when it started


def copied_tables() -> list[Table]:
    """Every table of the schema, parents before the tables that refer to them."""
    return list(Base.metadata.sorted_tables)


def quoted(connection: Connection, name: str) -> str:
    return connection.dialect.identifier_preparer.quote(name)


# 1. The target ------------------------------------------------------------------------------

def check_target(engine: Engine, where: str) -> TargetState:
    """The state of the empty target ``engine`` (named ``where`` in sentences).

    Raises:
        CopyRefused: the database holds tables of something else, Coordinator's schema at
            another revision, or records.
    """
    head = migrate.quick_head() or migrate.head_revision()
    with engine.connect() as connection:
        tables = frozenset(inspect(connection).get_table_names())
        if MARKER in tables:
            since = connection.execute(text(
                f"SELECT min(started_at) FROM {MARKER}")).scalar_one_or_none()
            return TargetState(tables, str(since or "an unknown time"))
        if not tables:
            return TargetState(tables, None)
        ours = {table.name for table in copied_tables()} | {"alembic_version"}
        if "alembic_version" not in tables or not tables <= ours:
            others = ", ".join(sorted(tables - ours)[:_NAMED])
            raise CopyRefused(
                f"The database {where} already holds tables that are not Coordinator's "
                f"({others}); copy into an empty database (nothing was written).")
        revision = connection.execute(text(
            "SELECT version_num FROM alembic_version")).scalar_one_or_none()
        if revision != head:
            raise CopyRefused(
                f"The database {where} has Coordinator's schema at revision "
                f"{revision or 'none'}, not {head} like the source; copy into an empty "
                "database (nothing was written).")
        holding = [name for name in sorted(tables - {"alembic_version"} - SEEDED_BY_SCHEMA)
                   if connection.execute(text(
                       f"SELECT EXISTS (SELECT 1 FROM {quoted(connection, name)})")).scalar()]
    if holding:
        raise CopyRefused(
            f"The database {where} already holds records (in {', '.join(holding[:_NAMED])}"
            f"{' and more' if len(holding) > _NAMED else ''}); copy only into an empty "
            "database (nothing was written).")
    return TargetState(tables, None)


# 2. Values the server would refuse ---------------------------------------------------------

def server_problems(source: Connection) -> list[str]:
    """Up to a few sentences, each naming a value PostgreSQL would refuse: a NUL character
    in text, text longer than its ``VARCHAR``, an integer beyond its column's range.

    One scan per table on the SQLite connection ``source``, in SQLite's SQL (written out:
    compiling fifty such statements through SQLAlchemy took longer than running them).
    """
    found: list[str] = []
    for table in copied_tables():
        checks = _checks(source, table)
        if not checks:
            continue
        key = [quoted(source, column.name) for column in table.primary_key.columns]
        tests = ", ".join(condition for _, condition, _ in checks)
        wrong = " OR ".join(condition for _, condition, _ in checks)
        rows = source.execute(text(
            f"SELECT {', '.join(key)}, {tests} FROM {quoted(source, table.name)} "
            f"WHERE {wrong} LIMIT {_NAMED}")).all()
        for row in rows:
            which = ", ".join(str(part) for part in row[:len(key)])
            for number, (column, _, why) in enumerate(checks):
                if row[len(key) + number]:
                    found.append(f"{table.name}.{column} of row {which} {why}")
        if len(found) >= _NAMED:
            break
    return found[:_NAMED]


def _checks(source: Connection, table: Table) -> list[tuple[str, str, str]]:
    """(column, SQLite condition true for a value the server refuses, why) per check."""
    checks: list[tuple[str, str, str]] = []
    for column in table.columns:
        kind, name = column.type, quoted(source, column.name)
        if isinstance(kind, String):
            # As bytes: SQLite's text functions stop at a NUL, its blob functions do not.
            checks.append((column.name, f"instr(CAST({name} AS BLOB), X'00') > 0",
                           "holds a NUL character, which PostgreSQL does not store"))
            if kind.length:
                checks.append((column.name, f"length({name}) > {int(kind.length)}",
                               f"is longer than the {kind.length:,} characters its column "
                               "takes on PostgreSQL"))
        elif isinstance(kind, Integer):
            low, high = _INT8 if isinstance(kind, BigInteger) else _INT4
            checks.append((column.name, f"({name} < {low} OR {name} > {high})",
                           f"is beyond the range {low:,} to {high:,} of its column"))
    return checks


def source_counts(source: Connection) -> dict[str, int]:
    """Rows per table, read on ``source`` (in its transaction)."""
    return {table.name: int(source.execute(
        select(func.count()).select_from(table)).scalar_one()) for table in copied_tables()}


# 3. The schema -----------------------------------------------------------------------------

def prepare_target(engine: Engine, state: TargetState, source: str) -> None:
    """Create the schema (dropping an empty or unfinished one first) and the marker, in one
    transaction: if it fails, the database is as it was."""
    with engine.begin() as connection:
        if state.tables:
            _drop_ours(connection)
        migrate.upgrade_in(connection)
        connection.execute(text(
            f"CREATE TABLE {MARKER} (started_at text NOT NULL, source text NOT NULL)"))
        connection.execute(text(f"INSERT INTO {MARKER} VALUES (:at, :source)"),
                           {"at": datetime.now(UTC).isoformat(timespec="seconds"),
                            "source": source})
        for name in sorted(SEEDED_BY_SCHEMA):
            connection.execute(text(f"DELETE FROM {quoted(connection, name)}"))


def drop_copy(engine: Engine) -> None:
    """Drop every table and trigger function the copy made, in one transaction."""
    with engine.begin() as connection:
        _drop_ours(connection)


def _drop_ours(connection: Connection) -> None:
    names = [table.name for table in copied_tables()] + ["alembic_version", MARKER]
    # The audit trail's guard (a trigger function) belongs to the schema too.
    functions = connection.execute(text(
        "SELECT DISTINCT p.oid::regprocedure::text FROM pg_trigger t "
        "JOIN pg_proc p ON p.oid = t.tgfoid JOIN pg_class c ON c.oid = t.tgrelid "
        "JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE NOT t.tgisinternal AND n.nspname = current_schema() "
        "AND c.relname = ANY(:names)"), {"names": names}).scalars().all()
    connection.execute(text("DROP TABLE IF EXISTS "
                            + ", ".join(quoted(connection, name) for name in names)
                            + " CASCADE"))
    for function in functions:
        connection.execute(text(f"DROP FUNCTION IF EXISTS {function}"))


# 4. The rows -------------------------------------------------------------------------------

def copy_table(source: Connection, target: Engine, table: Table, number: int, rows: int,
               progress: Progress | None = None) -> int:
    """Copy ``table`` (``rows`` rows, the ``number``-th table) from the ``source``
    connection's transaction into ``target`` in one transaction; returns the rows copied.

    Values go through the column types both ways (SQLite's 0/1 become booleans, its text
    dates and timestamps dates and timestamps); JSON goes as the text SQLite holds, so a SQL
    NULL stays NULL and JSON ``null`` stays ``null``. The rows go by PostgreSQL's ``COPY``,
    which took a tenth of the time of INSERTs for the 2,000-client demo.
    """
    tables = len(copied_tables())
    started = time.perf_counter()
    done = 0
    if progress is not None:
        progress(TableProgress(table.name, number, tables, 0, rows, 0.0, False))
    with target.begin() as connection:
        to_server = _server_values(table, connection.dialect)
        columns = ", ".join(quoted(connection, column.name) for column in table.columns)
        statement = f"COPY {quoted(connection, table.name)} ({columns}) FROM STDIN"
        raw: Any = connection.connection.driver_connection
        # COPY runs on the driver's own cursor, so its errors are the driver's, not
        # SQLAlchemy's; a value SQLite holds but its column type cannot read is a ValueError.
        refused = (connection.dialect.loaded_dbapi.Error, DBAPIError, ValueError)
        try:
            with raw.cursor() as cursor, cursor.copy(statement) as rows_in:
                for batch in _batches(source, table):
                    for row in batch:
                        rows_in.write_row(to_server(row))
                    done += len(batch)
                    if progress is not None:
                        progress(TableProgress(table.name, number, tables, done, rows,
                                               time.perf_counter() - started, False))
        except refused as error:
            reason = str(getattr(error, "orig", None) or error).strip().splitlines()
            raise TableNotCopied(f"Copying the table {table.name} failed "
                                 f"({reason[0] if reason else type(error).__name__})"
                                 ) from error
    if progress is not None:
        progress(TableProgress(table.name, number, tables, done, rows,
                               time.perf_counter() - started, True))
    return done


def _batches(source: Connection, table: Table) -> Iterator[Sequence[Row[Any]]]:
    columns = [type_coerce(column, Text).label(column.name) if isinstance(column.type, JSON)
               else column for column in table.columns]
    result = source.execution_options(yield_per=BATCH_ROWS).execute(
        select(*columns).order_by(*table.primary_key.columns))
    yield from result.partitions()


def _server_values(table: Table, dialect: Dialect) -> Callable[[Row[Any]], list[Any]]:
    """A row as read from SQLite, as the values PostgreSQL's column types take (what an
    INSERT through SQLAlchemy would send: an aware UTC timestamp becomes naive UTC)."""
    processors = [None if isinstance(column.type, JSON) else column.type.bind_processor(dialect)
                  for column in table.columns]

    def convert(row: Row[Any]) -> list[Any]:
        return [value if process is None or value is None else process(value)
                for value, process in zip(row, processors, strict=True)]

    return convert


# 5. Sequences, counts, the end -------------------------------------------------------------

def advance_sequences(engine: Engine) -> int:
    """Move each id sequence past the largest id copied (a new row must not reuse one);
    returns how many sequences there are."""
    moved = 0
    with engine.begin() as connection:
        for table in copied_tables():
            for column in table.primary_key.columns:
                sequence = connection.execute(
                    text("SELECT pg_get_serial_sequence(:table, :column)"),
                    {"table": quoted(connection, table.name), "column": column.name},
                ).scalar_one()
                if sequence is None:
                    continue
                largest = connection.execute(select(func.max(column))).scalar_one()
                connection.execute(text("SELECT setval(:sequence, :value, :called)"),
                                   {"sequence": sequence, "value": largest or 1,
                                    "called": largest is not None})
                moved += 1
    return moved


def target_counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as connection:
        return source_counts(connection)


def finish(engine: Engine) -> None:
    """The copy is verified: the marker goes, and the database is ready for use."""
    with engine.begin() as connection:
        connection.execute(text(f"DROP TABLE {MARKER}"))


def unfinished_copy(engine: Engine) -> str | None:
    """When an unfinished copy into this PostgreSQL database started (None: there is none)."""
    with engine.connect() as connection:
        if connection.execute(text("SELECT to_regclass(:name)"),
                              {"name": MARKER}).scalar_one() is None:
            return None
        since = connection.execute(text(f"SELECT min(started_at) FROM {MARKER}")).scalar()
        return str(since or "an unknown time")


def refuse_unfinished_copy(db: Database) -> None:
    """Refuse to work in a PostgreSQL database a copy was still filling when it stopped.

    Raises:
        StoreUnavailable: naming the command that drops the unfinished copy and starts over.
    """
    since = unfinished_copy(db.engine)
    if since is not None:
        raise StoreUnavailable(
            f"The database {db.display_name} holds a copy of a SQLite database that did not "
            f"finish (started {since}); run 'coordinator db copy --to URL' again on the "
            "workstation with the SQLite file: it drops the unfinished copy and copies anew.")


def differences(expected: Mapping[str, int], found: Mapping[str, int]) -> list[str]:
    """``client: 2,000 in the source, 1,999 on the server`` for each table that differs."""
    return [f"{name}: {count:,} in the source, {found.get(name, 0):,} on the server"
            for name, count in expected.items() if found.get(name, 0) != count]
