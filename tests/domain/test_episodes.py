"""Episode and transition rules: overlapping 24/7 stays, dates, gaps, criteria, far dates."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from coordinator.domain.episodes import (
    Stay,
    criteria_for,
    criteria_problem,
    ends_before_start,
    far_date_warning,
    first_overlap,
    gap_days,
    is_far,
)
from coordinator.domain.levels import Direction
from coordinator.domain.vocabulary import STEP_DOWN_CRITERIA, STEP_UP_CRITERIA

MARCH_1, MARCH_12 = date(2026, 3, 1), date(2026, 3, 12)


def test_a_hospital_stay_overlaps_a_residential_stay_that_starts_before_discharge() -> None:
    inpatient = Stay(MARCH_1, MARCH_12)
    assert inpatient.overlaps(Stay(date(2026, 3, 10), date(2026, 4, 10)))
    assert inpatient.overlaps(Stay(date(2026, 2, 20), date(2026, 3, 2)))
    assert inpatient.overlaps(Stay(date(2026, 3, 5), date(2026, 3, 6)))  # inside


def test_a_direct_transfer_on_the_discharge_day_is_not_an_overlap() -> None:
    inpatient = Stay(MARCH_1, MARCH_12)
    assert not inpatient.overlaps(Stay(MARCH_12, date(2026, 4, 1)))
    assert not Stay(date(2026, 2, 1), MARCH_1).overlaps(inpatient)


def test_an_open_stay_runs_on_until_it_is_discharged() -> None:
    still_admitted = Stay(MARCH_1)
    assert still_admitted.overlaps(Stay(date(2027, 1, 1), date(2027, 1, 5)))
    assert still_admitted.overlaps(Stay(date(2026, 2, 1)))
    assert not still_admitted.overlaps(Stay(date(2026, 2, 1), MARCH_1))
    assert still_admitted.contains(date(2030, 1, 1))


def test_a_same_day_stay_occupies_its_day() -> None:
    emergency = Stay(MARCH_1, MARCH_1)
    assert emergency.contains(MARCH_1)
    assert emergency.overlaps(Stay(MARCH_1, date(2026, 3, 3)))
    assert not emergency.overlaps(Stay(date(2026, 3, 2), date(2026, 3, 3)))


def test_first_overlap_names_the_conflicting_stay() -> None:
    others = [("detox in January", Stay(date(2026, 1, 3), date(2026, 1, 8))),
              ("residential", Stay(date(2026, 3, 10))),
              ("inpatient later", Stay(date(2026, 6, 1), date(2026, 6, 9)))]
    assert first_overlap(Stay(MARCH_1, MARCH_12), others) == "residential"
    assert first_overlap(Stay(MARCH_1, date(2026, 3, 10)), others) is None


def test_an_episode_may_end_on_its_first_day_but_not_before_it() -> None:
    assert ends_before_start(MARCH_12, MARCH_1)
    assert not ends_before_start(MARCH_1, MARCH_1)
    assert not ends_before_start(MARCH_1, None)


def test_gap_from_discharge_on_march_1_to_iop_on_march_11_is_ten_days() -> None:
    assert gap_days(MARCH_1, date(2026, 3, 11)) == 10
    assert gap_days(MARCH_12, MARCH_12) == 0
    assert gap_days(None, MARCH_12) is None
    assert gap_days(MARCH_1, None) is None


def test_each_direction_has_its_own_checklist() -> None:
    assert criteria_for(Direction.STEP_UP) == STEP_UP_CRITERIA
    assert criteria_for(Direction.STEP_DOWN) == STEP_DOWN_CRITERIA
    for direction in (Direction.INITIAL, Direction.LATERAL, Direction.EXIT):
        assert criteria_for(direction) == {}
    assert criteria_problem(Direction.STEP_DOWN,
                            ["clinically_stable", "completing_24h_care"]) is None
    assert criteria_problem(Direction.LATERAL, []) is None


def test_a_step_up_criterion_on_a_step_down_is_named() -> None:
    problem = criteria_problem(Direction.STEP_DOWN, ["clinically_stable", "safety_concern"])
    assert problem == "Not a criterion for a step-down: “Safety concern”."
    assert criteria_problem(Direction.LATERAL, ["relapse_risk"]) == (
        "A lateral move has no criteria checklist; remove “Increased relapse risk”.")
    assert criteria_problem(Direction.STEP_UP, ["made_up"]) == (
        "Not a criterion for a step-up: “made_up”.")


def test_a_planned_date_two_years_away_needs_confirmation() -> None:
    today = date(2026, 3, 3)
    assert not is_far(date(2027, 3, 3), today)  # exactly a year: fine
    assert is_far(date(2028, 3, 3), today)
    assert is_far(date(2024, 3, 3), today)
    assert far_date_warning(date(2026, 3, 10), today) is None
    assert far_date_warning(date(2028, 3, 3), today) == (
        "The planned date 2028-03-03 is 731 days in the future; check the year.")
    assert "in the past" in (far_date_warning(date(2025, 1, 1), today) or "")


days = st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31))
lengths = st.one_of(st.none(), st.integers(min_value=0, max_value=400))


def _stay(start: date, length: int | None) -> Stay:
    return Stay(start, None if length is None else start + timedelta(days=length))


@given(days, lengths, days, lengths)
def test_overlap_is_symmetric(a: date, a_len: int | None, b: date, b_len: int | None) -> None:
    first, second = _stay(a, a_len), _stay(b, b_len)
    assert first.overlaps(second) == second.overlaps(first)


_HORIZON = date(2033, 1, 1)  # after every generated stay's end: open stays stop here


def _nights(stay: Stay) -> set[date]:
    """Every day the stay occupies, counted one by one (open stays up to the horizon)."""
    if stay.end is None:
        count = (_HORIZON - stay.start).days
    else:
        count = max((stay.end - stay.start).days, 1)
    return {stay.start + timedelta(days=offset) for offset in range(count)}


@given(days, lengths, days, lengths)
def test_overlap_means_a_shared_night(a: date, a_len: int | None, b: date,
                                      b_len: int | None) -> None:
    first, second = _stay(a, a_len), _stay(b, b_len)
    assert first.overlaps(second) == bool(_nights(first) & _nights(second))
    assert all(first.contains(night) for night in _nights(first))


@given(days, days, days)
def test_gaps_add_up(discharged: date, started: date, later: date) -> None:
    first, second = gap_days(discharged, started), gap_days(started, later)
    assert first is not None and second is not None
    assert gap_days(discharged, later) == first + second


@given(st.integers(min_value=-2000, max_value=2000))
def test_far_is_more_than_a_year_either_way(offset: int) -> None:
    today = date(2026, 3, 3)
    planned = today + timedelta(days=offset)
    assert is_far(planned, today) == (abs(offset) > 365)
    assert (far_date_warning(planned, today) is None) == (abs(offset) <= 365)
