"""Reading and writing HSDS 3.0 files, without a database: cells, errors, round trips."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coordinator.interop.hsds_json import read_json
from coordinator.interop.hsds_package import HsdsData, read_csv_package
from coordinator.interop.hsds_tables import (
    KEPT_TABLES,
    TABLES,
    TABLES_BY_NAME,
    HsdsImportError,
    Table,
)
from coordinator.interop.hsds_write import write_package
from coordinator.store.models import resources
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
    SPEC_SCHEMA,
    copy_spec_package,
    drop_column,
    generated_package,
    rewrite_cell,
)


def values(data: HsdsData, table: str, row_id: str) -> dict[str, object]:
    return data.tables[table][row_id].values


def as_tables(data: HsdsData) -> dict[str, list[dict[str, object]]]:
    return {name: [row.values for row in rows.values()] for name, rows in data.tables.items()}


def test_each_table_names_exactly_the_columns_the_store_keeps() -> None:
    models = {model.__tablename__: model for model in vars(resources).values()
              if isinstance(model, type) and hasattr(model, "__tablename__")}
    for table in TABLES:
        stored = {column.name for column in models[f"hsds_{table.name}"].__table__.columns}
        # category is our own mapping of a term to a referral category, not HSDS.
        assert set(table.column_names) == stored - {"extra", "category"}


def test_the_specification_example_package_reads_with_its_values() -> None:
    data = read_csv_package(SPEC_CSV)
    assert set(data.counts().values()) == {1}
    organization = values(data, "organization", ORGANIZATION_ID)
    assert organization["name"] == "Example Organization Inc."
    assert organization["year_incorporated"] == 2011
    service = values(data, "service", SERVICE_ID)
    assert service["name"] == "Community Counselling"
    assert service["organization_id"] == ORGANIZATION_ID
    assert (service["minimum_age"], service["maximum_age"]) == (12.0, 100.0)
    assert service["assured_date"] == date(2005, 1, 1)
    assert service["last_modified"] == "2023-03-15T10:30:45.123Z"
    location = values(data, "location", LOCATION_ID)
    assert (location["name"], location["latitude"]) == ("MyCity Civic Center", 100.0)
    phone = values(data, "phone", PHONE_ID)
    # The example quotes the number inside the cell; it is kept exactly as sent.
    assert (phone["number"], phone["extension"]) == ('"+44 1234 234567"', "100")
    schedule = values(data, "schedule", SCHEDULE_ID)
    assert (schedule["byday"], schedule["opens_at"], schedule["closes_at"]) == (
        "TH,FR", "10:00:00", "18:00:00")
    assert (schedule["freq"], schedule["count"], schedule["timezone"]) == ("WEEKLY", 3, 3.0)


@pytest.mark.parametrize("name", ["service_full.json", "organization_full.json",
                                  "service_at_location_full.json"])
def test_each_nested_json_example_flattens_to_linked_rows(name: str) -> None:
    data = read_json(SPEC_JSON / name)
    assert set(data.counts().values()) == {1}
    assert values(data, "service", SERVICE_ID)["organization_id"] == ORGANIZATION_ID
    service_at_location = next(iter(data.tables["service_at_location"].values())).values
    assert (service_at_location["service_id"], service_at_location["location_id"]) == (
        SERVICE_ID, LOCATION_ID)
    phone = values(data, "phone", PHONE_ID)
    # One phone sits under the service, its location, its organization and a contact.
    assert (phone["service_id"], phone["location_id"], phone["organization_id"],
            phone["contact_id"]) == (SERVICE_ID, LOCATION_ID, ORGANIZATION_ID,
                                     "1e7efce3-639b-4880-940c-b95cd30cdb50")
    assert values(data, "phone", PHONE_ID)["extension"] == "100"
    assert values(data, "schedule", SCHEDULE_ID)["valid_to"] == date(2005, 1, 1)
    term = values(data, "taxonomy_term", "3f7b145d-84af-42d7-8fae-eaca714b02b2")
    assert term["taxonomy_id"] == "5c4d79d7-cc55-470e-9f1f-8cad074e4892"


def test_the_tabular_json_form_reads_like_the_package() -> None:
    assert as_tables(read_json(SPEC_JSON / "tabular.json")) == as_tables(
        read_csv_package(SPEC_CSV))


def test_a_missing_required_column_names_the_file_and_the_column(tmp_path: Path) -> None:
    package = copy_spec_package(tmp_path / "package")
    drop_column(package / "services.csv", "name")
    with pytest.raises(HsdsImportError) as caught:
        read_csv_package(package)
    assert (caught.value.file, caught.value.row, caught.value.field) == (
        "services.csv", 1, "name")
    assert str(caught.value) == ("services.csv, row 1, field name: the required column is "
                                 "missing from the header.")


@pytest.mark.parametrize(("file", "column", "value", "reason"), [
    ("locations.csv", "id", "3a19ff88-4620-4d17-9830",
     "'3a19ff88-4620-4d17-9830' is not a UUID (like 3a19ff88-4620-4d17-9830-ac1d859eb5d5)"),
    ("services.csv", "assured_date", "2005-02-30",
     "'2005-02-30' is not a date (YYYY-MM-DD)"),
    ("services.csv", "assured_date", "01/02/2005", "'01/02/2005' is not a date (YYYY-MM-DD)"),
    ("services.csv", "minimum_age", "twelve", "'twelve' is not a number"),
    ("schedules.csv", "opens_at", "10am", "'10am' is not a time of day (HH:MM:SS)"),
    ("phones.csv", "number", "", "is required but empty"),
    ("phones.csv", "description", "Main\x00line", "contains a NUL character"),
    ("schedules.csv", "count", "3000000000", "'3000000000' is too large"),
])
def test_a_bad_cell_names_file_row_field_and_reason(
        tmp_path: Path, file: str, column: str, value: str, reason: str) -> None:
    package = copy_spec_package(tmp_path / "package")
    rewrite_cell(package / file, 2, column, value)
    with pytest.raises(HsdsImportError) as caught:
        read_csv_package(package)
    assert str(caught.value) == f"{file}, row 2, field {column}: {reason}."


def test_a_bad_cell_in_json_names_its_place(tmp_path: Path) -> None:
    source = (SPEC_JSON / "service_full.json").read_text(encoding="utf-8")
    path = tmp_path / "service.json"
    path.write_text(source.replace('"valid_from": "2005-01-01"', '"valid_from": "2005-13-01"',
                                   1), encoding="utf-8")
    with pytest.raises(HsdsImportError) as caught:
        read_json(path)
    assert caught.value.file == "service.json"
    assert caught.value.row == 1
    assert caught.value.field is not None and caught.value.field.endswith(".valid_from")


def test_a_duplicate_id_names_both_rows(tmp_path: Path) -> None:
    package = generated_package(tmp_path / "package", services=5)
    with (package / "phones.csv").open("a", encoding="utf-8", newline="") as stream:
        first = (package / "phones.csv").read_text(encoding="utf-8-sig").splitlines()[1]
        stream.write(first + "\r\n")
    with pytest.raises(HsdsImportError, match=r"phones.csv, row 7, field id: the id "
                                              r"\S+ is already used in row 2"):
        read_csv_package(package)


@pytest.mark.parametrize(("content", "reason"), [
    (b"id,name,description\r\n\xff\xfe bad", "is not UTF-8 text"),
    (b'id,name,description\r\n"d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610,"Truncated',
     "is not well-formed CSV"),
])
def test_unreadable_files_are_refused_by_name(tmp_path: Path, content: bytes,
                                               reason: str) -> None:
    package = tmp_path / "package"
    package.mkdir()
    (package / "organizations.csv").write_bytes(content)
    with pytest.raises(HsdsImportError, match=f"^organizations.csv: {reason}"):
        read_csv_package(package)


def test_unknown_columns_and_unmodelled_tables_are_kept_or_ignored(tmp_path: Path) -> None:
    package = generated_package(tmp_path / "package", services=3)
    (package / "funding.csv").write_text("id,service_id,source\r\nnot-a-uuid,x,Grants\r\n",
                                         encoding="utf-8")
    data = read_csv_package(package)
    service = next(iter(data.tables["service"].values())).values
    assert service["extra"] == {"x_intake_notes": "Llame antes, por favor 0"}


def test_byte_order_mark_quotes_newlines_spanish_and_khmer_survive_a_round_trip(
        tmp_path: Path) -> None:
    original = read_csv_package(generated_package(tmp_path / "generated"))
    assert original.counts()["service"] == 300
    first = next(iter(original.tables["service"].values())).values
    assert first["name"] == f"{KHMER} 0"
    assert first["description"] == f"{SPANISH}\nLínea 2, \"citada\", con comas, 0."
    write_package(tmp_path / "exported", as_tables(original))
    again = read_csv_package(tmp_path / "exported")
    assert as_tables(again) == as_tables(original)


def test_the_written_package_replaces_files_without_leaving_partial_ones(
        tmp_path: Path) -> None:
    data = read_csv_package(SPEC_CSV)
    folder = tmp_path / "out"
    write_package(folder, as_tables(data))
    write_package(folder, as_tables(data))
    names = sorted(path.name for path in folder.iterdir())
    assert names == sorted([table.file for table in TABLES] + ["datapackage.json"]
                           + [file for file, _, _ in KEPT_TABLES.values()])
    assert as_tables(read_csv_package(folder)) == as_tables(data)


def spec_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return [{name: cell for name, cell in row.items() if cell}
                for row in csv.DictReader(stream)]


def test_tables_the_app_does_not_model_ride_along_with_their_owner(tmp_path: Path) -> None:
    data = read_csv_package(SPEC_CSV)
    kept = values(data, "service", SERVICE_ID)["extra"]
    assert isinstance(kept, dict)
    cost = kept["hsds_kept"]["cost_option"][0]
    assert (cost["option"], cost["amount"], cost["currency"]) == (
        "Under 18s and Over 60s", "35", "gbp")
    organization_extra = values(data, "organization", ORGANIZATION_ID)["extra"]
    assert isinstance(organization_extra, dict)
    assert organization_extra["hsds_kept"]["organization_identifier"][0]["identifier"] == (
        "1234567")
    write_package(tmp_path / "out", as_tables(data))
    for file, _, _ in KEPT_TABLES.values():
        assert spec_rows(tmp_path / "out" / file) == spec_rows(SPEC_CSV / file), file


def test_the_json_example_keeps_the_same_unmodelled_rows_as_the_package() -> None:
    from_json = values(read_json(SPEC_JSON / "service_full.json"), "service", SERVICE_ID)
    from_csv = values(read_csv_package(SPEC_CSV), "service", SERVICE_ID)
    assert isinstance(from_json["extra"], dict) and isinstance(from_csv["extra"], dict)
    for table in ("cost_option", "funding", "required_document", "service_area"):
        assert from_json["extra"]["hsds_kept"][table] == from_csv["extra"]["hsds_kept"][table]


def test_a_json_list_of_services_gives_each_service(tmp_path: Path) -> None:
    first = json.loads((SPEC_JSON / "service_full.json").read_text(encoding="utf-8"))
    second = {**first, "id": "5e0f2b55-5a86-4cf4-a5a6-3a3e3b8c1d2e",
              "name": "Apoyo entre pares", "phones": [], "service_at_locations": []}
    path = tmp_path / "services.json"
    path.write_text(json.dumps([first, second], ensure_ascii=False), encoding="utf-8")
    data = read_json(path)
    assert sorted(row.values["name"] for row in data.tables["service"].values()) == [
        "Apoyo entre pares", "Community Counselling"]
    assert {row.values["organization_id"] for row in data.tables["service"].values()} == {
        ORGANIZATION_ID}


@pytest.mark.parametrize(("content", "reason"), [
    ('{"id": "ac148810-d857-441c-9679-408f346de14b", "name": "Cut', "is not well-formed JSON"),
    ("[1, 2]", "is not an HSDS record"),
    ("[]", "holds no HSDS records"),
])
def test_bad_json_is_refused_by_name(tmp_path: Path, content: str, reason: str) -> None:
    path = tmp_path / "resources.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(HsdsImportError, match=f"^resources.json(, row 1)?: {reason}"):
        read_json(path)


def test_a_folder_without_hsds_tables_is_refused(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("not a package", encoding="utf-8")
    with pytest.raises(HsdsImportError, match=r"has no HSDS tables"):
        read_csv_package(tmp_path)


# Any text a cell can hold in UTF-8; blank text is "no value" on reading, so it is left out.
_CELL_TEXT = st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00"),
                     max_size=40).filter(
    lambda text: text.strip() != "")


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=_CELL_TEXT, description=_CELL_TEXT, extra=_CELL_TEXT,
       latitude=st.floats(allow_nan=False, allow_infinity=False))
def test_any_text_and_number_survive_write_and_read(
        tmp_path_factory: pytest.TempPathFactory, name: str, description: str, extra: str,
        latitude: float) -> None:
    folder = tmp_path_factory.mktemp("package")
    row = {column: None for column in TABLES_BY_NAME["location"].column_names}
    row.update(id=LOCATION_ID, location_type="physical", name=name,
               description=description, latitude=latitude, extra={"x_note": extra})
    write_package(folder, {"location": [row]})
    assert values(read_csv_package(folder), "location", LOCATION_ID) == row


def test_datapackage_json_may_keep_tables_in_a_subfolder(tmp_path: Path) -> None:
    package = copy_spec_package(tmp_path / "package")
    (package / "data").mkdir()
    (package / "services.csv").rename(package / "data" / "services.csv")
    descriptor = json.loads((package / "datapackage.json").read_text(encoding="utf-8"))
    for resource in descriptor["resources"]:
        if resource["name"] == "service":
            resource["path"] = "data/services.csv"
    (package / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    assert values(read_csv_package(package), "service", SERVICE_ID)["name"] == (
        "Community Counselling")


@pytest.mark.parametrize("table", TABLES, ids=lambda table: table.name)
def test_each_table_has_the_fields_of_its_hsds_json_schema(table: Table) -> None:
    schema = json.loads((SPEC_SCHEMA / f"{table.name}.json").read_text(encoding="utf-8"))
    scalars = {name for name, field in schema["properties"].items()
               if field.get("type") not in (None, "array", "object")}
    # label is our own column on attributes (a display name), not an HSDS field.
    assert set(table.column_names) - {"label"} == scalars
    # The JSON form may leave out links to the record a child sits in; the table may not.
    required = {column.name for column in table.columns if column.required}
    assert set(schema.get("required", [])) <= required
