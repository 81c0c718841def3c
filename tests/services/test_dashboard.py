"""The dashboard's reads: transitions planned this week and the signed-in user's caseload."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Any

from coordinator.domain.clinical_record import AppointmentKind, AppointmentStatus
from coordinator.domain.levels import Direction
from coordinator.domain.roles import Role
from coordinator.services.app import AppServices
from coordinator.services.appointments import AppointmentInput
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


def test_appointments_past_due_first_then_the_next_seven_days_on_my_caseload(
        database: Database) -> None:
    clock = SteppingClock(APRIL_1)
    admin = admin_services(database, clock)
    add_user(admin, "carla", Role.CASE_MANAGER)
    carla = signed_in(database, "carla", clock)
    mine = carla.clients.create(ClientInput("Dara", "Sok", date(1990, 1, 1)))
    other = admin.clients.create(ClientInput("Lee", "Kim", date(1990, 1, 1)))
    assert carla.dashboard.my_caseload() == 1  # Sok: whoever adds a client manages them

    def book(services: AppServices, client_id: int, day: date, kind: AppointmentKind,
             status: AppointmentStatus = AppointmentStatus.SCHEDULED, **more: Any) -> None:
        services.appointments.add(client_id, AppointmentInput(kind, day, status=status,
                                                              **more))

    book(carla, mine.id, date(2026, 4, 8), AppointmentKind.THERAPY, with_whom="Dr. Ito")
    book(carla, mine.id, date(2026, 4, 9), AppointmentKind.THERAPY)  # 8 days: too far
    book(carla, mine.id, date(2026, 4, 1), AppointmentKind.INTAKE,
         AppointmentStatus.CONFIRMED, at=time(10, 0), level_code="IOP",
         with_whom="Riverbend IOP")
    book(carla, mine.id, date(2026, 3, 30), AppointmentKind.PSYCHIATRY)  # no outcome yet
    book(carla, mine.id, date(2026, 3, 1), AppointmentKind.PSYCHIATRY)  # over 30 days ago
    book(carla, mine.id, date(2026, 3, 31), AppointmentKind.PRIMARY_CARE,
         AppointmentStatus.KEPT)
    book(carla, mine.id, date(2026, 4, 2), AppointmentKind.PEER_SUPPORT,
         AppointmentStatus.CANCELLED)
    book(admin, other.id, date(2026, 4, 3), AppointmentKind.THERAPY)

    found = carla.dashboard.appointments()
    assert found.caseload_only
    assert [(row.client_name, row.service_date, row.kind, row.days_until, row.past_due)
            for row in found.rows] == [
        ("Sok, Dara", date(2026, 3, 30), "psychiatry", -2, True),
        ("Sok, Dara", date(2026, 4, 1), "intake", 0, False),
        ("Sok, Dara", date(2026, 4, 8), "therapy", 7, False)]
    intake = found.rows[1]
    assert (intake.at, intake.level_code, intake.with_whom, intake.status) == (
        time(10, 0), "IOP", "Riverbend IOP", "confirmed")
    assert (found.past_due, found.upcoming) == (1, 2)

    # Anyone else sees the clinic's; the limit applies to each part, counted one past it.
    clinic = admin.dashboard.appointments(limit=1)
    assert not clinic.caseload_only
    assert [(row.client_name, row.service_date) for row in clinic.rows] == [
        ("Sok, Dara", date(2026, 3, 30)), ("Sok, Dara", date(2026, 4, 1))]
    assert (clinic.past_due, clinic.upcoming) == (1, 2)  # 2: more than one

    # An outcome takes it off the list; an archived client's are left out.
    psychiatry = next(row for row in carla.appointments.appointments_of(mine.id)
                      if row.service_date == date(2026, 3, 30))
    carla.appointments.record_outcome(psychiatry.id, psychiatry.version,
                                      AppointmentStatus.MISSED)
    admin.clients.archive(other.id, admin.clients.get(other.id).version)
    assert [row.service_date for row in admin.dashboard.appointments().rows] == [
        date(2026, 4, 1), date(2026, 4, 8)]
