"""A supervisor signs in and the dashboard shows the clinic: each case manager's caseload
with its numbers, the clinic's missed clocks and the overdue referrals by case manager."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from pytestqt.qtbot import QtBot

from coordinator.domain.roles import Role
from coordinator.domain.vocabulary import ReferralCategory
from coordinator.services.app import AppServices
from coordinator.services.care import EpisodeInput
from coordinator.services.dto import ClientInput
from coordinator.services.referral_views import ReferralInput
from coordinator.store.engine import Database
from coordinator.ui.context import UiContext
from coordinator.ui.main_window import MainWindow
from coordinator.ui.views.dashboard import DashboardView
from tests.services.helpers import SteppingClock, add_user, admin_services, signed_in
from tests.ui.care_helpers import NOON_APRIL_1, add_facility, days_ago


@pytest.fixture
def services(database: Database) -> AppServices:
    """Services signed in as supervisor Sam, on a clinic with two case managers: Carla with
    three clients, Dev with one, and Eve with none yet."""
    clock = SteppingClock(NOON_APRIL_1)
    admin = admin_services(database, clock)
    for username, role in (("carla", Role.CASE_MANAGER), ("dev", Role.CASE_MANAGER),
                           ("eve", Role.CASE_MANAGER), ("sam", Role.SUPERVISOR)):
        add_user(admin, username, role)
    users = {user.username: user.id for user in admin.users.list_users()}
    partner = add_facility(database, "Bay IOP", "partner", ("IOP",))

    def client(given: str, family: str, manager: str) -> int:
        return admin.clients.create(ClientInput(
            given, family, date(1990, 1, 1), primary_case_manager_id=users[manager])).id

    # Carla: Ruiz left inpatient care 20 days ago (the 14-day step-down window was missed
    # 6 days ago); Sok left it 5 days ago (open, 9 days left); Lee is in outpatient care
    # with no PHQ-9 or GAD-7 yet (both due) and a referral 3 days past its follow-up date.
    for family, days in (("Ruiz", 20), ("Sok", 5)):
        stay = admin.episodes.add(client("Dara", family, "carla"),
                                  EpisodeInput("INP", days_ago(days + 8)))
        admin.episodes.discharge(stay.id, stay.version, days_ago(days), "Stable")
    lee = client("Mo", "Lee", "carla")
    admin.episodes.add(lee, EpisodeInput("OP", days_ago(3)))
    # Dev: Park's referral is 5 days overdue. Each referral is made (and so assigned to) by
    # the client's case manager.
    park = client("Jo", "Park", "dev")
    for username, client_id, late in (("dev", park, 5), ("carla", lee, 3)):
        signed_in(database, username, clock).referrals.create(client_id, ReferralInput(
            ReferralCategory.MENTAL_HEALTH, "Intensive outpatient", days_ago(late),
            facility_id=partner))
    return signed_in(database, "sam", clock)


@pytest.fixture
def dashboard(qtbot: QtBot, window: MainWindow) -> DashboardView:
    view = window.views["dashboard"]
    assert isinstance(view, DashboardView)
    qtbot.waitUntil(lambda: window.ui.operations.pending() == 0)
    # The caseloads are read beside the rest of the dashboard.
    with qtbot.waitSignals([view.clocks_loaded, view.caseloads_loaded], timeout=10_000):
        view.refresh()
    return view


def test_a_supervisor_sees_each_case_managers_caseload_with_its_numbers(
        dashboard: DashboardView) -> None:
    model = dashboard.caseload_model
    shown = [[model.index(row, column).data() for column in range(model.columnCount())]
             for row in range(model.rowCount())]
    assert [model.headerData(column, Qt.Orientation.Horizontal)
            for column in range(model.columnCount())] == [
        "Case manager", "Active clients", "Open clocks", "Missed clocks (30 days)",
        "Overdue referrals", "Assessments due"]
    # Carla: 3 active clients; Sok's step-down, 7- and 30-day follow-up clocks open, and
    # Ruiz's 30-day one; Ruiz's step-down and 7-day follow-up missed; Lee's referral
    # overdue, his PHQ-9 and GAD-7 due. Dev: Park's referral. Eve: nothing yet.
    assert shown == [["Carla", "3", "4", "2", "1", "2"],
                     ["Dev", "1", "0", "0", "1", "0"],
                     ["Eve", "0", "0", "0", "0", "0"],
                     ["Clinic total", "4", "4", "2", "2", "2"]]
    missed = model.index(0, 3).data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(missed, QBrush) and missed.color().name() == "#b3261e"
    assert model.index(1, 3).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(3, 0).data(Qt.ItemDataRole.FontRole).bold()

    # The clinic's missed clocks instead of a caseload of the supervisor's own.
    assert dashboard.missed_card.isVisible() and not dashboard.caseload_card.isVisible()
    assert dashboard.missed_card.number.text() == "2"
    assert dashboard.missed_card.accessibleName() == "Clocks missed in the last 30 days: 2"
    assert dashboard.caseload_table.accessibleName() == "Caseload by case manager"
    assert dashboard.caseload_note.text().startswith("3 case managers.")
    assert not dashboard.due_panel.isVisible()  # Sam holds no caseload of his own

    # The overdue referrals grouped by case manager (not the most overdue first).
    referrals = dashboard.overdue_model
    assert [(referrals.index(row, 2).data(), referrals.index(row, 6).data())
            for row in range(referrals.rowCount())] == [("Lee, Mo", "Carla"),
                                                        ("Park, Jo", "Dev")]


def test_a_case_manager_keeps_their_own_dashboard(
        qtbot: QtBot, database: Database, services: AppServices) -> None:
    carla = signed_in(database, "carla", SteppingClock(NOON_APRIL_1))
    ui = UiContext.create(carla)
    try:
        view = DashboardView(ui)
        qtbot.addWidget(view)
        with qtbot.waitSignal(view.clocks_loaded, timeout=10_000):
            view.show()
        assert view.caseload_card.isVisible() and not view.missed_card.isVisible()
        assert view.caseload_card.number.text() == "3"
        assert not hasattr(view, "caseload_table")
        assert view.due_panel.isVisible()
    finally:
        ui.operations.wait()
        ui.close()
