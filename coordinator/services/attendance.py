"""Day-program schedules and attendance: the tracks an IOP or PHP program
runs, the roll call of one session, marking it, and the clients who need outreach.

Who may do what: a program's schedule is reference data about the clinic's own programs,
kept with the facilities (``EDIT_REFERENCE``: supervisors and administrators); marking
attendance is care work any case manager does (``EDIT_CARE``); reading needs
``VIEW_CLIENTS``.

A roll call is refused, as a whole, for a day after today and for a day the track does not
meet: the roll call is the record of scheduled sessions, and a mark on another day would
count as a session that was never held (an extra group is a note, not a roll call). A mark
for a day outside the client's episode, for a client not in this track, with an unknown
mark or impossible minutes is refused with a sentence under that client's field
(``mark_field``), and nothing of the roll call is saved.

Attended sessions are follow-ups for the transition clocks, so every save refreshes the
clients' stored clocks in the same transaction (``coordinator.services.derived``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, date

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from coordinator.domain.attendance import (
    MAX_SESSION_MINUTES,
    MIN_SESSION_MINUTES,
    WEEKDAY_TITLES,
    default_minutes,
    is_attended,
    meets_on,
    minutes_problem,
    weekdays_text,
)
from coordinator.domain.care_plan import ServiceModality
from coordinator.domain.clinical_dates import clinical_date_problem
from coordinator.domain.errors import Conflict, NotFound, ValidationError
from coordinator.domain.roles import Permission
from coordinator.domain.vocabulary import AttendanceStatus, ClientStatus, Track
from coordinator.domain.words import said
from coordinator.services import derived
from coordinator.services.attendance_views import (
    AttendanceMark,
    ModalityAdherence,
    OutreachFlag,
    RollCall,
    ScheduleInput,
    ScheduleView,
    build_roll_call,
    load_schedule_view,
    mark_field,
    outreach_flags,
    schedule_query,
    schedule_view,
)
from coordinator.services.context import ServiceContext, UnitOfWork, load, stale_conflict
from coordinator.services.field_limits import possible_key
from coordinator.services.notify import Topic
from coordinator.store.models import (
    Attendance,
    Client,
    Episode,
    Facility,
    FacilityLevel,
    LevelOfCare,
    ProgramSchedule,
)

_MARKS = frozenset(status.value for status in AttendanceStatus)
_TRACKS = frozenset(track.value for track in Track)
_MODALITIES = frozenset(modality.value for modality in ServiceModality)


class AttendanceService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # --- schedules -----------------------------------------------------------------------

    def schedules(self, *, include_archived: bool = False) -> list[ScheduleView]:
        """The program tracks, by program name, level and track (morning first)."""
        self.ctx.require(Permission.VIEW_CLIENTS)
        query = schedule_query()
        if not include_archived:
            query = query.where(ProgramSchedule.archived_at.is_(None))
        with self.ctx.unit_of_work(write=False) as uow:
            views = [schedule_view(row) for row in uow.session.execute(query)]
        track_order = {track.value: number for number, track in enumerate(Track)}
        return sorted(views, key=lambda view: (
            view.archived, view.facility_name, view.level_code,
            track_order.get(view.track, len(track_order)), view.id))

    def get_schedule(self, schedule_id: int) -> ScheduleView:
        self.ctx.require(Permission.VIEW_CLIENTS)
        with self.ctx.unit_of_work(write=False) as uow:
            return _schedule(uow.session, schedule_id)

    def add_schedule(self, details: ScheduleInput) -> ScheduleView:
        """Add a track to a day program: which days it meets and how long a session is."""
        self.ctx.require(Permission.EDIT_REFERENCE)
        details = _cleaned(details)
        with self.ctx.unit_of_work() as uow:
            _check_schedule(uow.session, details, schedule_id=None)
            schedule = ProgramSchedule(archived_at=None)
            _apply(schedule, details)
            uow.session.add(schedule)
            uow.session.flush()
            uow.audit("create", "program_schedule", schedule.id, _describe(details))
            uow.changed(Topic.PROGRAM_SCHEDULE, schedule.id)
            return _schedule(uow.session, schedule.id)

    def update_schedule(self, schedule_id: int, expected_version: int,
                        details: ScheduleInput) -> ScheduleView:
        """Change a track's days, start time or session length (marks already taken stay)."""
        self.ctx.require(Permission.EDIT_REFERENCE)
        details = _cleaned(details)
        with self.ctx.unit_of_work() as uow:
            schedule = load(uow.session, ProgramSchedule, schedule_id, "program schedule")
            if schedule.version != expected_version:
                raise stale_conflict()
            if schedule.archived_at is not None:
                raise ValidationError(said(
                    "Validation", "This schedule is archived; add a new one instead."))
            _check_schedule(uow.session, details, schedule_id=schedule.id)
            _apply(schedule, details)
            uow.session.flush()
            uow.audit("update", "program_schedule", schedule.id, _describe(details))
            uow.changed(Topic.PROGRAM_SCHEDULE, schedule.id)
            return _schedule(uow.session, schedule.id)

    def archive_schedule(self, schedule_id: int, expected_version: int) -> ScheduleView:
        """The track no longer meets; its marks stay on the clients' records."""
        self.ctx.require(Permission.EDIT_REFERENCE)
        with self.ctx.unit_of_work() as uow:
            schedule = load(uow.session, ProgramSchedule, schedule_id, "program schedule")
            if schedule.version != expected_version:
                raise stale_conflict()
            if schedule.archived_at is None:
                schedule.archived_at = self.ctx.clock().astimezone(UTC)
                uow.session.flush()
                uow.audit("archive", "program_schedule", schedule.id)
                uow.changed(Topic.PROGRAM_SCHEDULE, schedule.id)
            return _schedule(uow.session, schedule.id)

    # --- roll call -----------------------------------------------------------------------

    def roll_call(self, schedule_id: int, day: date) -> RollCall:
        """The clients whose episode in this program track takes place on ``day``, with
        their marks, weekly hours, adherence and outreach flags."""
        self.ctx.require(Permission.VIEW_CLIENTS)
        with self.ctx.unit_of_work(write=False) as uow:
            schedule = _schedule(uow.session, schedule_id)
            return build_roll_call(uow.session, schedule, day, self._today())

    def mark(self, schedule_id: int, day: date,
             marks: Sequence[AttendanceMark]) -> RollCall:
        """Save a roll call's marks in one go; returns the roll call as saved.

        A mark already saved is changed (``expected_version`` must match it); a mark equal
        to the saved one is left alone. Raises ``ValidationError`` with a field per problem
        (``day`` or ``mark_field(episode_id)``) and saves nothing when any mark is wrong.
        """
        actor = self.ctx.require(Permission.EDIT_CARE)
        today = self._today()
        with self.ctx.unit_of_work() as uow:
            schedule = _schedule(uow.session, schedule_id)
            _check_day(schedule, day, today)
            episodes = _episodes(uow.session, [mark.episode_id for mark in marks])
            saved = {row.episode_id: row for row in uow.session.execute(
                select(Attendance).where(Attendance.episode_id.in_(list(episodes)),
                                         Attendance.session_date == day)).scalars()}
            problems: dict[str, str] = {}
            seen: set[int] = set()
            resolved: list[tuple[Episode, str, int, str]] = []
            for mark in marks:
                episode, name, archived = episodes[mark.episode_id]
                problem = (f"{name}'s record is archived; restore it first." if archived
                           else _mark_problem(schedule, episode, name, mark, day, seen))
                minutes = (default_minutes(mark.status, schedule.session_minutes)
                           if mark.minutes is None else mark.minutes)
                if problem is None and (why := minutes_problem(
                        mark.status, minutes, schedule.session_minutes)) is not None:
                    problem = f"{name}: {why}"
                modality = mark.modality or (
                    ServiceModality.VIDEO.value if mark.status == AttendanceStatus.TELEHEALTH
                    else ServiceModality.IN_PERSON.value)
                if problem is None and modality not in _MODALITIES:
                    problem = f"{name}: choose in person, video or phone."
                if problem is not None:
                    problems[mark_field(mark.episode_id)] = problem
                seen.add(mark.episode_id)
                resolved.append((episode, mark.status, minutes, modality))
            if problems:
                raise ValidationError.for_fields(problems)
            for mark in marks:
                row = saved.get(mark.episode_id)
                if (row.version if row else None) != mark.expected_version:
                    raise stale_conflict()
            changed = self._write(uow, day, resolved, saved, actor.user_id)
            if changed:
                derived.refresh(uow.session, {client for _id, client in changed})
                uow.changed(Topic.ATTENDANCE, *(row_id for row_id, _client in changed))
                uow.changed(Topic.CLIENT, *{client for _id, client in changed})
            return build_roll_call(uow.session, schedule, day, today)

    def modality_adherence(self, first: date, last: date) -> list[ModalityAdherence]:
        """Per way of attending (in person, video, phone), the sessions attended of those
        marked from ``first`` to ``last``, for the clinic's day programs."""
        self.ctx.require(Permission.VIEW_CLIENTS)
        counts: dict[str, list[int]] = {modality.value: [0, 0] for modality in ServiceModality}
        with self.ctx.unit_of_work(write=False) as uow:
            for modality, status, marks in uow.session.execute(
                    select(Attendance.modality, Attendance.status, func.count())
                    .join(Episode, Episode.id == Attendance.episode_id)
                    .where(Attendance.session_date >= first, Attendance.session_date <= last,
                           Episode.entered_in_error.is_(False))
                    .group_by(Attendance.modality, Attendance.status)):
                tally = counts.setdefault(modality, [0, 0])
                tally[1] += marks
                if is_attended(status):
                    tally[0] += marks
        return [ModalityAdherence(modality, attended, scheduled)
                for modality, (attended, scheduled) in counts.items()]

    def outreach(self) -> list[OutreachFlag]:
        """Clients in any day-program track today whose latest marks are two or more
        unexcused absences in a row."""
        self.ctx.require(Permission.VIEW_CLIENTS)
        with self.ctx.unit_of_work(write=False) as uow:
            schedules = [schedule_view(row) for row in uow.session.execute(
                schedule_query().where(ProgramSchedule.archived_at.is_(None)))]
            return outreach_flags(uow.session, schedules, self._today())

    # --- helpers -------------------------------------------------------------------------

    def _today(self) -> date:
        return self.ctx.clock().astimezone().date()

    def _write(self, uow: UnitOfWork, day: date,
               resolved: list[tuple[Episode, str, int, str]],
               saved: dict[int, Attendance], user_id: int) -> list[tuple[int, int]]:
        """Create or change the marks; the (attendance id, client id) of each one written."""
        changed: list[tuple[int, int]] = []
        for episode, status, minutes, modality in resolved:
            row = saved.get(episode.id)
            if row is not None and (row.status, row.minutes, row.modality) == (
                    status, minutes, modality):
                continue
            action = "update" if row is not None else "create"
            if row is None:
                row = Attendance(episode_id=episode.id, client_id=episode.client_id,
                                 session_date=day)
                uow.session.add(row)
            row.status, row.minutes, row.recorded_by_id = status, minutes, user_id
            row.modality = modality
            try:
                uow.session.flush()
            except IntegrityError as error:
                # Another workstation saved this client's mark for the day since the
                # roll call was read (PostgreSQL; SQLite takes one writer at a time).
                raise stale_conflict() from error
            uow.audit(action, "attendance", row.id,
                      f"{status} ({minutes} min{_by(modality)}) on {day.isoformat()} for client "
                      f"{episode.client_id}")
            changed.append((row.id, episode.client_id))
        return changed


