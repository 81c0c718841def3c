"""When an instrument is next due in an episode."""

from __future__ import annotations

from datetime import date

from coordinator.domain.assessment_schedule import days_overdue, next_due

IOP_START = date(2026, 3, 2)


def test_a_new_episode_wants_a_baseline_on_its_first_day() -> None:
    assert next_due(IOP_START, None, 7) == IOP_START
    # A score from the episode before does not count.
    assert next_due(IOP_START, date(2026, 2, 27), 7) == IOP_START


def test_then_the_instrument_is_due_every_so_many_days_after_it_was_last_given() -> None:
    assert next_due(IOP_START, date(2026, 3, 9), 7) == date(2026, 3, 16)
    assert days_overdue(date(2026, 3, 16), date(2026, 3, 16)) == 0
    assert days_overdue(date(2026, 3, 16), date(2026, 3, 19)) == 3


def test_zero_days_means_the_instrument_is_not_scheduled() -> None:
    assert next_due(IOP_START, None, 0) is None
