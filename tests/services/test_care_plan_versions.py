"""A client's care plan: goals about her problems in her own words, objectives with target
dates, interventions by modality, reviews on the clinic's schedule, revisions that keep
the earlier version readable, and refusals that save nothing."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from coordinator.domain.care_plan import PlanItemStatus, PlanStatus, Progress
from coordinator.domain.clinical_record import DiagnosisStatus
from coordinator.domain.errors import Conflict, PermissionDenied, ValidationError
from coordinator.domain.roles import Role
from coordinator.services.app import AppServices
from coordinator.services.care import EpisodeInput
from coordinator.services.care_plan_views import (
    GoalInput,
    InterventionInput,
    ObjectiveInput,
    ProgressInput,
    ReviewInput,
    Signature,
)
from coordinator.store.engine import Database
from coordinator.store.models import AuditEvent, Base
from tests.services.care_plan_setup import (
    PLAN_START,
    PlannedClient,
    iop_client_with_plan,
    june_clock,
)
from tests.services.helpers import add_case_managers, add_user, admin_services, signed_in


@pytest.fixture
def clinic(database: Database) -> tuple[AppServices, AppServices, PlannedClient]:
    clock = june_clock()
    admin = admin_services(database, clock)
    managers = add_case_managers(admin, "cara")
    cara = signed_in(database, "cara", clock)
    return admin, cara, iop_client_with_plan(cara, manager_id=managers["cara"])


def counts(database: Database) -> dict[str, int]:
    with database.engine.connect() as connection:
        return {name: connection.execute(select(func.count()).select_from(table)).scalar_one()
                for name, table in Base.metadata.tables.items()}


def review(plan_objectives: list[int], day: date, *, met: int | None = None) -> ReviewInput:
    return ReviewInput(day, True, "Read her goals aloud and chose the next steps.", tuple(
        ProgressInput(objective, Progress.MET.value if objective == met
                      else Progress.SOME.value, "Going well" if objective == met else "")
        for objective in plan_objectives),
        client=Signature("Ada Moss", day), clinician=Signature("Dr. Lee Park", day),
        case_manager=Signature("Cara", day))


def test_the_plan_reads_back_with_problems_objectives_scores_and_interventions(
        clinic: tuple[AppServices, AppServices, PlannedClient]) -> None:
    _admin, cara, ada = clinic

    plan = cara.care_plans.current(ada.client_id)

    assert plan is not None and plan.plan_number == 1 and plan.level_code == "IOP"
    assert [(goal.problem[:5], goal.goal_text) for goal in plan.goals] == [
        ("F33.1", "I want to enjoy my mornings again."),
        ("F41.1", "I want to ride the bus without panicking.")]
    mood = plan.goals[0]
    assert [(o.objective_text[:9], o.target_date, o.status) for o in mood.objectives] == [
        ("PHQ-9 bel", date(2026, 7, 31), PlanItemStatus.OPEN),
        ("Walk outs", date(2026, 6, 30), PlanItemStatus.OPEN)]
    # The PHQ-9 scores stand beside the objective it measures, oldest first.
    assert [(p.administered_on, p.total) for p in mood.objectives[0].scores] == [
        (date(2026, 5, 12), 18), (date(2026, 5, 26), 14), (date(2026, 6, 9), 9)]
    assert mood.objectives[1].scores == ()
    assert [(i.modality.value, i.frequency, i.responsible_name)
            for goal in plan.goals for i in goal.interventions] == [
        ("in_person", "Three times a week", "Ana Admin"), ("video", "Weekly", "Ana Admin")]


def test_the_next_review_is_due_as_often_as_the_clinic_sets_for_the_level(
        clinic: tuple[AppServices, AppServices, PlannedClient]) -> None:
    admin, cara, ada = clinic
    plan = cara.care_plans.current(ada.client_id)
    assert plan is not None
    # Default: 30 days after the plan started on 18 May.
    assert (plan.review_every_days, plan.next_review_due) == (30, date(2026, 6, 17))
    assert [(row.client_name, row.due_on, row.days_overdue)
            for row in cara.care_plans.due_reviews()] == [("Moss, Ada", date(2026, 6, 17), 3)]

    admin.settings.update({"care_plan_review_days_iop": 14})
    plan = cara.care_plans.plan(plan.id)
    assert plan.next_review_due == date(2026, 6, 1)

    plan = cara.care_plans.record_review(
        plan.id, review([o.id for o in plan.objectives], date(2026, 6, 12)))
    # Fourteen days after the last review: 26 June, six days from today.
    assert plan.next_review_due == date(2026, 6, 26)
    assert [(row.due_on, row.days_overdue) for row in cara.care_plans.due_reviews()] == [
        (date(2026, 6, 26), -6)]
    assert cara.care_plans.due_reviews(within_days=3) == []


def test_a_thirty_day_review_marks_an_objective_met_and_records_who_signed(
        clinic: tuple[AppServices, AppServices, PlannedClient]) -> None:
    _admin, cara, ada = clinic
    plan = ada.plan
    walk = plan.goals[0].objectives[1]

    plan = cara.care_plans.record_review(
        plan.id, review([o.id for o in plan.objectives], date(2026, 6, 17), met=walk.id))

    assert plan.goals[0].objectives[1].status is PlanItemStatus.MET
    assert plan.goals[0].objectives[1].latest_progress is not None
    assert plan.goals[0].objectives[1].latest_progress.progress is Progress.MET
    (saved,) = plan.reviews
    assert (saved.reviewed_on, saved.client_participated, saved.client.name,
            saved.clinician.signed_on, saved.recorded_by) == (
        date(2026, 6, 17), True, "Ada Moss", date(2026, 6, 17), "Cara")
    assert [entry[1] for entry in saved.progress] == [Progress.SOME, Progress.MET,
                                                       Progress.SOME]


def test_a_revision_is_a_new_version_and_the_earlier_one_stays_as_it_was(
        database: Database, clinic: tuple[AppServices, AppServices, PlannedClient]) -> None:
    _admin, cara, ada = clinic
    first = cara.care_plans.record_review(
        ada.plan.id, review([o.id for o in ada.plan.objectives], date(2026, 6, 17)))

    second = cara.care_plans.revise(first.id, first.version, date(2026, 6, 18),
                                    "New bus goal after the 30-day review")
    second = cara.care_plans.update_objective(
        second.goals[1].objectives[0].id, second.goals[1].objectives[0].version,
        ObjectiveInput("Ride the bus alone to work", date(2026, 8, 14)))

    assert (second.plan_number, second.status, second.starts_on) == (
        2, PlanStatus.CURRENT, date(2026, 6, 18))
    assert [line.plan_number for line in second.versions] == [1, 2]
    assert second.reviews == ()
    assert second.goals[1].objectives[0].objective_text == "Ride the bus alone to work"
    earlier = cara.care_plans.plan(first.id)
    assert earlier.status is PlanStatus.SUPERSEDED
    assert earlier.goals[1].objectives[0].objective_text == "Ride the bus to group twice a week"
    assert len(earlier.reviews) == 1
    assert cara.care_plans.current(ada.client_id) == second
    before = counts(database)
    with pytest.raises(ValidationError, match="earlier version"):
        cara.care_plans.add_goal(first.id, GoalInput(ada.anxiety_id, "Another goal"))
    assert counts(database) == before


def test_each_change_is_audited_and_a_read_only_user_changes_nothing(
        database: Database, clinic: tuple[AppServices, AppServices, PlannedClient]) -> None:
    admin, _cara, ada = clinic
    with database.engine.connect() as connection:
        audited = [row for row in connection.execute(
            select(AuditEvent.action, AuditEvent.entity_type)
            .where(AuditEvent.entity_type.like("care_plan%")).order_by(AuditEvent.id))]
    assert audited == [("create", "care_plan"), ("create", "care_plan_goal"),
                       ("create", "care_plan_goal"), *[("create", "care_plan_objective")] * 3,
                       *[("create", "care_plan_intervention")] * 2]
    add_user(admin, "reader", Role.READ_ONLY)
    reader = signed_in(database, "reader", june_clock())
    assert reader.care_plans.current(ada.client_id) == ada.plan
    before = counts(database)
    for attempt in (
            lambda: reader.care_plans.add_goal(ada.plan.id, GoalInput(ada.anxiety_id, "x")),
            lambda: reader.care_plans.revise(ada.plan.id, ada.plan.version, PLAN_START, "x"),
            lambda: reader.care_plans.record_review(ada.plan.id, review([], PLAN_START))):
        with pytest.raises(PermissionDenied):
            attempt()
    assert counts(database) == before


def test_bad_input_is_refused_field_by_field_and_nothing_is_saved(
        database: Database, clinic: tuple[AppServices, AppServices, PlannedClient]) -> None:
    _admin, cara, ada = clinic
    plan, mood = ada.plan, ada.plan.goals[0]
    before = counts(database)

    with pytest.raises(ValidationError) as no_target:
        cara.care_plans.add_objective(mood.id, ObjectiveInput("Sleep seven hours", None))
    assert no_target.value.fields == {"target_date": "Give the objective a target date."}

    with pytest.raises(ValidationError) as early:
        cara.care_plans.record_review(plan.id, review([], date(2026, 5, 17)))
    assert early.value.fields["reviewed_on"] == (
        "A review cannot be dated before the plan starts (2026-05-18).")

    with pytest.raises(ValidationError) as long_goal:
        cara.care_plans.add_goal(plan.id, GoalInput(ada.depression_id, "x" * 501))
    assert long_goal.value.fields == {"goal_text": "Goal text: at most 500 characters "
                                                   "(this has 501)."}

    with pytest.raises(ValidationError) as nul:
        cara.care_plans.add_intervention(mood.id, InterventionInput(
            "Group\x00therapy", "phone", "Weekly", None))
    assert "U+0000" in nul.value.fields["intervention_text"]
    assert nul.value.fields["responsible_id"] == "Choose the staff member responsible."

    with pytest.raises(ValidationError) as unsigned:
        cara.care_plans.record_review(plan.id, ReviewInput(
            date(2026, 6, 17), False, "Declined to attend\x07",
            client=Signature("Ada Moss", None)))
    assert set(unsigned.value.fields) == {"participation_note", "client_signature_on"}

    assert counts(database) == before
    assert cara.care_plans.current(ada.client_id) == plan


def test_after_a_step_down_the_old_plan_stays_and_the_new_episode_gets_its_own(
        clinic: tuple[AppServices, AppServices, PlannedClient]) -> None:
    _admin, cara, ada = clinic
    iop = cara.episodes.current_episode(ada.client_id)
    assert iop is not None
    cara.episodes.discharge(iop.id, iop.version, date(2026, 6, 12), "Stepped down to OP")
    cara.episodes.add(ada.client_id, EpisodeInput("OP", date(2026, 6, 15)))

    left = cara.care_plans.current(ada.client_id)
    assert left is not None and left.id == ada.plan.id and left.episode_ended
    assert cara.care_plans.due_reviews() == []  # no review is due for a stay that ended

    op_plan = cara.care_plans.start_plan(ada.client_id, date(2026, 6, 16))
    assert (op_plan.level_code, op_plan.plan_number, op_plan.episode_ended) == (
        "OP", 1, False)
    assert cara.care_plans.current(ada.client_id) == op_plan
    assert [line.id for line in cara.care_plans.versions_of(ada.client_id)] == [
        ada.plan.id, op_plan.id]
    with pytest.raises(ValidationError, match="already has a care plan"):
        cara.care_plans.start_plan(ada.client_id, date(2026, 6, 17))


def test_a_goal_whose_problem_was_resolved_can_still_be_marked_met_but_not_moved_to_it(
        clinic: tuple[AppServices, AppServices, PlannedClient]) -> None:
    _admin, cara, ada = clinic
    anxiety = next(row for row in cara.diagnoses.problems_of(ada.client_id)
                   if row.id == ada.anxiety_id)
    cara.diagnoses.set_status(anxiety.id, anxiety.version, DiagnosisStatus.RESOLVED,
                              date(2026, 6, 19))
    nerves = ada.plan.goals[1]

    plan = cara.care_plans.update_goal(nerves.id, nerves.version, GoalInput(
        ada.anxiety_id, nerves.goal_text, PlanItemStatus.MET.value))
    assert plan.goals[1].status is PlanItemStatus.MET

    mood = plan.goals[0]
    with pytest.raises(ValidationError) as moved:
        cara.care_plans.update_goal(mood.id, mood.version, GoalInput(
            ada.anxiety_id, mood.goal_text))
    assert moved.value.fields == {
        "diagnosis_id": "F41.1 is not an active problem; choose an active one."}


def test_a_second_revision_from_the_same_version_is_a_stale_edit(
        database: Database, clinic: tuple[AppServices, AppServices, PlannedClient]) -> None:
    _admin, cara, ada = clinic
    other = signed_in(database, "cara", june_clock())  # a second workstation
    cara.care_plans.revise(ada.plan.id, ada.plan.version, date(2026, 6, 18), "New goals")
    before = counts(database)
    with pytest.raises(Conflict, match="changed by another user"):
        other.care_plans.revise(ada.plan.id, ada.plan.version, date(2026, 6, 18), "Mine")
    assert counts(database) == before
