"""Follow-up after hospitalization (FUH, FUI) and initiation of treatment (IET), read from
the stored transition clocks.

The rules that start and settle the clocks live in ``coordinator.domain.clocks``: a
discharge from inpatient care for mental health starts the FUH 7- and 30-day clocks (clients
6 and older on the discharge day), a discharge from inpatient, residential or withdrawal-
management care for substance use the FUI ones (13 and older), and a new substance-use
episode the IET initiation clock (13 and older on the episode date). The stored clocks
(``transition_clock``, kept current by ``coordinator.services.derived``) say whether and when
each was met or closed by a return to 24-hour care. This module judges each stored clock as
of the report's day the way the caseload view does (``coordinator.services.clocks``), reads
the first readmission within 30 days with the same column the worklist reads, and counts
each clock as ``coordinator.domain.clocks.reported_outcome`` says: a discharge followed by a
readmission or direct transfer to 24-hour care within 30 days is in neither FUH or FUI rate
(NCQA HEDIS MY 2025 FUH and FUI denominator exclusion), while the worklist shows that clock
transferred, or met or missed as it happened.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.orm import aliased

from coordinator.domain.clocks import (
    FOLLOW_UP_DAYS,
    IET_INITIATION_DAYS,
    MINIMUM_AGE,
    NEW_SUD_EPISODE_CLEAN_DAYS,
    READMISSION_EXCLUSION_DAYS,
    ClockKind,
    ClockState,
    ReportingStatus,
    reported_outcome,
)
from coordinator.domain.vocabulary import ClientStatus
from coordinator.reports.outcome_data import (
    CaseList,
    Figure,
    ReportSheet,
    Table,
    Unit,
    percent_text,
)
from coordinator.services.clocks import first_readmission
from coordinator.services.reports.dto import ReportFilters, ReportPeriod
from coordinator.store.models import (
    Client,
    Episode,
    Facility,
    LevelOfCare,
    TransitionClock,
    User,
)


class FollowUpOutcome(StrEnum):
    MET = "met"  # seen (or treatment initiated) within the window: numerator
    MISSED = "missed"  # the window ended without it: denominator only
    OPEN = "open"  # the window has not ended yet: listed, not counted
    EXCLUDED = "excluded"  # readmitted to 24-hour care within 30 days: not counted


_OUTCOMES = {ReportingStatus.NUMERATOR: FollowUpOutcome.MET,
             ReportingStatus.DENOMINATOR_ONLY: FollowUpOutcome.MISSED,
             ReportingStatus.PENDING: FollowUpOutcome.OPEN,
             ReportingStatus.EXCLUDED: FollowUpOutcome.EXCLUDED}


@dataclass(frozen=True)
class Measure:
    """One rate of the report: the clock it counts and how the sheet names it."""

    kind: ClockKind
    key: str  # the figure's key and the lists' prefix
    label: str  # the figure's label and the table's row
    visit: str  # what meets it, for a sentence ("mental-health follow-up visit")


MEASURES: tuple[Measure, ...] = (
    Measure(ClockKind.FUH7, "fuh7", "FUH: follow-up within 7 days",
            "mental-health follow-up visit"),
    Measure(ClockKind.FUH30, "fuh30", "FUH: follow-up within 30 days",
            "mental-health follow-up visit"),
    Measure(ClockKind.FUI7, "fui7", "FUI: follow-up within 7 days",
            "substance-use follow-up visit"),
    Measure(ClockKind.FUI30, "fui30", "FUI: follow-up within 30 days",
            "substance-use follow-up visit"),
    Measure(ClockKind.IET_INITIATION, "iet", "IET: treatment initiated within 14 days",
            "substance-use treatment"),
)
_BY_KIND = {measure.kind: measure for measure in MEASURES}
# The 7-day clock of a discharge and the 30-day clock of the same discharge: a missed 7-day
# follow-up says when the first visit came, which the 30-day clock knows.
_LONGER = {ClockKind.FUH7: ClockKind.FUH30, ClockKind.FUI7: ClockKind.FUI30}
# The longest window of these clocks: a clock's due date is at most this many days after its
# start, so the due-date index narrows the read to the period and this many days after it.
_LONGEST_WINDOW = max(*FOLLOW_UP_DAYS.values(), IET_INITIATION_DAYS)


@dataclass(frozen=True)
class FollowUpCase:
    """One clock of one measure and how the report counts it.

    ``start`` is day 0: the discharge day (FUH, FUI) or the episode date (IET). ``met_on`` the
    day of the visit or service that met it (None unless met by the report's day);
    ``met_by`` says what met it: "IOP episode" (its start or an attended session), "Kept
    appointment", "RES admission" (IET: the new episode is itself 24-hour care), "" when not
    met.
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
class MeasureCount:
    """One measure over the period: every clock it started there (``cases``, oldest
    first) and the counts the rate is made of.

    ``eligible``: the clocks started in the period by the report's day; ``excluded`` those
    left out (readmitted within 30 days); ``pending`` those still open; ``denominator`` the
    rest, met or missed; ``numerator`` the met ones. ``rate`` is None over a denominator of 0.
    """

    measure: Measure
    cases: tuple[FollowUpCase, ...]

    @property
    def met(self) -> tuple[FollowUpCase, ...]:
        return self.of(FollowUpOutcome.MET)

    @property
    def misses(self) -> tuple[FollowUpCase, ...]:
        return self.of(FollowUpOutcome.MISSED)

    @property
    def left_out(self) -> tuple[FollowUpCase, ...]:
        return self.of(FollowUpOutcome.EXCLUDED)

    @property
    def still_open(self) -> tuple[FollowUpCase, ...]:
        return self.of(FollowUpOutcome.OPEN)

    @property
    def eligible(self) -> int:
        return len(self.cases)

    @property
    def excluded(self) -> int:
        return len(self.left_out)

    @property
    def pending(self) -> int:
        return len(self.still_open)

    @property
    def numerator(self) -> int:
        return len(self.met)

    @property
    def denominator(self) -> int:
        return self.numerator + len(self.misses)

    @property
    def rate(self) -> float | None:
        return self.numerator / self.denominator if self.denominator else None

    def of(self, outcome: FollowUpOutcome) -> tuple[FollowUpCase, ...]:
        """The cases counted as ``outcome``, oldest first."""
        return tuple(case for case in self.cases if case.outcome is outcome)


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


@dataclass(frozen=True)
class _Clock:
    kind: ClockKind
    client_id: int
    episode_id: int
    start: date
    due: date
    state: ClockState
    closed_on: date | None
    met_by: str
    readmitted_on: date | None
    record_number: str
    client_name: str
    level_code: str
    level_name: str
    episode_end: date | None
    disposition: str
    case_manager_id: int | None
    case_manager: str


def sheet(connection: Connection, period: ReportPeriod, filters: ReportFilters,
          as_of: date) -> ReportSheet:
    """The report as the screen, the CSV file and the PDF show it (``connection``'s stored
    clocks brought up to date by the caller; ``period`` and ``filters`` already checked)."""
    report = follow_up_report(connection, period, filters, as_of)
    return follow_up_sheet(report, _filters_text(connection, filters))


def follow_up_report(connection: Connection, period: ReportPeriod, filters: ReportFilters,
                     as_of: date) -> FollowUpReport:
    """The five rates over ``connection``, whose stored clocks the caller has brought up to
    date; ``period`` and ``filters`` are already checked."""
    clocks = _clocks(connection, period, filters, as_of)
    by_episode = {(clock.episode_id, clock.kind): clock for clock in clocks}
    cases: dict[ClockKind, list[FollowUpCase]] = defaultdict(list)
    for clock in clocks:
        longer = by_episode.get((clock.episode_id, _LONGER[clock.kind])) \
            if clock.kind in _LONGER else None
        cases[clock.kind].append(_case(clock, longer, as_of))
    measures = tuple(MeasureCount(measure, tuple(cases[measure.kind])) for measure in MEASURES)
    return FollowUpReport(period, filters, as_of, measures, _note(period, filters, measures))


def _clocks(connection: Connection, period: ReportPeriod, filters: ReportFilters,
            as_of: date) -> list[_Clock]:
    """The stored clocks of the five measures started in the period, by the report's day,
    matching the filters, judged as of ``as_of``: one read over the due-date index."""
    met_by = aliased(Episode)
    last = min(period.last_day, as_of)  # a discharge after the report's day has not happened
    query = (
        select(TransitionClock.kind, TransitionClock.client_id, TransitionClock.episode_id,
               TransitionClock.start_date, TransitionClock.due_date,
               TransitionClock.settled_state, TransitionClock.settled_on,
               TransitionClock.settled_by_episode_id, met_by.level_code,
               first_readmission(as_of), Client.record_number, Client.family_name,
               Client.given_name, Client.insurance_payer, Client.primary_case_manager_id,
               User.full_name, Episode.level_code, LevelOfCare.name, Episode.end_date,
               Episode.discharge_disposition)
        .join(Client, Client.id == TransitionClock.client_id)
        .join(Episode, Episode.id == TransitionClock.episode_id)
        .join(LevelOfCare, LevelOfCare.code == Episode.level_code)
        .outerjoin(User, User.id == Client.primary_case_manager_id)
        .outerjoin(met_by, met_by.id == TransitionClock.settled_by_episode_id)
        .where(TransitionClock.kind.in_([measure.kind.value for measure in MEASURES]),
               TransitionClock.due_date >= period.first_day,
               TransitionClock.due_date <= last + timedelta(days=_LONGEST_WINDOW),
               TransitionClock.start_date >= period.first_day,
               TransitionClock.start_date <= last,
               Client.status != ClientStatus.ARCHIVED.value)
        .order_by(TransitionClock.start_date, Client.family_name_key, Client.given_name_key,
                  TransitionClock.client_id, TransitionClock.episode_id))
    if filters.level_code:
        query = query.where(Episode.level_code == filters.level_code)
    if filters.facility_id is not None:
        query = query.where(Episode.facility_id == filters.facility_id)
    if filters.track:
        query = query.where(Episode.track == filters.track)
    if filters.case_manager_id is not None:
        query = query.where(Client.primary_case_manager_id == filters.case_manager_id)
    # The payer is free text: compared here, case-folded, the same on both engines (SQLite's
    # lower() folds ASCII letters only).
    payer = filters.payer.strip().casefold()
    return [_judged(row, as_of) for row in connection.execute(query).all()
            if not payer or row.insurance_payer.strip().casefold() == payer]


def _judged(row: Any, as_of: date) -> _Clock:
    """A stored clock as the caseload view judges it on ``as_of``
    (``coordinator.services.clocks``): settled as met or transferred from its settled day
    on; else open to its due date, and missed from the day after."""
    (kind, client_id, episode_id, start, due, settled, settled_on, settled_by, met_level,
     admitted, record_number, family, given, _payer, manager_id, manager, level, level_name,
     end, disposition) = row
    met_by = ""
    if settled is not None and settled_on is not None and settled_on <= as_of:
        state, closed_on = ClockState(settled), settled_on
        if state is ClockState.MET:
            # A clock met by a kept appointment names no episode (derived._stored).
            if settled_by is None:
                met_by = "Kept appointment"
            elif settled_by == episode_id:  # IET: an admission to 24-hour care
                met_by = f"{met_level} admission"
            else:
                met_by = f"{met_level} episode"
    elif due < as_of:
        state, closed_on = ClockState.MISSED, due
    else:
        state, closed_on = ClockState.OPEN, None
    # As ClockRow reads it: the first 24-hour admission counts within the 30 days HEDIS
    # checks after the discharge (first_readmission is NULL for IET clocks).
    readmitted = admitted if admitted is not None \
        and (admitted - start).days <= READMISSION_EXCLUSION_DAYS else None
    return _Clock(ClockKind(kind), client_id, episode_id, start, due, state, closed_on,
                  met_by, readmitted, record_number, f"{family}, {given}", level, level_name,
                  end, disposition, manager_id, manager or "")


def _case(clock: _Clock, longer: _Clock | None, as_of: date) -> FollowUpCase:
    reported = reported_outcome(clock.kind, clock.state, due=clock.due,
                                closed_on=clock.closed_on, readmitted_on=clock.readmitted_on)
    outcome = _OUTCOMES[reported.status]
    if outcome is FollowUpOutcome.MISSED:
        reason = _miss_reason(clock, longer, as_of)
    else:
        reason = reported.reason  # "" when met
    met = clock.state is ClockState.MET
    return FollowUpCase(
        kind=clock.kind, client_id=clock.client_id, client_name=clock.client_name,
        record_number=clock.record_number, episode_id=clock.episode_id, start=clock.start,
        due=clock.due, level_code=clock.level_code, level_name=clock.level_name,
        outcome=outcome, worklist_state=clock.state,
        met_on=clock.closed_on if met else None, met_by=clock.met_by,
        readmitted_on=clock.readmitted_on, reason=reason,
        case_manager_id=clock.case_manager_id, case_manager=clock.case_manager)


def _miss_reason(clock: _Clock, longer: _Clock | None, as_of: date) -> str:
    """Why a clock was missed: what the record says, in one or two sentences."""
    measure = _BY_KIND[clock.kind]
    if clock.kind is ClockKind.IET_INITIATION:
        sentence = (f"No {measure.visit} besides the episode's own admission from day 0 "
                    f"to day {IET_INITIATION_DAYS - 1} (to {clock.due.isoformat()}).")
        if clock.episode_end is not None and clock.episode_end <= as_of:
            sentence += (f" The {clock.level_code} episode ended on "
                         f"{clock.episode_end.isoformat()}.")
    elif longer is not None and longer.state is ClockState.MET and longer.closed_on:
        day = (longer.closed_on - clock.start).days
        sentence = (f"First {measure.visit} on day {day} "
                    f"({longer.closed_on.isoformat()}), after the 7-day window.")
    elif longer is not None and longer.state is ClockState.OPEN:
        sentence = (f"No {measure.visit} by {as_of.isoformat()}; the 30-day window is open "
                    f"until {longer.due.isoformat()}.")
    elif longer is not None and longer.state is ClockState.MISSED:
        sentence = (f"No {measure.visit} in the 30 days after the discharge "
                    f"(to {longer.due.isoformat()}).")
    else:
        days = (clock.due - clock.start).days
        sentence = (f"No {measure.visit} from day 1 to day {days} "
                    f"(to {clock.due.isoformat()}).")
    if clock.disposition:
        sentence += f" Discharge disposition: {clock.disposition}."
    return sentence


def _note(period: ReportPeriod, filters: ReportFilters,
          measures: Sequence[MeasureCount]) -> str:
    """A sentence when there is nothing to count, else ""."""
    between = f"between {period.first_day.isoformat()} and {period.last_day.isoformat()}"
    narrowed = " matching the filters" if filters != ReportFilters() else ""
    if not any(found.cases for found in measures):
        return (f"No discharges from inpatient, residential or withdrawal-management care and "
                f"no new substance-use episodes that FUH, FUI or IET count{narrowed} "
                f"{between}.")
    if not any(found.denominator for found in measures):
        return (f"No discharge or new substance-use episode{narrowed} {between} has a "
                "decided follow-up yet.")
    return ""


def _filters_text(connection: Connection, filters: ReportFilters) -> str:
    """Who the report includes, in words, as ``service.filters_text`` words it (that module
    imports this one, so it cannot be imported here)."""
    parts: list[str] = []
    if filters.facility_id is not None:
        name = connection.scalar(select(Facility.name).where(Facility.id == filters.facility_id))
        parts.append(f"Program: {name or filters.facility_id}")
    if filters.track:
        parts.append(f"Track: {filters.track}")
    if filters.level_code:
        name = connection.scalar(
            select(LevelOfCare.name).where(LevelOfCare.code == filters.level_code))
        parts.append(f"Level: {name or filters.level_code} ({filters.level_code})")
    if filters.case_manager_id is not None:
        name = connection.scalar(
            select(User.full_name).where(User.id == filters.case_manager_id))
        parts.append(f"Case manager: {name or filters.case_manager_id}")
    if filters.payer.strip():
        parts.append(f"Payer: {filters.payer.strip()}")
    return "; ".join(parts) or "Everyone"


# --- the sheet --------------------------------------------------------------------------

def list_key(measure_key: str, outcome: FollowUpOutcome) -> str:
    """The key of one measure's list of one outcome, e.g. "follow_up.fuh7.missed"."""
    return f"follow_up.{measure_key}.{outcome.value}"


_LIST_TITLES = {FollowUpOutcome.MET: "met",
                FollowUpOutcome.MISSED: "missed",
                FollowUpOutcome.EXCLUDED: "left out (readmitted within 30 days)",
                FollowUpOutcome.OPEN: "still open"}


def follow_up_sheet(report: FollowUpReport, filters_text: str) -> ReportSheet:
    """The report as the screen, the CSV file and the PDF show it."""
    figures = tuple(_figure(found) for found in report.measures)
    tables = (_by_measure(report.measures), _by_level(report.measures))
    lists = tuple(_case_list(found, outcome) for found in report.measures
                  for outcome in _LIST_TITLES
                  # IET has no readmission exclusion: an admission initiates treatment.
                  if not (outcome is FollowUpOutcome.EXCLUDED
                          and found.measure.kind is ClockKind.IET_INITIATION))
    return ReportSheet(
        name="follow-up", title="Follow-up after hospitalization (FUH, FUI) and IET",
        first_day=report.period.first_day, last_day=report.period.last_day,
        as_of=report.as_of, filters=filters_text, definition=_definition(report.as_of),
        figures=figures, tables=tables, lists=lists, note=report.note)


def _definition(as_of: date) -> str:
    fuh, fui = MINIMUM_AGE[ClockKind.FUH7], MINIMUM_AGE[ClockKind.FUI7]
    iet = MINIMUM_AGE[ClockKind.IET_INITIATION]
    last_day = IET_INITIATION_DAYS - 1
    return (
        "FUH (follow-up after hospitalization for mental illness): of the discharges in the "
        "period from inpatient care for mental health or co-occurring disorders, of clients "
        f"{fuh} or older on the discharge day, the share with a mental-health follow-up visit "
        "within 7 days and within 30 days after the discharge (day 0 is the discharge day "
        "and a visit that day does not count; day 7 and day 30 count). FUI (follow-up after "
        "high-intensity care for substance use): the same for discharges from inpatient, "
        "residential or withdrawal-management care for substance use or co-occurring "
        f"disorders, of clients {fui} or older, with a substance-use visit outside 24-hour "
        f"care. IET initiation: of the new substance-use episodes in the period (no "
        f"substance-use care in the {NEW_SUD_EPISODE_CLEAN_DAYS} days before), of clients "
        f"{iet} or older on the episode date, the share with treatment initiated within 14 "
        f"days of the episode date (day 0 to day {last_day}); an admission to 24-hour care "
        "initiates treatment itself. A visit is what the worklist's clocks count: the start "
        "of, or an attended session in, outpatient, IOP or PHP care of the same focus, or a "
        "kept appointment that counts for it. A discharge followed by a readmission or "
        f"direct transfer to 24-hour care within {READMISSION_EXCLUSION_DAYS} days is left "
        "out of both its FUH or FUI rates (the later discharge counts instead), while the "
        "worklist shows the clock transferred, or met or missed as it happened. Judged on "
        f"{as_of.isoformat()}: clocks still open are listed but not counted, and the rates "
        f"over discharges of the last {READMISSION_EXCLUSION_DAYS} days can still change as "
        "readmissions are recorded. This follows the logic of the NCQA HEDIS FUH, FUI and "
        "IET measures on the app's own record; it is not a certified HEDIS calculation (no "
        "claims, enrollment or diagnosis codes). Filters: level, program and track are "
        "those of the stay left (FUH, FUI) or of the new substance-use episode (IET); case "
        "manager and payer are the client's as recorded now.")


def _figure(found: MeasureCount) -> Figure:
    parts = [f"{len(found.misses)} missed"]
    if found.measure.kind is not ClockKind.IET_INITIATION:
        parts.append(f"{found.excluded} left out (readmitted)")
    parts.append(f"{found.pending} still open")
    return Figure(f"follow_up.{found.measure.key}", found.measure.label, found.rate,
                  Unit.PERCENT, found.numerator, found.denominator, detail=", ".join(parts),
                  list_key=list_key(found.measure.key, FollowUpOutcome.MET))


def _by_measure(measures: Iterable[MeasureCount]) -> Table:
    rows = tuple((found.measure.label, str(found.eligible), str(found.excluded),
                  str(found.pending), str(found.denominator), str(found.numerator),
                  percent_text(found.rate)) for found in measures)
    return Table("follow_up.by_measure", "By measure",
                 ("Measure", "Eligible", "Excluded", "Pending", "Denominator", "Numerator",
                  "Rate"), rows, numeric=frozenset(range(1, 7)))


def _by_level(measures: Iterable[MeasureCount]) -> Table:
    rows: list[tuple[str, ...]] = []
    for found in measures:
        by_level: dict[str, list[FollowUpCase]] = defaultdict(list)
        for case in found.cases:
            by_level[f"{case.level_name} ({case.level_code})"].append(case)
        for level, cases in sorted(by_level.items()):
            part = MeasureCount(found.measure, tuple(cases))
            rows.append((found.measure.label, level, str(part.eligible),
                         str(part.denominator), str(part.numerator), percent_text(part.rate)))
    return Table("follow_up.by_level", "By level of care left or started",
                 ("Measure", "Level", "Eligible", "Denominator", "Numerator", "Rate"),
                 tuple(rows), numeric=frozenset({2, 3, 4, 5}))


def _case_list(found: MeasureCount, outcome: FollowUpOutcome) -> CaseList:
    measure = found.measure
    day_zero = "Episode date" if measure.kind is ClockKind.IET_INITIATION else "Discharged"
    head = ("Client", "Record number", "Level", day_zero)
    cases = found.of(outcome)
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    if outcome is FollowUpOutcome.MET:
        columns = (*head, "Seen on", "Day", "Met by", "Case manager")
        rows = tuple((*_head(case), _day(case.met_on), _number(case.days), case.met_by,
                      case.case_manager) for case in cases)
    elif outcome is FollowUpOutcome.EXCLUDED:
        columns = (*head, "Readmitted", "Worklist", "Case manager", "Reason")
        rows = tuple((*_head(case), _day(case.readmitted_on), case.worklist_state.value,
                      case.case_manager, case.reason) for case in cases)
    else:
        columns = (*head, "Due", "Case manager", "Reason")
        rows = tuple((*_head(case), case.due.isoformat(), case.case_manager, case.reason)
                     for case in cases)
    return CaseList(list_key(measure.key, outcome), f"{measure.label}: {_LIST_TITLES[outcome]}",
                    columns, rows, tuple(case.client_id for case in cases))


def _head(case: FollowUpCase) -> tuple[str, str, str, str]:
    return case.client_name, case.record_number, case.level_code, case.start.isoformat()


def _day(day: date | None) -> str:
    return "" if day is None else day.isoformat()


def _number(value: int | None) -> str:
    return "" if value is None else str(value)
