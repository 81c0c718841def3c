"""Retention in IOP and PHP: of the clients admitted in the period, the share still engaged
30, 60 and 90 days later, as a Kaplan-Meier estimate (admissions too recent to have reached
the day are censored, not counted as lost) and as a plain share of those seen that far.

Each admission is an episode at IOP or PHP that started in the period (none entered in
error, none planned or cancelled). How it ended decides whether it counts as retained:

* still in the episode on the report's day: engaged so far (censored on that day);
* ended with a discharge disposition that begins with "Completed" (the wording the app
  suggests for an exit, "Completed treatment"), or followed by a lower level of care that
  started within the clinic's step-down window (setting ``step_down_window_days``): the
  client completed the program and counts as retained on every later day;
* followed by a higher level of care within that window (a step up): still in care,
  counted as retained (not as completed);
* otherwise the client left: engaged through the last day of the episode, not on the day
  after. While the window after the discharge is still open on the report's day and
  nothing has started, the admission is censored on its last day.

Day 0 is the admission day; engaged on day N means in the episode on day N (its end date
counts) or having completed it or moved to another level before.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from sqlalchemy import Connection, select

from coordinator.domain.errors import ValidationError
from coordinator.domain.outcome_stats import Observation, Survival, kaplan_meier
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
    percent_text,
)
from coordinator.services.reports.census import filters_words
from coordinator.services.reports.dto import ReportFilters, ReportPeriod
from coordinator.services.settings import read_settings
from coordinator.store.models import Client, Episode, Facility, LevelOfCare, User

LEVELS = ("IOP", "PHP")
DAYS = (30, 60, 90)
_STARTED = (EpisodeStatus.ACTIVE.value, EpisodeStatus.COMPLETED.value)
_BATCH = 500
_COMPLETED_PREFIX = "completed"


class Ending(StrEnum):
    ACTIVE = "active"  # still in the episode on the report's day
    COMPLETED = "completed"  # completion disposition, or stepped down within the window
    MOVED = "moved"  # stepped up within the window: still in care
    LEFT = "left"  # ended otherwise: engaged through its last day
    PENDING = "pending"  # ended; the window for a next level is still open


@dataclass(frozen=True)
class Admission:
    client_id: int
    client_name: str
    record_number: str
    case_manager: str
    episode_id: int
    level_code: str
    program: str
    start: date
    end: date | None  # None while still in the episode on the report's day
    disposition: str
    ending: Ending
    next_level: str  # the level moved to ("" when none)
    window_ends: date | None  # for PENDING: the last day a next level could start

    @property
    def last_day(self) -> int | None:
        """The day number of the episode's last day (None while it goes on)."""
        return None if self.end is None else (self.end - self.start).days

    def observation(self, as_of: date) -> Observation:
        if self.ending is Ending.LEFT:
            return Observation((self.last_day or 0) + 1, event=True)
        if self.ending is Ending.PENDING:
            return Observation(self.last_day)
        if self.ending is Ending.ACTIVE:
            return Observation((as_of - self.start).days)
        return Observation(None)

    def engaged_on(self, day: int) -> bool | None:
        """Whether engaged on ``day`` as far as the record tells (None: not known yet)."""
        last = self.last_day
        if self.ending is Ending.LEFT:
            return last is not None and last >= day
        if self.ending is Ending.PENDING and last is not None and last < day:
            return None
        return True

    def observed_on(self, day: int, as_of: date) -> bool:
        """Whether day ``day`` is on or before the report's day and decided."""
        return self.start + timedelta(days=day) <= as_of and self.engaged_on(day) is not None


@dataclass(frozen=True)
class _Later:
    start: date
    level_code: str
    intensity: int


