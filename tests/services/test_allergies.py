"""Allergies: "No known allergies" is an answer, "not asked yet" is not, and the list never
says both NKA and an allergy at once."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select

from coordinator.domain.clinical_record import AllergySeverity, AllergyStatus
from coordinator.domain.errors import Conflict, ValidationError
from coordinator.services.allergies import NKA_REFUSAL, AllergyInput
from coordinator.services.app import AppServices
from coordinator.services.dto import ClientInput
from coordinator.services.notify import Change
from coordinator.store.engine import Database
from coordinator.store.models import AuditEvent, ClientAllergy
from tests.services.helpers import SteppingClock, admin_services

NOON = datetime(2026, 3, 3, 12, 0, tzinfo=UTC)
TODAY = date(2026, 3, 3)
PENICILLIN = AllergyInput("Penicillin", "Hives", AllergySeverity.MODERATE)
CLIENT = ClientInput("Dara", "Sok", date(1988, 2, 1))


def services_and_client(database: Database) -> tuple[AppServices, int]:
    admin = admin_services(database, SteppingClock(NOON))
    return admin, admin.clients.create(CLIENT).id


def audit_trail(database: Database) -> list[tuple[str, str, str]]:
    with database.engine.connect() as connection:
        return [tuple(row) for row in connection.execute(
            select(AuditEvent.action, AuditEvent.entity_type, AuditEvent.detail)
            .where(AuditEvent.entity_type.in_(("client_allergy", "client")),
                   AuditEvent.action != "create")
            .order_by(AuditEvent.id))]


def test_a_new_client_is_not_asked_which_is_not_no_known_allergies(
        database: Database) -> None:
    admin, client_id = services_and_client(database)
    listed = admin.allergies.allergies_of(client_id)
    assert (listed.status, listed.status_on, listed.rows) == (AllergyStatus.NOT_ASKED,
                                                              None, ())
    changes: list[Change] = []
    admin.notifier.subscribe(changes.extend)
    answered = admin.allergies.record_no_known_allergies(client_id, date(2026, 3, 2))
    assert (answered.status, answered.status_on) == (AllergyStatus.NO_KNOWN,
                                                     date(2026, 3, 2))
    listed = admin.allergies.allergies_of(client_id)
    assert (listed.status, listed.status_on, listed.rows) == (AllergyStatus.NO_KNOWN,
                                                              date(2026, 3, 2), ())
    assert {c.topic for c in changes} == {"allergy", "client"}
    assert audit_trail(database) == [
        ("update", "client", "no known allergies, asked on 2026-03-02")]


def test_no_known_allergies_leaves_the_client_form_free_to_save(database: Database) -> None:
    """The record window keeps the client's version for its Edit client form; recording NKA
    must not make that form's next save a conflict."""
    admin, client_id = services_and_client(database)
    opened = admin.clients.get(client_id)
    admin.allergies.record_no_known_allergies(client_id, TODAY)
    admin.allergies.add(client_id, PENICILLIN)
    saved = admin.clients.update(client_id, opened.version,
                                 ClientInput("Dara", "Sok", date(1988, 2, 1), phone="555-0100"))
    assert saved.details.phone == "555-0100"
    assert admin.allergies.allergies_of(client_id).status == AllergyStatus.RECORDED


def test_no_known_allergies_is_refused_while_allergies_are_recorded(
        database: Database) -> None:
    admin, client_id = services_and_client(database)
    admin.allergies.add(client_id, PENICILLIN)
    with pytest.raises(ValidationError, match=NKA_REFUSAL):
        admin.allergies.record_no_known_allergies(client_id, TODAY)
    listed = admin.allergies.allergies_of(client_id)
    assert listed.status == AllergyStatus.RECORDED
    assert [(row.substance, row.details.reaction, row.details.severity)
            for row in listed.rows] == [("Penicillin", "Hives", "moderate")]


def test_an_allergy_added_after_no_known_allergies_makes_them_recorded(
        database: Database) -> None:
    admin, client_id = services_and_client(database)
    admin.allergies.record_no_known_allergies(client_id, date(2026, 2, 1))
    added = admin.allergies.add(client_id, AllergyInput("  Sulfa drugs ", " Rash "))
    assert (added.substance, added.details.reaction, added.details.severity) == (
        "Sulfa drugs", "Rash", "unknown")
    listed = admin.allergies.allergies_of(client_id)
    assert (listed.status, listed.status_on) == (AllergyStatus.RECORDED, TODAY)
    assert [row.substance for row in listed.standing] == ["Sulfa drugs"]
    assert audit_trail(database)[-1][0] == "update"  # the NKA; the add is one "create"
    with database.engine.connect() as connection:
        creates = connection.execute(select(AuditEvent.detail).where(
            AuditEvent.entity_type == "client_allergy")).scalars().all()
    assert creates == [f"for client {client_id}; allergies were no_known, now recorded"]


