"""The record's Appointments tab: book an IOP intake, mark it kept, and the clocks say met."""

from __future__ import annotations

from datetime import date, time
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTime
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from coordinator.domain.clinical_record import AppointmentKind, AppointmentStatus
from coordinator.domain.clocks import ClockKind, ClockState
from coordinator.services.app import AppServices
from coordinator.services.appointments import AppointmentInput
from coordinator.services.care import EpisodeInput
from coordinator.services.dto import ClientInput
from coordinator.store.engine import Database
from coordinator.store.models import Appointment
from coordinator.ui.care.fields import set_day
from coordinator.ui.context import UiContext
from coordinator.ui.locale_text import time_text
from coordinator.ui.record.appointment_dialogs import AppointmentDialog, OutcomeDialog
from coordinator.ui.record.window import RecordWindow
from coordinator.ui.views.table_models import RowTableModel
from tests.ui.care_helpers import add_facilities, case_manager_services, days_ago, on_screen


@pytest.fixture
def services(database: Database) -> AppServices:
    return case_manager_services(database)


def open_record(qtbot: QtBot, ui: UiContext, client_id: int) -> RecordWindow:
    record = RecordWindow(ui, client_id)
    qtbot.addWidget(record)
    with qtbot.waitSignals([record.record_loaded,
                            record.appointments_page.appointments_loaded]):
        record.show()
    return record


def after_a_hospital_stay(services: AppServices) -> int:
    """María, discharged from inpatient care 8 days ago (25 March 2026)."""
    client = services.clients.create(ClientInput("María", "Núñez", date(1988, 5, 14)))
    services.episodes.add(client.id, EpisodeInput("INP", days_ago(15),
                                                  end_date=days_ago(7)))
    return client.id


def texts(model: RowTableModel[Any], row: int) -> list[str]:
    return [model.data(model.index(row, column)) for column in range(model.columnCount())]


def test_a_kept_iop_intake_booked_in_the_tab_meets_the_step_down_clock(
        qtbot: QtBot, ui: UiContext, services: AppServices, database: Database) -> None:
    places = add_facilities(database)
    client_id = after_a_hospital_stay(services)
    record = open_record(qtbot, ui, client_id)
    page = record.appointments_page
    assert page.model.rowCount() == 0 and not page.empty_note.isHidden()
    assert {row.kind: row.state for row in record.care.clocks}[ClockKind.STEP_DOWN] \
        is ClockState.OPEN

    dialog = page.add_appointment()
    assert isinstance(dialog, AppointmentDialog)
    assert dialog.level.isEnabled()  # an intake is at a level of care
    dialog.level.setCurrentIndex(dialog.level.findData("IOP"))
    set_day(dialog.day, days_ago(2))
    dialog.at.setTime(QTime(9, 30))
    dialog.facility.setCurrentIndex(dialog.facility.findData(places["riverbend"]))
    dialog.with_whom.setText("Intake coordinator")
    dialog.purpose.setText("Step-down from Mercy General")
    with qtbot.waitSignals([dialog.saved, page.appointments_loaded]):
        dialog.save_button.click()
    assert texts(page.model, 0)[:6] == [
        f"{on_screen(2026, 3, 30)} {time_text(time(9, 30))}", "Intake",
        "Riverbend IOP/PHP · Intake coordinator",
        "IOP", "⚠ Past, no outcome", ""]
    assert page.empty_note.isHidden()

    page.table.selectRow(0)
    assert page.outcome_button.isEnabled()
    outcome = page.record_outcome()
    assert isinstance(outcome, OutcomeDialog)
    assert outcome.chosen() is AppointmentStatus.KEPT  # its day has passed
    outcome.note.setText("Admitted to the morning track")
    with qtbot.waitSignals([outcome.saved, page.appointments_loaded]):
        outcome.save_button.click()
    row = texts(page.model, 0)
    assert row[4:6] == ["✓ Kept", "Step-down, FUH 7, FUH 30"]
    assert "Admitted to the morning track" in row[6]
    assert page.model.data(page.model.index(0, 5), Qt.ItemDataRole.ToolTipRole).splitlines()[
        -3:] == ["Met: Step-down window (14 days)", "Met: Mental-health follow-up (7 days)",
                 "Met: Mental-health follow-up (30 days)"]

    # The record's clock table, read afresh, says met.
    again = open_record(qtbot, ui, client_id)
    clocks = {row.kind: row for row in again.care.clocks}
    assert (clocks[ClockKind.STEP_DOWN].state, clocks[ClockKind.STEP_DOWN].met_on) == (
        ClockState.MET, days_ago(2))
    shown = [texts(again.clock_model, number) for number in range(again.clock_model.rowCount())]
    assert any(line[0] == "Step-down window (14 days)" and line[-1] == "✓ Met"
               for line in shown)


def test_the_level_is_for_intakes_only_and_a_missing_one_is_named(
        qtbot: QtBot, ui: UiContext, services: AppServices, database: Database) -> None:
    record = open_record(qtbot, ui, after_a_hospital_stay(services))
    page = record.appointments_page
    dialog = page.add_appointment()
    assert isinstance(dialog, AppointmentDialog)
    with qtbot.waitSignal(dialog.refused):
        dialog.save_button.click()
    assert dialog.errors.message("level_code") == "Choose the level of care the intake is for."
    dialog.kind.setCurrentIndex(dialog.kind.findData(AppointmentKind.THERAPY.value))
    assert not dialog.level.isEnabled()
    set_day(dialog.day, date(2026, 4, 2))
    assert dialog.status is not None
    dialog.status.setCurrentIndex(dialog.status.findData(AppointmentStatus.KEPT.value))
    with qtbot.waitSignal(dialog.refused):
        dialog.save_button.click()
    assert dialog.errors.message("status") == "A kept appointment cannot be in the future."
    with database.engine.connect() as connection:
        assert connection.execute(select(func.count(Appointment.id))).scalar_one() == 0


def test_an_edit_keeps_the_outcome_and_upcoming_ones_come_first(
        qtbot: QtBot, ui: UiContext, services: AppServices) -> None:
    client_id = after_a_hospital_stay(services)
    services.appointments.add(client_id, AppointmentInput(
        AppointmentKind.PSYCHIATRY, days_ago(3), time(15, 0), with_whom="Dr. Haddad",
        status=AppointmentStatus.MISSED))
    services.appointments.add(client_id, AppointmentInput(
        AppointmentKind.THERAPY, date(2026, 4, 6), with_whom="Dr. Ito"))
    record = open_record(qtbot, ui, client_id)
    page = record.appointments_page
    assert [texts(page.model, row)[:5] for row in range(2)] == [
        [on_screen(2026, 4, 6), "Therapy", "Dr. Ito", "", "Scheduled"],
        [f"{on_screen(2026, 3, 29)} {time_text(time(15, 0))}", "Psychiatry", "Dr. Haddad", "",
         "Missed"]]

    page.table.selectRow(1)
    dialog = page.edit_appointment()
    assert isinstance(dialog, AppointmentDialog)
    assert dialog.status is None  # the outcome is changed with Outcome…
    dialog.location.setText("Telehealth")
    with qtbot.waitSignals([dialog.saved, page.appointments_loaded]):
        dialog.save_button.click()
    edited = page.model.row_at(1)
    assert (edited.details.location, edited.status) == ("Telehealth", AppointmentStatus.MISSED)
    assert page.model.data(page.model.index(1, 0), Qt.ItemDataRole.ToolTipRole) == "Telehealth"
