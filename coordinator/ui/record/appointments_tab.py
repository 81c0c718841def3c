"""The record's Appointments tab: what the client is going to, and what came of it.

Today's and upcoming appointments come first, soonest first, then past ones, latest first.
A past appointment still scheduled or confirmed is marked "⚠ Past, no outcome" in words
and colour, so the case manager records whether it was kept: a kept intake or follow-up
counts toward the transition clocks, and the row says which clocks it met. The record
window refreshes the tab when a change names the ``appointment`` topic; the tab itself
re-reads its choices when the care team, the facilities or the levels change.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from coordinator.services.app import AppServices
from coordinator.services.appointments import AppointmentView
from coordinator.services.notify import Change, Topic
from coordinator.ui.buttons import action_button
from coordinator.ui.care.clock_table import alert_colour
from coordinator.ui.care.titles import level_name
from coordinator.ui.context import UiContext
from coordinator.ui.forms import ServiceFormDialog
from coordinator.ui.placeholders import arg
from coordinator.ui.record.appointment_dialogs import (
    AppointmentChoices,
    AppointmentDialog,
    OutcomeDialog,
    met_clock_short,
    met_clock_text,
    past_due_text,
)
from coordinator.ui.record.clinical_titles import (
    appointment_kind_title,
    appointment_status_title,
    day_and_time,
)
from coordinator.ui.record.list_page import RecordListPage
from coordinator.ui.referrals.titles import fit_columns
from coordinator.ui.translation import translate
from coordinator.ui.views.table_models import Column, RowTableModel, list_table

_PREVIEW = 60
#: Changes that alter what the dialog offers (not the rows): read the choices again.
CHOICE_TOPICS = frozenset({Topic.CARE_TEAM, Topic.FACILITY, Topic.LEVEL_OF_CARE})


@dataclass(frozen=True)
class AppointmentsData:
    appointments: list[AppointmentView]
    choices: AppointmentChoices


def read_appointments(services: AppServices, client_id: int) -> AppointmentsData:
    """The client's appointments and the dialog's choices, in one call off the GUI thread."""
    return AppointmentsData(
        services.appointments.appointments_of(client_id),
        AppointmentChoices(tuple(services.levels.list_levels()),
                           tuple(services.episodes.facilities_offering()),
                           tuple(services.appointments.care_team_choices(client_id))))


def status_text(row: AppointmentView) -> str:
    if row.past_due:
        return past_due_text()
    text = appointment_status_title(row.status.value)
    return "✓ " + text if row.met_clocks else text


def _met_short(row: AppointmentView) -> str:
    return translate("Appointments", ", ").join(met_clock_short(clock) for clock in row.met_clocks)


def _note_preview(row: AppointmentView) -> str:
    text = " ".join(" ".join((row.details.purpose, row.details.notes)).split())
    return text[:_PREVIEW - 1] + "…" if len(text) > _PREVIEW else text


class AppointmentTableModel(RowTableModel[AppointmentView]):
    """When, kind, with whom, level (an intake's code), status, clocks met (abbreviated; the
    tooltip says them in full), purpose and notes."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(translate("Appointments", "When"),
                   lambda row: day_and_time(row.service_date, row.at)),
            Column(translate("Appointments", "Kind"),
                   lambda row: appointment_kind_title(row.kind.value)),
            Column(translate("Appointments", "With whom"), lambda row: row.with_whom_text),
            Column(translate("Appointments", "Level"), lambda row: row.details.level_code or ""),
            Column(translate("Appointments", "Status"), status_text),
            Column(translate("Appointments", "Clocks met"), _met_short),
            Column(translate("Appointments", "Note"), _note_preview),
        ], key=lambda row: row.id, parent=parent)

    def extra_data(self, row: AppointmentView, column: int, role: int) -> Any:
        if row.past_due and (colour := alert_colour(role)) is not None:
            return colour
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [line for line in (level_name(row.level_name, row.details.level_code),
                                       row.details.purpose,
                                       row.details.location, row.details.notes) if line]
            lines += [arg(translate("Appointments", "Met: %1"), met_clock_text(clock))
                      for clock in row.met_clocks]
            return "\n".join(lines) or None
        return None


class AppointmentsPage(RecordListPage):
    """The client's appointments with Add…, Edit… and Outcome…."""

    appointments_loaded = Signal(list)
    """The appointments were read and are shown: ``(list[AppointmentView])``."""

    def __init__(self, ui: UiContext, client_id: int, may_edit: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(ui, client_id, may_edit, parent)
        self.failure_title = self.tr("Appointments")
        self.setObjectName("appointmentsPage")
        self.choices = AppointmentChoices()
        self.add_button = action_button(self.tr("&Add…"), self.tr("Add an appointment"),
                                        self.add_appointment)
        self.add_button.setObjectName("primaryButton")
        self.edit_button = action_button(self.tr("&Edit…"), self.tr("Edit the appointment"),
                                         self.edit_appointment)
        self.outcome_button = action_button(self.tr("O&utcome…"),
                                            self.tr("Record the appointment's outcome"),
                                            self.record_outcome)
        self.model = AppointmentTableModel(self)
        self.table = list_table("appointmentTable", self.tr("Appointments"))
        self.table.setModel(self.model)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.activated.connect(self.record_outcome)
        self.empty_note = self.quiet_note(self.tr(
            "No appointments yet. Use Add to book the intake at the next level of care, or a "
            "psychiatry, therapy or other visit. A kept intake or follow-up counts toward "
            "the transition clocks."))
        self.arrange((self.add_button, self.edit_button, self.outcome_button), self.table,
                     self.empty_note)
        ui.changes.changed.connect(self._on_changed)
        self._update_buttons()

    def refresh(self) -> None:
        self.ui.operations.call(self, read_appointments, self.ui.services, self.client_id,
                                done=self._show, failed=self._failed)

    def _on_changed(self, batch: tuple[Change, ...]) -> None:
        if self.loaded and any(change.topic in CHOICE_TOPICS for change in batch):
            self.refresh()

    def _show(self, data: AppointmentsData) -> None:
        self.loaded = True
        self.choices = data.choices
        self.model.replace_rows(data.appointments)
        assert self.table is not None
        fit_columns(self.table)
        self.empty_note.setVisible(not data.appointments)
        self._update_buttons()
        self.appointments_loaded.emit(data.appointments)

    def selected(self) -> AppointmentView | None:
        row: AppointmentView | None = super().selected()
        return row

    def _update_buttons(self) -> None:
        chosen = self.may_edit and self.selected() is not None
        self.add_button.setEnabled(self.may_edit and self.loaded)
        self.edit_button.setEnabled(chosen)
        self.outcome_button.setEnabled(chosen)

    def add_appointment(self) -> ServiceFormDialog | None:
        if not (self.may_edit and self.loaded):
            return None
        return self._open(AppointmentDialog(self.ui, self.client_id, self.choices, None, self))

    def edit_appointment(self) -> ServiceFormDialog | None:
        selected = self.selected()
        if not self.may_edit or selected is None:
            return None
        return self._open(AppointmentDialog(self.ui, self.client_id, self.choices, selected,
                                            self))

    def record_outcome(self) -> ServiceFormDialog | None:
        selected = self.selected()
        if not self.may_edit or selected is None:
            return None
        return self._open(OutcomeDialog(self.ui, selected, self))
