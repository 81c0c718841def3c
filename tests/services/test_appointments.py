"""Appointments as a case manager books them and records what came of them, and the
transition clocks a kept one meets (on SQLite and PostgreSQL)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time
from typing import Any

import pytest
from sqlalchemy import select

from coordinator.domain.clinical_record import AppointmentKind, AppointmentStatus
from coordinator.domain.clocks import (
    ClockKind,
    ClockState,
    EpisodeFact,
    VisitFact,
    clocks_for_client,
)
from coordinator.domain.errors import Conflict, NotFound, PermissionDenied, ValidationError
from coordinator.domain.roles import Role
from coordinator.services.app import AppServices
from coordinator.services.appointments import AppointmentInput, insert_appointment
from coordinator.services.care import EpisodeInput
from coordinator.services.care.records import lock_client
from coordinator.services.dto import ClientInput
from coordinator.services.facilities import FacilityInput
from coordinator.services.notify import Change
from coordinator.services.team import CareTeamInput
from coordinator.store.engine import Database
from coordinator.store.models import Appointment, AuditEvent, Client
from tests.services.helpers import SteppingClock, add_user, admin_services, signed_in

# 20 March 2026 at noon UTC: the same calendar day on any workstation from UTC-11 to UTC+11.
NOW = datetime(2026, 3, 20, 12, 0, tzinfo=UTC)
TODAY = date(2026, 3, 20)
SUD = "substance_use"


def iop_intake(day: date, **changes: Any) -> AppointmentInput:
    details = AppointmentInput(AppointmentKind.INTAKE, day, time(10, 30), level_code="IOP",
                               with_whom="Intake desk", purpose="Step-down to IOP")
    return replace(details, **changes)


@pytest.fixture
def admin(database: Database) -> AppServices:
    return admin_services(database, SteppingClock(NOW))


def client_after_inpatient(admin: AppServices, *, focus: str = "mental_health") -> int:
    """Discharged from a hospital stay on 9 March (in at 1 March)."""
    client = admin.clients.create(ClientInput("Dara", "Sok", date(1988, 2, 1)))
    admin.episodes.add(client.id, EpisodeInput("INP", date(2026, 3, 1), focus=focus,
                                               end_date=date(2026, 3, 9)))
    return client.id


def stored(admin: AppServices, client_id: int) -> dict[ClockKind, tuple[ClockState,
                                                                      date | None]]:
    """What the record's clock table says today: each clock's state and closing day."""
    return {row.kind: (row.state, row.closed_on)
            for row in admin.clocks.caseload_clocks(client_id=client_id, today=TODAY,
                                                    include_closed_days=365)}


def from_the_rules(admin: AppServices, client_id: int) -> dict[ClockKind, tuple[
        ClockState, date | None]]:
    """The same worked out by the pure rules from what the services show of the record."""
    episodes = [EpisodeFact(e.id, e.level_code, e.intensity, e.round_the_clock, e.focus,
                            e.start_date, e.end_date, e.status)
                for e in admin.episodes.episodes_of(client_id)]
    levels = {level.code: level for level in admin.levels.list_levels()}
    visits = [VisitFact(a.id, a.service_date, a.kind.value, a.details.focus,
                        levels[a.details.level_code].intensity if a.details.level_code
                        else None,
                        levels[a.details.level_code].round_the_clock if a.details.level_code
                        else None, a.status.value)
              for a in admin.appointments.appointments_of(client_id)]
    return {clock.kind: (clock.state, clock.closed_on)
            for clock in clocks_for_client(episodes, [], today=TODAY, visits=visits)}


def audit_actions(database: Database) -> list[str]:
    with database.engine.connect() as connection:
        return list(connection.execute(select(AuditEvent.action).where(
            AuditEvent.entity_type == "appointment").order_by(AuditEvent.id)).scalars())


def test_a_kept_iop_intake_meets_the_step_down_and_fuh_and_a_cancel_reopens_them(
        database: Database, admin: AppServices) -> None:
    client_id = client_after_inpatient(admin)
    changes: list[Change] = []
    admin.notifier.subscribe(changes.extend)
    booked = admin.appointments.add(client_id, iop_intake(date(2026, 3, 12)))
    assert stored(admin, client_id) == from_the_rules(admin, client_id) == {
        ClockKind.STEP_DOWN: (ClockState.OPEN, None),
        ClockKind.FUH7: (ClockState.MISSED, date(2026, 3, 16)),
        ClockKind.FUH30: (ClockState.OPEN, None)}

    kept = admin.appointments.record_outcome(booked.id, booked.version, AppointmentStatus.KEPT,
                                             "Admitted to the evening track.")
    assert kept.status is AppointmentStatus.KEPT
    assert kept.details.notes == "Admitted to the evening track."
    assert stored(admin, client_id) == from_the_rules(admin, client_id) == {
        ClockKind.STEP_DOWN: (ClockState.MET, date(2026, 3, 12)),
        ClockKind.FUH7: (ClockState.MET, date(2026, 3, 12)),
        ClockKind.FUH30: (ClockState.MET, date(2026, 3, 12))}
    assert [met.title for met in admin.appointments.appointments_of(client_id)[0].met_clocks] == [
        "Step-down window (14 days)", "Mental-health follow-up (7 days)",
        "Mental-health follow-up (30 days)"]
    assert {c.topic for c in changes} >= {"appointment", "client", "clocks"}

    # It was entered against the wrong client's day: the intake was called off after all.
    cancelled = admin.appointments.record_outcome(kept.id, kept.version,
                                                  AppointmentStatus.CANCELLED)
    assert stored(admin, client_id) == from_the_rules(admin, client_id) == {
        ClockKind.STEP_DOWN: (ClockState.OPEN, None),
        ClockKind.FUH7: (ClockState.MISSED, date(2026, 3, 16)),
        ClockKind.FUH30: (ClockState.OPEN, None)}
    assert cancelled.met_clocks == ()
    assert audit_actions(database) == ["create", "outcome", "outcome"]


def test_a_kept_substance_use_counselling_visit_meets_fui_and_iet(
        admin: AppServices) -> None:
    client = admin.clients.create(ClientInput("Luis", "Ortega", date(1979, 6, 30)))
    admin.episodes.add(client.id, EpisodeInput("WM", date(2026, 3, 1), focus=SUD,
                                               end_date=date(2026, 3, 5)))
    admin.episodes.add(client.id, EpisodeInput("OP", date(2026, 3, 18), focus=SUD))
    visit = admin.appointments.add(client.id, AppointmentInput(
        AppointmentKind.SUBSTANCE_USE_COUNSELING, date(2026, 3, 7), time(14, 0),
        with_whom="Harbor Recovery Center", focus=SUD, status=AppointmentStatus.KEPT))
    clocks = stored(admin, client.id)
    assert clocks == from_the_rules(admin, client.id)
    assert clocks[ClockKind.FUI7] == clocks[ClockKind.FUI30] == (
        ClockState.MET, date(2026, 3, 7))
    # The detox admission on 1 March started treatment itself.
    assert clocks[ClockKind.IET_INITIATION] == (ClockState.MET, date(2026, 3, 1))
    assert {met.title for met in admin.appointments.appointments_of(client.id)[0].met_clocks} == {
        "Substance-use follow-up (7 days)", "Substance-use follow-up (30 days)"}
    assert visit.status is AppointmentStatus.KEPT


def test_primary_care_and_a_visit_on_the_discharge_day_meet_no_follow_up(
        admin: AppServices) -> None:
    client_id = client_after_inpatient(admin)
    for kind, day in ((AppointmentKind.PRIMARY_CARE, date(2026, 3, 11)),
                      (AppointmentKind.PSYCHIATRY, date(2026, 3, 9))):
        admin.appointments.add(client_id, AppointmentInput(
            kind, day, status=AppointmentStatus.KEPT))
    clocks = stored(admin, client_id)
    assert clocks == from_the_rules(admin, client_id)
    assert clocks[ClockKind.FUH7] == (ClockState.MISSED, date(2026, 3, 16))


def test_editing_a_kept_appointment_moves_the_day_its_clock_was_met(
        admin: AppServices) -> None:
    client_id = client_after_inpatient(admin)
    kept = admin.appointments.add(client_id, iop_intake(date(2026, 3, 12),
                                                        status=AppointmentStatus.KEPT))
    moved = admin.appointments.update(kept.id, kept.version,
                                      replace(kept.details, service_date=date(2026, 3, 18)))
    assert moved.service_date == date(2026, 3, 18)
    clocks = stored(admin, client_id)
    assert clocks == from_the_rules(admin, client_id)
    assert clocks[ClockKind.STEP_DOWN] == (ClockState.MET, date(2026, 3, 18))
    assert clocks[ClockKind.FUH7] == (ClockState.MISSED, date(2026, 3, 16))


def test_a_kept_or_missed_appointment_cannot_be_in_the_future(admin: AppServices) -> None:
    client_id = client_after_inpatient(admin)
    tomorrow = date(2026, 3, 21)
    for status, sentence in ((AppointmentStatus.KEPT,
                              "A kept appointment cannot be in the future."),
                             (AppointmentStatus.MISSED,
                              "A missed appointment cannot be in the future.")):
        with pytest.raises(ValidationError) as caught:
            admin.appointments.add(client_id, iop_intake(tomorrow, status=status))
        assert caught.value.fields == {"status": sentence}
    booked = admin.appointments.add(client_id, iop_intake(tomorrow))
    with pytest.raises(ValidationError) as caught:
        admin.appointments.record_outcome(booked.id, booked.version, AppointmentStatus.KEPT)
    assert caught.value.fields == {"status": "A kept appointment cannot be in the future."}
    # Confirming it with the program, or cancelling it, is fine ahead of the day.
    confirmed = admin.appointments.record_outcome(booked.id, booked.version,
                                                  AppointmentStatus.CONFIRMED)
    assert confirmed.status is AppointmentStatus.CONFIRMED
    with pytest.raises(ValidationError) as caught:
        admin.appointments.record_outcome(confirmed.id, confirmed.version,
                                          AppointmentStatus.SCHEDULED)
    assert caught.value.fields == {"status": "Choose kept, missed, cancelled or confirmed."}
    assert [a.status for a in admin.appointments.appointments_of(client_id)] == [
        AppointmentStatus.CONFIRMED]


def test_each_field_says_what_is_wrong_and_nothing_is_saved(
        database: Database, admin: AppServices) -> None:
    client_id = client_after_inpatient(admin)
    other = admin.clients.create(ClientInput("Mai", "Tran", date(2001, 5, 5)))
    someone_elses = admin.team.add(other.id, CareTeamInput("Therapist", "Dr. Lena Ito"))
    closed = admin.facilities.create(FacilityInput("Old Mill IOP", "php_iop",
                                                   ("IOP",)))
    admin.facilities.archive(closed.id, closed.version)
    with pytest.raises(ValidationError) as caught:
        admin.appointments.add(client_id, AppointmentInput(
            AppointmentKind.INTAKE, date(1987, 12, 31), facility_id=closed.id,
            care_team_member_id=someone_elses.id, focus="gambling",
            location="x" * 301, purpose="Intake"))
    assert caught.value.fields == {
        "service_date": "The appointment date 1987-12-31 is before the client's date of "
                        "birth (1988-02-01); check the date.",
        "level_code": "Choose the level of care the intake is for.",
        "facility_id": "Old Mill IOP is archived; choose another.",
        "care_team_member_id": "Choose a member of this client's care team.",
        "focus": "Choose mental health, substance use or co-occurring.",
        "location": caught.value.fields["location"],
    }
    assert "300" in caught.value.fields["location"]
    with pytest.raises(ValidationError) as caught:
        admin.appointments.add(client_id, iop_intake(date(2062, 3, 20), level_code="XYZ"))
    assert caught.value.fields == {
        "service_date": "The appointment date 2062-03-20 is more than 10 years from today; "
                        "check the year.",
        "level_code": "Choose a level of care from the list."}
    with pytest.raises(NotFound):
        admin.appointments.add(999_999, iop_intake(TODAY))
    assert admin.appointments.appointments_of(client_id) == []
    assert audit_actions(database) == []


def test_with_whom_a_facility_contact_or_a_team_member(admin: AppServices) -> None:
    client_id = client_after_inpatient(admin)
    riverside = admin.facilities.create(FacilityInput("Riverside IOP", "own_program",
                                                      ("IOP",)))
    doctor = admin.team.add(client_id, CareTeamInput("Psychiatrist", "Dr. Omar Haddad"))
    admin.appointments.add(client_id, iop_intake(date(2026, 3, 23), facility_id=riverside.id,
                                                 with_whom="Ms. Reyes"))
    admin.appointments.add(client_id, AppointmentInput(
        AppointmentKind.PSYCHIATRY, date(2026, 3, 25), time(9, 0),
        care_team_member_id=doctor.id))
    rows = admin.appointments.appointments_of(client_id)
    assert [(row.with_whom_text, row.level_name) for row in rows] == [
        ("Riverside IOP · Ms. Reyes", "Intensive Outpatient"),
        ("Dr. Omar Haddad (Psychiatrist)", "")]
    assert [choice.name for choice in admin.appointments.care_team_choices(client_id)] == [
        "Dr. Omar Haddad"]
    assert admin.appointments.appointment(rows[1].id) == rows[1]
    with pytest.raises(NotFound):
        admin.appointments.appointment(999_999)
    # A level is an intake's only: a psychiatry visit keeps none.
    edited = admin.appointments.update(rows[1].id, rows[1].version,
                                       replace(rows[1].details, level_code="PHP"))
    assert edited.details.level_code is None


def test_upcoming_first_soonest_first_then_past_latest_first_with_past_due_marked(
        admin: AppServices) -> None:
    client_id = client_after_inpatient(admin)
    for day, status in ((date(2026, 3, 10), AppointmentStatus.KEPT),
                        (date(2026, 3, 27), AppointmentStatus.SCHEDULED),
                        (date(2026, 3, 18), AppointmentStatus.SCHEDULED),
                        (date(2026, 3, 20), AppointmentStatus.CONFIRMED),
                        (date(2026, 3, 15), AppointmentStatus.MISSED)):
        admin.appointments.add(client_id, AppointmentInput(AppointmentKind.THERAPY, day,
                                                           status=status))
    rows = admin.appointments.appointments_of(client_id)
    assert [(row.service_date.day, row.past_due) for row in rows] == [
        (20, False), (27, False), (18, True), (15, False), (10, False)]
    # No time typed: shown without one, and still the day typed.
    assert {row.at for row in rows} == {None}


def test_an_edit_made_on_an_old_version_is_refused(admin: AppServices,
                                                   database: Database) -> None:
    client_id = client_after_inpatient(admin)
    booked = admin.appointments.add(client_id, iop_intake(date(2026, 3, 23)))
    admin.appointments.update(booked.id, booked.version,
                              replace(booked.details, at=time(11, 0)))
    with pytest.raises(Conflict, match="changed by another user"):
        admin.appointments.update(booked.id, booked.version,
                                  replace(booked.details, location="Room 4"))
    with pytest.raises(Conflict):
        admin.appointments.record_outcome(booked.id, booked.version,
                                          AppointmentStatus.CANCELLED)
    (row,) = admin.appointments.appointments_of(client_id)
    assert (row.at, row.details.location, row.status) == (
        time(11, 0), "", AppointmentStatus.SCHEDULED)
    assert audit_actions(database) == ["create", "update"]


def test_an_unchanged_save_writes_no_audit_event(admin: AppServices,
                                                 database: Database) -> None:
    client_id = client_after_inpatient(admin)
    booked = admin.appointments.add(client_id, iop_intake(date(2026, 3, 23)))
    again = admin.appointments.update(booked.id, booked.version, booked.details)
    assert again.details == booked.details
    assert audit_actions(database) == ["create"]


def test_an_archived_clients_appointments_cannot_change(admin: AppServices) -> None:
    client_id = client_after_inpatient(admin)
    booked = admin.appointments.add(client_id, iop_intake(date(2026, 3, 23)))
    record = admin.clients.get(client_id)
    admin.clients.archive(client_id, record.version)
    for attempt in (lambda: admin.appointments.add(client_id, iop_intake(date(2026, 3, 24))),
                    lambda: admin.appointments.update(booked.id, booked.version,
                                                      booked.details),
                    lambda: admin.appointments.record_outcome(
                        booked.id, booked.version, AppointmentStatus.CANCELLED)):
        with pytest.raises(ValidationError, match="archived; restore it first"):
            attempt()
    assert [row.status for row in admin.appointments.appointments_of(client_id)] == [
        AppointmentStatus.SCHEDULED]


def test_insert_appointment_books_inside_a_callers_unit_of_work(
        database: Database, admin: AppServices) -> None:
    """What the transition dialog uses to book the intake with the planned move."""
    client_id = client_after_inpatient(admin)
    with admin.ctx.unit_of_work() as uow:
        client = lock_client(uow.session, client_id)
        row = insert_appointment(uow, client, iop_intake(date(2026, 3, 12),
                                                         status=AppointmentStatus.KEPT),
                                 today=TODAY, actor_id=None)
        assert isinstance(row, Appointment) and row.id is not None
    assert stored(admin, client_id)[ClockKind.STEP_DOWN] == (ClockState.MET,
                                                             date(2026, 3, 12))
    with pytest.raises(ValidationError) as caught, admin.ctx.unit_of_work() as uow:
        client = uow.session.get(Client, client_id)
        assert client is not None
        insert_appointment(uow, client, iop_intake(TODAY, level_code=None), today=TODAY,
                           actor_id=None)
    assert caught.value.fields == {"level_code": "Choose the level of care the intake is for."}
    assert audit_actions(database) == ["create"]


def test_a_read_only_user_sees_appointments_but_cannot_book(
        database: Database, admin: AppServices) -> None:
    client_id = client_after_inpatient(admin)
    admin.appointments.add(client_id, iop_intake(date(2026, 3, 23)))
    add_user(admin, "rita", Role.READ_ONLY)
    rita = signed_in(database, "rita", SteppingClock(NOW))
    assert len(rita.appointments.appointments_of(client_id)) == 1
    with pytest.raises(PermissionDenied):
        rita.appointments.add(client_id, iop_intake(date(2026, 3, 24)))
