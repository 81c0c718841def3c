"""The Discharge details tab of the Discharge and Complete-transition dialogs, the dialog
that fills them in later, and the line under the episode table that shows them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coordinator.services.app import AppServices
from coordinator.services.care import DischargeDetails, EpisodeInput, TransitionPlan
from coordinator.services.dto import ClientInput
from coordinator.store.engine import Database
from coordinator.ui.care.episode_dialogs import DischargeDetailsDialog, DischargeDialog
from coordinator.ui.care.fields import select_data, set_day
from coordinator.ui.care.transition_dialog import CompleteTransitionDialog
from coordinator.ui.context import UiContext
from coordinator.ui.locale_text import date_text
from coordinator.ui.record.care_pages import LevelsPage
from tests.ui.care_helpers import TODAY, add_facilities, case_manager_services, days_ago
from tests.ui.test_accessibility import unnamed_controls


@pytest.fixture
def services(database: Database) -> AppServices:
    return case_manager_services(database)


@pytest.fixture
def client_id(services: AppServices, database: Database) -> int:
    add_facilities(database)
    return services.clients.create(ClientInput("Dara", "Sok")).id


def press(qtbot: QtBot, key: Qt.Key, times: int = 1) -> None:
    """Keys typed into whatever has the keyboard focus, as a person would."""
    for _ in range(times):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, key)


def test_completing_a_step_down_records_condition_and_housing_by_keyboard(
        qtbot: QtBot, ui: UiContext, services: AppServices, client_id: int) -> None:
    stay = services.episodes.add(client_id, EpisodeInput("INP", days_ago(12)))
    planned = services.transitions.plan(client_id, stay.id, TransitionPlan(
        "IOP", days_ago(2), "Stable on medication.", ("clinically_stable",)))
    care = services.record.care(client_id)
    dialog = CompleteTransitionDialog(ui, planned, stay, services.levels.get_level("IOP"),
                                      levels=care.levels)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.width() <= 1280 and dialog.height() <= 720
    set_day(dialog.discharged, days_ago(3))
    set_day(dialog.start, days_ago(2))
    page = dialog.details_page
    assert page is not None
    # A mental-health stay asks nothing about substances; the move is the next level.
    assert not page.substances.isVisibleTo(page)
    assert not page.next_level.isVisibleTo(page)
    assert "moves on to Intensive Outpatient" in page.moving_note.text()

    qtbot.keyClick(dialog, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)  # "Details" tab
    assert dialog.tabs.currentWidget() is page
    qtbot.keyClick(dialog, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)  # &Condition
    assert QApplication.focusWidget() is page.condition
    press(qtbot, Qt.Key.Key_Down)  # Not recorded → Improved
    # Tab goes down the form as it reads: mental status, treatment, legal, housing.
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.mental_status
    qtbot.keyClicks(page.mental_status, "Calm, oriented, denies suicidal ideation")
    press(qtbot, Qt.Key.Key_Tab, 3)
    assert QApplication.focusWidget() is page.housing
    press(qtbot, Qt.Key.Key_Down, 2)  # Stably housed, then with family or friends
    assert page.housing.currentText() == "Staying with family or friends"

    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)

    discharge = saved.args[0].discharged.discharge
    assert (discharge.discharge_condition, discharge.mental_status, discharge.housing_status,
            discharge.planned_next_level, discharge.planned_next_start) == (
        "improved", "Calm, oriented, denies suicidal ideation", "with_family_or_friends",
        "IOP", days_ago(2))
    assert services.episodes.get(stay.id).discharge == discharge


def test_a_problem_on_the_details_tab_brings_it_to_the_front(
        qtbot: QtBot, ui: UiContext, services: AppServices, client_id: int) -> None:
    iop = services.episodes.add(client_id, EpisodeInput("IOP", days_ago(30),
                                                        focus="co_occurring"))
    care = services.record.care(client_id)
    dialog = DischargeDialog(ui, iop, levels=care.levels)
    qtbot.addWidget(dialog)
    dialog.show()
    assert unnamed_controls(dialog) == []
    page = dialog.details_page
    assert page.substances.isVisibleTo(page)  # co-occurring care asks about use
    assert dialog.tabs.currentIndex() == 0
    set_day(dialog.end, days_ago(5))
    qtbot.keyClicks(dialog.disposition, "Completed IOP")
    qtbot.keyClicks(page.substances, "Alcohol")
    page.last_use.set_day(days_ago(1))
    select_data(page.next_level, "OP")
    set_day(page.next_start, days_ago(1))

    with qtbot.waitSignal(dialog.refused, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.tabs.currentWidget() is page
    assert dialog.errors.message("last_use_on") == (
        f"The last use {days_ago(1).isoformat()} is after the discharge on "
        f"{days_ago(5).isoformat()}; record use up to the discharge.")
    assert QApplication.focusWidget() is page.last_use
    assert services.episodes.get(iop.id).status == "active"

    page.last_use.set_day(days_ago(9))
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    details = saved.args[0].discharge
    assert (details.substances, details.last_use_on, details.planned_next_level,
            details.planned_next_start) == ("Alcohol", days_ago(9), "OP", days_ago(1))


def test_details_filled_in_later_show_under_the_episode_table(
        qtbot: QtBot, ui: UiContext, services: AppServices, client_id: int) -> None:
    stay = services.episodes.add(client_id, EpisodeInput("INP", days_ago(20),
                                                         end_date=days_ago(6)))
    page = LevelsPage()
    qtbot.addWidget(page)
    page.episode_model.replace_rows(services.record.care(client_id).episodes)
    assert page.discharge_line.text() == (
        f"Discharged from Inpatient on {date_text(days_ago(6))}: no discharge details "
        "recorded.")

    care = services.record.care(client_id)
    dialog = DischargeDetailsDialog(ui, care.episodes[0], levels=care.levels)
    qtbot.addWidget(dialog)
    dialog.show()
    assert unnamed_controls(dialog) == []
    select_data(dialog.details_page.condition, "unchanged")
    select_data(dialog.details_page.legal, "involuntary_hold")
    select_data(dialog.details_page.next_level, "PHP")
    set_day(dialog.details_page.next_start, TODAY)
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    page.episode_model.replace_rows(services.record.care(client_id).episodes)
    assert page.discharge_line.text() == (
        f"Discharged from Inpatient on {date_text(days_ago(6))} — Condition: Unchanged · "
        f"Legal status: Involuntary hold · Next: PHP from {date_text(TODAY)}")
    tip = page.episode_model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == ("At discharge:\nCondition: Unchanged\nLegal status: Involuntary hold\n"
                   f"Next: PHP from {date_text(TODAY)}")
    assert services.episodes.get(stay.id).discharge == DischargeDetails(
        discharge_condition="unchanged", legal_status="involuntary_hold",
        planned_next_level="PHP", planned_next_start=TODAY)
