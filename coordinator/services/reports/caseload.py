"""The caseload per case manager report: for each case manager, the active clients, the
transition clocks open and missed, the referrals past their follow-up date and the
instruments due, as of one day.

One row per case manager: every user who is the primary case manager of a client whose
record is not archived, and every active user with the case-manager role (a row of zeros
says a case manager has no clients). Clients without a primary case manager make a last
row of their own, "No case manager", when any figure counts them. The clinic's totals are
the sums of the rows.

When things are judged (``ReportPeriod`` and the ``as_of`` day):

- Active clients: client records whose status is active, as the dashboard's "My caseload"
  counts them (the status is recorded now; the record keeps no history of it).
- Open clocks: stored transition clocks open on ``as_of`` (started, not yet due, not met
  or closed by then), judged as ``coordinator.services.clocks.open_on``.
- Missed clocks: stored clocks that fell due from the period's first day through its last
  day, before ``as_of``, without being met or closed by a transfer (as
  ``coordinator.services.clocks.missed_since``): the period picks the due dates.
- Overdue referrals: referrals awaiting an answer on ``as_of`` (requested, received,
  accepted, in progress or on hold) whose follow-up date is before ``as_of``, as the
  dashboard's "Referrals past their follow-up date". A referral's status on an earlier day
  is read back from its history (the status it left at its first change after that day);
  its follow-up date is the one recorded now.
- Assessments due: instruments due on or before ``as_of`` in an episode taking place on
  that day at one of the clinic's own programs (or at no named facility), as the
  dashboard's "Assessments due" (``AssessmentService.due``): a baseline on the episode's
  first day, then every so many days (a clinic setting) after the last one given in the
  episode by ``as_of``. Counted, not listed: a large clinic has tens of thousands, and
  each case manager's dashboard lists their own.

The case manager is the client's primary case manager as recorded now. Filters: the case
manager keeps that one row; the payer keeps clients with that insurance payer (compared
without regard to case or surrounding spaces); the level of care, program and track keep
the clocks started by an episode at that level, program or track, and otherwise the
clients in an episode at that level, program or track on ``as_of``.

The reads are in ``caseload_reading``; ``caseload_sheet`` writes the report as a sheet.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TypeVar

from sqlalchemy import Connection

from coordinator.domain.words import said
from coordinator.services.reports.caseload_reading import (
    CaseloadClock,
    CaseloadReferral,
    active_clients,
    assessments_due,
    case_managers,
    clock_counts,
    open_and_missed_clocks,
    overdue_referrals,
    referral_counts,
)
from coordinator.services.reports.dto import ReportFilters, ReportPeriod

NO_CASE_MANAGER = said("CaseloadReport", "No case manager")


@dataclass(frozen=True)
class CaseloadRow:
    """One case manager's figures as of one day. ``case_manager_id`` is None on the row of
    clients without a primary case manager. ``account_active`` is False for a user whose
    account was closed but who is still recorded as a client's case manager."""

    case_manager_id: int | None
    case_manager: str
    role: str
    account_active: bool
    active_clients: int
    open_clocks: int
    missed_clocks: int
    overdue_referrals: int
    assessments_due: int


@dataclass(frozen=True)
class CaseloadReport:
    """The rows (by case manager's name, "No case manager" last) and the clocks and
    referrals behind them, each list in the rows' order of case managers. The assessments
    due are counted only: a large clinic has tens of thousands, and each case manager's
    dashboard lists their own."""

    period: ReportPeriod
    filters: ReportFilters
    as_of: date
    rows: tuple[CaseloadRow, ...]
    open_clocks: tuple[CaseloadClock, ...]
    missed_clocks: tuple[CaseloadClock, ...]
    overdue_referrals: tuple[CaseloadReferral, ...]

    @property
    def total(self) -> CaseloadRow:
        """The clinic's totals: the sums of the rows."""
        return CaseloadRow(
            None, said("CaseloadReport", "Clinic"), "", True,
            sum(row.active_clients for row in self.rows),
            sum(row.open_clocks for row in self.rows),
            sum(row.missed_clocks for row in self.rows),
            sum(row.overdue_referrals for row in self.rows),
            sum(row.assessments_due for row in self.rows))


