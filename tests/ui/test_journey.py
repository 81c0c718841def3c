"""A client's journey across levels of care, walked as a case manager would, through the
real windows.

Carla (a case manager) adds a client, opens the record, records an inpatient stay started
20 days ago and discharged 12 days ago, sees the step-down clock open on the dashboard, steps
the client down to the evening IOP track 10 days after discharge, completes it and sees the
clock close as met in 10 days; then steps up from IOP to PHP and sees the gap.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from coordinator.domain.clocks import ClockKind, ClockState
from coordinator.services.app import AppServices
from coordinator.store.engine import Database
from coordinator.ui.care.episode_dialogs import DischargeDialog, EpisodeDialog
from coordinator.ui.care.fields import select_data, set_day
from coordinator.ui.care.transition_dialog import CompleteTransitionDialog, TransitionDialog
from coordinator.ui.locale_text import date_text
from coordinator.ui.main_window import MainWindow
from coordinator.ui.record.window import RecordWindow
from coordinator.ui.views.client_form import ClientDialog
from coordinator.ui.views.clients import ClientsView
from coordinator.ui.views.dashboard import DashboardView
from tests.ui.care_helpers import add_facilities, case_manager_services, days_ago
from tests.ui.fakes import RecordingDialogs


@pytest.fixture
def services(database: Database) -> AppServices:
    return case_manager_services(database)


def save(qtbot: QtBot, dialog: QDialog, record: RecordWindow) -> None:
    """Press Save and wait until the service accepted it and the record shows the result."""
    with qtbot.waitSignals([dialog.saved, record.record_loaded], timeout=10_000):  # type: ignore[attr-defined]
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]


def test_a_case_manager_steps_a_client_down_on_time_and_later_up(
        qtbot: QtBot, window: MainWindow, services: AppServices, database: Database,
        dialogs: RecordingDialogs) -> None:
    facilities = add_facilities(database)

    # A new client through the New client dialog.
    window.show_view("clients")
    clients = window.views["clients"]
    assert isinstance(clients, ClientsView)
    new = clients.new_client()
    assert isinstance(new, ClientDialog)
    new.inputs["family_name"].setText("Núñez")  # keyClicks types ASCII only
    new.inputs["given_name"].setText("María")
    qtbot.keyClicks(new.inputs["birth_date"], "1988-05-14")
    with qtbot.waitSignal(new.saved, timeout=10_000) as created:
        qtbot.mouseClick(new.save_button, Qt.MouseButton.LeftButton)
    client = created.args[0]

    # Open the record from the client list (Enter on the row).
    with qtbot.waitSignal(clients.clients_loaded):
        clients.refresh()
    clients.table.setFocus()
    clients.table.selectRow(0)
    with qtbot.waitSignal(window.record_opened) as opened:
        qtbot.keyClick(clients.table, Qt.Key.Key_Return)
    record = opened.args[0]
    assert isinstance(record, RecordWindow)
    qtbot.waitUntil(lambda: record.record is not None and record.care is not None)
    assert record.name_label.text() == "Núñez, María"
    assert "No current level of care" in record.level_badge.text()

    # Inpatient at Mercy General, started 20 days ago.
    add = record.add_episode()
    assert isinstance(add, EpisodeDialog)
    select_data(add.level, "INP")
    select_data(add.facility, facilities["hospital"])
    set_day(add.start, days_ago(20))
    save(qtbot, add, record)
    assert record.level_badge.text() == "Inpatient (INP)"

    # Discharged 12 days ago.
    discharge = record.discharge()
    assert isinstance(discharge, DischargeDialog)
    discharge.set_discharge_date(days_ago(12))
    qtbot.keyClicks(discharge.disposition, "Stable, discharged home")
    save(qtbot, discharge, record)
    assert "discharged " + date_text(days_ago(12)) in record.level_badge.text()
    assert "Step-down window" in record.alerts_label.text()

    # The dashboard lists the open step-down clock with 2 days left.
    dashboard = window.views["dashboard"]
    assert isinstance(dashboard, DashboardView)
    with qtbot.waitSignal(dashboard.clocks_loaded):
        dashboard.refresh()
    step_down = [row for row in dashboard.clock_model.rows()
                 if row.client_id == client.id and row.kind is ClockKind.STEP_DOWN]
    assert [(row.days, row.at_risk) for row in step_down] == [(2, True)]

    # Step down to the evening IOP track, 10 days after the discharge.
    step = record.plan_transition()
    assert isinstance(step, TransitionDialog)
    select_data(step.level, "IOP")
    assert step.direction_label.text() == "↓ Step-down: Inpatient → Intensive Outpatient"
    select_data(step.facility, facilities["riverbend"])
    select_data(step.track, "evening")
    set_day(step.planned, days_ago(2))
    step.criteria_checks["clinically_stable"].setChecked(True)
    step.criteria_checks["completing_24h_care"].setChecked(True)
    qtbot.keyClicks(step.rationale, "Stable on medication; needs evening structure.")
    assert step.decided_by.text() == "Carla"
    save(qtbot, step, record)
    planned = record.transition_model.row_at(0)
    assert planned is not None and planned.status == "planned"

    # Complete it: the client started IOP 2 days ago, 6 hours a week (below IOP's range).
    record.transition_table.selectRow(0)
    complete = record.complete_transition()
    assert isinstance(complete, CompleteTransitionDialog)
    assert not complete.discharged.isEnabled()  # already discharged 12 days ago
    set_day(complete.start, days_ago(2))
    assert complete.gap_label.text() == "10 days between discharge and start"
    complete.hours.setValue(6)
    save(qtbot, complete, record)
    assert dialogs.texts("warning") == [
        "6 hours a week is below the usual range for Intensive Outpatient. "
        "Adult IOP is usually 9 or more hours a week."]
    assert record.level_badge.text() == "Intensive Outpatient (IOP)"
    iop = record.episode_model.row_at(1)
    assert iop is not None and (iop.track, iop.days_since_previous) == ("evening", 10)

    # The clock closed as met in 10 days, on the record and off the dashboard's open list.
    met = [row for row in record.clock_model.rows() if row.kind is ClockKind.STEP_DOWN]
    assert [row.state for row in met] == [ClockState.MET]
    met_row = record.clock_model.row_of((met[0].client_id, met[0].kind.value,
                                         met[0].episode_id))
    assert record.clock_model.index(met_row, 3).data() == "met in 10 days"
    assert record.clock_model.index(met_row, 4).data() == "✓ Met"
    with qtbot.waitSignal(dashboard.clocks_loaded):
        dashboard.refresh()
    assert not [row for row in dashboard.clock_model.rows()
                if row.client_id == client.id and row.kind is ClockKind.STEP_DOWN]

    # Symptoms worsen: step up from IOP to PHP, discharged yesterday, started today.
    up = record.plan_transition()
    assert isinstance(up, TransitionDialog)
    select_data(up.level, "PHP")
    assert up.direction_label.text() == "↑ Step-up: Intensive Outpatient → Partial " \
                                        "Hospitalization"
    assert set(up.criteria_checks) == {"symptoms_worsening", "missing_obligations",
                                       "recent_crisis", "relapse_risk", "safety_concern"}
    up.criteria_checks["symptoms_worsening"].setChecked(True)
    qtbot.keyClicks(up.rationale, "PHQ-9 rising, missed two groups.")
    save(qtbot, up, record)
    record.transition_table.selectRow(1)
    finish = record.complete_transition()
    assert isinstance(finish, CompleteTransitionDialog)
    set_day(finish.discharged, days_ago(1))
    set_day(finish.start, days_ago(0))
    assert finish.gap_label.text() == "1 day between discharge and start"
    finish.hours.setValue(24)
    save(qtbot, finish, record)

    up_row = record.transition_model.row_at(1)
    assert up_row is not None
    assert [record.transition_model.index(1, column).data() for column in (1, 2, 3, 7)] == [
        "IOP → PHP", "↑ Step-up", "1", "Completed"]
    assert record.level_badge.text() == "Partial Hospitalization (PHP)"
    assert len(dialogs.texts("warning")) == 1  # 24 hours is within PHP's range
