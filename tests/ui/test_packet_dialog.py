"""Transfer and discharge packets from the client record: preview inside the app, save as,
print, the consent gate's refusal, and the Documents tab's disclosure log."""

from __future__ import annotations

import hashlib
import io
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from coordinator.domain.consent import Recipient, RevocationMethod, Signer
from coordinator.services.app import AppServices
from coordinator.services.care import EpisodeInput
from coordinator.services.consent_views import ConsentInput
from coordinator.services.dto import ClientInput
from coordinator.services.facilities import FacilityInput
from coordinator.services.packets import PacketRequest, PreparedPacket
from coordinator.store.engine import Database
from coordinator.ui.care.fields import set_day
from coordinator.ui.context import UiContext
from coordinator.ui.packets.dialog import PacketDialog
from coordinator.ui.record.consent_dialogs import RecordConsentDialog
from coordinator.ui.record.documents_tab import DocumentsPage
from coordinator.ui.record.window import RecordWindow
from tests.services.helpers import ADMIN_PASSWORD, SteppingClock, signed_in
from tests.ui.care_helpers import NOON_APRIL_1, case_manager_services
from tests.ui.fakes import RecordingDialogs
from tests.ui.test_accessibility import unnamed_controls


@pytest.fixture
def admin(database: Database, services: AppServices) -> AppServices:
    """The administrator whom ``services`` created, on a workstation of her own."""
    return signed_in(database, "ana", SteppingClock(NOON_APRIL_1), ADMIN_PASSWORD)


@pytest.fixture
def services(database: Database) -> AppServices:
    """Case manager Carla on 1 April 2026; the clinic requires a consent for every
    disclosure to a facility, so the gate has something to refuse."""
    carla = case_manager_services(database)
    signed_in(database, "ana", SteppingClock(NOON_APRIL_1), ADMIN_PASSWORD).settings.update(
        {"clinic_name": "Riverside Counseling IOP", "require_consent_all_disclosures": True})
    return carla


@pytest.fixture
def client_id(services: AppServices) -> int:
    return services.clients.create(ClientInput("María", "Núñez", date(1988, 5, 14))).id


@pytest.fixture
def harbor(admin: AppServices) -> int:
    return admin.facilities.create(FacilityInput(
        "Harbor Residential", "residential", ("RES",), "12 Dock Street", "", "Eugene", "OR",
        "97401", "541-555-0100")).id


def documents_tab(qtbot: QtBot, ui: UiContext, client_id: int) -> tuple[RecordWindow,
                                                                          DocumentsPage]:
    record = RecordWindow(ui, client_id)
    qtbot.addWidget(record)
    record.show()
    qtbot.waitUntil(lambda: record.record is not None)
    page = record.documents_page
    with qtbot.waitSignal(page.disclosures_loaded):
        record.tabs.setCurrentWidget(page)
    return record, page


def previewed(qtbot: QtBot, dialog: PacketDialog) -> PreparedPacket:
    """Waits for the dialog's automatic or requested preview and its pages in the view."""
    if dialog.prepared is None:
        with qtbot.waitSignal(dialog.packet_prepared, timeout=20000) as prepared:
            if dialog.document.value == "transfer_summary":
                dialog.preview_button.click()
        packet: PreparedPacket = prepared.args[0]
    else:
        packet = dialog.prepared
    qtbot.waitUntil(lambda: dialog.preview.page_count() == packet.pages)
    return packet


def transfer_dialog(qtbot: QtBot, page: DocumentsPage, facility_id: int) -> PacketDialog:
    with qtbot.waitSignal(page.dialog_opened) as opened:
        page.transfer_button.click()
    dialog: PacketDialog = opened.args[0]
    qtbot.waitUntil(lambda: dialog.recipient.count() > 1)
    dialog.choose_facility(facility_id)
    return dialog


def keyboard_shortcut(qtbot: QtBot, dialog: PacketDialog, key: Qt.Key) -> None:
    """Ctrl+``key`` pressed in the packet dialog, as the person would."""
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.preview, key, Qt.KeyboardModifier.ControlModifier)


