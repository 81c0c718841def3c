"""The referral outcomes report: referrals sent in the period, the closed-loop rate, days
to completion and the share that got help, on referrals made and moved through the
referral service on known days.

The report's numbers are checked against a count worked out here in plain Python from the
referrals the test made (never from the report's code), over several periods and filters.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from statistics import median

import pytest

from coordinator.domain.errors import PermissionDenied
from coordinator.domain.vocabulary import (
    FacilityKind,
    ReferralCategory,
    ReferralOutcome,
    ReferralStatus,
)
from coordinator.reports.outcome_data import ReportSheet
from coordinator.services.app import AppServices
from coordinator.services.care import EpisodeInput
from coordinator.services.dto import ClientInput
from coordinator.services.facilities import FacilityInput
from coordinator.services.referral_views import ReferralInput
from coordinator.services.reports import ReportFilters, ReportPeriod
from coordinator.store.engine import Database
from tests.services.helpers import (
    SteppingClock,
    add_case_managers,
    add_partner_facility,
    admin_services,
    signed_in,
)

TODAY = date(2026, 6, 1)
S = ReferralStatus
O = ReferralOutcome  # noqa: E741 - short like S


def d(month: int, day: int) -> date:
    return date(2026, month, day)


@dataclass(frozen=True)
class Stay:
    level: str
    start: date
    end: date | None = None
    track: str | None = None


@dataclass(frozen=True)
class Person:
    given: str
    family: str
    payer: str
    manager: str
    stays: tuple[Stay, ...]  # all at the clinic's own day program


@dataclass(frozen=True)
class Made:
    """A referral: who, what, to whom, the day it was created, and its moves (day, status,
    outcome when it closes). ``draft`` starts it as a draft; its first move to requested is
    then the day it is sent."""

    given: str
    category: ReferralCategory
    to: str  # "shelter" or "pantry"
    created: date
    moves: tuple[tuple[date, ReferralStatus, ReferralOutcome | None], ...] = ()
    draft: bool = False
    follow_up_days: int = 14


PEOPLE = (
    Person("Ada", "Moss", "Medicaid", "cara",
           (Stay("IOP", d(2, 20), d(3, 8), "morning"), Stay("OP", d(3, 8)))),
    Person("Ben", "Ortiz", " medicaid ", "cara", (Stay("PHP", d(3, 1), None, "morning"),)),
    Person("Cy", "Park", "Aetna", "dev", (Stay("IOP", d(3, 15), None, "evening"),)),
    Person("Di", "Quinn", "Medicaid", "dev", ()),
    Person("Gus", "Tan", "Aetna", "dev", ()),
)
REFERRALS = (
    # Completed with help a week after it was sent.
    Made("Ada", ReferralCategory.HOUSING, "shelter", d(3, 2),
         ((d(3, 4), S.ACCEPTED, None), (d(3, 9), S.COMPLETED, O.GOT_HELP))),
    # Accepted and in progress, its follow-up (24 March) long past: overdue.
    Made("Ada", ReferralCategory.FOOD, "pantry", d(3, 10),
         ((d(3, 12), S.ACCEPTED, None), (d(3, 13), S.IN_PROGRESS, None))),
    # The receiver could not reach the client: failed, closed without help.
    Made("Ben", ReferralCategory.HOUSING, "shelter", d(3, 5),
         ((d(3, 20), S.FAILED, O.COULD_NOT_CONTACT),)),
    # A draft of 6 March sent on the 16th; completed on 1 April, but no capacity.
    Made("Ben", ReferralCategory.EMPLOYMENT, "pantry", d(3, 6),
         ((d(3, 16), S.REQUESTED, None), (d(3, 18), S.ACCEPTED, None),
          (d(4, 1), S.COMPLETED, O.NO_CAPACITY)), draft=True),
    # Cancelled: the client no longer wanted it (left out of the closed-loop rate).
    Made("Cy", ReferralCategory.FOOD, "pantry", d(3, 20),
         ((d(3, 25), S.CANCELLED, O.NO_LONGER_INTERESTED),)),
    # A draft never sent: no referral made.
    Made("Cy", ReferralCategory.HOUSING, "shelter", d(3, 21), draft=True),
    # Sent 31 March, on hold, sent again 20 April: still made on 31 March; open.
    Made("Di", ReferralCategory.LEGAL, "shelter", d(3, 31),
         ((d(4, 5), S.ON_HOLD, None), (d(4, 20), S.REQUESTED, None)), follow_up_days=70),
    # Completed with help ten days after it was sent.
    Made("Di", ReferralCategory.FOOD, "pantry", d(4, 2),
         ((d(4, 4), S.ACCEPTED, None), (d(4, 12), S.COMPLETED, O.GOT_HELP))),
    # Sent 20 May, completed with help on 1 June (open when judged on 25 May).
    Made("Gus", ReferralCategory.HOUSING, "shelter", d(5, 20),
         ((d(5, 22), S.ACCEPTED, None), (d(6, 1), S.COMPLETED, O.GOT_HELP))),
)
TARGETS = {"shelter": "Safe Harbor Shelter", "pantry": "Valley Food Pantry"}
CLOSED = {S.COMPLETED, S.CANCELLED, S.FAILED, S.REJECTED}


@dataclass
class Built:
    services: AppServices
    managers: dict[str, int]
    program: int


def at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 12, tzinfo=UTC)


@pytest.fixture
def built(database: Database) -> Built:
    clock = SteppingClock(at(d(1, 5)))
    services = admin_services(database, clock)
    managers = add_case_managers(services, "cara", "dev")
    program = services.facilities.create(FacilityInput(
        "Harbor Day Program", FacilityKind.OWN_PROGRAM.value, ("IOP", "PHP", "OP"))).id
    targets = {key: add_partner_facility(database, name, ("OP",))
               for key, name in TARGETS.items()}
    clients: dict[str, int] = {}
    clock.now = at(TODAY)
    for person in PEOPLE:
        client = services.clients.create(ClientInput(
            person.given, person.family, date(1990, 1, 1), insurance_payer=person.payer,
            primary_case_manager_id=managers[person.manager]))
        clients[person.given] = client.id
        for stay in person.stays:
            services.episodes.add(client.id, EpisodeInput(
                stay.level, stay.start, end_date=stay.end, track=stay.track,
                facility_id=program))
    for made in REFERRALS:
        clock.now = at(made.created)
        view = services.referrals.create(clients[made.given], ReferralInput(
            made.category, "Needs it", made.created + timedelta(days=made.follow_up_days),
            facility_id=targets[made.to]), start=S.DRAFT if made.draft else S.REQUESTED)
        for day, status, outcome in made.moves:
            clock.now = at(day)
            view = services.referrals.change_status(view.id, view.version, status,
                                                    outcome=outcome)
    clock.now = at(TODAY)
    return Built(services, managers, program)


# --- the independent count: plain Python over REFERRALS -----------------------------------

@dataclass(frozen=True)
class Expected:
    made: frozenset[tuple[str, date]]  # given name, day sent
    completed: int
    counted: int  # made less cancelled
    median_days: float | None
    closed: int
    got_help: int
    still_open: frozenset[tuple[str, date]]
    overdue: frozenset[tuple[str, date]]
    no_help: frozenset[tuple[str, date]]


def expected(first: date, last: date, as_of: date = TODAY, *, manager: str | None = None,
             payer: str = "", level: str | None = None, program: bool = False,
             track: str | None = None) -> Expected:
    people = {person.given: person for person in PEOPLE}
    made: list[tuple[str, date, ReferralStatus | None, ReferralOutcome | None,
                     date | None, date]] = []
    for ref in REFERRALS:
        person = people[ref.given]
        if manager not in (None, person.manager):
            continue
        if payer and person.payer.strip().lower() != payer.lower():
            continue
        sent = ref.created if not ref.draft else min(
            (day for day, status, _ in ref.moves if status is S.REQUESTED), default=None)
        if sent is None or not first <= sent <= min(last, as_of):
            continue
        if (level or program or track) and not any(
                stay.start <= sent and (stay.end is None or sent <= stay.end)
                and level in (None, stay.level) and track in (None, stay.track)
                for stay in person.stays):
            continue
        closing = [(day, status, outcome) for day, status, outcome in ref.moves
                   if status in CLOSED and day <= as_of]
        status, outcome, closed_on = ((closing[0][1], closing[0][2], closing[0][0])
                                      if closing else (None, None, None))
        made.append((ref.given, sent, status, outcome, closed_on,
                     ref.created + timedelta(days=ref.follow_up_days)))
    completed = [(closed_on - sent).days for _g, sent, status, _o, closed_on, _f in made
                 if status is S.COMPLETED and closed_on is not None]
    cancelled = sum(status is S.CANCELLED for _g, _s, status, _o, _c, _f in made)
    closed = [row for row in made if row[2] is not None]
    return Expected(
        frozenset((given, sent) for given, sent, *_ in made), len(completed),
        len(made) - cancelled, float(median(completed)) if completed else None,
        len(closed), sum(row[3] is O.GOT_HELP for row in closed),
        frozenset((row[0], row[1]) for row in made if row[2] is None),
        frozenset((row[0], row[1]) for row in made if row[2] is None and row[5] < as_of),
        frozenset((row[0], row[1]) for row in closed if row[3] is not O.GOT_HELP))


def observed(sheet: ReportSheet) -> Expected:
    def rows(key: str) -> frozenset[tuple[str, date]]:
        return frozenset((row[0].split(", ")[1], date.fromisoformat(row[2]))
                         for row in sheet.case_list(key).rows)

    loop = sheet.figure("referrals.closed_loop")
    helped = sheet.figure("referrals.got_help")
    assert loop.numerator is not None and loop.denominator is not None
    assert helped.numerator is not None and helped.denominator is not None
    return Expected(
        rows("referrals.made"), loop.numerator, loop.denominator,
        sheet.figure("referrals.median_days").value, helped.denominator, helped.numerator,
        rows("referrals.open"), rows("referrals.overdue"), rows("referrals.no_help"))


PERIODS = [
    (d(3, 1), d(3, 31), TODAY),
    (d(3, 1), d(5, 31), TODAY),
    (d(4, 1), d(4, 30), TODAY),
    (d(5, 1), d(6, 30), TODAY),
    (d(3, 1), d(5, 31), d(5, 25)),  # Gus's referral still open on 25 May
    (d(3, 1), d(3, 31), d(3, 15)),  # judged mid-March: Ben's draft not sent yet
]


def test_the_counts_equal_a_count_made_from_the_referrals(built: Built) -> None:
    for first, last, as_of in PERIODS:
        sheet = built.services.reports.sheet("referrals", ReportPeriod(first, last, as_of))
        want = expected(first, last, as_of)
        assert observed(sheet) == want, (first, last, as_of)
        loop = sheet.figure("referrals.closed_loop")
        assert loop.value == (want.completed / want.counted if want.counted else None)
        assert sheet.figure("referrals.made").value == len(want.made)


def test_the_filters_equal_a_count_made_from_the_referrals(built: Built) -> None:
    spring = (d(3, 1), d(5, 31))
    cases = [
        (ReportFilters(case_manager_id=built.managers["cara"]), {"manager": "cara"}),
        (ReportFilters(case_manager_id=built.managers["dev"]), {"manager": "dev"}),
        (ReportFilters(payer="MEDICAID"), {"payer": "medicaid"}),
        (ReportFilters(level_code="IOP"), {"level": "IOP"}),
        (ReportFilters(level_code="OP"), {"level": "OP"}),
        (ReportFilters(facility_id=built.program), {"program": True}),
        (ReportFilters(track="morning", payer="medicaid"),
         {"track": "morning", "payer": "medicaid"}),
    ]
    for filters, by in cases:
        sheet = built.services.reports.sheet("referrals", ReportPeriod(*spring), filters)
        assert observed(sheet) == expected(*spring, **by), filters  # type: ignore[arg-type]


def test_march_by_hand(built: Built) -> None:
    sheet = built.services.reports.sheet("referrals", ReportPeriod(d(3, 1), d(3, 31)))
    # Sent in March: Ada twice, Ben twice (the draft sent on the 16th), Cy once (cancelled)
    # and Di on the 31st; Cy's second draft was never sent.
    assert sheet.figure("referrals.made").value == 6
    loop = sheet.figure("referrals.closed_loop")
    # Completed: Ada's housing (7 days) and Ben's employment (16 March to 1 April: 16
    # days); Cy's cancelled one is left out of the five.
    assert (loop.numerator, loop.denominator, loop.value) == (2, 5, 0.4)
    assert sheet.figure("referrals.median_days").value == 11.5
    helped = sheet.figure("referrals.got_help")
    assert (helped.numerator, helped.denominator) == (1, 4)
    overdue = sheet.case_list("referrals.overdue")
    assert overdue.rows == (("Moss, Ada", "MRN-000001", "2026-03-10", "Food",
                             "Valley Food Pantry", "In progress", "", "", "2026-03-24",
                             "Cara", "Follow-up was due 2026-03-24: 69 days overdue."),)
    by_category = {row[0]: row for row in next(
        table for table in sheet.tables if table.key == "referrals.by_category").rows}
    assert by_category["Housing"] == ("Housing", "2", "1", "50.0 %", "7", "2", "1",
                                      "50.0 %")
    by_organization = {row[0]: row[1:4] for row in next(
        table for table in sheet.tables if table.key == "referrals.by_organization").rows}
    assert by_organization == {"Safe Harbor Shelter": ("3", "1", "33.3 %"),
                               "Valley Food Pantry": ("3", "1", "50.0 %")}


def test_nothing_sent_gives_a_note_and_a_case_manager_cannot_read_it(
        database: Database, built: Built) -> None:
    reports = built.services.reports
    empty = reports.sheet("referrals", ReportPeriod(d(1, 1), d(2, 28)))
    assert empty.note == "No referrals were sent between 2026-01-01 and 2026-02-28."
    assert empty.figure("referrals.closed_loop").value is None
    narrowed = reports.sheet("referrals", ReportPeriod(d(3, 1), d(3, 31)),
                             ReportFilters(payer="Blue Cross"))
    assert narrowed.note == ("No referrals matching the filters were sent between "
                             "2026-03-01 and 2026-03-31.")

    # Reports are for supervisors and administrators.
    with pytest.raises(PermissionDenied):
        signed_in(database, "cara").reports.sheet("referrals",
                                                  ReportPeriod(d(3, 1), d(3, 31)))
