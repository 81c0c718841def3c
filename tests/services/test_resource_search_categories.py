"""Resource search by words finds services by the taxonomy terms they are filed under
("housing" finds the shelter beds and the eviction help filed under Housing) and lists
name matches first, then other text, then category matches; on the demo directory."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.orm import Session

from coordinator.demo import DEMO_PASSWORD, generate_demo
from coordinator.services.app import AppServices
from coordinator.services.resources import ResourceQuery
from coordinator.store.engine import Database
from coordinator.store.models import HsdsAttribute, HsdsTaxonomyTerm
from tests.services.helpers import admin_services, signed_in
from tests.services.hsds_rows import add_directory, uuid


@pytest.fixture
def demo_directory(database: Database) -> AppServices:
    generate_demo(database, clients=5, seed=3, today=date(2026, 11, 27))
    return signed_in(database, "admin", password=DEMO_PASSWORD)


def names(services: AppServices, text: str) -> list[str]:
    return [row.name for row in services.resources.search(ResourceQuery(text=text)).rows]


def test_housing_finds_every_service_filed_under_housing_name_matches_first(
        demo_directory: AppServices) -> None:
    housing = [choice.value for choice in demo_directory.resources.categories()
               if choice.title == "Housing"]
    filed = demo_directory.resources.search(ResourceQuery(category=housing[0])).rows
    found = names(demo_directory, "housing")
    assert {row.name for row in filed} <= set(found)
    assert "Emergency shelter beds" in found and "Eviction prevention" in found
    # The one whose name says housing, then those whose own words do, then by category.
    assert found[0] == "Housing voucher applications"
    assert found.index("Vivienda rápida para familias") < found.index("Emergency shelter beds")
    assert found[-3:] == ["Emergency shelter beds", "Eviction prevention",
                          "Recovery residence placement"]


def test_words_may_mix_a_category_and_a_service_s_own_words(
        demo_directory: AppServices) -> None:
    assert names(demo_directory, "housing eviction") == ["Eviction prevention"]
    assert names(demo_directory, "Vivienda, HOUSING") == ["Vivienda rápida para familias"]
    assert names(demo_directory, "housing pizza") == []
    assert names(demo_directory, ",,, !!") == names(demo_directory, "")


def test_a_narrower_term_is_found_by_its_parent_s_name(database: Database) -> None:
    """An imported taxonomy files a service under "Emergency shelter", a term whose parent
    is "Housing": the search for housing still finds it."""
    add_directory(database)
    services = admin_services(database)
    shelter_term, parent = uuid(11111111, 90), uuid(11111111, 91)
    shelter = services.resources.search(ResourceQuery(text="Emergency shelter beds")).rows[0]
    with Session(database.engine) as session, session.begin():
        session.add_all([
            HsdsTaxonomyTerm(id=parent, name="Housing and shelter", description="",
                             extra={}),
            HsdsTaxonomyTerm(id=shelter_term, name="Emergency shelter", parent_id=parent,
                             description="", extra={}),
        ])
        session.query(HsdsAttribute).filter(HsdsAttribute.link_id == shelter.id).delete()
        session.add(HsdsAttribute(id=uuid(33333333, 90), link_id=shelter.id,
                                  taxonomy_term_id=shelter_term, link_type="service",
                                  extra={}))
    assert "Emergency shelter beds" in names(services, "housing")
    assert names(services, "housing shelter adults") == ["Emergency shelter beds"]
