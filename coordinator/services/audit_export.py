"""The Audit view's CSV export: the filtered events, written whole or not at all.

The rows are written to a temporary file beside the target; the export is then logged as an
audit event naming its row count and filters, and only after that commit is the file renamed
to the name the person chose. A failure on the way leaves neither a half file at that name
nor an event for a file that does not exist.
"""

from __future__ import annotations

import csv
import os
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator.domain.errors import ValidationError
from coordinator.services.audit_query import AuditFilter, all_events
from coordinator.services.context import ServiceContext
from coordinator.services.dto import AuditEntry
from coordinator.store.models import Client

COLUMNS = ("Event", "When", "User name", "Full name", "Action", "Record type", "Record id",
           "Client", "Record number", "Detail")
# A spreadsheet runs a cell that starts with one of these as a formula; such a cell (a name
# or a note typed that way) is written with a leading apostrophe so it stays text.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def export_events(ctx: ServiceContext, chosen: AuditFilter, target: Path) -> int:
    """Write the events matching ``chosen`` to ``target``; log it; return the row count."""
    _check_target(target)
    temporary = target.with_name(f".{target.name}.part")
    try:
        with ctx.unit_of_work(write=False) as uow:
            rows = _write(uow.session, chosen, temporary, target)
            client = (uow.session.execute(select(Client.record_number).where(
                Client.id == chosen.client_id)).scalar_one_or_none()
                if chosen.client_id is not None else None)
        with ctx.unit_of_work() as uow:
            uow.audit("export", "audit_trail", "",
                      f"{rows} events to {target.name} (CSV); {chosen.describe(client)}")
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)
    return rows


def _check_target(target: Path) -> None:
    # Checked before anything is logged: the rename comes after the commit.
    if target.is_dir():
        raise ValidationError.for_fields(
            {"path": f"{target} is a folder; choose a file name for the export."})
    if not target.parent.is_dir():
        raise ValidationError.for_fields(
            {"path": f"There is no folder {target.parent} to save {target.name} in."})


def _write(session: Session, chosen: AuditFilter, temporary: Path, target: Path) -> int:
    rows = 0
    try:
        with temporary.open("w", encoding="utf-8-sig", newline="") as stream:
            writer = csv.writer(stream)
            writer.writerow(COLUMNS)
            for batch in all_events(session, chosen):
                writer.writerows(_cells(entry) for entry in batch)
                rows += len(batch)
            stream.flush()
            os.fsync(stream.fileno())
    except OSError as error:
        raise ValidationError.for_fields({"path": (
            f"Could not write {target}: {error.strerror or error}.")}) from error
    return rows


def _cells(entry: AuditEntry) -> list[str]:
    cells = [str(entry.id), entry.occurred_at.astimezone().isoformat(timespec="seconds"),
             entry.username, entry.user_full_name, entry.action, entry.entity_type,
             entry.entity_id, entry.client_name, entry.record_number, entry.detail]
    return ["'" + cell if cell.startswith(_FORMULA_STARTS) else cell for cell in cells]
