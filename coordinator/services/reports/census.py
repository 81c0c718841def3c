"""The census over time: how many clients were in care at each level of care, week by
week, and the admissions and discharges that moved the numbers.

Rules, printed in the sheet's definition:

- A client is **in care** at a level on a day when an episode at that level has started
  (active or completed, not entered in error) and the day is one of its nights: from its
  first day up to the day before its discharge, or its one day for a same-day stay
  (``coordinator.domain.episodes.Stay.contains``). The census is taken at the end of the
  day, as a midnight census is: a client discharged on the census day has left, and on
  a same-day transfer the client counts at the new level only.
- Weeks start on Monday (ISO 8601); the period's first and last weeks may be partial.
  Each week's census is taken on its last day in the period, or on the report's day when
  the week runs past it; weeks after the report's day are not shown.
- An **admission** is an episode starting at a level, a move between levels included; a
  **discharge** an episode ending. Counted per episode, on days up to the report's day.
- A client in care at two levels on the same day (outpatient alongside IOP) counts at each
  level, and once in the total.

Counted from one query, whatever the size of the caseload: the episodes that reach into
the period (their ids, clients, levels and dates only); the weekly counts, the admissions,
the discharges and the clients in care at the end are all worked out from those rows. The
lists name the episodes counted: their names, programs and case managers are read when a
list is first opened or saved (a large clinic's lists run to tens of thousands of rows,
and reading them with the counts took longer than the counting).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import accumulate, groupby
from operator import itemgetter
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, Connection, Date, Engine, Select, func, or_, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import aliased
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

from coordinator.domain.vocabulary import ClientStatus, EpisodeStatus
from coordinator.domain.words import Words, said
from coordinator.reports.outcome_data import (
    CaseList,
    Chart,
    ChartKind,
    Figure,
    ReportSheet,
    Series,
    Table,
    Unit,
)
from coordinator.services.reports.dto import ReportFilters, ReportPeriod
from coordinator.services.reports.sql_parts import among
from coordinator.services.reports.wording import filters_text, matching_payers
from coordinator.store.models import Client, Episode, Facility, LevelOfCare, User

# Started episodes, asked as "neither planned nor cancelled" (the status is never empty):
# a NOT IN cannot use the (status, ...) index, which would make SQLite visit nearly every
# episode through it, row by row, instead of reading the dates' index or the table in order.
_NOT_STARTED = (EpisodeStatus.PLANNED.value, EpisodeStatus.CANCELLED.value)

CENSUS_END = "census.in_care"
CENSUS_ADMISSIONS = "census.admissions"
CENSUS_DISCHARGES = "census.discharges"
_ADMISSIONS = said("CensusReport", "Admissions in the period")
_DISCHARGES = said("CensusReport", "Discharges in the period")
_IN_CARE_COLUMNS = (said("CensusReport", "Client"), said("CensusReport", "Record number"),
                    said("CensusReport", "Level"), said("CensusReport", "Since"),
                    said("CensusReport", "Program"), said("CensusReport", "Track"),
                    said("CensusReport", "Case manager"))
_MOVE_COLUMNS = (said("CensusReport", "Client"), said("CensusReport", "Record number"),
                 said("CensusReport", "Level"), said("CensusReport", "Admitted"),
                 said("CensusReport", "Discharged"), said("CensusReport", "Program"),
                 said("CensusReport", "Track"), said("CensusReport", "Case manager"),
                 said("CensusReport", "Disposition"))


@dataclass(frozen=True)
class Week:
    """One week of the period: its first and last days in the period and the census day."""

    first: date
    last: date
    census_day: date


@dataclass(frozen=True)
class _Level:
    code: str
    name: str


def weeks_of(period: ReportPeriod, as_of: date) -> list[Week]:
    """The Monday-to-Sunday weeks of the period, cut to the period, up to ``as_of``."""
    weeks: list[Week] = []
    first = period.first_day
    while first <= period.last_day and first <= as_of:
        sunday = first + timedelta(days=6 - first.weekday())
        last = min(sunday, period.last_day)
        weeks.append(Week(first, last, min(last, as_of)))
        first = last + timedelta(days=1)
    return weeks


def sheet(connection: Connection, period: ReportPeriod, filters: ReportFilters,
          as_of: date) -> ReportSheet:
    """The census over ``period`` as of ``as_of``; period and filters already checked."""
    weeks = weeks_of(period, as_of)
    levels = [_Level(code, name) for code, name in connection.execute(
        select(LevelOfCare.code, LevelOfCare.name)
        .order_by(LevelOfCare.intensity, LevelOfCare.code))
        if not filters.level_code or code == filters.level_code]
    payers = matching_payers(connection, filters)
    last_day = min(period.last_day, as_of)
    days = [week.census_day for week in weeks]
    # Every figure, chart, table and list comes from one read of the episodes that reach
    # into the period up to the report's day (none when the period has not begun).
    census = (_census(connection, filters, payers, period.first_day, last_day, days,
                      [level.code for level in levels]) if weeks else _Census())
    counts, admissions, discharges = census.counts, census.admissions, census.discharges
    in_care = census.in_care
    admitted_at = Counter(map(_LEVEL, admissions))
    discharged_from = Counter(map(_LEVEL, discharges))
    shown = [level for level in levels if any(
        counts.get((level.code, week.census_day), 0) for week in weeks)
        or level.code in admitted_at or level.code in discharged_from]

    indexes = {week.first + timedelta(days=offset): index
               for index, week in enumerate(weeks)
               for offset in range((week.last - week.first).days + 1)}
    # Per level and week (every discharge counted here has an end date in the period).
    admitted = Counter(zip(map(_LEVEL, admissions),
                           map(indexes.__getitem__, map(_START, admissions)), strict=True))
    discharged = Counter(zip(map(_LEVEL, discharges),
                             map(indexes.__getitem__, map(_END, discharges)), strict=True))

    x = tuple(float(index) for index in range(len(weeks)))
    labels = tuple(week.first.isoformat() for week in weeks)
    census_chart = Chart(
        "census.weekly", said("CensusReport", "Clients in care by level, week by week"),
        ChartKind.STACKED_AREA,
        x, labels,
        tuple(Series(level.code, tuple(float(counts.get((level.code, week.census_day), 0))
                                       for week in weeks)) for level in shown),
        said("CensusReport", "Week starting"), said("CensusReport", "Clients in care"),
        description=(
            said("CensusReport", "Clients in care at each level of care on the last day of "
                                 "each week, stacked by level, for 1 week from %1.").arg(
                period.first_day) if len(weeks) == 1
            else said("CensusReport", "Clients in care at each level of care on the last day "
                                      "of each week, stacked by level, for %1 weeks from "
                                      "%2.").arg(len(weeks), period.first_day)))
    moves_chart = Chart(
        "census.moves", said("CensusReport", "Admissions and discharges per week"),
        ChartKind.BAR, x, labels,
        (Series(said("CensusReport", "Admissions"), tuple(float(sum(admitted[(level.code, index)]
                                              for level in shown))
                                    for index in range(len(weeks)))),
         Series(said("CensusReport", "Discharges"), tuple(float(sum(discharged[(level.code, index)]
                                              for level in shown))
                                    for index in range(len(weeks))))),
        said("CensusReport", "Week starting"), said("CensusReport", "Episodes"),
        description=said("CensusReport",
                         "Episodes started (admissions, moves between levels included) and "
                         "ended (discharges) in each week, all levels together."))
    # In care per level, then the week's admissions and discharges (all levels shown).
    columns = (said("CensusReport", "Week starting"), said("CensusReport", "Census day"),
               *(level.code for level in shown), said("CensusReport", "Admitted"),
               said("CensusReport", "Discharged"))
    rows = tuple(
        (week.first.isoformat(), week.census_day.isoformat(),
         *(str(counts.get((level.code, week.census_day), 0)) for level in shown),
         str(sum(admitted[(level.code, index)] for level in shown)),
         str(sum(discharged[(level.code, index)] for level in shown)))
        for index, week in enumerate(weeks))
    weekly = Table("census.by_week",
                   said("CensusReport", "Week by week: in care per level, admissions and "
                                        "discharges"),
                   columns, rows, numeric=frozenset(range(2, len(columns))))
    end_day = weeks[-1].census_day if weeks else last_day
    level_rows = tuple(
        (f"{level.name} ({level.code})",
         str(counts.get((level.code, end_day), 0)) if weeks else "0",
         str(admitted_at[level.code]), str(discharged_from[level.code]))
        for level in shown)
    in_care_on = said("CensusReport", "In care on %1").arg(end_day)
    by_level = Table("census.by_level", said("CensusReport", "Per level over the period"),
                     (said("CensusReport", "Level"), in_care_on, said("CensusReport", "Admissions"),
                      said("CensusReport", "Discharges")), level_rows,
                     numeric=frozenset({1, 2, 3}))
    clients_in_care = len(set(map(_CLIENT, in_care)))
    figures = (
        Figure("census.in_care", in_care_on,
               float(clients_in_care), Unit.COUNT,
               detail=said("CensusReport", "clients, each counted once"), list_key=CENSUS_END),
        Figure("census.admissions", _ADMISSIONS, float(len(admissions)),
               Unit.COUNT, detail=said("CensusReport", "episodes started"),
               list_key=CENSUS_ADMISSIONS),
        Figure("census.discharges", _DISCHARGES, float(len(discharges)),
               Unit.COUNT, detail=said("CensusReport", "episodes ended"),
               list_key=CENSUS_DISCHARGES),
    )
    engine = connection.engine
    lists = (
        _in_care_list(engine, in_care, end_day, clients_in_care),
        _move_list(engine, CENSUS_ADMISSIONS, _ADMISSIONS, admissions, _START),
        _move_list(engine, CENSUS_DISCHARGES, _DISCHARGES, discharges, _END),
    )
    return ReportSheet(
        name="census", title=said("Reports", "Census over time"), first_day=period.first_day,
        last_day=period.last_day, as_of=as_of, filters=filters_text(connection, filters),
        definition=_definition(as_of), figures=figures,
        charts=(census_chart, moves_chart) if weeks else (),
        tables=(by_level, weekly) if weeks else (), lists=lists,
        note=_note(period, filters, as_of, weeks, clients_in_care, admissions, discharges,
                   counts))


def _definition(as_of: date) -> Words:
    return said(
        "CensusReport",
        "Clients in care at each level on the last day of each week (weeks start on "
        "Monday; the first and last may be partial; a week running past "
        "%1 is counted on that day): an episode at the level has started, "
        "is not entered in error, and the day is one of its nights (from its first day to "
        "the day before discharge; a same-day stay counts on its day), so a client "
        "discharged on the census day has left and a same-day transfer counts at the new "
        "level. A client at two levels on the same day counts at each, and once in the "
        "total. Admissions: episodes started in the period, moves between levels "
        "included; discharges: episodes ended. Level, program and track: the episode's. "
        "Case manager and payer: the client's as recorded now. Archived records are left "
        "out.").arg(as_of)


def _note(period: ReportPeriod, filters: ReportFilters, as_of: date, weeks: list[Week],
          in_care: int, admissions: list[_Episode], discharges: list[_Episode],
          counts: dict[tuple[str, date], int]) -> str:
    if not weeks:
        return said("CensusReport", "The period starts after %1: there is no census for it "
                                    "yet.").arg(as_of)
    if in_care or admissions or discharges or any(counts.values()):
        return ""
    days = (period.first_day, weeks[-1].census_day)
    if filters != ReportFilters():
        return said("CensusReport", "No clients matching the filters were in care between %1 "
                                    "and %2.").arg(*days)
    return said("CensusReport", "No clients were in care between %1 and %2.").arg(*days)


def _episode_conditions(filters: ReportFilters,
                        payers: list[str] | None) -> list[ColumnElement[bool]]:
    """The conditions on an episode and its client; the client's as subqueries on the
    client's id, so a count need not join the (wide) client rows."""
    conditions: list[ColumnElement[bool]] = [
        Episode.status.not_in(_NOT_STARTED), Episode.entered_in_error.is_(False),
        Episode.client_id.not_in(
            select(Client.id).where(Client.status == ClientStatus.ARCHIVED.value))]
    if filters.level_code:
        conditions.append(Episode.level_code == filters.level_code)
    if filters.facility_id is not None:
        conditions.append(Episode.facility_id == filters.facility_id)
    if filters.track:
        conditions.append(Episode.track == filters.track)
    if filters.case_manager_id is not None:
        conditions.append(Episode.client_id.in_(select(Client.id).where(
            Client.primary_case_manager_id == filters.case_manager_id)))
    if payers is not None:
        conditions.append(Episode.client_id.in_(select(Client.id).where(
            Client.insurance_payer.in_(payers))))
    return conditions