def admissions(connection: Connection, period: ReportPeriod, filters: ReportFilters,
               as_of: date) -> tuple[list[Admission], int]:
    """The admissions of the period matching ``filters``, oldest first, and the step-down
    window (days) used to judge what followed them."""
    if filters.level_code and filters.level_code not in LEVELS:
        raise ValidationError.for_fields({"level_code": (
            f"{filters.level_code} is not a level this report follows: choose IOP or PHP.")})
    window = int(read_settings(connection)["step_down_window_days"])
    query = (
        select(Episode.id, Episode.client_id, Episode.level_code, LevelOfCare.intensity,
               Facility.name, Episode.start_date, Episode.end_date,
               Episode.discharge_disposition, Client.record_number, Client.family_name,
               Client.given_name, Client.insurance_payer, User.full_name)
        .join(Client, Client.id == Episode.client_id)
        .join(LevelOfCare, LevelOfCare.code == Episode.level_code)
        .outerjoin(Facility, Facility.id == Episode.facility_id)
        .outerjoin(User, User.id == Client.primary_case_manager_id)
        .where(Episode.level_code.in_((filters.level_code,) if filters.level_code
                                      else LEVELS),
               Episode.status.in_(_STARTED), Episode.entered_in_error.is_(False),
               Episode.start_date >= period.first_day, Episode.start_date <= period.last_day,
               # An admission after the report's day has not happened yet.
               Episode.start_date <= as_of,
               Client.status != ClientStatus.ARCHIVED.value)
        .order_by(Episode.start_date, Client.family_name_key, Client.given_name_key,
                  Episode.client_id, Episode.id))
    if filters.facility_id is not None:
        query = query.where(Episode.facility_id == filters.facility_id)
    if filters.track:
        query = query.where(Episode.track == filters.track)
    if filters.case_manager_id is not None:
        query = query.where(Client.primary_case_manager_id == filters.case_manager_id)
    # Free text: compared here, case-folded, the same on both engines.
    payer = filters.payer.strip().casefold()
    rows = [row for row in connection.execute(query).all()
            if not payer or row.insurance_payer.strip().casefold() == payer]
    later = _later_episodes(connection, {row.client_id for row in rows}, as_of)
    found = []
    for (episode_id, client_id, level, intensity, program, start, end, disposition,
         record_number, family, given, _payer, manager) in rows:
        ended = end if end is not None and end <= as_of else None
        ending, next_level, window_ends = _ending(
            ended, intensity, level, disposition, later.get(client_id, ()), window, as_of)
        found.append(Admission(
            client_id, f"{family}, {given}", record_number, manager or "", episode_id, level,
            program or "", start, ended, disposition if ended else "", ending, next_level,
            window_ends))
    return found, window


def _later_episodes(connection: Connection, client_ids: Iterable[int],
                    as_of: date) -> dict[int, list[_Later]]:
    """The episodes these clients started by ``as_of`` (none in error), in start order."""
    ids = sorted(client_ids)
    found: dict[int, list[_Later]] = defaultdict(list)
    for first in range(0, len(ids), _BATCH):
        rows = connection.execute(
            select(Episode.client_id, Episode.start_date, Episode.level_code,
                   LevelOfCare.intensity)
            .join(LevelOfCare, LevelOfCare.code == Episode.level_code)
            .where(Episode.client_id.in_(ids[first:first + _BATCH]),
                   Episode.entered_in_error.is_(False), Episode.status.in_(_STARTED),
                   Episode.start_date <= as_of)
            .order_by(Episode.client_id, Episode.start_date, Episode.id)).all()
        for client_id, start, level, intensity in rows:
            found[client_id].append(_Later(start, level, intensity))
    return found


def _ending(end: date | None, intensity: int, level: str, disposition: str,
            later: Sequence[_Later], window: int,
            as_of: date) -> tuple[Ending, str, date | None]:
    if end is None:
        return Ending.ACTIVE, "", None
    if disposition.strip().casefold().startswith(_COMPLETED_PREFIX):
        return Ending.COMPLETED, "", None
    window_ends = end + timedelta(days=window)
    moved = next((episode for episode in later if episode.level_code != level
                  and end <= episode.start <= window_ends), None)
    if moved is not None:
        if moved.intensity < intensity:
            return Ending.COMPLETED, moved.level_code, None
        return Ending.MOVED, moved.level_code, None
    if window_ends < as_of:
        return Ending.LEFT, "", None
    return Ending.PENDING, "", window_ends


# --- the sheet --------------------------------------------------------------------------

