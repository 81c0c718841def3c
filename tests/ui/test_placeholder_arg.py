"""``arg`` fills a translated text's %1…%9 in one pass, as Qt's ``QString.arg`` does."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coordinator.ui.placeholders import arg


def test_a_value_that_looks_like_a_place_is_shown_as_written() -> None:
    assert arg("%1 and %2", "%2 Pérez", "x") == "%2 Pérez and x"
    assert arg("Referral of %1 to %2", "Pérez, %2", "Hope House") == (
        "Referral of Pérez, %2 to Hope House")
    assert arg("%1 then %2", "a", "%1") == "a then %1"


def test_places_are_filled_by_number_not_by_order_in_the_text() -> None:
    assert arg("%2, %1", "Sok", "Dara") == "Dara, Sok"
    assert arg("Version %1 of %2; version %1 stays", "3", "2026-04-01") == (
        "Version 3 of 2026-04-01; version 3 stays")


def test_values_are_shown_with_str() -> None:
    assert arg("%1 of %2 packets done", 4, 12) == "4 of 12 packets done"


def test_a_place_without_a_value_stays_as_written() -> None:
    assert arg("%1 at %2, since %3", "IOP") == "IOP at %2, since %3"
    assert arg("Completed %1, version %3", "2026-04-01", "", "2") == (
        "Completed 2026-04-01, version 2")
    assert arg("No places here", "unused") == "No places here"


def test_the_plural_count_and_other_percent_signs_are_left_alone() -> None:
    assert arg("%n earlier episodes; %1", "shown") == "%n earlier episodes; shown"
    assert arg("100% of %1, %0", "clients") == "100% of clients, %0"


def test_places_run_from_one_to_nine() -> None:
    values = [str(number) for number in range(1, 10)]
    assert arg("%1 %2 %3 %4 %5 %6 %7 %8 %9", *values) == "1 2 3 4 5 6 7 8 9"
    # As in Qt's single-digit places, %10 reads as %1 followed by 0.
    assert arg("%10", "x") == "x0"
    with pytest.raises(ValueError, match="%1 to %9"):
        arg("%1", *range(10))


@given(st.text(), st.text())
def test_any_two_values_come_out_exactly_as_given(first: str, second: str) -> None:
    assert arg("%1|%2", first, second) == f"{first}|{second}"
