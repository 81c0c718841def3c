"""After a save in a main dialog, one short sentence says what happened, in the record
window it happened in and in the main window's status bar; a discharge also names the
clocks it started with their due dates."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from coordinator.services.app import AppServices
from coordinator.services.care import EpisodeInput, TransitionPlan
from coordinator.services.dto import ClientInput
from coordinator.store.engine import Database
from coordinator.ui.care.episode_dialogs import DischargeDialog
from coordinator.ui.care.fields import select_data, set_day
from coordinator.ui.care.transition_dialog import CompleteTransitionDialog
from coordinator.ui.context import UiContext
from coordinator.ui.locale_text import date_text
from coordinator.ui.main_window import MainWindow
from coordinator.ui.record.appointment_dialogs import AppointmentChoices, AppointmentDialog
from coordinator.ui.record.window import RecordWindow
from tests.ui.care_helpers import TODAY, add_facilities, case_manager_services, days_ago


@pytest.fixture
def services(database: Database) -> AppServices:
    return case_manager_services(database)


@pytest.fixture
def client_id(services: AppServices, database: Database) -> int:
    add_facilities(database)
    return services.clients.create(ClientInput("Dara", "Sok", date(1990, 4, 2))).id


@pytest.fixture
def main(qtbot: QtBot, ui: UiContext) -> Iterator[MainWindow]:
    window = MainWindow(ui)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.clinic_loaded):
        window.show()
    yield window
    ui.operations.wait()


def open_record(qtbot: QtBot, main: MainWindow, client_id: int) -> RecordWindow:
    record = main.open_record(client_id)
    assert record is not None
    qtbot.waitUntil(lambda: record.care is not None)
    return record


def test_a_discharge_from_hospital_says_which_clocks_started_and_when_they_are_due(
        qtbot: QtBot, ui: UiContext, services: AppServices, main: MainWindow,
        client_id: int) -> None:
    stay = services.episodes.add(client_id, EpisodeInput("INP", days_ago(10)))
    record = open_record(qtbot, main, client_id)
    dialog = DischargeDialog(ui, stay, record.tabs.currentWidget(),
                             levels=services.levels.list_levels())
    qtbot.addWidget(dialog)
    dialog.show()
    set_day(dialog.end, TODAY)
    qtbot.keyClicks(dialog.disposition, "Stable, discharged home")

    with qtbot.waitSignal(ui.announcer.announced, timeout=10_000) as said:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    due = {days: date_text(TODAY + timedelta(days=days)) for days in (7, 14, 30)}
    expected = (f"Discharged from Inpatient on {date_text(TODAY)}. "
                f"7-day mental-health follow-up started: due by {due[7]}. "
                f"Step-down clock started: due by {due[14]}. "
                f"30-day mental-health follow-up started: due by {due[30]}.")
    assert said.args[0] == expected
    assert record.announcement.text() == expected
    assert record.announcement.isVisibleTo(record)
    assert main.statusBar().currentMessage() == expected


def test_a_completed_step_down_says_where_the_client_went(
        qtbot: QtBot, ui: UiContext, services: AppServices, main: MainWindow,
        client_id: int) -> None:
    stay = services.episodes.add(client_id, EpisodeInput("INP", days_ago(12)))
    planned = services.transitions.plan(client_id, stay.id, TransitionPlan(
        "IOP", days_ago(2), "Stable on medication.", ("clinically_stable",)))
    record = open_record(qtbot, main, client_id)
    dialog = CompleteTransitionDialog(ui, planned, stay, services.levels.get_level("IOP"),
                                      parent=record.tabs.currentWidget())
    qtbot.addWidget(dialog)
    dialog.show()
    set_day(dialog.discharged, days_ago(3))
    set_day(dialog.start, days_ago(2))

    with qtbot.waitSignal(ui.announcer.announced, timeout=10_000) as said:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    # IOP started two days ago, which met the step-down window and the follow-ups the
    # discharge started: no clock is left open, so none is named.
    assert said.args[0] == (
        f"Stepped down to Intensive Outpatient on {date_text(days_ago(2))}.")
    assert record.announcement.text() == said.args[0]


def test_booking_an_appointment_says_what_and_when(
        qtbot: QtBot, ui: UiContext, main: MainWindow, client_id: int) -> None:
    record = open_record(qtbot, main, client_id)
    dialog = AppointmentDialog(ui, client_id, AppointmentChoices(),
                               parent=record.tabs.currentWidget())
    qtbot.addWidget(dialog)
    dialog.show()
    select_data(dialog.kind, "psychiatry")
    set_day(dialog.day, TODAY + timedelta(days=3))
    with qtbot.waitSignal(ui.announcer.announced, timeout=10_000) as said:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert said.args[0] == (
        f"Appointment booked: Psychiatry on {date_text(TODAY + timedelta(days=3))}.")
    assert main.statusBar().currentMessage() == said.args[0]
