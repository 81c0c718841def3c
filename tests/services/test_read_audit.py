"""Who looked at what: one audit event per user action that shows or exports client data.

Each test runs what a view reads for one action, through the views' own read functions
(plain functions that run on a worker and touch no widget, as the benchmarks call them), on
a small demo clinic, and checks the events written: exactly one, naming the record, or the
list and its size. The reads behind a view (a record's tabs, the next page of a list, a
re-read after a change) write nothing, so they take no write lock.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select

from coordinator.demo import DEMO_PASSWORD, generate_demo
from coordinator.domain.errors import PermissionDenied
from coordinator.services.app import AppServices
from coordinator.services.audit_query import AuditFilter
from coordinator.services.packets import PacketRequest
from coordinator.services.read_audit import search_detail
from coordinator.services.record_read import CLOSED_CLOCK_DAYS
from coordinator.services.referral_views import ReferralFilter
from coordinator.services.registry import RegistryQuery
from coordinator.store.engine import Database
from coordinator.store.models import AuditEvent, Client, Episode, Referral
from coordinator.ui.admin.audit import read_events
from coordinator.ui.attendance.view import read_roll_call
from coordinator.ui.packets.dialog import preview_packet
from coordinator.ui.referrals.detail import read_detail
from coordinator.ui.referrals.view import first_page as first_referral_page
from coordinator.ui.views.clients import first_page as first_search_page
from coordinator.ui.views.dashboard import read_dashboard
from tests.services.helpers import SteppingClock

TODAY = date(2026, 3, 6)
CASE_MANAGER = "casemanager"


@dataclass(frozen=True)
class Event:
    username: str
    action: str
    entity_type: str
    entity_id: str
    detail: str


@dataclass
class Clinic:
    database: Database
    services: AppServices

    def last_event(self) -> int:
        with self.database.engine.connect() as connection:
            return int(connection.execute(select(func.max(AuditEvent.id))).scalar_one())

    def events_after(self, event_id: int) -> list[Event]:
        with self.database.engine.connect() as connection:
            return [Event(*row) for row in connection.execute(
                select(AuditEvent.username, AuditEvent.action, AuditEvent.entity_type,
                       AuditEvent.entity_id, AuditEvent.detail)
                .where(AuditEvent.id > event_id).order_by(AuditEvent.id))]

    def scalar(self, query: object) -> object:
        with self.database.engine.connect() as connection:
            return connection.execute(query).scalar_one()  # type: ignore[call-overload]


@pytest.fixture
def clinic(database: Database) -> Clinic:
    generate_demo(database, clients=60, seed=3, today=TODAY)
    services = AppServices(database, clock=SteppingClock(datetime(2026, 3, 6, 17, 0,
                                                                  tzinfo=UTC)))
    services.auth.login(CASE_MANAGER, DEMO_PASSWORD)
    return Clinic(database, services)


def a_client_with_referrals(clinic: Clinic) -> tuple[int, str]:
    client_id = clinic.scalar(select(Referral.client_id).join(
        Episode, Episode.client_id == Referral.client_id).order_by(Referral.client_id)
        .limit(1))
    number = clinic.scalar(select(Client.record_number).where(Client.id == client_id))
    assert isinstance(client_id, int) and isinstance(number, str)
    return client_id, number


def record_tabs(services: AppServices, client_id: int) -> list[Callable[[], object]]:
    """What the record window's tabs and header read once it is open."""
    return [
        lambda: services.team.members_of(client_id),
        lambda: services.notes.notes_of(client_id),
        lambda: services.referrals.referrals_of(client_id),
        lambda: services.consents.consents_of(client_id),
        lambda: services.assessments.assessments_of(client_id),
        lambda: services.assessments.trends(client_id),
        lambda: services.assessments.open_alerts_of(client_id),
        lambda: services.packets.disclosures_of(client_id),
        lambda: services.journey.journey(client_id),
        lambda: services.episodes.current_episode(client_id),
        lambda: services.clocks.caseload_clocks(client_id=client_id,
                                                include_closed_days=CLOSED_CLOCK_DAYS),
    ]


def test_opening_a_record_and_every_tab_writes_one_view_naming_the_record(
        clinic: Clinic) -> None:
    services = clinic.services
    client_id, number = a_client_with_referrals(clinic)
    before = clinic.last_event()

    opened = services.record.read(client_id)
    for read in record_tabs(services, client_id):
        read()

    assert opened.record is not None and opened.record.record_number == number
    assert clinic.events_after(before) == [
        Event(CASE_MANAGER, "view", "client", str(client_id), number)]
    # After a change the open window reads the client again: the same view, not another.
    services.record.read(client_id, reopened=True)
    assert len(clinic.events_after(before)) == 1


