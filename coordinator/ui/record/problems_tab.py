"""The record's Problems tab: the ICD-10-CM problem list.

The primary diagnosis comes first, then the other active problems, then those resolved or
ruled out (in grey), then those entered in error (struck through). The page reads its rows
through ``ui.operations`` and the record window refreshes it when a change names
``diagnosis``; the dialogs are in ``problem_dialogs``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QHeaderView, QWidget

from coordinator.domain.clinical_record import DiagnosisStatus
from coordinator.services.diagnoses import DiagnosisView
from coordinator.ui.buttons import action_button
from coordinator.ui.context import UiContext
from coordinator.ui.forms import ServiceFormDialog
from coordinator.ui.locale_text import date_text
from coordinator.ui.record.list_page import RecordListPage
from coordinator.ui.record.problem_dialogs import (
    AddProblemDialog,
    EditProblemDialog,
    ProblemInErrorDialog,
    ProblemStatusDialog,
    status_title,
)
from coordinator.ui.translation import translate
from coordinator.ui.views.table_models import Column, RowTableModel, fixed_widths, list_table

_DESCRIPTION_COLUMN = 1
_ENDED_TEXT = QColor("#7a8791")  # resolved, ruled out, entered in error: greyed
#: Code, description (stretches), primary, substance use, status, onset, recorded.
_WIDTHS = (90, 360, 80, 120, 170, 100, 220)


class ProblemTableModel(RowTableModel[DiagnosisView]):
    """Code, description, primary, substance use, status (and its day), onset, recorded."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(translate("Problems", "Code"), lambda row: row.code),
            Column(translate("Problems", "Description"), lambda row: row.description),
            Column(translate("Problems", "Primary"),
                   lambda row: translate("Problems", "Primary") if row.is_primary else ""),
            Column(translate("Problems", "Substance use"),
                   lambda row: translate("Problems", "Substance use") if row.substance_use else ""),
            Column(translate("Problems", "Status"), _status),
            Column(translate("Problems", "Onset"),
                   lambda row: date_text(row.onset_date)),
            Column(translate("Problems", "Recorded"), _recorded),
        ], key=lambda row: row.id, parent=parent)

    def extra_data(self, row: DiagnosisView, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.entered_in_error:
                return translate("Problems", "Entered in error")
            return row.description if column == _DESCRIPTION_COLUMN else None
        if role == Qt.ItemDataRole.FontRole and (row.entered_in_error or row.is_primary):
            font = QFont()
            font.setStrikeOut(row.entered_in_error)
            font.setBold(row.is_primary and not row.entered_in_error)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return QBrush(_ENDED_TEXT)
        return None


def _status(row: DiagnosisView) -> str:
    if row.entered_in_error:
        return translate("Problems", "Entered in error")
    title = status_title(row.status)
    if row.status_on is not None:
        return f"{title} {date_text(row.status_on)}"
    return title


def _recorded(row: DiagnosisView) -> str:
    day = date_text(row.recorded_on)
    return ", ".join(part for part in (row.recorded_by, day) if part)


class ProblemsPage(RecordListPage):
    """The problem list, with Add…, Edit…, Resolve / rule out… and Entered in error…."""

    problems_loaded = Signal(list)
    """The problem list was read and is shown: ``(list[DiagnosisView])``."""

    def __init__(self, ui: UiContext, client_id: int, may_edit: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(ui, client_id, may_edit, parent)
        self.failure_title = self.tr("Problems")
        self.setObjectName("problemsPage")
        self.add_button = action_button(self.tr("&Add…"), self.tr("Add a problem"),
                                  self.add_problem)
        self.add_button.setObjectName("primaryButton")
        self.edit_button = action_button(self.tr("&Edit…"), self.tr("Edit the problem"),
                                   self.edit_problem)
        self.status_button = action_button(self.tr("Resol&ve / rule out…"),
                                     self.tr("Resolve, rule out or reactivate the problem"),
                                     self.change_status)
        self.error_button = action_button(self.tr("Mar&k entered in error…"),
                                    self.tr("Mark the problem entered in error"),
                                    self.mark_in_error)
        self.model = ProblemTableModel(self)
        self.table = list_table("problemTable", self.tr("Problem list"))
        self.table.setModel(self.model)
        # Measured widths, not measured rows: rows read while the tab is hidden would
        # leave every column as narrow as its title.
        fixed_widths(self.table, _WIDTHS)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(_DESCRIPTION_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.activated.connect(self.edit_problem)
        self.empty_note = self.quiet_note(self.tr(
            "No problems are recorded yet. Use Add to code the client's diagnoses from "
            "ICD-10-CM: mark the primary one, and tick substance use for a substance use "
            "disorder, since packets then need a 42 CFR Part 2 consent."))
        self.arrange((self.add_button, self.edit_button, self.status_button,
                      self.error_button), self.table, self.empty_note)
        self.empty_note.hide()
        self._update_buttons()

    def refresh(self) -> None:
        self.ui.operations.call(self, self.ui.services.diagnoses.problems_of, self.client_id,
                                done=self._show, failed=self._failed)

    def _show(self, problems: list[DiagnosisView]) -> None:
        self.loaded = True
        self.model.replace_rows(problems)
        self.empty_note.setVisible(not problems)
        self._update_buttons()
        self.problems_loaded.emit(problems)

    def selected(self) -> DiagnosisView | None:
        row: DiagnosisView | None = super().selected()
        return row

    def _changeable(self) -> DiagnosisView | None:
        problem = self.selected()
        if not self.may_edit or problem is None or problem.entered_in_error:
            return None
        return problem

    def _update_buttons(self) -> None:
        problem = self._changeable()
        self.add_button.setEnabled(self.may_edit and self.loaded)
        for button in (self.edit_button, self.status_button, self.error_button):
            button.setEnabled(problem is not None)
        if problem is not None and problem.status != DiagnosisStatus.ACTIVE:
            self.status_button.setText(self.tr("Reacti&vate / change status…"))
        else:
            self.status_button.setText(self.tr("Resol&ve / rule out…"))

    def _opened(self, dialog: ServiceFormDialog) -> ServiceFormDialog:
        self._open(dialog)
        return dialog

    def add_problem(self) -> ServiceFormDialog | None:
        if not (self.may_edit and self.loaded):
            return None
        return self._opened(AddProblemDialog(self.ui, self.client_id, self))

    def edit_problem(self) -> ServiceFormDialog | None:
        problem = self._changeable()
        if problem is None:
            return None
        return self._opened(EditProblemDialog(self.ui, problem, self))

    def change_status(self) -> ServiceFormDialog | None:
        problem = self._changeable()
        if problem is None:
            return None
        return self._opened(ProblemStatusDialog(self.ui, problem, self))

    def mark_in_error(self) -> ServiceFormDialog | None:
        problem = self._changeable()
        if problem is None:
            return None
        return self._opened(ProblemInErrorDialog(self.ui, problem, self))
