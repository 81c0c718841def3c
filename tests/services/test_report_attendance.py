"""The attendance report: adherence (attended of expected sessions) by track and week, and
the clients flagged for outreach, on roll calls taken through the attendance service.

The report's numbers are checked against a count worked out here in plain Python from the
marks the test saved (never from the report's or the roll call's code), over several
periods and filters.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import pytest

from coordinator.domain.errors import PermissionDenied
from coordinator.domain.vocabulary import FacilityKind
from coordinator.reports.outcome_data import ChartKind, ReportSheet
from coordinator.services.app import AppServices
from coordinator.services.attendance_views import AttendanceMark, ScheduleInput
from coordinator.services.care import EpisodeInput
from coordinator.services.dto import ClientInput
from coordinator.services.facilities import FacilityInput
from coordinator.services.reports import ReportFilters, ReportPeriod
from coordinator.store.engine import Database
from tests.services.helpers import (
    SteppingClock,
    add_case_managers,
    admin_services,
    signed_in,
)

TODAY = date(2026, 4, 15)
LAST_ROLL_CALL = date(2026, 4, 12)
ATTENDED = {"present", "late", "telehealth"}


def d(month: int, day: int) -> date:
    return date(2026, month, day)


@dataclass(frozen=True)
class Track:
    key: str
    program: str  # "harbor" (IOP) or "bay" (PHP)
    level: str
    track: str
    weekdays: tuple[int, ...]


TRACKS = (
    Track("iop_morning", "harbor", "IOP", "morning", (0, 2, 4)),
    Track("iop_evening", "harbor", "IOP", "evening", (0, 1, 3)),
    Track("php_morning", "bay", "PHP", "morning", (0, 1, 2, 3, 4)),
)


@dataclass(frozen=True)
class Person:
    given: str
    family: str
    payer: str
    manager: str
    track: str  # a key of TRACKS
    start: date
    end: date | None
    cycle: tuple[str, ...]  # marks in turn, session by session ("" = not marked)
    overrides: tuple[tuple[date, str], ...] = ()


CASELOAD = (
    # Mostly there; two unexcused absences in a row on 8 and 10 April: flagged then.
    Person("Ada", "Moss", "Medicaid", "cara", "iop_morning", d(3, 2), None,
           ("present", "present", "late", "unexcused", "present", "telehealth", "excused"),
           ((d(4, 8), "unexcused"), (d(4, 10), "unexcused"))),
    # Always there but for 17 and 19 March (flagged on those days, cleared on the 23rd);
    # no mark taken on 24 March.
    Person("Ben", "Ortiz", " medicaid ", "dev", "iop_evening", d(3, 2), None, ("present",),
           ((d(3, 17), "unexcused"), (d(3, 19), "unexcused"), (d(3, 24), ""))),
    # PHP until 10 April, every fifth session missed.
    Person("Cy", "Park", "Aetna", "cara", "php_morning", d(3, 2), d(4, 10),
           ("present", "present", "present", "late", "unexcused")),
    # From 16 March; an unexcused absence on 8 April followed by an excused one.
    Person("Di", "Quinn", "", "dev", "iop_morning", d(3, 16), None,
           ("present", "excused", "unexcused", "present"),
           ((d(4, 8), "unexcused"), (d(4, 10), "excused"))),
)


@dataclass(frozen=True)
class Mark:
    given: str
    track: Track
    day: date
    status: str


def sessions(person: Person) -> Iterator[Mark]:
    """The marks the test saves for ``person``: each session day of the track in the
    episode up to the last roll call, the cycle's mark unless overridden."""
    track = next(track for track in TRACKS if track.key == person.track)
    overrides = dict(person.overrides)
    day, number = person.start, 0
    while day <= min(person.end or LAST_ROLL_CALL, LAST_ROLL_CALL):
        if day.weekday() in track.weekdays:
            status = overrides.get(day, person.cycle[number % len(person.cycle)])
            number += 1
            if status:
                yield Mark(person.given, track, day, status)
        day += timedelta(days=1)


MARKS = tuple(mark for person in CASELOAD for mark in sessions(person))


@dataclass
class Built:
    services: AppServices
    managers: dict[str, int]
    programs: dict[str, int]


