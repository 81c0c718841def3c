"""Each assessment keeps the language its items were read to the client in (both engines)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from coordinator.domain.errors import ValidationError
from coordinator.domain.roles import Role
from coordinator.domain.vocabulary import Instrument
from coordinator.services.app import AppServices
from coordinator.services.assessment_views import AssessmentInput
from coordinator.services.dto import ClientInput
from coordinator.store.engine import Database
from tests.services.helpers import SteppingClock, add_user, admin_services, signed_in


@pytest.fixture
def carla(database: Database) -> AppServices:
    clock = SteppingClock(datetime(2026, 3, 20, 12, 0, tzinfo=UTC))
    add_user(admin_services(database, clock), "carla", Role.CASE_MANAGER)
    return signed_in(database, "carla", clock)


@pytest.fixture
def ana(carla: AppServices) -> int:
    return carla.clients.create(ClientInput("Ana", "Reyes", date(1979, 5, 2),
                                            preferred_language="Español")).id


def test_a_phq9_read_in_spanish_is_kept_as_read_in_spanish_and_scored_as_in_english(
        carla: AppServices, ana: int) -> None:
    answers = (1, 1, 2, 2, 1, 1, 0, 0, 0)
    spanish = carla.assessments.record(ana, AssessmentInput(
        Instrument.PHQ9, date(2026, 3, 18), answers, item_language="es"))
    english = carla.assessments.record(ana, AssessmentInput(
        Instrument.PHQ9, date(2026, 3, 19), answers))

    assert (spanish.total, spanish.band, spanish.item_language) == (8, "Mild", "es")
    assert (english.total, english.band, english.item_language) == (8, "Mild", "en")
    assert [row.item_language for row in carla.assessments.assessments_of(ana)] == ["en", "es"]


def test_a_form_with_no_spanish_version_is_not_recorded_as_read_in_spanish(
        carla: AppServices, ana: int) -> None:
    with pytest.raises(ValidationError) as refused:
        carla.assessments.record(ana, AssessmentInput(
            Instrument.PCL5, date(2026, 3, 18), (1,) * 20, item_language="es"))

    assert refused.value.fields == {"item_language": (
        'The PCL-5 has no version in the language "es" here; read its items in English.')}
    assert carla.assessments.assessments_of(ana) == []


def test_an_epds_total_keeps_no_language_its_wording_is_not_shown(
        carla: AppServices, ana: int) -> None:
    saved = carla.assessments.record(ana, AssessmentInput(
        Instrument.EPDS, date(2026, 3, 18), total=9, item_language="es"))

    assert saved.item_language is None
