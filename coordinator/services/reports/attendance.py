"""The attendance report: how well clients kept to their day-program sessions (IOP, PHP),
by track and week by week, and who needs a call.

The rules are the roll call's (``coordinator.domain.attendance``), so the report and the
roll call never disagree:

- **Adherence** is attended sessions (present, late, telehealth) over the sessions the
  client was expected at: attended plus unexcused absences. Excused absences are left out
  of both sides, and so are sessions without a mark.
- **Outreach**: a client in a day-program track on the report's last day whose latest
  marks in that episode, newest first, are two or more unexcused absences in a row.

Marks are counted on session days from the period's first day to its last day or the
report's day, whichever comes first; weeks start on Monday.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property

from sqlalchemy import ColumnElement, Connection, Engine, String, cast, exists, func, select
from sqlalchemy.orm import InstrumentedAttribute, aliased

from coordinator.domain.attendance import ATTENDED_MARKS, OUTREACH_AFTER_UNEXCUSED
from coordinator.domain.care_plan import MODALITY_WORDS, ServiceModality
from coordinator.domain.vocabulary import AttendanceStatus, ClientStatus, EpisodeStatus, Track
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
from coordinator.services.reports.census import Week, weeks_of
from coordinator.services.reports.dto import ReportFilters, ReportPeriod
from coordinator.services.reports.sql_parts import among
from coordinator.services.reports.wording import (
    filters_text,
    matching_payers,
    percent_cell,
    track_words,
)
from coordinator.store.models import Attendance, Client, Episode, Facility, User

# Started episodes, asked as "neither planned nor cancelled" (the status is never empty), so
# SQLite does not walk the (status, ...) index through nearly every episode.
_NOT_STARTED = (EpisodeStatus.PLANNED.value, EpisodeStatus.CANCELLED.value)
_ATTENDED = frozenset(status.value for status in ATTENDED_MARKS)
_NO_TRACK = said("AttendanceReport", "(no track)")

_NONE = said("AttendanceReport", "none")  # never attended in the episode

ATTENDANCE_CLIENTS = "attendance.clients"
ATTENDANCE_OUTREACH = "attendance.outreach"
_CLIENT_COLUMNS = (said("AttendanceReport", "Client"), said("AttendanceReport", "Record number"),
                   said("AttendanceReport", "Program"), said("AttendanceReport", "Track"),
                   said("AttendanceReport", "Attended"), said("AttendanceReport", "Excused"),
                   said("AttendanceReport", "Unexcused"), said("AttendanceReport", "Adherence"),
                   said("AttendanceReport", "Case manager"))
_OUTREACH_COLUMNS = (said("AttendanceReport", "Client"),
                     said("AttendanceReport", "Record number"),
                     said("AttendanceReport", "Program"), said("AttendanceReport", "Track"),
                     said("AttendanceReport", "Unexcused in a row"),
                     said("AttendanceReport", "Last absence"),
                     said("AttendanceReport", "Last attended"),
                     said("AttendanceReport", "Case manager"))


@dataclass
class _Tally:
    attended: int = 0
    excused: int = 0
    unexcused: int = 0

    def add(self, status: str, count: int) -> None:
        if status in _ATTENDED:
            self.attended += count
        elif status == AttendanceStatus.EXCUSED:
            self.excused += count
        elif status == AttendanceStatus.UNEXCUSED:
            self.unexcused += count

    @property
    def expected(self) -> int:
        return self.attended + self.unexcused

    @property
    def share(self) -> float | None:
        return self.attended / self.expected if self.expected else None


@dataclass(frozen=True)
class _Flag:
    client_id: int
    client_name: str
    record_number: str
    program: str
    track: str
    run: int
    last_absence: date
    last_attended: date | None
    case_manager: str


def sheet(connection: Connection, period: ReportPeriod, filters: ReportFilters,
          as_of: date) -> ReportSheet:
    """Attendance over ``period`` as of ``as_of``; period and filters already checked."""
    weeks = weeks_of(period, as_of)
    last = min(period.last_day, as_of)
    payers = matching_payers(connection, filters)
    conditions = _conditions(filters)
    names = _Names.read(connection)
    by_track: dict[str, _Tally] = defaultdict(_Tally)
    by_week: dict[tuple[str, int], _Tally] = defaultdict(_Tally)
    by_modality: dict[str, _Tally] = defaultdict(_Tally)
    overall = _Tally()
    episodes = _Episodes({}, {}, (), ())
    flags: list[_Flag] = []
    if weeks:
        # The marks themselves, read once from the date index that holds them (episode,
        # day as its ISO text, status: no date object per mark) and counted here, column
        # by column with no Python code run per mark: per track and week for the tables,
        # and per episode and status when the clients' list is written. Grouping or joining
        # them in SQL takes about twice as long for a large clinic's hundreds of thousands
        # of marks a quarter.
        week_of_text = {(week.first + timedelta(days=offset)).isoformat(): index
                        for index, week in enumerate(weeks)
                        for offset in range((week.last - week.first).days + 1)}
        marks = connection.execute(
            select(Attendance.episode_id, cast(Attendance.session_date, String),
                   Attendance.status, Attendance.modality)
            .where(Attendance.session_date >= period.first_day,
                   Attendance.session_date <= last)).all()
        episode_ids, days, statuses, modalities = (
            zip(*marks, strict=True) if marks else ((), (), (), ()))
        episodes = _episodes(connection, filters, payers, conditions, episode_ids, statuses)
        for (track, day, status, modality), count in Counter(
                zip(map(episodes.tracks.get, episode_ids), days, statuses, modalities,
                    strict=True)).items():
            if track is not None:
                by_track[track].add(status, count)
                by_week[(track, week_of_text[day])].add(status, count)
                by_modality[modality].add(status, count)
                overall.add(status, count)
        flags = _outreach(connection, filters, payers, conditions, last, names)
    tracks = _ordered(by_track)

    track_rows = tuple(
        (track_words(name), str(tally.attended + tally.excused + tally.unexcused),
         str(tally.attended),
         str(tally.excused), str(tally.unexcused), percent_cell(tally.attended,
                                                                tally.expected))
        for name, tally in ((name, by_track[name]) for name in tracks))
    track_table = Table("attendance.by_track", said("AttendanceReport", "By track"),
                        (said("AttendanceReport", "Track"),
                         said("AttendanceReport", "Marked sessions"),
                         said("AttendanceReport", "Attended"), said("AttendanceReport", "Excused"),
                         said("AttendanceReport", "Unexcused"),
                         said("AttendanceReport", "Adherence")),
                        track_rows, numeric=frozenset(range(1, 6)))
    # How clients attended (in person, video, phone): attended of the sessions marked.
    modality_table = Table(
        "attendance.by_modality", said("AttendanceReport", "By how clients attended"),
        (said("AttendanceReport", "How"), said("AttendanceReport", "Marked sessions"),
         said("AttendanceReport", "Attended"), said("AttendanceReport", "Adherence")),
        tuple((MODALITY_WORDS.get(ServiceModality(name), name)
               if name in _MODALITY_VALUES else name,
               str(tally.attended + tally.excused + tally.unexcused), str(tally.attended),
               percent_cell(tally.attended, tally.expected))
              for name, tally in sorted(by_modality.items(), key=_modality_order)),
        numeric=frozenset(range(1, 4)))
    week_rows = tuple(
        (week.first.isoformat(),
         *(percent_cell(by_week[(name, index)].attended, by_week[(name, index)].expected)
           for name in tracks),
         str(sum(by_week[(name, index)].attended for name in tracks)),
         str(sum(by_week[(name, index)].expected for name in tracks)))
        for index, week in enumerate(weeks))
    week_table = Table("attendance.by_week", said("AttendanceReport", "Adherence week by week"),
                       (said("AttendanceReport", "Week starting"), *map(track_words, tracks),
                        said("AttendanceReport", "Attended"),
                        said("AttendanceReport", "Expected")), week_rows,
                       numeric=frozenset(range(1, len(tracks) + 3)))
    # A line has a point in every week it shows: the weeks in which some track had no
    # expected session are left out of the chart (the weekly table has them all).
    charted = [index for index in range(len(weeks))
               if all(by_week[(name, index)].expected for name in tracks)]
    chart = Chart(
        "attendance.weekly", said("AttendanceReport", "Adherence by track, week by week"),
        ChartKind.LINE,
        tuple(float(index) for index in charted),
        tuple(weeks[index].first.isoformat() for index in charted),
        tuple(Series(track_words(name),
                     tuple(_value(by_week[(name, index)].share) for index in charted))
              for name in tracks),
        said("AttendanceReport", "Week starting"), said("AttendanceReport", "Adherence"),
        y_max=1.0, y_unit=Unit.PERCENT, description=said(
            "AttendanceReport",
            "Attended sessions over expected sessions (attended plus unexcused absences) "
            "in each week, one line per track; weeks in which a track had no expected "
            "session are left out of the chart and shown in the weekly table."))
    flagged_on = said("AttendanceReport", "Flagged for outreach on %1").arg(last)
    figures = (
        Figure("attendance.adherence",
               said("AttendanceReport", "Adherence (attended of expected sessions)"),
               overall.share, Unit.PERCENT, overall.attended, overall.expected,
               detail=said("AttendanceReport", "%1 excused absences left out").arg(
                   overall.excused),
               list_key=ATTENDANCE_CLIENTS),
        Figure("attendance.clients", said("AttendanceReport", "Clients with marks"),
               float(episodes.listed), Unit.COUNT, list_key=ATTENDANCE_CLIENTS),
        Figure("attendance.outreach", flagged_on,
               float(len(flags)), Unit.COUNT,
               detail=said("AttendanceReport", "%1 or more unexcused absences in a row").arg(
                   OUTREACH_AFTER_UNEXCUSED),
               list_key=ATTENDANCE_OUTREACH),
    )
    engine = connection.engine
    lists = (
        CaseList.later(ATTENDANCE_CLIENTS,
                       said("AttendanceReport", "Clients' attendance in the period"),
                       _CLIENT_COLUMNS, episodes.listed,
                       lambda: _client_rows(engine, _clients(episodes), names)),
        CaseList(ATTENDANCE_OUTREACH, flagged_on,
                 _OUTREACH_COLUMNS, tuple(
                     (flag.client_name, flag.record_number, flag.program, track_words(flag.track),
                      str(flag.run), flag.last_absence.isoformat(),
                      flag.last_attended.isoformat() if flag.last_attended else _NONE,
                      flag.case_manager) for flag in flags),
                 tuple(flag.client_id for flag in flags)),
    )
    return ReportSheet(
        name="attendance", title=said("Reports", "Attendance"), first_day=period.first_day,
        last_day=period.last_day, as_of=as_of, filters=filters_text(connection, filters),
        definition=_definition(last), figures=figures,
        charts=(chart,) if tracks else (),
        tables=(track_table, week_table, modality_table) if tracks else (), lists=lists,
        note=_note(period, filters, as_of, weeks, overall, flags))


_MODALITY_VALUES = frozenset(modality.value for modality in ServiceModality)


def _modality_order(item: tuple[str, _Tally]) -> tuple[int, str]:
    order = [modality.value for modality in ServiceModality]
    return (order.index(item[0]) if item[0] in order else len(order), item[0])


def _definition(last: date) -> Words:
    return said(
        "AttendanceReport",
        "Adherence: sessions attended (present, late or telehealth) over the sessions the "
        "client was expected at, attended plus unexcused absences, as the roll call counts "
        "it; excused absences and sessions without a mark are left out of both sides. "
        "Counted on session days of the period up to the report's day; weeks start on "
        "Monday. Flagged for outreach: a client in a day-program track on "
        "%1 whose latest marks in that episode are "
        "%2 or more unexcused absences in a row (an attended "
        "session or an excused absence ends the run). Level, program and track: the "
        "episode the session belongs to. Case manager and payer: the client's as recorded "
        "now. Archived records are left out.").arg(last, OUTREACH_AFTER_UNEXCUSED)


def _note(period: ReportPeriod, filters: ReportFilters, as_of: date, weeks: list[Week],
          overall: _Tally, flags: list[_Flag]) -> str:
    if not weeks:
        return said("AttendanceReport", "The period starts after %1: no session of it has "
                                        "been held yet.").arg(as_of)
    if overall.attended or overall.excused or overall.unexcused or flags:
        return ""
    days = (period.first_day, weeks[-1].census_day)
    if filters != ReportFilters():
        return said("AttendanceReport", "No attendance matching the filters was marked "
                                        "between %1 and %2.").arg(*days)
    return said("AttendanceReport", "No attendance was marked between %1 and %2.").arg(*days)


def _value(share: float | None) -> float:
    return 0.0 if share is None else share  # never: charted weeks have sessions


def _ordered(tracks: Iterable[str]) -> list[str]:
    order = {track.value: number for number, track in enumerate(Track)}
    return sorted(tracks, key=lambda name: (order.get(name, len(order)), name))


def _conditions(filters: ReportFilters) -> list[ColumnElement[bool]]:
    """The conditions on the episode a mark belongs to."""
    conditions: list[ColumnElement[bool]] = [
        Episode.status.not_in(_NOT_STARTED), Episode.entered_in_error.is_(False)]
    if filters.level_code:
        conditions.append(Episode.level_code == filters.level_code)
    if filters.facility_id is not None:
        conditions.append(Episode.facility_id == filters.facility_id)
    if filters.track:
        conditions.append(Episode.track == filters.track)
    return conditions


def _client_conditions(filters: ReportFilters, payers: list[str] | None,
                       client_id: InstrumentedAttribute[int]) -> list[ColumnElement[bool]]:
    """The conditions on the client of a mark, as subqueries on the client's id (so a mark
    is not joined to its client's row, a wide one, only to be counted)."""
    conditions: list[ColumnElement[bool]] = [client_id.not_in(
        select(Client.id).where(Client.status == ClientStatus.ARCHIVED.value))]
    if filters.case_manager_id is not None:
        conditions.append(client_id.in_(select(Client.id).where(
            Client.primary_case_manager_id == filters.case_manager_id)))
    if payers is not None:
        conditions.append(client_id.in_(select(Client.id).where(
            Client.insurance_payer.in_(payers))))
    return conditions


