"""The Reports view: choose a report, a period and filters, Run, and read the sheet.

Supervisors and administrators only (``Permission.VIEW_REPORTS``; the main window shows
the entry to them alone and the service refuses everyone else). The sheet is read on a
worker, only the newest run's answer shown (``LatestOnly``). A figure's clients open in a
window of their own once the service has logged that list as shown; a client's row opens
the record. Save CSV… and Save PDF… write the sheet on screen, logged as an export.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QWidget,
)

from coordinator.domain.errors import ValidationError
from coordinator.reports.outcome_data import CaseList, ReportSheet
from coordinator.services.app import AppServices
from coordinator.services.facilities import FacilityQuery
from coordinator.services.notify import Change, Topic
from coordinator.services.reports import CATALOG, ReportFilters, ReportPeriod, long_period
from coordinator.ui.care.fields import today_of
from coordinator.ui.care.titles import level_text, track_title
from coordinator.ui.changes import topics
from coordinator.ui.context import UiContext
from coordinator.ui.dialogs import report_failure
from coordinator.ui.layouts import NO_MARGINS, VIEW_MARGINS, column, row
from coordinator.ui.locale_text import date_text
from coordinator.ui.placeholders import arg
from coordinator.ui.reports.case_list import CaseListDialog
from coordinator.ui.reports.export import CSV, PDF, save_sheet, suggested_name, with_suffix
from coordinator.ui.reports.period import DayEdit, Preset, preset_days, preset_title
from coordinator.ui.reports.sheet import SheetPanel
from coordinator.ui.reports.shown_text import shown
from coordinator.ui.saved_files import saved_sentence
from coordinator.ui.translation import translate
from coordinator.ui.views.search_list import set_choices

Choices = list[tuple[str, Any]]
TRACKS = ("morning", "afternoon", "evening")
#: Changes after which the filters' choices are read again.
CHOICE_TOPICS = frozenset({Topic.FACILITY, Topic.LEVEL_OF_CARE, Topic.USER, Topic.DATABASE})


def read_choices(services: AppServices) -> tuple[Choices, Choices, Choices]:
    """The programs (the clinic's own, archived ones too: a report may look back), the
    levels of care and the case managers the filters offer (runs on a worker)."""
    archived = translate("ReportsView", "%1 (archived)")
    programs = [(arg(archived, facility.name) if facility.archived_at else facility.name,
                 facility.id)
                for facility in services.facilities.list_facilities(
                    FacilityQuery(kind="own_program", include_archived=True))]
    levels = [(level_text(level.name, level.code), level.code)
              for level in services.levels.list_levels()]
    managers = [(user.full_name, user.id) for user in services.users.case_managers()]
    return programs, levels, managers


def _buddy(text: str, widget: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(widget)
    return label


def _shrinkable(combo: QComboBox, widest: int) -> None:
    """A choice that grows with the window up to ``widest`` pixels and, in a narrow
    window, shrinks to a few letters (its list still shows whole entries)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)
    combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    combo.setMaximumWidth(widest)


