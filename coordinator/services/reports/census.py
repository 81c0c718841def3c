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

Read with one query, whatever the size of the caseload: the episodes that reach into the
period, with their clients; the weekly counts, the admissions, the discharges and the
clients in care at the end are all worked out from those rows.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import accumulate, groupby
from operator import itemgetter
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, Connection, Date, Select, or_, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

from coordinator.domain.vocabulary import ClientStatus, EpisodeStatus
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
from coordinator.services.reports.wording import filters_text, matching_payers
from coordinator.store.models import Client, Episode, Facility, LevelOfCare, User

# Started episodes, asked as "neither planned nor cancelled" (the status is never empty):
# a NOT IN cannot use the (status, ...) index, which would make SQLite visit nearly every
# episode through it, row by row, instead of reading the dates' index or the table in order.
_NOT_STARTED = (EpisodeStatus.PLANNED.value, EpisodeStatus.CANCELLED.value)

CENSUS_END = "census.in_care"
CENSUS_ADMISSIONS = "census.admissions"
CENSUS_DISCHARGES = "census.discharges"
_IN_CARE_COLUMNS = ("Client", "Record number", "Level", "Since", "Program", "Track",
                    "Case manager")
_MOVE_COLUMNS = ("Client", "Record number", "Level", "Admitted", "Discharged", "Program",
                 "Track", "Case manager", "Disposition")


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
        "census.weekly", "Clients in care by level, week by week", ChartKind.STACKED_AREA,
        x, labels,
        tuple(Series(level.code, tuple(float(counts.get((level.code, week.census_day), 0))
                                       for week in weeks)) for level in shown),
        "Week starting", "Clients in care", description=(
            "Clients in care at each level of care on the last day of each week, stacked "
            f"by level, for {len(weeks)} week{'s' if len(weeks) != 1 else ''} from "
            f"{period.first_day.isoformat()}."))
    moves_chart = Chart(
        "census.moves", "Admissions and discharges per week", ChartKind.BAR, x, labels,
        (Series("Admissions", tuple(float(sum(admitted[(level.code, index)]
                                              for level in shown))
                                    for index in range(len(weeks)))),
         Series("Discharges", tuple(float(sum(discharged[(level.code, index)]
                                              for level in shown))
                                    for index in range(len(weeks))))),
        "Week starting", "Episodes", description=(
            "Episodes started (admissions, moves between levels included) and ended "
            "(discharges) in each week, all levels together."))
    # In care per level, then the week's admissions and discharges (all levels shown).
    columns = ("Week starting", "Census day", *(level.code for level in shown), "Admitted",
               "Discharged")
    rows = tuple(
        (week.first.isoformat(), week.census_day.isoformat(),
         *(str(counts.get((level.code, week.census_day), 0)) for level in shown),
         str(sum(admitted[(level.code, index)] for level in shown)),
         str(sum(discharged[(level.code, index)] for level in shown)))
        for index, week in enumerate(weeks))
    weekly = Table("census.by_week", "Week by week: in care per level, admissions and "
                   "discharges", columns, rows, numeric=frozenset(range(2, len(columns))))
    end_day = weeks[-1].census_day if weeks else last_day
    level_rows = tuple(
        (f"{level.name} ({level.code})",
         str(counts.get((level.code, end_day), 0)) if weeks else "0",
         str(admitted_at[level.code]), str(discharged_from[level.code]))
        for level in shown)
    by_level = Table("census.by_level", "Per level over the period",
                     ("Level", f"In care on {end_day.isoformat()}", "Admissions",
                      "Discharges"), level_rows, numeric=frozenset({1, 2, 3}))
    clients_in_care = len(set(map(_CLIENT, in_care)))
    figures = (
        Figure("census.in_care", f"In care on {end_day.isoformat()}",
               float(clients_in_care), Unit.COUNT, detail="clients, each counted once",
               list_key=CENSUS_END),
        Figure("census.admissions", "Admissions in the period", float(len(admissions)),
               Unit.COUNT, detail="episodes started", list_key=CENSUS_ADMISSIONS),
        Figure("census.discharges", "Discharges in the period", float(len(discharges)),
               Unit.COUNT, detail="episodes ended", list_key=CENSUS_DISCHARGES),
    )
    cells = _Cells(census.programs, census.users)
    lists = (
        _in_care_list(in_care, end_day, cells, clients_in_care),
        _move_list(CENSUS_ADMISSIONS, "Admissions in the period", admissions, _BY_START,
                   cells),
        _move_list(CENSUS_DISCHARGES, "Discharges in the period", discharges, _BY_END,
                   cells),
    )
    return ReportSheet(
        name="census", title="Census over time", first_day=period.first_day,
        last_day=period.last_day, as_of=as_of, filters=filters_text(connection, filters),
        definition=_definition(as_of), figures=figures,
        charts=(census_chart, moves_chart) if weeks else (),
        tables=(by_level, weekly) if weeks else (), lists=lists,
        note=_note(period, filters, as_of, weeks, clients_in_care, admissions, discharges,
                   counts))


