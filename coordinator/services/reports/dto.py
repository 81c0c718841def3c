"""What an outcome report is asked for and what it answers: plain frozen dataclasses that a
screen, a CSV file and a PDF all read the same way."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


@dataclass(frozen=True)
class ReportPeriod:
    """The discharges a report looks at: those on ``first_day`` to ``last_day``, both
    included (the discharge date is the day the step-down clock starts).

    ``as_of`` is the day the outcomes are judged on (default: today on the workstation's
    calendar): what happened after it has not happened yet, so a report run again later
    for the same period may count more of its discharges as decided.
    """

    first_day: date
    last_day: date
    as_of: date | None = None


@dataclass(frozen=True)
class ReportFilters:
    """Optional narrowing of a report; None (or "") means everyone.

    ``level_code``: the level of care left (one of the step-down levels). ``facility_id``
    and ``track``: the program and its track of the episode that ended. ``case_manager_id``:
    the client's primary case manager as recorded now (the record keeps no history of who
    was case manager on the discharge date). ``payer``: the client's insurance payer as
    recorded now on the client's details, compared without regard to case or surrounding
    spaces (the record keeps one payer per client, not one per episode).
    """

    level_code: str | None = None
    facility_id: int | None = None
    track: str | None = None
    case_manager_id: int | None = None
    payer: str = ""

    def payer_matches(self, stored: str | None) -> bool:
        """Whether a client's stored payer passes the payer filter: every report's one rule,
        applied in Python on both engines (SQLite's lower() folds ASCII letters only, so a
        SQL comparison would treat "Molina" and "MOLINA" alike but not "Érica" and
        "ÉRICA"). True for every client when no payer is asked for."""
        wanted = self.payer.strip().casefold()
        return not wanted or (stored is not None and stored.strip().casefold() == wanted)


class StepDownOutcome(StrEnum):
    MET = "met"  # the next lower level started within the window: numerator
    MISSED = "missed"  # the window ended without it: denominator only
    OPEN = "open"  # the window has not ended yet: listed, not counted
    EXCLUDED = "excluded"  # back in 24-hour care before stepping down: not counted


@dataclass(frozen=True)
class StepDownCase:
    """One discharge from a step-down level and what became of it.

    ``days`` counts from the discharge date (day 0) to the day the next lower level
    started (met, or started late after a miss); None when no lower level has started by
    the report's ``as_of`` day. ``reason`` is a plain sentence for a missed, open or
    excluded discharge ("" for a met one). ``case_manager`` is the primary case manager's
    full name ("" when none is assigned).
    """

    client_id: int
    client_name: str
    record_number: str
    episode_id: int
    discharge_date: date
    due_date: date
    level_code: str
    level_name: str
    outcome: StepDownOutcome
    days: int | None
    next_level_code: str | None
    reason: str
    discharge_disposition: str
    case_manager_id: int | None
    case_manager: str


@dataclass(frozen=True)
class StepDownReport:
    """The step-down rate over one period: of the decided discharges from 24-hour care or
    partial hospitalization, how many started a lower level of care within the window.

    ``denominator``: discharges in the period whose window was decided by ``as_of``, met or
    missed (``coordinator.domain.clocks.reported_outcome``: a discharge followed by a
    return to 24-hour care before any step-down is left out, and one whose window is still
    open is not counted yet). ``numerator``: those met, the lower level starting on the
    discharge day through the last day of the window (day 14 of a 14-day window counts).
    ``rate`` is numerator / denominator, None when the denominator is 0.
    ``median_days`` is the median of ``days`` over the met discharges (None when none).
    ``cases`` lists every discharge of the period matching the filters, oldest first;
    ``misses``, ``still_open`` and ``excluded`` pick out those rows. ``note`` is a sentence
    when there is nothing to count, else "".
    """

    period: ReportPeriod
    filters: ReportFilters
    as_of: date
    window_days: int
    denominator: int
    numerator: int
    rate: float | None
    median_days: float | None
    cases: tuple[StepDownCase, ...]
    note: str = ""

    @property
    def misses(self) -> tuple[StepDownCase, ...]:
        return self.of(StepDownOutcome.MISSED)

    @property
    def still_open(self) -> tuple[StepDownCase, ...]:
        return self.of(StepDownOutcome.OPEN)

    @property
    def excluded(self) -> tuple[StepDownCase, ...]:
        return self.of(StepDownOutcome.EXCLUDED)

    @property
    def met(self) -> tuple[StepDownCase, ...]:
        return self.of(StepDownOutcome.MET)

    def of(self, outcome: StepDownOutcome) -> tuple[StepDownCase, ...]:
        """The discharges counted as ``outcome``, oldest first."""
        return tuple(case for case in self.cases if case.outcome is outcome)