@pytest.fixture
def built(database: Database) -> Built:
    services = admin_services(database, SteppingClock(datetime(2026, 4, 15, 12, tzinfo=UTC)))
    managers = add_case_managers(services, "cara", "dev")
    programs = {
        "harbor": services.facilities.create(FacilityInput(
            "Harbor IOP", FacilityKind.OWN_PROGRAM.value, ("IOP",))).id,
        "bay": services.facilities.create(FacilityInput(
            "Bay PHP", FacilityKind.OWN_PROGRAM.value, ("PHP",))).id}
    schedules = {track.key: services.attendance.add_schedule(ScheduleInput(
        programs[track.program], track.level, track.track, track.weekdays,
        300 if track.level == "PHP" else 180)).id for track in TRACKS}
    episodes: dict[str, int] = {}
    for person in CASELOAD:
        track = next(track for track in TRACKS if track.key == person.track)
        client = services.clients.create(ClientInput(
            person.given, person.family, date(1990, 1, 1), insurance_payer=person.payer,
            primary_case_manager_id=managers[person.manager]))
        episodes[person.given] = services.episodes.add(client.id, EpisodeInput(
            track.level, person.start, facility_id=programs[track.program],
            track=track.track, end_date=person.end)).id
    roll_calls: dict[tuple[str, date], list[AttendanceMark]] = {}
    for mark in MARKS:
        roll_calls.setdefault((mark.track.key, mark.day), []).append(
            AttendanceMark(episodes[mark.given], mark.status))
    for (key, day), marks in sorted(roll_calls.items()):
        services.attendance.mark(schedules[key], day, marks)
    return Built(services, managers, programs)


# --- the independent count: plain Python over MARKS ---------------------------------------

@dataclass(frozen=True)
class Expected:
    attended: int
    expected: int
    by_track: dict[str, tuple[int, int, int, int]]  # marked, attended, excused, unexcused
    # track -> (week start, adherence) in the weeks in which every track had sessions
    weekly: dict[str, tuple[tuple[date, float], ...]]
    flagged: frozenset[tuple[str, int]]  # given name, unexcused in a row


def expected(first: date, last: date, as_of: date = TODAY, *, manager: str | None = None,
             payer: str = "", level: str | None = None, program: str | None = None,
             track: str | None = None) -> Expected:
    people = {person.given: person for person in CASELOAD}

    def wanted(given: str, of: Track) -> bool:
        person = people[given]
        return (manager in (None, person.manager)
                and (not payer or person.payer.strip().lower() == payer.lower())
                and level in (None, of.level) and program in (None, of.program)
                and track in (None, of.track))

    until = min(last, as_of)
    mondays: list[date] = []
    day = first
    while day <= until:
        if day == first or day.weekday() == 0:
            mondays.append(day)
        day += timedelta(days=1)
    counted = [mark for mark in MARKS if first <= mark.day <= until
               and wanted(mark.given, mark.track)]
    by_track: dict[str, tuple[int, int, int, int]] = {}
    shares_of: dict[str, list[float | None]] = {}
    for name in sorted({mark.track.track for mark in counted},
                       key=("morning", "afternoon", "evening").index):
        own = [mark for mark in counted if mark.track.track == name]
        by_track[name] = (len(own), sum(mark.status in ATTENDED for mark in own),
                          sum(mark.status == "excused" for mark in own),
                          sum(mark.status == "unexcused" for mark in own))
        shares: list[float | None] = []
        for number, monday in enumerate(mondays):
            following = mondays[number + 1] if number + 1 < len(mondays) else until
            week = [mark for mark in own if monday <= mark.day < following
                    or (following == until and mark.day == until)]
            came = sum(mark.status in ATTENDED for mark in week)
            due = came + sum(mark.status == "unexcused" for mark in week)
            shares.append(came / due if due else None)
        shares_of[name] = shares
    charted = [number for number in range(len(mondays))
               if all(shares[number] is not None for shares in shares_of.values())]
    weekly = {name: tuple((mondays[number], share) for number in charted
                          if (share := shares[number]) is not None)
              for name, shares in shares_of.items()}
    attended = sum(mark.status in ATTENDED for mark in counted)
    flagged: set[tuple[str, int]] = set()
    for person in CASELOAD:
        of = next(item for item in TRACKS if item.key == person.track)
        if not wanted(person.given, of) or not mondays:
            continue
        if not person.start <= until <= (person.end or until):
            continue
        run = 0
        for mark in sorted((mark for mark in MARKS
                            if mark.given == person.given and mark.day <= until),
                           key=lambda mark: mark.day, reverse=True):
            if mark.status != "unexcused":
                break
            run += 1
        if run >= 2:
            flagged.add((person.given, run))
    return Expected(attended, attended + sum(mark.status == "unexcused" for mark in counted),
                    by_track, weekly, frozenset(flagged))


