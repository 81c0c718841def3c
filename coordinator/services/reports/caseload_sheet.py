"""The caseload per case manager report as a sheet: its figures, its table by case manager
and its lists of clocks and referrals, as the screen, the CSV file and the PDF show them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TypeVar

from sqlalchemy import Connection

from coordinator.domain.words import Words, said
from coordinator.reports.outcome_data import CaseList, Figure, ReportSheet, Table, Unit
from coordinator.services.reports.caseload import CaseloadReport, CaseloadRow, caseload_report
from coordinator.services.reports.caseload_reading import CaseloadClock, CaseloadReferral
from coordinator.services.reports.dto import ReportFilters, ReportPeriod
from coordinator.services.reports.wording import filters_text as filters_words

CASELOAD_MISSED = "caseload.missed_clocks"
CASELOAD_OPEN = "caseload.open_clocks"
CASELOAD_REFERRALS = "caseload.overdue_referrals"
TABLE_COLUMNS = (said("CaseloadReport", "Case manager"), said("CaseloadReport", "Active clients"),
                 said("CaseloadReport", "Open clocks"), said("CaseloadReport", "Missed clocks"),
                 said("CaseloadReport", "Overdue referrals"),
                 said("CaseloadReport", "Assessments due"))

_OVERDUE_REFERRALS = said("CaseloadReport", "Referrals past their follow-up date")

_Item = TypeVar("_Item", CaseloadClock, CaseloadReferral)


def sheet(connection: Connection, period: ReportPeriod, filters: ReportFilters,
          as_of: date) -> ReportSheet:
    """The caseload per case manager as of ``as_of`` (clocks missed with a due date in the
    period), as one sheet."""
    return caseload_sheet(caseload_report(connection, period, filters, as_of),
                          filters_words(connection, filters))


def caseload_sheet(report: CaseloadReport, filters_text: str) -> ReportSheet:
    """The report as the screen, the CSV file and the PDF show it."""
    period = report.period
    first, last, day = period.first_day, period.last_day, report.as_of
    definition = said(
        "CaseloadReport",
        "One row per case manager (the client's primary case manager as recorded now): "
        "active client records (as the dashboard's My caseload counts them); transition "
        "clocks open on %1; clocks that fell due from %2 to %3 without being "
        "met by %1 (missed); referrals awaiting an answer on %1 past their follow-up "
        "date; instruments (PHQ-9, GAD-7, PCL-5 as the clinic schedules them) due by %1 "
        "in an episode at one of the clinic's own programs. The level, program and track "
        "filters keep the clocks started at them and the clients in care at them on "
        "%1; the payer filter keeps clients with that insurance payer.").arg(day, first, last)
    total = report.total
    figures = (
        Figure("caseload.active_clients", said("CaseloadReport", "Active clients"),
               float(total.active_clients), Unit.COUNT,
               detail=said("CaseloadReport", "%1 case managers").arg(
                   sum(1 for row in report.rows if row.case_manager_id))),
        Figure("caseload.open_clocks", said("CaseloadReport", "Clocks open on %1").arg(day),
               float(total.open_clocks), Unit.COUNT, list_key=CASELOAD_OPEN),
        Figure("caseload.missed_clocks", said("CaseloadReport", "Clocks missed"),
               float(total.missed_clocks), Unit.COUNT,
               detail=said("CaseloadReport", "due %1 to %2").arg(first, last),
               list_key=CASELOAD_MISSED),
        Figure("caseload.overdue_referrals", _OVERDUE_REFERRALS,
               float(total.overdue_referrals), Unit.COUNT, list_key=CASELOAD_REFERRALS),
        # Counted, not listed: a large clinic has tens of thousands; each case manager's
        # dashboard lists their own.
        Figure("caseload.assessments_due", said("CaseloadReport", "Assessments due"),
               float(total.assessments_due), Unit.COUNT,
               detail=said("CaseloadReport", "listed on each case manager's dashboard")),
    )
    table = Table("caseload.by_case_manager", said("CaseloadReport", "By case manager"),
                  TABLE_COLUMNS,
                  tuple(_table_row(row) for row in (*report.rows, total)),
                  numeric=frozenset({1, 2, 3, 4, 5}))
    clock_columns = (said("CaseloadReport", "Client"), said("CaseloadReport", "Record number"),
                     said("CaseloadReport", "Case manager"), said("CaseloadReport", "Clock"),
                     said("CaseloadReport", "Started"), said("CaseloadReport", "Due"))
    referral_columns = (said("CaseloadReport", "Client"), said("CaseloadReport", "Record number"),
                        said("CaseloadReport", "Case manager"), said("CaseloadReport", "Category"),
                        said("CaseloadReport", "Referred to"), said("CaseloadReport", "Status"),
                        said("CaseloadReport", "Follow up by"),
                        said("CaseloadReport", "Days overdue"))
    # The rows are written when a list is first opened or saved.
    lists = (
        _later_list(CASELOAD_MISSED, said("CaseloadReport", "Missed clocks"),
                    (*clock_columns, said("CaseloadReport", "Days overdue")),
                    report.missed_clocks, _clock_row),
        _later_list(CASELOAD_OPEN, said("CaseloadReport", "Open clocks"),
                    (*clock_columns, said("CaseloadReport", "Days left")),
                    report.open_clocks, _clock_row),
        _later_list(CASELOAD_REFERRALS, _OVERDUE_REFERRALS,
                    referral_columns, report.overdue_referrals, _referral_row),
    )
    return ReportSheet(
        name="caseload", title=said("Reports", "Caseload per case manager"),
        first_day=period.first_day,
        last_day=period.last_day, as_of=report.as_of, filters=filters_text,
        definition=definition, figures=figures, tables=(table,), lists=lists,
        note=_note(report))


def _later_list(key: str, title: Words, columns: tuple[str, ...], items: tuple[_Item, ...],
                row: Callable[[_Item], tuple[str, ...]]) -> CaseList:
    return CaseList.later(key, title, columns, len(items), lambda: (
        tuple(map(row, items)), tuple(item.client_id for item in items)))


def _note(report: CaseloadReport) -> str:
    if not report.rows:
        return said("CaseloadReport",
                    "No case manager matches the filters: no user holds a caseload.")
    total = report.total
    if not any((total.active_clients, total.open_clocks, total.missed_clocks,
                total.overdue_referrals, total.assessments_due)):
        return said("CaseloadReport", "No active clients, clocks, overdue referrals or "
                                      "assessments due on %1 for the case managers "
                                      "listed.").arg(report.as_of)
    return ""


def _table_row(row: CaseloadRow) -> tuple[str, ...]:
    name = (row.case_manager if row.account_active
            else said("CaseloadReport", "%1 (account closed)").arg(row.case_manager))
    return (name, str(row.active_clients), str(row.open_clocks), str(row.missed_clocks),
            str(row.overdue_referrals), str(row.assessments_due))


def _clock_row(clock: CaseloadClock) -> tuple[str, ...]:
    return (clock.client_name, clock.record_number, clock.case_manager, clock.title,
            clock.start.isoformat(), clock.due.isoformat(), str(clock.days))


def _referral_row(referral: CaseloadReferral) -> tuple[str, ...]:
    return (referral.client_name, referral.record_number, referral.case_manager,
            referral.category, referral.target, referral.status,
            referral.follow_up_due.isoformat(), str(referral.days_overdue))
