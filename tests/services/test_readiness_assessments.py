"""Readiness assessments behind a level change, on a real database (either engine): Dara
has been in inpatient care since 20 March 2026; on 30 March the team plans a step-down to
IOP and the case manager records the clinician's ratings of the six ASAM dimensions."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select

from coordinator.domain.errors import PermissionDenied, ValidationError
from coordinator.domain.readiness import AsamDimension, RiskRating
from coordinator.domain.roles import Role
from coordinator.services.app import AppServices
from coordinator.services.care import EpisodeInput, TransitionPlan
from coordinator.services.dto import ClientInput
from coordinator.services.readiness import DimensionInput, ReadinessInput
from coordinator.store.engine import Database
from coordinator.store.models import AuditEvent, ReadinessAssessment, ReadinessDimension
from tests.services.helpers import SteppingClock, add_user, admin_services, signed_in

RATINGS = (RiskRating.NONE, RiskRating.LOW, RiskRating.MODERATE, RiskRating.LOW,
           RiskRating.MODERATE, RiskRating.HIGH)
STEP_DOWN = TransitionPlan("IOP", date(2026, 4, 2), "Stable on medication; needs structure.",
                           ("clinically_stable",))


def assessment(**changes: object) -> ReadinessInput:
    made = ReadinessInput(
        assessed_on=date(2026, 3, 30), recommended_level_code="IOP",
        dimensions=tuple(DimensionInput(dimension, rating, f"Dimension {dimension.value} seen")
                         for dimension, rating in zip(AsamDimension, RATINGS, strict=True)),
        consulted="Dr. Okafor (attending psychiatrist, Mercy General)",
        consulted_on=date(2026, 3, 29))
    return replace(made, **changes)  # type: ignore[arg-type]


def stored(database: Database) -> tuple[int, int]:
    with database.engine.connect() as connection:
        return (connection.execute(select(func.count(ReadinessAssessment.id))).scalar_one(),
                connection.execute(select(func.count()).select_from(
                    ReadinessDimension)).scalar_one())


@pytest.fixture
def ward(database: Database) -> tuple[AppServices, AppServices, int, int]:
    """Admin and case manager Maria; Dara's client id and inpatient episode id."""
    clock = SteppingClock(datetime(2026, 3, 30, 16, 0, tzinfo=UTC))
    admin = admin_services(database, clock)
    add_user(admin, "maria", Role.CASE_MANAGER)
    maria = signed_in(database, "maria", clock)
    client = maria.clients.create(ClientInput("Dara", "Sok", date(1991, 5, 14)))
    episode = maria.episodes.add(client.id, EpisodeInput("INP", date(2026, 3, 20)))
    return admin, maria, client.id, episode.id


def test_the_clinicians_ratings_are_recorded_with_who_was_consulted_and_audited(
        ward: tuple[AppServices, AppServices, int, int], database: Database) -> None:
    _admin, maria, client_id, episode_id = ward

    saved = maria.readiness.record(client_id, assessment(episode_id=episode_id))

    assert (saved.recommended_level_name, saved.assessed_by_name) == (
        "Intensive Outpatient", "Maria")
    assert saved.rating_of(AsamDimension.RECOVERY_ENVIRONMENT) is RiskRating.HIGH
    assert [entry.narrative for entry in saved.details.dimensions][:2] == [
        "Dimension 1 seen", "Dimension 2 seen"]
    latest = maria.readiness.latest(client_id, date(2026, 3, 20))
    assert latest is not None and latest.id == saved.id

    corrected = maria.readiness.update(saved.id, saved.version, assessment(
        episode_id=episode_id, recommended_level_code="PHP"))
    assert (corrected.recommended_level_name, corrected.version) == (
        "Partial Hospitalization", saved.version + 1)
    assert stored(database) == (1, 6)
    with database.engine.connect() as connection:
        events = connection.execute(
            select(AuditEvent.action, AuditEvent.detail)
            .where(AuditEvent.entity_type == "readiness_assessment")
            .order_by(AuditEvent.id)).all()
    assert [tuple(event) for event in events] == [
        ("create", f"client {client_id}, recommends IOP"),
        ("update", "recommended_level_code")]


def test_an_unrated_dimension_and_text_that_cannot_be_saved_are_refused_in_words(
        ward: tuple[AppServices, AppServices, int, int], database: Database) -> None:
    _admin, maria, client_id, _episode = ward
    dimensions = list(assessment().dimensions)
    dimensions[3] = DimensionInput(AsamDimension.READINESS_TO_CHANGE, None)
    dimensions[5] = DimensionInput(AsamDimension.RECOVERY_ENVIRONMENT, RiskRating.HIGH,
                                   "Lives with\x00 a partner who uses")

    with pytest.raises(ValidationError) as refused:
        maria.readiness.record(client_id, assessment(
            dimensions=tuple(dimensions), consulted="x" * 501,
            recommended_level_code=None))

    assert refused.value.fields == {
        "consulted": "Consulted: at most 500 characters (this has 501).",
        "dimension_4_rating": "Rate dimension 4 (readiness to change): none, low, moderate "
                              "or high.",
        "dimension_6_narrative": "Dimension 6 narrative contains an invisible control "
                                 "character (U+0000) that cannot be saved; remove it.",
        "recommended_level_code": "Choose the level of care the clinician recommends.",
    }
    with pytest.raises(ValidationError) as missing:
        maria.readiness.record(client_id, assessment(dimensions=tuple(dimensions[:2])))
    assert sorted(missing.value.fields) == [
        "dimension_3_rating", "dimension_4_rating", "dimension_5_rating",
        "dimension_6_rating"]
    assert stored(database) == (0, 0)


def test_a_step_down_without_an_assessment_is_refused_only_when_the_clinic_requires_one(
        ward: tuple[AppServices, AppServices, int, int]) -> None:
    admin, maria, client_id, episode_id = ward
    # An assessment from before this inpatient stay is not behind this change.
    maria.readiness.record(client_id, assessment(assessed_on=date(2026, 3, 1)))
    admin.settings.update({"require_readiness_assessment": True})

    with pytest.raises(ValidationError) as refused:
        maria.transitions.plan(client_id, episode_id, STEP_DOWN)
    assert refused.value.fields == {"readiness": (
        "The clinic requires a readiness assessment before a step-up or step-down: "
        "record one for this episode first.")}
    assert maria.transitions.transitions_of(client_id) == []

    maria.readiness.record(client_id, assessment(episode_id=episode_id))
    planned = maria.transitions.plan(client_id, episode_id, STEP_DOWN)
    assert planned.to_level_code == "IOP"


def test_without_the_setting_a_step_down_is_planned_and_a_reader_records_nothing(
        ward: tuple[AppServices, AppServices, int, int], database: Database) -> None:
    admin, maria, client_id, episode_id = ward
    assert maria.readiness.required() is False
    assert maria.transitions.plan(client_id, episode_id, STEP_DOWN).to_level_code == "IOP"

    add_user(admin, "reader", Role.READ_ONLY)
    reader = signed_in(database, "reader", SteppingClock(datetime(2026, 3, 30, tzinfo=UTC)))
    with pytest.raises(PermissionDenied):
        reader.readiness.record(client_id, assessment())
    assert stored(database) == (0, 0)
    assert reader.readiness.latest(client_id) is None
