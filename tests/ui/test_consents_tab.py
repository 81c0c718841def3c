"""The record's Consents tab: record a release of information, see what an incomplete one
lacks, revoke one, and a read-only user cannot record any."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from coordinator.domain.consent import ConsentState, Recipient, Signer
from coordinator.domain.roles import Role
from coordinator.services.app import AppServices
from coordinator.services.consent_views import ConsentInput
from coordinator.services.dto import ClientInput
from coordinator.store.engine import Database
from coordinator.ui.care.fields import set_day
from coordinator.ui.context import UiContext
from coordinator.ui.record.consent_dialogs import RecordConsentDialog, RevokeConsentDialog
from coordinator.ui.record.window import RecordWindow
from tests.services.helpers import ADMIN_PASSWORD, SteppingClock, add_user, signed_in
from tests.ui.care_helpers import NOON_APRIL_1, add_facility, case_manager_services
from tests.ui.fakes import RecordingDialogs
from tests.ui.test_accessibility import unnamed_controls

STATE = 1  # the State column


@pytest.fixture
def services(database: Database) -> AppServices:
    carla = case_manager_services(database)
    signed_in(database, "ana", SteppingClock(NOON_APRIL_1), ADMIN_PASSWORD).settings.update(
        {"clinic_name": "Riverside Counseling IOP"})
    return carla


def add_client(services: AppServices) -> int:
    return services.clients.create(ClientInput("María", "Núñez", date(1988, 5, 14))).id


def consents_tab(qtbot: QtBot, ui: UiContext, client_id: int) -> RecordWindow:
    record = RecordWindow(ui, client_id)
    qtbot.addWidget(record)
    with qtbot.waitSignal(record.consents_page.consents_loaded):
        record.show()
    qtbot.waitUntil(lambda: record.record is not None)
    record.tabs.setCurrentWidget(record.consents_page)
    return record


def opened_dialog(qtbot: QtBot, record: RecordWindow) -> RecordConsentDialog:
    dialog = record.consents_page.record_consent()
    assert dialog is not None
    qtbot.waitUntil(dialog.save_button.isEnabled)
    return dialog


def test_a_complete_consent_to_a_partner_facility_is_listed_active(
        qtbot: QtBot, ui: UiContext, services: AppServices, database: Database,
        qtmodeltester: object) -> None:
    harbor = add_facility(database, "Harbor Residential", "residential", ("RES",))
    record = consents_tab(qtbot, ui, add_client(services))
    page = record.consents_page
    assert page.empty_note.isVisibleTo(page)
    dialog = opened_dialog(qtbot, record)
    assert dialog.signer_name.text() == "María Núñez"
    dialog.choose_facility(harbor)
    dialog.purpose.setPlainText("Coordination of care at transfer to residential treatment")
    dialog.information.setPlainText("SUD diagnosis, treatment dates, medications")
    dialog.part2.setChecked(True)
    dialog.right_to_revoke.setChecked(True)
    set_day(dialog.expires_on, date(2026, 10, 1))

    with qtbot.waitSignal(page.consents_loaded):
        dialog.save_button.click()

    assert page.model.rowCount() == 1
    texts = [page.model.index(0, column).data() for column in range(6)]
    assert texts == ["Harbor Residential", "Active", "Yes", "2026-04-01 by María Núñez",
                     "2026-10-01",
                     "Coordination of care at transfer to residential treatment"]
    assert not page.empty_note.isVisibleTo(page)
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]


def test_an_incomplete_consent_lists_what_is_missing_and_a_revoked_one_says_revoked(
        qtbot: QtBot, ui: UiContext, services: AppServices) -> None:
    record = consents_tab(qtbot, ui, add_client(services))
    page = record.consents_page
    dialog = opened_dialog(qtbot, record)
    dialog.recipient_kind.setCurrentIndex(dialog.recipient_kind.findData("class"))
    dialog.recipient_class.setText("My treating providers")
    dialog.information.setPlainText("Mental health diagnosis and treatment dates")
    dialog.signed_by.setCurrentIndex(dialog.signed_by.findData(Signer.REPRESENTATIVE.value))
    assert dialog.relationship.isVisibleTo(dialog)
    dialog.signer_name.setText("Rosa Núñez")

    with qtbot.waitSignal(page.consents_loaded):
        dialog.save_button.click()

    state = page.model.index(0, STATE).data()
    assert state == ("⚠ Missing: purpose, right to revoke, representative's relationship")
    assert page.model.index(0, STATE).data(Qt.ItemDataRole.ToolTipRole) == (
        "Mental health diagnosis and treatment dates\n"
        "⚠ The purpose of the disclosure is missing.\n"
        "⚠ The statement of the right to revoke is not confirmed.\n"
        "⚠ The representative's relationship to the client is missing.")
    assert page.model.index(0, 3).data() == "2026-04-01 by Rosa Núñez (representative)"

    assert page.selected() is not None  # the consent just saved is chosen
    assert page.missing_note.isVisibleTo(page)
    assert page.missing_note.text().splitlines()[0] == (
        "⚠ The purpose of the disclosure is missing.")
    assert page.revoke_button.isEnabled()
    revoke = page.revoke_consent()
    assert revoke is not None
    set_day(revoke.revoked_on, date(2026, 4, 2))
    revoke.save_button.click()
    qtbot.waitUntil(lambda: revoke.errors.message("revoked_on") != "")
    assert revoke.errors.message("revoked_on") == "A revocation cannot be dated after today."
    set_day(revoke.revoked_on, date(2026, 4, 1))
    with qtbot.waitSignal(page.consents_loaded):
        revoke.save_button.click()

    assert page.model.index(0, STATE).data() == "Revoked 2026-04-01"
    assert not page.missing_note.isVisibleTo(page)
    assert page.model.row_at(0) is not None
    assert page.model.row_at(0).state is ConsentState.REVOKED  # type: ignore[union-attr]
    page.table.selectRow(0)
    assert not page.revoke_button.isEnabled()


def test_a_read_only_user_sees_consents_but_cannot_record_or_revoke(
        qtbot: QtBot, database: Database, services: AppServices,
        dialogs: RecordingDialogs) -> None:
    client_id = add_client(services)
    services.consents.record(client_id, ConsentInput(
        Recipient(class_name="My treating providers"), "Coordination of care",
        "Treatment dates", False, Signer.CLIENT, "María Núñez", date(2026, 3, 30),
        expires_on=date(2026, 4, 30), right_to_revoke_explained=True))
    clock = SteppingClock(NOON_APRIL_1)
    add_user(signed_in(database, "ana", clock, ADMIN_PASSWORD), "rita", Role.READ_ONLY)
    reader = UiContext.create(signed_in(database, "rita", clock), dialogs)
    try:
        record = consents_tab(qtbot, reader, client_id)
        page = record.consents_page
        assert page.model.index(0, STATE).data() == "Active"
        page.table.selectRow(0)
        assert not page.record_button.isEnabled()
        assert not page.revoke_button.isEnabled()
        assert page.record_consent() is None
        assert page.revoke_consent() is None
        assert dialogs.opened == []
    finally:
        reader.operations.wait()
        reader.close()


def test_the_tab_and_its_dialogs_name_every_control_and_alt_c_opens_record_consent(
        qtbot: QtBot, ui: UiContext, services: AppServices) -> None:
    client_id = add_client(services)
    services.consents.record(client_id, ConsentInput(
        Recipient(class_name="My treating providers"), "Coordination of care",
        "Treatment dates", True, Signer.CLIENT, "María Núñez", date(2026, 3, 30),
        expires_on=date(2026, 4, 30), right_to_revoke_explained=True))
    record = consents_tab(qtbot, ui, client_id)
    page = record.consents_page
    assert unnamed_controls(page) == []
    record.activateWindow()
    qtbot.waitUntil(record.isActiveWindow)

    with qtbot.waitSignal(page.dialog_opened) as opened:
        qtbot.keyClick(record, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    dialog = opened.args[0]
    assert isinstance(dialog, RecordConsentDialog)
    assert unnamed_controls(dialog) == []
    dialog.reject()

    page.table.selectRow(0)
    record.activateWindow()
    qtbot.waitUntil(record.isActiveWindow)
    with qtbot.waitSignal(page.dialog_opened) as opened:
        qtbot.keyClick(record, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    assert isinstance(opened.args[0], RevokeConsentDialog)
    assert unnamed_controls(opened.args[0]) == []
    opened.args[0].reject()


def test_impossible_dates_and_a_missing_recipient_are_shown_by_their_fields(
        qtbot: QtBot, ui: UiContext, services: AppServices) -> None:
    record = consents_tab(qtbot, ui, add_client(services))
    dialog = opened_dialog(qtbot, record)
    assert dialog.facility.count() == 0  # no partner facility in this clinic yet
    set_day(dialog.expires_on, date(2026, 3, 1))

    with qtbot.waitSignal(dialog.refused):
        dialog.save_button.click()

    assert dialog.errors.message("recipient") == (
        "Choose one recipient: a partner facility, an organization, or a named class of "
        "recipients.")
    assert dialog.errors.message("expires_on") == (
        "The consent cannot expire before the day it was signed.")
    assert dialog.isVisible()
    assert services.consents.consents_of(record.client_id) == []
