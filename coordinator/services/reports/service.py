"""Outcome reports over the caseload, read in one snapshot for a screen, a CSV or a PDF."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TypeVar

from sqlalchemy import Connection, select

from coordinator.domain.clocks import STEP_DOWN_LEVELS
from coordinator.domain.errors import ValidationError
from coordinator.domain.roles import Permission
from coordinator.domain.vocabulary import Track
from coordinator.reports.common import Letterhead
from coordinator.reports.outcome_data import REPORT_KINDS, CaseList, ReportSheet
from coordinator.services import derived
from coordinator.services.context import ServiceContext
from coordinator.services.document_files import (
    check_destination,
    discard_temporary,
    rename_into_place,
    temporary_beside,
    write_synced,
)
from coordinator.services.reports import (
    attendance,
    caseload_sheet,
    census,
    follow_up_sheet,
    referral_outcomes,
    retention,
    step_down,
    symptoms,
)
from coordinator.services.reports.dto import ReportFilters, ReportPeriod, StepDownReport
from coordinator.services.reports.step_down import step_down_report
from coordinator.services.settings import read_settings
from coordinator.store.engine import roomy_cache
from coordinator.store.models import Facility, LevelOfCare, User

# A period longer than this is allowed but warned about before it runs (the screen asks,
# the command line prints a line): five years of a clinic's discharges is rarely meant.
LONG_PERIOD_DAYS = 5 * 366

_Read = TypeVar("_Read")

SheetReader = Callable[[Connection, ReportPeriod, ReportFilters, date], ReportSheet]


@dataclass(frozen=True)
class ReportKind:
    """One report of the catalog: its command-line name, its title and how it is read."""

    name: str
    title: str
    read: SheetReader


_READERS: dict[str, SheetReader] = {
    "step-down": step_down.sheet, "follow-up": follow_up_sheet.sheet,
    "retention": retention.sheet, "symptoms": symptoms.sheet,
    "referrals": referral_outcomes.sheet, "census": census.sheet,
    "attendance": attendance.sheet, "caseload": caseload_sheet.sheet,
}
# In the order the Reports view lists them and `report outcomes` prints them.
CATALOG: tuple[ReportKind, ...] = tuple(
    ReportKind(name, title, _READERS[name]) for name, title in REPORT_KINDS)
REPORT_NAMES: tuple[str, ...] = tuple(kind.name for kind in CATALOG)


class ReportService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def step_down(self, period: ReportPeriod,
                  filters: ReportFilters | None = None) -> StepDownReport:
        """The step-down report: of the discharges from inpatient, residential,
        withdrawal-management or partial-hospitalization care in ``period``, how many
        started a lower level of care within the clinic's step-down window (14 days unless
        the clinic set another), judged as of ``period.as_of`` (default today).

        Raises ``ValidationError`` for a period ending before it starts, a level that does
        not start the step-down window, or an unknown track. A period with no discharges is
        not an error: the report then has a denominator of 0 and a ``note``.
        """
        filters = filters or ReportFilters()
        if filters.level_code and filters.level_code not in STEP_DOWN_LEVELS:
            levels = ", ".join(sorted(STEP_DOWN_LEVELS))
            raise ValidationError.for_fields({"level_code": (
                f"{filters.level_code} is not a level whose discharge starts the step-down "
                f"window ({levels}).")})
        return self._read(period, filters, lambda connection, as_of: step_down_report(
            connection, period, filters, as_of))

    def sheet(self, name: str, period: ReportPeriod,
              filters: ReportFilters | None = None) -> ReportSheet:
        """One report of the catalog (``REPORT_NAMES``) as the screen, CSV and PDF show it.

        Raises ``ValidationError`` for an unknown report, a period ending before it starts,
        an unknown level of care, facility or track. Nothing to count is not an error: the
        sheet then carries a ``note``.
        """
        return self.sheets((name,), period, filters)[0]

    def sheets(self, names: Sequence[str], period: ReportPeriod,
               filters: ReportFilters | None = None) -> tuple[ReportSheet, ...]:
        """Several reports read in one snapshot (``report outcomes`` reads them all), so
        their figures agree with each other."""
        filters = filters or ReportFilters()
        kinds = [_kind(name) for name in names]
        return self._read(period, filters, lambda connection, as_of: tuple(
            kind.read(connection, period, filters, as_of) for kind in kinds))

    def _read(self, period: ReportPeriod, filters: ReportFilters,
              read: Callable[[Connection, date], _Read]) -> _Read:
        """Every report's way in: the permission, the period and filters checked, the
        derived clocks brought up to date, then ``read`` in one read-only snapshot (with
        the report's day) while the cyclic collector is paused."""
        self.ctx.require(Permission.VIEW_REPORTS)
        _check(period, filters)
        as_of = self._as_of(period)
        derived.ensure_current(self.ctx)
        with self.ctx.unit_of_work(write=False, snapshot=True) as uow, _collector_paused():
            connection = uow.session.connection()
            _check_references(connection, filters)
            with roomy_cache(connection, keep=True):
                return read(connection, as_of)

    def open_list(self, sheet: ReportSheet, key: str) -> CaseList:
        """The clients behind one figure, logged in the audit trail as a list shown to the
        signed-in user (its size and the report, never the names)."""
        self.ctx.require(Permission.VIEW_REPORTS)
        shown = sheet.case_list(key)
        # Written out here, on the caller's worker thread: a large list reads its names
        # (the census's, for one) when it is first opened.
        with _collector_paused():
            shown.rows  # noqa: B018 - builds the rows
        with self.ctx.unit_of_work() as uow:
            uow.audit("view", "report_list", key, _list_detail(sheet, shown))
        return shown

    def log_export(self, sheets: Sequence[ReportSheet], file_format: str) -> None:
        """Log that these reports, with the clients listed in them, left the app as a file
        (CSV, PDF): one event, before the file is written."""
        self.ctx.require(Permission.VIEW_REPORTS)
        listed = sum(found.size for sheet in sheets for found in sheet.lists)
        with self.ctx.unit_of_work() as uow:
            uow.audit("export", "outcome_report", "", _detail(sheets, file_format, listed))

    def log_view(self, sheets: Sequence[ReportSheet], listed: int) -> None:
        """Log that these reports were shown (printed as a table), ``listed`` clients named
        in them (0 when only the figures were shown): one event, before they are shown."""
        self.ctx.require(Permission.VIEW_REPORTS)
        with self.ctx.unit_of_work() as uow:
            uow.audit("view", "outcome_report", "", _detail(sheets, "table", listed))

    def save(self, sheets: Sequence[ReportSheet], file_format: str, path: Path) -> int:
        """Write these reports to ``path`` as a CSV file or a PDF (``file_format`` "csv" or
        "pdf"), exactly as shown: the bytes go to a temporary name beside ``path``, the
        export is logged, and only after that commit is the file renamed into place, so a
        failure leaves neither a file nor an event for a file that does not exist. Returns
        the PDF's page count (0 for CSV)."""
        self.ctx.require(Permission.VIEW_REPORTS)
        check_destination(path)
        data, pages = self._file_bytes(sheets, file_format)
        temporary = temporary_beside(path)
        try:
            write_synced(temporary, data, path)
            self.log_export(sheets, file_format)
            rename_into_place(temporary, path)
        finally:
            discard_temporary(temporary)
        return pages

    def _file_bytes(self, sheets: Sequence[ReportSheet], file_format: str) -> tuple[bytes, int]:
        if file_format == "pdf":
            from coordinator.reports.outcome_pdf import render_outcome_report

            rendered = render_outcome_report(sheets, self._letterhead())
            return rendered.pdf, rendered.pages
        if file_format == "csv":
            from coordinator.reports.outcome_csv import csv_text

            # With a byte-order mark, so a spreadsheet reads "Nguyễn" as written.
            return csv_text(sheets).encode("utf-8-sig"), 0
        raise ValidationError.for_fields(
            {"file_format": f"Reports are saved as csv or pdf, not {file_format}."})

    def _letterhead(self) -> Letterhead:
        with self.ctx.unit_of_work(write=False) as uow:
            settings = read_settings(uow.session.connection())
        return Letterhead(str(settings["clinic_name"]), str(settings["clinic_address"]),
                          str(settings["clinic_phone"]), str(settings["clinic_fax"]),
                          str(settings["clinic_logo"]))

    def _as_of(self, period: ReportPeriod) -> date:
        # The clinic's calendar day, not UTC's (as the caseload view judges its clocks).
        return period.as_of or self.ctx.clock().astimezone().date()


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector paused while a report builds its rows: tens of
    thousands of tuples and dataclasses, none of which can form a cycle, whose collector
    runs took about a quarter of a large clinic's report (the desktop app keeps the
    collector paused on worker threads anyway: ``coordinator.ui.collector``)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def long_period(period: ReportPeriod) -> bool:
    """Whether the period is long enough to ask before running it (over five years)."""
    return (period.last_day - period.first_day).days > LONG_PERIOD_DAYS


