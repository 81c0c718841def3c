"""Levels of care, roles, lockout and settings rules."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from coordinator.domain import accounts
from coordinator.domain.errors import ValidationError
from coordinator.domain.levels import SEED_LEVELS, Direction, direction_between, hours_warning
from coordinator.domain.roles import Permission, Role, allows
from coordinator.domain.settings import parse_value, spec_for, validate_value
from coordinator.domain.text import digits_only, search_key

LEVELS = {level.code: level for level in SEED_LEVELS}


@pytest.mark.parametrize(("before", "after", "expected"), [
    (None, "IOP", Direction.INITIAL),
    ("OP", "IOP", Direction.STEP_UP),
    ("INP", "PHP", Direction.STEP_DOWN),
    ("RES", "IOP", Direction.STEP_DOWN),
    ("INP", "WM", Direction.LATERAL),
    ("IOP", None, Direction.EXIT),
])
def test_direction_follows_intensity(before: str | None, after: str | None,
                                     expected: Direction) -> None:
    first = LEVELS[before].intensity if before else None
    second = LEVELS[after].intensity if after else None
    assert direction_between(first, second) is expected


def test_iop_hours_outside_asam_range_warn_but_do_not_refuse() -> None:
    iop = LEVELS["IOP"]
    assert hours_warning(iop, 12, age=None) is None
    assert "below the usual range" in (hours_warning(iop, 6, age=None) or "")
    assert "above the usual range" in (hours_warning(iop, 22, age=None) or "")
    assert hours_warning(LEVELS["RES"], 40, age=None) is None


def test_read_only_may_view_but_not_change_anything() -> None:
    assert allows(Role.READ_ONLY, Permission.VIEW_CLIENTS)
    others = [p for p in Permission if p is not Permission.VIEW_CLIENTS]
    assert not any(allows(Role.READ_ONLY, p) for p in others)
    assert allows(Role.CASE_MANAGER, Permission.EXPORT_RECORDS)
    assert not allows(Role.CASE_MANAGER, Permission.MANAGE_USERS)
    assert allows(Role.SUPERVISOR, Permission.VIEW_AUDIT)


def test_outcome_reports_are_for_supervisors_and_administrators() -> None:
    may_view = {role for role in Role if allows(role, Permission.VIEW_REPORTS)}
    assert may_view == {Role.SUPERVISOR, Role.ADMIN}


def test_role_names_parse_loosely_and_refuse_unknown_ones() -> None:
    assert Role.parse("Case manager") is Role.CASE_MANAGER
    assert Role.parse("read-only") is Role.READ_ONLY
    with pytest.raises(ValueError, match="Unknown role 'nurse'"):
        Role.parse("nurse")


def test_fifth_failure_locks_for_fifteen_minutes() -> None:
    now = datetime(2026, 3, 3, 9, 0, tzinfo=UTC)
    assert accounts.lock_after_failure(4, now) is None
    until = accounts.lock_after_failure(5, now)
    assert until == now + timedelta(minutes=15)
    assert accounts.is_locked(until, now + timedelta(minutes=14, seconds=59))
    assert not accounts.is_locked(until, now + timedelta(minutes=15))


def test_settings_validate_ranges_and_types() -> None:
    window = spec_for("step_down_window_days")
    assert validate_value(window, 21) == "21"
    with pytest.raises(ValidationError, match="between 1 and 90"):
        validate_value(window, 0)
    with pytest.raises(ValidationError, match="whole number"):
        validate_value(window, "two weeks")
    assert parse_value(window, "garbage") == 14  # a damaged stored value falls back
    assert parse_value(spec_for("require_consent_all_disclosures"), "true") is True


def test_search_key_folds_accents_and_case() -> None:
    assert search_key("Núñez") == "nunez"
    assert search_key("  NGUYỄN ") == "nguyen"
    assert search_key("Đặng") == "dang"
    assert digits_only("(555) 010-2233") == "5550102233"
