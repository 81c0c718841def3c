"""The clinical record end to end, as a case manager enters it with the keyboard alone: two
problems found by words, a medication, No known allergies, an IOP intake kept (and the
step-down clock met), a safety plan, a psychiatric advance directive and the responsible
clinician, each read back on the Overview."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from coordinator.domain.clocks import ClockKind, ClockState
from coordinator.services.app import AppServices
from coordinator.services.care import EpisodeInput
from coordinator.services.dto import ClientInput
from coordinator.store.engine import Database
from coordinator.ui.context import UiContext
from coordinator.ui.record.window import RecordWindow
from tests.ui.care_helpers import add_facilities, case_manager_services, days_ago, on_screen
from tests.ui.test_accessibility import mnemonic_clashes


@pytest.fixture
def services(database: Database) -> AppServices:
    return case_manager_services(database)


def after_a_hospital_stay(services: AppServices) -> int:
    """Dara Sok, home from a week of inpatient care since 27 March 2026 (five days)."""
    client = services.clients.create(ClientInput("Dara", "Sok", date(1990, 7, 9)))
    services.episodes.add(client.id, EpisodeInput("INP", days_ago(12), end_date=days_ago(5)))
    return client.id


def open_record(qtbot: QtBot, ui: UiContext, client_id: int) -> RecordWindow:
    record = RecordWindow(ui, client_id)
    qtbot.addWidget(record)
    with qtbot.waitSignals([record.record_loaded, record.summary_loaded]):
        record.show()
    record.activateWindow()
    qtbot.waitUntil(record.isActiveWindow)
    return record


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def type_text(qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def press(qtbot: QtBot, key: Qt.Key, times: int = 1,
          modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    for _ in range(times):
        qtbot.keyClick(focused(), key, modifier)


def alt(qtbot: QtBot, widget: QWidget, key: Qt.Key) -> None:
    qtbot.keyClick(widget, key, Qt.KeyboardModifier.AltModifier)


def back_to(qtbot: QtBot, record: RecordWindow) -> None:
    """The record window active again, as after a dialog closes."""
    record.activateWindow()
    qtbot.waitUntil(record.isActiveWindow)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)


def open_by_key(qtbot: QtBot, record: RecordWindow, page: Any, key: Qt.Key) -> Any:
    """Alt+``key`` on the record's tab ``page``: the dialog it opens, active."""
    back_to(qtbot, record)
    with qtbot.waitSignal(page.dialog_opened) as opened:
        alt(qtbot, record, key)
    dialog = opened.args[0]
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def save_by_key(qtbot: QtBot, dialog: Any, *signals: Any) -> None:
    """Alt+S saves the dialog; ``signals``: what shows the saved rows."""
    refusals: list[BaseException] = []
    dialog.refused.connect(refusals.append)
    with qtbot.waitSignals([dialog.saved, *signals], timeout=20_000,
                           raising=False) as blocker:
        alt(qtbot, dialog, Qt.Key.Key_S)
    assert refusals == [] and blocker.signal_triggered


def tab_to(qtbot: QtBot, widget: QWidget) -> None:
    """Press Tab until ``widget`` has the focus, as a person moving through a page would."""
    for _ in range(30):
        if focused() is widget:
            return
        press(qtbot, Qt.Key.Key_Tab)
    assert focused() is widget


def follow_link(qtbot: QtBot, record: RecordWindow, name: str, page: QWidget) -> None:
    """Alt+O to the Overview, Tab to the summary line's link, Enter: its tab comes up."""
    back_to(qtbot, record)
    alt(qtbot, record, Qt.Key.Key_O)
    tab_to(qtbot, record.overview_page.links[name])
    press(qtbot, Qt.Key.Key_Return)
    assert record.tabs.currentWidget() is page


