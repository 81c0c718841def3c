"""Symptom change on the PHQ-9 and the GAD-7: of the clients who started a course of care
with a score of 10 or more in the period, how many responded, remitted or reliably
improved by their latest score at least 14 days later, and the mean change with its 95 %
confidence interval.

Pairing rule. A course of care is a run of a client's episodes (none entered in error,
none planned or cancelled) in which each episode starts no later than the clinic's
step-down window after the run's last day so far (a step from PHP to IOP continues the
course). The baseline is the course's first score on the instrument; it counts when it was
given in the period and is 10 or more (the instruments' clinical cut-off, below which
response and remission are not judged). The follow-up is the course's latest score on the
same instrument given at least ``MIN_DAYS`` days after the baseline and on or before the
report's day. Scores given outside any episode are not paired. The PHQ-A (the PHQ-9 for
adolescents, scored, banded and judged alike) is reported with the PHQ-9, each pair on one
instrument.

The thresholds are the instruments' own (``coordinator.domain.instruments``): response a
drop of 50 % or more and remission a follow-up below 5 (Kroenke & Spitzer 2002);
reliable improvement a drop of at least 6 points on the PHQ-9 and 4 on the GAD-7, and
reliable deterioration a rise as large (NHS Talking Therapies (IAPT) Manual, from the
instruments' published reliability).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from datetime import date, timedelta
from typing import NamedTuple, cast

from sqlalchemy import Connection, case, select

from coordinator.domain.instruments import DEFINITIONS, Outcome, outcomes
from coordinator.domain.outcome_stats import MeanInterval, mean_interval
from coordinator.domain.vocabulary import ClientStatus, EpisodeStatus, Instrument
from coordinator.domain.words import Words, joined, said
from coordinator.reports.outcome_data import (
    CaseList,
    Figure,
    ReportSheet,
    Table,
    Unit,
    percent_text,
)
from coordinator.services.reports.dto import ReportFilters, ReportPeriod
from coordinator.services.reports.wording import filters_text
from coordinator.services.settings import read_settings
from coordinator.store.models import (
    Assessment,
    Client,
    Episode,
    LevelOfCare,
    User,
)
from coordinator.store.sql_functions import day_number, day_text, one_of

MIN_DAYS = 14
_MIN_GAP = timedelta(days=MIN_DAYS)
#: The instruments reported, and the administrations reported under each.
GROUPS: dict[Instrument, tuple[Instrument, ...]] = {
    Instrument.PHQ9: (Instrument.PHQ9, Instrument.PHQA),
    Instrument.GAD7: (Instrument.GAD7,),
}
_GROUP_OF = {member: group for group, members in GROUPS.items() for member in members}
_INSTRUMENTS = {member.value: member for member in _GROUP_OF}
_SLUGS = {Instrument.PHQ9: "phq9", Instrument.GAD7: "gad7"}
_CUTOFF = min(DEFINITIONS[member].outcome_baseline or 0 for member in _GROUP_OF)
_STARTED = (EpisodeStatus.ACTIVE.value, EpisodeStatus.COMPLETED.value)


class _Episode(NamedTuple):
    """The episode of a baseline: what the report groups and filters by."""

    id: int
    level_code: str
    level_name: str
    intensity: int
    facility_id: int | None
    track: str | None


# A course's first or latest score on an instrument: given on (``YYYY-MM-DD``), total.
_Score = tuple[str, int]


class Pair(NamedTuple):
    """A course's baseline of 10 or more and its follow-up (None when there is none yet),
    with the change and the outcome words (a named tuple: a large clinic has thousands)."""

    client_id: int
    client_name: str
    record_number: str
    case_manager: str
    group: Instrument
    instrument: Instrument
    episode: _Episode  # the episode of the baseline
    baseline_on: date
    baseline: int
    follow_up_on: date | None
    follow_up: int | None
    change: int | None
    words: tuple[Outcome, ...]


def _baseline_order(pair: Pair) -> tuple[date, str, int, str]:
    return pair.baseline_on, pair.client_name, pair.client_id, pair.instrument.value


def pairs(connection: Connection, period: ReportPeriod, filters: ReportFilters,
          as_of: date) -> list[Pair]:
    """Every baseline of 10 or more in the period matching ``filters`` (with or without a
    follow-up), client by client in the order of their ids (``_baseline_order`` puts them
    in baseline order)."""
    window = int(read_settings(connection)["step_down_window_days"])
    codes = [code.value for group in GROUPS.values() for code in group]
    last = min(period.last_day, as_of)
    if last < period.first_day:
        return []
    in_period = (select(Assessment.client_id)
                 .where(Assessment.instrument.in_(codes),
                        Assessment.entered_in_error.is_(False),
                        Assessment.episode_id.is_not(None),
                        # Only a score at or above the cut-off can be a counted baseline.
                        Assessment.total >= _CUTOFF,
                        Assessment.administered_on >= period.first_day,
                        Assessment.administered_on <= last))
    query = (select(Client.id, Client.family_name, Client.given_name, Client.record_number,
                    Client.insurance_payer, User.full_name)
             .outerjoin(User, User.id == Client.primary_case_manager_id)
             .where(Client.id.in_(in_period), Client.status != ClientStatus.ARCHIVED.value))
    if filters.case_manager_id is not None:
        query = query.where(Client.primary_case_manager_id == filters.case_manager_id)
    clients = {client_id: (f"{family}, {given}", record_number, manager or "")
               for client_id, family, given, record_number, client_payer, manager
               in connection.execute(query).all()
               if filters.payer_matches(client_payer)}
    found = []
    for client_id, code, baseline, latest, episode in _read(
            connection, sorted(clients), codes, period.first_day, last, as_of, window):
        if _matches(episode, filters):
            pair = _pair(client_id, clients[client_id], _INSTRUMENTS[code], baseline, latest,
                         episode)
            if pair is not None:
                found.append(pair)
    return found


# An episode's reach, as the course rule reads it: the day number of its last day, or
# ``_GOING_ON`` while it goes on after the report's day.
_GOING_ON = 10 ** 9
_CHUNK = 5000  # clients per read
# A course of care: its client and its number among the client's courses.
_Course = tuple[int, int]
# A score as read: client, instrument, given on (``YYYY-MM-DD``), episode, total.
_ScoreRow = tuple[int, str, str, int, int]
# An episode as read, after its client, id, first day and reach: level, program, track.
_EpisodeRow = tuple[int, int, float, float | None, str, int | None, str | None]


def _read(connection: Connection, client_ids: Sequence[int], codes: Sequence[str],
          first_day: date, last_day: date, as_of: date, window: int
          ) -> Iterator[tuple[int, str, _Score, _Score, _Episode]]:
    """Each course of care's first score on each instrument given from ``first_day`` to
    ``last_day`` (a baseline, if high enough), with the course's latest score on the
    instrument and the first one's episode, for the clients ``client_ids``. Scores given
    outside any started episode of the client are not paired.

    For each ``_CHUNK`` clients, two narrow reads served by the client indexes in the
    order of days, and the courses worked out here. (Grouping the scores by course in SQL
    took window functions over every episode and a string key for every score: more than
    reading the rows.)
    """
    course_of: dict[int, _Course] = {}
    described: dict[int, _EpisodeRow] = {}
    # Each course's first score (day, episode, total) and latest (day, total) on each
    # instrument, read in the order given (the id breaks ties between scores of one day).
    first: dict[tuple[_Course, str], tuple[str, int, int]] = {}
    latest: dict[tuple[_Course, str], tuple[str, int]] = {}
    scores = (select(Assessment.client_id, Assessment.instrument,
                     day_text(Assessment.administered_on), Assessment.episode_id,
                     Assessment.total)
              .where(one_of(Assessment.client_id, "clients"),
                     Assessment.instrument.in_(codes),
                     Assessment.entered_in_error.is_(False), Assessment.total.is_not(None),
                     Assessment.episode_id.is_not(None),
                     Assessment.administered_on <= as_of)
              .order_by(Assessment.client_id, Assessment.administered_on, Assessment.id))
    for start_at in range(0, len(client_ids), _CHUNK):
        chosen = client_ids[start_at:start_at + _CHUNK]
        _number_courses(connection, chosen, as_of, window, course_of, described)
        # Neither the episode nor the total is NULL: the statement leaves those out.
        rows = cast(Sequence[_ScoreRow],
                    connection.execute(scores, {"clients": chosen}).all())
        for client_id, code, given_on, episode_id, score in rows:
            course = course_of.get(episode_id)
            if course is None or course[0] != client_id:
                continue  # not in a started episode of the client's
            key = (course, code)
            if key not in first:
                first[key] = (given_on, episode_id, score)
            latest[key] = (given_on, score)
    levels = {code: (name, intensity) for code, name, intensity in connection.execute(
        select(LevelOfCare.code, LevelOfCare.name, LevelOfCare.intensity)).all()}
    episodes: dict[int, _Episode] = {}

    def episode_of(episode_id: int) -> _Episode:
        if (found := episodes.get(episode_id)) is None:
            *_, level, facility_id, track = described[episode_id]
            name, intensity = levels[level]
            found = episodes[episode_id] = _Episode(episode_id, level, name, intensity,
                                                    facility_id, track)
        return found

    since, until = first_day.isoformat(), last_day.isoformat()
    for (course, code), (given_on, episode_id, total) in first.items():
        if since <= given_on <= until:
            yield (course[0], code, (given_on, total), latest[(course, code)],
                   episode_of(episode_id))


def _number_courses(connection: Connection, client_ids: Sequence[int], as_of: date,
                    window: int, course_of: dict[int, _Course],
                    described: dict[int, _EpisodeRow]) -> None:
    """Put each started episode of ``client_ids`` in its course (into ``course_of``) and
    keep its row (into ``described``). An episode begins a new course when it starts more
    than ``window`` days after the latest end of the client's earlier episodes; an episode
    still going on, or ending after ``as_of``, reaches every later start."""
    client_now: int | None = None
    number, reached = 0, 0.0
    rows = cast(Sequence[_EpisodeRow], connection.execute(
        select(Episode.client_id, Episode.id, day_number(Episode.start_date),
               # The last day's number when the episode has ended by the report's day.
               case((Episode.end_date <= as_of, day_number(Episode.end_date))),
               Episode.level_code, Episode.facility_id, Episode.track)
        .where(one_of(Episode.client_id, "clients"), Episode.entered_in_error.is_(False),
               Episode.status.in_(_STARTED), Episode.start_date <= as_of)
        .order_by(Episode.client_id, Episode.start_date, Episode.id),
        {"clients": client_ids}).all())
    for row in rows:
        client_id, episode_id, starts, ends = row[:4]
        if client_id != client_now:
            client_now, number, reached = client_id, 1, 0.0
        elif starts > reached + window:
            number += 1
        course_of[episode_id] = (client_id, number)
        described[episode_id] = row
        reached = max(reached, _GOING_ON if ends is None else ends)


# The outcome words of each baseline and follow-up on each instrument, worked out once.
_OUTCOMES: dict[tuple[Instrument, int, int], tuple[Outcome, ...]] = {}


def _pair(client_id: int, client: tuple[str, str, str], instrument: Instrument,
          baseline: _Score, last: _Score, episode: _Episode) -> Pair | None:
    """The pair of a course's first (``baseline``, given in ``episode`` in the period) and
    latest score on one instrument; None when the baseline is below the instrument's
    cut-off. ``client``: name, record number and case manager."""
    (baseline_text, baseline_total), (last_text, last_total) = baseline, last
    if baseline_total < (DEFINITIONS[instrument].outcome_baseline or 0):
        return None
    baseline_on, last_on = date.fromisoformat(baseline_text), date.fromisoformat(last_text)
    # No score is after the report's day: the latest one is the follow-up when it is late
    # enough.
    if last_on < baseline_on + _MIN_GAP:
        return Pair(client_id, *client, _GROUP_OF[instrument], instrument, episode,
                    baseline_on, baseline_total, None, None, None, ())
    key = (instrument, baseline_total, last_total)
    if (words := _OUTCOMES.get(key)) is None:
        words = _OUTCOMES[key] = outcomes(*key)
    return Pair(client_id, *client, _GROUP_OF[instrument], instrument, episode, baseline_on,
                baseline_total, last_on, last_total, last_total - baseline_total, words)


def _matches(episode: _Episode, filters: ReportFilters) -> bool:
    return ((not filters.level_code or episode.level_code == filters.level_code)
            and (filters.facility_id is None or episode.facility_id == filters.facility_id)
            and (not filters.track or episode.track == filters.track))


# --- the sheet --------------------------------------------------------------------------

_COLUMNS = (said("SymptomsReport", "Client"), said("SymptomsReport", "Record number"),
            said("SymptomsReport", "Instrument"), said("SymptomsReport", "Level"),
            said("SymptomsReport", "Baseline on"), said("SymptomsReport", "Baseline"),
            said("SymptomsReport", "Follow-up on"), said("SymptomsReport", "Follow-up"),
            said("SymptomsReport", "Change"), said("SymptomsReport", "Outcome"),
            said("SymptomsReport", "Case manager"))
# Each rate: its key, its list's title, the figure's label (with the reliable change's
# points for the last two) and the outcome it counts.
_RATES = (("response", said("SymptomsReport", "%1: response (50 % drop or more)"),
           said("SymptomsReport", "%1: response (50 % drop or more)"), Outcome.RESPONSE),
          ("remission", said("SymptomsReport", "%1: remission (follow-up below 5)"),
           said("SymptomsReport", "%1: remission (follow-up below 5)"), Outcome.REMISSION),
          ("reliable", said("SymptomsReport", "%1: reliable improvement"),
           said("SymptomsReport", "%1: reliable improvement (%2 points)"),
           Outcome.RELIABLE_IMPROVEMENT),
          ("deterioration", said("SymptomsReport", "%1: reliable deterioration"),
           said("SymptomsReport", "%1: reliable deterioration (%2 points)"),
           Outcome.RELIABLE_DETERIORATION))
#: The outcomes as a pair's row says them.
_OUTCOME_WORDS = {
    Outcome.RESPONSE: said("SymptomsReport", "response"),
    Outcome.REMISSION: said("SymptomsReport", "remission"),
    Outcome.RELIABLE_IMPROVEMENT: said("SymptomsReport", "reliable improvement"),
    Outcome.RELIABLE_DETERIORATION: said("SymptomsReport", "reliable deterioration")}


def list_key(group: Instrument, what: str) -> str:
    return f"symptoms.{_SLUGS[group]}.{what}"


def sheet(connection: Connection, period: ReportPeriod, filters: ReportFilters,
          as_of: date) -> ReportSheet:
    # Counted in the order read; a list puts its own pairs in baseline order when it is
    # written (the same order as picking them out of ``pairs``).
    found = pairs(connection, period, filters, as_of)
    rows_of: dict[int, tuple[str, ...]] = {}  # each row written once, in every list

    def row_of(pair: Pair) -> tuple[str, ...]:
        if (row := rows_of.get(id(pair))) is None:
            row = rows_of[id(pair)] = _row(pair)
        return row

    def _list(key: str, title: Words, cases: Sequence[Pair]) -> CaseList:
        # Written out when the list is first opened or saved.
        def build() -> tuple[tuple[tuple[str, ...], ...], tuple[int, ...]]:
            ordered = sorted(cases, key=_baseline_order)
            return tuple(map(row_of, ordered)), tuple(pair.client_id for pair in ordered)

        return CaseList.later(key, title, _COLUMNS, len(cases), build)

    figures: list[Figure] = []
    lists: list[CaseList] = []
    rows: list[tuple[str, ...]] = []
    for group in GROUPS:
        mine = [pair for pair in found if pair.group is group]
        paired = [pair for pair in mine if pair.follow_up is not None]
        waiting = [pair for pair in mine if pair.follow_up is None]
        name = group.value
        reliable = DEFINITIONS[group].reliable_change
        figures.append(Figure(list_key(group, "pairs"),
                              said("SymptomsReport",
                                   "%1: baselines 10+ with a follow-up").arg(name),
                              float(len(paired)), Unit.COUNT,
                              detail=said("SymptomsReport",
                                          "of %1 baselines of 10 or more").arg(len(mine)),
                              list_key=list_key(group, "pairs")))
        lists.append(_list(list_key(group, "pairs"),
                           said("SymptomsReport", "%1: baseline and follow-up").arg(name),
                           paired))
        for what, title, label, word in _RATES:
            hits = [pair for pair in paired if word in pair.words]
            figures.append(Figure(
                list_key(group, what), label.arg(name, "" if reliable is None else reliable),
                len(hits) / len(paired) if paired else None, Unit.PERCENT, len(hits),
                len(paired), list_key=list_key(group, what)))
            lists.append(_list(list_key(group, what), title.arg(name), hits))
        interval = mean_interval([float(pair.change or 0) for pair in paired])
        figures.append(Figure(list_key(group, "mean_change"),
                              said("SymptomsReport", "%1: mean change").arg(name),
                              interval.mean, Unit.POINTS, detail=_interval_text(interval),
                              list_key=list_key(group, "pairs")))
        figures.append(Figure(list_key(group, "no_follow_up"),
                              said("SymptomsReport",
                                   "%1: baselines 10+ without a follow-up yet").arg(name),
                              float(len(waiting)), Unit.COUNT,
                              list_key=list_key(group, "no_follow_up")))
        lists.append(_list(list_key(group, "no_follow_up"),
                           said("SymptomsReport",
                                "%1: no follow-up %2 or more days later yet").arg(name, MIN_DAYS),
                           waiting))
        rows.extend(_level_rows(group, paired))
    table = Table("symptoms.by_level", said("SymptomsReport", "By level of care at the baseline"),
                  (said("SymptomsReport", "Instrument"), said("SymptomsReport", "Level"),
                   said("SymptomsReport", "Pairs"), said("SymptomsReport", "Response"),
                   said("SymptomsReport", "Remission"),
                   said("SymptomsReport", "Reliable improvement"),
                   said("SymptomsReport", "Mean change"), said("SymptomsReport", "95 % CI")),
                  tuple(rows),
                  numeric=frozenset({2, 3, 4, 5, 6}))
    return ReportSheet(
        name="symptoms", title=said("Reports", "Symptom change (PHQ-9, GAD-7)"),
        first_day=period.first_day, last_day=period.last_day, as_of=as_of,
        filters=filters_text(connection, filters), definition=_definition(as_of),
        figures=tuple(figures), tables=(table,), lists=tuple(lists),
        note=_note(period, filters, found, as_of))


def _level_rows(group: Instrument, paired: Sequence[Pair]) -> list[tuple[str, ...]]:
    by_level: dict[tuple[int, str], list[Pair]] = defaultdict(list)
    for pair in paired:
        by_level[(-pair.episode.intensity,
                  f"{pair.episode.level_name} ({pair.episode.level_code})")].append(pair)
    groups: list[tuple[str, list[Pair]]] = [
        (label, cases) for (_order, label), cases in sorted(by_level.items())]
    if len(groups) != 1:
        groups.append((said("SymptomsReport", "All levels"), list(paired)))
    rows = []
    for label, cases in groups:
        rates = [percent_text(sum(word in pair.words for pair in cases) / len(cases)
                              if cases else None)
                 for word in (Outcome.RESPONSE, Outcome.REMISSION,
                              Outcome.RELIABLE_IMPROVEMENT)]
        interval = mean_interval([float(pair.change or 0) for pair in cases])
        rows.append((group.value, label, str(len(cases)), *rates,
                     "–" if interval.mean is None else f"{interval.mean:+.1f}",
                     _bounds(interval)))
    return rows


def _bounds(interval: MeanInterval) -> str:
    if interval.low is None or interval.high is None:
        return "–"
    return said("SymptomsReport", "%1 to %2").arg(f"{interval.low:+.1f}",
                                                  f"{interval.high:+.1f}")


def _interval_text(interval: MeanInterval) -> str:
    if interval.n == 0:
        return said("SymptomsReport", "no pairs")
    if interval.low is None:
        return said("SymptomsReport", "1 pair: too few for an interval")
    return said("SymptomsReport", "95 % CI %1 (t, %2 df); %3 pairs").arg(
        _bounds(interval), interval.n - 1, interval.n)


def _definition(as_of: date) -> Words:
    return said(
        "SymptomsReport",
        "Clients with a PHQ-9 or GAD-7 baseline of 10 or more given in the period, judged "
        "on %1. Baseline: the first score on the instrument in a course "
        "of care (episodes following each other within the step-down window, e.g. PHP "
        "then IOP). Follow-up: the course's latest score on the same instrument at least "
        "%2 days after the baseline. Response: a drop of 50 % or more; remission: "
        "a follow-up below 5; reliable improvement: a drop of at least 6 points (PHQ-9) or "
        "4 points (GAD-7), reliable deterioration a rise as large. Mean change: follow-up "
        "minus baseline (negative is better), with a 95 % confidence interval from the t "
        "distribution. The PHQ-A (adolescents) is counted with the PHQ-9. Level, program "
        "and track: of the episode at the baseline; case manager and payer: the client's "
        "now.").arg(as_of, MIN_DAYS)


def _row(pair: Pair) -> tuple[str, ...]:
    return (pair.client_name, pair.record_number, pair.instrument.value,
            pair.episode.level_code, pair.baseline_on.isoformat(),
            str(pair.baseline), pair.follow_up_on.isoformat() if pair.follow_up_on else "",
            "" if pair.follow_up is None else str(pair.follow_up),
            "" if pair.change is None else f"{pair.change:+d}",
            joined(said("SymptomsReport", "%1, %2"),
                   [_OUTCOME_WORDS[word] for word in pair.words]), pair.case_manager)


def _note(period: ReportPeriod, filters: ReportFilters, found: Sequence[Pair],
          as_of: date) -> str:
    narrowed = filters != ReportFilters()
    days = (period.first_day, period.last_day)
    if not found:
        if narrowed:
            return said("SymptomsReport", "No PHQ-9 or GAD-7 baseline of 10 or more matching "
                                          "the filters was given between %1 and %2.").arg(*days)
        return said("SymptomsReport", "No PHQ-9 or GAD-7 baseline of 10 or more was given "
                                      "between %1 and %2.").arg(*days)
    if all(pair.follow_up is None for pair in found):
        if narrowed:
            return said("SymptomsReport",
                        "No PHQ-9 or GAD-7 baseline of 10 or more matching the filters given "
                        "between %1 and %2 has a follow-up score %3 or more days later by %4 "
                        "yet.").arg(*days, MIN_DAYS, as_of)
        return said("SymptomsReport",
                    "No PHQ-9 or GAD-7 baseline of 10 or more given between %1 and %2 has a "
                    "follow-up score %3 or more days later by %4 yet.").arg(
            *days, MIN_DAYS, as_of)
    return ""
