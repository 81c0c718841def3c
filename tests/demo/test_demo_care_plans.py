"""The demo caseload's care plans: most clients now in IOP or PHP have one, with goals about
their own problems, reviews every 30 days, and a few plans due for review."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from coordinator.demo import DEMO_PASSWORD, DemoSummary, generate_demo
from coordinator.services.app import AppServices
from coordinator.store.engine import Database
from coordinator.store.models import (
    CarePlan,
    CarePlanGoal,
    CarePlanReview,
    ClientDiagnosis,
    Episode,
)
from tests.demo.test_demo import _fresh_database, _rows
from tests.services.helpers import SteppingClock

TODAY = date(2026, 3, 3)


@pytest.fixture(scope="module")
def small_demo(request: pytest.FixtureRequest, engine_name: str,
               tmp_path_factory: pytest.TempPathFactory
               ) -> Iterator[tuple[Database, DemoSummary]]:
    """600 demo clients (seed 3, as of 3 March 2026)."""
    with _fresh_database(request, engine_name, tmp_path_factory.mktemp("plans"),
                         "plans") as db:
        yield db, generate_demo(db, clients=600, seed=3, today=TODAY)


def test_most_clients_in_iop_or_php_have_a_reviewed_plan_and_a_few_are_due(
        small_demo: tuple[Database, DemoSummary]) -> None:
    db, _summary = small_demo
    in_day_programs = {row.client_id for row in _rows(db, select(Episode.client_id).where(
        Episode.status == "active", Episode.level_code.in_(("IOP", "PHP"))))}
    planned = {row.client_id for row in _rows(db, select(CarePlan.client_id))}
    assert planned <= in_day_programs
    assert 0.7 < len(planned) / len(in_day_programs) <= 0.95

    # Every goal is about a problem of the plan's own client.
    strangers = _rows(db, select(func.count()).select_from(CarePlanGoal)
                      .join(CarePlan, CarePlan.id == CarePlanGoal.plan_id)
                      .join(ClientDiagnosis, ClientDiagnosis.id == CarePlanGoal.diagnosis_id)
                      .where(ClientDiagnosis.client_id != CarePlan.client_id))
    assert strangers[0][0] == 0
    reviews = _rows(db, select(CarePlanReview.reviewed_on, CarePlan.starts_on)
                    .join(CarePlan, CarePlan.id == CarePlanReview.plan_id))
    assert reviews and all(reviewed < TODAY and (reviewed - start) % timedelta(days=30)
                           == timedelta(0) for reviewed, start in reviews)

    services = AppServices(db, clock=SteppingClock())
    services.auth.login("casemanager", DEMO_PASSWORD)
    due = services.care_plans.due_reviews(caseload_only=False, within_days=0)
    assert 0 < len(due) < len(planned) / 2
