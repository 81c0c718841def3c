"""Two workstations on one database: what one saves shows on the other without F5.

This test process is workstation B, with the real main window; workstation A is another
process (``tests.ui.other_workstation``) that signs in and saves. Runs on the engine of the
run: SQLite (one file, ``PRAGMA data_version``) or, with ``--engine=postgresql``, PostgreSQL
(LISTEN/NOTIFY).
"""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from coordinator.domain.errors import Conflict
from coordinator.domain.roles import Role
from coordinator.services.app import AppServices
from coordinator.services.care import EpisodeInput, TransitionPlan
from coordinator.services.care.records import today_of
from coordinator.services.dto import ClientInput
from coordinator.services.notify import Change, Topic
from coordinator.store.engine import Database
from coordinator.ui.care.transition_dialog import TransitionDialog
from coordinator.ui.locale_text import date_text
from coordinator.ui.main_window import MainWindow
from coordinator.ui.record.window import RecordWindow
from coordinator.ui.views.client_form import ClientDialog
from coordinator.ui.views.dashboard import DashboardView
from tests.ui.conftest import PASSWORD, add_user
from tests.ui.fakes import RecordingDialogs

ROOT = Path(__file__).resolve().parents[2]
OTHER = "carla"  # the case manager at workstation A


def today() -> date:
    """Today where the services are (both workstations run on the system clock)."""
    return today_of(datetime.now(UTC))


def at_workstation_a(database: Database, task: str, *arguments: object) -> None:
    """Workstation A signs in as Carla and saves; returns once its commit is done."""
    url = database.url.render_as_string(hide_password=False)
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.other_workstation", url, OTHER, PASSWORD, task,
         *map(str, arguments)],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0 and done.stdout.strip() == "saved", done.stderr


@pytest.fixture
def client_in_hospital(services: AppServices) -> tuple[int, int]:
    """Dara Sok, in inpatient care since ten days ago: (client id, episode id)."""
    add_user(services, OTHER, Role.CASE_MANAGER)
    client = services.clients.create(ClientInput("Dara", "Sok", date(1990, 1, 1)))
    stay = services.episodes.add(client.id, EpisodeInput("INP",
                                                         today() - timedelta(days=10)))
    return client.id, stay.id


def open_record(qtbot: QtBot, window: MainWindow, client_id: int) -> RecordWindow:
    with qtbot.waitSignal(window.record_opened) as opened:
        window.open_record(client_id)
    record: RecordWindow = opened.args[0]  # type: ignore[index]
    qtbot.waitUntil(lambda: record.care is not None and record.record is not None)
    return record


def watching(qtbot: QtBot, services: AppServices) -> None:
    """Wait until B's watch would see a commit made from now on."""
    qtbot.waitUntil(services.other_workstations.watching.is_set, timeout=10_000)


def test_a_transition_saved_at_another_workstation_shows_on_the_open_dashboard_and_record(
        qtbot: QtBot, window: MainWindow, services: AppServices, database: Database,
        client_in_hospital: tuple[int, int]) -> None:
    client_id, stay_id = client_in_hospital
    dashboard = window.views["dashboard"]
    assert isinstance(dashboard, DashboardView)
    record = open_record(qtbot, window, client_id)
    qtbot.waitUntil(lambda: window.ui.operations.pending() == 0)
    assert dashboard.upcoming_model.rowCount() == 0
    assert record.transition_model.rowCount() == 0
    watching(qtbot, services)

    at_workstation_a(database, "plan-transition", client_id, stay_id, "IOP", 2)

    # Nobody pressed F5 on B: within 2 seconds of A's commit both show the planned move.
    qtbot.waitUntil(lambda: dashboard.upcoming_model.rowCount() == 1
                    and record.transition_model.rowCount() == 1, timeout=2000)
    in_two_days = date_text(today() + timedelta(days=2))
    upcoming = [dashboard.upcoming_model.index(0, column).data() for column in range(6)]
    assert upcoming[0] == in_two_days and upcoming[2] == "Sok, Dara"
    assert upcoming[4:] == ["INP → IOP", "↓ Step-down"]
    planned = record.transition_model.row_at(0)
    assert planned is not None and planned.status == "planned"
    assert planned.planned_date == today() + timedelta(days=2)
    assert [record.transition_model.index(0, column).data() for column in (0, 1, 7)] == [
        in_two_days, "INP → IOP", "Planned"]
    assert not dashboard.upcoming_note.isVisible()


