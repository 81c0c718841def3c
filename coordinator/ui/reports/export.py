"""Saving the report on screen as a CSV file or a PDF, as ``coordinator report`` does.

The file is the sheet on screen, printed by ``coordinator.reports.outcome_csv`` or
``outcome_pdf`` (never a second computation). Its bytes go to a temporary name beside the
chosen file, the export is logged (``ReportService.log_export``), and only after that
commit is the file renamed into place: a failure leaves neither a file nor an event for a
file that does not exist (``coordinator.services.document_files``).

Runs on a worker: services and values only, no widget.
"""

from __future__ import annotations

from pathlib import Path

from coordinator.reports.common import Letterhead
from coordinator.reports.outcome_data import ReportSheet
from coordinator.services.app import AppServices
from coordinator.services.document_files import (
    check_destination,
    rename_into_place,
    temporary_beside,
    write_synced,
)

CSV = "csv"
PDF = "pdf"


def suggested_name(sheet: ReportSheet, file_format: str) -> str:
    """E.g. "step-down-2026-07-01-to-2026-09-30.csv"."""
    return (f"{sheet.name}-{sheet.first_day.isoformat()}-to-{sheet.last_day.isoformat()}"
            f".{file_format}")


def with_suffix(path: Path, file_format: str) -> Path:
    """``path`` ending in ``.csv`` or ``.pdf`` (a name typed without it gets it)."""
    suffix = f".{file_format}"
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def _letterhead(services: AppServices) -> Letterhead:
    settings = services.settings.all()
    return Letterhead(str(settings["clinic_name"]), str(settings["clinic_address"]),
                      str(settings["clinic_phone"]), str(settings["clinic_fax"]),
                      str(settings["clinic_logo"]))


def file_bytes(services: AppServices, sheet: ReportSheet, file_format: str) -> bytes:
    if file_format == PDF:
        from coordinator.reports.outcome_pdf import render_outcome_report

        return render_outcome_report((sheet,), _letterhead(services)).pdf
    from coordinator.reports.outcome_csv import csv_text

    # With a byte-order mark, so a spreadsheet reads "Nguyễn" as written.
    return csv_text((sheet,)).encode("utf-8-sig")


def save_sheet(services: AppServices, sheet: ReportSheet, file_format: str,
               path: Path) -> Path:
    """Write ``sheet`` to ``path`` as ``file_format`` (``CSV`` or ``PDF``), logged; the
    path written."""
    check_destination(path)
    data = file_bytes(services, sheet, file_format)
    temporary = temporary_beside(path)
    try:
        write_synced(temporary, data, path)
        services.reports.log_export((sheet,), file_format)
        rename_into_place(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
    return path