class _Episode(NamedTuple):
    """An episode as ``_reaching_into`` reads it (SQLAlchemy's rows are read by these names
    and positions): all the counting needs."""

    episode_id: int
    client_id: int
    level: str
    start: date
    end: date | None


class _Shown(NamedTuple):
    """What a list shows of an episode and its client besides ``_Episode``, read when the
    list is opened or saved (``_shown``: SQLAlchemy's rows, read by these names)."""

    name: str  # "Family, Given"
    family_key: str
    given_key: str
    record_number: str
    program: str
    track: str
    case_manager: str
    disposition: str


_CLIENT = itemgetter(1)
_LEVEL = itemgetter(2)
_START = itemgetter(3)
_END = itemgetter(4)


@dataclass(frozen=True)
class _Census:
    """What the report counts, from one read of the episodes."""

    # Distinct clients in care per level and census day.
    counts: dict[tuple[str, date], int] = field(default_factory=dict)
    admissions: list[_Episode] = field(default_factory=list)  # started in the period
    discharges: list[_Episode] = field(default_factory=list)  # ended in the period
    in_care: list[_Episode] = field(default_factory=list)  # on the last census day


def _census(connection: Connection, filters: ReportFilters, payers: list[str] | None,
            first: date, last: date, days: list[date], levels: list[str]) -> _Census:
    """The census days ``days`` (ascending, ``last`` the last of them) at ``levels`` (those
    the filters let through), the admissions and the discharges from ``first`` to ``last``,
    all from one read of the started episodes matching the filters whose dates reach into
    the period. The lists' rows are written out only when a list is opened or saved."""
    census = _Census()
    read: list[_Episode] = connection.execute(_reaching_into(
        filters, payers, first, last)).all()  # type: ignore[assignment]
    census.admissions.extend(row for row in read if first <= row[3] <= last)
    census.discharges.extend(row for row in read
                             if row[4] is not None and first <= row[4] <= last)
    if not days:
        return census
    final = days[-1]
    census.in_care.extend(row for row in read if _holds(row[3], row[4], final))

    # The census days among an episode's nights (``Stay.contains``) are those on or after
    # its first day and before the day it leaves: its discharge day, or the day after its
    # first for a same-day stay. Counted level by level with sorted first and leaving days
    # (no Python code per episode and day), for the clients with one episode at the
    # level; the few with two or more are counted day by day, once each.
    repeated = {pair for pair, count in Counter(
        zip(map(_CLIENT, read), map(_LEVEL, read), strict=True)).items() if count > 1}
    firsts: dict[str, list[date]] = {level: [] for level in levels}
    leaving: dict[str, list[date]] = {level: [] for level in levels}
    twice: list[_Episode] = []
    for row in read:
        if (row[1], row[2]) in repeated:
            twice.append(row)
            continue
        start, end = row[3], row[4]
        firsts[row[2]].append(start)
        if end is not None:
            leaving[row[2]].append(end if end > start else start + _ONE_DAY)
    for level in levels:
        starts, leaves = sorted(firsts[level]), sorted(leaving[level])
        for day in days:
            census.counts[(level, day)] = (bisect_right(starts, day)
                                           - bisect_right(leaves, day))
    _count_twice(census.counts, sorted(twice, key=_CLIENT), days)
    return census