def test_the_reads_behind_a_view_write_no_event(clinic: Clinic) -> None:
    services = clinic.services
    client_id, _ = a_client_with_referrals(clinic)
    before = clinic.last_event()
    quiet: list[Callable[[], object]] = [
        *record_tabs(services, client_id),
        lambda: services.clients.reload(client_id),
        lambda: services.registry.first_page(RegistryQuery(text="g"), limit=100),
        lambda: services.registry.page(RegistryQuery(), offset=100, limit=100),
        lambda: services.referrals.page(ReferralFilter(), 200, 200),
        lambda: read_dashboard(services, audited=False),
        lambda: first_referral_page(services, ReferralFilter()),
        lambda: read_roll_call(services, None, TODAY),
        lambda: read_detail(services, int(clinic.scalar(
            select(func.min(Referral.id))))),  # type: ignore[arg-type]
    ]
    for read in quiet:
        read()
    assert clinic.events_after(before) == []


def test_a_search_typed_letter_by_letter_is_one_search_event_with_its_count(
        clinic: Clinic) -> None:
    services = clinic.services
    family = clinic.scalar(select(Client.family_name).order_by(Client.id).limit(1))
    assert isinstance(family, str)
    before = clinic.last_event()
    for end in range(1, 4):  # what the Clients view reads as the person types
        query, total, rows = first_search_page(services.registry,
                                               RegistryQuery(text=family[:end]))
    assert clinic.events_after(before) == []

    services.audit.log_search(search_detail(query, total))  # once the results settle

    assert total == len(rows) >= 1
    assert clinic.events_after(before) == [Event(
        CASE_MANAGER, "search", "client_list", "",
        f'"{family[:3]}": {total} client' + ("s" if total != 1 else ""))]


def test_the_dashboard_logs_one_view_naming_each_list_and_its_size(clinic: Clinic) -> None:
    before = clinic.last_event()

    data = read_dashboard(clinic.services)

    detail = (f"safety alerts {len(data.safety_alerts)}, "
              f"assessments due {len(data.assessments_due)}, "
              f"transition clocks {len(data.clocks.to_act_on) + len(data.clocks.missed)}, "
              f"planned transitions {len(data.upcoming)}, "
              f"overdue referrals {len(data.overdue_referrals)}, "
              f"appointments {len(data.appointments.rows)}, "
              f"open inquiries {len(data.open_inquiries.rows)}, "
              f"care plan reviews due {len(data.care_plan_reviews)}")
    # the demo has clocks running: the list is not empty
    assert data.clocks.to_act_on or data.clocks.missed
    assert clinic.events_after(before) == [
        Event(CASE_MANAGER, "view", "dashboard", "", detail)]


def test_the_referrals_list_and_a_referral_opened_from_it_log_one_view_each(
        clinic: Clinic) -> None:
    services = clinic.services
    before = clinic.last_event()

    page = first_referral_page(services, ReferralFilter(open_only=True), audited=True)
    shown = page.rows[0]
    read_detail(services, shown.id, audited=True)

    assert page.total == len(page.rows) > 0
    assert clinic.events_after(before) == [
        Event(CASE_MANAGER, "view", "referral_list", "",
              f"open: {page.total} referral" + ("s" if page.total != 1 else "")),
        Event(CASE_MANAGER, "view", "referral", str(shown.id),
              f"{shown.record_number}: {shown.category.value} referral to "
              f"{shown.target_name}")]


def test_a_roll_call_logs_one_view_naming_the_track_day_and_clients(clinic: Clinic) -> None:
    before = clinic.last_event()

    _schedules, roll = read_roll_call(clinic.services, None, TODAY, audited=True)

    assert roll is not None
    schedule = roll.schedule
    assert clinic.events_after(before) == [Event(
        CASE_MANAGER, "view", "roll_call", str(schedule.id),
        f"{schedule.facility_name} {schedule.level_code} {schedule.track} track on "
        f"2026-03-06: {len(roll.rows)} client" + ("s" if len(roll.rows) != 1 else ""))]


def test_a_packet_preview_logs_one_view_of_the_record_naming_the_document(
        clinic: Clinic) -> None:
    client_id, number = a_client_with_referrals(clinic)
    before = clinic.last_event()

    prepared = preview_packet(clinic.services, PacketRequest.discharge(client_id))

    pages = f"{prepared.pages} page" + ("s" if prepared.pages != 1 else "")
    assert clinic.events_after(before) == [Event(
        CASE_MANAGER, "view", "client", str(client_id),
        f"preview of the discharge summary (own copy, {pages}) of {number}")]


def test_a_view_is_logged_only_for_a_signed_in_user(clinic: Clinic) -> None:
    anonymous = AppServices(clinic.database)
    before = clinic.last_event()
    with pytest.raises(PermissionDenied, match="Sign in first"):
        anonymous.audit.log_view("dashboard", "", "transition clocks 3")
    assert clinic.events_after(before) == []


def test_listing_the_audit_trail_is_itself_one_view(clinic: Clinic) -> None:
    supervisor = AppServices(clinic.database)
    supervisor.auth.login("supervisor", DEMO_PASSWORD)
    before = clinic.last_event()

    _chosen, total, first = read_events(supervisor, AuditFilter(username=CASE_MANAGER),
                                        True, "")

    assert len(first) == min(total, 200) and total >= 1
    assert clinic.events_after(before) == [Event(
        "supervisor", "view", "audit_trail", "", f"{total} events; user casemanager")]
