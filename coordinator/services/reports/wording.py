"""Words every report prints the same way, and the filters every report applies the same
way. The words are English ``Words`` (``coordinator.domain.words``) that the Reports view
shows translated."""

from __future__ import annotations

from sqlalchemy import Connection, select

from coordinator.domain.vocabulary import Track
from coordinator.domain.words import Words, joined, said
from coordinator.reports.outcome_data import percent_text
from coordinator.services.reports.dto import ReportFilters
from coordinator.store.models import Client, Facility, LevelOfCare, User

_TRACK_WORDS = {Track.MORNING.value: said("Reports", "morning"),
                Track.AFTERNOON.value: said("Reports", "afternoon"),
                Track.EVENING.value: said("Reports", "evening")}


def track_words(track: str) -> str:
    """A program track as a report prints it: its code ("evening"), marked for translation;
    any other text as it is ("(no track)")."""
    return _TRACK_WORDS.get(track, track)


def filters_text(connection: Connection, filters: ReportFilters) -> str:
    """Who a report includes, in words: "Everyone", or the filters joined by "; "."""
    parts: list[Words] = []
    if filters.facility_id is not None:
        name = connection.scalar(select(Facility.name).where(Facility.id == filters.facility_id))
        parts.append(said("Reports", "Program: %1").arg(name or filters.facility_id))
    if filters.track:
        parts.append(said("Reports", "Track: %1").arg(track_words(filters.track)))
    if filters.level_code:
        name = connection.scalar(
            select(LevelOfCare.name).where(LevelOfCare.code == filters.level_code))
        parts.append(said("Reports", "Level: %1 (%2)").arg(name or filters.level_code,
                                                           filters.level_code))
    if filters.case_manager_id is not None:
        name = connection.scalar(
            select(User.full_name).where(User.id == filters.case_manager_id))
        parts.append(said("Reports", "Case manager: %1").arg(name or filters.case_manager_id))
    if filters.payer.strip():
        parts.append(said("Reports", "Payer: %1").arg(filters.payer.strip()))
    return joined(said("Reports", "%1; %2"), parts) or said("Reports", "Everyone")


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
