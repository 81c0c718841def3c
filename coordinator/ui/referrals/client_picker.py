"""Ask which client: a search-as-you-type list of clients, for starting work (such as a
referral) somewhere other than the client's own record.

The list is read through the registry service on a worker, a page at a time; an answer to
an older search that arrives late is dropped. Enter or a double-click picks the client.

The search on screen when the dialog closes (a client picked, or Cancel) is written to the
audit trail as one search event; the searches typed on the way there are not.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from coordinator.services.read_audit import search_detail
from coordinator.services.registry import RegistryQuery, RegistryRow
from coordinator.ui.care.titles import level_name
from coordinator.ui.context import UiContext
from coordinator.ui.dialogs import report_failure
from coordinator.ui.focus_order import keep_visual_order
from coordinator.ui.layouts import column
from coordinator.ui.locale_text import date_text
from coordinator.ui.placeholders import arg
from coordinator.ui.screen_fit import FittedDialog
from coordinator.ui.shown import log_shown
from coordinator.ui.translation import translate
from coordinator.ui.views.table_models import Column, RowTableModel, list_table

#: How many clients the list shows; more than this and the person types more of the name.
SHOWN_AT_MOST = 50
SEARCH_DELAY_MS = 200  # long enough to skip the keystrokes in the middle of a name


def client_name(row: RegistryRow) -> str:
    """"Family, Given", as the client lists show a name."""
    return ", ".join(part for part in (row.family_name, row.given_name) if part)


class ClientPickerModel(RowTableModel[RegistryRow]):
    """The clients found: name, record number, date of birth, level of care."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(translate("ClientPicker", "Name"), client_name),
            Column(translate("ClientPicker", "Record number"), lambda row: row.record_number),
            Column(translate("ClientPicker", "Born"),
                   lambda row: date_text(row.birth_date)),
            Column(translate("ClientPicker", "Level of care"),
                   lambda row: level_name(row.level_name, row.level_code) or row.level_code or ""),
        ], key=lambda row: row.id, parent=parent)