_ONE_DAY = timedelta(days=1)


def _holds(start: date, end: date | None, day: date) -> bool:
    """Whether ``day`` is one of the nights of an episode from ``start`` to ``end``."""
    if end is None or end > start:
        return start <= day and (end is None or day < end)
    return day == start


def _count_twice(counts: dict[tuple[str, date], int], rows: list[_Episode],
                 days: list[date]) -> None:
    """Adds to ``counts`` the clients with two or more episodes at a level (``rows``,
    client by client): once on each census day one of them holds."""
    steps = {level: [0] * (len(days) + 1) for level in set(map(_LEVEL, rows))}
    held: dict[str, range | set[int]] = {}
    current = None
    for row in rows:
        _episode_id, client_id, level, start, end = row
        if client_id != current:
            held = {}
            current = client_id
        low = bisect_left(days, start)
        high = (len(days) if end is None else bisect_left(days, end) if end > start
                else bisect_right(days, start))
        if low < high:
            step = steps[level]
            earlier = held.get(level)
            if earlier is None:
                held[level] = range(low, high)
                step[low] += 1
                step[high] -= 1
            else:
                held[level] = _count_once(step, earlier, low, high)
    for level, step in steps.items():
        for day, total in zip(days, accumulate(step), strict=False):
            counts[(level, day)] += total


