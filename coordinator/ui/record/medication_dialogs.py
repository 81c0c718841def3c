"""The dialogs behind the record's Medications tab: add or edit a medication, stop one,
mark a medication or an allergy entered in error, add or edit an allergy, and record
"No known allergies"."""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from coordinator.domain.clinical_record import (
    AllergySeverity,
    DoseUnit,
    MedicationFrequency,
    MedicationRoute,
    MedicationStatus,
)
from coordinator.services.allergies import AllergyInput, AllergyView
from coordinator.services.medications import (
    MedicationInput,
    MedicationView,
    is_use_disorder_medication,
)
from coordinator.ui.care.fields import coded_combo, date_edit, day_of, select_data, today_of
from coordinator.ui.context import UiContext
from coordinator.ui.forms import ServiceFormDialog, error_label, form_layout
from coordinator.ui.optional_date import NO_DATE, OptionalDateEdit
from coordinator.ui.placeholders import arg
from coordinator.ui.record.clinical_titles import (
    allergy_severity_title,
    frequency_title,
    medication_status_title,
    route_title,
    unit_title,
)
from coordinator.ui.translation import translate

# A dose saved before the unit had its own field, e.g. "100 mg": offered split on edit.
_OLD_DOSE = re.compile(r"^\s*(\d+(?:\.\d+)?|\.\d+)\s*([A-Za-z]+)\s*$")


def _coded(codes: list[str], title: Callable[[str], str], accessible: str,
           current: str, placeholder: str) -> QComboBox:
    """A combo of the codes' titles; with ``current`` not among them, nothing is chosen and
    the placeholder says what to do (a stored free-text value is named in it)."""
    combo = coded_combo(((title(code), code) for code in codes), accessible)
    combo.setCurrentIndex(-1)
    select_data(combo, current)
    if combo.currentIndex() < 0 and current:
        placeholder = arg(translate("MedicationDialogs", "%1 — choose from the list"), current)
    combo.setPlaceholderText(placeholder)
    return combo


def split_old_dose(dose: str, unit: str) -> tuple[str, str]:
    """``("100", "mg")`` for a dose stored as "100 mg" with no unit; else as given."""
    found = _OLD_DOSE.match(dose) if not unit else None
    if found is not None:
        units = {code.value.casefold(): code.value for code in DoseUnit}
        if found.group(2).casefold() in units:
            return found.group(1), units[found.group(2).casefold()]
    return dose, unit