def _kind(name: str) -> ReportKind:
    for kind in CATALOG:
        if kind.name == name:
            return kind
    raise ValidationError.for_fields({"report": (
        f"There is no report called '{name}'. Choose one of: {', '.join(REPORT_NAMES)}.")})


def _detail(sheets: Sequence[ReportSheet], file_format: str, listed: int) -> str:
    first = min(sheet.first_day for sheet in sheets)
    last = max(sheet.last_day for sheet in sheets)
    return (f"reports={','.join(sheet.name for sheet in sheets)}; format={file_format}; "
            f"period={first.isoformat()}..{last.isoformat()}; listed={listed}")


def _list_detail(sheet: ReportSheet, shown: CaseList) -> str:
    return (f"report={sheet.name}; list={shown.key}; rows={shown.size}; "
            f"period={sheet.first_day.isoformat()}..{sheet.last_day.isoformat()}")


def _check(period: ReportPeriod, filters: ReportFilters) -> None:
    problems: dict[str, str] = {}
    if period.last_day < period.first_day:
        problems["last_day"] = (
            f"The period ends on {period.last_day.isoformat()}, before it starts on "
            f"{period.first_day.isoformat()}: choose an end date on or after the start date.")
    if filters.track and filters.track not in {track.value for track in Track}:
        problems["track"] = f"{filters.track} is not a program track."
    if problems:
        raise ValidationError.for_fields(problems)


def _check_references(connection: Connection, filters: ReportFilters) -> None:
    problems: dict[str, str] = {}
    if filters.level_code and connection.scalar(
            select(LevelOfCare.code).where(LevelOfCare.code == filters.level_code)) is None:
        problems["level_code"] = f"{filters.level_code} is not a level of care."
    if filters.facility_id is not None and connection.scalar(
            select(Facility.id).where(Facility.id == filters.facility_id)) is None:
        problems["facility_id"] = f"There is no program or facility {filters.facility_id}."
    if filters.case_manager_id is not None and connection.scalar(
            select(User.id).where(User.id == filters.case_manager_id)) is None:
        problems["case_manager_id"] = f"There is no user {filters.case_manager_id}."
    if problems:
        raise ValidationError.for_fields(problems)
