"""Levels of care on the continuum, and the direction of a move between them.

The seed table follows docs/architecture.md §3 (ASAM Criteria, 3rd edition, for the level numbers
and weekly clinical hours). Hours are data an administrator can edit; planned hours outside a
level's range are a warning, never a refusal. The stored range is the adult one; ASAM states
the boundary between Outpatient and Intensive Outpatient lower for adolescents (see
``usual_hours``).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Literal


@dataclass(frozen=True)
class LevelOfCare:
    """A level of care. ``min_weekly_hours`` and ``max_weekly_hours`` are the adult range.

    A maximum with no minimum is a "fewer than" bound (Outpatient: fewer than 9 hours a
    week, ASAM Criteria 3rd ed.), as the level screens show it ("under 9"): the boundary
    hour belongs to the next, more intensive level (Intensive Outpatient: 9 or more). A
    maximum that comes with a minimum is inclusive (Intensive Outpatient: 9 to 19).
    """

    code: str
    name: str
    asam_level: str
    min_weekly_hours: float | None
    max_weekly_hours: float | None
    round_the_clock: bool | None  # None: varies (e.g. ambulatory vs. inpatient detox)
    intensity: int
    description: str = ""


SEED_LEVELS: tuple[LevelOfCare, ...] = (
    LevelOfCare("OP", "Outpatient", "1", None, 9, False, 1,
                "Traditional weekly therapy, typically 1-3 hours a week."),
    LevelOfCare("IOP", "Intensive Outpatient", "2.1", 9, 19, False, 2,
                "9-19 clinical hours a week for adults (6 or more for adolescents)."),
    LevelOfCare("PHP", "Partial Hospitalization", "2.5", 20, None, False, 3,
                "20 or more clinical hours a week, typically 20-40."),
    LevelOfCare("RES", "Residential", "3.1-3.7", None, None, True, 4,
                "24-hour structured residential treatment."),
    LevelOfCare("INP", "Inpatient", "4", None, None, True, 5,
                "Psychiatric or medically managed inpatient care."),
    LevelOfCare("WM", "Withdrawal management", "1-WM to 4-WM", None, None, None, 5,
                "Detox; ambulatory or residential depending on the program."),
)


class Direction(StrEnum):
    INITIAL = "initial"
    STEP_UP = "step_up"
    STEP_DOWN = "step_down"
    LATERAL = "lateral"
    EXIT = "exit"


def direction_between(from_intensity: int | None, to_intensity: int | None) -> Direction:
    """Direction of a transition from its levels' intensities (None: no episode on that side)."""
    if from_intensity is None:
        return Direction.INITIAL
    if to_intensity is None:
        return Direction.EXIT
    if to_intensity > from_intensity:
        return Direction.STEP_UP
    if to_intensity < from_intensity:
        return Direction.STEP_DOWN
    return Direction.LATERAL


#: Under this age (in whole years, on the day the hours apply) the adolescent figures apply.
ADOLESCENT_UNTIL_AGE = 18
#: ASAM Criteria, 3rd ed.: for adolescents the Outpatient / Intensive Outpatient boundary is 6
#: hours a week, not 9 (Outpatient fewer than 6, Intensive Outpatient 6 or more). Keyed by
#: level code (the code is the stored level's key and cannot be edited; its name and ASAM
#: number can). The figure is the bound that replaces the adult one at that level.
ADOLESCENT_BOUNDARY_HOURS: dict[str, tuple[Literal["min", "max"], float]] = {
    "OP": ("max", 6),
    "IOP": ("min", 6),
}

AgeGroup = Literal["adult", "adolescent", ""]


@dataclass(frozen=True)
class UsualHours:
    """The weekly hours a level usually plans for one client.

    At least ``low`` (when set); at most ``high``, or fewer than ``high`` when
    ``below_high`` (when set). ``group`` names the age rule that applied: "adult" or
    "adolescent" at a level whose hours ASAM states by age, "" at the others.
    """

    low: float | None
    high: float | None
    below_high: bool
    group: AgeGroup

    def outside(self, hours: float) -> Literal["below", "above", ""]:
        if self.low is not None and hours < self.low:
            return "below"
        if self.high is not None and (hours >= self.high if self.below_high
                                      else hours > self.high):
            return "above"
        return ""


def usual_hours(level: LevelOfCare, age: int | None) -> UsualHours:
    """The usual weekly hours of ``level`` for a client of ``age`` (whole years on the day
    the hours apply; None when the date of birth is not known).

    An unknown age (no date of birth on the record) gets the adult rule, because the stored
    range is the adult one; the warning then names the adult rule, so a reader can tell.
    An adolescent's bound is ASAM's adolescent figure, or the clinic's adult bound when that
    is lower; a bound the clinic cleared stays cleared.
    """
    low, high = level.min_weekly_hours, level.max_weekly_hours
    below_high = low is None and high is not None
    by_age = ADOLESCENT_BOUNDARY_HOURS.get(level.code)
    if by_age is None:
        return UsualHours(low, high, below_high, "")
    if age is None or age >= ADOLESCENT_UNTIL_AGE:
        return UsualHours(low, high, below_high, "adult")
    bound, figure = by_age
    if bound == "min" and low is not None:
        low = min(low, figure)
    if bound == "max" and high is not None:
        high = min(high, figure)
    return UsualHours(low, high, below_high, "adolescent")


def hours_warning(level: LevelOfCare, planned_weekly_hours: float | None, *,
                  age: int | None) -> str | None:
    """Two sentences when planned hours fall outside the level's usual range for a client
    of ``age`` (see ``usual_hours``), the second naming the rule that applied, else None."""
    if planned_weekly_hours is None:
        return None
    usual = usual_hours(level, age)
    side = usual.outside(planned_weekly_hours)
    if not side:
        return None
    if side == "below":
        rule = f"{usual.low:g} or more"
    elif usual.below_high:
        rule = f"fewer than {usual.high:g}"
    else:
        rule = f"at most {usual.high:g}"
    who = f"{usual.group.capitalize()} {level.code}" if usual.group else level.code
    return (f"{planned_weekly_hours:g} hours a week is {side} the usual range for "
            f"{level.name}. {who} is usually {rule} hours a week.")
