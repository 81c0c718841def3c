"""The Facilities view: add a facility with its levels, refuse bad input, catch a stale edit."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from coordinator.services.app import AppServices
from coordinator.services.facilities import FacilityInput
from coordinator.ui.context import UiContext
from coordinator.ui.facilities.dialog import FacilityDialog
from coordinator.ui.facilities.model import FacilityTableModel
from coordinator.ui.facilities.view import FacilitiesView
from tests.ui.fakes import RecordingDialogs
from tests.ui.test_accessibility import unnamed_controls

CEDAR = FacilityInput("Cedar Ridge Behavioral Hospital", "psychiatric_hospital", ("INP", "PHP"),
                      city="Cedar Grove", phone="(530) 555-0170", fax="(530) 555-0198")


@pytest.fixture
def view(qtbot: QtBot, ui: UiContext) -> FacilitiesView:
    facilities = FacilitiesView(ui)
    qtbot.addWidget(facilities)
    facilities.resize(1100, 700)
    with qtbot.waitSignal(facilities.facilities_loaded):
        facilities.show()
    return facilities


def row_texts(view: FacilitiesView, row: int) -> list[str]:
    return [view.model.index(row, column).data() for column in range(view.model.columnCount())]


def open_new(qtbot: QtBot, view: FacilitiesView, dialogs: RecordingDialogs) -> FacilityDialog:
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    dialog = dialogs.opened[-1]
    assert isinstance(dialog, FacilityDialog)
    qtbot.addWidget(dialog)
    return dialog


def test_the_table_model_passes_the_model_tester(qtmodeltester: object,
                                                 services: AppServices) -> None:
    services.facilities.create(CEDAR)
    model = FacilityTableModel()
    model.replace_rows(services.facilities.list_facilities())
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_a_new_facility_with_two_levels_is_listed(
        qtbot: QtBot, view: FacilitiesView, dialogs: RecordingDialogs) -> None:
    assert view.model.rowCount() == 0
    dialog = open_new(qtbot, view, dialogs)
    qtbot.keyClicks(dialog.lines["name"], "New Dawn Recovery Ranch")
    dialog.kind.setCurrentIndex(dialog.kind.findText("Residential"))
    dialog.level_boxes["RES"].setChecked(True)
    dialog.level_boxes["WM"].setChecked(True)
    qtbot.keyClicks(dialog.lines["phone"], "(530) 555-0188")
    qtbot.keyClicks(dialog.lines["fax"], "(530) 555-0189")
    qtbot.keyClicks(dialog.lines["intake_contact_email"], "intake@newdawn.example.org")

    with qtbot.waitSignal(view.facilities_loaded, timeout=5000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert row_texts(view, 0) == ["New Dawn Recovery Ranch", "Residential", "RES, WM",
                                  "(530) 555-0188", "(530) 555-0189", "Yes"]
    assert view.count_label.text() == "1 facility listed."
    saved = view.selected_facility()
    assert saved is not None and saved.name == "New Dawn Recovery Ranch"
    assert view.edit_button.isEnabled()


def test_bad_input_shows_the_field_error_and_saves_nothing(
        qtbot: QtBot, view: FacilitiesView, dialogs: RecordingDialogs,
        services: AppServices) -> None:
    dialog = open_new(qtbot, view, dialogs)
    qtbot.keyClicks(dialog.lines["name"], "Harbor Detox")
    dialog.kind.setCurrentIndex(dialog.kind.findText("Detox program"))
    qtbot.keyClicks(dialog.lines["intake_contact_email"], "intake at harbor")

    with qtbot.waitSignal(dialog.refused, timeout=5000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.errors.message("levels") == (
        "Choose at least one level of care the facility offers.")
    assert dialog.errors.message("intake_contact_email") == (
        "'intake at harbor' does not look like an e-mail address.")
    assert dialog.errors.message("name") == ""
    assert dialog.isVisible()
    assert services.facilities.list_facilities() == []


def test_a_stale_edit_gets_the_conflict_message(
        qtbot: QtBot, services: AppServices, view: FacilitiesView,
        dialogs: RecordingDialogs) -> None:
    with qtbot.waitSignal(view.facilities_loaded):
        cedar = services.facilities.create(CEDAR)
    view.select_facility(cedar.id)
    dialog = view.edit_facility()
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.level_boxes["INP"].isChecked() and dialog.level_boxes["PHP"].isChecked()
    # Someone else saves first, from another workstation.
    services.facilities.update(cedar.id, cedar.version, replace(CEDAR, fax="(530) 555-0100"))
    dialog.lines["phone"].setText("(530) 555-0111")

    with qtbot.waitSignal(dialog.refused, timeout=5000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert "changed by another user" in dialogs.texts("warning")[-1]
    assert services.facilities.get(cedar.id).details.phone == "(530) 555-0170"


def test_archive_asks_first_and_takes_the_facility_off_the_list(
        qtbot: QtBot, services: AppServices, view: FacilitiesView,
        dialogs: RecordingDialogs) -> None:
    with qtbot.waitSignal(view.facilities_loaded):
        cedar = services.facilities.create(CEDAR)
    view.select_facility(cedar.id)
    dialogs.answers.append(False)
    view.archive_facility()
    assert dialogs.texts("question")[-1].startswith("Archive Cedar Ridge Behavioral Hospital?")
    assert view.model.rowCount() == 1

    dialogs.answers.append(True)
    with qtbot.waitSignal(view.facilities_loaded, timeout=5000):
        view.archive_facility()
    assert view.model.rowCount() == 0
    assert services.facilities.get(cedar.id).archived_at is not None


def test_every_control_is_named(qtbot: QtBot, view: FacilitiesView,
                                dialogs: RecordingDialogs) -> None:
    dialog = open_new(qtbot, view, dialogs)
    assert unnamed_controls(view) == []
    assert unnamed_controls(dialog) == []
