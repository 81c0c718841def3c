"""The follow-up report: FUH and FUI within 7 and 30 days and IET initiation, on a small
caseload with known outcomes.

The caseload is recorded once for the module through the services (the stored clocks are
the ones those saves refresh) and only read afterwards. The report's rates and lists are
checked against a count made here in plain Python from the stays and visits the test
recorded (never from the report's or the clocks' code), over several periods, days of
judging and filters, and against outcomes worked out by hand.
"""

from __future__ import annotations

import itertools
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

import pytest

from coordinator.domain.clinical_record import AppointmentKind, AppointmentStatus
from coordinator.domain.clocks import ClockKind, ClockState
from coordinator.domain.errors import PermissionDenied
from coordinator.reports.outcome_data import ReportSheet, Unit, figure_text
from coordinator.services.app import AppServices
from coordinator.services.appointments import AppointmentInput
from coordinator.services.care import EpisodeInput
from coordinator.services.dto import ClientInput
from coordinator.services.reports import ReportFilters, ReportPeriod
from coordinator.store.engine import Database, open_database
from tests.services.helpers import (
    PASSWORD,
    SteppingClock,
    add_case_managers,
    add_partner_facility,
    admin_services,
    signed_in,
)

TODAY = date(2026, 6, 1)
MH, SUD, CO = "mental_health", "substance_use", "co_occurring"
THERAPY = AppointmentKind.THERAPY
COUNSELLING = AppointmentKind.SUBSTANCE_USE_COUNSELING
# As the app ships its levels: inpatient and residential are 24-hour care, withdrawal
# management "varies" and counts as 24-hour care; OP, IOP and PHP do not.
ROUND_THE_CLOCK = {"INP", "RES", "WM"}
MH_FOCUS, SUD_FOCUS = {MH, CO}, {SUD, CO}
BORN = date(1990, 1, 1)


def d(month: int, day: int) -> date:
    return date(2026, month, day)


@dataclass(frozen=True)
class Stay:
    level: str
    start: date
    end: date | None = None
    focus: str = MH
    disposition: str = ""
    at_bay: bool = False  # at Bay Hospital, a partner inpatient unit
    track: str | None = None


@dataclass(frozen=True)
class Visit:
    """A kept appointment."""

    kind: AppointmentKind
    day: date
    focus: str = MH


@dataclass(frozen=True)
class Person:
    given: str
    family: str
    payer: str
    manager: str  # username of the primary case manager
    stays: tuple[Stay, ...]
    visits: tuple[Visit, ...] = ()
    born: date = BORN


