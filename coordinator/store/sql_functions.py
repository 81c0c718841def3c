"""SQL functions the two engines spell differently, written once for both.

- ``day_number(date)``: a date as a count of days, for arithmetic between dates (SQLite's
  ``julianday``; on PostgreSQL the days since 1970-01-01, since subtracting dates gives
  days there).
- ``day_text(date)``: the date as ``YYYY-MM-DD`` text, which sorts as the dates do (SQLite
  keeps dates as that text already; PostgreSQL's ``to_char``, whatever its ``DateStyle``).
- ``one_of(column, name)``: the column's value is one of a list of whole numbers bound as
  ``name`` (``IdList``): on SQLite ``IN (SELECT value FROM json_each(?))`` with the list as
  one JSON text, on PostgreSQL ``= ANY(?)`` with an array. One parameter however long the
  list, where an expanding ``IN`` renders a placeholder per value at every execution
  (thousands of ids cost tens of milliseconds of Python each time).
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import (
    ARRAY,
    ColumnElement,
    Dialect,
    Float,
    FunctionElement,
    Integer,
    String,
    TypeDecorator,
    bindparam,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.visitors import InternalTraversal
from sqlalchemy.types import TypeEngine


class day_number(FunctionElement[float]):  # noqa: N801 - written like a SQL function
    """A date as a count of days (see the module's docstring)."""

    type = Float()
    inherit_cache = True


@compiles(day_number)
def _day_number(element: day_number, compiler: SQLCompiler, **kw: Any) -> str:
    return f"({compiler.process(element.clauses, **kw)} - DATE '1970-01-01')"


@compiles(day_number, "sqlite")
def _day_number_sqlite(element: day_number, compiler: SQLCompiler, **kw: Any) -> str:
    return f"julianday({compiler.process(element.clauses, **kw)})"


class day_text(FunctionElement[str]):  # noqa: N801 - written like a SQL function
    """A date as ``YYYY-MM-DD`` text."""

    type = String()
    inherit_cache = True


@compiles(day_text)
def _day_text(element: day_text, compiler: SQLCompiler, **kw: Any) -> str:
    return f"to_char({compiler.process(element.clauses, **kw)}, 'YYYY-MM-DD')"


@compiles(day_text, "sqlite")
def _day_text_sqlite(element: day_text, compiler: SQLCompiler, **kw: Any) -> str:
    # SQLAlchemy keeps a Date column on SQLite as this very text.
    return compiler.process(element.clauses, **kw)


class IdList(TypeDecorator[list[int]]):
    """A list of whole numbers as one bound value: JSON text on SQLite, an integer array on
    PostgreSQL (``one_of``)."""

    impl = String
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "postgresql":
            return dialect.type_descriptor(ARRAY(Integer()))
        return dialect.type_descriptor(String())

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        numbers = [int(number) for number in value]
        return json.dumps(numbers) if dialect.name == "sqlite" else numbers


class one_of(ColumnElement[bool]):  # noqa: N801 - written like a SQL function
    """``column`` is one of the numbers bound as ``name`` (see the module's docstring). It
    has no SQL type: typed as a boolean, SQLite's compiler would compare it with 1, and the
    index on ``column`` would not be used."""

    inherit_cache = True
    _traverse_internals = [("column", InternalTraversal.dp_clauseelement),
                           ("numbers", InternalTraversal.dp_clauseelement)]

    def __init__(self, column: Any, name: str) -> None:
        self.column = column
        self.numbers = bindparam(name, type_=IdList())


@compiles(one_of)
def _one_of(element: one_of, compiler: SQLCompiler, **kw: Any) -> str:
    return (f"{compiler.process(element.column, **kw)} = "
            f"ANY({compiler.process(element.numbers, **kw)})")


@compiles(one_of, "sqlite")
def _one_of_sqlite(element: one_of, compiler: SQLCompiler, **kw: Any) -> str:
    return (f"{compiler.process(element.column, **kw)} IN "
            f"(SELECT value FROM json_each({compiler.process(element.numbers, **kw)}))")
