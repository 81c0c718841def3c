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
readmission or direct transfer to 24-hour care within 30 days is in neither its 7-day nor
its 30-day rate (NCQA HEDIS MY 2025 FUH and FUI denominator exclusion), while the worklist
shows that clock transferred, or met or missed as it happened. What it returns is defined
in ``follow_up_counts``; ``follow_up_sheet`` writes it as a sheet.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from functools import cached_property, partial
from typing import NamedTuple

from sqlalchemy import ColumnElement, Connection, and_, select
from sqlalchemy import case as when

from coordinator.domain.clocks import (
    FOLLOW_UP_DAYS,
    IET_INITIATION_DAYS,
    READMISSION_EXCLUSION_DAYS,
    ClockKind,
    ClockState,
    ReportingStatus,
    reported_outcome,
    stored_state,
)
from coordinator.domain.vocabulary import ClientStatus
from coordinator.domain.words import Words, said
from coordinator.services.clocks import first_readmission
from coordinator.services.reports.dto import ReportFilters, ReportPeriod
from coordinator.services.reports.follow_up_counts import (
    MEASURES,
    FollowUpCase,
    FollowUpOutcome,
    FollowUpReport,
    Measure,
    MeasureCount,
    Tally,
)
from coordinator.services.reports.judging import ClockJudge
from coordinator.store.models import (
    Client,
    Episode,
    LevelOfCare,
    TransitionClock,
    User,
)

_OUTCOMES = {ReportingStatus.NUMERATOR: FollowUpOutcome.MET,
             ReportingStatus.DENOMINATOR_ONLY: FollowUpOutcome.MISSED,
             ReportingStatus.PENDING: FollowUpOutcome.OPEN,
             ReportingStatus.EXCLUDED: FollowUpOutcome.EXCLUDED}
_BY_KIND = {measure.kind.value: measure for measure in MEASURES}
_KINDS = {kind.value: kind for kind in ClockKind}
# The 7-day clock of a discharge and the 30-day clock of the same discharge: a missed 7-day
# follow-up says when the first visit came, which the 30-day clock knows.
_LONGER = {ClockKind.FUH7.value: ClockKind.FUH30.value,
           ClockKind.FUI7.value: ClockKind.FUI30.value}
# The longest window of these clocks: a clock's due date is at most this many days after its
# start, so the due-date index narrows the read to the period and this many days after it.
_LONGEST_WINDOW = max(*FOLLOW_UP_DAYS.values(), IET_INITIATION_DAYS)
_THIRTY_DAY = frozenset({ClockKind.FUH30.value, ClockKind.FUI30.value})
_READMISSION_KINDS = frozenset({*_LONGER, *_THIRTY_DAY})
# What met a clock, as its list says.
_BY_APPOINTMENT = said("FollowUpReport", "Kept appointment")
_BY_EPISODE = said("FollowUpReport", "Care episode")
_BY_ADMISSION = said("FollowUpReport", "24-hour admission")


class _Started(NamedTuple):
    """The episode that started a clock (the stay left, or the new episode), and its
    client as recorded now."""

    level_code: str
    end: date | None
    disposition: str
    client_name: str
    record_number: str
    case_manager_id: int | None


# A stored clock as read: kind (a ClockKind value), client, episode, start, due, settled
# state and day, the episode that settled it, the first readmission (30-day clocks only).
_Row = tuple[str, int, int, date, date, str | None, date | None, int | None, date | None]
# An episode that started a clock, with its client, as read: episode id, level, end,
# disposition, client id, record number, family and given names and their sort keys,
# payer, primary case manager.
_EpisodeRow = tuple[int, str, date | None, str, int, str, str, str, str, str, str | None,
                    int | None]


