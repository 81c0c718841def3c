"""Kaplan-Meier, Student's t and the mean's interval, against values worked out by hand and
printed t tables."""

from __future__ import annotations

import math

import pytest

from coordinator.domain.outcome_stats import (
    Observation,
    kaplan_meier,
    mean_interval,
    normal_quantile,
    t_distribution,
    t_quantile,
)


def test_kaplan_meier_by_hand() -> None:
    # Six cases: events on days 3, 3 and 10; one known event-free through day 5, one
    # through day 12, and one that can no longer have the event (completed).
    curve = kaplan_meier([Observation(3, True), Observation(3, True), Observation(10, True),
                          Observation(5), Observation(12), Observation(None)])
    # Day 3: 6 at risk, 2 events -> 4/6. Day 10: the case followed to day 5 has left the
    # risk set, so 3 at risk (10, 12, always), 1 event -> 4/6 * 2/3 = 4/9.
    assert [(s.day, s.at_risk, s.events) for s in curve.steps] == [(3, 6, 2), (10, 3, 1)]
    assert curve.at(0) == 1.0
    assert curve.at(2) == 1.0
    assert curve.at(3) == pytest.approx(4 / 6)
    assert curve.at(9) == pytest.approx(4 / 6)
    assert curve.at(10) == pytest.approx(4 / 9)
    assert curve.at(400) == pytest.approx(4 / 9)  # the completed case is always followed
    assert (curve.cases, curve.at_risk(11), curve.at_risk(13)) == (6, 2, 1)


def test_censored_on_an_event_day_is_still_at_risk_that_day() -> None:
    curve = kaplan_meier([Observation(4, True), Observation(4), Observation(8)])
    assert curve.at(4) == pytest.approx(2 / 3)
    # Nobody followed past day 8: no estimate beyond it.
    assert curve.at(8) == pytest.approx(2 / 3)
    assert curve.at(9) is None
    assert curve.value(9) == pytest.approx(2 / 3)


def test_no_cases_give_no_estimate() -> None:
    curve = kaplan_meier([])
    assert (curve.cases, curve.steps, curve.at(0)) == (0, (), None)
    with pytest.raises(ValueError):
        kaplan_meier([Observation(None, True)])


@pytest.mark.parametrize(("df", "printed"), [
    # Two-sided 95 % critical values as printed in t tables.
    (1, 12.706), (2, 4.303), (3, 3.182), (4, 2.776), (5, 2.571), (9, 2.262), (10, 2.228),
    (20, 2.086), (30, 2.042), (60, 2.000), (120, 1.980), (1000, 1.962)])
def test_t_quantile_matches_the_printed_table(df: int, printed: float) -> None:
    assert round(t_quantile(0.975, df), 3) == printed
    assert t_quantile(0.025, df) == pytest.approx(-t_quantile(0.975, df))


def test_t_quantile_closed_forms_and_the_switch_to_the_expansion() -> None:
    # One degree of freedom is the Cauchy distribution: t = tan(π (p − ½)).
    assert t_quantile(0.975, 1) == pytest.approx(math.tan(math.pi * 0.475), rel=1e-9)
    # Two: t = a √(2 / (1 − a²)) with a = 2p − 1.
    assert t_quantile(0.975, 2) == pytest.approx(0.95 * math.sqrt(2 / (1 - 0.95 ** 2)),
                                                 rel=1e-9)
    # The exact function and the expansion agree where one hands over to the other.
    assert t_quantile(0.975, 301) == pytest.approx(t_quantile(0.975, 300), abs=1e-4)
    assert t_distribution(t_quantile(0.9, 7), 7) == pytest.approx(0.9, abs=1e-9)
    assert t_distribution(0.0, 4) == 0.5
    assert normal_quantile(0.975) == pytest.approx(1.959964, abs=1e-6)


def test_mean_interval_by_hand() -> None:
    # Changes -6, -4, -8, -2: mean -5, s = √(20/3) = 2.582, s/√4 = 1.291, t(0.975, 3) =
    # 3.182: -5 ± 4.109.
    interval = mean_interval([-6, -4, -8, -2])
    assert interval.mean == -5
    assert interval.low == pytest.approx(-9.1085, abs=1e-4)
    assert interval.high == pytest.approx(-0.8915, abs=1e-4)
    one = mean_interval([3])
    assert (one.n, one.mean, one.low, one.high) == (1, 3, None, None)
    assert mean_interval([]).mean is None
