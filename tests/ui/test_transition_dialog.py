"""The step-up/step-down dialog and the complete-transition dialog."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import Qt, QTime
from pytestqt.qtbot import QtBot

from coordinator.services.app import AppServices
from coordinator.services.care import EpisodeInput, TransitionPlan
from coordinator.services.dto import ClientInput
from coordinator.store.engine import Database
from coordinator.ui.care.fields import day_of, select_data, set_day
from coordinator.ui.care.transition_dialog import CompleteTransitionDialog, TransitionDialog
from coordinator.ui.context import UiContext
from tests.ui.care_helpers import TODAY, add_facilities, case_manager_services, days_ago
from tests.ui.fakes import RecordingDialogs
from tests.ui.test_accessibility import unnamed_controls


@pytest.fixture
def services(database: Database) -> AppServices:
    return case_manager_services(database)


@pytest.fixture
def client_in_inpatient(services: AppServices, database: Database) -> int:
    add_facilities(database)
    client = services.clients.create(ClientInput("Dara", "Sok"))
    services.episodes.add(client.id, EpisodeInput("INP", days_ago(10)))
    return client.id


def step_dialog(qtbot: QtBot, ui: UiContext, services: AppServices,
                client_id: int) -> TransitionDialog:
    care = services.record.care(client_id)
    assert care.current is not None
    dialog = TransitionDialog(ui, client_id, care.current, care.levels, care.facilities)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_direction_and_criteria_follow_the_chosen_level_live(
        qtbot: QtBot, ui: UiContext, services: AppServices, client_in_inpatient: int) -> None:
    dialog = step_dialog(qtbot, ui, services, client_in_inpatient)
    assert dialog.level.findData("INP") == -1  # not a move to where the client is

    with qtbot.waitSignal(dialog.direction_changed) as changed:
        select_data(dialog.level, "IOP")
    assert changed.args == ["step_down"]
    assert dialog.direction_label.text() == "↓ Step-down: Inpatient → Intensive Outpatient"
    assert [box.text() for box in dialog.criteria_checks.values()] == [
        "Clinically stable", "Needs continued structure",
        "Reintegrating into work, school or family",
        "Environment with triggers needing real-time processing",
        "Completing residential or inpatient care"]
    assert [dialog.facility.itemText(i) for i in range(dialog.facility.count())] == [
        "Not chosen yet", "Riverbend IOP/PHP"]

    select_data(dialog.level, "WM")  # same intensity as inpatient
    assert dialog.direction_label.text() == "→ Lateral move: Inpatient → Withdrawal management"
    assert dialog.criteria_checks == {}
    assert dialog.no_criteria.isVisibleTo(dialog)
    assert dialog.decided_by.text() == "Carla"


def test_the_rationale_is_required_and_the_message_shows_under_it(
        qtbot: QtBot, ui: UiContext, services: AppServices, client_in_inpatient: int) -> None:
    dialog = step_dialog(qtbot, ui, services, client_in_inpatient)
    select_data(dialog.level, "PHP")

    with qtbot.waitSignal(dialog.refused):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.errors.message("rationale") == "Give the reason for this transition."
    assert dialog.isVisible()
    assert services.transitions.transitions_of(client_in_inpatient) == []


def test_a_date_far_away_is_saved_only_after_the_person_confirms(
        qtbot: QtBot, ui: UiContext, services: AppServices, client_in_inpatient: int,
        dialogs: RecordingDialogs) -> None:
    dialog = step_dialog(qtbot, ui, services, client_in_inpatient)
    select_data(dialog.level, "RES")
    set_day(dialog.planned, TODAY + timedelta(days=400))
    qtbot.keyClicks(dialog.rationale, "Waiting list at the residential program.")
    dialog.criteria_checks["needs_structure"].setChecked(True)
    dialogs.answers.append(True)

    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialogs.kinds() == ["question"]
    assert "check the year" in dialogs.texts("question")[0]
    assert saved.args[0].planned_date == TODAY + timedelta(days=400)
    assert saved.args[0].criteria == ("needs_structure",)


def test_declining_the_far_date_keeps_the_dialog_open_with_the_message(
        qtbot: QtBot, ui: UiContext, services: AppServices, client_in_inpatient: int,
        dialogs: RecordingDialogs) -> None:
    dialog = step_dialog(qtbot, ui, services, client_in_inpatient)
    select_data(dialog.level, "RES")
    set_day(dialog.planned, TODAY + timedelta(days=3650))
    qtbot.keyClicks(dialog.rationale, "Typo in the year.")

    with qtbot.waitSignal(dialog.refused, timeout=10_000):  # "Change the date"
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialogs.kinds() == ["question"]
    assert dialog.errors.message("planned_date") == (
        f"The planned date {(TODAY + timedelta(days=3650)).isoformat()} is 3650 days in the "
        "future; check the year.")
    assert dialog.isVisible()
    assert services.transitions.transitions_of(client_in_inpatient) == []


def test_completing_shows_the_gap_live_and_saves_the_hours_with_a_warning(
        qtbot: QtBot, ui: UiContext, services: AppServices, client_in_inpatient: int) -> None:
    source = services.episodes.current_episode(client_in_inpatient)
    assert source is not None
    planned = services.transitions.plan(client_in_inpatient, source.id, TransitionPlan(
        "IOP", days_ago(1), "Stable", ("clinically_stable",), to_track="evening"))
    iop = services.levels.get_level("IOP")
    dialog = CompleteTransitionDialog(ui, planned, source, iop)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.hours_range.text() == "Intensive Outpatient: usually 9–19 hours a week"
    assert dialog.discharged.isEnabled()  # still in hospital: the discharge date is asked

    set_day(dialog.discharged, days_ago(3))
    set_day(dialog.start, days_ago(1))
    assert dialog.gap_label.text() == "2 days between discharge and start"
    set_day(dialog.start, days_ago(3))
    assert dialog.gap_label.text() == "Same-day transfer (0 days)"
    set_day(dialog.start, days_ago(1))
    dialog.hours.setValue(20)
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    result = saved.args[0]
    assert result.transition.gap_days == 2
    assert result.started.hours_warning == (
        "20 hours a week is above the usual range for Intensive Outpatient. "
        "Adult IOP is usually at most 19 hours a week.")


def test_a_client_leaves_care_from_iop_through_exit_from_care(
        qtbot: QtBot, ui: UiContext, services: AppServices, database: Database,
        dialogs: RecordingDialogs) -> None:
    add_facilities(database)
    client = services.clients.create(ClientInput("Lena", "Ortiz"))
    iop = services.episodes.add(client.id, EpisodeInput("IOP", days_ago(40)))
    dialog = step_dialog(qtbot, ui, services, client.id)
    assert dialog.level.itemText(dialog.level.count() - 1) == "Exit from care (no next level)"

    with qtbot.waitSignal(dialog.direction_changed) as changed:
        dialog.level.setCurrentIndex(dialog.level.count() - 1)
    assert changed.args == ["exit"]
    assert dialog.direction_label.text() == "⏏ Exit from care: leaves Intensive Outpatient"
    assert not dialog.facility.isEnabled() and not dialog.track.isEnabled()
    assert not dialog.criteria_box.isVisibleTo(dialog)
    assert unnamed_controls(dialog) == []
    set_day(dialog.planned, TODAY)
    qtbot.keyClicks(dialog.rationale, "Treatment goals met; follows up with her GP.")
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    planned = saved.args[0]
    assert (planned.direction.value, planned.to_level_code, planned.status) == (
        "exit", None, "planned")

    complete = CompleteTransitionDialog(ui, planned, iop, None)
    qtbot.addWidget(complete)
    complete.show()
    assert not complete.start.isEnabled()
    assert complete.gap_label.text() == "No next level: the client leaves care."
    set_day(complete.discharged, TODAY)
    qtbot.keyClicks(complete.disposition, "Completed treatment")
    with qtbot.waitSignal(complete.saved, timeout=10_000) as done:
        qtbot.mouseClick(complete.save_button, Qt.MouseButton.LeftButton)

    assert done.args[0].started is None
    [episode] = services.record.care(client.id).episodes
    assert (episode.status, episode.end_date, episode.discharge_disposition) == (
        "completed", TODAY, "Completed treatment")
    assert services.clients.get(client.id).status == "discharged"
    assert dialogs.shown == []


def test_editing_a_planned_exit_keeps_exit_from_care_chosen(
        qtbot: QtBot, ui: UiContext, services: AppServices, client_in_inpatient: int) -> None:
    source = services.episodes.current_episode(client_in_inpatient)
    assert source is not None
    planned = services.transitions.plan(client_in_inpatient, source.id, TransitionPlan(
        None, TODAY, "Leaving against medical advice"))
    care = services.record.care(client_in_inpatient)

    dialog = TransitionDialog(ui, client_in_inpatient, source, care.levels, care.facilities,
                              existing=planned)
    qtbot.addWidget(dialog)

    assert dialog.is_exit()
    assert dialog.direction_label.text() == "⏏ Exit from care: leaves Inpatient"
    assert dialog.plan().to_level_code is None


def test_planning_with_book_the_intake_ticked_books_the_appointment(
        qtbot: QtBot, ui: UiContext, services: AppServices, client_in_inpatient: int) -> None:
    dialog = step_dialog(qtbot, ui, services, client_in_inpatient)
    assert dialog.width() <= 1280 and dialog.height() <= 720
    assert unnamed_controls(dialog) == []
    select_data(dialog.level, "IOP")
    assert dialog.intake_box.title() == "&Book the intake at Intensive Outpatient"
    dialog.facility.setCurrentIndex(dialog.facility.findText("Riverbend IOP/PHP"))
    assert dialog.intake_facility.text() == "Riverbend IOP/PHP"
    set_day(dialog.planned, TODAY + timedelta(days=6))
    assert day_of(dialog.intake_day) == TODAY + timedelta(days=6)  # follows the plan
    dialog.criteria_checks["clinically_stable"].setChecked(True)
    qtbot.keyClicks(dialog.rationale, "Stable; evening IOP.")
    dialog.intake_box.setChecked(True)
    set_day(dialog.intake_day, TODAY + timedelta(days=5))
    dialog.intake_at.setTime(QTime(16, 30))
    qtbot.keyClicks(dialog.intake_with, "Jordan Lee, intake coordinator")

    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    plan = saved.args[0]
    [intake] = services.appointments.appointments_of(client_in_inpatient)
    assert (intake.kind.value, intake.status.value, intake.service_date, intake.at,
            intake.details.level_code, intake.details.transition_id, intake.with_whom_text) == (
        "intake", "scheduled", TODAY + timedelta(days=5), time(16, 30), "IOP", plan.id,
        "Riverbend IOP/PHP · Jordan Lee, intake coordinator")


def test_a_refused_intake_date_shows_under_its_field_and_saves_nothing(
        qtbot: QtBot, ui: UiContext, services: AppServices, client_in_inpatient: int) -> None:
    dialog = step_dialog(qtbot, ui, services, client_in_inpatient)
    select_data(dialog.level, "PHP")
    qtbot.keyClicks(dialog.rationale, "Needs more structure after discharge.")
    dialog.intake_box.setChecked(True)
    set_day(dialog.intake_day, date(1899, 12, 30))

    with qtbot.waitSignal(dialog.refused, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.errors.message("intake_service_date") == (
        "The appointment date 1899-12-30 is before 1900; check the year.")
    assert services.transitions.transitions_of(client_in_inpatient) == []
    assert services.appointments.appointments_of(client_in_inpatient) == []

    select_data(dialog.level, dialog.level.itemData(dialog.level.count() - 1))  # exit
    assert not dialog.intake_box.isVisibleTo(dialog)
    assert dialog.intake() is None
