"""The retention report: clients admitted to IOP or PHP, and the share still engaged 30, 60
and 90 days later (Kaplan-Meier and plain share), on a small caseload with known outcomes.

The figures are checked against a count worked out here in plain Python from the stays the
test recorded (never from the report's code), over several periods, report days and
filters, and against outcomes known by hand.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import pytest

from coordinator.domain.errors import PermissionDenied, ValidationError
from coordinator.domain.vocabulary import FacilityKind
from coordinator.reports.outcome_data import ChartKind, ReportSheet
from coordinator.services.app import AppServices
from coordinator.services.care import EpisodeInput
from coordinator.services.dto import ClientInput
from coordinator.services.facilities import FacilityInput
from coordinator.services.reports import ReportFilters, ReportPeriod
from coordinator.store.engine import Database
from tests.services.helpers import SteppingClock, add_case_managers, admin_services

TODAY = date(2026, 6, 1)
WINDOW = 14  # the clinic's step-down window (the default setting)
INTENSITY = {"OP": 1, "IOP": 2, "PHP": 3, "RES": 4, "INP": 5, "WM": 5}


def d(month: int, day: int) -> date:
    return date(2026, month, day)


@dataclass(frozen=True)
class Stay:
    level: str
    start: date
    end: date | None = None
    disposition: str = ""
    at_bay: bool = False  # at the clinic's own program, Bay Program
    track: str | None = None
    in_error: bool = False


@dataclass(frozen=True)
class Person:
    given: str
    family: str
    payer: str
    manager: str
    stays: tuple[Stay, ...]


CASELOAD = (
    # Completed IOP on day 74.
    Person("Ada", "Moss", "Medicaid", "cara",
           (Stay("IOP", d(1, 5), d(3, 20), "Completed treatment; goals met", at_bay=True,
                 track="morning"),)),
    # PHP stepped down to IOP two days after its day 26 (completed); the IOP goes on.
    Person("Ben", "Ortiz", " medicaid ", "cara",
           (Stay("PHP", d(1, 10), d(2, 5), "Stepped down to IOP", at_bay=True),
            Stay("IOP", d(2, 7), at_bay=True, track="evening"))),
    # Left IOP on day 21.
    Person("Cy", "Park", "Aetna", "dev",
           (Stay("IOP", d(1, 20), d(2, 10), "Client chose to end services"),)),
    # Left IOP on day 42; back in IOP (the same level: not a move) five days later.
    Person("Di", "Quinn", "Medicaid", "dev",
           (Stay("IOP", d(2, 1), d(3, 15), "Administrative discharge", track="morning"),
            Stay("IOP", d(3, 20), track="morning"))),
    # PHP stepped up to inpatient care two days after day 9: still in care, not completed.
    Person("Ed", "Ruiz", "", "cara",
           (Stay("PHP", d(3, 1), d(3, 10), "Stepped up to inpatient"),
            Stay("INP", d(3, 12), d(3, 20)))),
    # Ended IOP on 25 May (day 54); on 1 June a next level could still start.
    Person("Flo", "Sato", "Aetna", "dev",
           (Stay("IOP", d(4, 1), d(5, 25), "Discharged home"),)),
    # Left IOP on day 45; outpatient 25 days later, after the window: still left.
    Person("Gus", "Tan", "", "dev",
           (Stay("IOP", d(3, 1), d(4, 15), "Left against medical advice", at_bay=True),
            Stay("OP", d(5, 10)))),
    # In PHP since 15 May.
    Person("Hal", "Uno", "Medicaid", "cara", (Stay("PHP", d(5, 15), at_bay=True),)),
    # Left IOP on day 100.
    Person("Ivy", "Vega", "Medicaid", "dev",
           (Stay("IOP", d(1, 10), d(4, 20), "Moved out of the area"),)),
    # Outpatient only: not in the report.
    Person("Jo", "West", "Medicaid", "cara", (Stay("OP", d(2, 1)),)),
    # An IOP recorded by mistake: not in the report.
    Person("Kim", "Xu", "Aetna", "cara", (Stay("IOP", d(2, 20), in_error=True),)),
    # Completed PHP on day 23, written in Spanish (case and accents do not matter).
    Person("Lu", "Young", "Aetna", "cara",
           (Stay("PHP", d(1, 2), d(1, 25), "COMPLETÓ el tratamiento", track="afternoon"),)),
)


@dataclass
class Built:
    services: AppServices
    managers: dict[str, int]
    bay: int


@pytest.fixture
def built(database: Database) -> Built:
    services = admin_services(database, SteppingClock(datetime(2026, 6, 1, 12, tzinfo=UTC)))
    managers = add_case_managers(services, "cara", "dev")
    bay = services.facilities.create(FacilityInput(
        "Bay Program", FacilityKind.OWN_PROGRAM.value, ("IOP", "PHP"))).id
    for person in CASELOAD:
        client = services.clients.create(ClientInput(
            person.given, person.family, date(1990, 1, 1), insurance_payer=person.payer,
            primary_case_manager_id=managers[person.manager]))
        for stay in person.stays:
            episode = services.episodes.add(client.id, EpisodeInput(
                stay.level, stay.start, end_date=stay.end, track=stay.track,
                facility_id=bay if stay.at_bay else None,
                discharge_disposition=stay.disposition))
            if stay.in_error:
                services.episodes.mark_entered_in_error(episode.id, episode.version,
                                                        "Wrong client")
    return Built(services, managers, bay)


# --- the independent count: plain Python over CASELOAD ------------------------------------

@dataclass(frozen=True)
class Case:
    given: str
    level: str
    start: date
    last: int  # the day the admission is followed to (event day for one that left)
    left: bool
    always: bool  # completed or moved on: followed without end
    pending: bool
    completed: bool
    ended: bool


def cases(first: date, last: date, as_of: date, *, level: str | None = None,
          manager: str | None = None, payer: str = "", at_bay: bool = False,
          track: str | None = None) -> list[Case]:
    found = []
    for person in CASELOAD:
        if manager not in (None, person.manager):
            continue
        if payer and person.payer.strip().lower() != payer.lower():
            continue
        for stay in person.stays:
            if stay.level not in ("IOP", "PHP") or stay.in_error:
                continue
            if not first <= stay.start <= min(last, as_of) or level not in (None, stay.level):
                continue
            if (at_bay and not stay.at_bay) or track not in (None, stay.track):
                continue
            if stay.end is None or stay.end > as_of:
                found.append(Case(person.given, stay.level, stay.start, (as_of - stay.start).days,
                                  False, False, False, False, False))
                continue
            end_day = (stay.end - stay.start).days
            moves = [other for other in person.stays if other.level != stay.level
                     and stay.end <= other.start <= stay.end + timedelta(days=WINDOW)
                     and other.start <= as_of]
            done = stay.disposition.lower().startswith(
                ("completed", "completó", "completo", "completado", "completada")) or bool(
                moves and INTENSITY[moves[0].level] < INTENSITY[stay.level])
            if done or moves:
                found.append(Case(person.given, stay.level, stay.start, end_day, False, True, False,
                                  done, True))
            elif stay.end + timedelta(days=WINDOW) < as_of:
                found.append(Case(person.given, stay.level, stay.start, end_day + 1, True, False,
                                  False, False, True))
            else:
                found.append(Case(person.given, stay.level, stay.start, end_day, False, False, True,
                                  False, False))
    return found


def km(found: list[Case], day: int) -> float | None:
    """The product-limit estimate, stepping one day at a time."""
    if not any(case.always or case.last >= day for case in found):
        return None
    survival = 1.0
    for u in range(day + 1):
        at_risk = sum(1 for case in found if case.always or case.last >= u)
        events = sum(1 for case in found if case.left and case.last == u)
        if events:
            survival *= 1 - events / at_risk
    return survival


def plain(found: list[Case], day: int, as_of: date) -> tuple[int, int]:
    """Retained on ``day`` among the admissions seen that far and decided."""
    seen = [case for case in found if case.start + timedelta(days=day) <= as_of
            and not (case.pending and case.last < day)]
    kept = [case for case in seen if not (case.left and case.last <= day)]
    return len(kept), len(seen)


def check(sheet: ReportSheet, found: list[Case], as_of: date) -> None:
    assert sheet.figure("retention.admissions").value == len(found)
    assert sorted(row[0].split(", ")[1] for row in sheet.case_list(
        "retention.admissions").rows) == sorted(case.given for case in found)
    for day in (30, 60, 90):
        estimate = km(found, day)
        got = sheet.figure(f"retention.km_{day}").value
        assert got == (None if estimate is None else pytest.approx(estimate)), day
        left = sorted(case.given for case in found if case.left and case.last <= day)
        assert sorted(row[0].split(", ")[1] for row in sheet.case_list(
            f"retention.left_before_{day}").rows) == left
        share = sheet.figure(f"retention.share_{day}")
        kept, seen = plain(found, day, as_of)
        assert (share.numerator, share.denominator) == (kept, seen), day
    ended = [case for case in found if case.ended]
    completed = sheet.figure("retention.completed")
    assert (completed.numerator, completed.denominator) == (
        sum(case.completed for case in ended), len(ended))


PERIODS = [
    (d(1, 1), d(3, 31), TODAY),
    (d(2, 1), d(4, 30), TODAY),
    (d(1, 1), d(12, 31), TODAY),
    # Judged on 15 April: Gus and Ivy still in IOP, Flo just admitted, Ed moved on.
    (d(1, 1), d(3, 31), d(4, 15)),
    (d(1, 1), d(5, 31), d(5, 30)),
]


@pytest.mark.parametrize(("first", "last", "as_of"), PERIODS)
def test_the_figures_equal_a_count_made_from_the_stays(
        built: Built, first: date, last: date, as_of: date) -> None:
    sheet = built.services.reports.sheet("retention", ReportPeriod(first, last, as_of))
    check(sheet, cases(first, last, as_of), as_of)
    assert sheet.as_of == as_of and sheet.note == "" and sheet.filters == "Everyone"


def test_the_filters_equal_a_count_made_from_the_stays(built: Built) -> None:
    period = ReportPeriod(d(1, 1), d(5, 31), TODAY)
    for filters, by in [
        (ReportFilters(level_code="IOP"), {"level": "IOP"}),
        (ReportFilters(level_code="PHP"), {"level": "PHP"}),
        (ReportFilters(facility_id=built.bay), {"at_bay": True}),
        (ReportFilters(track="morning"), {"track": "morning"}),
        (ReportFilters(case_manager_id=built.managers["dev"]), {"manager": "dev"}),
        (ReportFilters(payer="MEDICAID"), {"payer": "medicaid"}),
        (ReportFilters(payer="aetna", level_code="IOP"), {"payer": "aetna", "level": "IOP"}),
    ]:
        sheet = built.services.reports.sheet("retention", period, filters)
        check(sheet, cases(period.first_day, period.last_day, TODAY, **by),  # type: ignore[arg-type]
              TODAY)


def test_the_first_quarter_by_hand(built: Built) -> None:
    sheet = built.services.reports.sheet("retention", ReportPeriod(d(1, 1), d(3, 31)))
    # Ten admissions: Ada, Ben (PHP and IOP), Cy, Di (two), Ed, Gus, Ivy, Lu. Cy left after
    # day 21: 9 of 10 still engaged on day 30 (all ten followed that far).
    assert sheet.figure("retention.admissions").value == 10
    assert sheet.figure("retention.km_30").value == pytest.approx(0.9)
    assert (sheet.figure("retention.share_30").numerator,
            sheet.figure("retention.share_30").denominator) == (9, 10)
    # Di left after day 42 and Gus after day 45: at day 60 the at-risk set had 9 then 8.
    assert sheet.figure("retention.km_60").value == pytest.approx(0.9 * 8 / 9 * 7 / 8)
    # Ivy left after day 100, so she counts as retained at day 90.
    left_90 = sheet.case_list("retention.left_before_90")
    assert [row[0] for row in left_90.rows] == ["Park, Cy", "Quinn, Di", "Tan, Gus"]
    assert left_90.rows[2][5:9] == ("2026-04-15", "45", "Left", "Left against medical advice")
    # Completed: Ada, Ben's PHP (stepped down to IOP), Lu; Ed moved up; Cy, Di, Gus, Ivy left.
    completed = sheet.figure("retention.completed")
    assert (completed.numerator, completed.denominator) == (3, 8)
    assert [row[7] for row in sheet.case_list("retention.completed").rows] == [
        "Completed", "Completed", "Stepped down to IOP"]
    (chart,) = sheet.charts
    assert chart.kind is ChartKind.STEP and [s.name for s in chart.series] == ["IOP", "PHP"]
    assert chart.series[1].values[0] == 1.0 and chart.y_max == 1.0
    table = {row[0]: row for row in sheet.tables[0].rows}
    assert table["PHP"][1] == "3" and table["PHP"][5] == "2 of 3"
    assert "begins with \"Completed\"" in sheet.definition


def test_an_ended_stay_with_the_window_open_is_not_yet_lost(built: Built) -> None:
    sheet = built.services.reports.sheet("retention", ReportPeriod(d(4, 1), d(4, 30)))
    (flo,) = sheet.case_list("retention.admissions").rows
    assert flo[0] == "Sato, Flo"
    assert flo[7] == "Ended; a next level may still start until 2026-06-08"
    # Engaged through day 54: retained at day 30; day 60 not decided yet.
    assert sheet.figure("retention.km_30").value == 1.0
    assert sheet.figure("retention.km_60").value is None
    assert sheet.figure("retention.share_60").denominator == 0


def test_nothing_to_count_and_wrong_levels(built: Built) -> None:
    reports = built.services.reports
    empty = reports.sheet("retention", ReportPeriod(d(7, 1), d(7, 31)))
    assert empty.note == "No clients were admitted to IOP or PHP between 2026-07-01 and " \
                         "2026-07-31."
    assert empty.figure("retention.km_30").value is None and empty.charts == ()
    narrowed = reports.sheet("retention", ReportPeriod(d(1, 1), d(1, 31)),
                             ReportFilters(level_code="PHP", payer="Blue Cross"))
    assert narrowed.note == ("No clients matching the filters were admitted to PHP between "
                             "2026-01-01 and 2026-01-31.")
    with pytest.raises(ValidationError, match="RES is not a level this report follows"):
        reports.sheet("retention", ReportPeriod(d(1, 1), d(1, 31)),
                      ReportFilters(level_code="RES"))


def test_signed_out_nobody_sees_the_report(database: Database, built: Built) -> None:
    with pytest.raises(PermissionDenied):
        AppServices(database).reports.sheet("retention", ReportPeriod(d(1, 1), d(3, 31)))
