"""The packet dialog's facility list: typing part of a name narrows the list, Enter
chooses, and facilities an active consent of the client names say so."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView
from pytestqt.qtbot import QtBot

from coordinator.services.app import AppServices
from coordinator.services.facilities import FacilityInput
from coordinator.ui.context import UiContext
from tests.ui import test_packet_dialog as same_clinic
from tests.ui.test_packet_dialog import consent_to, documents_tab, transfer_dialog

admin = same_clinic.admin  # the fixtures of the same clinic and client
services = same_clinic.services
client_id = same_clinic.client_id
harbor = same_clinic.harbor


# The list pops up and grabs the keyboard; the offscreen platform says it cannot.
@pytest.mark.qt_log_ignore(r"^This plugin does not support grabbing the keyboard$",
                           r"^This plugin does not support propagateSizeHints\(\)$",
                           r"^This plugin does not support raise\(\)$")
def test_typing_narrows_the_facilities_and_consented_ones_say_so(
        qtbot: QtBot, ui: UiContext, admin: AppServices, services: AppServices,
        client_id: int, harbor: int) -> None:
    for name in ("Cedar Hills Hospital", "Harbor View Clinic"):
        admin.facilities.create(FacilityInput(
            name, "outpatient_clinic", ("OP",), "1 Main Street", "", "Salem", "OR", "97301", ""))
    services.consents.record(client_id, consent_to(harbor))
    _record, page = documents_tab(qtbot, ui, client_id)
    dialog = transfer_dialog(qtbot, page, harbor)
    combo = dialog.recipient
    texts = [combo.itemText(number) for number in range(combo.count())]
    assert "Harbor Residential — Eugene · consent on file, without Part 2" in texts
    assert "Cedar Hills Hospital — Salem" in texts

    dialog.choose_facility(None)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    combo.setFocus()
    line = combo.lineEdit()
    assert line is not None
    line.selectAll()
    qtbot.keyClicks(line, "harbor")
    completer = combo.completer()
    popup = completer.popup()
    assert isinstance(popup, QAbstractItemView)
    qtbot.waitUntil(popup.isVisible)
    shown = [completer.completionModel().index(row, 0).data()
             for row in range(completer.completionModel().rowCount())]
    assert shown == ["Harbor Residential — Eugene · consent on file, without Part 2",
                     "Harbor View Clinic — Salem"]

    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert combo.currentText() == "Harbor View Clinic — Salem"
    assert dialog.facility_id() is not None and dialog.facility_id() != harbor

    # Text naming no facility goes back to the chosen one when the field is left.
    line.selectAll()
    qtbot.keyClicks(line, "nowhere at all")
    qtbot.keyClick(line, Qt.Key.Key_Tab)
    assert combo.currentText() == "Harbor View Clinic — Salem"
