"""A packet refused for a missing consent: Record consent… opens the consent form filled
in with what the refusal asked for (recipient, purpose, the information the packet
carries, and Part 2 where it carries substance-use treatment information)."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from coordinator.domain.vocabulary import CareFocus
from coordinator.services.app import AppServices
from coordinator.services.care import EpisodeInput
from coordinator.ui.context import UiContext
from coordinator.ui.record.consent_dialogs import RecordConsentDialog
from tests.ui import test_packet_dialog as same_clinic
from tests.ui.test_packet_dialog import documents_tab, transfer_dialog

admin = same_clinic.admin  # the fixtures of the same clinic and client
services = same_clinic.services
client_id = same_clinic.client_id
harbor = same_clinic.harbor


def test_record_consent_opens_with_what_the_refusal_asked_for(
        qtbot: QtBot, ui: UiContext, services: AppServices, client_id: int,
        harbor: int) -> None:
    services.episodes.add(client_id, EpisodeInput(
        "IOP", date(2026, 3, 2), focus=CareFocus.CO_OCCURRING.value))
    _record, page = documents_tab(qtbot, ui, client_id)
    dialog = transfer_dialog(qtbot, page, harbor)
    with qtbot.waitSignal(dialog.packet_refused, timeout=20000):
        dialog.preview_button.click()

    with qtbot.waitSignal(dialog.consent_dialog_opened) as opened:
        dialog.consent_button.click()
    form: RecordConsentDialog = opened.args[0]
    qtbot.waitUntil(lambda: form.facility.currentData() == harbor)

    assert form.recipient_kind.currentText() == "Partner facility"
    assert form.facility.currentText().startswith("Harbor Residential")
    assert form.purpose.toPlainText() == "Transfer of care to Harbor Residential"
    assert form.information.toPlainText() == (
        "Levels of care and dates of treatment; Discharge and aftercare plan; "
        "Substance-use treatment information (42 CFR Part 2)")
    assert form.part2.isChecked()
