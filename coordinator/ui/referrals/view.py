"""The Referrals view: every client's referrals, filtered by status, category, overdue and
case manager in SQL and read a page at a time as the person scrolls.

Enter or a double-click opens the referral with its history; "Open client" opens the
client's record, like the dashboard's rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QLocale, QModelIndex, QObject, QPersistentModelIndex, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coordinator.domain.referrals import is_closed
from coordinator.domain.roles import Permission
from coordinator.domain.vocabulary import ReferralCategory, ReferralStatus
from coordinator.services.app import AppServices
from coordinator.services.dto import UserInfo
from coordinator.services.notify import Topic
from coordinator.services.read_audit import referral_list_detail
from coordinator.services.referral_views import ReferralFilter, ReferralView
from coordinator.ui.care.fields import today_of
from coordinator.ui.context import UiContext
from coordinator.ui.dialogs import report_failure
from coordinator.ui.loading import RefreshOnShow
from coordinator.ui.referrals.detail import ReferralDetailDialog
from coordinator.ui.referrals.dialogs import StatusChangeDialog
from coordinator.ui.referrals.titles import ReferralTableModel, category_title, status_title
from coordinator.ui.views.table_models import list_table

PAGE_SIZE = 200
_OPEN = "open"
_ME = -1

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class ReferralPage:
    """One reading: the first page and how many match in all."""

    rows: list[ReferralView]
    total: int
    case_managers: list[UserInfo]


def first_page(services: AppServices, filters: ReferralFilter, *, audited: bool = False,
               case_manager: str = "") -> ReferralPage:
    """The first page and the count; ``audited``: log one view of the list (the person
    opened the view, changed a filter or pressed Refresh; not a re-read after a change,
    nor the later pages read as they scroll)."""
    page = ReferralPage(services.referrals.page(filters, 0, PAGE_SIZE),
                        services.referrals.count(filters), services.users.case_managers())
    if audited:
        services.audit.log_view("referral_list", "", referral_list_detail(
            filters, page.total, case_manager=case_manager))
    return page


class PagedReferralModel(ReferralTableModel):
    """The referral table, fetching the next page when the view scrolls to the end."""

    def __init__(self, ui: UiContext, parent: QObject | None = None) -> None:
        super().__init__(with_client=True, parent=parent)
        self.ui = ui
        self.filters = ReferralFilter()
        self.total = 0
        self._fetching = False
        self._generation = 0

    def show_page(self, filters: ReferralFilter, page: ReferralPage) -> None:
        self._generation += 1
        self.filters, self.total, self._fetching = filters, page.total, False
        self.replace_rows(page.rows)

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._fetching and self.rowCount() < self.total

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        generation, offset = self._generation, self.rowCount()
        self.ui.operations.call(None, self.ui.services.referrals.page, self.filters, offset,
                                PAGE_SIZE, done=lambda rows: self._append(generation, rows))

    def _append(self, generation: int, rows: list[ReferralView]) -> None:
        if generation != self._generation:
            return  # the filters changed while this page was read
        self._fetching = False
        known = {row.id for row in self.rows()}
        self.replace_rows(self.rows() + [row for row in rows if row.id not in known])


class ReferralsView(RefreshOnShow, QWidget):
    """All referrals with filters; open one to see its history or change its status."""

    refresh_topics = frozenset({Topic.REFERRAL, Topic.CLIENT, Topic.USER})

    referrals_loaded = Signal(int)
    """The first page for the current filters is shown: ``(how many match in all)``."""
    client_requested = Signal(int)
    """The person asked for a referral's client record: ``(client id)``."""
    dialog_opened = Signal(object)
    """A referral dialog was opened from this view: ``(the dialog)``."""

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.setObjectName("referralsView")
        self._generation = 0
        title = QLabel(self.tr("Referrals"))
        title.setObjectName("viewTitle")
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setAccessibleName(self.tr("Read the referrals again"))
        self.refresh_button.setShortcut("F5")
        self.refresh_button.clicked.connect(self.refresh)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self.refresh_button)

        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Status filter"))
        # Drafts are open too (not yet sent), which is why this count can be higher than
        # the dashboard's "Open referrals", which counts sent ones.
        self.status_filter.addItem(self.tr("Open, drafts included"), _OPEN)
        self.status_filter.addItem(self.tr("Any status"), None)
        for status in ReferralStatus:
            self.status_filter.addItem(status_title(status), status.value)
        self.category_filter = QComboBox()
        self.category_filter.setAccessibleName(self.tr("Category filter"))
        self.category_filter.addItem(self.tr("Any category"), None)
        for category in ReferralCategory:
            self.category_filter.addItem(category_title(category), category.value)
        self.case_manager_filter = QComboBox()
        self.case_manager_filter.setAccessibleName(self.tr("Case manager filter"))
        self.case_manager_filter.addItem(self.tr("Any case manager"), None)
        self.case_manager_filter.addItem(self.tr("Mine"), _ME)
        self.overdue_filter = QCheckBox(self.tr("&Overdue only"))
        self.overdue_filter.setAccessibleName(self.tr("Only referrals past their follow-up "
                                                      "date"))
        filters = QHBoxLayout()
        for label, widget in ((self.tr("&Status:"), self.status_filter),
                              (self.tr("C&ategory:"), self.category_filter),
                              (self.tr("Case &manager:"), self.case_manager_filter)):
            caption = QLabel(label)
            caption.setBuddy(widget)
            filters.addWidget(caption)
            filters.addWidget(widget)
            widget.currentIndexChanged.connect(self.refresh)
        filters.addWidget(self.overdue_filter)
        filters.addStretch(1)
        self.overdue_filter.toggled.connect(self.refresh)

        self.model = PagedReferralModel(ui, self)
        self.table = list_table("referralTable", self.tr("Referrals"))
        self.table.setModel(self.model)
        # Fixed widths the person may drag: fitted to contents, the long service names
        # pushed the table wider than a 1280-pixel window.
        columns = self.table.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((225, 105, 165, 115, 180, 235, 140)):
            self.table.setColumnWidth(column, width)
        self.table.activated.connect(self.open_referral)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.open_button = QPushButton(self.tr("O&pen referral…"))
        self.open_button.setAccessibleName(self.tr("Open the referral and its history"))
        self.open_button.clicked.connect(self.open_referral)
        self.change_button = QPushButton(self.tr("Change s&tatus…"))
        self.change_button.setAccessibleName(self.tr("Change the referral's status"))
        self.change_button.clicked.connect(self.change_status)
        self.client_button = QPushButton(self.tr("Open &client"))
        self.client_button.setAccessibleName(self.tr("Open the client's record"))
        self.client_button.clicked.connect(self.open_client)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.change_button, self.client_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.count_label = QLabel()
        self.count_label.setObjectName("quietNote")
        buttons.addWidget(self.count_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addLayout(header)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        for first, second in ((self.status_filter, self.category_filter),
                              (self.category_filter, self.case_manager_filter),
                              (self.case_manager_filter, self.overdue_filter),
                              (self.overdue_filter, self.open_button),
                              (self.open_button, self.change_button),
                              (self.change_button, self.client_button),
                              (self.client_button, self.table)):
            QWidget.setTabOrder(first, second)
        self.setFocusProxy(self.status_filter)
        self._update_buttons()
        self.watch_changes(ui)

    def filters(self) -> ReferralFilter:
        status = self.status_filter.currentData()
        category = self.category_filter.currentData()
        case_manager = self.case_manager_filter.currentData()
        if case_manager == _ME:
            actor = self.ui.services.actor
            case_manager = actor.user_id if actor else None
        return ReferralFilter(
            status=ReferralStatus(status) if status not in (None, _OPEN) else None,
            open_only=status == _OPEN,
            category=ReferralCategory(category) if category else None,
            overdue_only=self.overdue_filter.isChecked(), assigned_to_id=case_manager)

    def refresh(self) -> None:
        """Read the list for the filters shown, logging one view of it."""
        self._read(audited=True)

    def refresh_after_change(self) -> None:
        self._read(audited=False)

    def _read(self, *, audited: bool) -> None:
        self._loaded_once = True
        self._generation += 1
        generation, filters = self._generation, self.filters()
        self.model.today_ordinal = today_of(self.ui).toordinal()
        services = self.ui.services
        case_manager = (self.case_manager_filter.currentText()
                        if filters.assigned_to_id is not None else "")
        self.ui.operations.call(self, lambda: first_page(services, filters, audited=audited,
                                                         case_manager=case_manager),
                                done=lambda page: self._answered(generation, filters, page),
                                failed=lambda error: report_failure(self.ui.dialogs, self,
                                                                    error))

    def _answered(self, generation: int, filters: ReferralFilter, page: ReferralPage) -> None:
        if generation != self._generation:
            return
        self.model.show_page(filters, page)
        self._show_case_managers(page.case_managers)
        self.count_label.setText(self.tr("%1 referrals").replace(
            "%1", QLocale().toString(page.total)))
        self._update_buttons()
        self.referrals_loaded.emit(page.total)

    def _show_case_managers(self, users: list[UserInfo]) -> None:
        combo = self.case_manager_filter
        current = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 2:
            combo.removeItem(2)
        for user in users:
            combo.addItem(user.full_name, user.id)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def selected(self) -> ReferralView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        row = self.selected()
        self.open_button.setEnabled(row is not None)
        self.client_button.setEnabled(row is not None)
        self.change_button.setEnabled(row is not None and not is_closed(row.status)
                                      and self.ui.may(Permission.EDIT_CARE))

    def _open(self, dialog: Any) -> Any:
        self.ui.dialogs.open_dialog(dialog)
        self.dialog_opened.emit(dialog)
        return dialog

    def open_referral(self) -> ReferralDetailDialog | None:
        row = self.selected()
        if row is None:
            return None
        # Outside a client's record, opening a referral is a view of its own.
        opened: ReferralDetailDialog = self._open(ReferralDetailDialog(
            self.ui, row.id, self, audited=True))
        return opened

    def change_status(self) -> StatusChangeDialog | None:
        row = self.selected()
        if row is None or is_closed(row.status) or not self.ui.may(Permission.EDIT_CARE):
            return None
        opened: StatusChangeDialog = self._open(StatusChangeDialog(self.ui, row, self))
        return opened

    def open_client(self) -> None:
        row = self.selected()
        if row is not None:
            self.client_requested.emit(row.client_id)