def consent_to(facility_id: int) -> ConsentInput:
    return ConsentInput(
        recipient=Recipient(facility_id=facility_id), purpose="Continuity of care",
        information_description="Diagnoses, medications, levels of care",
        includes_part2=False, signed_by=Signer.CLIENT, signer_name="María Núñez",
        signed_on=date(2026, 3, 25), expires_on=date(2026, 9, 25),
        right_to_revoke_explained=True, discloser="Riverside Counseling IOP",
        revocation_method=RevocationMethod.IN_WRITING,
        revocation_contact="Privacy Officer, Riverside Counseling IOP")


def test_the_discharge_summary_opens_as_a_preview_of_every_page_and_logs_nothing(
        qtbot: QtBot, ui: UiContext, services: AppServices, client_id: int) -> None:
    _record, page = documents_tab(qtbot, ui, client_id)
    assert page.empty_note.isVisibleTo(page)
    with qtbot.waitSignal(page.dialog_opened) as opened:
        page.discharge_button.click()
    dialog: PacketDialog = opened.args[0]
    with qtbot.waitSignal(dialog.packet_prepared, timeout=20000):
        pass  # the client's own copy needs no choice: it is previewed at once

    packet = previewed(qtbot, dialog)

    assert packet.pages >= 1 and packet.recipient_name == ""
    assert dialog.preview.pdf.pageCount() == packet.pages
    assert dialog.recipient.currentText() == "The client (own copy)"
    assert dialog.page_label.text() == f"Page 1 of {packet.pages}"
    assert "Nothing has left the clinic" in dialog.status.text()
    assert dialog.save_button.isEnabled() and dialog.print_button.isEnabled()
    assert services.packets.disclosures_of(client_id) == []
    assert unnamed_controls(dialog) == []


@pytest.mark.parametrize("make_it", [True, False])
def test_a_discharge_summary_for_a_client_in_care_asks_before_it_is_made(
        qtbot: QtBot, ui: UiContext, services: AppServices, dialogs: RecordingDialogs,
        client_id: int, make_it: bool) -> None:
    services.episodes.add(client_id, EpisodeInput("IOP", date(2026, 3, 9)))
    dialogs.answers.append(make_it)
    _record, page = documents_tab(qtbot, ui, client_id)

    with qtbot.waitSignal(page.dialog_opened) as opened:
        page.discharge_button.click()
    dialog: PacketDialog = opened.args[0]
    if make_it:
        packet = previewed(qtbot, dialog)
        assert packet.pages >= 1 and dialog.save_button.isEnabled()
    else:
        qtbot.waitUntil(lambda: "No discharge summary was made" in dialog.status.text())
        assert dialog.prepared is None and not dialog.save_button.isEnabled()

    assert dialogs.kinds() == ["question"]
    assert "María Núñez is still in active care" in dialogs.texts("question")[0]
    assert services.packets.disclosures_of(client_id) == []