# An episode with marks in the period: episode id, client id, program id, track.
_Marked = tuple[int, int, int | None, str | None]


@dataclass(frozen=True)
class _Episodes:
    """The episodes with marks in the period that pass the filters: each one's track, the
    episode with its client; and the episode and status of every mark in the period."""

    tracks: dict[int, str]  # episode id: track (``_NO_TRACK`` when it has none)
    marked: dict[int, _Marked]  # by episode id
    mark_episodes: tuple[int, ...]
    mark_statuses: tuple[str, ...]

    @cached_property
    def marks(self) -> Counter[tuple[int, str]]:
        """The marks in the period counted per episode and status (every episode's)."""
        return Counter(zip(self.mark_episodes, self.mark_statuses, strict=True))

    @cached_property
    def listed(self) -> int:
        """The rows of the clients' list: one per client, program and track."""
        return len({(row[1], row[2], row[3] or _NO_TRACK) for row in self.marked.values()})


def _episodes(connection: Connection, filters: ReportFilters, payers: list[str] | None,
              conditions: list[ColumnElement[bool]],
              mark_episodes: tuple[int, ...], mark_statuses: tuple[str, ...]) -> _Episodes:
    """The episodes of the period's marks that pass the filters, with their clients;
    ``mark_episodes`` and ``mark_statuses`` are those marks' episodes and statuses."""
    marked: dict[int, _Marked] = {row[0]: row for row in connection.execute(
        select(Episode.id, Episode.client_id, Episode.facility_id, Episode.track)
        .where(among(connection, Episode.id, set(mark_episodes)), *conditions,
               *_client_conditions(filters, payers, Episode.client_id))).all()}
    return _Episodes({episode_id: row[3] or _NO_TRACK for episode_id, row in marked.items()},
                     marked, mark_episodes, mark_statuses)


