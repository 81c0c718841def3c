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

Counted with a few grouped queries, whatever the size of the caseload.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from typing import NamedTuple

from sqlalchemy import ColumnElement, Connection, Select, and_, case, distinct, func, or_, select

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
from coordinator.services.reports.wording import filters_text
from coordinator.store.models import Client, Episode, Facility, LevelOfCare, User

# Started episodes, asked as "neither planned nor cancelled" (the status is never empty):
# a NOT IN cannot use the (status, ...) index, which would make SQLite visit nearly every
# episode through it, row by row, instead of reading the dates' index or the table in order.
_NOT_STARTED = (EpisodeStatus.PLANNED.value, EpisodeStatus.CANCELLED.value)
_COLUMNS_PER_QUERY = 100  # census days counted by one query (one column each)

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
    payers = matching_payers(connection, filters.payer)
    counts = _census_counts(connection, filters, payers, [week.census_day for week in weeks])
    last_day = min(period.last_day, as_of)
    moves_until = last_day if weeks else period.first_day - timedelta(days=1)
    admissions = _moves(connection, filters, payers, ending=False, first=period.first_day,
                        last=moves_until)
    discharges = _moves(connection, filters, payers, ending=True, first=period.first_day,
                        last=moves_until)
    in_care = _in_care(connection, filters, payers, weeks[-1].census_day) if weeks else []
    shown = [level for level in levels if any(
        counts.get((level.code, week.census_day), 0) for week in weeks)
        or any(row.level == level.code for row in admissions + discharges)]

    indexes = {week.first + timedelta(days=offset): index
               for index, week in enumerate(weeks)
               for offset in range((week.last - week.first).days + 1)}

    def week_index(day: date) -> int:
        return indexes[day]

    admitted: dict[tuple[str, int], int] = defaultdict(int)
    for row in admissions:
        admitted[(row.level, week_index(row.start))] += 1
    discharged: dict[tuple[str, int], int] = defaultdict(int)
    for row in discharges:
        assert row.end is not None  # read by its end date
        discharged[(row.level, week_index(row.end))] += 1

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
    admitted_at = Counter(row.level for row in admissions)
    discharged_from = Counter(row.level for row in discharges)
    level_rows = tuple(
        (f"{level.name} ({level.code})",
         str(counts.get((level.code, end_day), 0)) if weeks else "0",
         str(admitted_at[level.code]), str(discharged_from[level.code]))
        for level in shown)
    by_level = Table("census.by_level", "Per level over the period",
                     ("Level", f"In care on {end_day.isoformat()}", "Admissions",
                      "Discharges"), level_rows, numeric=frozenset({1, 2, 3}))
    clients_in_care = len({row.client_id for row in in_care})
    figures = (
        Figure("census.in_care", f"In care on {end_day.isoformat()}",
               float(clients_in_care), Unit.COUNT, detail="clients, each counted once",
               list_key=CENSUS_END),
        Figure("census.admissions", "Admissions in the period", float(len(admissions)),
               Unit.COUNT, detail="episodes started", list_key=CENSUS_ADMISSIONS),
        Figure("census.discharges", "Discharges in the period", float(len(discharges)),
               Unit.COUNT, detail="episodes ended", list_key=CENSUS_DISCHARGES),
    )
    lists = (
        _in_care_list(in_care, end_day),
        _move_list(CENSUS_ADMISSIONS, "Admissions in the period", admissions),
        _move_list(CENSUS_DISCHARGES, "Discharges in the period", discharges),
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
          in_care: int, admissions: list[_Move], discharges: list[_Move],
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


def in_care_on(day: date) -> ColumnElement[bool]:
    """The episode's nights include ``day`` (``Stay.contains``, in SQL)."""
    return and_(Episode.start_date <= day,
                or_(Episode.end_date.is_(None), Episode.end_date > day,
                    Episode.start_date == day))


def _census_counts(connection: Connection, filters: ReportFilters, payers: list[str] | None,
                   days: list[date]) -> dict[tuple[str, date], int]:
    """Distinct clients in care per level on each of ``days``: one grouped query per 100
    days, each day a COUNT(DISTINCT CASE ...) column."""
    counts: dict[tuple[str, date], int] = {}
    for first in range(0, len(days), _COLUMNS_PER_QUERY):
        chunk = days[first:first + _COLUMNS_PER_QUERY]
        # A CASE without ELSE is NULL for the other episodes, which COUNT skips.
        columns = [func.count(distinct(case((in_care_on(day), Episode.client_id))))
                   for day in chunk]
        query = (select(Episode.level_code, *columns)
                 .where(*_episode_conditions(filters, payers),
                        Episode.start_date <= max(chunk),
                        or_(Episode.end_date.is_(None), Episode.end_date >= min(chunk)))
                 .group_by(Episode.level_code))
        for level, *values in connection.execute(query):
            for day, value in zip(chunk, values, strict=True):
                counts[(level, day)] = int(value)
    return counts


class _Move(NamedTuple):
    """An episode and its client, for the lists."""

    client_id: int
    client_name: str
    level: str
    start: date
    end: date | None
    record_number: str
    program: str
    track: str
    case_manager: str
    disposition: str


def _episode_columns() -> Select[int, str, str, str, date, date | None, str, int | None,
                                 str | None, int | None, str]:
    return (select(Episode.client_id, Client.family_name, Client.given_name,
                   Episode.level_code, Episode.start_date, Episode.end_date,
                   Client.record_number, Episode.facility_id, Episode.track,
                   Client.primary_case_manager_id, Episode.discharge_disposition)
            .join(Client, Client.id == Episode.client_id))


def _read(connection: Connection, query: Select[int, str, str, str, date, date | None,
                                                str, int | None, str | None, int | None,
                                                str]) -> list[_Move]:
    # The programs' and users' names (small tables) are looked up here rather than joined
    # to every row.
    programs = {facility_id: name for facility_id, name in connection.execute(
        select(Facility.id, Facility.name))}
    users = {user_id: name for user_id, name in connection.execute(
        select(User.id, User.full_name))}
    return [_Move(client_id, f"{family}, {given}", level, start, end, record,
                  programs.get(facility_id, "") if facility_id else "", track or "",
                  users.get(manager_id, "") if manager_id else "", disposition or "")
            for (client_id, family, given, level, start, end, record, facility_id, track,
                 manager_id, disposition) in connection.execute(query).all()]


def _moves(connection: Connection, filters: ReportFilters, payers: list[str] | None,
           *, ending: bool, first: date, last: date) -> list[_Move]:
    """Episodes starting (or ``ending``) on ``first`` to ``last``, by day and name."""
    if last < first:
        return []
    day = Episode.end_date if ending else Episode.start_date
    query = (_episode_columns()
             .where(*_episode_conditions(filters, payers), day >= first, day <= last)
             .order_by(day, Client.family_name_key, Client.given_name_key, Episode.id))
    return _read(connection, query)


def _in_care(connection: Connection, filters: ReportFilters, payers: list[str] | None,
             day: date) -> list[_Move]:
    query = (_episode_columns()
             .where(*_episode_conditions(filters, payers), in_care_on(day))
             .order_by(Client.family_name_key, Client.given_name_key, Client.id,
                       Episode.start_date, Episode.id))
    return _read(connection, query)


def _in_care_list(rows: list[_Move], day: date) -> CaseList:
    """One row per client; a client at two levels shows both."""
    by_client: dict[int, list[_Move]] = {}
    for row in rows:
        by_client.setdefault(row.client_id, []).append(row)
    table = tuple(
        (own[0].client_name, own[0].record_number, own[0].level, own[0].start.isoformat(),
         own[0].program, own[0].track, own[0].case_manager) if len(own) == 1 else
        (own[0].client_name, own[0].record_number, ", ".join(row.level for row in own),
         ", ".join(row.start.isoformat() for row in own),
         ", ".join(row.program for row in own if row.program),
         ", ".join(row.track for row in own if row.track), own[0].case_manager)
        for own in by_client.values())
    return CaseList(CENSUS_END, f"In care on {day.isoformat()}", _IN_CARE_COLUMNS, table,
                    tuple(by_client))


def _move_list(key: str, title: str, rows: list[_Move]) -> CaseList:
    return CaseList(key, title, _MOVE_COLUMNS, tuple(
        (row.client_name, row.record_number, row.level, row.start.isoformat(),
         "" if row.end is None else row.end.isoformat(), row.program, row.track,
         row.case_manager, row.disposition)
        for row in rows), tuple(row.client_id for row in rows))


# --- shared by the census, referral and attendance reports --------------------------------

def matching_payers(connection: Connection, payer: str) -> list[str] | None:
    """The stored payer texts equal to ``payer`` without regard to case or surrounding
    spaces (compared in Python, the same on both engines: SQLite's lower() folds ASCII
    letters only); None when no payer is asked for."""
    wanted = payer.strip().casefold()
    if not wanted:
        return None
    return [text for text in connection.execute(
        select(Client.insurance_payer).distinct()).scalars()
        if text is not None and text.strip().casefold() == wanted]
