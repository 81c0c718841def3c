"""Usual weekly clinical hours by age (ASAM Criteria, 3rd ed.): Outpatient is fewer than 9
hours a week for adults and fewer than 6 for adolescents; Intensive Outpatient is 9 or more
for adults and 6 or more for adolescents (and at most 19, below Partial Hospitalization's 20)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from coordinator.domain.clinical_dates import age_on
from coordinator.domain.levels import SEED_LEVELS, hours_warning

LEVELS = {level.code: level for level in SEED_LEVELS}
ADULT_IOP_LOW = ("6 hours a week is below the usual range for Intensive Outpatient. "
                 "Adult IOP is usually 9 or more hours a week.")


@pytest.mark.parametrize(("code", "hours", "age", "expected"), [
    ("IOP", 6, 15, None),
    ("IOP", 6, 40, ADULT_IOP_LOW),
    ("IOP", 9, 40, None),
    ("IOP", 19, 40, None),
    ("IOP", 5.5, 17, "5.5 hours a week is below the usual range for Intensive Outpatient. "
                     "Adolescent IOP is usually 6 or more hours a week."),
    ("IOP", 20, 16, "20 hours a week is above the usual range for Intensive Outpatient. "
                    "Adolescent IOP is usually at most 19 hours a week."),
    ("OP", 9, 40, "9 hours a week is above the usual range for Outpatient. "
                  "Adult OP is usually fewer than 9 hours a week."),
    ("OP", 8, 40, None),
    ("OP", 8.5, 18, None),
    ("OP", 6, 15, "6 hours a week is above the usual range for Outpatient. "
                  "Adolescent OP is usually fewer than 6 hours a week."),
    ("OP", 5.5, 17, None),
    ("PHP", 15, 15, "15 hours a week is below the usual range for Partial Hospitalization. "
                    "PHP is usually 20 or more hours a week."),
    ("RES", 40, 15, None),
])
def test_the_usual_weekly_hours_depend_on_the_clients_age(
        code: str, hours: float, age: int, expected: str | None) -> None:
    assert hours_warning(LEVELS[code], hours, age=age) == expected


def test_an_unknown_birth_date_gets_the_adult_rule_and_the_sentence_says_so() -> None:
    assert hours_warning(LEVELS["IOP"], 6, age=age_on(None, date(2026, 3, 2))) == ADULT_IOP_LOW
    assert hours_warning(LEVELS["OP"], 9, age=None) == (
        "9 hours a week is above the usual range for Outpatient. "
        "Adult OP is usually fewer than 9 hours a week.")
    assert hours_warning(LEVELS["IOP"], None, age=15) is None


def test_a_client_is_an_adolescent_until_the_eighteenth_birthday() -> None:
    start = date(2026, 3, 2)
    seventeen = age_on(date(2008, 3, 3), start)  # turns 18 the day after the start
    eighteen = age_on(date(2008, 3, 2), start)   # turns 18 on the start
    assert (seventeen, eighteen) == (17, 18)
    assert hours_warning(LEVELS["IOP"], 6, age=seventeen) is None
    assert hours_warning(LEVELS["IOP"], 6, age=eighteen) == ADULT_IOP_LOW


def test_an_administrators_range_stays_the_adult_rule_and_bounds_the_adolescent_one() -> None:
    # The clinic lowered the adult IOP minimum to 5: adolescents get the lower of 6 and 5.
    iop = replace(LEVELS["IOP"], min_weekly_hours=5)
    assert hours_warning(iop, 5, age=15) is None
    assert hours_warning(iop, 4, age=15) == (
        "4 hours a week is below the usual range for Intensive Outpatient. "
        "Adolescent IOP is usually 5 or more hours a week.")
    # An Outpatient maximum of 4 is below ASAM's adolescent 6: fewer than 4 for everyone.
    op = replace(LEVELS["OP"], max_weekly_hours=4)
    assert hours_warning(op, 4, age=15) == (
        "4 hours a week is above the usual range for Outpatient. "
        "Adolescent OP is usually fewer than 4 hours a week.")
    # A bound the clinic cleared stays cleared for adolescents too.
    assert hours_warning(replace(LEVELS["OP"], max_weekly_hours=None), 30, age=15) is None
