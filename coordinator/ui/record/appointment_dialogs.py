"""The dialogs behind the record's Appointments tab: book or edit an appointment, and record
what came of it (kept, missed, cancelled, or confirmed with the receiving program).

The titles of the appointment codes live here too (``appointment_kind_title``,
``appointment_status_title``), for the tab, the dashboard and these dialogs alike.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import time
from typing import Any

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from coordinator.domain.clinical_record import AppointmentKind, AppointmentStatus
from coordinator.domain.clocks import ClockKind
from coordinator.services.appointments import (
    AppointmentInput,
    AppointmentView,
    CareTeamChoice,
    MetClock,
)
from coordinator.services.care.dto import FacilityChoice, LevelView
from coordinator.ui.care.fields import (
    coded_combo,
    date_edit,
    day_of,
    focus_combo,
    select_data,
    today_of,
)
from coordinator.ui.care.titles import clock_title, level_name, level_text
from coordinator.ui.context import UiContext
from coordinator.ui.forms import ServiceFormDialog, form_layout, scrolling_form, text_box
from coordinator.ui.layouts import NO_MARGINS, column
from coordinator.ui.locale_text import date_text, time_text
from coordinator.ui.placeholders import arg
from coordinator.ui.record.clinical_titles import (
    appointment_kind_title,
    appointment_status_title,
)
from coordinator.ui.time_field import TimeField
from coordinator.ui.translation import translate

_NO_TIME = QTime(0, 0)  # the time edit at its minimum shows "No time"


def met_clock_short(clock: MetClock) -> str:
    """A clock a kept appointment met, as the clinic abbreviates it: "FUH 7"."""
    return {
        ClockKind.STEP_DOWN: translate("Appointments", "Step-down"),
        ClockKind.FUH7: translate("Appointments", "FUH 7"),
        ClockKind.FUH30: translate("Appointments", "FUH 30"),
        ClockKind.FUI7: translate("Appointments", "FUI 7"),
        ClockKind.FUI30: translate("Appointments", "FUI 30"),
        ClockKind.IET_INITIATION: translate("Appointments", "IET start"),
    }.get(clock.kind, clock.kind.value)


def met_clock_text(clock: MetClock) -> str:
    """A clock a kept appointment met, in words: "Mental-health follow-up (7 days)"."""
    return clock_title(clock.kind, clock.window_days)


@dataclass(frozen=True)
class AppointmentChoices:
    """What the appointment dialog offers: levels of care, facilities, the care team."""

    levels: Sequence[LevelView] = ()
    facilities: Sequence[FacilityChoice] = ()
    team: Sequence[CareTeamChoice] = field(default_factory=tuple)


class AppointmentDialog(ServiceFormDialog):
    """Book an appointment, or edit one (``existing``; its outcome is set by Outcome…)."""

    def __init__(self, ui: UiContext, client_id: int, choices: AppointmentChoices,
                 existing: AppointmentView | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ui, parent)
        self.client_id = client_id
        self.existing = existing
        details = existing.details if existing else AppointmentInput(
            AppointmentKind.INTAKE, today_of(ui))
        self.setObjectName("appointmentDialog")
        self.setWindowTitle(self.tr("Edit appointment") if existing
                            else self.tr("Add appointment"))
        self.resize(560, 0)
        form = form_layout()

        self._add_what(form, choices, details)
        self._add_when(form, details)
        self._add_where_and_whom(form, choices, details)
        self._add_particulars(form, details)

        self.layout_with(scrolling_form(self, form))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.kind.setFocus()

    def _add_what(self, form: QFormLayout, choices: AppointmentChoices,
                  details: AppointmentInput) -> None:
        """The kind of appointment, and the level of care of an intake."""
        self.kind = coded_combo(((appointment_kind_title(kind.value), kind.value)
                                 for kind in AppointmentKind), self.tr("Kind of appointment"))
        select_data(self.kind, details.kind.value)
        self.errors.add_row(form, "kind", self.tr("&Kind *"), self.kind)
        self.level = coded_combo([(self.tr("Choose the level…"), None)] + [
            (level_text(level.name, level.code), level.code) for level in choices.levels],
            self.tr("Level of care of the intake"))
        select_data(self.level, details.level_code)
        self.errors.add_row(form, "level_code", self.tr("&Level of care"), self.level)

    def _add_when(self, form: QFormLayout, details: AppointmentInput) -> None:
        """The day, and the time if one is set."""
        self.day = date_edit(details.service_date, self.tr("Date of the appointment"))
        self.errors.add_row(form, "service_date", self.tr("&Date *"), self.day)
        self.at = TimeField()
        self.at.setDisplayFormat("HH:mm")
        self.at.setMinimumTime(_NO_TIME)
        self.at.setSpecialValueText(self.tr("No time"))
        self.at.setAccessibleName(self.tr("Time of the appointment"))
        if details.at is not None:
            self.at.setTime(QTime(details.at.hour, details.at.minute))
        else:
            self.at.setTime(_NO_TIME)
        self.errors.add_row(form, "at", self.tr("&Time"), self.at)

    def _add_where_and_whom(self, form: QFormLayout, choices: AppointmentChoices,
                            details: AppointmentInput) -> None:
        """The facility or program, the contact, and the care-team member; one archived
        since the appointment was booked stays offered."""
        existing = self.existing
        self.facility = coded_combo([(self.tr("None"), None)] + [
            (choice.name, choice.id) for choice in choices.facilities],
            self.tr("Facility or program"))
        if existing is not None and existing.details.facility_id is not None \
                and self.facility.findData(existing.details.facility_id) < 0:
            # Archived since it was booked: still shown, and kept.
            self.facility.addItem(existing.facility_name, existing.details.facility_id)
        select_data(self.facility, details.facility_id)
        self.errors.add_row(form, "facility_id", self.tr("&Facility or program"),
                            self.facility)
        self.with_whom = QLineEdit(details.with_whom)
        self.with_whom.setAccessibleName(self.tr("Contact or name"))
        self.with_whom.setPlaceholderText(self.tr("e.g. Intake coordinator, Dr. Ito"))
        self.errors.add_row(form, "with_whom", self.tr("Contact or &name"), self.with_whom)
        self.member = coded_combo([(self.tr("None"), None)] + [
            (_member_text(choice.name, choice.role), choice.id) for choice in choices.team],
            self.tr("Care-team member"))
        if existing is not None and existing.details.care_team_member_id is not None \
                and self.member.findData(existing.details.care_team_member_id) < 0:
            self.member.addItem(_member_text(existing.member_name, existing.member_role),
                                existing.details.care_team_member_id)
        select_data(self.member, details.care_team_member_id)
        self.errors.add_row(form, "care_team_member_id", self.tr("Care-team &member"),
                            self.member)

    def _add_particulars(self, form: QFormLayout, details: AppointmentInput) -> None:
        """Focus, location, purpose, the status of a new one, notes, and the clock hint."""
        existing = self.existing
        self.focus = focus_combo(self.tr("Focus of the appointment"))
        select_data(self.focus, details.focus)
        self.errors.add_row(form, "focus", self.tr("F&ocus"), self.focus)
        self.location = QLineEdit(details.location)
        self.location.setAccessibleName(self.tr("Location"))
        self.location.setPlaceholderText(self.tr("Address, room, or telehealth link"))
        self.errors.add_row(form, "location", self.tr("Locat&ion"), self.location)
        self.purpose = QLineEdit(details.purpose)
        self.purpose.setAccessibleName(self.tr("Purpose"))
        self.errors.add_row(form, "purpose", self.tr("&Purpose"), self.purpose)
        self.status: QComboBox | None = None
        if existing is None:
            # A new one is usually ahead; one that already took place may be entered kept.
            self.status = coded_combo(((appointment_status_title(status.value), status.value)
                                       for status in AppointmentStatus), self.tr("Status"))
            self.errors.add_row(form, "status", self.tr("Stat&us"), self.status)
        self.notes = text_box(self.tr("Notes"), 60)
        self.notes.setMaximumHeight(90)
        self.notes.setPlainText(details.notes)
        self.errors.add_row(form, "notes", self.tr("Not&es"), self.notes)
        self.clock_hint = QLabel(self.tr(
            "A kept intake at a lower level, or a kept follow-up visit, counts toward the "
            "client's transition clocks."))
        self.clock_hint.setObjectName("quietNote")
        self.clock_hint.setWordWrap(True)
        form.addRow(self.clock_hint)

    def _kind_changed(self) -> None:
        """Only an intake is at a level of care."""
        self.level.setEnabled(self.kind.currentData() == AppointmentKind.INTAKE.value)

    def details(self) -> AppointmentInput:
        kind = AppointmentKind(self.kind.currentData())
        chosen = self.at.time()
        at = None if chosen == _NO_TIME else time(chosen.hour(), chosen.minute())
        if self.status is not None:
            status = AppointmentStatus(self.status.currentData())
        else:
            assert self.existing is not None
            status = self.existing.status
        return AppointmentInput(
            kind=kind, service_date=day_of(self.day), at=at,
            facility_id=self.facility.currentData(),
            care_team_member_id=self.member.currentData(),
            with_whom=self.with_whom.text(),
            level_code=self.level.currentData() if kind is AppointmentKind.INTAKE else None,
            focus=self.focus.currentData(), location=self.location.text(),
            purpose=self.purpose.text(), status=status, notes=self.notes.toPlainText(),
            transition_id=self.existing.details.transition_id if self.existing else None)

    def service_call(self) -> Callable[[], Any]:
        appointments, client_id = self.ui.services.appointments, self.client_id
        details = self.details()
        existing = self.existing
        if existing is None:
            return lambda: appointments.add(client_id, details)
        appointment_id, version = existing.id, existing.version
        return lambda: appointments.update(appointment_id, version, details)

    def saved_message(self, result: object) -> str:
        if not isinstance(result, AppointmentView):
            return ""
        details = result.details
        when = date_text(details.service_date)
        if details.at is not None:
            when += " " + time_text(details.at)
        text = (self.tr("Appointment changed: %1 on %2.") if self.existing is not None
                else self.tr("Appointment booked: %1 on %2."))
        return arg(text, appointment_kind_title(details.kind), when)


def _member_text(name: str, role: str) -> str:
    return f"{name} ({role})" if role else name


class OutcomeDialog(ServiceFormDialog):
    """What came of the appointment: kept, missed, cancelled, or confirmed ahead of it."""

    def __init__(self, ui: UiContext, appointment: AppointmentView,
                 parent: QWidget | None = None) -> None:
        super().__init__(ui, parent)
        self.appointment = appointment
        self.setObjectName("outcomeDialog")
        self.setWindowTitle(self.tr("Appointment outcome"))
        self.resize(460, 0)
        form = form_layout()
        when = date_text(appointment.service_date)
        if appointment.at is not None:
            when += " " + time_text(appointment.at)
        about = " · ".join(part for part in (
            when, appointment_kind_title(appointment.kind.value),
            level_name(appointment.level_name), appointment.with_whom_text) if part)
        intro = QLabel(about)
        intro.setWordWrap(True)
        form.addRow(intro)
        self.group = QButtonGroup(self)
        self.options: dict[AppointmentStatus, QRadioButton] = {}
        for status, title in (
                (AppointmentStatus.KEPT, self.tr("&Kept: the client went")),
                (AppointmentStatus.MISSED, self.tr("&Missed: the client did not go")),
                (AppointmentStatus.CANCELLED, self.tr("&Cancelled")),
                (AppointmentStatus.CONFIRMED,
                 self.tr("Con&firmed with the receiving program"))):
            button = QRadioButton(title)
            button.setAccessibleName(appointment_status_title(status.value))
            self.group.addButton(button)
            self.options[status] = button
        choices = QWidget()
        choices.setAccessibleName(self.tr("Outcome"))
        column(choices, *self.options.values(), margins=NO_MARGINS)
        ahead = appointment.service_date > today_of(ui)
        initial = AppointmentStatus.CONFIRMED if ahead else AppointmentStatus.KEPT
        self.options[initial].setChecked(True)
        self.errors.add_row(form, "status", self.tr("Outcome"), choices)
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Note on the outcome"))
        self.note.setPlaceholderText(self.tr("e.g. Admitted to the evening track"))
        self.errors.add_row(form, "notes", self.tr("&Note"), self.note)
        self.layout_with(form)
        self.options[initial].setFocus()

    def chosen(self) -> AppointmentStatus:
        for status, button in self.options.items():
            if button.isChecked():
                return status
        return AppointmentStatus.KEPT  # pragma: no cover - one is always checked

    def choose(self, status: AppointmentStatus) -> None:
        self.options[status].setChecked(True)

    def service_call(self) -> Callable[[], Any]:
        appointments = self.ui.services.appointments
        appointment_id, version = self.appointment.id, self.appointment.version
        status, note = self.chosen(), self.note.text()
        return lambda: appointments.record_outcome(appointment_id, version, status, note)


def past_due_text() -> str:
    return "⚠ " + translate("Appointments", "Past, no outcome")