def _by(modality: str) -> str:
    """How a session was attended, for the audit detail (nothing when in person)."""
    return "" if modality == ServiceModality.IN_PERSON else f", by {modality}"


def _schedule(session: Session, schedule_id: int) -> ScheduleView:
    view = load_schedule_view(session, schedule_id)
    if view is None:
        raise NotFound(said("Validation", "That program schedule does not exist."))
    return view


def _episodes(session: Session, ids: list[int]) -> dict[int, tuple[Episode, str, bool]]:
    """The episodes the marks name, with their clients' names and whether the client's
    record is archived; NotFound for a stranger."""
    found: dict[int, tuple[Episode, str, bool]] = {}
    for first in range(0, len(ids), 1000):
        for episode, given, family, status in session.execute(
                select(Episode, Client.given_name, Client.family_name, Client.status)
                .join(Client, Client.id == Episode.client_id)
                .where(Episode.id.in_(ids[first:first + 1000]))):
            found[episode.id] = (episode, f"{given} {family}",
                                 status == ClientStatus.ARCHIVED.value)
    if missing := [episode_id for episode_id in ids if episode_id not in found]:
        raise NotFound(f"Episode {missing[0]} does not exist.")
    return found


def _check_day(schedule: ScheduleView, day: date, today: date) -> None:
    if schedule.archived:
        raise ValidationError(said("Validation", "This program schedule is archived; it takes "
                                                 "no more roll calls."))
    if day > today:
        raise ValidationError.for_fields({"day": said(
            "Validation", "%1 is after today; attendance is marked on the day of the session "
                          "or later.").arg(day)})
    if problem := clinical_date_problem(said("Validation", "The session date"), day, today=today):
        raise ValidationError.for_fields({"day": problem})
    if not meets_on(frozenset(schedule.weekdays), day):
        raise ValidationError.for_fields({"day": (
            f"The {schedule.track} track meets on {schedule.days_words}; "
            f"{day.isoformat()} is a {WEEKDAY_TITLES[day.weekday()]}.")})