def follow_up_report(connection: Connection, period: ReportPeriod, filters: ReportFilters,
                     as_of: date) -> FollowUpReport:
    """The five rates over ``connection``, whose stored clocks the caller has brought up to
    date; ``period`` and ``filters`` are already checked.

    Two set-based reads over the same range of the due-date index: the clocks, and the
    episodes that started them with their clients (a discharge's 7- and 30-day clocks share
    one episode and one client, read once). The counts are made from each clock's state
    and readmission alone; the cases behind them (names, sentences, name order) are written
    from the same two reads when a list is first opened or saved.
    """
    in_period = _in_period(period, as_of)
    rows = _stored_clocks(connection, in_period, as_of)
    started = _started_episodes(connection, in_period, filters)
    rows = [row for row in rows if row[2] in started]
    # A discharge's readmission is read with its 30-day clock and holds for its 7-day one
    # too (HEDIS checks the same 30 days for both rates). As ClockRow reads it: the first
    # 24-hour admission counts within the 30 days after the discharge.
    readmitted = {row[2]: row[8] for row in rows if row[8] is not None
                  and (row[8] - row[3]).days <= READMISSION_EXCLUSION_DAYS}
    names = dict(connection.execute(select(LevelOfCare.code, LevelOfCare.name)).all())
    managers = dict(connection.execute(select(User.id, User.full_name)).all())
    judge = ClockJudge(as_of)
    picked: dict[tuple[str, FollowUpOutcome], list[_Row]] = defaultdict(list)
    per_level: Counter[tuple[str, str, FollowUpOutcome]] = Counter()
    for row in rows:
        kind = row[0]
        outcome = _OUTCOMES[judge.status(
            _KINDS[kind], row[5], row[6], row[4],
            readmitted.get(row[2]) if kind in _READMISSION_KINDS else None)]
        picked[(kind, outcome)].append(row)
        per_level[(kind, started[row[2]][1], outcome)] += 1
    clocks = _Clocks(rows, picked, started, readmitted, names, managers, as_of)
    measures = tuple(_measure(measure, per_level, names, clocks) for measure in MEASURES)
    return FollowUpReport(period, filters, as_of, measures, _note(period, filters, measures))


def _measure(measure: Measure, per_level: Mapping[tuple[str, str, FollowUpOutcome], int],
             names: Mapping[str, str], clocks: _Clocks) -> MeasureCount:
    levels: dict[str, dict[FollowUpOutcome, int]] = defaultdict(dict)
    for (kind, level_code, outcome), count in per_level.items():
        if kind == measure.kind.value:
            levels[f"{names.get(level_code, level_code)} ({level_code})"][outcome] = count
    tally = Tally(*(sum(level.get(outcome, 0) for level in levels.values())
                    for outcome in (FollowUpOutcome.MET, FollowUpOutcome.MISSED,
                                    FollowUpOutcome.EXCLUDED, FollowUpOutcome.OPEN)))
    by_level = tuple((label, Tally.of(levels[label])) for label in sorted(levels))
    return MeasureCount(measure, tally, by_level,
                        partial(clocks.cases, measure.kind.value))


class _Clocks:
    """What the report read, from which a list's cases are written when first asked for:
    the clocks counted (in the order read) and picked out by measure and outcome, the
    episodes that started them and their clients, the readmissions, the levels' and case
    managers' names."""

    def __init__(self, rows: Sequence[_Row],
                 picked: Mapping[tuple[str, FollowUpOutcome], Sequence[_Row]],
                 started: Mapping[int, _EpisodeRow], readmitted: Mapping[int, date],
                 names: Mapping[str, str], managers: Mapping[int, str], as_of: date) -> None:
        self._rows = rows
        self._picked = picked
        self._started = started
        self._readmitted = readmitted
        self._names = names
        self._managers = managers
        self._as_of = as_of
        self._episodes: dict[int, _Started] = {}

    def cases(self, kind: str, outcome: FollowUpOutcome) -> tuple[FollowUpCase, ...]:
        """One measure's clocks counted as ``outcome``, oldest first, then by the client's
        name."""
        order = self._name_order
        rows = sorted(self._picked.get((kind, outcome), ()),
                      key=lambda row: (row[3], order[row[1]], row[2]))
        longer_kind = _LONGER.get(kind)
        thirty_day = self._thirty_day
        readmission = kind in _READMISSION_KINDS
        found: list[FollowUpCase] = []
        for row in rows:
            episode_id = row[2]
            episode = self._episode(episode_id)
            found.append(_case(
                row, self._readmitted.get(episode_id) if readmission else None,
                thirty_day.get((episode_id, longer_kind)) if longer_kind else None,
                episode, self._names.get(episode.level_code, episode.level_code),
                self._managers.get(episode.case_manager_id, "")
                if episode.case_manager_id else "", self._as_of))
        return tuple(found)

    @cached_property
    def _name_order(self) -> dict[int, int]:
        """Each client's place in name order (family, given, then id)."""
        keys = {row[4]: (row[8], row[9], row[4]) for row in self._started.values()}
        return {client_id: place
                for place, client_id in enumerate(sorted(keys, key=keys.__getitem__))}

    @cached_property
    def _thirty_day(self) -> dict[tuple[int, str], _Row]:
        return {(row[2], row[0]): row for row in self._rows if row[0] in _THIRTY_DAY}

    def _episode(self, episode_id: int) -> _Started:
        found = self._episodes.get(episode_id)
        if found is None:
            (_id, level, end, disposition, _client_id, record_number, family, given, _fk,
             _gk, _payer, manager_id) = self._started[episode_id]
            found = self._episodes[episode_id] = _Started(
                level, end, disposition, f"{family}, {given}", record_number, manager_id)
        return found


