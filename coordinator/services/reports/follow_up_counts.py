"""What the follow-up report counts (FUH, FUI, IET): the five measures, each clock as a case
with the outcome the rate gives it, and the tallies per measure and per level of care.

``coordinator.services.reports.follow_up`` reads and judges the stored clocks into these;
``coordinator.services.reports.follow_up_sheet`` writes them as a sheet.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import NamedTuple

from coordinator.domain.clocks import ClockKind, ClockState
from coordinator.domain.words import said
from coordinator.services.reports.dto import ReportFilters, ReportPeriod


class FollowUpOutcome(StrEnum):
    MET = "met"  # seen (or treatment initiated) within the window: numerator
    MISSED = "missed"  # the window ended without it: denominator only
    OPEN = "open"  # the window has not ended yet: listed, not counted
    EXCLUDED = "excluded"  # readmitted to 24-hour care within 30 days: not counted


@dataclass(frozen=True)
class Measure:
    """One rate of the report: the clock it counts and how the sheet names it."""

    kind: ClockKind
    key: str  # the figure's key and the lists' prefix
    label: str  # the figure's label and the table's row
    visit: str  # what meets it, for a sentence ("mental-health follow-up visit")


MEASURES: tuple[Measure, ...] = (
    Measure(ClockKind.FUH7, "fuh7", said("FollowUpReport", "FUH: follow-up within 7 days"),
            said("FollowUpReport", "mental-health follow-up visit")),
    Measure(ClockKind.FUH30, "fuh30", said("FollowUpReport", "FUH: follow-up within 30 days"),
            said("FollowUpReport", "mental-health follow-up visit")),
    Measure(ClockKind.FUI7, "fui7", said("FollowUpReport", "FUI: follow-up within 7 days"),
            said("FollowUpReport", "substance-use follow-up visit")),
    Measure(ClockKind.FUI30, "fui30", said("FollowUpReport", "FUI: follow-up within 30 days"),
            said("FollowUpReport", "substance-use follow-up visit")),
    Measure(ClockKind.IET_INITIATION, "iet",
            said("FollowUpReport", "IET: initiation within 14 days"),
            said("FollowUpReport", "substance-use treatment")),
)


class FollowUpCase(NamedTuple):
    """One clock of one measure and how the report counts it (a named tuple, immutable:
    a quarter of a large clinic has tens of thousands, and a tuple is several times quicker
    to build than a frozen dataclass).

    ``start`` is day 0: the discharge day (FUH, FUI) or the episode date (IET). ``met_on`` the
    day of the visit or service that met it (None unless met by the report's day);
    ``met_by`` says what met it: "Care episode" (an episode's start or an attended session
    in it), "Kept appointment", "24-hour admission" (IET: the new episode is itself 24-hour
    care), "" when not met.
    ``worklist_state`` is the state the caseload's worklist shows on the report's day;
    ``outcome`` how the rate counts it. ``readmitted_on`` (FUH, FUI) is the first
    readmission or direct transfer to 24-hour care within 30 days of the discharge, by the
    report's day. ``reason`` a plain sentence for a missed, open or excluded clock ("" for a
    met one). ``case_manager`` is the client's primary case manager now ("" when none).
    """

    kind: ClockKind
    client_id: int
    client_name: str
    record_number: str
    episode_id: int
    start: date
    due: date
    level_code: str
    level_name: str
    outcome: FollowUpOutcome
    worklist_state: ClockState
    met_on: date | None
    met_by: str
    readmitted_on: date | None
    reason: str
    case_manager_id: int | None
    case_manager: str

    @property
    def days(self) -> int | None:
        """Days from day 0 to the visit that met the clock (None when not met)."""
        return None if self.met_on is None else (self.met_on - self.start).days


@dataclass(frozen=True)
class Tally:
    """How many clocks of a measure (or of one level of it) the rate counts each way."""

    met: int = 0
    missed: int = 0
    excluded: int = 0
    pending: int = 0

    @classmethod
    def of(cls, counts: Mapping[FollowUpOutcome, int]) -> Tally:
        return cls(counts.get(FollowUpOutcome.MET, 0), counts.get(FollowUpOutcome.MISSED, 0),
                   counts.get(FollowUpOutcome.EXCLUDED, 0),
                   counts.get(FollowUpOutcome.OPEN, 0))

    def count(self, outcome: FollowUpOutcome) -> int:
        return {FollowUpOutcome.MET: self.met, FollowUpOutcome.MISSED: self.missed,
                FollowUpOutcome.EXCLUDED: self.excluded,
                FollowUpOutcome.OPEN: self.pending}[outcome]

    @property
    def eligible(self) -> int:
        return self.met + self.missed + self.excluded + self.pending

    @property
    def numerator(self) -> int:
        return self.met

    @property
    def denominator(self) -> int:
        return self.met + self.missed

    @property
    def rate(self) -> float | None:
        return self.numerator / self.denominator if self.denominator else None


@dataclass(frozen=True)
class MeasureCount:
    """One measure over the period: the clocks it started there by the report's day,
    counted by how the rate counts them (``tally``; ``eligible`` all of them, ``excluded``
    those left out (readmitted within 30 days), ``pending`` those still open,
    ``denominator`` the rest, met or missed, ``numerator`` the met ones; ``rate`` None over
    a denominator of 0), the same per level of care left or started (``by_level``, in the
    order of its "Name (CODE)" label), and ``write_cases``, which writes out the clocks of
    one outcome (oldest first) when a list asks for them.
    """

    measure: Measure
    tally: Tally
    by_level: tuple[tuple[str, Tally], ...]
    write_cases: Callable[[FollowUpOutcome], tuple[FollowUpCase, ...]] = field(
        repr=False, compare=False)

    def of(self, outcome: FollowUpOutcome) -> tuple[FollowUpCase, ...]:
        """The cases counted as ``outcome``, oldest first (written on first use)."""
        return self.write_cases(outcome)

    @property
    def eligible(self) -> int:
        return self.tally.eligible

    @property
    def excluded(self) -> int:
        return self.tally.excluded

    @property
    def pending(self) -> int:
        return self.tally.pending

    @property
    def numerator(self) -> int:
        return self.tally.numerator

    @property
    def denominator(self) -> int:
        return self.tally.denominator

    @property
    def rate(self) -> float | None:
        return self.tally.rate


@dataclass(frozen=True)
class FollowUpReport:
    """The five rates over one period, judged on ``as_of``, in the order of ``MEASURES``.
    ``note`` is a sentence when there is nothing to count, else ""."""

    period: ReportPeriod
    filters: ReportFilters
    as_of: date
    measures: tuple[MeasureCount, ...]
    note: str = ""

    def measure(self, kind: ClockKind) -> MeasureCount:
        return next(found for found in self.measures if found.measure.kind is kind)

