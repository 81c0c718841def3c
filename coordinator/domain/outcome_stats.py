"""Small statistics for the outcome reports: a Kaplan-Meier curve over days, the mean of a
set of changes with its t-based confidence interval, and Student's t quantile.

Pure Python over plain numbers (no SciPy): the reports need a handful of estimates over
at most some thousands of cases.

Sources:

* Kaplan-Meier product-limit estimate: Kaplan & Meier, "Nonparametric estimation from
  incomplete observations", J Am Stat Assoc 1958;53:457–481. A case censored on the day of
  an event is counted at risk on that day (the usual convention).
* Student's t distribution function for whole degrees of freedom as a finite sum in
  θ = arctan(t / √ν): Abramowitz & Stegun, Handbook of Mathematical Functions, 26.7.3 and
  26.7.4; the expansion of the quantile in powers of 1/ν around the normal quantile for
  many degrees of freedom: 26.7.5.
"""

from __future__ import annotations

import bisect
import math
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

# Above this many degrees of freedom the quantile comes from the A&S 26.7.5 expansion
# (its error there is below 1e-9); at or below it from the exact distribution function.
_EXACT_DF_LIMIT = 300


@dataclass(frozen=True)
class Observation:
    """One case followed over days from day 0.

    ``event`` True: the event (e.g. leaving a program) happened on ``day``, the first day
    the case is no longer event-free. False: the case is known event-free through ``day``
    (censored after it); ``day`` None means it can no longer have the event at all (e.g. it
    completed the program), so it stays in every later risk set.
    """

    day: int | None
    event: bool = False


@dataclass(frozen=True)
class Step:
    """The curve drops to ``survival`` on ``day``: ``events`` of the ``at_risk`` cases."""

    day: int
    at_risk: int
    events: int
    survival: float


@dataclass(frozen=True)
class Survival:
    """A Kaplan-Meier curve: 1.0 from day 0 until the first step. ``followed`` holds the
    days the cases are followed to (their event day or last event-free day), in order;
    ``always`` counts the cases followed without end (those that can no longer have the
    event)."""

    steps: tuple[Step, ...]
    followed: tuple[int, ...]
    always: int = 0

    @property
    def cases(self) -> int:
        return len(self.followed) + self.always

    def at(self, day: int) -> float | None:
        """The estimated share still event-free on ``day``; None when no case is followed
        that far (nothing was seen about that day)."""
        if self.at_risk(day) == 0:
            return None
        return self.value(day)

    def value(self, day: int) -> float:
        """The curve's value on ``day`` (its last value beyond the followed days)."""
        index = bisect.bisect_right([step.day for step in self.steps], day)
        return self.steps[index - 1].survival if index else 1.0

    def at_risk(self, day: int) -> int:
        """The cases followed to ``day`` or beyond (those still at risk on that day)."""
        return self.always + len(self.followed) - bisect.bisect_left(self.followed, day)


def kaplan_meier(observations: Iterable[Observation]) -> Survival:
    """The product-limit estimate of the share still event-free, day by day.

    S(d) = Π over event days u ≤ d of (1 − events(u) / at_risk(u)); a case is at risk on
    day u when its event day or its last event-free day is u or later.
    """
    followed: list[int] = []
    always = 0
    events: dict[int, int] = {}
    for case in observations:
        if case.day is None:
            if case.event:
                raise ValueError("An event needs its day.")
            always += 1
            continue
        followed.append(case.day)
        if case.event:
            events[case.day] = events.get(case.day, 0) + 1
    followed.sort()
    steps: list[Step] = []
    survival = 1.0
    for day in sorted(events):
        at_risk = always + len(followed) - bisect.bisect_left(followed, day)
        survival *= 1 - events[day] / at_risk
        steps.append(Step(day, at_risk, events[day], survival))
    return Survival(tuple(steps), tuple(followed), always)


def t_distribution(t: float, df: int) -> float:
    """P(T ≤ t) for Student's t with ``df`` (a whole number ≥ 1) degrees of freedom."""
    if df < 1:
        raise ValueError("The degrees of freedom must be at least 1.")
    theta = math.atan(abs(t) / math.sqrt(df))
    cos2 = math.cos(theta) ** 2
    # A&S 26.7.3 / 26.7.4: A(t|ν) = P(|T| ≤ t) as a finite sum of powers of cos²θ.
    if df % 2 == 1:
        term, total = math.cos(theta), 0.0
        if df > 1:
            total = term
            for k in range(1, (df - 3) // 2 + 1):
                term *= cos2 * (2 * k) / (2 * k + 1)
                total += term
        inside = 2 / math.pi * (theta + math.sin(theta) * total)
    else:
        term = total = 1.0
        for k in range(1, (df - 2) // 2 + 1):
            term *= cos2 * (2 * k - 1) / (2 * k)
            total += term
        inside = math.sin(theta) * total
    half = inside / 2
    return 0.5 + half if t >= 0 else 0.5 - half


def normal_quantile(p: float) -> float:
    """The standard normal quantile, by bisection on the distribution function."""
    _check_probability(p)
    low, high = -40.0, 40.0
    for _ in range(200):
        middle = (low + high) / 2
        if 0.5 * math.erfc(-middle / math.sqrt(2)) < p:
            low = middle
        else:
            high = middle
    return (low + high) / 2


def t_quantile(p: float, df: int) -> float:
    """The ``p`` quantile of Student's t with ``df`` degrees of freedom (0.975 and 10 give
    2.228, the value a two-sided 95 % interval uses)."""
    _check_probability(p)
    if df < 1:
        raise ValueError("The degrees of freedom must be at least 1.")
    if p < 0.5:
        return -t_quantile(1 - p, df)
    if df > _EXACT_DF_LIMIT:
        z = normal_quantile(p)
        # A&S 26.7.5, the first three terms in 1/ν.
        return (z + (z ** 3 + z) / (4 * df)
                + (5 * z ** 5 + 16 * z ** 3 + 3 * z) / (96 * df ** 2)
                + (3 * z ** 7 + 19 * z ** 5 + 17 * z ** 3 - 15 * z) / (384 * df ** 3))
    low, high = 0.0, 1.0
    while t_distribution(high, df) < p:
        high *= 2
    for _ in range(200):
        middle = (low + high) / 2
        if t_distribution(middle, df) < p:
            low = middle
        else:
            high = middle
        if high - low < 1e-12:
            break
    return (low + high) / 2


@dataclass(frozen=True)
class MeanInterval:
    """A mean with its two-sided confidence interval (None when fewer than two values)."""

    n: int
    mean: float | None
    low: float | None
    high: float | None
    level: float = 0.95


def mean_interval(values: Sequence[float], level: float = 0.95) -> MeanInterval:
    """The mean of ``values`` and its t interval: mean ± t(1 − α/2, n − 1) · s / √n."""
    n = len(values)
    if n == 0:
        return MeanInterval(0, None, None, None, level)
    mean = statistics.fmean(values)
    if n == 1:
        return MeanInterval(1, mean, None, None, level)
    # The sample standard deviation in floats (statistics.stdev works in exact fractions,
    # slow for the tens of thousands of changes a large clinic's report averages).
    deviation = math.sqrt(math.fsum((value - mean) ** 2 for value in values) / (n - 1))
    half = t_quantile(1 - (1 - level) / 2, n - 1) * deviation / math.sqrt(n)
    return MeanInterval(n, mean, mean - half, mean + half, level)


def _check_probability(p: float) -> None:
    if not 0 < p < 1:
        raise ValueError("A probability strictly between 0 and 1 is needed.")
