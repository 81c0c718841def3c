"""Advance directives as a case manager records them (both engines): one row per kind,
"not recorded" until someone asks, a stale or simultaneous first save refused as a conflict,
an archived record refused, one audit event per change."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy import event, func, select

from coordinator.domain.clinical_record import DirectiveKind
from coordinator.domain.errors import Conflict, PermissionDenied, ValidationError
from coordinator.domain.roles import Role
from coordinator.services.app import AppServices
from coordinator.services.directives import DirectiveInput
from coordinator.services.dto import ClientInput
from coordinator.services.notify import Change
from coordinator.store.engine import Database
from coordinator.store.models import AdvanceDirective, AuditEvent
from tests.services.helpers import SteppingClock, add_user, admin_services, signed_in

NOON_MARCH_20 = datetime(2026, 3, 20, 12, 0, tzinfo=UTC)
PAD = DirectiveInput(present=True, signed_on=date(2025, 11, 4),
                     location="Copy scanned in the chart; original with her sister",
                     agent_name="Sofía Núñez", agent_phone="(562) 555-0148",
                     notes="Prefers olanzapine over haloperidol if medication is needed.")


def directive_rows(database: Database) -> list[tuple[str, bool, date | None, str]]:
    with database.engine.connect() as connection:
        return [tuple(row) for row in connection.execute(  # type: ignore[misc]
            select(AdvanceDirective.kind, AdvanceDirective.present, AdvanceDirective.signed_on,
                   AdvanceDirective.agent_name).order_by(AdvanceDirective.id))]


def directive_audits(database: Database) -> list[tuple[str, str]]:
    with database.engine.connect() as connection:
        return [(action, detail) for action, detail in connection.execute(
            select(AuditEvent.action, AuditEvent.detail).where(
                AuditEvent.entity_type == "advance_directive").order_by(AuditEvent.id))]


@pytest.fixture
def clock() -> SteppingClock:
    return SteppingClock(NOON_MARCH_20)


@pytest.fixture
def carla(database: Database, clock: SteppingClock) -> AppServices:
    admin = admin_services(database, clock)
    add_user(admin, "carla", Role.CASE_MANAGER)
    return signed_in(database, "carla", clock)


@pytest.fixture
def maria_id(carla: AppServices) -> int:
    return carla.clients.create(ClientInput("María", "Núñez", date(1988, 5, 14))).id


def test_every_kind_reads_not_recorded_until_someone_asks(
        carla: AppServices, maria_id: int) -> None:
    views = carla.directives.directives_of(maria_id)
    assert [(view.kind, view.recorded, view.version) for view in views] == [
        ("psychiatric", False, None), ("medical", False, None), ("polst", False, None)]


def test_a_directive_is_recorded_then_updated_with_one_audit_event_each(
        database: Database, carla: AppServices, maria_id: int) -> None:
    changes: list[Change] = []
    carla.notifier.subscribe(changes.extend)
    created = carla.directives.record(maria_id, DirectiveKind.PSYCHIATRIC, None, PAD)
    assert created.recorded and created.version == 1
    assert created.recorded_by == "Carla"
    assert any(c.topic == "advance_directive" and created.id in c.ids for c in changes)
    assert any(c.topic == "client" and maria_id in c.ids for c in changes)

    none = carla.directives.record(maria_id, "polst", None, DirectiveInput(
        present=False, notes="Asked on 2026-03-20; not for now."))
    assert not none.details.present

    moved = carla.directives.record(maria_id, DirectiveKind.PSYCHIATRIC, created.version,
                                    replace(PAD, location="  Original in the client's wallet "))
    assert moved.version == 2
    assert moved.details.location == "Original in the client's wallet"
    # The same values again change nothing and write nothing.
    again = carla.directives.record(maria_id, DirectiveKind.PSYCHIATRIC, moved.version,
                                    moved.details)
    assert again.version == 2

    views = {view.kind: view for view in carla.directives.directives_of(maria_id)}
    assert views["psychiatric"].details == replace(
        PAD, location="Original in the client's wallet")
    assert views["psychiatric"].details.agent_name == "Sofía Núñez"
    assert not views["medical"].recorded
    assert views["polst"].recorded and not views["polst"].details.present
    assert directive_rows(database) == [
        ("psychiatric", True, date(2025, 11, 4), "Sofía Núñez"), ("polst", False, None, "")]
    assert directive_audits(database) == [
        ("create", f"psychiatric advance directive for client {maria_id}: present"),
        ("create", f"POLST for client {maria_id}: not present"),
        ("update", f"psychiatric advance directive for client {maria_id}: location"),
    ]


def test_a_change_made_on_an_old_version_is_refused(
        database: Database, carla: AppServices, maria_id: int, clock: SteppingClock) -> None:
    created = carla.directives.record(maria_id, DirectiveKind.MEDICAL, None, PAD)
    other = signed_in(database, "carla", clock)
    other.directives.record(maria_id, DirectiveKind.MEDICAL, created.version,
                            replace(PAD, agent_phone="(562) 555-0199"))
    with pytest.raises(Conflict, match="changed by another user"):
        carla.directives.record(maria_id, DirectiveKind.MEDICAL, created.version,
                                replace(PAD, notes="From the stale form"))
    with pytest.raises(Conflict, match="changed by another user"):
        carla.directives.record(maria_id, DirectiveKind.PSYCHIATRIC, 1, PAD)  # none saved
    medical = carla.directives.directives_of(maria_id)[1]
    assert medical.details.agent_phone == "(562) 555-0199"
    assert medical.details.notes == PAD.notes
    assert len(directive_audits(database)) == 2


def test_a_first_save_after_another_workstations_first_save_is_a_conflict(
        database: Database, carla: AppServices, maria_id: int, clock: SteppingClock) -> None:
    """Both forms were opened on "not recorded"; the second save must not overwrite."""
    other = signed_in(database, "carla", clock)
    carla.directives.record(maria_id, DirectiveKind.PSYCHIATRIC, None, PAD)
    with pytest.raises(Conflict) as caught:
        other.directives.record(maria_id, DirectiveKind.PSYCHIATRIC, None,
                                DirectiveInput(present=False))
    assert str(caught.value) == (
        "Another user recorded the client's psychiatric advance directive since you opened "
        "it. Reload it and make your change again.")
    assert directive_rows(database) == [
        ("psychiatric", True, date(2025, 11, 4), "Sofía Núñez")]


def test_two_workstations_inserting_at_once_leave_one_row_and_one_conflict(
        postgresql_only: None, database: Database, carla: AppServices, maria_id: int,
        clock: SteppingClock) -> None:
    """Workstation 2 has read "not recorded" and is about to insert when workstation 1's
    insert commits: the unique (client, kind) constraint stops it, in words."""
    first = signed_in(database, "carla", clock)
    second = signed_in(database, "carla", clock)
    inserts: list[str] = []

    def first_saves_just_before(conn: Any, cursor: Any, statement: str, *_: Any) -> None:
        if statement.lstrip().upper().startswith("INSERT INTO ADVANCE_DIRECTIVE"):
            inserts.append(statement)
            if len(inserts) == 1:  # the second workstation's insert: let the first go first
                first.directives.record(maria_id, DirectiveKind.PSYCHIATRIC, None, PAD)

    event.listen(database.engine, "before_cursor_execute", first_saves_just_before)
    try:
        with pytest.raises(Conflict) as caught:
            second.directives.record(maria_id, DirectiveKind.PSYCHIATRIC, None,
                                     DirectiveInput(present=False))
    finally:
        event.remove(database.engine, "before_cursor_execute", first_saves_just_before)
    assert len(inserts) == 2
    assert str(caught.value) == (
        "Another user recorded the client's psychiatric advance directive since you opened "
        "it. Reload it and make your change again.")
    assert directive_rows(database) == [
        ("psychiatric", True, date(2025, 11, 4), "Sofía Núñez")]
    assert [action for action, _ in directive_audits(database)] == ["create"]


def test_bad_input_is_refused_per_field_and_nothing_is_saved(
        database: Database, carla: AppServices, maria_id: int) -> None:
    with pytest.raises(ValidationError) as caught:
        carla.directives.record(maria_id, DirectiveKind.PSYCHIATRIC, None,
                                replace(PAD, signed_on=None, agent_name=" ",
                                        location="x" * 301))
    assert caught.value.fields == {
        "location": "Location: at most 300 characters (this has 301).",
        "signed_on": "Enter the date the directive was signed.",
        "agent_phone": "Enter the agent's name with the phone, or clear the phone.",
    }
    with pytest.raises(ValidationError) as caught:
        carla.directives.record(maria_id, DirectiveKind.PSYCHIATRIC, None,
                                replace(PAD, signed_on=date(2026, 3, 21)))
    assert caught.value.fields == {"signed_on": "The date signed cannot be in the future."}
    with pytest.raises(ValidationError) as caught:
        carla.directives.record(maria_id, DirectiveKind.MEDICAL, None,
                                replace(PAD, signed_on=date(1987, 5, 1)))
    assert caught.value.fields == {"signed_on": (
        "The date signed 1987-05-01 is before the client's date of birth (1988-05-14); "
        "check the date.")}
    with pytest.raises(ValidationError) as caught:
        carla.directives.record(maria_id, DirectiveKind.POLST, None,
                                replace(PAD, present=False, notes="n" * 2001))
    assert caught.value.fields == {
        "signed_on": "Leave the date signed empty when the client has no such directive.",
        "location": "Leave where the document is empty when the client has no such directive.",
        "agent_name": "Leave the agent empty when the client has no such directive.",
        "agent_phone": "Leave the agent's phone empty when the client has no such directive.",
        "notes": "Notes: at most 2000 characters (this has 2001).",
    }
    with pytest.raises(ValidationError) as caught:
        carla.directives.record(maria_id, "living_will", None, PAD)
    assert caught.value.fields == {
        "kind": "Choose a psychiatric or medical advance directive, or a POLST."}
    assert directive_rows(database) == []
    assert directive_audits(database) == []


def test_an_archived_record_takes_no_directive(
        database: Database, carla: AppServices, maria_id: int) -> None:
    created = carla.directives.record(maria_id, DirectiveKind.PSYCHIATRIC, None, PAD)
    carla_client = carla.clients.get(maria_id)
    carla.clients.archive(maria_id, carla_client.version)
    with pytest.raises(ValidationError, match="archived; restore it first"):
        carla.directives.record(maria_id, DirectiveKind.MEDICAL, None, PAD)
    with pytest.raises(ValidationError, match="archived; restore it first"):
        carla.directives.record(maria_id, DirectiveKind.PSYCHIATRIC, created.version,
                                replace(PAD, notes="Changed"))
    assert directive_rows(database) == [
        ("psychiatric", True, date(2025, 11, 4), "Sofía Núñez")]
    with database.engine.connect() as connection:
        assert connection.execute(select(func.count()).select_from(
            AdvanceDirective)).scalar_one() == 1


def test_a_read_only_user_reads_directives_but_cannot_record_one(
        database: Database, carla: AppServices, maria_id: int, clock: SteppingClock) -> None:
    carla.directives.record(maria_id, DirectiveKind.PSYCHIATRIC, None, PAD)
    admin = signed_in(database, "ana", clock, password="admin-password-1")
    add_user(admin, "reader", Role.READ_ONLY)
    reader = signed_in(database, "reader", clock)
    assert reader.directives.directives_of(maria_id)[0].details.agent_name == "Sofía Núñez"
    with pytest.raises(PermissionDenied):
        reader.directives.record(maria_id, DirectiveKind.MEDICAL, None, PAD)
    assert len(directive_rows(database)) == 1