def _definition(as_of: date) -> str:
    return (
        "Clients in care at each level on the last day of each week (weeks start on "
        "Monday; the first and last may be partial; a week running past "
        f"{as_of.isoformat()} is counted on that day): an episode at the level has started, "
        "is not entered in error, and the day is one of its nights (from its first day to "
        "the day before discharge; a same-day stay counts on its day), so a client "
        "discharged on the census day has left and a same-day transfer counts at the new "
        "level. A client at two levels on the same day counts at each, and once in the "
        "total. Admissions: episodes started in the period, moves between levels "
        "included; discharges: episodes ended. Level, program and track: the episode's. "
        "Case manager and payer: the client's as recorded now. Archived records are left "
        "out.")


def _note(period: ReportPeriod, filters: ReportFilters, as_of: date, weeks: list[Week],
          in_care: int, admissions: list[_Episode], discharges: list[_Episode],
          counts: dict[tuple[str, date], int]) -> str:
    if not weeks:
        return (f"The period starts after {as_of.isoformat()}: there is no census for it "
                "yet.")
    if in_care or admissions or discharges or any(counts.values()):
        return ""
    narrowed = " matching the filters" if filters != ReportFilters() else ""
    return (f"No clients{narrowed} were in care between {period.first_day.isoformat()} "
            f"and {weeks[-1].census_day.isoformat()}.")


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
    """An episode and its client as ``_reaching_into`` reads them (SQLAlchemy's rows are
    read by these names and positions)."""

    episode_id: int
    client_id: int
    name: str  # "Family, Given"
    family_key: str
    given_key: str
    level: str
    start: date
    end: date | None
    record_number: str
    facility_id: int | None
    track: str | None
    manager_id: int | None
    disposition: str | None


def _fields(*names: str) -> Callable[[_Episode], Any]:
    return itemgetter(*(_Episode._fields.index(name) for name in names))


# The lists' orders: admissions by first day, discharges by discharge day, each then by
# the client's family and given name keys and the episode; the in-care list by the keys,
# the client, then the episode's first day. The keys compare by code point, as SQLite's
# BINARY and PostgreSQL's "C" collation compare them.
_BY_START = _fields("start", "family_key", "given_key", "episode_id")
_BY_END = _fields("end", "family_key", "given_key", "episode_id")
_BY_NAME = _fields("family_key", "given_key", "client_id", "start", "episode_id")
_CLIENT = _fields("client_id")
_LEVEL = _fields("level")
_START = _fields("start")
_END = _fields("end")


@dataclass(frozen=True)
class _Census:
    """What the report counts, from one read of the episodes."""

    # Distinct clients in care per level and census day.
    counts: dict[tuple[str, date], int] = field(default_factory=dict)
    admissions: list[_Episode] = field(default_factory=list)  # started in the period
    discharges: list[_Episode] = field(default_factory=list)  # ended in the period
    in_care: list[_Episode] = field(default_factory=list)  # on the last census day
    programs: dict[int, str] = field(default_factory=dict)  # names by facility id
    users: dict[int, str] = field(default_factory=dict)  # full names by user id


