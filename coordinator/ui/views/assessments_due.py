"""The dashboard's "Assessments due": instruments due today or late for the clients on the
signed-in user's caseload, as often as the clinic's settings ask."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtWidgets import QWidget

from coordinator.services.assessment_views import DueAssessment
from coordinator.services.notify import Topic
from coordinator.ui.care.clock_table import alert_colour
from coordinator.ui.care.titles import days_text
from coordinator.ui.context import UiContext
from coordinator.ui.locale_text import date_text
from coordinator.ui.placeholders import arg
from coordinator.ui.translation import translate
from coordinator.ui.views.list_panel import DashboardListPanel
from coordinator.ui.views.table_models import Column, RowTableModel

DUE_TOPICS = frozenset({Topic.ASSESSMENT, Topic.EPISODE, Topic.CLIENT, Topic.SETTING})
LISTED = 100
ROWS_SHOWN = 6


def when_text(row: DueAssessment) -> str:
    """"due today", or "⚠ 3 days overdue"."""
    if row.days_overdue <= 0:
        return translate("AssessmentsDue", "due today")
    return "⚠ " + arg(translate("AssessmentsDue", "%1 overdue"), days_text(row.days_overdue))


def last_text(row: DueAssessment) -> str:
    if row.last_given is None:
        return translate("AssessmentsDue", "no baseline in this episode")
    return arg(translate("AssessmentsDue", "last %1"), date_text(row.last_given))


class DueAssessmentModel(RowTableModel[DueAssessment]):
    """Due date, when, client, record number, instrument, level and the last time given;
    late rows in the alert colours, with the lateness also in words."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(translate("AssessmentsDue", "Due"), lambda row: date_text(row.due_on)),
            Column(translate("AssessmentsDue", "When"), when_text),
            Column(translate("AssessmentsDue", "Client"), lambda row: row.client_name),
            Column(translate("AssessmentsDue", "Record number"), lambda row: row.record_number),
            Column(translate("AssessmentsDue", "Instrument"), lambda row: row.instrument.value),
            Column(translate("AssessmentsDue", "Level"), lambda row: row.level_code),
            Column(translate("AssessmentsDue", "Last given"), last_text),
        ], key=lambda row: (row.episode_id, row.instrument.value), parent=parent)

    def extra_data(self, row: DueAssessment, column: int, role: int) -> Any:
        return alert_colour(role) if row.days_overdue > 0 else None


class AssessmentsDuePanel(DashboardListPanel):
    """Due and late assessments; Enter or a double-click opens the client's record."""

    refresh_topics = DUE_TOPICS
    rows_shown = ROWS_SHOWN

    due_loaded = Signal(list)
    """The due assessments were read and are shown: ``(list[DueAssessment])``."""

    def __init__(self, ui: UiContext, parent: QWidget | None = None, *,
                 reads_itself: bool = True) -> None:
        super().__init__(ui, translate("AssessmentsDuePanel", "Assessments due on my caseload"),
                         DueAssessmentModel(),
                         "dueAssessmentTable", translate("AssessmentsDuePanel", "Assessments due"),
                         (110, 150, 180, 130, 100, 70), parent,
                         reads_itself=reads_itself)
        self.model.setParent(self)
        self.setObjectName("assessmentsDuePanel")

    def refresh(self) -> None:
        self._loaded_once = True
        self.ui.operations.call(self, self.ui.services.assessments.due, LISTED,
                                done=self.show_due, failed=self._failed)

    def show_due(self, rows: list[DueAssessment]) -> None:
        if not rows:
            text = self.tr("No assessment is due for the clients on your caseload. How often "
                           "each instrument is due is set in Administration → Settings.")
        else:
            late = sum(1 for row in rows if row.days_overdue > 0)
            text = arg(self.tr("%1 due, %2 of them late. Press Enter or double-click a row to "
                               "open the client's record and use Record assessment."),
                       QLocale().toString(len(rows)), QLocale().toString(late))
        self.show_rows(rows, text)
        self.due_loaded.emit(rows)
