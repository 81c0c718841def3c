"""What the attendance service takes and returns (plain frozen dataclasses), and the reads
that build them from the store."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time
from typing import NamedTuple

from sqlalchemy import ColumnElement, Row, Select, select
from sqlalchemy.orm import Session

from coordinator.domain.attendance import (
    WEEKDAY_TITLES,
    WeeklyHours,
    adherence,
    is_attended,
    meeting_days,
    parse_weekdays,
    unexcused_run,
    week_of,
    weekly_hours,
)
from coordinator.domain.attendance import needs_outreach as _needs_outreach
from coordinator.domain.vocabulary import ClientStatus, EpisodeStatus
from coordinator.store.models import (
    Attendance,
    Client,
    Episode,
    Facility,
    LevelOfCare,
    ProgramSchedule,
)

_TAKING_PLACE = (EpisodeStatus.ACTIVE.value, EpisodeStatus.COMPLETED.value)


@dataclass(frozen=True)
class ScheduleInput:
    """When one track of a day program meets.

    ``weekdays`` are 0 (Monday) to 6 (Sunday); ``starts_at`` is optional (shown only).
    """

    facility_id: int
    level_code: str
    track: str
    weekdays: tuple[int, ...]
    session_minutes: int
    starts_at: time | None = None


@dataclass(frozen=True)
class ScheduleView:
    id: int
    facility_id: int
    facility_name: str
    level_code: str
    level_name: str
    track: str
    weekdays: tuple[int, ...]
    session_minutes: int
    starts_at: time | None
    min_weekly_hours: float | None
    max_weekly_hours: float | None
    archived: bool
    version: int

    @property
    def program_name(self) -> str:
        """"Harbor IOP — Intensive Outpatient" (English; names are data)."""
        return f"{self.facility_name} — {self.level_name}"

    @property
    def days_words(self) -> str:
        """"Monday, Tuesday and Thursday" (English; the UI words its own)."""
        names = [WEEKDAY_TITLES[day] for day in self.weekdays]
        return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"

    def details(self) -> ScheduleInput:
        """The editable part, to start an edit from."""
        return ScheduleInput(self.facility_id, self.level_code, self.track, self.weekdays,
                             self.session_minutes, self.starts_at)


@dataclass(frozen=True)
class AttendanceMark:
    """One client's mark in a roll call.

    ``minutes`` None counts the whole session when attended and none when absent.
    ``expected_version`` is the version of the mark the roll call showed (None: there was
    none); a mark saved by someone else since is refused as a stale edit.
    """

    episode_id: int
    status: str
    minutes: int | None = None
    expected_version: int | None = None
    #: How the client attended (a ``ServiceModality`` value); None: in person, or by video
    #: for a telehealth mark.
    modality: str | None = None


@dataclass(frozen=True)
class RollCallRow:
    """A client expected at a session, with their mark (None: not marked yet).

    ``week`` is the attended hours of the session's week against the level's range;
    ``adherence`` and ``unexcused_in_a_row`` count the episode's marks up to the session.
    ``week_minutes_other_days`` (attended) and ``week_minutes_to_come_other_days`` (sessions
    not held yet) leave this session out, so a mark not saved yet can be weighed in.
    """

    episode_id: int
    client_id: int
    record_number: str
    client_name: str
    status: str | None
    minutes: int | None
    version: int | None
    week: WeeklyHours
    adherence: float | None
    unexcused_in_a_row: int
    needs_outreach: bool
    week_minutes_other_days: int = 0
    week_minutes_to_come_other_days: int = 0
    #: How the client attended the session (None: not marked yet).
    modality: str | None = None


@dataclass(frozen=True)
class RollCall:
    """One session of one program track, and the program's adherence in its week.

    ``week_marks_other_days`` are the week's marks of the listed clients on other days,
    so the adherence can be worked out again with marks not saved yet.
    """

    schedule: ScheduleView
    day: date
    meets: bool
    week_start: date
    week_end: date
    rows: tuple[RollCallRow, ...]
    week_adherence: float | None
    week_marks_other_days: tuple[str, ...] = ()

    @property
    def outreach_count(self) -> int:
        return sum(row.needs_outreach for row in self.rows)


@dataclass(frozen=True)
class ModalityAdherence:
    """Sessions marked in a period for one way of attending: how many were attended of
    those scheduled (every mark is a scheduled session)."""

    modality: str
    attended: int
    scheduled: int


@dataclass(frozen=True)
class OutreachFlag:
    """A client in a day program whose latest marks are unexcused absences in a row."""

    client_id: int
    record_number: str
    client_name: str
    episode_id: int
    schedule_id: int
    program_name: str
    track: str
    unexcused_in_a_row: int
    last_attended: date | None


def mark_field(episode_id: int) -> str:
    """The ValidationError field naming one client's mark in a roll call."""
    return f"mark:{episode_id}"


def schedule_query() -> Select[ProgramSchedule, str, LevelOfCare]:
    return (select(ProgramSchedule, Facility.name, LevelOfCare)
            .join(Facility, Facility.id == ProgramSchedule.facility_id)
            .join(LevelOfCare, LevelOfCare.code == ProgramSchedule.level_code))


def schedule_view(row: Row[ProgramSchedule, str, LevelOfCare]) -> ScheduleView:
    schedule, facility_name, level = row
    return ScheduleView(
        schedule.id, schedule.facility_id, facility_name, schedule.level_code, level.name,
        schedule.track, tuple(sorted(parse_weekdays(schedule.weekdays))),
        schedule.session_minutes, schedule.starts_at, level.min_weekly_hours,
        level.max_weekly_hours, schedule.archived_at is not None, schedule.version)


