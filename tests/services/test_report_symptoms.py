"""The symptom change report: PHQ-9 and GAD-7 baselines of 10 or more and the latest score
at least 14 days later in the same course of care, on a small caseload recorded through
the services.

The figures are checked against pairs worked out here in plain Python from the scores the
test recorded (never from the report's code), over several periods, report days and
filters, and against outcomes known by hand.
"""

from __future__ import annotations

import math
import statistics
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import pytest

from coordinator.domain.errors import PermissionDenied
from coordinator.domain.vocabulary import FacilityKind, Instrument
from coordinator.reports.outcome_data import ReportSheet, figure_text
from coordinator.services.app import AppServices
from coordinator.services.assessment_views import AssessmentInput
from coordinator.services.care import EpisodeInput
from coordinator.services.dto import ClientInput
from coordinator.services.facilities import FacilityInput
from coordinator.services.reports import ReportFilters, ReportPeriod
from coordinator.store.engine import Database
from tests.services.helpers import SteppingClock, add_case_managers, admin_services

TODAY = date(2026, 6, 1)
WINDOW = 14  # the clinic's step-down window: episodes this close are one course of care
PHQ9, GAD7, PHQA = Instrument.PHQ9, Instrument.GAD7, Instrument.PHQA
# Two-sided 95 % t critical values from a printed table, for the degrees of freedom used.
T_TABLE = {1: 12.706, 2: 4.303, 3: 3.182, 4: 2.776, 5: 2.571, 6: 2.447}


def d(month: int, day: int) -> date:
    return date(2026, month, day)


@dataclass(frozen=True)
class Stay:
    level: str
    start: date
    end: date | None = None
    at_bay: bool = False
    track: str | None = None


@dataclass(frozen=True)
class Given:
    instrument: Instrument
    on: date
    total: int
    in_error: bool = False


@dataclass(frozen=True)
class Person:
    given: str
    family: str
    payer: str
    manager: str
    stays: tuple[Stay, ...]
    scores: tuple[Given, ...]
    born: date = date(1990, 1, 1)


CASELOAD = (
    # IOP: PHQ-9 18 -> 8 (response, reliable), GAD-7 12 -> 7 (reliable only).
    Person("Ada", "Moss", "Medicaid", "cara",
           (Stay("IOP", d(1, 5), d(3, 20), at_bay=True, track="morning"),),
           (Given(PHQ9, d(1, 5), 18), Given(PHQ9, d(1, 19), 12), Given(PHQ9, d(2, 16), 8),
            Given(GAD7, d(1, 5), 12), Given(GAD7, d(2, 2), 7))),
    # PHP then IOP two days later: one course, baseline at PHP, PHQ-9 22 -> 9 in IOP. The
    # GAD-7 8 days later is too soon for a follow-up.
    Person("Ben", "Ortiz", " medicaid ", "cara",
           (Stay("PHP", d(1, 10), d(2, 5), at_bay=True), Stay("IOP", d(2, 7), at_bay=True)),
           (Given(PHQ9, d(1, 10), 22), Given(PHQ9, d(1, 20), 20), Given(PHQ9, d(3, 1), 9),
            Given(GAD7, d(1, 10), 15), Given(GAD7, d(1, 18), 14))),
    # A baseline below 10: not counted.
    Person("Cy", "Park", "Aetna", "dev", (Stay("IOP", d(2, 1)),),
           (Given(PHQ9, d(2, 1), 9), Given(PHQ9, d(3, 1), 4))),
    # PHQ-9 only 10 days later: no follow-up; GAD-7 10 -> 16, reliable deterioration.
    Person("Di", "Quinn", "Medicaid", "dev", (Stay("IOP", d(2, 10), track="morning"),),
           (Given(PHQ9, d(2, 10), 15), Given(PHQ9, d(2, 20), 14), Given(GAD7, d(2, 10), 10),
            Given(GAD7, d(3, 20), 16))),
    # Outpatient: 12 -> 3, response, remission and reliable improvement.
    Person("Ed", "Ruiz", "Aetna", "dev", (Stay("OP", d(1, 15)),),
           (Given(PHQ9, d(1, 15), 12), Given(PHQ9, d(4, 15), 3))),
    # Two courses of IOP six weeks apart: 20 -> 17, then 19 -> 10.
    Person("Flo", "Sato", "Aetna", "dev",
           (Stay("IOP", d(3, 1), d(3, 20)), Stay("IOP", d(5, 1))),
           (Given(PHQ9, d(3, 1), 20), Given(PHQ9, d(3, 18), 17), Given(PHQ9, d(5, 1), 19),
            Given(PHQ9, d(5, 20), 10))),
    # An adolescent's PHQ-A, counted with the PHQ-9: 14 -> 6.
    Person("Hal", "Uno", "Medicaid", "cara", (Stay("IOP", d(3, 5), at_bay=True),),
           (Given(PHQA, d(3, 5), 14), Given(PHQA, d(4, 2), 6)), born=date(2010, 1, 1)),
    # Scores given with no episode that day: not paired.
    Person("Ivy", "Vega", "Medicaid", "dev", (),
           (Given(PHQ9, d(1, 20), 16), Given(PHQ9, d(2, 20), 5))),
    # The first PHQ-9 was entered in error: the baseline is the next one, 14 -> 11.
    Person("Jo", "West", "Medicaid", "cara", (Stay("IOP", d(1, 8)),),
           (Given(PHQ9, d(1, 8), 18, in_error=True), Given(PHQ9, d(1, 22), 14),
            Given(PHQ9, d(2, 22), 11))),
)