CASELOAD = (
    # Inpatient left on 5 March, therapy on day 4: FUH 7 and 30 met.
    Person("Ada", "Moss", "Medicaid", "cara",
           (Stay("INP", d(3, 1), d(3, 5), at_bay=True),), (Visit(THERAPY, d(3, 9)),)),
    # Inpatient left on 6 March, outpatient care from day 14: FUH 7 missed, FUH 30 met.
    Person("Ben", "Ortiz", " medicaid ", "cara",
           (Stay("INP", d(3, 2), d(3, 6)), Stay("OP", d(3, 20)))),
    # Inpatient left on 12 March, back in on day 4 (16 March): out of both FUH rates, the
    # worklist shows the clocks transferred. That stay left on 20 March, IOP on day 3: met.
    Person("Cy", "Park", "Aetna", "dev",
           (Stay("INP", d(3, 10), d(3, 12)), Stay("INP", d(3, 16), d(3, 20)),
            Stay("IOP", d(3, 23), track="evening"))),
    # Inpatient left against advice on 3 April, nothing since: FUH 7 and 30 missed.
    Person("Di", "Quinn", "Medicaid", "dev",
           (Stay("INP", d(4, 1), d(4, 3), disposition="Left against medical advice",
                 at_bay=True),)),
    # Residential for substance use from 1 March (IET met on day 0: 24-hour care is
    # treatment), left on 20 March, counselling on day 5: FUI 7 and 30 met.
    Person("Ed", "Ruiz", "", "cara",
           (Stay("RES", d(3, 1), d(3, 20), SUD),), (Visit(COUNSELLING, d(3, 25), SUD),)),
    # Withdrawal management 10 to 14 April (IET met on day 0), IOP from day 14: FUI 7
    # missed, FUI 30 met. The IOP is not a new episode: no IET clock of its own.
    Person("Flo", "Sato", "Aetna", "dev",
           (Stay("WM", d(4, 10), d(4, 14), SUD), Stay("IOP", d(4, 28), focus=SUD,
                                                     track="evening"))),
    # Outpatient for substance use from 6 April, counselling on day 9: IET met.
    Person("Gus", "Tan", "", "dev", (Stay("OP", d(4, 6), focus=SUD),),
           (Visit(COUNSELLING, d(4, 15), SUD),)),
    # IOP for substance use from 4 May, nothing else: IET missed (due 17 May).
    Person("Hal", "Uno", "Medicaid", "cara",
           (Stay("IOP", d(5, 4), focus=SUD, track="morning"),)),
    # Inpatient for co-occurring disorders 20 to 25 May (IET met on day 0): FUH and FUI
    # clocks both, all still open on 1 June (the 7-day ones are due that day).
    Person("Ivy", "Vega", "Medicaid", "dev", (Stay("INP", d(5, 20), d(5, 25), CO),)),
    # Outpatient for substance use from 25 May: IET open until 7 June.
    Person("Jo", "Wu", "Aetna", "cara", (Stay("OP", d(5, 25), focus=SUD),)),
    # Inpatient left on 10 March, therapy two days later: Kim is 5 on the discharge day (no
    # FUH clock), Lou 6 (FUH met).
    Person("Kim", "Abe", "Medicaid", "cara", (Stay("INP", d(3, 5), d(3, 10)),),
           (Visit(THERAPY, d(3, 12)),), born=date(2020, 3, 11)),
    Person("Lou", "Abe", "Medicaid", "cara", (Stay("INP", d(3, 5), d(3, 10)),),
           (Visit(THERAPY, d(3, 12)),), born=date(2020, 3, 10)),
    # Residential for substance use 20 February to 10 March, counselling two days later:
    # Max is 12 on both days (no FUI, no IET); Ned is 12 on the episode date (no IET) and
    # 13 on the discharge day (FUI met).
    Person("Max", "Bird", "", "dev", (Stay("RES", d(2, 20), d(3, 10), SUD),),
           (Visit(COUNSELLING, d(3, 12), SUD),), born=date(2013, 3, 11)),
    Person("Ned", "Bird", "", "dev", (Stay("RES", d(2, 20), d(3, 10), SUD),),
           (Visit(COUNSELLING, d(3, 12), SUD),), born=date(2013, 3, 10)),
    # Outpatient for substance use from 6 April, counselling two days later: Oli is 13 on
    # the episode date (IET met), Pat 12 (no IET).
    Person("Oli", "Cruz", "Aetna", "cara", (Stay("OP", d(4, 6), focus=SUD),),
           (Visit(COUNSELLING, d(4, 8), SUD),), born=date(2013, 4, 6)),
    Person("Pat", "Cruz", "Aetna", "cara", (Stay("OP", d(4, 6), focus=SUD),),
           (Visit(COUNSELLING, d(4, 8), SUD),), born=date(2013, 4, 7)),
    # Inpatient left on 24 April, therapy on day 2 (met on the worklist), back in on day 16:
    # out of both FUH rates. That stay left on 15 May with nothing since: FUH 7 missed,
    # FUH 30 open on 1 June.
    Person("Rae", "Diaz", "Medicaid", "dev",
           (Stay("INP", d(4, 20), d(4, 24)), Stay("INP", d(5, 10), d(5, 15))),
           (Visit(THERAPY, d(4, 26)),)),
)


