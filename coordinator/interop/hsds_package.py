"""Reading HSDS data into checked rows: cell rules, the tabular package, reference checks.

An import is all-or-nothing, so everything that can be checked without the database is
checked here first, and the first bad cell stops the read with file, row, field and reason
(``HsdsImportError``). A row is a plain dict named like the store's columns, plus ``extra``
holding columns HSDS sends that the app does not model, so an export gives them back.
"""

from __future__ import annotations

import csv
import json
import math
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from coordinator.interop.hsds_tables import (
    KEPT,
    KEPT_TABLES,
    OWNER_LINKS,
    REFERENCES,
    TABLES,
    Column,
    HsdsImportError,
    Kind,
    Table,
)

_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass
class HsdsRow:
    """One checked row, where it came from (for error messages), and which columns it had.

    ``present`` names the columns the source actually sent: an update leaves the others as
    stored, so a short nested JSON record (an organization with only its id and name inside
    a service) does not blank what a fuller import saved.
    """

    file: str
    row: int
    values: dict[str, Any]
    present: set[str] = field(default_factory=set)


@dataclass
class HsdsData:
    """Checked rows per HSDS table name, in the order read."""

    tables: dict[str, dict[str, HsdsRow]] = field(
        default_factory=lambda: {table.name: {} for table in TABLES})
    # Rows of tables the app does not model, as text cells, by table and id (hsds_kept).
    kept: dict[str, dict[str, dict[str, str]]] = field(default_factory=dict)

    def counts(self) -> dict[str, int]:
        return {name: len(rows) for name, rows in self.tables.items()}


def parse_cell(column: Column, raw: object, file: str, row: int) -> Any:
    """The stored value of one cell, or ``HsdsImportError`` saying what is wrong with it.

    ``raw`` is CSV text or a JSON scalar; an empty cell or JSON null is "no value".
    """
    def refuse(reason: str) -> HsdsImportError:
        return HsdsImportError(file, row, column.name, reason)

    if isinstance(raw, (dict, list)):
        raise refuse("must be a single value, not a list or an object")
    text = "" if raw is None else raw.strip() if isinstance(raw, str) else raw
    if text == "":
        if column.not_empty:
            raise refuse("is required but empty")
        return column.empty_as
    if column.kind is Kind.TEXT:
        if isinstance(raw, str) and "\x00" in raw:
            # PostgreSQL text cannot hold NUL; it is a sign of a binary or UTF-16 file.
            raise refuse("contains a NUL character")
        return raw if isinstance(raw, str) else _scalar_text(raw)
    if column.kind is Kind.UUID:
        if not isinstance(text, str) or not _UUID.fullmatch(text):
            raise refuse(f"'{text}' is not a UUID (like 3a19ff88-4620-4d17-9830-ac1d859eb5d5)")
        return text
    if column.kind in (Kind.NUMBER, Kind.INTEGER):
        return _number(column, text, refuse)
    return _moment(column, text, refuse)


def _moment(column: Column, text: object, refuse: Callable[[str], HsdsImportError]
            ) -> date | str:
    """A date (as a date), or a date and time or a time of day (checked, kept as text)."""
    if not isinstance(text, str):
        raise refuse(f"'{text}' is not text")
    try:
        if column.kind is Kind.DATE:
            if not _DATE.fullmatch(text):
                raise ValueError
            return date.fromisoformat(text)
        if column.kind is Kind.DATETIME:
            datetime.fromisoformat(text)
        else:
            time.fromisoformat(text)
    except ValueError:
        kind = {Kind.DATE: "date (YYYY-MM-DD)", Kind.DATETIME: "date and time (ISO 8601)",
                Kind.TIME: "time of day (HH:MM:SS)"}[column.kind]
        raise refuse(f"'{text}' is not a {kind}") from None
    return text


def _number(column: Column, text: object,
            refuse: Callable[[str], HsdsImportError]) -> float | int:
    if isinstance(text, bool):
        raise refuse(f"'{text}' is not a number")
    try:
        value = float(text) if isinstance(text, (str, int, float)) else math.nan
    except ValueError:
        raise refuse(f"'{text}' is not a number") from None
    if not math.isfinite(value):
        raise refuse(f"'{text}' is not a number")
    if column.kind is Kind.INTEGER:
        if not value.is_integer():
            raise refuse(f"'{text}' is not a whole number")
        if abs(value) >= 2**31:
            raise refuse(f"'{text}' is too large")
        return int(value)
    return value


