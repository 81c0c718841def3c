"""An assessment answered off its items' scale is refused whole: nothing saved, no alert, no
audit event (both engines)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select

from coordinator.domain.errors import ValidationError
from coordinator.domain.roles import Role
from coordinator.domain.vocabulary import Instrument
from coordinator.services.app import AppServices
from coordinator.services.assessment_views import AssessmentInput
from coordinator.services.dto import ClientInput
from coordinator.store.engine import Database
from coordinator.store.models import Assessment, AuditEvent, SafetyAlert
from tests.services.helpers import SteppingClock, add_user, admin_services, signed_in

NOON_MARCH_20 = datetime(2026, 3, 20, 12, 0, tzinfo=UTC)
DAY = date(2026, 3, 18)


def counts(database: Database) -> list[int]:
    """Assessments, safety alerts and audit events in the store."""
    with database.engine.connect() as connection:
        return [connection.execute(select(func.count(column))).scalar_one()
                for column in (Assessment.id, SafetyAlert.id, AuditEvent.id)]


@pytest.fixture
def carla(database: Database) -> AppServices:
    clock = SteppingClock(NOON_MARCH_20)
    admin = admin_services(database, clock)
    add_user(admin, "carla", Role.CASE_MANAGER)
    return signed_in(database, "carla", clock)


@pytest.fixture
def dara(carla: AppServices) -> int:
    return carla.clients.create(ClientInput("Dara", "Sok", date(1988, 2, 1))).id


def refused(carla: AppServices, client_id: int, instrument: Instrument,
            answers: tuple[object, ...]) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        carla.assessments.record(client_id, AssessmentInput(
            instrument, DAY, answers))  # type: ignore[arg-type]
    return caught.value.fields


def test_a_phq9_with_an_item_at_1_5_is_refused_and_nothing_is_saved(
        database: Database, carla: AppServices, dara: int) -> None:
    before = counts(database)
    assert refused(carla, dara, Instrument.PHQ9, (1, 1, 1, 1.5, 1, 1, 1, 1, 0)) == {
        "item_answers": "Item 4 of the PHQ-9 must be a whole number from 0 to 3."}
    # Half a point on item 9 would have raised a self-harm alert had it been scored.
    assert refused(carla, dara, Instrument.PHQ9, (0, 0, 0, 0, 0, 0, 0, 0, 0.5)) == {
        "item_answers": "Item 9 of the PHQ-9 must be a whole number from 0 to 3."}
    assert refused(carla, dara, Instrument.PHQ9, (1, 1, 1, 4, 1, 1, 1, 1, 0)) == {
        "item_answers": "Item 4 of the PHQ-9 must be a whole number from 0 to 3."}
    assert refused(carla, dara, Instrument.GAD7, (1, True, 1, 1, 1, 1, 1)) == {
        "item_answers": "Item 2 of the GAD-7 must be a whole number from 0 to 3."}
    assert counts(database) == before
    assert carla.assessments.open_alerts_of(dara) == []


def test_whole_answers_still_score_and_save(
        database: Database, carla: AppServices, dara: int) -> None:
    before = counts(database)
    # 2+2+2+2+1+1+1+1+0 = 12: "Moderate" (10-14), item 9 at 0 raises no flag.
    saved = carla.assessments.record(dara, AssessmentInput(
        Instrument.PHQ9, DAY, (2, 2, 2, 2, 1, 1, 1, 1, 0)))
    assert (saved.total, saved.band, saved.flags, saved.item_answers) == (
        12, "Moderate", (), (2, 2, 2, 2, 1, 1, 1, 1, 0))
    # 1+1+1+1+1+1+1 = 7: "Mild" (5-9).
    gad = carla.assessments.record(dara, AssessmentInput(Instrument.GAD7, DAY, (1,) * 7))
    assert (gad.total, gad.band) == (7, "Mild")
    assert counts(database)[0] == before[0] + 2
