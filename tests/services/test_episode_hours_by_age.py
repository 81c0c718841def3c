"""The hours warning on an episode follows the client's age on the episode's start (ASAM
Criteria, 3rd ed.: adolescent IOP 6 or more hours a week, adult IOP 9 or more; adolescent
OP fewer than 6, adult OP fewer than 9), on both engines."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from coordinator.domain.roles import Role
from coordinator.services.app import AppServices
from coordinator.services.care import EpisodeInput
from coordinator.services.dto import ClientInput
from coordinator.store.engine import Database
from tests.services.helpers import SteppingClock, add_user, admin_services, signed_in

NOON_APRIL_1 = datetime(2026, 4, 1, 12, 0, tzinfo=UTC)
START = date(2026, 3, 2)
TEEN = date(2010, 6, 15)   # 15 on the start
ADULT = date(1988, 2, 1)   # 38 on the start


@pytest.fixture
def maria(database: Database) -> AppServices:
    admin = admin_services(database, SteppingClock(NOON_APRIL_1))
    add_user(admin, "maria", Role.CASE_MANAGER)
    return signed_in(database, "maria", SteppingClock(NOON_APRIL_1))


def warning_for(maria: AppServices, birth_date: date | None, level: str,
                hours: float) -> str | None:
    """Add one episode for a new client and read its warning back from the store."""
    client = maria.clients.create(ClientInput("Sam", "Reyes", birth_date))
    saved = maria.episodes.add(client.id, EpisodeInput(level, START, planned_weekly_hours=hours))
    again = maria.episodes.get(saved.id).hours_warning
    assert again == saved.hours_warning
    return again


def test_iop_at_6_hours_suits_an_adolescent_and_not_an_adult(maria: AppServices) -> None:
    assert warning_for(maria, TEEN, "IOP", 6) is None
    assert warning_for(maria, ADULT, "IOP", 6) == (
        "6 hours a week is below the usual range for Intensive Outpatient. "
        "Adult IOP is usually 9 or more hours a week.")


def test_op_is_fewer_than_9_hours_for_an_adult_and_fewer_than_6_for_an_adolescent(
        maria: AppServices) -> None:
    assert warning_for(maria, ADULT, "OP", 9) == (
        "9 hours a week is above the usual range for Outpatient. "
        "Adult OP is usually fewer than 9 hours a week.")
    assert warning_for(maria, ADULT, "OP", 8) is None
    assert warning_for(maria, TEEN, "OP", 6) == (
        "6 hours a week is above the usual range for Outpatient. "
        "Adolescent OP is usually fewer than 6 hours a week.")


def test_no_birth_date_gets_the_adult_rule(maria: AppServices) -> None:
    assert warning_for(maria, None, "IOP", 6) == (
        "6 hours a week is below the usual range for Intensive Outpatient. "
        "Adult IOP is usually 9 or more hours a week.")


def test_the_age_on_the_episodes_start_decides(maria: AppServices) -> None:
    # Born 3 March 2008: 17 on the start (2 March 2026), 18 on today's 1 April 2026. The
    # hours were planned from the start, when the adolescent rule applied.
    assert warning_for(maria, date(2008, 3, 3), "IOP", 6) is None
    # Born 2 March 2008: 18 on the start itself, so the adult rule.
    assert warning_for(maria, date(2008, 3, 2), "IOP", 6) is not None
