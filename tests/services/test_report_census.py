"""The census over time: clients in care at each level on each week's last day, and the
admissions and discharges, on a small caseload recorded through the services.

The report's numbers are checked against a count worked out here in plain Python from the
stays the test recorded (never from the report's code), over several periods and filters.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import pytest

from coordinator.domain.errors import PermissionDenied
from coordinator.domain.vocabulary import FacilityKind
from coordinator.reports.outcome_data import ChartKind, ReportSheet
from coordinator.services.app import AppServices
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

TODAY = date(2026, 6, 1)  # a Monday
LEVELS = ("OP", "IOP", "PHP", "RES", "INP", "WM")  # the order the report shows them in


def d(month: int, day: int) -> date:
    return date(2026, month, day)


@dataclass(frozen=True)
class Stay:
    level: str
    start: date
    end: date | None = None
    at_harbor: bool = False
    track: str | None = None
    in_error: bool = False  # marked entered in error after it was recorded


@dataclass(frozen=True)
class Person:
    given: str
    family: str
    payer: str
    manager: str
    stays: tuple[Stay, ...]
    archived: bool = False


CASELOAD = (
    # Residential to IOP on 10 March (a same-day transfer), IOP to outpatient on 20 April.
    Person("Ada", "Moss", "Medicaid", "cara",
           (Stay("RES", d(3, 2), d(3, 10)), Stay("IOP", d(3, 10), d(4, 20), True, "morning"),
            Stay("OP", d(4, 20)))),
    # A same-day inpatient stay on Thursday 5 March, then PHP until Friday 3 April.
    Person("Ben", "Ortiz", " medicaid ", "cara",
           (Stay("INP", d(3, 5), d(3, 5)), Stay("PHP", d(3, 9), d(4, 3), True, "morning"))),
    # Outpatient all along, with an evening IOP beside it from April to mid-May.
    Person("Cy", "Park", "Aetna", "dev",
           (Stay("OP", d(1, 15)), Stay("IOP", d(4, 6), d(5, 15), True, "evening"))),
    # Withdrawal management to residential on Wednesday 25 March; discharged on Sunday
    # 3 May, the last day of a week: not in that week's census.
    Person("Di", "Quinn", "Medicaid", "dev",
           (Stay("WM", d(3, 20), d(3, 25)), Stay("RES", d(3, 25), d(5, 3)))),
    # Outpatient from 20 May; an IOP stay in April was entered in error.
    Person("Gus", "Tan", "Aetna", "dev",
           (Stay("IOP", d(4, 1), d(4, 10), in_error=True), Stay("OP", d(5, 20)))),
    # Residential in March, but the record is archived: left out.
    Person("Ivy", "Vega", "Medicaid", "cara", (Stay("RES", d(3, 3), d(3, 20)),),
           archived=True),
    # IOP planned from 10 June: not in care, not admitted.
    Person("Hal", "Uno", "", "cara", (Stay("IOP", d(6, 10)),)),
)


@dataclass
class Built:
    services: AppServices
    managers: dict[str, int]
    harbor: int


@pytest.fixture
def built(database: Database) -> Built:
    services = admin_services(database, SteppingClock(datetime(2026, 6, 1, 12, tzinfo=UTC)))
    managers = add_case_managers(services, "cara", "dev")
    harbor = services.facilities.create(FacilityInput(
        "Harbor Day Program", FacilityKind.OWN_PROGRAM.value, ("IOP", "PHP"))).id
    for person in CASELOAD:
        client = services.clients.create(ClientInput(
            person.given, person.family, date(1990, 1, 1), insurance_payer=person.payer,
            primary_case_manager_id=managers[person.manager]))
        for stay in person.stays:
            episode = services.episodes.add(client.id, EpisodeInput(
                stay.level, stay.start, end_date=stay.end, track=stay.track,
                facility_id=harbor if stay.at_harbor else None))
            if stay.in_error:
                services.episodes.mark_entered_in_error(episode.id, episode.version,
                                                        "Another client's stay")
        if person.archived:
            services.clients.archive(client.id, services.clients.get(client.id).version)
    return Built(services, managers, harbor)


# --- the independent count: plain Python over CASELOAD ------------------------------------

@dataclass(frozen=True)
class Expected:
    week_starts: tuple[date, ...]
    census: dict[str, tuple[int, ...]]  # level -> clients in care at each week's census day
    in_care_at_end: frozenset[str]
    admissions: frozenset[tuple[str, str, date]]  # given name, level, first day
    discharges: frozenset[tuple[str, str, date]]  # given name, level, discharge day


def expected(first: date, last: date, as_of: date = TODAY, *, level: str | None = None,
             manager: str | None = None, payer: str = "", at_harbor: bool = False,
             track: str | None = None) -> Expected:
    starts: list[date] = []
    census_days: list[date] = []
    day = first
    while day <= last and day <= as_of:
        if day == first or day.weekday() == 0:
            starts.append(day)
        following = day + timedelta(days=1)
        if following.weekday() == 0 or day in (last, as_of):
            census_days.append(day)
        day = following
    stays = [(person.given, stay) for person in CASELOAD for stay in person.stays
             if not person.archived and not stay.in_error
             and manager in (None, person.manager)
             and (not payer or person.payer.strip().lower() == payer.lower())
             and level in (None, stay.level) and (not at_harbor or stay.at_harbor)
             and track in (None, stay.track) and stay.start <= TODAY]

    def in_care(stay: Stay, when: date) -> bool:
        # Counted at the end of the day: the discharge day is not a night of the stay,
        # unless the stay began and ended that day.
        return stay.start <= when and (stay.end is None or when < stay.end
                                       or when == stay.start)

    census = {code: tuple(len({given for given, stay in stays
                               if stay.level == code and in_care(stay, when)})
                          for when in census_days) for code in LEVELS}
    until = min(last, as_of)
    admissions = frozenset((given, stay.level, stay.start) for given, stay in stays
                           if first <= stay.start <= until)
    discharges = frozenset((given, stay.level, stay.end) for given, stay in stays
                           if stay.end is not None and first <= stay.end <= until)
    moved = {code for _given, code, _day in admissions | discharges}
    return Expected(
        tuple(starts),
        {code: counts for code, counts in census.items() if any(counts) or code in moved},
        frozenset(given for given, stay in stays
                  if census_days and in_care(stay, census_days[-1])),
        admissions, discharges)


def observed(sheet: ReportSheet) -> Expected:
    charts = {chart.key: chart for chart in sheet.charts}
    chart = charts.get("census.weekly")
    given = {name: name.split(", ")[1] for case in sheet.lists for name in
             (row[0] for row in case.rows)}

    def moves(key: str, column: int) -> frozenset[tuple[str, str, date]]:
        return frozenset((given[row[0]], row[2], date.fromisoformat(row[column]))
                         for row in sheet.case_list(key).rows)

    return Expected(
        tuple(date.fromisoformat(label) for label in chart.x_labels) if chart else (),
        {series.name: tuple(int(value) for value in series.values)
         for series in chart.series} if chart else {},
        frozenset(given[row[0]] for row in sheet.case_list("census.in_care").rows),
        moves("census.admissions", 3), moves("census.discharges", 4))


PERIODS = [
    (d(3, 1), d(3, 31), TODAY),
    (d(3, 1), d(5, 31), TODAY),
    (d(4, 15), d(6, 14), TODAY),  # runs past the report's day: weeks up to 1 June
    (d(1, 1), d(6, 1), TODAY),
    (d(3, 4), d(3, 4), TODAY),  # one Wednesday
    (d(3, 1), d(3, 31), d(3, 18)),  # judged on 18 March
]


def test_the_census_equals_a_count_made_from_the_stays(built: Built) -> None:
    # One caseload for all the periods (building it is the slow part).
    for first, last, as_of in PERIODS:
        sheet = built.services.reports.sheet("census", ReportPeriod(first, last, as_of))
        want = expected(first, last, as_of)
        assert observed(sheet) == want, (first, last, as_of)
        figures = {figure.key: figure.value for figure in sheet.figures}
        assert figures == {"census.in_care": len(want.in_care_at_end),
                           "census.admissions": len(want.admissions),
                           "census.discharges": len(want.discharges)}
        (chart,) = [chart for chart in sheet.charts if chart.kind is ChartKind.STACKED_AREA]
        assert chart.x == tuple(float(index) for index in range(len(want.week_starts)))
        weekly = next(table for table in sheet.tables if table.key == "census.by_week")
        # The table's admitted and discharged columns add up to the period's lists.
        assert sum(int(row[-2]) for row in weekly.rows) == len(want.admissions)
        assert sum(int(row[-1]) for row in weekly.rows) == len(want.discharges)
        assert sheet.note == ""


def test_the_filters_equal_a_count_made_from_the_stays(built: Built) -> None:
    spring = (d(3, 1), d(5, 31))
    cases = [
        (ReportFilters(level_code="IOP"), {"level": "IOP"}),
        (ReportFilters(level_code="RES"), {"level": "RES"}),
        (ReportFilters(case_manager_id=built.managers["cara"]), {"manager": "cara"}),
        (ReportFilters(case_manager_id=built.managers["dev"]), {"manager": "dev"}),
        (ReportFilters(payer="MEDICAID"), {"payer": "medicaid"}),
        (ReportFilters(payer="aetna", level_code="OP"), {"payer": "aetna", "level": "OP"}),
        (ReportFilters(facility_id=built.harbor), {"at_harbor": True}),
        (ReportFilters(track="morning"), {"track": "morning"}),
    ]
    for filters, by in cases:
        sheet = built.services.reports.sheet("census", ReportPeriod(*spring), filters)
        assert observed(sheet) == expected(*spring, **by), filters  # type: ignore[arg-type]


def test_a_same_day_transfer_counts_at_the_new_level_and_a_week_by_hand(
        built: Built) -> None:
    sheet = built.services.reports.sheet("census", ReportPeriod(d(3, 2), d(3, 15)))
    chart = next(chart for chart in sheet.charts if chart.key == "census.weekly")
    assert chart.x_labels == ("2026-03-02", "2026-03-09")
    series = {item.name: item.values for item in chart.series}
    # Sunday 8 March: Ada in residential care, Cy outpatient (Ben's one inpatient day was
    # the 5th). Sunday 15 March: Ada in IOP since the 10th, Ben in PHP, Cy outpatient.
    assert series == {"OP": (1.0, 1.0), "IOP": (0.0, 1.0), "PHP": (0.0, 1.0),
                      "RES": (1.0, 0.0), "INP": (0.0, 0.0)}
    assert sheet.figure("census.in_care").value == 3
    assert sheet.case_list("census.in_care").rows[0][:3] == ("Moss, Ada", "MRN-000001",
                                                              "IOP")
    admitted = sheet.case_list("census.admissions").rows
    assert [(row[0], row[2], row[3]) for row in admitted] == [
        ("Moss, Ada", "RES", "2026-03-02"), ("Ortiz, Ben", "INP", "2026-03-05"),
        ("Ortiz, Ben", "PHP", "2026-03-09"), ("Moss, Ada", "IOP", "2026-03-10")]


def test_nothing_to_count_gives_a_note_and_a_case_manager_cannot_read_it(
        database: Database, built: Built) -> None:
    reports = built.services.reports
    empty = reports.sheet("census", ReportPeriod(d(3, 1), d(3, 31)),
                          ReportFilters(payer="Blue Cross"))
    assert empty.note == ("No clients matching the filters were in care between "
                          "2026-03-01 and 2026-03-31.")
    assert [figure.value for figure in empty.figures] == [0, 0, 0]
    later = reports.sheet("census", ReportPeriod(d(7, 1), d(7, 31)))
    assert later.note == ("The period starts after 2026-06-01: there is no census for it "
                          "yet.")

    # Reports are for supervisors and administrators.
    with pytest.raises(PermissionDenied):
        signed_in(database, "cara").reports.sheet("census", ReportPeriod(d(3, 1), d(3, 31)))


def test_clients_with_the_same_names_and_a_readmission_at_one_level(
        database: Database) -> None:
    services = admin_services(database, SteppingClock(datetime(2026, 6, 1, 12, tzinfo=UTC)))
    first = services.clients.create(ClientInput("Sam", "Lee", date(1990, 1, 1)))
    second = services.clients.create(ClientInput("Sam", "Lee", date(1985, 5, 5)))
    # The second client's stay is recorded first, so its episode comes first.
    for client in (second, first):
        services.episodes.add(client.id, EpisodeInput("IOP", d(3, 9)))
    # Outpatient, discharged, and back at the same level a week later.
    other = services.clients.create(ClientInput("Ada", "Moss", date(1990, 1, 1)))
    services.episodes.add(other.id, EpisodeInput("OP", d(3, 2), end_date=d(3, 10)))
    services.episodes.add(other.id, EpisodeInput("OP", d(3, 12)))

    sheet = services.reports.sheet("census", ReportPeriod(d(3, 2), d(3, 22)))
    chart = next(chart for chart in sheet.charts if chart.key == "census.weekly")
    # Sundays 8, 15 and 22 March.
    assert {series.name: series.values for series in chart.series} == {
        "OP": (1.0, 1.0, 1.0), "IOP": (0.0, 2.0, 2.0)}
    # Admissions on one day go by name, then by the order the episodes were recorded;
    # the clients in care by name, then by the order the clients were recorded.
    admitted = sheet.case_list("census.admissions")
    assert [(row[0], row[3]) for row in admitted.rows] == [
        ("Moss, Ada", "2026-03-02"), ("Lee, Sam", "2026-03-09"), ("Lee, Sam", "2026-03-09"),
        ("Moss, Ada", "2026-03-12")]
    assert admitted.client_ids[1:3] == (second.id, first.id)
    in_care = sheet.case_list("census.in_care")
    assert in_care.client_ids == (first.id, second.id, other.id)
    assert [row[3] for row in in_care.rows] == ["2026-03-09", "2026-03-09", "2026-03-12"]
