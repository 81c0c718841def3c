"""``among``: "this id column is one of these ids" for tens of thousands of ids, sent as one
parameter: a JSON array that SQLite unpacks with ``json_each``, an integer array that
PostgreSQL compares with ``= ANY``. ``IN (?, ?, …)`` would need a parameter per id (SQLite
allows at most 32,766), and re-reading the rows the ids came from costs a second scan.
"""

from __future__ import annotations

import json
from collections.abc import Collection

from sqlalchemy import ColumnElement, Connection, Integer, any_, bindparam, func, select
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import InstrumentedAttribute


def among(connection: Connection, column: InstrumentedAttribute[int],
          ids: Collection[int]) -> ColumnElement[bool]:
    """``column`` is one of ``ids``."""
    if connection.dialect.name == "postgresql":
        return column == any_(bindparam(None, list(ids), type_=ARRAY(Integer)))
    values = func.json_each(json.dumps(list(ids))).table_valued("value")
    return column.in_(select(values.c.value))

