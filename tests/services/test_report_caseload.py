"""The caseload per case manager report on a small clinic with known clocks, referrals and
assessments, judged on two days.

Each figure is checked against a count worked out here from the rows the services wrote
(clients, stored clocks, referrals with their status history, episodes), never from the
report's own code; the assessments due against the app's own list for each case manager
(``AssessmentService.due``) and against a count made by hand.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy import select

from coordinator.domain.errors import PermissionDenied
from coordinator.domain.referrals import AWAITING_STATUSES
from coordinator.domain.roles import Role
from coordinator.domain.vocabulary import (
    FacilityKind,
    Instrument,
    ReferralCategory,
    ReferralOutcome,
    ReferralStatus,
)
from coordinator.reports.outcome_data import ReportSheet
from coordinator.services.app import AppServices
from coordinator.services.assessment_views import AssessmentInput
from coordinator.services.care import EpisodeInput
from coordinator.services.dto import ClientInput
from coordinator.services.facilities import FacilityInput
from coordinator.services.referral_views import ReferralInput
from coordinator.services.reports import ReportFilters, ReportPeriod
from coordinator.services.reports.caseload import caseload_report, caseload_rows
from coordinator.store.engine import Database
from coordinator.store.models import (
    Client,
    Episode,
    Referral,
    ReferralEvent,
    TransitionClock,
    User,
)
from tests.services.helpers import (
    PASSWORD,
    SteppingClock,
    add_partner_facility,
    add_user,
    admin_services,
    signed_in,
)

TODAY = date(2026, 6, 1)
EARLIER = date(2026, 5, 25)
AWAITING = {status.value for status in AWAITING_STATUSES}


def d(month: int, day: int) -> date:
    return date(2026, month, day)


def noon(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 12, tzinfo=UTC)


@dataclass
class Built:
    services: AppServices
    clock: SteppingClock
    users: dict[str, int]  # username -> user id
    clients: dict[str, int]  # given name -> client id
    harbor: int


def _phq9(day: date) -> AssessmentInput:
    return AssessmentInput(Instrument.PHQ9, day, (1, 1, 0, 0, 1, 0, 0, 0, 0))


def _gad7(day: date) -> AssessmentInput:
    return AssessmentInput(Instrument.GAD7, day, (1, 0, 1, 0, 0, 1, 0))


@pytest.fixture
def built(database: Database) -> Built:
    clock = SteppingClock(noon(d(5, 1)))
    services = admin_services(database, clock)
    users: dict[str, int] = {}
    for username, role in (("cara", Role.CASE_MANAGER), ("dev", Role.CASE_MANAGER),
                           ("eve", Role.CASE_MANAGER), ("old", Role.CASE_MANAGER),
                           ("zed", Role.CASE_MANAGER), ("sam", Role.SUPERVISOR)):
        add_user(services, username, role)
    for user in services.users.list_users():
        users[user.username] = user.id
    harbor = services.facilities.create(FacilityInput(
        "Harbor House", FacilityKind.OWN_PROGRAM.value, ("RES", "PHP"))).id
    bay = add_partner_facility(database, "Bay Partner IOP", ("IOP",))

    clients: dict[str, int] = {}
    for given, family, payer, manager in (
            ("Ada", "Moss", "Medicaid", "cara"), ("Ben", "Ortiz", " medicaid ", "cara"),
            ("Cy", "Park", "Aetna", "dev"), ("Dee", "Quinn", "", "dev"),
            ("Nell", "Rao", "Aetna", None), ("Hank", "Soto", "", "sam"),
            ("Ida", "Tran", "Medicaid", "old"), ("Gil", "Ueda", "Medicaid", "cara")):
        details = ClientInput(given, family, date(1990, 1, 1), insurance_payer=payer,
                              primary_case_manager_id=users[manager] if manager else None)
        made = services.clients.create(details)
        if manager is None:  # a new record gets its author as case manager: taken off
            made = services.clients.update(made.id, made.version, details)
        clients[given] = made.id

    # Referrals, each written on its own day so the history says when it changed.
    def refer(given: str, follow_up: date, draft: bool = False) -> tuple[int, int]:
        made = services.referrals.create(clients[given], ReferralInput(
            ReferralCategory.MENTAL_HEALTH, "Intensive outpatient", follow_up,
            facility_id=bay),
            ReferralStatus.DRAFT if draft else ReferralStatus.REQUESTED)
        return made.id, made.version

    refer("Ada", d(5, 20))  # never answered: overdue on both days
    ben = refer("Ben", d(5, 15))  # accepted, then completed on 28 May: overdue on the 25th
    refer("Dee", d(5, 30))  # overdue on 1 June only
    refer("Ada", d(5, 10), draft=True)  # a draft is not sent: never overdue
    refer("Nell", d(5, 20))  # no case manager: overdue on both days
    refer("Gil", d(5, 20))  # archived below: left out
    clock.now = noon(d(5, 12))
    accepted = services.referrals.change_status(ben[0], ben[1], ReferralStatus.ACCEPTED)
    clock.now = noon(d(5, 28))
    services.referrals.change_status(ben[0], accepted.version, ReferralStatus.COMPLETED,
                                     outcome=ReferralOutcome.GOT_HELP)
    refer("Cy", d(5, 20))  # written on 28 May: did not exist on the 25th

    # Episodes and assessments as of 1 June.
    clock.now = noon(TODAY)
    episodes = services.episodes
    episodes.add(clients["Ada"], EpisodeInput("IOP", d(5, 1)))
    episodes.add(clients["Ben"], EpisodeInput("INP", d(4, 20), end_date=d(5, 10)))
    episodes.add(clients["Ben"], EpisodeInput("IOP", d(5, 27), facility_id=bay))
    episodes.add(clients["Cy"], EpisodeInput("PHP", d(5, 15), facility_id=harbor,
                                             track="morning"))
    episodes.add(clients["Dee"], EpisodeInput("RES", d(5, 1), facility_id=harbor,
                                              end_date=d(5, 29)))
    episodes.add(clients["Nell"], EpisodeInput("OP", d(5, 1)))
    episodes.add(clients["Hank"], EpisodeInput("OP", d(5, 1)))
    episodes.add(clients["Ida"], EpisodeInput("OP", d(5, 1)))
    episodes.add(clients["Gil"], EpisodeInput("INP", d(5, 1), end_date=d(5, 5)))
    assessments = services.assessments
    assessments.record(clients["Ada"], _phq9(d(5, 20)))
    assessments.record(clients["Hank"], _phq9(d(5, 22)))
    assessments.record(clients["Hank"], _gad7(d(5, 22)))

    gil = services.clients.get(clients["Gil"])
    services.clients.archive(gil.id, gil.version)
    old = next(user for user in services.users.list_users() if user.username == "old")
    services.users.set_active(old.id, False, old.version)
    zed = next(user for user in services.users.list_users() if user.username == "zed")
    services.users.set_active(zed.id, False, zed.version)
    return Built(services, clock, users, clients, harbor)


# --- the independent count ------------------------------------------------------------------

@dataclass(frozen=True)
class Row:
    manager: str
    active: int
    open_clocks: int
    missed: int
    referrals: int


@dataclass(frozen=True)
class Tables:
    """The rows the services wrote, read back plainly."""

    users: list[Any]
    clients: dict[int, Any]
    episodes: list[Any]
    clocks: list[Any]
    referrals: list[Any]
    events: list[Any]

    @classmethod
    def read(cls, database: Database) -> Tables:
        with database.engine.connect() as connection:
            def rows(*columns: Any) -> list[Any]:
                return list(connection.execute(select(*columns)).all())

            return cls(
                rows(User.id, User.full_name, User.role, User.is_active),
                {row.id: row for row in rows(Client.id, Client.primary_case_manager_id,
                                             Client.insurance_payer, Client.status)},
                rows(Episode.id, Episode.client_id, Episode.level_code, Episode.facility_id,
                     Episode.track, Episode.start_date, Episode.end_date, Episode.status),
                rows(TransitionClock.client_id, TransitionClock.episode_id,
                     TransitionClock.start_date, TransitionClock.due_date,
                     TransitionClock.settled_on),
                rows(Referral.id, Referral.client_id, Referral.follow_up_due),
                sorted(rows(ReferralEvent.referral_id, ReferralEvent.occurred_at,
                            ReferralEvent.to_status, ReferralEvent.id),
                       key=lambda event: (event.occurred_at, event.id)))


@dataclass(frozen=True)
class Count:
    """The report's rows counted from ``Tables`` for one period, day and filters."""

    tables: Tables
    first: date
    last: date
    as_of: date
    manager: int | None = None
    payer: str = ""
    level: str | None = None
    facility: int | None = None
    track: str | None = None

    def wanted_episode(self, episode: Any) -> bool:
        return (self.level in (None, episode.level_code)
                and self.facility in (None, episode.facility_id)
                and self.track in (None, episode.track))

    def in_care_then(self, client_id: int) -> bool:
        if self.level is None and self.facility is None and self.track is None:
            return True
        return any(e.client_id == client_id and self.wanted_episode(e)
                   and e.start_date <= self.as_of
                   and (e.end_date is None or e.end_date > self.as_of)
                   and e.status in ("active", "completed") for e in self.tables.episodes)

    def counted(self, client_id: int) -> bool:
        client = self.tables.clients[client_id]
        return (client.status != "archived"
                and self.manager in (None, client.primary_case_manager_id)
                and (not self.payer
                     or client.insurance_payer.strip().lower() == self.payer.lower()))

    def owner(self, client_id: int) -> int | None:
        manager: int | None = self.tables.clients[client_id].primary_case_manager_id
        return manager

    def active(self) -> Counter[int | None]:
        return Counter(client.primary_case_manager_id
                       for client in self.tables.clients.values()
                       if client.status == "active" and self.counted(client.id)
                       and self.in_care_then(client.id))

    def clocks(self) -> tuple[Counter[int | None], Counter[int | None]]:
        by_id = {episode.id: episode for episode in self.tables.episodes}
        opened: Counter[int | None] = Counter()
        missed: Counter[int | None] = Counter()
        for clock in self.tables.clocks:
            if not self.counted(clock.client_id) or \
                    not self.wanted_episode(by_id[clock.episode_id]):
                continue
            if clock.start_date <= self.as_of <= clock.due_date and (
                    clock.settled_on is None or clock.settled_on > self.as_of):
                opened[self.owner(clock.client_id)] += 1
            if self.first <= clock.due_date <= self.last and clock.due_date < self.as_of \
                    and clock.settled_on is None:
                missed[self.owner(clock.client_id)] += 1
        return opened, missed

    def overdue(self) -> Counter[int | None]:
        """By each referral's history: its status is the last one set by the day's end."""
        status_then: dict[int, str] = {}
        for event in self.tables.events:
            if event.occurred_at.astimezone().date() <= self.as_of:
                status_then[event.referral_id] = event.to_status
        return Counter(self.owner(referral.client_id) for referral in self.tables.referrals
                       if status_then.get(referral.id) in AWAITING
                       and referral.follow_up_due < self.as_of
                       and self.counted(referral.client_id)
                       and self.in_care_then(referral.client_id))

    def rows(self) -> list[Row]:
        active, overdue = self.active(), self.overdue()
        opened, missed = self.clocks()
        holders = {client.primary_case_manager_id
                   for client in self.tables.clients.values() if client.status != "archived"}
        rows = [Row(name if active_user else f"{name} (account closed)", active[user_id],
                    opened[user_id], missed[user_id], overdue[user_id])
                for user_id, name, role, active_user
                in sorted(self.tables.users, key=lambda user: user.full_name)
                if (user_id in holders or (role == "case_manager" and active_user))
                and self.manager in (None, user_id)]
        unassigned = Row("No case manager", active[None], opened[None], missed[None],
                         overdue[None])
        if self.manager is None and any((unassigned.active, unassigned.open_clocks,
                                         unassigned.missed, unassigned.referrals)):
            rows.append(unassigned)
        return rows


