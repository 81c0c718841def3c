"""The packet dialog's FHIR choice: Save as FHIR… (Ctrl+Shift+S) writes the previewed packet
as a FHIR R4 document Bundle and logs it on the Documents tab with the JSON's SHA-256."""

from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path

from fhir.resources.R4B.bundle import Bundle
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from coordinator.services.app import AppServices
from coordinator.ui.context import UiContext
from tests.ui.fakes import RecordingDialogs
from tests.ui.test_accessibility import unnamed_controls
from tests.ui.test_packet_dialog import (
    admin,
    client_id,
    consent_to,
    documents_tab,
    harbor,
    previewed,
    services,
    transfer_dialog,
)

__all__ = ["admin", "client_id", "harbor", "services"]  # fixtures shared with the PDF tests


def test_save_as_fhir_writes_the_previewed_packet_as_a_bundle_and_logs_its_sha256(
        qtbot: QtBot, ui: UiContext, services: AppServices, dialogs: RecordingDialogs,
        client_id: int, harbor: int, tmp_path: Path) -> None:
    services.consents.record(client_id, consent_to(harbor))
    _record, page = documents_tab(qtbot, ui, client_id)
    dialog = transfer_dialog(qtbot, page, harbor)
    assert not dialog.fhir_button.isEnabled()  # nothing previewed yet
    packet = previewed(qtbot, dialog)
    assert dialog.fhir_button.isEnabled() and unnamed_controls(dialog) == []
    dialogs.files.append(tmp_path / "harbor-transfer")  # the extension is added

    with qtbot.waitSignals([dialog.packet_saved, page.disclosures_loaded], timeout=20000):
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        qtbot.keyClick(dialog.preview, Qt.Key.Key_S,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)

    saved = tmp_path / "harbor-transfer.json"
    written = saved.read_bytes()
    bundle = json.loads(written)
    Bundle.model_validate(bundle)
    [reference] = [entry["resource"] for entry in bundle["entry"]
                   if entry["resource"]["resourceType"] == "DocumentReference"]
    pdf = base64.b64decode(reference["content"][0]["attachment"]["data"])
    assert hashlib.sha256(pdf).hexdigest() == packet.sha256  # the PDF that was previewed
    assert dialog.status.text() == (
        f"Saved harbor-transfer.json in {tmp_path} and logged on the Documents tab.")
    assert dialogs.kinds() == ["notice"]  # the client-information notice, as for the PDF
    [disclosure] = services.packets.disclosures_of(client_id)
    assert disclosure.sha256 == hashlib.sha256(written).hexdigest()
    assert (disclosure.file_name, disclosure.recipient_name) == (
        "harbor-transfer.json", "Harbor Residential")
    assert page.model.rowCount() == 1


def test_the_fhir_button_says_what_it_does_and_declines_without_a_file(
        qtbot: QtBot, ui: UiContext, services: AppServices, dialogs: RecordingDialogs,
        client_id: int, harbor: int) -> None:
    services.consents.record(client_id, consent_to(harbor))
    _record, page = documents_tab(qtbot, ui, client_id)
    dialog = transfer_dialog(qtbot, page, harbor)
    previewed(qtbot, dialog)

    dialog.fhir_button.click()  # the file dialog is cancelled (no file queued)

    assert dialog.fhir_button.text() == "Save as &FHIR…"
    assert dialog.fhir_button.accessibleName() == "Save the packet as a FHIR bundle"
    assert "Ctrl+Shift+S" in dialog.fhir_button.toolTip()
    assert services.packets.disclosures_of(client_id) == []
    assert "Nothing has left the clinic" in dialog.status.text()
