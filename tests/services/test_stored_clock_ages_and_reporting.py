"""The stored clocks follow the HEDIS ages and say how a readmission counts in a rate.

Clients, episodes and edits go through the services (the way the app records them), so
the stored clocks are the ones those saves refresh. Dates worked out by hand: an inpatient
stay ends on Tuesday 10 March 2026.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from coordinator.domain.clocks import ClockKind, ClockState, ReportingStatus
from coordinator.services.app import AppServices
from coordinator.services.care import EpisodeInput
from coordinator.services.clocks import ClockRow
from coordinator.services.dto import ClientInput
from coordinator.store.engine import Database
from tests.services.helpers import SteppingClock, admin_services

MH, SUD = "mental_health", "substance_use"
DISCHARGE = date(2026, 3, 10)
FUH = {ClockKind.FUH7, ClockKind.FUH30}
FUI = {ClockKind.FUI7, ClockKind.FUI30}


@pytest.fixture
def admin(database: Database) -> AppServices:
    # The workstation's today is 1 June 2026: every stay below is history.
    return admin_services(database, SteppingClock(datetime(2026, 6, 1, 9, 0, tzinfo=UTC)))


def client(admin: AppServices, given: str, born: date | None) -> int:
    return admin.clients.create(ClientInput(given, "Okafor", born)).id


def stay(admin: AppServices, client_id: int, level: str, start: date, end: date, *,
         focus: str = MH) -> None:
    admin.episodes.add(client_id, EpisodeInput(level, start, focus=focus, end_date=end))


def clocks_of(admin: AppServices, client_id: int, today: date) -> list[ClockRow]:
    return admin.clocks.caseload_clocks(today=today, client_id=client_id)


def kinds_of(admin: AppServices, client_id: int, today: date = DISCHARGE) -> set[ClockKind]:
    return {row.kind for row in clocks_of(admin, client_id, today)}


def test_fuh_starts_at_6_on_the_discharge_day_and_the_step_down_at_every_age(
        admin: AppServices) -> None:
    five = client(admin, "Ada", date(2020, 3, 11))  # 6 the day after the discharge
    six = client(admin, "Ben", date(2020, 3, 10))  # 6 on the discharge day
    four = client(admin, "Cy", date(2021, 6, 1))
    for someone in (five, six, four):
        stay(admin, someone, "INP", date(2026, 3, 2), DISCHARGE)

    assert kinds_of(admin, five) == {ClockKind.STEP_DOWN}
    assert [(row.title, row.due, row.days_left) for row in clocks_of(admin, six, DISCHARGE)
            ] == [("Mental-health follow-up (7 days)", date(2026, 3, 17), 7),
                  ("Step-down window (14 days)", date(2026, 3, 24), 14),
                  ("Mental-health follow-up (30 days)", date(2026, 4, 9), 30)]
    [step_down] = clocks_of(admin, four, date(2026, 3, 12))
    assert (step_down.client_name, step_down.title, step_down.due, step_down.state) == (
        "Okafor, Cy", "Step-down window (14 days)", date(2026, 3, 24), ClockState.OPEN)


def test_fui_and_iet_start_at_13_on_the_discharge_and_episode_dates(
        admin: AppServices) -> None:
    twelve = client(admin, "Dee", date(2013, 3, 11))  # 12 on both days
    thirteen = client(admin, "Eli", date(2013, 2, 20))  # 13 on the episode's first day
    between = client(admin, "Fay", date(2013, 3, 1))  # 12 at admission, 13 at discharge
    for someone in (twelve, thirteen, between):
        stay(admin, someone, "RES", date(2026, 2, 20), DISCHARGE, focus=SUD)

    assert kinds_of(admin, twelve) == {ClockKind.STEP_DOWN}
    assert kinds_of(admin, thirteen) == {ClockKind.STEP_DOWN, ClockKind.IET_INITIATION, *FUI}
    assert kinds_of(admin, between) == {ClockKind.STEP_DOWN, *FUI}
    fui7 = next(row for row in clocks_of(admin, thirteen, DISCHARGE)
                if row.kind is ClockKind.FUI7)
    assert (fui7.title, fui7.due) == ("Substance-use follow-up (7 days)", date(2026, 3, 17))


def test_editing_the_birth_date_refreshes_the_clients_clocks(admin: AppServices) -> None:
    unknown = admin.clients.create(ClientInput("Gus", "Okafor"))
    stay(admin, unknown.id, "INP", date(2026, 3, 2), DISCHARGE)
    # Not recorded: the clinic cannot know, so the follow-up clocks start.
    assert kinds_of(admin, unknown.id) == {ClockKind.STEP_DOWN, *FUH}

    five = admin.clients.update(unknown.id, unknown.version,
                                replace(unknown.details, birth_date=date(2020, 3, 11)))
    assert kinds_of(admin, unknown.id) == {ClockKind.STEP_DOWN}
    urgent = admin.clocks.urgent(today=date(2026, 3, 20))
    assert [(row.client_name, row.title) for row in urgent.rows] == [
        ("Okafor, Gus", "Step-down window (14 days)")]

    admin.clients.update(unknown.id, five.version,
                         replace(five.details, birth_date=date(2020, 3, 10)))
    assert kinds_of(admin, unknown.id) == {ClockKind.STEP_DOWN, *FUH}


def test_a_readmission_on_day_4_is_transferred_and_out_of_the_reported_rate(
        admin: AppServices) -> None:
    hana = client(admin, "Hana", date(1990, 5, 17))
    stay(admin, hana, "INP", date(2026, 3, 2), DISCHARGE)
    stay(admin, hana, "INP", date(2026, 3, 14), date(2026, 3, 20))  # day 4

    rows = [row for row in clocks_of(admin, hana, date(2026, 3, 16))
            if row.start == DISCHARGE]
    assert {row.kind for row in rows} == {ClockKind.STEP_DOWN, *FUH}
    for row in rows:
        assert (row.state, row.closed_on, row.days_left) == (
            ClockState.TRANSFERRED, date(2026, 3, 14), None)
        assert row.reported.status is ReportingStatus.EXCLUDED
        assert not row.reported.in_numerator and not row.reported.in_denominator
    fuh7 = next(row for row in rows if row.kind is ClockKind.FUH7)
    assert fuh7.readmitted_on == date(2026, 3, 14)
    assert fuh7.reported.reason == (
        "Readmitted to 24-hour care on 2026-03-14, within 30 days of the discharge: "
        "HEDIS leaves the discharge out of the rate (readmission or direct transfer).")


def test_a_readmission_after_a_missed_7_day_window_keeps_it_missed_but_out_of_the_rate(
        admin: AppServices) -> None:
    ivo = client(admin, "Ivo", date(1985, 1, 9))
    stay(admin, ivo, "INP", date(2026, 3, 2), DISCHARGE)
    stay(admin, ivo, "INP", date(2026, 3, 20), date(2026, 3, 27))  # day 10

    # On 19 March the 7-day clock is missed and, so far, counts against the rate.
    [before] = [row for row in admin.clocks.urgent(today=date(2026, 3, 19)).rows
                if row.kind is ClockKind.FUH7]
    assert (before.state, before.days_left) == (ClockState.MISSED, -2)
    assert before.reported.status is ReportingStatus.DENOMINATOR_ONLY
    # From the readmission on it is out of the rate, on the worklist still missed.
    [after] = [row for row in admin.clocks.urgent(today=date(2026, 3, 21)).rows
               if row.kind is ClockKind.FUH7]
    assert (after.state, after.readmitted_on) == (ClockState.MISSED, date(2026, 3, 20))
    assert after.reported.status is ReportingStatus.EXCLUDED
    listed = {row.kind: row for row in clocks_of(admin, ivo, date(2026, 3, 21))
              if row.start == DISCHARGE}
    assert listed[ClockKind.FUH7].reported == after.reported
    assert listed[ClockKind.FUH30].state is ClockState.TRANSFERRED


def test_a_met_follow_up_counts_in_the_numerator(admin: AppServices) -> None:
    jo = client(admin, "Jo", date(1979, 8, 30))
    stay(admin, jo, "INP", date(2026, 3, 2), DISCHARGE)
    admin.episodes.add(jo, EpisodeInput("OP", date(2026, 3, 13)))  # day 3

    fuh7 = next(row for row in clocks_of(admin, jo, date(2026, 3, 20))
                if row.kind is ClockKind.FUH7)
    assert (fuh7.state, fuh7.met_on) == (ClockState.MET, date(2026, 3, 13))
    assert fuh7.reported.status is ReportingStatus.NUMERATOR
