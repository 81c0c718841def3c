"""Levels of care, episodes and transitions, walked the way a case manager does."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coordinator.demo import generate_demo
from coordinator.domain.clinical_record import AppointmentKind, AppointmentStatus
from coordinator.domain.episodes import ConfirmationRequired
from coordinator.domain.errors import Conflict, PermissionDenied, ValidationError
from coordinator.domain.levels import Direction
from coordinator.domain.roles import Role
from coordinator.services.app import AppServices
from coordinator.services.appointments import AppointmentInput
from coordinator.services.care import (
    EpisodeInput,
    TransitionCompletion,
    TransitionPlan,
    TransitionView,
)
from coordinator.services.dto import ClientInput
from coordinator.services.notify import Change
from coordinator.store.engine import Database
from coordinator.store.models import (
    Appointment,
    AuditEvent,
    Episode,
    Facility,
    FacilityLevel,
    Transition,
)
from tests.services.helpers import (
    ADMIN_PASSWORD,
    SteppingClock,
    add_user,
    admin_services,
    signed_in,
)

# Noon, so the workstation's calendar day is 1 April 2026 in any time zone.
NOON_APRIL_1 = datetime(2026, 4, 1, 12, 0, tzinfo=UTC)
STEP_DOWN = ("clinically_stable", "completing_24h_care")


def add_facility(database: Database, name: str, kind: str, levels: tuple[str, ...], *,
                 own: bool = False, archived: bool = False) -> int:
    """A partner facility or own program, written straight to the store (no facility
    service yet)."""
    with Session(database.engine) as session, session.begin():
        facility = Facility(name=name, kind=kind, is_own_program=own,
                            archived_at=NOON_APRIL_1 if archived else None)
        session.add(facility)
        session.flush()
        session.add_all(FacilityLevel(facility_id=facility.id, level_code=code)
                        for code in levels)
        facility_id = facility.id
    return facility_id


def counts(database: Database) -> list[int]:
    """Episodes, transitions and audit events in the store."""
    with database.engine.connect() as connection:
        return [connection.execute(select(func.count(column))).scalar_one()
                for column in (Episode.id, Transition.id, AuditEvent.id)]


@pytest.fixture
def clinic(database: Database) -> tuple[AppServices, dict[str, int], int]:
    """A case manager's services, the clinic's facilities and one client, Lan Nguyễn."""
    admin = admin_services(database, SteppingClock(NOON_APRIL_1))
    add_user(admin, "maria", Role.CASE_MANAGER)
    facilities = {
        "mercy": add_facility(database, "Mercy Hospital", "psychiatric_hospital", ("INP",)),
        "harbor": add_facility(database, "Harbor IOP", "own_program", ("IOP", "PHP"),
                               own=True),
        "lakeside": add_facility(database, "Lakeside Residential", "residential", ("RES",)),
        "closed": add_facility(database, "Old Bay IOP", "php_iop", ("IOP",), archived=True),
    }
    maria = signed_in(database, "maria", SteppingClock(NOON_APRIL_1))
    client = maria.clients.create(ClientInput("Lan", "Nguyễn", date(1979, 7, 9)))
    return maria, facilities, client.id


def inpatient(facilities: dict[str, int], start: date = date(2026, 3, 1),
              end: date | None = None) -> EpisodeInput:
    return EpisodeInput("INP", start, facilities["mercy"], end_date=end,
                        admission_source="Emergency department")


def test_a_step_down_from_inpatient_to_evening_iop_then_a_step_up_to_php(
        clinic: tuple[AppServices, dict[str, int], int]) -> None:
    maria, facilities, client_id = clinic
    changes: list[Change] = []
    maria.notifier.subscribe(changes.extend)
    stay = maria.episodes.add(client_id, inpatient(facilities, start=date(2026, 2, 19)))
    assert (stay.status, stay.level_name, stay.facility_name) == (
        "active", "Inpatient", "Mercy Hospital")

    planned = maria.transitions.plan(client_id, stay.id, TransitionPlan(
        "IOP", date(2026, 3, 11), "Stable on medication; continue with evening IOP.",
        STEP_DOWN, facilities["harbor"], "evening"))
    assert planned.direction is Direction.STEP_DOWN
    assert (planned.status, planned.decided_by_name, planned.decided_at) == (
        "planned", "Maria", NOON_APRIL_1)
    assert planned.gap_days is None  # still admitted: no discharge date yet
    assert Change("transition", frozenset({planned.id})) in changes

    done = maria.transitions.complete(planned.id, planned.version, TransitionCompletion(
        date(2026, 3, 11), discharged_on=date(2026, 3, 1),
        discharge_disposition="Discharged home; step-down to IOP", modality="hybrid",
        planned_weekly_hours=12))
    assert done.discharged is not None and done.started is not None
    assert (done.discharged.status, done.discharged.end_date,
            done.discharged.discharge_disposition) == (
        "completed", date(2026, 3, 1), "Discharged home; step-down to IOP")
    assert (done.started.level_code, done.started.status, done.started.track,
            done.started.modality, done.started.facility_name, done.started.start_date) == (
        "IOP", "active", "evening", "hybrid", "Harbor IOP", date(2026, 3, 11))
    assert done.started.admission_source == "Stepped down from Mercy Hospital"
    assert done.started.hours_warning is None
    step_down = done.transition
    assert (step_down.status, step_down.direction, step_down.gap_days,
            step_down.completed_on, step_down.to_episode_id) == (
        "completed", Direction.STEP_DOWN, 10, date(2026, 3, 11), done.started.id)
    assert step_down.criteria == STEP_DOWN

    up = maria.transitions.plan(client_id, done.started.id, TransitionPlan(
        "PHP", date(2026, 3, 30), "Missed three sessions; PHQ-9 up from 11 to 19.",
        ("symptoms_worsening", "missing_obligations"), facilities["harbor"], "morning"))
    assert up.direction is Direction.STEP_UP
    finished = maria.transitions.complete(up.id, up.version, TransitionCompletion(
        date(2026, 3, 30), discharged_on=date(2026, 3, 27), planned_weekly_hours=25))

    assert finished.transition.gap_days == 3
    history = maria.transitions.transitions_of(client_id)
    assert [(t.from_level_code, t.to_level_code, t.direction, t.gap_days)
            for t in history] == [("INP", "IOP", Direction.STEP_DOWN, 10),
                                  ("IOP", "PHP", Direction.STEP_UP, 3)]
    episodes = maria.episodes.episodes_of(client_id)
    assert [(e.level_code, e.status, e.end_date, e.days_since_previous, e.left)
            for e in episodes] == [
        ("INP", "completed", date(2026, 3, 1), None, True),
        ("IOP", "completed", date(2026, 3, 27), 10, True),
        ("PHP", "active", None, 3, False)]
    current = maria.episodes.current_episode(client_id)
    assert current is not None and current.level_code == "PHP"
    assert Change("client", frozenset({client_id})) in changes


def test_a_client_discharged_before_the_step_down_is_planned_still_steps_down(
        clinic: tuple[AppServices, dict[str, int], int]) -> None:
    maria, facilities, client_id = clinic
    stay = maria.episodes.add(client_id, inpatient(facilities))
    discharged = maria.episodes.discharge(stay.id, stay.version, date(2026, 3, 20),
                                          "Discharged home, awaiting IOP intake")
    assert maria.episodes.current_episode(client_id) == discharged
    plan = maria.transitions.plan(client_id, stay.id, TransitionPlan(
        "IOP", date(2026, 3, 27), "Awaiting an evening IOP slot.", STEP_DOWN,
        facilities["harbor"], "evening"))
    assert plan.gap_days == 7  # from the recorded discharge to the planned date
    with pytest.raises(ValidationError) as refused:
        maria.transitions.complete(plan.id, plan.version, TransitionCompletion(
            date(2026, 3, 30), discharged_on=date(2026, 3, 22)))
    assert refused.value.fields == {"discharged_on": (
        "The client was already discharged on 2026-03-20 from the Inpatient episode at "
        "Mercy Hospital from 2026-03-01 to 2026-03-20; leave the discharge date empty.")}
    done = maria.transitions.complete(plan.id, plan.version,
                                      TransitionCompletion(date(2026, 3, 30)))
    assert done.transition.gap_days == 10
    assert done.discharged is not None
    assert done.discharged.discharge_disposition == "Discharged home, awaiting IOP intake"


def test_overlapping_24_7_stays_are_refused_naming_the_other_episode(
        database: Database, clinic: tuple[AppServices, dict[str, int], int]) -> None:
    maria, facilities, client_id = clinic
    maria.episodes.add(client_id, inpatient(facilities, end=date(2026, 3, 12)))
    before = counts(database)
    with pytest.raises(ValidationError) as refused:
        maria.episodes.add(client_id, EpisodeInput("RES", date(2026, 3, 10),
                                                   facilities["lakeside"]))
    assert refused.value.fields == {"start_date": (
        "This stay overlaps the Inpatient episode at Mercy Hospital from 2026-03-01 to "
        "2026-03-12.")}
    with pytest.raises(ValidationError) as runs_into:
        maria.episodes.add(client_id, EpisodeInput(
            "WM", date(2026, 2, 25), end_date=date(2026, 3, 3)))
    assert list(runs_into.value.fields) == ["end_date"]
    assert counts(database) == before
    # A direct transfer on the discharge day is not an overlap, nor is a day program.
    maria.episodes.add(client_id, EpisodeInput("RES", date(2026, 3, 12),
                                               facilities["lakeside"]))
    maria.episodes.add(client_id, EpisodeInput("PHP", date(2026, 3, 5), facilities["harbor"],
                                               end_date=date(2026, 3, 9)))


def test_a_step_up_into_an_overlapping_24_7_stay_saves_nothing(
        database: Database, clinic: tuple[AppServices, dict[str, int], int]) -> None:
    maria, facilities, client_id = clinic
    php = maria.episodes.add(client_id, EpisodeInput("PHP", date(2026, 3, 1),
                                                     facilities["harbor"]))
    maria.episodes.add(client_id, EpisodeInput("RES", date(2026, 3, 20), facilities["lakeside"],
                                               end_date=date(2026, 3, 28)))
    up = maria.transitions.plan(client_id, php.id, TransitionPlan(
        "INP", date(2026, 3, 25), "Suicidal ideation with a plan.", ("safety_concern",),
        facilities["mercy"]))
    before = counts(database)
    with pytest.raises(ValidationError) as refused:
        maria.transitions.complete(up.id, up.version, TransitionCompletion(
            date(2026, 3, 25), discharged_on=date(2026, 3, 24)))
    assert refused.value.fields == {"start_date": (
        "This stay overlaps the Residential episode at Lakeside Residential from 2026-03-20 "
        "to 2026-03-28.")}
    assert counts(database) == before
    assert maria.episodes.get(php.id).status == "active"  # not half-discharged
    assert maria.transitions.get(up.id).status == "planned"


def test_an_end_before_the_start_is_refused_on_the_field(
        database: Database, clinic: tuple[AppServices, dict[str, int], int]) -> None:
    maria, facilities, client_id = clinic
    with pytest.raises(ValidationError) as refused:
        maria.episodes.add(client_id, inpatient(facilities, end=date(2026, 2, 27)))
    assert refused.value.fields == {"end_date": (
        "The end date 2026-02-27 is before the start date 2026-03-01.")}
    stay = maria.episodes.add(client_id, inpatient(facilities))
    with pytest.raises(ValidationError) as discharge:
        maria.episodes.discharge(stay.id, stay.version, date(2026, 2, 20), "Home")
    assert discharge.value.fields == {"end_date": (
        "The discharge date 2026-02-20 is before the episode started on 2026-03-01.")}
    plan = maria.transitions.plan(client_id, stay.id, TransitionPlan(
        "IOP", date(2026, 3, 15), "Stable.", STEP_DOWN, facilities["harbor"]))
    with pytest.raises(ValidationError) as completion:
        maria.transitions.complete(plan.id, plan.version, TransitionCompletion(
            date(2026, 3, 15), discharged_on=date(2026, 2, 28)))
    assert list(completion.value.fields) == ["discharged_on"]
    with pytest.raises(ValidationError) as too_early:
        maria.transitions.complete(plan.id, plan.version, TransitionCompletion(
            date(2026, 3, 10), discharged_on=date(2026, 3, 12)))
    assert too_early.value.fields == {"start_date": (
        "Intensive Outpatient cannot start on 2026-03-10, before the discharge on 2026-03-12 "
        "from the Inpatient episode at Mercy Hospital from 2026-03-01 (not discharged).")}
    assert maria.episodes.get(stay.id).status == "active"
    assert len(maria.episodes.episodes_of(client_id)) == 1


def test_completing_from_an_episode_already_closed_is_refused(
        clinic: tuple[AppServices, dict[str, int], int]) -> None:
    maria, facilities, client_id = clinic
    stay = maria.episodes.add(client_id, inpatient(facilities))
    to_iop = maria.transitions.plan(client_id, stay.id, TransitionPlan(
        "IOP", date(2026, 3, 15), "Stable.", STEP_DOWN, facilities["harbor"], "evening"))
    to_php = maria.transitions.plan(client_id, stay.id, TransitionPlan(
        "PHP", date(2026, 3, 15), "In case IOP has no place.", STEP_DOWN,
        facilities["harbor"], "morning"))
    maria.transitions.complete(to_iop.id, to_iop.version, TransitionCompletion(
        date(2026, 3, 15), discharged_on=date(2026, 3, 14)))

    closed = ("The Inpatient episode at Mercy Hospital from 2026-03-01 to 2026-03-14 is "
              "already closed: the client moved on to Intensive Outpatient on 2026-03-15.")
    with pytest.raises(Conflict) as refused:
        maria.transitions.complete(to_php.id, to_php.version, TransitionCompletion(
            date(2026, 3, 16)))
    assert str(refused.value) == closed
    with pytest.raises(Conflict, match="already closed"):
        maria.transitions.plan(client_id, stay.id, TransitionPlan(
            "RES", date(2026, 3, 20), "Relapse.", (), facilities["lakeside"]))
    with pytest.raises(Conflict, match="already completed on 2026-03-15"):
        maria.transitions.complete(to_iop.id, to_iop.version + 1,
                                   TransitionCompletion(date(2026, 3, 16)))
    assert [e.level_code for e in maria.episodes.episodes_of(client_id)] == ["INP", "IOP"]


def test_criteria_must_come_from_the_directions_own_list(
        clinic: tuple[AppServices, dict[str, int], int]) -> None:
    maria, facilities, client_id = clinic
    stay = maria.episodes.add(client_id, inpatient(facilities))
    with pytest.raises(ValidationError) as refused:
        maria.transitions.plan(client_id, stay.id, TransitionPlan(
            "IOP", date(2026, 3, 15), "Stable.", ("clinically_stable", "safety_concern"),
            facilities["harbor"]))
    assert refused.value.fields == {
        "criteria": "Not a criterion for a step-down: “Safety concern”."}
    with pytest.raises(ValidationError) as lateral:
        maria.transitions.plan(client_id, stay.id, TransitionPlan(
            "WM", date(2026, 3, 15), "Medically managed detox.", ("recent_crisis",)))
    assert set(lateral.value.fields) == {"criteria"}
    assert maria.transitions.transitions_of(client_id) == []


def test_a_transition_needs_a_rationale(
        database: Database, clinic: tuple[AppServices, dict[str, int], int]) -> None:
    maria, facilities, client_id = clinic
    stay = maria.episodes.add(client_id, inpatient(facilities))
    before = counts(database)
    with pytest.raises(ValidationError) as refused:
        maria.transitions.plan(client_id, stay.id, TransitionPlan(
            "IOP", date(2026, 3, 15), "   ", STEP_DOWN, facilities["harbor"]))
    assert refused.value.fields == {"rationale": "Give the reason for this transition."}
    assert counts(database) == before


def test_a_stale_edit_of_a_planned_transition_is_refused_and_neither_save_is_lost(
        database: Database, clinic: tuple[AppServices, dict[str, int], int]) -> None:
    maria, facilities, client_id = clinic
    stay = maria.episodes.add(client_id, inpatient(facilities))
    plan = maria.transitions.plan(client_id, stay.id, TransitionPlan(
        "IOP", date(2026, 4, 6), "Stable.", STEP_DOWN, facilities["harbor"], "evening"))
    admin = signed_in(database, "ana", SteppingClock(NOON_APRIL_1), ADMIN_PASSWORD)
    add_user(admin, "tomas", Role.CASE_MANAGER)
    tomas = signed_in(database, "tomas", SteppingClock(NOON_APRIL_1))

    maria_view, tomas_view = maria.transitions.get(plan.id), tomas.transitions.get(plan.id)
    saved = maria.transitions.update(plan.id, maria_view.version, replace(
        _plan_of(maria_view), planned_date=date(2026, 4, 8)))
    with pytest.raises(Conflict, match="changed by another user"):
        tomas.transitions.update(plan.id, tomas_view.version, replace(
            _plan_of(tomas_view), to_track="morning"))
    current = tomas.transitions.get(plan.id)
    assert (current.planned_date, current.to_track, current.version) == (
        date(2026, 4, 8), "evening", saved.version)
    again = tomas.transitions.update(plan.id, current.version, replace(
        _plan_of(current), to_track="morning"))
    assert (again.planned_date, again.to_track, again.decided_by_name) == (
        date(2026, 4, 8), "morning", "Tomas")
    with pytest.raises(Conflict, match="changed by another user"):
        maria.transitions.cancel(plan.id, saved.version)


def _plan_of(view: TransitionView) -> TransitionPlan:
    return TransitionPlan(view.to_level_code, view.planned_date, view.rationale, view.criteria,
                          view.to_facility_id, view.to_track)


def test_iop_hours_outside_the_levels_range_warn_but_save(
        clinic: tuple[AppServices, dict[str, int], int]) -> None:
    maria, facilities, client_id = clinic
    saved = maria.episodes.add(client_id, EpisodeInput(
        "IOP", date(2026, 3, 2), facilities["harbor"], track="evening",
        planned_weekly_hours=6))
    assert saved.hours_warning == (
        "6 hours a week is below the usual range for Intensive Outpatient. "
        "Adult IOP is usually 9 or more hours a week.")
    assert maria.episodes.get(saved.id).planned_weekly_hours == 6
    with pytest.raises(ValidationError) as refused:
        maria.episodes.update(saved.id, saved.version, replace(
            saved.details(), planned_weekly_hours=-3, track="night", modality="by post"))
    assert set(refused.value.fields) == {"planned_weekly_hours", "track", "modality"}


def test_a_planned_date_two_years_away_needs_confirmation(
        clinic: tuple[AppServices, dict[str, int], int]) -> None:
    maria, facilities, client_id = clinic
    stay = maria.episodes.add(client_id, inpatient(facilities))
    typo = TransitionPlan("IOP", date(2028, 4, 1), "Stable.", STEP_DOWN, facilities["harbor"])
    with pytest.raises(ConfirmationRequired) as asked:
        maria.transitions.plan(client_id, stay.id, typo)
    assert isinstance(asked.value, ValidationError)
    assert asked.value.fields == {"planned_date": (
        "The planned date 2028-04-01 is 731 days in the future; check the year.")}
    assert maria.transitions.transitions_of(client_id) == []
    confirmed = maria.transitions.plan(client_id, stay.id, typo, confirm_far_date=True)
    assert confirmed.planned_date_warning == asked.value.fields["planned_date"]


def test_an_admin_edits_a_levels_hours_and_a_case_manager_may_not(
        database: Database, clinic: tuple[AppServices, dict[str, int], int]) -> None:
    maria, _facilities, client_id = clinic
    admin = signed_in(database, "ana", SteppingClock(NOON_APRIL_1), ADMIN_PASSWORD)
    levels = {level.code: level for level in maria.levels.list_levels()}
    assert [level.code for level in maria.levels.list_levels()][:3] == ["OP", "IOP", "PHP"]
    iop = levels["IOP"]
    assert (iop.min_weekly_hours, iop.max_weekly_hours, iop.version) == (9, 19, 1)

    with pytest.raises(PermissionDenied, match="change clinic settings"):
        maria.levels.update_level("IOP", iop.version, replace(iop.details(),
                                                              min_weekly_hours=6))
    with pytest.raises(ValidationError) as refused:
        admin.levels.update_level("IOP", iop.version, replace(
            iop.details(), name=" ", min_weekly_hours=20, intensity=0))
    assert refused.value.fields == {
        "name": "Enter the level's name.",
        "max_weekly_hours": "The most weekly hours (19) cannot be below the fewest (20).",
        "intensity": "Intensity must be a whole number from 1 to 9."}
    saved = admin.levels.update_level("IOP", iop.version, replace(iop.details(),
                                                                  min_weekly_hours=6))
    assert (saved.min_weekly_hours, saved.version) == (6, 2)
    with pytest.raises(Conflict):
        admin.levels.update_level("IOP", iop.version, iop.details())
    teen = maria.episodes.add(client_id, EpisodeInput("IOP", date(2026, 3, 2),
                                                      planned_weekly_hours=6))
    assert teen.hours_warning is None
    trail = admin.audit.recent()
    assert any((e.action, e.entity_type, e.entity_id, e.detail) == (
        "update", "level_of_care", "IOP", "min_weekly_hours") for e in trail)


def test_a_planned_transition_can_be_cancelled_and_then_not_completed(
        clinic: tuple[AppServices, dict[str, int], int]) -> None:
    maria, facilities, client_id = clinic
    stay = maria.episodes.add(client_id, inpatient(facilities))
    plan = maria.transitions.plan(client_id, stay.id, TransitionPlan(
        "RES", date(2026, 4, 3), "Needs 24-hour structure.", ("needs_structure",),
        facilities["lakeside"]))
    cancelled = maria.transitions.cancel(plan.id, plan.version, "Bed offer withdrawn")
    assert cancelled.status == "cancelled"
    with pytest.raises(Conflict, match="was cancelled"):
        maria.transitions.complete(plan.id, cancelled.version,
                                   TransitionCompletion(date(2026, 3, 31)))
    assert maria.episodes.get(stay.id).status == "active"


def test_an_exit_discharges_the_client_and_a_new_episode_brings_them_back(
        clinic: tuple[AppServices, dict[str, int], int]) -> None:
    maria, facilities, client_id = clinic
    iop = maria.episodes.add(client_id, EpisodeInput("IOP", date(2026, 1, 5),
                                                     facilities["harbor"], track="evening",
                                                     planned_weekly_hours=9))
    leaving = maria.transitions.plan(client_id, iop.id, TransitionPlan(
        None, date(2026, 3, 13), "Treatment goals met; follows up with her GP."))
    assert leaving.direction is Direction.EXIT
    done = maria.transitions.complete(leaving.id, leaving.version, TransitionCompletion(
        None, discharged_on=date(2026, 3, 13), discharge_disposition="Completed treatment"))
    assert (done.started, done.transition.gap_days, done.transition.completed_on) == (
        None, None, date(2026, 3, 13))
    assert maria.clients.get(client_id).status == "discharged"
    assert maria.episodes.current_episode(client_id) is None

    maria.episodes.add(client_id, EpisodeInput("OP", date(2026, 3, 30)))
    assert maria.clients.get(client_id).status == "active"


def test_planned_and_mistaken_episodes_are_kept_not_deleted(
        clinic: tuple[AppServices, dict[str, int], int]) -> None:
    maria, facilities, client_id = clinic
    intake = maria.episodes.add(client_id, EpisodeInput("IOP", date(2026, 4, 7),
                                                        facilities["harbor"]))
    assert intake.status == "planned"
    cancelled = maria.episodes.cancel(intake.id, intake.version, "Chose another program")
    assert cancelled.status == "cancelled"
    with pytest.raises(Conflict, match="was cancelled"):
        maria.episodes.update(intake.id, cancelled.version, cancelled.details())

    wrong = maria.episodes.add(client_id, inpatient(facilities))
    with pytest.raises(ValidationError) as no_reason:
        maria.episodes.mark_entered_in_error(wrong.id, wrong.version, "")
    assert list(no_reason.value.fields) == ["reason"]
    marked = maria.episodes.mark_entered_in_error(wrong.id, wrong.version, "Wrong client")
    assert marked.entered_in_error
    assert [e.status for e in maria.episodes.episodes_of(client_id)] == ["cancelled"]
    assert len(maria.episodes.episodes_of(client_id, include_entered_in_error=True)) == 2
    # The mistaken stay no longer blocks the real one.
    maria.episodes.add(client_id, EpisodeInput("RES", date(2026, 3, 5), facilities["lakeside"]))


def test_a_planned_episode_begins_when_the_client_arrives(
        database: Database, clinic: tuple[AppServices, dict[str, int], int]) -> None:
    maria, facilities, client_id = clinic
    intake = maria.episodes.add(client_id, EpisodeInput("PHP", date(2026, 4, 3),
                                                        facilities["harbor"]))
    with pytest.raises(ValidationError, match="after today"):
        maria.episodes.begin(intake.id, intake.version, date(2026, 4, 3))
    started = maria.episodes.begin(intake.id, intake.version, date(2026, 4, 1))
    assert (started.status, started.start_date) == ("active", date(2026, 4, 1))
    with pytest.raises(Conflict, match="already started"):
        maria.episodes.begin(started.id, started.version, date(2026, 4, 1))


def test_the_facility_picker_offers_own_programs_first_and_hides_archived_ones(
        clinic: tuple[AppServices, dict[str, int], int]) -> None:
    maria, _facilities, _client_id = clinic
    assert [f.name for f in maria.episodes.facilities_offering("IOP")] == ["Harbor IOP"]
    assert [f.name for f in maria.episodes.facilities_offering("INP")] == ["Mercy Hospital"]
    assert [f.name for f in maria.episodes.facilities_offering()] == [
        "Harbor IOP", "Lakeside Residential", "Mercy Hospital"]
    # The record reads every level's facilities at once, in the same order.
    offered = maria.episodes.facilities_by_level()
    for code in ("IOP", "PHP", "INP", "RES"):
        assert offered.get(code, []) == maria.episodes.facilities_offering(code), code
    assert "WM" not in offered  # no facility here offers it


def test_every_care_write_is_audited(
        database: Database, clinic: tuple[AppServices, dict[str, int], int]) -> None:
    maria, facilities, client_id = clinic
    stay = maria.episodes.add(client_id, inpatient(facilities))
    plan = maria.transitions.plan(client_id, stay.id, TransitionPlan(
        "IOP", date(2026, 3, 15), "Stable.", STEP_DOWN, facilities["harbor"]))
    done = maria.transitions.complete(plan.id, plan.version, TransitionCompletion(
        date(2026, 3, 15), discharged_on=date(2026, 3, 14)))
    assert done.started is not None
    with Session(database.engine) as session:
        trail = session.execute(select(
            AuditEvent.action, AuditEvent.entity_type, AuditEvent.entity_id).where(
            AuditEvent.entity_type.in_(("episode", "transition"))).order_by(
            AuditEvent.id)).all()
    assert [tuple(row) for row in trail] == [("create", "episode", str(stay.id)),
                     ("create", "transition", str(plan.id)),
                     ("discharge", "episode", str(stay.id)),
                     ("create", "episode", str(done.started.id)),
                     ("complete", "transition", str(plan.id))]
    admin = signed_in(database, "ana", SteppingClock(NOON_APRIL_1), ADMIN_PASSWORD)
    assert admin.audit.verify().intact


def test_an_initial_admission_is_a_transition_without_a_gap(
        clinic: tuple[AppServices, dict[str, int], int]) -> None:
    maria, facilities, client_id = clinic
    intake = maria.transitions.plan(client_id, None, TransitionPlan(
        "IOP", date(2026, 3, 30), "Referred by her GP after a PHQ-9 of 17.",
        to_facility_id=facilities["harbor"], to_track="morning"))
    assert (intake.direction, intake.gap_days, intake.from_episode_id) == (
        Direction.INITIAL, None, None)
    done = maria.transitions.complete(intake.id, intake.version, TransitionCompletion(
        date(2026, 3, 31), focus="co_occurring", planned_weekly_hours=9))
    assert done.discharged is None and done.started is not None
    assert (done.started.level_code, done.started.focus, done.started.modality,
            done.started.admission_source) == ("IOP", "co_occurring", "in_person", "")
    assert done.transition.gap_days is None


def test_the_demo_caseload_opens_and_its_planned_moves_can_be_completed(
        database: Database) -> None:
    today = date(2026, 3, 3)
    generate_demo(database, clients=120, seed=3, today=today)
    services = AppServices(database, clock=SteppingClock(datetime(2026, 3, 3, 12,
                                                                  tzinfo=UTC)))
    services.auth.login("casemanager", "demo")
    for client_id in range(1, 121):
        services.episodes.episodes_of(client_id)
        services.episodes.current_episode(client_id)
        services.transitions.transitions_of(client_id)
    with Session(database.engine) as session:
        awaiting = session.execute(select(Transition).join(
            Episode, Episode.id == Transition.from_episode_id).where(
            Transition.status == "planned", Episode.status == "completed",
            Transition.planned_date <= today).order_by(Transition.id).limit(1)).scalar_one()
        booked = session.execute(select(Transition).where(
            Transition.status == "planned", Transition.from_episode_id.is_(None),
            Transition.to_episode_id.is_not(None)).order_by(Transition.id).limit(1)
        ).scalar_one()
    episodes = counts(database)[0]

    # Discharged from 24-hour care or PHP, waiting for the step-down: it happens today.
    stepped = services.transitions.complete(awaiting.id, awaiting.version,
                                            TransitionCompletion(today))
    assert stepped.transition.status == "completed"
    assert stepped.discharged is not None and stepped.discharged.end_date is not None
    assert stepped.transition.gap_days == (today - stepped.discharged.end_date).days
    # A booked intake (a planned episode) starts: the booked episode itself becomes active.
    started = services.transitions.complete(booked.id, booked.version,
                                            TransitionCompletion(today))
    assert started.started is not None and started.started.id == booked.to_episode_id
    assert started.started.status == "active"
    assert counts(database)[0] == episodes + 1


def appointment_count(database: Database) -> int:
    with database.engine.connect() as connection:
        return connection.execute(select(func.count(Appointment.id))).scalar_one()


def test_planning_a_step_down_books_the_intake_in_the_same_transaction(
        database: Database, clinic: tuple[AppServices, dict[str, int], int]) -> None:
    maria, facilities, client_id = clinic
    stay = maria.episodes.add(client_id, EpisodeInput(
        "INP", date(2026, 3, 20), facilities["mercy"], focus="co_occurring"))
    episodes, transitions, events = counts(database)

    plan = maria.transitions.plan(client_id, stay.id, TransitionPlan(
        "IOP", date(2026, 4, 6), "Stable; evening IOP.", STEP_DOWN, facilities["harbor"],
        "evening"), intake=AppointmentInput(
        AppointmentKind.OTHER, date(2026, 4, 6), time(17, 30),
        with_whom="Jordan Lee, intake coordinator"))

    [booked] = maria.appointments.appointments_of(client_id)
    assert (booked.kind, booked.status, booked.service_date, booked.at) == (
        AppointmentKind.INTAKE, AppointmentStatus.SCHEDULED, date(2026, 4, 6), time(17, 30))
    assert (booked.details.level_code, booked.details.focus, booked.details.transition_id,
            booked.facility_name, booked.details.with_whom) == (
        "IOP", "co_occurring", plan.id, "Harbor IOP", "Jordan Lee, intake coordinator")
    # The plan's own event and the appointment's own event.
    assert counts(database) == [episodes, transitions + 1, events + 2]


def test_a_refused_intake_saves_neither_the_plan_nor_the_appointment(
        database: Database, clinic: tuple[AppServices, dict[str, int], int]) -> None:
    maria, facilities, client_id = clinic
    stay = maria.episodes.add(client_id, inpatient(facilities, start=date(2026, 3, 20)))
    before = counts(database)
    step_down = TransitionPlan("IOP", date(2026, 4, 6), "Stable.", STEP_DOWN,
                               facilities["harbor"])

    with pytest.raises(ValidationError) as refused:
        maria.transitions.plan(client_id, stay.id, step_down, intake=AppointmentInput(
            AppointmentKind.INTAKE, date(1976, 4, 6)))
    assert refused.value.fields == {"intake_service_date": (
        "The appointment date 1976-04-06 is before the client's date of birth "
        "(1979-07-09); check the date.")}
    with pytest.raises(ValidationError) as leaving:
        maria.transitions.plan(client_id, stay.id, replace(
            step_down, to_level_code=None, criteria=()), intake=AppointmentInput(
            AppointmentKind.INTAKE, date(2026, 4, 6)))
    assert list(leaving.value.fields) == ["intake"]

    assert counts(database) == before
    assert appointment_count(database) == 0
    assert maria.transitions.transitions_of(client_id) == []


def test_cancelling_a_planned_move_cancels_the_intake_booked_with_it(
        database: Database, clinic: tuple[AppServices, dict[str, int], int]) -> None:
    maria, facilities, client_id = clinic
    stay = maria.episodes.add(client_id, inpatient(facilities, start=date(2026, 3, 20)))
    plan = maria.transitions.plan(client_id, stay.id, TransitionPlan(
        "RES", date(2026, 4, 8), "Needs 24-hour structure.", ("needs_structure",),
        facilities["lakeside"]), intake=AppointmentInput(AppointmentKind.INTAKE,
                                                         date(2026, 4, 8), time(10, 0)))
    events = counts(database)[2]

    maria.transitions.cancel(plan.id, plan.version, "Bed offer withdrawn")

    [intake] = maria.appointments.appointments_of(client_id)
    assert (intake.status, intake.details.transition_id) == (
        AppointmentStatus.CANCELLED, plan.id)
    assert counts(database)[2] == events + 2  # the appointment's and the transition's
