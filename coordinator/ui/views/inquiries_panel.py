"""The dashboard's open inquiries: people who made contact and have no answer yet, the
longest waiting first (or the newest contact first), with New inquiry; Enter or a
double-click opens the inquiry to record verification, authorization or its outcome."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale, QModelIndex, QObject, Signal
from PySide6.QtWidgets import QCheckBox, QPushButton, QVBoxLayout, QWidget

from coordinator.domain.roles import Permission
from coordinator.services.app import AppServices
from coordinator.services.intake_views import COUNTED_INQUIRIES, InquiryView, OpenInquiries
from coordinator.services.notify import Topic
from coordinator.services.read_audit import lists_detail
from coordinator.ui.care.clock_table import alert_colour
from coordinator.ui.care.titles import days_text, level_name
from coordinator.ui.context import UiContext
from coordinator.ui.intake.inquiry_dialog import (
    InquiryDialog,
    source_title,
    verification_title,
)
from coordinator.ui.layouts import STRETCH, row
from coordinator.ui.locale_text import date_text
from coordinator.ui.placeholders import arg
from coordinator.ui.translation import translate
from coordinator.ui.views.list_panel import DashboardListPanel
from coordinator.ui.views.table_models import Column, RowTableModel

# What the open inquiries show changes with them and with the clients' names.
INQUIRY_TOPICS = frozenset({Topic.INQUIRY, Topic.CLIENT})
LISTED = 100
ROWS_SHOWN = 6
#: An inquiry waiting this many days or more (a week without an answer) is shown in the
#: alert colours.
WAITING_TOO_LONG_DAYS = 7


def waiting_text(row: InquiryView) -> str:
    days = row.days_open or 0
    return translate("InquiriesPanel", "today") if days == 0 else days_text(days)


class OpenInquiryModel(RowTableModel[InquiryView]):
    """First contact, days waiting, client, source, level asked for, insurance."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(translate("InquiriesPanel", "First contact"),
                   lambda row: date_text(row.details.first_contact_on)),
            Column(translate("InquiriesPanel", "Waiting"), waiting_text),
            Column(translate("InquiriesPanel", "Client"), lambda row: row.client_name),
            Column(translate("InquiriesPanel", "Source"),
                   lambda row: source_title(row.details.source)),
            Column(translate("InquiriesPanel", "Level asked for"),
                   lambda row: level_name(row.requested_level_name,
                                          row.details.requested_level_code) or "—"),
            Column(translate("InquiriesPanel", "Insurance"),
                   lambda row: verification_title(row.details.insurance.verification)),
        ], key=lambda row: row.id, parent=parent)

    def extra_data(self, row: InquiryView, column: int, role: int) -> Any:
        waiting = row.days_open or 0
        return alert_colour(role) if waiting >= WAITING_TOO_LONG_DAYS else None