def _mark_problem(schedule: ScheduleView, episode: Episode, name: str, mark: AttendanceMark,
                  day: date, seen: set[int]) -> str | None:
    if mark.episode_id in seen:
        return f"{name} is marked twice in this roll call."
    if mark.status not in _MARKS:
        return (f"{name}: '{mark.status}' is not an attendance mark; choose present, late, "
                "telehealth, excused or unexcused.")
    if (episode.facility_id, episode.level_code, episode.track) != (
            schedule.facility_id, schedule.level_code, schedule.track) \
            or episode.entered_in_error:
        return f"{name}'s episode is not in this program's {schedule.track} track."
    if episode.status not in ("active", "completed"):
        return f"{name}'s episode has not started."
    if day < episode.start_date:
        return (f"{name}'s episode started on {episode.start_date.isoformat()}, after "
                f"{day.isoformat()}.")
    if episode.end_date is not None and day > episode.end_date:
        return (f"{name}'s episode ended on {episode.end_date.isoformat()}, before "
                f"{day.isoformat()}.")
    return None


def _cleaned(details: ScheduleInput) -> ScheduleInput:
    return replace(details, level_code=details.level_code.strip().upper(),
                   track=details.track.strip().lower(),
                   weekdays=tuple(sorted(set(details.weekdays))))


