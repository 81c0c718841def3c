"""The client record window: header, overview, levels of care and transitions tabs."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from coordinator.domain.roles import Role
from coordinator.services.app import AppServices
from coordinator.services.care import EpisodeInput, TransitionPlan
from coordinator.services.dto import ClientInput
from coordinator.store.engine import Database
from coordinator.store.models import AuditEvent
from coordinator.ui.care.episode_dialogs import DischargeDialog, EpisodeDialog
from coordinator.ui.care.fields import select_data, set_day
from coordinator.ui.context import UiContext
from coordinator.ui.locale_text import date_text
from coordinator.ui.main_window import MainWindow
from coordinator.ui.record.tables import EpisodeTableModel, TransitionTableModel
from coordinator.ui.record.window import RecordWindow
from coordinator.ui.views.client_form import ClientDialog
from tests.services.helpers import ADMIN_PASSWORD, PASSWORD, SteppingClock, add_user, signed_in
from tests.ui.care_helpers import (
    NOON_APRIL_1,
    add_facilities,
    case_manager_services,
    days_ago,
    on_screen,
)
from tests.ui.fakes import RecordingDialogs


@pytest.fixture
def services(database: Database) -> AppServices:
    return case_manager_services(database)


def record_views(database: Database, client_id: int) -> int:
    with database.engine.connect() as connection:
        return connection.execute(select(func.count(AuditEvent.id)).where(
            AuditEvent.action == "view", AuditEvent.entity_type == "client",
            AuditEvent.entity_id == str(client_id))).scalar_one()


def add_client(services: AppServices) -> int:
    return services.clients.create(ClientInput(
        "María", "Núñez", date(1988, 5, 14), preferred_name="Mari",
        preferred_language="Spanish", interpreter_needed=True, phone="(916) 555-0101")).id


def admin_signed_in(database: Database) -> AppServices:
    """The administrator created by ``case_manager_services``, on a second workstation."""
    return signed_in(database, "ana", SteppingClock(NOON_APRIL_1), ADMIN_PASSWORD)


def open_record(qtbot: QtBot, ui: UiContext, client_id: int) -> RecordWindow:
    record = RecordWindow(ui, client_id)
    qtbot.addWidget(record)
    with qtbot.waitSignal(record.record_loaded):
        record.show()
    return record


def test_the_header_and_overview_show_who_the_client_is(
        qtbot: QtBot, ui: UiContext, services: AppServices, database: Database) -> None:
    client_id = add_client(services)
    before = record_views(database, client_id)

    record = open_record(qtbot, ui, client_id)

    assert record_views(database, client_id) == before + 1  # opening the record is audited
    assert record.windowTitle() == "Núñez, María — client record"
    assert record.name_label.text() == "Núñez, María"
    facts = record.facts_label.text()
    assert facts.startswith("prefers “Mari” · Age 37 · Record ")
    assert "Spanish — interpreter needed" in facts
    assert record.level_badge.text() == "No current level of care"
    assert record.overview["phone"].text() == "(916) 555-0101"
    assert record.overview["birth_date"].text() == f"{on_screen(1988, 5, 14)} (37 years)"
    assert record.overview["guardian"].text() == "—"
    assert not record.alerts_label.isVisible()


def test_the_record_has_a_timeline_care_team_notes_and_placeholder_tabs(
        qtbot: QtBot, ui: UiContext, services: AppServices) -> None:
    record = open_record(qtbot, ui, add_client(services))

    assert isinstance(record.timeline_slot, QVBoxLayout)
    levels_page = record.tabs.widget(1)
    assert levels_page.layout().itemAt(0).layout() is record.timeline_slot
    assert record.timeline_slot.itemAt(0).widget() is record.timeline
    titles = [record.tabs.tabText(index).replace("&", "") for index in range(record.tabs.count())]
    assert titles == ["Overview", "Levels of care", "Transitions", "Problems", "Care plan",
                      "Medications", "Appointments", "Safety", "Care team", "Notes", "Referrals",
                      "Assessments", "Consents", "Documents"]
    assert record.tabs.widget(3) is record.problems_page
    assert record.tabs.widget(4) is record.care_plan_page
    assert record.tabs.widget(8) is record.team_page
    assert record.tabs.widget(9) is record.notes_page
    assert record.tabs.widget(10) is record.referrals_page
    assert record.tabs.widget(11) is record.assessments_page


def test_reopening_a_record_brings_the_same_window_to_the_front(
        qtbot: QtBot, window: MainWindow, services: AppServices, database: Database) -> None:
    client_id = add_client(services)
    first = window.open_record(client_id)
    assert first is not None
    qtbot.waitUntil(lambda: first.record is not None)

    again = window.open_record(client_id)

    assert again is first and again.isVisible()
    assert record_views(database, client_id) == 1
    with qtbot.waitSignal(first.window_closed):
        first.close()
    assert client_id not in window.record_windows


def test_adding_and_discharging_an_episode_through_the_levels_tab(
        qtbot: QtBot, ui: UiContext, services: AppServices, database: Database,
        dialogs: RecordingDialogs) -> None:
    facilities = add_facilities(database)
    record = open_record(qtbot, ui, add_client(services))
    assert not record.discharge_button.isEnabled()

    add = record.add_episode()
    assert isinstance(add, EpisodeDialog)
    select_data(add.level, "IOP")
    assert add.hours_range.text() == "Intensive Outpatient: usually 9–19 hours a week"
    assert [add.facility.itemText(i) for i in range(add.facility.count())] == [
        "Not recorded", "Riverbend IOP/PHP"]
    select_data(add.facility, facilities["riverbend"])
    select_data(add.track, "morning")
    add.hours.setValue(25)
    set_day(add.start, days_ago(5))
    with qtbot.waitSignals([add.saved, record.record_loaded], timeout=10_000):
        qtbot.mouseClick(add.save_button, Qt.MouseButton.LeftButton)

    model = record.episode_model
    assert [model.index(0, column).data() for column in range(9)] == [
        "Intensive Outpatient (IOP)", "Riverbend IOP/PHP", "Morning", "In person", "⚠ 25",
        date_text(days_ago(5)), "", "Active", ""]
    assert record.levels_note.text() == (
        "⚠ 25 hours a week is above the usual range for Intensive Outpatient. "
        "Adult IOP is usually at most 19 hours a week.")
    assert record.level_badge.text() == "Intensive Outpatient (IOP)"
    assert record.discharge_button.isEnabled()

    discharge = record.discharge()
    assert isinstance(discharge, DischargeDialog)
    qtbot.mouseClick(discharge.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(discharge.errors.message("discharge_disposition")))
    assert discharge.errors.message("discharge_disposition") == \
        "Enter the discharge disposition."
    qtbot.keyClicks(discharge.disposition, "Completed program")
    with qtbot.waitSignals([discharge.saved, record.record_loaded], timeout=10_000):
        qtbot.mouseClick(discharge.save_button, Qt.MouseButton.LeftButton)
    assert model.index(0, 7).data() == "Completed"
    assert model.index(0, 6).data() == date_text(days_ago(0))  # the date defaults to today
    # The timeline above the table draws the same stay and says it in words.
    assert record.timeline.accessibleDescription().startswith(
        "Intensive Outpatient at Riverbend IOP/PHP")


def test_cancelling_a_planned_transition_asks_first(
        qtbot: QtBot, ui: UiContext, services: AppServices,
        dialogs: RecordingDialogs) -> None:
    client_id = add_client(services)
    stay = services.episodes.add(client_id, EpisodeInput("INP", days_ago(6)))
    services.transitions.plan(client_id, stay.id, TransitionPlan(
        "PHP", days_ago(-3), "Stable", ("clinically_stable",)))
    record = open_record(qtbot, ui, client_id)
    assert not record.cancel_transition_button.isEnabled()
    record.transition_table.selectRow(0)
    assert record.cancel_transition_button.isEnabled()
    assert [record.transition_model.index(0, column).data() for column in (1, 2, 3, 4, 7)] == [
        "INP → PHP", "↓ Step-down", "", "Clinically stable", "Planned"]

    record.cancel_transition()  # the person says no
    assert dialogs.kinds() == ["question"]
    dialogs.answers.append(True)
    with qtbot.waitSignal(record.record_loaded, timeout=10_000):
        record.cancel_transition()

    assert record.transition_model.index(0, 7).data() == "Cancelled"
    assert not record.complete_button.isEnabled()


def test_the_record_table_models_pass_the_model_tester(
        qtmodeltester: object, services: AppServices) -> None:
    client_id = add_client(services)
    stay = services.episodes.add(client_id, EpisodeInput("INP", days_ago(6)))
    services.transitions.plan(client_id, stay.id, TransitionPlan(
        "PHP", days_ago(-3), "Stable", ("clinically_stable",)))
    episodes = EpisodeTableModel()
    episodes.replace_rows(services.episodes.episodes_of(client_id))
    transitions = TransitionTableModel()
    transitions.replace_rows(services.transitions.transitions_of(client_id))

    qtmodeltester.check(episodes)  # type: ignore[attr-defined]
    qtmodeltester.check(transitions)  # type: ignore[attr-defined]


def test_editing_a_planned_transition_starts_from_what_was_saved(
        qtbot: QtBot, ui: UiContext, services: AppServices) -> None:
    client_id = add_client(services)
    stay = services.episodes.add(client_id, EpisodeInput("INP", days_ago(6)))
    services.transitions.plan(client_id, stay.id, TransitionPlan(
        "PHP", days_ago(-3), "Stable", ("clinically_stable",), to_track="morning"))
    record = open_record(qtbot, ui, client_id)
    record.transition_table.selectRow(0)

    dialog = record.edit_transition()

    assert dialog is not None and dialog.windowTitle() == "Edit planned transition"
    assert dialog.level.currentData() == "PHP"
    assert dialog.track.currentData() == "morning"
    assert dialog.rationale.toPlainText() == "Stable"
    assert dialog.checked_criteria() == ("clinically_stable",)
    dialog.criteria_checks["reintegrating"].setChecked(True)
    with qtbot.waitSignals([dialog.saved, record.record_loaded], timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert record.transition_model.index(0, 4).data() == (
        "Clinically stable; Reintegrating into work, school or family")


def test_without_an_episode_there_is_nothing_to_step_from(
        qtbot: QtBot, ui: UiContext, services: AppServices) -> None:
    record = open_record(qtbot, ui, add_client(services))

    assert not record.step_button.isEnabled()
    assert record.plan_transition() is None
    assert record.levels_note.text().startswith("No episode of care yet.")


def test_locking_the_main_window_hides_open_records_until_unlocked(
        qtbot: QtBot, window: MainWindow, services: AppServices) -> None:
    record = window.open_record(add_client(services))
    assert record is not None
    qtbot.waitUntil(lambda: record.record is not None)

    with qtbot.waitSignal(window.locked):
        window.lock()
    assert not record.isVisible()

    with qtbot.waitSignal(window.unlocked, timeout=10_000):
        window.lock_screen.unlock_requested.emit(PASSWORD)  # Carla's
    assert record.isVisible()


def test_a_read_only_user_sees_the_record_but_cannot_change_care(
        qtbot: QtBot, services: AppServices, database: Database,
        dialogs: RecordingDialogs) -> None:
    client_id = add_client(services)
    stay = services.episodes.add(client_id, EpisodeInput("INP", days_ago(6)))
    services.transitions.plan(client_id, stay.id, TransitionPlan(
        "PHP", days_ago(-3), "Stable", ("clinically_stable",)))
    admin = admin_signed_in(database)
    add_user(admin, "rita", Role.READ_ONLY)
    reader = UiContext.create(signed_in(database, "rita", SteppingClock(NOON_APRIL_1)),
                              dialogs)
    try:
        record = open_record(qtbot, reader, client_id)
        record.transition_table.selectRow(0)
        assert record.level_badge.text() == "Inpatient (INP)"
        assert [button.isEnabled() for button in (
            record.add_episode_button, record.discharge_button, record.step_button,
            record.edit_transition_button, record.cancel_transition_button,
            record.complete_button)] == [False] * 6
        assert record.complete_transition() is None
    finally:
        reader.operations.wait()
        reader.close()


def test_the_preferred_name_is_changed_from_the_record_header(
        qtbot: QtBot, ui: UiContext, services: AppServices, database: Database,
        dialogs: RecordingDialogs) -> None:
    client_id = add_client(services)
    record = open_record(qtbot, ui, client_id)
    assert record.edit_client_button.isEnabled()
    assert record.edit_client_button.accessibleName() == "Edit the client's details"

    with qtbot.waitSignal(record.dialog_opened) as opened:
        qtbot.keyClick(record, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = opened.args[0]
    assert isinstance(dialog, ClientDialog)
    assert dialog.inputs["preferred_name"].text() == "Mari"  # filled from the record
    dialog.inputs["preferred_name"].setText("Marisol")
    with qtbot.waitSignals([dialog.saved, record.record_loaded], timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert record.facts_label.text().startswith("prefers “Marisol” · Age 37")
    assert record.overview["preferred_name"].text() == "Marisol"
    assert services.clients.get(client_id).details.preferred_name == "Marisol"
    assert dialogs.shown == []


def test_a_stale_client_edit_from_the_record_is_refused_with_the_message(
        qtbot: QtBot, ui: UiContext, services: AppServices, database: Database,
        dialogs: RecordingDialogs) -> None:
    client_id = add_client(services)
    record = open_record(qtbot, ui, client_id)
    dialog = record.edit_client()
    assert dialog is not None
    other = admin_signed_in(database)  # another workstation saves first
    current = other.clients.get(client_id)
    other.clients.update(client_id, current.version,
                         replace(current.details, phone="(916) 555-0199"))

    dialog.inputs["preferred_name"].setText("Marisol")
    with qtbot.waitSignal(dialog.refused, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialogs.texts("warning") == [
        "This record was changed by another user since you opened it. Reload it and make "
        "your change again."]
    assert services.clients.get(client_id).details.preferred_name == "Mari"


def test_a_read_only_user_has_no_edit_client_button(
        qtbot: QtBot, services: AppServices, database: Database,
        dialogs: RecordingDialogs) -> None:
    client_id = add_client(services)
    add_user(admin_signed_in(database), "rosa", Role.READ_ONLY)
    reader = signed_in(database, "rosa", SteppingClock(NOON_APRIL_1), PASSWORD)
    ui = UiContext.create(reader, dialogs)
    try:
        record = open_record(qtbot, ui, client_id)
        assert not record.edit_client_button.isVisibleTo(record)
        assert record.edit_client() is None
    finally:
        ui.operations.wait()
        ui.close()
