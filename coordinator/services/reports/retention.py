"""Retention in IOP and PHP: of the clients admitted in the period, the share still engaged
30, 60 and 90 days later, as a Kaplan-Meier estimate (admissions too recent to have reached
the day are censored, not counted as lost) and as a plain share of those seen that far.

Each admission is an episode at IOP or PHP that started in the period (none entered in
error, none planned or cancelled). How it ended decides whether it counts as retained:

* still in the episode on the report's day: engaged so far (censored on that day);
* ended with a discharge disposition that begins with "Completed" (the wording the app
  suggests for an exit, "Completed treatment") or, in Spanish, "Completó", or followed by a
  lower level of care that started within the clinic's step-down window (setting
  ``step_down_window_days``): the client completed the program and counts as retained on
  every later day;
* followed by a higher level of care within that window (a step up): still in care,
  counted as retained (not as completed);
* otherwise the client left: engaged through the last day of the episode, not on the day
  after. While the window after the discharge is still open on the report's day and
  nothing has started, the admission is censored on its last day.

Day 0 is the admission day; engaged on day N means in the episode on day N (its end date
counts) or having completed it or moved to another level before.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from functools import lru_cache
from typing import NamedTuple

from sqlalchemy import Connection, select
from sqlalchemy.orm import aliased

from coordinator.domain.errors import ValidationError
from coordinator.domain.outcome_stats import Observation, Survival, kaplan_meier
from coordinator.domain.vocabulary import ClientStatus, EpisodeStatus
from coordinator.domain.words import Words, joined, said
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
from coordinator.services.reports.dto import ReportFilters, ReportPeriod
from coordinator.services.reports.wording import filters_text
from coordinator.services.settings import read_settings
from coordinator.store.models import Client, Episode, Facility, LevelOfCare, User

LEVELS = ("IOP", "PHP")
DAYS = (30, 60, 90)
_STARTED = (EpisodeStatus.ACTIVE.value, EpisodeStatus.COMPLETED.value)
# A disposition that says the program was completed begins with one of these, compared
# without case or accents: the app's English ("Completed treatment") and the Spanish staff
# write ("Completó el tratamiento", "Completado", "Completada").
_COMPLETED_PREFIXES = ("completed", "completo", "completado", "completada")


class Ending(StrEnum):
    ACTIVE = "active"  # still in the episode on the report's day
    COMPLETED = "completed"  # completion disposition, or stepped down within the window
    MOVED = "moved"  # stepped up within the window: still in care
    LEFT = "left"  # ended otherwise: engaged through its last day
    PENDING = "pending"  # ended; the window for a next level is still open


class Admission(NamedTuple):
    """One admission and how it ended, as judged on the report's day (a named tuple: a
    quarter of a large clinic has some tens of thousands)."""

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
    last_day: int | None  # the day number of the episode's last day (None: goes on)

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


def admissions(connection: Connection, period: ReportPeriod, filters: ReportFilters,
               as_of: date) -> tuple[list[Admission], int]:
    """The admissions of the period matching ``filters``, oldest first, and the step-down
    window (days) used to judge what followed them."""
    if filters.level_code and filters.level_code not in LEVELS:
        raise ValidationError.for_fields({"level_code": (
            f"{filters.level_code} is not a level this report follows: choose IOP or PHP.")})
    window = int(read_settings(connection)["step_down_window_days"])
    intensity = dict(connection.execute(select(LevelOfCare.code, LevelOfCare.intensity)).all())
    # The first episode at another level that started on or after this one's last day (by
    # the report's day): its start and level, one indexed look-up per admission.
    following = aliased(Episode)
    first_next = (select(following.id).where(
        following.client_id == Episode.client_id,
        following.level_code != Episode.level_code,
        following.start_date >= Episode.end_date, following.start_date <= as_of,
        following.status.in_(_STARTED), following.entered_in_error.is_(False))
        .order_by(following.start_date, following.id).limit(1))
    query = (
        select(Episode.id, Episode.client_id, Episode.level_code, Facility.name,
               Episode.start_date, Episode.end_date, Episode.discharge_disposition,
               Client.record_number, Client.family_name, Client.given_name,
               Client.insurance_payer, User.full_name,
               first_next.with_only_columns(following.start_date).scalar_subquery(),
               first_next.with_only_columns(following.level_code).scalar_subquery())
        .join(Client, Client.id == Episode.client_id)
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
    found = []
    for (episode_id, client_id, level, program, start, end, disposition, record_number,
         family, given, client_payer, manager, next_start,
         next_level) in connection.execute(query).all():
        if not filters.payer_matches(client_payer):
            continue
        ended = end if end is not None and end <= as_of else None
        ending, moved_to, window_ends = _ending(
            ended, disposition, intensity[level], next_start,
            intensity.get(next_level or "", 0), next_level or "", window, as_of)
        found.append(Admission(
            client_id, f"{family}, {given}", record_number, manager or "", episode_id, level,
            program or "", start, ended, disposition if ended else "", ending, moved_to,
            window_ends, None if ended is None else (ended - start).days))
    return found, window


def _ending(end: date | None, disposition: str, intensity: int, next_start: date | None,
            next_intensity: int, next_level: str, window: int,
            as_of: date) -> tuple[Ending, str, date | None]:
    if end is None:
        return Ending.ACTIVE, "", None
    if _completed(disposition):
        return Ending.COMPLETED, "", None
    window_ends = end + timedelta(days=window)
    if next_start is not None and next_start <= window_ends:
        if next_intensity < intensity:
            return Ending.COMPLETED, next_level, None
        return Ending.MOVED, next_level, None
    if window_ends < as_of:
        return Ending.LEFT, "", None
    return Ending.PENDING, "", window_ends


@lru_cache(maxsize=4096)
def _completed(disposition: str) -> bool:
    # Remembered: a clinic words its discharges in a few hundred ways, and a large report
    # asks about tens of thousands of them.
    bare = disposition.strip().casefold()
    if not bare.isascii():
        bare = "".join(character for character in unicodedata.normalize("NFKD", bare)
                       if not unicodedata.combining(character))
    return bare.startswith(_COMPLETED_PREFIXES)


# --- the sheet --------------------------------------------------------------------------

ADMISSIONS = "retention.admissions"
COMPLETED = "retention.completed"
STILL_IN = "retention.still_in"


def left_before_key(day: int) -> str:
    return f"retention.left_before_{day}"


_COLUMNS = (said("RetentionReport", "Client"), said("RetentionReport", "Record number"),
            said("RetentionReport", "Level"), said("RetentionReport", "Program"),
            said("RetentionReport", "Admitted"), said("RetentionReport", "Ended"),
            said("RetentionReport", "Last day"), said("RetentionReport", "Outcome"),
            said("RetentionReport", "Disposition"), said("RetentionReport", "Case manager"),
            *(said("RetentionReport", "Day %1").arg(day) for day in DAYS))


def sheet(connection: Connection, period: ReportPeriod, filters: ReportFilters,
          as_of: date) -> ReportSheet:
    found, window = admissions(connection, period, filters, as_of)
    observations = [case.observation(as_of) for case in found]
    curve = kaplan_meier(observations)
    levels = [level for level in LEVELS if not filters.level_code or level == filters.level_code]
    # Each admission's state on days 30, 60, 90, worked out once; its list row is written
    # when a list showing it is first opened or saved.
    engaged = [{day: case.engaged_on(day) for day in DAYS} for case in found]
    # Each day observed: on or before the report's day, and decided.
    seen_on = [{day: elapsed >= day and states[day] is not None for day in DAYS}
               for elapsed, states in zip(((as_of - case.start).days for case in found),
                                          engaged, strict=True)]
    rows = _Rows(found, engaged, seen_on)
    everyone = range(len(found))
    figures: list[Figure] = [Figure("retention.admissions",
                                    said("RetentionReport", "Admissions"), float(len(found)),
                                    Unit.COUNT, list_key=ADMISSIONS)]
    lists: list[CaseList] = [_list(ADMISSIONS,
                                   said("RetentionReport", "Admissions in the period"), found, rows,
                                   everyone)]
    for day in DAYS:
        left = [i for i in everyone if engaged[i][day] is False]
        seen = [i for i in everyone if seen_on[i][day]]
        kept = sum(1 for i in seen if engaged[i][day])
        figures.append(Figure(
            f"retention.km_{day}",
            said("RetentionReport", "Retained at day %1 (Kaplan-Meier)").arg(day), curve.at(day),
            Unit.PERCENT,
            detail=said("RetentionReport", "%1 followed to day %2; %3 left before").arg(
                curve.at_risk(day), day, len(left)),
            list_key=left_before_key(day)))
        figures.append(Figure(
            f"retention.share_{day}",
            said("RetentionReport", "Retained at day %1 (of those seen that far)").arg(day),
            kept / len(seen) if seen else None, Unit.PERCENT, kept, len(seen),
            # The admissions list says for each whether it was engaged on this day ("yes",
            # "no") or is not seen that far yet.
            list_key=ADMISSIONS))
        lists.append(_list(left_before_key(day),
                           said("RetentionReport", "Left before day %1").arg(day), found, rows,
                           left))
    ended = [i for i in everyone
             if found[i].ending in (Ending.COMPLETED, Ending.MOVED, Ending.LEFT)]
    completed = [i for i in ended if found[i].ending is Ending.COMPLETED]
    still_in = [i for i in everyone if found[i].ending is Ending.ACTIVE]
    figures.append(Figure("retention.completed",
                          said("RetentionReport", "Completed the program (of those ended)"),
                          len(completed) / len(ended) if ended else None, Unit.PERCENT,
                          len(completed), len(ended), list_key=COMPLETED))
    figures.append(Figure("retention.still_in",
                          said("RetentionReport", "Still in the program"), float(len(still_in)),
                          Unit.COUNT, list_key=STILL_IN))
    lists.append(_list(COMPLETED, said("RetentionReport", "Completed the program"), found, rows,
                       completed))
    lists.append(_list(STILL_IN, said("RetentionReport", "Still in the program"), found, rows,
                       still_in))
    by_level = {level: [i for i in everyone if found[i].level_code == level]
                for level in levels}
    curves = {level: kaplan_meier(observations[i] for i in chosen)
              for level, chosen in by_level.items()}
    return ReportSheet(
        name="retention", title=said("Reports", "Retention in IOP and PHP"),
        first_day=period.first_day, last_day=period.last_day, as_of=as_of,
        filters=filters_text(connection, filters),
        definition=_definition(window, as_of), figures=tuple(figures),
        charts=(_chart(curves, found, observations, as_of),) if found else (),
        tables=(_table(found, by_level, curves),), lists=tuple(lists),
        note=_note(period, filters, found, levels))


def _definition(window: int, as_of: date) -> Words:
    return said(
        "RetentionReport",
        "Clients admitted to IOP or PHP in the period (an episode at that level starting "
        "in the period; none entered in error), judged on "
        "%1. Day 0 is the admission day. Engaged on day N: still in the "
        "episode on day N (its last day counts), or it ended in completion or a move to "
        "another level of care before. Completed: the discharge disposition begins with "
        "\"Completed\" or, in Spanish, \"Completó\" (e.g. \"Completed treatment\", "
        "\"Completó el tratamiento\"), or a lower level of care started "
        "within %2 days of the discharge (the step-down window); a higher level "
        "started within %2 days counts as still in care, not completed. Any other "
        "ending counts as leaving, from the day after the episode's last day. Retained at "
        "day N (Kaplan-Meier): admissions still in the program on the report's day, or "
        "whose window for a next level is still open, are censored rather than counted "
        "as lost. Of those seen that far: the plain share among admissions whose day N is "
        "on or before the report's day and decided. Completed: of the admissions that "
        "ended (completed, moved or left). Program and track: of the admitting episode; "
        "case manager and payer: the client's now.").arg(as_of, window)


def _chart(curves: dict[str, Survival], found: Sequence[Admission],
           observations: Sequence[Observation], as_of: date) -> Chart:
    horizon = max(observation.day if observation.day is not None
                  else (as_of - case.start).days
                  for case, observation in zip(found, observations, strict=True))
    days = {0, horizon, *(day for day in DAYS if day <= horizon)}  # ticks at 30, 60, 90
    for curve in curves.values():
        days.update(step.day for step in curve.steps if step.day <= horizon)
    x = tuple(sorted(days))
    series = tuple(Series(level, tuple(curve.value(day) for day in x))
                   for level, curve in curves.items() if curve.cases)
    words = joined(said("RetentionReport", "%1; %2"), [
        said("RetentionReport", "%1: %2").arg(item.name, joined(
            said("RetentionReport", "%1, %2"),
            [said("RetentionReport", "day %1 %2").arg(
                day, percent_text(curves[item.name].at(day))) for day in DAYS]))
        for item in series])
    return Chart(
        "retention.curve", said("RetentionReport", "Share still engaged by day since admission"),
        ChartKind.STEP, tuple(float(day) for day in x), tuple(str(day) for day in x), series,
        said("RetentionReport", "Days since admission"), said("RetentionReport", "Still engaged"),
        y_max=1.0, y_unit=Unit.PERCENT,
        description=said("RetentionReport",
                         "Kaplan-Meier curves from day 0 to day %1. %2.").arg(horizon, words))


def _table(found: Sequence[Admission], by_level: dict[str, list[int]],
           curves: dict[str, Survival]) -> Table:
    rows = []
    for level, chosen in by_level.items():
        endings = [found[i].ending for i in chosen]
        ended = sum(1 for ending in endings
                    if ending in (Ending.COMPLETED, Ending.MOVED, Ending.LEFT))
        rows.append((level, str(len(chosen)),
                     *(percent_text(curves[level].at(day)) for day in DAYS),
                     said("RetentionReport", "%1 of %2").arg(endings.count(Ending.COMPLETED),
                                                             ended),
                     str(endings.count(Ending.LEFT)), str(endings.count(Ending.ACTIVE))))
    return Table("retention.by_level", said("RetentionReport", "By level of care"),
                 (said("RetentionReport", "Level"), said("RetentionReport", "Admissions"),
                  *(said("RetentionReport", "Day %1").arg(day) for day in DAYS),
                  said("RetentionReport", "Completed"), said("RetentionReport", "Left"),
                  said("RetentionReport", "Still in")), tuple(rows),
                 numeric=frozenset(range(1, 8)))


def _row(case: Admission, engaged: dict[int, bool | None],
         seen: dict[int, bool]) -> tuple[str, ...]:
    """The admission as a list shows it; the day columns say "yes" (engaged on that day),
    "no" (left before it) or "not yet" (the day is after the report's day or undecided)."""
    return (case.client_name, case.record_number, case.level_code, case.program,
            case.start.isoformat(), case.end.isoformat() if case.end else "",
            "" if case.last_day is None else str(case.last_day), outcome_text(case),
            case.disposition, case.case_manager,
            *(_NO if engaged[day] is False else _YES if seen[day] else _NOT_YET
              for day in DAYS))


_YES, _NO, _NOT_YET = (said("RetentionReport", "yes"), said("RetentionReport", "no"),
                      said("RetentionReport", "not yet"))


@dataclass
class _Rows:
    """The admissions' list rows, each written once when first needed."""

    found: Sequence[Admission]
    engaged: Sequence[dict[int, bool | None]]
    seen_on: Sequence[dict[int, bool]]
    written: dict[int, tuple[str, ...]] = field(default_factory=dict)

    def __getitem__(self, index: int) -> tuple[str, ...]:
        if (row := self.written.get(index)) is None:
            row = self.written[index] = _row(self.found[index], self.engaged[index],
                                             self.seen_on[index])
        return row


def _list(key: str, title: Words, found: Sequence[Admission], rows: _Rows,
          chosen: Iterable[int]) -> CaseList:
    picked = list(chosen)
    return CaseList.later(key, title, _COLUMNS, len(picked), lambda: (
        tuple(rows[i] for i in picked), tuple(found[i].client_id for i in picked)))


def outcome_text(case: Admission) -> str:
    if case.ending is Ending.ACTIVE:
        return said("RetentionReport", "Still in the program")
    if case.ending is Ending.COMPLETED:
        if case.next_level:
            return said("RetentionReport", "Stepped down to %1").arg(case.next_level)
        return said("RetentionReport", "Completed")
    if case.ending is Ending.MOVED:
        return said("RetentionReport", "Stepped up to %1").arg(case.next_level or "")
    if case.ending is Ending.LEFT:
        return said("RetentionReport", "Left")
    return said("RetentionReport", "Ended; a next level may still start until %1").arg(
        case.window_ends or "")


def _note(period: ReportPeriod, filters: ReportFilters, found: Sequence[Admission],
          levels: Sequence[str]) -> str:
    if found:
        return ""
    admitted_to = joined(said("RetentionReport", "%1 or %2"), levels)
    if filters != ReportFilters():
        return said("RetentionReport", "No clients matching the filters were admitted to %1 "
                                       "between %2 and %3.").arg(
            admitted_to, period.first_day, period.last_day)
    return said("RetentionReport", "No clients were admitted to %1 between %2 and %3.").arg(
        admitted_to, period.first_day, period.last_day)
