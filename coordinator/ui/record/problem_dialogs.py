"""The dialogs behind the record's Problems tab: add a diagnosis found in ICD-10-CM, edit its
flags and onset, resolve or rule it out (or make it active again), mark it entered in error.

Adding searches as the person types: the search runs on a worker (the first one also reads
the code set, a few seconds once per session), a short pause after the last keystroke, and
an answer to an older search that arrives late is dropped. The keyboard alone is enough:
type words or a code, Down (or Tab) to the list, Enter to take the code, Alt+S to save.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from coordinator.domain.clinical_record import DiagnosisStatus
from coordinator.domain.diagnosis_rules import (
    CodeMatch,
    NotBillableCode,
    is_substance_use_code,
    looks_like_code,
)
from coordinator.services.diagnoses import DiagnosisInput, DiagnosisView
from coordinator.services.icd10 import SEARCH_LIMIT
from coordinator.ui.care.fields import date_edit, day_of, today_of
from coordinator.ui.context import UiContext
from coordinator.ui.dialogs import report_failure
from coordinator.ui.forms import ServiceFormDialog, form_layout
from coordinator.ui.layouts import NO_MARGINS, column
from coordinator.ui.optional_date import OptionalDateEdit
from coordinator.ui.placeholders import arg
from coordinator.ui.record.entered_in_error import EnteredInErrorDialog
from coordinator.ui.translation import translate
from coordinator.ui.views.table_models import Column, RowTableModel, list_table

#: Long enough to skip the keystrokes in the middle of a word.
SEARCH_DELAY_MS = 200


def status_title(status: DiagnosisStatus) -> str:
    return {DiagnosisStatus.ACTIVE: translate("Problems", "Active"),
            DiagnosisStatus.RESOLVED: translate("Problems", "Resolved"),
            DiagnosisStatus.RULED_OUT: translate("Problems", "Ruled out")}[status]


def code_and_description(code: str, description: str) -> str:
    return f"{code} — {description}"




class CodeMatchModel(RowTableModel[CodeMatch]):
    """The codes found: code and the release's description."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(translate("Problems", "Code"), lambda row: row.code),
            Column(translate("Problems", "Description"), lambda row: row.description),
        ], key=lambda row: row.code, parent=parent)

    def extra_data(self, row: CodeMatch, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.description
        return None


class AddProblemDialog(ServiceFormDialog):
    """Find a billable ICD-10-CM code by code or words and put it on the problem list."""

    matches_shown = Signal(list)
    """A search (or a refusal's suggestions) is listed: ``(list[CodeMatch])``."""

    def __init__(self, ui: UiContext, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ui, parent)
        self.client_id = client_id
        self.chosen: CodeMatch | None = None
        self._searches = ui.operations.latest_only(self)
        self._searching = False
        self._choose_when_shown = False
        self.setObjectName("addProblemDialog")
        self.setWindowTitle(self.tr("Add problem"))
        self.resize(720, 620)
        form = form_layout()

        self.search_box = QLineEdit()
        self.search_box.setObjectName("problemCodeSearch")
        self.search_box.setAccessibleName(self.tr("Find a diagnosis code"))
        self.search_box.setPlaceholderText(self.tr(
            "A code (F33.1) or words (major depressive recurrent)"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.installEventFilter(self)
        self.errors.add_row(form, "code", self.tr("&Find code:"), self.search_box)
        self._add_matches(form)
        self._add_details(form, ui)
        self.layout_with(form)
        order = [self.search_box, self.table, self.primary, self.substance_use, self.onset,
                 self.save_button, self.cancel_button]
        for first, second in pairwise(order):
            self.setTabOrder(first, second)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.search)
        self.search_box.textEdited.connect(self._typed)
        self.refused.connect(self._offer_suggestions)
        self._show_chosen()
        # Read the code set now, while the person starts typing (an empty search lists
        # nothing but loads the release on first use).
        self.ui.operations.call(self, self.ui.services.diagnoses.search_codes, "")
        self.search_box.setFocus()

    def _add_matches(self, form: QFormLayout) -> None:
        """The codes matching the search, with the line saying how many."""
        self.model = CodeMatchModel(self)
        self.table = list_table("problemCodeMatches", self.tr("Matching ICD-10-CM codes"))
        self.table.setModel(self.model)
        self.table.setMinimumHeight(300)
        self.table.installEventFilter(self)
        self.table.activated.connect(lambda _index: self._take_selected())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.count_label = QLabel(self.tr(
            "Billable codes of ICD-10-CM (April 2026) are listed as you type."))
        self.count_label.setObjectName("quietNote")
        self.count_label.setWordWrap(True)
        matches = QWidget()
        column(matches, (self.table, 1), self.count_label, margins=NO_MARGINS, spacing=4)
        form.addRow(self.tr("Matches:"), matches)

    def _add_details(self, form: QFormLayout, ui: UiContext) -> None:
        """The diagnosis chosen, its primary and substance-use marks, and its onset."""
        self.chosen_label = QLabel()
        self.chosen_label.setObjectName("chosenCode")
        self.chosen_label.setWordWrap(True)
        self.chosen_label.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(self.tr("Diagnosis:"), self.chosen_label)

        self.primary = QCheckBox(self.tr("&Primary diagnosis"))
        self.primary.setAccessibleName(self.tr("Primary diagnosis"))
        self.errors.add_row(form, "is_primary", "", self.primary)
        self.substance_use = QCheckBox(self.tr(
            "Su&bstance use disorder (42 CFR Part 2 consent applies)"))
        self.substance_use.setAccessibleName(self.tr("Substance use disorder"))
        self.errors.add_row(form, "substance_use", "", self.substance_use)
        self.onset = OptionalDateEdit(None, today_of(ui), self.tr("Onset date"))
        self.errors.add_row(form, "onset_date", self.tr("&Onset date"), self.onset)

    # Searching -----------------------------------------------------------------------------

    def _typed(self) -> None:
        self._choose(None)
        self._search_timer.start()

    def search(self) -> None:
        """List the codes matching the search box now; older answers are dropped."""
        self._search_timer.stop()
        text = self.search_box.text()
        if not text.strip():
            self._searches.drop()
            self._searching = False
            self._show_matches([], text)
            return
        self._searching = True
        self.count_label.setText(self.tr("Searching…"))
        self._searches.call(self.ui.services.diagnoses.search_codes, text,
                            done=lambda found: self._show_matches(found, text),
                            failed=self._search_failed)

    def _show_matches(self, found: list[CodeMatch], text: str) -> None:
        self._searching = False
        self.model.replace_rows(found)
        self.table.clearSelection()
        self.table.scrollToTop()
        if not text.strip():
            note = self.tr("Billable codes of ICD-10-CM (April 2026) are listed as you type.")
        elif not found:
            note = self.tr("No billable code matches; try fewer words, or the start of a "
                           "code.")
        elif len(found) >= SEARCH_LIMIT:
            note = arg(self.tr("Showing the first %1 codes; type more to narrow the list."),
                       str(len(found)))
        elif len(found) == 1:
            note = self.tr("1 code found; Enter takes it.")
        else:
            note = arg(self.tr("%1 codes found; Down and Enter take one."), str(len(found)))
        self.count_label.setText(note)
        self.matches_shown.emit(found)
        if self._choose_when_shown:
            self._choose_when_shown = False
            self._enter_from_search()

    def _search_failed(self, error: BaseException) -> None:
        self._searching = False
        self._choose_when_shown = False
        self.count_label.setText("")
        report_failure(self.ui.dialogs, self, error, self.windowTitle())

    # Choosing ------------------------------------------------------------------------------

    def _selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        match = self.model.row_at(rows[0].row()) if rows else None
        if match is not None:
            self._choose(match)

    def _take_selected(self) -> None:
        """Enter (or a double-click) on a match: take it and go on to its details. After
        Tab into the list the first row is current but not yet selected; Enter takes it."""
        rows = self.table.selectionModel().selectedRows()
        current = self.table.currentIndex()
        row = rows[0].row() if rows else (current.row() if current.isValid() else -1)
        match = self.model.row_at(row) if row >= 0 else None
        if match is not None:
            self.table.selectRow(row)
            self._choose(match)
            self.primary.setFocus()

    def _choose(self, match: CodeMatch | None) -> None:
        if match == self.chosen:
            return
        self.chosen = match
        if match is not None:
            self.substance_use.setChecked(is_substance_use_code(match.code))
        self._show_chosen()

    def _show_chosen(self) -> None:
        if self.chosen is None:
            self.chosen_label.setText(self.tr("None chosen yet: pick a code from the list."))
        else:
            self.chosen_label.setText(code_and_description(self.chosen.code,
                                                           self.chosen.description))
        self.chosen_label.setAccessibleName(arg(self.tr("Diagnosis chosen: %1"),
                                                self.chosen_label.text()))

    def _enter_from_search(self) -> None:
        """Enter in the search box: one match is taken at once; several, the list gets
        the keyboard with the first one selected."""
        if self._search_timer.isActive() or self._searching:
            self._choose_when_shown = True
            if self._search_timer.isActive():
                self.search()
            return
        count = self.model.rowCount()
        if count == 1:
            self.table.selectRow(0)
            self._take_selected()
        elif count > 1:
            self.table.setFocus()
            self.table.selectRow(0)

    def _offer_suggestions(self, error: BaseException) -> None:
        """The service refused a category: list the billable codes under it instead."""
        if not isinstance(error, NotBillableCode):
            return
        self._search_timer.stop()
        self._searches.drop()  # a search answer still on its way would replace them
        self._searching = False
        self.model.replace_rows(list(error.suggestions))
        self.table.clearSelection()
        self.table.scrollToTop()
        self.count_label.setText(self.tr("Choose one of these billable codes."))
        self.matches_shown.emit(list(error.suggestions))
        self.table.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            if watched is self.search_box:
                # Down walks into the list, as in a browser's address bar; Enter picks
                # from it rather than saving half a choice.
                if key == Qt.Key.Key_Down and self.model.rowCount():
                    self.table.setFocus()
                    if not self.table.selectionModel().selectedRows():
                        self.table.selectRow(0)
                    return True
                if enter and self.search_box.text().strip():
                    self._enter_from_search()
                    return True
            elif watched is self.table and enter:
                self._take_selected()  # and not the dialog's default button (Save)
                return True
        return super().eventFilter(watched, event)

    # Saving --------------------------------------------------------------------------------

    def details(self) -> DiagnosisInput:
        """The chosen code; with none chosen, what was typed if it reads as a code."""
        if self.chosen is not None:
            code = self.chosen.code
        else:
            typed = self.search_box.text().strip()
            code = typed if looks_like_code(typed) else ""
        return DiagnosisInput(code, self.primary.isChecked(), self.substance_use.isChecked(),
                              self.onset.day())

    def service_call(self) -> Callable[[], Any]:
        diagnoses, client_id, details = self.ui.services.diagnoses, self.client_id, (
            self.details())
        return lambda: diagnoses.add(client_id, details)


class EditProblemDialog(ServiceFormDialog):
    """Change a problem's primary and substance-use marks and its onset; not its code."""

    def __init__(self, ui: UiContext, problem: DiagnosisView,
                 parent: QWidget | None = None) -> None:
        super().__init__(ui, parent)
        self.problem = problem
        self.setObjectName("editProblemDialog")
        self.setWindowTitle(arg(self.tr("Edit problem %1"), problem.code))
        self.resize(520, 0)
        form = form_layout()
        heading = QLabel(code_and_description(problem.code, problem.description))
        heading.setObjectName("chosenCode")
        heading.setWordWrap(True)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        self.errors.add_row(form, "code", self.tr("Diagnosis:"), heading)
        self.primary = QCheckBox(self.tr("&Primary diagnosis"))
        self.primary.setAccessibleName(self.tr("Primary diagnosis"))
        self.primary.setChecked(problem.is_primary)
        if problem.status != DiagnosisStatus.ACTIVE:
            self.primary.setEnabled(False)
            self.primary.setToolTip(self.tr("Only an active problem can be primary."))
        self.errors.add_row(form, "is_primary", "", self.primary)
        self.substance_use = QCheckBox(self.tr(
            "Su&bstance use disorder (42 CFR Part 2 consent applies)"))
        self.substance_use.setAccessibleName(self.tr("Substance use disorder"))
        self.substance_use.setChecked(problem.substance_use)
        self.errors.add_row(form, "substance_use", "", self.substance_use)
        self.onset = OptionalDateEdit(problem.onset_date, today_of(ui), self.tr("Onset date"))
        self.errors.add_row(form, "onset_date", self.tr("&Onset date"), self.onset)
        self.layout_with(form)
        (self.primary if self.primary.isEnabled() else self.substance_use).setFocus()

    def service_call(self) -> Callable[[], Any]:
        diagnoses, problem = self.ui.services.diagnoses, self.problem
        details = DiagnosisInput(problem.code, self.primary.isChecked(),
                                 self.substance_use.isChecked(), self.onset.day())
        return lambda: diagnoses.update(problem.id, problem.version, details)


class ProblemStatusDialog(ServiceFormDialog):
    """Resolve or rule out a problem on a day, or make a resolved one active again."""

    def __init__(self, ui: UiContext, problem: DiagnosisView,
                 parent: QWidget | None = None) -> None:
        super().__init__(ui, parent)
        self.problem = problem
        self.setObjectName("problemStatusDialog")
        self.setWindowTitle(arg(self.tr("Status of %1"), problem.code))
        self.resize(480, 0)
        form = form_layout()
        heading = QLabel(code_and_description(problem.code, problem.description))
        heading.setWordWrap(True)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(heading)
        self.choices = QButtonGroup(self)
        self.buttons_by_status: dict[DiagnosisStatus, QRadioButton] = {}
        for status, title, accessible in (
                (DiagnosisStatus.RESOLVED, self.tr("&Resolved"), self.tr("Resolved")),
                (DiagnosisStatus.RULED_OUT, self.tr("R&uled out"), self.tr("Ruled out")),
                (DiagnosisStatus.ACTIVE, self.tr("&Active again"), self.tr("Active again"))):
            if status == DiagnosisStatus.ACTIVE and problem.status == DiagnosisStatus.ACTIVE:
                continue
            button = QRadioButton(title)
            button.setAccessibleName(accessible)
            self.choices.addButton(button)
            self.buttons_by_status[status] = button
        holder = QWidget()
        column(holder, *self.buttons_by_status.values(), margins=NO_MARGINS, spacing=4)
        first = (problem.status if problem.status != DiagnosisStatus.ACTIVE
                 else DiagnosisStatus.RESOLVED)
        self.buttons_by_status[first].setChecked(True)
        self.errors.add_row(form, "status", self.tr("Status:"), holder)
        self.on_date = date_edit(problem.status_on or today_of(ui), self.tr("Date"))
        self.errors.add_row(form, "status_on", self.tr("&Date"), self.on_date)
        self.choices.buttonToggled.connect(lambda *_: self._update_date())
        self.layout_with(form)
        self._update_date()
        self.buttons_by_status[first].setFocus()

    def status(self) -> DiagnosisStatus:
        return next(status for status, button in self.buttons_by_status.items()
                    if button.isChecked())

    def _update_date(self) -> None:
        self.on_date.setEnabled(self.status() != DiagnosisStatus.ACTIVE)

    def service_call(self) -> Callable[[], Any]:
        diagnoses, problem, status = self.ui.services.diagnoses, self.problem, self.status()
        day = None if status == DiagnosisStatus.ACTIVE else day_of(self.on_date)
        return lambda: diagnoses.set_status(problem.id, problem.version, status, day)


class ProblemInErrorDialog(EnteredInErrorDialog):
    """Mark a problem entered in error: it stays on the list, struck through."""

    def __init__(self, ui: UiContext, problem: DiagnosisView,
                 parent: QWidget | None = None) -> None:
        super().__init__(
            ui, title=translate("Problems", "Problem entered in error"),
            intro=arg(translate("Problems", "%1 stays on the problem list, struck through, and no "
                                            "longer counts as the client's diagnosis."),
                      code_and_description(problem.code, problem.description)),
            mark=ui.services.diagnoses.mark_entered_in_error, row_id=problem.id,
            version=problem.version, parent=parent, object_name="problemInErrorDialog")
        self.problem = problem

