"""Refer from the Resources view, as a case manager would: find a Spanish-language housing
service by word and language, refer María Núñez to it, move the referral requested →
accepted → completed with "got help" in her record and read the whole history; a referral
whose follow-up day has passed shows on the dashboard."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from coordinator.domain.roles import Role
from coordinator.domain.vocabulary import ReferralCategory, ReferralOutcome, ReferralStatus
from coordinator.services.app import AppServices
from coordinator.services.dto import ClientInput
from coordinator.store.engine import Database
from coordinator.ui.care.fields import set_day
from coordinator.ui.context import UiContext
from coordinator.ui.locale_text import date_text, datetime_text
from coordinator.ui.referrals.client_picker import ClientPickerDialog, client_name
from coordinator.ui.referrals.detail import ReferralDetailDialog
from coordinator.ui.referrals.dialogs import NewReferralDialog
from coordinator.ui.resource_directory.referring import referral_category
from coordinator.ui.resource_directory.view import ResourcesView
from coordinator.ui.views.dashboard import DashboardView
from tests.services.helpers import (
    ADMIN_PASSWORD,
    SteppingClock,
    add_user,
    admin_services,
    signed_in,
)
from tests.services.hsds_rows import add_directory
from tests.ui.care_helpers import CASE_MANAGER, NOON_APRIL_1, TODAY, on_screen
from tests.ui.fakes import RecordingDialogs
from tests.ui.test_accessibility import unnamed_controls
from tests.ui.test_referrals_view import change_status, open_record, texts

VIVIENDA = "Vivienda rápida para familias (Hogar Seguro)"
PANTRY = "Weekly food pantry (Valley Harvest Food Bank)"


@pytest.fixture
def clock() -> SteppingClock:
    return SteppingClock(NOON_APRIL_1)


@pytest.fixture
def services(database: Database, clock: SteppingClock) -> AppServices:
    """Case manager Carla on 1 April 2026, on a clock the test moves by hand."""
    admin = admin_services(database, clock)
    add_user(admin, CASE_MANAGER, Role.CASE_MANAGER)
    return signed_in(database, CASE_MANAGER, clock)


@pytest.fixture
def view(qtbot: QtBot, database: Database, ui: UiContext) -> ResourcesView:
    add_directory(database)
    resources = ResourcesView(ui)
    qtbot.addWidget(resources)
    resources.resize(1100, 700)
    with qtbot.waitSignal(resources.resources_loaded):
        resources.show()
    qtbot.waitUntil(lambda: resources.language_filter.count() > 1)
    return resources


def at(moment: datetime) -> str:
    """How the history shows a moment: the workstation's local time, to the minute."""
    return datetime_text(moment)


def refer(qtbot: QtBot, view: ResourcesView, typed: str, client: str, reason: str,
          follow_up: date) -> NewReferralDialog:
    """Refer a client… → type part of the name → Enter → fill the form → Save."""
    with qtbot.waitSignal(view.dialog_opened) as opened:
        qtbot.mouseClick(view.refer_button, Qt.MouseButton.LeftButton)
    picker = opened.args[0]
    assert isinstance(picker, ClientPickerDialog) and picker.isVisible()
    qtbot.keyClicks(picker.search_box, typed)
    qtbot.waitUntil(lambda: [client_name(row) for row in picker.model.rows()] == [client])
    with qtbot.waitSignal(view.dialog_opened) as opened:
        qtbot.keyClick(picker.search_box, Qt.Key.Key_Return)
    form = opened.args[0]
    assert isinstance(form, NewReferralDialog)
    assert not picker.isVisible()
    with qtbot.waitSignal(form.choices_loaded):
        pass
    assert form.windowTitle() == f"New referral for {client}"
    qtbot.keyClicks(form.reason, reason)
    set_day(form.follow_up, follow_up)
    with qtbot.waitSignals([form.saved, view.referral_saved]):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    return form


