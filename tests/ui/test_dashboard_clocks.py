"""The dashboard's transition clocks, transitions planned this week and My caseload."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from pytestqt.qtbot import QtBot

from coordinator.domain.clinical_record import AppointmentKind, AppointmentStatus
from coordinator.domain.clocks import ClockKind, ClockState
from coordinator.domain.levels import Direction
from coordinator.services.app import AppServices
from coordinator.services.appointments import AppointmentInput
from coordinator.services.care import EpisodeInput, TransitionPlan
from coordinator.services.clock_worklist import WorklistClock
from coordinator.services.clocks import ClockRow
from coordinator.services.dashboard import Census, LevelCensus, UpcomingTransition
from coordinator.services.dto import ClientInput
from coordinator.store.engine import Database
from coordinator.ui.care.clock_table import ClockTableModel
from coordinator.ui.context import UiContext
from coordinator.ui.locale_text import date_text, time_text
from coordinator.ui.main_window import MainWindow
from coordinator.ui.views import dashboard as dashboard_module
from coordinator.ui.views.dashboard import DashboardView, UpcomingTransitionModel
from tests.ui.care_helpers import case_manager_services, days_ago


@pytest.fixture
def services(database: Database) -> AppServices:
    return case_manager_services(database)


def clock(client_id: int, name: str, state: ClockState, days_left: int | None,
          kind: ClockKind = ClockKind.STEP_DOWN) -> ClockRow:
    start = date(2026, 3, 20)
    return ClockRow(client_id, f"MRN-{client_id:06d}", name, kind, "Step-down window (14 days)",
                    start, date(2026, 4, 3), days_left, state,
                    date(2026, 3, 30) if state is ClockState.MET else None,
                    date(2026, 3, 30) if state is ClockState.MET else None, client_id * 10)


def test_missed_clocks_come_first_and_are_marked_in_words_and_colour(
        qtmodeltester: object) -> None:
    model = ClockTableModel()
    model.show_clocks([clock(1, "Abbott, Ana", ClockState.OPEN, 9),
                       clock(2, "Baker, Bo", ClockState.OPEN, 1),
                       clock(3, "Cruz, Cy", ClockState.MISSED, -3)])
    qtmodeltester.check(model)  # type: ignore[attr-defined]

    texts = [[model.index(row, column).data() for column in (0, 4, 5)]
             for row in range(model.rowCount())]
    assert texts == [["Cruz, Cy", "3 days overdue", "⚠ Missed"],
                     ["Baker, Bo", "1 day", "Due soon"],
                     ["Abbott, Ana", "9 days", "Open"]]
    missed_ink = model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(missed_ink, QBrush) and missed_ink.color().name() == "#b3261e"
    assert model.index(2, 0).data(Qt.ItemDataRole.ForegroundRole) is None

    model.show_clocks([clock(1, "Abbott, Ana", ClockState.MET, None)])
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.index(0, 4).data() == "met in 10 days"


@pytest.fixture
def dashboard(qtbot: QtBot, ui: UiContext) -> DashboardView:
    view = DashboardView(ui)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.clocks_loaded):
        view.show()
    return view


def discharged_from_inpatient(services: AppServices, family: str, days: int) -> int:
    """A client whose inpatient stay ended ``days`` ago; returns the client id."""
    client = services.clients.create(ClientInput("Dara", family, date(1990, 1, 1)))
    episode = services.episodes.add(client.id, EpisodeInput("INP", days_ago(days + 8)))
    services.episodes.discharge(episode.id, episode.version, days_ago(days), "Stable")
    return client.id


def test_the_dashboard_lists_open_clocks_by_days_left_and_refreshes_on_a_change(
        qtbot: QtBot, ui: UiContext, services: AppServices) -> None:
    ruiz = discharged_from_inpatient(services, "Ruiz", 20)
    sok = services.clients.create(ClientInput("Dara", "Sok", date(1990, 1, 1))).id
    stay = services.episodes.add(sok, EpisodeInput("INP", days_ago(20)))
    dashboard = DashboardView(ui)
    qtbot.addWidget(dashboard)
    with qtbot.waitSignal(dashboard.clocks_loaded):
        dashboard.show()
    # Ruiz's step-down window ran out 6 days ago: missed, folded away, not to act on.
    assert {row.client_id for row in dashboard.clock_model.rows()} == {ruiz}
    assert ruiz in {row.client_id for row in dashboard.missed_model.rows()}
    assert dashboard.missed_table.isHidden()

    def shows_sok(rows: list[WorklistClock]) -> bool:
        return any(row.client_id == sok for row in rows)

    # The change notification refreshes the dashboard (a refresh already running when the
    # discharge was saved may answer first, without it).
    with qtbot.waitSignal(dashboard.clocks_loaded, timeout=10_000, check_params_cb=shows_sok):
        services.episodes.discharge(stay.id, stay.version, days_ago(12), "Stable")

    to_act_on = [(row.client_name, row.title, row.days, row.at_risk)
                 for row in dashboard.clock_model.rows() if row.kind is ClockKind.STEP_DOWN]
    missed = [(row.client_name, row.title, row.days)
              for row in dashboard.missed_model.rows() if row.kind is ClockKind.STEP_DOWN]
    # Sok has 2 days left of 14 (at risk, in words); Ruiz's window ended 6 days ago.
    assert to_act_on == [("Sok, Dara", "Step-down window (14 days)", 2, True)]
    assert missed == [("Ruiz, Dara", "Step-down window (14 days)", 6)]
    sok_row = dashboard.clock_model.row_of((sok, ClockKind.STEP_DOWN.value,
                                            dashboard.clock_model.rows()[0].episode_id))
    assert sok_row >= 0
    assert dashboard.clock_model.index(sok_row, 1).data() == "At risk: 2 days left"
    amber = dashboard.clock_model.index(sok_row, 1).data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(amber, QBrush) and amber.color().name() == "#8a4b00"
    assert dashboard.caseload_card.number.text() == "2"
    assert dashboard.clocks_title.text() == "Clocks to act on: my caseload"
    assert "at risk (half the window gone and nothing booked to meet it, in amber)" \
        in dashboard.clock_note.text()
    assert dashboard.missed_button.text().startswith("▸ Missed in the last 30 days")


def test_refresh_pressed_again_before_the_answer_shows_only_the_newer_reading(
        qtbot: QtBot, ui: UiContext, dashboard: DashboardView) -> None:
    """The first reading is superseded before it can answer, so the census is shown once."""
    shown: list[object] = []
    dashboard.census_loaded.connect(shown.append)
    with qtbot.waitSignal(dashboard.clocks_loaded):
        dashboard.refresh()
        dashboard.refresh()
    ui.operations.wait()
    qtbot.waitUntil(lambda: ui.operations.pending() == 0)
    assert len(shown) == 1
    assert dashboard.status.text() == "0 of 0 active clients are in an active episode of care."


def test_a_census_kept_on_the_server_says_when_it_was_counted(
        dashboard: DashboardView) -> None:
    levels = (LevelCensus("IOP", "Intensive Outpatient", 2, 412),
              LevelCensus("PHP", "Partial Hospitalization", 3, 91))
    counted = datetime(2026, 4, 1, 9, 42, tzinfo=UTC)
    dashboard.show_census(Census(812, levels, 409, 12, counted))
    local = counted.astimezone()
    assert dashboard.status.text() == (
        "503 of 812 active clients are in an active episode of care. Counted at "
        f"{time_text(time(local.hour, local.minute))}: a census this large is counted again "
        "each minute.")
    dashboard.show_census(Census(815, levels, 409, 12))
    assert dashboard.status.text() == (
        "503 of 815 active clients are in an active episode of care.")


def test_no_open_clock_says_so(dashboard: DashboardView) -> None:
    assert dashboard.clock_model.rowCount() == 0
    assert dashboard.clock_note.text() == "No transition clock is open on my caseload."
    assert dashboard.missed_button.text() == "No missed clock to close out (last 30 days)"
    assert not dashboard.missed_button.isEnabled()
    assert dashboard.upcoming_note.text() == "No transition is planned for the next 7 days."


def test_transitions_planned_in_the_next_seven_days_are_listed(
        qtbot: QtBot, dashboard: DashboardView, services: AppServices) -> None:
    client = discharged_from_inpatient(services, "Sok", 3)
    source = services.episodes.current_episode(client)
    assert source is not None
    with qtbot.waitSignal(dashboard.clocks_loaded, timeout=10_000,
                          check_params_cb=lambda _rows: dashboard.upcoming_model.rowCount() > 0):
        services.transitions.plan(client, source.id, TransitionPlan(
            "IOP", days_ago(-2), "Stable", ("clinically_stable",)))

    model = dashboard.upcoming_model
    assert [[model.index(0, column).data() for column in range(6)]] == [
        [date_text(days_ago(-2)), "in 2 days", "Sok, Dara",
         model.row_at(0).record_number,  # type: ignore[union-attr]
         "INP → IOP", "↓ Step-down"]]
    assert not dashboard.upcoming_note.isVisible()


def test_enter_on_a_clock_opens_the_client_record(
        qtbot: QtBot, window: MainWindow, services: AppServices) -> None:
    dashboard = window.views["dashboard"]
    assert isinstance(dashboard, DashboardView)
    client = discharged_from_inpatient(services, "Sok", 12)
    qtbot.waitUntil(lambda: window.ui.operations.pending() == 0)
    with qtbot.waitSignal(dashboard.clocks_loaded, timeout=10_000):
        dashboard.refresh()
    dashboard.clock_table.setFocus()
    dashboard.clock_table.selectRow(0)

    with qtbot.waitSignal(window.record_opened) as opened:
        qtbot.keyClick(dashboard.clock_table, Qt.Key.Key_Return)

    record = opened.args[0]
    assert record.client_id == client
    qtbot.waitUntil(lambda: record.record is not None)
    assert record.name_label.text() == "Sok, Dara"


def test_a_planned_transition_whose_date_passed_is_marked_overdue(
        qtmodeltester: object) -> None:
    model = UpcomingTransitionModel()
    model.replace_rows([
        UpcomingTransition(1, 7, "MRN-000007", "Sok, Dara", days_ago(4), Direction.STEP_DOWN,
                           "INP", "IOP", "Intensive Outpatient", -4),
        UpcomingTransition(2, 8, "MRN-000008", "Ruiz, Ana", days_ago(0), Direction.STEP_UP,
                           "IOP", "PHP", "Partial Hospitalization", 0)])
    qtmodeltester.check(model)  # type: ignore[attr-defined]

    assert [model.index(row, 1).data() for row in range(2)] == ["⚠ 4 days overdue", "today"]
    assert isinstance(model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole), QBrush)
    assert model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(1, 5).data() == "↑ Step-up"


def test_a_long_list_shows_the_most_urgent_clocks_and_counts_them_all(
        qtbot: QtBot, ui: UiContext, services: AppServices,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dashboard_module, "LISTED_AT_MOST", 2)
    # Each inpatient discharge starts three clocks: step-down (14 days), FUH 7 and FUH 30.
    # Abe's first two ran out; the others are open.
    for family, days in (("Abe", 20), ("Bo", 3), ("Cy", 1)):
        discharged_from_inpatient(services, family, days)
    dashboard = DashboardView(ui)
    qtbot.addWidget(dashboard)
    with qtbot.waitSignal(dashboard.clocks_loaded):
        dashboard.show()

    # Bo left 3 days ago and Cy 1 day ago: their 7-day follow-ups are due in 4 and 6 days,
    # the two due soonest.
    assert [(row.client_name, row.kind, row.days) for row in dashboard.clock_model.rows()] == [
        ("Bo, Dara", ClockKind.FUH7, 4), ("Cy, Dara", ClockKind.FUH7, 6)]
    assert dashboard.clock_note.text().startswith("7 open, soonest due first; ")
    assert "The 2 due soonest are listed" in dashboard.clock_note.text()
    # Abe's step-down and 7-day follow-up ran out: counted on the folded button.
    assert [(row.client_name, row.kind) for row in dashboard.missed_model.rows()] == [
        ("Abe, Dara", ClockKind.STEP_DOWN), ("Abe, Dara", ClockKind.FUH7)]
    assert dashboard.missed_button.text() == "▸ Missed in the last 30 days, not closed out: 2"


def test_my_caseloads_appointments_past_due_first_and_enter_opens_the_record(
        qtbot: QtBot, window: MainWindow, services: AppServices) -> None:
    dashboard = window.views["dashboard"]
    assert isinstance(dashboard, DashboardView)
    client = discharged_from_inpatient(services, "Sok", 5)
    services.appointments.add(client, AppointmentInput(
        AppointmentKind.INTAKE, days_ago(-2), time(10, 30), with_whom="Riverbend IOP",
        level_code="IOP", status=AppointmentStatus.CONFIRMED))
    services.appointments.add(client, AppointmentInput(
        AppointmentKind.PSYCHIATRY, days_ago(1), with_whom="Dr. Haddad"))
    qtbot.waitUntil(lambda: window.ui.operations.pending() == 0)
    with qtbot.waitSignal(dashboard.clocks_loaded, timeout=10_000):
        dashboard.refresh()

    model = dashboard.appointment_model
    assert [[model.index(row, column).data() for column in range(6)] for row in range(2)] == [
        [date_text(days_ago(1)), "⚠ 1 day ago, no outcome", "Sok, Dara", "Psychiatry",
         "Scheduled", "Dr. Haddad"],
        [f"{date_text(days_ago(-2))} {time_text(time(10, 30))}", "in 2 days", "Sok, Dara",
         "Intake (IOP)", "Confirmed", "Riverbend IOP"]]
    assert isinstance(model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole), QBrush)
    assert dashboard.appointments_title.text() == "Appointments on my caseload"
    assert dashboard.appointment_note.text().startswith("1 past their day without an outcome")

    dashboard.appointment_table.setFocus()
    dashboard.appointment_table.selectRow(1)
    with qtbot.waitSignal(window.record_opened) as opened:
        qtbot.keyClick(dashboard.appointment_table, Qt.Key.Key_Return)
    assert opened.args[0].client_id == client


def test_a_missed_clock_is_closed_out_from_the_dashboard_with_a_reason(
        qtbot: QtBot, ui: UiContext, services: AppServices) -> None:
    ruiz = discharged_from_inpatient(services, "Ruiz", 20)
    dashboard = DashboardView(ui)
    qtbot.addWidget(dashboard)
    with qtbot.waitSignal(dashboard.clocks_loaded):
        dashboard.show()
    assert not dashboard.close_out_button.isVisible()

    dashboard.missed_button.click()
    assert dashboard.missed_table.isVisible() and dashboard.close_out_button.isVisible()
    assert dashboard.missed_button.text() == "▾ Hide the missed clocks (2)"
    step_down = next(number for number, row in enumerate(dashboard.missed_model.rows())
                     if row.kind is ClockKind.STEP_DOWN)
    dashboard.missed_table.selectRow(step_down)
    assert dashboard.close_out_button.isEnabled()
    dialog = dashboard.close_out_selected()
    assert dialog is not None

    # Without a reason: refused at the field, the dialog stays open.
    dialog.close_out_button.click()
    qtbot.waitUntil(lambda: dialog.problem.isVisible())
    assert dialog.problem.text() == "Say why the clock was missed, e.g. could not reach the client."
    assert dialog.isVisible()

    qtbot.keyClicks(dialog.reason, "Client went to a program out of county")
    with qtbot.waitSignal(dashboard.clocks_loaded, timeout=10_000,
                          check_params_cb=lambda rows: not any(
                              row.kind is ClockKind.STEP_DOWN and row.client_id == ruiz
                              and row.due < days_ago(0) for row in rows)):
        dialog.close_out_button.click()
    assert not dialog.isVisible()
    assert [row.kind for row in dashboard.missed_model.rows()] == [ClockKind.FUH7]
    assert dashboard.missed_button.text() == "▾ Hide the missed clocks (1)"
