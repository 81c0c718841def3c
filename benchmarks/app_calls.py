"""What the app's views read, called here the same way, so the harness measures it.

The views keep their reads in plain functions that run on a worker thread and touch no
widget (``read_dashboard``, ``first_page``; the record window's one call is
``services.record.read``). The harness calls those very
functions rather than a copy of their service calls, so it measures what a person waits
for and follows the views when they change what they ask for. Importing the view modules
loads PySide6 but creates no ``QApplication``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from benchmarks.context import BenchContext
from benchmarks.stats import Samples


def keystroke(ctx: BenchContext, prefix: str) -> None:
    """What the Clients view reads after a keystroke: the count and the first page."""
    search_keystroke(ctx.services, prefix)


def search_keystroke(services: Any, prefix: str) -> None:
    """``keystroke`` on any signed-in services (a simulated workstation's, say)."""
    from coordinator.services.registry import RegistryQuery
    from coordinator.ui.views.clients import first_page

    first_page(services.registry, RegistryQuery(text=prefix))


def search_page_rows() -> int:
    """Rows per page of the Clients view."""
    from coordinator.ui.views.registry_model import PAGE_SIZE

    return PAGE_SIZE


def dashboard_census_and_clocks(ctx: BenchContext) -> None:
    """The clinic-wide part of the dashboard: census, open clocks, planned transitions and
    overdue referrals (the part its speed target names)."""
    from coordinator.ui.views.dashboard import read_census_and_clocks

    read_census_and_clocks(ctx.services)


def open_dashboard(ctx: BenchContext) -> None:
    """What the Dashboard view reads when it opens: the clinic-wide part, the signed-in
    case manager's safety alerts and assessments due, and the audited view of it all."""
    from coordinator.ui.views.dashboard import read_dashboard

    read_dashboard(ctx.services)


def open_own_dashboard(services: Any) -> None:
    """The Dashboard view's first read for whoever is signed in: a role without the
    clinic's reports sees the clocks of its own caseload (the view's "Whole clinic" box
    starts unticked), as a case manager's workstation opens it."""
    from coordinator.domain.roles import Permission, allows
    from coordinator.ui.views.dashboard import read_dashboard

    actor = services.actor
    clinic_wide = actor is not None and allows(actor.role, Permission.VIEW_REPORTS)
    read_dashboard(services, caseload_only=not clinic_wide)


def open_record(ctx: BenchContext, client_id: int) -> None:
    """What a client's record window reads when it opens: the client (the audited view) and
    the care data, the Overview's clinical-record lines, and what the clinical record's
    tabs read for themselves (problems, medications and allergies, appointments, the safety
    plan, advance directives, the clinician). The window reads these on worker threads side
    by side; here they run one after another, so the figure is an upper bound."""
    read_record(ctx.services, client_id)


def read_record(services: Any, client_id: int) -> None:
    """``open_record`` on any signed-in services."""
    services.record.read(client_id)
    services.summary.summary(client_id)
    services.diagnoses.problems_of(client_id)
    services.medications.medications_of(client_id)
    services.allergies.allergies_of(client_id)
    services.appointments.appointments_of(client_id)
    services.safety_plans.current(client_id)
    services.directives.directives_of(client_id)
    services.clinician.clinician_of(client_id)


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