@dataclass
class Built:
    services: AppServices
    database: Database
    clients: dict[str, int]  # given name -> client id
    managers: dict[str, int]  # username -> user id
    bay: int  # facility id


_NUMBERS = itertools.count(1)


@pytest.fixture(scope="module")
def module_database(request: pytest.FixtureRequest, engine_name: str,
                    tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """A migrated database for this module's one caseload, on the engine this run tests."""
    if engine_name == "postgresql":
        server = request.getfixturevalue("postgres_server")
        name = f"test_follow_up_{os.getpid()}_{next(_NUMBERS)}"
        db = open_database(server.create_database(
            name, template=request.getfixturevalue("postgres_template")))
        try:
            yield db
        finally:
            db.dispose()
            server.drop_database(name)
        return
    path = tmp_path_factory.mktemp("follow_up") / "follow_up.sqlite3"
    shutil.copyfile(request.getfixturevalue("sqlite_template"), path)
    db = open_database(str(path))
    try:
        yield db
    finally:
        db.dispose()


@pytest.fixture(scope="module")
def built(module_database: Database) -> Built:
    services = admin_services(module_database,
                              SteppingClock(datetime(2026, 6, 1, 12, tzinfo=UTC)))
    managers = add_case_managers(services, "cara", "dev")
    bay = add_partner_facility(module_database, "Bay Hospital", ("INP",))
    clients: dict[str, int] = {}
    for person in CASELOAD:
        client = services.clients.create(ClientInput(
            person.given, person.family, person.born, insurance_payer=person.payer,
            primary_case_manager_id=managers[person.manager]))
        clients[person.given] = client.id
        for stay in person.stays:
            services.episodes.add(client.id, EpisodeInput(
                stay.level, stay.start, focus=stay.focus, end_date=stay.end,
                track=stay.track, facility_id=bay if stay.at_bay else None,
                discharge_disposition=stay.disposition))
        for visit in person.visits:
            services.appointments.add(client.id, AppointmentInput(
                visit.kind, visit.day, with_whom="Dr. Lane", focus=visit.focus,
                status=AppointmentStatus.KEPT))
    return Built(services, module_database, clients, managers, bay)


def sheet_for(built: Built, first: date, last: date, as_of: date = TODAY,
              filters: ReportFilters | None = None) -> ReportSheet:
    return built.services.reports.sheet("follow-up", ReportPeriod(first, last, as_of),
                                        filters or ReportFilters())


# --- the independent count: plain Python over CASELOAD ------------------------------------

Row = tuple[str, date]  # given name, day 0 (the discharge day or the episode date)
MEASURE_KEYS = ("fuh7", "fuh30", "fui7", "fui30", "iet")


@dataclass
class Count:
    met: set[Row] = field(default_factory=set)
    missed: set[Row] = field(default_factory=set)
    excluded: set[Row] = field(default_factory=set)
    open: set[Row] = field(default_factory=set)


def age(born: date, day: date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def counts_as_visit(key: str, visit: Visit) -> bool:
    if key.startswith("fuh"):
        return visit.kind in (THERAPY, AppointmentKind.PSYCHIATRY) and visit.focus in MH_FOCUS
    return visit.kind in (COUNSELLING, AppointmentKind.MEDICATION_FOR_USE_DISORDER)


def follow_up(count: Count, person: Person, stay: Stay, key: str, as_of: date) -> None:
    """FUH or FUI for one stay: the first visit on days 1 to 7 (or 30) meets it; a 24-hour
    admission within 30 days of the discharge leaves it out of the rate."""
    levels, focus, oldest = ({"INP"}, MH_FOCUS, 6) if key.startswith("fuh") \
        else (ROUND_THE_CLOCK, SUD_FOCUS, 13)
    left = stay.end
    if stay.level not in levels or stay.focus not in focus or left is None or left > as_of \
            or age(person.born, left) < oldest:
        return
    due = left + timedelta(days=7 if key.endswith("7") else 30)
    days = [o.start for o in person.stays if o.level not in ROUND_THE_CLOCK
            and o.focus in focus] + [v.day for v in person.visits if counts_as_visit(key, v)]
    seen = min((day for day in days if left < day <= as_of), default=None)
    back = min((o.start for o in person.stays if o is not stay
                and o.level in ROUND_THE_CLOCK and left <= o.start <= as_of), default=None)
    row = (person.given, left)
    if back is not None and (back - left).days <= 30:
        count.excluded.add(row)
    elif seen is not None and seen <= due:
        count.met.add(row)
    elif due < as_of:
        count.missed.add(row)
    else:
        count.open.add(row)


def initiation(count: Count, person: Person, stay: Stay, as_of: date) -> None:
    """IET for a new substance-use episode (none in the 194 days before) of a client 13 or
    older on its first day: 24-hour care is treatment itself; else another substance-use
    service on days 0 to 13."""
    day0 = stay.start
    earlier = [o for o in person.stays if o.focus in SUD_FOCUS and o.start < day0]
    if stay.focus not in SUD_FOCUS or day0 > as_of or age(person.born, day0) < 13 \
            or any(o.end is None or o.end >= day0 - timedelta(days=194) for o in earlier):
        return
    due = day0 + timedelta(days=13)
    services = [o.start for o in person.stays if o is not stay and o.focus in SUD_FOCUS] \
        + [v.day for v in person.visits if counts_as_visit("iet", v)]
    treated = day0 if stay.level in ROUND_THE_CLOCK else min(
        (day for day in services if day0 <= day <= as_of), default=None)
    row = (person.given, day0)
    if treated is not None and treated <= due:
        count.met.add(row)
    elif due < as_of:
        count.missed.add(row)
    else:
        count.open.add(row)


def expected(key: str, first: date, last: date, as_of: date = TODAY, *,
             level: str | None = None, manager: str | None = None, payer: str = "",
             at_bay: bool = False, track: str | None = None) -> Count:
    count = Count()
    for person in CASELOAD:
        if manager not in (None, person.manager) \
                or (payer and person.payer.strip().lower() != payer.strip().lower()):
            continue
        for stay in person.stays:
            if level not in (None, stay.level) or track not in (None, stay.track) \
                    or (at_bay and not stay.at_bay):
                continue
            found = Count()
            if key == "iet":
                initiation(found, person, stay, as_of)
            else:
                follow_up(found, person, stay, key, as_of)
            for name in ("met", "missed", "excluded", "open"):
                getattr(count, name).update(row for row in getattr(found, name)
                                            if first <= row[1] <= last)
    return count


def observed(sheet: ReportSheet, key: str) -> Count:
    count = Count()
    for name in ("met", "missed", "excluded", "open"):
        try:
            listed = sheet.case_list(f"follow_up.{key}.{name}")
        except KeyError:
            assert key == "iet" and name == "excluded"  # IET has no readmission rule
            continue
        # Columns: client "Family, Given", record number, level, day 0, ...
        rows = [(row[0].split(", ")[1], date.fromisoformat(row[3])) for row in listed.rows]
        assert len(rows) == len(set(rows)) == len(listed.client_ids)
        getattr(count, name).update(rows)
    return count


def check(sheet: ReportSheet, key: str, want: Count) -> None:
    assert observed(sheet, key) == want, key
    figure = sheet.figure(f"follow_up.{key}")
    denominator = len(want.met) + len(want.missed)
    assert (figure.numerator, figure.denominator, figure.unit) == (
        len(want.met), denominator, Unit.PERCENT)
    assert figure.value == (len(want.met) / denominator if denominator else None)
    assert figure.list_key == f"follow_up.{key}.met"
    [row] = [row for row in sheet.tables[0].rows if row[0] == figure.label]
    eligible = denominator + len(want.excluded) + len(want.open)
    assert row[1:6] == tuple(str(n) for n in (eligible, len(want.excluded), len(want.open),
                                              denominator, len(want.met)))


PERIODS = [
    (d(3, 1), d(3, 31), TODAY),
    (d(4, 1), d(4, 30), TODAY),
    (d(5, 1), d(5, 31), TODAY),
    (d(1, 1), d(6, 30), TODAY),
    # On 14 March Cy is not yet back in hospital (his first FUH 7 is open), Ben's FUH 7
    # was missed the day before; on 16 March Cy's readmission leaves that discharge out.
    (d(3, 1), d(3, 31), d(3, 14)),
    (d(3, 1), d(3, 31), d(3, 16)),
    # Rae's therapy on 26 April meets her FUH; from 10 May her readmission leaves it out.
    (d(4, 1), d(4, 30), d(5, 9)),
    (d(4, 1), d(4, 30), d(5, 10)),
]


@pytest.mark.parametrize(("first", "last", "as_of"), PERIODS)
def test_the_rates_equal_a_count_made_from_the_stays_and_visits(
        built: Built, first: date, last: date, as_of: date) -> None:
    sheet = sheet_for(built, first, last, as_of)
    assert (sheet.first_day, sheet.last_day, sheet.as_of, sheet.filters) == (
        first, last, as_of, "Everyone")
    for key in MEASURE_KEYS:
        check(sheet, key, expected(key, first, last, as_of))


def test_the_filters_equal_a_count_made_from_the_stays_and_visits(built: Built) -> None:
    spring = (d(2, 1), d(5, 31))
    cases = [
        (ReportFilters(level_code="INP"), {"level": "INP"}, "Level: Inpatient (INP)"),
        (ReportFilters(level_code="OP"), {"level": "OP"}, "Level: Outpatient (OP)"),
        (ReportFilters(case_manager_id=built.managers["cara"]), {"manager": "cara"},
         "Case manager: Cara"),
        (ReportFilters(case_manager_id=built.managers["dev"]), {"manager": "dev"},
         "Case manager: Dev"),
        (ReportFilters(payer="MEDICAID"), {"payer": "medicaid"}, "Payer: MEDICAID"),
        (ReportFilters(payer="aetna", level_code="WM"), {"payer": "aetna", "level": "WM"},
         "Level: Withdrawal management (WM); Payer: aetna"),
        (ReportFilters(facility_id=built.bay), {"at_bay": True}, "Program: Bay Hospital"),
        (ReportFilters(track="morning"), {"track": "morning"}, "Track: morning"),
    ]
    for filters, by, words in cases:
        sheet = sheet_for(built, *spring, filters=filters)
        assert sheet.filters == words
        for key in MEASURE_KEYS:
            check(sheet, key, expected(key, *spring, **by))  # type: ignore[arg-type]


def test_march_by_hand(built: Built) -> None:
    sheet = sheet_for(built, d(3, 1), d(3, 31))

    # FUH: Ada (day 4), Cy's second discharge (day 3) and Lou (day 2) met; Ben seen on day
    # 14 missed the 7 days but met the 30; Cy's first discharge left out.
    assert [figure_text(sheet.figure(f"follow_up.{key}")) for key in MEASURE_KEYS] == [
        "75.0 % (3 of 4)", "100.0 % (4 of 4)", "100.0 % (2 of 2)", "100.0 % (2 of 2)",
        "100.0 % (1 of 1)"]
    assert sheet.figure("follow_up.fuh7").detail == (
        "1 missed, 1 left out, 0 open")
    assert sheet.tables[0].rows[0] == ("FUH: follow-up within 7 days", "5", "1", "0", "4",
                                       "3", "75.0 %")
    met = sheet.case_list("follow_up.fuh7.met")
    assert met.columns == ("Client", "Record number", "Level", "Discharged", "Seen on",
                           "Day", "Met by", "Case manager")
    assert [row[0] for row in met.rows] == ["Moss, Ada", "Abe, Lou", "Park, Cy"]
    assert met.rows[2][3:] == ("2026-03-20", "2026-03-23", "3", "Care episode", "Dev")
    assert met.rows[0][4:7] == ("2026-03-09", "4", "Kept appointment")
    (ben,) = sheet.case_list("follow_up.fuh7.missed").rows
    assert ben == ("Ortiz, Ben", "MRN-000002", "INP", "2026-03-06", "2026-03-13", "Cara",
                   "First mental-health follow-up visit on day 14 (2026-03-20), after the "
                   "7-day window.")
    assert sheet.case_list("follow_up.fuh7.missed").client_ids == (built.clients["Ben"],)
    (ed,) = sheet.case_list("follow_up.iet.met").rows
    assert ed[3:7] == ("2026-03-01", "2026-03-01", "0", "24-hour admission")
    assert sheet.note == ""


def test_a_readmission_on_day_4_is_left_out_while_the_worklist_shows_it_transferred(
        built: Built) -> None:
    sheet = sheet_for(built, d(3, 1), d(3, 31))
    for key in ("fuh7", "fuh30"):
        left_out = sheet.case_list(f"follow_up.{key}.excluded")
        assert left_out.columns == ("Client", "Record number", "Level", "Discharged",
                                    "Readmitted", "Worklist", "Case manager", "Reason")
        assert left_out.rows == (
            ("Park, Cy", "MRN-000003", "INP", "2026-03-12", "2026-03-16", "transferred",
             "Dev", "Readmitted to 24-hour care on 2026-03-16, within 30 days of the "
             "discharge: HEDIS leaves the discharge out of the rate (readmission or direct "
             "transfer)."),)
        assert left_out.client_ids == (built.clients["Cy"],)
        assert ("Cy", d(3, 12)) not in observed(sheet, key).met | observed(sheet, key).missed

    worklist = built.services.clocks.caseload_clocks(today=d(3, 17),
                                                     client_id=built.clients["Cy"])
    fuh = {row.kind: row for row in worklist if row.start == d(3, 12)
           and row.kind in (ClockKind.FUH7, ClockKind.FUH30)}
    assert {kind: (row.state, row.closed_on) for kind, row in fuh.items()} == {
        ClockKind.FUH7: (ClockState.TRANSFERRED, d(3, 16)),
        ClockKind.FUH30: (ClockState.TRANSFERRED, d(3, 16))}

    # Judged on 14 March, before the readmission, the 7-day clock is open and counted
    # nowhere yet; Ben's, due the day before, is missed with the 30 days still running.
    early = sheet_for(built, d(3, 1), d(3, 31), d(3, 14))
    assert ("Cy", d(3, 12)) in observed(early, "fuh7").open
    assert early.case_list("follow_up.fuh7.missed").rows[0][-1] == (
        "No mental-health follow-up visit by 2026-03-14; the 30-day window is open until "
        "2026-04-05.")


def test_a_met_follow_up_then_a_readmission_on_day_16_is_left_out_too(built: Built) -> None:
    before = sheet_for(built, d(4, 1), d(4, 30), d(5, 9))
    after = sheet_for(built, d(4, 1), d(4, 30), d(5, 10))
    assert ("Rae", d(4, 24)) in observed(before, "fuh7").met
    (rae,) = after.case_list("follow_up.fuh7.excluded").rows
    assert (rae[0], rae[4], rae[5]) == ("Diaz, Rae", "2026-05-10", "met")


def test_fuh_counts_from_6_and_fui_and_iet_from_13(built: Built) -> None:
    march = sheet_for(built, d(2, 1), d(3, 31))
    listed = {key: {row[0] for name in ("met", "missed", "open")
                    for row in march.case_list(f"follow_up.{key}.{name}").rows}
              for key in MEASURE_KEYS}
    # 5 and 6 on the discharge day.
    assert "Abe, Lou" in listed["fuh7"] and "Abe, Lou" in listed["fuh30"]
    assert "Abe, Kim" not in listed["fuh7"] | listed["fuh30"]
    # 12 and 13 on the discharge day; Ned was 12 on his episode date, so no IET.
    assert "Bird, Ned" in listed["fui7"] and "Bird, Ned" in listed["fui30"]
    assert "Bird, Max" not in listed["fui7"] | listed["fui30"] | listed["iet"]
    assert "Bird, Ned" not in listed["iet"]

    april = sheet_for(built, d(4, 1), d(4, 30))
    iet = {row[0] for row in april.case_list("follow_up.iet.met").rows}
    assert iet == {"Cruz, Oli", "Tan, Gus", "Sato, Flo"}  # not Pat, 12 on 6 April


def test_misses_say_why(built: Built) -> None:
    april = sheet_for(built, d(4, 1), d(4, 30))
    (di,) = april.case_list("follow_up.fuh30.missed").rows
    assert di[0] == "Quinn, Di" and di[-1] == (
        "No mental-health follow-up visit from day 1 to day 30 (to 2026-05-03). Discharge "
        "disposition: Left against medical advice.")
    di7 = next(row for row in april.case_list("follow_up.fuh7.missed").rows
               if row[0] == "Quinn, Di")
    assert di7[-1] == ("No mental-health follow-up visit in the 30 days after the discharge "
                       "(to 2026-05-03). Discharge disposition: Left against medical advice.")
    (flo,) = april.case_list("follow_up.fui7.missed").rows
    assert flo[-1] == ("First substance-use follow-up visit on day 14 (2026-04-28), after "
                       "the 7-day window.")

    may = sheet_for(built, d(5, 1), d(5, 31))
    (hal,) = may.case_list("follow_up.iet.missed").rows
    assert hal[:5] == ("Uno, Hal", "MRN-000008", "IOP", "2026-05-04", "2026-05-17")
    assert hal[-1] == ("No substance-use treatment besides the episode's own admission from "
                       "day 0 to day 13 (to 2026-05-17).")
    # Ivy's 7-day clocks are due on the report's day itself: still open.
    assert [row[:5] for row in may.case_list("follow_up.fuh7.open").rows] == [
        ("Vega, Ivy", "MRN-000009", "INP", "2026-05-25", "2026-06-01")]


def test_the_definition_says_what_is_counted_and_how_the_filters_apply(
        built: Built) -> None:
    sheet = sheet_for(built, d(3, 1), d(3, 31))
    assert sheet.name == "follow-up"
    for words in ("within 7 days and within 30 days after the discharge",
                  "day 0 is the discharge day", "within 14 days of the episode date",
                  "not a certified HEDIS calculation", "readmission or direct transfer",
                  "level, program and track are those of the stay left",
                  "case manager and payer are the client's as recorded now",
                  "Judged on 2026-06-01"):
        assert words in sheet.definition, words


def test_nothing_to_count_gives_a_sentence(built: Built) -> None:
    empty = sheet_for(built, d(1, 1), d(1, 31))
    assert all(figure.value is None for figure in empty.figures)
    assert empty.note == ("No discharges from inpatient, residential or withdrawal-"
                          "management care and no new substance-use episodes that FUH, FUI "
                          "or IET count between 2026-01-01 and 2026-01-31.")
    narrowed = sheet_for(built, d(3, 1), d(3, 31), filters=ReportFilters(payer="Blue Cross"))
    assert narrowed.note.startswith("No discharges from inpatient") and \
        "matching the filters between 2026-03-01 and 2026-03-31" in narrowed.note
    only_open = sheet_for(built, d(5, 25), d(5, 31))
    assert only_open.note == ("No discharge or new substance-use episode between 2026-05-25 "
                              "and 2026-05-31 has a decided follow-up yet.")


def test_a_case_manager_cannot_run_it(built: Built) -> None:
    cara = signed_in(built.database, "cara", password=PASSWORD)
    with pytest.raises(PermissionDenied):
        cara.reports.sheet("follow-up", ReportPeriod(d(3, 1), d(3, 31)))

