"""The record's Medications tab: a buprenorphine film and "No known allergies" entered from
the keyboard, a dose in words refused by its field, allergies after NKA."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coordinator.domain.clinical_record import (
    AllergySeverity,
    DoseUnit,
    MedicationFrequency,
    MedicationRoute,
)
from coordinator.domain.roles import Role
from coordinator.services.allergies import AllergyInput
from coordinator.services.app import AppServices
from coordinator.services.dto import ClientInput
from coordinator.services.medications import DOSE_NOT_A_NUMBER, MedicationInput
from coordinator.store.engine import Database
from coordinator.store.models import ClientMedication
from coordinator.ui.context import UiContext
from coordinator.ui.record.entered_in_error import EnteredInErrorDialog
from coordinator.ui.record.medication_dialogs import (
    AllergyDialog,
    MedicationDialog,
    NoKnownAllergiesDialog,
    StopMedicationDialog,
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


def medications_tab(qtbot: QtBot, ui: UiContext, client_id: int) -> RecordWindow:
    record = RecordWindow(ui, client_id)
    qtbot.addWidget(record)
    page = record.medications_page
    with qtbot.waitSignals([record.record_loaded, page.medications_loaded,
                            page.allergies_loaded]):
        record.show()
    record.tabs.setCurrentWidget(page)
    return record


def texts(model: RowTableModel[Any], row: int) -> list[str]:
    return [model.data(model.index(row, column)) for column in range(model.columnCount())]


def press(qtbot: QtBot, key: Qt.Key, times: int = 1) -> None:
    """Press ``key`` where the keyboard focus is, as a person would."""
    for _ in range(times):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, key)


def alt(qtbot: QtBot, record: RecordWindow, key: Qt.Key) -> Any:
    """Alt+``key`` in the record window; the dialog it opens."""
    record.activateWindow()
    qtbot.waitUntil(record.isActiveWindow)
    with qtbot.waitSignal(record.medications_page.dialog_opened) as opened:
        qtbot.keyClick(record, key, Qt.KeyboardModifier.AltModifier)
    dialog = opened.args[0]
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def focused_in(dialog: QWidget) -> QWidget | None:
    return dialog.focusWidget()


def test_a_buprenorphine_film_and_no_known_allergies_entered_by_keyboard_read_back(
        qtbot: QtBot, ui: UiContext, services: AppServices) -> None:
    record = medications_tab(qtbot, ui, add_client(services))
    page = record.medications_page
    assert page.allergy_status.text() == "Allergies not asked yet"
    assert page.empty_note.isVisibleTo(page) and page.ask_note.isVisibleTo(page)
    assert unnamed_controls(page) == []

    dialog = alt(qtbot, record, Qt.Key.Key_A)  # Add medication…
    assert isinstance(dialog, MedicationDialog)
    assert unnamed_controls(dialog) == []
    assert focused_in(dialog) is dialog.name
    qtbot.keyClicks(dialog.name, "Buprenorphine")
    assert dialog.use_disorder.isChecked()  # pre-ticked from the name
    press(qtbot, Qt.Key.Key_Tab)
    assert focused_in(dialog) is dialog.use_disorder
    press(qtbot, Qt.Key.Key_Tab)
    assert focused_in(dialog) is dialog.dose
    qtbot.keyClicks(dialog.dose, "8")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused_in(dialog) is dialog.unit and dialog.unit.currentText() == "mg"
    press(qtbot, Qt.Key.Key_Tab)
    assert focused_in(dialog) is dialog.route
    press(qtbot, Qt.Key.Key_Down, 3)  # By mouth, Sublingual tablet, Sublingual film
    assert dialog.route.currentText() == "Sublingual film"
    press(qtbot, Qt.Key.Key_Tab)
    assert focused_in(dialog) is dialog.frequency
    press(qtbot, Qt.Key.Key_Down)
    assert dialog.frequency.currentText() == "Once daily"
    with qtbot.waitSignals([dialog.saved, page.medications_loaded]):
        press(qtbot, Qt.Key.Key_Return)

    assert page.model.rowCount() == 1
    assert texts(page.model, 0) == ["Buprenorphine", "8 mg", "Sublingual film", "Once daily",
                                    "", "", "", "Active", "MOUD/MAUD"]
    assert not page.empty_note.isVisibleTo(page)

    dialog = alt(qtbot, record, Qt.Key.Key_K)  # No known allergies
    assert isinstance(dialog, NoKnownAllergiesDialog)
    assert unnamed_controls(dialog) == []
    with qtbot.waitSignals([dialog.saved, page.allergies_loaded]):
        press(qtbot, Qt.Key.Key_Return)
    assert page.allergy_status.text() == f"No known allergies (recorded {on_screen(2026, 4, 1)})"
    assert not page.ask_note.isVisibleTo(page)
    assert not page.allergy_table.isVisibleTo(page)


def test_a_dose_in_words_is_refused_under_the_dose_and_nothing_is_saved(
        qtbot: QtBot, ui: UiContext, services: AppServices, database: Database) -> None:
    record = medications_tab(qtbot, ui, add_client(services))
    dialog = record.medications_page.add_medication()
    assert isinstance(dialog, MedicationDialog)
    dialog.name.setText("Sertraline")
    assert not dialog.use_disorder.isChecked()
    dialog.dose.setText("two")
    dialog.route.setCurrentIndex(dialog.route.findData(MedicationRoute.BY_MOUTH.value))
    dialog.frequency.setCurrentIndex(dialog.frequency.findData("once_daily"))
    with qtbot.waitSignal(dialog.refused):
        dialog.save_button.click()

    assert dialog.errors.message("dose") == DOSE_NOT_A_NUMBER
    assert dialog.isVisible() and dialog.focusWidget() is dialog.dose
    with database.engine.connect() as connection:
        assert connection.execute(select(func.count(ClientMedication.id))).scalar_one() == 0


def test_the_box_for_use_disorder_follows_the_name_until_set_by_hand(
        qtbot: QtBot, ui: UiContext, services: AppServices) -> None:
    record = medications_tab(qtbot, ui, add_client(services))
    dialog = record.medications_page.add_medication()
    assert isinstance(dialog, MedicationDialog)
    qtbot.keyClicks(dialog.name, "Naltrexone")
    assert dialog.use_disorder.isChecked()
    dialog.use_disorder.click()  # given for something else this time
    qtbot.keyClicks(dialog.name, " 50 mg")
    assert not dialog.use_disorder.isChecked()
    dialog.reject()


def test_an_allergy_after_no_known_allergies_and_its_mistake_undone(
        qtbot: QtBot, ui: UiContext, services: AppServices) -> None:
    client_id = add_client(services)
    services.allergies.record_no_known_allergies(client_id, date(2026, 3, 2))
    record = medications_tab(qtbot, ui, client_id)
    page = record.medications_page
    assert page.allergy_status.text() == f"No known allergies (recorded {on_screen(2026, 3, 2)})"

    dialog = page.add_allergy()
    assert isinstance(dialog, AllergyDialog)
    assert unnamed_controls(dialog) == []
    dialog.substance.setText("Penicillin")
    dialog.reaction.setText("Hives")
    dialog.severity.setCurrentIndex(dialog.severity.findData(AllergySeverity.SEVERE.value))
    with qtbot.waitSignals([dialog.saved, page.allergies_loaded]):
        dialog.save_button.click()
    assert page.allergy_status.text() == "1 allergy recorded"
    assert texts(page.allergy_model, 0) == ["Penicillin", "Hives", "Severe"]
    assert not page.no_known_button.isEnabled()

    page.allergy_table.selectRow(0)
    assert page.allergy_error_button.isEnabled()
    wrong = page.mark_allergy_in_error()
    assert isinstance(wrong, EnteredInErrorDialog)
    qtbot.keyClicks(wrong.reason, "Recorded in the wrong client's record")
    with qtbot.waitSignals([wrong.saved, page.allergies_loaded]):
        wrong.save_button.click()
    assert page.allergy_status.text() == "Allergies not asked yet"
    assert texts(page.allergy_model, 0)[0] == "[Entered in error] Penicillin"
    assert page.allergy_model.data(page.allergy_model.index(0, 0),
                                   Qt.ItemDataRole.FontRole).strikeOut()
    assert page.no_known_button.isEnabled()


def test_a_medication_is_stopped_and_greyed(qtbot: QtBot, ui: UiContext,
                                            services: AppServices) -> None:
    client_id = add_client(services)
    services.medications.add(client_id, MedicationInput(
        "Sertraline", "100", DoseUnit.MG, MedicationRoute.BY_MOUTH,
        MedicationFrequency.ONCE_DAILY, "Dr. Omar Haddad", date(2025, 6, 1)))
    record = medications_tab(qtbot, ui, client_id)
    page = record.medications_page
    page.table.selectRow(0)
    assert page.stop_button.isEnabled()
    dialog = page.stop_medication()
    assert isinstance(dialog, StopMedicationDialog)
    with qtbot.waitSignals([dialog.saved, page.medications_loaded]):
        dialog.save_button.click()
    row = texts(page.model, 0)
    assert row[5:8] == [on_screen(2025, 6, 1), on_screen(2026, 4, 1), "Stopped"]
    assert page.model.data(page.model.index(0, 0), Qt.ItemDataRole.ForegroundRole) \
        == Qt.GlobalColor.gray
    page.table.selectRow(0)
    assert page.edit_button.isEnabled() and not page.stop_button.isEnabled()


def test_a_read_only_user_sees_the_lists_without_edit_buttons(
        qtbot: QtBot, database: Database, dialogs: RecordingDialogs) -> None:
    writer = case_manager_services(database)
    client_id = add_client(writer)
    writer.allergies.add(client_id, AllergyInput("Latex", "Itching", AllergySeverity.MILD))
    admin = signed_in(database, "ana", SteppingClock(NOON_APRIL_1), "admin-password-1")
    add_user(admin, "reader", Role.READ_ONLY)
    reader = signed_in(database, "reader", SteppingClock(NOON_APRIL_1))
    ui = UiContext.create(reader, dialogs)
    try:
        record = medications_tab(qtbot, ui, client_id)
        page = record.medications_page
        assert texts(page.allergy_model, 0) == ["Latex", "Itching", "Mild"]
        page.allergy_table.selectRow(0)
        for button in (page.add_allergy_button, page.no_known_button,
                       page.allergy_error_button, page.add_button, page.edit_button,
                       page.stop_button, page.error_button):
            assert not button.isEnabled(), button.text()
    finally:
        ui.operations.wait()
        ui.close()


def test_a_medication_saved_before_the_lists_opens_for_edit_with_its_dose_split(
        qtbot: QtBot, ui: UiContext, services: AppServices, database: Database) -> None:
    client_id = add_client(services)
    with Session(database.engine) as session, session.begin():
        session.add(ClientMedication(
            client_id=client_id, name="Naloxone nasal spray", dose="4 mg", route="intranasal",
            frequency="as needed for suspected opioid overdose", status="active"))
    record = medications_tab(qtbot, ui, client_id)
    page = record.medications_page
    assert texts(page.model, 0)[:4] == ["Naloxone nasal spray", "4 mg", "intranasal",
                                        "as needed for suspected opioid overdose"]
    page.table.selectRow(0)
    dialog = page.edit_medication()
    assert isinstance(dialog, MedicationDialog)
    assert (dialog.dose.text(), dialog.unit.currentText()) == ("4", "mg")
    assert dialog.route.currentIndex() == -1
    assert dialog.route.placeholderText() == "intranasal — choose from the list"
    dialog.route.setCurrentIndex(dialog.route.findData(MedicationRoute.NASAL.value))
    dialog.frequency.setCurrentIndex(dialog.frequency.findData(
        MedicationFrequency.AS_NEEDED.value))
    with qtbot.waitSignals([dialog.saved, page.medications_loaded]):
        dialog.save_button.click()
    assert texts(page.model, 0)[:4] == ["Naloxone nasal spray", "4 mg", "Nasal", "As needed"]
