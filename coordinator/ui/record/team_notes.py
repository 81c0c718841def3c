"""The record's Care team and Notes tabs.

Each page reads its own rows through ``ui.operations`` and is refreshed by the record window
when a change names its topic (``care_team`` or ``note``); the dialogs are in
``team_notes_dialogs``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from coordinator.services.team import CareTeamMemberView, NoteView
from coordinator.ui.buttons import action_button
from coordinator.ui.context import UiContext
from coordinator.ui.forms import ServiceFormDialog
from coordinator.ui.labels import local_time
from coordinator.ui.locale_text import date_text
from coordinator.ui.placeholders import arg
from coordinator.ui.record.clinician_dialog import ClinicianBox
from coordinator.ui.record.list_page import RecordListPage
from coordinator.ui.record.row_looks import entered_in_error_look
from coordinator.ui.record.team_notes_dialogs import (
    CareTeamDialog,
    EndMemberDialog,
    NoteDialog,
    NoteInErrorDialog,
    note_kind_title,
)
from coordinator.ui.translation import translate
from coordinator.ui.views.table_models import Column, RowTableModel, list_table

_PREVIEW = 80


# Models ------------------------------------------------------------------------------------


class CareTeamTableModel(RowTableModel[CareTeamMemberView]):
    """Role, name, organization, phone, fax, email, since (ended members in grey)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(translate("TeamNotes", "Role"), lambda row: row.role),
            Column(translate("TeamNotes", "Name"), lambda row: row.name),
            Column(translate("TeamNotes", "Organization"), lambda row: row.details.organization),
            Column(translate("TeamNotes", "Phone"), lambda row: row.details.phone),
            Column(translate("TeamNotes", "Fax"), lambda row: row.details.fax),
            Column(translate("TeamNotes", "Email"), lambda row: row.details.email),
            Column(translate("TeamNotes", "Since"), _since),
        ], key=lambda row: row.id, parent=parent)

    def extra_data(self, row: CareTeamMemberView, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and row.ended:
            return Qt.GlobalColor.gray
        return None


def _since(row: CareTeamMemberView) -> str:
    start = date_text(row.details.start_date)
    if row.ended:
        end = date_text(row.details.end_date)
        return arg(translate("TeamNotes", "%1 – ended %2"), start, end).strip(" –")
    return start


class NoteTableModel(RowTableModel[NoteView]):
    """When (local time), kind, with whom, author, text preview; mistakes struck through."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(translate("TeamNotes", "When"), lambda row: local_time(row.occurred_at)),
            Column(translate("TeamNotes", "Kind"), lambda row: note_kind_title(row.kind)),
            Column(translate("TeamNotes", "With"), lambda row: row.contact_with),
            Column(translate("TeamNotes", "Author"), lambda row: row.author_name),
            Column(translate("TeamNotes", "Note"), _preview),
        ], key=lambda row: row.id, parent=parent)

    def extra_data(self, row: NoteView, column: int, role: int) -> Any:
        if not row.entered_in_error:
            return row.body if role == Qt.ItemDataRole.ToolTipRole and column == 4 else None
        return entered_in_error_look(role)


def _preview(row: NoteView) -> str:
    text = " ".join(row.body.split())
    if len(text) > _PREVIEW:
        text = text[:_PREVIEW - 1] + "…"
    return (translate("TeamNotes", "[Entered in error] ") + text) if row.entered_in_error else text


# Pages -------------------------------------------------------------------------------------


class CareTeamPage(RecordListPage):
    """The responsible clinician on top, then everyone treating the client, with Add…,
    Edit… and End…."""

    members_loaded = Signal(list)
    """The team was read and is shown: ``(list[CareTeamMemberView])``."""

    def __init__(self, ui: UiContext, client_id: int, may_edit: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(ui, client_id, may_edit, parent)
        self.failure_title = self.tr("Care team")
        self.setObjectName("careTeamPage")
        self.add_button = action_button(self.tr("&Add…"), self.tr("Add a care-team member"),
                                        self.add_member)
        self.edit_button = action_button(self.tr("&Edit…"), self.tr("Edit the care-team member"),
                                         self.edit_member)
        self.end_button = action_button(self.tr("En&d…"), self.tr("End the care-team member"),
                                        self.end_member)
        self.model = CareTeamTableModel(self)
        self.table = list_table("careTeamTable", self.tr("Care team"))
        self.table.setModel(self.model)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.activated.connect(self.edit_member)
        self.empty_note = self.quiet_note(self.tr(
            "No one is on the care team yet. Use Add to name the client's therapist, "
            "psychiatrist or others."))
        self.arrange((self.add_button, self.edit_button, self.end_button), self.table,
                     self.empty_note)
        # The clinician is kept on the client's row: the box reads it, and re-reads it on
        # every change of the client, by itself.
        self.clinician_box = ClinicianBox(ui, client_id, may_edit)
        self.clinician_box.dialog_opened.connect(self.dialog_opened)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, self.clinician_box)
        QWidget.setTabOrder(self.clinician_box.set_button, self.add_button)
        self._update_buttons()

    def refresh(self) -> None:
        self.clinician_box.refresh()
        self.ui.operations.call(self, self.ui.services.team.members_of, self.client_id,
                                done=self._show, failed=self._failed)

    def _show(self, members: list[CareTeamMemberView]) -> None:
        self.loaded = True
        self.model.replace_rows(members)
        self.empty_note.setVisible(not members)
        self._update_buttons()
        self.members_loaded.emit(members)

    def selected(self) -> CareTeamMemberView | None:
        row: CareTeamMemberView | None = super().selected()
        return row

    def _update_buttons(self) -> None:
        selected = self.selected()
        current = self.may_edit and selected is not None and not selected.ended
        self.add_button.setEnabled(self.may_edit and self.loaded)
        self.edit_button.setEnabled(current)
        self.end_button.setEnabled(current)

    def add_member(self) -> ServiceFormDialog | None:
        if not (self.may_edit and self.loaded):
            return None
        return self._open(CareTeamDialog(self.ui, self.client_id, None, self))

    def edit_member(self) -> ServiceFormDialog | None:
        selected = self.selected()
        if not self.may_edit or selected is None or selected.ended:
            return None
        return self._open(CareTeamDialog(self.ui, self.client_id, selected, self))

    def end_member(self) -> ServiceFormDialog | None:
        selected = self.selected()
        if not self.may_edit or selected is None or selected.ended:
            return None
        return self._open(EndMemberDialog(self.ui, selected, self))


class NotesPage(RecordListPage):
    """The contact log, newest first, with the selected note's full text below."""

    notes_loaded = Signal(list)
    """The log was read and is shown: ``(list[NoteView])``."""

    def __init__(self, ui: UiContext, client_id: int, may_edit: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(ui, client_id, may_edit, parent)
        self.failure_title = self.tr("Notes")
        self.setObjectName("notesPage")
        self.add_button = action_button(self.tr("&Add note…"), self.tr("Add a note"),
                                        self.add_note)
        self.add_button.setObjectName("primaryButton")
        self.error_button = action_button(self.tr("Entered in &error…"),
                                          self.tr("Mark the note entered in error"),
                                          self.mark_in_error)
        self.model = NoteTableModel(self)
        self.table = list_table("noteTable", self.tr("Contact log"))
        self.table.setModel(self.model)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.full_text = QPlainTextEdit()
        self.full_text.setObjectName("noteText")
        self.full_text.setReadOnly(True)
        self.full_text.setAccessibleName(self.tr("Full text of the note"))
        self.full_text.setPlaceholderText(self.tr("Select a note to read all of it."))
        self.full_text.setTabChangesFocus(True)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("notesSplitter")  # its sizes are remembered per user
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(self.full_text)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        self.arrange((self.add_button, self.error_button), self.table, body=splitter)
        QWidget.setTabOrder(self.table, self.full_text)
        self._update_buttons()

    def refresh(self) -> None:
        self.ui.operations.call(self, self.ui.services.notes.notes_of, self.client_id,
                                done=self._show, failed=self._failed)

    def _show(self, notes: list[NoteView]) -> None:
        self.loaded = True
        self.model.replace_rows(notes)
        self._selection_changed()
        self.notes_loaded.emit(notes)

    def selected(self) -> NoteView | None:
        row: NoteView | None = super().selected()
        return row

    def _selection_changed(self) -> None:
        note = self.selected()
        if note is None:
            self.full_text.clear()
        else:
            heading = " · ".join(part for part in (
                local_time(note.occurred_at), note_kind_title(note.kind), note.contact_with,
                note.author_name) if part)
            if note.entered_in_error:
                heading = self.tr("ENTERED IN ERROR — ") + heading
            self.full_text.setPlainText(f"{heading}\n\n{note.body}")
        self._update_buttons()

    def _update_buttons(self) -> None:
        note = self.selected()
        self.add_button.setEnabled(self.may_edit and self.loaded)
        self.error_button.setEnabled(self.may_edit and note is not None
                                     and not note.entered_in_error)

    def add_note(self) -> ServiceFormDialog | None:
        if not (self.may_edit and self.loaded):
            return None
        return self._open(NoteDialog(self.ui, self.client_id, self))

    def mark_in_error(self) -> ServiceFormDialog | None:
        note = self.selected()
        if not self.may_edit or note is None or note.entered_in_error:
            return None
        return self._open(NoteInErrorDialog(self.ui, note, self))
