"""The advance-directives part of the record's Safety tab: one row per kind (psychiatric
advance directive, medical advance directive, POLST) saying whether the client has one,
when it was signed, where the document is and the agent it names, and the dialog that
records one.

A crisis team needs to know a psychiatric advance directive exists and where to find it
before it can honour it, so the place of the document sits beside the date; a kind nobody
asked about says "Not recorded", which is not "the client has none".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QWidget,
)

from coordinator.domain.clinical_record import DirectiveKind
from coordinator.services.directives import DirectiveInput, DirectiveView
from coordinator.ui.buttons import action_button
from coordinator.ui.care.fields import today_of
from coordinator.ui.context import UiContext
from coordinator.ui.forms import ServiceFormDialog, form_layout, text_box
from coordinator.ui.layouts import NO_MARGINS, STRETCH, column, row
from coordinator.ui.locale_text import date_text, local_moment
from coordinator.ui.optional_date import OptionalDateEdit
from coordinator.ui.placeholders import arg
from coordinator.ui.record.list_page import RecordListPage
from coordinator.ui.translation import translate
from coordinator.ui.views.table_models import Column, RowTableModel, fit_rows, list_table

_WHERE_COLUMN = 2  # takes the width the others leave, elided beyond it


def directive_kind_title(kind: str) -> str:
    return {
        DirectiveKind.PSYCHIATRIC.value:
            translate("AdvanceDirectives", "Psychiatric advance directive"),
        DirectiveKind.MEDICAL.value: translate("AdvanceDirectives", "Medical advance directive"),
        DirectiveKind.POLST.value: translate("AdvanceDirectives", "POLST"),
    }.get(kind, kind)


def directive_status(view: DirectiveView) -> str:
    """"Has one, signed 2025-11-04", "Has none" or "Not recorded"."""
    if not view.recorded:
        return translate("AdvanceDirectives", "Not recorded")
    if not view.details.present:
        return translate("AdvanceDirectives", "Has none")
    signed = view.details.signed_on
    return (arg(translate("AdvanceDirectives", "Has one, signed %1"), date_text(signed)) if signed
            else translate("AdvanceDirectives", "Has one"))


def _agent(view: DirectiveView) -> str:
    return " · ".join(part for part in (view.details.agent_name, view.details.agent_phone)
                      if part)


def _recorded(view: DirectiveView) -> str:
    if not view.recorded:
        return ""
    when = date_text(local_moment(view.recorded_at).date()) if view.recorded_at else ""
    return " · ".join(part for part in (view.recorded_by, when) if part)


def directive_kind_tooltip(kind: str) -> str:
    return {
        DirectiveKind.PSYCHIATRIC.value:
            translate("AdvanceDirectives",
                      "The client's instructions for mental-health treatment during a crisis"),
        DirectiveKind.MEDICAL.value:
            translate("AdvanceDirectives", "A living will or health-care power of attorney"),
        DirectiveKind.POLST.value:
            translate("AdvanceDirectives", "Physician Orders for Life-Sustaining Treatment"),
    }.get(kind, "")


class DirectiveTableModel(RowTableModel[DirectiveView]):
    """Directive, status, where the document is, agent and phone, recorded by; kinds not
    recorded in grey italics. The notes are shown under the table for the chosen row."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(translate("AdvanceDirectives", "Directive"),
                   lambda row: directive_kind_title(row.kind)),
            Column(translate("AdvanceDirectives", "Status"), directive_status),
            Column(translate("AdvanceDirectives", "Where the document is"),
                   lambda row: row.details.location),
            Column(translate("AdvanceDirectives", "Agent"), _agent),
            Column(translate("AdvanceDirectives", "Recorded by"), _recorded),
        ], key=lambda row: row.kind, parent=parent)

    def extra_data(self, row: DirectiveView, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 0:
                return directive_kind_tooltip(row.kind)
            if column == 2 and row.details.location:
                return row.details.location
        if row.recorded:
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return Qt.GlobalColor.gray
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(True)
            return font
        return None


class AdvanceDirectivesSection(RecordListPage):
    """The three kinds of directive with Record advance directive… for the chosen one
    (Enter or a double click on a row does the same)."""

    directives_loaded = Signal(list)
    """The directives were read and are shown: ``(list[DirectiveView])``."""

    def __init__(self, ui: UiContext, client_id: int, may_edit: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(ui, client_id, may_edit, parent)
        self.failure_title = self.tr("Advance directives")
        self.setObjectName("advanceDirectivesSection")
        title = QLabel(self.tr("Advance directives"))
        title.setObjectName("sectionTitle")
        # Alt+A: the record window's tabs, its header and the safety plan take the others.
        self.record_button = action_button(self.tr("Record &advance directive…"),
                                           self.tr("Record the chosen advance directive"),
                                           self.record_selected)
        self.model = DirectiveTableModel(self)
        self.table: QTableView = list_table("directiveTable", self.tr("Advance directives"))
        self.table.setModel(self.model)
        self.table.activated.connect(lambda _index: self.record_selected())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(_WHERE_COLUMN, QHeaderView.ResizeMode.Stretch)
        fit_rows(self.table, len(DirectiveKind), len(DirectiveKind))
        self.notes = QLabel()
        self.notes.setObjectName("directiveNotes")
        self.notes.setWordWrap(True)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint = self.quiet_note(self.tr("Choose a row, then Record advance directive (or "
                                            "press Enter) to say whether the client has one "
                                            "and where the document is."))
        self.hint.setVisible(may_edit)
        column(self, title, row(None, self.record_button, STRETCH), self.table, self.notes,
               self.hint, margins=NO_MARGINS, spacing=8)
        QWidget.setTabOrder(self.record_button, self.table)
        self.record_button.setVisible(may_edit)
        self._selection_changed()

    def refresh(self) -> None:
        """Read the directives again (on opening, and when a change names them)."""
        self.ui.operations.call(self, self.ui.services.directives.directives_of,
                                self.client_id, done=self._show, failed=self._failed)

    def _show(self, directives: list[DirectiveView]) -> None:
        self.loaded = True
        self.model.replace_rows(directives)
        for number in range(self.model.columnCount()):
            if number != _WHERE_COLUMN:  # that one takes what the others leave
                self.table.resizeColumnToContents(number)
        if self.selected() is None and directives:
            self.table.selectRow(0)
        self._selection_changed()
        self.directives_loaded.emit(directives)

    def selected(self) -> DirectiveView | None:
        chosen: DirectiveView | None = super().selected()
        return chosen

    def select_kind(self, kind: DirectiveKind | str) -> None:
        number = self.model.row_of(str(kind))
        if number >= 0:
            self.table.selectRow(number)

    def _selection_changed(self) -> None:
        chosen = self.selected()
        notes = chosen.details.notes if chosen is not None else ""
        self.notes.setText(arg(self.tr("Notes (%1): %2"), directive_kind_title(chosen.kind), notes)
            if chosen is not None and notes else "")
        self.notes.setVisible(bool(notes))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.record_button.setEnabled(self.may_edit and self.loaded
                                      and self.selected() is not None)

    def record_selected(self) -> DirectiveDialog | None:
        chosen = self.selected()
        if not (self.may_edit and self.loaded) or chosen is None:
            return None
        return self._open(DirectiveDialog(self.ui, chosen, self))


class DirectiveDialog(ServiceFormDialog):
    """Record one kind of directive: whether the client has it, the date signed, where the
    document is, the agent it names and notes. A first record starts from "has one"."""

    def __init__(self, ui: UiContext, current: DirectiveView,
                 parent: QWidget | None = None) -> None:
        super().__init__(ui, parent)
        self.current = current
        details = current.details if current.recorded else DirectiveInput(present=True)
        self.setObjectName("directiveDialog")
        self.setWindowTitle(directive_kind_title(current.kind))
        self.resize(560, 0)
        form = form_layout()
        self.present = QCheckBox(self.tr("The client &has one"))
        self.present.setAccessibleName(self.tr("The client has this directive"))
        self.present.setChecked(details.present)
        self.errors.add_row(form, "present", "", self.present)
        self.signed = OptionalDateEdit(details.signed_on, today_of(ui), self.tr("Date signed"))
        self.signed.setToolTip(self.tr("Type the date as 2025-11-04, or pick it from the "
                                       "calendar"))
        self.errors.add_row(form, "signed_on", self.tr("&Date signed"), self.signed)
        self.location = self._line(details.location, self.tr("Where the document is"),
                                   self.tr("e.g. Scanned in the chart; original with her "
                                           "sister"))
        self.errors.add_row(form, "location", self.tr("&Where the document is"),
                            self.location)
        self.agent_name = self._line(details.agent_name, self.tr("Agent's name"),
                                     self.tr("The health-care agent the directive names"))
        self.errors.add_row(form, "agent_name", self.tr("A&gent"), self.agent_name)
        self.agent_phone = self._line(details.agent_phone, self.tr("Agent's phone"), "")
        self.errors.add_row(form, "agent_phone", self.tr("Agent's &phone"), self.agent_phone)
        self.notes = text_box(self.tr("Notes"), 80)
        self.notes.setPlainText(details.notes)
        self.notes.setPlaceholderText(self.tr("e.g. Treatment preferences it states, or why "
                                              "the client has none"))
        self.errors.add_row(form, "notes", self.tr("&Notes"), self.notes)
        self.layout_with(form)
        self.present.toggled.connect(self._present_changed)
        self._present_changed(details.present)
        self.present.setFocus()

    def _line(self, text: str, accessible: str, placeholder: str) -> QLineEdit:
        line = QLineEdit(text)
        line.setCursorPosition(0)  # a long place reads from its start
        line.setAccessibleName(accessible)
        line.setPlaceholderText(placeholder)
        return line

    def _present_changed(self, present: bool) -> None:
        """A directive the client does not have has no date, place or agent (its notes
        may say why); the fields keep what was typed in case the box was a slip."""
        for widget in (self.signed, self.location, self.agent_name, self.agent_phone):
            widget.setEnabled(present)

    def details(self) -> DirectiveInput:
        present = self.present.isChecked()
        if not present:
            return DirectiveInput(False, notes=self.notes.toPlainText())
        return DirectiveInput(True, self.signed.day(), self.location.text(),
                              self.agent_name.text(), self.agent_phone.text(),
                              self.notes.toPlainText())

    def service_call(self) -> Callable[[], Any]:
        directives, client_id = self.ui.services.directives, self.current.client_id
        kind, version, details = self.current.kind, self.current.version, self.details()
        return lambda: directives.record(client_id, kind, version, details)

