"""The responsible clinician of a client and the clinic's own NPI and license (both
engines): an NPI failing the CMS check digit is refused in words and nothing is saved."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from coordinator.domain.errors import Conflict, PermissionDenied, ValidationError
from coordinator.domain.roles import Role
from coordinator.services.app import AppServices
from coordinator.services.clinician import ClinicianInput
from coordinator.services.dto import ClientInput
from coordinator.services.notify import Change
from coordinator.store.engine import Database
from coordinator.store.models import AuditEvent, Client
from tests.services.helpers import SteppingClock, add_user, admin_services, signed_in

RUIZ = ClinicianInput("Dr. Ana Ruiz", "MD", "1234567893", "(562) 555-0100")


def clinician_audits(database: Database) -> list[str]:
    with database.engine.connect() as connection:
        return list(connection.execute(select(AuditEvent.detail).where(
            AuditEvent.entity_type == "client",
            AuditEvent.detail.like("responsible clinician%")).order_by(AuditEvent.id)
        ).scalars())


def stored(database: Database, client_id: int) -> tuple[str, str, str, str]:
    with database.engine.connect() as connection:
        row = connection.execute(select(
            Client.clinician_name, Client.clinician_credentials, Client.clinician_npi,
            Client.clinician_phone).where(Client.id == client_id)).one()
    return (row[0], row[1], row[2], row[3])


@pytest.fixture
def clock() -> SteppingClock:
    return SteppingClock()


@pytest.fixture
def carla(database: Database, clock: SteppingClock) -> AppServices:
    admin = admin_services(database, clock)
    add_user(admin, "carla", Role.CASE_MANAGER)
    return signed_in(database, "carla", clock)


@pytest.fixture
def maria_id(carla: AppServices) -> int:
    return carla.clients.create(ClientInput("María", "Núñez", date(1988, 5, 14))).id


def test_a_clinician_with_a_valid_npi_is_recorded_changed_and_cleared(
        database: Database, carla: AppServices, maria_id: int) -> None:
    changes: list[Change] = []
    carla.notifier.subscribe(changes.extend)
    before = carla.clinician.clinician_of(maria_id)
    assert not before.recorded and before.details == ClinicianInput()

    saved = carla.clinician.set_clinician(maria_id, before.client_version, replace(
        RUIZ, name="  Dr. Ana Ruiz ", npi="1234 567 893"))
    assert saved.details == RUIZ
    assert saved.client_version == before.client_version + 1
    assert carla.clients.get(maria_id).version == saved.client_version
    assert [c.topic for c in changes] == ["client"] and maria_id in changes[0].ids

    phone = carla.clinician.set_clinician(maria_id, saved.client_version,
                                          replace(RUIZ, phone="(562) 555-0111"))
    assert carla.clinician.clinician_of(maria_id).details.phone == "(562) 555-0111"
    unchanged = carla.clinician.set_clinician(maria_id, phone.client_version, phone.details)
    assert unchanged.client_version == phone.client_version  # nothing to save, no audit
    cleared = carla.clinician.set_clinician(maria_id, phone.client_version, ClinicianInput())
    assert not cleared.recorded
    assert stored(database, maria_id) == ("", "", "", "")
    assert clinician_audits(database) == [
        "responsible clinician: name, credentials, npi, phone",
        "responsible clinician: phone",
        "responsible clinician: cleared",
    ]


def test_an_npi_failing_the_check_digit_is_refused_naming_it_and_nothing_is_saved(
        database: Database, carla: AppServices, maria_id: int) -> None:
    version = carla.clinician.clinician_of(maria_id).client_version
    with pytest.raises(ValidationError) as caught:
        carla.clinician.set_clinician(maria_id, version, replace(RUIZ, npi="1234567890"))
    assert caught.value.fields == {"npi": (
        "The NPI 1234567890 is not a valid NPI: its last digit is a check digit, which for "
        "these first nine digits would be 3; check for a mistyped digit.")}
    with pytest.raises(ValidationError) as caught:
        carla.clinician.set_clinician(maria_id, version, replace(RUIZ, npi="123456789"))
    assert caught.value.fields == {"npi": "The NPI is 10 digits (this has 9)."}
    with pytest.raises(ValidationError) as caught:
        carla.clinician.set_clinician(maria_id, version, replace(RUIZ, npi="12345678AB"))
    assert caught.value.fields == {
        "npi": "The NPI is 10 digits, with no letters or other signs."}
    assert stored(database, maria_id) == ("", "", "", "")
    assert carla.clients.get(maria_id).version == version
    assert clinician_audits(database) == []


def test_a_clinician_needs_a_name_once_anything_else_is_filled(
        database: Database, carla: AppServices, maria_id: int) -> None:
    version = carla.clinician.clinician_of(maria_id).client_version
    with pytest.raises(ValidationError) as caught:
        carla.clinician.set_clinician(maria_id, version, ClinicianInput(
            "", "PMHNP-BC", "", "(562) 555-0100"))
    assert caught.value.fields == {
        "name": "Enter the clinician's name, or clear the other fields."}
    with pytest.raises(ValidationError) as caught:
        carla.clinician.set_clinician(maria_id, version, replace(RUIZ, credentials="M" * 61))
    assert caught.value.fields == {
        "credentials": "Clinician credentials: at most 60 characters (this has 61)."}
    # An NPI is optional.
    saved = carla.clinician.set_clinician(maria_id, version, replace(RUIZ, npi=""))
    assert stored(database, maria_id) == ("Dr. Ana Ruiz", "MD", "", "(562) 555-0100")
    assert saved.details.npi == ""


def test_a_clinician_saved_on_an_old_version_of_the_client_is_refused(
        database: Database, carla: AppServices, maria_id: int, clock: SteppingClock) -> None:
    read = carla.clinician.clinician_of(maria_id)
    other = signed_in(database, "carla", clock)
    record = other.clients.get(maria_id)
    other.clients.update(maria_id, record.version,
                         replace(record.details, phone="(562) 555-0123"))
    with pytest.raises(Conflict, match="changed by another user"):
        carla.clinician.set_clinician(maria_id, read.client_version, RUIZ)
    assert stored(database, maria_id) == ("", "", "", "")
    assert carla.clients.get(maria_id).details.phone == "(562) 555-0123"


def test_an_archived_record_takes_no_clinician(
        database: Database, carla: AppServices, maria_id: int) -> None:
    archived = carla.clients.archive(maria_id, carla.clients.get(maria_id).version)
    with pytest.raises(ValidationError, match="archived; restore it first"):
        carla.clinician.set_clinician(maria_id, archived.version, RUIZ)
    assert stored(database, maria_id) == ("", "", "", "")


def test_the_clinic_npi_setting_is_checked_and_the_license_kept(
        database: Database, clock: SteppingClock) -> None:
    admin = admin_services(database, clock)
    with pytest.raises(ValidationError) as caught:
        admin.settings.update({"clinic_name": "Riverside Recovery Center",
                               "clinic_npi": "1234567890"})
    assert caught.value.fields == {"clinic_npi": (
        "Clinic NPI 1234567890 is not a valid NPI: its last digit is a check digit, which "
        "for these first nine digits would be 3; check for a mistyped digit.")}
    assert admin.settings.get("clinic_name") == ""  # nothing saved

    saved = admin.settings.update({"clinic_npi": " 1234-567893 ",
                                   "clinic_license": "DHCS license 190000AP"})
    assert saved["clinic_npi"] == "1234567893"
    assert admin.settings.get("clinic_license") == "DHCS license 190000AP"
    assert admin.settings.update({"clinic_npi": ""})["clinic_npi"] == ""


def test_a_read_only_user_reads_the_clinician_but_cannot_set_one(
        database: Database, carla: AppServices, maria_id: int, clock: SteppingClock) -> None:
    version = carla.clinician.clinician_of(maria_id).client_version
    carla.clinician.set_clinician(maria_id, version, RUIZ)
    admin = signed_in(database, "ana", clock, password="admin-password-1")
    add_user(admin, "reader", Role.READ_ONLY)
    reader = signed_in(database, "reader", clock)
    read = reader.clinician.clinician_of(maria_id)
    assert read.details == RUIZ
    with pytest.raises(PermissionDenied):
        reader.clinician.set_clinician(maria_id, read.client_version, ClinicianInput())
    assert stored(database, maria_id) == ("Dr. Ana Ruiz", "MD", "1234567893", "(562) 555-0100")
