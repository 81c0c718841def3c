"""Three everyday tasks done with the keyboard alone, each counting the keys it took.

Every key goes to whichever widget has the focus, as a person's keyboard would; the counts
stay low only while tab order and first focus follow the form.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from coordinator.services.app import AppServices
from coordinator.services.care import EpisodeInput
from coordinator.services.dto import ClientInput
from coordinator.services.facilities import FacilityInput
from coordinator.store.engine import Database
from coordinator.ui.context import UiContext
from coordinator.ui.dialogs import dispose
from coordinator.ui.packets.dialog import PacketDialog
from coordinator.ui.record.assessment_dialogs import RecordAssessmentDialog
from coordinator.ui.record.consent_dialogs import RecordConsentDialog
from coordinator.ui.record.window import RecordWindow
from tests.services.helpers import ADMIN_PASSWORD, SteppingClock, signed_in
from tests.ui.care_helpers import NOON_APRIL_1, add_facilities, case_manager_services, days_ago
from tests.ui.fakes import RecordingDialogs

ALT = Qt.KeyboardModifier.AltModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


class Keyboard:
    """Presses keys on the focused widget and counts every one (a typed text counts one
    key per character)."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.presses = 0

    @staticmethod
    def focused() -> QWidget:
        """Where a key goes: an open pop-up list (a completer's), else the focused widget."""
        widget = QApplication.activePopupWidget() or QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
              times: int = 1) -> None:
        for _ in range(times):
            self.qtbot.keyClick(self.focused(), key, modifier)
            self.presses += 1
            QApplication.processEvents()  # what the event loop does between two keys

    def type(self, text: str) -> None:
        for character in text:
            self.qtbot.keyClicks(self.focused(), character)
            self.presses += 1
            QApplication.processEvents()


@pytest.fixture
def services(database: Database) -> AppServices:
    """Case manager Carla on 1 April 2026; every disclosure to a facility needs a consent."""
    carla = case_manager_services(database)
    signed_in(database, "ana", SteppingClock(NOON_APRIL_1), ADMIN_PASSWORD).settings.update(
        {"clinic_name": "Riverside Counseling IOP", "require_consent_all_disclosures": True})
    return carla


def open_record(qtbot: QtBot, ui: UiContext, client_id: int) -> RecordWindow:
    record = RecordWindow(ui, client_id)
    qtbot.addWidget(record)
    record.show()
    record.activateWindow()
    qtbot.waitUntil(lambda: record.record is not None and record.care is not None)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is record)
    for page in record.own_pages:
        qtbot.waitUntil(lambda page=page: page.loaded)
    return record


def test_a_step_down_from_residential_to_iop_by_keyboard(
        qtbot: QtBot, ui: UiContext, services: AppServices, database: Database) -> None:
    add_facilities(database)
    client_id = services.clients.create(ClientInput("Dara", "Sok", date(1990, 2, 3))).id
    services.episodes.add(client_id, EpisodeInput("RES", days_ago(20)))
    record = open_record(qtbot, ui, client_id)
    keys = Keyboard(qtbot)

    keys.press(Qt.Key.Key_L, ALT)  # the Levels of care tab
    with qtbot.waitSignal(record.dialog_opened) as opened:
        keys.press(Qt.Key.Key_S, ALT)  # Step up / Step down…
    dialog = opened.args[0]
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert keys.focused() is dialog.level
    keys.type("Int")  # Intensive Outpatient
    assert dialog.level.currentData() == "IOP"
    keys.press(Qt.Key.Key_Tab, times=4)  # facility, track, the date (one stop), the first criterion
    assert keys.focused() is dialog.criteria_checks["clinically_stable"]
    keys.press(Qt.Key.Key_Space)
    keys.press(Qt.Key.Key_Tab)
    keys.press(Qt.Key.Key_Space)  # needs continued structure
    keys.press(Qt.Key.Key_Tab, times=4)
    assert keys.focused() is dialog.rationale
    keys.type("Stable 14 days; ready for IOP")
    with qtbot.waitSignal(dialog.saved, timeout=20000):
        keys.press(Qt.Key.Key_S, ALT)

    [saved] = services.transitions.transitions_of(client_id)
    assert (saved.to_level_code, saved.rationale, saved.planned_date) == (
        "IOP", "Stable 14 days; ready for IOP", date(2026, 4, 1))
    assert set(saved.criteria) == {"clinically_stable", "needs_structure"}
    dispose(dialog)  # as the app's dialog service does once a dialog has closed
    print(f"\nstep-down: {keys.presses} key presses")
    assert keys.presses == 46


