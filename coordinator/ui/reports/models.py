"""Table models over a report's text rows: a breakdown ``Table`` and a ``CaseList``.

Cells and column titles the services wrote as ``Words`` are shown in the user's language.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from coordinator.ui.reports.shown_text import shown

AnyIndex = QModelIndex | QPersistentModelIndex


class TextRowsModel(QAbstractTableModel):
    """Read-only rows of text under column titles; the ``numeric`` columns are right-aligned.

    A sheet is replaced whole when a report runs again, so the model is too (``set_rows``).
    """

    def __init__(self, columns: Sequence[str] = (), rows: Sequence[Sequence[str]] = (),
                 numeric: frozenset[int] = frozenset(), parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._rows = tuple(tuple(row) for row in rows)
        self._numeric = numeric

    def set_rows(self, columns: Sequence[str], rows: Sequence[Sequence[str]],
                 numeric: frozenset[int] = frozenset()) -> None:
        self.beginResetModel()
        self._columns = tuple(columns)
        self._rows = tuple(tuple(row) for row in rows)
        self._numeric = numeric
        self.endResetModel()

    def rows(self) -> tuple[tuple[str, ...], ...]:
        return self._rows

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        text = shown(row[index.column()]) if index.column() < len(row) else ""
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return text
        if role == Qt.ItemDataRole.ToolTipRole and len(text) > 40:
            return text  # a long reason reads whole in its tooltip
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self._numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return shown(self._columns[section])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = (Qt.AlignmentFlag.AlignRight if section in self._numeric
                    else Qt.AlignmentFlag.AlignLeft)
            return int(side | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
