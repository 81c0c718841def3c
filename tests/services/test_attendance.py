"""Program schedules and roll calls for IOP/PHP tracks, on a real database.

The week is Monday 2 to Sunday 8 March 2026; the evening IOP track of Harbor IOP meets on
Monday, Tuesday and Thursday for three hours; the clinic's today is Friday 6 March.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coordinator.demo import DEMO_PASSWORD, generate_demo
from coordinator.domain.attendance import HoursStanding
from coordinator.domain.clocks import ClockKind, ClockState
from coordinator.domain.errors import Conflict, PermissionDenied, ValidationError
from coordinator.domain.roles import Role
from coordinator.services.app import AppServices
from coordinator.services.attendance_views import (
    AttendanceMark,
    RollCall,
    ScheduleInput,
    mark_field,
)
from coordinator.services.care import EpisodeInput
from coordinator.services.dto import ClientInput
from coordinator.store.engine import Database
from coordinator.store.models import Attendance, AuditEvent, Facility, FacilityLevel
from tests.services.helpers import SteppingClock, add_user, admin_services, signed_in

FRIDAY_NOON = datetime(2026, 3, 6, 12, 0, tzinfo=UTC)
MON, TUE, WED, THU = date(2026, 3, 2), date(2026, 3, 3), date(2026, 3, 4), date(2026, 3, 5)
EVENINGS = ScheduleInput(0, "IOP", "evening", (0, 1, 3), 180, time(17, 30))


def add_facility(database: Database, name: str, levels: tuple[str, ...]) -> int:
    with Session(database.engine) as session, session.begin():
        facility = Facility(name=name, kind="own_program", is_own_program=True)
        session.add(facility)
        session.flush()
        session.add_all(FacilityLevel(facility_id=facility.id, level_code=code)
                        for code in levels)
        return facility.id


@dataclass
class Program:
    database: Database
    admin: AppServices
    maria: AppServices
    harbor: int
    schedule_id: int

    def client(self, given: str, family: str, start: date = date(2026, 2, 23), *,
               track: str = "evening", end: date | None = None, level: str = "IOP") -> int:
        """A client with an IOP episode at Harbor; returns the episode id."""
        client = self.maria.clients.create(ClientInput(given, family, date(1990, 1, 1)))
        return self.maria.episodes.add(client.id, EpisodeInput(
            level, start, self.harbor, track=track, end_date=end, planned_weekly_hours=9)).id

    def attendance_rows(self) -> int:
        with self.database.engine.connect() as connection:
            return connection.execute(select(func.count(Attendance.id))).scalar_one()


@pytest.fixture
def program(database: Database) -> Program:
    admin = admin_services(database, SteppingClock(FRIDAY_NOON))
    add_user(admin, "maria", Role.CASE_MANAGER)
    harbor = add_facility(database, "Harbor IOP", ("IOP", "PHP"))
    schedule = admin.attendance.add_schedule(
        ScheduleInput(harbor, "IOP", "evening", (3, 0, 1), 180, time(17, 30)))
    maria = signed_in(database, "maria", SteppingClock(FRIDAY_NOON))
    return Program(database, admin, maria, harbor, schedule.id)


def by_name(roll: RollCall) -> dict[str, object]:
    return {row.client_name: row for row in roll.rows}


def test_a_supervisor_sets_up_the_evening_track_and_a_case_manager_may_not(
        program: Program) -> None:
    schedule = program.admin.attendance.get_schedule(program.schedule_id)
    assert (schedule.program_name, schedule.track, schedule.weekdays, schedule.days_words,
            schedule.session_minutes, schedule.starts_at) == (
        "Harbor IOP — Intensive Outpatient", "evening", (0, 1, 3),
        "Monday, Tuesday and Thursday", 180, time(17, 30))
    assert (schedule.min_weekly_hours, schedule.max_weekly_hours) == (9, 19)

    with pytest.raises(PermissionDenied, match="change reference data"):
        program.maria.attendance.add_schedule(
            ScheduleInput(program.harbor, "PHP", "morning", (0, 1, 2, 3, 4), 300))
    moved = program.admin.attendance.update_schedule(
        schedule.id, schedule.version,
        ScheduleInput(program.harbor, "IOP", "evening", (0, 2, 3), 180, time(18, 0)))
    assert (moved.days_words, moved.starts_at) == ("Monday, Wednesday and Thursday", time(18))
    with pytest.raises(Conflict, match="changed by another user"):
        program.admin.attendance.archive_schedule(schedule.id, schedule.version)
    archived = program.admin.attendance.archive_schedule(moved.id, moved.version)
    assert archived.archived
    assert program.maria.attendance.schedules() == []
    assert [view.id for view in program.maria.attendance.schedules(include_archived=True)] == [
        schedule.id]


def test_a_schedule_that_cannot_be_is_refused_field_by_field(program: Program) -> None:
    with pytest.raises(ValidationError) as refused:
        program.admin.attendance.add_schedule(
            ScheduleInput(program.harbor, "INP", "night", (), 5))
    assert refused.value.fields == {
        "level_code": "Inpatient is 24-hour care; schedules are for day programs such as "
                      "IOP and PHP.",
        "track": "Choose a track: morning, afternoon or evening.",
        "weekdays": "Choose at least one day the track meets.",
        "session_minutes": "A session lasts from 15 to 720 minutes."}
    other = add_facility(program.database, "Bay Clinic", ("OP",))
    with pytest.raises(ValidationError, match="Bay Clinic does not offer Intensive"):
        program.admin.attendance.add_schedule(replace_facility(EVENINGS, other))
    with pytest.raises(Conflict, match="already has a schedule for its evening track"):
        program.admin.attendance.add_schedule(replace_facility(EVENINGS, program.harbor))


def replace_facility(details: ScheduleInput, facility_id: int) -> ScheduleInput:
    return ScheduleInput(facility_id, details.level_code, details.track, details.weekdays,
                         details.session_minutes, details.starts_at)


def test_the_roll_call_lists_the_clients_of_the_track_whose_episode_takes_place_that_day(
        program: Program) -> None:
    program.client("Lan", "Nguyễn")
    program.client("Ana", "Ortiz", start=WED)
    program.client("Kim", "Baker", track="morning")
    program.client("Dara", "Sok", start=date(2026, 2, 2), end=date(2026, 2, 27))

    monday = program.maria.attendance.roll_call(program.schedule_id, MON)
    thursday = program.maria.attendance.roll_call(program.schedule_id, THU)
    wednesday = program.maria.attendance.roll_call(program.schedule_id, WED)

    assert [row.client_name for row in monday.rows] == ["Nguyễn, Lan"]
    assert [row.client_name for row in thursday.rows] == ["Nguyễn, Lan", "Ortiz, Ana"]
    assert (monday.meets, wednesday.meets) == (True, False)
    assert (monday.week_start, monday.week_end) == (MON, date(2026, 3, 8))
    first = monday.rows[0]
    assert (first.status, first.minutes, first.version, first.adherence,
            first.needs_outreach) == (None, None, None, None, False)


def test_a_week_of_evening_roll_calls_gives_hours_adherence_and_an_outreach_flag(
        program: Program) -> None:
    lan = program.client("Lan", "Nguyễn")
    ana = program.client("Ana", "Ortiz")
    ben = program.client("Ben", "Carter")
    week = {MON: {lan: "present", ana: "present", ben: "present"},
            TUE: {lan: "late", ana: "excused", ben: "unexcused"},
            THU: {lan: "telehealth", ana: "present", ben: "unexcused"}}
    for day, marks in week.items():
        minutes = {lan: 120} if day == TUE else {}
        program.maria.attendance.mark(program.schedule_id, day, [
            AttendanceMark(episode, status, minutes.get(episode))
            for episode, status in marks.items()])

    roll = program.maria.attendance.roll_call(program.schedule_id, THU)
    rows = {row.client_name: row for row in roll.rows}
    lan_row, ana_row, ben_row = rows["Nguyễn, Lan"], rows["Ortiz, Ana"], rows["Carter, Ben"]
    assert (lan_row.status, lan_row.minutes, lan_row.week.hours, lan_row.week.standing,
            lan_row.adherence, lan_row.needs_outreach) == (
        "telehealth", 180, 8.0, HoursStanding.BELOW, 1.0, False)
    assert (ana_row.week.hours, ana_row.week.standing, ana_row.adherence) == (
        6.0, HoursStanding.BELOW, 1.0)
    assert (ben_row.week.hours, ben_row.adherence, ben_row.unexcused_in_a_row,
            ben_row.needs_outreach) == (3.0, 1 / 3, 2, True)
    # 6 attended of 8 expected: Ana's excused Tuesday is left out.
    assert (roll.week_adherence, roll.outreach_count) == (6 / 8, 1)
    flags = program.maria.attendance.outreach()
    assert [(flag.client_name, flag.unexcused_in_a_row, flag.last_attended, flag.track)
            for flag in flags] == [("Carter, Ben", 2, MON, "evening")]
    # On Tuesday Ben had missed only once.
    assert not by_name(program.maria.attendance.roll_call(
        program.schedule_id, TUE))["Carter, Ben"].needs_outreach  # type: ignore[attr-defined]


def test_marks_are_audited_and_a_second_save_changes_only_what_changed(
        program: Program) -> None:
    lan = program.client("Lan", "Nguyễn")
    ana = program.client("Ana", "Ortiz")
    first = program.maria.attendance.mark(program.schedule_id, MON, [
        AttendanceMark(lan, "present"), AttendanceMark(ana, "unexcused")])
    versions = {row.episode_id: row.version for row in first.rows}

    again = program.maria.attendance.mark(program.schedule_id, MON, [
        AttendanceMark(lan, "present", expected_version=versions[lan]),
        AttendanceMark(ana, "excused", expected_version=versions[ana])])

    assert [(row.client_name, row.status) for row in again.rows] == [
        ("Nguyễn, Lan", "present"), ("Ortiz, Ana", "excused")]
    with program.database.engine.connect() as connection:
        details = connection.execute(select(AuditEvent.action, AuditEvent.detail).where(
            AuditEvent.entity_type == "attendance").order_by(AuditEvent.id)).all()
    assert [tuple(row) for row in details] == [
        ("create", "present (180 min) on 2026-03-02 for client 1"),
        ("create", "unexcused (0 min) on 2026-03-02 for client 2"),
        ("update", "excused (0 min) on 2026-03-02 for client 2")]
    with pytest.raises(Conflict, match="changed by another user"):
        program.admin.attendance.mark(program.schedule_id, MON, [AttendanceMark(ana, "present")])


def test_bad_marks_are_refused_each_under_its_client_and_nothing_is_saved(
        program: Program) -> None:
    lan = program.client("Lan", "Nguyễn")
    ana = program.client("Ana", "Ortiz", start=THU)
    ben = program.client("Ben", "Carter")
    kim = program.client("Kim", "Baker", track="morning")

    with pytest.raises(ValidationError) as refused:
        program.maria.attendance.mark(program.schedule_id, TUE, [
            AttendanceMark(lan, "present"), AttendanceMark(ana, "present"),
            AttendanceMark(ben, "sick"), AttendanceMark(kim, "present"),
            AttendanceMark(lan, "late")])
    assert refused.value.fields == {
        mark_field(ana): "Ana Ortiz's episode started on 2026-03-05, after 2026-03-03.",
        mark_field(ben): "Ben Carter: 'sick' is not an attendance mark; choose present, "
                         "late, telehealth, excused or unexcused.",
        mark_field(kim): "Kim Baker's episode is not in this program's evening track.",
        mark_field(lan): "Lan Nguyễn is marked twice in this roll call."}

    with pytest.raises(ValidationError) as long_session:
        program.maria.attendance.mark(program.schedule_id, TUE, [
            AttendanceMark(lan, "late", 200), AttendanceMark(ben, "excused", 30)])
    assert long_session.value.fields == {
        mark_field(lan): "Lan Nguyễn: The session is 180 minutes long; 200 is more than that.",
        mark_field(ben): "Ben Carter: An absence counts no minutes."}
    assert program.attendance_rows() == 0


def test_a_day_the_track_does_not_meet_or_after_today_takes_no_roll_call(
        program: Program) -> None:
    lan = program.client("Lan", "Nguyễn")
    with pytest.raises(ValidationError) as wednesday:
        program.maria.attendance.mark(program.schedule_id, WED, [AttendanceMark(lan, "present")])
    assert wednesday.value.fields == {"day": (
        "The evening track meets on Monday, Tuesday and Thursday; 2026-03-04 is a "
        "Wednesday.")}
    with pytest.raises(ValidationError) as future:
        program.maria.attendance.mark(program.schedule_id, date(2026, 3, 9),
                                      [AttendanceMark(lan, "present")])
    assert future.value.fields == {"day": (
        "2026-03-09 is after today; attendance is marked on the day of the session or later.")}
    reader_setup = program.admin
    add_user(reader_setup, "rosa", Role.READ_ONLY)
    rosa = signed_in(program.database, "rosa", SteppingClock(FRIDAY_NOON))
    with pytest.raises(PermissionDenied):
        rosa.attendance.mark(program.schedule_id, MON, [AttendanceMark(lan, "present")])
    assert program.attendance_rows() == 0


def test_an_attended_evening_session_the_day_after_a_hospital_discharge_meets_fuh_7(
        program: Program) -> None:
    client = program.maria.clients.create(ClientInput("Lan", "Nguyễn", date(1979, 7, 9)))
    hospital = add_facility(program.database, "Mercy Hospital", ("INP",))
    program.maria.episodes.add(client.id, EpisodeInput(
        "INP", date(2026, 2, 20), hospital, end_date=MON))
    # Starting IOP on the discharge day itself is not a follow-up (docs/architecture.md 3).
    iop = program.maria.episodes.add(client.id, EpisodeInput(
        "IOP", MON, program.harbor, track="evening"))

    def fuh7() -> tuple[ClockState, date | None]:
        [clock] = [row for row in program.maria.clocks.caseload_clocks(client_id=client.id)
                   if row.kind is ClockKind.FUH7]
        return clock.state, clock.met_on

    assert fuh7() == (ClockState.OPEN, None)
    program.maria.attendance.mark(program.schedule_id, MON, [AttendanceMark(iop.id, "present")])
    assert fuh7() == (ClockState.OPEN, None)
    program.maria.attendance.mark(program.schedule_id, TUE,
                                  [AttendanceMark(iop.id, "unexcused")])
    assert fuh7() == (ClockState.OPEN, None)

    program.maria.attendance.mark(program.schedule_id, THU,
                                  [AttendanceMark(iop.id, "telehealth")])

    assert fuh7() == (ClockState.MET, THU)


def test_an_archived_clients_mark_is_refused(program: Program) -> None:
    lan = program.client("Lan", "Nguyễn")
    client_id = program.maria.episodes.get(lan).client_id
    program.maria.clients.archive(client_id, program.maria.clients.get(client_id).version)

    assert program.maria.attendance.roll_call(program.schedule_id, MON).rows == ()
    with pytest.raises(ValidationError) as refused:
        program.maria.attendance.mark(program.schedule_id, MON, [AttendanceMark(lan, "present")])
    assert refused.value.fields == {
        mark_field(lan): "Lan Nguyễn's record is archived; restore it first."}
    assert program.attendance_rows() == 0


def test_the_demo_clinics_tracks_have_roll_calls_with_marks(database: Database) -> None:
    generate_demo(database, clients=150, seed=4, today=date(2026, 3, 6))
    services = AppServices(database, clock=SteppingClock(FRIDAY_NOON))
    services.auth.login("casemanager", DEMO_PASSWORD)

    schedules = services.attendance.schedules()
    assert {(view.level_code, view.track) for view in schedules} >= {
        ("IOP", "morning"), ("IOP", "evening"), ("IOP", "afternoon"), ("PHP", "morning")}
    evening = next(view for view in schedules
                   if view.track == "evening" and "Adult IOP" in view.facility_name)
    roll = services.attendance.roll_call(evening.id, THU)
    assert roll.meets and roll.rows
    assert all(row.status is not None for row in roll.rows)
    assert roll.week_adherence is not None and 0 < roll.week_adherence <= 1
