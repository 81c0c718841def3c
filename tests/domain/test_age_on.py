"""A client's age in whole years, as the record's header and Overview show it."""

from __future__ import annotations

from datetime import date

from coordinator.domain.clinical_dates import age_on


def test_a_year_is_added_on_the_birthday_itself() -> None:
    assert age_on(date(1979, 7, 9), date(2026, 7, 8)) == 46
    assert age_on(date(1979, 7, 9), date(2026, 7, 9)) == 47


def test_someone_born_on_29_february_turns_older_on_1_march_in_a_common_year() -> None:
    assert age_on(date(2008, 2, 29), date(2026, 2, 28)) == 17
    assert age_on(date(2008, 2, 29), date(2026, 3, 1)) == 18
    assert age_on(date(2008, 2, 29), date(2028, 2, 29)) == 20


def test_an_unknown_date_of_birth_gives_no_age() -> None:
    assert age_on(None, date(2026, 4, 1)) is None