def test_save_as_writes_the_previewed_file_and_the_documents_tab_lists_it(
        qtbot: QtBot, ui: UiContext, services: AppServices, dialogs: RecordingDialogs,
        client_id: int, harbor: int, tmp_path: Path, qtmodeltester: object) -> None:
    consent = services.consents.record(client_id, consent_to(harbor))
    _record, page = documents_tab(qtbot, ui, client_id)
    dialog = transfer_dialog(qtbot, page, harbor)
    dialog.reason.setPlainText("Needs 24-hour care after two relapses in IOP.")
    packet = previewed(qtbot, dialog)
    assert packet.consent_id == consent.id
    assert packet.suggested_file_name.startswith("Transfer summary - María Núñez")
    target = tmp_path / "harbor-transfer"  # the extension is added
    dialogs.files.append(target)

    with qtbot.waitSignals([dialog.packet_saved, page.disclosures_loaded], timeout=20000):
        keyboard_shortcut(qtbot, dialog, Qt.Key.Key_S)  # Ctrl+S, as Save as…

    saved = tmp_path / "harbor-transfer.pdf"
    data = saved.read_bytes()
    assert hashlib.sha256(data).hexdigest() == packet.sha256
    assert len(PdfReader(io.BytesIO(data)).pages) == packet.pages
    assert dialog.status.text() == (
        f"Saved harbor-transfer.pdf in {tmp_path} and logged on the Documents tab.")
    model = page.model
    assert model.rowCount() == 1
    texts = [model.index(0, column).data() for column in range(1, 8)]
    assert texts == ["Transfer summary", "Saved", "Harbor Residential", str(consent.id),
                     str(packet.pages), "Carla", packet.sha256[:12] + "…"]
    assert packet.sha256 in model.index(0, 7).data(Qt.ItemDataRole.ToolTipRole)
    assert "harbor-transfer.pdf" in model.index(0, 7).data(Qt.ItemDataRole.ToolTipRole)
    assert not page.empty_note.isVisibleTo(page)
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_a_transfer_without_consent_is_refused_in_words_until_the_consent_is_recorded(
        qtbot: QtBot, ui: UiContext, services: AppServices, dialogs: RecordingDialogs,
        client_id: int, harbor: int, tmp_path: Path) -> None:
    _record, page = documents_tab(qtbot, ui, client_id)
    dialog = transfer_dialog(qtbot, page, harbor)

    with qtbot.waitSignal(dialog.packet_refused, timeout=20000) as refused:
        dialog.preview_button.click()

    sentence = refused.args[0]
    assert "consent" in sentence.lower() and "Harbor Residential" in sentence
    assert dialog.refusal.text() == sentence and dialog.refusal.isVisibleTo(dialog)
    assert dialog.prepared is None and dialog.preview.page_count() == 0
    assert not dialog.save_button.isEnabled() and not dialog.print_button.isEnabled()
    dialog.save_as()  # Ctrl+S does nothing without a preview
    dialog.print_packet()
    assert "print" not in dialogs.kinds()
    assert list(tmp_path.iterdir()) == [] or all(
        path.suffix != ".pdf" for path in tmp_path.rglob("*"))
    assert services.packets.disclosures_of(client_id) == []

    # Record consent… opens the consent form already pointed at the facility.
    assert dialog.consent_button.isVisibleTo(dialog)
    with qtbot.waitSignal(dialog.consent_dialog_opened) as opened:
        dialog.consent_button.click()
    consent_dialog: RecordConsentDialog = opened.args[0]
    qtbot.waitUntil(lambda: consent_dialog.facility.currentData() == harbor)
    assert consent_dialog.signer_name.text() == "María Núñez"
    consent_dialog.purpose.setPlainText("Continuity of care at transfer")
    consent_dialog.information.setPlainText("Diagnoses, medications, levels of care")
    consent_dialog.right_to_revoke.setChecked(True)
    set_day(consent_dialog.expires_on, date(2026, 10, 1))
    with qtbot.waitSignal(consent_dialog.saved, timeout=20000):
        consent_dialog.save_button.click()
    assert not dialog.refusal.isVisibleTo(dialog)
    assert "Consent recorded" in dialog.status.text()

    packet = previewed(qtbot, dialog)  # the same packet now passes the gate
    assert packet.recipient_name == "Harbor Residential" and packet.consent_id is not None


def test_choosing_another_facility_after_a_preview_withdraws_save_and_print(
        qtbot: QtBot, ui: UiContext, services: AppServices, client_id: int,
        harbor: int) -> None:
    services.consents.record(client_id, consent_to(harbor))
    _record, page = documents_tab(qtbot, ui, client_id)
    dialog = transfer_dialog(qtbot, page, harbor)
    previewed(qtbot, dialog)

    dialog.reason.setPlainText("Changed my mind about the wording.")

    assert dialog.prepared is None
    assert not dialog.save_button.isEnabled()
    assert "press Preview" in dialog.status.text()


