"""A client in IOP with two problems and a care plan of two goals and three objectives,
built through the real services (shared by the service, report and UI tests)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from coordinator.domain.vocabulary import Instrument
from coordinator.services.app import AppServices
from coordinator.services.assessment_views import AssessmentInput
from coordinator.services.care import EpisodeInput
from coordinator.services.care_plan_views import (
    CarePlanView,
    GoalInput,
    InterventionInput,
    ObjectiveInput,
)
from coordinator.services.diagnoses import DiagnosisInput
from coordinator.services.dto import ClientInput
from tests.services.helpers import SteppingClock

#: The day the tests run "today": 20 June 2026.
TODAY = date(2026, 6, 20)
EPISODE_START = date(2026, 5, 11)
PLAN_START = date(2026, 5, 18)


def june_clock() -> SteppingClock:
    return SteppingClock(datetime(2026, 6, 20, 15, tzinfo=UTC))


@dataclass(frozen=True)
class PlannedClient:
    client_id: int
    depression_id: int
    anxiety_id: int
    plan: CarePlanView


def iop_client(services: AppServices, *, manager_id: int | None = None,
               given: str = "Ada") -> tuple[int, int, int]:
    """Ada Moss, in IOP since 11 May 2026, with recurrent depression (F33.1) and generalized
    anxiety (F41.1) and PHQ-9 scores of 18, 14 and 9: (client, depression, anxiety) ids."""
    client = services.clients.create(ClientInput(given, "Moss", date(1990, 4, 2),
                                                 primary_case_manager_id=manager_id))
    services.episodes.add(client.id, EpisodeInput("IOP", EPISODE_START))
    depression = services.diagnoses.add(client.id, DiagnosisInput("F33.1", is_primary=True))
    anxiety = services.diagnoses.add(client.id, DiagnosisInput("F41.1"))
    for day, answers in ((date(2026, 5, 12), (2, 2, 2, 2, 2, 2, 2, 2, 2)),
                         (date(2026, 5, 26), (2, 2, 2, 2, 2, 2, 1, 1, 0)),
                         (date(2026, 6, 9), (1, 1, 1, 1, 1, 1, 1, 1, 1))):
        services.assessments.record(client.id, AssessmentInput(
            Instrument.PHQ9, day, item_answers=answers))
    return client.id, depression.id, anxiety.id


def iop_client_with_plan(services: AppServices, *, manager_id: int | None = None,
                         given: str = "Ada") -> PlannedClient:
    """Ada (``iop_client``) with a plan from 18 May: a goal per problem, three objectives
    (one measured by the PHQ-9) and an intervention per goal."""
    client_id, depression_id, anxiety_id = iop_client(services, manager_id=manager_id,
                                                      given=given)
    plans = services.care_plans
    plan = plans.start_plan(client_id, PLAN_START)
    plan = plans.add_goal(plan.id, GoalInput(depression_id,
                                             "I want to enjoy my mornings again."))
    plan = plans.add_goal(plan.id, GoalInput(anxiety_id,
                                             "I want to ride the bus without panicking."))
    mood, nerves = plan.goals
    plan = plans.add_objective(mood.id, ObjectiveInput(
        "PHQ-9 below 10 on two visits in a row", date(2026, 7, 31), "PHQ-9"))
    plan = plans.add_objective(mood.id, ObjectiveInput(
        "Walk outside 20 minutes on five days a week", date(2026, 6, 30)))
    plan = plans.add_objective(nerves.id, ObjectiveInput(
        "Ride the bus to group twice a week", date(2026, 7, 15)))
    staff = plans.staff_choices()[0][0]
    plan = plans.add_intervention(mood.id, InterventionInput(
        "Cognitive behavioural therapy group", "in_person", "Three times a week", staff))
    plan = plans.add_intervention(nerves.id, InterventionInput(
        "Exposure practice with the therapist", "video", "Weekly", staff))
    return PlannedClient(client_id, depression_id, anxiety_id, plan)
