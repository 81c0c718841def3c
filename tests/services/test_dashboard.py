"""The dashboard's reads: transitions planned this week and the signed-in user's caseload."""

from __future__ import annotations

from datetime import UTC, date, datetime

from coordinator.domain.levels import Direction
from coordinator.domain.roles import Role
from coordinator.services.care import EpisodeInput, TransitionPlan
from coordinator.services.dto import ClientInput
from coordinator.store.engine import Database
from tests.services.helpers import SteppingClock, add_user, admin_services, signed_in

APRIL_1 = datetime(2026, 4, 1, 12, 0, tzinfo=UTC)


def test_transitions_planned_in_the_next_seven_days_soonest_first(database: Database) -> None:
    clock = SteppingClock(APRIL_1)
    services = admin_services(database, clock)
    plans = {}
    for name, day in (("Sok", date(2026, 4, 6)), ("Ruiz", date(2026, 4, 2)),
                      ("Late", date(2026, 4, 20))):
        client = services.clients.create(ClientInput("Dara", name, date(1990, 1, 1)))
        episode = services.episodes.add(client.id, EpisodeInput("INP", date(2026, 3, 20)))
        plans[name] = services.transitions.plan(client.id, episode.id, TransitionPlan(
            "IOP", day, "Stable on medication", ("clinically_stable",)))

    upcoming = services.dashboard.upcoming_transitions()

    assert [(row.client_name, row.planned_date) for row in upcoming] == [
        ("Ruiz, Dara", date(2026, 4, 2)), ("Sok, Dara", date(2026, 4, 6))]
    assert upcoming[0].direction is Direction.STEP_DOWN
    assert (upcoming[0].from_level_code, upcoming[0].to_level_code) == ("INP", "IOP")
    assert upcoming[0].to_level_name == "Intensive Outpatient"
    assert [row.days_until for row in upcoming] == [1, 5]

    services.transitions.cancel(plans["Ruiz"].id, plans["Ruiz"].version)
    assert [row.client_name for row in services.dashboard.upcoming_transitions()] == [
        "Sok, Dara"]


def test_the_dashboard_lists_overdue_plans_of_the_last_30_days_up_to_a_limit(
        database: Database) -> None:
    clock = SteppingClock(APRIL_1)
    services = admin_services(database, clock)
    for name, day in (("Old", date(2026, 2, 27)), ("Late", date(2026, 3, 3)),
                      ("Soon", date(2026, 4, 3)), ("Sok", date(2026, 4, 8))):
        client = services.clients.create(ClientInput("Dara", name, date(1990, 1, 1)))
        episode = services.episodes.add(client.id, EpisodeInput("INP", date(2026, 2, 20)))
        services.transitions.plan(client.id, episode.id, TransitionPlan(
            "IOP", day, "Stable on medication", ("clinically_stable",)), confirm_far_date=True)

    assert [(row.client_name, row.days_until) for row in
            services.dashboard.upcoming_transitions()] == [
        ("Late, Dara", -29), ("Soon, Dara", 2), ("Sok, Dara", 7)]
    assert services.dashboard.count_upcoming() == 3
    assert [row.client_name for row in services.dashboard.upcoming_transitions(limit=2)] == [
        "Late, Dara", "Soon, Dara"]
    assert services.dashboard.count_upcoming(overdue_days=60) == 4
    assert services.dashboard.count_upcoming(overdue_days=60, at_most=2) == 3  # "more"


def test_my_caseload_counts_active_clients_whose_primary_case_manager_i_am(
        database: Database) -> None:
    admin = admin_services(database)
    add_user(admin, "carla", Role.CASE_MANAGER)
    carla = signed_in(database, "carla")
    carla_id = carla.ctx.require_signed_in().user_id
    for name in ("Sok", "Ruiz"):
        admin.clients.create(ClientInput("Dara", name, date(1990, 1, 1),
                                         primary_case_manager_id=carla_id))
    # Without a case manager chosen, the person who adds the client becomes theirs.
    admin.clients.create(ClientInput("Lee", "Kim", date(1990, 1, 1)))

    assert carla.dashboard.my_caseload() == 2
    assert admin.dashboard.my_caseload() == 1