def test_printing_sends_every_page_to_the_printer_and_logs_a_printed_disclosure(
        qtbot: QtBot, ui: UiContext, services: AppServices, dialogs: RecordingDialogs,
        client_id: int, tmp_path: Path) -> None:
    _record, page = documents_tab(qtbot, ui, client_id)
    with qtbot.waitSignal(page.dialog_opened) as opened:
        page.discharge_button.click()
    dialog: PacketDialog = opened.args[0]
    with qtbot.waitSignal(dialog.packet_prepared, timeout=20000):
        pass
    packet = previewed(qtbot, dialog)
    printed = tmp_path / "printed.pdf"
    dialogs.print_to.append(printed)

    with qtbot.waitSignals([dialog.packet_printed, page.disclosures_loaded], timeout=30000):
        keyboard_shortcut(qtbot, dialog, Qt.Key.Key_P)  # Ctrl+P, as Print…

    assert len(PdfReader(printed).pages) == packet.pages
    [logged] = services.packets.disclosures_of(client_id)
    assert (logged.action, logged.recipient_name, logged.sha256) == (
        "printed", "", packet.sha256)
    assert logged.own_copy
    assert page.model.index(0, 2).data() == "Printed"
    assert page.model.index(0, 3).data() == "The client (own copy)"


def test_cancelling_the_print_dialog_prints_and_logs_nothing(
        qtbot: QtBot, ui: UiContext, services: AppServices, dialogs: RecordingDialogs,
        client_id: int) -> None:
    _record, page = documents_tab(qtbot, ui, client_id)
    dialog = page.discharge_summary()
    assert dialog is not None
    with qtbot.waitSignal(dialog.packet_prepared, timeout=20000):
        pass

    dialog.print_packet()  # the fake print dialog has no answer: Cancel

    assert dialogs.kinds() == ["print"]
    assert services.packets.disclosures_of(client_id) == []


def test_a_consent_revoked_after_the_preview_stops_the_save_and_writes_nothing(
        qtbot: QtBot, ui: UiContext, services: AppServices, dialogs: RecordingDialogs,
        client_id: int, harbor: int, tmp_path: Path) -> None:
    consent = services.consents.record(client_id, consent_to(harbor))
    _record, page = documents_tab(qtbot, ui, client_id)
    dialog = transfer_dialog(qtbot, page, harbor)
    previewed(qtbot, dialog)
    services.consents.revoke(consent.id, consent.version, date(2026, 4, 1))
    dialogs.files.append(tmp_path / "too-late.pdf")

    with qtbot.waitSignal(dialog.packet_refused, timeout=20000) as refused:
        dialog.save_button.click()

    assert f"no. {consent.id}" in refused.args[0] and "no longer active" in refused.args[0]
    assert dialog.refusal.text() == refused.args[0]
    assert dialog.prepared is None and not dialog.save_button.isEnabled()
    assert list(tmp_path.glob("*.pdf")) == [] and list(tmp_path.glob(".*part")) == []
    assert services.packets.disclosures_of(client_id) == []


def test_a_read_only_user_sees_the_log_but_cannot_make_packets(
        qtbot: QtBot, database: Database, services: AppServices, admin: AppServices,
        dialogs: RecordingDialogs, client_id: int) -> None:
    from coordinator.domain.roles import Role
    from tests.services.helpers import add_user

    services.packets.record_printed(services.packets.prepare(
        PacketRequest.discharge(client_id)))
    add_user(admin, "rita", Role.READ_ONLY)
    reader = UiContext.create(signed_in(database, "rita", SteppingClock(NOON_APRIL_1)),
                              dialogs)
    try:
        _record, page = documents_tab(qtbot, reader, client_id)
        assert page.model.rowCount() == 1
        assert not page.transfer_button.isVisibleTo(page)
        assert not page.discharge_button.isVisibleTo(page)
        assert page.transfer_packet() is None and page.discharge_summary() is None
        assert unnamed_controls(page) == []
    finally:
        reader.operations.wait()
        reader.close()
