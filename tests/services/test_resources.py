"""The resource directory: find a service by words, category, language, age and open hours,
and read its detail with hours in plain words. HSDS rows go in with plain inserts (the
importer is another piece of work)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from sqlalchemy.orm import Session

from coordinator.domain.errors import NotFound, PermissionDenied
from coordinator.services.app import AppServices
from coordinator.services.resources import ResourceQuery
from coordinator.store.engine import Database
from coordinator.store.models import HsdsSchedule, HsdsService, HsdsServiceAtLocation
from tests.services.helpers import admin_services
from tests.services.hsds_rows import FOOD, HOUSING, PANTRY, SHELTER, VIVIENDA, add_directory, uuid

# Friday 27 November 2026.
FRIDAY_10 = datetime(2026, 11, 27, 10, 0)
FRIDAY_22 = datetime(2026, 11, 27, 22, 0)


@pytest.fixture
def services(database: Database) -> AppServices:
    add_directory(database)
    return admin_services(database)


def names(services: AppServices, **query: Any) -> list[str]:
    return [row.name for row in services.resources.search(ResourceQuery(**query)).rows]


def test_words_are_found_in_name_description_and_eligibility_without_accents(
        services: AppServices) -> None:
    assert names(services, text="VIVIENDA RAPIDA") == ["Vivienda rápida para familias"]
    # The name match first, then the description, then the shelter filed under Housing.
    assert names(services, text="housing") == [
        "Youth housing program", "Vivienda rápida para familias", "Emergency shelter beds"]
    assert names(services, text="adults 18") == ["Emergency shelter beds"]
    assert names(services, text="niños") == ["Vivienda rápida para familias"]
    assert names(services, text="harvest") == ["Weekly food pantry"]  # the organization
    assert names(services, text="housing nowhere") == []


def test_a_defunct_service_is_not_listed(services: AppServices) -> None:
    assert "Closed housing counter" not in names(services)
    assert len(names(services)) == 4


def test_category_and_language_filters(services: AppServices) -> None:
    assert names(services, category=HOUSING, language="es") == [
        "Vivienda rápida para familias"]
    assert names(services, category=FOOD) == ["Weekly food pantry"]
    assert names(services, text="housing", language="es") == ["Vivienda rápida para familias"]


def test_age_must_be_inside_the_service_range(services: AppServices) -> None:
    assert names(services, category=HOUSING, age=17) == [
        "Vivienda rápida para familias", "Youth housing program"]
    assert names(services, category=HOUSING, age=30) == [
        "Emergency shelter beds", "Vivienda rápida para familias"]


def test_open_now_reads_the_schedules(services: AppServices) -> None:
    assert names(services, open_at=FRIDAY_10) == ["Vivienda rápida para familias"]
    assert names(services, open_at=FRIDAY_22) == ["Emergency shelter beds"]


def test_rows_carry_organization_categories_languages_and_a_short_address(
        services: AppServices) -> None:
    results = services.resources.search(ResourceQuery(text="vivienda"))
    assert results.total == 1
    row = results.rows[0]
    assert (row.id, row.organization, row.categories, row.languages, row.address) == (
        VIVIENDA, "Hogar Seguro", ("Housing",), ("English", "Spanish"),
        "100 Levee Road, Riverbend")


def test_the_limit_cuts_the_rows_but_not_the_count(services: AppServices) -> None:
    results = services.resources.search(ResourceQuery(), limit=2)
    assert (len(results.rows), results.total) == (2, 4)


def test_the_detail_has_hours_in_words_phones_and_how_to_apply(services: AppServices) -> None:
    detail = services.resources.get(VIVIENDA)
    assert detail.hours == ("Mon–Fri 9:00–17:00", "Sat 10:00–14:00")
    assert [(phone.number, phone.kind) for phone in detail.phones] == [
        ("(530) 555-0101", "voice"), ("(530) 555-0199", "fax")]
    assert detail.addresses == ("100 Levee Road, Riverbend, CA 95901",)
    assert (detail.eligibility, detail.fees, detail.application_process) == (
        "Familias con niños", "Free", "Walk in or call.")
    assert (detail.website, detail.email) == ("https://org1.example.org", "help1@example.org")
    assert detail.languages == ("English", "Spanish")
    assert services.resources.get(PANTRY).hours == ("By appointment",)
    assert services.resources.get(SHELTER).hours == ("Every day 19:00–7:00",)


def test_the_filter_lists_name_what_is_there(services: AppServices) -> None:
    assert [(choice.value, choice.title) for choice in services.resources.categories()] == [
        (FOOD, "Food"), (HOUSING, "Housing")]
    assert [(choice.value, choice.title) for choice in services.resources.languages()] == [
        ("en", "English"), ("es", "Spanish")]


def test_an_unknown_service_and_a_signed_out_user_are_refused(
        services: AppServices, database: Database) -> None:
    with pytest.raises(NotFound, match="That service does not exist"):
        services.resources.get(uuid(2, 77))
    with pytest.raises(PermissionDenied, match="Sign in first"):
        AppServices(database).resources.search(ResourceQuery())


def test_a_service_without_its_own_hours_takes_those_of_its_location(
        services: AppServices, database: Database) -> None:
    location = uuid(4, 3)  # the food bank's building, open Saturdays
    with Session(database.engine) as session, session.begin():
        session.add(HsdsSchedule(id=uuid(10, 999), location_id=location, freq="WEEKLY",
                                 byday="SA", opens_at="08:00", closes_at="12:00"))
        session.add(HsdsService(id=uuid(2, 50), organization_id=uuid(3, 3),
                                name="SNAP application help", status="active"))
        session.flush()
        session.add(HsdsServiceAtLocation(id=uuid(5, 50), service_id=uuid(2, 50),
                                          location_id=location))

    assert services.resources.get(uuid(2, 50)).hours == ("Sat 8:00–12:00",)
    # The pantry keeps its own "By appointment" row rather than the building's hours.
    assert services.resources.get(PANTRY).hours == ("By appointment",)
    assert names(services, open_at=datetime(2026, 11, 28, 9, 0)) == ["SNAP application help"]
