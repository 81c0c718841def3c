"""The census over time report (being written: the catalog already lists it)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Connection

from coordinator.reports.outcome_data import ReportSheet
from coordinator.services.reports.dto import ReportFilters, ReportPeriod


def sheet(connection: Connection, period: ReportPeriod, filters: ReportFilters,
          as_of: date) -> ReportSheet:
    raise NotImplementedError("Census over time")
