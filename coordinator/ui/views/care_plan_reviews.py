"""The dashboard's "Care plan reviews due": current plans on the signed-in user's caseload
whose review falls due within a week or is late, as often as the clinic sets per level of
care (Administration → Settings)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtWidgets import QWidget

from coordinator.services.care_plan_views import DueReview
from coordinator.services.notify import Topic
from coordinator.ui.care.clock_table import alert_colour
from coordinator.ui.care.titles import days_text
from coordinator.ui.context import UiContext
from coordinator.ui.locale_text import date_text
from coordinator.ui.placeholders import arg
from coordinator.ui.translation import translate
from coordinator.ui.views.list_panel import DashboardListPanel
from coordinator.ui.views.table_models import Column, RowTableModel

REVIEW_TOPICS = frozenset({Topic.CARE_PLAN, Topic.EPISODE, Topic.CLIENT, Topic.SETTING})
#: Reviews due within this many days are listed with the late ones.
DUE_WITHIN_DAYS = 7


def when_text(row: DueReview) -> str:
    """"in 3 days", "due today" or "⚠ 4 days overdue"."""
    if row.days_overdue < 0:
        return arg(translate("CarePlanReviews", "in %1"), days_text(-row.days_overdue))
    if row.days_overdue == 0:
        return translate("CarePlanReviews", "due today")
    return "⚠ " + arg(translate("CarePlanReviews", "%1 overdue"), days_text(row.days_overdue))


class DueReviewModel(RowTableModel[DueReview]):
    """Due date, when, client, record number and level; late rows in the alert colours."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(translate("CarePlanReviews", "Due"), lambda row: date_text(row.due_on)),
            Column(translate("CarePlanReviews", "When"), when_text),
            Column(translate("CarePlanReviews", "Client"), lambda row: row.client_name),
            Column(translate("CarePlanReviews", "Record number"), lambda row: row.record_number),
            Column(translate("CarePlanReviews", "Level"), lambda row: row.level_code),
        ], key=lambda row: row.plan_id, parent=parent)

    def extra_data(self, row: DueReview, column: int, role: int) -> Any:
        return alert_colour(role) if row.days_overdue > 0 else None


class CarePlanReviewsPanel(DashboardListPanel):
    """Plans due for review; Enter or a double-click opens the client's record. On the
    dashboard its rows come with the dashboard's reading (and its one audited view)."""

    refresh_topics = REVIEW_TOPICS

    reviews_loaded = Signal(list)
    """The plans due for review were read and are shown: ``(list[DueReview])``."""

    def __init__(self, ui: UiContext, parent: QWidget | None = None, *,
                 reads_itself: bool = True) -> None:
        super().__init__(
            ui, translate("CarePlanReviewsPanel", "Care plan reviews due on my caseload"),
            DueReviewModel(), "carePlanReviewTable",
            translate("CarePlanReviewsPanel", "Care plan reviews due"),
            (110, 150, 200, 130), parent, reads_itself=reads_itself)
        self.model.setParent(self)
        self.setObjectName("carePlanReviewsPanel")

    def refresh(self) -> None:
        self._loaded_once = True
        plans = self.ui.services.care_plans
        self.ui.operations.call(self, lambda: plans.due_reviews(within_days=DUE_WITHIN_DAYS),
                                done=self.show_due, failed=self._failed)

    def show_due(self, rows: list[DueReview]) -> None:
        if not rows:
            text = self.tr("No care plan on your caseload is due for review this week.")
        else:
            late = sum(1 for row in rows if row.days_overdue > 0)
            text = arg(self.tr("%1 due this week, %2 of them late. Press Enter to open the "
                               "client's record and use Record review on the Care plan tab."),
                       QLocale().toString(len(rows)), QLocale().toString(late))
        self.show_rows(rows, text)
        self.reviews_loaded.emit(rows)