def observed(sheet: ReportSheet) -> Expected:
    adherence = sheet.figure("attendance.adherence")
    assert adherence.numerator is not None and adherence.denominator is not None
    tables = {table.key: table for table in sheet.tables}
    by_track = ({row[0]: (int(row[1]), int(row[2]), int(row[3]), int(row[4]))
                 for row in tables["attendance.by_track"].rows}
                if "attendance.by_track" in tables else {})
    charts = [chart for chart in sheet.charts if chart.kind is ChartKind.LINE]
    weekly = {series.name: tuple(zip((date.fromisoformat(label) for label in chart.x_labels),
                                     series.values, strict=True))
              for chart in charts for series in chart.series}
    return Expected(
        adherence.numerator, adherence.denominator, by_track, weekly,
        frozenset((row[0].split(", ")[1], int(row[4]))
                  for row in sheet.case_list("attendance.outreach").rows))


PERIODS = [
    (d(3, 1), d(3, 31), TODAY),
    (d(3, 2), d(4, 12), TODAY),
    (d(3, 16), d(3, 22), TODAY),  # one week
    (d(4, 1), d(4, 30), TODAY),  # runs past the report's day
    (d(3, 1), d(3, 31), d(3, 20)),  # judged on 20 March: Ben flagged
    (d(3, 4), d(3, 11), TODAY),  # Wednesday to Wednesday: two partial weeks
]


def test_adherence_and_flags_equal_a_count_made_from_the_marks(built: Built) -> None:
    for first, last, as_of in PERIODS:
        sheet = built.services.reports.sheet("attendance", ReportPeriod(first, last, as_of))
        want = expected(first, last, as_of)
        assert observed(sheet) == want, (first, last, as_of)
        assert sheet.figure("attendance.adherence").value == pytest.approx(
            want.attended / want.expected)
        assert sheet.figure("attendance.outreach").value == len(want.flagged)


def test_the_filters_equal_a_count_made_from_the_marks(built: Built) -> None:
    period = (d(3, 1), d(4, 30))
    cases = [
        (ReportFilters(track="morning"), {"track": "morning"}),
        (ReportFilters(track="evening"), {"track": "evening"}),
        (ReportFilters(level_code="PHP"), {"level": "PHP"}),
        (ReportFilters(facility_id=built.programs["harbor"]), {"program": "harbor"}),
        (ReportFilters(case_manager_id=built.managers["cara"]), {"manager": "cara"}),
        (ReportFilters(case_manager_id=built.managers["dev"], track="morning"),
         {"manager": "dev", "track": "morning"}),
        (ReportFilters(payer="MEDICAID"), {"payer": "medicaid"}),
    ]
    for filters, by in cases:
        sheet = built.services.reports.sheet("attendance", ReportPeriod(*period), filters)
        assert observed(sheet) == expected(*period, **by), filters  # type: ignore[arg-type]


def test_one_week_by_hand(built: Built) -> None:
    reports = built.services.reports
    sheet = reports.sheet("attendance", ReportPeriod(d(3, 16), d(3, 22)))
    by_track = {row[0]: row[1:] for row in sheet.tables[0].rows}
    # Morning: Ada (excused, present, present) and Di (present, excused, unexcused) in IOP,
    # and Cy's five PHP sessions (one unexcused): 7 attended of 9 expected.
    assert by_track["morning"] == ("11", "7", "2", "2", "77.8 %")
    # Evening: Ben present Monday, unexcused Tuesday and Thursday.
    assert by_track["evening"] == ("3", "1", "0", "2", "33.3 %")
    adherence = sheet.figure("attendance.adherence")
    assert (adherence.numerator, adherence.denominator) == (8, 12)
    # On Sunday the 22nd Ben's latest two marks are unexcused: flagged.
    assert sheet.case_list("attendance.outreach").rows == (
        ("Ortiz, Ben", "MRN-000002", "Harbor IOP", "evening", "2", "2026-03-19",
         "2026-03-16", "Dev"),)
    # He came back on Monday the 23rd, which clears the flag.
    cleared = reports.sheet("attendance", ReportPeriod(d(3, 16), d(3, 23)))
    assert cleared.case_list("attendance.outreach").rows == ()
    assert cleared.figure("attendance.outreach").value == 0


def test_nothing_marked_gives_a_note_and_a_case_manager_cannot_read_it(
        database: Database, built: Built) -> None:
    reports = built.services.reports
    empty = reports.sheet("attendance", ReportPeriod(d(1, 1), d(2, 28)))
    assert empty.note == "No attendance was marked between 2026-01-01 and 2026-02-28."
    assert empty.figure("attendance.adherence").value is None
    narrowed = reports.sheet("attendance", ReportPeriod(d(3, 1), d(3, 31)),
                             ReportFilters(payer="Blue Cross"))
    assert narrowed.note == ("No attendance matching the filters was marked between "
                             "2026-03-01 and 2026-03-31.")

    # Reports are for supervisors and administrators.
    with pytest.raises(PermissionDenied):
        signed_in(database, "cara").reports.sheet("attendance",
                                                  ReportPeriod(d(3, 1), d(3, 31)))
