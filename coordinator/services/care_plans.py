"""The individualized care plan of a client's episode: goals, objectives, interventions,
reviews on the clinic's schedule, and revisions that keep the earlier versions.

Who may do what: reading needs ``VIEW_CLIENTS``; every change is care work
(``EDIT_CARE``). Each change is one transaction with one audit event per row written and a
``care_plan`` change notice.

Rules a clinician expects:

- A plan is started for the client's active episode (one current plan per episode).
- A goal is about a problem on the client's own problem list, active and not entered in
  error, and is written in the client's words; an objective is measurable and has a target
  date (required); an intervention says how (in person, video, phone), how often and who.
- Only the current version changes. A revision copies the goals, objectives and
  interventions into the next version, which starts on its day; the earlier version is
  superseded and stays readable as it was, with its reviews.
- A review is dated from the plan's start to today; it records each objective's progress
  (an objective whose progress is "met" is marked met), whether the client took part, and
  the client's, clinician's and case manager's typed signatures with their dates.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator.domain.care_plan import (
    PlanItemStatus,
    PlanStatus,
    Progress,
    next_review_due,
)
from coordinator.domain.clinical_dates import clinical_date_problem
from coordinator.domain.errors import ValidationError
from coordinator.domain.roles import Permission
from coordinator.domain.vocabulary import EpisodeStatus
from coordinator.domain.words import said
from coordinator.services.care.records import today_of, writable_client
from coordinator.services.care_plan_rules import (
    check_goal,
    check_intervention,
    check_objective,
    check_review,
    clean_goal,
    clean_intervention,
    clean_objective,
    copy_items,
    start_problems,
)
from coordinator.services.care_plan_views import (
    CarePlanView,
    DueReview,
    GoalInput,
    InterventionInput,
    ObjectiveInput,
    PlanVersionLine,
    ReviewInput,
    current_plan_row,
    last_reviews,
    read_plan,
    review_days,
)
from coordinator.services.context import ServiceContext, UnitOfWork, load, stale_conflict
from coordinator.services.field_limits import column_problems
from coordinator.services.notify import Topic
from coordinator.store.models import (
    CarePlan,
    CarePlanGoal,
    CarePlanIntervention,
    CarePlanObjective,
    CarePlanProgress,
    CarePlanReview,
    Client,
    Episode,
    User,
)

SUPERSEDED_REFUSAL = ("This is an earlier version of the plan; it stays as it was. "
                      "Make the change on the current version.")


class CarePlanService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # --- reads ---------------------------------------------------------------------------

    def current(self, client_id: int) -> CarePlanView | None:
        """The client's current plan (of their latest episode with a plan), or None."""
        self.ctx.require(Permission.VIEW_CLIENTS)
        with self.ctx.unit_of_work(write=False) as uow:
            load(uow.session, Client, client_id, "client")
            row = current_plan_row(uow.session, client_id)
            return read_plan(uow.session, row) if row is not None else None

    def plan(self, plan_id: int) -> CarePlanView:
        """Any version of a plan, the superseded ones as they were."""
        self.ctx.require(Permission.VIEW_CLIENTS)
        with self.ctx.unit_of_work(write=False) as uow:
            return read_plan(uow.session, load(uow.session, CarePlan, plan_id, "care plan"))

    def versions_of(self, client_id: int) -> list[PlanVersionLine]:
        """Every plan version of the client, across episodes, oldest first."""
        self.ctx.require(Permission.VIEW_CLIENTS)
        with self.ctx.unit_of_work(write=False) as uow:
            load(uow.session, Client, client_id, "client")
            return [PlanVersionLine(row.id, row.plan_number, row.starts_on,
                                    PlanStatus(row.status), row.revision_reason)
                    for row in uow.session.execute(
                        select(CarePlan).where(CarePlan.client_id == client_id)
                        .order_by(CarePlan.starts_on, CarePlan.id)).scalars()]

    def staff_choices(self) -> list[tuple[int, str]]:
        """Active users who may be responsible for an intervention: (id, full name)."""
        self.ctx.require(Permission.VIEW_CLIENTS)
        with self.ctx.unit_of_work(write=False) as uow:
            return [(user_id, name) for user_id, name in uow.session.execute(
                select(User.id, User.full_name).where(User.is_active.is_(True))
                .order_by(User.full_name, User.id))]

    def due_reviews(self, *, within_days: int = 7,
                    caseload_only: bool = True) -> list[DueReview]:
        """Current plans of active episodes whose review is due within ``within_days``
        or late, on the signed-in user's caseload (or the clinic's), the latest first."""
        actor = self.ctx.require(Permission.VIEW_CLIENTS)
        today = today_of(self.ctx.clock())
        with self.ctx.unit_of_work(write=False) as uow:
            query = (select(CarePlan.id, CarePlan.client_id, CarePlan.starts_on,
                            Episode.level_code, Client.given_name, Client.family_name,
                            Client.record_number)
                     .join(Episode, Episode.id == CarePlan.episode_id)
                     .join(Client, Client.id == CarePlan.client_id)
                     .where(CarePlan.status == PlanStatus.CURRENT.value,
                            Episode.status == EpisodeStatus.ACTIVE.value,
                            Episode.entered_in_error.is_(False)))
            if caseload_only:
                query = query.where(Client.primary_case_manager_id == actor.user_id)
            rows = uow.session.execute(query).all()
            last = last_reviews(uow.session, [row.id for row in rows])
            every = {level: review_days(uow.session, level)
                     for level in {row.level_code for row in rows}}
        due: list[DueReview] = []
        for row in rows:
            due_on = next_review_due(row.starts_on, last.get(row.id), every[row.level_code])
            if due_on <= today + timedelta(days=within_days):
                due.append(DueReview(row.client_id, f"{row.family_name}, {row.given_name}",
                                     row.record_number, row.id, row.level_code, due_on,
                                     (today - due_on).days))
        return sorted(due, key=lambda item: (item.due_on, item.client_name, item.plan_id))

    # --- writes --------------------------------------------------------------------------

    def start_plan(self, client_id: int, starts_on: date) -> CarePlanView:
        """Start version 1 of the plan for the client's active episode."""
        actor = self.ctx.require(Permission.EDIT_CARE)
        today = today_of(self.ctx.clock())
        with self.ctx.unit_of_work() as uow:
            client = writable_client(uow.session, client_id)
            episode = uow.session.execute(
                select(Episode).where(Episode.client_id == client_id,
                                      Episode.status == EpisodeStatus.ACTIVE.value,
                                      Episode.entered_in_error.is_(False))
                .order_by(Episode.start_date.desc(), Episode.id.desc())).scalars().first()
            if episode is None:
                raise ValidationError("A care plan belongs to an episode of care; the client "
                                      "has no active episode. Add or begin one first.")
            if uow.session.execute(select(CarePlan.id).where(
                    CarePlan.episode_id == episode.id)).first() is not None:
                raise ValidationError("This episode already has a care plan; revise it to "
                                      "make a new version.")
            problems = start_problems(starts_on, episode.start_date, today, client)
            if problems:
                raise ValidationError.for_fields(problems)
            plan = CarePlan(client_id=client_id, episode_id=episode.id, plan_number=1,
                            status=PlanStatus.CURRENT.value, starts_on=starts_on,
                            revision_reason="", created_by_id=actor.user_id)
            uow.session.add(plan)
            uow.session.flush()
            uow.audit("create", "care_plan", plan.id,
                      f"version 1 for client {client_id}, episode {episode.id}, from "
                      f"{starts_on.isoformat()}")
            return self._done(uow, plan)

    def add_goal(self, plan_id: int, details: GoalInput) -> CarePlanView:
        self.ctx.require(Permission.EDIT_CARE)
        details = clean_goal(details)
        with self.ctx.unit_of_work() as uow:
            plan = _changeable_plan(uow.session, plan_id)
            check_goal(uow.session, plan, details)
            position = len(uow.session.execute(select(CarePlanGoal.id).where(
                CarePlanGoal.plan_id == plan.id)).all())
            goal = CarePlanGoal(plan_id=plan.id, diagnosis_id=details.diagnosis_id,
                                goal_text=details.goal_text, status=details.status,
                                position=position)
            uow.session.add(goal)
            uow.session.flush()
            uow.audit("create", "care_plan_goal", goal.id,
                      f"plan {plan.id} of client {plan.client_id}")
            return self._done(uow, plan)

    def update_goal(self, goal_id: int, expected_version: int,
                    details: GoalInput) -> CarePlanView:
        self.ctx.require(Permission.EDIT_CARE)
        details = clean_goal(details)
        with self.ctx.unit_of_work() as uow:
            goal = _versioned(uow.session, CarePlanGoal, goal_id, expected_version, "goal")
            plan = _changeable_plan(uow.session, goal.plan_id)
            check_goal(uow.session, plan, details, kept_diagnosis_id=goal.diagnosis_id)
            changed = _assign(goal, {"diagnosis_id": details.diagnosis_id,
                                     "goal_text": details.goal_text, "status": details.status})
            if changed:
                uow.session.flush()
                uow.audit("update", "care_plan_goal", goal.id, ", ".join(changed))
            return self._done(uow, plan)

    def add_objective(self, goal_id: int, details: ObjectiveInput) -> CarePlanView:
        self.ctx.require(Permission.EDIT_CARE)
        details = clean_objective(details)
        with self.ctx.unit_of_work() as uow:
            goal = load(uow.session, CarePlanGoal, goal_id, "goal")
            plan = _changeable_plan(uow.session, goal.plan_id)
            target = check_objective(plan, details, today_of(self.ctx.clock()))
            position = len(uow.session.execute(select(CarePlanObjective.id).where(
                CarePlanObjective.goal_id == goal.id)).all())
            row = CarePlanObjective(plan_id=plan.id, goal_id=goal.id,
                                    objective_text=details.objective_text,
                                    target_date=target, instrument=details.instrument,
                                    status=details.status, position=position)
            uow.session.add(row)
            uow.session.flush()
            uow.audit("create", "care_plan_objective", row.id,
                      f"goal {goal.id}, target {target.isoformat()}")
            return self._done(uow, plan)

    def update_objective(self, objective_id: int, expected_version: int,
                         details: ObjectiveInput) -> CarePlanView:
        self.ctx.require(Permission.EDIT_CARE)
        details = clean_objective(details)
        with self.ctx.unit_of_work() as uow:
            row = _versioned(uow.session, CarePlanObjective, objective_id, expected_version,
                             "objective")
            plan = _changeable_plan(uow.session, row.plan_id)
            target = check_objective(plan, details, today_of(self.ctx.clock()))
            changed = _assign(row, {"objective_text": details.objective_text,
                                    "target_date": target, "instrument": details.instrument,
                                    "status": details.status})
            if changed:
                uow.session.flush()
                uow.audit("update", "care_plan_objective", row.id, ", ".join(changed))
            return self._done(uow, plan)

    def add_intervention(self, goal_id: int, details: InterventionInput) -> CarePlanView:
        self.ctx.require(Permission.EDIT_CARE)
        details = clean_intervention(details)
        with self.ctx.unit_of_work() as uow:
            goal = load(uow.session, CarePlanGoal, goal_id, "goal")
            plan = _changeable_plan(uow.session, goal.plan_id)
            check_intervention(uow.session, details)
            position = len(uow.session.execute(select(CarePlanIntervention.id).where(
                CarePlanIntervention.goal_id == goal.id)).all())
            row = CarePlanIntervention(
                plan_id=plan.id, goal_id=goal.id, intervention_text=details.intervention_text,
                modality=details.modality, frequency=details.frequency,
                responsible_id=details.responsible_id, position=position)
            uow.session.add(row)
            uow.session.flush()
            uow.audit("create", "care_plan_intervention", row.id,
                      f"goal {goal.id}, {details.modality}")
            return self._done(uow, plan)

    def update_intervention(self, intervention_id: int, expected_version: int,
                            details: InterventionInput) -> CarePlanView:
        self.ctx.require(Permission.EDIT_CARE)
        details = clean_intervention(details)
        with self.ctx.unit_of_work() as uow:
            row = _versioned(uow.session, CarePlanIntervention, intervention_id,
                             expected_version, "intervention")
            plan = _changeable_plan(uow.session, row.plan_id)
            check_intervention(uow.session, details)
            changed = _assign(row, {"intervention_text": details.intervention_text,
                                    "modality": details.modality,
                                    "frequency": details.frequency,
                                    "responsible_id": details.responsible_id})
            if changed:
                uow.session.flush()
                uow.audit("update", "care_plan_intervention", row.id, ", ".join(changed))
            return self._done(uow, plan)

    def record_review(self, plan_id: int, details: ReviewInput) -> CarePlanView:
        """Record a review of the current version; objectives reported met become met."""
        actor = self.ctx.require(Permission.EDIT_CARE)
        today = today_of(self.ctx.clock())
        with self.ctx.unit_of_work() as uow:
            plan = _changeable_plan(uow.session, plan_id)
            objectives = {row.id: row for row in uow.session.execute(
                select(CarePlanObjective).where(CarePlanObjective.plan_id == plan.id))
                .scalars()}
            check_review(plan, details, objectives, today)
            assert details.reviewed_on is not None  # checked above
            review = CarePlanReview(
                plan_id=plan.id, reviewed_on=details.reviewed_on,
                client_participated=details.client_participated,
                participation_note=details.participation_note.strip(),
                client_signature=details.client.name.strip(),
                client_signed_on=details.client.signed_on,
                clinician_signature=details.clinician.name.strip(),
                clinician_signed_on=details.clinician.signed_on,
                case_manager_signature=details.case_manager.name.strip(),
                case_manager_signed_on=details.case_manager.signed_on,
                recorded_by_id=actor.user_id, recorded_at=self.ctx.clock())
            uow.session.add(review)
            uow.session.flush()
            met: list[int] = []
            for entry in details.progress:
                uow.session.add(CarePlanProgress(review_id=review.id,
                                                 objective_id=entry.objective_id,
                                                 progress=entry.progress,
                                                 note=entry.note.strip()))
                objective = objectives[entry.objective_id]
                if entry.progress == Progress.MET and objective.status != PlanItemStatus.MET:
                    objective.status = PlanItemStatus.MET.value
                    met.append(objective.id)
            uow.session.flush()
            detail = (f"plan {plan.id} on {details.reviewed_on.isoformat()}, "
                      f"{len(details.progress)} objectives, client "
                      f"{'took part' if details.client_participated else 'did not take part'}")
            uow.audit("create", "care_plan_review", review.id, detail)
            for objective_id in met:
                uow.audit("update", "care_plan_objective", objective_id,
                          f"status met at review {review.id}")
            return self._done(uow, plan)

    def revise(self, plan_id: int, expected_version: int, starts_on: date,
               reason: str) -> CarePlanView:
        """Make the next version from the current one; the current one is superseded."""
        actor = self.ctx.require(Permission.EDIT_CARE)
        reason = str(reason).strip()
        today = today_of(self.ctx.clock())
        with self.ctx.unit_of_work() as uow:
            old = _versioned(uow.session, CarePlan, plan_id, expected_version, "care plan")
            client = writable_client(uow.session, old.client_id)
            uow.session.refresh(old)
            if old.version != expected_version:
                raise stale_conflict()
            if old.status != PlanStatus.CURRENT.value:
                raise ValidationError(SUPERSEDED_REFUSAL)
            problems = column_problems(CarePlan, {"revision_reason": reason})
            if not reason and "revision_reason" not in problems:
                problems["revision_reason"] = said(
                    "Validation", "Say why the plan is revised, e.g. new goals "
                                  "after the 30-day review.")
            if starts_on < old.starts_on:
                problems["starts_on"] = (f"The revision cannot start before the version it "
                                         f"replaces ({old.starts_on.isoformat()}).")
            elif starts_on > today:
                problems["starts_on"] = said("Validation", "The revision cannot start after today.")
            elif problem := clinical_date_problem(
                    said("Validation", "The start"), starts_on, today=today,
                    birth_date=client.birth_date):
                problems["starts_on"] = problem
            if problems:
                raise ValidationError.for_fields(problems)
            old.status = PlanStatus.SUPERSEDED.value
            new = CarePlan(client_id=old.client_id, episode_id=old.episode_id,
                           plan_number=old.plan_number + 1, previous_plan_id=old.id,
                           status=PlanStatus.CURRENT.value, starts_on=starts_on,
                           revision_reason=reason, created_by_id=actor.user_id)
            uow.session.add(new)
            uow.session.flush()
            copy_items(uow.session, old.id, new.id)
            uow.audit("update", "care_plan", old.id,
                      f"superseded by version {new.plan_number}")
            uow.audit("create", "care_plan", new.id,
                      f"version {new.plan_number} for client {new.client_id}, revised from "
                      f"plan {old.id}")
            return self._done(uow, new)

    def _done(self, uow: UnitOfWork, plan: CarePlan) -> CarePlanView:
        uow.changed(Topic.CARE_PLAN, plan.id)
        uow.changed(Topic.CLIENT, plan.client_id)
        return read_plan(uow.session, plan)


# --- loading -------------------------------------------------------------------------------


def _changeable_plan(session: Session, plan_id: int) -> CarePlan:
    """The plan, if it is the current version; the client's row is locked first (as a
    revision locks it), so a change cannot land on a version superseded meanwhile."""
    plan = load(session, CarePlan, plan_id, "care plan")
    writable_client(session, plan.client_id)
    session.refresh(plan)  # as it stands now that the client is locked
    if plan.status != PlanStatus.CURRENT.value:
        raise ValidationError(SUPERSEDED_REFUSAL)
    return plan


_Row = TypeVar("_Row", CarePlan, CarePlanGoal, CarePlanObjective, CarePlanIntervention)


def _versioned(session: Session, model: type[_Row], row_id: int, expected_version: int,
               what: str) -> _Row:
    row = load(session, model, row_id, what)
    if row.version != expected_version:
        raise stale_conflict()
    return row


def _assign(row: object, values: Mapping[str, object]) -> list[str]:
    """Set the attributes that differ; the names of those changed."""
    changed = []
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)
            changed.append(name)
    return changed
