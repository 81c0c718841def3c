"""Bulk inserts (the demo generator, rebuilding the stored clocks): many rows, one
transaction, no round trips per row.

Rows are plain dicts naming every column of their table (ids assigned by the caller, or None
for SQLite to number them, so nothing needs RETURNING). On a driver with ``?`` parameters
(SQLite) one plain ``INSERT INTO t (...) VALUES (?, ...)`` per table, quoted by the dialect,
goes to the driver's ``executemany``; each value still passes through its column type's own
bind processor for that dialect (so ``UTCDateTime`` still refuses naive timestamps, and dates
and JSON are stored exactly as the ORM would store them). That skips SQLAlchemy's per-row
parameter bookkeeping, which costs more than SQLite's own insert. On PostgreSQL through
psycopg the same converted rows go by ``COPY … FROM STDIN`` in the open transaction: psycopg's
``executemany`` sends one statement per row, which made a 5,000-client demo spend two thirds
of its time waiting on the server (65 s, against 7 s for 2,000 on SQLite). A row whose id is
None leaves the id column out, so the server numbers it. Other drivers take the ordinary Core
``insert(table)`` executemany.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

from sqlalchemy import JSON, Connection, Table, insert
from sqlalchemy.exc import DBAPIError

Row = dict[str, Any]
Processor = Callable[[Any], Any]


class _StoredForms(dict[Any, Any]):
    """Values of one column type mapped to what the driver receives, filled on first use.

    Bulk data repeats dates, timestamps and codes a lot, and SQLite's date formatting costs
    far more than a dictionary lookup. JSON lists are keyed by the tuple of their items.
    """

    def __init__(self, processor: Processor) -> None:
        super().__init__()
        self.processor = processor

    def __missing__(self, key: Any) -> Any:
        if len(self) > _MEMO_LIMIT:
            self.clear()
        stored = self[key] = self.processor(list(key) if type(key) is tuple else key)
        return stored


_MEMO_LIMIT = 300_000


@dataclass(frozen=True)
class _Converter:
    """One column whose values need the column type's bind processor."""

    key: str
    stored: _StoredForms
    lists: bool  # a JSON column

    def convert(self, rows: Sequence[Row]) -> list[Any]:
        """The stored form of this column for every row."""
        key, stored = self.key, self.stored
        if not self.lists:
            return [stored[row[key]] for row in rows]
        values = [row[key] for row in rows]
        if any(type(value) is dict for value in values):  # unhashable: no memo
            return [stored.processor(value) for value in values]
        return [stored[tuple(value) if type(value) is list else value] for value in values]


@dataclass(frozen=True)
class _Plan:
    # The statement lists the plain columns first (taken straight from each row dict) and
    # then the converted ones (built column by column), so a row's parameters are just the
    # two tuples joined.
    sql: str
    plain: Callable[[Mapping[str, Any]], tuple[Any, ...]]
    converters: tuple[_Converter, ...]
    copy: bool  # ``sql`` is a COPY … FROM STDIN (psycopg), not a qmark INSERT


def _getter(keys: Sequence[Any]) -> Callable[[Any], tuple[Any, ...]]:
    """``itemgetter`` that always returns a tuple, even for a single key."""
    if len(keys) == 1:
        only = keys[0]
        return lambda item: (item[only],)
    if not keys:
        return lambda item: ()
    return itemgetter(*keys)


class BulkWriter:
    """Inserts lists of complete row dicts into tables over one open connection."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self._plans: dict[tuple[str, bool], _Plan | None] = {}
        # One memo per column type: every timestamp column shares the same few thousand
        # distinct values, so sharing makes nearly every lookup a hit.
        self._memos: dict[str, _StoredForms] = {}

    def insert(self, table: Table, rows: Sequence[Row]) -> None:
        if not rows:
            return
        missing = [column.key for column in table.columns if column.key not in rows[0]]
        if missing or len(rows[0]) != len(table.columns):
            extra = sorted(set(rows[0]) - {column.key for column in table.columns})
            raise ValueError(f"rows for {table.name} do not match its columns "
                             f"(missing {missing}, unknown {extra})")
        numbered_here = "id" in table.columns and rows[0]["id"] is None
        plan = self._plan(table, numbered_here)
        if plan is None:
            self.connection.execute(insert(table), list(rows))
        elif plan.copy:
            self._copy(plan, rows)
        else:
            self.connection.exec_driver_sql(plan.sql, self._parameters(plan, rows))

    def _copy(self, plan: _Plan, rows: Sequence[Row]) -> None:
        raw: Any = self.connection.connection.driver_connection
        driver_error = self.connection.dialect.loaded_dbapi.Error
        try:
            with raw.cursor() as cursor, cursor.copy(plan.sql) as copying:
                for values in self._parameters(plan, rows):
                    copying.write_row(values)
        except driver_error as error:
            # COPY runs on the driver's cursor: raise what an INSERT through SQLAlchemy
            # would (an IntegrityError for a duplicate key), so callers see one kind.
            raise DBAPIError.instance(plan.sql, None, error, driver_error) from error

    def _plan(self, table: Table, numbered_here: bool) -> _Plan | None:
        """How rows go into ``table``: None for Core's insert; ``numbered_here``: the rows'
        ids are None (COPY leaves the column out; SQLite numbers a NULL id itself)."""
        if (table.name, numbered_here) in self._plans:
            return self._plans[(table.name, numbered_here)]
        dialect = self.connection.dialect
        plan: _Plan | None = None
        copy = dialect.name == "postgresql" and dialect.driver == "psycopg"
        if dialect.paramstyle == "qmark" or copy:
            plain: list[str] = []
            converters: list[_Converter] = []
            for column in table.columns:
                if copy and numbered_here and column.key == "id":
                    continue
                processor = column.type.dialect_impl(dialect).bind_processor(dialect)
                if processor is None:
                    plain.append(column.key)
                else:
                    stored = self._memos.get(repr(column.type))
                    if stored is None:
                        stored = self._memos[repr(column.type)] = _StoredForms(processor)
                    converters.append(_Converter(column.key, stored,
                                                 isinstance(column.type, JSON)))
            keys = plain + [converter.key for converter in converters]
            quote = dialect.identifier_preparer.quote
            names = ", ".join(quote(table.columns[key].name) for key in keys)
            target = dialect.identifier_preparer.format_table(table)
            if copy:
                sql = f"COPY {target} ({names}) FROM STDIN"
            else:
                marks = ", ".join("?" for _ in keys)
                sql = f"INSERT INTO {target} ({names}) VALUES ({marks})"
            plan = _Plan(sql, _getter(plain), tuple(converters), copy)
        self._plans[(table.name, numbered_here)] = plan
        return plan

    @staticmethod
    def _parameters(plan: _Plan, rows: Sequence[Row]) -> list[tuple[Any, ...]]:
        plain = map(plan.plain, rows)
        if not plan.converters:
            return list(plain)
        converted = zip(*(converter.convert(rows) for converter in plan.converters),
                        strict=True)
        return [first + rest for first, rest in zip(plain, converted, strict=True)]
