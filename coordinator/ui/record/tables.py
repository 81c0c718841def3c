"""Table models of the record: episodes and transitions of one client."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from coordinator.services.care.dto import EpisodeView, TransitionView
from coordinator.ui.care.titles import (
    criterion_title,
    day_text,
    direction_text,
    discharge_condition_title,
    episode_status_title,
    housing_status_title,
    legal_status_title,
    level_name,
    level_text,
    modality_title,
    track_title,
    transition_status_title,
)
from coordinator.ui.labels import local_time
from coordinator.ui.locale_text import figure_text
from coordinator.ui.placeholders import arg
from coordinator.ui.translation import translate
from coordinator.ui.views.table_models import Column, RowTableModel

_QUIET_INK = QColor("#5b6b78")


def _hours(episode: EpisodeView) -> str:
    if episode.planned_weekly_hours is None:
        return ""
    text = figure_text(episode.planned_weekly_hours)
    return f"⚠ {text}" if episode.hours_warning else text


def _cut(text: str, limit: int | None) -> str:
    text = " ".join(text.split())
    return text if limit is None or len(text) <= limit else text[:limit - 1] + "…"


def discharge_parts(row: EpisodeView, *, limit: int | None = None) -> list[str]:
    """The recorded discharge details of ``row``, one titled phrase each ("Condition:
    Improved"); free text cut to ``limit`` characters when given."""
    details = row.discharge
    parts = []
    if details.discharge_condition:
        parts.append(arg(translate("RecordTables", "Condition: %1"),
                         discharge_condition_title(details.discharge_condition)))
    if details.mental_status:
        parts.append(arg(translate("RecordTables", "Mental status: %1"),
                         _cut(details.mental_status, limit)))
    if details.treatment_provided:
        parts.append(arg(translate("RecordTables", "Treatment: %1"),
                         _cut(details.treatment_provided, limit)))
    if details.substances:
        parts.append(arg(translate("RecordTables", "Substances: %1"),
                         _cut(details.substances, limit)))
    if details.last_use_on is not None:
        parts.append(arg(translate("RecordTables", "Last use: %1"), day_text(details.last_use_on)))
    if details.legal_status:
        parts.append(arg(translate("RecordTables", "Legal status: %1"),
                         legal_status_title(details.legal_status)))
    if details.housing_status:
        parts.append(arg(translate("RecordTables", "Housing: %1"),
                         housing_status_title(details.housing_status)))
    if details.planned_next_level is not None and details.planned_next_start is not None:
        parts.append(arg(translate("RecordTables", "Next: %1 from %2"),
                         details.planned_next_level, day_text(details.planned_next_start)))
    elif details.planned_next_level is not None:
        parts.append(arg(translate("RecordTables", "Next: %1"), details.planned_next_level))
    return parts


def discharge_line(row: EpisodeView) -> str:
    """One line on an ended episode's discharge details, for under the episode table."""
    if row.end_date is None or row.status != "completed":
        return ""
    heading = arg(translate("RecordTables", "Discharged from %1 on %2"),
                  level_name(row.level_name, row.level_code),
                  day_text(row.end_date))
    parts = discharge_parts(row, limit=80)
    if not parts:
        return heading + translate("RecordTables", ": no discharge details recorded.")
    return heading + " — " + " · ".join(parts)


def _number(value: int | None) -> str:
    return "" if value is None else str(value)


class EpisodeTableModel(RowTableModel[EpisodeView]):
    """Level, facility, track, modality, hours, start, end, status, days since previous."""

    def __init__(self, parent: QObject | None = None) -> None:
        # The warning an episode's tooltip gives about its planned hours (the record
        # window words it in the user's language).
        self.warning_of: Callable[[EpisodeView], str | None] = lambda row: row.hours_warning
        super().__init__([
            Column(translate("RecordTables", "Level"),
                   lambda row: level_text(row.level_name, row.level_code)),
            Column(translate("RecordTables", "Facility"), lambda row: row.facility_name),
            Column(translate("RecordTables", "Track"), lambda row: track_title(row.track)),
            Column(translate("RecordTables", "Modality"), lambda row: modality_title(row.modality)),
            Column(translate("RecordTables", "Hours/week"), _hours, align_right=True),
            Column(translate("RecordTables", "Start"), lambda row: day_text(row.start_date)),
            Column(translate("RecordTables", "End"), lambda row: day_text(row.end_date)),
            Column(translate("RecordTables", "Status"),
                   lambda row: episode_status_title(row.status)),
            Column(translate("RecordTables", "Days since previous"),
                   lambda row: _number(row.days_since_previous),
                   align_right=True),
        ], key=lambda row: row.id, parent=parent)

    def extra_data(self, row: EpisodeView, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            warning = self.warning_of(row)
            tips = [warning] if warning else []
            details = discharge_parts(row, limit=300)
            if details:
                tips.append(translate("RecordTables", "At discharge:") + "\n" + "\n".join(details))
            return "\n\n".join(tips) or None
        if role == Qt.ItemDataRole.FontRole and row.status == "active":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and row.status == "cancelled":
            return QBrush(_QUIET_INK)
        return None


def _levels(row: TransitionView) -> str:
    to_level = row.to_level_code or translate("RecordTables", "exit")
    return f"{row.from_level_code or '—'} → {to_level}"


def _criteria(row: TransitionView) -> str:
    return "; ".join(criterion_title(code) for code in row.criteria)


def _decided(row: TransitionView) -> str:
    when = local_time(row.decided_at)
    return f"{row.decided_by_name}, {when}" if when else row.decided_by_name


class TransitionTableModel(RowTableModel[TransitionView]):
    """Planned date, from → to, direction, gap, criteria, rationale, decided, status."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(translate("RecordTables", "Planned date"),
                   lambda row: day_text(row.planned_date)),
            Column(translate("RecordTables", "From → to"), _levels),
            Column(translate("RecordTables", "Direction"),
                   lambda row: direction_text(row.direction)),
            Column(translate("RecordTables", "Gap (days)"), lambda row: _number(row.gap_days),
                   align_right=True),
            Column(translate("RecordTables", "Criteria"), _criteria),
            Column(translate("RecordTables", "Rationale"), lambda row: row.rationale),
            Column(translate("RecordTables", "Decided by, at"), _decided),
            Column(translate("RecordTables", "Status"),
                   lambda row: transition_status_title(row.status)),
        ], key=lambda row: row.id, parent=parent)

    def extra_data(self, row: TransitionView, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 4:
                return "\n".join(criterion_title(code) for code in row.criteria)
            if column == 5:
                return row.rationale
            if row.planned_date_warning:
                return row.planned_date_warning
        if role == Qt.ItemDataRole.ForegroundRole and row.status == "cancelled":
            return QBrush(_QUIET_INK)
        return None
