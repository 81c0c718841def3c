"""Discharge details: saved with the end of an episode, checked field by field, corrected
later with a version check, one audit event per action."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coordinator.domain.errors import Conflict, ValidationError
from coordinator.domain.roles import Role
from coordinator.services.app import AppServices
from coordinator.services.care import (
    DischargeDetails,
    EpisodeInput,
    TransitionCompletion,
    TransitionPlan,
)
from coordinator.services.dto import ClientInput
from coordinator.store.engine import Database
from coordinator.store.models import AuditEvent, Episode, Facility, FacilityLevel
from tests.services.helpers import SteppingClock, add_user, admin_services, signed_in

NOON_APRIL_1 = datetime(2026, 4, 1, 12, 0, tzinfo=UTC)
STEP_DOWN = ("clinically_stable", "completing_24h_care")


def _facility(database: Database, name: str, levels: tuple[str, ...]) -> int:
    with Session(database.engine) as session, session.begin():
        facility = Facility(name=name, kind="partner")
        session.add(facility)
        session.flush()
        session.add_all(FacilityLevel(facility_id=facility.id, level_code=code)
                        for code in levels)
        return facility.id


@pytest.fixture
def clinic(database: Database) -> tuple[AppServices, dict[str, int], int]:
    """Case manager Maria, a hospital and an IOP, and client Tomás Reyes (born 1990)."""
    admin = admin_services(database, SteppingClock(NOON_APRIL_1))
    add_user(admin, "maria", Role.CASE_MANAGER)
    facilities = {"hospital": _facility(database, "St. Anne Hospital", ("INP", "WM")),
                  "iop": _facility(database, "Harbor IOP", ("IOP", "PHP"))}
    maria = signed_in(database, "maria", SteppingClock(NOON_APRIL_1))
    client = maria.clients.create(ClientInput("Tomás", "Reyes", date(1990, 5, 14)))
    return maria, facilities, client.id


def episode_rows(database: Database) -> list[tuple[object, ...]]:
    """Every episode's status and discharge details as stored."""
    with Session(database.engine) as session:
        return [tuple(row) for row in session.execute(select(
            Episode.id, Episode.status, Episode.end_date, Episode.discharge_condition,
            Episode.substances, Episode.last_use_on, Episode.housing_status,
            Episode.planned_next_level).order_by(Episode.id)).all()]


def audit_count(database: Database) -> int:
    with database.engine.connect() as connection:
        return connection.execute(select(func.count(AuditEvent.id))).scalar_one()


def episode_events(database: Database, episode_id: int) -> list[tuple[str, str]]:
    with Session(database.engine) as session:
        return [(action, detail) for action, detail in session.execute(select(
            AuditEvent.action, AuditEvent.detail).where(
            AuditEvent.entity_type == "episode",
            AuditEvent.entity_id == str(episode_id)).order_by(AuditEvent.id)).all()]


def test_a_step_down_saves_the_discharge_details_with_the_end_of_the_stay(
        database: Database, clinic: tuple[AppServices, dict[str, int], int]) -> None:
    maria, facilities, client_id = clinic
    stay = maria.episodes.add(client_id, EpisodeInput(
        "INP", date(2026, 3, 10), facilities["hospital"], focus="co_occurring"))
    plan = maria.transitions.plan(client_id, stay.id, TransitionPlan(
        "IOP", date(2026, 3, 24), "Stable; evening IOP.", STEP_DOWN, facilities["iop"],
        "evening"))
    events_before = audit_count(database)

    done = maria.transitions.complete(plan.id, plan.version, TransitionCompletion(
        date(2026, 3, 24), discharged_on=date(2026, 3, 21)), DischargeDetails(
        discharge_condition="improved",
        mental_status="  Euthymic, linear thought, denies SI/HI.  ",
        treatment_provided="Group therapy, individual CBT, medication management",
        substances="Alcohol; cannabis", last_use_on=date(2026, 3, 8),
        legal_status="voluntary", housing_status="with_family_or_friends"))

    assert done.discharged is not None and done.started is not None
    details = done.discharged.discharge
    assert (details.discharge_condition, details.mental_status, details.substances,
            details.last_use_on, details.legal_status, details.housing_status) == (
        "improved", "Euthymic, linear thought, denies SI/HI.", "Alcohol; cannabis",
        date(2026, 3, 8), "voluntary", "with_family_or_friends")
    # Where the client really went is the planned next level and start.
    assert (details.planned_next_level, details.planned_next_start) == (
        "IOP", date(2026, 3, 24))
    assert maria.episodes.get(stay.id).discharge == details
    # The new episode has nothing to report yet.
    assert done.started.discharge.is_empty()
    # As before: discharge, the new episode and the completion; the details ride along.
    assert audit_count(database) == events_before + 3
    assert episode_events(database, stay.id)[-1] == (
        "discharge", "2026-03-21: Stepped down to Intensive Outpatient; details: "
        "discharge_condition, mental_status, treatment_provided, substances, last_use_on, "
        "legal_status, housing_status, planned_next_level, planned_next_start")


