"""The problem list: billable ICD-10-CM codes only, one primary, dates that make sense."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select

from coordinator.domain.clinical_record import DiagnosisStatus
from coordinator.domain.diagnosis_rules import NotBillableCode
from coordinator.domain.errors import Conflict, PermissionDenied, ValidationError
from coordinator.domain.roles import Role
from coordinator.services.app import AppServices
from coordinator.services.diagnoses import DiagnosisInput
from coordinator.services.dto import ClientInput
from coordinator.services.notify import Change
from coordinator.store.engine import Database
from coordinator.store.models import AuditEvent, ClientDiagnosis
from tests.services.helpers import SteppingClock, add_user, admin_services, signed_in

NOW = datetime(2026, 3, 3, 12, 0, tzinfo=UTC)  # noon: 3 March on any usual workstation
TODAY = date(2026, 3, 3)
RECURRENT_MODERATE = DiagnosisInput("F33.1", is_primary=True, onset_date=date(2025, 11, 1))
ALCOHOL = DiagnosisInput("F10.20", substance_use=True)
ANXIETY = DiagnosisInput("F41.1")


def audit_events(database: Database) -> list[tuple[str, str]]:
    with database.engine.connect() as connection:
        return [(row.action, row.detail) for row in connection.execute(
            select(AuditEvent.action, AuditEvent.detail).where(
                AuditEvent.entity_type == "client_diagnosis").order_by(AuditEvent.id))]


def saved_count(database: Database) -> int:
    with database.engine.connect() as connection:
        return connection.execute(select(func.count(ClientDiagnosis.id))).scalar_one()


def new_client(services: AppServices) -> int:
    return services.clients.create(ClientInput("Dara", "Sok", date(1988, 2, 1))).id


@pytest.fixture
def admin(database: Database) -> AppServices:
    return admin_services(database, SteppingClock(NOW))


def test_a_problem_is_saved_with_the_code_sets_description_and_who_recorded_it(
        admin: AppServices, database: Database) -> None:
    changes: list[Change] = []
    admin.notifier.subscribe(changes.extend)
    client_id = new_client(admin)
    saved = admin.diagnoses.add(client_id, replace(RECURRENT_MODERATE, code=" f33.1 "))
    assert (saved.code, saved.description) == (
        "F33.1", "Major depressive disorder, recurrent, moderate")
    assert saved.is_primary and not saved.substance_use and saved.active
    assert saved.status == DiagnosisStatus.ACTIVE and saved.status_on is None
    assert (saved.onset_date, saved.recorded_by, saved.recorded_on) == (
        date(2025, 11, 1), "Ana Admin", TODAY)
    assert admin.diagnoses.problems_of(client_id) == [saved]
    assert any(c.topic == "diagnosis" and saved.id in c.ids for c in changes)
    assert any(c.topic == "client" and client_id in c.ids for c in changes)
    assert audit_events(database) == [("create", f"F33.1 for client {client_id}, primary")]


def test_a_category_is_refused_with_the_billable_codes_to_choose_from(
        admin: AppServices, database: Database) -> None:
    client_id = new_client(admin)
    with pytest.raises(NotBillableCode) as caught:
        admin.diagnoses.add(client_id, DiagnosisInput("F32"))
    assert caught.value.fields == {"code": "F32 is a category, not a billable code: choose "
                                           "one of F32.0, F32.1, F32.2, F32.3, …"}
    suggested = [match.code for match in caught.value.suggestions]
    assert suggested[:3] == ["F32.0", "F32.1", "F32.2"] and "F32.A" in suggested
    assert caught.value.suggestions[0].description == (
        "Major depressive disorder, single episode, mild")
    assert isinstance(caught.value, ValidationError)
    assert saved_count(database) == 0 and audit_events(database) == []


def test_an_unknown_or_missing_code_is_refused(admin: AppServices, database: Database) -> None:
    client_id = new_client(admin)
    with pytest.raises(ValidationError) as caught:
        admin.diagnoses.add(client_id, DiagnosisInput("F99.9"))
    assert caught.value.fields == {
        "code": "F99.9 is not an ICD-10-CM code; check it, or search by words."}
    assert not isinstance(caught.value, NotBillableCode)
    with pytest.raises(ValidationError, match="Choose a diagnosis"):
        admin.diagnoses.add(client_id, DiagnosisInput("  "))
    assert saved_count(database) == 0


def test_codes_are_searched_by_words_or_by_code(admin: AppServices) -> None:
    found = admin.diagnoses.search_codes("major depressive recurrent moderate")
    assert [(m.code, m.description) for m in found] == [
        ("F33.1", "Major depressive disorder, recurrent, moderate")]
    assert [m.code for m in admin.diagnoses.search_codes("F10.2")][:2] == ["F10.20", "F10.21"]
    assert admin.diagnoses.search_codes("") == []


def test_marking_a_problem_primary_takes_the_mark_off_the_other(
        admin: AppServices, database: Database) -> None:
    client_id = new_client(admin)
    depression = admin.diagnoses.add(client_id, RECURRENT_MODERATE)
    alcohol = admin.diagnoses.add(client_id, replace(ALCOHOL, is_primary=True))
    assert [(p.code, p.is_primary) for p in admin.diagnoses.problems_of(client_id)] == [
        ("F10.20", True), ("F33.1", False)]

    anxiety = admin.diagnoses.add(client_id, ANXIETY)
    admin.diagnoses.update(anxiety.id, anxiety.version, replace(ANXIETY, is_primary=True))
    assert [(p.code, p.is_primary) for p in admin.diagnoses.problems_of(client_id)] == [
        ("F41.1", True), ("F10.20", False), ("F33.1", False)]
    # The row that lost its mark has a new version: an edit based on the old one is stale.
    with pytest.raises(Conflict):
        admin.diagnoses.update(alcohol.id, alcohol.version, ALCOHOL)
    with pytest.raises(Conflict):
        admin.diagnoses.update(depression.id, depression.version, RECURRENT_MODERATE)
    assert audit_events(database)[-2:] == [
        ("create", f"F41.1 for client {client_id}"),
        ("update", "F41.1: primary (primary was F10.20)")]


def test_the_same_active_code_twice_is_refused(admin: AppServices, database: Database) -> None:
    client_id = new_client(admin)
    first = admin.diagnoses.add(client_id, ANXIETY)
    with pytest.raises(ValidationError) as caught:
        admin.diagnoses.add(client_id, replace(ANXIETY, code="F411"))
    assert caught.value.fields == {"code": "F41.1 is already active on the problem list."}
    # Once resolved it may be added again (a new episode of the same illness).
    resolved = admin.diagnoses.set_status(first.id, first.version, DiagnosisStatus.RESOLVED,
                                          date(2026, 2, 1))
    again = admin.diagnoses.add(client_id, ANXIETY)
    with pytest.raises(ValidationError, match="already active"):
        admin.diagnoses.set_status(resolved.id, resolved.version, DiagnosisStatus.ACTIVE, None)
    assert again.active and saved_count(database) == 2


def test_onset_dates_in_the_future_or_before_birth_are_refused(
        admin: AppServices, database: Database) -> None:
    client_id = new_client(admin)
    with pytest.raises(ValidationError) as caught:
        admin.diagnoses.add(client_id, replace(ANXIETY, onset_date=date(2026, 3, 4)))
    assert caught.value.fields == {"onset_date": "The onset date cannot be in the future."}
    with pytest.raises(ValidationError) as caught:
        admin.diagnoses.add(client_id, replace(ANXIETY, onset_date=date(1987, 5, 1)))
    assert caught.value.fields == {"onset_date": (
        "The onset date 1987-05-01 is before the client's date of birth (1988-02-01); "
        "check the date.")}
    # Both problems of one form at once.
    with pytest.raises(ValidationError) as caught:
        admin.diagnoses.add(client_id, DiagnosisInput("X99.99", onset_date=date(2027, 1, 1)))
    assert set(caught.value.fields) == {"code", "onset_date"}
    assert saved_count(database) == 0


def test_a_problem_is_resolved_ruled_out_and_made_active_again(
        admin: AppServices, database: Database) -> None:
    client_id = new_client(admin)
    depression = admin.diagnoses.add(client_id, RECURRENT_MODERATE)
    ptsd = admin.diagnoses.add(client_id, DiagnosisInput("F43.10"))
    with pytest.raises(ValidationError) as caught:
        admin.diagnoses.set_status(depression.id, depression.version,
                                   DiagnosisStatus.RESOLVED, date(2025, 10, 1))
    assert caught.value.fields == {
        "status_on": "The day it was resolved is before the onset date (2025-11-01)."}
    with pytest.raises(ValidationError, match="ruled out cannot be in the future"):
        admin.diagnoses.set_status(ptsd.id, ptsd.version, DiagnosisStatus.RULED_OUT,
                                   date(2026, 3, 10))
    with pytest.raises(ValidationError, match="Enter the day the problem was resolved"):
        admin.diagnoses.set_status(ptsd.id, ptsd.version, DiagnosisStatus.RESOLVED, None)

    resolved = admin.diagnoses.set_status(depression.id, depression.version,
                                          DiagnosisStatus.RESOLVED, date(2026, 2, 20))
    assert (resolved.status, resolved.status_on, resolved.is_primary) == (
        DiagnosisStatus.RESOLVED, date(2026, 2, 20), False)
    admin.diagnoses.set_status(ptsd.id, ptsd.version, DiagnosisStatus.RULED_OUT,
                               date(2026, 3, 1))
    assert [(p.code, p.status) for p in admin.diagnoses.problems_of(client_id)] == [
        ("F43.10", DiagnosisStatus.RULED_OUT), ("F33.1", DiagnosisStatus.RESOLVED)]
    active = admin.diagnoses.set_status(resolved.id, resolved.version,
                                        DiagnosisStatus.ACTIVE, date(2026, 3, 1))
    assert active.active and active.status_on is None
    assert [action for action, _ in audit_events(database)] == [
        "create", "create", "status_change", "status_change", "status_change"]
    assert [detail for _, detail in audit_events(database)][2:] == [
        "F33.1 resolved 2026-02-20, no longer primary", "F43.10 ruled out 2026-03-01",
        "F33.1 active again"]


def test_a_problem_entered_in_error_stays_listed_last_and_unchangeable(
        admin: AppServices, database: Database) -> None:
    client_id = new_client(admin)
    wrong = admin.diagnoses.add(client_id, replace(ALCOHOL, is_primary=True))
    admin.diagnoses.add(client_id, ANXIETY)
    with pytest.raises(ValidationError, match="Say why"):
        admin.diagnoses.mark_entered_in_error(wrong.id, wrong.version, "  ")
    marked = admin.diagnoses.mark_entered_in_error(wrong.id, wrong.version, "Wrong client")
    assert marked.entered_in_error and not marked.is_primary and not marked.active
    assert [(p.code, p.entered_in_error) for p in admin.diagnoses.problems_of(client_id)] == [
        ("F41.1", False), ("F10.20", True)]
    with pytest.raises(ValidationError, match="entered in error; it can no longer"):
        admin.diagnoses.update(marked.id, marked.version, ALCOHOL)
    # The same code may be added again, correctly this time.
    assert admin.diagnoses.add(client_id, ALCOHOL).active
    assert audit_events(database)[2] == ("entered_in_error", "F10.20: Wrong client")


def test_an_edit_changes_the_flags_and_onset_but_never_the_code(
        admin: AppServices, database: Database) -> None:
    client_id = new_client(admin)
    saved = admin.diagnoses.add(client_id, ALCOHOL)
    with pytest.raises(ValidationError, match=r"cannot be changed; mark F10\.20 entered"):
        admin.diagnoses.update(saved.id, saved.version, replace(ALCOHOL, code="F10.21"))
    edited = admin.diagnoses.update(saved.id, saved.version, replace(
        ALCOHOL, substance_use=False, onset_date=date(2024, 6, 1)))
    assert (edited.code, edited.substance_use, edited.onset_date) == (
        "F10.20", False, date(2024, 6, 1))
    # Saving the same values again is no change: no new version, no audit event.
    same = admin.diagnoses.update(edited.id, edited.version, replace(
        ALCOHOL, substance_use=False, onset_date=date(2024, 6, 1)))
    assert same.version == edited.version
    assert audit_events(database)[1:] == [("update", "F10.20: substance use, onset date")]


def test_a_stale_edit_raises_a_conflict_and_changes_nothing(
        admin: AppServices, database: Database) -> None:
    client_id = new_client(admin)
    saved = admin.diagnoses.add(client_id, ANXIETY)
    other_desk = signed_in(database, "ana", SteppingClock(NOW), "admin-password-1")
    other_desk.diagnoses.update(saved.id, saved.version, replace(ANXIETY, is_primary=True))
    for stale in (
            lambda: admin.diagnoses.update(saved.id, saved.version, ANXIETY),
            lambda: admin.diagnoses.set_status(saved.id, saved.version,
                                               DiagnosisStatus.RESOLVED, TODAY),
            lambda: admin.diagnoses.mark_entered_in_error(saved.id, saved.version, "Oops")):
        with pytest.raises(Conflict, match="changed by another user"):
            stale()
    [problem] = admin.diagnoses.problems_of(client_id)
    assert problem.is_primary and problem.active and len(audit_events(database)) == 2


def test_an_archived_clients_problem_list_refuses_changes(
        admin: AppServices, database: Database) -> None:
    client_id = new_client(admin)
    saved = admin.diagnoses.add(client_id, ANXIETY)
    admin.clients.archive(client_id, admin.clients.get(client_id).version)
    for refused in (
            lambda: admin.diagnoses.add(client_id, ALCOHOL),
            lambda: admin.diagnoses.update(saved.id, saved.version, ANXIETY),
            lambda: admin.diagnoses.set_status(saved.id, saved.version,
                                               DiagnosisStatus.RESOLVED, TODAY),
            lambda: admin.diagnoses.mark_entered_in_error(saved.id, saved.version, "Oops")):
        with pytest.raises(ValidationError, match="archived; restore it first"):
            refused()
    assert [p.code for p in admin.diagnoses.problems_of(client_id)] == ["F41.1"]
    assert len(audit_events(database)) == 1


def test_each_change_writes_exactly_one_audit_event(
        admin: AppServices, database: Database) -> None:
    client_id = new_client(admin)
    steps = [
        lambda: admin.diagnoses.add(client_id, RECURRENT_MODERATE),
        lambda: admin.diagnoses.add(client_id, replace(ALCOHOL, is_primary=True)),
        lambda: admin.diagnoses.update(*current("F33.1"), replace(RECURRENT_MODERATE,
                                                                  is_primary=True)),
        lambda: admin.diagnoses.set_status(*current("F10.20"), DiagnosisStatus.RESOLVED,
                                           TODAY),
        lambda: admin.diagnoses.mark_entered_in_error(*current("F10.20"), "Duplicate"),
    ]

    def current(code: str) -> tuple[int, int]:
        found = next(p for p in admin.diagnoses.problems_of(client_id) if p.code == code)
        return found.id, found.version

    for number, step in enumerate(steps, start=1):
        step()
        assert len(audit_events(database)) == number


def test_a_read_only_user_may_read_but_not_change_the_problem_list(
        admin: AppServices, database: Database) -> None:
    client_id = new_client(admin)
    saved = admin.diagnoses.add(client_id, ANXIETY)
    add_user(admin, "reader", Role.READ_ONLY)
    reader = signed_in(database, "reader", SteppingClock(NOW))
    assert [p.code for p in reader.diagnoses.problems_of(client_id)] == ["F41.1"]
    assert reader.diagnoses.search_codes("F41.1")[0].code == "F41.1"
    with pytest.raises(PermissionDenied, match="does not allow"):
        reader.diagnoses.add(client_id, ALCOHOL)
    with pytest.raises(PermissionDenied):
        reader.diagnoses.set_status(saved.id, saved.version, DiagnosisStatus.RESOLVED, TODAY)
    assert saved_count(database) == 1
