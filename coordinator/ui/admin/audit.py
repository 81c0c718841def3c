"""The Audit tab: recent events of the hash-chained trail, and Verify chain."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordinator.domain.audit_chain import ChainReport
from coordinator.services.dto import AuditEntry
from coordinator.ui.context import UiContext
from coordinator.ui.dialogs import report_failure
from coordinator.ui.labels import audit_action_title, local_time
from coordinator.ui.views.table_models import Column, RowTableModel

RECENT_EVENTS = 200


def _tr(text: str) -> str:
    return QCoreApplication.translate("AuditTableModel", text)


def _record(entry: AuditEntry) -> str:
    if not entry.entity_type:
        return ""
    return f"{entry.entity_type} {entry.entity_id}".strip()


class AuditTableModel(RowTableModel[AuditEntry]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(_tr("When"), lambda entry: local_time(entry.occurred_at)),
            Column(_tr("User"), lambda entry: entry.username),
            Column(_tr("Action"), lambda entry: audit_action_title(entry.action)),
            Column(_tr("Record"), _record),
            Column(_tr("Detail"), lambda entry: entry.detail),
        ], key=lambda entry: entry.id, parent=parent)


def chain_sentence(report: ChainReport) -> str:
    """The result of Verify chain in plain words."""
    count = QLocale().toString(report.checked)
    if report.intact:
        return _tr("The audit trail is intact: all %1 events are unchanged and none is "
                   "missing.").replace("%1", count)
    return _tr("The audit trail has been tampered with: %1. The %2 events before it are "
               "intact. Tell your privacy officer.").replace("%1", report.reason).replace(
                   "%2", count)


class AuditTab(QWidget):
    """The latest events, Refresh, and Verify chain with its answer in a sentence."""

    events_loaded = Signal(int)
    """Recent events were read and are shown: ``(number of events)``."""
    chain_verified = Signal(object)
    """Verify chain finished: ``(ChainReport)``."""

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self._loaded_once = False
        self.model = AuditTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("auditTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Recent audit events"))
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
        for column, width in enumerate((150, 120, 150, 120)):
            self.table.setColumnWidth(column, width)

        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setAccessibleName(self.tr("Refresh audit events"))
        self.refresh_button.clicked.connect(self.refresh)
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

        buttons = QHBoxLayout()
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.verify_button)
        buttons.addSpacing(12)
        buttons.addWidget(self.result, 1)
        caption = QLabel(self.tr("The latest %1 events, newest first.").replace(
            "%1", str(RECENT_EVENTS)))
        caption.setObjectName("quietNote")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(12)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(caption)
        self.setTabOrder(self.refresh_button, self.verify_button)
        self.setTabOrder(self.verify_button, self.table)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The trail grows with every action, so it is read again each time the tab is shown.
        self.refresh()

    def refresh(self) -> None:
        self._loaded_once = True
        self.ui.operations.call(self, self.ui.services.audit.recent, RECENT_EVENTS,
                                done=self._show_events)

    def _show_events(self, events: list[AuditEntry]) -> None:
        self.model.replace_rows(events)
        self.events_loaded.emit(len(events))

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
