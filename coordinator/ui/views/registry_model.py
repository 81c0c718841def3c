"""The Clients view's table model: a window over the registry, fetched a page at a time.

The model holds the query, the total number of matches and the rows loaded so far; Qt asks
``canFetchMore``/``fetchMore`` as the person scrolls, and each fetch reads one page on a
worker (a few milliseconds even at 100,000 clients, but never on the GUI thread). Sorting
reads the first page in the new order the same way. A page that arrives after the query
changed (a new search, another order) is dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush

from coordinator.domain.clocks import ClockKind, ClockState
from coordinator.domain.vocabulary import ClientStatus
from coordinator.services.registry import RegistryQuery, RegistryRow, SortKey
from coordinator.ui.care.clock_table import ALERT_INK
from coordinator.ui.care.titles import clock_row_title, level_name
from coordinator.ui.labels import client_status_title
from coordinator.ui.locale_text import date_text
from coordinator.ui.operations import LatestOnly
from coordinator.ui.placeholders import arg
from coordinator.ui.translation import QT_TRANSLATE_NOOP, translate

PAGE_SIZE = 100
AnyIndex = QModelIndex | QPersistentModelIndex


class PageSource(Protocol):
    """``registry.page``: the rows of ``query`` from ``offset``, at most ``limit``."""

    def __call__(self, query: RegistryQuery, *, offset: int, limit: int
                 ) -> list[RegistryRow]: ...


def _birth(row: RegistryRow) -> str:
    if row.birth_date is None:
        return ""
    return f"{date_text(row.birth_date)} ({row.age})"


def _level(row: RegistryRow) -> str:
    """The current level; for a client in no episode, why: discharged or archived."""
    if row.level_name:
        return level_name(row.level_name, row.level_code)
    if row.status == ClientStatus.ACTIVE.value:
        return "—"
    return client_status_title(row.status)


#: Short names for a narrow column (the tooltip has the clock's full title), marked for
#: lupdate; translated where they are shown.
SHORT_CLOCK_NAMES = {
    ClockKind.STEP_DOWN: QT_TRANSLATE_NOOP("ClientRegistryModel", "Step-down"),
    ClockKind.FUH7: QT_TRANSLATE_NOOP("ClientRegistryModel", "Follow-up"),
    ClockKind.FUH30: QT_TRANSLATE_NOOP("ClientRegistryModel", "Follow-up"),
    ClockKind.FUI7: QT_TRANSLATE_NOOP("ClientRegistryModel", "SUD follow-up"),
    ClockKind.FUI30: QT_TRANSLATE_NOOP("ClientRegistryModel", "SUD follow-up"),
    ClockKind.IET_INITIATION: QT_TRANSLATE_NOOP("ClientRegistryModel", "SUD treatment"),
}


def next_due_text(row: RegistryRow) -> str:
    """The most urgent clock in a few words: "⚠ Step-down: 4 d late", "Follow-up: 3 d left"
    (days as "d": the column is narrow; the tooltip has the full title and dates)."""
    clock = row.next_due
    if clock is None or clock.days_left is None:
        return ""
    name = translate("ClientRegistryModel", SHORT_CLOCK_NAMES[clock.kind])
    if clock.state is ClockState.MISSED:
        return "⚠ " + arg(translate("ClientRegistryModel", "%1: %2 d late"), name,
                          str(-clock.days_left))
    if clock.days_left == 0:
        return arg(translate("ClientRegistryModel", "%1: due today"), name)
    return arg(translate("ClientRegistryModel", "%1: %2 d left"), name, str(clock.days_left))


#: (title, sort key, text) of each column; the titles are marked, translated in headerData.
COLUMNS: tuple[tuple[str, SortKey | None, Callable[[RegistryRow], str]], ...] = (
    (QT_TRANSLATE_NOOP("ClientRegistryModel", "Name"), "name",
     lambda row: f"{row.family_name}, {row.given_name}"),
    (QT_TRANSLATE_NOOP("ClientRegistryModel", "Record no."), "record_number",
     lambda row: row.record_number),
    (QT_TRANSLATE_NOOP("ClientRegistryModel", "Born (age)"), "birth_date", _birth),
    (QT_TRANSLATE_NOOP("ClientRegistryModel", "Level of care"), "level", _level),
    (QT_TRANSLATE_NOOP("ClientRegistryModel", "Days"), None,
     lambda row: "" if row.days_at_level is None else str(row.days_at_level)),
    (QT_TRANSLATE_NOOP("ClientRegistryModel", "Case manager"), "case_manager",
     lambda row: row.case_manager_name),
    (QT_TRANSLATE_NOOP("ClientRegistryModel", "Next due"), None, next_due_text),
)
DAYS_COLUMN = 4
NEXT_DUE_COLUMN = 6


class ClientRegistryModel(QAbstractTableModel):
    """Clients matching a ``RegistryQuery``; rows are loaded in pages as the view scrolls."""

    def __init__(self, pages: PageSource, reads: LatestOnly, parent: QObject | None = None, *,
                 page_size: int = PAGE_SIZE) -> None:
        """``pages`` runs on a worker through ``reads``, which this model owns."""
        super().__init__(parent)
        self._pages = pages
        self._reads = reads
        self._page_size = page_size
        self._query = RegistryQuery()
        self._total = 0
        # False when the count stopped early: pages are then read until one comes back short.
        self._exact = True
        self._rows: list[RegistryRow] = []

    # Query ---------------------------------------------------------------------------------

    @property
    def query(self) -> RegistryQuery:
        return self._query

    @property
    def total(self) -> int:
        """How many clients match the query, loaded or not."""
        return self._total

    def set_results(self, query: RegistryQuery, total: int, first_page: list[RegistryRow], *,
                    exact: bool = True) -> None:
        """Show a new query whose count and first page were read (e.g. on a worker).

        ``exact`` False: ``total`` is only a lower bound (the count stopped early)."""
        self._reads.drop()  # a page of the previous query still on its way
        self.beginResetModel()
        self._query = query
        self._total = total
        self._exact = exact
        self._rows = list(first_page)
        self.endResetModel()

    def set_query(self, query: RegistryQuery, total: int, *, exact: bool = True) -> None:
        """Show ``query`` (with ``total`` matches) once its first page is read."""
        shown = self._query
        self._read(query, 0, lambda page: self._show_first_page(shown, query, total, exact,
                                                                 page))

    def _show_first_page(self, shown: RegistryQuery, query: RegistryQuery, total: int,
                         exact: bool, page: list[RegistryRow]) -> None:
        if self._query == shown:  # else a new search came first
            self.set_results(query, total, page, exact=exact)

    def _read(self, query: RegistryQuery, offset: int,
              done: Callable[[list[RegistryRow]], None]) -> None:
        pages, limit = self._pages, self._page_size
        self._reads.call(lambda: pages(query, offset=offset, limit=limit), done=done)

    def reading(self) -> bool:
        """Whether a page is on its way."""
        return self._reads.busy()

    def row_at(self, row: int) -> RegistryRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # Qt model interface -------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return (not parent.isValid() and not self._reads.busy()
                and (len(self._rows) < self._total or not self._exact))

    def fetchMore(self, parent: AnyIndex) -> None:
        if self.canFetchMore(parent):
            self._read(self._query, len(self._rows), self._add_page)

    def _add_page(self, page: list[RegistryRow]) -> None:
        if self._exact:
            # Never past the count read with the query, so rowCount never outruns
            # canFetchMore.
            page = page[:self._total - len(self._rows)]
        elif len(page) < self._page_size:  # the last page: now the count is known
            self._exact = True
            self._total = len(self._rows) + len(page)
        if not page:
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return COLUMNS[index.column()][2](row)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == DAYS_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if (role == Qt.ItemDataRole.ForegroundRole and index.column() == NEXT_DUE_COLUMN
                and row.next_due is not None and row.next_due.state is ClockState.MISSED):
            return QBrush(ALERT_INK)
        if (role == Qt.ItemDataRole.ToolTipRole and index.column() == NEXT_DUE_COLUMN
                and row.next_due is not None):
            return arg(translate("ClientRegistryModel", "%1: started %2, due %3"),
                       clock_row_title(row.next_due), date_text(row.next_due.start),
                       date_text(row.next_due.due))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return translate("ClientRegistryModel", COLUMNS[section][0])
        if role == Qt.ItemDataRole.ToolTipRole and section == DAYS_COLUMN:
            return translate("ClientRegistryModel", "Days at the current level of care")
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole title, when a column cuts it
            return translate("ClientRegistryModel", COLUMNS[section][0])
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Read the first page in the new order (SQL sorts; the count is unchanged)."""
        if not 0 <= column < len(COLUMNS):
            return
        key = COLUMNS[column][1]
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._query.sort_key, self._query.descending):
            return
        self.set_query(replace(self._query, sort_key=key, descending=descending), self._total,
                       exact=self._exact)


def column_of(sort_key: SortKey) -> int:
    return next(number for number, column in enumerate(COLUMNS) if column[1] == sort_key)
