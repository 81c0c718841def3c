"""Outcome reports: one frozen result per report, for the Reports view, the command line,
CSV files and PDFs alike."""

from coordinator.reports.outcome_data import last_full_quarter
from coordinator.services.reports.dto import (
    ReportFilters,
    ReportPeriod,
    StepDownCase,
    StepDownOutcome,
    StepDownReport,
)
from coordinator.services.reports.service import (
    CATALOG,
    REPORT_NAMES,
    ReportKind,
    ReportService,
    long_period,
)

__all__ = ["CATALOG", "REPORT_NAMES", "ReportFilters", "ReportKind", "ReportPeriod",
           "ReportService", "StepDownCase", "StepDownOutcome", "StepDownReport",
           "last_full_quarter", "long_period"]
