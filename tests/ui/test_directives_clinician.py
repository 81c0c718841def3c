"""The responsible clinician on the Care team tab, set by keyboard with an NPI checked by
its check digit, and the advance directives on the Safety tab, recorded and read back."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from coordinator.domain.clinical_record import DirectiveKind
from coordinator.services.app import AppServices
from coordinator.services.clinician import ClinicianInput
from coordinator.services.dto import ClientInput
from coordinator.store.engine import Database
from coordinator.ui.context import UiContext
from coordinator.ui.record.clinician_dialog import ClinicianDialog
from coordinator.ui.record.directive_widgets import AdvanceDirectivesSection, DirectiveDialog
from coordinator.ui.record.window import RecordWindow
from coordinator.ui.views.table_models import RowTableModel
from tests.ui.care_helpers import case_manager_services
from tests.ui.test_accessibility import unnamed_controls


@pytest.fixture
def services(database: Database) -> AppServices:
    return case_manager_services(database)


@pytest.fixture
def maria(services: AppServices) -> int:
    return services.clients.create(ClientInput("María", "Núñez", date(1988, 5, 14))).id


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def row_texts(model: RowTableModel[object], row: int) -> list[str]:
    return [model.data(model.index(row, column)) for column in range(model.columnCount())]


def open_record(qtbot: QtBot, ui: UiContext, client_id: int) -> RecordWindow:
    record = RecordWindow(ui, client_id)
    qtbot.addWidget(record)
    with qtbot.waitSignals([record.record_loaded,
                            record.team_page.clinician_box.clinician_loaded]):
        record.show()
    record.activateWindow()
    qtbot.waitUntil(record.isActiveWindow)
    return record


def test_a_clinician_set_by_keyboard_reads_on_the_care_team_tab(
        qtbot: QtBot, ui: UiContext, services: AppServices, maria: int) -> None:
    record = open_record(qtbot, ui, maria)
    record.tabs.setCurrentWidget(record.team_page)
    box = record.team_page.clinician_box
    assert box.line.text() == "No responsible clinician recorded"

    with qtbot.waitSignal(record.team_page.dialog_opened) as opened:
        qtbot.keyClick(record, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    dialog = opened.args[0]
    assert isinstance(dialog, ClinicianDialog)
    assert dialog.width() <= 1280 and dialog.height() <= 720
    assert unnamed_controls(dialog) == []
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert focused() is dialog.fields["name"]
    for text in ("Dr. Ana Ruiz", "MD", "1234567890", "(562) 555-0100"):
        qtbot.keyClicks(focused(), text)
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)

    with qtbot.waitSignal(dialog.refused):
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.errors.message("npi") == (
        "The NPI 1234567890 is not a valid NPI: its last digit is a check digit, which for "
        "these first nine digits would be 3; check for a mistyped digit.")
    assert focused() is dialog.fields["npi"]
    assert services.clinician.clinician_of(maria).details == ClinicianInput()  # not saved

    # Enter saves again: Save, not Cancel (which took the focus while Save was busy), is
    # still the button Enter presses.
    assert dialog.save_button.isDefault() and not dialog.cancel_button.isDefault()
    qtbot.keyClick(focused(), Qt.Key.Key_Backspace)
    qtbot.keyClicks(focused(), "3")
    with qtbot.waitSignals([dialog.saved, box.clinician_loaded]):
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    assert box.line.text() == "Dr. Ana Ruiz, MD · NPI 1234567893 · (562) 555-0100"
    assert services.clinician.clinician_of(maria).details == ClinicianInput(
        "Dr. Ana Ruiz", "MD", "1234567893", "(562) 555-0100")
    # The client's version moved on; the record (and Edit client…) read it again.
    qtbot.waitUntil(lambda: record.record is not None and record.record.version
                    == services.clients.get(maria).version)


def directives_section(record: RecordWindow) -> AdvanceDirectivesSection:
    found = record.safety_page.findChild(AdvanceDirectivesSection)
    assert isinstance(found, AdvanceDirectivesSection)
    return found


def test_a_psychiatric_advance_directive_recorded_reads_on_the_safety_tab(
        qtbot: QtBot, ui: UiContext, services: AppServices, maria: int) -> None:
    record = RecordWindow(ui, maria)
    qtbot.addWidget(record)
    section = directives_section(record)
    with qtbot.waitSignals([record.record_loaded, section.directives_loaded]):
        record.show()
    record.tabs.setCurrentWidget(record.safety_page)
    record.activateWindow()
    qtbot.waitUntil(record.isActiveWindow)
    assert [row_texts(section.model, row)[:2] for row in range(3)] == [
        ["Psychiatric advance directive", "Not recorded"],
        ["Medical advance directive", "Not recorded"],
        ["POLST", "Not recorded"]]
    assert section.selected() is not None and section.selected().kind == "psychiatric"

    with qtbot.waitSignal(section.dialog_opened) as opened:
        qtbot.keyClick(record, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    dialog = opened.args[0]
    assert isinstance(dialog, DirectiveDialog)
    assert dialog.windowTitle() == "Psychiatric advance directive"
    assert dialog.width() <= 1280 and dialog.height() <= 720
    assert unnamed_controls(dialog) == []
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert focused() is dialog.present and dialog.present.isChecked()
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is dialog.signed
    dialog.signed.selectAll()
    qtbot.keyClicks(focused(), "2025-11-04")
    for text in ("Copy scanned in the chart; original with her sister", "Rosa Delgado",
                 "(562) 555-0148", "Prefers olanzapine if medication is needed."):
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        qtbot.keyClicks(focused(), text)
    with qtbot.waitSignals([dialog.saved, section.directives_loaded]):
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)

    assert row_texts(section.model, 0)[:4] == [
        "Psychiatric advance directive", "Has one, signed 2025-11-04",
        "Copy scanned in the chart; original with her sister", "Rosa Delgado · (562) 555-0148"]
    assert row_texts(section.model, 0)[4].startswith("Carla · ")
    assert section.notes.text() == (
        "Notes (Psychiatric advance directive): Prefers olanzapine if medication is needed.")
    saved = services.directives.directives_of(maria)[0]
    assert saved.details.signed_on == date(2025, 11, 4) and saved.version == 1


def test_a_directive_the_client_does_not_have_needs_no_date(
        qtbot: QtBot, ui: UiContext, services: AppServices, maria: int) -> None:
    section = AdvanceDirectivesSection(ui, maria, True)
    qtbot.addWidget(section)
    with qtbot.waitSignal(section.directives_loaded):
        section.refresh()
    section.select_kind(DirectiveKind.POLST)
    dialog = section.record_selected()
    assert isinstance(dialog, DirectiveDialog)
    dialog.present.setChecked(False)
    assert not dialog.signed.isEnabled() and not dialog.agent_name.isEnabled()
    dialog.notes.setPlainText("Asked on 2026-04-01; not for now.")
    with qtbot.waitSignal(dialog.saved):
        dialog.save_button.click()
    with qtbot.waitSignal(section.directives_loaded):  # the record window does this itself
        section.refresh()
    assert row_texts(section.model, 2)[:2] == ["POLST", "Has none"]

    section.select_kind(DirectiveKind.MEDICAL)
    dialog = section.record_selected()
    assert isinstance(dialog, DirectiveDialog)
    with qtbot.waitSignal(dialog.refused):
        dialog.save_button.click()  # "has one" without its date
    assert dialog.errors.message("signed_on") == "Enter the date the directive was signed."
    assert not services.directives.directives_of(maria)[1].recorded


def test_cancel_after_a_refusal_leaves_no_warning_on_the_care_team_tab(
        qtbot: QtBot, ui: UiContext, maria: int) -> None:
    record = open_record(qtbot, ui, maria)
    record.tabs.setCurrentWidget(record.team_page)
    index = record.tabs.indexOf(record.team_page)
    dialog = record.team_page.clinician_box.set_clinician()
    assert isinstance(dialog, ClinicianDialog)
    dialog.fields["npi"].setText("1234567893")  # a number without a name
    with qtbot.waitSignal(dialog.refused):
        dialog.save_button.click()
    assert dialog.errors.message("name") == (
        "Enter the clinician's name, or clear the other fields.")
    assert not record.tabs.tabIcon(index).isNull()  # the tab says a field needs a look

    dialog.cancel_button.click()

    assert record.tabs.tabIcon(index).isNull()
    assert record.team_page.clinician_box.line.text() == "No responsible clinician recorded"