@dataclass
class Built:
    services: AppServices
    managers: dict[str, int]
    bay: int


def answers(instrument: Instrument, total: int) -> tuple[int, ...]:
    """Item answers adding up to ``total``, leaving the self-harm item (PHQ item 9) at 0."""
    scored = {PHQ9: 8, PHQA: 8, GAD7: 7}[instrument]
    items = [min(3, max(0, total - 3 * i)) for i in range(scored)]
    assert sum(items) == total
    extra = {PHQ9: 1, PHQA: 3, GAD7: 0}[instrument]  # item 9 (and the PHQ-A's yes/no)
    return (*items, *([0] * extra))


@pytest.fixture
def built(database: Database) -> Built:
    services = admin_services(database, SteppingClock(datetime(2026, 6, 1, 12, tzinfo=UTC)))
    managers = add_case_managers(services, "cara", "dev")
    bay = services.facilities.create(FacilityInput(
        "Bay Program", FacilityKind.OWN_PROGRAM.value, ("IOP", "PHP"))).id
    for person in CASELOAD:
        client = services.clients.create(ClientInput(
            person.given, person.family, person.born, insurance_payer=person.payer,
            primary_case_manager_id=managers[person.manager]))
        for stay in person.stays:
            services.episodes.add(client.id, EpisodeInput(
                stay.level, stay.start, end_date=stay.end, track=stay.track,
                facility_id=bay if stay.at_bay else None,
                discharge_disposition="Discharged home" if stay.end else ""))
        for score in person.scores:
            view = services.assessments.record(client.id, AssessmentInput(
                score.instrument, score.on, answers(score.instrument, score.total)))
            assert view.total == score.total
            if score.in_error:
                services.assessments.mark_entered_in_error(view.id, view.version,
                                                           "Wrong client")
    return Built(services, managers, bay)


# --- the independent count: plain Python over CASELOAD ------------------------------------

@dataclass(frozen=True)
class Expected:
    given: str
    group: Instrument
    level: str
    baseline: int
    follow_up: int | None