class ClientPickerDialog(FittedDialog):
    """Find a client by name, record number, phone or date of birth, and pick one."""

    clients_loaded = Signal(int)
    """A search answered and its clients are listed: ``(number of clients listed)``."""
    client_chosen = Signal(object)
    """The person picked a client: ``(RegistryRow)``."""

    def __init__(self, ui: UiContext, purpose: str, parent: QWidget | None = None) -> None:
        """Args:
            purpose: one sentence saying what the client is picked for, shown on top.
        """
        super().__init__(parent)
        self.ui = ui
        self._reads = ui.operations.latest_only(self)
        self._searching = False
        self._pick_when_loaded = False
        self._chosen = False
        self._asked: RegistryQuery | None = None
        self._shown: tuple[RegistryQuery, int] | None = None
        self.setObjectName("clientPickerDialog")
        keep_visual_order(self)
        self.setWindowTitle(self.tr("Choose a client"))
        self.resize(680, 460)

        intro = QLabel(purpose)
        intro.setWordWrap(True)
        search_label = self._build_search()
        self._build_list()
        self._build_buttons()
        column(self, intro, search_label, self.search_box, (self.table, 1), self.count_label,
               self.buttons, margins=(20, 16, 20, 16), spacing=10)
        order = [self.search_box, self.table, self.choose_button, self.cancel_button]
        for first, second in pairwise(order):
            self.setTabOrder(first, second)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.search)
        self.search_box.textChanged.connect(self._search_timer.start)
        self._update_button()
        self.search()
        self.search_box.setFocus()

    def _build_search(self) -> QLabel:
        """The search box; returns its label."""
        self.search_box = QLineEdit()
        self.search_box.setObjectName("clientPickerSearch")
        self.search_box.setAccessibleName(self.tr("Find a client"))
        self.search_box.setPlaceholderText(self.tr(
            "Type the start of a name, a record number, a phone or a date of birth"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.installEventFilter(self)
        search_label = QLabel(self.tr("&Find client:"))
        search_label.setBuddy(self.search_box)
        return search_label

    def _build_list(self) -> None:
        """The clients found, and how many."""
        self.model = ClientPickerModel(self)
        self.table = list_table("clientPickerTable", self.tr("Clients found"))
        self.table.setModel(self.model)
        # Activated is Enter or a double-click (a single click where the desktop says so).
        self.table.activated.connect(self.pick)
        self.table.selectionModel().selectionChanged.connect(self._update_button)
        self.count_label = QLabel()
        self.count_label.setObjectName("quietNote")

    def _build_buttons(self) -> None:
        self.buttons = QDialogButtonBox()
        self.choose_button: QPushButton = self.buttons.addButton(
            self.tr("&Choose"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.choose_button.setAccessibleName(self.tr("Choose the selected client"))
        self.choose_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.pick)
        self.buttons.rejected.connect(self.reject)

    # Searching -----------------------------------------------------------------------------

    def search(self) -> None:
        """List the clients matching the search box now; older answers are ignored."""
        self._search_timer.stop()
        self._searching = True
        registry = self.ui.services.registry
        query = RegistryQuery(text=self.search_box.text())
        self._asked = query

        def read() -> tuple[list[RegistryRow], int]:
            return (registry.page(query, offset=0, limit=SHOWN_AT_MOST),
                    registry.count(query, at_most=SHOWN_AT_MOST))

        self._reads.call(read, done=lambda found: self._show(*found), failed=self._failed)

    def _show(self, rows: list[RegistryRow], total: int) -> None:
        self._searching = False
        self.model.replace_rows(rows)
        if self._asked is not None:
            self._shown = (self._asked, total)
        if rows:
            self.table.selectRow(0)
            self.table.scrollToTop()
        if not rows:
            text = self.tr("No client matches this search.")
        elif total > len(rows):
            text = arg(self.tr("Showing the first %1 clients; type more of the name to narrow "
                               "the list."), str(len(rows)))
        elif len(rows) == 1:
            text = self.tr("1 client found.")
        else:
            text = arg(self.tr("%1 clients found."), str(len(rows)))
        self.count_label.setText(text)
        self._update_button()
        self.clients_loaded.emit(len(rows))
        if self._pick_when_loaded:
            self._pick_when_loaded = False
            self.pick()

    def _failed(self, error: BaseException) -> None:
        self._searching = False
        self._pick_when_loaded = False
        report_failure(self.ui.dialogs, self, error, self.windowTitle())

    # Picking -------------------------------------------------------------------------------

    def selected(self) -> RegistryRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_button(self) -> None:
        self.choose_button.setEnabled(self.selected() is not None)

    def pick(self) -> None:
        """Choose the selected client; after fresh typing, the first one that search finds."""
        if self._search_timer.isActive() or self._searching:
            # Enter pressed before the list caught up with the typing: pick from the answer
            # to what is typed, not from the list of a few letters ago.
            self._pick_when_loaded = True
            if self._search_timer.isActive():
                self.search()
            return
        row = self.selected()
        if row is None or self._chosen:
            return  # Enter on the list also reaches the dialog's default button
        self._chosen = True
        self.client_chosen.emit(row)
        self.accept()

    def done(self, result: int) -> None:
        """Closing, picked or not: log the search that was on screen."""
        shown, self._shown = self._shown, None
        if shown is not None:
            query, total = shown
            log_shown(self.ui, self.parentWidget() or self, self.ui.services.audit.log_search,
                      search_detail(query, min(total, SHOWN_AT_MOST),
                                    more=total > SHOWN_AT_MOST))
        super().done(result)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Down in the search box walks into the list, as in a browser's address bar.
        if (watched is self.search_box and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Down
                and self.model.rowCount()):
            self.table.setFocus()
            return True
        return super().eventFilter(watched, event)
