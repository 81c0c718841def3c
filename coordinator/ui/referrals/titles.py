"""Translated titles of referral codes, and the referral table model the record's Referrals
tab, the Referrals view and the dashboard share, so a referral reads the same everywhere."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QTableView

from coordinator.domain.vocabulary import (
    ReferralCategory,
    ReferralOutcome,
    ReferralPriority,
    ReferralStatus,
)
from coordinator.services.referral_views import ReferralView
from coordinator.ui.care.clock_table import alert_colour
from coordinator.ui.care.titles import days_text
from coordinator.ui.locale_text import date_text
from coordinator.ui.placeholders import arg
from coordinator.ui.translation import translate
from coordinator.ui.views.table_models import Column, RowTableModel


def status_title(status: ReferralStatus) -> str:
    S = ReferralStatus  # noqa: N806 - a short alias keeps the table readable
    return {S.DRAFT: translate("Referrals", "Draft"),
            S.REQUESTED: translate("Referrals", "Requested"),
            S.RECEIVED: translate("Referrals", "Received"),
            S.ACCEPTED: translate("Referrals", "Accepted"),
            S.REJECTED: translate("Referrals", "Rejected"),
            S.IN_PROGRESS: translate("Referrals", "In progress"),
            S.ON_HOLD: translate("Referrals", "On hold"),
            S.COMPLETED: translate("Referrals", "Completed"),
            S.CANCELLED: translate("Referrals", "Cancelled"),
            S.FAILED: translate("Referrals", "Failed")}[status]


def outcome_title(outcome: ReferralOutcome) -> str:
    O = ReferralOutcome  # noqa: N806, E741 - as above
    return {O.GOT_HELP: translate("Referrals", "Got help"),
            O.COULD_NOT_CONTACT: translate("Referrals", "Could not contact"),
            O.NOT_ELIGIBLE: translate("Referrals", "Not eligible"),
            O.NO_CAPACITY: translate("Referrals", "No capacity"),
            O.NO_LONGER_INTERESTED: translate("Referrals", "No longer interested"),
            O.REFERRED_ELSEWHERE: translate("Referrals", "Referred elsewhere"),
            O.OTHER: translate("Referrals", "Other")}[outcome]


def category_title(category: ReferralCategory) -> str:
    C = ReferralCategory  # noqa: N806 - as above
    return {C.HOUSING: translate("Referrals", "Housing"),
            C.EMPLOYMENT: translate("Referrals", "Employment / vocational"),
            C.PHYSICAL_HEALTH: translate("Referrals", "Physical health"),
            C.FOOD: translate("Referrals", "Food"),
            C.TRANSPORTATION: translate("Referrals", "Transportation"),
            C.LEGAL: translate("Referrals", "Legal"),
            C.BENEFITS: translate("Referrals", "Benefits / financial"),
            C.EDUCATION: translate("Referrals", "Education"),
            C.CHILDCARE: translate("Referrals", "Childcare"),
            C.FAMILY_SUPPORT: translate("Referrals", "Family support"),
            C.PEER_SUPPORT: translate("Referrals", "Peer support"),
            C.SUBSTANCE_USE: translate("Referrals", "Substance use"),
            C.MENTAL_HEALTH: translate("Referrals", "Mental health"),
            C.OTHER: translate("Referrals", "Other")}[category]


def priority_title(priority: ReferralPriority) -> str:
    P = ReferralPriority  # noqa: N806 - as above
    return {P.ROUTINE: translate("Referrals", "Routine"),
            P.URGENT: translate("Referrals", "Urgent"),
            P.ASAP: translate("Referrals", "As soon as possible"),
            P.STAT: translate("Referrals", "Immediately")}[priority]


def status_text(row: ReferralView) -> str:
    """The status, with the outcome once closed: "Completed — got help"."""
    text = status_title(row.status)
    if row.outcome is not None:
        text += " — " + outcome_title(row.outcome).lower()
    return text


def follow_up_text(row: ReferralView, today_ordinal: int | None = None) -> str:
    if row.follow_up_due is None:
        return ""
    text = date_text(row.follow_up_due)
    if row.overdue and today_ordinal is not None:
        late = today_ordinal - row.follow_up_due.toordinal()
        text = "⚠ " + text + " (" + arg(translate("Referrals", "%1 late"), days_text(late)) + ")"
    elif row.overdue:
        text = "⚠ " + text
    return text


def fit_columns(table: QTableView) -> None:
    """Size every column but the last (which stretches) to its text now: rows that arrive
    while a table is hidden (a record tab not yet chosen) are otherwise never measured."""
    for column in range(table.model().columnCount() - 1):
        table.resizeColumnToContents(column)


class ReferralTableModel(RowTableModel[ReferralView]):
    """Follow-up date, status, category, where to, why; overdue rows in the alert colours.

    ``with_client`` adds the client's name and record number (the Referrals view and the
    dashboard list many clients; the record's tab lists one).
    """

    def __init__(self, *, with_client: bool, today_ordinal: int | None = None,
                 parent: QObject | None = None) -> None:
        self.today_ordinal = today_ordinal
        columns: list[Column[ReferralView]] = [
            Column(translate("Referrals", "Follow up by"),
                   lambda row: follow_up_text(row, self.today_ordinal)),
            Column(translate("Referrals", "Status"), status_text),
        ]
        if with_client:
            columns += [Column(translate("Referrals", "Client"), lambda row: row.client_name),
                        Column(translate("Referrals", "Record number"),
                               lambda row: row.record_number)]
        columns += [
            Column(translate("Referrals", "Category"), lambda row: category_title(row.category)),
            Column(translate("Referrals", "Referred to"), lambda row: row.target_name),
            Column(translate("Referrals", "Case manager"), lambda row: row.assigned_to_name),
            Column(translate("Referrals", "Reason"), lambda row: " ".join(row.reason.split())),
        ]
        super().__init__(columns, key=lambda row: row.id, parent=parent)

    def extra_data(self, row: ReferralView, column: int, role: int) -> Any:
        if row.overdue and (colour := alert_colour(role)) is not None:
            return colour
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.reason
        return None
