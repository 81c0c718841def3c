"""The table of transition clocks, shared by the dashboard and the client record.

A missed clock is marked in words ("Missed — 3 days overdue") and in colour, never in colour
alone; an open clock due within three days is marked "Due soon".
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor

from coordinator.domain.clocks import ClockState
from coordinator.services.clocks import ClockRow
from coordinator.ui.care.titles import clock_row_title, clock_state_title, days_text
from coordinator.ui.locale_text import date_text
from coordinator.ui.placeholders import arg
from coordinator.ui.resources import icon
from coordinator.ui.translation import translate
from coordinator.ui.views.table_models import Column, RowTableModel

DUE_SOON_DAYS = 3
ALERT_INK = QColor("#b3261e")
ALERT_FILL = QColor("#fdf3f2")
_SOON_INK = QColor("#8a4b00")
_MET_INK = QColor("#1e6b3a")


def alert_colour(role: int) -> QBrush | None:
    """How a row that needs attention now is drawn, for ``role``: red ink on a pale red
    fill; None for any other role."""
    if role == Qt.ItemDataRole.ForegroundRole:
        return QBrush(ALERT_INK)
    if role == Qt.ItemDataRole.BackgroundRole:
        return QBrush(ALERT_FILL)
    return None


def clock_key(row: ClockRow) -> tuple[int, str, int]:
    return row.client_id, row.kind.value, row.episode_id


def clock_sort_key(row: ClockRow) -> tuple[int, int, str]:
    """Missed first (most overdue first), then open by days left, then closed ones."""
    if row.state is ClockState.MISSED:
        return 0, row.days_left if row.days_left is not None else 0, row.client_name
    if row.state is ClockState.OPEN:
        return 1, row.days_left if row.days_left is not None else 0, row.client_name
    return 2, -(row.closed_on or row.due).toordinal(), row.client_name


def days_left_text(row: ClockRow) -> str:
    if row.state is ClockState.MET and row.met_on is not None:
        return arg(translate("ClockTableModel", "met in %1"),
                   days_text((row.met_on - row.start).days))
    if row.days_left is None:
        return ""
    if row.days_left < 0:
        return arg(translate("ClockTableModel", "%1 overdue"), days_text(-row.days_left))
    if row.days_left == 0:
        return translate("ClockTableModel", "due today")
    return days_text(row.days_left)


def is_due_soon(row: ClockRow) -> bool:
    return (row.state is ClockState.OPEN and row.days_left is not None
            and row.days_left <= DUE_SOON_DAYS)


def state_text(row: ClockRow) -> str:
    """The state in words, with a warning sign where the clock needs attention (a clock
    due soon gets the shipped clock icon beside it: an emoji may not draw in every font)."""
    if row.state is ClockState.MISSED:
        return "⚠ " + translate("ClockTableModel", "Missed")
    if is_due_soon(row):
        return translate("ClockTableModel", "Due soon")
    if row.state is ClockState.MET:
        return "✓ " + clock_state_title(row.state)
    return clock_state_title(row.state)


class ClockTableModel(RowTableModel[ClockRow]):
    """Client, record number, clock, due date, days left, state (for one client's record:
    clock, start, due date, days left, state)."""

    def __init__(self, parent: QObject | None = None, *, with_client: bool = True) -> None:
        columns: list[Column[ClockRow]] = []
        if with_client:
            columns += [Column(translate("ClockTableModel", "Client"), lambda row: row.client_name),
                        Column(translate("ClockTableModel", "Record number"),
                               lambda row: row.record_number)]
        columns.append(Column(translate("ClockTableModel", "Clock"), clock_row_title))
        if not with_client:  # on the dashboard, room goes to the state (the tooltip has it)
            columns.append(Column(translate("ClockTableModel", "Started"),
                                  lambda row: date_text(row.start)))
        columns += [
            Column(translate("ClockTableModel", "Due"), lambda row: date_text(row.due)),
            Column(translate("ClockTableModel", "Days left"), days_left_text, align_right=True),
            Column(translate("ClockTableModel", "State"), state_text),
        ]
        super().__init__(columns, key=clock_key, parent=parent)

    def show_clocks(self, rows: list[ClockRow]) -> None:
        self.replace_rows(sorted(rows, key=clock_sort_key))

    def extra_data(self, row: ClockRow, column: int, role: int) -> Any:
        if (role == Qt.ItemDataRole.DecorationRole and column == self.columnCount() - 1
                and is_due_soon(row)):
            return icon("clock")
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.state is ClockState.MISSED:
                return QBrush(ALERT_INK)
            if row.state is ClockState.MET:
                return QBrush(_MET_INK)
            if row.state is ClockState.OPEN and row.days_left is not None \
                    and row.days_left <= DUE_SOON_DAYS:
                return QBrush(_SOON_INK)
        if role == Qt.ItemDataRole.BackgroundRole and row.state is ClockState.MISSED:
            return QBrush(ALERT_FILL)
        if role == Qt.ItemDataRole.ToolTipRole:
            return arg(translate("ClockTableModel", "%1 for %2: started %3, due %4"),
                       clock_row_title(row), row.client_name, date_text(row.start),
                       date_text(row.due))
        return None
