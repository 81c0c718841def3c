"""The step-down report: discharges from 24-hour care or partial hospitalization, and how
many started a lower level of care within 14 days, on a small caseload with known outcomes.

The report's numbers are checked against a count worked out here in plain Python from the
episodes the test recorded (never from the report's own code), over several periods and
filters, and against outcomes known by hand.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from statistics import median

import pytest
from sqlalchemy import and_, func, select

from coordinator.domain.clinical_record import AppointmentKind, AppointmentStatus
from coordinator.domain.errors import PermissionDenied, ValidationError
from coordinator.domain.vocabulary import FacilityKind
from coordinator.services.app import AppServices
from coordinator.services.appointments import AppointmentInput
from coordinator.services.care import EpisodeInput
from coordinator.services.dto import ClientInput
from coordinator.services.facilities import FacilityInput
from coordinator.services.reports import (
    ReportFilters,
    ReportPeriod,
    StepDownOutcome,
    StepDownReport,
)
from coordinator.store.engine import Database
from coordinator.store.models import TransitionClock
from tests.services.helpers import SteppingClock, add_case_managers, admin_services

TODAY = date(2026, 6, 1)
WINDOW = 14
# Intensity of each level as the app ships them (coordinator.domain.levels), and the levels
# of 24-hour care (withdrawal management "varies" and counts as 24-hour care).
INTENSITY = {"OP": 1, "IOP": 2, "PHP": 3, "RES": 4, "INP": 5, "WM": 5}
ROUND_THE_CLOCK = {"RES", "INP", "WM"}
STEP_DOWN_LEVELS = {"INP", "RES", "WM", "PHP"}


@dataclass(frozen=True)
class Stay:
    level: str
    start: date
    end: date | None = None
    disposition: str = ""
    at_harbor: bool = False  # at the clinic's own residential program, Harbor House
    track: str | None = None


@dataclass(frozen=True)
class Person:
    given: str
    family: str
    payer: str
    manager: str  # username of the primary case manager
    stays: tuple[Stay, ...]
    kept_iop_intake: date | None = None  # a kept intake appointment at IOP


def d(month: int, day: int) -> date:
    return date(2026, month, day)


CASELOAD = (
    # Residential left on 2 March, IOP from 16 March: day 14, met.
    Person("Ada", "Moss", "Medicaid", "cara",
           (Stay("RES", d(2, 20), d(3, 2), at_harbor=True), Stay("IOP", d(3, 16), d(4, 30)))),
    # Inpatient left on 5 March, IOP from 20 March: day 15, missed.
    Person("Ben", "Ortiz", " medicaid ", "cara",
           (Stay("INP", d(3, 1), d(3, 5)), Stay("IOP", d(3, 20)))),
    # Partial hospitalization left on 10 March, outpatient two days later: met.
    Person("Cy", "Park", "Aetna", "dev",
           (Stay("PHP", d(2, 10), d(3, 10), track="morning"), Stay("OP", d(3, 12)))),
    # Withdrawal management left against advice on 25 March, nothing since but an IOP
    # planned from 10 June: missed.
    Person("Di", "Quinn", "Medicaid", "dev",
           (Stay("WM", d(3, 20), d(3, 25), "Left against medical advice"),
            Stay("IOP", d(6, 10)))),
    # Residential left on 10 April, back in inpatient care on 15 April (left out of the
    # rate); that stay left on 20 April and IOP began two days later (met).
    Person("Ed", "Ruiz", "", "cara",
           (Stay("RES", d(4, 1), d(4, 10)), Stay("INP", d(4, 15), d(4, 20)),
            Stay("IOP", d(4, 22)))),
    # Inpatient left on 25 May: still open on 1 June.
    Person("Flo", "Sato", "Aetna", "dev", (Stay("INP", d(5, 10), d(5, 25)),)),
    # Residential left on 5 May, IOP the next day: met.
    Person("Gus", "Tan", "", "dev",
           (Stay("RES", d(5, 1), d(5, 5), at_harbor=True), Stay("IOP", d(5, 6)))),
    # Residential left on 6 April; a kept IOP intake on the 13th (no episode recorded
    # yet) is the step-down, on day 7: met.
    Person("Ivy", "Vega", "", "dev", (Stay("RES", d(4, 1), d(4, 6)),), d(4, 13)),
    # IOP only: no step-down clock at all.
    Person("Hal", "Uno", "Medicaid", "cara", (Stay("IOP", d(3, 1)),)),
)


@dataclass
class Built:
    services: AppServices
    clients: dict[str, int]  # given name -> client id
    managers: dict[str, int]  # username -> user id
    harbor: int  # facility id


@pytest.fixture
def built(database: Database) -> Built:
    services = admin_services(database, SteppingClock(datetime(2026, 6, 1, 12, tzinfo=UTC)))
    managers = add_case_managers(services, "cara", "dev")
    harbor = services.facilities.create(FacilityInput(
        "Harbor House", FacilityKind.OWN_PROGRAM.value, ("RES",))).id
    clients: dict[str, int] = {}
    for person in CASELOAD:
        client = services.clients.create(ClientInput(
            person.given, person.family, date(1990, 1, 1), insurance_payer=person.payer,
            primary_case_manager_id=managers[person.manager]))
        clients[person.given] = client.id
        for stay in person.stays:
            services.episodes.add(client.id, EpisodeInput(
                stay.level, stay.start, end_date=stay.end, track=stay.track,
                facility_id=harbor if stay.at_harbor else None,
                discharge_disposition=stay.disposition))
        if person.kept_iop_intake is not None:
            services.appointments.add(client.id, AppointmentInput(
                AppointmentKind.INTAKE, person.kept_iop_intake, with_whom="Bay IOP",
                level_code="IOP", status=AppointmentStatus.KEPT))
    return Built(services, clients, managers, harbor)


# --- the independent count: plain Python over CASELOAD ------------------------------------

@dataclass(frozen=True)
class Expected:
    denominator: int
    numerator: int
    median_days: float | None
    missed: frozenset[tuple[str, date, int | None]]  # given name, discharge date, days
    still_open: frozenset[tuple[str, date]]


def expected(first: date, last: date, as_of: date, *, level: str | None = None,
             manager: str | None = None, payer: str = "", at_harbor: bool = False,
             track: str | None = None) -> Expected:
    met_days: list[int] = []
    missed: set[tuple[str, date, int | None]] = set()
    still_open: set[tuple[str, date]] = set()
    for person in CASELOAD:
        if manager is not None and person.manager != manager:
            continue
        if payer and person.payer.strip().lower() != payer.strip().lower():
            continue
        for stay in person.stays:
            left = stay.end
            if stay.level not in STEP_DOWN_LEVELS or left is None:
                continue
            if not first <= left <= last or left > as_of or level not in (None, stay.level):
                continue
            if (at_harbor and not stay.at_harbor) or track not in (None, stay.track):
                continue
            due = left + timedelta(days=WINDOW)
            happened = [other for other in person.stays
                        if other is not stay and left <= other.start <= as_of]
            intake = person.kept_iop_intake
            lower = min([o.start for o in happened
                         if INTENSITY[o.level] < INTENSITY[stay.level]]
                        + ([intake] if intake and left <= intake <= as_of
                           and INTENSITY["IOP"] < INTENSITY[stay.level] else []),
                        default=None)
            back = min((o.start for o in happened if o.level in ROUND_THE_CLOCK),
                       default=None)
            if lower is not None and lower <= due and (back is None or lower <= back):
                met_days.append((lower - left).days)
            elif back is not None and back <= due:
                continue  # back in 24-hour care first: left out of the rate
            elif due < as_of:
                missed.add((person.given, left,
                            None if lower is None else (lower - left).days))
            else:
                still_open.add((person.given, left))
    return Expected(len(met_days) + len(missed), len(met_days),
                    float(median(met_days)) if met_days else None,
                    frozenset(missed), frozenset(still_open))


def observed(report: StepDownReport) -> Expected:
    given = {case.client_name.split(", ")[1] for case in report.cases}
    assert len(given) == len({case.client_id for case in report.cases})
    return Expected(
        report.denominator, report.numerator, report.median_days,
        frozenset((c.client_name.split(", ")[1], c.discharge_date, c.days)
                  for c in report.misses),
        frozenset((c.client_name.split(", ")[1], c.discharge_date) for c in report.still_open))


PERIODS = [
    (d(3, 1), d(3, 31), TODAY),
    (d(3, 1), d(5, 31), TODAY),
    (d(4, 1), d(4, 30), TODAY),
    (d(5, 1), d(5, 31), TODAY),
    (d(1, 1), d(12, 31), TODAY),
    # Judged on 18 March: Ben's window (to 19 March) is still open, Di not yet discharged.
    (d(3, 1), d(3, 31), d(3, 18)),
    # On 19 March, the last day of Ben's window, it is still open; on the 20th missed.
    (d(3, 1), d(3, 31), d(3, 19)),
    (d(3, 1), d(3, 31), d(3, 20)),
]


@pytest.mark.parametrize(("first", "last", "as_of"), PERIODS)
def test_the_counts_equal_a_count_made_from_the_episodes(
        database: Database, built: Built, first: date, last: date, as_of: date) -> None:
    report = built.services.reports.step_down(ReportPeriod(first, last, as_of))
    want = expected(first, last, as_of)
    assert observed(report) == want
    assert report.rate == (want.numerator / want.denominator if want.denominator else None)
    assert report.as_of == as_of

    # The same discharges, and the same met ones, as the stored step-down clocks say.
    in_period = and_(TransitionClock.kind == "step_down",
                     TransitionClock.start_date.between(first, min(last, as_of)))
    with database.engine.connect() as connection:
        stored = set(connection.execute(
            select(TransitionClock.episode_id).where(in_period)).scalars())
        met = connection.execute(select(func.count()).select_from(TransitionClock).where(
            in_period, TransitionClock.settled_state == "met",
            TransitionClock.settled_on <= as_of)).scalar_one()
    assert {case.episode_id for case in report.cases} == stored
    assert report.numerator == met


def test_the_filters_equal_a_count_made_from_the_episodes(built: Built) -> None:
    reports = built.services.reports
    spring = (d(3, 1), d(5, 31))
    cases = [
        (ReportFilters(level_code="RES"), {"level": "RES"}),
        (ReportFilters(level_code="INP"), {"level": "INP"}),
        (ReportFilters(case_manager_id=built.managers["cara"]), {"manager": "cara"}),
        (ReportFilters(case_manager_id=built.managers["dev"]), {"manager": "dev"}),
        (ReportFilters(payer="MEDICAID"), {"payer": "medicaid"}),
        (ReportFilters(payer="Aetna", level_code="PHP"), {"payer": "aetna", "level": "PHP"}),
        (ReportFilters(facility_id=built.harbor), {"at_harbor": True}),
        (ReportFilters(track="morning"), {"track": "morning"}),
        (ReportFilters(track="evening"), {"track": "evening"}),
    ]
    for filters, by in cases:
        report = reports.step_down(ReportPeriod(*spring), filters)
        want = expected(*spring, TODAY, **by)  # type: ignore[arg-type]
        assert observed(report) == want, filters
        assert report.filters == filters


def test_day_14_is_met_and_day_15_is_missed_with_the_reason(built: Built) -> None:
    report = built.services.reports.step_down(ReportPeriod(d(3, 1), d(3, 31)))

    # Ada day 14 and Cy day 2 met; Ben day 15 and Di (nothing since) missed.
    assert (report.denominator, report.numerator, report.rate) == (4, 2, 0.5)
    assert report.median_days == 8.0
    assert report.as_of == TODAY and report.window_days == 14 and report.note == ""
    ada = next(case for case in report.cases if case.client_id == built.clients["Ada"])
    assert (ada.outcome, ada.days, ada.next_level_code) == (StepDownOutcome.MET, 14, "IOP")

    ben, di = report.misses
    assert (ben.client_name, ben.record_number, ben.discharge_date, ben.level_code,
            ben.days, ben.case_manager) == ("Ortiz, Ben", "MRN-000002", d(3, 5), "INP", 15,
                                            "Cara")
    assert ben.reason == "IOP started on day 15 (2026-03-20), after the 14-day window."
    assert (di.client_name, di.level_name, di.days, di.discharge_disposition) == (
        "Quinn, Di", "Withdrawal management", None, "Left against medical advice")
    assert di.reason == ("No lower level of care started by 2026-06-01; IOP is planned "
                         "from 2026-06-10. Discharge disposition: Left against medical "
                         "advice.")


def test_a_return_to_24_hour_care_is_left_out_and_an_open_window_listed_apart(
        built: Built) -> None:
    report = built.services.reports.step_down(ReportPeriod(d(4, 1), d(5, 31)))

    # Ed's residential discharge (back in inpatient care on day 5) is left out; his
    # inpatient discharge (day 2), Gus's (day 1) and Ivy's (day 7) are met; Flo's is open.
    assert (report.denominator, report.numerator, report.median_days) == (3, 3, 2.0)
    (ed,) = report.excluded
    assert (ed.client_name, ed.discharge_date) == ("Ruiz, Ed", d(4, 10))
    assert "24-hour care on 2026-04-15" in ed.reason
    ivy = next(case for case in report.met if case.client_id == built.clients["Ivy"])
    assert (ivy.days, ivy.next_level_code, ivy.reason) == (7, None, "")
    (flo,) = report.still_open
    assert (flo.client_name, flo.due_date, flo.days) == ("Sato, Flo", d(6, 8), None)
    assert report.misses == ()


def test_no_discharges_give_a_report_of_nothing_with_a_note(built: Built) -> None:
    reports = built.services.reports
    empty = reports.step_down(ReportPeriod(d(1, 1), d(1, 31)))
    assert (empty.denominator, empty.numerator, empty.rate, empty.median_days,
            empty.cases) == (0, 0, None, None, ())
    assert empty.note == ("No discharges from 24-hour care or partial hospitalization "
                          "between 2026-01-01 and 2026-01-31.")

    one_day = reports.step_down(ReportPeriod(d(3, 2), d(3, 2)),
                                ReportFilters(payer="Blue Cross"))
    assert one_day.denominator == 0
    assert one_day.note == ("No discharges from 24-hour care or partial hospitalization "
                            "matching the filters between 2026-03-02 and 2026-03-02.")

    only_open = reports.step_down(ReportPeriod(d(5, 20), d(5, 31)))
    assert (only_open.denominator, only_open.rate, len(only_open.still_open)) == (0, None, 1)
    assert only_open.note == ("No discharge from 24-hour care or partial hospitalization "
                              "between 2026-05-20 and 2026-05-31 has a decided step-down "
                              "window yet.")


def test_a_period_ending_before_it_starts_is_refused(built: Built) -> None:
    reports = built.services.reports
    with pytest.raises(ValidationError) as refused:
        reports.step_down(ReportPeriod(d(3, 31), d(3, 1)))
    assert str(refused.value) == ("The period ends on 2026-03-01, before it starts on "
                                  "2026-03-31: choose an end date on or after the start "
                                  "date.")
    assert set(refused.value.fields) == {"last_day"}
    with pytest.raises(ValidationError, match="IOP is not a level whose discharge starts"):
        reports.step_down(ReportPeriod(d(3, 1), d(3, 31)), ReportFilters(level_code="IOP"))


def test_signed_out_nobody_sees_the_report(database: Database, built: Built) -> None:
    with pytest.raises(PermissionDenied):
        AppServices(database).reports.step_down(ReportPeriod(d(3, 1), d(3, 31)))