def _census(connection: Connection, filters: ReportFilters, payers: list[str] | None,
            first: date, last: date, days: list[date], levels: list[str]) -> _Census:
    """The census days ``days`` (ascending, ``last`` the last of them) at ``levels`` (those
    the filters let through), the admissions and the discharges from ``first`` to ``last``,
    all from one read of the started episodes matching the filters whose dates reach into
    the period. The lists' rows are written out only when a list is opened or saved."""
    # The programs' and users' names (small tables) are looked up rather than joined to
    # every row.
    census = _Census(
        programs={facility_id: name for facility_id, name in connection.execute(
            select(Facility.id, Facility.name))},
        users={user_id: name for user_id, name in connection.execute(
            select(User.id, User.full_name))})
    # Client by client, to count a client once on a day two of its episodes hold.
    read: list[_Episode] = sorted(connection.execute(_reaching_into(
        filters, payers, first, last)).all(), key=_CLIENT)  # type: ignore[arg-type]

    # Per level, +1 at the first census day a client holds and -1 after the last (added up
    # at the end); the current client's days per level.
    steps = {level: [0] * (len(days) + 1) for level in levels}
    held: dict[str, range | set[int]] = {}
    current = None
    for row in read:
        client_id, level, start, end = row[1], row[5], row[6], row[7]
        if client_id != current:
            held = {}
            current = client_id
        if first <= start <= last:
            census.admissions.append(row)
        if end is not None and first <= end <= last:
            census.discharges.append(row)
        # The census days among the episode's nights (``Stay.contains``): from its first
        # day to the day before its discharge, or its one day for a same-day stay.
        low = bisect_left(days, start)
        high = (len(days) if end is None else bisect_left(days, end) if end > start
                else bisect_right(days, start))
        if low < high:
            if high == len(days):
                census.in_care.append(row)
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
            census.counts[(level, day)] = total
    return census


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
    before ``first`` (or started on ``first`` or later at all), with their clients: every
    admission, discharge and census day from ``first`` to ``last``."""
    return (
        select(*(column.label(name) for column, name in zip((
            Episode.id, Episode.client_id, Client.family_name + ", " + Client.given_name,
            Client.family_name_key, Client.given_name_key, Episode.level_code,
            Episode.start_date, Episode.end_date, Client.record_number, Episode.facility_id,
            Episode.track, Client.primary_case_manager_id, Episode.discharge_disposition),
            _Episode._fields, strict=True)))
        .join(Client, Client.id == Episode.client_id)
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


@dataclass(frozen=True)
class _Cells:
    """Writes an episode's row in the lists (``_MOVE_COLUMNS``)."""

    programs: dict[int, str]
    users: dict[int, str]

    def __call__(self, row: _Episode) -> tuple[str, ...]:
        (_episode_id, _client_id, name, _family_key, _given_key, level, start, end, record,
         facility_id, track, manager_id, disposition) = row
        return (name, record, level, start.isoformat(), "" if end is None else end.isoformat(),
                self.programs.get(facility_id, "") if facility_id else "", track or "",
                self.users.get(manager_id, "") if manager_id else "", disposition or "")


def _in_care_list(rows: list[_Episode], day: date, cells: _Cells, clients: int) -> CaseList:
    """One row per client, by name; a client at two levels shows both."""
    def build() -> tuple[tuple[tuple[str, ...], ...], tuple[int, ...]]:
        table: list[tuple[str, ...]] = []
        ids: list[int] = []
        for client_id, group in groupby(sorted(rows, key=_BY_NAME), key=_CLIENT):
            own = [cells(row) for row in group]
            if len(own) == 1:
                name, record, level, start, _end, program, track, manager, _ = own[0]
                table.append((name, record, level, start, program, track, manager))
            else:
                table.append((own[0][0], own[0][1], ", ".join(cells[2] for cells in own),
                              ", ".join(cells[3] for cells in own),
                              ", ".join(cells[5] for cells in own if cells[5]),
                              ", ".join(cells[6] for cells in own if cells[6]), own[0][7]))
            ids.append(client_id)
        return tuple(table), tuple(ids)

    return CaseList.later(CENSUS_END, f"In care on {day.isoformat()}", _IN_CARE_COLUMNS,
                          clients, build)


def _move_list(key: str, title: str, rows: list[_Episode],
               order: Callable[[_Episode], Any], cells: _Cells) -> CaseList:
    def build() -> tuple[tuple[tuple[str, ...], ...], tuple[int, ...]]:
        ordered = sorted(rows, key=order)
        return tuple(map(cells, ordered)), tuple(map(_CLIENT, ordered))

    return CaseList.later(key, title, _MOVE_COLUMNS, len(rows), build)