def _count_once(step: list[int], earlier: range | set[int], low: int,
                high: int) -> set[int]:
    """A client's second episode at a level: counts the census days ``low`` to ``high``
    (exclusive) the client did not hold yet; returns the days held now."""
    counted = set(earlier)
    for index in range(low, high):
        if index not in counted:
            counted.add(index)
            step[index] += 1
            step[index + 1] -= 1
    return counted


def _reaching_into(filters: ReportFilters, payers: list[str] | None, first: date,
                   last: date) -> Select[*tuple[Any, ...]]:
    """The started episodes matching the filters that started by ``last`` and did not end
    before ``first`` (or started on ``first`` or later at all): every admission, discharge
    and census day from ``first`` to ``last``."""
    return (
        select(*(column.label(name) for column, name in zip((
            Episode.id, Episode.client_id, Episode.level_code, Episode.start_date,
            Episode.end_date), _Episode._fields, strict=True)))
        .where(*_episode_conditions(filters, payers), _scanned(Episode.start_date) <= last,
               or_(Episode.end_date.is_(None), Episode.end_date >= first,
                   _scanned(Episode.start_date) >= first)))


class _scanned(FunctionElement[date]):  # noqa: N801 - written like a SQL function
    """A date column that SQLite must not look up through an index. A report's period is
    usually recent, so "started by its last day" holds for nearly every episode, and
    visiting them through the first day's index, row by row, takes twice as long as
    reading the table in order. SQLite's unary ``+`` keeps a term from using an index
    (https://www.sqlite.org/optoverview.html#disqualifying_where_clause_terms_using_unary_);
    other databases get the bare column (PostgreSQL chooses by its statistics)."""

    type = Date()
    inherit_cache = True


