"""The step-down report read from the stored transition clocks.

A discharge from inpatient, residential, withdrawal-management or partial-hospitalization
care starts a step-down clock (``coordinator.domain.clocks``); the stored clock
(``transition_clock``, kept current by ``coordinator.services.derived``) says whether and
when it was met or closed by a return to 24-hour care. This module judges each clock as of
the report's day the way the caseload view does, counts it as
``coordinator.domain.clocks.reported_outcome`` says, and words why a discharge was missed
from the client's episodes.
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cached_property, partial

from sqlalchemy import Connection, select

from coordinator.domain.clocks import (
    DEFAULT_STEP_DOWN_DAYS,
    ClockKind,
    ClockState,
    ReportingStatus,
    reported_outcome,
    stored_state,
)
from coordinator.domain.vocabulary import ClientStatus, EpisodeStatus
from coordinator.domain.words import Words, said
from coordinator.reports.outcome_data import (
    CaseList,
    Figure,
    ReportSheet,
    Table,
    Unit,
    percent_text,
)
from coordinator.services.reports.dto import (
    ReportFilters,
    ReportPeriod,
    StepDownCase,
    StepDownOutcome,
    StepDownReport,
)
from coordinator.services.reports.judging import ClockJudge
from coordinator.services.reports.wording import filters_text
from coordinator.store.models import Client, Episode, LevelOfCare, TransitionClock, User

_OUTCOMES = {ReportingStatus.NUMERATOR: StepDownOutcome.MET,
             ReportingStatus.DENOMINATOR_ONLY: StepDownOutcome.MISSED,
             ReportingStatus.PENDING: StepDownOutcome.OPEN,
             ReportingStatus.EXCLUDED: StepDownOutcome.EXCLUDED}
_STARTED = (EpisodeStatus.ACTIVE.value, EpisodeStatus.COMPLETED.value)
_BATCH = 500


@dataclass(frozen=True)
class _Clock:
    client_id: int
    episode_id: int
    window_days: int
    start: date
    due: date
    state: ClockState
    closed_on: date | None
    record_number: str
    client_name: str
    payer: str
    case_manager_id: int | None
    case_manager: str
    level_code: str
    level_name: str
    intensity: int
    disposition: str


@dataclass(frozen=True)
class _Later:
    """An episode of the client that could be the next, lower level."""

    start: date
    level_code: str
    intensity: int
    started: bool


# A stored step-down clock as read, with its client and the episode left: client, episode,
# window, start, due, settled state and day, record number, family and given names, payer,
# primary case manager's id and name, level left, its name and intensity, disposition.
_ClockRow = tuple[int, int, int, date, date, str | None, date | None, str, str, str,
                  str | None, int | None, str | None, str, str, int, str]
# An episode of a client as read: client, start, level, level's intensity, status.
_LaterRow = tuple[int, date, str, int, str]


def step_down_report(connection: Connection, period: ReportPeriod, filters: ReportFilters,
                     as_of: date) -> StepDownReport:
    """The report over ``connection``, whose stored clocks the caller has brought up to
    date; ``period`` and ``filters`` are already checked."""
    read = _read(connection, period, filters, as_of)
    cases = tuple(map(read.case, read.rows))
    met_days = [case.days for case in cases
                if case.outcome is StepDownOutcome.MET and case.days is not None]
    numerator = sum(case.outcome is StepDownOutcome.MET for case in cases)
    denominator = numerator + sum(case.outcome is StepDownOutcome.MISSED for case in cases)
    return StepDownReport(
        period=period, filters=filters, as_of=as_of, window_days=read.window_days,
        denominator=denominator, numerator=numerator,
        rate=numerator / denominator if denominator else None,
        median_days=float(statistics.median(met_days)) if met_days else None,
        cases=cases, note=_note(period, filters, len(cases), denominator))


def sheet(connection: Connection, period: ReportPeriod, filters: ReportFilters,
          as_of: date) -> ReportSheet:
    """The report as the screen, the CSV file and the PDF show it, the same as
    ``step_down_sheet`` of ``step_down_report`` but counted from each clock's state alone:
    the cases behind a list (and the episodes that say why one was missed) are written
    from what was read when the list is first opened or saved."""
    read = _read(connection, period, filters, as_of)
    judge = ClockJudge(as_of)
    picked: dict[StepDownOutcome, list[_ClockRow]] = {outcome: [] for outcome in StepDownOutcome}
    per_level: Counter[tuple[str, StepDownOutcome]] = Counter()
    met_days: list[int] = []
    for row in read.rows:
        outcome = _OUTCOMES[judge.status(ClockKind.STEP_DOWN, row[5], row[6], row[4])]
        picked[outcome].append(row)
        per_level[(f"{row[14]} ({row[13]})", outcome)] += 1
        if outcome is StepDownOutcome.MET and row[6] is not None:
            # Met: closed on its settled day (stored_state), the day the next level began.
            met_days.append((row[6] - row[3]).days)
    numerator = len(picked[StepDownOutcome.MET])
    denominator = numerator + len(picked[StepDownOutcome.MISSED])
    counted = _Counted(
        period, as_of, read.window_days, numerator, denominator,
        float(statistics.median(met_days)) if met_days else None,
        {outcome: len(rows) for outcome, rows in picked.items()},
        _level_rows(per_level),
        {outcome: _later_cases(read, rows) for outcome, rows in picked.items()},
        _note(period, filters, len(read.rows), denominator))
    return _sheet(counted, filters_text(connection, filters))


def _later_cases(read: _Read, rows: Sequence[_ClockRow]) -> Callable[[], Sequence[StepDownCase]]:
    return lambda: tuple(map(read.case, rows))


class _Read:
    """The clocks read for the report (in list order) and the episodes that may have been
    the next level, from which each case is written."""

    def __init__(self, rows: Sequence[_ClockRow], later_rows: Sequence[_LaterRow],
                 as_of: date) -> None:
        self.rows = rows
        self._later_rows = later_rows
        self.as_of = as_of
        windows = {row[2] for row in rows}
        self.window_days = max(windows) if windows else DEFAULT_STEP_DOWN_DAYS

    @cached_property
    def _later(self) -> dict[int, list[_Later]]:
        found: dict[int, list[_Later]] = defaultdict(list)
        as_of = self.as_of
        for client_id, start, level, intensity, status in self._later_rows:
            started = status in _STARTED and start <= as_of
            found[client_id].append(_Later(start, level, intensity, started))
        return found

    def case(self, row: _ClockRow) -> StepDownCase:
        (client_id, episode_id, window, start, due, settled, settled_on, record_number,
         family, given, client_payer, manager_id, manager, level, level_name, intensity,
         disposition) = row
        state, closed_on = stored_state(settled, settled_on, due, self.as_of)
        clock = _Clock(client_id, episode_id, window, start, due, state, closed_on,
                       record_number, f"{family}, {given}", client_payer or "", manager_id,
                       manager or "", level, level_name, intensity, disposition)
        return _case(clock, self._later.get(client_id, ()), self.as_of)


def _read(connection: Connection, period: ReportPeriod, filters: ReportFilters,
          as_of: date) -> _Read:
    rows = _clocks(connection, period, filters, as_of)
    return _Read(rows, _later_episodes(connection, {row[0] for row in rows}, period),
                 as_of)


def _clocks(connection: Connection, period: ReportPeriod, filters: ReportFilters,
            as_of: date) -> list[_ClockRow]:
    query = (
        select(TransitionClock.client_id, TransitionClock.episode_id,
               TransitionClock.window_days, TransitionClock.start_date,
               TransitionClock.due_date, TransitionClock.settled_state,
               TransitionClock.settled_on, Client.record_number, Client.family_name,
               Client.given_name, Client.insurance_payer, Client.primary_case_manager_id,
               User.full_name, Episode.level_code, LevelOfCare.name, LevelOfCare.intensity,
               Episode.discharge_disposition)
        .join(Client, Client.id == TransitionClock.client_id)
        .join(Episode, Episode.id == TransitionClock.episode_id)
        .join(LevelOfCare, LevelOfCare.code == Episode.level_code)
        .outerjoin(User, User.id == Client.primary_case_manager_id)
        .where(TransitionClock.kind == ClockKind.STEP_DOWN.value,
               TransitionClock.start_date >= period.first_day,
               TransitionClock.start_date <= period.last_day,
               # A discharge after the report's day has not happened yet.
               TransitionClock.start_date <= as_of,
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
    rows: list[_ClockRow] = list(connection.execute(query).all())
    if filters.payer:
        return [row for row in rows if filters.payer_matches(row[10])]
    return rows


def _later_episodes(connection: Connection, client_ids: Iterable[int],
                    period: ReportPeriod) -> list[_LaterRow]:
    """The started and planned episodes of these clients (none entered in error) from the
    period's first day on (a next level starts on or after its discharge), in start order
    per client, for the next level's code and the sentence that says why a step-down was
    missed."""
    ids = sorted(client_ids)
    found: list[_LaterRow] = []
    for first in range(0, len(ids), _BATCH):
        found += connection.execute(
            select(Episode.client_id, Episode.start_date, Episode.level_code,
                   LevelOfCare.intensity, Episode.status)
            .join(LevelOfCare, LevelOfCare.code == Episode.level_code)
            .where(Episode.client_id.in_(ids[first:first + _BATCH]),
                   Episode.entered_in_error.is_(False),
                   Episode.status.in_((*_STARTED, EpisodeStatus.PLANNED.value)),
                   Episode.start_date >= period.first_day)
            .order_by(Episode.client_id, Episode.start_date, Episode.id)).all()
    return found


def _case(clock: _Clock, later: Sequence[_Later], as_of: date) -> StepDownCase:
    reported = reported_outcome(ClockKind.STEP_DOWN, clock.state, due=clock.due,
                                closed_on=clock.closed_on, readmitted_on=None)
    outcome = _OUTCOMES[reported.status]
    lower = [episode for episode in later if episode.start >= clock.start
             and episode.intensity < clock.intensity]
    started = next((episode for episode in lower if episode.started), None)
    days: int | None
    next_level: str | None
    reason = ""
    if outcome is StepDownOutcome.MET:
        # Met by the lower level's start, or by a kept intake at a lower level (no episode).
        days = (clock.closed_on - clock.start).days if clock.closed_on else None
        next_level = started.level_code if started and started.start == clock.closed_on \
            else None
    else:
        days = (started.start - clock.start).days if started else None
        next_level = started.level_code if started else None
        reason = _reason(clock, outcome, reported.reason, started, lower, as_of)
    return StepDownCase(
        client_id=clock.client_id, client_name=clock.client_name,
        record_number=clock.record_number, episode_id=clock.episode_id,
        discharge_date=clock.start, due_date=clock.due, level_code=clock.level_code,
        level_name=clock.level_name, outcome=outcome, days=days, next_level_code=next_level,
        reason=reason, discharge_disposition=clock.disposition,
        case_manager_id=clock.case_manager_id, case_manager=clock.case_manager)


def _reason(clock: _Clock, outcome: StepDownOutcome, excluded_because: str,
            started: _Later | None, lower: Sequence[_Later], as_of: date) -> str:
    """Why a discharge is not met: what the record says, in one or two sentences."""
    if outcome is StepDownOutcome.EXCLUDED:
        return excluded_because
    if outcome is StepDownOutcome.OPEN:
        return said("StepDownReport",
                    "Open until %1: not counted until the window ends.").arg(clock.due)
    sentence: Words
    if started is not None:
        sentence = said("StepDownReport",
                        "%1 started on day %2 (%3), after the %4-day window.").arg(
            started.level_code, (started.start - clock.start).days, started.start,
            clock.window_days)
    else:
        planned = next((episode for episode in lower if not episode.started), None)
        sentence = said("StepDownReport", "No lower level of care started by %1.").arg(as_of)
        if planned is not None:
            sentence = said("StepDownReport",
                            "No lower level of care started by %1; %2 is planned from "
                            "%3.").arg(as_of, planned.level_code, planned.start)
    if clock.disposition:
        sentence = said("StepDownReport", "%1 Discharge disposition: %2.").arg(
            sentence, clock.disposition)
    return sentence


def _note(period: ReportPeriod, filters: ReportFilters, discharges: int,
          denominator: int) -> str:
    """A sentence when there is nothing to count, else ""."""
    narrowed = filters != ReportFilters()
    days = (period.first_day, period.last_day)
    if not discharges:
        if narrowed:
            return said("StepDownReport",
                        "No discharges from 24-hour care or partial hospitalization "
                        "matching the filters between %1 and %2.").arg(*days)
        return said("StepDownReport",
                    "No discharges from 24-hour care or partial hospitalization "
                    "between %1 and %2.").arg(*days)
    if denominator == 0:
        if narrowed:
            return said("StepDownReport",
                        "No discharge from 24-hour care or partial hospitalization "
                        "matching the filters between %1 and %2 has a decided "
                        "step-down window yet.").arg(*days)
        return said("StepDownReport",
                    "No discharge from 24-hour care or partial hospitalization "
                    "between %1 and %2 has a decided step-down window yet.").arg(*days)
    return ""


STEP_DOWN_MISSES = "step_down.misses"
STEP_DOWN_MET = "step_down.met"
STEP_DOWN_OPEN = "step_down.open"
STEP_DOWN_EXCLUDED = "step_down.excluded"
_CASE_COLUMNS = (
    said("StepDownReport", "Client"), said("StepDownReport", "Record number"),
    said("StepDownReport", "Left"), said("StepDownReport", "Discharged"),
    said("StepDownReport", "Due"), said("StepDownReport", "Days"),
    said("StepDownReport", "Next level"), said("StepDownReport", "Case manager"),
    said("StepDownReport", "Reason"))


@dataclass(frozen=True)
class _Counted:
    """What the sheet shows: the counts, and the cases of each outcome written on demand
    (in list order)."""

    period: ReportPeriod
    as_of: date
    window_days: int
    numerator: int
    denominator: int
    median_days: float | None
    counts: Mapping[StepDownOutcome, int]
    # Per level left ("Name (CODE)"): discharges, met, decided.
    by_level: tuple[tuple[str, int, int, int], ...]
    cases: Mapping[StepDownOutcome, Callable[[], Sequence[StepDownCase]]]
    note: str

    @property
    def rate(self) -> float | None:
        return self.numerator / self.denominator if self.denominator else None


def _level_rows(per_level: Mapping[tuple[str, StepDownOutcome], int],
                ) -> tuple[tuple[str, int, int, int], ...]:
    levels = sorted({level for level, _outcome in per_level})
    rows = []
    for level in levels:
        met = per_level.get((level, StepDownOutcome.MET), 0)
        decided = met + per_level.get((level, StepDownOutcome.MISSED), 0)
        rows.append((level, sum(per_level.get((level, outcome), 0)
                                for outcome in StepDownOutcome), met, decided))
    return tuple(rows)


def step_down_sheet(report: StepDownReport, filters_text: str) -> ReportSheet:
    """The report as the screen, the CSV file and the PDF show it."""
    per_level: Counter[tuple[str, StepDownOutcome]] = Counter(
        (f"{case.level_name} ({case.level_code})", case.outcome) for case in report.cases)
    picked = {outcome: report.of(outcome) for outcome in StepDownOutcome}
    counted = _Counted(
        report.period, report.as_of, report.window_days, report.numerator,
        report.denominator, report.median_days,
        {outcome: len(cases) for outcome, cases in picked.items()}, _level_rows(per_level),
        {outcome: partial(tuple, cases) for outcome, cases in picked.items()}, report.note)
    return _sheet(counted, filters_text)


def _sheet(report: _Counted, filters_text: str) -> ReportSheet:
    window = report.window_days
    definition = said(
        "StepDownReport",
        "Of the discharges from inpatient, residential, withdrawal-management or partial-"
        "hospitalization care in the period, the share that started a lower level of care "
        "(IOP, outpatient) within %1 days (day 0 is the discharge day; day %1 "
        "counts). Judged on %2: discharges whose window is still "
        "open are listed but not counted, and a return to 24-hour care before any step-down "
        "leaves the discharge out.").arg(window, report.as_of)
    counts = report.counts
    figures = (
        Figure("step_down.rate",
               said("StepDownReport", "Stepped down within %1 days").arg(window), report.rate,
               Unit.PERCENT, report.numerator, report.denominator, list_key=STEP_DOWN_MET),
        Figure("step_down.median_days",
               said("StepDownReport", "Median days to the next level (met)"),
               report.median_days, Unit.DAYS,
               detail=said("StepDownReport", "over %1 met").arg(counts[StepDownOutcome.MET])),
        Figure("step_down.missed", said("StepDownReport", "Missed"),
               float(counts[StepDownOutcome.MISSED]),
               Unit.COUNT, list_key=STEP_DOWN_MISSES),
        Figure("step_down.open", said("StepDownReport", "Window still open"),
               float(counts[StepDownOutcome.OPEN]),
               Unit.COUNT, list_key=STEP_DOWN_OPEN),
        Figure("step_down.excluded", said("StepDownReport", "Left out (back in 24-hour care)"),
               float(counts[StepDownOutcome.EXCLUDED]), Unit.COUNT,
               list_key=STEP_DOWN_EXCLUDED),
    )
    level_rows = tuple(
        (level, str(discharges), str(met), str(decided),
         percent_text(met / decided if decided else None))
        for level, discharges, met, decided in report.by_level)
    table = Table("step_down.by_level", said("StepDownReport", "By level left"),
                  (said("StepDownReport", "Level left"), said("StepDownReport", "Discharges"),
                   said("StepDownReport", "Met"), said("StepDownReport", "Decided"),
                   said("StepDownReport", "Rate")), level_rows,
                  numeric=frozenset({1, 2, 3, 4}))
    lists = tuple(
        _case_list(key, title, counts[outcome], report.cases[outcome])
        for key, title, outcome in (
            (STEP_DOWN_MISSES, said("StepDownReport", "Missed step-downs"), StepDownOutcome.MISSED),
            (STEP_DOWN_MET, said("StepDownReport", "Stepped down in time"), StepDownOutcome.MET),
            (STEP_DOWN_OPEN, said("StepDownReport", "Window still open"), StepDownOutcome.OPEN),
            (STEP_DOWN_EXCLUDED, said("StepDownReport", "Back in 24-hour care first"),
             StepDownOutcome.EXCLUDED)))
    return ReportSheet(
        name="step-down", title=said("Reports", "Step-down within the window"),
        first_day=report.period.first_day, last_day=report.period.last_day,
        as_of=report.as_of, filters=filters_text, definition=definition, figures=figures,
        tables=(table,), lists=lists, note=report.note)


def _case_row(case: StepDownCase) -> tuple[str, ...]:
    return (case.client_name, case.record_number, case.level_code,
            case.discharge_date.isoformat(), case.due_date.isoformat(),
            "" if case.days is None else str(case.days), case.next_level_code or "",
            case.case_manager, case.reason)


def _case_list(key: str, title: Words, size: int,
               cases: Callable[[], Sequence[StepDownCase]]) -> CaseList:
    """The discharges of one outcome; the rows are written when first opened or saved."""
    def build() -> tuple[tuple[tuple[str, ...], ...], tuple[int, ...]]:
        written = cases()
        return tuple(map(_case_row, written)), tuple(case.client_id for case in written)

    return CaseList.later(key, title, _CASE_COLUMNS, size, build)
