"""The roll-call table: one row per client expected at the session, with the mark chosen
but not yet saved kept apart from the saved one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from coordinator.domain.attendance import (
    WeeklyHours,
    adherence,
    default_minutes,
    is_attended,
    weekly_hours,
)
from coordinator.domain.care_plan import ServiceModality
from coordinator.domain.vocabulary import AttendanceStatus
from coordinator.services.attendance_views import AttendanceMark, RollCallRow
from coordinator.ui.attendance.titles import mark_title, percent, week_text
from coordinator.ui.placeholders import arg
from coordinator.ui.record.care_plan_titles import modality_title
from coordinator.ui.translation import translate
from coordinator.ui.views.table_models import AnyIndex, Column, RowTableModel

MARK_COLUMN, MINUTES_COLUMN, WEEK_COLUMN, OUTREACH_COLUMN = 2, 3, 4, 6
_WARNING_TEXT = QColor("#8a4b00")
_OUTREACH_BACKGROUND = QColor("#fde8e4")
_OUTREACH_TEXT = QColor("#8c1d18")
_PENDING_TEXT = QColor("#1f5f99")


def outreach_text(row: RollCallRow) -> str:
    if not row.needs_outreach:
        return ""
    return arg(translate("RollCallModel", "⚠ %1 unexcused"), str(row.unexcused_in_a_row))


class RollCallModel(RowTableModel[RollCallRow]):
    """Client, record number, mark, minutes, this week's hours, adherence, outreach.

    A mark chosen and not saved yet is kept with its minutes apart from the saved one, and
    the week's hours and the program's adherence already count it. A late arrival has no
    minutes until they are typed (the whole session would overstate the hours); the
    minutes of any attended mark can be typed over, e.g. for a client who left early.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(translate("RollCallModel", "Client"), lambda row: row.client_name),
            Column(translate("RollCallModel", "Record no."), lambda row: row.record_number),
            Column(translate("RollCallModel", "Mark"), lambda row: mark_title(self.mark_of(row))),
            Column(translate("RollCallModel", "Minutes"), self._minutes_text, align_right=True),
            Column(translate("RollCallModel", "This week"),
                   lambda row: week_text(self.week_of(row))),
            Column(translate("RollCallModel", "Adherence"), lambda row: percent(row.adherence),
                   align_right=True),
            Column(translate("RollCallModel", "Outreach"), outreach_text),
            Column(translate("RollCallModel", "How"), self._modality_text),
        ], key=lambda row: row.episode_id, parent=parent)
        self.session_minutes = 0
        self.editable = True
        self._pending: dict[int, tuple[str, int | None]] = {}
        #: How each client attended, where chosen and not saved yet (a ServiceModality).
        self._ways: dict[int, str] = {}

    # Marks ---------------------------------------------------------------------------------

    def mark_of(self, row: RollCallRow) -> str | None:
        """The mark to show: the one chosen and not saved, else the saved one."""
        pending = self._pending.get(row.episode_id)
        return pending[0] if pending else row.status

    def minutes_of(self, row: RollCallRow) -> int | None:
        """The minutes to show (None: a late arrival whose minutes are not typed yet)."""
        pending = self._pending.get(row.episode_id)
        return pending[1] if pending else row.minutes

    def week_of(self, row: RollCallRow) -> WeeklyHours:
        """The week's hours, counting the mark not saved yet, if any."""
        if row.episode_id not in self._pending:
            return row.week
        status, minutes = self._pending[row.episode_id]
        counted = (minutes or 0) if is_attended(status) else 0
        return weekly_hours(row.week_minutes_other_days + counted, row.week.min_hours,
                            row.week.max_hours,
                            minutes_still_to_come=row.week_minutes_to_come_other_days)

    def week_adherence(self, other_days: tuple[str, ...]) -> float | None:
        """The program's adherence in the week with the marks on screen for this session."""
        shown = [status for row in self.rows() if (status := self.mark_of(row)) is not None]
        return adherence([*other_days, *shown])

    def is_pending(self, row: RollCallRow) -> bool:
        return row.episode_id in self._pending or row.episode_id in self._ways

    def set_modality(self, number: int, modality: str) -> None:
        """Say how the client of row ``number`` attended (saved with the roll call)."""
        row = self.row_at(number)
        if row is None:
            return
        if modality == row.modality and row.episode_id not in self._pending:
            self._ways.pop(row.episode_id, None)
        else:
            self._ways[row.episode_id] = modality
        last = self.columnCount() - 1
        self.dataChanged.emit(self.index(number, 0), self.index(number, last))

    def modality_of(self, row: RollCallRow) -> str | None:
        """How the client attended, as it will be saved (None: no mark)."""
        status = self.mark_of(row)
        if status is None:
            return None
        if row.episode_id in self._ways:
            return self._ways[row.episode_id]
        if row.modality and row.episode_id not in self._pending:
            return row.modality
        return (ServiceModality.VIDEO.value if status == "telehealth"
                else ServiceModality.IN_PERSON.value)

    def set_mark(self, number: int, status: str) -> None:
        row = self.row_at(number)
        if row is None:
            return
        if status == row.status:
            self._pending.pop(row.episode_id, None)
        else:
            minutes = (None if status == AttendanceStatus.LATE
                       else default_minutes(status, self.session_minutes))
            self._pending[row.episode_id] = (status, minutes)
        self._row_changed(number)

    def set_minutes(self, number: int, minutes: int) -> bool:
        """Type the minutes an attended mark counts; False for an absence or no mark."""
        row = self.row_at(number)
        status = None if row is None else self.mark_of(row)
        if row is None or status is None or not is_attended(status):
            return False
        if (status, minutes) == (row.status, row.minutes):
            self._pending.pop(row.episode_id, None)
        else:
            self._pending[row.episode_id] = (status, minutes)
        self._row_changed(number)
        return True

    def _row_changed(self, number: int) -> None:
        # The How column follows the mark (a telehealth mark is by video unless told).
        self.dataChanged.emit(self.index(number, MARK_COLUMN),
                              self.index(number, self.columnCount() - 1))

    def pending_count(self) -> int:
        return sum(1 for row in self.rows() if self.is_pending(row)
                   and self.mark_of(row) is not None)

    def without_minutes(self) -> list[RollCallRow]:
        """The clients marked late whose minutes are not typed yet."""
        return [row for row in self.rows()
                if (pending := self._pending.get(row.episode_id)) and pending[1] is None]

    def pending_marks(self) -> list[AttendanceMark]:
        """The chosen marks (and ways of attending), with the minutes each counts and the
        version of the saved mark each one replaces."""
        marks = []
        for row in self.rows():
            status = self.mark_of(row)
            if self.is_pending(row) and status is not None:
                marks.append(AttendanceMark(row.episode_id, status, self.minutes_of(row),
                                            expected_version=row.version,
                                            modality=self.modality_of(row)))
        return marks

    def clear_pending(self) -> None:
        self._pending.clear()
        self._ways.clear()
        if self.rowCount():
            self.dataChanged.emit(self.index(0, MARK_COLUMN),
                                  self.index(self.rowCount() - 1, self.columnCount() - 1))

    def show_rows(self, rows: list[RollCallRow], session_minutes: int, *,
                  keep_pending: bool) -> None:
        """Show a roll call; marks chosen for clients still listed stay when asked."""
        self.session_minutes = session_minutes
        listed = {row.episode_id for row in rows}
        self._pending = ({key: value for key, value in self._pending.items() if key in listed}
                         if keep_pending else {})
        self._ways = ({key: value for key, value in self._ways.items() if key in listed}
                      if keep_pending else {})
        self.replace_rows(rows)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, self.columnCount() - 1))

    # Typing minutes ------------------------------------------------------------------------

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        row = self.row_at(index.row()) if index.isValid() else None
        if (self.editable and row is not None and index.column() == MINUTES_COLUMN
                and (status := self.mark_of(row)) is not None and is_attended(status)):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: AnyIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (role != Qt.ItemDataRole.EditRole or index.column() != MINUTES_COLUMN
                or not isinstance(value, int)):
            return False
        return self.set_minutes(index.row(), value)

    # Display -------------------------------------------------------------------------------

    def _minutes_text(self, row: RollCallRow) -> str:
        if self.mark_of(row) is None:
            return ""
        minutes = self.minutes_of(row)
        return translate("RollCallModel", "type minutes") if minutes is None else str(minutes)

    def _minutes_data(self, row: RollCallRow, role: int) -> Any:
        minutes = self.minutes_of(row)
        if role == Qt.ItemDataRole.EditRole:
            return minutes if minutes is not None else self.session_minutes
        if self.mark_of(row) is None or minutes is not None:
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(_WARNING_TEXT)
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate("RollCallModel", "Late: type the minutes attended (M)")
        return None

    def _modality_text(self, row: RollCallRow) -> str:
        """How the client attended: the saved mark's way, or for a mark not saved yet the
        way it will be saved (unless chosen, a telehealth mark by video, any other in
        person)."""
        modality = self.modality_of(row)
        return "" if modality is None else modality_title(ServiceModality(modality))

    def extra_data(self, row: RollCallRow, column: int, role: int) -> Any:
        pending = self.is_pending(row)
        if column == MINUTES_COLUMN:
            return self._minutes_data(row, role)
        if column == MARK_COLUMN and pending:
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(_PENDING_TEXT)
            if role == Qt.ItemDataRole.ToolTipRole:
                return translate("RollCallModel", "Not saved yet (Ctrl+S saves the roll call)")
        if (column == WEEK_COLUMN and row.week.is_warning
                and role == Qt.ItemDataRole.ForegroundRole):
            return QBrush(_WARNING_TEXT)
        if column == OUTREACH_COLUMN and row.needs_outreach:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(_OUTREACH_BACKGROUND)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(_OUTREACH_TEXT)
            if role == Qt.ItemDataRole.ToolTipRole:
                return arg(translate("RollCallModel", "%1 unexcused absences in a row: reach out "
                                                      "to the client."),
                           str(row.unexcused_in_a_row))
        return None