def _check_schedule(session: Session, details: ScheduleInput, *,
                    schedule_id: int | None) -> None:
    problems: dict[str, str] = {}
    facility = (session.get(Facility, details.facility_id)
                if possible_key(details.facility_id) else None)
    level = session.get(LevelOfCare, details.level_code)
    if facility is None or facility.archived_at is not None:
        problems["facility_id"] = said(
            "Validation", "That program is not in the list of facilities.")
    if level is None:
        if "facility_id" not in problems or details.level_code:
            problems["level_code"] = f"'{details.level_code}' is not a level of care."
    elif level.round_the_clock is not False:
        problems["level_code"] = said(
            "Validation", "%1 is 24-hour care; schedules are for day programs such as IOP and "
                          "PHP.").arg(level.name)
    elif facility is not None and session.get(
            FacilityLevel, (facility.id, level.code)) is None:
        problems["level_code"] = said("Validation", "%1 does not offer %2.").arg(
            facility.name, level.name)
    if details.track not in _TRACKS:
        problems["track"] = said("Validation", "Choose a track: morning, afternoon or evening.")
    if not details.weekdays:
        problems["weekdays"] = said("Validation", "Choose at least one day the track meets.")
    elif any(day not in range(7) for day in details.weekdays):
        problems["weekdays"] = said(
            "Validation", "Days of the week are numbered 0 (Monday) to 6 (Sunday).")
    if not MIN_SESSION_MINUTES <= details.session_minutes <= MAX_SESSION_MINUTES:
        problems["session_minutes"] = said(
            "Validation", "A session lasts from %1 to %2 minutes.").arg(
            MIN_SESSION_MINUTES, MAX_SESSION_MINUTES)
    if problems:
        raise ValidationError.for_fields(problems)
    same = session.execute(select(ProgramSchedule.id).where(
        ProgramSchedule.facility_id == details.facility_id,
        ProgramSchedule.level_code == details.level_code,
        ProgramSchedule.track == details.track,
        ProgramSchedule.archived_at.is_(None))).scalars().all()
    if [other for other in same if other != schedule_id]:
        raise Conflict(f"This program already has a schedule for its {details.track} track; "
                       "edit that one.")


def _apply(schedule: ProgramSchedule, details: ScheduleInput) -> None:
    schedule.facility_id = details.facility_id
    schedule.level_code = details.level_code
    schedule.track = details.track
    schedule.weekdays = weekdays_text(details.weekdays)
    schedule.session_minutes = details.session_minutes
    schedule.starts_at = details.starts_at


def _describe(details: ScheduleInput) -> str:
    return (f"{details.level_code} {details.track} track of facility {details.facility_id}: "
            f"{weekdays_text(details.weekdays)}, {details.session_minutes} min")