@dataclass(frozen=True)
class _Names:
    """The programs' and users' names (small tables), read once."""

    programs: dict[int, str]
    users: dict[int, str]

    @staticmethod
    def read(connection: Connection) -> _Names:
        return _Names(
            {facility_id: name for facility_id, name in connection.execute(
                select(Facility.id, Facility.name))},
            {user_id: name for user_id, name in connection.execute(
                select(User.id, User.full_name))})


def _clients(episodes: _Episodes) -> dict[tuple[int, int | None, str], _Tally]:
    """Each client's marks in the period per program and track: by (client, program id,
    track)."""
    tallies: dict[tuple[int, int | None, str], _Tally] = {}
    for (episode_id, status), count in episodes.marks.items():
        if (episode := episodes.marked.get(episode_id)) is None:
            continue
        _episode_id, client_id, program_id, track = episode
        key = (client_id, program_id, track or _NO_TRACK)
        if (tally := tallies.get(key)) is None:
            tally = tallies[key] = _Tally()
        tally.add(status, count)
    return tallies


def _client_rows(engine: Engine, tallies: dict[tuple[int, int | None, str], _Tally],
                 names: _Names) -> tuple[tuple[tuple[str, ...], ...], tuple[int, ...]]:
    """The list of clients' attendance, by name: written out when it is opened or saved,
    with the clients' names read then, in a connection of its own (the report's has
    ended)."""
    with engine.connect() as connection:
        people = _people(connection, {client_id for client_id, _, _ in tallies})
    rows = []
    for (client_id, program_id, track), tally in tallies.items():
        name, record, manager_id = people[client_id]
        rows.append((client_id, (
            name, record, names.programs.get(program_id, "") if program_id else "",
            track_words(track),
            str(tally.attended), str(tally.excused), str(tally.unexcused),
            percent_cell(tally.attended, tally.expected),
            names.users.get(manager_id, "") if manager_id else "")))
    rows.sort(key=lambda row: (row[1][0].casefold(), row[0], row[1][2], row[1][3]))
    return tuple(row for _id, row in rows), tuple(client_id for client_id, _row in rows)