def test_when_the_last_allergy_was_a_mistake_the_allergies_are_not_asked_again(
        database: Database) -> None:
    admin, client_id = services_and_client(database)
    admin.allergies.record_no_known_allergies(client_id, date(2026, 2, 1))
    penicillin = admin.allergies.add(client_id, PENICILLIN)
    latex = admin.allergies.add(client_id, AllergyInput("Latex", "Itching",
                                                        AllergySeverity.MILD))
    admin.allergies.mark_entered_in_error(latex.id, latex.version, "Wrong client")
    assert admin.allergies.allergies_of(client_id).status == AllergyStatus.RECORDED
    admin.allergies.mark_entered_in_error(penicillin.id, penicillin.version, "Wrong client")
    listed = admin.allergies.allergies_of(client_id)
    assert (listed.status, listed.status_on) == (AllergyStatus.NOT_ASKED, None)
    assert [(row.substance, row.entered_in_error) for row in listed.rows] == [
        ("Latex", True), ("Penicillin", True)]
    assert audit_trail(database)[-2:] == [
        ("entered_in_error", "client_allergy", "Wrong client"),
        ("entered_in_error", "client_allergy",
         "Wrong client; no allergy left on file, allergies now not asked")]
    # Asked again: NKA is now allowed, the mistakes staying on the list, struck through.
    assert admin.allergies.record_no_known_allergies(client_id, TODAY).status \
        == AllergyStatus.NO_KNOWN


def test_an_allergy_needs_a_substance_once_and_a_severity_from_the_list(
        database: Database) -> None:
    admin, client_id = services_and_client(database)
    with pytest.raises(ValidationError) as caught:
        admin.allergies.add(client_id, AllergyInput(" ", "r" * 301, "deadly"))
    assert caught.value.fields == {
        "substance": "Enter what the client is allergic to, e.g. penicillin.",
        "reaction": "Reaction: at most 300 characters (this has 301).",
        "severity": "Choose mild, moderate, severe or unknown.",
    }
    admin.allergies.add(client_id, PENICILLIN)
    with pytest.raises(ValidationError) as caught:
        admin.allergies.add(client_id, AllergyInput("PENICILLIN"))
    assert caught.value.fields == {
        "substance": "Penicillin is already on the allergy list; edit that one instead."}
    with database.engine.connect() as connection:
        assert connection.execute(select(func.count(ClientAllergy.id))).scalar_one() == 1


def test_no_known_allergies_cannot_be_dated_after_today(database: Database) -> None:
    admin, client_id = services_and_client(database)
    with pytest.raises(ValidationError) as caught:
        admin.allergies.record_no_known_allergies(client_id, date(2026, 3, 4))
    assert caught.value.fields == {"on_date": "The day asked cannot be after today."}
    assert admin.allergies.allergies_of(client_id).status == AllergyStatus.NOT_ASKED


def test_an_allergy_edit_on_an_old_version_is_refused(database: Database) -> None:
    admin, client_id = services_and_client(database)
    saved = admin.allergies.add(client_id, PENICILLIN)
    edited = admin.allergies.update(saved.id, saved.version,
                                    AllergyInput("Penicillin", "Anaphylaxis",
                                                 AllergySeverity.SEVERE))
    assert (edited.details.reaction, edited.details.severity) == ("Anaphylaxis", "severe")
    with pytest.raises(Conflict, match="changed by another user"):
        admin.allergies.update(saved.id, saved.version, PENICILLIN)
    with pytest.raises(Conflict):
        admin.allergies.mark_entered_in_error(saved.id, saved.version, "Wrong client")
    rows = admin.allergies.allergies_of(client_id).rows
    assert [(row.details.reaction, row.entered_in_error) for row in rows] == [
        ("Anaphylaxis", False)]
    assert audit_trail(database) == [("update", "client_allergy", "reaction, severity")]


def test_an_archived_record_takes_no_allergy_changes(database: Database) -> None:
    admin, client_id = services_and_client(database)
    saved = admin.allergies.add(client_id, PENICILLIN)
    admin.clients.archive(client_id, admin.clients.get(client_id).version)
    refusal = "The client's record is archived; restore it first."
    with pytest.raises(ValidationError, match=refusal):
        admin.allergies.add(client_id, AllergyInput("Latex"))
    with pytest.raises(ValidationError, match=refusal):
        admin.allergies.mark_entered_in_error(saved.id, saved.version, "Wrong client")
    with pytest.raises(ValidationError, match=refusal):
        admin.allergies.record_no_known_allergies(client_id, TODAY)
    listed = admin.allergies.allergies_of(client_id)
    assert listed.status == AllergyStatus.RECORDED
    assert [row.substance for row in listed.standing] == ["Penicillin"]
