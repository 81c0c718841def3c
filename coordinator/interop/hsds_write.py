"""Writing an HSDS 3.0 tabular data package: one CSV per table plus ``datapackage.json``.

Cells are written so that reading the package back gives the same stored values: dates as
YYYY-MM-DD, whole numbers without ``.0``, other numbers in Python's shortest exact form,
no value as an empty cell. Columns kept in a row's ``extra`` come after the HSDS columns;
rows of tables the app does not model, kept in their owner's ``extra``, get their own CSV.
Each file is written under a temporary name and renamed when complete, so a crash or a full
disk never leaves a half-written table under its real name.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from coordinator.interop.hsds_tables import KEPT, KEPT_TABLES, TABLES, Kind, Table

DESCRIPTOR = "datapackage.json"


def cell_text(value: Any) -> str:
    """The CSV cell for a stored value."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def write_package(folder: Path, tables: Mapping[str, Sequence[Mapping[str, Any]]]) -> list[Path]:
    """Write every modelled table (empty ones too) and the descriptor into ``folder``.

    Args:
        folder: created if missing; files of the same names are replaced.
        tables: rows per HSDS table name, each a dict of the table's columns and ``extra``.

    Returns:
        The files written, descriptor last.
    """
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    resources: list[dict[str, Any]] = []
    for table in TABLES:
        rows = tables.get(table.name, ())
        extras = sorted({name for row in rows for name in row.get("extra") or {}}
                        - set(table.column_names) - {KEPT})
        header = [*table.column_names, *extras]
        written.append(_replace(folder / table.file, _csv_lines(header, table, rows, extras)))
        resources.append(_resource(table, extras))
    for name, rows in _kept_rows(tables).items():
        header = list(dict.fromkeys(["id", *(cell for row in rows for cell in row)]))
        written.append(_replace(folder / KEPT_TABLES[name][0],
                                [_joined(header), *(_joined([row.get(cell, "") for cell in header])
                                                   for row in rows)]))
        resources.append({"name": name, "path": KEPT_TABLES[name][0], "format": "csv",
                          "mediatype": "text/csv", "encoding": "utf-8",
                          "profile": "tabular-data-resource",
                          "schema": {"primaryKey": "id", "fields": [
                              {"name": cell, "type": "string"} for cell in header]}})
    descriptor = {
        "name": "human_services_data",
        "title": "Human Services Data Specification",
        "profile": "tabular-data-package",
        "version": "3.0.0",
        "resources": resources,
    }
    written.append(_replace(folder / DESCRIPTOR,
                            [json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n"]))
    return written


def _kept_rows(tables: Mapping[str, Sequence[Mapping[str, Any]]]
               ) -> dict[str, list[dict[str, str]]]:
    """Rows of unmodelled tables carried in records' ``extra``, per table, sorted by id."""
    kept: dict[str, dict[str, dict[str, str]]] = {}
    for rows in tables.values():
        for row in rows:
            for name, items in ((row.get("extra") or {}).get(KEPT) or {}).items():
                if name in KEPT_TABLES:
                    for item in items:
                        kept.setdefault(name, {}).setdefault(item.get("id", ""), item)
    return {name: [rows[key] for key in sorted(rows)] for name, rows in kept.items()}


def _csv_lines(header: list[str], table: Table, rows: Iterable[Mapping[str, Any]],
               extras: list[str]) -> Iterable[str]:
    yield _joined(header)
    for row in rows:
        extra = row.get("extra") or {}
        yield _joined([*(cell_text(row.get(name)) for name in table.column_names),
                       *(cell_text(extra.get(name)) for name in extras)])


class _Line:
    """A file-like target for ``csv.writer`` that hands back the one line written."""

    def __init__(self) -> None:
        self.text = ""

    def write(self, text: str) -> int:
        self.text += text
        return len(text)


def _joined(cells: Sequence[str]) -> str:
    line = _Line()
    # \r\n as RFC 4180 says; cells holding newlines or commas are quoted.
    csv.writer(line, lineterminator="\r\n").writerow(cells)
    return line.text


def _replace(path: Path, chunks: Iterable[str]) -> Path:
    temporary = path.with_name(f".{path.name}.partial")
    try:
        with temporary.open("w", encoding="utf-8", newline="") as stream:
            for chunk in chunks:
                stream.write(chunk)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return path


def _resource(table: Table, extras: list[str]) -> dict[str, Any]:
    """The descriptor entry of one table, typed as in the HSDS 3.0 datapackage.json."""
    fields: list[dict[str, Any]] = []
    for column in table.columns:
        entry: dict[str, Any] = {"name": column.name}
        if column.kind is Kind.UUID:
            entry.update(type="string", format="uuid")
        else:
            entry["type"] = column.kind.value
        entry["constraints"] = {"required": column.required}
        fields.append(entry)
    fields.extend({"name": name, "type": "string"} for name in extras)
    return {"name": table.name, "path": table.file, "format": "csv",
            "mediatype": "text/csv", "encoding": "utf-8",
            "profile": "tabular-data-resource",
            "schema": {"primaryKey": "id", "fields": fields}}
