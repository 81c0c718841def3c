"""The record's Problems tab: find a diagnosis by words with the keyboard alone, be offered
billable codes for a category, resolve a problem and see the list in its order."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coordinator.domain.clinical_record import DiagnosisStatus
from coordinator.domain.roles import Role
from coordinator.services.app import AppServices
from coordinator.services.diagnoses import DiagnosisInput
from coordinator.services.dto import ClientInput
from coordinator.store.engine import Database
from coordinator.ui.care.fields import set_day
from coordinator.ui.context import UiContext
from coordinator.ui.record.problem_dialogs import (
    AddProblemDialog,
    ProblemInErrorDialog,
    ProblemStatusDialog,
)
from coordinator.ui.record.window import RecordWindow
from coordinator.ui.views.table_models import RowTableModel
from tests.services.helpers import SteppingClock, add_user, signed_in
from tests.ui.care_helpers import NOON_APRIL_1, case_manager_services, on_screen
from tests.ui.fakes import RecordingDialogs
from tests.ui.test_accessibility import unnamed_controls


@pytest.fixture
def services(database: Database) -> AppServices:
    return case_manager_services(database)


def add_client(services: AppServices) -> int:
    return services.clients.create(ClientInput("María", "Núñez", date(1988, 5, 14))).id


def problems_tab(qtbot: QtBot, ui: UiContext, client_id: int) -> RecordWindow:
    record = RecordWindow(ui, client_id)
    qtbot.addWidget(record)
    with qtbot.waitSignals([record.record_loaded, record.problems_page.problems_loaded]):
        record.show()
    record.tabs.setCurrentWidget(record.problems_page)
    return record


def texts(model: RowTableModel[Any], row: int) -> list[str]:
    return [model.data(model.index(row, column)) for column in range(model.columnCount())]


def test_a_diagnosis_found_by_words_is_picked_and_saved_with_the_keyboard(
        qtbot: QtBot, ui: UiContext, services: AppServices) -> None:
    record = problems_tab(qtbot, ui, add_client(services))
    page = record.problems_page
    assert page.empty_note.isVisibleTo(page) and page.model.rowCount() == 0
    record.activateWindow()
    qtbot.waitUntil(record.isActiveWindow)
    with qtbot.waitSignal(page.dialog_opened) as opened:
        qtbot.keyClick(record, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    dialog = opened.args[0]
    assert isinstance(dialog, AddProblemDialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    assert QApplication.focusWidget() is dialog.search_box

    with qtbot.waitSignal(dialog.matches_shown, timeout=60_000,
                          check_params_cb=lambda found: len(found) > 0):
        qtbot.keyClicks(dialog.search_box, "major depressive recurrent")
    assert [dialog.model.row_at(row).code for row in range(4)] == [  # type: ignore[union-attr]
        "F33.0", "F33.1", "F33.2", "F33.3"]
    assert dialog.chosen is None
    qtbot.keyClick(dialog.search_box, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is dialog.table
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)  # takes F33.1; does not save yet
    assert dialog.isVisible()
    assert dialog.chosen_label.text() == (
        "F33.1 — Major depressive disorder, recurrent, moderate")
    assert QApplication.focusWidget() is dialog.primary
    qtbot.keyClick(dialog.primary, Qt.Key.Key_Space)
    assert dialog.primary.isChecked() and not dialog.substance_use.isChecked()
    assert unnamed_controls(dialog) == []

    with qtbot.waitSignals([dialog.saved, page.problems_loaded]):
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    assert page.model.rowCount() == 1
    assert texts(page.model, 0) == [
        "F33.1", "Major depressive disorder, recurrent, moderate", "Primary", "", "Active",
        "", f"Carla, {on_screen(2026, 4, 1)}"]
    assert not page.empty_note.isVisibleTo(page)


def test_a_substance_use_code_typed_in_full_is_taken_with_enter_and_flagged(
        qtbot: QtBot, ui: UiContext, services: AppServices) -> None:
    record = problems_tab(qtbot, ui, add_client(services))
    page = record.problems_page
    dialog = page.add_problem()
    assert isinstance(dialog, AddProblemDialog)
    qtbot.keyClicks(dialog.search_box, "f10.20")
    qtbot.keyClick(dialog.search_box, Qt.Key.Key_Return)  # before or after the answer
    qtbot.waitUntil(lambda: dialog.chosen is not None, timeout=60_000)
    assert dialog.chosen_label.text() == "F10.20 — Alcohol dependence, uncomplicated"
    assert dialog.substance_use.isChecked()  # F10–F19 start flagged (42 CFR Part 2)
    set_day(dialog.onset, date(2019, 6, 1))
    with qtbot.waitSignals([dialog.saved, page.problems_loaded]):
        dialog.save_button.click()
    assert texts(page.model, 0)[:6] == [
        "F10.20", "Alcohol dependence, uncomplicated", "", "Substance use", "Active",
        on_screen(2019, 6, 1)]


def test_a_category_typed_as_a_code_is_refused_with_billable_codes_to_choose(
        qtbot: QtBot, ui: UiContext, services: AppServices) -> None:
    client_id = add_client(services)
    record = problems_tab(qtbot, ui, client_id)
    page = record.problems_page
    dialog = page.add_problem()
    assert isinstance(dialog, AddProblemDialog)
    dialog.search_box.setText("F32")
    with qtbot.waitSignals([dialog.refused, dialog.matches_shown], timeout=60_000):
        dialog.save_button.click()
    assert dialog.errors.message("code").startswith(
        "F32 is a category, not a billable code: choose one of F32.0, F32.1")
    offered = [row.code for row in dialog.model.rows()]
    assert offered[:2] == ["F32.0", "F32.1"] and "F32.A" in offered
    assert QApplication.focusWidget() is dialog.table
    assert services.diagnoses.problems_of(client_id) == []

    dialog.table.selectRow(offered.index("F32.A"))
    assert dialog.chosen_label.text() == "F32.A — Depression, unspecified"
    with qtbot.waitSignals([dialog.saved, page.problems_loaded]):
        dialog.save_button.click()
    assert [p.code for p in services.diagnoses.problems_of(client_id)] == ["F32.A"]


def test_tab_into_the_matches_and_enter_takes_the_first(
        qtbot: QtBot, ui: UiContext, services: AppServices) -> None:
    client_id = add_client(services)
    record = problems_tab(qtbot, ui, client_id)
    dialog = record.problems_page.add_problem()
    assert isinstance(dialog, AddProblemDialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    with qtbot.waitSignal(dialog.matches_shown, timeout=60_000,
                          check_params_cb=lambda found: len(found) > 0):
        qtbot.keyClicks(dialog.search_box, "generalized anxiety")
    qtbot.keyClick(dialog.search_box, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.table
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert dialog.chosen_label.text() == "F41.1 — Generalized anxiety disorder"
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    assert [p.code for p in services.diagnoses.problems_of(client_id)] == ["F41.1"]


def test_words_without_a_pick_ask_for_a_choice(
        qtbot: QtBot, ui: UiContext, services: AppServices) -> None:
    record = problems_tab(qtbot, ui, add_client(services))
    dialog = record.problems_page.add_problem()
    assert isinstance(dialog, AddProblemDialog)
    dialog.search_box.setText("generalized anxiety")
    with qtbot.waitSignal(dialog.refused):
        dialog.save_button.click()
    assert dialog.errors.message("code") == "Choose a diagnosis: search by code or by words."


def test_a_resolved_problem_is_greyed_below_the_active_ones(
        qtbot: QtBot, ui: UiContext, services: AppServices) -> None:
    client_id = add_client(services)
    anxiety = services.diagnoses.add(client_id, DiagnosisInput("F41.1"))
    services.diagnoses.add(client_id, DiagnosisInput("F43.10"))
    record = problems_tab(qtbot, ui, client_id)
    page = record.problems_page
    assert [texts(page.model, row)[0] for row in range(2)] == ["F41.1", "F43.10"]
    page.table.selectRow(0)
    dialog = page.change_status()
    assert isinstance(dialog, ProblemStatusDialog)
    assert dialog.status() == DiagnosisStatus.RESOLVED
    set_day(dialog.on_date, date(2026, 3, 20))
    with qtbot.waitSignals([dialog.saved, page.problems_loaded]):
        dialog.save_button.click()
    assert [texts(page.model, row)[:5] for row in range(2)] == [
        ["F43.10", "Post-traumatic stress disorder, unspecified", "", "", "Active"],
        ["F41.1", "Generalized anxiety disorder", "", "", f"Resolved {on_screen(2026, 3, 20)}"]]
    assert page.model.data(page.model.index(1, 0), Qt.ItemDataRole.ForegroundRole) is not None
    assert services.diagnoses.problems_of(client_id)[1].id == anxiety.id


def test_a_problem_entered_in_error_is_struck_through_and_no_longer_editable(
        qtbot: QtBot, ui: UiContext, services: AppServices) -> None:
    client_id = add_client(services)
    services.diagnoses.add(client_id, DiagnosisInput("F43.10"))
    record = problems_tab(qtbot, ui, client_id)
    page = record.problems_page
    page.table.selectRow(0)
    dialog = page.mark_in_error()
    assert isinstance(dialog, ProblemInErrorDialog)
    dialog.reason.setText("Recorded in the wrong client's record")
    with qtbot.waitSignals([dialog.saved, page.problems_loaded]):
        dialog.save_button.click()
    assert texts(page.model, 0)[4] == "Entered in error"
    assert page.model.data(page.model.index(0, 0), Qt.ItemDataRole.FontRole).strikeOut()
    page.table.selectRow(0)
    assert not page.edit_button.isEnabled() and not page.status_button.isEnabled()


def test_a_read_only_user_sees_the_problem_list_without_edit_buttons(
        qtbot: QtBot, database: Database, dialogs: RecordingDialogs) -> None:
    writer = case_manager_services(database)
    client_id = add_client(writer)
    writer.diagnoses.add(client_id, DiagnosisInput("F33.1", is_primary=True))
    admin = signed_in(database, "ana", SteppingClock(NOON_APRIL_1), "admin-password-1")
    add_user(admin, "reader", Role.READ_ONLY)
    reader = signed_in(database, "reader", SteppingClock(NOON_APRIL_1))
    ui = UiContext.create(reader, dialogs)
    try:
        record = problems_tab(qtbot, ui, client_id)
        page = record.problems_page
        page.table.selectRow(0)
        assert texts(page.model, 0)[:3] == [
            "F33.1", "Major depressive disorder, recurrent, moderate", "Primary"]
        for button in (page.add_button, page.edit_button, page.status_button,
                       page.error_button):
            assert not button.isEnabled()
        assert page.add_problem() is None and page.edit_problem() is None
    finally:
        ui.operations.wait()
        ui.close()