class MedicationDialog(ServiceFormDialog):
    """Add a medication, or edit one (``existing``). Typing a name of a medication for
    opioid or alcohol use disorder ticks the box for it, until the person sets it by hand."""

    def __init__(self, ui: UiContext, client_id: int, existing: MedicationView | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ui, parent)
        self.client_id = client_id
        self.existing = existing
        details = existing.details if existing else MedicationInput(
            "", "", DoseUnit.MG.value, "", "")
        self.setObjectName("medicationDialog")
        self.setWindowTitle(self.tr("Edit medication") if existing
                            else self.tr("Add medication"))
        self.resize(520, 0)
        form = form_layout()

        self.name = QLineEdit(details.name)
        self.name.setAccessibleName(self.tr("Medication name"))
        self.name.setPlaceholderText(self.tr("e.g. Buprenorphine/naloxone"))
        self.name.textEdited.connect(self._name_edited)
        self.errors.add_row(form, "name", self.tr("&Name *"), self.name)

        self.use_disorder = QCheckBox(self.tr(
            "For opioid or alcohol &use disorder (MOUD/MAUD)"))
        self.use_disorder.setAccessibleName(self.tr(
            "Medication for opioid or alcohol use disorder"))
        self.use_disorder.setChecked(details.for_use_disorder)
        # Set by hand (or an existing record): typing the name no longer changes it.
        self._use_disorder_set = existing is not None
        self.use_disorder.clicked.connect(self._use_disorder_clicked)
        form.addRow("", self.use_disorder)

        dose, unit = split_old_dose(details.dose, details.unit)
        self.dose = QLineEdit(dose)
        self.dose.setAccessibleName(self.tr("Dose (a number)"))
        self.dose.setPlaceholderText(self.tr("e.g. 8 or 0.5"))
        self.unit = _coded([code.value for code in DoseUnit], unit_title,
                           self.tr("Unit of the dose"), unit, self.tr("Unit…"))
        self._add_dose_row(form)

        self.route = _coded([code.value for code in MedicationRoute], route_title,
                            self.tr("Route"), details.route, self.tr("Choose the route…"))
        self.errors.add_row(form, "route", self.tr("&Route *"), self.route)
        self.frequency = _coded([code.value for code in MedicationFrequency],
                                frequency_title, self.tr("How often"), details.frequency,
                                self.tr("Choose how often…"))
        self.errors.add_row(form, "frequency", self.tr("&Frequency *"), self.frequency)

        self.prescriber = QLineEdit(details.prescriber)
        self.prescriber.setAccessibleName(self.tr("Prescriber"))
        self.prescriber.setPlaceholderText(self.tr("e.g. Dr. Ana Ruiz"))
        self.errors.add_row(form, "prescriber", self.tr("Pres&criber"), self.prescriber)
        self.start = OptionalDateEdit(details.start_date, today_of(ui), self.tr("Start date"))
        self.errors.add_row(form, "start_date", self.tr("Star&t date"), self.start)
        self.status = _coded([code.value for code in MedicationStatus],
                             medication_status_title, self.tr("Status"), details.status,
                             self.tr("Choose the status…"))
        self.status.currentIndexChanged.connect(self._status_changed)
        self.errors.add_row(form, "status", self.tr("St&atus"), self.status)
        self.stop = OptionalDateEdit(details.end_date, today_of(ui), self.tr("Stopped on"))
        self.errors.add_row(form, "end_date", self.tr("Stopped &on"), self.stop)
        self._status_changed()

        self.layout_with(form)
        chain = [self.name, self.use_disorder, self.dose, self.unit, self.route,
                 self.frequency, self.prescriber, self.start, self.status, self.stop,
                 self.save_button, self.cancel_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.name.setFocus()

    def _add_dose_row(self, form: Any) -> None:
        """The dose and its unit side by side ("8 [mg]"), each with its own message."""
        holder = QWidget()
        # Never taller than the fields and their messages, as the form's other rows.
        holder.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.dose, 1)
        row.addWidget(self.unit)
        column.addLayout(row)
        dose_error, unit_error = error_label(), error_label()
        column.addWidget(dose_error)
        column.addWidget(unit_error)
        title = QLabel(self.tr("&Dose *"))
        title.setBuddy(self.dose)
        form.addRow(title, holder)
        self.errors.register("dose", self.dose, dose_error)
        self.errors.register("unit", self.unit, unit_error)

    def _name_edited(self, text: str) -> None:
        if not self._use_disorder_set:
            self.use_disorder.setChecked(is_use_disorder_medication(text))

    def _use_disorder_clicked(self) -> None:
        self._use_disorder_set = True

    def _status_changed(self) -> None:
        stopped = self.status.currentData() == MedicationStatus.STOPPED.value
        self.stop.setEnabled(stopped)
        if stopped and self.stop.date() == NO_DATE:
            day = today_of(self.ui)
            self.stop.setDate(QDate(day.year, day.month, day.day))
        elif not stopped:
            self.stop.setDate(NO_DATE)

    def details(self) -> MedicationInput:
        stopped = self.status.currentData() == MedicationStatus.STOPPED.value
        return MedicationInput(
            name=self.name.text(), dose=self.dose.text(), unit=self.unit.currentData() or "",
            route=self.route.currentData() or "",
            frequency=self.frequency.currentData() or "", prescriber=self.prescriber.text(),
            start_date=self.start.day(),
            end_date=self.stop.day() if stopped else None,
            status=self.status.currentData() or "",
            for_use_disorder=self.use_disorder.isChecked())

    def service_call(self) -> Callable[[], Any]:
        medications, client_id = self.ui.services.medications, self.client_id
        details = self.details()
        existing = self.existing
        if existing is None:
            return lambda: medications.add(client_id, details)
        med_id, version = existing.id, existing.version
        return lambda: medications.update(med_id, version, details)


