"""The packets' "Care plan" section: the current plan's goals, their objectives with target
dates and status, and each objective's latest progress at a review.

The data classes here are what ``Packet.care_plan`` holds; the section is printed by both
summaries (``discharge_summary.clinical_sections``), after the diagnoses it is about.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.platypus import Flowable, Spacer

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


def care_plan_section(plan: CarePlanPrint | None, heading: Flowable) -> list[Flowable]:
    """The heading, one line about the plan, and per goal its objectives in a table."""
    if plan is None:
        return [heading, para_or_none("")]
    reviewed = (f"last reviewed {plan.last_review.isoformat()}" if plan.last_review
                else "not reviewed yet")
    about = paragraph(markup(
        f"Version {plan.plan_number}, in force from {plan.starts_on.isoformat()}; "
        f"{reviewed}; next review due {plan.next_review_due.isoformat()}."),
        STYLES["label"])
    if not plan.goals:
        return [heading, about, para_or_none("")]
    # A goal's lines and its objectives on one page whenever they fit on one (the first
    # goal with the section's heading), so no goal or heading stands alone at a page's foot.
    goals = [_goal(number, goal) for number, goal in enumerate(plan.goals, start=1)]
    return [with_heading(heading, about, *goals[0]),
            *(with_heading(*parts) for parts in goals[1:])]


def _goal(number: int, goal: PlanGoalLine) -> list[Flowable]:
    w = CONTENT_WIDTH
    return [Spacer(1, 4),
            paragraph(markup(f"Goal {number} ({goal.status}): “{goal.goal}”"),
                      STYLES["body_bold"]),
            paragraph(markup(f"Problem: {goal.problem}"), STYLES["label"]),
            data_table(("Objective", "Target date", "Status", "Latest progress"),
                       [(line.text, line.target_date.isoformat(), line.status,
                         line.latest_progress) for line in goal.objectives],
                       (w * 0.4, w * 0.14, w * 0.12, w * 0.34))]
