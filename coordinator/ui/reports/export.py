"""Saving the report on screen as a CSV file or a PDF, as ``coordinator report`` does.

The file is the sheet on screen, printed by ``coordinator.reports.outcome_csv`` or
``outcome_pdf`` (never a second computation) and written by ``ReportService.save``, as the
command line writes it: under a temporary name, logged, then renamed into place.

Runs on a worker: services and values only, no widget.
"""

from __future__ import annotations

from pathlib import Path

from coordinator.reports.outcome_data import ReportSheet
from coordinator.services.app import AppServices

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


def save_sheet(services: AppServices, sheet: ReportSheet, file_format: str,
               path: Path) -> Path:
    """Write ``sheet`` to ``path`` as ``file_format`` (``CSV`` or ``PDF``), logged; the
    path written."""
    services.reports.save((sheet,), file_format, path)
    return path
