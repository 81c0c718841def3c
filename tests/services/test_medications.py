"""A client's medications as a case manager records them: a number for the dose, the unit,
route and frequency from lists, stopped with a day, mistakes kept and struck through."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select

from coordinator.domain.clinical_record import (
    DoseUnit,
    MedicationFrequency,
    MedicationRoute,
    MedicationStatus,
)
from coordinator.domain.errors import Conflict, ValidationError
from coordinator.services.app import AppServices
from coordinator.services.dto import ClientInput
from coordinator.services.medications import (
    DOSE_NOT_A_NUMBER,
    MedicationInput,
    is_use_disorder_medication,
)
from coordinator.services.notify import Change
from coordinator.store.engine import Database
from coordinator.store.models import AuditEvent, ClientMedication
from tests.services.helpers import SteppingClock, admin_services

# Noon UTC: the clinic's day is 3 March 2026 in any usual time zone.
NOON = datetime(2026, 3, 3, 12, 0, tzinfo=UTC)
TODAY = date(2026, 3, 3)
BUPRENORPHINE = MedicationInput(
    "Buprenorphine/naloxone", "8", DoseUnit.MG, MedicationRoute.SUBLINGUAL_FILM,
    MedicationFrequency.ONCE_DAILY, "Dr. Ana Ruiz", date(2026, 2, 10),
    for_use_disorder=True)
SERTRALINE = MedicationInput("Sertraline", "100", DoseUnit.MG, MedicationRoute.BY_MOUTH,
                             MedicationFrequency.ONCE_DAILY, start_date=date(2025, 11, 4))


def services_and_client(database: Database) -> tuple[AppServices, int]:
    admin = admin_services(database, SteppingClock(NOON))
    client = admin.clients.create(ClientInput("Dara", "Sok", date(1988, 2, 1)))
    return admin, client.id


def medication_rows(database: Database) -> int:
    with database.engine.connect() as connection:
        return connection.execute(select(func.count(ClientMedication.id))).scalar_one()


def audit_trail(database: Database) -> list[tuple[str, str]]:
    with database.engine.connect() as connection:
        return [(action, detail) for action, detail in connection.execute(
            select(AuditEvent.action, AuditEvent.detail)
            .where(AuditEvent.entity_type == "client_medication").order_by(AuditEvent.id))]


def test_a_medication_is_listed_as_entered_and_the_record_hears_of_it(
        database: Database) -> None:
    admin, client_id = services_and_client(database)
    changes: list[Change] = []
    admin.notifier.subscribe(changes.extend)
    saved = admin.medications.add(client_id, replace(BUPRENORPHINE, name="  Buprenorphine/"
                                                     "naloxone ", dose=" 8 "))
    assert saved.details == BUPRENORPHINE
    listed = admin.medications.medications_of(client_id)
    assert [(m.name, m.details.dose, m.details.unit, m.details.route, m.details.frequency,
             m.details.for_use_disorder) for m in listed] == [
        ("Buprenorphine/naloxone", "8", "mg", "sublingual_film", "once_daily", True)]
    assert any(c.topic == "medication" and saved.id in c.ids for c in changes)
    assert any(c.topic == "client" and client_id in c.ids for c in changes)
    assert audit_trail(database) == [("create", f"for client {client_id}")]


def test_the_list_runs_active_on_hold_stopped_then_entered_in_error(
        database: Database) -> None:
    admin, client_id = services_and_client(database)
    sertraline = admin.medications.add(client_id, SERTRALINE)
    admin.medications.add(client_id, replace(
        SERTRALINE, name="Trazodone", dose="50", frequency=MedicationFrequency.AT_BEDTIME,
        status=MedicationStatus.ON_HOLD))
    wrong = admin.medications.add(client_id, replace(SERTRALINE, name="Aripiprazole",
                                                     dose="5"))
    admin.medications.add(client_id, BUPRENORPHINE)
    admin.medications.stop(sertraline.id, sertraline.version, date(2026, 3, 1))
    admin.medications.mark_entered_in_error(wrong.id, wrong.version, "Wrong client")

    listed = admin.medications.medications_of(client_id)
    assert [(m.name, m.status, m.entered_in_error) for m in listed] == [
        ("Buprenorphine/naloxone", "active", False),
        ("Trazodone", "on_hold", False),
        ("Sertraline", "stopped", False),
        ("Aripiprazole", "active", True),
    ]
    assert listed[2].details.end_date == date(2026, 3, 1)
    assert [action for action, _ in audit_trail(database)] == [
        "create", "create", "create", "create", "status_change", "entered_in_error"]
    assert audit_trail(database)[-2:] == [("status_change", "stopped on 2026-03-01"),
                                          ("entered_in_error", "Wrong client")]


def test_a_dose_that_is_not_a_number_is_refused_on_its_field_and_nothing_is_saved(
        database: Database) -> None:
    admin, client_id = services_and_client(database)
    for typed in ("two", "5mg", "8 mg", "1,5", "-2"):
        with pytest.raises(ValidationError) as caught:
            admin.medications.add(client_id, replace(SERTRALINE, dose=typed))
        assert caught.value.fields == {"dose": DOSE_NOT_A_NUMBER}, typed
    for typed, sentence in (("", "Enter the dose, e.g. 0.5 or 150."),
                            ("0", "The dose must be more than 0."),
                            ("0.0", "The dose must be more than 0.")):
        with pytest.raises(ValidationError) as caught:
            admin.medications.add(client_id, replace(SERTRALINE, dose=typed))
        assert caught.value.fields == {"dose": sentence}
    assert medication_rows(database) == 0
    assert audit_trail(database) == []
    for typed in ("0.5", "150", "2.5", ".25"):
        assert admin.medications.add(client_id, replace(SERTRALINE, dose=typed)).details.dose \
            == typed


def test_dates_and_status_must_agree(database: Database) -> None:
    admin, client_id = services_and_client(database)
    cases = [
        (replace(SERTRALINE, start_date=date(2026, 3, 4)),
         {"start_date": "The start date cannot be after today."}),
        (replace(SERTRALINE, start_date=date(1987, 1, 1)),
         {"start_date": "The start date 1987-01-01 is before the client's date of birth "
                        "(1988-02-01); check the date."}),
        (replace(SERTRALINE, status=MedicationStatus.STOPPED, end_date=date(2025, 10, 1)),
         {"end_date": "The stop date is before the start date."}),
        (replace(SERTRALINE, status=MedicationStatus.STOPPED, end_date=date(2026, 3, 9)),
         {"end_date": "The stop date cannot be after today."}),
        (replace(SERTRALINE, status=MedicationStatus.STOPPED),
         {"end_date": "Give the day the medication was stopped."}),
        (replace(SERTRALINE, end_date=date(2026, 3, 1)),
         {"end_date": "A medication still taken (or on hold) has no stop date; choose "
                      "Stopped to give one."}),
    ]
    for details, fields in cases:
        with pytest.raises(ValidationError) as caught:
            admin.medications.add(client_id, details)
        assert caught.value.fields == fields
    assert medication_rows(database) == 0

    saved = admin.medications.add(client_id, SERTRALINE)
    with pytest.raises(ValidationError) as caught:
        admin.medications.stop(saved.id, saved.version, date(2025, 11, 3))
    assert caught.value.fields == {"end_date": "The stop date is before the start date."}
    assert admin.medications.medications_of(client_id)[0].status == "active"


def test_codes_must_come_from_the_lists_and_text_must_fit(database: Database) -> None:
    admin, client_id = services_and_client(database)
    with pytest.raises(ValidationError) as caught:
        admin.medications.add(client_id, MedicationInput(
            " ", "10", "drops", "intranasal", "at bedtime as needed", "x" * 201,
            status="paused"))
    assert caught.value.fields == {
        "name": "Enter the medication's name.",
        "unit": "Choose the dose's unit from the list.",
        "route": "Choose the route from the list (Other if it is not there).",
        "frequency": "Choose how often from the list (Other if it is not there).",
        "prescriber": "Prescriber: at most 200 characters (this has 201).",
        "status": "Choose active, on hold or stopped.",
    }
    assert medication_rows(database) == 0


def test_an_edit_on_an_old_version_is_refused(database: Database) -> None:
    admin, client_id = services_and_client(database)
    saved = admin.medications.add(client_id, SERTRALINE)
    edited = admin.medications.update(saved.id, saved.version, replace(SERTRALINE, dose="150"))
    assert edited.details.dose == "150" and edited.version == saved.version + 1
    with pytest.raises(Conflict, match="changed by another user"):
        admin.medications.update(saved.id, saved.version, replace(SERTRALINE, dose="200"))
    with pytest.raises(Conflict):
        admin.medications.stop(saved.id, saved.version, date(2026, 3, 1))
    with pytest.raises(Conflict):
        admin.medications.mark_entered_in_error(saved.id, saved.version, "Wrong client")
    listed = admin.medications.medications_of(client_id)
    assert [(m.details.dose, m.status, m.entered_in_error) for m in listed] == [
        ("150", "active", False)]
    assert audit_trail(database) == [("create", f"for client {client_id}"), ("update", "dose")]


def test_an_archived_record_takes_no_medication_changes(database: Database) -> None:
    admin, client_id = services_and_client(database)
    saved = admin.medications.add(client_id, SERTRALINE)
    admin.clients.archive(client_id, admin.clients.get(client_id).version)
    refusal = "The client's record is archived; restore it first."
    with pytest.raises(ValidationError, match=refusal):
        admin.medications.add(client_id, BUPRENORPHINE)
    with pytest.raises(ValidationError, match=refusal):
        admin.medications.stop(saved.id, saved.version, date(2026, 3, 1))
    with pytest.raises(ValidationError, match=refusal):
        admin.medications.mark_entered_in_error(saved.id, saved.version, "Wrong client")
    assert [(m.name, m.status) for m in admin.medications.medications_of(client_id)] == [
        ("Sertraline", "active")]
    assert len(audit_trail(database)) == 1


def test_a_medication_entered_in_error_needs_a_reason_and_then_stays_as_it_was(
        database: Database) -> None:
    admin, client_id = services_and_client(database)
    saved = admin.medications.add(client_id, SERTRALINE)
    with pytest.raises(ValidationError) as caught:
        admin.medications.mark_entered_in_error(saved.id, saved.version, "  ")
    assert caught.value.fields == {
        "reason": "Say why the medication was entered in error, e.g. wrong client."}
    marked = admin.medications.mark_entered_in_error(saved.id, saved.version, "Wrong client")
    with pytest.raises(ValidationError, match="marked entered in error"):
        admin.medications.update(marked.id, marked.version, replace(SERTRALINE, dose="50"))
    assert admin.medications.medications_of(client_id)[0].details.dose == "100"


def test_a_stopped_medication_can_be_stopped_only_once(database: Database) -> None:
    admin, client_id = services_and_client(database)
    saved = admin.medications.add(client_id, SERTRALINE)
    stopped = admin.medications.stop(saved.id, saved.version, TODAY)
    assert (stopped.status, stopped.details.end_date) == ("stopped", TODAY)
    with pytest.raises(ValidationError) as caught:
        admin.medications.stop(stopped.id, stopped.version, TODAY)
    assert caught.value.fields == {"end_date": "This medication is already stopped."}


def test_names_of_medications_for_opioid_or_alcohol_use_disorder_are_recognised() -> None:
    for name in ("Buprenorphine/naloxone", "buprenorphine ER injection", "Methadone",
                 "Naltrexone (Vivitrol)", "ACAMPROSATE", "Disulfiram", "Suboxone",
                 "Buprenorfina", "Naltrexona", "Sublocade"):
        assert is_use_disorder_medication(name), name
    for name in ("Sertraline", "Naloxone nasal spray", "Lofexidine", "", "Gabapentin"):
        assert not is_use_disorder_medication(name), name
