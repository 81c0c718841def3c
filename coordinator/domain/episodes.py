"""Rules for episodes of care and the transitions between them (docs/architecture.md §3).

Dates are calendar days. A stay occupies the nights from its first day up to its discharge
day, so a client discharged from inpatient care on 12 March may be admitted to residential
care on 12 March (a direct transfer) without the two 24/7 stays overlapping; a same-day stay
still occupies its one day. An episode without an end date runs on indefinitely.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TypeVar

from coordinator.domain.errors import ValidationError
from coordinator.domain.levels import Direction
from coordinator.domain.vocabulary import STEP_DOWN_CRITERIA, STEP_UP_CRITERIA

#: A planned date further than this from today needs the user's confirmation.
FAR_DATE_DAYS = 365

_ONE_DAY = timedelta(days=1)
Key = TypeVar("Key")


class ConfirmationRequired(ValidationError):
    """Input that is allowed once the user confirms it (e.g. a planned date years away).

    The UI asks "save anyway?" and repeats the call with the confirmation flag set.
    """


class StillInCare(ConfirmationRequired):
    """A discharge summary asked for a client who is still in an episode of care: the UI
    asks the user to confirm, the command line needs ``--active-ok``."""


@dataclass(frozen=True)
class Stay:
    """The dates of one episode; ``end`` None means it is still running."""

    start: date
    end: date | None = None

    def _last_night(self) -> date | None:
        if self.end is None:
            return None
        return max(self.end - _ONE_DAY, self.start)

    def overlaps(self, other: Stay) -> bool:
        """Whether the two stays share a night (open-ended stays run to infinity)."""
        mine, theirs = self._last_night(), other._last_night()
        starts_before_other_ends = theirs is None or self.start <= theirs
        other_starts_before_mine_ends = mine is None or other.start <= mine
        return starts_before_other_ends and other_starts_before_mine_ends

    def contains(self, day: date) -> bool:
        """Whether ``day`` is one of the nights of this stay."""
        last = self._last_night()
        return self.start <= day and (last is None or day <= last)


def first_overlap(stay: Stay, others: Iterable[tuple[Key, Stay]]) -> Key | None:
    """The key of the first of ``others`` that overlaps ``stay``, or None."""
    for key, other in others:
        if stay.overlaps(other):
            return key
    return None


def ends_before_start(start: date, end: date | None) -> bool:
    """An episode may not end before it starts (ending on its first day is a same-day stay)."""
    return end is not None and end < start


def gap_days(discharged_on: date | None, next_start: date | None) -> int | None:
    """Days from a discharge to the next episode's first day; None when either is unknown.

    Zero is a same-day transfer; a negative number means the next episode began first.
    """
    if discharged_on is None or next_start is None:
        return None
    return (next_start - discharged_on).days


def criteria_for(direction: Direction) -> Mapping[str, str]:
    """The checklist of criteria codes that applies to a move in ``direction``.

    Step-ups use the step-up list, step-downs the step-down list; initial admissions,
    lateral moves and exits have no checklist.
    """
    if direction is Direction.STEP_UP:
        return STEP_UP_CRITERIA
    if direction is Direction.STEP_DOWN:
        return STEP_DOWN_CRITERIA
    return {}


_DIRECTION_WORDS = {
    Direction.INITIAL: "an initial admission",
    Direction.STEP_UP: "a step-up",
    Direction.STEP_DOWN: "a step-down",
    Direction.LATERAL: "a lateral move",
    Direction.EXIT: "an exit from care",
}


def criteria_problem(direction: Direction, codes: Iterable[str]) -> str | None:
    """A sentence naming the codes that do not belong to ``direction``'s list, else None."""
    allowed = criteria_for(direction)
    wrong = [code for code in codes if code not in allowed]
    if not wrong:
        return None
    names = ", ".join(_criterion_title(code) for code in wrong)
    what = _DIRECTION_WORDS[direction]
    if not allowed:
        return f"{what[0].upper()}{what[1:]} has no criteria checklist; remove {names}."
    return f"Not a criterion for {what}: {names}."


def _criterion_title(code: str) -> str:
    title = STEP_UP_CRITERIA.get(code) or STEP_DOWN_CRITERIA.get(code)
    return f"“{title}”" if title else f"“{code}”"


def is_far(planned: date, today: date, limit_days: int = FAR_DATE_DAYS) -> bool:
    """Whether ``planned`` is more than ``limit_days`` before or after ``today``."""
    return abs((planned - today).days) > limit_days


def far_date_warning(planned: date, today: date,
                     limit_days: int = FAR_DATE_DAYS) -> str | None:
    """A sentence when a planned date is unusually far away (a likely typo), else None."""
    if not is_far(planned, today, limit_days):
        return None
    days = (planned - today).days
    when = "in the past" if days < 0 else "in the future"
    return (f"The planned date {planned.isoformat()} is {abs(days)} days {when}; "
            "check the year.")