def _in_period(period: ReportPeriod, as_of: date) -> ColumnElement[bool]:
    """The stored clocks of the five measures started in the period, by the report's day."""
    last = min(period.last_day, as_of)  # a discharge after the report's day has not happened
    return and_(TransitionClock.kind.in_([measure.kind.value for measure in MEASURES]),
                # A clock is due at most the longest window after its start: the due-date
                # index narrows the read to the period and that many days after it.
                TransitionClock.due_date >= period.first_day,
                TransitionClock.due_date <= last + timedelta(days=_LONGEST_WINDOW),
                TransitionClock.start_date >= period.first_day,
                TransitionClock.start_date <= last)


def _stored_clocks(connection: Connection, in_period: ColumnElement[bool],
                   as_of: date) -> Sequence[_Row]:
    """The clocks as stored, with the first readmission after a discharge read by the
    worklist's own column (``first_readmission``), for the 30-day clocks only."""
    readmission = when((TransitionClock.kind.in_(sorted(_THIRTY_DAY)),
                        first_readmission(as_of)), else_=None)
    return connection.execute(
        select(TransitionClock.kind, TransitionClock.client_id, TransitionClock.episode_id,
               TransitionClock.start_date, TransitionClock.due_date,
               TransitionClock.settled_state, TransitionClock.settled_on,
               TransitionClock.settled_by_episode_id, readmission).where(in_period)).all()


def _started_episodes(connection: Connection, in_period: ColumnElement[bool],
                      filters: ReportFilters) -> dict[int, _EpisodeRow]:
    """The episodes that started the clocks, those of the level, program and track asked
    for, of clients (archived ones are off every report) of the case manager and payer
    asked for, as recorded now."""
    query = (select(Episode.id, Episode.level_code, Episode.end_date,
                    Episode.discharge_disposition, Client.id, Client.record_number,
                    Client.family_name, Client.given_name, Client.family_name_key,
                    Client.given_name_key, Client.insurance_payer,
                    Client.primary_case_manager_id)
             .join(Client, Client.id == Episode.client_id)
             .where(Episode.id.in_(select(TransitionClock.episode_id).where(in_period)),
                    Client.status != ClientStatus.ARCHIVED.value))
    if filters.level_code:
        query = query.where(Episode.level_code == filters.level_code)
    if filters.facility_id is not None:
        query = query.where(Episode.facility_id == filters.facility_id)
    if filters.track:
        query = query.where(Episode.track == filters.track)
    if filters.case_manager_id is not None:
        query = query.where(Client.primary_case_manager_id == filters.case_manager_id)
    rows: Sequence[_EpisodeRow] = connection.execute(query).all()
    if filters.payer:
        return {row[0]: row for row in rows if filters.payer_matches(row[10])}
    return {row[0]: row for row in rows}


