"""SQL functions the two engines spell differently, written once for both.

- ``day_number(date)``: a date as a count of days, for arithmetic between dates (SQLite's
  ``julianday``; on PostgreSQL the days since 1970-01-01, since subtracting dates gives
  days there).
- ``day_text(date)``: the date as ``YYYY-MM-DD`` text, which sorts as the dates do (SQLite
  keeps dates as that text already; PostgreSQL's ``to_char``, whatever its ``DateStyle``).
- ``zero_padded(integer, width)``: the integer as text of ``width`` digits, leading zeros
  added, so that numbers compare as text the way they compare as numbers (for keys built
  of several columns, such as a score's day, id and total, whose ``min`` and ``max`` pick
  a whole row in one pass).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Float, FunctionElement, String
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler


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


class zero_padded(FunctionElement[str]):  # noqa: N801 - written like a SQL function
    """A non-negative integer as text of a fixed width, leading zeros added.

    The width is given as a Python int: ``zero_padded(Assessment.id, 12)``.
    """

    type = String()
    inherit_cache = False  # the width is part of the SQL text

    def __init__(self, value: Any, width: int) -> None:
        super().__init__(value)
        self.width = int(width)


@compiles(zero_padded)
def _zero_padded(element: zero_padded, compiler: SQLCompiler, **kw: Any) -> str:
    return (f"lpad(CAST({compiler.process(element.clauses, **kw)} AS TEXT), "
            f"{element.width}, '0')")


@compiles(zero_padded, "sqlite")
def _zero_padded_sqlite(element: zero_padded, compiler: SQLCompiler, **kw: Any) -> str:
    return f"printf('%0{element.width}d', {compiler.process(element.clauses, **kw)})"
