"""The record's Medications tab: allergies on top (or "No known allergies", or "not asked
yet"), the medications below.

Allergies come first because they are what a nurse must see before giving anything. The
page reads both lists through ``ui.operations`` and is refreshed by the record window when
a change names "medication" or "allergy"; the dialogs are in ``medication_dialogs``.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QWidget

from coordinator.domain.clinical_record import AllergyStatus, MedicationStatus
from coordinator.services.allergies import AllergyList, AllergyView
from coordinator.services.medications import MedicationView
from coordinator.ui.buttons import action_button
from coordinator.ui.context import UiContext
from coordinator.ui.forms import ServiceFormDialog
from coordinator.ui.layouts import STRETCH, column, row
from coordinator.ui.locale_text import date_text
from coordinator.ui.placeholders import arg
from coordinator.ui.record.clinical_titles import (
    allergy_severity_title,
    frequency_title,
    medication_status_title,
    route_title,
    unit_title,
)
from coordinator.ui.record.entered_in_error import EnteredInErrorDialog
from coordinator.ui.record.list_page import RecordListPage
from coordinator.ui.record.medication_dialogs import (
    AllergyDialog,
    MedicationDialog,
    NoKnownAllergiesDialog,
    StopMedicationDialog,
)
from coordinator.ui.record.row_looks import entered_in_error_look
from coordinator.ui.translation import translate
from coordinator.ui.views.table_models import Column, RowTableModel, fit_rows, list_table

_ALLERGY_ROWS_SHOWN = 4  # the allergy table grows to this many rows, then scrolls


# Models ------------------------------------------------------------------------------------


class AllergyTableModel(RowTableModel[AllergyView]):
    """Allergic to, reaction, severity; mistakes struck through."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(translate("Medications", "Allergic to"), _substance),
            Column(translate("Medications", "Reaction"), lambda row: row.details.reaction),
            Column(translate("Medications", "Severity"),
                   lambda row: allergy_severity_title(row.details.severity)),
        ], key=lambda row: row.id, parent=parent)

    def extra_data(self, row: AllergyView, column: int, role: int) -> Any:
        return entered_in_error_look(role) if row.entered_in_error else None


def _substance(row: AllergyView) -> str:
    if row.entered_in_error:
        return translate("Medications", "[Entered in error] ") + row.substance
    return row.substance


