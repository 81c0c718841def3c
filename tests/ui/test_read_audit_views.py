"""The views log what a person was shown: one event per action, not one per read.

Carla, a case manager, works on 1 April 2026. Each test counts the audit events her real
widgets write while she opens a record and its tabs, searches, and reads the dashboard.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from coordinator.services.app import AppServices
from coordinator.services.care import EpisodeInput
from coordinator.services.dto import ClientInput
from coordinator.store.engine import Database
from coordinator.store.models import AuditEvent
from coordinator.ui.context import UiContext
from coordinator.ui.record.window import RecordWindow
from coordinator.ui.views.clients import ClientsView
from coordinator.ui.views.dashboard import DashboardView
from tests.ui.care_helpers import case_manager_services, days_ago


@pytest.fixture
def services(database: Database) -> AppServices:
    return case_manager_services(database)


@pytest.fixture
def dara(services: AppServices) -> int:
    """Dara Sok, discharged from inpatient care 3 days ago: her step-down clock runs."""
    client = services.clients.create(ClientInput("Dara", "Sok", date(1988, 2, 1)))
    episode = services.episodes.add(client.id, EpisodeInput("INP", days_ago(11)))
    services.episodes.discharge(episode.id, episode.version, days_ago(3), "Stable")
    for given, family in (("Lan", "Nguyen"), ("Sam", "Sokolov"), ("Ana", "Soto")):
        services.clients.create(ClientInput(given, family, date(1990, 1, 1)))
    return client.id


def carlas_events(database: Database, after: int = 0) -> list[tuple[str, str, str, str]]:
    with database.engine.connect() as connection:
        return [tuple(row) for row in connection.execute(  # type: ignore[misc]
            select(AuditEvent.action, AuditEvent.entity_type, AuditEvent.entity_id,
                   AuditEvent.detail)
            .where(AuditEvent.id > after, AuditEvent.username == "carla")
            .order_by(AuditEvent.id))]


def newest(database: Database) -> int:
    with database.engine.connect() as connection:
        return int(connection.execute(
            select(AuditEvent.id).order_by(AuditEvent.id.desc()).limit(1)).scalar_one())


def test_opening_a_record_and_looking_at_every_tab_is_one_view(
        qtbot: QtBot, ui: UiContext, services: AppServices, database: Database,
        dara: int) -> None:
    before = newest(database)
    record = RecordWindow(ui, dara)
    qtbot.addWidget(record)
    with qtbot.waitSignals([record.record_loaded, record.team_page.members_loaded,
                            record.notes_page.notes_loaded,
                            record.referrals_page.referrals_loaded,
                            record.consents_page.consents_loaded]):
        record.show()
    # The person clicks through every tab; Assessments and Documents read when first shown.
    with qtbot.waitSignals([record.assessments_page.assessments_loaded,
                            record.documents_page.disclosures_loaded]):
        for index in range(record.tabs.count()):
            record.tabs.setCurrentIndex(index)

    number = record.record.record_number if record.record else ""
    assert carlas_events(database, before) == [("view", "client", str(dara), number)]

    # An edit made in this window re-reads the client; that is not another view.
    current = services.clients.reload(dara)
    with qtbot.waitSignal(record.record_loaded):
        services.clients.update(dara, current.version,
                                replace(current.details, preferred_name="Dee"))
    assert [event[0] for event in carlas_events(database, before)] == ["view", "update"]


def test_a_search_is_logged_once_it_settles_not_per_keystroke(
        qtbot: QtBot, ui: UiContext, database: Database, dara: int) -> None:
    view = ClientsView(ui)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.search_logged, timeout=10_000) as first:
        view.show()  # the whole caseload is listed, and stays on screen
    assert first.args == ["all clients: 4 clients"]
    before = newest(database)

    with qtbot.waitSignal(view.search_logged, timeout=10_000) as logged:
        qtbot.keyClicks(view.search_box, "so")

    assert logged.args == ['"so": 3 clients']
    assert carlas_events(database, before) == [("search", "client_list", "", '"so": 3 clients')]

    # Typing on and opening a result logs the search shown at once, before the record opens.
    with qtbot.waitSignal(view.clients_loaded):
        qtbot.keyClicks(view.search_box, "k")
    with qtbot.waitSignal(view.search_logged), \
            qtbot.waitSignal(view.client_requested) as opened:
        view.table.activated.emit(view.model.index(0, 0))
    assert opened.args == [dara]
    assert carlas_events(database, before)[1:] == [
        ("search", "client_list", "", '"sok": 2 clients')]


def test_the_dashboard_is_one_view_per_opening_or_refresh_not_per_change(
        qtbot: QtBot, ui: UiContext, services: AppServices, database: Database,
        dara: int) -> None:
    before = newest(database)
    dashboard = DashboardView(ui)
    qtbot.addWidget(dashboard)
    with qtbot.waitSignal(dashboard.clocks_loaded):
        dashboard.show()
    shown = dashboard.clock_model.rowCount()
    assert shown >= 1
    assert carlas_events(database, before) == [(
        "view", "dashboard", "",
        f"safety alerts 0, assessments due 0, transition clocks {shown}, "
        "planned transitions 0, overdue referrals 0")]

    with qtbot.waitSignal(dashboard.clocks_loaded):  # re-read after Carla's own change
        services.clients.create(ClientInput("Noa", "Levi", date(2001, 1, 1)))
    assert [event[0] for event in carlas_events(database, before)] == ["view", "create"]

    with qtbot.waitSignal(dashboard.clocks_loaded):
        qtbot.keyClick(dashboard, Qt.Key.Key_F5)
    assert [event[:2] for event in carlas_events(database, before)] == [
        ("view", "dashboard"), ("create", "client"), ("view", "dashboard")]
