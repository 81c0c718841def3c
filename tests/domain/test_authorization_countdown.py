"""The authorization countdown and its warnings, and the checks of an authorization."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from coordinator.domain.intake import (
    Authorization,
    authorization_problems,
    authorization_use,
    days_to_first_session,
)

TODAY = date(2026, 4, 1)


@given(units=st.integers(1, 999), used=st.integers(0, 1200), days_left=st.integers(-30, 90))
def test_the_countdown_warns_from_80_percent_used_and_in_the_last_week(
        units: int, used: int, days_left: int) -> None:
    ends = TODAY + timedelta(days=days_left)
    use = authorization_use(Authorization("A-1", units, TODAY - timedelta(days=30), ends),
                            used, TODAY)

    assert use is not None
    assert use.remaining == max(units - used, 0)
    about_units = [text for text in use.warnings if "sessions" in text]
    about_days = [text for text in use.warnings if "authorization end" in text]
    assert bool(about_units) == (used * 10 >= units * 8)
    assert bool(about_days) == (days_left <= 7)
    assert len(use.warnings) == len(about_units) + len(about_days)


def test_twenty_iop_sessions_sixteen_used_ending_in_a_week() -> None:
    use = authorization_use(Authorization("AUTH-77812", 20, date(2026, 3, 9),
                                          date(2026, 4, 8)), 16, TODAY)
    assert use is not None
    assert use.warnings == ("16 of 20 authorized sessions used (80 %); 4 left.",
                            "The authorization ends in 7 days (2026-04-08).")


def test_an_authorization_is_whole_and_ends_on_or_after_its_start() -> None:
    assert authorization_problems(Authorization()) == {}
    assert authorization_problems(Authorization(
        "A-1", 20, date(2026, 3, 9), date(2026, 3, 9))) == {}
    assert authorization_problems(Authorization(
        "A-1", 0, date(2026, 3, 9), date(2026, 3, 8))) == {
        "authorized_units": "Authorized sessions run from 1 to 999 (this has 0).",
        "authorization_end": "The authorization ends on 2026-03-08, before it starts on "
                             "2026-03-09."}
    assert authorization_problems(Authorization(number="A-1")) == {
        "authorized_units": "Enter how many sessions the payer authorized.",
        "authorization_start": "Enter the first day the authorization covers.",
        "authorization_end": "Enter the last day the authorization covers."}


def test_days_to_the_first_session_count_from_the_first_contact() -> None:
    assert days_to_first_session(date(2026, 3, 2), date(2026, 3, 10)) == 8
    assert days_to_first_session(date(2026, 3, 2), date(2026, 3, 2)) == 0
    assert days_to_first_session(date(2026, 3, 2), None) is None