def test_the_clinical_record_entered_by_keyboard_reads_back_on_the_overview(
        qtbot: QtBot, ui: UiContext, services: AppServices, database: Database) -> None:
    places = add_facilities(database)
    client_id = after_a_hospital_stay(services)
    record = open_record(qtbot, ui, client_id)
    overview = record.overview
    names = ("problems", "allergies", "medications", "appointment", "safety_plan",
             "directives", "clinician")
    assert [overview[name].text() for name in names] == [
        "None recorded", "Not asked yet", "No active medications", "None booked",
        "None on file", "Not recorded", "Not recorded"]
    step_down = {row.kind: row for row in record.care.clocks}[ClockKind.STEP_DOWN]
    assert step_down.state is ClockState.OPEN
    assert record.header.allergy_label.text() == "Allergies not asked yet"

    # Two problems, found by typing words.
    alt(qtbot, record, Qt.Key.Key_B)
    problems = record.problems_page
    assert record.tabs.currentWidget() is problems
    for words in ("major depressive recurrent moderate", "alcohol dependence uncomplicated"):
        dialog = open_by_key(qtbot, record, problems, Qt.Key.Key_A)
        with qtbot.waitSignal(dialog.matches_shown, timeout=60_000,
                              check_params_cb=lambda found: len(found) > 0):
            type_text(qtbot, words)
        press(qtbot, Qt.Key.Key_Down)  # into the list, on the best match
        press(qtbot, Qt.Key.Key_Return)  # takes it
        if words.startswith("major"):
            press(qtbot, Qt.Key.Key_Space)  # primary
        save_by_key(qtbot, dialog, problems.problems_loaded)
    assert [(row.code, row.is_primary, row.substance_use)
            for row in problems.model.rows()] == [("F33.1", True, False),
                                                  ("F10.20", False, True)]

    # A medication, and No known allergies.
    follow_link(qtbot, record, "medications", record.medications_page)
    medications = record.medications_page
    dialog = open_by_key(qtbot, record, medications, Qt.Key.Key_A)
    type_text(qtbot, "Naltrexone")
    assert dialog.use_disorder.isChecked()
    press(qtbot, Qt.Key.Key_Tab, 2)
    type_text(qtbot, "50")
    press(qtbot, Qt.Key.Key_Tab, 2)  # mg, as offered
    press(qtbot, Qt.Key.Key_Down)  # by mouth
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Down)  # once daily
    save_by_key(qtbot, dialog, medications.medications_loaded)
    dialog = open_by_key(qtbot, record, medications, Qt.Key.Key_K)
    with qtbot.waitSignal(record.summary_loaded):
        save_by_key(qtbot, dialog, medications.allergies_loaded)
    assert record.header.allergy_label.text() == "No known allergies"

    # The intake at IOP, booked for today and marked kept.
    follow_link(qtbot, record, "appointment", record.appointments_page)
    appointments = record.appointments_page
    dialog = open_by_key(qtbot, record, appointments, Qt.Key.Key_A)
    assert focused() is dialog.kind and dialog.kind.currentText() == "Intake"
    alt(qtbot, dialog, Qt.Key.Key_L)
    pick_by_typing(qtbot, dialog.level, "Intensive")
    alt(qtbot, dialog, Qt.Key.Key_F)
    pick_by_typing(qtbot, dialog.facility, "Riverbend")
    assert dialog.facility.currentData() == places["riverbend"]
    save_by_key(qtbot, dialog, appointments.appointments_loaded)
    back_to(qtbot, record)
    tab_to(qtbot, appointments.table)  # the first row, the intake, is chosen
    assert appointments.selected() is not None
    outcome = open_by_key(qtbot, record, appointments, Qt.Key.Key_U)
    with qtbot.waitSignal(record.record_loaded):  # the clocks are read again
        save_by_key(qtbot, outcome, appointments.appointments_loaded)
    step_down = {row.kind: row for row in record.care.clocks}[ClockKind.STEP_DOWN]
    assert (step_down.state, step_down.met_on) == (ClockState.MET, date(2026, 4, 1))

    # A safety plan and a psychiatric advance directive, on the Safety tab.
    follow_link(qtbot, record, "safety_plan", record.safety_page)
    safety = record.safety_page
    dialog = open_by_key(qtbot, record, safety, Qt.Key.Key_F)
    for text in ("Not sleeping, pulling away from my sister",
                 "Walk to the harbor; music with headphones"):
        type_text(qtbot, text)
        press(qtbot, Qt.Key.Key_Tab)
    save_by_key(qtbot, dialog, safety.safety_plan_loaded)
    dialog = open_by_key(qtbot, record, safety, Qt.Key.Key_A)
    assert focused() is dialog.present
    press(qtbot, Qt.Key.Key_Tab)
    dialog.signed.selectAll()
    type_text(qtbot, "2025-11-04")
    for text in ("Copy in the chart", "Rosa Delgado", "(562) 555-0148"):
        press(qtbot, Qt.Key.Key_Tab)
        type_text(qtbot, text)
    save_by_key(qtbot, dialog, safety.directives_section.directives_loaded)

    # The responsible clinician, on the Care team tab.
    back_to(qtbot, record)
    alt(qtbot, record, Qt.Key.Key_M)
    team = record.team_page
    assert record.tabs.currentWidget() is team
    dialog = open_by_key(qtbot, record, team, Qt.Key.Key_C)
    for text in ("Dr. Ana Ruiz", "MD", "1234567893", "(562) 555-0100"):
        type_text(qtbot, text)
        press(qtbot, Qt.Key.Key_Tab)
    with qtbot.waitSignal(record.summary_loaded):
        save_by_key(qtbot, dialog, team.clinician_box.clinician_loaded)

    back_to(qtbot, record)
    alt(qtbot, record, Qt.Key.Key_O)
    qtbot.waitUntil(lambda: overview["clinician"].text() != "Not recorded")
    assert [overview[name].text() for name in names] == [
        "F33.1 Major depressive disorder, recurrent, moderate (primary); "
        "F10.20 Alcohol dependence, uncomplicated",
        f"No known allergies (recorded {on_screen(2026, 4, 1)})",
        "1 active medication, 1 for opioid or alcohol use disorder",
        "None booked",
        f"Version 1, completed {on_screen(2026, 4, 1)} with Carla",
        f"Psychiatric advance directive: on file, signed {on_screen(2025, 11, 4)}",
        "Dr. Ana Ruiz, MD · NPI 1234567893 · (562) 555-0100"]


