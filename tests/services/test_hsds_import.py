"""Importing and exporting the resource directory as HSDS 3.0, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from coordinator.domain.errors import PermissionDenied
from coordinator.domain.roles import Role
from coordinator.interop.hsds_tables import HsdsImportError
from coordinator.services.app import AppServices
from coordinator.services.hsds import MODELS, ImportCancelled
from coordinator.store.engine import Database
from coordinator.store.models import AuditEvent
from coordinator.store.models import resources as m
from tests.interop.hsds_helpers import (
    KHMER,
    LOCATION_ID,
    ORGANIZATION_ID,
    PHONE_ID,
    SCHEDULE_ID,
    SERVICE_ID,
    SPANISH,
    SPEC_CSV,
    SPEC_JSON,
    copy_spec_package,
    drop_column,
    generated_package,
    rewrite_cell,
)
from tests.services.helpers import add_user, admin_services, signed_in


def directory(database: Database) -> dict[str, list[dict[str, Any]]]:
    """Every directory row as a plain dict, per table, ordered by id."""
    with database.engine.connect() as connection:
        return {name: [dict(row._mapping) for row in connection.execute(
                    select(model.__table__).order_by(model.__table__.c.id))]
                for name, model in MODELS.items()}


def audit_events(database: Database) -> int:
    with database.engine.connect() as connection:
        return connection.execute(select(func.count(AuditEvent.id))).scalar_one()


@pytest.fixture
def admin(database: Database) -> AppServices:
    return admin_services(database)


def test_the_specification_package_fills_the_directory(admin: AppServices,
                                                       database: Database) -> None:
    summary = admin.hsds.import_path(SPEC_CSV)
    assert (summary.added, summary.updated, summary.unchanged) == (12, 0, 0)
    assert summary.count("service").added == 1
    with admin.ctx.unit_of_work(write=False) as uow:
        organization = uow.session.get(m.HsdsOrganization, ORGANIZATION_ID)
        service = uow.session.get(m.HsdsService, SERVICE_ID)
        location = uow.session.get(m.HsdsLocation, LOCATION_ID)
        phone = uow.session.get(m.HsdsPhone, PHONE_ID)
        schedule = uow.session.get(m.HsdsSchedule, SCHEDULE_ID)
        assert organization is not None and organization.name == "Example Organization Inc."
        assert organization.year_incorporated == 2011
        assert service is not None and service.name == "Community Counselling"
        assert service.organization_id == ORGANIZATION_ID and service.status == "active"
        assert (service.minimum_age, service.maximum_age) == (12.0, 100.0)
        assert service.assured_date == date(2005, 1, 1)
        assert location is not None and location.name == "MyCity Civic Center"
        assert phone is not None and phone.number == '"+44 1234 234567"'
        assert (phone.extension, phone.type) == ("100", "voice")
        assert schedule is not None and schedule.byday == "TH,FR"
        assert (schedule.opens_at, schedule.closes_at, schedule.freq) == (
            "10:00:00", "18:00:00", "WEEKLY")
    assert audit_events(database) > 0


@pytest.mark.parametrize("name", ["service_full.json", "organization_full.json",
                                  "service_at_location_full.json"])
def test_each_json_example_fills_the_directory(admin: AppServices, database: Database,
                                               name: str) -> None:
    summary = admin.hsds.import_path(SPEC_JSON / name)
    assert summary.added == 12
    rows = directory(database)
    assert [row["name"] for row in rows["service"]] == ["Community Counselling"]
    assert [row["name"] for row in rows["organization"]] == ["Example Organization Inc."]
    assert [row["name"] for row in rows["location"]] == ["MyCity Civic Center"]
    assert rows["service_at_location"][0]["service_id"] == SERVICE_ID
    assert rows["phone"][0]["service_id"] == SERVICE_ID
    assert rows["phone"][0]["location_id"] == LOCATION_ID
    assert rows["schedule"][0]["valid_from"] == date(2005, 1, 1)
    assert rows["language"][0]["name"] == "Urdu"


def test_importing_the_same_data_again_updates_rather_than_duplicates(
        admin: AppServices, database: Database) -> None:
    admin.hsds.import_path(SPEC_CSV)
    before = directory(database)
    again = admin.hsds.import_path(SPEC_CSV)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 12)
    assert directory(database) == before


def test_a_changed_row_is_updated_in_place(admin: AppServices, database: Database,
                                           tmp_path: Path) -> None:
    admin.hsds.import_path(SPEC_CSV)
    package = copy_spec_package(tmp_path / "package")
    rewrite_cell(package / "services.csv", 2, "name", "Consejería comunitaria")
    summary = admin.hsds.import_path(package)
    assert summary.count("service").updated == 1 and summary.added == 0
    assert [row["name"] for row in directory(database)["service"]] == [
        "Consejería comunitaria"]


def test_export_then_reimport_changes_nothing(admin: AppServices, database: Database,
                                              tmp_path: Path) -> None:
    admin.hsds.import_path(SPEC_CSV)
    admin.hsds.import_path(SPEC_JSON / "organization_full.json")
    before = directory(database)
    exported = admin.hsds.export_to(tmp_path / "export")
    assert dict(exported.rows)["service"] == 1
    # Tables the directory does not model travel in their owner's extra and come back out.
    cost_options = (tmp_path / "export" / "cost_options.csv").read_text(encoding="utf-8")
    assert "Under 18s and Over 60s" in cost_options
    again = admin.hsds.import_path(tmp_path / "export")
    assert (again.added, again.updated) == (0, 0)
    assert directory(database) == before


@pytest.mark.parametrize("break_package", ["missing column", "unknown organization",
                                           "bad uuid", "bad date"])
def test_a_malformed_package_is_refused_and_the_directory_is_unchanged(
        admin: AppServices, database: Database, tmp_path: Path, break_package: str) -> None:
    admin.hsds.import_path(SPEC_JSON / "service_full.json")
    package = copy_spec_package(tmp_path / "package")
    unknown = "0b5b5cb3-6a3e-4d36-9f43-4a1f6bd0c0d1"
    expected = {
        "missing column": ("services.csv", 1, "status",
                           "the required column is missing from the header"),
        "unknown organization": (
            "services.csv", 2, "organization_id",
            f"no organization with the id {unknown} is in this data or already in the "
            "directory"),
        "bad uuid": ("phones.csv", 2, "service_id",
                     "'ac148810-d857' is not a UUID (like 3a19ff88-4620-4d17-9830-ac1d859eb5d5)"),
        "bad date": ("schedules.csv", 2, "valid_to", "'2005-1-1' is not a date (YYYY-MM-DD)"),
    }[break_package]
    # A new name everywhere, so a half-done import would show.
    rewrite_cell(package / "organizations.csv", 2, "name", "Should not be saved")
    if break_package == "missing column":
        drop_column(package / "services.csv", "status")
    elif break_package == "unknown organization":
        rewrite_cell(package / "services.csv", 2, "organization_id", unknown)
    elif break_package == "bad uuid":
        rewrite_cell(package / "phones.csv", 2, "service_id", "ac148810-d857")
    else:
        rewrite_cell(package / "schedules.csv", 2, "valid_to", "2005-1-1")
    before, events = directory(database), audit_events(database)
    with pytest.raises(HsdsImportError) as caught:
        admin.hsds.import_path(package)
    file, row, field, reason = expected
    assert (caught.value.file, caught.value.row, caught.value.field) == (file, row, field)
    assert str(caught.value) == f"{file}, row {row}, field {field}: {reason}."
    assert directory(database) == before
    assert audit_events(database) == events


def test_a_service_may_point_to_an_organization_already_in_the_directory(
        admin: AppServices, database: Database, tmp_path: Path) -> None:
    admin.hsds.import_path(SPEC_CSV)
    package = tmp_path / "package"
    package.mkdir()
    (package / "services.csv").write_text(
        "id,organization_id,name,status\r\n"
        f"6f1d6a8e-1b7e-4a57-9d3c-0c3f1c6a2b10,{ORGANIZATION_ID},Banco de comida,active\r\n",
        encoding="utf-8")
    assert admin.hsds.import_path(package).count("service").added == 1
    assert len(directory(database)["service"]) == 2


def test_a_large_generated_package_round_trips_with_its_text_intact(
        admin: AppServices, database: Database, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    summary = admin.hsds.import_path(generated_package(tmp_path / "generated"),
                                     progress=lambda done, total: seen.append((done, total)))
    assert summary.count("service").added == 300
    assert summary.count("organization").added == 30
    assert seen[-1] == (1560, 1560)
    rows = directory(database)
    services = {row["name"]: row for row in rows["service"]}
    assert services[f"{KHMER} 0"]["description"] == (
        f"{SPANISH}\nLínea 2, \"citada\", con comas, 0.")
    assert services["Vivienda 1, familias"]["extra"] == {
        "x_intake_notes": "Llame antes, por favor 1"}
    admin.hsds.export_to(tmp_path / "export")
    again = admin.hsds.import_path(tmp_path / "export")
    assert (again.added, again.updated, again.unchanged) == (0, 0, 1560)
    assert directory(database) == rows


def test_cancel_leaves_the_directory_as_it_was(admin: AppServices, database: Database,
                                               tmp_path: Path) -> None:
    package = generated_package(tmp_path / "generated", services=1200)
    saved: list[int] = []
    with pytest.raises(ImportCancelled, match="the directory is unchanged"):
        admin.hsds.import_path(package, progress=lambda done, total: saved.append(done),
                               cancelled=lambda: len(saved) >= 2)
    assert saved and all(not rows for rows in directory(database).values())


def test_a_case_manager_may_export_but_not_import(admin: AppServices, database: Database,
                                                  tmp_path: Path) -> None:
    admin.hsds.import_path(SPEC_CSV)
    add_user(admin, "maria", Role.CASE_MANAGER)
    maria = signed_in(database, "maria")
    assert maria.hsds.export_to(tmp_path / "out").total == 12
    with pytest.raises(PermissionDenied, match="change reference data"):
        maria.hsds.import_path(tmp_path / "out")


def test_text_longer_than_its_column_is_refused_on_every_engine(
        admin: AppServices, database: Database, tmp_path: Path) -> None:
    package = copy_spec_package(tmp_path / "package")
    rewrite_cell(package / "addresses.csv", 2, "country", "USA")
    with pytest.raises(HsdsImportError) as caught:
        admin.hsds.import_path(package)
    assert str(caught.value) == ("addresses.csv, row 2, field country: is 3 characters "
                                 "long; at most 2 fit.")
    assert all(not rows for rows in directory(database).values())


def test_a_control_character_in_the_data_is_refused_naming_file_row_and_field(
        admin: AppServices, database: Database, tmp_path: Path) -> None:
    package = copy_spec_package(tmp_path / "package")
    rewrite_cell(package / "services.csv", 2, "name", "Counseling\x07 services")
    with pytest.raises(HsdsImportError) as caught:
        admin.hsds.import_path(package)
    assert str(caught.value) == ("services.csv, row 2, field name: holds an invisible "
                                 "control character (U+0007).")
    assert all(not rows for rows in directory(database).values())
