"""The HSDS 3.0 specification's examples, and packages the tests write themselves.

The examples (Open Referral HSDS 3.0, CC BY-SA 4.0, see the LICENSE beside them) are kept
in ``tests/data/hsds-3.0`` so that a clean clone tests the same files everywhere;
``COORDINATOR_HSDS_EXAMPLES`` points elsewhere (e.g. a newer copy of the specification's
examples). A missing folder fails the tests loudly rather than skipping them.
"""

from __future__ import annotations

import csv
import os
import shutil
import uuid
from pathlib import Path

EXAMPLES = Path(os.environ.get(
    "COORDINATOR_HSDS_EXAMPLES",
    Path(__file__).resolve().parents[1] / "data" / "hsds-3.0"))
SPEC_CSV = EXAMPLES / "csv"
SPEC_JSON = EXAMPLES / "json"
SPEC_SCHEMA = EXAMPLES / "schema"

ORGANIZATION_ID = "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610"
SERVICE_ID = "ac148810-d857-441c-9679-408f346de14b"
LOCATION_ID = "3a19ff88-4620-4d17-9830-ac1d859eb5d5"
PHONE_ID = "1554f2e2-a373-45db-a3fa-9fc48a61c15e"
SCHEDULE_ID = "48102e86-bb50-41c4-8f1e-e269368c41d1"

KHMER = "សេវាសុខភាពផ្លូវចិត្ត"  # "mental health services"
SPANISH = "Vivienda de transición, señora Núñez; ¿cómo solicitar?"


def copy_spec_package(target: Path) -> Path:
    """A writable copy of the specification's example package."""
    shutil.copytree(SPEC_CSV, target)
    return target


def rewrite_cell(path: Path, row: int, column: str, value: str) -> None:
    """Set one cell of a CSV (row numbers as a spreadsheet shows them: header is 1)."""
    with path.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    rows[row - 1][rows[0].index(column)] = value
    with path.open("w", encoding="utf-8", newline="") as stream:
        csv.writer(stream).writerows(rows)


def drop_column(path: Path, column: str) -> None:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    index = rows[0].index(column)
    with path.open("w", encoding="utf-8", newline="") as stream:
        csv.writer(stream).writerows([cells[:index] + cells[index + 1:] for cells in rows])


def _id(kind: str, number: int) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"https://example.org/{kind}/{number}"))


def generated_package(folder: Path, services: int = 300) -> Path:
    """A package with ``services`` services over a tenth as many organizations.

    Text holds what breaks naive CSV code: commas, quotes, embedded newlines, Spanish and
    Khmer; every file starts with a UTF-8 byte-order mark, as Excel writes them; services
    carry an unknown extra column.
    """
    folder.mkdir(parents=True)
    organizations = max(1, services // 10)
    tables: dict[str, list[list[str]]] = {
        "organizations.csv": [["id", "name", "description"]],
        "services.csv": [["id", "organization_id", "name", "description", "status",
                          "minimum_age", "assured_date", "x_intake_notes"]],
        "locations.csv": [["id", "location_type", "name", "latitude", "longitude"]],
        "service_at_location.csv": [["id", "service_id", "location_id", "description"]],
        "phones.csv": [["id", "service_id", "number", "type"]],
        "schedules.csv": [["id", "service_id", "byday", "freq", "opens_at", "closes_at",
                           "valid_from"]],
        "languages.csv": [["id", "service_id", "name", "code"]],
    }
    for number in range(organizations):
        tables["organizations.csv"].append([
            _id("organization", number), f"Centro Comunitario {number}, Inc.",
            f"Organización sin fines de lucro, \"la casa\" {number}.\n{KHMER}"])
        tables["locations.csv"].append([
            _id("location", number), "physical", f"Sitio {number}, Calle Ñandú",
            f"{34 + number / 1000}", f"-118.{number:03d}5"])
    for number in range(services):
        organization = number % organizations
        tables["services.csv"].append([
            _id("service", number), _id("organization", organization),
            f"{KHMER} {number}" if number % 3 == 0 else f"Vivienda {number}, familias",
            f"{SPANISH}\nLínea 2, \"citada\", con comas, {number}.",
            "active", str(number % 18), f"2025-{number % 12 + 1:02d}-15",
            f"Llame antes, por favor {number}"])
        tables["service_at_location.csv"].append([
            _id("service_at_location", number), _id("service", number),
            _id("location", organization), f"En el sitio {organization}"])
        tables["phones.csv"].append([
            _id("phone", number), _id("service", number), f"+1 555 01{number:04d}",
            "voice"])
        tables["schedules.csv"].append([
            _id("schedule", number), _id("service", number), "MO,TU,WE,TH,FR", "WEEKLY",
            "09:00", "17:00", "2025-01-01"])
        tables["languages.csv"].append([
            _id("language", number), _id("service", number),
            "Khmer" if number % 2 else "Español", "km" if number % 2 else "es"])
    for name, rows in tables.items():
        with (folder / name).open("w", encoding="utf-8-sig", newline="") as stream:
            csv.writer(stream).writerows(rows)
    return folder
