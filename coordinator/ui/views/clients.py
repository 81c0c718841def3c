"""The Clients view: search as you type over the caseload, and New client.

The table is a ``ClientRegistryModel``: SQL filters, sorts and pages, so the view stays
instant at 100,000 clients. The count and first page of each query are read on a worker;
later pages are fetched as the person scrolls.

A search is written to the audit trail once it settles, not per keystroke: when its results
have been on screen for ``SEARCH_SETTLED_MS`` without the text or a filter changing, or at
once when the person opens a result, makes packets from the list or leaves the view. The
event names the text, the filters and how many clients matched. Scrolling, sorting and the
re-reads after a change made here are the same search and are not logged again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QWidget,
)

from coordinator.domain.roles import Permission
from coordinator.services.dto import ClientRecord
from coordinator.services.notify import Topic
from coordinator.services.read_audit import search_detail
from coordinator.services.registry import RegistryQuery, RegistryRow, RegistryService
from coordinator.ui.care.titles import level_name
from coordinator.ui.context import UiContext
from coordinator.ui.labels import client_status_title
from coordinator.ui.layouts import STRETCH, row, view_column
from coordinator.ui.locale_text import number_text
from coordinator.ui.packets.batch import BatchPacketDialog, chosen_clients
from coordinator.ui.placeholders import arg
from coordinator.ui.shown import log_shown
from coordinator.ui.views.client_form import ClientDialog
from coordinator.ui.views.registry_model import PAGE_SIZE, ClientRegistryModel
from coordinator.ui.views.search_list import Choices, SearchListView, set_choices
from coordinator.ui.views.table_models import TitlesGetRoom

# A search as you type counts its matches up to here, then says "more than".
COUNTED_AT_MOST = 1000
# The search text in the "Filtered:" line is cut to this many characters.
SHOWN_TEXT_CHARS = 40
# Results on screen this long without another keystroke are a search the person made.
SEARCH_SETTLED_MS = 2000


FirstPage = tuple[RegistryQuery, int, list[RegistryRow]]
"""A search's query, its count (up to ``COUNTED_AT_MOST + 1``) and first page."""


def first_page(registry: RegistryService, query: RegistryQuery) -> FirstPage:
    """The count (up to ``COUNTED_AT_MOST + 1``) and first page of ``query`` (runs on a
    worker: services and values only)."""
    # Typing one letter matches thousands; counting them all would slow every keystroke.
    total, rows = registry.first_page(
        query, limit=PAGE_SIZE, count_at_most=COUNTED_AT_MOST if query.text.strip() else None)
    return query, total, rows


