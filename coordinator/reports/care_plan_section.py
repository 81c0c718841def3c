"""The packets' "Care plan" section: the current plan's goals, their objectives with target
dates and status, and each objective's latest progress at a review.

The data classes here are what ``Packet.care_plan`` holds; the section is printed by both
summaries (``discharge_summary.clinical_sections``), after the diagnoses it is about.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.platypus import Flowable, Spacer

from coordinator.reports.document_language import ENGLISH_TEXT, DocumentText
from coordinator.reports.styles import (
    CONTENT_WIDTH,
    STYLES,
    data_table,
    markup,
    para_or_none,
    paragraph,
    with_heading,
)

HEADING = "Care plan"


@dataclass(frozen=True)
class PlanObjectiveLine:
    text: str
    target_date: date
    status: str
    #: e.g. "Met (review 2026-06-17): going well"; "" when never reviewed.
    latest_progress: str


@dataclass(frozen=True)
class PlanGoalLine:
    #: The problem it is about: "F33.1 — Major depressive disorder, recurrent, moderate".
    problem: str
    goal: str
    status: str
    objectives: tuple[PlanObjectiveLine, ...]


@dataclass(frozen=True)
class CarePlanPrint:
    plan_number: int
    starts_on: date
    last_review: date | None
    next_review_due: date
    goals: tuple[PlanGoalLine, ...]


def care_plan_section(plan: CarePlanPrint | None, heading: Flowable,
                      t: DocumentText = ENGLISH_TEXT) -> list[Flowable]:
    """The heading, one line about the plan, and per goal its objectives in a table."""
    none = t.none_recorded
    if plan is None:
        return [heading, para_or_none("", none=none)]
    reviewed = (t("care_plan.reviewed", day=t.day(plan.last_review)) if plan.last_review
                else t("care_plan.not_reviewed"))
    about = paragraph(markup(t(
        "care_plan.about", number=plan.plan_number, start=t.day(plan.starts_on),
        reviewed=reviewed, due=t.day(plan.next_review_due))), STYLES["label"])
    if not plan.goals:
        return [heading, about, para_or_none("", none=none)]
    # A goal's lines and its objectives on one page whenever they fit on one (the first
    # goal with the section's heading), so no goal or heading stands alone at a page's foot.
    goals = [_goal(number, goal, t) for number, goal in enumerate(plan.goals, start=1)]
    return [with_heading(heading, about, *goals[0]),
            *(with_heading(*parts) for parts in goals[1:])]


def _goal(number: int, goal: PlanGoalLine, t: DocumentText) -> list[Flowable]:
    w = CONTENT_WIDTH
    return [Spacer(1, 4),
            paragraph(markup(t("care_plan.goal", number=number, status=goal.status,
                               goal=goal.goal)), STYLES["body_bold"]),
            paragraph(markup(t("care_plan.problem", problem=goal.problem)), STYLES["label"]),
            data_table((t("col.objective"), t("col.target_date"), t("col.status"),
                        t("col.latest_progress")),
                       [(line.text, t.day(line.target_date), line.status,
                         line.latest_progress) for line in goal.objectives],
                       (w * 0.4, w * 0.14, w * 0.12, w * 0.34), none=t.none_recorded)]
