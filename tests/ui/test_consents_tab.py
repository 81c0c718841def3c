"""The record's Consents tab: record a release of information, see what an incomplete one
lacks, revoke one, and a read-only user cannot record any; the form asks how and to whom
the client may revoke, the single consent for treatment, payment and health care
operations, and who signs with a minor under the clinic's setting (2024 Part 2 rule)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from coordinator.domain.consent import (
    TPO_REDISCLOSURE_STATEMENT,
    ConsentState,
    Recipient,
    RevocationMethod,
    Signer,
)
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
from tests.ui.care_helpers import NOON_APRIL_1, add_facility, case_manager_services, on_screen
from tests.ui.fakes import RecordingDialogs
from tests.ui.test_accessibility import mnemonic_clashes, unnamed_controls

STATE = 1  # the State column
SIGNED = 3  # the Signed column
OFFICE = "Privacy Officer, Riverside Counseling IOP"


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
    # How to revoke: in writing to the clinic's privacy officer unless the form says other.
    assert dialog.revocation_method.currentText() == "In writing"
    assert dialog.revocation_contact.text() == OFFICE
    assert not dialog.minor_hint.isVisibleTo(dialog)  # María is an adult
    assert not dialog.co_signer_name.isVisibleTo(dialog)
    assert not dialog.tpo_statement.isVisibleTo(dialog)
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
    assert texts == ["Harbor Residential", "Active", "Yes",
                     f"{on_screen(2026, 4, 1)} by María Núñez", on_screen(2026, 10, 1),
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
    assert page.model.index(0, 3).data() == (
        f"{on_screen(2026, 4, 1)} by Rosa Núñez (representative)")

    # The consent just saved is chosen, whether the list was read again before or after.
    qtbot.waitUntil(lambda: page.selected() is not None)
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

    assert page.model.index(0, STATE).data() == f"Revoked {on_screen(2026, 4, 1)}"
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
        expires_on=date(2026, 4, 30), right_to_revoke_explained=True,
        revocation_method=RevocationMethod.IN_WRITING, revocation_contact=OFFICE))
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
        expires_on=date(2026, 4, 30), right_to_revoke_explained=True,
        revocation_method=RevocationMethod.IN_WRITING, revocation_contact=OFFICE))
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


def add_minor(services: AppServices) -> int:
    """Kim Sok, 15 on 1 April 2026."""
    return services.clients.create(ClientInput("Kim", "Sok", date(2010, 11, 20))).id


def tab_order(dialog: RecordConsentDialog) -> list[str]:
    """The accessible names of the visible controls Tab reaches, from the first field on."""
    names: list[str] = []
    widget = dialog.recipient_kind.nextInFocusChain()
    names.append(dialog.recipient_kind.accessibleName())
    while widget is not dialog.recipient_kind:
        if (widget.isVisibleTo(dialog) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and widget.accessibleName()):
            names.append(widget.accessibleName())
        widget = widget.nextInFocusChain()
    return names


def clinic_minor_age(database: Database, age: int) -> None:
    signed_in(database, "ana", SteppingClock(NOON_APRIL_1), ADMIN_PASSWORD).settings.update(
        {"minor_sud_consent_age": age})


def test_a_minor_s_tpo_consent_co_signed_by_her_mother_is_saved_with_every_new_element(
        qtbot: QtBot, ui: UiContext, services: AppServices, database: Database) -> None:
    clinic_minor_age(database, 16)
    client_id = add_minor(services)
    record = consents_tab(qtbot, ui, client_id)
    page = record.consents_page
    dialog = opened_dialog(qtbot, record)
    dialog.show()
    # Kim is 15 and the clinic's state asks a parent's consent under 16, so Kim signs with
    # her mother once the consent includes Part 2 information.
    assert dialog.minor_hint.isVisibleTo(dialog)
    assert dialog.minor_hint.text() == (
        "Kim Sok is 15 on the date signed, younger than the 16 at which the clinic's state "
        "lets a minor consent to substance-use treatment alone (42 CFR 2.14), so Kim Sok and "
        "a parent or guardian both sign a consent that includes such information.")
    assert not dialog.co_signer_name.isVisibleTo(dialog)
    dialog.part2.setChecked(True)
    assert dialog.co_signer_name.isVisibleTo(dialog)
    assert dialog.co_signer_relationship.isVisibleTo(dialog)
    dialog.for_tpo.setChecked(True)
    assert dialog.tpo_statement.isVisibleTo(dialog)
    assert dialog.tpo_statement.text() == TPO_REDISCLOSURE_STATEMENT
    assert mnemonic_clashes(dialog) == {}
    assert dialog.width() <= 1280 and dialog.height() <= 720
    # Rows just shown take their place in tab order when Tab is next pressed.
    qtbot.keyClick(dialog.recipient_kind, Qt.Key.Key_Tab)
    assert tab_order(dialog) == [
        "Kind of recipient", "Facility", "Who may disclose", "Purpose of the disclosure",
        "Information that may be disclosed", "Includes substance-use treatment information",
        "Single consent for treatment, payment and health care operations",
        "The signed form includes the redisclosure statement", "Date signed", "Signed by",
        "Name of the person who signed",
        "Name of the parent or guardian who signed with the client",
        "Co-signer's relationship to the client", "The consent expires on a date",
        "Expiration date", "Expiration event", "The form states the right to revoke",
        "How the client may revoke", "To whom or where a written revocation goes", "Save",
        "Cancel"]
    dialog.recipient_kind.setCurrentIndex(dialog.recipient_kind.findData("class"))
    dialog.recipient_class.setText("My treating providers and health plans")
    dialog.purpose.setPlainText("For treatment, payment and health care operations")
    dialog.information.setPlainText("SUD diagnosis, treatment dates, medications")
    dialog.tpo_included.setChecked(True)
    dialog.co_signer_name.setText("Ana Sok")
    dialog.co_signer_relationship.setText("mother")
    dialog.right_to_revoke.setChecked(True)
    dialog.revocation_method.setCurrentIndex(dialog.revocation_method.findData(
        RevocationMethod.IN_WRITING_OR_ORALLY.value))
    dialog.revocation_contact.setText("Privacy Officer, 12 Main St, Riverbend")

    with qtbot.waitSignal(page.consents_loaded):
        dialog.save_button.click()

    assert page.model.index(0, STATE).data() == "Active"
    assert page.model.index(0, SIGNED).data() == (
        f"{on_screen(2026, 4, 1)} by Kim Sok with Ana Sok (mother)")
    saved = services.consents.consents_of(client_id)[0].details
    assert (saved.revocation_method, saved.revocation_contact, saved.for_tpo,
            saved.tpo_redisclosure_statement, saved.co_signer_name,
            saved.co_signer_relationship) == (
        RevocationMethod.IN_WRITING_OR_ORALLY, "Privacy Officer, 12 Main St, Riverbend",
        True, True, "Ana Sok", "mother")


def test_a_minor_s_consent_signed_by_a_representative_shows_the_refusal_by_its_field(
        qtbot: QtBot, ui: UiContext, services: AppServices) -> None:
    client_id = add_minor(services)  # the clinic's setting: 12, so Kim may sign alone
    record = consents_tab(qtbot, ui, client_id)
    dialog = opened_dialog(qtbot, record)
    assert dialog.minor_hint.text().startswith(
        "Kim Sok is 15 on the date signed, and the clinic's state lets a minor of 12 or "
        "older consent to substance-use treatment alone (42 CFR 2.14), so only Kim Sok may "
        "sign")
    dialog.recipient_kind.setCurrentIndex(dialog.recipient_kind.findData("class"))
    dialog.recipient_class.setText("My treating providers")
    dialog.purpose.setPlainText("Coordination of care")
    dialog.information.setPlainText("SUD treatment dates")
    dialog.part2.setChecked(True)
    assert not dialog.co_signer_name.isVisibleTo(dialog)
    dialog.signed_by.setCurrentIndex(dialog.signed_by.findData(Signer.REPRESENTATIVE.value))
    dialog.signer_name.setText("Ana Sok")
    dialog.relationship.setText("Mother")

    with qtbot.waitSignal(dialog.refused):
        dialog.save_button.click()

    assert dialog.errors.message("signed_by") == (
        "Kim Sok is 15, and the clinic's state lets a minor of 12 or older consent to "
        "substance-use treatment alone (42 CFR 2.14), so only Kim Sok may sign this "
        "consent. It is signed by a representative, not by Kim Sok.")
    assert services.consents.consents_of(client_id) == []


def test_a_consent_that_does_not_say_how_to_revoke_is_listed_as_missing_it(
        qtbot: QtBot, ui: UiContext, services: AppServices) -> None:
    record = consents_tab(qtbot, ui, add_client(services))
    page = record.consents_page
    dialog = opened_dialog(qtbot, record)
    dialog.recipient_kind.setCurrentIndex(dialog.recipient_kind.findData("class"))
    dialog.recipient_class.setText("My treating providers")
    dialog.purpose.setPlainText("Coordination of care")
    dialog.information.setPlainText("Treatment dates")
    dialog.right_to_revoke.setChecked(True)
    dialog.revocation_method.setCurrentIndex(dialog.revocation_method.findData(""))
    dialog.revocation_contact.clear()

    with qtbot.waitSignal(page.consents_loaded):
        dialog.save_button.click()

    assert page.model.index(0, STATE).data() == "⚠ Missing: how to revoke, where to revoke"
