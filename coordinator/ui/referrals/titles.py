"""Translated titles of referral codes, and the referral table model the record's Referrals
tab, the Referrals view and the dashboard share, so a referral reads the same everywhere."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
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
from coordinator.ui.placeholders import arg
from coordinator.ui.views.table_models import Column, RowTableModel


def _tr(text: str) -> str:
    return QCoreApplication.translate("Referrals", text)


def status_title(status: ReferralStatus) -> str:
    S = ReferralStatus  # noqa: N806 - a short alias keeps the table readable
    return {S.DRAFT: _tr("Draft"), S.REQUESTED: _tr("Requested"), S.RECEIVED: _tr("Received"),
            S.ACCEPTED: _tr("Accepted"), S.REJECTED: _tr("Rejected"),
            S.IN_PROGRESS: _tr("In progress"), S.ON_HOLD: _tr("On hold"),
            S.COMPLETED: _tr("Completed"), S.CANCELLED: _tr("Cancelled"),
            S.FAILED: _tr("Failed")}[status]


def outcome_title(outcome: ReferralOutcome) -> str:
    O = ReferralOutcome  # noqa: N806, E741 - as above
    return {O.GOT_HELP: _tr("Got help"), O.COULD_NOT_CONTACT: _tr("Could not contact"),
            O.NOT_ELIGIBLE: _tr("Not eligible"), O.NO_CAPACITY: _tr("No capacity"),
            O.NO_LONGER_INTERESTED: _tr("No longer interested"),
            O.REFERRED_ELSEWHERE: _tr("Referred elsewhere"), O.OTHER: _tr("Other")}[outcome]


def category_title(category: ReferralCategory) -> str:
    C = ReferralCategory  # noqa: N806 - as above
    return {C.HOUSING: _tr("Housing"), C.EMPLOYMENT: _tr("Employment / vocational"),
            C.PHYSICAL_HEALTH: _tr("Physical health"), C.FOOD: _tr("Food"),
            C.TRANSPORTATION: _tr("Transportation"), C.LEGAL: _tr("Legal"),
            C.BENEFITS: _tr("Benefits / financial"), C.EDUCATION: _tr("Education"),
            C.CHILDCARE: _tr("Childcare"), C.FAMILY_SUPPORT: _tr("Family support"),
            C.PEER_SUPPORT: _tr("Peer support"), C.SUBSTANCE_USE: _tr("Substance use"),
            C.MENTAL_HEALTH: _tr("Mental health"), C.OTHER: _tr("Other")}[category]


def priority_title(priority: ReferralPriority) -> str:
    P = ReferralPriority  # noqa: N806 - as above
    return {P.ROUTINE: _tr("Routine"), P.URGENT: _tr("Urgent"),
            P.ASAP: _tr("As soon as possible"), P.STAT: _tr("Immediately")}[priority]


def status_text(row: ReferralView) -> str:
    """The status, with the outcome once closed: "Completed — got help"."""
    text = status_title(row.status)
    if row.outcome is not None:
        text += " — " + outcome_title(row.outcome).lower()
    return text


def follow_up_text(row: ReferralView, today_ordinal: int | None = None) -> str:
    if row.follow_up_due is None:
        return ""
    text = row.follow_up_due.isoformat()
    if row.overdue and today_ordinal is not None:
        late = today_ordinal - row.follow_up_due.toordinal()
        text = "⚠ " + text + " (" + arg(_tr("%1 late"), days_text(late)) + ")"
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
            Column(_tr("Follow up by"), lambda row: follow_up_text(row, self.today_ordinal)),
            Column(_tr("Status"), status_text),
        ]
        if with_client:
            columns += [Column(_tr("Client"), lambda row: row.client_name),
                        Column(_tr("Record number"), lambda row: row.record_number)]
        columns += [
            Column(_tr("Category"), lambda row: category_title(row.category)),
            Column(_tr("Referred to"), lambda row: row.target_name),
            Column(_tr("Case manager"), lambda row: row.assigned_to_name),
            Column(_tr("Reason"), lambda row: " ".join(row.reason.split())),
        ]
        super().__init__(columns, key=lambda row: row.id, parent=parent)

    def extra_data(self, row: ReferralView, column: int, role: int) -> Any:
        if row.overdue and (colour := alert_colour(role)) is not None:
            return colour
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.reason
        return None
