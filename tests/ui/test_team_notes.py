"""The record's Care team and Notes tabs: add a therapist, log a call, refuse an empty note."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from coordinator.domain.roles import Role
from coordinator.domain.vocabulary import NoteKind
from coordinator.services.app import AppServices
from coordinator.services.dto import ClientInput
from coordinator.services.team import CareTeamInput, NoteInput
from coordinator.store.engine import Database
from coordinator.store.models import ClientNote
from coordinator.ui.care.fields import set_day
from coordinator.ui.context import UiContext
from coordinator.ui.record.team_notes_dialogs import CareTeamDialog, EndMemberDialog, NoteDialog
from coordinator.ui.record.window import RecordWindow
from coordinator.ui.views.table_models import RowTableModel
from tests.services.helpers import SteppingClock, add_user, signed_in
from tests.ui.care_helpers import NOON_APRIL_1, case_manager_services, on_screen
from tests.ui.fakes import RecordingDialogs


@pytest.fixture
def services(database: Database) -> AppServices:
    return case_manager_services(database)


def open_record(qtbot: QtBot, ui: UiContext, client_id: int) -> RecordWindow:
    record = RecordWindow(ui, client_id)
    qtbot.addWidget(record)
    with qtbot.waitSignals([record.record_loaded, record.team_page.members_loaded,
                            record.notes_page.notes_loaded]):
        record.show()
    return record


def add_client(services: AppServices) -> int:
    return services.clients.create(ClientInput("María", "Núñez", date(1988, 5, 14))).id


def texts(model: RowTableModel[Any], row: int) -> list[str]:
    return [model.data(model.index(row, column)) for column in range(model.columnCount())]


def test_a_therapist_added_through_the_dialog_shows_in_the_care_team(
        qtbot: QtBot, ui: UiContext, services: AppServices) -> None:
    record = open_record(qtbot, ui, add_client(services))
    page = record.team_page
    assert page.model.rowCount() == 0 and page.add_button.isEnabled()

    dialog = page.add_member()
    assert isinstance(dialog, CareTeamDialog)
    dialog.role.setCurrentIndex(dialog.role.findData("Therapist"))
    dialog.fields["name"].setText("Dr. Lena Ito")
    dialog.fields["organization"].setText("Riverside Counseling")
    dialog.fields["phone"].setText("(916) 555-0101")
    dialog.fields["email"].setText("lito@riverside.example")
    with qtbot.waitSignals([dialog.saved, page.members_loaded]):
        dialog.save_button.click()

    assert page.model.rowCount() == 1
    assert texts(page.model, 0)[:6] == ["Therapist", "Dr. Lena Ito", "Riverside Counseling",
                                        "(916) 555-0101", "", "lito@riverside.example"]
    page.table.selectRow(0)
    assert page.edit_button.isEnabled() and page.end_button.isEnabled()


def test_a_logged_call_comes_first_with_the_authors_name(
        qtbot: QtBot, ui: UiContext, services: AppServices) -> None:
    client_id = add_client(services)
    services.notes.add(client_id, NoteInput(NoteKind.VISIT, "Client", "Home visit.",
                                            NOON_APRIL_1 - timedelta(days=2)))
    record = open_record(qtbot, ui, client_id)
    page = record.notes_page

    dialog = page.add_note()
    assert isinstance(dialog, NoteDialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("call"))
    dialog.contact_with.setText("Mother")
    dialog.body.setPlainText("Called to confirm Monday's intake at Riverside IOP.")
    with qtbot.waitSignals([dialog.saved, page.notes_loaded]):
        dialog.save_button.click()

    assert page.model.rowCount() == 2
    first = texts(page.model, 0)
    assert first[1:4] == ["Call", "Mother", "Carla"]
    assert first[4].startswith("Called to confirm")
    page.table.selectRow(0)
    assert "Monday's intake at Riverside IOP." in page.full_text.toPlainText()
    assert page.error_button.isEnabled()


def test_an_empty_note_shows_the_field_message_and_saves_nothing(
        qtbot: QtBot, ui: UiContext, services: AppServices, database: Database) -> None:
    record = open_record(qtbot, ui, add_client(services))
    dialog = record.notes_page.add_note()
    assert isinstance(dialog, NoteDialog)
    dialog.contact_with.setText("Mother")
    with qtbot.waitSignal(dialog.refused):
        dialog.save_button.click()

    assert dialog.errors.message("body") == "Write what happened in the note."
    assert dialog.isVisible()
    with database.engine.connect() as connection:
        assert connection.execute(select(func.count(ClientNote.id))).scalar_one() == 0


def test_a_note_entered_in_error_is_struck_through(
        qtbot: QtBot, ui: UiContext, services: AppServices) -> None:
    client_id = add_client(services)
    note = services.notes.add(client_id, NoteInput(NoteKind.CALL, "Mother", "Wrong chart.",
                                                   NOON_APRIL_1 - timedelta(hours=1)))
    services.notes.mark_entered_in_error(note.id, note.version, "Wrong client")
    record = open_record(qtbot, ui, client_id)
    model = record.notes_page.model
    assert model.data(model.index(0, 4)).startswith("[Entered in error]")
    assert model.data(model.index(0, 0), Qt.ItemDataRole.FontRole).strikeOut()
    record.notes_page.table.selectRow(0)
    assert not record.notes_page.error_button.isEnabled()


def test_a_read_only_user_sees_the_tabs_without_edit_buttons(
        qtbot: QtBot, database: Database, dialogs: RecordingDialogs) -> None:
    writer = case_manager_services(database)
    client_id = add_client(writer)
    admin = signed_in(database, "ana", SteppingClock(NOON_APRIL_1), "admin-password-1")
    add_user(admin, "reader", Role.READ_ONLY)
    reader = signed_in(database, "reader", SteppingClock(NOON_APRIL_1))
    ui = UiContext.create(reader, dialogs)
    try:
        record = open_record(qtbot, ui, client_id)
        for button in (record.team_page.add_button, record.team_page.edit_button,
                       record.team_page.end_button, record.notes_page.add_button,
                       record.notes_page.error_button):
            assert not button.isEnabled()
    finally:
        ui.operations.wait()
        ui.close()


def test_ending_a_team_member_keeps_them_listed_as_ended(
        qtbot: QtBot, ui: UiContext, services: AppServices) -> None:
    client_id = add_client(services)
    services.team.add(client_id, CareTeamInput("Psychiatrist", "Dr. Omar Haddad",
                                               start_date=date(2026, 1, 5)))
    record = open_record(qtbot, ui, client_id)
    page = record.team_page
    page.table.selectRow(0)
    dialog = page.end_member()
    assert isinstance(dialog, EndMemberDialog)
    set_day(dialog.end, date(2026, 3, 31))
    with qtbot.waitSignals([dialog.saved, page.members_loaded]):
        dialog.save_button.click()

    assert texts(page.model, 0)[6] == f"{on_screen(2026, 1, 5)} – ended {on_screen(2026, 3, 31)}"
    page.table.selectRow(0)
    assert not page.edit_button.isEnabled() and not page.end_button.isEnabled()