def _case(row: _Row, readmitted_on: date | None, longer: _Row | None, episode: _Started,
          level_name: str, case_manager: str, as_of: date) -> FollowUpCase:
    kind = _KINDS[row[0]]
    state, closed_on = stored_state(row[5], row[6], row[4], as_of)
    due = row[4]
    reported = reported_outcome(kind, state, due=due, closed_on=closed_on,
                                readmitted_on=readmitted_on)
    outcome = _OUTCOMES[reported.status]
    met_by: str = ""
    settled_by = row[7]
    if state is ClockState.MET:
        # A clock met by a kept appointment names no episode (derived._stored).
        if settled_by is None:
            met_by = _BY_APPOINTMENT
        elif settled_by == row[2]:  # IET: the new episode is itself 24-hour care
            met_by = _BY_ADMISSION
        else:
            met_by = _BY_EPISODE
    if outcome is FollowUpOutcome.MISSED:
        reason = _miss_reason(row, longer, episode, as_of)
    else:
        reason = reported.reason  # "" when met
    return FollowUpCase(
        kind, row[1], episode.client_name, episode.record_number, row[2], row[3], due,
        episode.level_code, level_name, outcome, state,
        closed_on if state is ClockState.MET else None, met_by, readmitted_on, reason,
        episode.case_manager_id, case_manager)


def _miss_reason(row: _Row, longer: _Row | None, episode: _Started, as_of: date) -> str:
    """Why a clock was missed: what the record says, in one or two sentences."""
    measure = _BY_KIND[row[0]]
    start, due = row[3], row[4]
    state, closed_on = (stored_state(longer[5], longer[6], longer[4], as_of)
                        if longer is not None else (None, None))
    sentence: Words
    if measure.kind is ClockKind.IET_INITIATION:
        sentence = said("FollowUpReport",
                        "No %1 besides the episode's own admission from day 0 to day %2 "
                        "(to %3).").arg(measure.visit, IET_INITIATION_DAYS - 1, due)
        if episode.end is not None and episode.end <= as_of:
            sentence = said("FollowUpReport", "%1 The %2 episode ended on %3.").arg(
                sentence, episode.level_code, episode.end)
    elif state is ClockState.MET and closed_on is not None:
        sentence = said("FollowUpReport",
                        "First %1 on day %2 (%3), after the 7-day window.").arg(
            measure.visit, (closed_on - start).days, closed_on)
    elif state is ClockState.OPEN and longer is not None:
        sentence = said("FollowUpReport",
                        "No %1 by %2; the 30-day window is open until %3.").arg(
            measure.visit, as_of, longer[4])
    elif state is ClockState.MISSED and longer is not None:
        sentence = said("FollowUpReport",
                        "No %1 in the 30 days after the discharge (to %2).").arg(
            measure.visit, longer[4])
    else:
        sentence = said("FollowUpReport", "No %1 from day 1 to day %2 (to %3).").arg(
            measure.visit, (due - start).days, due)
    if episode.disposition:
        sentence = said("FollowUpReport", "%1 Discharge disposition: %2.").arg(
            sentence, episode.disposition)
    return sentence


def _note(period: ReportPeriod, filters: ReportFilters,
          measures: Sequence[MeasureCount]) -> str:
    """A sentence when there is nothing to count, else ""."""
    narrowed = filters != ReportFilters()
    days = (period.first_day, period.last_day)
    if not any(found.eligible for found in measures):
        if narrowed:
            return said("FollowUpReport",
                        "No discharges from inpatient, residential or withdrawal-management "
                        "care and no new substance-use episodes that FUH, FUI or IET count "
                        "matching the filters between %1 and %2.").arg(*days)
        return said("FollowUpReport",
                    "No discharges from inpatient, residential or withdrawal-management care "
                    "and no new substance-use episodes that FUH, FUI or IET count between %1 "
                    "and %2.").arg(*days)
    if not any(found.denominator for found in measures):
        if narrowed:
            return said("FollowUpReport",
                        "No discharge or new substance-use episode matching the filters "
                        "between %1 and %2 has a decided follow-up yet.").arg(*days)
        return said("FollowUpReport",
                    "No discharge or new substance-use episode between %1 and %2 has a "
                    "decided follow-up yet.").arg(*days)
    return ""

