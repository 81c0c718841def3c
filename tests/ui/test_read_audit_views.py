"""The views log what a person was shown: one event per action, not one per read.

Carla, a case manager, works on 1 April 2026. Each test counts the audit events her real
widgets write while she opens a record and its tabs, searches, picks a client and reads the
dashboard; the roll call is Maria's evening IOP track (see test_roll_call.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, time

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from coordinator.domain.roles import Role
from coordinator.services.app import AppServices
from coordinator.services.attendance_views import ScheduleInput
from coordinator.services.care import EpisodeInput
from coordinator.services.dto import ClientInput
from coordinator.store.engine import Database
from coordinator.store.models import AuditEvent
from coordinator.ui.attendance.view import RollCallView
from coordinator.ui.context import UiContext
from coordinator.ui.record.window import RecordWindow
from coordinator.ui.referrals.client_picker import ClientPickerDialog
from coordinator.ui.views.clients import ClientsView
from coordinator.ui.views.dashboard import DashboardView
from tests.services.helpers import SteppingClock, add_user, admin_services, signed_in
from tests.ui.care_helpers import add_facility, case_manager_services, days_ago
from tests.ui.fakes import RecordingDialogs


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
        "planned transitions 0, overdue referrals 0, appointments 0, open inquiries 0, "
        "care plan reviews due 0")]

    with qtbot.waitSignal(dashboard.clocks_loaded):  # re-read after Carla's own change
        services.clients.create(ClientInput("Noa", "Levi", date(2001, 1, 1)))
    assert [event[0] for event in carlas_events(database, before)] == ["view", "create"]

    with qtbot.waitSignal(dashboard.clocks_loaded):
        qtbot.keyClick(dashboard, Qt.Key.Key_F5)
    assert [event[:2] for event in carlas_events(database, before)] == [
        ("view", "dashboard"), ("create", "client"), ("view", "dashboard")]


def test_choosing_a_client_logs_the_search_on_screen_once_when_the_picker_closes(
        qtbot: QtBot, ui: UiContext, database: Database, dara: int) -> None:
    before = newest(database)
    picker = ClientPickerDialog(ui, "Refer a client to Harbor Housing.")
    qtbot.addWidget(picker)
    with qtbot.waitSignal(picker.clients_loaded):
        picker.show()
    with qtbot.waitSignal(picker.clients_loaded):
        qtbot.keyClicks(picker.search_box, "so")
    assert carlas_events(database, before) == []  # typing logs nothing

    with qtbot.waitSignal(picker.client_chosen):
        picker.pick()
    ui.operations.wait()

    assert carlas_events(database, before) == [("search", "client_list", "", '"so": 3 clients')]


@pytest.fixture
def roll_call(qtbot: QtBot, database: Database) -> Iterator[tuple[RollCallView, AppServices]]:
    """Maria's roll call of Harbor IOP's evening track (Monday, Tuesday, Thursday), opened
    on Friday 6 March 2026 with three clients in the track."""
    clock = SteppingClock(datetime(2026, 3, 6, 12, 0, tzinfo=UTC))
    admin = admin_services(database, clock)
    add_user(admin, "maria", Role.CASE_MANAGER)
    harbor = add_facility(database, "Harbor IOP", "own_program", ("IOP",), own=True)
    admin.attendance.add_schedule(
        ScheduleInput(harbor, "IOP", "evening", (0, 1, 3), 180, time(17, 30)))
    maria = signed_in(database, "maria", clock)
    for given, family in (("Lan", "Nguyễn"), ("Ana", "Ortiz"), ("Ben", "Carter")):
        client = maria.clients.create(ClientInput(given, family, date(1990, 5, 1)))
        maria.episodes.add(client.id, EpisodeInput(
            "IOP", date(2026, 2, 23), harbor, track="evening", planned_weekly_hours=9))
    ui = UiContext.create(maria, RecordingDialogs())
    view = RollCallView(ui)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.roll_call_loaded, check_params_cb=lambda roll: (
            roll is not None and roll.day == date(2026, 3, 5))):
        view.show()
    yield view, maria
    ui.operations.wait()
    ui.close()


def test_a_roll_call_is_one_view_per_track_and_day_chosen(
        qtbot: QtBot, roll_call: tuple[RollCallView, AppServices], database: Database) -> None:
    view, maria = roll_call

    def roll_call_views() -> list[str]:
        with database.engine.connect() as connection:
            return list(connection.execute(select(AuditEvent.detail).where(
                AuditEvent.entity_type == "roll_call").order_by(AuditEvent.id)).scalars())

    # The view opened on Friday, when the track does not meet, and moved to Thursday.
    assert roll_call_views() == ["Harbor IOP IOP evening track on 2026-03-05: 3 clients"]

    with qtbot.waitSignal(view.roll_call_loaded):
        view.go_to(date(2026, 3, 2))
    with qtbot.waitSignal(view.roll_call_loaded):  # a re-read after a change made here
        maria.clients.create(ClientInput("Eli", "Shaw", date(1999, 9, 9)))

    assert roll_call_views() == ["Harbor IOP IOP evening track on 2026-03-05: 3 clients",
                                 "Harbor IOP IOP evening track on 2026-03-02: 3 clients"]