ADMISSIONS = "retention.admissions"
COMPLETED = "retention.completed"
STILL_IN = "retention.still_in"


def left_before_key(day: int) -> str:
    return f"retention.left_before_{day}"


def observed_key(day: int) -> str:
    return f"retention.observed_{day}"


_COLUMNS = ("Client", "Record number", "Level", "Program", "Admitted", "Ended",
            "Last day", "Outcome", "Disposition", "Case manager")


def sheet(connection: Connection, period: ReportPeriod, filters: ReportFilters,
          as_of: date) -> ReportSheet:
    found, window = admissions(connection, period, filters, as_of)
    curve = kaplan_meier(case.observation(as_of) for case in found)
    levels = [level for level in LEVELS if not filters.level_code or level == filters.level_code]
    figures: list[Figure] = [Figure("retention.admissions", "Admissions", float(len(found)),
                                    Unit.COUNT, list_key=ADMISSIONS)]
    lists: list[CaseList] = [_list(ADMISSIONS, "Admissions in the period", found, as_of)]
    for day in DAYS:
        left = [case for case in found if case.engaged_on(day) is False]
        followed = curve.at_risk(day)
        figures.append(Figure(
            f"retention.km_{day}", f"Retained at day {day} (Kaplan-Meier)", curve.at(day),
            Unit.PERCENT, detail=f"{followed} followed to day {day}; {len(left)} left before",
            list_key=left_before_key(day)))
        seen = [case for case in found if case.observed_on(day, as_of)]
        kept = sum(1 for case in seen if case.engaged_on(day))
        figures.append(Figure(
            f"retention.share_{day}", f"Retained at day {day} (of those seen that far)",
            kept / len(seen) if seen else None, Unit.PERCENT, kept, len(seen),
            list_key=observed_key(day)))
        lists.append(_list(left_before_key(day), f"Left before day {day}", left, as_of))
        lists.append(_list(observed_key(day), f"Seen to day {day}", seen, as_of,
                           engaged_day=day))
    ended = [case for case in found
             if case.ending in (Ending.COMPLETED, Ending.MOVED, Ending.LEFT)]
    completed = [case for case in ended if case.ending is Ending.COMPLETED]
    still_in = [case for case in found if case.ending is Ending.ACTIVE]
    figures.append(Figure("retention.completed", "Completed the program (of those ended)",
                          len(completed) / len(ended) if ended else None, Unit.PERCENT,
                          len(completed), len(ended), list_key=COMPLETED))
    figures.append(Figure("retention.still_in", "Still in the program", float(len(still_in)),
                          Unit.COUNT, list_key=STILL_IN))
    lists.append(_list(COMPLETED, "Completed the program", completed, as_of))
    lists.append(_list(STILL_IN, "Still in the program", still_in, as_of))
    by_level = {level: [case for case in found if case.level_code == level]
                for level in levels}
    curves = {level: kaplan_meier(case.observation(as_of) for case in cases)
              for level, cases in by_level.items()}
    return ReportSheet(
        name="retention", title="Retention in IOP and PHP",
        first_day=period.first_day, last_day=period.last_day, as_of=as_of,
        filters=filters_words(connection, filters),
        definition=_definition(window, as_of), figures=tuple(figures),
        charts=(_chart(curves, found, as_of),) if found else (),
        tables=(_table(by_level, curves),), lists=tuple(lists),
        note=_note(period, filters, found, levels))


def _definition(window: int, as_of: date) -> str:
    return (
        "Clients admitted to IOP or PHP in the period (an episode at that level starting "
        "in the period; none entered in error), judged on "
        f"{as_of.isoformat()}. Day 0 is the admission day. Engaged on day N: still in the "
        "episode on day N (its last day counts), or it ended in completion or a move to "
        "another level of care before. Completed: the discharge disposition begins with "
        f"\"Completed\" (e.g. \"Completed treatment\"), or a lower level of care started "
        f"within {window} days of the discharge (the step-down window); a higher level "
        f"started within {window} days counts as still in care, not completed. Any other "
        "ending counts as leaving, from the day after the episode's last day. Retained at "
        "day N (Kaplan-Meier): admissions still in the program on the report's day, or "
        "whose window for a next level is still open, are censored rather than counted "
        "as lost. Of those seen that far: the plain share among admissions whose day N is "
        "on or before the report's day and decided. Completed: of the admissions that "
        "ended (completed, moved or left). Program and track: of the admitting episode; "
        "case manager and payer: the client's now.")


