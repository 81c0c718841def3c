"""Outcome reports: one frozen result per report, for the Reports view, the command line,
CSV files and PDFs alike."""

from coordinator.services.reports.dto import (
    ReportFilters,
    ReportPeriod,
    StepDownCase,
    StepDownOutcome,
    StepDownReport,
)
from coordinator.services.reports.service import ReportService

__all__ = ["ReportFilters", "ReportPeriod", "ReportService", "StepDownCase",
           "StepDownOutcome", "StepDownReport"]
