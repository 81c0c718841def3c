"""The clocks a case manager works from: open ones soonest first (half-gone ones at risk),
missed ones apart, latest first, until closed out with a reason, on my caseload or the
clinic's. Closing out never turns a miss into anything else in a report."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from coordinator.domain.clinical_record import AppointmentKind
from coordinator.domain.clocks import ClockKind
from coordinator.domain.errors import PermissionDenied, ValidationError
from coordinator.domain.roles import Role
from coordinator.services.app import AppServices
from coordinator.services.appointments import AppointmentInput
from coordinator.services.care import EpisodeInput
from coordinator.services.dto import ClientInput
from coordinator.services.reports import ReportPeriod
from coordinator.store.engine import Database
from tests.services.helpers import (
    SteppingClock,
    add_case_managers,
    add_user,
    admin_services,
    signed_in,
)

TODAY = date(2026, 6, 20)


def d(month: int, day: int) -> date:
    return date(2026, month, day)


@pytest.fixture
def clinic(database: Database) -> tuple[AppServices, AppServices, dict[str, int]]:
    """Cara's caseload: Ada left residential on 17 June (day 3 of 14), Ben on 10 June
    (day 10: at risk), Cy on 1 June with nothing since (missed on 15 June); Dev's client
    Eve left inpatient on 2 June with nothing since (missed on 16 June)."""
    clock = SteppingClock(datetime(2026, 6, 20, 15, tzinfo=UTC))
    admin = admin_services(database, clock)
    managers = add_case_managers(admin, "cara", "dev")
    clients: dict[str, int] = {}
    for given, manager, level, start, end in (
            ("Ada", "cara", "RES", d(6, 1), d(6, 17)), ("Ben", "cara", "RES", d(5, 20), d(6, 10)),
            ("Cy", "cara", "RES", d(5, 10), d(6, 1)), ("Eve", "dev", "INP", d(5, 28), d(6, 2))):
        client = admin.clients.create(ClientInput(
            given, "Moss" if manager == "cara" else "Ortiz", date(1990, 1, 1),
            primary_case_manager_id=managers[manager]))
        clients[given] = client.id
        admin.episodes.add(client.id, EpisodeInput(level, start, end_date=end))
    return admin, signed_in(database, "cara", clock), clients


def test_my_worklist_lists_what_can_still_be_met_soonest_first_and_the_misses_apart(
        clinic: tuple[AppServices, AppServices, dict[str, int]]) -> None:
    _admin, cara, clients = clinic

    mine = cara.clocks.worklist()

    step_downs = [row for row in mine.to_act_on if row.kind is ClockKind.STEP_DOWN]
    assert [(row.client_name, row.due, row.days, row.at_risk) for row in step_downs] == [
        ("Moss, Ben", d(6, 24), 4, True), ("Moss, Ada", d(7, 1), 11, False)]
    assert mine.at_risk_total == sum(row.at_risk for row in mine.to_act_on)
    assert mine.to_act_on_total == len(mine.to_act_on)
    assert [(row.client_name, row.kind, row.due, row.days) for row in mine.missed
            if row.kind is ClockKind.STEP_DOWN] == [("Moss, Cy", ClockKind.STEP_DOWN,
                                                     d(6, 15), 5)]
    assert {row.client_id for row in mine.missed} == {clients["Cy"]}
    assert mine.caseload_only and all(row.case_manager == "Cara" for row in mine.missed)

    # An intake booked at IOP before Ben's window ends: no longer at risk.
    cara.appointments.add(clients["Ben"], AppointmentInput(
        AppointmentKind.INTAKE, d(6, 23), with_whom="Bay IOP", level_code="IOP"))
    after = cara.clocks.worklist()
    booked = [row for row in after.to_act_on
              if row.kind is ClockKind.STEP_DOWN and row.client_id == clients["Ben"]]
    assert [(row.days, row.at_risk) for row in booked] == [(4, False)]
    # The count (made in SQL) agrees with the rows (judged one by one) after the booking.
    assert after.at_risk_total == sum(row.at_risk for row in after.to_act_on) \
        == mine.at_risk_total - 1

    clinic_wide = cara.clocks.worklist(caseload_only=False)
    assert {row.client_id for row in clinic_wide.missed} == {clients["Cy"], clients["Eve"]}
    # The latest miss first, whoever's client it is.
    dues = [row.due for row in clinic_wide.missed]
    assert dues == sorted(dues, reverse=True)


def test_closing_out_a_miss_takes_it_off_the_list_and_the_report_still_counts_it_missed(
        clinic: tuple[AppServices, AppServices, dict[str, int]]) -> None:
    admin, cara, clients = clinic
    cy = next(row for row in cara.clocks.worklist().missed if row.kind is ClockKind.STEP_DOWN)

    cara.clocks.close_out(cy.client_id, cy.episode_id, ClockKind.STEP_DOWN,
                          "  Could not reach the client  ")

    assert [row for row in cara.clocks.worklist().missed
            if row.kind is ClockKind.STEP_DOWN] == []
    report = admin.reports.step_down(ReportPeriod(d(6, 1), d(6, 1)))
    assert [(case.client_id, case.outcome.value) for case in report.cases] == [
        (clients["Cy"], "missed")]
    events = [event for event in admin.audit.recent(20) if event.action == "close_out"]
    assert len(events) == 1 and "Could not reach the client" in events[0].detail

    with pytest.raises(ValidationError, match="already closed out"):
        cara.clocks.close_out(cy.client_id, cy.episode_id, ClockKind.STEP_DOWN, "Again")


def test_a_close_out_needs_a_reason_a_missed_clock_and_a_clinician(
        database: Database,
        clinic: tuple[AppServices, AppServices, dict[str, int]]) -> None:
    admin, cara, _clients = clinic
    worklist = cara.clocks.worklist()
    missed = next(row for row in worklist.missed if row.kind is ClockKind.STEP_DOWN)
    still_open = next(row for row in worklist.to_act_on if row.kind is ClockKind.STEP_DOWN)

    with pytest.raises(ValidationError) as empty:
        cara.clocks.close_out(missed.client_id, missed.episode_id, ClockKind.STEP_DOWN, "  ")
    assert "Say why the clock was missed" in str(empty.value.fields["reason"])
    with pytest.raises(ValidationError) as control:
        cara.clocks.close_out(missed.client_id, missed.episode_id, ClockKind.STEP_DOWN,
                              "gone\x00")
    assert "control character" in str(control.value.fields["reason"])
    with pytest.raises(ValidationError) as long_text:
        cara.clocks.close_out(missed.client_id, missed.episode_id, ClockKind.STEP_DOWN,
                              "x" * 301)
    assert "300" in str(long_text.value.fields["reason"])
    with pytest.raises(ValidationError, match="still open or was met"):
        cara.clocks.close_out(still_open.client_id, still_open.episode_id,
                              ClockKind.STEP_DOWN, "Client declined")

    add_user(admin, "quinn", Role.READ_ONLY)
    reader = signed_in(database, "quinn", SteppingClock(datetime(2026, 6, 20, 15, tzinfo=UTC)))
    with pytest.raises(PermissionDenied):
        reader.clocks.close_out(missed.client_id, missed.episode_id, ClockKind.STEP_DOWN,
                                "Client declined")
    assert [row.client_id for row in cara.clocks.worklist().missed
            if row.kind is ClockKind.STEP_DOWN] == [missed.client_id]