@compiles(_scanned)
def _scanned_column(element: _scanned, compiler: SQLCompiler, **kw: Any) -> str:
    return str(compiler.process(element.clauses, **kw))


@compiles(_scanned, "sqlite")
def _scanned_sqlite(element: _scanned, compiler: SQLCompiler, **kw: Any) -> str:
    return "+" + str(compiler.process(element.clauses, **kw))


def _shown(engine: Engine, rows: list[_Episode]) -> dict[int, Any]:
    """What the lists show of these episodes and their clients, by episode id: read when a
    list is opened or saved, in a connection of its own (the report's has ended)."""
    manager = aliased(User)
    with engine.connect() as connection:
        read: Sequence[Any] = connection.execute(
            select(Episode.id, *(column.label(name) for column, name in zip((
                Client.family_name + ", " + Client.given_name, Client.family_name_key,
                Client.given_name_key, Client.record_number,
                func.coalesce(Facility.name, ""), func.coalesce(Episode.track, ""),
                func.coalesce(manager.full_name, ""),
                func.coalesce(Episode.discharge_disposition, "")), _Shown._fields,
                strict=True)))
            .join(Client, Client.id == Episode.client_id)
            .outerjoin(Facility, Facility.id == Episode.facility_id)
            .outerjoin(manager, manager.id == Client.primary_case_manager_id)
            .where(among(connection, Episode.id, [row[0] for row in rows]))).all()
    # Read by ``_Shown``'s names, as SQLAlchemy's rows are.
    return {row[0]: row for row in read}