def test_a_last_use_in_the_future_refuses_the_whole_completion(
        database: Database, clinic: tuple[AppServices, dict[str, int], int]) -> None:
    maria, facilities, client_id = clinic
    stay = maria.episodes.add(client_id, EpisodeInput(
        "WM", date(2026, 3, 20), facilities["hospital"], focus="substance_use"))
    plan = maria.transitions.plan(client_id, stay.id, TransitionPlan(
        "IOP", date(2026, 3, 27), "Withdrawal complete.", (), facilities["iop"]))
    before, events = episode_rows(database), audit_count(database)

    with pytest.raises(ValidationError) as refused:
        maria.transitions.complete(plan.id, plan.version, TransitionCompletion(
            date(2026, 3, 27), discharged_on=date(2026, 3, 26)), DischargeDetails(
            discharge_condition="improved", substances="Opioids",
            last_use_on=date(2026, 4, 9)))

    assert refused.value.fields == {
        "last_use_on": "The last use 2026-04-09 is after today; check the date."}
    assert episode_rows(database) == before
    assert audit_count(database) == events
    assert maria.transitions.get(plan.id).status == "planned"


def test_substances_on_a_mental_health_episode_are_refused_with_a_sentence(
        database: Database, clinic: tuple[AppServices, dict[str, int], int]) -> None:
    maria, facilities, client_id = clinic
    stay = maria.episodes.add(client_id, EpisodeInput("INP", date(2026, 3, 10),
                                                      facilities["hospital"]))
    before = episode_rows(database)

    with pytest.raises(ValidationError) as refused:
        maria.episodes.discharge(stay.id, stay.version, date(2026, 3, 30), "Home",
                                 details=DischargeDetails(substances="Alcohol",
                                                          last_use_on=date(2026, 3, 1)))

    sentence = ("Substances and last use are recorded for substance-use or co-occurring "
                "care; this is a mental-health episode, so leave it empty.")
    assert refused.value.fields == {"substances": sentence, "last_use_on": sentence}
    assert episode_rows(database) == before


def test_every_detail_is_checked_and_all_problems_show_at_once(
        database: Database, clinic: tuple[AppServices, dict[str, int], int]) -> None:
    maria, facilities, client_id = clinic
    stay = maria.episodes.add(client_id, EpisodeInput(
        "IOP", date(2026, 2, 2), facilities["iop"], focus="co_occurring"))
    before = episode_rows(database)

    with pytest.raises(ValidationError) as refused:
        maria.episodes.discharge(stay.id, stay.version, date(2026, 3, 20), "Completed",
                                 details=DischargeDetails(
                                     discharge_condition="cured", legal_status="jailed",
                                     housing_status="castle", mental_status="x" * 4001,
                                     substances="Alcohol", last_use_on=date(2026, 3, 25),
                                     planned_next_level="ZZZ",
                                     planned_next_start=date(2026, 3, 19)))

    assert refused.value.fields == {
        "discharge_condition": "Choose improved, unchanged or worse.",
        "legal_status": "Choose a legal status from the list.",
        "housing_status": "Choose a housing status from the list.",
        "mental_status": "Mental status: at most 4000 characters (this has 4001).",
        "last_use_on": ("The last use 2026-03-25 is after the discharge on 2026-03-20; "
                        "record use up to the discharge."),
        "planned_next_level": "Choose the planned next level from the list.",
        "planned_next_start": ("The planned start 2026-03-19 is before the discharge on "
                               "2026-03-20."),
    }
    with pytest.raises(ValidationError) as too_early:
        maria.episodes.discharge(stay.id, stay.version, date(2026, 3, 20), "Completed",
                                 details=DischargeDetails(last_use_on=date(1989, 12, 31)))
    assert too_early.value.fields == {"last_use_on": (
        "The last use 1989-12-31 is before the client's date of birth (1990-05-14); check "
        "the date.")}
    assert episode_rows(database) == before


