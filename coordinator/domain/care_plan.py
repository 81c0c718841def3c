"""The individualized care plan's vocabulary and its review schedule.

A plan belongs to one episode of care; each goal is about a problem on the client's problem
list and is written in the client's own words; each objective is measurable and has a
target date; each intervention says how (in person, by video or by phone), how often and
who is responsible. The plan is reviewed every so many days, as the clinic sets per level of
care (``review_setting_key``); the next review is due that many days after the last review,
or after the plan started when it was never reviewed.
"""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum

from coordinator.domain.words import said

#: Review interval when the clinic set none for a level of care (days).
DEFAULT_REVIEW_DAYS = 30
#: The levels whose review interval is a clinic setting (the six standard ones).
REVIEWED_LEVELS = ("OP", "IOP", "PHP", "RES", "INP", "WM")


class PlanItemStatus(StrEnum):
    """Where a goal or an objective stands."""

    OPEN = "open"
    MET = "met"
    REVISED = "revised"
    DISCONTINUED = "discontinued"


class PlanStatus(StrEnum):
    """A plan version is current until a revision replaces it."""

    CURRENT = "current"
    SUPERSEDED = "superseded"


class ServiceModality(StrEnum):
    """How an intervention or a session is delivered (telehealth: video or phone)."""

    IN_PERSON = "in_person"
    VIDEO = "video"
    PHONE = "phone"


class Progress(StrEnum):
    """An objective's progress at a review."""

    NOT_STARTED = "not_started"
    SOME = "some"
    GOOD = "good"
    MET = "met"
    WORSE = "worse"


#: Instruments an objective may be measured by (their scores are shown beside it).
MEASURED_BY = ("PHQ-9", "GAD-7")

STATUS_WORDS = {PlanItemStatus.OPEN: "Open", PlanItemStatus.MET: "Met",
                PlanItemStatus.REVISED: "Revised",
                PlanItemStatus.DISCONTINUED: "Discontinued"}
MODALITY_WORDS = {ServiceModality.IN_PERSON: said("CarePlan", "In person"),
                  ServiceModality.VIDEO: said("CarePlan", "Video"),
                  ServiceModality.PHONE: said("CarePlan", "Phone")}
PROGRESS_WORDS = {Progress.NOT_STARTED: "Not started", Progress.SOME: "Some progress",
                  Progress.GOOD: "Good progress", Progress.MET: "Met",
                  Progress.WORSE: "Worse"}


def review_setting_key(level_code: str) -> str:
    """The clinic setting holding the review interval of ``level_code``, e.g.
    ``care_plan_review_days_iop``."""
    return f"care_plan_review_days_{level_code.lower()}"


def next_review_due(starts_on: date, last_review: date | None, interval_days: int) -> date:
    """The day the next review is due: ``interval_days`` after the last review, or after the
    plan started when it was never reviewed."""
    return (last_review or starts_on) + timedelta(days=interval_days)
