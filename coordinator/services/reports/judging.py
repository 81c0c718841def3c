"""How a report counts its stored clocks, asked of the domain's rule once per kind of case.

A quarter of a large clinic holds tens of thousands of stored clocks, but how one counts
(``coordinator.domain.clocks.reported_outcome`` on its state as judged on the report's day,
``stored_state``) depends only on its kind, whether and how it was settled by that day,
whether its due date has passed and whether a readmission leaves it out. ``ClockJudge``
asks the rule once for each such combination and remembers the answer, so counting a
report costs a lookup per clock while the rule stays written once.
"""

from __future__ import annotations

from datetime import date

from coordinator.domain.clocks import (
    ClockKind,
    ReportingStatus,
    reported_outcome,
    stored_state,
)

_Case = tuple[ClockKind, str | None, bool, bool]


class ClockJudge:
    """The reporting status of stored clocks judged on ``as_of``."""

    __slots__ = ("_known", "as_of")

    def __init__(self, as_of: date) -> None:
        self.as_of = as_of
        self._known: dict[_Case, ReportingStatus] = {}

    def status(self, kind: ClockKind, settled: str | None, settled_on: date | None,
               due: date, readmitted_on: date | None = None) -> ReportingStatus:
        """How the rate counts a stored clock (its settled state and day, its due date)
        and, for FUH and FUI, the first readmission within 30 days (None when none)."""
        as_of = self.as_of
        settled_by_then = (settled if settled is not None and settled_on is not None
                           and settled_on <= as_of else None)
        case = (kind, settled_by_then, due < as_of, readmitted_on is not None)
        found = self._known.get(case)
        if found is None:
            state, closed_on = stored_state(settled, settled_on, due, as_of)
            found = self._known[case] = reported_outcome(
                kind, state, due=due, closed_on=closed_on, readmitted_on=readmitted_on).status
        return found
