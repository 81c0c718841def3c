"""The service calls the app's views make, repeated here so the harness measures them.

Kept in one place so that when a view changes what it asks for, one function here follows
it; each names the view it mirrors. Only public service methods are called.
"""

from __future__ import annotations

from collections.abc import Callable

from benchmarks.context import BenchContext
from benchmarks.floors import PAGE_ROWS
from benchmarks.stats import Samples

SEARCH_PAGE_ROWS = PAGE_ROWS
DASHBOARD_MISSED_SHOWN_DAYS = 30
"""The dashboard view's MISSED_SHOWN_DAYS."""
DASHBOARD_UPCOMING_DAYS = 7
"""The dashboard view's UPCOMING_DAYS."""


def keystroke(ctx: BenchContext, prefix: str) -> None:
    """What the Clients view asks after a keystroke (its ``first_page``): the count, then
    the first page, none when nothing matches."""
    from coordinator.services.registry import RegistryQuery

    registry = ctx.services.registry
    query = RegistryQuery(text=prefix)
    if registry.count(query):
        registry.page(query, offset=0, limit=SEARCH_PAGE_ROWS)


def open_dashboard(ctx: BenchContext) -> None:
    """The same calls as the dashboard view's ``read_dashboard``."""
    from coordinator.domain.clocks import ClockState

    services = ctx.services
    services.dashboard.census()
    services.clocks.caseload_clocks(include_closed_days=DASHBOARD_MISSED_SHOWN_DAYS,
                                    states=(ClockState.OPEN, ClockState.MISSED))
    services.dashboard.upcoming_transitions(DASHBOARD_UPCOMING_DAYS)
    services.dashboard.my_caseload()


def prefixes(text: str) -> list[str]:
    """"smith" → s, sm, smi, smit, smith: what the box holds after each keystroke."""
    return [text[:end] for end in range(1, len(text) + 1)]


def per_keystroke(type_once: Callable[[], list[float]], ctx: BenchContext) -> Samples:
    """Every keystroke of every timed run as one sample, after ``ctx.warmup`` untimed runs."""
    for _ in range(ctx.warmup):
        type_once()
    values: list[float] = []
    for _ in range(ctx.runs):
        values.extend(type_once())
    return Samples(tuple(values), "ms")