def expected(database: Database, first: date, last: date, as_of: date,
             **filters: Any) -> list[Row]:
    """The rows, counted here from the tables: who is a case manager, active records,
    stored clocks open and missed, and referrals overdue by their status history."""
    return Count(Tables.read(database), first, last, as_of, **filters).rows()


def observed(sheet: ReportSheet) -> list[Row]:
    (table,) = sheet.tables
    assert table.columns == ("Case manager", "Active clients", "Open clocks",
                             "Missed clocks", "Overdue referrals", "Assessments due")
    *rows, total = table.rows
    assert total[0] == "Clinic"
    for column in range(1, 6):  # the clinic's total is the sum of the rows
        assert int(total[column]) == sum(int(row[column]) for row in rows)
    return [Row(row[0], int(row[1]), int(row[2]), int(row[3]), int(row[4])) for row in rows]


def due_column(sheet: ReportSheet) -> dict[str, int]:
    return {row[0]: int(row[5]) for row in sheet.tables[0].rows}


def test_each_case_managers_figures_equal_a_count_made_from_the_records(
        database: Database, built: Built) -> None:
    reports = built.services.reports
    for first, last, as_of in ((d(5, 1), d(5, 31), TODAY), (d(5, 1), d(5, 25), EARLIER),
                               (d(5, 18), d(5, 20), TODAY), (d(4, 1), d(4, 30), EARLIER)):
        sheet = reports.sheet("caseload", ReportPeriod(first, last, as_of))
        assert observed(sheet) == expected(database, first, last, as_of), (first, last, as_of)
        assert sheet.as_of == as_of and sheet.filters == "Everyone"

    cases: list[tuple[ReportFilters, dict[str, Any]]] = [
        (ReportFilters(case_manager_id=built.users["dev"]), {"manager": built.users["dev"]}),
        (ReportFilters(payer="MEDICAID"), {"payer": "medicaid"}),
        (ReportFilters(level_code="INP"), {"level": "INP"}),
        (ReportFilters(level_code="OP"), {"level": "OP"}),
        (ReportFilters(facility_id=built.harbor), {"facility": built.harbor}),
        (ReportFilters(track="morning"), {"track": "morning"}),
    ]
    # 29 May is Dee's last day at Harbor House: the discharge day is no longer in care.
    for as_of in (EARLIER, d(5, 29), TODAY):
        for filters, by in cases:
            sheet = reports.sheet("caseload", ReportPeriod(d(5, 1), d(5, 31), as_of),
                                  filters)
            want = expected(database, d(5, 1), d(5, 31), as_of, **by)
            assert observed(sheet) == want, (as_of, filters)
            # Counted in the database (the dashboard's way) or from the lists: the same.
            with database.engine.connect() as connection:
                counted = caseload_report(connection, ReportPeriod(d(5, 1), d(5, 31), as_of),
                                          filters, as_of, listed=False)
            assert [(row.active_clients, row.open_clocks, row.missed_clocks,
                     row.overdue_referrals, row.assessments_due) for row in counted.rows] \
                == [tuple(int(cell) for cell in row[1:])
                    for row in sheet.tables[0].rows[:-1]], (as_of, filters)
            assert counted.open_clocks == counted.missed_clocks == () == \
                counted.overdue_referrals
    only_dev = reports.sheet("caseload", ReportPeriod(d(5, 1), d(5, 31), TODAY),
                             ReportFilters(case_manager_id=built.users["dev"]))
    assert [row[0] for row in only_dev.tables[0].rows] == ["Dev", "Clinic"]
    assert only_dev.filters == "Case manager: Dev"
    # The program filter keeps Cy (PHP at Harbor House on both days) and Dee (residential
    # there until 29 May): both owe a PHQ-9 and a GAD-7 on the 25th.
    harbor = reports.sheet("caseload", ReportPeriod(d(5, 1), d(5, 31), EARLIER),
                           ReportFilters(facility_id=built.harbor))
    assert due_column(harbor)["Dev"] == 4 and due_column(harbor)["Cara"] == 0


