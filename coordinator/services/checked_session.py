"""The unit of work's session, which keeps ``field_limits`` on every row and statement.

Before each flush, every new or changed row is checked against its columns (text length,
control characters, the range of whole numbers) and refused with a sentence per field, so
no value reaches the database that PostgreSQL would reject and SQLite would keep.

Each statement's parameters are looked at before they reach the driver, so the two engines
answer alike where they would not:

* a whole number no ``Integer`` column can hold (2**31 and up, 2**63, 10**30), used to look
  a record up, is ``NotFound`` naming the record ("That client does not exist."); PostgreSQL
  would raise "integer out of range" and SQLite either find nothing or fail to bind it.
* a NUL character in a search or lookup matches nothing (it is passed as U+0001, which no
  saved text can hold either, since both are refused on saving); PostgreSQL would refuse
  the whole statement.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from itertools import chain
from typing import Any

from sqlalchemy import Integer, event, inspect
from sqlalchemy.engine import Connection, ExecutionContext
from sqlalchemy.orm import Session, SessionTransaction, UOWTransaction
from sqlalchemy.sql import visitors
from sqlalchemy.sql.elements import BinaryExpression, BindParameter, ColumnClause

from coordinator.domain.errors import CoordinatorError, NotFound, ValidationError
from coordinator.services.field_limits import (
    LARGEST_WHOLE,
    SMALLEST_WHOLE,
    ColumnRule,
    field_rule,
    record_words,
    row_problems,
    rules_of,
)


class CheckedSession(Session):
    """A ``Session`` whose flushes and statements keep the limits of ``field_limits``."""


@event.listens_for(CheckedSession, "before_flush")
def _check_rows(session: Session, flush_context: UOWTransaction,
                instances: object) -> None:
    problems = row_problems(_pending_values(session))
    if problems:
        raise ValidationError.for_fields(problems)


@event.listens_for(CheckedSession, "after_begin")
def _watch_connection(session: Session, transaction: SessionTransaction,
                      connection: Connection) -> None:
    if not event.contains(connection, "before_cursor_execute", _guard_parameters):
        event.listen(connection, "before_cursor_execute", _guard_parameters, retval=True)


def _pending_values(session: Session) -> Iterator[tuple[ColumnRule, object]]:
    """(rule, value) of each column a flush is about to write: all of a new row's, the
    changed ones of a row already saved."""
    for row in chain(session.new, session.dirty):
        state = inspect(row)
        rules = rules_of(type(row))
        keys = rules.keys() if state.pending else set(rules) - state.unmodified
        for key in keys:
            value = state.dict.get(key)
            if value is not None:
                yield field_rule(row, rules[key]), value


def _guard_parameters(connection: Connection, cursor: object, statement: str,
                      parameters: Any, context: ExecutionContext | None,
                      executemany: bool) -> tuple[str, Any]:
    if not parameters or (executemany and _inserts(context, statement)):
        # A many-row insert is the ORM writing rows its flush check has already passed, or
        # a bulk load (the demo, an HSDS import) that checks its own rows; scanning each of
        # its values again would cost a 100,000-client demo about fifteen seconds.
        return statement, parameters
    has_nul = False
    for value in _values(parameters, executemany):
        if type(value) is int and not SMALLEST_WHOLE <= value <= LARGEST_WHOLE:
            refusal = _out_of_range(context, value)
            if refusal is not None:
                raise refusal
        elif type(value) is str and "\x00" in value:
            has_nul = True
    if has_nul:
        if _writes(context):
            raise ValidationError("Text with a NUL character cannot be saved; remove it.")
        parameters = _without_nul(parameters, executemany)
    return statement, parameters


def _values(parameters: Any, executemany: bool) -> Iterator[object]:
    for one in (parameters if executemany else (parameters,)):
        yield from (one.values() if isinstance(one, Mapping) else one)


def _without_nul(parameters: Any, executemany: bool) -> Any:
    def clean(value: object) -> object:
        return value.replace("\x00", "\x01") if type(value) is str else value

    def clean_set(one: Mapping[str, object] | Sequence[object]) -> object:
        if isinstance(one, Mapping):
            return {key: clean(value) for key, value in one.items()}
        # A tuple or list of parameters, rebuilt as the same type (Sequence itself has no
        # constructor that takes an iterable, hence the ignore).
        return type(one)(clean(value) for value in one)  # type: ignore[call-arg]

    if executemany:
        return [clean_set(one) for one in parameters]
    return clean_set(parameters)


def _inserts(context: ExecutionContext | None, statement: str) -> bool:
    """An INSERT, compiled by SQLAlchemy or (the bulk loader's) plain driver SQL."""
    return bool(getattr(context, "isinsert", False)) or (
        statement.lstrip()[:7].upper() == "INSERT ")


def _writes(context: ExecutionContext | None) -> bool:
    return context is not None and bool(
        getattr(context, "isinsert", False) or getattr(context, "isupdate", False)
        or getattr(context, "isdelete", False))


def _out_of_range(context: ExecutionContext | None, value: int) -> CoordinatorError | None:
    """The refusal for a whole number out of the ``Integer`` range; None when it is bound
    to something else (a real number, a row limit) that can take it."""
    compiled = getattr(context, "compiled", None)
    bind = _bind_holding(context, value)
    if bind is not None and not isinstance(bind.type, Integer) and abs(value) < 2**63:
        return None
    if compiled is not None and bind is not None and not _writes(context):
        record = _record_looked_up(compiled.statement, bind)
        if record is not None:
            return NotFound(f"That {record} does not exist.")
    return ValidationError(f"The number {value} is out of range (at most {LARGEST_WHOLE}).")


def _bind_holding(context: ExecutionContext | None, value: int) -> BindParameter[Any] | None:
    compiled = getattr(context, "compiled", None)
    if compiled is None:
        return None
    for values in getattr(context, "compiled_parameters", None) or ():
        for name, given in values.items():
            if given == value or (isinstance(given, list | tuple) and value in given):
                bind: BindParameter[Any] | None = compiled.binds.get(name)
                return bind
    return None


def _record_looked_up(statement: Any, bind: BindParameter[Any]) -> str | None:
    """What record ``bind`` is compared with as an id in ``statement`` ("client"), if any."""
    for element in visitors.iterate(statement):
        if not (isinstance(element, BinaryExpression) and element.right is bind
                and isinstance(element.left, ColumnClause)):
            continue
        column = element.left
        for foreign_key in getattr(column, "foreign_keys", ()):
            return record_words(foreign_key.column.table.name)
        if getattr(column, "primary_key", False) and column.table is not None:
            return record_words(str(getattr(column.table, "name", "")))
    return None