class MedicationTableModel(RowTableModel[MedicationView]):
    """Name, dose and unit, route, frequency, prescriber, start, stop, status and the
    MOUD/MAUD marker; stopped ones in grey, mistakes struck through."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(translate("Medications", "Medication"), _medication_name),
            Column(translate("Medications", "Dose"), _dose),
            Column(translate("Medications", "Route"), lambda row: route_title(row.details.route)),
            Column(translate("Medications", "Frequency"),
                   lambda row: frequency_title(row.details.frequency)),
            Column(translate("Medications", "Prescriber"), lambda row: row.details.prescriber),
            Column(translate("Medications", "Start"), lambda row: _day(row.details.start_date)),
            Column(translate("Medications", "Stop"), lambda row: _day(row.details.end_date)),
            Column(translate("Medications", "Status"),
                   lambda row: medication_status_title(row.status)),
            Column(translate("Medications", "Use disorder"),
                   lambda row: (translate("Medications", "MOUD/MAUD")
                                if row.details.for_use_disorder else "")),
        ], key=lambda row: row.id, parent=parent)

    def extra_data(self, row: MedicationView, column: int, role: int) -> Any:
        if row.entered_in_error:
            return entered_in_error_look(role)
        if role == Qt.ItemDataRole.ForegroundRole and row.status == \
                MedicationStatus.STOPPED.value:
            return Qt.GlobalColor.gray
        if role == Qt.ItemDataRole.ToolTipRole and column == 8 and row.details.for_use_disorder:
            return translate("Medications", "Medication for opioid or alcohol use disorder")
        return None


def _medication_name(row: MedicationView) -> str:
    if row.entered_in_error:
        return translate("Medications", "[Entered in error] ") + row.name
    return row.name


def _dose(row: MedicationView) -> str:
    unit = unit_title(row.details.unit) if row.details.unit else ""
    return f"{row.details.dose} {unit}".strip()


def _day(day: Any) -> str:
    return date_text(day)


def allergy_line(allergies: AllergyList) -> str:
    """The sentence over the allergy list: what the record says, in so many words."""
    if allergies.status == AllergyStatus.NO_KNOWN:
        if allergies.status_on is not None:
            return arg(translate("Medications", "No known allergies (recorded %1)"),
                       date_text(allergies.status_on))
        return translate("Medications", "No known allergies")
    standing = len(allergies.standing)
    if allergies.status == AllergyStatus.RECORDED and standing:
        return (translate("Medications", "1 allergy recorded") if standing == 1
                else arg(translate("Medications", "%1 allergies recorded"), str(standing)))
    return translate("Medications", "Allergies not asked yet")


# Page --------------------------------------------------------------------------------------


class MedicationsPage(RecordListPage):
    """Allergies (status line, rows, Add allergy…, No known allergies, entered in error…)
    over the medication list (Add medication…, Edit…, Stop…, entered in error…)."""

    medications_loaded = Signal(list)
    """The medications were read and are shown: ``(list[MedicationView])``."""
    allergies_loaded = Signal(object)
    """The allergies were read and are shown: ``(AllergyList)``."""

    def __init__(self, ui: UiContext, client_id: int, may_edit: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(ui, client_id, may_edit, parent)
        self.failure_title = self.tr("Medications")
        self.setObjectName("medicationsPage")
        self.allergies: AllergyList | None = None
        self.allergies_read = False
        self.medications_read = False

        # Allergies. Mnemonics avoid the record window's tab titles and header button.
        allergies_title = QLabel(self.tr("Allergies"))
        allergies_title.setObjectName("sectionTitle")
        self.allergy_status = QLabel()
        self.allergy_status.setObjectName("allergyStatus")
        self.allergy_status.setAccessibleName(self.tr("Allergy status"))
        self.allergy_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bold = self.allergy_status.font()
        bold.setBold(True)
        self.allergy_status.setFont(bold)
        self.add_allergy_button = action_button(self.tr("Add aller&gy…"),
                                                self.tr("Add an allergy"), self.add_allergy)
        self.no_known_button = action_button(self.tr("No &known allergies"),
                                             self.tr("Record no known allergies"),
                                             self.record_no_known)
        self.allergy_error_button = action_button(self.tr("Allerg&y entered in error…"),
                                                  self.tr("Mark the allergy entered in error"),
                                                  self.mark_allergy_in_error)
        self.allergy_model = AllergyTableModel(self)
        self.allergy_table = list_table("allergyTable", self.tr("Allergies"))
        self.allergy_table.setModel(self.allergy_model)
        self.allergy_table.setToolTip(self.tr("Press Enter or double-click to edit an allergy"))
        self.allergy_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.allergy_table.activated.connect(self.edit_allergy)
        fit_rows(self.allergy_table, 1, _ALLERGY_ROWS_SHOWN)
        self.ask_note = self.quiet_note(self.tr(
            "Ask the client about allergies to medications, foods, latex or anything else, "
            "then use Add allergy or No known allergies."))
        self.ask_note.hide()

        # Medications.
        medications_title = QLabel(self.tr("Medications"))
        medications_title.setObjectName("sectionTitle")
        self.add_button = action_button(self.tr("&Add medication…"), self.tr("Add a medication"),
                                        self.add_medication)
        self.add_button.setObjectName("primaryButton")
        self.edit_button = action_button(self.tr("&Edit…"), self.tr("Edit the medication"),
                                         self.edit_medication)
        self.stop_button = action_button(self.tr("Discontin&ue…"),
                                         self.tr("Stop the medication"), self.stop_medication)
        self.error_button = action_button(self.tr("Medi&cation entered in error…"),
                                          self.tr("Mark the medication entered in error"),
                                          self.mark_medication_in_error)
        self.model = MedicationTableModel(self)
        self.table: QTableView = list_table("medicationTable", self.tr("Medications"))
        self.table.setModel(self.model)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.activated.connect(self.edit_medication)
        self.empty_note = self.quiet_note(self.tr(
            "No medications recorded. Use Add medication to record what the client takes, "
            "with the dose, route and how often."))
        self.empty_note.hide()

        allergy_buttons = (self.add_allergy_button, self.no_known_button,
                           self.allergy_error_button)
        medication_buttons = (self.add_button, self.edit_button, self.stop_button,
                              self.error_button)
        column(self, allergies_title, self.allergy_status, self.ask_note,
               row(None, *allergy_buttons, STRETCH), self.allergy_table, 8,
               medications_title, row(None, *medication_buttons, STRETCH), (self.table, 1),
               self.empty_note, margins=(16, 12, 16, 12), spacing=8)
        # Tab order as the eye reads: allergies top to bottom, then medications.
        chain = [*allergy_buttons, self.allergy_table, *medication_buttons, self.table]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        self._update_buttons()

    # Reading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        services, client_id = self.ui.services, self.client_id
        self.ui.operations.call(self, services.allergies.allergies_of, client_id,
                                done=self._show_allergies, failed=self._failed)
        self.ui.operations.call(self, services.medications.medications_of, client_id,
                                done=self._show_medications, failed=self._failed)

    def _show_allergies(self, allergies: AllergyList) -> None:
        self.allergies = allergies
        self.allergies_read = True
        self.loaded = self.allergies_read and self.medications_read
        line = allergy_line(allergies)
        self.allergy_status.setText(line)
        # Said by a screen reader on reaching the allergy buttons, which the line is over.
        for button in (self.add_allergy_button, self.no_known_button):
            button.setAccessibleDescription(line)
        self.allergy_model.replace_rows(allergies.rows)
        _fit_columns(self.allergy_table)
        self.allergy_table.setVisible(bool(allergies.rows))
        self.ask_note.setVisible(allergies.status == AllergyStatus.NOT_ASKED)
        fit_rows(self.allergy_table, len(allergies.rows), _ALLERGY_ROWS_SHOWN)
        self._update_buttons()
        self.allergies_loaded.emit(allergies)

    def _show_medications(self, medications: list[MedicationView]) -> None:
        self.medications_read = True
        self.loaded = self.allergies_read and self.medications_read
        self.model.replace_rows(medications)
        _fit_columns(self.table)
        self.empty_note.setVisible(not medications)
        self._update_buttons()
        self.medications_loaded.emit(medications)

    # Choosing ------------------------------------------------------------------------------

    def selected(self) -> MedicationView | None:
        row: MedicationView | None = super().selected()
        return row

    def selected_allergy(self) -> AllergyView | None:
        rows = self.allergy_table.selectionModel().selectedRows()
        return self.allergy_model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        medication = self.selected()
        allergy = self.selected_allergy()
        current = self.may_edit and medication is not None and not medication.entered_in_error
        self.add_button.setEnabled(self.may_edit and self.medications_read)
        self.edit_button.setEnabled(current)
        self.stop_button.setEnabled(current and medication is not None
                                    and medication.status != MedicationStatus.STOPPED.value)
        self.error_button.setEnabled(current)
        self.add_allergy_button.setEnabled(self.may_edit and self.allergies_read)
        self.no_known_button.setEnabled(
            self.may_edit and self.allergies is not None and not self.allergies.standing)
        self.no_known_button.setToolTip(
            self.tr("Mark the listed allergies entered in error first")
            if self.allergies is not None and self.allergies.standing else "")
        self.allergy_error_button.setEnabled(
            self.may_edit and allergy is not None and not allergy.entered_in_error)

    # Actions -------------------------------------------------------------------------------

    def add_allergy(self) -> ServiceFormDialog | None:
        if not (self.may_edit and self.allergies_read):
            return None
        return self._open(AllergyDialog(self.ui, self.client_id, None, self))

    def edit_allergy(self) -> ServiceFormDialog | None:
        allergy = self.selected_allergy()
        if not self.may_edit or allergy is None or allergy.entered_in_error:
            return None
        return self._open(AllergyDialog(self.ui, self.client_id, allergy, self))

    def record_no_known(self) -> ServiceFormDialog | None:
        if not self.no_known_button.isEnabled():
            return None
        return self._open(NoKnownAllergiesDialog(self.ui, self.client_id, self))

    def mark_allergy_in_error(self) -> ServiceFormDialog | None:
        allergy = self.selected_allergy()
        if not self.may_edit or allergy is None or allergy.entered_in_error:
            return None
        return self._open(EnteredInErrorDialog(
            self.ui, title=self.tr("Allergy entered in error"),
            intro=arg(self.tr("The allergy to %1 stays on the list, struck through. If no other "
                              "allergy is left, the allergies read as not asked yet."),
                      allergy.substance),
            mark=self.ui.services.allergies.mark_entered_in_error, row_id=allergy.id,
            version=allergy.version, parent=self))

    def add_medication(self) -> ServiceFormDialog | None:
        if not (self.may_edit and self.medications_read):
            return None
        return self._open(MedicationDialog(self.ui, self.client_id, None, self))

    def edit_medication(self) -> ServiceFormDialog | None:
        medication = self.selected()
        if not self.may_edit or medication is None or medication.entered_in_error:
            return None
        return self._open(MedicationDialog(self.ui, self.client_id, medication, self))

    def stop_medication(self) -> ServiceFormDialog | None:
        medication = self.selected()
        if not self.stop_button.isEnabled() or medication is None:
            return None
        return self._open(StopMedicationDialog(self.ui, medication, self))

    def mark_medication_in_error(self) -> ServiceFormDialog | None:
        medication = self.selected()
        if not self.may_edit or medication is None or medication.entered_in_error:
            return None
        return self._open(EnteredInErrorDialog(
            self.ui, title=self.tr("Medication entered in error"),
            intro=arg(self.tr("%1 stays on the list, struck through."), medication.name),
            mark=self.ui.services.medications.mark_entered_in_error, row_id=medication.id,
            version=medication.version, parent=self))


def _fit_columns(table: QTableView) -> None:
    """Columns as wide as their text now: the header does not re-measure by itself when
    rows arrive in a table already shown."""
    table.horizontalHeader().resizeSections(QHeaderView.ResizeMode.ResizeToContents)
