"""The Audit view's table model: every matching event, newest first, a page at a time.

The first page and the count come with each filter (read on a worker); Qt then asks
``canFetchMore``/``fetchMore`` as the person scrolls, and each fetch reads the next page of
older events synchronously (paging by event id: one short indexed read however deep). Events
written meanwhile are newer than the first page, so paging never repeats or skips one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from coordinator.services.audit_query import AuditFilter
from coordinator.services.dto import AuditEntry
from coordinator.ui.labels import audit_action_title, audit_record_title, local_time
from coordinator.ui.translation import QT_TRANSLATE_NOOP, translate

PAGE_SIZE = 200
AnyIndex = QModelIndex | QPersistentModelIndex
PageSource = Callable[[AuditFilter, int | None, int], list[AuditEntry]]
"""``(filter, the oldest event id shown or None, limit)`` → the next page, newest first."""


def user_text(entry: AuditEntry) -> str:
    """"Maria Lopez (maria)"; a name no account has (a failed sign-in) as it was typed."""
    if entry.user_full_name and entry.user_full_name != entry.username:
        return f"{entry.user_full_name} ({entry.username})"
    return entry.username


def client_text(entry: AuditEntry) -> str:
    """"Sok, Dara · MRN-000001" for an event about a client or one of their records."""
    if not entry.client_name:
        return ""
    return f"{entry.client_name} · {entry.record_number}"


#: (title, text) of each column; the titles are marked, translated in headerData.
COLUMNS: tuple[tuple[str, Callable[[AuditEntry], str]], ...] = (
    (QT_TRANSLATE_NOOP("AuditEventModel", "When"), lambda entry: local_time(entry.occurred_at)),
    (QT_TRANSLATE_NOOP("AuditEventModel", "User"), user_text),
    (QT_TRANSLATE_NOOP("AuditEventModel", "Action"),
     lambda entry: audit_action_title(entry.action)),
    (QT_TRANSLATE_NOOP("AuditEventModel", "Client"), client_text),
    (QT_TRANSLATE_NOOP("AuditEventModel", "Record"),
     lambda entry: audit_record_title(entry.entity_type, entry.entity_id, entry.entity_name)),
    (QT_TRANSLATE_NOOP("AuditEventModel", "Detail"), lambda entry: " ".join(entry.detail.split())),
)
DETAIL_COLUMN = len(COLUMNS) - 1


class AuditEventModel(QAbstractTableModel):
    """The events matching one ``AuditFilter``, loaded in pages as the view scrolls."""

    def __init__(self, pages: PageSource, parent: QObject | None = None, *,
                 page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self._pages = pages
        self._page_size = page_size
        self._filter = AuditFilter()
        self._total = 0
        self._rows: list[AuditEntry] = []

    @property
    def filter(self) -> AuditFilter:
        return self._filter

    @property
    def total(self) -> int:
        """How many events matched when the filter was applied, loaded or not."""
        return self._total

    def set_results(self, chosen: AuditFilter, total: int,
                    first_page: list[AuditEntry]) -> None:
        """Show a filter whose count and first page were read (on a worker).

        Rows are removed and inserted rather than the model reset, so the widths the
        person gave the columns stay.
        """
        if self._rows:
            self.beginRemoveRows(QModelIndex(), 0, len(self._rows) - 1)
            self._rows = []
            self.endRemoveRows()
        self._filter = chosen
        self._total = max(total, len(first_page))
        if first_page:
            self.beginInsertRows(QModelIndex(), 0, len(first_page) - 1)
            self._rows = list(first_page)
            self.endInsertRows()

    def row_at(self, row: int) -> AuditEntry | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # Qt model interface -------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: AnyIndex) -> None:
        if not self.canFetchMore(parent):
            return
        oldest = self._rows[-1].id if self._rows else None
        page = self._pages(self._filter, oldest, self._page_size)
        page = page[:self._total - len(self._rows)]
        if not page:
            self._total = len(self._rows)  # fewer than counted: the count was an estimate
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        entry = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return COLUMNS[index.column()][1](entry)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == DETAIL_COLUMN \
                and entry.detail:
            return entry.detail
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return translate("AuditEventModel", COLUMNS[section][0])
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
