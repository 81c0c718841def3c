"""The record's Assessments tab: every score in a table, and a trend chart per instrument
with its band thresholds, the episodes shaded by level of care, and the change since each
episode's first score in words.

The tab reads for itself when first shown and whenever a change names an assessment, a
safety alert or an episode (the shading follows the episodes).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QWidget,
)

from coordinator.domain.instruments import SAFETY_FLAGS
from coordinator.domain.vocabulary import Instrument
from coordinator.services.app import AppServices
from coordinator.services.assessment_views import AssessmentView, Trend
from coordinator.services.notify import Topic
from coordinator.services.safety_plans import SafetyPlanView
from coordinator.ui.care.clock_table import ALERT_INK
from coordinator.ui.care.fields import today_of
from coordinator.ui.care.titles import level_name
from coordinator.ui.context import UiContext
from coordinator.ui.dialogs import dispose
from coordinator.ui.layouts import NO_MARGINS, STRETCH, column
from coordinator.ui.loading import RefreshOnShow
from coordinator.ui.locale_text import date_text
from coordinator.ui.placeholders import arg
from coordinator.ui.record.assessment_chart import TrendChart
from coordinator.ui.record.assessment_dialogs import (
    AssessmentInErrorDialog,
    RecordAssessmentDialog,
    flag_title,
)
from coordinator.ui.record.instrument_words import instrument_text
from coordinator.ui.record.list_page import RecordListPage
from coordinator.ui.record.safety_plan_widgets import SafetyPlanDialog
from coordinator.ui.referrals.titles import fit_columns
from coordinator.ui.translation import translate
from coordinator.ui.views.table_models import Column, RowTableModel, list_table

ASSESSMENT_TOPICS = frozenset({Topic.ASSESSMENT, Topic.SAFETY_ALERT, Topic.EPISODE})


@dataclass(frozen=True)
class AssessmentData:
    """What the tab shows, read in one go off the GUI thread."""

    assessments: list[AssessmentView]
    trends: list[Trend]


def read_assessments(services: AppServices, client_id: int) -> AssessmentData:
    return AssessmentData(services.assessments.assessments_of(client_id),
                          services.assessments.trends(client_id))


def result_text(row: AssessmentView) -> str:
    return "—" if row.total is None else str(row.total)


def flags_text(row: AssessmentView) -> str:
    return "; ".join(("⚠ " if flag in SAFETY_FLAGS else "") + flag_title(flag)
                     for flag in row.flags)


def band_text(row: AssessmentView) -> str:
    band = instrument_text(row.band or row.risk_level)
    if row.entered_in_error:
        return band + " " + translate("Assessments", "(entered in error)")
    return band


class AssessmentTableModel(RowTableModel[AssessmentView]):
    """Date, instrument, total, band or risk, flags, level of care, given by; entries in
    error struck through and marked in words; safety flags in the alert ink."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(translate("Assessments", "Date"), lambda row: date_text(row.administered_on)),
            Column(translate("Assessments", "Instrument"), lambda row: row.instrument.value),
            Column(translate("Assessments", "Total"), result_text),
            Column(translate("Assessments", "Band"), band_text),
            Column(translate("Assessments", "Level of care"),
                   lambda row: level_name(row.level_name) or "—"),
            Column(translate("Assessments", "Given by"), lambda row: row.administered_by_name),
            Column(translate("Assessments", "Flags"), flags_text),
        ], key=lambda row: row.id, parent=parent)

    def extra_data(self, row: AssessmentView, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and row.entered_in_error:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.entered_in_error:
                return QBrush(Qt.GlobalColor.darkGray)
            if any(flag in SAFETY_FLAGS for flag in row.flags):
                return QBrush(ALERT_INK)
        return None


class AssessmentsPage(RefreshOnShow, RecordListPage):
    """One client's assessments: Record assessment…, the scores and the trend charts."""

    refresh_topics = ASSESSMENT_TOPICS

    assessments_loaded = Signal(object)
    """The scores and trends were read and are shown: ``(AssessmentData)``."""

    def __init__(self, ui: UiContext, client_id: int, may_edit: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(ui, client_id, may_edit, parent)
        self.failure_title = self.tr("Assessments")
        self.client_name = ""
        #: The client's recorded preferred language: the items are worded in it if they can be.
        self.client_language = ""
        self.charts: dict[Instrument, TrendChart] = {}
        self.setObjectName("assessmentsPage")
        # Alt+A: free among the record window's tab and header keys.
        self.record_button = QPushButton(self.tr("Record &assessment…"))
        self.record_button.setObjectName("primaryButton")
        self.record_button.setAccessibleName(self.tr("Record an assessment"))
        self.record_button.setToolTip(self.tr("PHQ-9, PHQ-A, GAD-7, PCL-5, EPDS or C-SSRS "
                                              "screener"))
        self.record_button.clicked.connect(self.record_assessment)
        # Alt+K: Alt+E, R and W are taken on the record window.
        self.error_button = QPushButton(self.tr("Mar&k entered in error…"))
        self.error_button.setAccessibleName(self.tr("Mark the chosen assessment entered in "
                                                    "error"))
        self.error_button.clicked.connect(self.mark_entered_in_error)
        self.model = AssessmentTableModel(self)
        self.table: QTableView = list_table("assessmentTable", self.tr("Assessments"))
        self.table.setModel(self.model)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.empty_note = self.quiet_note(self.tr(
            "No assessment yet. Use Record assessment to enter a PHQ-9, GAD-7 or other "
            "instrument; each instrument then gets a chart of its scores over time."))
        self.charts_holder = QWidget()
        self.charts_layout = column(self.charts_holder, STRETCH, margins=(0, 0, 8, 0),
                                    spacing=18)
        self.charts_scroll = QScrollArea()
        self.charts_scroll.setWidgetResizable(True)
        self.charts_scroll.setWidget(self.charts_holder)
        self.charts_scroll.setAccessibleName(self.tr("Trend charts"))
        top = QWidget()
        column(top, self.table, self.empty_note, margins=NO_MARGINS)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("assessmentsSplitter")  # its sizes are remembered per user
        splitter.addWidget(top)
        splitter.addWidget(self.charts_scroll)
        splitter.setChildrenCollapsible(False)
        # The charts are what a case manager comes for; the table keeps a few rows in view.
        splitter.setSizes([200, 600])
        self.splitter = splitter
        self.arrange((self.record_button, self.error_button), self.table, body=splitter)
        QWidget.setTabOrder(self.table, self.charts_scroll)
        self._update_buttons()
        self.watch_changes(ui)

    def refresh(self) -> None:
        self._loaded_once = True
        self.ui.operations.call(self, read_assessments, self.ui.services, self.client_id,
                                done=self._show, failed=self._failed)

    def _show(self, data: AssessmentData) -> None:
        self.loaded = True
        self.model.replace_rows(data.assessments)
        fit_columns(self.table)
        self.empty_note.setVisible(not data.assessments)
        self.show_trends(data.trends)
        self._update_buttons()
        self.assessments_loaded.emit(data)

    def show_trends(self, trends: list[Trend]) -> None:
        for chart in self.charts.values():
            self.charts_layout.removeWidget(chart)
            dispose(chart)
        self.charts = {}
        today = today_of(self.ui)
        for index, trend in enumerate(trends):
            chart = TrendChart(trend, today)
            self.charts_layout.insertWidget(index, chart)
            chart.show()  # now, not when the layout gets to it, so it counts below
            self.charts[trend.instrument] = chart
        previous: QWidget = self.table
        for chart in self.charts.values():
            QWidget.setTabOrder(previous, chart.view)
            previous = chart.view

    def selected(self) -> AssessmentView | None:
        row: AssessmentView | None = super().selected()
        return row

    def _update_buttons(self) -> None:
        self.record_button.setEnabled(self.may_edit and self.loaded)
        row = self.selected()
        self.error_button.setVisible(self.may_edit)
        self.error_button.setEnabled(row is not None and not row.entered_in_error)

    def mark_entered_in_error(self) -> AssessmentInErrorDialog | None:
        row = self.selected()
        if not self.may_edit or row is None or row.entered_in_error:
            return None
        opened: AssessmentInErrorDialog = self._open(AssessmentInErrorDialog(self.ui, row, self))
        return opened

    def record_assessment(self) -> RecordAssessmentDialog | None:
        if not (self.may_edit and self.loaded):
            return None
        dialog = RecordAssessmentDialog(self.ui, self.client_id, self.client_name, self,
                                        client_language=self.client_language)
        dialog.saved.connect(self._after_saved)
        opened: RecordAssessmentDialog = self._open(dialog)
        return opened

    # After a flagged score ------------------------------------------------------------------
    # A positive PHQ-9 item 9 (or any score that raised a safety alert) calls for a C-SSRS
    # screen the same day, unless one was given, and then for the safety plan to be
    # reviewed or written with the client (Stanley & Brown 2012). Each step is offered,
    # never forced: the person may answer no and come back to it.

    def _after_saved(self, saved: object) -> None:
        if not isinstance(saved, AssessmentView) or not any(
                flag in SAFETY_FLAGS for flag in saved.flags):
            return
        if saved.instrument is Instrument.CSSRS:
            self.offer_safety_plan()
            return
        self.ui.operations.call(self, self.ui.services.assessments.cssrs_screened_since,
                                saved.id, done=self._screened, failed=self._failed)

    def _screened(self, screened: bool) -> None:
        if screened:
            self.offer_safety_plan()
            return
        if not self.ui.dialogs.question(
                self, self.tr("Safety screen"),
                self.tr("This score raised a safety alert and no C-SSRS screen was given "
                        "today. Screen with the C-SSRS now?"),
                yes_text=self.tr("&Screen now"), no_text=self.tr("&Not now")):
            self.offer_safety_plan()
            return
        dialog = RecordAssessmentDialog(self.ui, self.client_id, self.client_name, self,
                                        client_language=self.client_language)
        dialog.choose(Instrument.CSSRS)
        # Saved or not, the safety plan comes next (once: not again for a flagged screen).
        dialog.finished.connect(lambda _result: self.offer_safety_plan())
        self._open(dialog)
        dialog.risk.setFocus()

    def offer_safety_plan(self) -> None:
        """Ask whether to review the plan in force (or write one) now; yes opens it."""
        self.ui.operations.call(self, self.ui.services.safety_plans.current, self.client_id,
                                done=self._ask_about_plan, failed=self._failed)

    def _ask_about_plan(self, plan: SafetyPlanView | None) -> None:
        if plan is None:
            question = self.tr("The client has no safety plan. Write one with them now?")
            yes = self.tr("&Write safety plan")
        else:
            question = arg(self.tr("Review the safety plan (version %1 of %2) with the client "
                                   "now?"), str(plan.plan_number), date_text(plan.completed_on))
            yes = self.tr("&Review safety plan")
        if self.ui.dialogs.question(self, self.tr("Safety plan"), question, yes_text=yes,
                                    no_text=self.tr("&Not now")):
            self._open(SafetyPlanDialog(self.ui, self.client_id, plan, self))
