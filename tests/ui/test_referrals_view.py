"""Closed-loop referrals on screen: refer a client to a facility from the record, move the
referral requested → accepted → completed with "got help", read its history; an overdue
referral shows on the dashboard and in the Referrals view's overdue filter."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from coordinator.domain.vocabulary import (
    ReferralCategory,
    ReferralOutcome,
    ReferralPriority,
    ReferralStatus,
)
from coordinator.services.app import AppServices
from coordinator.services.care import EpisodeInput, TransitionPlan
from coordinator.services.dto import ClientInput
from coordinator.services.referral_views import ReferralInput
from coordinator.store.engine import Database
from coordinator.ui.care.fields import set_day
from coordinator.ui.context import UiContext
from coordinator.ui.locale_text import date_text
from coordinator.ui.record.window import RecordWindow
from coordinator.ui.referrals.detail import ReferralDetailDialog
from coordinator.ui.referrals.dialogs import NewReferralDialog, StatusChangeDialog
from coordinator.ui.referrals.view import PAGE_SIZE, ReferralsView
from coordinator.ui.views.dashboard import DashboardView
from coordinator.ui.views.table_models import RowTableModel
from tests.ui.care_helpers import TODAY, add_facility, case_manager_services
from tests.ui.fakes import RecordingDialogs
from tests.ui.test_accessibility import unnamed_controls

S = ReferralStatus


@pytest.fixture
def services(database: Database) -> AppServices:
    return case_manager_services(database)


def texts(model: RowTableModel[Any], row: int) -> list[str]:
    return [model.data(model.index(row, column)) for column in range(model.columnCount())]


def open_record(qtbot: QtBot, ui: UiContext, client_id: int) -> RecordWindow:
    record = RecordWindow(ui, client_id)
    qtbot.addWidget(record)
    with qtbot.waitSignals([record.record_loaded, record.referrals_page.referrals_loaded]):
        record.show()
    return record


def change_status(qtbot: QtBot, record: RecordWindow, status: ReferralStatus,
                  note: str, outcome: ReferralOutcome | None = None) -> None:
    page = record.referrals_page
    page.table.selectRow(0)
    dialog = page.change_status()
    assert isinstance(dialog, StatusChangeDialog)
    dialog.choose(status, outcome)
    dialog.note.setPlainText(note)
    with qtbot.waitSignals([dialog.saved, page.referrals_loaded]):
        dialog.save_button.click()


def test_refer_from_the_record_move_to_completed_with_got_help_and_read_the_history(
        qtbot: QtBot, ui: UiContext, services: AppServices, database: Database) -> None:
    hope = add_facility(database, "Hope House", "residential", ("RES",))
    client = services.clients.create(ClientInput("María", "Núñez", date(1988, 5, 14)))
    record = open_record(qtbot, ui, client.id)
    page = record.referrals_page
    assert page.model.rowCount() == 0 and page.new_button.isEnabled()

    dialog = page.new_referral()
    assert isinstance(dialog, NewReferralDialog)
    with qtbot.waitSignal(dialog.choices_loaded):
        pass
    dialog.choose_facility(hope)
    dialog.category.setCurrentIndex(dialog.category.findData(ReferralCategory.HOUSING.value))
    dialog.reason.setPlainText("Needs a sober-living bed after IOP.")
    dialog.note.setPlainText("Prefers afternoon calls.")
    with qtbot.waitSignals([dialog.saved, page.referrals_loaded]):
        dialog.save_button.click()
    due = date_text(TODAY + timedelta(days=7))
    assert texts(page.model, 0) == [due, "Requested", "Housing", "Hope House", "Carla",
                                    "Needs a sober-living bed after IOP."]

    change_status(qtbot, record, S.ACCEPTED, "Intake on Friday")
    # Completing without an outcome is refused in the dialog, under the outcome field.
    page.table.selectRow(0)
    closing = page.change_status()
    assert isinstance(closing, StatusChangeDialog)
    closing.choose(S.COMPLETED)
    assert closing.outcome.isVisibleTo(closing)
    with qtbot.waitSignal(closing.refused):
        closing.save_button.click()
    assert closing.errors.message("outcome") == (
        "Choose the outcome: what came of this referral.")
    closing.reject()
    change_status(qtbot, record, S.COMPLETED, "Moved in on Monday", ReferralOutcome.GOT_HELP)
    assert texts(page.model, 0)[1] == "Completed — got help"
    page.table.selectRow(0)
    assert not page.change_button.isEnabled()

    detail = page.open_referral()
    assert isinstance(detail, ReferralDetailDialog)
    with qtbot.waitSignal(detail.detail_loaded):
        pass
    history = [texts(detail.history_model, row)[1:] for row in
               range(detail.history_model.rowCount())]
    assert history == [["Carla", "Requested", ""],
                       ["Carla", "Requested → Accepted", "Intake on Friday"],
                       ["Carla", "Accepted → Completed", "Moved in on Monday"]]
    assert detail.labels["status"].text() == "Completed — got help (Moved in on Monday)"
    assert not detail.change_button.isEnabled()
    detail.close()


def test_an_overdue_referral_is_on_the_dashboard_and_opens_the_client(
        qtbot: QtBot, ui: UiContext, services: AppServices, database: Database) -> None:
    hope = add_facility(database, "Hope House", "residential", ("RES",))
    late = services.clients.create(ClientInput("Dara", "Sok", date(1990, 1, 1)))
    fine = services.clients.create(ClientInput("Lan", "Nguyễn", date(1979, 7, 9)))
    services.referrals.create(late.id, ReferralInput(
        ReferralCategory.FOOD, "Runs out of food by the 20th", TODAY - timedelta(days=3),
        ReferralPriority.ROUTINE, facility_id=hope))
    services.referrals.create(fine.id, ReferralInput(
        ReferralCategory.HOUSING, "Needs housing", TODAY + timedelta(days=3),
        facility_id=hope))

    dashboard = DashboardView(ui)
    qtbot.addWidget(dashboard)
    with qtbot.waitSignal(dashboard.clocks_loaded):
        dashboard.show()
    assert dashboard.overdue_model.rowCount() == 1
    first = texts(dashboard.overdue_model, 0)
    assert first[0] == f"⚠ {date_text(TODAY - timedelta(days=3))} (3 days late)"
    assert first[2:6] == ["Sok, Dara", late.record_number, "Food", "Hope House"]
    assert dashboard.overdue_card.number.text() == "1"
    with qtbot.waitSignal(dashboard.client_requested) as opened:
        dashboard.overdue_table.activated.emit(dashboard.overdue_model.index(0, 2))
    assert opened.args == [late.id]

    view = ReferralsView(ui)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.referrals_loaded) as loaded:
        view.show()
    assert loaded.args == [2]
    with qtbot.waitSignal(view.referrals_loaded) as loaded:
        view.overdue_filter.setChecked(True)
    assert loaded.args == [1]
    assert texts(view.model, 0)[2] == "Sok, Dara"
    with qtbot.waitSignal(view.referrals_loaded) as loaded:
        view.category_filter.setCurrentIndex(
            view.category_filter.findData(ReferralCategory.HOUSING.value))
    assert loaded.args == [0]


def test_the_referral_models_pass_the_model_tester(
        qtbot: QtBot, qtmodeltester: Any, ui: UiContext, services: AppServices,
        database: Database) -> None:
    hope = add_facility(database, "Hope House", "residential", ("RES",))
    client = services.clients.create(ClientInput("Dara", "Sok"))
    made = services.referrals.create(client.id, ReferralInput(
        ReferralCategory.LEGAL, "Eviction notice", TODAY - timedelta(days=1),
        facility_id=hope))
    view = ReferralsView(ui)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.referrals_loaded):
        view.show()
    qtmodeltester.check(view.model)
    detail = ReferralDetailDialog(ui, made.id)
    qtbot.addWidget(detail)
    with qtbot.waitSignal(detail.detail_loaded):
        pass
    qtmodeltester.check(detail.history_model)


def test_leaving_care_asks_for_the_outcome_of_each_open_referral(
        qtbot: QtBot, ui: UiContext, services: AppServices, database: Database,
        dialogs: RecordingDialogs) -> None:
    hope = add_facility(database, "Hope House", "residential", ("RES",))
    client = services.clients.create(ClientInput("Lena", "Ortiz"))
    iop = services.episodes.add(client.id, EpisodeInput("IOP", TODAY - timedelta(days=40)))
    exit_plan = services.transitions.plan(client.id, iop.id, TransitionPlan(
        None, TODAY, "Treatment goals met"))
    food = services.referrals.create(client.id, ReferralInput(
        ReferralCategory.FOOD, "Food bank", TODAY + timedelta(days=5), facility_id=hope))
    services.referrals.change_status(food.id, food.version, S.ACCEPTED)
    services.referrals.create(client.id, ReferralInput(
        ReferralCategory.HOUSING, "Housing list", TODAY + timedelta(days=9),
        facility_id=hope))
    record = open_record(qtbot, ui, client.id)
    record.transition_table.selectRow(record.transition_model.row_of(exit_plan.id))
    complete = record.complete_transition()
    assert complete is not None
    qtbot.keyClicks(complete.disposition, "Completed treatment")
    dialogs.answers.append(True)  # "Record outcomes" rather than "Later"
    with qtbot.waitSignal(record.referrals_page.dialog_opened) as opened:
        complete.save_button.click()
    assert dialogs.shown[-1].title == "Open referrals"
    assert "discharged with 2 open referrals" in dialogs.shown[-1].text
    assert record.tabs.currentWidget() is record.referrals_page

    first = opened.args[0]
    assert isinstance(first, StatusChangeDialog)
    offered = [first.status.itemData(i) for i in range(first.status.count())]
    assert offered == ["completed", "cancelled", "failed"]  # closing moves only
    assert first.referral.reason == "Food bank"  # the soonest follow-up comes first
    first.choose(S.COMPLETED, ReferralOutcome.GOT_HELP)
    with qtbot.waitSignal(record.referrals_page.dialog_opened) as second_opened:
        first.save_button.click()
    second = second_opened.args[0]
    # Still requested: it may be completed straight away too (the client got help).
    assert [second.status.itemData(i) for i in range(second.status.count())] == [
        "rejected", "completed", "cancelled", "failed"]
    second.choose(S.CANCELLED, ReferralOutcome.NO_LONGER_INTERESTED)
    with qtbot.waitSignal(second.saved):
        second.save_button.click()
    assert services.referrals.open_referrals_of(client.id) == []


def test_the_letter_is_saved_from_the_referral_and_reads_back(
        qtbot: QtBot, ui: UiContext, services: AppServices, database: Database,
        dialogs: RecordingDialogs, tmp_path: Path) -> None:
    hope = add_facility(database, "Hope House", "residential", ("RES",))
    client = services.clients.create(ClientInput("María", "Núñez", date(1988, 5, 14)))
    made = services.referrals.create(client.id, ReferralInput(
        ReferralCategory.HOUSING, "Needs a sober-living bed", TODAY + timedelta(days=7),
        facility_id=hope))
    detail = ReferralDetailDialog(ui, made.id)
    qtbot.addWidget(detail)
    with qtbot.waitSignal(detail.detail_loaded):
        detail.show()
    dialogs.files.append(tmp_path / "letter")
    with qtbot.waitSignal(detail.letter_saved) as saved:
        detail.letter_button.click()
    assert saved.args == [tmp_path / "letter.pdf"]
    text = PdfReader(tmp_path / "letter.pdf").pages[0].extract_text()
    assert "María Núñez" in text and "Needs a sober-living bed" in text
    assert "Page 1 of 1" in text
    assert not list(tmp_path.glob("*.part")) and not list(tmp_path.glob(".*.part"))
    assert detail.letter_status.isVisibleTo(detail)
    assert detail.letter_status.text() == (f"Letter saved: letter.pdf in {tmp_path}; it is "
                                           "logged as a disclosure.")


def test_the_clients_own_letter_is_saved_beside_the_programs_in_the_clients_language(
        qtbot: QtBot, ui: UiContext, services: AppServices, database: Database,
        dialogs: RecordingDialogs, tmp_path: Path) -> None:
    hope = add_facility(database, "Hope House", "residential", ("RES",))
    client = services.clients.create(ClientInput("María", "Núñez", date(1988, 5, 14),
                                                 preferred_language="Español"))
    made = services.referrals.create(client.id, ReferralInput(
        ReferralCategory.HOUSING, "Necesita una cama en vivienda de apoyo",
        TODAY + timedelta(days=7), facility_id=hope))
    detail = ReferralDetailDialog(ui, made.id)
    qtbot.addWidget(detail)
    with qtbot.waitSignal(detail.detail_loaded):
        detail.show()
    assert detail.client_letter_button.isEnabled()
    assert detail.client_letter_button.accessibleName() == (
        "Save the referral letter for the client as a PDF")
    dialogs.files.append(tmp_path / "carta")

    with qtbot.waitSignal(detail.letter_saved) as saved:
        detail.client_letter_button.click()

    assert saved.args == [tmp_path / "carta.pdf"]
    text = " ".join(PdfReader(tmp_path / "carta.pdf").pages[0].extract_text().split())
    assert "Su referido" in text and "Estimado/a María Núñez:" in text
    assert "Organización Hope House" in text
    assert "Necesita una cama en vivienda de apoyo" in text and "Página 1 de 1" in text
    (logged,) = services.packets.disclosures_of(client.id)
    assert logged.own_copy and logged.recipient_name == ""
    assert detail.letter_status.text() == (f"Letter saved: carta.pdf in {tmp_path}; it is "
                                           "logged as a disclosure.")


def test_a_substance_use_letter_without_consent_is_refused_in_words_and_leaves_no_file(
        qtbot: QtBot, ui: UiContext, services: AppServices, database: Database,
        dialogs: RecordingDialogs, tmp_path: Path) -> None:
    hope = add_facility(database, "Hope House", "residential", ("RES",))
    client = services.clients.create(ClientInput("María", "Núñez", date(1988, 5, 14)))
    made = services.referrals.create(client.id, ReferralInput(
        ReferralCategory.SUBSTANCE_USE, "Residential treatment after detox",
        TODAY + timedelta(days=7), facility_id=hope))
    detail = ReferralDetailDialog(ui, made.id)
    qtbot.addWidget(detail)
    with qtbot.waitSignal(detail.detail_loaded):
        detail.show()
    out = tmp_path / "letters"
    out.mkdir()
    dialogs.files.append(out / "letter.pdf")

    with qtbot.waitSignal(detail.letter_refused) as refused:
        detail.letter_button.click()

    sentence = refused.args[0]
    assert sentence.startswith("This referral letter for María Núñez includes substance-use "
                               "treatment information")
    assert "Hope House" in sentence
    assert detail.letter_status.text() == f"The letter was not saved. {sentence}"
    assert detail.letter_status.isVisibleTo(detail)
    # Said in the dialog itself, not in a crash report (after the client-information notice).
    assert dialogs.kinds() == ["notice"]
    assert list(out.iterdir()) == []
    assert services.packets.disclosures_of(client.id) == []


def test_an_open_referral_is_edited_in_the_same_form(
        qtbot: QtBot, ui: UiContext, services: AppServices, database: Database) -> None:
    add_facility(database, "Oak Street Clinic", "outpatient_clinic", ("OP",))
    hope = add_facility(database, "Hope House", "residential", ("RES",))
    client = services.clients.create(ClientInput("Lena", "Ortiz"))
    services.referrals.create(client.id, ReferralInput(
        ReferralCategory.HOUSING, "Housing list", TODAY + timedelta(days=9),
        ReferralPriority.URGENT, facility_id=hope))
    record = open_record(qtbot, ui, client.id)
    page = record.referrals_page
    page.table.selectRow(0)
    dialog = page.edit_referral()
    assert isinstance(dialog, NewReferralDialog)
    assert dialog.windowTitle() == "Edit referral"
    with qtbot.waitSignal(dialog.choices_loaded):
        pass
    assert dialog.facility.currentData() == hope
    assert dialog.priority.currentData() == "urgent"
    assert dialog.reason.toPlainText() == "Housing list"
    set_day(dialog.follow_up, TODAY + timedelta(days=2))
    with qtbot.waitSignals([dialog.saved, page.referrals_loaded]):
        dialog.save_button.click()
    assert texts(page.model, 0)[:4] == [date_text(TODAY + timedelta(days=2)), "Requested",
                                        "Housing", "Hope House"]


def test_every_referral_control_has_a_name(
        qtbot: QtBot, ui: UiContext, services: AppServices, database: Database) -> None:
    hope = add_facility(database, "Hope House", "residential", ("RES",))
    client = services.clients.create(ClientInput("Lena", "Ortiz"))
    made = services.referrals.create(client.id, ReferralInput(
        ReferralCategory.HOUSING, "Housing list", TODAY, facility_id=hope))
    record = open_record(qtbot, ui, client.id)
    new = NewReferralDialog(ui, client.id)
    change = StatusChangeDialog(ui, made)
    detail = ReferralDetailDialog(ui, made.id)
    view = ReferralsView(ui)
    for widget in (new, change, detail, view):
        qtbot.addWidget(widget)
    with qtbot.waitSignals([new.choices_loaded, detail.detail_loaded]):
        pass
    for widget in (record.referrals_page, new, change, detail, view):
        assert unnamed_controls(widget) == [], widget.objectName()


def test_a_referral_to_no_service_names_the_problem_where_it_is_seen(
        qtbot: QtBot, ui: UiContext, services: AppServices) -> None:
    client = services.clients.create(ClientInput("Lena", "Ortiz"))
    dialog = NewReferralDialog(ui, client.id)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.choices_loaded):
        dialog.show()
    dialog.target_kind.setCurrentIndex(1)  # a community resource; none is in the directory
    dialog.reason.setPlainText("Needs food")
    assert not dialog.facility.isVisibleTo(dialog) and dialog.service.isVisibleTo(dialog)
    with qtbot.waitSignal(dialog.refused):
        dialog.save_button.click()
    assert dialog.errors.message("target").startswith("Choose where the client is referred")
    assert services.referrals.referrals_of(client.id) == []


def test_the_referrals_view_reads_the_next_page_when_scrolled_to_the_end(
        qtbot: QtBot, ui: UiContext, services: AppServices, database: Database) -> None:
    hope = add_facility(database, "Hope House", "residential", ("RES",))
    client = services.clients.create(ClientInput("Lena", "Ortiz"))
    for day in range(PAGE_SIZE + 5):
        services.referrals.create(client.id, ReferralInput(
            ReferralCategory.FOOD, f"Pantry visit {day}", TODAY + timedelta(days=day),
            facility_id=hope))
    # The saves' change notices wait in the queue for the GUI thread. Delivered once the
    # view has read its first page, they would start a second reading, which may land
    # after the next page and take it away: delivered now, before the view opens.
    QCoreApplication.sendPostedEvents()
    view = ReferralsView(ui)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.referrals_loaded) as loaded:
        view.show()
    assert loaded.args == [PAGE_SIZE + 5] and view.model.rowCount() == PAGE_SIZE
    assert view.model.canFetchMore()
    with qtbot.waitSignal(view.model.rowsInserted):
        view.model.fetchMore()
    assert view.model.rowCount() == PAGE_SIZE + 5 and not view.model.canFetchMore()
    assert texts(view.model, PAGE_SIZE + 4)[-1] == f"Pantry visit {PAGE_SIZE + 4}"
