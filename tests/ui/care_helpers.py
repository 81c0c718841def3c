"""Shared setup for the care UI tests: a fixed clinic day, a case manager, facilities."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy.orm import Session

from coordinator.domain.roles import Role
from coordinator.services.app import AppServices
from coordinator.store.engine import Database
from coordinator.store.models import Facility, FacilityLevel
from coordinator.ui.locale_text import date_text
from tests.services.helpers import SteppingClock, add_user, admin_services, signed_in

# Noon UTC, so the workstation's calendar day is 1 April 2026 in any usual time zone.
NOON_APRIL_1 = datetime(2026, 4, 1, 12, 0, tzinfo=UTC)
TODAY = date(2026, 4, 1)
CASE_MANAGER = "carla"


def days_ago(days: int) -> date:
    return TODAY - timedelta(days=days)


def case_manager_services(database: Database) -> AppServices:
    """Services signed in as case manager Carla on 1 April 2026 (the clock stands still)."""
    clock = SteppingClock(NOON_APRIL_1)
    admin = admin_services(database, clock)
    add_user(admin, CASE_MANAGER, Role.CASE_MANAGER)
    return signed_in(database, CASE_MANAGER, clock)


def add_facility(database: Database, name: str, kind: str, levels: tuple[str, ...], *,
                 own: bool = False) -> int:
    """A facility written straight to the store (there is no facility service yet)."""
    with Session(database.engine) as session, session.begin():
        facility = Facility(name=name, kind=kind, is_own_program=own)
        session.add(facility)
        session.flush()
        session.add_all(FacilityLevel(facility_id=facility.id, level_code=code)
                        for code in levels)
        return facility.id


def add_facilities(database: Database) -> dict[str, int]:
    return {
        "hospital": add_facility(database, "Mercy General Hospital", "psychiatric_hospital",
                                 ("INP",)),
        "riverbend": add_facility(database, "Riverbend IOP/PHP", "own_program",
                                  ("IOP", "PHP"), own=True),
        "clinic": add_facility(database, "Oak Street Clinic", "outpatient_clinic", ("OP",)),
    }


def on_screen(year: int, month: int, day: int) -> str:
    """A day as the app shows it in the default locale (``locale_text.date_text``)."""
    return date_text(date(year, month, day))
