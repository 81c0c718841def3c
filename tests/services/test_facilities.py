"""Partner facilities: add with levels, find, edit with a version check, archive, never delete."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import func, select

from coordinator.domain.errors import Conflict, NotFound, PermissionDenied, ValidationError
from coordinator.domain.roles import Role
from coordinator.services.facilities import FacilityInput, FacilityQuery
from coordinator.store.engine import Database
from coordinator.store.models import AuditEvent, Facility
from tests.services.helpers import SteppingClock, add_user, admin_services, signed_in

CASA = FacilityInput(
    "Casa Esperanza Residential", "residential", ("RES", "WM"), "410 Mission Street",
    city="San Isidro", state="CA", postal_code="95993", phone="(530) 555-0142",
    fax="(530) 555-0143", intake_contact_name="Patricia Gómez",
    intake_contact_email="intake@casaesperanza.example.org",
    notes="Bilingual residential program.")
DAY_PROGRAM = FacilityInput("Lighthouse Day Program", "php_iop", ("PHP", "IOP"),
                            city="Harbor Point", accepts_referrals=False)
OWN_IOP = FacilityInput("Riverbend — Adult IOP", "own_program", ("IOP",), city="Riverbend")


def audit_actions(database: Database) -> list[tuple[str, str]]:
    with database.engine.connect() as connection:
        return [(action, detail) for action, detail in connection.execute(
            select(AuditEvent.action, AuditEvent.detail).where(
                AuditEvent.entity_type == "facility").order_by(AuditEvent.id))]


def test_a_facility_is_added_with_its_levels_and_audited(database: Database) -> None:
    services = admin_services(database)
    casa = services.facilities.create(CASA)

    assert casa.version == 1
    assert casa.details.levels == ("RES", "WM")  # least intensive first
    assert casa.level_names == ("Residential", "Withdrawal management")
    assert not casa.is_own_program
    assert services.facilities.get(casa.id).details == replace(CASA, levels=("RES", "WM"))
    assert audit_actions(database) == [("create", "Casa Esperanza Residential")]


def test_own_programs_come_first_and_filters_narrow_the_list(database: Database) -> None:
    services = admin_services(database)
    for details in (CASA, DAY_PROGRAM, OWN_IOP):
        services.facilities.create(details)

    def listed(**query: object) -> list[str]:
        return [view.name for view in services.facilities.list_facilities(
            FacilityQuery(**query))]  # type: ignore[arg-type]

    assert listed() == ["Riverbend — Adult IOP", "Casa Esperanza Residential",
                        "Lighthouse Day Program"]
    assert services.facilities.list_facilities()[0].is_own_program
    assert listed(level_code="IOP") == ["Riverbend — Adult IOP", "Lighthouse Day Program"]
    assert listed(accepts_referrals=True, level_code="IOP") == ["Riverbend — Adult IOP"]
    assert listed(kind="residential") == ["Casa Esperanza Residential"]
    assert listed(text="gomez") == ["Casa Esperanza Residential"]  # the intake contact
    assert listed(text="harbor day") == ["Lighthouse Day Program"]


def test_bad_input_names_each_field_and_saves_nothing(database: Database) -> None:
    services = admin_services(database)
    services.facilities.create(CASA)
    bad = FacilityInput(" casa esperanza residential ", "spa", (),
                        intake_contact_email="intake at casa", state="C" * 51)

    with pytest.raises(ValidationError) as refused:
        services.facilities.create(bad)

    assert refused.value.fields == {
        "name": "Casa Esperanza Residential is already in the list of facilities.",
        "kind": "Choose what kind of facility this is.",
        "levels": "Choose at least one level of care the facility offers.",
        "intake_contact_email": "'intake at casa' does not look like an e-mail address.",
        "state": "State: at most 50 characters (this has 51).",
    }
    with pytest.raises(ValidationError, match="There is no level of care XYZ"):
        services.facilities.create(replace(DAY_PROGRAM, levels=("IOP", "XYZ")))
    with database.engine.connect() as connection:
        assert connection.execute(select(func.count(Facility.id))).scalar_one() == 1


def test_an_edit_changes_levels_and_fields_and_bumps_the_version(database: Database) -> None:
    services = admin_services(database)
    casa = services.facilities.create(CASA)

    edited = services.facilities.update(casa.id, casa.version, replace(
        CASA, levels=("RES",), fax="(530) 555-0199"))
    levels_only = services.facilities.update(edited.id, edited.version, replace(
        edited.details, levels=("RES", "IOP")))

    assert (edited.version, edited.details.fax, edited.level_names) == (
        2, "(530) 555-0199", ("Residential",))
    assert (levels_only.version, levels_only.details.levels) == (3, ("IOP", "RES"))
    assert audit_actions(database)[1:] == [("update", "fax, levels"), ("update", "levels")]


def test_a_stale_edit_is_refused_and_the_first_save_is_kept(database: Database) -> None:
    admin = admin_services(database)
    add_user(admin, "sam", Role.SUPERVISOR)
    casa = admin.facilities.create(CASA)
    sam = signed_in(database, "sam")

    admin.facilities.update(casa.id, casa.version, replace(CASA, phone="(530) 555-0111"))
    with pytest.raises(Conflict, match="changed by another user"):
        sam.facilities.update(casa.id, casa.version, replace(CASA, phone="(530) 555-0222"))

    assert sam.facilities.get(casa.id).details.phone == "(530) 555-0111"


def test_archive_hides_the_facility_but_keeps_the_row(database: Database) -> None:
    clock = SteppingClock()
    services = admin_services(database, clock)
    casa = services.facilities.create(CASA)

    archived = services.facilities.archive(casa.id, casa.version)

    assert archived.archived_at == clock.now
    assert services.facilities.list_facilities() == []
    assert [view.id for view in services.facilities.list_facilities(
        FacilityQuery(include_archived=True))] == [casa.id]
    with pytest.raises(Conflict, match="is archived"):
        services.facilities.update(casa.id, archived.version, CASA)
    # The name is free again for a new facility.
    assert services.facilities.create(CASA).id != casa.id
    assert [action for action, _ in audit_actions(database)] == [
        "create", "archive", "create"]


def test_case_managers_read_facilities_but_only_reference_keepers_write(
        database: Database) -> None:
    admin = admin_services(database)
    add_user(admin, "maria", Role.CASE_MANAGER)
    casa = admin.facilities.create(CASA)
    maria = signed_in(database, "maria")

    assert maria.facilities.get(casa.id).name == "Casa Esperanza Residential"
    with pytest.raises(PermissionDenied, match="change reference data"):
        maria.facilities.create(DAY_PROGRAM)
    with pytest.raises(NotFound, match="That facility does not exist"):
        maria.facilities.get(casa.id + 100)
