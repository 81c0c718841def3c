"""The record's Safety tab: a safety plan written by keyboard and read back step by step, a
revision that keeps the first version in the history, and the per-field refusals."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from coordinator.domain.clinical_record import FirearmsAccess
from coordinator.services.app import AppServices
from coordinator.services.dto import ClientInput
from coordinator.services.safety_plans import CRISIS_LINES, SafetyPlanInput
from coordinator.store.engine import Database
from coordinator.ui.context import UiContext
from coordinator.ui.record.safety_plan_widgets import (
    SafetyPlanDialog,
    SafetyPlanHistoryDialog,
    SafetyPlanInErrorDialog,
)
from coordinator.ui.record.window import RecordWindow
from tests.ui.care_helpers import case_manager_services, on_screen
from tests.ui.test_accessibility import unnamed_controls


@pytest.fixture
def services(database: Database) -> AppServices:
    return case_manager_services(database)


@pytest.fixture
def dara(services: AppServices) -> int:
    return services.clients.create(ClientInput("Dara", "Sok", date(1988, 2, 1))).id


def safety_tab(qtbot: QtBot, ui: UiContext, client_id: int) -> RecordWindow:
    record = RecordWindow(ui, client_id)
    qtbot.addWidget(record)
    with qtbot.waitSignals([record.record_loaded, record.safety_page.safety_plan_loaded]):
        record.show()
    record.tabs.setCurrentWidget(record.safety_page)
    return record


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def test_a_plan_written_by_keyboard_is_read_back_on_the_safety_tab(
        qtbot: QtBot, ui: UiContext, dara: int) -> None:
    record = safety_tab(qtbot, ui, dara)
    section = record.safety_page.plan_section
    assert section.empty_note.isVisibleTo(record)
    assert section.write_button.isVisibleTo(record)
    assert not section.review_button.isVisibleTo(record)
    assert not section.error_button.isEnabled()

    record.activateWindow()
    qtbot.waitUntil(record.isActiveWindow)
    with qtbot.waitSignal(section.dialog_opened) as opened:
        qtbot.keyClick(record, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    dialog = opened.args[0]
    assert isinstance(dialog, SafetyPlanDialog)
    assert dialog.windowTitle() == "Write safety plan"
    assert dialog.steps["professionals"].toPlainText() == CRISIS_LINES
    assert dialog.completed_by.text() == "Carla"
    assert dialog.width() <= 1280 and dialog.height() <= 720
    assert unnamed_controls(dialog) == []
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert focused() is dialog.steps["warning_signs"]

    # Each step typed, Tab to the next: no mouse.
    typed = [("warning_signs", "Not sleeping; staying in my room"),
             ("coping_strategies", "Walk the dog\nPlay guitar"),
             ("distractions", "Cousin Ana; the library on Elm Street"),
             ("people_to_ask", "Mom (916) 555-0142")]
    for name, words in typed:
        assert focused() is dialog.steps[name]
        for line_number, line in enumerate(words.split("\n")):
            if line_number:
                qtbot.keyClick(focused(), Qt.Key.Key_Return)
            qtbot.keyClicks(focused(), line)
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is dialog.steps["professionals"]
    qtbot.keyClick(focused(), Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(focused(), "Sacramento County (916) 555-0100")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is dialog.steps["environment_safety"]
    qtbot.keyClicks(focused(), "Mom keeps the sertraline")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is dialog.firearms
    qtbot.keyClick(dialog.firearms, Qt.Key.Key_Down)
    assert dialog.firearms.currentData() == FirearmsAccess.NO_ACCESS.value
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is dialog.steps["reasons_for_living"]
    qtbot.keyClicks(focused(), "My daughter Sofia")
    with qtbot.waitSignals([dialog.saved, record.safety_page.safety_plan_loaded]):
        qtbot.keyClick(dialog.completed_on, Qt.Key.Key_Return)

    assert section.completed_label.text() == (
        f"Completed {on_screen(2026, 4, 1)} with Carla, version 1")
    shown = section.view.toPlainText()
    assert "Step 1 · Warning signs\nNot sleeping; staying in my room" in shown
    assert "Step 2 · Internal coping strategies\nWalk the dog\nPlay guitar" in shown
    assert ("Step 5 · Professionals or agencies to contact during a crisis\n"
            "988 Suicide & Crisis Lifeline: call or text 988\n"
            "Local crisis line: Sacramento County (916) 555-0100") in shown
    assert "Mom keeps the sertraline\nFirearms: No access to a firearm" in shown
    assert "Reasons for living\nMy daughter Sofia" in shown
    assert not section.empty_note.isVisibleTo(record)
    assert section.review_button.isVisibleTo(record)
    assert not section.write_button.isVisibleTo(record)
    assert unnamed_controls(record.safety_page) == []


def test_a_revision_is_the_next_version_and_the_first_stays_in_the_history(
        qtbot: QtBot, ui: UiContext, services: AppServices, dara: int) -> None:
    services.safety_plans.save(dara, None, SafetyPlanInput(
        completed_on=date(2026, 3, 2), warning_signs="Not sleeping",
        coping_strategies="Walk the dog", professionals=CRISIS_LINES + "(916) 555-0100"))
    record = safety_tab(qtbot, ui, dara)
    section = record.safety_page.plan_section
    assert section.completed_label.text() == (
        f"Completed {on_screen(2026, 3, 2)} with Carla, version 1")
    dialog = section.review_plan()
    assert isinstance(dialog, SafetyPlanDialog)
    assert dialog.windowTitle() == "Review and revise safety plan"
    assert dialog.steps["warning_signs"].toPlainText() == "Not sleeping"
    dialog.steps["warning_signs"].setPlainText("Not sleeping; skipping meals")
    with qtbot.waitSignal(record.safety_page.safety_plan_loaded):
        dialog.save_button.click()
    assert section.completed_label.text() == (
        f"Completed {on_screen(2026, 4, 1)} with Carla, version 2")

    history = section.show_history()
    assert isinstance(history, SafetyPlanHistoryDialog)
    qtbot.waitUntil(lambda: history.model.rowCount() == 2)
    assert [[history.model.index(row, column).data() for column in range(3)]
            for row in range(2)] == [["2", on_screen(2026, 4, 1), "Carla"],
                                     ["1", on_screen(2026, 3, 2), "Carla"]]
    history.table.selectRow(1)
    assert history.completed_label.text() == (
        f"Completed {on_screen(2026, 3, 2)} with Carla, version 1")
    assert "Not sleeping\n" in history.view.toPlainText()
    assert "skipping meals" not in history.view.toPlainText()
    assert unnamed_controls(history) == []

    wrong = section.mark_in_error()
    assert isinstance(wrong, SafetyPlanInErrorDialog)
    qtbot.keyClicks(wrong.reason, "Typed in the wrong record")
    with qtbot.waitSignal(record.safety_page.safety_plan_loaded):
        wrong.save_button.click()
    assert section.completed_label.text() == (
        f"Completed {on_screen(2026, 3, 2)} with Carla, version 1")


def test_a_plan_without_warning_signs_is_refused_under_its_field(
        qtbot: QtBot, ui: UiContext, dara: int) -> None:
    record = safety_tab(qtbot, ui, dara)
    dialog = record.safety_page.plan_section.write_plan()
    assert isinstance(dialog, SafetyPlanDialog)
    dialog.steps["coping_strategies"].setPlainText("Walk the dog")
    with qtbot.waitSignal(dialog.refused):
        dialog.save_button.click()
    assert dialog.errors.message("warning_signs").startswith(
        "A safety plan needs its warning signs (step 1)")
    assert dialog.errors.message("coping_strategies") == ""
    assert dialog.isVisible()
    assert ui.services.safety_plans.current(dara) is None
