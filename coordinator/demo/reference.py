"""Reference data for the demo: staff accounts, clinic settings, facilities, resources.

Builds the rows and returns a ``Reference`` the caseload generator draws from (who the case
managers are, which facility offers which level, which services serve which need).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, time
from functools import cached_property

from coordinator.demo.clinicians import CLINIC_LICENSE, CLINIC_NPI
from coordinator.demo.common import (
    Batch,
    Ids,
    Row,
    Timeline,
    listed_phone,
    new_uuid,
    versioned,
)
from coordinator.demo.directory import (
    CATEGORY_TERMS,
    CLINIC_ADDRESS,
    CLINIC_FAX,
    CLINIC_NAME,
    CLINIC_PHONE,
    FACILITIES,
    INTAKE_CONTACTS,
    LANGUAGE_NAMES,
    RESOURCES,
    FacilitySpec,
    ResourceSpec,
)
from coordinator.demo.names import CITIES, CULTURES, STAFF, STATE, STREETS
from coordinator.domain.roles import Role
from coordinator.domain.settings import SETTINGS_BY_KEY


@dataclass(frozen=True)
class Level:
    code: str
    name: str
    intensity: int


@dataclass(frozen=True)
class Facility:
    id: int
    spec: FacilitySpec
    phone: str
    fax: str

    @property
    def name(self) -> str:
        return self.spec.name


@dataclass(frozen=True)
class Service:
    id: str
    organization_id: str
    name: str
    organization: str
    spanish: bool


@dataclass
class Reference:
    today: date
    levels: dict[str, Level]
    admin_id: int
    supervisor_id: int
    case_manager_ids: tuple[int, ...]
    user_names: dict[int, str]
    facilities: tuple[Facility, ...]
    services: dict[str, tuple[Service, ...]]
    # (facility id, track) -> weekdays the program meets (0 = Monday) and session minutes
    schedules: dict[tuple[int, str], tuple[tuple[int, ...], int]]
    clinic_name: str = CLINIC_NAME
    counts: dict[str, int] = field(default_factory=dict)

    @cached_property
    def therapists(self) -> tuple[Facility, ...]:
        """Private-practice therapists among the partner facilities."""
        return tuple(f for f in self.facilities if f.spec.kind == "therapist")


# Weekday codes as HSDS/iCalendar write them.
_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
# (own program name suffix, track, weekdays, start, minutes)
_PROGRAM_SCHEDULES: tuple[tuple[str, str, tuple[int, ...], time, int], ...] = (
    ("Adult IOP", "morning", (0, 1, 3), time(9, 0), 180),
    ("Adult IOP", "evening", (0, 1, 3), time(18, 0), 180),
    ("Recovery IOP", "morning", (0, 2, 4), time(9, 30), 180),
    ("Recovery IOP", "evening", (0, 1, 3), time(17, 30), 180),
    ("Adolescent IOP", "afternoon", (0, 1, 3), time(15, 30), 180),
    ("Partial Hospitalization Program", "morning", (0, 1, 2, 3, 4), time(9, 0), 300),
)


def build_reference(batch: Batch, ids: Ids, rng: random.Random, timeline: Timeline,
                    levels: dict[str, Level], password_hash: str,
                    more_case_managers: int = 0) -> Reference:
    """Add staff, settings, facilities and the resource directory to ``batch``.

    ``more_case_managers``: case managers besides the named ones (``county_staff``), for a
    demo the size of a county's system.
    """
    setup_day = timeline.days_ago(3 * 365 + 30)  # the clinic "went live" before any episode
    user_ids = _users(batch, ids, timeline, setup_day, password_hash,
                      STAFF + county_staff(more_case_managers))
    facilities, schedules = _facilities(batch, ids, rng, timeline, setup_day)
    services = _directory(batch, rng, timeline)
    by_role = {role: [uid for uid, (_, r) in user_ids.items() if r == role] for role in Role}
    return Reference(
        today=timeline.today,
        levels=levels,
        admin_id=by_role[Role.ADMIN][0],
        supervisor_id=by_role[Role.SUPERVISOR][0],
        case_manager_ids=tuple(by_role[Role.CASE_MANAGER]),
        user_names={uid: name for uid, (name, _) in user_ids.items()},
        facilities=facilities,
        services=services,
        schedules=schedules,
        counts={"users": len(user_ids), "facilities": len(facilities),
                "resources": sum(len(group) for group in services.values())},
    )


def settings_rows(timeline: Timeline, admin_id: int) -> list[Row]:
    """The clinic settings a demo database starts with (keys from domain.settings)."""
    values = {
        "demo_database": "true",
        "clinic_name": CLINIC_NAME,
        "clinic_address": CLINIC_ADDRESS,
        "clinic_phone": CLINIC_PHONE,
        "clinic_fax": CLINIC_FAX,
        "step_down_window_days": "14",
        "idle_lock_minutes": "15",
    }
    # The clinic's identifiers for packets, written once the settings registry has them.
    for key, value in (("clinic_npi", CLINIC_NPI), ("clinic_license", CLINIC_LICENSE)):
        if key in SETTINGS_BY_KEY:
            values[key] = value
    stamp = timeline.at(timeline.yesterday, 0)
    return [{"key": key, "value": value, "updated_at": stamp, "updated_by_id": admin_id}
            for key, value in values.items()]


def county_staff(count: int) -> tuple[tuple[str, str, str], ...]:
    """``count`` more case managers, ``cm0001``, ``cm0002`` …, named from the demo's name
    lists in turn (no random draw, so a demo's clients are the same whatever its staff)."""
    given = [name for culture in CULTURES for pair in zip(culture.female, culture.male,
                                                          strict=False) for name in pair]
    family = [name for culture in CULTURES for name in culture.family]
    return tuple((f"cm{number:04d}",
                  f"{given[number % len(given)]} {family[(number * 7) % len(family)]}",
                  Role.CASE_MANAGER.value)
                 for number in range(1, count + 1))


def _users(batch: Batch, ids: Ids, timeline: Timeline, setup_day: date,
           password_hash: str, staff: tuple[tuple[str, str, str], ...]
           ) -> dict[int, tuple[str, Role]]:
    users: dict[int, tuple[str, Role]] = {}
    for number, (username, full_name, role_code) in enumerate(staff):
        user_id = ids.next("app_user")
        role = Role(role_code)
        created = timeline.at(setup_day, number)
        batch.add("app_user", {
            "id": user_id, "username": username, "full_name": full_name, "role": role.value,
            "password_hash": password_hash, "is_active": True, "failed_attempts": 0,
            "locked_until": None, "last_login_at": None, "must_change_password": False,
            **versioned(created),
        })
        users[user_id] = (full_name, role)
    return users


def _address(rng: random.Random, city_name: str | None = None) -> tuple[str, str, str, str]:
    """(street line, city, ZIP, area code) in one of the demo towns."""
    city = next((c for c in CITIES if c[0] == city_name), None) or rng.choice(CITIES)
    line = f"{rng.randint(100, 4999)} {rng.choice(STREETS)}"
    return line, city[0], rng.choice(city[1]), city[2]


def _facilities(batch: Batch, ids: Ids, rng: random.Random, timeline: Timeline,
                setup_day: date) -> tuple[tuple[Facility, ...],
                                          dict[tuple[int, str], tuple[tuple[int, ...], int]]]:
    facilities: list[Facility] = []
    schedules: dict[tuple[int, str], tuple[tuple[int, ...], int]] = {}
    created = timeline.at(setup_day, 10)
    for spec in FACILITIES:
        facility_id = ids.next("facility")
        line, city, postal, area = _address(rng, spec.city)
        phone, fax = listed_phone(rng, area), listed_phone(rng, area)
        contact = rng.choice(INTAKE_CONTACTS) if spec.kind != "therapist" else spec.name
        slug = "".join(ch for ch in spec.name.lower() if ch.isascii() and ch.isalnum())[:24]
        batch.add("facility", {
            "id": facility_id, "name": spec.name, "kind": spec.kind,
            "is_own_program": spec.own, "address_line1": line,
            "address_line2": "" if rng.random() < 0.6 else f"Suite {rng.randint(1, 4)}00",
            "city": city, "state": STATE, "postal_code": postal, "phone": phone, "fax": fax,
            "intake_contact_name": contact, "intake_contact_phone": listed_phone(rng, area),
            "intake_contact_email": f"intake@{slug}.example.org",
            "accepts_referrals": spec.accepts_referrals, "notes": spec.notes,
            "archived_at": None, **versioned(created),
        })
        for level in spec.levels:
            batch.add("facility_level", {"facility_id": facility_id, "level_code": level})
        facilities.append(Facility(facility_id, spec, phone, fax))
        if spec.own:
            for suffix, track, weekdays, starts, minutes in _PROGRAM_SCHEDULES:
                if spec.name.endswith(suffix):
                    schedules[(facility_id, track)] = (weekdays, minutes)
                    batch.add("program_schedule", {
                        "id": ids.next("program_schedule"), "facility_id": facility_id,
                        "level_code": spec.levels[0], "track": track,
                        "weekdays": ",".join(_DAYS[day] for day in weekdays),
                        "starts_at": starts, "session_minutes": minutes, "archived_at": None,
                        **versioned(created),
                    })
    return tuple(facilities), schedules


def _hsds(columns: dict[str, object], **values: object) -> Row:
    """An HSDS row: ``columns`` names the optional columns left empty."""
    row: Row = dict(columns)
    row.update(values)
    row["extra"] = {}
    return row


_ORG = dict.fromkeys(("alternate_name", "tax_status", "tax_id", "year_incorporated",
                      "legal_status", "logo", "uri", "parent_organization_id"))
_SERVICE = dict.fromkeys((
    "program_id", "alternate_name", "wait_time", "fees", "accreditations", "minimum_age",
    "maximum_age", "assurer_email", "licenses", "alert"))
_LOCATION = dict.fromkeys(("url", "alternate_name", "description", "transportation",
                           "external_identifier", "external_identifier_type"))
_ADDRESS = dict.fromkeys(("attention", "address_2", "region"))
_PHONE = dict.fromkeys(("location_id", "service_id", "organization_id", "contact_id",
                        "service_at_location_id", "extension"))
_SCHEDULE = dict.fromkeys((
    "location_id", "valid_from", "valid_to", "dtstart", "timezone", "until", "count", "wkst",
    "interval", "byweekno", "bymonthday", "byyearday", "schedule_link", "notes"))
_LANGUAGE = dict.fromkeys(("location_id", "phone_id", "note"))

_HOURS: dict[str, tuple[str, str, str, str]] = {
    # hours: (byday, opens, closes, description)
    "weekdays": ("MO,TU,WE,TH,FR", "09:00", "17:00", "Monday to Friday, 9 am to 5 pm"),
    "always": ("MO,TU,WE,TH,FR,SA,SU", "00:00", "23:59", "Open 24 hours, every day"),
    "evenings": ("TU,TH", "17:30", "20:30", "Tuesday and Thursday evenings"),
    "saturdays": ("SA", "08:00", "12:00", "Saturday mornings"),
}


def _directory(batch: Batch, rng: random.Random,
               timeline: Timeline) -> dict[str, tuple[Service, ...]]:
    """The HSDS 3.0 resource directory: one service at one location per organization."""
    taxonomy_id = new_uuid(rng)
    batch.add("hsds_taxonomy", {
        "id": taxonomy_id, "name": "Coordinator referral categories",
        "description": "The referral categories case managers use, as a flat taxonomy.",
        "uri": None, "version": "1", "extra": {}})
    terms: dict[str, str] = {}
    for category, (name, description) in CATEGORY_TERMS.items():
        terms[category] = new_uuid(rng)
        batch.add("hsds_taxonomy_term", {
            "id": terms[category], "code": category, "name": name,
            "description": description, "parent_id": None,
            "taxonomy": "Coordinator referral categories", "language": "en",
            "taxonomy_id": taxonomy_id, "term_uri": None, "category": category, "extra": {}})
    services: dict[str, list[Service]] = {category: [] for category in CATEGORY_TERMS}
    modified = f"{timeline.days_ago(30).isoformat()}T12:00:00Z"
    for spec in RESOURCES:
        service = _resource(batch, rng, spec, terms[spec.category], modified,
                            timeline.days_ago(rng.randint(20, 200)))
        services[spec.category].append(service)
    return {category: tuple(group) for category, group in services.items()}


def _resource(batch: Batch, rng: random.Random, spec: ResourceSpec, term_id: str,
              modified: str, assured: date) -> Service:
    org_id, service_id, location_id = new_uuid(rng), new_uuid(rng), new_uuid(rng)
    slug = "".join(ch for ch in spec.organization.lower() if ch.isascii() and ch.isalnum())
    line, city, postal, area = _address(rng)
    batch.add("hsds_organization", _hsds(
        _ORG, id=org_id, name=spec.organization,
        description=f"{spec.organization} (fictitious demo organization).",
        email=f"info@{slug[:30]}.example.org", website=f"https://{slug[:30]}.example.org"))
    spanish_only = spec.languages[0] == "es"
    batch.add("hsds_service", _hsds(
        _SERVICE, id=service_id, organization_id=org_id, name=spec.service,
        description=spec.description, url=f"https://{slug[:30]}.example.org/services",
        email=f"help@{slug[:30]}.example.org", status="active",
        interpretation_services=("Telephone interpreters for other languages"
                                 if len(spec.languages) > 1 else None),
        application_process="Walk in or call; a case manager may refer by phone or fax.",
        fees_description="Free" if rng.random() < 0.7 else "Sliding scale by income",
        eligibility_description=("Servicios en español" if spanish_only
                                 else "Residents of Riverbend County"),
        assured_date=assured, last_modified=modified))
    batch.add("hsds_location", _hsds(
        _LOCATION, id=location_id, location_type="physical",
        organization_id=org_id, name=f"{spec.organization} — {city}",
        latitude=round(39.10 + rng.random() * 0.4, 5),
        longitude=round(-121.80 + rng.random() * 0.5, 5)))
    batch.add("hsds_service_at_location", {
        "id": new_uuid(rng), "service_id": service_id, "location_id": location_id,
        "description": None, "extra": {}})
    batch.add("hsds_address", _hsds(
        _ADDRESS, id=new_uuid(rng), location_id=location_id,
        address_1=line, city=city, state_province=STATE, postal_code=postal, country="US",
        address_type="physical"))
    batch.add("hsds_phone", _hsds(
        _PHONE, id=new_uuid(rng), organization_id=org_id, service_id=service_id,
        number=listed_phone(rng, area), type="voice",
        description="Main line" if spec.hours != "always" else "24-hour line"))
    byday, opens, closes, hours_text = _HOURS[spec.hours]
    batch.add("hsds_schedule", _hsds(
        _SCHEDULE, id=new_uuid(rng), service_id=service_id,
        service_at_location_id=None, freq="WEEKLY", byday=byday, opens_at=opens,
        closes_at=closes, description=hours_text,
        attending_type="In person or by phone"))
    for code in spec.languages:
        batch.add("hsds_language", _hsds(
            _LANGUAGE, id=new_uuid(rng), service_id=service_id,
            name=LANGUAGE_NAMES[code], code=code))
    batch.add("hsds_attribute", {
        "id": new_uuid(rng), "link_id": service_id, "taxonomy_term_id": term_id,
        "link_type": "service_category", "link_entity": "service", "value": None,
        "label": None, "extra": {}})
    return Service(service_id, org_id, spec.service, spec.organization, "es" in spec.languages)