def load_schedule_view(session: Session, schedule_id: int) -> ScheduleView | None:
    row = session.execute(schedule_query().where(ProgramSchedule.id == schedule_id)).one_or_none()
    return None if row is None else schedule_view(row)


class Enrolled(NamedTuple):
    """An episode of a program track and its client, as the roll call needs them."""

    episode_id: int
    client_id: int
    start: date
    end: date | None
    record_number: str
    client_name: str


class _Mark(NamedTuple):
    session_date: date
    status: str
    minutes: int
    version: int
    modality: str


def enrolled_episodes(session: Session, schedule: ScheduleView, first: date,
                      last: date) -> list[Enrolled]:
    """The episodes of this program track taking place on some day from ``first`` to
    ``last``, with their clients, by family and given name. Columns, not ORM rows: a
    busy track of a large caseload lists thousands."""
    query = (select(Episode.id, Episode.client_id, Episode.start_date, Episode.end_date,
                    Client.record_number, Client.family_name, Client.given_name)
             .join(Client, Client.id == Episode.client_id)
             .where(*_enrolled(schedule, first, last))
             .order_by(Client.family_name_key, Client.given_name_key, Client.id, Episode.id))
    return [Enrolled(episode_id, client_id, start, end, record, f"{family}, {given}")
            for episode_id, client_id, start, end, record, family, given
            in session.connection().execute(query)]


def _enrolled(schedule: ScheduleView, first: date, last: date) -> list[ColumnElement[bool]]:
    return [Episode.facility_id == schedule.facility_id,
            Episode.level_code == schedule.level_code,
            Episode.track == schedule.track,
            Episode.status.in_(_TAKING_PLACE),
            Episode.entered_in_error.is_(False),
            Client.status != ClientStatus.ARCHIVED.value,
            Episode.start_date <= last,
            (Episode.end_date.is_(None)) | (Episode.end_date >= first)]


def _marks_of(session: Session, schedule: ScheduleView, first: date,
              last: date) -> dict[int, list[_Mark]]:
    """Every mark of the episodes ``enrolled_episodes`` lists, by episode, in one read."""
    marks: dict[int, list[_Mark]] = defaultdict(list)
    for episode_id, day, status, minutes, version, modality in session.connection().execute(
            select(Attendance.episode_id, Attendance.session_date, Attendance.status,
                   Attendance.minutes, Attendance.version, Attendance.modality)
            .join(Episode, Episode.id == Attendance.episode_id)
            .join(Client, Client.id == Episode.client_id)
            .where(*_enrolled(schedule, first, last))):
        marks[episode_id].append(_Mark(day, status, minutes, version, modality))
    return marks


def build_roll_call(session: Session, schedule: ScheduleView, day: date,
                    today: date) -> RollCall:
    """The roll call of ``schedule`` on ``day``, judged with the clinic's ``today``."""
    days = frozenset(schedule.weekdays)
    monday, sunday = week_of(day)
    enrolled = enrolled_episodes(session, schedule, day, day)
    marks = _marks_of(session, schedule, day, day)
    rows: list[RollCallRow] = []
    week_statuses: list[str] = []
    other_days: list[str] = []
    for episode in enrolled:
        own = marks.get(episode.episode_id, [])
        today_mark = next((mark for mark in own if mark.session_date == day), None)
        in_week = [mark for mark in own if monday <= mark.session_date <= sunday]
        week_statuses.extend(mark.status for mark in in_week)
        other_days.extend(mark.status for mark in in_week if mark.session_date != day)
        marked_days = {mark.session_date for mark in in_week}
        last_day = min(sunday, episode.end or sunday)
        to_come_days = [session_day for session_day in meeting_days(
                            days, max(today, episode.start, monday), last_day)
                        if session_day not in marked_days]
        to_come = len(to_come_days)
        week = weekly_hours(sum(mark.minutes for mark in in_week), schedule.min_weekly_hours,
                            schedule.max_weekly_hours,
                            minutes_still_to_come=to_come * schedule.session_minutes)
        so_far = [(mark.session_date, mark.status) for mark in own if mark.session_date <= day]
        rows.append(RollCallRow(
            episode.episode_id, episode.client_id, episode.record_number, episode.client_name,
            today_mark.status if today_mark else None,
            today_mark.minutes if today_mark else None,
            today_mark.version if today_mark else None, week,
            adherence(status for _day, status in so_far), unexcused_run(so_far),
            _needs_outreach(so_far),
            sum(mark.minutes for mark in in_week if mark.session_date != day),
            sum(1 for session_day in to_come_days if session_day != day)
            * schedule.session_minutes,
            today_mark.modality if today_mark else None))
    return RollCall(schedule, day, day.weekday() in days, monday, sunday, tuple(rows),
                    adherence(week_statuses), tuple(other_days))


def outreach_flags(session: Session, schedules: Sequence[ScheduleView],
                   today: date) -> list[OutreachFlag]:
    """The clients enrolled today in these program tracks who need outreach, the longest
    run of unexcused absences first."""
    flags: list[OutreachFlag] = []
    for schedule in schedules:
        enrolled = enrolled_episodes(session, schedule, today, today)
        marks = _marks_of(session, schedule, today, today)
        for episode in enrolled:
            own = [(mark.session_date, mark.status)
                   for mark in marks.get(episode.episode_id, [])]
            if not _needs_outreach(own):
                continue
            attended = [day for day, status in own if is_attended(status)]
            flags.append(OutreachFlag(
                episode.client_id, episode.record_number, episode.client_name,
                episode.episode_id, schedule.id, schedule.program_name, schedule.track,
                unexcused_run(own), max(attended, default=None)))
    return sorted(flags, key=lambda flag: (-flag.unexcused_in_a_row, flag.client_name))
