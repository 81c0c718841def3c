"""What the care plan services return, and how a plan version is read into it.

Everything here runs inside a caller's unit of work. A plan is read whole (goals,
objectives with their latest progress and the instrument scores beside them,
interventions, reviews), since the tab, the dialogs and the packets all show it whole and a
plan holds a few dozen rows at most.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coordinator.domain.care_plan import (
    DEFAULT_REVIEW_DAYS,
    PROGRESS_WORDS,
    STATUS_WORDS,
    PlanItemStatus,
    PlanStatus,
    Progress,
    ServiceModality,
    next_review_due,
    review_setting_key,
)
from coordinator.domain.vocabulary import EpisodeStatus
from coordinator.reports.care_plan_section import (
    CarePlanPrint,
    PlanGoalLine,
    PlanObjectiveLine,
)
from coordinator.reports.document_language import ENGLISH_TEXT, DocumentText
from coordinator.services.care.records import user_names
from coordinator.services.settings import read_settings
from coordinator.store.models import (
    Assessment,
    CarePlan,
    CarePlanGoal,
    CarePlanIntervention,
    CarePlanObjective,
    CarePlanProgress,
    CarePlanReview,
    ClientDiagnosis,
    Episode,
)

#: How many of an instrument's latest scores are shown beside an objective it measures.
SCORES_SHOWN = 4


@dataclass(frozen=True)
class GoalInput:
    """A goal about a problem on the client's list, in the client's own words."""

    diagnosis_id: int | None
    goal_text: str
    status: str = PlanItemStatus.OPEN.value


@dataclass(frozen=True)
class ObjectiveInput:
    objective_text: str
    target_date: date | None
    instrument: str = ""
    status: str = PlanItemStatus.OPEN.value


@dataclass(frozen=True)
class InterventionInput:
    intervention_text: str
    modality: str = ServiceModality.IN_PERSON.value
    frequency: str = ""
    responsible_id: int | None = None


@dataclass(frozen=True)
class ProgressInput:
    objective_id: int
    progress: str
    note: str = ""


@dataclass(frozen=True)
class Signature:
    """A typed name and the day it was signed ("" and None: not signed)."""

    name: str = ""
    signed_on: date | None = None


@dataclass(frozen=True)
class ReviewInput:
    reviewed_on: date | None
    client_participated: bool
    participation_note: str = ""
    progress: tuple[ProgressInput, ...] = ()
    client: Signature = Signature()
    clinician: Signature = Signature()
    case_manager: Signature = Signature()


@dataclass(frozen=True)
class ScorePoint:
    administered_on: date
    total: int
    band: str


@dataclass(frozen=True)
class ProgressView:
    reviewed_on: date
    progress: Progress
    note: str


@dataclass(frozen=True)
class ObjectiveView:
    id: int
    version: int
    goal_id: int
    objective_text: str
    target_date: date
    instrument: str
    status: PlanItemStatus
    latest_progress: ProgressView | None
    #: The instrument's latest scores, oldest first (empty without an instrument).
    scores: tuple[ScorePoint, ...]

    def details(self) -> ObjectiveInput:
        return ObjectiveInput(self.objective_text, self.target_date, self.instrument,
                              self.status.value)


@dataclass(frozen=True)
class InterventionView:
    id: int
    version: int
    goal_id: int
    intervention_text: str
    modality: ServiceModality
    frequency: str
    responsible_id: int | None
    responsible_name: str

    def details(self) -> InterventionInput:
        return InterventionInput(self.intervention_text, self.modality.value, self.frequency,
                                 self.responsible_id)


@dataclass(frozen=True)
class GoalView:
    id: int
    version: int
    diagnosis_id: int
    problem: str
    """The problem it is about: "F33.1 — Major depressive disorder, recurrent, moderate"."""
    goal_text: str
    status: PlanItemStatus
    objectives: tuple[ObjectiveView, ...]
    interventions: tuple[InterventionView, ...]

    def details(self) -> GoalInput:
        return GoalInput(self.diagnosis_id, self.goal_text, self.status.value)


@dataclass(frozen=True)
class ReviewView:
    id: int
    reviewed_on: date
    client_participated: bool
    participation_note: str
    client: Signature
    clinician: Signature
    case_manager: Signature
    recorded_by: str
    #: (objective text, progress, note) in the plan's order.
    progress: tuple[tuple[str, Progress, str], ...]


@dataclass(frozen=True)
class PlanVersionLine:
    id: int
    plan_number: int
    starts_on: date
    status: PlanStatus
    revision_reason: str


@dataclass(frozen=True)
class CarePlanView:
    id: int
    version: int
    client_id: int
    episode_id: int
    level_code: str
    plan_number: int
    status: PlanStatus
    starts_on: date
    revision_reason: str
    created_by: str
    goals: tuple[GoalView, ...]
    reviews: tuple[ReviewView, ...]
    review_every_days: int
    next_review_due: date
    #: Every version of the client's plans for this episode, the first first.
    versions: tuple[PlanVersionLine, ...]
    #: The plan's episode has ended (or was cancelled): a new episode gets a plan of its own.
    episode_ended: bool = False

    @property
    def is_current(self) -> bool:
        return self.status is PlanStatus.CURRENT

    @property
    def objectives(self) -> tuple[ObjectiveView, ...]:
        return tuple(objective for goal in self.goals for objective in goal.objectives)


@dataclass(frozen=True)
class DueReview:
    """A current plan whose review is due soon or late (the dashboard's list)."""

    client_id: int
    client_name: str
    record_number: str
    plan_id: int
    level_code: str
    due_on: date
    #: Days past the due date (0: due today; negative: days still left).
    days_overdue: int


def review_days(session: Session, level_code: str) -> int:
    """The clinic's review interval for a plan at ``level_code``, in days."""
    value = read_settings(session).get(review_setting_key(level_code), DEFAULT_REVIEW_DAYS)
    return int(value)


def last_reviews(session: Session, plan_ids: list[int]) -> dict[int, date]:
    """The latest review day of each plan that has one."""
    if not plan_ids:
        return {}
    rows = session.execute(
        select(CarePlanReview.plan_id, func.max(CarePlanReview.reviewed_on))
        .where(CarePlanReview.plan_id.in_(plan_ids)).group_by(CarePlanReview.plan_id))
    return {plan_id: day for plan_id, day in rows if day is not None}


def read_plan(session: Session, plan: CarePlan) -> CarePlanView:
    """The whole of one plan version as the tab and the packets show it."""
    episode = session.get(Episode, plan.episode_id)
    level = episode.level_code if episode is not None else ""
    goals = session.execute(select(CarePlanGoal).where(CarePlanGoal.plan_id == plan.id)
                            .order_by(CarePlanGoal.position, CarePlanGoal.id)).scalars().all()
    objectives = session.execute(
        select(CarePlanObjective).where(CarePlanObjective.plan_id == plan.id)
        .order_by(CarePlanObjective.position, CarePlanObjective.id)).scalars().all()
    interventions = session.execute(
        select(CarePlanIntervention).where(CarePlanIntervention.plan_id == plan.id)
        .order_by(CarePlanIntervention.position, CarePlanIntervention.id)).scalars().all()
    reviews = session.execute(
        select(CarePlanReview).where(CarePlanReview.plan_id == plan.id)
        .order_by(CarePlanReview.reviewed_on, CarePlanReview.id)).scalars().all()
    progress_rows = session.execute(
        select(CarePlanProgress).where(CarePlanProgress.review_id.in_(
            [review.id for review in reviews]))).scalars().all() if reviews else []
    names = user_names(session, [plan.created_by_id, *(row.responsible_id
                                                       for row in interventions),
                                 *(review.recorded_by_id for review in reviews)])
    problems = {row.id: f"{row.code} — {row.description}" for row in session.execute(
        select(ClientDiagnosis).where(ClientDiagnosis.id.in_(
            [goal.diagnosis_id for goal in goals]))).scalars()} if goals else {}
    scores = _scores(session, plan.client_id,
                     {row.instrument for row in objectives if row.instrument})
    review_day = {review.id: review.reviewed_on for review in reviews}
    latest: dict[int, ProgressView] = {}
    by_review: dict[int, list[CarePlanProgress]] = defaultdict(list)
    for row in sorted(progress_rows, key=lambda row: (review_day[row.review_id], row.id)):
        latest[row.objective_id] = ProgressView(review_day[row.review_id],
                                                Progress(row.progress), row.note)
        by_review[row.review_id].append(row)
    objective_text = {row.id: row.objective_text for row in objectives}
    goal_views = tuple(GoalView(
        goal.id, goal.version, goal.diagnosis_id, problems.get(goal.diagnosis_id, ""),
        goal.goal_text, PlanItemStatus(goal.status),
        tuple(ObjectiveView(row.id, row.version, row.goal_id, row.objective_text,
                            row.target_date, row.instrument, PlanItemStatus(row.status),
                            latest.get(row.id), scores.get(row.instrument, ()))
              for row in objectives if row.goal_id == goal.id),
        tuple(InterventionView(row.id, row.version, row.goal_id, row.intervention_text,
                               ServiceModality(row.modality), row.frequency,
                               row.responsible_id, names.get(row.responsible_id or 0, ""))
              for row in interventions if row.goal_id == goal.id)) for goal in goals)
    objective_order = {objective.id: number for number, objective in enumerate(
        objective for goal in goal_views for objective in goal.objectives)}
    review_views = tuple(ReviewView(
        review.id, review.reviewed_on, review.client_participated, review.participation_note,
        Signature(review.client_signature, review.client_signed_on),
        Signature(review.clinician_signature, review.clinician_signed_on),
        Signature(review.case_manager_signature, review.case_manager_signed_on),
        names.get(review.recorded_by_id or 0, ""),
        tuple((objective_text.get(row.objective_id, ""), Progress(row.progress), row.note)
              for row in sorted(by_review[review.id],
                                key=lambda row: objective_order.get(row.objective_id, 0))))
        for review in reviews)
    every = review_days(session, level)
    last = reviews[-1].reviewed_on if reviews else None
    versions = tuple(PlanVersionLine(row.id, row.plan_number, row.starts_on,
                                     PlanStatus(row.status), row.revision_reason)
                     for row in session.execute(
                         select(CarePlan).where(CarePlan.episode_id == plan.episode_id)
                         .order_by(CarePlan.plan_number)).scalars())
    return CarePlanView(
        plan.id, plan.version, plan.client_id, plan.episode_id, level, plan.plan_number,
        PlanStatus(plan.status), plan.starts_on, plan.revision_reason,
        names.get(plan.created_by_id or 0, ""), goal_views, review_views, every,
        next_review_due(plan.starts_on, last, every), versions,
        episode is None or episode.status != EpisodeStatus.ACTIVE.value)


def current_plan_row(session: Session, client_id: int) -> CarePlan | None:
    """The client's current plan version: that of the latest episode which has one."""
    return session.execute(
        select(CarePlan).join(Episode, Episode.id == CarePlan.episode_id)
        .where(CarePlan.client_id == client_id,
               CarePlan.status == PlanStatus.CURRENT.value)
        .order_by(Episode.start_date.desc(), CarePlan.id.desc()).limit(1)).scalars().first()


def _scores(session: Session, client_id: int,
            instruments: set[str]) -> dict[str, tuple[ScorePoint, ...]]:
    found: dict[str, tuple[ScorePoint, ...]] = {}
    for instrument in sorted(instruments):
        rows = session.execute(
            select(Assessment.administered_on, Assessment.total, Assessment.band)
            .where(Assessment.client_id == client_id, Assessment.instrument == instrument,
                   Assessment.entered_in_error.is_(False), Assessment.total.is_not(None))
            .order_by(Assessment.administered_on.desc(), Assessment.id.desc())
            .limit(SCORES_SHOWN)).all()
        found[instrument] = tuple(ScorePoint(day, total or 0, band or "")
                                  for day, total, band in reversed(rows))
    return found


def packet_plan(session: Session, client_id: int,
                t: DocumentText = ENGLISH_TEXT) -> CarePlanPrint | None:
    """The client's current plan as the transfer and discharge packets print it, its
    statuses and progress in ``t``'s language."""
    row = current_plan_row(session, client_id)
    if row is None:
        return None
    plan = read_plan(session, row)
    return CarePlanPrint(
        plan.plan_number, plan.starts_on,
        plan.reviews[-1].reviewed_on if plan.reviews else None, plan.next_review_due,
        tuple(PlanGoalLine(goal.problem, goal.goal_text,
                           t.word("care_plan_status", goal.status, STATUS_WORDS[goal.status]),
                           tuple(
            PlanObjectiveLine(objective.objective_text, objective.target_date,
                              t.word("care_plan_status", objective.status,
                                     STATUS_WORDS[objective.status]),
                              _progress_words(objective.latest_progress, t))
            for objective in goal.objectives)) for goal in plan.goals))


def _progress_words(progress: ProgressView | None, t: DocumentText) -> str:
    if progress is None:
        return ""
    words = t("care_plan.progress",
              words=t.word("care_plan_progress", progress.progress,
                           PROGRESS_WORDS[progress.progress]),
              day=t.day(progress.reviewed_on))
    return f"{words}: {progress.note}" if progress.note else words