def test_the_rows_known_by_hand_on_two_days_and_the_dashboards_typed_rows(
        database: Database, built: Built) -> None:
    reports = built.services.reports
    on_25th = reports.sheet("caseload", ReportPeriod(d(5, 1), d(5, 31), EARLIER))
    on_1st = reports.sheet("caseload", ReportPeriod(d(5, 1), d(5, 31), TODAY))

    names = [row[0] for row in on_1st.tables[0].rows]
    # Eve has no clients but is a case manager; Sam, a supervisor, holds one client; Old's
    # account was closed with a client still on it; Zed (closed, no clients) is not listed;
    # Gil's record is archived and counts nowhere.
    assert names == ["Cara", "Dev", "Eve", "Old (account closed)", "Sam", "No case manager",
                     "Clinic"]
    # On the 25th Ben's referral (follow-up 15 May) was still awaiting an answer; it was
    # completed on the 28th. Cy's (follow-up 20 May) was only written on the 28th. Dee's
    # follow-up date, 30 May, had not come yet.
    referrals = {row[0]: int(row[4]) for row in on_25th.tables[0].rows}
    assert referrals == {"Cara": 2, "Dev": 0, "Eve": 0, "Old (account closed)": 0, "Sam": 0,
                         "No case manager": 1, "Clinic": 3}
    referrals = {row[0]: int(row[4]) for row in on_1st.tables[0].rows}
    assert referrals == {"Cara": 1, "Dev": 2, "Eve": 0, "Old (account closed)": 0, "Sam": 0,
                         "No case manager": 1, "Clinic": 4}
    listed = on_1st.case_list("caseload.overdue_referrals")
    assert [row[:3] + row[5:] for row in listed.rows] == [
        ("Moss, Ada", "MRN-000001", "Cara", "requested", "2026-05-20", "12"),
        ("Park, Cy", "MRN-000003", "Dev", "requested", "2026-05-20", "12"),
        ("Quinn, Dee", "MRN-000004", "Dev", "requested", "2026-05-30", "2"),
        ("Rao, Nell", "MRN-000005", "No case manager", "requested", "2026-05-20", "12")]
    assert listed.client_ids == (built.clients["Ada"], built.clients["Cy"],
                                 built.clients["Dee"], built.clients["Nell"])

    # Ben's inpatient stay ended on 10 May: by the 25th his step-down window (to the 24th)
    # was missed, the IOP starting on the 27th at a partner's program.
    missed = on_25th.case_list("caseload.missed_clocks")
    assert ("Ortiz, Ben", "MRN-000002", "Cara", "Step-down window (14 days)", "2026-05-10",
            "2026-05-24", "1") in missed.rows
    # Dee left residential care on 29 May: her step-down window is open on 1 June only.
    dee = [row for row in on_1st.case_list("caseload.open_clocks").rows
           if row[0] == "Quinn, Dee"]
    assert dee == [("Quinn, Dee", "MRN-000004", "Dev", "Step-down window (14 days)",
                    "2026-05-29", "2026-06-12", "11")]
    assert not any(row[0] == "Quinn, Dee"
                   for row in on_25th.case_list("caseload.open_clocks").rows)

    # Assessments due (PHQ-9 every 7 days, GAD-7 every 14, a baseline on the first day):
    # on the 25th Ada's PHQ-9 of the 20th holds (GAD-7 due); Cy and Dee owe both; Hank's
    # of the 22nd hold; Ida and Nell owe both. On 1 June Ada's PHQ-9 is due again, Ben is
    # at a partner's program (it gives its own), Dee has left, and Hank's PHQ-9 is due.
    assert due_column(on_25th) == {"Cara": 1, "Dev": 4, "Eve": 0, "Old (account closed)": 2,
                                   "Sam": 0, "No case manager": 2, "Clinic": 9}
    assert due_column(on_1st) == {"Cara": 2, "Dev": 2, "Eve": 0, "Old (account closed)": 2,
                                  "Sam": 1, "No case manager": 2, "Clinic": 9}
    assert on_1st.note == "" and on_1st.figure("caseload.overdue_referrals").value == 4

    # The same rows, typed, for the supervisor's dashboard (clocks missed in 30 days).
    with database.engine.connect() as connection:
        rows = caseload_rows(connection, TODAY)
    cara = next(row for row in rows if row.case_manager == "Cara")
    assert (cara.case_manager_id, cara.active_clients, cara.overdue_referrals,
            cara.assessments_due, cara.account_active) == (
        built.users["cara"], 2, 1, 2, True)
    assert [row.case_manager for row in rows][-1] == "No case manager"

    supervisor = signed_in(database, "sam", built.clock)
    report = supervisor.dashboard.caseloads(today=TODAY)
    assert report.rows == rows and report.total.overdue_referrals == 4

    case_manager = signed_in(database, "cara", built.clock, PASSWORD)
    with pytest.raises(PermissionDenied):
        case_manager.dashboard.caseloads()
    with pytest.raises(PermissionDenied):
        case_manager.reports.sheet("caseload", ReportPeriod(d(5, 1), TODAY))


