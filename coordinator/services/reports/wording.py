"""Words every report prints the same way, and the filters every report applies the same
way."""

from __future__ import annotations

from sqlalchemy import Connection, select

from coordinator.reports.outcome_data import percent_text
from coordinator.services.reports.dto import ReportFilters
from coordinator.store.models import Client, Facility, LevelOfCare, User


def filters_text(connection: Connection, filters: ReportFilters) -> str:
    """Who a report includes, in words: "Everyone", or the filters joined by "; "."""
    parts: list[str] = []
    if filters.facility_id is not None:
        name = connection.scalar(select(Facility.name).where(Facility.id == filters.facility_id))
        parts.append(f"Program: {name or filters.facility_id}")
    if filters.track:
        parts.append(f"Track: {filters.track}")
    if filters.level_code:
        name = connection.scalar(
            select(LevelOfCare.name).where(LevelOfCare.code == filters.level_code))
        parts.append(f"Level: {name or filters.level_code} ({filters.level_code})")
    if filters.case_manager_id is not None:
        name = connection.scalar(
            select(User.full_name).where(User.id == filters.case_manager_id))
        parts.append(f"Case manager: {name or filters.case_manager_id}")
    if filters.payer.strip():
        parts.append(f"Payer: {filters.payer.strip()}")
    return "; ".join(parts) or "Everyone"


def percent_cell(numerator: int, denominator: int) -> str:
    """A table cell for a share: "50.0 %", "–" over nothing."""
    return percent_text(numerator / denominator if denominator else None)


def matching_payers(connection: Connection, filters: ReportFilters) -> list[str] | None:
    """The stored payer texts that pass the payer filter (``ReportFilters.payer_matches``),
    for a query to ask for with IN; None when no payer is asked for."""
    if not filters.payer.strip():
        return None
    return [text for text in connection.execute(
        select(Client.insurance_payer).distinct()).scalars()
        if filters.payer_matches(text)]
