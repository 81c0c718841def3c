"""The caseload's transition clocks, read from a real database on either engine."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import insert, select

from coordinator.domain.clocks import ClockKind, ClockState
from coordinator.domain.errors import PermissionDenied, ValidationError
from coordinator.domain.roles import Role
from coordinator.services.app import AppServices
from coordinator.services.clocks import ClockRow
from coordinator.services.dto import ClientInput
from coordinator.store.engine import Database
from coordinator.store.models import Attendance, Client, Episode
from tests.services.helpers import add_user, admin_services, signed_in

MH, SUD = "mental_health", "substance_use"


class Chart:
    """Episodes and attendance written straight into the store (the episode service is
    tested on its own), then the stored clocks rebuilt as after an import; clients go
    through the client service."""

    def __init__(self, database: Database, services: AppServices) -> None:
        self.database = database
        self.services = services

    def client(self, given: str, family: str) -> int:
        return self.services.clients.create(ClientInput(given, family, date(1990, 5, 17))).id

    def episode(self, client_id: int, level: str, start: date, end: date | None = None, *,
                focus: str = MH, status: str | None = None,
                entered_in_error: bool = False) -> int:
        if status is None:
            status = "completed" if end is not None else "active"
        with self.database.engine.begin() as connection:
            episode_id = int(connection.execute(insert(Episode).values(
                client_id=client_id, level_code=level, focus=focus, start_date=start,
                end_date=end, status=status, entered_in_error=entered_in_error,
            ).returning(Episode.id)).scalar_one())
        self.services.clocks.rebuild()
        return episode_id

    def session(self, client_id: int, episode_id: int, day: date,
                status: str = "present") -> None:
        with self.database.engine.begin() as connection:
            connection.execute(insert(Attendance).values(
                episode_id=episode_id, client_id=client_id, session_date=day, status=status,
                minutes=180))
        self.services.clocks.rebuild()


@pytest.fixture
def admin(database: Database) -> AppServices:
    return admin_services(database)


@pytest.fixture
def chart(database: Database, admin: AppServices) -> Chart:
    return Chart(database, admin)


def of(rows: list[ClockRow], kind: ClockKind, client_id: int | None = None) -> ClockRow:
    found = [r for r in rows if r.kind is kind and client_id in (None, r.client_id)]
    assert len(found) == 1, found
    return found[0]


def test_inpatient_on_3_march_then_iop_on_14_march_meets_the_step_down_in_11_days(
        admin: AppServices, chart: Chart) -> None:
    dara = chart.client("Dara", "Sok")
    chart.episode(dara, "INP", date(2026, 2, 24), date(2026, 3, 3))
    iop = chart.episode(dara, "IOP", date(2026, 3, 14))

    waiting = of(admin.clocks.caseload_clocks(today=date(2026, 3, 10)), ClockKind.STEP_DOWN)
    assert (waiting.record_number, waiting.client_name) == ("MRN-000001", "Sok, Dara")
    assert waiting.title == "Step-down window (14 days)"
    assert (waiting.state, waiting.start, waiting.due, waiting.days_left) == (
        ClockState.OPEN, date(2026, 3, 3), date(2026, 3, 17), 7)

    met = of(admin.clocks.caseload_clocks(today=date(2026, 3, 20)), ClockKind.STEP_DOWN)
    assert (met.state, met.met_on, met.closed_on, met.days_left) == (
        ClockState.MET, date(2026, 3, 14), date(2026, 3, 14), None)
    assert (met.met_on - met.start).days == 11
    assert iop != met.episode_id  # the clock belongs to the discharge


def test_open_clocks_come_first_by_days_left_then_missed_then_met(
        admin: AppServices, chart: Chart) -> None:
    ana, ben, cruz, dee = (chart.client(given, "Test") for given in ("Ana", "Ben", "Cruz",
                                                                     "Dee"))
    chart.episode(ana, "PHP", date(2026, 3, 1), date(2026, 3, 6))   # open, due 20 March
    chart.episode(ben, "PHP", date(2026, 2, 20), date(2026, 3, 2))  # open, due 16 March
    chart.episode(cruz, "PHP", date(2026, 2, 1), date(2026, 2, 20))  # missed 6 March
    chart.episode(dee, "PHP", date(2026, 2, 1), date(2026, 2, 25))
    chart.episode(dee, "IOP", date(2026, 3, 2))                      # met 2 March
    rows = admin.clocks.caseload_clocks(today=date(2026, 3, 10))
    assert [(r.client_name, r.state, r.days_left) for r in rows] == [
        ("Test, Ben", ClockState.OPEN, 6),
        ("Test, Ana", ClockState.OPEN, 10),
        ("Test, Cruz", ClockState.MISSED, -4),
        ("Test, Dee", ClockState.MET, None),
    ]
    only_open = admin.clocks.caseload_clocks(today=date(2026, 3, 10),
                                             states={ClockState.OPEN})
    assert [r.client_name for r in only_open] == ["Test, Ben", "Test, Ana"]
    assert [r.client_name for r in admin.clocks.caseload_clocks(
        today=date(2026, 3, 10), client_id=cruz)] == ["Test, Cruz"]


def test_the_dashboard_pages_missed_clocks_first_then_open_ones_by_days_left(
        admin: AppServices, chart: Chart) -> None:
    ana, ben, cruz, dee, eve = (chart.client(given, "Test")
                                for given in ("Ana", "Ben", "Cruz", "Dee", "Eve"))
    chart.episode(ana, "PHP", date(2026, 3, 1), date(2026, 3, 6))   # open, due 20 March
    chart.episode(ben, "PHP", date(2026, 2, 20), date(2026, 3, 2))  # open, due 16 March
    chart.episode(cruz, "PHP", date(2026, 2, 1), date(2026, 2, 20))  # missed 6 March
    chart.episode(dee, "PHP", date(2026, 2, 1), date(2026, 2, 25))   # missed 11 March
    chart.episode(dee, "IOP", date(2026, 3, 12))                     # ... met later
    chart.episode(eve, "PHP", date(2026, 1, 1), date(2026, 1, 20))   # missed 3 February

    urgent = admin.clocks.urgent(today=date(2026, 3, 10))
    assert (urgent.missed, urgent.open, urgent.total) == (1, 3, 4)
    assert [(r.client_name, r.state, r.days_left) for r in urgent.rows] == [
        ("Test, Cruz", ClockState.MISSED, -4),
        ("Test, Dee", ClockState.OPEN, 1),   # met on 12 March, but that is not yet
        ("Test, Ben", ClockState.OPEN, 6),
        ("Test, Ana", ClockState.OPEN, 10),
    ]
    page = admin.clocks.urgent(today=date(2026, 3, 10), offset=1, limit=2)
    assert [r.client_name for r in page.rows] == ["Test, Dee", "Test, Ben"]
    longer = admin.clocks.urgent(today=date(2026, 3, 10), missed_days=60)
    assert [r.client_name for r in longer.rows][:2] == ["Test, Eve", "Test, Cruz"]
    admin.clients.archive(ben, 1)
    assert admin.clocks.urgent(today=date(2026, 3, 10)).open == 2
    with pytest.raises(ValidationError):
        admin.clocks.urgent(offset=-1)


def test_the_clinic_setting_sets_the_step_down_window(admin: AppServices,
                                                      chart: Chart) -> None:
    eli = chart.client("Eli", "Ramos")
    chart.episode(eli, "RES", date(2026, 2, 1), date(2026, 3, 1), focus=SUD)
    chart.episode(eli, "IOP", date(2026, 3, 16), focus=SUD)
    today = date(2026, 3, 20)
    assert of(admin.clocks.caseload_clocks(today=today), ClockKind.STEP_DOWN).state is (
        ClockState.MISSED)
    admin.settings.update({"step_down_window_days": 21})
    widened = of(admin.clocks.caseload_clocks(today=today), ClockKind.STEP_DOWN)
    assert (widened.state, widened.title) == (ClockState.MET, "Step-down window (21 days)")


def test_attended_sessions_meet_fuh_and_absences_do_not(admin: AppServices,
                                                        chart: Chart) -> None:
    fay = chart.client("Fay", "Lopez")
    chart.episode(fay, "INP", date(2026, 3, 1), date(2026, 3, 3))
    iop = chart.episode(fay, "IOP", date(2026, 3, 3))
    chart.session(fay, iop, date(2026, 3, 3))               # discharge day: does not count
    chart.session(fay, iop, date(2026, 3, 5), "unexcused")
    chart.session(fay, iop, date(2026, 3, 10), "telehealth")  # day 7
    rows = admin.clocks.caseload_clocks(today=date(2026, 3, 12))
    fuh7 = of(rows, ClockKind.FUH7)
    assert (fuh7.state, fuh7.met_on) == (ClockState.MET, date(2026, 3, 10))
    assert fuh7.title == "Mental-health follow-up (7 days)"
    assert of(rows, ClockKind.FUH30).met_on == date(2026, 3, 10)
    assert of(rows, ClockKind.STEP_DOWN).met_on == date(2026, 3, 3)


def test_a_readmission_closes_the_first_stays_clocks_as_transferred(
        admin: AppServices, chart: Chart) -> None:
    gus = chart.client("Gus", "Nguyen")
    chart.episode(gus, "WM", date(2026, 2, 20), date(2026, 2, 25), focus=SUD)
    chart.episode(gus, "WM", date(2026, 2, 28), focus=SUD)
    rows = admin.clocks.caseload_clocks(today=date(2026, 3, 4))
    assert {(r.kind, r.state, r.closed_on) for r in rows} == {
        (ClockKind.STEP_DOWN, ClockState.TRANSFERRED, date(2026, 2, 28)),
        (ClockKind.FUI7, ClockState.TRANSFERRED, date(2026, 2, 28)),
        (ClockKind.FUI30, ClockState.TRANSFERRED, date(2026, 2, 28)),
        # The first detox admission was a new substance-use episode, treated the same day.
        (ClockKind.IET_INITIATION, ClockState.MET, date(2026, 2, 20)),
    }


def test_a_new_substance_use_iop_starts_an_initiation_clock(admin: AppServices,
                                                             chart: Chart) -> None:
    hal = chart.client("Hal", "Kim")
    iop = chart.episode(hal, "IOP", date(2026, 3, 2), focus=SUD)
    chart.session(hal, iop, date(2026, 3, 2))
    rows = admin.clocks.caseload_clocks(today=date(2026, 3, 9))
    clock = of(rows, ClockKind.IET_INITIATION)
    assert (clock.state, clock.due, clock.days_left) == (ClockState.OPEN, date(2026, 3, 15), 6)
    chart.session(hal, iop, date(2026, 3, 4))
    clock = of(admin.clocks.caseload_clocks(today=date(2026, 3, 9)), ClockKind.IET_INITIATION)
    assert (clock.state, clock.met_on) == (ClockState.MET, date(2026, 3, 4))


def test_closed_clocks_show_for_30_days_unless_asked_for_more(admin: AppServices,
                                                               chart: Chart) -> None:
    ivy = chart.client("Ivy", "Moss")
    chart.episode(ivy, "PHP", date(2026, 1, 5), date(2026, 1, 20))
    chart.episode(ivy, "IOP", date(2026, 1, 22))  # met 22 January
    assert admin.clocks.caseload_clocks(today=date(2026, 2, 21)) != []
    assert admin.clocks.caseload_clocks(today=date(2026, 2, 22)) == []
    rows = admin.clocks.caseload_clocks(today=date(2026, 3, 10), include_closed_days=60)
    assert [(r.kind, r.state) for r in rows] == [(ClockKind.STEP_DOWN, ClockState.MET)]
    assert admin.clocks.caseload_clocks(today=date(2026, 3, 10), include_closed_days=0) == []
    with pytest.raises(ValidationError, match="cannot be negative"):
        admin.clocks.caseload_clocks(include_closed_days=-1)


def test_what_does_not_count(admin: AppServices, chart: Chart) -> None:
    jo = chart.client("Jo", "Park")
    chart.episode(jo, "INP", date(2026, 3, 1), date(2026, 3, 5))
    chart.episode(jo, "IOP", date(2026, 3, 6), status="cancelled")
    chart.episode(jo, "IOP", date(2026, 3, 7), entered_in_error=True)
    chart.episode(jo, "OP", date(2026, 3, 8), status="planned")
    # A mistaken discharge starts nothing either.
    chart.episode(jo, "RES", date(2026, 2, 1), date(2026, 2, 28), entered_in_error=True)
    rows = admin.clocks.caseload_clocks(today=date(2026, 3, 9))
    assert {(r.kind, r.state, r.start) for r in rows} == {
        (ClockKind.STEP_DOWN, ClockState.OPEN, date(2026, 3, 5)),
        (ClockKind.FUH7, ClockState.OPEN, date(2026, 3, 5)),
        (ClockKind.FUH30, ClockState.OPEN, date(2026, 3, 5)),
    }


def test_archived_clients_are_left_out(admin: AppServices, chart: Chart) -> None:
    kai = chart.client("Kai", "Ono")
    chart.episode(kai, "PHP", date(2026, 3, 1), date(2026, 3, 6))
    assert len(admin.clocks.caseload_clocks(today=date(2026, 3, 9))) == 1
    admin.clients.archive(kai, 1)
    assert admin.clocks.caseload_clocks(today=date(2026, 3, 9)) == []


def test_today_defaults_to_the_services_clock(admin: AppServices, chart: Chart) -> None:
    lee = chart.client("Lee", "Cho")
    discharge = admin.ctx.clock().astimezone().date()
    chart.episode(lee, "PHP", date(2026, 1, 1), discharge)
    clock = of(admin.clocks.caseload_clocks(), ClockKind.STEP_DOWN)
    assert (clock.state, clock.days_left) == (ClockState.OPEN, 14)


def test_a_read_only_user_may_see_clocks_but_nobody_signed_out(
        database: Database, admin: AppServices, chart: Chart) -> None:
    mo = chart.client("Mo", "Diaz")
    chart.episode(mo, "PHP", date(2026, 3, 1), date(2026, 3, 6))
    add_user(admin, "rita", Role.READ_ONLY)
    reader = signed_in(database, "rita")
    assert len(reader.clocks.caseload_clocks(today=date(2026, 3, 9))) == 1
    with pytest.raises(PermissionDenied, match="Sign in first"):
        AppServices(database).clocks.caseload_clocks()


def test_a_caseload_larger_than_one_query_batch(database: Database, admin: AppServices,
                                                chart: Chart) -> None:
    # More clients than fit one IN list, so the reads go in several batches.
    stamp = datetime(2026, 3, 1, tzinfo=UTC)
    with database.engine.begin() as connection:
        connection.execute(insert(Client), [
            {"record_number": f"BULK-{n:05d}", "given_name": "Pat", "family_name": f"Bulk{n}",
             "given_name_key": "pat", "family_name_key": f"bulk{n}", "created_at": stamp,
             "updated_at": stamp} for n in range(2_100)])
        clients = list(connection.execute(
            select(Client.id).where(Client.record_number.like("BULK-%"))).scalars())
        connection.execute(insert(Episode), [
            {"client_id": client, "level_code": "PHP", "focus": MH,
             "start_date": date(2026, 2, 1), "end_date": date(2026, 3, 2),
             "status": "completed", "created_at": stamp, "updated_at": stamp}
            for client in clients])
    assert admin.clocks.rebuild() == 2_100
    rows = admin.clocks.caseload_clocks(today=date(2026, 3, 9))
    assert len(rows) == 2_100
    assert {r.client_id for r in rows} == set(clients)
    assert {(r.kind, r.state, r.days_left) for r in rows} == {
        (ClockKind.STEP_DOWN, ClockState.OPEN, 7)}
