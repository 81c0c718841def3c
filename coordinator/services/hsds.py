"""Importing and exporting the community resource directory as Open Referral HSDS 3.0.

An import is one transaction: the file is read and checked in full first (``interop``),
then every row is inserted or updated by its HSDS UUID, so importing the same data again
updates rather than duplicates, and any bad row, a link to a record that exists nowhere, or
Cancel leaves the directory exactly as it was. An export writes every directory table as a
tabular data package that imports back to the same rows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import String, insert, select
from sqlalchemy.orm import Session

from coordinator.domain.errors import CoordinatorError, ValidationError
from coordinator.domain.roles import Permission
from coordinator.interop.hsds import (
    REFERENCES,
    TABLES,
    HsdsData,
    HsdsImportError,
    HsdsRow,
    check_references,
    read_hsds,
    write_package,
)
from coordinator.services.context import ServiceContext
from coordinator.services.field_limits import forbidden_character
from coordinator.services.notify import Topic
from coordinator.store.models import resources as m

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

MODELS: dict[str, type[Any]] = {
    "organization": m.HsdsOrganization, "program": m.HsdsProgram,
    "taxonomy": m.HsdsTaxonomy, "taxonomy_term": m.HsdsTaxonomyTerm,
    "location": m.HsdsLocation, "service": m.HsdsService,
    "service_at_location": m.HsdsServiceAtLocation, "address": m.HsdsAddress,
    "phone": m.HsdsPhone, "schedule": m.HsdsSchedule, "language": m.HsdsLanguage,
    "attribute": m.HsdsAttribute,
}
# Rows looked up per query: well under the bound-parameter limits of SQLite and psycopg.
_CHUNK = 500


class ImportCancelled(CoordinatorError):
    """Cancel was pressed during an import; nothing of it was saved."""


@dataclass(frozen=True)
class HsdsTableCount:
    """What an import did to one HSDS table."""

    table: str
    added: int
    updated: int
    unchanged: int

    @property
    def rows(self) -> int:
        return self.added + self.updated + self.unchanged


@dataclass(frozen=True)
class HsdsImportSummary:
    """Counts per HSDS table, in import order; ``source`` is the file or folder name."""

    source: str
    tables: tuple[HsdsTableCount, ...]

    def count(self, table: str) -> HsdsTableCount:
        return next(count for count in self.tables if count.table == table)

    @property
    def added(self) -> int:
        return sum(count.added for count in self.tables)

    @property
    def updated(self) -> int:
        return sum(count.updated for count in self.tables)

    @property
    def unchanged(self) -> int:
        return sum(count.unchanged for count in self.tables)

    def sentence(self) -> str:
        """One line for the CLI and the status bar: totals, then the main tables."""
        main = ", ".join(f"{self.count(name).rows} {name}s"
                         for name in ("organization", "service", "location"))
        return (f"Imported {self.source}: {self.added} added, {self.updated} updated, "
                f"{self.unchanged} unchanged ({main}).")


@dataclass(frozen=True)
class HsdsExportSummary:
    folder: Path
    rows: tuple[tuple[str, int], ...]  # (table, rows written), in package order
    files: tuple[Path, ...]

    @property
    def total(self) -> int:
        return sum(count for _, count in self.rows)


class HsdsService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def import_path(self, path: Path, *, progress: Progress | None = None,
                    cancelled: Cancelled | None = None) -> HsdsImportSummary:
        """Import a tabular package folder or an HSDS JSON file, all or nothing.

        Args:
            path: a folder with ``datapackage.json`` and CSVs, or a ``.json`` file.
            progress: called with (rows saved, rows in the data) as the import goes.
            cancelled: asked between batches; True stops and saves nothing.

        Raises:
            HsdsImportError: a bad file or row, naming file, row, field and reason.
            ImportCancelled: ``cancelled`` said so.
        """
        self.ctx.require(Permission.EDIT_REFERENCE)
        data = read_hsds(path)
        _check_lengths(data)
        total = sum(data.counts().values())
        done = 0
        counts: list[HsdsTableCount] = []
        with self.ctx.unit_of_work() as uow:
            check_references(data, _stored_ids(uow.session, data))
            for table in TABLES:
                added = updated = 0
                rows = list(data.tables[table.name].values())
                for chunk in _chunks(rows):
                    if cancelled is not None and cancelled():
                        raise ImportCancelled(
                            "The import was cancelled; the directory is unchanged.")
                    chunk_added, chunk_updated = _upsert(uow.session, MODELS[table.name], chunk)
                    added += chunk_added
                    updated += chunk_updated
                    done += len(chunk)
                    if progress is not None:
                        progress(done, total)
                # The next table's foreign keys point to these rows.
                uow.session.flush()
                counts.append(HsdsTableCount(table.name, added, updated,
                                             len(rows) - added - updated))
            summary = HsdsImportSummary(path.name, tuple(counts))
            uow.audit("import", "hsds", "", f"{path.name}: {summary.added} added, "
                                            f"{summary.updated} updated")
            uow.changed(Topic.RESOURCE)
        return summary

    def export_to(self, folder: Path) -> HsdsExportSummary:
        """Write the whole directory to ``folder`` as an HSDS 3.0 tabular data package.

        The directory is public information about programs, not client records, so any
        signed-in user may export it; the export is still audited.
        """
        self.ctx.require_signed_in()
        if folder.exists() and not folder.is_dir():
            raise ValidationError(f"{folder} is a file, not a folder.")
        with self.ctx.unit_of_work(write=False) as uow:
            tables = {table.name: [_row_values(row, table.column_names) for row in
                                   uow.session.scalars(select(MODELS[table.name])
                                                       .order_by(MODELS[table.name].id))]
                      for table in TABLES}
        try:
            files = write_package(folder, tables)
        except OSError as error:
            raise CoordinatorError(
                f"Could not write the package to {folder} ({error.strerror}).") from None
        with self.ctx.unit_of_work() as uow:
            uow.audit("export", "hsds", "", f"resource directory to {folder.name}")
        return HsdsExportSummary(folder, tuple((name, len(rows)) for name, rows in
                                               tables.items()), tuple(files))


def _check_lengths(data: HsdsData) -> None:
    """Refuse text longer than its column, or holding an invisible control character, which
    PostgreSQL would reject mid-import (and SQLite would keep), naming file, row and column.

    The limits are the store's own column sizes, so they are stated once, in the models.
    """
    for table in TABLES:
        limits = {column.name: column.type.length
                  for column in MODELS[table.name].__table__.columns
                  if isinstance(column.type, String)}
        for row in data.tables[table.name].values():
            for name, limit in limits.items():
                value = row.values.get(name)
                if not isinstance(value, str):
                    continue
                bad = forbidden_character(value)
                if bad is not None:
                    raise HsdsImportError(row.file, row.row, name,
                                          f"holds an invisible control character "
                                          f"(U+{ord(bad):04X})")
                if limit and len(value) > limit:
                    raise HsdsImportError(row.file, row.row, name,
                                          f"is {len(value)} characters long; at most "
                                          f"{limit} fit")


def _stored_ids(session: Session, data: HsdsData) -> dict[str, set[str]]:
    """Ids already in the directory among those the data links to but does not hold."""
    wanted: dict[str, set[str]] = {}
    for (table_name, column), target in REFERENCES.items():
        for row in data.tables[table_name].values():
            value = row.values[column]
            if value is not None and value not in data.tables[target]:
                wanted.setdefault(target, set()).add(value)
    found: dict[str, set[str]] = {}
    for target, ids in wanted.items():
        model = MODELS[target]
        found[target] = {
            stored for chunk in _chunks(sorted(ids))
            for stored in session.scalars(select(model.id).where(model.id.in_(chunk)))}
    return found


def _chunks(items: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start:start + _CHUNK]


def _upsert(session: Session, model: type[Any], rows: Sequence[HsdsRow]) -> tuple[int, int]:
    """Insert new ids, update changed ones; returns (added, updated).

    An update sets only the columns the source sent, and adds to ``extra`` rather than
    replacing it, so kept fields of a fuller earlier import survive a shorter record.
    """
    existing = {row.id: row for row in session.scalars(
        select(model).where(model.id.in_([row.values["id"] for row in rows])))}
    new_rows: list[dict[str, Any]] = []
    updated = 0
    for row in rows:
        stored = existing.get(row.values["id"])
        if stored is None:
            new_rows.append(row.values)
            continue
        values = {name: row.values[name] for name in row.present}
        values["extra"] = {**(stored.extra or {}), **row.values["extra"]}
        changed = {name: value for name, value in values.items()
                   if getattr(stored, name) != value}
        if changed:
            for name, value in changed.items():
                setattr(stored, name, value)
            updated += 1
    if new_rows:
        # One executemany per batch: an ORM object per row would double an import's time.
        session.execute(insert(model), new_rows)
    return len(new_rows), updated


def _row_values(row: Any, columns: Sequence[str]) -> dict[str, Any]:
    values = {name: getattr(row, name) for name in columns}
    values["extra"] = dict(row.extra or {})
    return values
