"""Outcome reports over the caseload, read in one snapshot for a screen, a CSV or a PDF."""

from __future__ import annotations

from coordinator.domain.clocks import STEP_DOWN_LEVELS
from coordinator.domain.errors import ValidationError
from coordinator.domain.roles import Permission
from coordinator.domain.vocabulary import Track
from coordinator.services import derived
from coordinator.services.context import ServiceContext
from coordinator.services.reports.dto import ReportFilters, ReportPeriod, StepDownReport
from coordinator.services.reports.step_down import step_down_report


class ReportService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def step_down(self, period: ReportPeriod,
                  filters: ReportFilters | None = None) -> StepDownReport:
        """The step-down report: of the discharges from inpatient, residential,
        withdrawal-management or partial-hospitalization care in ``period``, how many
        started a lower level of care within the clinic's step-down window (14 days unless
        the clinic set another), judged as of ``period.as_of`` (default today).

        Raises ``ValidationError`` for a period ending before it starts, a level that does
        not start the step-down window, or an unknown track. A period with no discharges is
        not an error: the report then has a denominator of 0 and a ``note``.
        """
        self.ctx.require(Permission.VIEW_REPORTS)
        filters = filters or ReportFilters()
        _check(period, filters)
        # The clinic's calendar day, not UTC's (as the caseload view judges its clocks).
        as_of = period.as_of or self.ctx.clock().astimezone().date()
        derived.ensure_current(self.ctx)
        with self.ctx.unit_of_work(write=False, snapshot=True) as uow:
            return step_down_report(uow.session.connection(), period, filters, as_of)


def _check(period: ReportPeriod, filters: ReportFilters) -> None:
    problems: dict[str, str] = {}
    if period.last_day < period.first_day:
        problems["last_day"] = (
            f"The period ends on {period.last_day.isoformat()}, before it starts on "
            f"{period.first_day.isoformat()}: choose an end date on or after the start date.")
    if filters.level_code and filters.level_code not in STEP_DOWN_LEVELS:
        levels = ", ".join(sorted(STEP_DOWN_LEVELS))
        problems["level_code"] = (
            f"{filters.level_code} is not a level whose discharge starts the step-down "
            f"window ({levels}).")
    if filters.track and filters.track not in {track.value for track in Track}:
        problems["track"] = f"{filters.track} is not a program track."
    if problems:
        raise ValidationError.for_fields(problems)