def test_a_phq9_with_nine_typed_answers(
        qtbot: QtBot, ui: UiContext, services: AppServices, dialogs: RecordingDialogs) -> None:
    client_id = services.clients.create(ClientInput("Ines", "Faro", date(1985, 7, 9))).id
    record = open_record(qtbot, ui, client_id)
    keys = Keyboard(qtbot)

    keys.press(Qt.Key.Key_Tab, CTRL_SHIFT, times=3)  # Overview → Documents → … Assessments
    assert record.tabs.currentWidget() is record.assessments_page
    qtbot.waitUntil(record.assessments_page.record_button.isEnabled)
    keys.press(Qt.Key.Key_A, ALT)  # Record assessment…
    qtbot.waitUntil(lambda: bool(dialogs.opened))
    dialog = dialogs.opened[-1]
    assert isinstance(dialog, RecordAssessmentDialog)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert keys.focused() is dialog.items
    keys.type("212110120")
    assert dialog.result_label.text() == "Total 10 of 27 — Moderate"
    with qtbot.waitSignal(dialog.saved, timeout=20000):
        keys.press(Qt.Key.Key_Return)

    [saved] = services.assessments.assessments_of(client_id)
    assert (saved.instrument.value, saved.item_answers, saved.total) == (
        "PHQ-9", (2, 1, 2, 1, 1, 0, 1, 2, 0), 10)
    assert saved.administered_on == date(2026, 4, 1)
    dispose(dialog)
    print(f"\nPHQ-9: {keys.presses} key presses")
    assert keys.presses == 14


def test_a_transfer_packet_after_recording_the_missing_consent_by_keyboard(
        qtbot: QtBot, ui: UiContext, services: AppServices, database: Database,
        dialogs: RecordingDialogs, tmp_path: Path) -> None:
    admin = signed_in(database, "ana", SteppingClock(NOON_APRIL_1), ADMIN_PASSWORD)
    harbor = admin.facilities.create(FacilityInput(
        "Harbor Residential", "residential", ("RES",), "12 Dock Street", "", "Eugene", "OR",
        "97401", "541-555-0100")).id
    client_id = services.clients.create(ClientInput("María", "Núñez", date(1988, 5, 14))).id
    record = open_record(qtbot, ui, client_id)
    keys = Keyboard(qtbot)

    keys.press(Qt.Key.Key_Tab, CTRL_SHIFT)  # Overview → Documents
    with qtbot.waitSignal(record.documents_page.dialog_opened) as opened:
        keys.press(Qt.Key.Key_A, ALT)  # Transfer packet…
    packet: PacketDialog = opened.args[0]
    qtbot.waitUntil(lambda: packet.recipient.count() > 1)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is packet)
    assert keys.focused() is packet.recipient
    keys.type("Har")  # the list narrows to Harbor Residential
    keys.press(Qt.Key.Key_Down)
    keys.press(Qt.Key.Key_Return)
    assert packet.facility_id() == harbor
    with qtbot.waitSignal(packet.packet_refused, timeout=20000):
        keys.press(Qt.Key.Key_F5)
    with qtbot.waitSignal(packet.consent_dialog_opened) as opened:
        keys.press(Qt.Key.Key_C, ALT)  # Record consent…
    consent: RecordConsentDialog = opened.args[0]
    qtbot.waitUntil(lambda: consent.facility.currentData() == harbor)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is consent)
    # The purpose comes filled in from what the refusal asked for; this client's record
    # has nothing yet that names the information, so the person types it.
    assert keys.focused() is consent.purpose
    assert consent.purpose.toPlainText() == "Transfer of care to Harbor Residential"
    keys.press(Qt.Key.Key_Tab)
    keys.type("Diagnoses and medications")
    keys.press(Qt.Key.Key_K, ALT)  # the form states the right to revoke
    qtbot.waitUntil(consent.right_to_revoke.isChecked)
    with qtbot.waitSignal(consent.saved, timeout=20000):
        keys.press(Qt.Key.Key_Return)

    # A desktop's window manager hands activation back to the packet; offscreen, we do.
    packet.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is packet)
    assert keys.focused() is packet.preview_button
    with qtbot.waitSignal(packet.packet_prepared, timeout=20000):
        keys.press(Qt.Key.Key_F5)
    target = tmp_path / "transfer.pdf"
    dialogs.files.append(target)
    with qtbot.waitSignal(packet.packet_saved, timeout=20000):
        keys.press(Qt.Key.Key_S, ALT)  # Save as…

    assert target.read_bytes().startswith(b"%PDF")
    [disclosure] = services.packets.disclosures_of(client_id)
    assert disclosure.recipient_name == "Harbor Residential"
    print(f"\ntransfer packet: {keys.presses} key presses")
    assert keys.presses == 39