def expected(first: date, last: date, as_of: date, *, level: str | None = None,
             manager: str | None = None, payer: str = "", at_bay: bool = False,
             track: str | None = None) -> list[Expected]:
    found = []
    for person in CASELOAD:
        if manager not in (None, person.manager):
            continue
        if payer and person.payer.strip().lower() != payer.lower():
            continue
        stays = sorted((stay for stay in person.stays if stay.start <= as_of),
                       key=lambda stay: stay.start)
        # Course number of each stay: a new course after a break longer than the window.
        course_of: dict[Stay, int] = {}
        number, reach = -1, None
        for stay in stays:
            end = stay.end if stay.end and stay.end <= as_of else None
            if number < 0 or (reach is not None and stay.start > reach + timedelta(WINDOW)):
                number, reach = number + 1, end
            else:
                reach = None if reach is None or end is None else max(reach, end)
            course_of[stay] = number
        by_key: dict[tuple[Instrument, int], list[tuple[Given, Stay]]] = {}
        for score in person.scores:
            if score.in_error or score.on > as_of:
                continue
            held = [stay for stay in stays
                    if stay.start <= score.on and (stay.end is None or score.on <= stay.end)]
            if held:
                stay = max(held, key=lambda stay: stay.start)
                by_key.setdefault((score.instrument, course_of[stay]), []).append(
                    (score, stay))
        for (instrument, _course), given in by_key.items():
            baseline, stay = min(given, key=lambda item: item[0].on)
            if not first <= baseline.on <= last or baseline.total < 10:
                continue
            if level not in (None, stay.level) or (at_bay and not stay.at_bay) \
                    or track not in (None, stay.track):
                continue
            later = [score for score, _stay in given
                     if (score.on - baseline.on).days >= 14]
            follow = max(later, key=lambda score: score.on).total if later else None
            found.append(Expected(person.given, GAD7 if instrument is GAD7 else PHQ9,
                                  stay.level, baseline.total, follow))
    return found


def check(sheet: ReportSheet, want: list[Expected]) -> None:
    for group, slug in ((PHQ9, "phq9"), (GAD7, "gad7")):
        mine = [case for case in want if case.group is group]
        paired = [case for case in mine if case.follow_up is not None]
        listed = sheet.case_list(f"symptoms.{slug}.pairs")
        assert sorted((row[0].split(", ")[1], int(row[5]), int(row[7]))
                      for row in listed.rows) == sorted(
            (case.given, case.baseline, case.follow_up) for case in paired), group
        waiting = sheet.case_list(f"symptoms.{slug}.no_follow_up")
        assert sorted(row[0].split(", ")[1] for row in waiting.rows) == sorted(
            case.given for case in mine if case.follow_up is None)
        rci = 6 if group is PHQ9 else 4
        tests = {
            "response": lambda b, f: f * 2 <= b,
            "remission": lambda b, f: f < 5,
            "reliable": lambda b, f, rci=rci: b - f >= rci,
            "deterioration": lambda b, f, rci=rci: f - b >= rci,
        }
        for what, test in tests.items():
            figure = sheet.figure(f"symptoms.{slug}.{what}")
            hits = sum(1 for case in paired if test(case.baseline, case.follow_up))
            assert (figure.numerator, figure.denominator) == (hits, len(paired)), what
            assert figure.value == (hits / len(paired) if paired else None)
        changes = [case.follow_up - case.baseline for case in paired
                   if case.follow_up is not None]
        mean = sheet.figure(f"symptoms.{slug}.mean_change")
        assert mean.value == (pytest.approx(sum(changes) / len(changes)) if changes
                              else None)
        if len(changes) >= 2:
            half = (T_TABLE[len(changes) - 1] * statistics.stdev(changes)
                    / math.sqrt(len(changes)))
            low, high = sum(changes) / len(changes) - half, sum(changes) / len(changes) + half
            assert f"95 % CI {low:+.1f} to {high:+.1f}" in mean.detail


PERIODS = [
    (d(1, 1), d(1, 31), TODAY),
    (d(2, 1), d(3, 31), TODAY),
    (d(1, 1), d(6, 30), TODAY),
    # Judged on 20 February: Ada's follow-up is her 16 February score; Ben has none yet.
    (d(1, 1), d(3, 31), d(2, 20)),
]


@pytest.mark.parametrize(("first", "last", "as_of"), PERIODS)
def test_the_figures_equal_pairs_made_from_the_scores(
        built: Built, first: date, last: date, as_of: date) -> None:
    sheet = built.services.reports.sheet("symptoms", ReportPeriod(first, last, as_of))
    check(sheet, expected(first, last, as_of))
    assert sheet.as_of == as_of


def test_the_filters_equal_pairs_made_from_the_scores(built: Built) -> None:
    period = ReportPeriod(d(1, 1), d(5, 31), TODAY)
    for filters, by in [
        (ReportFilters(level_code="IOP"), {"level": "IOP"}),
        (ReportFilters(level_code="OP"), {"level": "OP"}),
        (ReportFilters(facility_id=built.bay), {"at_bay": True}),
        (ReportFilters(track="morning"), {"track": "morning"}),
        (ReportFilters(case_manager_id=built.managers["dev"]), {"manager": "dev"}),
        (ReportFilters(payer="MEDICAID"), {"payer": "medicaid"}),
    ]:
        sheet = built.services.reports.sheet("symptoms", period, filters)
        check(sheet, expected(period.first_day, period.last_day, TODAY, **by))  # type: ignore[arg-type]


