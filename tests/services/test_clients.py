"""Client records: validation, unique record numbers, stale edits, archive, audited views."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from coordinator.domain.errors import Conflict, NotFound, ValidationError
from coordinator.domain.roles import Role
from coordinator.services.dto import ClientInput
from coordinator.store.engine import Database
from tests.services.helpers import add_user, admin_services, signed_in

JOSE = ClientInput("José", "Núñez", date(1990, 5, 4), phone="(555) 010-2233",
                   preferred_language="Spanish", interpreter_needed=True)


def test_a_new_client_gets_the_next_record_number_and_is_found_without_accents(
        database: Database) -> None:
    services = admin_services(database)
    first = services.clients.create(JOSE)
    second = services.clients.create(ClientInput("Sokha", "Chea", date(2009, 1, 15)))
    assert (first.record_number, second.record_number) == ("MRN-000001", "MRN-000002")
    assert [row.family_name for row in services.clients.search("nunez")] == ["Núñez"]
    assert [row.given_name for row in services.clients.search("555010")] == ["José"]
    assert [row.given_name for row in services.clients.search("2009-01-15")] == ["Sokha"]
    assert [row.record_number for row in services.clients.search("mrn-000002")] == [
        "MRN-000002"]


def test_a_stale_edit_is_refused_and_neither_save_is_lost(database: Database) -> None:
    admin = admin_services(database)
    add_user(admin, "maria", Role.CASE_MANAGER)
    add_user(admin, "tomas", Role.CASE_MANAGER)
    created = admin.clients.create(JOSE)
    maria, tomas = signed_in(database, "maria"), signed_in(database, "tomas")

    # Both open the record at version 1.
    maria_view = maria.clients.get(created.id)
    tomas_view = tomas.clients.get(created.id)
    saved = maria.clients.update(created.id, maria_view.version,
                                 replace(maria_view.details, city="Lowell"))
    with pytest.raises(Conflict, match="changed by another user"):
        tomas.clients.update(created.id, tomas_view.version,
                             replace(tomas_view.details, phone="555-010-9999"))

    current = admin.clients.get(created.id)
    assert current.details.city == "Lowell"  # maria's save stands
    assert current.details.phone == "(555) 010-2233"  # tomas's was not written over it
    assert current.version == saved.version == 2
    # After reloading, tomas can make his change on top of maria's.
    again = tomas.clients.update(created.id, current.version,
                                 replace(current.details, phone="555-010-9999"))
    assert (again.details.city, again.details.phone) == ("Lowell", "555-010-9999")


def test_bad_input_names_each_field_and_saves_nothing(database: Database) -> None:
    services = admin_services(database)
    with pytest.raises(ValidationError) as refused:
        services.clients.create(ClientInput(" ", "", date(2031, 1, 1), email="not-an-email"))
    assert set(refused.value.fields) == {"given_name", "family_name", "birth_date", "email"}
    assert refused.value.fields["birth_date"] == "The date of birth cannot be in the future."
    assert services.clients.count() == 0


def test_record_numbers_are_unique(database: Database) -> None:
    services = admin_services(database)
    services.clients.create(replace(JOSE, record_number="A-100"))
    with pytest.raises(ValidationError) as refused:
        services.clients.create(ClientInput("Dara", "Sok", record_number="a-100"))
    assert refused.value.fields == {
        "record_number": "The record number A-100 already belongs to another client."}


def test_likely_duplicates_match_name_and_birth_date_ignoring_accents(
        database: Database) -> None:
    services = admin_services(database)
    services.clients.create(JOSE)
    found = services.clients.likely_duplicates("Jose", "NUNEZ", date(1990, 5, 4))
    assert [row.record_number for row in found] == ["MRN-000001"]
    assert services.clients.likely_duplicates("Jose", "Nunez", date(1990, 5, 5)) == []


def test_archiving_hides_but_keeps_the_client(database: Database) -> None:
    services = admin_services(database)
    client = services.clients.create(JOSE)
    archived = services.clients.archive(client.id, client.version)
    assert archived.status == "archived"
    assert services.clients.search("") == []
    assert [r.id for r in services.clients.search("", include_archived=True)] == [client.id]
    assert services.clients.get(client.id).details.family_name == "Núñez"


def test_every_view_is_audited(database: Database) -> None:
    services = admin_services(database)
    client = services.clients.create(JOSE)
    services.clients.get(client.id)
    services.clients.find_by_record_number("MRN-000001")
    views = [e for e in services.audit.recent() if e.action == "view"]
    assert [(e.entity_type, e.entity_id, e.username) for e in views] == [
        ("client", str(client.id), "ana")] * 2
    with pytest.raises(NotFound):
        services.clients.get(999)


def test_changes_are_announced_after_the_commit(database: Database) -> None:
    services = admin_services(database)
    heard: list[tuple[str, frozenset[int | str]]] = []
    services.notifier.subscribe(
        lambda changes: heard.extend((c.topic, c.ids) for c in changes))
    client = services.clients.create(JOSE)
    with pytest.raises(ValidationError):
        services.clients.create(ClientInput("", ""))
    assert heard == [("client", frozenset({client.id}))]