def _chart(curves: dict[str, Survival], found: Sequence[Admission], as_of: date) -> Chart:
    horizon = max(_followed_to(case, as_of) for case in found)
    days = {0, horizon}
    for curve in curves.values():
        days.update(step.day for step in curve.steps if step.day <= horizon)
    x = tuple(sorted(days))
    series = tuple(Series(level, tuple(curve.value(day) for day in x))
                   for level, curve in curves.items() if curve.cases)
    words = "; ".join(
        f"{item.name}: " + ", ".join(
            f"day {day} {percent_text(curves[item.name].at(day))}" for day in DAYS)
        for item in series)
    return Chart(
        "retention.curve", "Share still engaged by day since admission", ChartKind.STEP,
        tuple(float(day) for day in x), tuple(str(day) for day in x), series,
        "Days since admission", "Still engaged", y_max=1.0, y_unit=Unit.PERCENT,
        description=f"Kaplan-Meier curves from day 0 to day {horizon}. {words}.")


def _followed_to(case: Admission, as_of: date) -> int:
    observation = case.observation(as_of)
    return observation.day if observation.day is not None else (as_of - case.start).days


def _table(by_level: dict[str, list[Admission]], curves: dict[str, Survival]) -> Table:
    rows = []
    for level, cases in by_level.items():
        ended = [case for case in cases
                 if case.ending in (Ending.COMPLETED, Ending.MOVED, Ending.LEFT)]
        completed = sum(1 for case in ended if case.ending is Ending.COMPLETED)
        rows.append((level, str(len(cases)),
                     *(percent_text(curves[level].at(day)) for day in DAYS),
                     f"{completed} of {len(ended)}",
                     str(sum(1 for case in cases if case.ending is Ending.LEFT)),
                     str(sum(1 for case in cases if case.ending is Ending.ACTIVE))))
    return Table("retention.by_level", "By level of care",
                 ("Level", "Admissions", "Day 30", "Day 60", "Day 90", "Completed", "Left",
                  "Still in"), tuple(rows), numeric=frozenset(range(1, 8)))


def _list(key: str, title: str, cases: Sequence[Admission], as_of: date,
          engaged_day: int | None = None) -> CaseList:
    columns = _COLUMNS if engaged_day is None else (*_COLUMNS, f"Engaged on day {engaged_day}")
    rows = []
    for case in cases:
        row: tuple[str, ...] = (
            case.client_name, case.record_number, case.level_code, case.program,
            case.start.isoformat(), case.end.isoformat() if case.end else "",
            "" if case.last_day is None else str(case.last_day), outcome_text(case),
            case.disposition, case.case_manager)
        if engaged_day is not None:
            row = (*row, "yes" if case.engaged_on(engaged_day) else "no")
        rows.append(row)
    return CaseList(key, title, columns, tuple(rows), tuple(case.client_id for case in cases))


def outcome_text(case: Admission) -> str:
    if case.ending is Ending.ACTIVE:
        return "Still in the program"
    if case.ending is Ending.COMPLETED:
        return f"Stepped down to {case.next_level}" if case.next_level else "Completed"
    if case.ending is Ending.MOVED:
        return f"Stepped up to {case.next_level}"
    if case.ending is Ending.LEFT:
        return "Left"
    until = case.window_ends.isoformat() if case.window_ends else ""
    return f"Ended; a next level may still start until {until}"


def _note(period: ReportPeriod, filters: ReportFilters, found: Sequence[Admission],
          levels: Sequence[str]) -> str:
    if found:
        return ""
    narrowed = " matching the filters" if filters != ReportFilters() else ""
    return (f"No clients{narrowed} were admitted to {' or '.join(levels)} between "
            f"{period.first_day.isoformat()} and {period.last_day.isoformat()}.")
