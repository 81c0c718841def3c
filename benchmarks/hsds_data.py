"""A generated HSDS 3.0 package for timing the importer: organizations, services, one
location, address, phone, schedule and language per service, as a real county directory
has them. Ids are UUID 5 of the row number, so the same size always gives the same files.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from coordinator.interop.hsds_write import write_package

_NAMESPACE = uuid.UUID("5b3c6a52-8a57-4a4e-9f0e-6f1c2b7d9e10")
SERVICES_PER_ORGANIZATION = 10


def _id(kind: str, number: int) -> str:
    return str(uuid.uuid5(_NAMESPACE, f"{kind}-{number}"))


def write_directory(folder: Path, services: int) -> Path:
    """Write a package of ``services`` services into ``folder`` (kept if already there)."""
    if (folder / "datapackage.json").exists():
        return folder
    tables: dict[str, list[dict[str, Any]]] = {
        name: [] for name in ("organization", "location", "service", "service_at_location",
                              "address", "phone", "schedule", "language")}
    for number in range(services):
        organization = _id("organization", number // SERVICES_PER_ORGANIZATION)
        if number % SERVICES_PER_ORGANIZATION == 0:
            tables["organization"].append({
                "id": organization, "name": f"Community Agency {number // 10:05d}",
                "description": "A county agency, with commas, and \"quotes\"."})
        service, location = _id("service", number), _id("location", number)
        tables["service"].append({
            "id": service, "organization_id": organization, "status": "active",
            "name": f"Housing help {number:05d}",
            "description": "Rental help; vivienda de transición.\nSecond line.",
            "eligibility_description": "Adults in the county", "minimum_age": 18})
        tables["location"].append({"id": location, "organization_id": organization,
                                   "location_type": "physical", "name": "Main office"})
        tables["service_at_location"].append({"id": _id("sal", number),
                                              "service_id": service, "location_id": location})
        tables["address"].append({
            "id": _id("address", number), "location_id": location,
            "address_1": f"{number} Main St", "city": "Millbrook", "state_province": "CA",
            "postal_code": "95913", "country": "US", "address_type": "physical"})
        tables["phone"].append({"id": _id("phone", number), "service_id": service,
                                "number": f"(530) 555-{number % 10000:04d}"})
        tables["schedule"].append({
            "id": _id("schedule", number), "service_id": service, "freq": "WEEKLY",
            "byday": "MO,TU,WE,TH,FR", "opens_at": "09:00", "closes_at": "17:00"})
        tables["language"].append({"id": _id("language", number), "service_id": service,
                                   "name": "Spanish", "code": "es"})
    write_package(folder, tables)
    return folder