def pick_by_typing(qtbot: QtBot, combo: Any, text: str) -> None:
    """Type the start of an item's title in a focused combo box, as a person would."""
    assert focused() is combo
    type_text(qtbot, text)
    assert combo.currentText().startswith(text)


def test_no_two_things_on_a_record_tab_claim_the_same_alt_key(
        qtbot: QtBot, ui: UiContext, services: AppServices) -> None:
    record = open_record(qtbot, ui, after_a_hospital_stay(services))
    clashes = {}
    for index in range(record.tabs.count()):
        record.tabs.setCurrentIndex(index)
        found = mnemonic_clashes(record)
        if found:
            clashes[record.tabs.tabText(index)] = found
    assert clashes == {}, "\n".join(f"{tab}: {found}" for tab, found in clashes.items())


DialogOpener = Callable[[RecordWindow], Any]


@pytest.mark.parametrize("opener", [
    lambda record: record.problems_page.add_problem(),
    lambda record: record.medications_page.add_medication(),
    lambda record: record.medications_page.add_allergy(),
    lambda record: record.appointments_page.add_appointment(),
    lambda record: record.safety_page.plan_section.write_plan(),
    lambda record: record.team_page.clinician_box.set_clinician(),
], ids=["problem", "medication", "allergy", "appointment", "safety plan", "clinician"])
def test_no_two_fields_of_a_record_dialog_claim_the_same_alt_key(
        qtbot: QtBot, ui: UiContext, services: AppServices, opener: DialogOpener) -> None:
    record = open_record(qtbot, ui, after_a_hospital_stay(services))
    for page in record.own_pages:
        qtbot.waitUntil(lambda page=page: page.loaded)
    dialog = opener(record)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert mnemonic_clashes(dialog) == {}
    dialog.reject()