def test_details_are_filled_in_later_with_a_version_check(
        database: Database, clinic: tuple[AppServices, dict[str, int], int]) -> None:
    maria, facilities, client_id = clinic
    stay = maria.episodes.add(client_id, EpisodeInput("INP", date(2026, 3, 10),
                                                      facilities["hospital"]))
    with pytest.raises(Conflict, match="has not ended"):
        maria.episodes.update_discharge_details(stay.id, stay.version, DischargeDetails(
            discharge_condition="improved"))
    ended = maria.episodes.discharge(stay.id, stay.version, date(2026, 3, 25),
                                     "Discharged home")
    assert ended.discharge.is_empty()
    events = audit_count(database)

    filled = maria.episodes.update_discharge_details(ended.id, ended.version, DischargeDetails(
        discharge_condition="unchanged", housing_status="shelter", legal_status="voluntary",
        planned_next_level="op", planned_next_start=date(2026, 4, 2)))

    assert (filled.discharge.discharge_condition, filled.discharge.housing_status,
            filled.discharge.planned_next_level, filled.discharge.planned_next_start) == (
        "unchanged", "shelter", "OP", date(2026, 4, 2))
    assert filled.version == ended.version + 1
    assert audit_count(database) == events + 1
    assert episode_events(database, stay.id)[-1] == (
        "update", "discharge details: discharge_condition, legal_status, housing_status, "
        "planned_next_level, planned_next_start")
    # Someone else's screen still shows the version before the details were filled in.
    with pytest.raises(Conflict, match="changed by another user"):
        maria.episodes.update_discharge_details(ended.id, ended.version, DischargeDetails(
            discharge_condition="worse"))
    assert maria.episodes.get(stay.id).discharge.discharge_condition == "unchanged"
    # A blank field clears what was recorded; the rest is saved as given.
    corrected = maria.episodes.update_discharge_details(
        filled.id, filled.version, DischargeDetails(discharge_condition="improved",
                                                     housing_status="shelter",
                                                     legal_status="voluntary"))
    assert (corrected.discharge.discharge_condition, corrected.discharge.planned_next_level,
            corrected.discharge.planned_next_start) == ("improved", None, None)
    assert audit_count(database) == events + 2


def test_an_exit_records_where_care_continues_elsewhere(
        clinic: tuple[AppServices, dict[str, int], int]) -> None:
    maria, facilities, client_id = clinic
    iop = maria.episodes.add(client_id, EpisodeInput("IOP", date(2026, 1, 12),
                                                     facilities["iop"]))
    leaving = maria.transitions.plan(client_id, iop.id, TransitionPlan(
        None, date(2026, 3, 27), "Goals met; weekly therapy with his own therapist."))

    done = maria.transitions.complete(leaving.id, leaving.version, TransitionCompletion(
        None, discharged_on=date(2026, 3, 27)), DischargeDetails(
        discharge_condition="improved", housing_status="stably_housed",
        planned_next_level="OP", planned_next_start=date(2026, 4, 3)))

    assert done.discharged is not None
    assert (done.discharged.discharge.planned_next_level,
            done.discharged.discharge.planned_next_start,
            done.discharged.discharge.housing_status) == ("OP", date(2026, 4, 3),
                                                          "stably_housed")


def test_an_episode_discharged_earlier_keeps_its_plan_when_the_step_down_happens(
        database: Database, clinic: tuple[AppServices, dict[str, int], int]) -> None:
    maria, facilities, client_id = clinic
    stay = maria.episodes.add(client_id, EpisodeInput("INP", date(2026, 3, 1),
                                                      facilities["hospital"]))
    ended = maria.episodes.discharge(stay.id, stay.version, date(2026, 3, 20),
                                     "Home, waiting for IOP", details=DischargeDetails(
                                         discharge_condition="improved",
                                         planned_next_level="PHP"))
    plan = maria.transitions.plan(client_id, stay.id, TransitionPlan(
        "IOP", date(2026, 3, 27), "No PHP opening; IOP instead.", STEP_DOWN,
        facilities["iop"]))
    events = audit_count(database)

    done = maria.transitions.complete(plan.id, plan.version,
                                      TransitionCompletion(date(2026, 3, 30)))

    assert done.discharged is not None
    assert done.discharged.discharge == ended.discharge  # the plan made at discharge
    assert audit_count(database) == events + 2  # the new episode and the completion


def test_recorded_substance_use_keeps_the_episode_from_becoming_mental_health_only(
        clinic: tuple[AppServices, dict[str, int], int]) -> None:
    maria, facilities, client_id = clinic
    stay = maria.episodes.add(client_id, EpisodeInput(
        "IOP", date(2026, 2, 2), facilities["iop"], focus="substance_use"))
    ended = maria.episodes.discharge(stay.id, stay.version, date(2026, 3, 20), "Completed",
                                     details=DischargeDetails(substances="Cannabis"))

    with pytest.raises(ValidationError) as refused:
        maria.episodes.update(ended.id, ended.version, replace(ended.details(),
                                                                focus="mental_health"))

    assert refused.value.fields == {"focus": (
        "The discharge details record substances used; clear them there before making "
        "this a mental-health episode.")}
    assert maria.episodes.get(stay.id).focus == "substance_use"