def test_assessments_due_today_are_as_many_as_each_case_managers_dashboard_lists(
        database: Database, built: Built) -> None:
    reports = built.services.reports
    sheet = reports.sheet("caseload", ReportPeriod(d(5, 1), TODAY, TODAY))
    for username, name in (("cara", "Cara"), ("dev", "Dev"), ("sam", "Sam")):
        own = signed_in(database, username, built.clock)
        row = next(row for row in sheet.tables[0].rows if row[0] == name)
        assert int(row[5]) == len(own.assessments.due(1000)) > 0, username
        assert int(row[1]) == own.dashboard.my_caseload()

    # Hank's PHQ-9 of 22 May (every 7 days) holds on the 28th and is due on the 29th.
    for day, due in ((d(5, 28), 0), (d(5, 29), 1)):
        on_day = reports.sheet("caseload", ReportPeriod(d(5, 1), day, day))
        assert due_column(on_day)["Sam"] == due, day


def test_a_clinic_with_nobody_to_count_says_so(database: Database) -> None:
    services = admin_services(database, SteppingClock(noon(TODAY)))
    sheet = services.reports.sheet("caseload", ReportPeriod(d(5, 1), TODAY))
    assert sheet.tables[0].rows == (("Clinic", "0", "0", "0", "0", "0"),)
    assert sheet.note == "No case manager matches the filters: no user holds a caseload."
    add_user(services, "cara", Role.CASE_MANAGER)
    sheet = services.reports.sheet("caseload", ReportPeriod(d(5, 1), TODAY))
    assert sheet.tables[0].rows[0] == ("Cara", "0", "0", "0", "0", "0")
    assert sheet.note == ("No active clients, clocks, overdue referrals or assessments due "
                          "on 2026-06-01 for the case managers listed.")