class StopMedicationDialog(ServiceFormDialog):
    """The client no longer takes the medication; it stays on the list, stopped."""

    def __init__(self, ui: UiContext, medication: MedicationView,
                 parent: QWidget | None = None) -> None:
        super().__init__(ui, parent)
        self.medication = medication
        self.setObjectName("stopMedicationDialog")
        self.setWindowTitle(arg(self.tr("Stop %1"), medication.name))
        self.resize(420, 0)
        form = form_layout()
        intro = QLabel(arg(self.tr("%1 stays on the list, marked as stopped."), medication.name))
        intro.setWordWrap(True)
        form.addRow(intro)
        self.stop = date_edit(today_of(ui), self.tr("Stopped on"))
        self.errors.add_row(form, "end_date", self.tr("Stopped &on"), self.stop)
        self.layout_with(form)
        self.stop.setFocus()

    def service_call(self) -> Callable[[], Any]:
        medications = self.ui.services.medications
        med_id, version, end = self.medication.id, self.medication.version, day_of(self.stop)
        return lambda: medications.stop(med_id, version, end)


class AllergyDialog(ServiceFormDialog):
    """Add an allergy, or edit one (``existing``)."""

    def __init__(self, ui: UiContext, client_id: int, existing: AllergyView | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ui, parent)
        self.client_id = client_id
        self.existing = existing
        details = existing.details if existing else AllergyInput("")
        self.setObjectName("allergyDialog")
        self.setWindowTitle(self.tr("Edit allergy") if existing else self.tr("Add allergy"))
        self.resize(460, 0)
        form = form_layout()
        self.substance = QLineEdit(details.substance)
        self.substance.setAccessibleName(self.tr("Allergic to"))
        self.substance.setPlaceholderText(self.tr("e.g. Penicillin, peanuts, latex"))
        self.errors.add_row(form, "substance", self.tr("Allergic &to *"), self.substance)
        self.reaction = QLineEdit(details.reaction)
        self.reaction.setAccessibleName(self.tr("Reaction"))
        self.reaction.setPlaceholderText(self.tr("e.g. Hives, swelling of the throat"))
        self.errors.add_row(form, "reaction", self.tr("&Reaction"), self.reaction)
        self.severity = _coded([code.value for code in AllergySeverity],
                               allergy_severity_title, self.tr("Severity"), details.severity,
                               self.tr("Choose the severity…"))
        self.errors.add_row(form, "severity", self.tr("Se&verity"), self.severity)
        self.layout_with(form)
        self.substance.setFocus()

    def details(self) -> AllergyInput:
        return AllergyInput(self.substance.text(), self.reaction.text(),
                            self.severity.currentData() or "")

    def service_call(self) -> Callable[[], Any]:
        allergies, client_id, details = self.ui.services.allergies, self.client_id, \
            self.details()
        existing = self.existing
        if existing is None:
            return lambda: allergies.add(client_id, details)
        allergy_id, version = existing.id, existing.version
        return lambda: allergies.update(allergy_id, version, details)


class NoKnownAllergiesDialog(ServiceFormDialog):
    """Record that the client was asked and has no known allergies (NKA), on which day."""

    def __init__(self, ui: UiContext, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ui, parent)
        self.client_id = client_id
        self.setObjectName("noKnownAllergiesDialog")
        self.setWindowTitle(self.tr("No known allergies"))
        self.resize(440, 0)
        form = form_layout()
        intro = QLabel(self.tr("The client was asked and knows of no allergy to medications, "
                               "foods, latex or anything else."))
        intro.setWordWrap(True)
        form.addRow(intro)
        self.asked_on = date_edit(today_of(ui), self.tr("Asked on"))
        self.errors.add_row(form, "on_date", self.tr("&Asked on"), self.asked_on)
        self.layout_with(form)
        self.asked_on.setFocus()

    def service_call(self) -> Callable[[], Any]:
        allergies, client_id = self.ui.services.allergies, self.client_id
        on_date = day_of(self.asked_on)
        return lambda: allergies.record_no_known_allergies(client_id, on_date)
