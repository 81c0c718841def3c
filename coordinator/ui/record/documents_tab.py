"""The record's Documents tab: the disclosure log, and Transfer packet… / Discharge summary….

Every packet or letter saved or printed about the client is one row: when (local time),
which document, saved or printed, to whom, under which consent, how many pages, by whom, and
the file's SHA-256 (shortened; the full value in the tooltip, to compare with a file). The
tab reads the log again whenever a change names the ``disclosure`` topic.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QPushButton, QTableView, QWidget

from coordinator.domain.roles import Permission
from coordinator.domain.vocabulary import DocumentType
from coordinator.services.notify import Change, Topic
from coordinator.services.packets import DisclosureView
from coordinator.ui.changes import topics
from coordinator.ui.context import UiContext
from coordinator.ui.labels import local_time
from coordinator.ui.packets.dialog import PacketDialog
from coordinator.ui.packets.titles import document_title
from coordinator.ui.placeholders import arg
from coordinator.ui.record.list_page import RecordListPage
from coordinator.ui.referrals.titles import fit_columns
from coordinator.ui.translation import translate
from coordinator.ui.views.table_models import Column, RowTableModel, list_table

#: Characters of the SHA-256 shown in the table; enough to tell two files apart by eye.
SHORT_HASH = 12


def action_title(action: str) -> str:
    return {"saved": translate("Documents", "Saved"),
            "printed": translate("Documents", "Printed")}.get(action, action)


def recipient_text(row: DisclosureView) -> str:
    """The recipient's name; a client's own copy in the workstation's language."""
    if row.own_copy:
        return translate("Documents", "The client (own copy)")
    return row.recipient_name


class DisclosureTableModel(RowTableModel[DisclosureView]):
    """When, document, saved/printed, recipient, consent, pages, by, SHA-256."""

    def __init__(self, parent: QObject | None = None) -> None:
        columns: list[Column[DisclosureView]] = [
            Column(translate("Documents", "When"), lambda row: local_time(row.disclosed_at)),
            Column(translate("Documents", "Document"), lambda row: document_title(row.document)),
            Column(translate("Documents", "Action"), lambda row: action_title(row.action)),
            Column(translate("Documents", "Recipient"), recipient_text),
            Column(translate("Documents", "Consent no."), lambda row: str(row.consent_id)
                   if row.consent_id is not None else "—", align_right=True),
            Column(translate("Documents", "Pages"), lambda row: str(row.page_count),
                   align_right=True),
            Column(translate("Documents", "By"), lambda row: row.disclosed_by),
            Column(translate("Documents", "SHA-256"), lambda row: row.sha256[:SHORT_HASH] + "…"),
        ]
        super().__init__(columns, key=lambda row: row.id, parent=parent)

    def extra_data(self, row: DisclosureView, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [arg(translate("Documents", "SHA-256: %1"), row.sha256)]
            if row.file_name:
                lines.insert(0, arg(translate("Documents", "File: %1"), row.file_name))
            return "\n".join(lines)
        return None


class DocumentsPage(RecordListPage):
    """One client's disclosure log, with the two packet actions above it."""

    disclosures_loaded = Signal(list)
    """The log was read and is shown: ``(list[DisclosureView])``."""

    def __init__(self, ui: UiContext, client_id: int, parent: QWidget | None = None) -> None:
        # Nothing in the log is edited; the packet actions need the export permission.
        super().__init__(ui, client_id, False, parent)
        self.failure_title = self.tr("Documents")
        self.client_name = ""
        self._reading = False
        self.setObjectName("documentsPage")
        may_export = ui.may(Permission.EXPORT_RECORDS)
        # Alt+A and Alt+D: free among the record window's tab and header keys.
        self.transfer_button = QPushButton(self.tr("Tr&ansfer packet…"))
        self.transfer_button.setObjectName("primaryButton")
        self.transfer_button.setAccessibleName(self.tr("Make a transfer packet"))
        self.transfer_button.setToolTip(self.tr(
            "Preview, save or print a transfer summary for a receiving facility (Ctrl+T)"))
        self.transfer_button.clicked.connect(self.transfer_packet)
        self.discharge_button = QPushButton(self.tr("&Discharge summary…"))
        self.discharge_button.setAccessibleName(self.tr("Make a discharge summary"))
        self.discharge_button.setToolTip(self.tr(
            "Preview, save or print a discharge summary, for the client or an aftercare "
            "provider"))
        self.discharge_button.clicked.connect(self.discharge_summary)
        for button in (self.transfer_button, self.discharge_button):
            button.setVisible(may_export)
        shortcut = QShortcut(QKeySequence("Ctrl+T"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.transfer_packet)
        self.model = DisclosureTableModel(self)
        self.table: QTableView = list_table("disclosureTable",
                                            self.tr("Documents that left the clinic"))
        self.table.setModel(self.model)
        self.empty_note = self.quiet_note(self.tr(
            "No document has left the clinic for this client yet. Each transfer packet, "
            "discharge summary or referral letter saved or printed is listed here, with who "
            "received it and under which consent."))
        self.arrange((self.transfer_button, self.discharge_button), self.table,
                     self.empty_note)
        ui.changes.changed.connect(self._on_changed)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.loaded and not self._reading:
            self.refresh()  # the log is read when the tab is first chosen

    def refresh(self) -> None:
        self._reading = True
        self.ui.operations.call(self, self.ui.services.packets.disclosures_of,
                                self.client_id, done=self._show, failed=self._failed)

    def _on_changed(self, batch: tuple[Change, ...]) -> None:
        if self.loaded and Topic.DISCLOSURE in topics(batch):
            self.refresh()

    def _show(self, disclosures: list[DisclosureView]) -> None:
        self.loaded, self._reading = True, False
        self.model.replace_rows(disclosures)
        fit_columns(self.table)
        self.empty_note.setVisible(not disclosures)
        self.disclosures_loaded.emit(disclosures)

    def _failed(self, error: BaseException) -> None:
        self._reading = False
        super()._failed(error)

    def transfer_packet(self) -> PacketDialog | None:
        return self._packet(DocumentType.TRANSFER_SUMMARY)

    def discharge_summary(self) -> PacketDialog | None:
        return self._packet(DocumentType.DISCHARGE_SUMMARY)

    def _packet(self, document: DocumentType) -> PacketDialog | None:
        if not self.ui.may(Permission.EXPORT_RECORDS):
            return None
        opened: PacketDialog = self._open(PacketDialog(
            self.ui, self.client_id, document, self.client_name, self.window()))
        return opened