def test_find_spanish_housing_refer_maria_and_close_the_loop_with_got_help(
        qtbot: QtBot, ui: UiContext, services: AppServices, view: ResourcesView,
        clock: SteppingClock, dialogs: RecordingDialogs) -> None:
    maria = services.clients.create(ClientInput("María", "Núñez", date(1988, 5, 14)))
    services.clients.create(ClientInput("Marco", "Nunes", date(1975, 2, 2)))
    assert not view.refer_button.isEnabled()  # no service shown yet

    with qtbot.waitSignal(view.resources_loaded, timeout=5000):
        qtbot.keyClicks(view.search_box, "housing")
    assert [row.name for row in view.model.rows()] == [
        "Youth housing program", "Vivienda rápida para familias", "Emergency shelter beds"]
    with qtbot.waitSignal(view.detail_shown, timeout=5000):
        assert view.select_filter(view.language_filter, "Spanish")
    assert [row.name for row in view.model.rows()] == ["Vivienda rápida para familias"]
    assert "Hogar Seguro" in view.detail_pane.toPlainText()
    assert "English, Spanish" in view.detail_pane.toPlainText()
    assert view.refer_button.isEnabled()

    # The form opens on the service shown, filed under housing as the directory files it.
    with qtbot.waitSignal(view.dialog_opened) as opened:
        qtbot.mouseClick(view.refer_button, Qt.MouseButton.LeftButton)
    picker = opened.args[0]
    assert isinstance(picker, ClientPickerDialog)
    qtbot.keyClicks(picker.search_box, "nunez")
    qtbot.waitUntil(lambda: [client_name(row) for row in picker.model.rows()]
                    == ["Núñez, María"])
    assert picker.count_label.text() == "1 client found."
    with qtbot.waitSignal(view.dialog_opened) as opened:
        first_row = picker.table.visualRect(picker.model.index(0, 0)).center()
        # A double-click reaches a widget as a press and release, then the double-click.
        qtbot.mouseClick(picker.table.viewport(), Qt.MouseButton.LeftButton, pos=first_row)
        qtbot.mouseDClick(picker.table.viewport(), Qt.MouseButton.LeftButton, pos=first_row)
    form = opened.args[0]
    assert isinstance(form, NewReferralDialog)
    # One form, though a double-click also activates the row.
    assert [type(dialog) for dialog in dialogs.opened] == [ClientPickerDialog,
                                                           NewReferralDialog]
    with qtbot.waitSignal(form.choices_loaded):
        pass
    assert form.target_kind.currentData() == "service"
    assert form.service.isVisibleTo(form) and not form.facility.isVisibleTo(form)
    assert form.service.currentText() == VIVIENDA
    assert form.category.currentData() == ReferralCategory.HOUSING.value
    assert unnamed_controls(picker) == [] and unnamed_controls(form) == []
    form.reject()

    reason = "Family of four facing eviction; needs a deposit"
    due = TODAY + timedelta(days=10)
    refer(qtbot, view, "nunez", "Núñez, María", reason, due)
    assert view.referral_note.text() == (
        f"Referred Núñez, María to {VIVIENDA}. Follow up by {on_screen(2026, 4, 11)}.")

    record = open_record(qtbot, ui, maria.id)
    page = record.referrals_page
    assert page.model.rowCount() == 1
    assert texts(page.model, 0) == [date_text(due), "Requested", "Housing", VIVIENDA,
                                    "Carla", reason]
    requested = clock.now
    clock.advance(minutes=40)
    accepted = clock.now
    change_status(qtbot, record, ReferralStatus.ACCEPTED, "Intake Thursday at 10")
    clock.advance(hours=2, minutes=5)
    completed = clock.now
    change_status(qtbot, record, ReferralStatus.COMPLETED, "Deposit paid; moving in",
                  ReferralOutcome.GOT_HELP)
    assert texts(page.model, 0)[1] == "Completed — got help"

    page.table.selectRow(0)
    detail = page.open_referral()
    assert isinstance(detail, ReferralDetailDialog)
    with qtbot.waitSignal(detail.detail_loaded):
        pass
    history = [texts(detail.history_model, row)
               for row in range(detail.history_model.rowCount())]
    assert history == [
        [at(requested), "Carla", "Requested", ""],
        [at(accepted), "Carla", "Requested → Accepted", "Intake Thursday at 10"],
        [at(completed), "Carla", "Accepted → Completed", "Deposit paid; moving in"]]
    assert detail.labels["status"].text() == "Completed — got help (Deposit paid; moving in)"
    detail.close()
    record.close()