class ReportsView(QWidget):
    """Report, period and filters at the top; the sheet below, scrolling."""

    sheet_shown = Signal(object)
    """A report was read and is shown: ``(ReportSheet)``."""
    run_refused = Signal(str)
    """A run was refused before or by the service: ``(the sentence shown)``."""
    list_opened = Signal(object)
    """The clients behind a figure are shown (their view logged): ``(CaseListDialog)``."""
    client_requested = Signal(int)
    """The person opened a client's row in a list: ``(client id)``."""
    saved = Signal(object)
    """The sheet was saved as a file (the export logged): ``(Path)``."""

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.setObjectName("reportsView")
        self._reads = ui.operations.latest_only(self)
        self._choice_reads = ui.operations.latest_only(self)
        self._choices_asked = False
        self.sheet: ReportSheet | None = None
        ui.changes.changed.connect(self._on_changed)

        title = QLabel(self.tr("Reports"))
        title.setObjectName("viewTitle")
        self.csv_button = QPushButton(self.tr("Save C&SV…"))
        self.csv_button.setAccessibleName(self.tr("Save the report shown as a CSV file"))
        self.csv_button.clicked.connect(lambda: self.save_as(CSV))
        self.pdf_button = QPushButton(self.tr("Save P&DF…"))
        self.pdf_button.setAccessibleName(self.tr("Save the report shown as a PDF"))
        self.pdf_button.clicked.connect(lambda: self.save_as(PDF))
        controls = self._build_controls()
        self.status = QLabel()
        self.status.setObjectName("quietNote")
        self.status.setWordWrap(True)

        self.panel = SheetPanel(self.tr("Choose a report, a period and who to include, then "
                                        "Run (Enter or Ctrl+R)."))
        self.panel.list_requested.connect(self.open_list)
        scroll = QScrollArea()
        scroll.setObjectName("reportScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.panel)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll_area = scroll

        column(self, title, controls, (scroll, 1), self.status, margins=VIEW_MARGINS,
               spacing=10)
        self._order_tabs()
        self.setFocusProxy(self.report_combo)
        run_key = QShortcut(QKeySequence("Ctrl+R"), self)
        run_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        run_key.activated.connect(self.run)
        self.apply_preset()
        self._update_buttons()

    # Building ------------------------------------------------------------------------------

    def _build_controls(self) -> QWidget:
        self.report_combo = QComboBox()
        self.report_combo.setObjectName("reportChoice")
        self.report_combo.setAccessibleName(self.tr("Report"))
        for kind in CATALOG:
            self.report_combo.addItem(shown(kind.title), kind.name)
        self.preset_combo = QComboBox()
        self.preset_combo.setObjectName("periodChoice")
        self.preset_combo.setAccessibleName(self.tr("Period"))
        for preset in Preset:
            self.preset_combo.addItem(preset_title(preset), preset.value)
        self.preset_combo.setCurrentIndex(self.preset_combo.findData(Preset.LAST_QUARTER.value))
        self.preset_combo.currentIndexChanged.connect(self.apply_preset)
        today = today_of(self.ui)
        self.first_edit = DayEdit(today, today, self.tr("First day of the period"))
        self.first_edit.setObjectName("periodFirstDay")
        self.last_edit = DayEdit(today, today, self.tr("Last day of the period"))
        self.last_edit.setObjectName("periodLastDay")
        for edit in (self.first_edit, self.last_edit):
            edit.dateChanged.connect(self._dates_typed)
        self.period_error = QLabel()
        self.period_error.setObjectName("fieldError")
        self.period_error.setWordWrap(True)
        self.period_error.hide()

        self.program_filter = self._filter(self.tr("Program filter"), self.tr("Any program"))
        self.track_filter = self._filter(self.tr("Track filter"), self.tr("Any track"))
        for track in TRACKS:
            self.track_filter.addItem(track_title(track), track)
        self.level_filter = self._filter(self.tr("Level of care filter"),
                                         self.tr("Any level"))
        self.manager_filter = self._filter(self.tr("Case manager filter"),
                                           self.tr("Any case manager"))
        self.payer_filter = QLineEdit()
        self.payer_filter.setObjectName("payerFilter")
        self.payer_filter.setAccessibleName(self.tr("Payer filter"))
        self.payer_filter.setPlaceholderText(self.tr("Any payer"))
        self.payer_filter.setClearButtonEnabled(True)
        self.payer_filter.setMinimumWidth(90)
        self.payer_filter.setMaximumWidth(200)
        self.run_button = QPushButton(self.tr("R&un"))
        self.run_button.setObjectName("primaryButton")
        self.run_button.setAccessibleName(self.tr("Run the report"))
        self.run_button.setToolTip(self.tr("Read the report for this period and these "
                                           "filters (Enter, Ctrl+R)"))
        self.run_button.clicked.connect(self.run)

        controls = QWidget()
        controls.setObjectName("reportControls")
        _shrinkable(self.report_combo, 560)
        _shrinkable(self.preset_combo, 260)
        # Four rows, in the order Tab takes them: side by side, the choices need more than a
        # 1280-pixel window, and a Spanish label runs about a quarter longer than English.
        first_row = row(None, _buddy(self.tr("&Report:"), self.report_combo),
                        (self.report_combo, 3), 12,
                        _buddy(self.tr("&Period:"), self.preset_combo), (self.preset_combo, 1))
        second_row = row(None, _buddy(self.tr("Fro&m"), self.first_edit), self.first_edit, 8,
                         _buddy(self.tr("&to"), self.last_edit), self.last_edit, 12,
                         *self._labelled((self.tr("Progr&am:"), self.program_filter)))
        third_row = row(None, *self._labelled(
            (self.tr("Trac&k:"), self.track_filter), (self.tr("&Level:"), self.level_filter),
            (self.tr("&Case manager:"), self.manager_filter)))
        fourth_row = row(None, *self._labelled((self.tr("Pa&yer:"), self.payer_filter)),
                         self.run_button, (QWidget(), 1), self.csv_button, self.pdf_button)
        # The sentence about the dates right under them, across the view (it is long).
        self.period_error.setAlignment(Qt.AlignmentFlag.AlignRight)
        column(controls, first_row, second_row, self.period_error, third_row, fourth_row,
               margins=NO_MARGINS, spacing=8)
        # Enter anywhere among the choices runs the report.
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            enter = QShortcut(QKeySequence(key), controls)
            enter.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            enter.activated.connect(self.run)
        return controls

    def _filter(self, accessible: str, everything: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(accessible)
        combo.addItem(everything, None)
        _shrinkable(combo, 260)
        return combo

    @staticmethod
    def _labelled(*pairs: tuple[str, QWidget]) -> list[Any]:
        parts: list[Any] = []
        for text, widget in pairs:
            parts += [_buddy(text, widget), (widget, 1), 10]
        return parts

    def _order_tabs(self) -> None:
        order: Sequence[QWidget] = (
            self.report_combo, self.preset_combo, self.first_edit, self.last_edit,
            self.program_filter, self.track_filter, self.level_filter, self.manager_filter,
            self.payer_filter, self.run_button, self.csv_button, self.pdf_button)
        for first, second in pairwise(order):
            self.setTabOrder(first, second)

    # The choices ---------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        if not self._choices_asked:
            self.load_choices()
        super().showEvent(event)

    def load_choices(self) -> None:
        """Read what the filters offer (on a worker), keeping what is chosen."""
        self._choices_asked = True
        self._choice_reads.call(read_choices, self.ui.services, done=self._show_choices)

    def _on_changed(self, batch: tuple[Change, ...]) -> None:
        # A program, a level or an account added or renamed elsewhere; the sheet shown
        # stays as it was read (it says what day it was judged on) until Run.
        if self._choices_asked and topics(batch) & CHOICE_TOPICS:
            self.load_choices()

    def _show_choices(self, choices: tuple[Choices, Choices, Choices]) -> None:
        programs, levels, managers = choices
        set_choices(self.program_filter, programs)
        set_choices(self.level_filter, levels)
        set_choices(self.manager_filter, managers)

    def choose_report(self, name: str) -> None:
        self.report_combo.setCurrentIndex(self.report_combo.findData(name))

    def choose_preset(self, preset: Preset) -> None:
        self.preset_combo.setCurrentIndex(self.preset_combo.findData(preset.value))

    def apply_preset(self) -> None:
        """Put the preset's first and last day in the date fields."""
        # Today by the services' clock, read each time (the app may stay open past midnight).
        days = preset_days(Preset(self.preset_combo.currentData()), today_of(self.ui))
        if days is None:
            self.first_edit.setFocus()
            return
        for edit, day in zip((self.first_edit, self.last_edit), days, strict=True):
            edit.blockSignals(True)
            edit.set_day(day)
            edit.blockSignals(False)
        self._clear_period_error()

    def _dates_typed(self) -> None:
        """A typed date makes the period a custom one."""
        custom = self.preset_combo.findData(Preset.CUSTOM.value)
        if self.preset_combo.currentIndex() != custom:
            self.preset_combo.blockSignals(True)
            self.preset_combo.setCurrentIndex(custom)
            self.preset_combo.blockSignals(False)
        self._clear_period_error()

    def period(self) -> ReportPeriod:
        return ReportPeriod(self.first_edit.chosen(), self.last_edit.chosen())

    def filters(self) -> ReportFilters:
        return ReportFilters(
            level_code=self.level_filter.currentData(),
            facility_id=self.program_filter.currentData(),
            track=self.track_filter.currentData(),
            case_manager_id=self.manager_filter.currentData(),
            payer=self.payer_filter.text().strip())

    # Running -------------------------------------------------------------------------------

    def run_report(self, name: str, preset: Preset) -> None:
        """Choose report ``name`` over ``preset`` and run it (the screenshot tour)."""
        self.choose_report(name)
        self.choose_preset(preset)
        self.run()

    def run(self) -> None:
        """Read the report chosen for the period and filters shown (asking first when the
        period is over five years long)."""
        name = str(self.report_combo.currentData())
        period, filters = self.period(), self.filters()
        self._clear_period_error()
        if long_period(period) and not self.ui.dialogs.question(
                self, self.tr("A long period"),
                arg(self.tr("The period from %1 to %2 is over five years long; reading it may "
                            "take a while. Run the report anyway?"),
                    date_text(period.first_day), date_text(period.last_day)),
                yes_text=self.tr("&Run it"), no_text=self.tr("&Change the period")):
            self.first_edit.setFocus()
            return
        self.status.setText(arg(self.tr("Reading %1…"), self.report_combo.currentText()))
        self.run_button.setEnabled(False)
        services = self.ui.services
        self._reads.call(services.reports.sheet, name, period, filters,
                         done=self.show_sheet, failed=self._run_failed)

    def show_sheet(self, sheet: ReportSheet) -> None:
        self.run_button.setEnabled(True)
        self.sheet = sheet
        self.panel.show_sheet(sheet)
        # The sheet's parts were made after the controls: Tab goes on from Save PDF… into
        # them, in the order the eye reads them.
        for first, second in pairwise([self.pdf_button, *self.panel.focus_order()]):
            self.setTabOrder(first, second)
        self.scroll_area.verticalScrollBar().setValue(0)
        self.status.setText(self.tr("Save CSV… or Save PDF… saves this report as shown."))
        self._update_buttons()
        self.sheet_shown.emit(sheet)

    def _run_failed(self, error: BaseException) -> None:
        self.run_button.setEnabled(True)
        if isinstance(error, ValidationError):
            dated = [error.fields[key] for key in ("first_day", "last_day")
                     if key in error.fields]
            sentence = " ".join(dated) or error.message
            if dated:
                self.period_error.setText(sentence)
                self.period_error.show()
                self.last_edit.setProperty("invalid", True)
                self._repolish(self.last_edit)
                self.last_edit.setAccessibleDescription(sentence)
            self.status.setText("" if dated else sentence)
            self.run_refused.emit(sentence)
            return
        if isinstance(error, NotImplementedError):
            # A report of the catalog whose reading is not in this version yet.
            sentence = arg(self.tr("%1 is not available in this version yet."),
                           self.report_combo.currentText())
            self.status.setText(sentence)
            self.run_refused.emit(sentence)
            return
        self.status.setText("")
        report_failure(self.ui.dialogs, self, error, self.tr("Reports"))

    def _clear_period_error(self) -> None:
        if self.period_error.isVisible() or self.period_error.text():
            self.period_error.clear()
            self.period_error.hide()
            self.last_edit.setProperty("invalid", False)
            self._repolish(self.last_edit)
            self.last_edit.setAccessibleDescription("")

    @staticmethod
    def _repolish(widget: QWidget) -> None:
        widget.style().unpolish(widget)
        widget.style().polish(widget)

    def _update_buttons(self) -> None:
        shown = self.sheet is not None
        self.csv_button.setEnabled(shown)
        self.pdf_button.setEnabled(shown)

    # The clients behind a figure -----------------------------------------------------------

    def open_list(self, key: str) -> None:
        """Show the clients behind a figure of the sheet shown, once the service has logged
        the list as shown."""
        sheet = self.sheet
        if sheet is None:
            return
        self.ui.operations.call(self, self.ui.services.reports.open_list, sheet, key,
                                done=lambda found: self._show_list(sheet, found))

    def _show_list(self, sheet: ReportSheet, found: CaseList) -> None:
        dialog = CaseListDialog(found, sheet, self.window())
        dialog.client_requested.connect(self.client_requested)
        self.ui.dialogs.open_dialog(dialog)
        self.list_opened.emit(dialog)

    # Saving --------------------------------------------------------------------------------

    def save_as(self, file_format: str) -> None:
        """Save the sheet on screen as CSV or PDF, where the person chooses."""
        sheet = self.sheet
        if sheet is None:
            return
        title = (self.tr("Save the report as CSV") if file_format == CSV
                 else self.tr("Save the report as PDF"))
        name_filter = (self.tr("CSV files (*.csv)") if file_format == CSV
                       else self.tr("PDF documents (*.pdf)"))
        chosen = self.ui.dialogs.save_client_file(self, title,
                                                  suggested_name(sheet, file_format),
                                                  name_filter, session=self.ui.services.actor)
        if chosen is None:
            return
        path = with_suffix(chosen, file_format)
        self.csv_button.setEnabled(False)
        self.pdf_button.setEnabled(False)
        self.status.setText(arg(self.tr("Saving %1…"), path.name))
        self.ui.operations.call(self, save_sheet, self.ui.services, sheet, file_format, path,
                                done=self._saved, failed=self._save_failed)

    def _saved(self, path: Path) -> None:
        self._update_buttons()
        self.status.setText(saved_sentence(path))
        self.saved.emit(path)

    def _save_failed(self, error: BaseException) -> None:
        self._update_buttons()
        self.status.setText("")
        report_failure(self.ui.dialogs, self, error, self.tr("Save the report"))

