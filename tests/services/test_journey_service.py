"""The journey behind the timeline chart: episodes, transitions and clocks of one client."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from coordinator.domain.clocks import ClockKind, ClockState
from coordinator.domain.errors import NotFound, PermissionDenied
from coordinator.domain.levels import Direction
from coordinator.domain.roles import Role
from coordinator.services.app import AppServices
from coordinator.services.care import EpisodeInput, TransitionCompletion, TransitionPlan
from coordinator.services.dto import ClientInput
from coordinator.store.engine import Database
from tests.services.helpers import (
    SteppingClock,
    add_partner_facility,
    add_user,
    admin_services,
    signed_in,
)

NOON_APRIL_1 = datetime(2026, 4, 1, 12, 0, tzinfo=UTC)
MARCH_1, MARCH_12, MARCH_22, MARCH_26 = (date(2026, 3, 1), date(2026, 3, 12),
                                         date(2026, 3, 22), date(2026, 3, 26))


@pytest.fixture
def maria(database: Database) -> AppServices:
    admin = admin_services(database, SteppingClock(NOON_APRIL_1))
    add_user(admin, "maria", Role.CASE_MANAGER)
    return signed_in(database, "maria", SteppingClock(NOON_APRIL_1))


def test_a_hospital_stay_then_iop_gives_the_chart_its_bars_arrow_and_step_down_window(
        database: Database, maria: AppServices) -> None:
    mercy = add_partner_facility(database, "Mercy Hospital", ("INP",))
    harbor = add_partner_facility(database, "Harbor IOP", ("IOP",))
    client = maria.clients.create(ClientInput("Lan", "Nguyễn", date(1979, 7, 9)))
    stay = maria.episodes.add(client.id, EpisodeInput("INP", MARCH_1, mercy))
    stay = maria.episodes.discharge(stay.id, stay.version, MARCH_12, "Home")
    plan = maria.transitions.plan(client.id, stay.id, TransitionPlan(
        "IOP", MARCH_22, "Stable; evening IOP.", ("clinically_stable",), harbor))
    maria.transitions.complete(plan.id, plan.version, TransitionCompletion(MARCH_22))

    journey = maria.journey.journey(client.id)

    assert (journey.client_name, journey.today) == ("Lan Nguyễn", date(2026, 4, 1))
    assert [(view.level_code, view.start_date, view.end_date) for view in journey.episodes] == [
        ("INP", MARCH_1, MARCH_12), ("IOP", MARCH_22, None)]
    (move,) = journey.transitions
    assert (move.direction, move.gap_days) == (Direction.STEP_DOWN, 10)
    step_down = [row for row in journey.clocks if row.kind is ClockKind.STEP_DOWN]
    assert [(row.start, row.due, row.state, row.met_on) for row in step_down] == [
        (MARCH_12, MARCH_26, ClockState.MET, MARCH_22)]

    layout = journey.layout()
    lanes = {lane.code: lane.index for lane in layout.lanes}
    assert [(bar.lane, bar.label) for bar in layout.bars] == [
        (lanes["INP"], "Mercy Hospital"), (lanes["IOP"], "Harbor IOP")]
    (arrow,) = layout.arrows
    assert (arrow.direction, arrow.from_date, arrow.to_date) == (
        Direction.STEP_DOWN, MARCH_12, MARCH_22)
    assert any((window.start, window.due) == (MARCH_12, MARCH_26) for window in layout.clocks)


def test_an_open_step_down_clock_is_part_of_the_journey_until_the_next_level_starts(
        database: Database, maria: AppServices) -> None:
    client = maria.clients.create(ClientInput("Dara", "Sok", date(1988, 2, 1)))
    stay = maria.episodes.add(client.id, EpisodeInput("PHP", date(2026, 3, 2)))
    maria.episodes.discharge(stay.id, stay.version, date(2026, 3, 25), "Home")

    journey = maria.journey.journey(client.id, today=date(2026, 3, 30))

    assert journey.today == date(2026, 3, 30)
    open_clocks = [(row.title, row.due) for row in journey.clocks
                   if row.state is ClockState.OPEN]
    assert open_clocks == [("Step-down window (14 days)", date(2026, 4, 8))]
    assert journey.layout().clocks[0].state == "open"


def test_a_client_with_no_episodes_has_an_empty_journey(maria: AppServices) -> None:
    client = maria.clients.create(ClientInput("Ana", "Ruiz", date(1990, 5, 5)))
    journey = maria.journey.journey(client.id)
    assert (journey.episodes, journey.transitions, journey.clocks) == ((), (), ())
    assert journey.layout().is_empty


def test_an_unknown_client_or_a_signed_out_user_gets_no_journey(
        database: Database, maria: AppServices) -> None:
    with pytest.raises(NotFound):
        maria.journey.journey(9999)
    maria.auth.logout()
    with pytest.raises(PermissionDenied):
        maria.journey.journey(1)
