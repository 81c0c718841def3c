"""Small builders shared by the service tests (real database, real services)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy.orm import Session

from coordinator.domain.roles import Role
from coordinator.services.app import AppServices
from coordinator.store.engine import Database
from coordinator.store.models import Facility, FacilityLevel

ADMIN_PASSWORD = "admin-password-1"
PASSWORD = "password-for-tests"


class SteppingClock:
    """A clock the test moves forward by hand, e.g. past a 15-minute lockout."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2026, 3, 3, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs: float) -> None:
        self.now += timedelta(**kwargs)


def admin_services(database: Database, clock: SteppingClock | None = None) -> AppServices:
    """Services signed in as a freshly created administrator 'ana'."""
    services = AppServices(database, clock=clock or SteppingClock())
    services.auth.create_first_admin("ana", "Ana Admin", ADMIN_PASSWORD)
    services.auth.login("ana", ADMIN_PASSWORD)
    return services


def add_user(admin: AppServices, username: str, role: Role) -> None:
    admin.users.add_user(username, username.title(), role, PASSWORD)


def add_case_managers(admin: AppServices, *usernames: str) -> dict[str, int]:
    """New case-manager accounts, by user name, with their ids."""
    for username in usernames:
        add_user(admin, username, Role.CASE_MANAGER)
    return {user.username: user.id for user in admin.users.list_users()
            if user.username in usernames}


def signed_in(database: Database, username: str, clock: SteppingClock | None = None,
              password: str = PASSWORD) -> AppServices:
    """A second workstation's services, signed in as ``username``."""
    services = AppServices(database, clock=clock or SteppingClock())
    services.auth.login(username, password)
    return services


def add_partner_facility(database: Database, name: str, levels: tuple[str, ...]) -> int:
    """A partner facility offering ``levels``, written straight to the database (the
    facility service's own checks are tested elsewhere); its id."""
    with Session(database.engine) as session, session.begin():
        facility = Facility(name=name, kind="partner", is_own_program=False)
        session.add(facility)
        session.flush()
        session.add_all(FacilityLevel(facility_id=facility.id, level_code=code)
                        for code in levels)
        return facility.id