def caseload_rows(connection: Connection, as_of: date, *, missed_days: int = 30,
                  filters: ReportFilters | None = None) -> tuple[CaseloadRow, ...]:
    """The rows as of ``as_of``, counting the clocks missed in the ``missed_days`` before it
    (as the dashboard lists missed clocks); ``connection``'s stored clocks are current."""
    period = ReportPeriod(as_of - timedelta(days=missed_days), as_of, as_of)
    return caseload_report(connection, period, filters or ReportFilters(), as_of,
                           listed=False).rows


def caseload_report(connection: Connection, period: ReportPeriod, filters: ReportFilters,
                    as_of: date, *, listed: bool = True) -> CaseloadReport:
    """The report over ``connection``, whose stored clocks the caller has brought up to
    date; ``period`` and ``filters`` are already checked. Without ``listed`` the clocks
    and referrals are counted in the database and not listed (the lists are empty): the
    dashboard shows only the numbers, and a large clinic has thousands of each."""
    managers = case_managers(connection, filters)
    names = {manager_id: name for manager_id, (name, _role, _active) in managers.items()}

    def named(manager_id: int | None) -> str:
        return NO_CASE_MANAGER if manager_id is None else names.get(manager_id, "")

    active = active_clients(connection, filters, as_of)
    due_by = assessments_due(connection, filters, as_of)
    open_clocks: list[CaseloadClock] = []
    missed: list[CaseloadClock] = []
    referrals: list[CaseloadReferral] = []
    if listed:
        open_clocks, missed = open_and_missed_clocks(connection, period, filters, as_of, named)
        referrals = overdue_referrals(connection, filters, as_of, named)
        open_by = Counter(clock.case_manager_id for clock in open_clocks)
        missed_by = Counter(clock.case_manager_id for clock in missed)
        referrals_by = Counter(referral.case_manager_id for referral in referrals)
    else:
        open_by, missed_by = clock_counts(connection, period, filters, as_of)
        referrals_by = referral_counts(connection, filters, as_of)
    rows = [CaseloadRow(manager_id, name, role, account_active, active.get(manager_id, 0),
                        open_by[manager_id], missed_by[manager_id], referrals_by[manager_id],
                        due_by[manager_id])
            for manager_id, (name, role, account_active) in managers.items()]
    rows.sort(key=lambda row: (_name_key(row.case_manager), row.case_manager_id or 0))
    if filters.case_manager_id is None:
        unassigned = CaseloadRow(None, NO_CASE_MANAGER, "", True, active.get(None, 0),
                                 open_by[None], missed_by[None], referrals_by[None],
                                 due_by[None])
        if any((unassigned.active_clients, unassigned.open_clocks, unassigned.missed_clocks,
                unassigned.overdue_referrals, unassigned.assessments_due)):
            rows.append(unassigned)
    order = {row.case_manager_id: number for number, row in enumerate(rows)}
    return CaseloadReport(
        period=period, filters=filters, as_of=as_of, rows=tuple(rows),
        open_clocks=_in_row_order(open_clocks, order),
        missed_clocks=_in_row_order(missed, order),
        overdue_referrals=_in_row_order(referrals, order))


_Item = TypeVar("_Item", CaseloadClock, CaseloadReferral)


def _in_row_order(
        items: Iterable[_Item], order: dict[int | None, int]) -> tuple[_Item, ...]:
    """The items of the rows shown, in the rows' order; within a row as read (by date,
    then name: a stable sort keeps it)."""
    return tuple(sorted((item for item in items if item.case_manager_id in order),
                        key=lambda item: order[item.case_manager_id]))


def _name_key(name: str) -> str:
    """A name as sorted: case and accents aside ("María" between "Maria" and "Marisol")."""
    return "".join(character for character in unicodedata.normalize("NFKD", name.casefold())
                   if not unicodedata.combining(character))
