"""The Referrals view: the referrals of the signed-in case manager's caseload (or of the
whole clinic), found by client name and filtered by status, category, overdue and case
manager in SQL, and read a page at a time as the person scrolls.

Enter or a double-click opens the referral with its history; "Open client" opens the
client's record, like the dashboard's rows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QLocale, QModelIndex, QObject, QPersistentModelIndex, Signal
from PySide6.QtWidgets import QHeaderView, QPushButton, QWidget

from coordinator.domain.referrals import is_closed
from coordinator.domain.roles import Permission, Role
from coordinator.domain.vocabulary import ReferralCategory, ReferralStatus
from coordinator.services.app import AppServices
from coordinator.services.dto import UserInfo
from coordinator.services.notify import Topic
from coordinator.services.read_audit import referral_list_detail
from coordinator.services.referral_views import ReferralFilter, ReferralView
from coordinator.ui.care.fields import today_of
from coordinator.ui.context import UiContext
from coordinator.ui.layouts import STRETCH, row, view_column
from coordinator.ui.placeholders import arg
from coordinator.ui.referrals.detail import ReferralDetailDialog
from coordinator.ui.referrals.dialogs import StatusChangeDialog
from coordinator.ui.referrals.titles import ReferralTableModel, category_title, status_title
from coordinator.ui.views.search_list import SearchListView, set_choices
from coordinator.ui.views.table_models import list_table

PAGE_SIZE = 200
_OPEN = "open"
_ME = -1
_CASELOAD = "caseload"

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
        self._pages = ui.operations.latest_only(None)

    def show_page(self, filters: ReferralFilter, page: ReferralPage) -> None:
        self._pages.drop()  # a further page for the filters before, still on its way
        self.filters, self.total = filters, page.total
        self.replace_rows(page.rows)

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return (not parent.isValid() and not self._pages.busy()
                and self.rowCount() < self.total)

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._pages.call(self.ui.services.referrals.page, self.filters, self.rowCount(),
                             PAGE_SIZE, done=self._append)

    def _append(self, rows: list[ReferralView]) -> None:
        known = {row.id for row in self.rows()}
        self.replace_rows(self.rows() + [row for row in rows if row.id not in known])


class ReferralsView(SearchListView):
    """All referrals with filters; open one to see its history or change its status."""

    refresh_topics = frozenset({Topic.REFERRAL, Topic.CLIENT, Topic.USER})

    referrals_loaded = Signal(int)
    """The first page for the current filters is shown: ``(how many match in all)``."""
    client_requested = Signal(int)
    """The person asked for a referral's client record: ``(client id)``."""
    dialog_opened = Signal(object)
    """A referral dialog was opened from this view: ``(the dialog)``."""

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ui, name="referralsView", title=self.tr("Referrals"), parent=parent)
        search_box = self.make_search_box(
            "referralClientSearch",
            self.tr("Search by client name (any words, any order) or record number"),
            self.tr("Search referrals by client"))
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setAccessibleName(self.tr("Read the referrals again"))
        self.refresh_button.setShortcut("F5")
        self.refresh_button.clicked.connect(self.refresh)
        self._make_filters()
        self._make_table()
        self._make_buttons()

        view_column(
            self, row(None, self.title_label, STRETCH, self.refresh_button),
            self.search_row(),
            self.filter_row([(self.tr("S&how:"), self.scope_filter),
                             (self.tr("&Status:"), self.status_filter),
                             (self.tr("C&ategory:"), self.category_filter),
                             (self.tr("Case &manager:"), self.case_manager_filter)],
                            self.overdue_filter, gap=0),
            row(None, self.open_button, self.change_button, self.client_button, STRETCH,
                self.count_label),
            (self.table, 1))
        self.set_tab_order([search_box, self.scope_filter, self.status_filter,
                            self.category_filter, self.case_manager_filter,
                            self.overdue_filter, self.open_button, self.change_button,
                            self.client_button, self.table])
        self._update_buttons()

    def _make_filters(self) -> None:
        # A case manager works their own caseload; a supervisor or administrator looks
        # after the clinic, so their list starts with everyone's.
        self.scope_filter = self.filter_combo(
            self.tr("Whose clients' referrals to show"), self.tr("Whole clinic"),
            name="referralScope", choices=[(self.tr("My caseload"), _CASELOAD)])
        self.scope_filter.setToolTip(self.tr(
            "My caseload: referrals of the clients whose primary case manager you are"))
        actor = self.ui.services.actor
        if actor is not None and actor.role not in (Role.SUPERVISOR, Role.ADMIN):
            self.scope_filter.setCurrentIndex(self.scope_filter.findData(_CASELOAD))
        # Drafts are open too (not yet sent), which is why this count can be higher than
        # the dashboard's "Open referrals", which counts sent ones.
        self.status_filter = self.filter_combo(
            self.tr("Status filter"), self.tr("Open, drafts included"), everything_value=_OPEN,
            choices=[(self.tr("Any status"), None)] + [
                (status_title(status), status.value) for status in ReferralStatus])
        self.category_filter = self.filter_combo(
            self.tr("Category filter"), self.tr("Any category"),
            choices=[(category_title(category), category.value)
                     for category in ReferralCategory])
        self.case_manager_filter = self.filter_combo(
            self.tr("Case manager filter"), self.tr("Any case manager"),
            choices=[(self.tr("Mine"), _ME)])
        self.overdue_filter = self.filter_check(
            self.tr("&Overdue only"), self.tr("Only referrals past their follow-up date"))

    def _make_table(self) -> None:
        self.model = PagedReferralModel(self.ui, self)
        self.table = list_table("referralTable", self.tr("Referrals"))
        self.table.setModel(self.model)
        # Fixed widths the person may drag: fitted to contents, the long service names
        # pushed the table wider than a 1280-pixel window.
        columns = self.table.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for number, width in enumerate((225, 105, 165, 115, 180, 235, 140)):
            self.table.setColumnWidth(number, width)
        self.table.activated.connect(self.open_referral)
        self.results_view = self.table
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

    def _make_buttons(self) -> None:
        self.open_button = QPushButton(self.tr("O&pen referral…"))
        self.open_button.setAccessibleName(self.tr("Open the referral and its history"))
        self.open_button.clicked.connect(self.open_referral)
        self.change_button = QPushButton(self.tr("Change s&tatus…"))
        self.change_button.setAccessibleName(self.tr("Change the referral's status"))
        self.change_button.clicked.connect(self.change_status)
        self.client_button = QPushButton(self.tr("Open &client"))
        self.client_button.setAccessibleName(self.tr("Open the client's record"))
        self.client_button.clicked.connect(self.open_client)

    def filters(self) -> ReferralFilter:
        status = self.status_filter.currentData()
        category = self.category_filter.currentData()
        case_manager = self.case_manager_filter.currentData()
        actor = self.ui.services.actor
        if case_manager == _ME:
            case_manager = actor.user_id if actor else None
        caseload = (actor.user_id if actor and self.scope_filter.currentData() == _CASELOAD
                    else None)
        return ReferralFilter(
            status=ReferralStatus(status) if status not in (None, _OPEN) else None,
            open_only=status == _OPEN,
            category=ReferralCategory(category) if category else None,
            overdue_only=self.overdue_filter.isChecked(), assigned_to_id=case_manager,
            caseload_of_id=caseload,
            client_text=self.search_box.text() if self.search_box else "")

    def reader(self, *, after_change: bool) -> Callable[[], tuple[ReferralFilter, ReferralPage]]:
        """The first page for the filters shown; the person's own reading (opening the view,
        a filter, Refresh) logs one view of the list, a re-read after a change does not."""
        filters = self.filters()
        self.model.today_ordinal = today_of(self.ui).toordinal()
        services = self.ui.services
        case_manager = (self.case_manager_filter.currentText()
                        if filters.assigned_to_id is not None else "")
        return lambda: (filters, first_page(services, filters, audited=not after_change,
                                            case_manager=case_manager))

    def show_results(self, result: tuple[ReferralFilter, ReferralPage]) -> None:
        filters, page = result
        self.model.show_page(filters, page)
        set_choices(self.case_manager_filter,
                    [(user.full_name, user.id) for user in page.case_managers], fixed=2)
        self.count_label.setText(self._count_text(filters, page.total))
        self._update_buttons()
        self.referrals_loaded.emit(page.total)

    def _count_text(self, filters: ReferralFilter, total: int) -> str:
        count = arg(self.tr("%1 referrals"), QLocale().toString(total))
        if total or not (filters.client_text.strip() or filters.caseload_of_id is not None):
            return count
        text = filters.client_text.strip()
        if text and not any(character.isalnum() for character in text):
            return self.tr("The client search has no letters or digits to look for; type "
                           "part of a client's name or record number.")
        if filters.caseload_of_id is not None:
            return self.tr("No referral matches among your caseload's clients. Choose "
                           "Whole clinic under Show to look at everyone's.")
        return self.tr("No referral matches this client search.")

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
