"""The HSDS 3.0 tables this app keeps, their columns and types, and the import error.

Column names, types and "required" flags follow the HSDS 3.0 tabular data package
(``datapackage.json`` of the specification, https://docs.openreferral.org/en/v3.0/). Each
column's name is also the name of the matching column of the directory tables in the store,
so a row dict read here can be saved as is. Plain Python only: no SQLAlchemy, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from coordinator.domain.errors import ValidationError


class HsdsImportError(ValidationError):
    """A bad file or row: where it is (file, row, field) and why, in one sentence."""

    def __init__(self, file: str, row: int | None, field: str | None, reason: str) -> None:
        where = file
        if row is not None:
            where += f", row {row}"
        if field:
            where += f", field {field}"
        super().__init__(f"{where}: {reason}.", {field: reason} if field else None)
        self.file = file
        self.row = row
        self.field = field
        self.reason = reason


class Kind(StrEnum):
    """How a cell is checked and what Python value it becomes."""

    TEXT = "string"
    UUID = "uuid"
    NUMBER = "number"        # float
    INTEGER = "integer"
    DATE = "date"            # datetime.date
    DATETIME = "datetime"    # checked ISO 8601, kept as the text sent
    TIME = "time"            # checked ISO 8601, kept as the text sent


@dataclass(frozen=True)
class Column:
    name: str
    kind: Kind = Kind.TEXT
    required: bool = False   # the spec requires the column in a package
    not_empty: bool = False  # and we refuse an empty cell (ids, names, links we store)
    empty_as: str | None = None  # stored for an empty cell when the store needs a value


@dataclass(frozen=True)
class Table:
    """One HSDS table: its resource name, CSV file, JSON array key and columns."""

    name: str
    file: str
    columns: tuple[Column, ...]

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(column.name for column in self.columns)


def _id() -> Column:
    return Column("id", Kind.UUID, required=True, not_empty=True)


def _link(name: str, *, required: bool = False) -> Column:
    return Column(name, Kind.UUID, required=required, not_empty=required)


def _text(name: str, *, required: bool = False, not_empty: bool = False,
          empty_as: str | None = None) -> Column:
    return Column(name, Kind.TEXT, required=required, not_empty=not_empty, empty_as=empty_as)


# In dependency order: a table's rows may point only to tables above it, so inserting in
# this order satisfies the store's foreign keys.
TABLES: tuple[Table, ...] = (
    Table("organization", "organizations.csv", (
        _id(), _text("name", required=True, not_empty=True), _text("alternate_name"),
        _text("description", required=True, empty_as=""), _text("email"),
        _text("website"), _text("tax_status"), _text("tax_id"),
        Column("year_incorporated", Kind.INTEGER), _text("legal_status"), _text("logo"),
        _text("uri"), _link("parent_organization_id"))),
    Table("program", "programs.csv", (
        _id(), _link("organization_id"), _text("name", required=True, not_empty=True),
        _text("alternate_name"), _text("description", required=True, empty_as=""))),
    Table("taxonomy", "taxonomies.csv", (
        _id(), _text("name", required=True, not_empty=True),
        _text("description", required=True, empty_as=""), _text("uri"), _text("version"))),
    Table("taxonomy_term", "taxonomy_terms.csv", (
        _id(), _text("code"), _text("name", required=True, not_empty=True),
        _text("description", required=True, empty_as=""), _link("parent_id"),
        _text("taxonomy"), _text("language"), _link("taxonomy_id"), _text("term_uri"))),
    Table("location", "locations.csv", (
        _id(), _text("location_type", required=True, empty_as="physical"), _text("url"),
        _link("organization_id"), _text("name"), _text("alternate_name"),
        _text("description"), _text("transportation"), Column("latitude", Kind.NUMBER),
        Column("longitude", Kind.NUMBER), _text("external_identifier"),
        _text("external_identifier_type"))),
    Table("service", "services.csv", (
        _id(), _link("organization_id", required=True), _link("program_id"),
        _text("name", required=True, not_empty=True), _text("alternate_name"),
        _text("description"), _text("url"), _text("email"),
        _text("status", required=True, not_empty=True), _text("interpretation_services"),
        _text("application_process"), _text("fees_description"), _text("wait_time"),
        _text("fees"), _text("accreditations"), _text("eligibility_description"),
        Column("minimum_age", Kind.NUMBER), Column("maximum_age", Kind.NUMBER),
        Column("assured_date", Kind.DATE), _text("assurer_email"), _text("licenses"),
        _text("alert"), Column("last_modified", Kind.DATETIME))),
    Table("service_at_location", "service_at_location.csv", (
        _id(), _link("service_id", required=True), _link("location_id", required=True),
        _text("description"))),
    Table("address", "addresses.csv", (
        _id(), _link("location_id"), _text("attention"),
        _text("address_1", required=True, empty_as=""), _text("address_2"),
        _text("city", required=True, empty_as=""), _text("region"),
        _text("state_province", required=True, empty_as=""),
        _text("postal_code", required=True, empty_as=""),
        _text("country", required=True, empty_as=""),
        _text("address_type", required=True, empty_as=""))),
    Table("phone", "phones.csv", (
        _id(), _link("location_id"), _link("service_id"), _link("organization_id"),
        _link("contact_id"), _link("service_at_location_id"),
        _text("number", required=True, not_empty=True),
        # The spec types the extension as a number; it is kept as the digits sent.
        _text("extension"), _text("type"), _text("description"))),
    Table("schedule", "schedules.csv", (
        _id(), _link("service_id"), _link("location_id"), _link("service_at_location_id"),
        Column("valid_from", Kind.DATE), Column("valid_to", Kind.DATE),
        Column("dtstart", Kind.DATE), Column("timezone", Kind.NUMBER),
        Column("until", Kind.DATE), Column("count", Kind.INTEGER), _text("wkst"),
        _text("freq"), Column("interval", Kind.INTEGER), _text("byday"), _text("byweekno"),
        _text("bymonthday"), _text("byyearday"), _text("description"),
        Column("opens_at", Kind.TIME), Column("closes_at", Kind.TIME),
        _text("schedule_link"), _text("attending_type"), _text("notes"))),
    Table("language", "languages.csv", (
        _id(), _link("service_id"), _link("location_id"), _link("phone_id"), _text("name"),
        _text("code"), _text("note"))),
    Table("attribute", "attributes.csv", (
        _id(), _link("link_id", required=True), _link("taxonomy_term_id", required=True),
        _text("link_type"), _text("link_entity", required=True), _text("value"),
        _text("label"))),
)

TABLES_BY_NAME: dict[str, Table] = {table.name: table for table in TABLES}

# Links the store enforces with a foreign key: (table, column) -> table pointed to. The
# spec's own example package points elsewhere to rows it does not include (a location's
# organization, a term's parent), so other links are kept as sent, unchecked.
REFERENCES: dict[tuple[str, str], str] = {
    ("service", "organization_id"): "organization",
    ("service_at_location", "service_id"): "service",
    ("service_at_location", "location_id"): "location",
}

# HSDS tables the app has no columns for. Their rows ride along inside the ``extra`` of the
# record they belong to, under KEPT, so an export writes them back: table -> (CSV file, JSON
# array key, the links that name an owner, in the order an owner is chosen).
KEPT = "hsds_kept"
KEPT_TABLES: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "contact": ("contacts.csv", "contacts",
                ("service_id", "organization_id", "location_id", "service_at_location_id")),
    "funding": ("funding.csv", "funding", ("service_id", "organization_id")),
    "cost_option": ("cost_options.csv", "cost_options", ("service_id",)),
    "accessibility": ("accessibility.csv", "accessibility", ("location_id",)),
    "service_area": ("service_areas.csv", "service_areas", ("service_id",)),
    "required_document": ("required_documents.csv", "required_documents", ("service_id",)),
    "organization_identifier": ("organization_identifiers.csv", "organization_identifiers",
                                ("organization_id",)),
}
OWNER_LINKS: dict[str, str] = {"service_id": "service", "organization_id": "organization",
                               "location_id": "location",
                               "service_at_location_id": "service_at_location"}