def test_the_first_quarter_by_hand(built: Built) -> None:
    sheet = built.services.reports.sheet("symptoms", ReportPeriod(d(1, 1), d(3, 31)))
    # PHQ-9 pairs: Ada 18->8, Ben 22->9 (PHP baseline, IOP follow-up), Ed 12->3,
    # Flo 20->17, Hal 14->6 (PHQ-A), Jo 14->11. Di has no follow-up yet.
    pairs = sheet.figure("symptoms.phq9.pairs")
    assert (pairs.value, pairs.detail) == (6, "of 7 baselines of 10 or more")
    response = sheet.figure("symptoms.phq9.response")
    assert (response.numerator, response.denominator) == (4, 6)  # Ada, Ben, Ed, Hal
    assert figure_text(sheet.figure("symptoms.phq9.remission")) == "16.7 % (1 of 6)"
    reliable = sheet.figure("symptoms.phq9.reliable")
    assert (reliable.numerator, reliable.label) == (4, "PHQ-9: reliable improvement "
                                                       "(6 points)")
    # Changes -10, -13, -9, -3, -8, -3: mean -7.67, s = 3.98, t(5) = 2.571: ± 4.18.
    mean = sheet.figure("symptoms.phq9.mean_change")
    assert figure_text(mean) == "-7.7 points"
    assert mean.detail == "95 % CI -11.8 to -3.5 (t, 5 df); 6 pairs"
    ben = next(row for row in sheet.case_list("symptoms.phq9.pairs").rows
               if row[0] == "Ortiz, Ben")
    assert ben[2:9] == ("PHQ-9", "PHP", "2026-01-10", "22", "2026-03-01", "9", "-13")
    assert ben[9] == "response, reliable improvement"
    # GAD-7: Ada 12->7 (reliable improvement), Di 10->16 (reliable deterioration); Ben's
    # second GAD-7 came after 8 days only.
    gad = sheet.figure("symptoms.gad7.reliable")
    assert (gad.numerator, gad.denominator) == (1, 2)
    worse = sheet.case_list("symptoms.gad7.deterioration")
    assert [row[0] for row in worse.rows] == ["Quinn, Di"]
    assert [row[0] for row in sheet.case_list("symptoms.gad7.no_follow_up").rows] == [
        "Ortiz, Ben"]
    table = {(row[0], row[1]): row for row in sheet.tables[0].rows}
    assert table[("PHQ-9", "Partial Hospitalization (PHP)")][2:7] == (
        "1", "100.0 %", "0.0 %", "100.0 %", "-13.0")
    assert table[("PHQ-9", "All levels")][2] == "6"
    assert "at least 14 days after the baseline" in sheet.definition
    assert sheet.note == ""


def test_nothing_to_count_says_so(built: Built) -> None:
    reports = built.services.reports
    empty = reports.sheet("symptoms", ReportPeriod(d(6, 2), d(6, 30), d(6, 30)))
    assert empty.note == ("No PHQ-9 or GAD-7 baseline of 10 or more was given between "
                          "2026-06-02 and 2026-06-30.")
    assert empty.figure("symptoms.phq9.mean_change").value is None
    waiting = reports.sheet("symptoms", ReportPeriod(d(2, 10), d(2, 10)),
                            ReportFilters(case_manager_id=built.managers["dev"]))
    assert waiting.note == ""  # Di's GAD-7 has its follow-up
    early = reports.sheet("symptoms", ReportPeriod(d(2, 10), d(2, 10), d(2, 20)))
    assert early.note == ("No PHQ-9 or GAD-7 baseline of 10 or more given between "
                          "2026-02-10 and 2026-02-10 has a follow-up score 14 or more days "
                          "later by 2026-02-20 yet.")


def test_signed_out_nobody_sees_the_report(database: Database, built: Built) -> None:
    with pytest.raises(PermissionDenied):
        AppServices(database).reports.sheet("symptoms", ReportPeriod(d(1, 1), d(3, 31)))
