"""The checks of the care plan services: what each input may be, in words per field, and
the copy of a plan's goals, objectives and interventions into its next version.

Everything here runs inside the calling service's unit of work (``services.care_plans``).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator.domain.care_plan import MEASURED_BY, PlanItemStatus, Progress, ServiceModality
from coordinator.domain.clinical_dates import clinical_date_problem
from coordinator.domain.clinical_record import DiagnosisStatus
from coordinator.domain.errors import ValidationError
from coordinator.domain.words import said
from coordinator.services.care_plan_views import (
    GoalInput,
    InterventionInput,
    ObjectiveInput,
    ReviewInput,
    Signature,
)
from coordinator.services.field_limits import column_problems
from coordinator.store.models import (
    CarePlan,
    CarePlanGoal,
    CarePlanIntervention,
    CarePlanObjective,
    CarePlanProgress,
    CarePlanReview,
    Client,
    ClientDiagnosis,
    User,
)

STATUSES = frozenset(status.value for status in PlanItemStatus)
MODALITIES = frozenset(modality.value for modality in ServiceModality)
PROGRESS_VALUES = frozenset(progress.value for progress in Progress)


def start_problems(starts_on: date, episode_start: date, today: date,
                    client: Client) -> dict[str, str]:
    if starts_on < episode_start:
        return {"starts_on": f"The plan cannot start before its episode "
                             f"({episode_start.isoformat()})."}
    if starts_on > today:
        return {"starts_on": "The plan cannot start after today."}
    if problem := clinical_date_problem(said("Validation", "The start"), starts_on, today=today,
                                        birth_date=client.birth_date):
        return {"starts_on": problem}
    return {}


def clean_goal(details: GoalInput) -> GoalInput:
    return GoalInput(details.diagnosis_id, str(details.goal_text).strip(),
                     str(details.status).strip())


def check_goal(session: Session, plan: CarePlan, details: GoalInput, *,
                kept_diagnosis_id: int | None = None) -> None:
    """``kept_diagnosis_id``: the problem the goal is about already, which may stay after it
    was resolved (the goal can then still be marked met or discontinued)."""
    problems = column_problems(CarePlanGoal, {"goal_text": details.goal_text})
    if not details.goal_text and "goal_text" not in problems:
        problems["goal_text"] = said(
            "Validation", "Write the goal in the client's own words, e.g. \"I want "
                          "to get through the week without a panic attack.\"")
    if details.status not in STATUSES:
        problems["status"] = said("Validation", "Choose open, met, revised or discontinued.")
    diagnosis = (session.get(ClientDiagnosis, details.diagnosis_id)
                 if details.diagnosis_id is not None and 0 < details.diagnosis_id < 2**31
                 else None)
    if diagnosis is None or diagnosis.client_id != plan.client_id:
        problems["diagnosis_id"] = said(
            "Validation", "Choose a problem from the client's problem list.")
    elif diagnosis.id != kept_diagnosis_id and (
            diagnosis.entered_in_error or diagnosis.status != DiagnosisStatus.ACTIVE.value):
        problems["diagnosis_id"] = (f"{diagnosis.code} is not an active problem; choose an "
                                    "active one.")
    if problems:
        raise ValidationError.for_fields(problems)


def clean_objective(details: ObjectiveInput) -> ObjectiveInput:
    return ObjectiveInput(str(details.objective_text).strip(), details.target_date,
                          str(details.instrument).strip(), str(details.status).strip())


def check_objective(plan: CarePlan, details: ObjectiveInput, today: date) -> date:
    problems = column_problems(CarePlanObjective,
                               {"objective_text": details.objective_text})
    if not details.objective_text and "objective_text" not in problems:
        problems["objective_text"] = said(
            "Validation", "Write a measurable objective, e.g. \"PHQ-9 under 10 "
                          "on two visits in a row.\"")
    target = details.target_date
    if target is None:
        problems["target_date"] = said("Validation", "Give the objective a target date.")
    elif target < plan.starts_on:
        problems["target_date"] = (f"The target date cannot be before the plan starts "
                                   f"({plan.starts_on.isoformat()}).")
    elif target > today + timedelta(days=3 * 366):
        problems["target_date"] = said(
            "Validation", "The target date is more than three years ahead; check it.")
    if details.instrument and details.instrument not in MEASURED_BY:
        problems["instrument"] = said("Validation", "Choose PHQ-9, GAD-7 or no instrument.")
    if details.status not in STATUSES:
        problems["status"] = said("Validation", "Choose open, met, revised or discontinued.")
    if problems:
        raise ValidationError.for_fields(problems)
    assert target is not None
    return target


def clean_intervention(details: InterventionInput) -> InterventionInput:
    return InterventionInput(str(details.intervention_text).strip(),
                             str(details.modality).strip(), str(details.frequency).strip(),
                             details.responsible_id)


def check_intervention(session: Session, details: InterventionInput) -> None:
    problems = column_problems(CarePlanIntervention, {
        "intervention_text": details.intervention_text, "frequency": details.frequency})
    if not details.intervention_text and "intervention_text" not in problems:
        problems["intervention_text"] = said(
            "Validation", "Say what the team will do, e.g. cognitive "
                          "behavioural therapy group.")
    if details.modality not in MODALITIES:
        problems["modality"] = said("Validation", "Choose in person, video or phone.")
    if not details.frequency and "frequency" not in problems:
        problems["frequency"] = said("Validation", "Say how often, e.g. three times a week.")
    responsible = details.responsible_id
    user = (session.get(User, responsible)
            if responsible is not None and 0 < responsible < 2**31 else None)
    if user is None or not user.is_active:
        problems["responsible_id"] = said("Validation", "Choose the staff member responsible.")
    if problems:
        raise ValidationError.for_fields(problems)


def signature_problems(field: str, title: str, signature: Signature, plan: CarePlan,
                        today: date) -> dict[str, str]:
    problems = column_problems(CarePlanReview, {field: signature.name.strip()})
    if problems:
        return problems
    if signature.name.strip() and signature.signed_on is None:
        return {f"{field}_on": f"Give the day the {title} signed."}
    if signature.signed_on is not None and not signature.name.strip():
        return {field: f"Type the {title}'s name, or clear the day."}
    if signature.signed_on is not None and signature.signed_on < plan.starts_on:
        return {f"{field}_on": f"The {title} cannot sign before the plan starts "
                               f"({plan.starts_on.isoformat()})."}
    if signature.signed_on is not None and signature.signed_on > today:
        return {f"{field}_on": "A signature cannot be dated after today."}
    return {}


def check_review(plan: CarePlan, details: ReviewInput,
                  objectives: Mapping[int, CarePlanObjective], today: date) -> None:
    problems = column_problems(CarePlanReview,
                               {"participation_note": details.participation_note.strip()})
    day = details.reviewed_on
    if day is None:
        problems["reviewed_on"] = said("Validation", "Give the day of the review.")
    elif day < plan.starts_on:
        problems["reviewed_on"] = (f"A review cannot be dated before the plan starts "
                                   f"({plan.starts_on.isoformat()}).")
    elif day > today:
        problems["reviewed_on"] = said("Validation", "A review cannot be dated after today.")
    seen: set[int] = set()
    for entry in details.progress:
        field = f"progress_{entry.objective_id}"
        if entry.objective_id not in objectives or entry.objective_id in seen:
            problems[field] = said(
                "Validation", "That objective is not on this version of the plan.")
        elif entry.progress not in PROGRESS_VALUES:
            problems[field] = said("Validation", "Choose the objective's progress.")
        elif note := column_problems(CarePlanProgress, {"note": entry.note.strip()}):
            problems[field] = next(iter(note.values()))
        seen.add(entry.objective_id)
    for field, title, signature in (
            ("client_signature", "client", details.client),
            ("clinician_signature", "clinician", details.clinician),
            ("case_manager_signature", "case manager", details.case_manager)):
        problems.update(signature_problems(field, title, signature, plan, today))
    if problems:
        raise ValidationError.for_fields(problems)


def copy_items(session: Session, old_id: int, new_id: int) -> None:
    """Copy the goals, objectives and interventions of plan ``old_id`` into ``new_id``."""
    goals = session.execute(select(CarePlanGoal).where(CarePlanGoal.plan_id == old_id)
                            .order_by(CarePlanGoal.position, CarePlanGoal.id)).scalars().all()
    for goal in goals:
        copy = CarePlanGoal(plan_id=new_id, diagnosis_id=goal.diagnosis_id,
                            goal_text=goal.goal_text, status=goal.status,
                            position=goal.position)
        session.add(copy)
        session.flush()
        for objective in session.execute(select(CarePlanObjective).where(
                CarePlanObjective.goal_id == goal.id)).scalars().all():
            session.add(CarePlanObjective(
                plan_id=new_id, goal_id=copy.id, objective_text=objective.objective_text,
                target_date=objective.target_date, instrument=objective.instrument,
                status=objective.status, position=objective.position))
        for intervention in session.execute(select(CarePlanIntervention).where(
                CarePlanIntervention.goal_id == goal.id)).scalars().all():
            session.add(CarePlanIntervention(
                plan_id=new_id, goal_id=copy.id,
                intervention_text=intervention.intervention_text,
                modality=intervention.modality, frequency=intervention.frequency,
                responsible_id=intervention.responsible_id, position=intervention.position))
    session.flush()