def _scalar_text(value: object) -> str:
    """JSON numbers and booleans as the text a CSV cell would hold."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def check_row(table: Table, cells: Mapping[str, object], file: str, row: int) -> HsdsRow:
    """Turn one row of raw cells into stored values; unknown non-empty cells go to extra."""
    values: dict[str, Any] = {}
    for column in table.columns:
        values[column.name] = parse_cell(column, cells.get(column.name), file, row)
    known = set(table.column_names)
    values["extra"] = {
        name: value if isinstance(value, str) else _scalar_text(value)
        for name, value in cells.items()
        if name not in known and name != KEPT and value is not None
        and not isinstance(value, (dict, list))
        and value != ""}
    return HsdsRow(file, row, values, {name for name in table.column_names if name in cells})


def read_csv_package(folder: Path) -> HsdsData:
    """Read a tabular data package folder: one CSV per table, named by datapackage.json.

    Rows of tables the app does not model (funding, contacts, cost options, ...) are kept
    as text; a table with no file is simply empty.
    """
    files = _package_files(folder)
    if not any((folder / name).is_file() for name in files.values()):
        raise HsdsImportError(folder.name, None, None,
                              "has no HSDS tables (organizations.csv, services.csv, ...)")
    data = HsdsData()
    for name in KEPT_TABLES:
        path = folder / files[name]
        if path.is_file():
            for _, cells in csv_records(path):
                keep_row(data, name, cells)
    for table in TABLES:
        path = folder / files[table.name]
        if path.is_file():
            required = tuple(column.name for column in table.columns if column.required)
            for number, cells in csv_records(path, required):
                _add_unique(data, table, check_row(table, cells, path.name, number))
    attach_kept(data)
    return data


def _package_files(folder: Path) -> dict[str, str]:
    """Resource name -> CSV file name, from datapackage.json where it says, else HSDS's."""
    files = {table.name: table.file for table in TABLES}
    files.update((name, spec[0]) for name, spec in KEPT_TABLES.items())
    descriptor = folder / "datapackage.json"
    if not descriptor.is_file():
        return files
    try:
        package = json.loads(descriptor.read_text(encoding="utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise HsdsImportError("datapackage.json", None, None,
                              f"is not readable JSON ({error})") from None
    resources = package.get("resources") if isinstance(package, dict) else None
    for resource in resources if isinstance(resources, list) else []:
        if (isinstance(resource, dict) and resource.get("name") in files
                and isinstance(resource.get("path"), str)):
            # A relative path inside the package ("data/services.csv"); anything reaching
            # outside it is not the package's to name.
            relative = Path(resource["path"])
            if not relative.is_absolute() and ".." not in relative.parts:
                files[resource["name"]] = relative.as_posix()
    return files


def csv_records(path: Path, required: tuple[str, ...] = ()
                ) -> Iterator[tuple[int, dict[str, str]]]:
    """(row number, cells by column) of one CSV, blank lines skipped.

    Row numbers count the header as row 1, as a spreadsheet shows them, whatever newlines
    the cells hold.
    """
    file = path.name
    try:
        with path.open(encoding="utf-8-sig", newline="") as stream:
            reader = csv.reader(stream, strict=True)
            header = next(reader, None)
            if header is None:
                raise HsdsImportError(file, None, None, "is empty (no header row)")
            header = [name.strip() for name in header]
            for name in required:
                if name not in header:
                    raise HsdsImportError(file, 1, name,
                                          "the required column is missing from the header")
            for number, cells in enumerate(reader, start=2):
                if not any(cell.strip() for cell in cells):
                    continue
                if len(cells) > len(header):
                    raise HsdsImportError(file, number, None,
                                          f"has {len(cells)} cells but the header names "
                                          f"{len(header)} columns")
                yield number, dict(zip(header, cells, strict=False))
    except UnicodeDecodeError:
        raise HsdsImportError(file, None, None, "is not UTF-8 text") from None
    except csv.Error as error:
        raise HsdsImportError(file, None, None, f"is not well-formed CSV ({error})") from None


def _add_unique(data: HsdsData, table: Table, row: HsdsRow) -> None:
    rows = data.tables[table.name]
    first = rows.get(row.values["id"])
    if first is not None:
        raise HsdsImportError(row.file, row.row, "id",
                              f"the id {row.values['id']} is already used in row {first.row}")
    rows[row.values["id"]] = row


def check_references(data: HsdsData, stored: Mapping[str, set[str]]) -> None:
    """Refuse the first link (of those the store enforces) to a row that exists nowhere.

    Args:
        data: the rows being imported.
        stored: ids already in the directory, per table name the links point to.
    """
    for (table_name, column), target in REFERENCES.items():
        for row in data.tables[table_name].values():
            value = row.values[column]
            if value is None:
                raise HsdsImportError(row.file, row.row, column, "is required but empty")
            if value not in data.tables[target] and value not in stored.get(target, set()):
                raise HsdsImportError(
                    row.file, row.row, column,
                    f"no {target.replace('_', ' ')} with the id {value} is in this data "
                    f"or already in the directory")


def keep_row(data: HsdsData, table: str, cells: Mapping[str, object]) -> None:
    """Hold a row of an unmodelled table; the same id met again adds its missing cells.

    Nothing in these rows is checked: the app does not use them, and a flaw in, say, a
    funding note must not stop a directory import. A row without an id cannot be kept.
    """
    text = {name: value if isinstance(value, str) else _scalar_text(value)
            for name, value in cells.items()
            if value is not None and not isinstance(value, (dict, list)) and value != ""}
    row_id = text.get("id", "").strip()
    if not row_id:
        return
    rows = data.kept.setdefault(table, {})
    rows[row_id] = {**text, **rows.get(row_id, {})}


def attach_kept(data: HsdsData) -> None:
    """Put each kept row into the ``extra`` of its owner (the first link that names a
    record in this data), sorted by id so the same data always gives the same ``extra``.
    Rows whose owner is not in the data are dropped: there is no record to carry them.
    """
    for table, rows in data.kept.items():
        links = KEPT_TABLES[table][2]
        for row_id in sorted(rows):
            row = rows[row_id]
            for link in links:
                owner = data.tables[OWNER_LINKS[link]].get(row.get(link, ""))
                if owner is not None:
                    owner.values["extra"].setdefault(KEPT, {}).setdefault(table, []).append(row)
                    break
