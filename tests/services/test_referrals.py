"""Closed-loop referrals as a case manager makes and follows them (both engines)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coordinator.domain.errors import Conflict, PermissionDenied, ValidationError
from coordinator.domain.roles import Role
from coordinator.domain.vocabulary import (
    ReferralCategory,
    ReferralOutcome,
    ReferralPriority,
    ReferralStatus,
)
from coordinator.services.app import AppServices
from coordinator.services.dto import ClientInput
from coordinator.services.notify import Change
from coordinator.services.referral_views import ReferralFilter, ReferralInput
from coordinator.store.engine import Database
from coordinator.store.models import (
    AuditEvent,
    Facility,
    HsdsOrganization,
    HsdsService,
    Referral,
    ReferralEvent,
)
from tests.services.helpers import SteppingClock, add_user, admin_services, signed_in

S = ReferralStatus
NOON_MARCH_3 = datetime(2026, 3, 3, 12, 0, tzinfo=UTC)
TODAY = date(2026, 3, 3)


def add_facility(database: Database, name: str, *, accepts: bool = True) -> int:
    with Session(database.engine) as session, session.begin():
        facility = Facility(name=name, kind="residential", accepts_referrals=accepts,
                            phone="555-0140", fax="555-0141")
        session.add(facility)
        session.flush()
        return facility.id


def add_service(database: Database, name: str, organization: str) -> str:
    org_id = "2d2f5b0e-0c1e-4a3c-9b1e-5f8f0a7b6c01"
    service_id = "7c9e6679-7425-40de-944b-e07fc1f90ae7"
    with Session(database.engine) as session, session.begin():
        session.add(HsdsOrganization(id=org_id, name=organization, description=""))
        session.flush()
        session.add(HsdsService(id=service_id, organization_id=org_id, name=name))
    return service_id


def housing(facility_id: int, due: date = date(2026, 3, 10)) -> ReferralInput:
    return ReferralInput(ReferralCategory.HOUSING, "Lost her apartment; staying with a friend.",
                         due, ReferralPriority.URGENT, facility_id=facility_id,
                         note_to_receiver="Prefers afternoon calls.")


@pytest.fixture
def carla(database: Database) -> AppServices:
    clock = SteppingClock(NOON_MARCH_3)
    admin = admin_services(database, clock)
    add_user(admin, "carla", Role.CASE_MANAGER)
    return signed_in(database, "carla", clock)


def test_a_referral_moves_requested_accepted_completed_and_keeps_its_history(
        database: Database, carla: AppServices) -> None:
    changes: list[Change] = []
    carla.notifier.subscribe(changes.extend)
    client = carla.clients.create(ClientInput("Dara", "Sok", date(1988, 2, 1)))
    home = add_facility(database, "Hope House")
    made = carla.referrals.create(client.id, housing(home), note="Faxed the intake form.")
    assert (made.status, made.target_name, made.client_name) == (
        S.REQUESTED, "Hope House", "Sok, Dara")
    assert made.assigned_to_name == "Carla"
    assert any(c.topic == "referral" and made.id in c.ids for c in changes)

    accepted = carla.referrals.change_status(made.id, made.version, S.ACCEPTED,
                                             "Intake on Friday")
    done = carla.referrals.change_status(accepted.id, accepted.version, S.COMPLETED,
                                         "Moved in on 2 March", ReferralOutcome.GOT_HELP)
    assert (done.status, done.outcome, done.outcome_note) == (
        S.COMPLETED, ReferralOutcome.GOT_HELP, "Moved in on 2 March")
    assert done.closed_at == NOON_MARCH_3
    history = carla.referrals.history(made.id)
    assert [(e.from_status, e.to_status, e.note, e.user_name) for e in history] == [
        (None, S.REQUESTED, "Faxed the intake form.", "Carla"),
        (S.REQUESTED, S.ACCEPTED, "Intake on Friday", "Carla"),
        (S.ACCEPTED, S.COMPLETED, "Moved in on 2 March", "Carla"),
    ]
    with database.engine.connect() as connection:
        actions = list(connection.execute(select(AuditEvent.action).where(
            AuditEvent.entity_type == "referral").order_by(AuditEvent.id)).scalars())
    assert actions == ["create", "status_change", "status_change"]


def test_completed_to_requested_and_closing_without_outcome_change_nothing(
        database: Database, carla: AppServices) -> None:
    client = carla.clients.create(ClientInput("Dara", "Sok"))
    made = carla.referrals.create(client.id, housing(add_facility(database, "Hope House")))
    with pytest.raises(ValidationError) as caught:
        carla.referrals.change_status(made.id, made.version, S.CANCELLED, "Moved away")
    assert set(caught.value.fields) == {"outcome"}
    accepted = carla.referrals.change_status(made.id, made.version, S.ACCEPTED)
    done = carla.referrals.change_status(made.id, accepted.version, S.COMPLETED, "",
                                         ReferralOutcome.GOT_HELP)
    with pytest.raises(ValidationError, match="closed \\(completed\\)"):
        carla.referrals.change_status(done.id, done.version, S.REQUESTED)
    with database.engine.connect() as connection:
        events = connection.execute(select(func.count(ReferralEvent.id))).scalar_one()
    assert events == 3  # requested, accepted, completed: the refused moves wrote nothing
    assert carla.referrals.get(made.id).status == S.COMPLETED


def test_a_status_change_based_on_an_old_version_is_a_conflict(
        database: Database, carla: AppServices) -> None:
    client = carla.clients.create(ClientInput("Dara", "Sok"))
    made = carla.referrals.create(client.id, housing(add_facility(database, "Hope House")))
    carla.referrals.change_status(made.id, made.version, S.RECEIVED)
    with pytest.raises(Conflict, match="changed by another user"):
        carla.referrals.change_status(made.id, made.version, S.ACCEPTED)
    assert len(carla.referrals.history(made.id)) == 2


def test_a_referral_needs_exactly_one_target_a_reason_and_a_due_date(
        database: Database, carla: AppServices) -> None:
    client = carla.clients.create(ClientInput("Dara", "Sok"))
    with pytest.raises(ValidationError) as caught:
        carla.referrals.create(client.id, ReferralInput(ReferralCategory.FOOD, "  ", None))
    assert set(caught.value.fields) == {"target", "reason", "follow_up_due"}
    closed = add_facility(database, "Full House", accepts=False)
    with pytest.raises(ValidationError, match="Full House does not accept referrals"):
        carla.referrals.create(client.id, housing(closed))
    with pytest.raises(ValidationError, match="starts as a draft or as requested"):
        carla.referrals.create(client.id, housing(add_facility(database, "Hope House")),
                               start=S.ACCEPTED)
    with database.engine.connect() as connection:
        assert connection.execute(select(func.count(Referral.id))).scalar_one() == 0


def test_a_draft_to_a_resource_service_is_edited_then_sent(
        database: Database, carla: AppServices) -> None:
    client = carla.clients.create(ClientInput("Lan", "Nguyễn"))
    pantry = add_service(database, "Weekly groceries", "Eastside Food Pantry")
    assert [(c.name, c.organization_name) for c in carla.referrals.service_choices("pantry")
            ] == [("Weekly groceries", "Eastside Food Pantry")]
    draft = carla.referrals.create(
        client.id, ReferralInput(ReferralCategory.FOOD, "Runs out of food by the 20th",
                                 date(2026, 3, 17), service_id=pantry), start=S.DRAFT)
    assert draft.target_name == "Weekly groceries (Eastside Food Pantry)"
    edited = carla.referrals.update(draft.id, draft.version,
                                    replace(draft.details, follow_up_due=date(2026, 3, 20)))
    assert edited.follow_up_due == date(2026, 3, 20)
    sent = carla.referrals.change_status(edited.id, edited.version, S.REQUESTED)
    assert [e.to_status for e in carla.referrals.history(sent.id)] == [S.DRAFT, S.REQUESTED]


def test_overdue_lists_and_filters(database: Database, carla: AppServices) -> None:
    dara = carla.clients.create(ClientInput("Dara", "Sok"))
    lan = carla.clients.create(ClientInput("Lan", "Nguyễn"))
    home = add_facility(database, "Hope House")
    late = carla.referrals.create(dara.id, housing(home, date(2026, 2, 27)))
    carla.referrals.create(lan.id, housing(home, date(2026, 3, 3)))  # due today: not late
    carla.referrals.create(lan.id, housing(home, date(2026, 2, 1)), start=S.DRAFT)
    done = carla.referrals.create(lan.id, replace(housing(home, date(2026, 2, 1)),
                                                  category=ReferralCategory.LEGAL))
    carla.referrals.change_status(done.id, done.version, S.CANCELLED, "",
                                  ReferralOutcome.NO_LONGER_INTERESTED)

    overdue = carla.referrals.overdue()
    assert [(r.id, r.client_name, r.overdue) for r in overdue] == [
        (late.id, "Sok, Dara", True)]
    assert carla.dashboard.census().overdue_referrals == 1
    assert carla.referrals.count(ReferralFilter()) == 4
    assert carla.referrals.count(ReferralFilter(open_only=True)) == 3
    assert carla.referrals.count(ReferralFilter(category=ReferralCategory.LEGAL)) == 1
    assert carla.referrals.count(ReferralFilter(status=S.DRAFT)) == 1
    me = carla.ctx.require_signed_in().user_id
    assert carla.referrals.count(ReferralFilter(assigned_to_id=me)) == 4
    assert carla.referrals.count(ReferralFilter(assigned_to_id=me + 100)) == 0
    first, second = (carla.referrals.page(ReferralFilter(), 0, 2),
                     carla.referrals.page(ReferralFilter(), 2, 2))
    assert len({r.id for r in first + second}) == 4
    # Open first, soonest follow-up first; the closed one last.
    assert [r.status for r in carla.referrals.referrals_of(lan.id)] == [
        S.DRAFT, S.REQUESTED, S.CANCELLED]
    assert [r.status for r in carla.referrals.open_referrals_of(lan.id)] == [
        S.DRAFT, S.REQUESTED]


def test_a_read_only_user_sees_referrals_but_cannot_change_them(
        database: Database, carla: AppServices) -> None:
    client = carla.clients.create(ClientInput("Dara", "Sok"))
    made = carla.referrals.create(client.id, housing(add_facility(database, "Hope House")))
    admin = AppServices(database, clock=SteppingClock(NOON_MARCH_3))
    admin.auth.login("ana", "admin-password-1")
    add_user(admin, "rita", Role.READ_ONLY)
    rita = signed_in(database, "rita")
    assert [r.id for r in rita.referrals.referrals_of(client.id)] == [made.id]
    with pytest.raises(PermissionDenied):
        rita.referrals.change_status(made.id, made.version, S.ACCEPTED)
    with pytest.raises(PermissionDenied):
        rita.referrals.letter(made.id)


def test_the_dashboards_overdue_list_takes_the_most_overdue_across_statuses(
        database: Database, carla: AppServices) -> None:
    dara = carla.clients.create(ClientInput("Dara", "Sok"))
    home = add_facility(database, "Hope House")
    made = {}
    for due, status in ((date(2026, 2, 20), S.ACCEPTED), (date(2026, 2, 10), S.REQUESTED),
                        (date(2026, 2, 25), S.ON_HOLD), (date(2026, 2, 15), S.RECEIVED)):
        referral = carla.referrals.create(dara.id, housing(home, due))
        if status is not S.REQUESTED:
            referral = carla.referrals.change_status(referral.id, referral.version, status, "")
        made[due] = referral.id

    everything = [r.id for r in carla.referrals.overdue()]
    assert everything == [made[due] for due in sorted(made)]
    assert [r.id for r in carla.referrals.overdue(limit=3)] == everything[:3]
    assert [r.status for r in carla.referrals.overdue(limit=2)] == [S.REQUESTED, S.RECEIVED]
