"""Reading the HSDS JSON form: nested services, organizations or services-at-location.

HSDS 3.0 publishes full records as nested JSON (the specification's ``service_full.json``,
``organization_full.json``, ``service_at_location_full.json``): a service holds its
organization, phones, schedules and service-at-locations, and those hold their location,
and so on. This module flattens such a record, or a list of them, into the same per-table
rows as the tabular package. A child leaves out the link to its parent (a phone inside a
service has no ``service_id``), so the link is filled in from where it sits; the same
record repeated in several places (one phone under the service, its location and its
organization) is one row whose links are the union of those places.

The ``tabular.json`` form (an object of ``"organizations.csv": [rows]``) is read as well.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from coordinator.interop.hsds_package import HsdsData, HsdsRow, attach_kept, check_row, keep_row
from coordinator.interop.hsds_tables import KEPT_TABLES, TABLES, HsdsImportError, Table

# Arrays nested in a record: key -> the table of their items. Items of tables the app
# does not model (funding, cost_options, contacts, ...) are kept as text in their owner's
# ``extra`` and still searched for modelled records (a contact's phones).
_ARRAYS = {"phones": "phone", "schedules": "schedule",
           "service_at_locations": "service_at_location", "languages": "language",
           "addresses": "address", "locations": "location", "programs": "program",
           "services": "service", "attributes": "attribute",
           **{spec[1]: name for name, spec in KEPT_TABLES.items()}}
# Single nested records: key -> their table; the parent points to them with ``<key>_id``
# (``taxonomy_detail`` is the taxonomy a term belongs to, linked by ``taxonomy_id``).
_OBJECTS = {"organization": "organization", "service": "service", "location": "location",
            "program": "program", "taxonomy_term": "taxonomy_term",
            "taxonomy_detail": "taxonomy"}
_OBJECT_LINKS = {"taxonomy_detail": "taxonomy_id"}
_BY_NAME = {table.name: table for table in TABLES}


def read_json(path: Path) -> HsdsData:
    """Read an HSDS JSON file: one record, a list of records, or the tabular form."""
    file = path.name
    try:
        document = json.loads(path.read_text(encoding="utf-8-sig"))
    except UnicodeDecodeError:
        raise HsdsImportError(file, None, None, "is not UTF-8 text") from None
    except json.JSONDecodeError as error:
        raise HsdsImportError(file, None, None,
                              f"is not well-formed JSON ({error.msg} at line "
                              f"{error.lineno}, column {error.colno})") from None
    data = HsdsData()
    if isinstance(document, dict) and document and all(
            key.endswith(".csv") for key in document):
        _read_tabular(document, file, data)
        attach_kept(data)
        return data
    records = document if isinstance(document, list) else [document]
    for number, record in enumerate(records, start=1):
        if not isinstance(record, dict):
            raise HsdsImportError(file, number, None,
                                  "is not an HSDS record (a JSON object)")
        _Flattener(data, file, number).record(_top_table(record), record, "", None)
    if not any(data.tables.values()):
        raise HsdsImportError(file, None, None, "holds no HSDS records")
    attach_kept(data)
    return data


def _top_table(record: dict[str, Any]) -> str:
    """What a top-level record is: HSDS requires ``status`` of a service only."""
    if "service" in record or "service_id" in record:
        return "service_at_location"
    if "status" in record:
        return "service"
    return "organization"


def _read_tabular(document: dict[str, Any], file: str, data: HsdsData) -> None:
    tables = {table.file: table for table in TABLES}
    kept = {spec[0]: name for name, spec in KEPT_TABLES.items()}
    for csv_name, rows in document.items():
        table = tables.get(csv_name)
        if table is None:
            if csv_name in kept and isinstance(rows, list):
                for cells in rows:
                    if isinstance(cells, dict):
                        keep_row(data, kept[csv_name], cells)
            continue
        if not isinstance(rows, list):
            raise HsdsImportError(file, None, csv_name, "must be a list of rows")
        for number, cells in enumerate(rows, start=1):
            if not isinstance(cells, dict):
                raise HsdsImportError(file, number, csv_name, "is not a row (a JSON object)")
            row = _checked(table, cells, file, number, f"{csv_name}[{number - 1}]")
            if row.values["id"] in data.tables[table.name]:
                raise HsdsImportError(file, number, f"{csv_name}[{number - 1}].id",
                                      f"the id {row.values['id']} is used twice")
            data.tables[table.name][row.values["id"]] = row


def _checked(table: Table, cells: dict[str, Any], file: str, number: int,
             path: str) -> HsdsRow:
    """``check_row`` with the field named by its place in the JSON (``phones[0].id``)."""
    try:
        return check_row(table, cells, file, number)
    except HsdsImportError as error:
        field = f"{path}.{error.field}" if path and error.field else error.field or path
        raise HsdsImportError(file, number, field, error.reason) from None


def _link_to_parent(kind: str, table: Table, cells: dict[str, Any],
                    parent: tuple[str, str]) -> None:
    """A nested record names the record it sits in, unless it already names one: an
    attribute by ``link_id``/``link_entity``, any other by ``<parent table>_id``."""
    parent_kind, parent_id = parent
    if kind == "attribute":
        cells.setdefault("link_id", parent_id)
        cells.setdefault("link_entity", parent_kind)
    elif f"{parent_kind}_id" in table.column_names and cells.get(
            f"{parent_kind}_id") in (None, ""):
        cells[f"{parent_kind}_id"] = parent_id


class _Flattener:
    """Walks one top-level record, adding every modelled record inside it to ``data``."""

    def __init__(self, data: HsdsData, file: str, number: int) -> None:
        self.data = data
        self.file = file
        self.number = number

    def record(self, kind: str, record: dict[str, Any], path: str,
               parent: tuple[str, str] | None) -> str | None:
        """Add ``record`` (of table ``kind``, or unmodelled) and its children; its id."""
        cells = {key: value for key, value in record.items()
                 if not isinstance(value, (dict, list))}
        for key, value in record.items():
            if isinstance(value, dict) and key in _OBJECTS:
                child_id = self.record(_OBJECTS[key], value, f"{path}{key}.", None)
                link = _OBJECT_LINKS.get(key, f"{key}_id")
                if child_id is not None and cells.get(link) in (None, ""):
                    cells[link] = child_id
        table = _BY_NAME.get(kind)
        if table is not None and parent is not None:
            _link_to_parent(kind, table, cells, parent)
        own_id = record.get("id") if isinstance(record.get("id"), str) else None
        if kind in KEPT_TABLES:
            link = f"{parent[0]}_id" if parent is not None else ""
            if link in KEPT_TABLES[kind][2] and cells.get(link) in (None, ""):
                cells[link] = parent[1] if parent is not None else None
            keep_row(self.data, kind, cells)
        if table is not None:
            row = _checked(table, cells, self.file, self.number, path.rstrip("."))
            self._merge(table, row)
            own_id = row.values["id"]
        for key, value in record.items():
            if isinstance(value, list):
                for index, item in enumerate(value):
                    if isinstance(item, dict):
                        self.record(_ARRAYS.get(key, key), item, f"{path}{key}[{index}].",
                                    (kind, own_id) if own_id else None)
        return own_id

    def _merge(self, table: Table, row: HsdsRow) -> None:
        """The same record met again: fill the links and cells the first sighting lacked."""
        rows = self.data.tables[table.name]
        first = rows.get(row.values["id"])
        if first is None:
            rows[row.values["id"]] = row
            return
        first.present |= row.present
        for name, value in row.values.items():
            if name == "extra":
                first.values["extra"] = {**value, **first.values["extra"]}
            elif first.values.get(name) in (None, "") and value not in (None, ""):
                first.values[name] = value