def _outreach(connection: Connection, filters: ReportFilters, payers: list[str] | None,
              conditions: list[ColumnElement[bool]], day: date,
              names: _Names) -> list[_Flag]:
    """The clients in a day-program track on ``day`` whose latest marks in that episode up
    to ``day`` are unexcused absences in a row (the roll call's rule,
    ``coordinator.domain.attendance.unexcused_run``), longest run first.

    Counted in SQL: the unexcused marks after the episode's latest other mark (attended or
    excused), so only the flagged episodes come back.
    """
    enrolled = [*conditions, *_client_conditions(filters, payers, Episode.client_id),
                Episode.track.is_not(None), Episode.start_date <= day,
                (Episode.end_date.is_(None)) | (Episode.end_date >= day)]
    later = aliased(Attendance)
    # No attended or excused mark of the episode after this absence, up to the day.
    still_absent = ~exists().where(
        later.episode_id == Attendance.episode_id,
        later.status != AttendanceStatus.UNEXCUSED.value,
        later.session_date > Attendance.session_date, later.session_date <= day)
    runs = (select(Attendance.episode_id, func.count().label("run"),
                   func.max(Attendance.session_date).label("last_absence"))
            .join(Episode, Episode.id == Attendance.episode_id)
            .where(*enrolled, Attendance.status == AttendanceStatus.UNEXCUSED.value,
                   Attendance.session_date <= day, still_absent)
            .group_by(Attendance.episode_id)
            .having(func.count() >= OUTREACH_AFTER_UNEXCUSED)).subquery()
    last_attended = (select(func.max(later.session_date))
                     .where(later.episode_id == Episode.id,
                            later.status.in_(sorted(_ATTENDED)), later.session_date <= day)
                     .scalar_subquery())
    found = connection.execute(
        select(Episode.client_id, Episode.facility_id, Episode.track, runs.c.run,
               runs.c.last_absence, last_attended)
        .join(runs, runs.c.episode_id == Episode.id)).all()
    people = _people(connection, {row[0] for row in found})
    flags: list[_Flag] = []
    for client_id, program_id, track, run, last_absence, last_attended in found:
        name, record, manager_id = people[client_id]
        flags.append(_Flag(
            client_id, name, record, names.programs.get(program_id, "") if program_id else "",
            track or _NO_TRACK, int(run), last_absence, last_attended,
            names.users.get(manager_id, "") if manager_id else ""))
    return sorted(flags, key=lambda flag: (-flag.run, flag.client_name.casefold(),
                                           flag.client_id))


def _people(connection: Connection,
            client_ids: Collection[int]) -> dict[int, tuple[str, str, int | None]]:
    """Names, record numbers and case managers of these clients."""
    return {client_id: (f"{family}, {given}", record, manager_id)
            for client_id, family, given, record, manager_id in connection.execute(
                select(Client.id, Client.family_name, Client.given_name,
                       Client.record_number, Client.primary_case_manager_id)
                .where(among(connection, Client.id, client_ids)))}
