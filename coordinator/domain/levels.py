"""Levels of care on the continuum, and the direction of a move between them.

The seed table follows docs/architecture.md §3 (ASAM Criteria, 3rd edition, for the level numbers
and weekly clinical hours). Hours are data an administrator can edit; planned hours outside a
level's range are a warning, never a refusal.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


@dataclass(frozen=True)
class LevelOfCare:
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


def hours_warning(level: LevelOfCare, planned_weekly_hours: float | None) -> str | None:
    """A sentence when planned hours fall outside the level's range, else None."""
    if planned_weekly_hours is None:
        return None
    low, high = level.min_weekly_hours, level.max_weekly_hours
    if low is not None and planned_weekly_hours < low:
        return (f"{planned_weekly_hours:g} hours a week is below the usual range for "
                f"{level.name} (at least {low:g}).")
    if high is not None and planned_weekly_hours > high:
        return (f"{planned_weekly_hours:g} hours a week is above the usual range for "
                f"{level.name} (at most {high:g}).")
    return None