def _in_care_list(engine: Engine, rows: list[_Episode], day: date, clients: int) -> CaseList:
    """One row per client, by name (the keys compare by code point, as SQLite's BINARY and
    PostgreSQL's "C" collation compare them), then the episode's first day; a client at
    two levels shows both."""
    def build() -> tuple[tuple[tuple[str, ...], ...], tuple[int, ...]]:
        shown = _shown(engine, rows)
        ordered = sorted(rows, key=lambda row: (
            shown[row[0]].family_key, shown[row[0]].given_key, row[1], row[3], row[0]))
        table: list[tuple[str, ...]] = []
        ids: list[int] = []
        for client_id, group in groupby(ordered, key=_CLIENT):
            own = list(group)
            first = shown[own[0][0]]
            if len(own) == 1:
                table.append((first.name, first.record_number, own[0][2],
                              own[0][3].isoformat(), first.program, first.track,
                              first.case_manager))
            else:
                found = [shown[row[0]] for row in own]
                table.append((
                    first.name, first.record_number, ", ".join(row[2] for row in own),
                    ", ".join(row[3].isoformat() for row in own),
                    ", ".join(each.program for each in found if each.program),
                    ", ".join(each.track for each in found if each.track),
                    first.case_manager))
            ids.append(client_id)
        return tuple(table), tuple(ids)

    return CaseList.later(CENSUS_END, said("CensusReport", "In care on %1").arg(day),
                          _IN_CARE_COLUMNS,
                          clients, build)


def _move_list(engine: Engine, key: str, title: Words, rows: list[_Episode],
               day: Callable[[_Episode], date | None]) -> CaseList:
    """Admissions by first day, discharges by discharge day (``day``), each then by the
    client's family and given name keys and the episode."""
    def build() -> tuple[tuple[tuple[str, ...], ...], tuple[int, ...]]:
        shown = _shown(engine, rows)
        ordered = sorted(rows, key=lambda row: (
            day(row), shown[row[0]].family_key, shown[row[0]].given_key, row[0]))
        return tuple(
            (found.name, found.record_number, level, start.isoformat(),
             "" if end is None else end.isoformat(), found.program, found.track,
             found.case_manager, found.disposition)
            for (_id, _client, level, start, end), found in
            zip(ordered, map(shown.__getitem__, map(itemgetter(0), ordered)),
                strict=True)), tuple(map(_CLIENT, ordered))

    return CaseList.later(key, title, _MOVE_COLUMNS, len(rows), build)
