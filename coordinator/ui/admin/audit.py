"""The Audit tab: every event of the hash-chained trail with names, filters, CSV export and
Verify chain.

Events are listed newest first and read a page at a time as the person scrolls
(``AuditEventModel``); the filters (user, client, action, dates) are applied in SQL. Each
listing the person asks for (opening the tab, Refresh, a filter) is itself logged as one view
of the audit trail, after it is read; scrolling is not. Export CSV writes the filtered events
and is logged as an export with its row count.
"""

from __future__ import annotations

from datetime import date
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordinator.domain.audit_chain import ChainReport
from coordinator.domain.errors import NotFound
from coordinator.services.app import AppServices
from coordinator.services.audit_query import AuditFilter
from coordinator.services.dto import AuditEntry
from coordinator.ui.admin.audit_model import PAGE_SIZE, AuditEventModel
from coordinator.ui.context import UiContext
from coordinator.ui.date_field import NO_DATE, DateField
from coordinator.ui.dialogs import report_failure
from coordinator.ui.labels import audit_actions
from coordinator.ui.layouts import STRETCH, column, row
from coordinator.ui.placeholders import arg
from coordinator.ui.said_text import error_text
from coordinator.ui.saved_files import file_place
from coordinator.ui.translation import translate
from coordinator.ui.views.table_models import TitlesGetRoom

FILTER_DELAY_MS = 400  # typing a date fires once it is whole, not per digit


def read_events(services: AppServices, chosen: AuditFilter, audited: bool,
                record_number: str) -> tuple[AuditFilter, int, list[AuditEntry]]:
    """The count and first page for ``chosen``; ``audited``: then log one view of the
    trail naming the count and the filters (runs on a worker)."""
    total = services.audit.count_matching(chosen)
    first = services.audit.page(chosen, limit=PAGE_SIZE)
    if audited:
        services.audit.log_view("audit_trail", "",
                                f"{total} events; {chosen.describe(record_number)}")
    return chosen, total, first


def chain_sentence(report: ChainReport) -> str:
    """The result of Verify chain in plain words."""
    count = QLocale().toString(report.checked)
    if report.intact:
        return arg(translate("AuditTab", "The audit trail is intact: all %1 events are unchanged "
                                         "and none is missing."), count)
    return arg(translate("AuditTab", "The audit trail has been tampered with: %1. The %2 events "
                                     "before it are intact. Tell your privacy officer."),
               report.reason, count)


def _date_edit(name: str, accessible: str) -> DateField:
    edit = DateField(None, accessible, optional=True, empty_text=translate("AuditTab", "any"))
    edit.setObjectName(name)
    return edit


def _labelled(text: str, field: QWidget) -> tuple[QLabel, QWidget]:
    """A field with its label before it (the label's mnemonic moves to the field)."""
    label = QLabel(text)
    label.setBuddy(field)
    return label, field