class InquiriesPanel(DashboardListPanel):
    """Open inquiries with New inquiry, Newest first and the client's record."""

    refresh_topics = INQUIRY_TOPICS
    rows_shown = ROWS_SHOWN

    inquiries_loaded = Signal(object)
    """The open inquiries were read and are shown: ``(OpenInquiries)``."""
    inquiry_dialog_opened = Signal(object)
    """An inquiry dialog was opened: ``(InquiryDialog)``."""

    def __init__(self, ui: UiContext, parent: QWidget | None = None, *,
                 reads_itself: bool = True) -> None:
        """``reads_itself`` False: the dashboard reads the rows with its own (``read``)
        and passes them in, so its one audit event names this list too."""
        super().__init__(ui, translate("InquiriesPanel", "Open inquiries"), OpenInquiryModel(),
                         "inquiryTable",
                         translate("InquiriesPanel", "Open inquiries"), (110, 90, 190, 190, 160),
                         parent,
                         reads_itself=reads_itself)
        self.model.setParent(self)
        self.setObjectName("inquiriesPanel")
        self.new_button = QPushButton(self.tr("&New inquiry…"))
        self.new_button.setAccessibleName(self.tr("Record a new inquiry"))
        self.new_button.setEnabled(ui.may(Permission.EDIT_CARE)
                                   and ui.may(Permission.EDIT_CLIENTS))
        self.new_button.clicked.connect(self.open_new)
        self.record_button = QPushButton(self.tr("Client's rec&ord"))
        self.record_button.setAccessibleName(self.tr("Open the selected client's record"))
        self.record_button.clicked.connect(self._open_record)
        self.newest_first = QCheckBox(self.tr("Newest contact first"))
        self.newest_first.setAccessibleName(
            self.tr("List the newest contact first instead of the longest waiting"))
        self.newest_first.toggled.connect(lambda _checked: self.refresh())
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.addLayout(row(None, self.new_button, self.record_button, STRETCH,
                             self.newest_first))
        self.dialog: InquiryDialog | None = None

    # Reading -------------------------------------------------------------------------------

    @staticmethod
    def read(services: AppServices, *, newest_first: bool = False) -> OpenInquiries:
        """The open inquiries as the panel lists them (on a worker; no audit event)."""
        return services.inquiries.open_inquiries(LISTED, newest_first=newest_first)

    def refresh(self) -> None:
        """Read and log one view (shown, or listed in the other order, by the person)."""
        self._read(audited=True)

    def refresh_after_change(self) -> None:
        self._read(audited=False)

    def _read(self, *, audited: bool) -> None:
        self._loaded_once = True
        services, newest = self.ui.services, self.newest_first.isChecked()

        def read() -> OpenInquiries:
            found = InquiriesPanel.read(services, newest_first=newest)
            if audited:
                services.audit.log_view("inquiry_list", "", lists_detail(
                    {"open inquiries": len(found.rows)}))
            return found

        self.ui.operations.call(self, read, done=self.show_inquiries, failed=self._failed)

    def show_inquiries(self, found: OpenInquiries) -> None:
        """List ``found`` in the order chosen (the dashboard reads the longest waiting
        first)."""
        if self.newest_first.isChecked():
            found = OpenInquiries(tuple(sorted(
                found.rows, key=lambda row: (row.details.first_contact_on, row.id),
                reverse=True)), found.total)
        number = QLocale().toString
        if not found.rows:
            text = self.tr("No inquiry is waiting for an answer.")
        elif found.more_than_counted:
            text = arg(self.tr("More than %1 open; %2 are listed. Press Enter or "
                               "double-click one to record verification, "
                               "authorization or what it became."),
                       number(COUNTED_INQUIRIES), number(len(found.rows)))
        else:
            text = arg(self.tr("%1 open. Press Enter or double-click one to record verification, "
                               "authorization or what it became."), number(found.total))
            if len(found.rows) < found.total:
                text += " " + arg(self.tr("The first %1 are listed."), number(len(found.rows)))
        self.show_rows(found.rows, text)
        self.inquiries_loaded.emit(found)

    # Opening -------------------------------------------------------------------------------

    def open_new(self) -> None:
        """Read the levels of care, then open an empty inquiry dialog."""
        self._open_with(lambda services: None)

    def _open(self, index: QModelIndex) -> None:
        """Enter or a double-click: open the inquiry itself (its view is audited)."""
        found = self.model.row_at(index.row())
        if found is not None:
            inquiry_id = found.id
            self._open_with(lambda services: services.inquiries.get(inquiry_id))

    def _open_with(self, read: Callable[[AppServices], InquiryView | None]) -> None:
        services = self.ui.services
        self.ui.operations.call(
            self, lambda: (services.levels.list_levels(), read(services)),
            done=self._show_dialog, failed=self._failed)

    def _show_dialog(self, found: tuple[Any, InquiryView | None]) -> None:
        levels, existing = found
        dialog = self.dialog = InquiryDialog(self.ui, levels, existing=existing, parent=self)
        self.ui.dialogs.open_dialog(dialog)
        self.inquiry_dialog_opened.emit(dialog)

    def _open_record(self) -> None:
        selected = self.table.selectionModel().selectedRows()
        found = self.model.row_at(selected[0].row()) if selected else None
        if found is not None:
            self.client_requested.emit(found.client_id)
