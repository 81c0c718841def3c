"""Summaries of repeated timings: median, p95 and spread, from raw samples.

The median rather than the mean because one slow run (the other core busy, a page-cache
miss) should not move the headline figure; p95 because "as you type" is judged by the
slow keystrokes, not the typical ones.
"""

from __future__ import annotations

import math
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Samples:
    """Repeated measurements of one quantity, in ``unit`` ("ms", "s" or "MB")."""

    values: tuple[float, ...]
    unit: str

    @property
    def median(self) -> float:
        return statistics.median(self.values)

    @property
    def p95(self) -> float:
        """Nearest-rank 95th percentile: with fewer than 20 samples this is the maximum."""
        ordered = sorted(self.values)
        return ordered[max(math.ceil(0.95 * len(ordered)) - 1, 0)]

    @property
    def low(self) -> float:
        return min(self.values)

    @property
    def high(self) -> float:
        return max(self.values)

    def as_json(self) -> dict[str, object]:
        return {"unit": self.unit, "median": self.median, "p95": self.p95, "min": self.low,
                "max": self.high, "count": len(self.values), "values": list(self.values)}


def time_ms(action: Callable[[], object]) -> float:
    """Milliseconds ``action()`` took on the wall clock (what a person waits for)."""
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def repeat_ms(action: Callable[[], object], *, runs: int, warmup: int) -> Samples:
    """Time ``action`` ``runs`` times after ``warmup`` untimed calls.

    The warm-up lets SQLAlchemy compile and cache its statements and SQLite fill its page
    cache, as they are after the first minute of a working day; the floors get the same
    warm-up, so the ratio compares like with like.
    """
    for _ in range(warmup):
        action()
    return Samples(tuple(time_ms(action) for _ in range(runs)), "ms")