def test_an_edit_in_progress_is_kept_and_told_that_another_workstation_saved_first(
        qtbot: QtBot, window: MainWindow, services: AppServices, database: Database,
        dialogs: RecordingDialogs, client_in_hospital: tuple[int, int]) -> None:
    client_id, _stay = client_in_hospital
    record = open_record(qtbot, window, client_id)
    form = record.edit_client()
    assert isinstance(form, ClientDialog)
    qtbot.keyClicks(form.inputs["phone"], "555-0100")
    typing_in = form.focusWidget()
    watching(qtbot, services)

    at_workstation_a(database, "rename-client", client_id, "Sokolova")

    # The record behind the form shows A's name; the form keeps what B typed and says why
    # its save will be refused.
    qtbot.waitUntil(lambda: record.record is not None
                    and record.record.details.family_name == "Sokolova", timeout=2000)
    assert "Sokolova" in record.name_label.text()
    qtbot.waitUntil(lambda: form.general_error.isVisible(), timeout=2000)
    assert form.general_error.text().startswith(
        "Someone else changed this record while it was open here.")
    assert form.inputs["phone"].text() == "555-0100"
    assert form.inputs["family_name"].text() == "Sok"
    assert form.focusWidget() is typing_in  # the cursor was not moved either

    # The version check still refuses the stale edit: nothing of A's is overwritten.
    with qtbot.waitSignal(form.refused) as refused:
        form.run_save(form.service_call())
    assert isinstance(refused.args[0], Conflict)  # type: ignore[index]
    assert services.clients.reload(client_id).details.family_name == "Sokolova"
    assert dialogs.shown[-1].text == ("This record was changed by another user since you "
                                      "opened it. Reload it and make your change again.")


def test_own_saves_are_not_delivered_again_as_another_workstations(
        qtbot: QtBot, window: MainWindow, services: AppServices, database: Database,
        client_in_hospital: tuple[int, int]) -> None:
    client_id, stay_id = client_in_hospital
    watching(qtbot, services)
    delivered: list[tuple[Change, ...]] = []
    services.other_workstations.delivered = delivered.append
    # B saves an account, then A a transition: only A's change comes from elsewhere.
    services.users.add_user("dev", "Dev Patel", Role.CASE_MANAGER, PASSWORD)
    at_workstation_a(database, "plan-transition", client_id, stay_id, "IOP", 3)

    qtbot.waitUntil(lambda: any(change.topic == Topic.TRANSITION
                                for batch in list(delivered) for change in batch),
                    timeout=2000)
    topics = {change.topic for batch in list(delivered) for change in batch}
    assert Topic.USER not in topics


def test_a_planned_transition_being_edited_is_told_when_another_workstation_moves_it(
        qtbot: QtBot, window: MainWindow, services: AppServices, database: Database,
        client_in_hospital: tuple[int, int]) -> None:
    client_id, stay_id = client_in_hospital
    planned = services.transitions.plan(client_id, stay_id, TransitionPlan(
        "IOP", today() + timedelta(days=2), "Stable", ("clinically_stable",)))
    record = open_record(qtbot, window, client_id)
    record.transition_table.selectRow(0)
    form = record.edit_transition()
    assert isinstance(form, TransitionDialog)
    form.rationale.setFocus()
    form.rationale.selectAll()
    qtbot.keyClicks(form.rationale, "Stable for a week")
    watching(qtbot, services)
    # Workstation A: a second set of services signed in as Carla (in this process).
    other = AppServices(database)
    other.auth.login(OTHER, PASSWORD)
    other.transitions.update(planned.id, planned.version, TransitionPlan(
        "IOP", today() + timedelta(days=4), "Bed opens later", ("clinically_stable",)))

    qtbot.waitUntil(lambda: form.general_error.isVisible(), timeout=2000)
    assert form.general_error.text().startswith("Someone else changed this record")
    assert form.rationale.toPlainText() == "Stable for a week"
    # The record behind the form shows A's new date.
    qtbot.waitUntil(lambda: record.transition_model.index(0, 0).data()
                    == date_text(today() + timedelta(days=4)), timeout=2000)
