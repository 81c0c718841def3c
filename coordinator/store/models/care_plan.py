"""The individualized care plan: versions, goals, objectives, interventions and reviews.

A revision writes a new ``care_plan`` row (the next ``plan_number``) with copies of the
goals, objectives and interventions; the earlier version keeps its own rows, superseded and
readable as they were.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from coordinator.store.models.base import Base, UTCDateTime, Versioned


class CarePlan(Versioned, Base):
    """One version of a client's plan for an episode of care."""

    __tablename__ = "care_plan"
    __table_args__ = (Index("ix_care_plan_client_status", "client_id", "status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"))
    episode_id: Mapped[int] = mapped_column(ForeignKey("episode.id"), index=True)
    plan_number: Mapped[int] = mapped_column(Integer, default=1)
    previous_plan_id: Mapped[int | None] = mapped_column(ForeignKey("care_plan.id"))
    status: Mapped[str] = mapped_column(String(20), default="current")  # PlanStatus
    starts_on: Mapped[date] = mapped_column(Date)
    #: Why this version replaced the one before ("" for the first).
    revision_reason: Mapped[str] = mapped_column(String(500), default="")
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))


class CarePlanGoal(Versioned, Base):
    """A goal about one problem, in the client's own words."""

    __tablename__ = "care_plan_goal"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("care_plan.id"), index=True)
    diagnosis_id: Mapped[int] = mapped_column(ForeignKey("client_diagnosis.id"))
    goal_text: Mapped[str] = mapped_column(String(500))
    status: Mapped[str] = mapped_column(String(20), default="open")  # PlanItemStatus
    position: Mapped[int] = mapped_column(Integer, default=0)


class CarePlanObjective(Versioned, Base):
    """A measurable step toward a goal, due by its target date."""

    __tablename__ = "care_plan_objective"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("care_plan.id"), index=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("care_plan_goal.id"), index=True)
    objective_text: Mapped[str] = mapped_column(String(500))
    target_date: Mapped[date] = mapped_column(Date)
    #: The instrument that measures it ("PHQ-9", "GAD-7"; "" when none).
    instrument: Mapped[str] = mapped_column(String(20), default="")
    status: Mapped[str] = mapped_column(String(20), default="open")  # PlanItemStatus
    position: Mapped[int] = mapped_column(Integer, default=0)


class CarePlanIntervention(Versioned, Base):
    """What the team does toward a goal: how, how often and who."""

    __tablename__ = "care_plan_intervention"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("care_plan.id"), index=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("care_plan_goal.id"), index=True)
    intervention_text: Mapped[str] = mapped_column(String(500))
    modality: Mapped[str] = mapped_column(String(20), default="in_person")  # ServiceModality
    frequency: Mapped[str] = mapped_column(String(100), default="")
    responsible_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    position: Mapped[int] = mapped_column(Integer, default=0)


class CarePlanReview(Base):
    """A review of a plan version on a day, with the client's part in it and the
    signatures (typed names and dates)."""

    __tablename__ = "care_plan_review"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("care_plan.id"), index=True)
    reviewed_on: Mapped[date] = mapped_column(Date)
    client_participated: Mapped[bool] = mapped_column(Boolean, default=True)
    participation_note: Mapped[str] = mapped_column(String(500), default="")
    client_signature: Mapped[str] = mapped_column(String(200), default="")
    client_signed_on: Mapped[date | None] = mapped_column(Date)
    clinician_signature: Mapped[str] = mapped_column(String(200), default="")
    clinician_signed_on: Mapped[date | None] = mapped_column(Date)
    case_manager_signature: Mapped[str] = mapped_column(String(200), default="")
    case_manager_signed_on: Mapped[date | None] = mapped_column(Date)
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)


class CarePlanProgress(Base):
    """One objective's progress at one review."""

    __tablename__ = "care_plan_progress"

    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("care_plan_review.id"), index=True)
    objective_id: Mapped[int] = mapped_column(ForeignKey("care_plan_objective.id"),
                                              index=True)
    progress: Mapped[str] = mapped_column(String(20))  # Progress
    note: Mapped[str] = mapped_column(String(500), default="")