def test_a_referral_from_the_directory_past_its_follow_up_is_on_the_dashboard(
        qtbot: QtBot, ui: UiContext, services: AppServices, view: ResourcesView,
        clock: SteppingClock) -> None:
    dara = services.clients.create(ClientInput("Dara", "Sok", date(1990, 1, 1)))
    with qtbot.waitSignal(view.detail_shown, timeout=5000):
        qtbot.keyClicks(view.search_box, "pantry")
    assert [row.name for row in view.model.rows()] == ["Weekly food pantry"]
    form = refer(qtbot, view, "sok", "Sok, Dara", "Runs out of food by the 20th",
                 TODAY + timedelta(days=3))
    assert form.category.currentData() == ReferralCategory.FOOD.value

    clock.advance(days=5)  # nobody followed up by 4 April
    dashboard = DashboardView(ui)
    qtbot.addWidget(dashboard)
    with qtbot.waitSignal(dashboard.clocks_loaded):
        dashboard.show()
    assert dashboard.overdue_model.rowCount() == 1
    row = texts(dashboard.overdue_model, 0)
    assert row[0] == f"⚠ {on_screen(2026, 4, 4)} (2 days late)"
    assert row[2:6] == ["Sok, Dara", dara.record_number, "Food", PANTRY]
    assert dashboard.overdue_card.number.text() == "1"


def test_refer_a_client_is_not_offered_to_someone_who_may_not_edit_care(
        qtbot: QtBot, database: Database, services: AppServices, clock: SteppingClock,
        dialogs: RecordingDialogs) -> None:
    add_directory(database)
    add_user(signed_in(database, "ana", clock, ADMIN_PASSWORD), "rita", Role.READ_ONLY)
    reader = UiContext.create(signed_in(database, "rita", clock), dialogs)
    try:
        resources = ResourcesView(reader)
        qtbot.addWidget(resources)
        with qtbot.waitSignal(resources.resources_loaded):
            resources.show()
        with qtbot.waitSignal(resources.detail_shown):
            resources.table.selectRow(0)
        assert not resources.refer_button.isVisible()
        assert resources.refer_client() is None
        assert dialogs.opened == []
    finally:
        reader.operations.wait()
        reader.close()


@pytest.mark.parametrize(("terms", "category"), [
    (("Housing",), ReferralCategory.HOUSING),
    (("Physical health",), ReferralCategory.PHYSICAL_HEALTH),
    (("Crisis lines", "peer-support"), ReferralCategory.PEER_SUPPORT),
    (("Benefits / financial",), ReferralCategory.BENEFITS),
    (("Haircuts",), None),
    ((), None),
])
def test_the_category_follows_the_directory_term_when_one_matches(
        terms: tuple[str, ...], category: ReferralCategory | None) -> None:
    assert referral_category(terms) == category



def test_the_client_list_passes_the_model_tester(
        qtbot: QtBot, qtmodeltester: Any, ui: UiContext, services: AppServices) -> None:
    services.clients.create(ClientInput("María", "Núñez", date(1988, 5, 14)))
    services.clients.create(ClientInput("Dara", "Sok"))
    picker = ClientPickerDialog(ui, "Which client?")
    qtbot.addWidget(picker)
    with qtbot.waitSignal(picker.clients_loaded) as loaded:
        picker.show()
    assert loaded.args == [2]
    assert [client_name(row) for row in picker.model.rows()] == ["Núñez, María", "Sok, Dara"]
    assert picker.count_label.text() == "2 clients found."
    qtmodeltester.check(picker.model)


def test_an_answer_to_an_older_search_is_not_listed(
        qtbot: QtBot, ui: UiContext, services: AppServices) -> None:
    """Typing on while a search runs: only the clients matching what is typed now are listed,
    and the list is filled once."""
    services.clients.create(ClientInput("María", "Núñez", date(1988, 5, 14)))
    services.clients.create(ClientInput("Dara", "Sok"))
    picker = ClientPickerDialog(ui, "Which client?")
    qtbot.addWidget(picker)
    with qtbot.waitSignal(picker.clients_loaded):
        picker.show()
    answers: list[int] = []
    picker.clients_loaded.connect(answers.append)
    with qtbot.waitSignal(picker.clients_loaded):
        picker.search_box.setText("Núñez")
        picker.search()
        picker.search_box.setText("Sok")
        picker.search()
    ui.operations.wait()
    qtbot.waitUntil(lambda: ui.operations.pending() == 0)
    assert answers == [1]
    assert [client_name(row) for row in picker.model.rows()] == ["Sok, Dara"]