class AuditTab(QWidget):
    """Filters, the events newest first, Refresh, Export CSV and Verify chain."""

    events_loaded = Signal(int)
    """A listing was read and is shown: ``(how many events match the filters)``."""
    client_refused = Signal(str)
    """The client filter names no client: ``(the sentence shown)``."""
    exported = Signal(int)
    """Export CSV wrote the file and logged it: ``(rows written)``."""
    chain_verified = Signal(object)
    """Verify chain finished: ``(ChainReport)``."""

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self._reads = ui.operations.latest_only(self)
        self._people_read = False
        self._client_id: int | None = None
        self._record_number = ""
        audit = ui.services.audit
        self.model = AuditEventModel(
            lambda chosen, before, limit: audit.page(chosen, before_id=before, limit=limit),
            self)
        self._build_filters()
        self._build_trail_buttons()
        self._build_table()
        self._connect_filters()
        column(self, self._filter_rows(), self.result, (self.table, 1), self.caption,
               margins=(16, 16, 16, 16), spacing=10)
        order = [self.user_filter, self.client_filter, self.action_filter, self.since_filter,
                 self.until_filter, self.clear_button, self.refresh_button,
                 self.export_button, self.verify_button, self.table]
        for first, second in pairwise(order):
            self.setTabOrder(first, second)

    def _build_filters(self) -> None:
        """User, client record number, action, the two days, and Clear filters."""
        self.user_filter = QComboBox()
        self.user_filter.setObjectName("auditUserFilter")
        self.user_filter.setAccessibleName(self.tr("Filter by user"))
        self.user_filter.addItem(self.tr("Anyone"), None)
        self.user_filter.setMinimumWidth(240)
        self.client_filter = QLineEdit()
        self.client_filter.setObjectName("auditClientFilter")
        self.client_filter.setAccessibleName(self.tr("Filter by client record number"))
        self.client_filter.setPlaceholderText(self.tr("Record number"))
        self.client_filter.setClearButtonEnabled(True)
        self.client_filter.setFixedWidth(140)
        self.client_name = QLabel()
        self.client_name.setObjectName("quietNote")
        self.action_filter = QComboBox()
        self.action_filter.setObjectName("auditActionFilter")
        self.action_filter.setAccessibleName(self.tr("Filter by action"))
        self.action_filter.setMinimumWidth(200)
        self.action_filter.addItem(self.tr("Any action"), None)
        for code, title in audit_actions():
            self.action_filter.addItem(title, code)
        self.since_filter = _date_edit("auditSince", self.tr("Events from this day"))
        self.until_filter = _date_edit("auditUntil", self.tr("Events up to this day"))
        self.clear_button = QPushButton(self.tr("Clear filter&s"))
        self.clear_button.setAccessibleName(self.tr("Clear every filter"))
        self.clear_button.clicked.connect(self.clear_filters)

    def _build_trail_buttons(self) -> None:
        """Refresh, Export CSV and Verify chain, and the line where Verify answers."""
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setAccessibleName(self.tr("Refresh audit events"))
        self.refresh_button.clicked.connect(self.refresh)
        self.export_button = QPushButton(self.tr("E&xport CSV…"))
        self.export_button.setAccessibleName(self.tr("Export the listed events as CSV"))
        self.export_button.setToolTip(self.tr("Save every event that matches the filters to "
                                              "a CSV file; the export is itself logged"))
        self.export_button.clicked.connect(self.export_csv)
        self.verify_button = QPushButton(self.tr("&Verify chain"))
        self.verify_button.setAccessibleName(self.tr("Verify the audit chain"))
        self.verify_button.setToolTip(self.tr("Check that no audit event was altered or "
                                              "removed"))
        self.verify_button.clicked.connect(self.verify)
        self.result = QLabel(self.tr("Verify chain checks every event ever written, not only "
                                     "the ones listed here."))
        self.result.setWordWrap(True)
        self.result.setObjectName("quietNote")
        self.result.setAccessibleName(self.tr("Verification result"))

    def _build_table(self) -> None:
        """The events, newest first, and the caption saying how many match."""
        self.table = QTableView()
        self.table.setObjectName("auditTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Audit events"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column_number, width in enumerate((152, 170, 128, 212, 125)):
            self.table.setColumnWidth(column_number, width)
        TitlesGetRoom(self.table)
        self.caption = QLabel()
        self.caption.setObjectName("quietNote")
        self.caption.setWordWrap(True)

    def _connect_filters(self) -> None:
        """A choice in a list reads at once; a date once it is whole (after a pause); the
        client once its record number is entered; F5 reads again."""
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.refresh)
        self.user_filter.currentIndexChanged.connect(self._filters_changed)
        self.action_filter.currentIndexChanged.connect(self._filters_changed)
        self.since_filter.dateChanged.connect(self._filter_timer.start)
        self.until_filter.dateChanged.connect(self._filter_timer.start)
        self.client_filter.editingFinished.connect(self._client_changed)
        QShortcut(QKeySequence.StandardKey.Refresh, self).activated.connect(self.refresh)

    def _filter_rows(self) -> QVBoxLayout:
        """Who, whose record and what on the first line; the days, Clear filters and the
        trail's buttons on the second."""
        first = row(None, *_labelled(self.tr("Us&er:"), self.user_filter), 10,
                    *_labelled(self.tr("Cl&ient:"), self.client_filter), 10,
                    self.client_name, 10,
                    *_labelled(self.tr("Actio&n:"), self.action_filter), STRETCH)
        second = row(None, *_labelled(self.tr("&From:"), self.since_filter), 10,
                     *_labelled(self.tr("T&o:"), self.until_filter), 10,
                     self.clear_button, STRETCH,
                     self.refresh_button, self.export_button, self.verify_button)
        return column(None, first, second, spacing=8)

    # Filters ---------------------------------------------------------------------------------

    def current_filter(self) -> AuditFilter:
        return AuditFilter(
            username=self.user_filter.currentData(), client_id=self._client_id,
            action=self.action_filter.currentData(),
            since=self._day(self.since_filter), until=self._day(self.until_filter))

    @staticmethod
    def _day(edit: DateField) -> date | None:
        return edit.day()

    def set_dates(self, since: date | None, until: date | None) -> None:
        """Choose the date range (None: no limit), as a person would in the date edits."""
        for edit, day in ((self.since_filter, since), (self.until_filter, until)):
            edit.setDate(NO_DATE if day is None else QDate(day.year, day.month, day.day))
        self._filter_timer.stop()
        self.refresh()

    def _filters_changed(self) -> None:
        self._filter_timer.stop()
        self.refresh()

    def _client_changed(self) -> None:
        number = self.client_filter.text().strip()
        if number == self._record_number:
            return
        if not number:
            self._client_id, self._record_number = None, ""
            self.client_name.clear()
            self.refresh()
            return
        self.ui.operations.call(self, self.ui.services.audit.client_named, number,
                                done=lambda found: self._client_found(number, *found),
                                failed=self._client_not_found)

    def _client_found(self, number: str, client_id: int, name: str) -> None:
        self._client_id, self._record_number = client_id, number
        self.client_name.setText(name)
        self.refresh()

    def _client_not_found(self, error: BaseException) -> None:
        if not isinstance(error, NotFound):
            report_failure(self.ui.dialogs, self, error)
            return
        self.client_name.setText(error_text(error))
        self.client_refused.emit(error_text(error))

    def clear_filters(self) -> None:
        for widget in (self.user_filter, self.action_filter, self.since_filter,
                       self.until_filter, self.client_filter):
            widget.blockSignals(True)
        self.user_filter.setCurrentIndex(0)
        self.action_filter.setCurrentIndex(0)
        self.since_filter.setDate(NO_DATE)
        self.until_filter.setDate(NO_DATE)
        self.client_filter.clear()
        for widget in (self.user_filter, self.action_filter, self.since_filter,
                       self.until_filter, self.client_filter):
            widget.blockSignals(False)
        self._client_id, self._record_number = None, ""
        self.client_name.clear()
        self.refresh()

    # Loading ---------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._people_read:
            self._people_read = True
            self.ui.operations.call(self, self.ui.services.audit.people,
                                    done=self._show_people)
        # The trail grows with every action, so it is read again each time the tab is shown.
        self.refresh()

    def _show_people(self, people: list[tuple[str, str]]) -> None:
        self.user_filter.blockSignals(True)
        for username, full_name in people:
            text = f"{full_name} ({username})" if full_name != username else username
            self.user_filter.addItem(text, username)
        self.user_filter.blockSignals(False)

    def choose_user(self, username: str) -> None:
        self.user_filter.setCurrentIndex(max(self.user_filter.findData(username), 0))

    def choose_action(self, action: str) -> None:
        self.action_filter.setCurrentIndex(max(self.action_filter.findData(action), 0))

    def refresh(self) -> None:
        """Read the events for the filters shown; logged as one view of the trail."""
        self._filter_timer.stop()
        services, chosen, number = self.ui.services, self.current_filter(), self._record_number
        # The listing for filters changed since is dropped when it comes.
        self._reads.call(read_events, services, chosen, True, number,
                         done=lambda result: self._show_events(*result))

    def _show_events(self, chosen: AuditFilter, total: int, first: list[AuditEntry]) -> None:
        self.model.set_results(chosen, total, first)
        number = QLocale().toString
        if not total:
            text = self.tr("No event matches these filters.")
        elif total == 1:
            text = self.tr("1 event matches, newest first.")
        elif total <= len(first):
            text = arg(self.tr("%1 events match, newest first."), number(total))
        else:
            text = arg(self.tr("%1 events match, newest first; older ones load as you scroll "
                               "down."), number(total))
        self.caption.setText(text)
        self.export_button.setEnabled(total > 0)
        self.events_loaded.emit(total)

    # Export ----------------------------------------------------------------------------------

    def export_csv(self) -> None:
        """Save the events matching the filters as CSV (the export is logged)."""
        today = self.ui.services.ctx.clock().astimezone().date().isoformat()
        path = self.ui.dialogs.save_client_file(
            self, self.tr("Export audit events"), f"audit-trail-{today}.csv",
            self.tr("CSV (*.csv)"), session=self.ui.services.actor)
        if path is None:
            return
        if path.suffix.lower() != ".csv":
            path = path.with_name(path.name + ".csv")
        self.export_button.setEnabled(False)
        self.ui.operations.call(self, self.ui.services.audit.export_csv, self.model.filter,
                                path, done=lambda rows: self._exported(path, rows),
                                failed=self._export_failed)

    def _exported(self, path: Path, rows: int) -> None:
        self.export_button.setEnabled(True)
        self.result.setText(arg(self.tr("Saved %1 events to %2."),
                                QLocale().toString(rows), file_place(path)))
        self.exported.emit(rows)

    def _export_failed(self, error: BaseException) -> None:
        self.export_button.setEnabled(True)
        report_failure(self.ui.dialogs, self, error, self.tr("Export audit events"))

    # Verify ----------------------------------------------------------------------------------

    def verify(self) -> None:
        self.verify_button.setEnabled(False)
        self.result.setText(self.tr("Checking every event…"))
        self.ui.operations.call(self, self.ui.services.audit.verify,
                                done=self._verified, failed=self._verify_failed)

    def _verified(self, report: ChainReport) -> None:
        self.verify_button.setEnabled(True)
        self.result.setText(chain_sentence(report))
        self.result.setObjectName("verdictGood" if report.intact else "verdictBad")
        self.result.style().unpolish(self.result)
        self.result.style().polish(self.result)
        self.chain_verified.emit(report)

    def _verify_failed(self, error: BaseException) -> None:
        self.verify_button.setEnabled(True)
        self.result.setText(self.tr("The check could not run."))
        report_failure(self.ui.dialogs, self, error)
