"""A small HSDS directory inserted with plain SQLAlchemy, for resource tests (service, UI).

The HSDS importer is separate work; these rows are what it would write for four services.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from coordinator.store.engine import Database
from coordinator.store.models import (
    HsdsAddress,
    HsdsAttribute,
    HsdsLanguage,
    HsdsLocation,
    HsdsOrganization,
    HsdsPhone,
    HsdsSchedule,
    HsdsService,
    HsdsServiceAtLocation,
    HsdsTaxonomyTerm,
)

HOUSING = "11111111-0000-4000-8000-000000000001"
FOOD = "11111111-0000-4000-8000-000000000002"
VIVIENDA = "22222222-0000-4000-8000-000000000001"
SHELTER = "22222222-0000-4000-8000-000000000002"
PANTRY = "22222222-0000-4000-8000-000000000003"
YOUTH = "22222222-0000-4000-8000-000000000004"


def uuid(prefix: int, number: int) -> str:
    return f"{prefix:08d}-0000-4000-8000-{number:012d}"


def add_directory(database: Database) -> None:
    """Four services: Spanish rapid rehousing, an all-night shelter, a pantry, youth housing."""
    rows: list[Any] = [
        HsdsTaxonomyTerm(id=HOUSING, code="housing", name="Housing", category="housing"),
        HsdsTaxonomyTerm(id=FOOD, code="food", name="Food", category="food"),
    ]
    specs = [
        (VIVIENDA, "Hogar Seguro", "Vivienda rápida para familias",
         "Rapid rehousing and deposit help for families.", "Familias con niños",
         ("es", "en"), [("WEEKLY", "MO,TU,WE,TH,FR", "09:00", "17:00", None),
                        ("WEEKLY", "SA", "10:00", "14:00", None)], HOUSING, (None, None)),
        (SHELTER, "Riverbend Shelter Network", "Emergency shelter beds",
         "Year-round shelter for single adults; intake nightly.", "Adults 18 and over",
         ("en",), [("WEEKLY", "MO,TU,WE,TH,FR,SA,SU", "19:00", "07:00", None)], HOUSING,
         (18, None)),
        (PANTRY, "Valley Harvest Food Bank", "Weekly food pantry",
         "Groceries once a week.", "Anyone in need", ("en", "es"),
         [(None, None, None, None, "By appointment")], FOOD, (None, None)),
        (YOUTH, "Pathways Youth", "Youth housing program", "Transitional housing.",
         "Ages 16 to 24", ("en",), [("WEEKLY", "MO,WE", "12:00", "16:00", None)], HOUSING,
         (16, 24)),
    ]
    for number, (service_id, org, name, description, eligibility, languages, schedules,
                 term, ages) in enumerate(specs, start=1):
        org_id, location_id = uuid(3, number), uuid(4, number)
        rows += [
            HsdsOrganization(id=org_id, name=org, website=f"https://org{number}.example.org"),
            HsdsService(id=service_id, organization_id=org_id, name=name,
                        description=description, eligibility_description=eligibility,
                        fees_description="Free", application_process="Walk in or call.",
                        email=f"help{number}@example.org", status="active",
                        minimum_age=ages[0], maximum_age=ages[1]),
            HsdsLocation(id=location_id, organization_id=org_id, name=org),
            HsdsServiceAtLocation(id=uuid(5, number), service_id=service_id,
                                  location_id=location_id),
            HsdsAddress(id=uuid(6, number), location_id=location_id,
                        address_1=f"{number}00 Levee Road", city="Riverbend",
                        state_province="CA", postal_code="95901"),
            HsdsPhone(id=uuid(7, number), service_id=service_id,
                      number=f"(530) 555-01{number:02d}", type="voice"),
            HsdsAttribute(id=uuid(8, number), link_id=service_id, taxonomy_term_id=term,
                          link_type="service_category", link_entity="service"),
        ]
        names = {"en": "English", "es": "Spanish"}
        rows += [HsdsLanguage(id=uuid(9, number * 10 + index), service_id=service_id,
                              code=code, name=names[code])
                 for index, code in enumerate(languages)]
        rows += [HsdsSchedule(id=uuid(10, number * 10 + index), service_id=service_id,
                              freq=freq, byday=byday, opens_at=opens, closes_at=closes,
                              description=text)
                 for index, (freq, byday, opens, closes, text) in enumerate(schedules)]
    rows.append(HsdsService(id=uuid(2, 99), organization_id=uuid(3, 1),
                            name="Closed housing counter", status="defunct"))
    rows.append(HsdsPhone(id=uuid(7, 99), organization_id=uuid(3, 1),
                          number="(530) 555-0199", type="fax", description="Referrals"))
    with Session(database.engine) as session, session.begin():
        for row in rows:
            session.add(row)
            session.flush()
