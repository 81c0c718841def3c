"""The Referrals view opens on the signed-in case manager's caseload, switches to the whole
clinic in one choice, and finds a client's referrals by name as the Clients view does;
a supervisor's list starts with the whole clinic."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from pytestqt.qtbot import QtBot

from coordinator.domain.roles import Role
from coordinator.domain.vocabulary import ReferralCategory
from coordinator.services.app import AppServices
from coordinator.services.dto import ClientInput
from coordinator.services.referral_views import ReferralInput
from coordinator.store.engine import Database
from coordinator.ui.context import UiContext
from coordinator.ui.referrals.view import ReferralsView
from tests.services.helpers import SteppingClock, add_user, admin_services, signed_in
from tests.ui.care_helpers import NOON_APRIL_1, TODAY, add_facility
from tests.ui.fakes import RecordingDialogs


@dataclass
class Clinic:
    carla: AppServices
    """Case manager of Mónica Cárdenas García; Tomás has Rosa Cárdenas González."""
    database: Database
    clock: SteppingClock


@pytest.fixture
def clinic(database: Database) -> Clinic:
    clock = SteppingClock(NOON_APRIL_1)
    admin = admin_services(database, clock)
    add_user(admin, "carla", Role.CASE_MANAGER)
    add_user(admin, "tomas", Role.CASE_MANAGER)
    add_user(admin, "sofia", Role.SUPERVISOR)
    tomas_id = next(user.id for user in admin.users.list_users() if user.username == "tomas")
    carla = signed_in(database, "carla", clock)
    hope = add_facility(database, "Hope House", "residential", ("RES",))
    monica = carla.clients.create(ClientInput("Mónica", "Cárdenas García"))
    rosa = carla.clients.create(ClientInput("Rosa", "Cárdenas González",
                                            primary_case_manager_id=tomas_id))
    for client, reason in ((monica, "Needs a shelter bed"), (rosa, "Rent is late")):
        carla.referrals.create(client.id, ReferralInput(
            ReferralCategory.HOUSING, reason, TODAY, facility_id=hope))
    return Clinic(carla, database, clock)


@pytest.fixture
def services(clinic: Clinic) -> AppServices:
    return clinic.carla


def shown_clients(view: ReferralsView) -> list[str]:
    return [str(view.model.data(view.model.index(row, 2)))  # the client column
            for row in range(view.model.rowCount())]


def opened_view(qtbot: QtBot, ui: UiContext) -> ReferralsView:
    view = ReferralsView(ui)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.referrals_loaded, timeout=10000):
        view.show()
    return view


def test_a_case_manager_starts_on_her_caseload_and_switches_to_the_clinic(
        qtbot: QtBot, ui: UiContext) -> None:
    view = opened_view(qtbot, ui)
    assert view.scope_filter.currentText() == "My caseload"
    assert shown_clients(view) == ["Cárdenas García, Mónica"]
    assert view.count_label.text() == "1 referrals"

    with qtbot.waitSignal(view.referrals_loaded) as loaded:
        view.scope_filter.setCurrentIndex(view.scope_filter.findText("Whole clinic"))
    assert loaded.args == [2]
    assert sorted(shown_clients(view)) == ["Cárdenas García, Mónica",
                                           "Cárdenas González, Rosa"]


def test_the_client_search_finds_referrals_by_any_words_of_the_name(
        qtbot: QtBot, ui: UiContext) -> None:
    view = opened_view(qtbot, ui)
    with qtbot.waitSignal(view.referrals_loaded):
        view.scope_filter.setCurrentIndex(view.scope_filter.findText("Whole clinic"))
    assert view.search_box is not None

    with qtbot.waitSignal(view.referrals_loaded) as loaded:
        qtbot.keyClicks(view.search_box, "gonzalez, rosa")
    assert loaded.args == [1]
    assert shown_clients(view) == ["Cárdenas González, Rosa"]

    with qtbot.waitSignal(view.referrals_loaded) as loaded:
        view.search_box.setText("cardenas")
    assert loaded.args == [2]

    with qtbot.waitSignal(view.referrals_loaded) as loaded:
        view.scope_filter.setCurrentIndex(view.scope_filter.findText("My caseload"))
    assert loaded.args == [1]  # Mónica's; Rosa is Tomás's client
    with qtbot.waitSignal(view.referrals_loaded) as loaded:
        view.search_box.setText("rosa")
    assert loaded.args == [0]
    assert view.count_label.text() == (
        "No referral matches among your caseload's clients. Choose Whole clinic under Show "
        "to look at everyone's.")

    with qtbot.waitSignal(view.referrals_loaded) as loaded:
        view.search_box.setText(";;;")
    assert loaded.args == [0]
    assert view.count_label.text().startswith(
        "The client search has no letters or digits to look for")


def test_a_supervisor_starts_on_the_whole_clinic(
        qtbot: QtBot, clinic: Clinic, dialogs: RecordingDialogs) -> None:
    sofia = signed_in(clinic.database, "sofia", clinic.clock)
    context = UiContext.create(sofia, dialogs)
    try:
        view = opened_view(qtbot, context)
        assert view.scope_filter.currentText() == "Whole clinic"
        assert view.model.rowCount() == 2
    finally:
        context.operations.wait()
        context.close()