class ClientsView(SearchListView):
    """Search box, results table and the New client button."""

    refresh_topics = frozenset({Topic.CLIENT, Topic.USER, Topic.EPISODE, Topic.CLOCKS})

    clients_loaded = Signal(int)
    """Search results arrived and are shown: ``(number of matching clients)``."""
    client_saved = Signal(object)
    """A client was created or edited from this view: ``(ClientRecord)``."""
    client_requested = Signal(int)
    """The person opened a row (Enter or double-click): ``(client id)`` whose record to open."""
    search_logged = Signal(str)
    """A settled search was written to the audit trail: ``(what the event says)``."""

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ui, name="clientsView", title=self.tr("Clients"), parent=parent)
        # The search on screen, not yet logged: (query, matches, counting stopped early).
        self._shown_search: tuple[RegistryQuery, int, bool] | None = None
        self._logged_search: RegistryQuery | None = None

        search_box = self.make_search_box(
            "clientSearch",
            self.tr("Search by name (any words, any order), record number, phone or date of "
                    "birth (YYYY-MM-DD)"),
            self.tr("Search clients"))
        self._make_buttons()
        self._make_filters()
        self._make_table()
        self._make_filter_note()

        self._settle_timer = QTimer(self)
        self._settle_timer.setSingleShot(True)
        self._settle_timer.setInterval(SEARCH_SETTLED_MS)
        self._settle_timer.timeout.connect(self.log_shown_search)
        search_box.textChanged.connect(self._settle_timer.stop)
        self.add_shortcut(QKeySequence.StandardKey.New, self.new_client)

        view_column(
            self, self.title_label, self.search_row(self.packets_button, self.new_button),
            self.filter_row([(self.tr("&Level:"), self.level_filter),
                             (self.tr("Case &manager:"), self.manager_filter),
                             (self.tr("S&tatus:"), self.status_filter)], self.clock_filter),
            row(None, self.filter_note, STRETCH, self.clear_filters_button),
            (self.table, 1), self.count_label)
        self.set_tab_order([search_box, self.level_filter, self.manager_filter,
                            self.status_filter, self.clock_filter, self.packets_button,
                            self.new_button, self.clear_filters_button, self.table])

    def _make_buttons(self) -> None:
        self.new_button = QPushButton(self.tr("&New client…"))
        self.new_button.setObjectName("primaryButton")
        self.new_button.setAccessibleName(self.tr("New client"))
        self.new_button.setToolTip(self.tr("Add a client to the caseload (Ctrl+N)"))
        self.new_button.setVisible(self.ui.may(Permission.EDIT_CLIENTS))
        self.new_button.clicked.connect(self.new_client)
        self.packets_button = QPushButton(self.tr("&Packets for selected…"))
        self.packets_button.setAccessibleName(self.tr("Packets for the selected clients"))
        self.packets_button.setToolTip(self.tr(
            "Save a discharge or transfer summary for each selected client into one folder"))
        self.packets_button.setVisible(self.ui.may(Permission.EXPORT_RECORDS))
        self.packets_button.clicked.connect(self.packets_for_selected)

    def _make_filters(self) -> None:
        self.level_filter = self.filter_combo(
            self.tr("Filter by level of care"), self.tr("Any level"), name="levelFilter",
            fit_choices=True)
        self.manager_filter = self.filter_combo(
            self.tr("Filter by case manager"), self.tr("Any case manager"),
            name="caseManagerFilter", fit_choices=True)
        self.status_filter = self.filter_combo(
            self.tr("Filter by status"), self.tr("Not archived"), name="statusFilter",
            choices=[(client_status_title(status), status)
                     for status in ("active", "discharged", "archived")])
        self.clock_filter = self.filter_check(
            self.tr("Has an open &clock"), self.tr("Only clients with an open clock"),
            name="openClockFilter", tooltip=self.tr(
                "Only clients with a step-down or follow-up clock running, or missed in the "
                "last 30 days"))

    def _make_filter_note(self) -> None:
        self.filter_note = QLabel()
        self.filter_note.setObjectName("filterNote")
        self.filter_note.setAccessibleName(self.tr("Search and filters in use"))
        self.filter_note.setTextFormat(Qt.TextFormat.PlainText)
        self.filter_note.hide()
        self.clear_filters_button = QPushButton(self.tr("Show &all clients"))
        self.clear_filters_button.setObjectName("clearFiltersButton")
        self.clear_filters_button.setAccessibleName(self.tr("Clear the search and filters"))
        self.clear_filters_button.setToolTip(self.tr(
            "Empty the search box and set every filter back to any"))
        self.clear_filters_button.clicked.connect(self.clear_filters)
        self.clear_filters_button.hide()

    def _make_table(self) -> None:
        self.model = ClientRegistryModel(self.ui.services.registry.page,
                                         self.ui.operations.latest_only(self), self)
        self.table = QTableView()
        self.table.setObjectName("clientTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Clients found"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Several clients may be chosen for "Packets for selected…".
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        for column, width in enumerate((160, 110, 140, 170, 55, 155)):
            self.table.setColumnWidth(column, width)
        TitlesGetRoom(self.table)
        # The indicator first: Qt's own starts at Z to A, and turning sorting on sorts by
        # it at once, which read a first page in that order that could land after the
        # view's own first page and leave the list (and the searches after it) reversed.
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.activated.connect(self._open_row)
        self.results_view = self.table

    # Loading -------------------------------------------------------------------------------

    def choices_reader(self) -> Callable[[], tuple[Choices, Choices]]:
        levels, users = self.ui.services.levels, self.ui.services.users
        return lambda: ([(level_name(level.name, level.code), level.code)
                         for level in levels.list_levels()],
                        [(user.full_name, user.id) for user in users.case_managers()])

    def show_choices(self, choices: tuple[Choices, Choices]) -> None:
        levels, case_managers = choices
        set_choices(self.level_filter, levels)
        set_choices(self.manager_filter, case_managers)

    def current_query(self) -> RegistryQuery:
        """The search text and filters as shown, in the table's current order."""
        shown = self.model.query
        return RegistryQuery(
            text=self.search_box.text() if self.search_box else "",
            level_code=self.level_filter.currentData(),
            case_manager_id=self.manager_filter.currentData(),
            status=self.status_filter.currentData(),
            open_clock=self.clock_filter.isChecked(), sort_key=shown.sort_key,
            descending=shown.descending)

    def reader(self, *, after_change: bool) -> Callable[[], FirstPage]:
        registry, query = self.ui.services.registry, self.current_query()
        return lambda: first_page(registry, query)

    def show_results(self, result: FirstPage) -> None:
        query, total, rows = result
        self.model.set_results(query, total, rows, exact=total <= COUNTED_AT_MOST
                               or not query.text.strip())
        in_use = self._filters_in_use(query)
        if not total:
            text = self._nothing_found(query) if in_use else self.tr(
                "No clients yet. Use New client to add the first one.")
        elif total > COUNTED_AT_MOST:
            text = arg(self.tr("More than %1 clients match; type more to narrow the list.")
                       if in_use else
                       self.tr("More than %1 clients; search or filter to find one."),
                       number_text(COUNTED_AT_MOST))
        elif total == 1:
            text = self.tr("1 client shown.")
        else:
            text = arg(self.tr("%1 clients match."), number_text(total))
        self.count_label.setText(text)
        self._show_filter_note(in_use, total)
        self._shown_search = (query, total, total > COUNTED_AT_MOST)
        self._settle_timer.start()
        self.clients_loaded.emit(total)

    # The filters in use ------------------------------------------------------------------

    def _filters_in_use(self, query: RegistryQuery) -> list[str]:
        """What narrows the list, in words, in the order the controls are laid out."""
        in_use: list[str] = []
        text = " ".join(query.text.split())
        if text:
            shown = text if len(text) <= SHOWN_TEXT_CHARS else (
                text[:SHOWN_TEXT_CHARS - 1] + "…")
            in_use.append(arg(self.tr("“%1”"), shown))
        for combo, what in ((self.level_filter, self.tr("level %1")),
                            (self.manager_filter, self.tr("case manager %1")),
                            (self.status_filter, self.tr("status %1"))):
            if combo.currentData() is not None:
                in_use.append(arg(what, combo.currentText()))
        if query.open_clock:
            in_use.append(self.tr("open clock"))
        return in_use

    def _show_filter_note(self, in_use: list[str], total: int) -> None:
        if not in_use:
            self.filter_note.hide()
            self.clear_filters_button.hide()
            return
        if total > COUNTED_AT_MOST:
            count = arg(self.tr("more than %1 clients"), number_text(COUNTED_AT_MOST))
        elif total == 1:
            count = self.tr("1 client")
        else:
            count = arg(self.tr("%1 clients"), number_text(total))
        self.filter_note.setText(arg(self.tr("Filtered: %1 · %2"), " · ".join(in_use), count))
        self.filter_note.show()
        self.clear_filters_button.show()

    def _nothing_found(self, query: RegistryQuery) -> str:
        text = query.text.strip()
        if text and not any(character.isalnum() for character in text):
            return self.tr("The search has no letters or digits to look for. Type part of a "
                           "name, a record number, a phone number or a date of birth, or use "
                           "Show all clients.")
        return self.tr("No client matches. Check the spelling or the filters, or use Show "
                       "all clients to clear them.")

    def clear_filters(self) -> None:
        """Empty the search box, set every filter back to "any" and search once."""
        for widget in (self.search_box, self.level_filter, self.manager_filter,
                       self.status_filter, self.clock_filter):
            if widget is not None:
                widget.blockSignals(True)
        if self.search_box is not None:
            self.search_box.clear()
        for combo in (self.level_filter, self.manager_filter, self.status_filter):
            combo.setCurrentIndex(0)
        self.clock_filter.setChecked(False)
        for widget in (self.search_box, self.level_filter, self.manager_filter,
                       self.status_filter, self.clock_filter):
            if widget is not None:
                widget.blockSignals(False)
        if self.search_box is not None:
            self.search_box.setFocus()
        self.refresh()

    # The audit trail -----------------------------------------------------------------------

    def log_shown_search(self) -> None:
        """Log the search on screen, unless it is the one logged last (a re-read)."""
        self._settle_timer.stop()
        shown, self._shown_search = self._shown_search, None
        if shown is None:
            return
        query, total, more = shown
        searched = replace(query, sort_key="name", descending=False)  # the order is no search
        if searched == self._logged_search:
            return
        self._logged_search = searched
        detail = search_detail(query, COUNTED_AT_MOST if more else total, more=more,
                               case_manager=self.manager_filter.currentText())
        log_shown(self.ui, self, self.ui.services.audit.log_search, detail,
                  done=lambda: self.search_logged.emit(detail))

    def hideEvent(self, event: QHideEvent) -> None:
        self.log_shown_search()  # leaving the view: what was on screen was seen
        super().hideEvent(event)


    # Creating and editing ----------------------------------------------------------------

    def new_client(self) -> ClientDialog | None:
        if not self.ui.may(Permission.EDIT_CLIENTS):
            return None
        dialog = ClientDialog(self.ui, None, self.window())
        dialog.saved.connect(self.client_saved)
        self.ui.dialogs.open_dialog(dialog)
        return dialog

    def packets_for_selected(self) -> BatchPacketDialog | None:
        """The batch packet dialog for the selected clients, in the order listed."""
        self.log_shown_search()
        rows = [self.model.row_at(index.row())
                for index in sorted(self.table.selectionModel().selectedRows(),
                                    key=lambda index: index.row())]
        chosen = chosen_clients([(row.id, row.family_name, row.given_name)
                                 for row in rows if row is not None])
        if not self.ui.may(Permission.EXPORT_RECORDS):
            return None
        if not chosen:
            self.ui.dialogs.information(self, self.tr("Packets for selected clients"), self.tr(
                "Select one or more clients in the list first (Ctrl+click or Shift+click "
                "to select several)."))
            return None
        dialog = BatchPacketDialog(self.ui, chosen, self.window())
        self.ui.dialogs.open_dialog(dialog)
        return dialog

    def _open_row(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        self.log_shown_search()
        if row is not None:
            self.client_requested.emit(row.id)

    def open_client(self, client_id: int) -> None:
        """Load the client (the view is audited) and open the edit form."""
        self.ui.operations.call(self, self.ui.services.clients.get, client_id,
                                done=self._edit)

    def _edit(self, record: ClientRecord) -> None:
        dialog = ClientDialog(self.ui, record, self.window())
        dialog.set_read_only(not self.ui.may(Permission.EDIT_CLIENTS))
        dialog.saved.connect(self.client_saved)
        self.ui.dialogs.open_dialog(dialog)
