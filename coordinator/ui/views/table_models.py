"""A small base for read-only table models over a list of DTO rows keyed by id.

Updates are precise: a new list is compared with the old one by id and applied as row
removals, insertions and ``dataChanged`` (no blanket reset), so selection and scroll position
survive a refresh after a "changed" notification.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

Row = TypeVar("Row")
AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[Row]):
    title: str
    text: Callable[[Row], str]
    align_right: bool = False


class RowTableModel(QAbstractTableModel, Generic[Row]):
    """Rows of one DTO type, each with an ``id``; one column per ``Column``."""

    def __init__(self, columns: Sequence[Column[Row]], key: Callable[[Row], object],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._key = key
        self._rows: list[Row] = []

    # Qt model interface -------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        column = self._columns[index.column()]
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return self.extra_data(row, index.column(), role)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.title  # the tooltip: the whole title, when a narrow column cuts it
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = Qt.AlignmentFlag.AlignRight if column.align_right else Qt.AlignmentFlag.AlignLeft
            return int(side | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # For subclasses ------------------------------------------------------------------------

    def extra_data(self, row: Row, column: int, role: int) -> Any:
        """Roles beyond display text (colours, tooltips); None by default."""
        return None

    # Rows ----------------------------------------------------------------------------------

    def row_at(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[Row]:
        return list(self._rows)

    def row_of(self, key: object) -> int:
        """The row number of the row with ``key``, or -1."""
        for number, row in enumerate(self._rows):
            if self._key(row) == key:
                return number
        return -1

    def replace_rows(self, new_rows: Sequence[Row]) -> None:
        """Make the model show ``new_rows``, announcing only what differs."""
        new_rows = list(new_rows)
        old_keys = [self._key(row) for row in self._rows]
        new_keys = [self._key(row) for row in new_rows]
        opcodes = SequenceMatcher(None, old_keys, new_keys, autojunk=False).get_opcodes()
        # Apply from the end so the row numbers of earlier blocks stay valid.
        for tag, old_start, old_end, new_start, new_end in reversed(opcodes):
            if tag == "equal":
                self._update_block(old_start, new_rows[new_start:new_end])
                continue
            if tag in ("delete", "replace"):
                self.beginRemoveRows(QModelIndex(), old_start, old_end - 1)
                del self._rows[old_start:old_end]
                self.endRemoveRows()
            if tag in ("insert", "replace"):
                self.beginInsertRows(QModelIndex(), old_start,
                                     old_start + new_end - new_start - 1)
                self._rows[old_start:old_start] = new_rows[new_start:new_end]
                self.endInsertRows()

    def _update_block(self, start: int, fresh: Sequence[Row]) -> None:
        last_column = len(self._columns) - 1
        for offset, row in enumerate(fresh):
            number = start + offset
            if self._rows[number] != row:
                self._rows[number] = row
                self.dataChanged.emit(self.index(number, 0), self.index(number, last_column))


class ListTable(QTableView):
    """A list that, reached with the keyboard while nothing is chosen, chooses its first row,
    so the buttons that act on the chosen row work at once (Qt only makes that row current,
    and the arrow keys then start from nowhere)."""

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        model = self.model()
        if event.reason() != Qt.FocusReason.MouseFocusReason and model is not None \
                and model.rowCount() > 0 and not self.selectionModel().hasSelection():
            self.selectRow(0)


def list_table(name: str, accessible: str) -> QTableView:
    """A read-only, row-selecting table as every list in the app shows one."""
    table = ListTable()
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move within it
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    TitlesGetRoom(table)
    return table


def fixed_widths(table: QTableView, widths: Sequence[int]) -> None:
    """Starting widths the person may drag. Once rows arrive each column takes the width
    of its text in the rows in view (so a long name is not cut while an empty column
    keeps its room); measuring every row of a long list would be slow. A column the person
    dragged keeps the width given."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    for column, width in enumerate(widths):
        table.setColumnWidth(column, width)
    ColumnsToText(table)


class ColumnsToText(QObject):
    """Sizes a table's columns to their header and the text of the rows in view whenever
    its rows change, until the person drags a column; the last column, when it stretches,
    takes what is left."""

    #: No column grows wider than this, so one long note cannot push the rest away.
    widest = 420

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        self._sizing = False
        self._dragged = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        table.horizontalHeader().sectionResized.connect(self._resized)
        table.installEventFilter(self)  # rows read while hidden are measured when shown
        model = table.model()
        if model is not None:
            for signal in (model.modelReset, model.rowsInserted, model.dataChanged,
                           model.layoutChanged):
                signal.connect(self._timer.start)
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.Show:
            self._timer.start()
        return super().eventFilter(watched, event)

    def _resized(self, column: int, _old: int, _new: int) -> None:
        # The stretched last column resizes with the table; any other change not made here
        # is the person's (or their widths put back): from then on those widths stay.
        header = self.table.horizontalHeader()
        stretched = header.stretchLastSection() and column == header.count() - 1
        if not self._sizing and not stretched and not self.table.property(_TITLES_SIZING):
            self._dragged = True

    def fit(self) -> None:
        model = self.table.model()
        # A hidden table would be measured on every row (Qt measures only the rows in view
        # of a shown one), and a long list would be slow.
        if self._dragged or model is None or model.rowCount() == 0 \
                or not self.table.isVisible():
            return
        header = self.table.horizontalHeader()
        last = model.columnCount() - 1
        self._sizing = True
        try:
            for column in range(model.columnCount()):
                if column == last and header.stretchLastSection():
                    continue
                wanted = max(self.table.sizeHintForColumn(column),
                             header.sectionSizeHint(column))
                self.table.setColumnWidth(column, min(wanted, self.widest))
            give_titles_room(self.table)
        finally:
            self._sizing = False


class TitlesGetRoom(QObject):
    """Gives each column of ``table`` the width of its title whenever the table is shown or
    resized (see ``give_titles_room``). It remembers the widths the view, its fitting to
    the rows, or the person gave each column, so a column narrowed while the table was
    small gets its width back when the table grows."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        header = table.horizontalHeader()
        self.wanted = {column: header.sectionSize(column) for column in range(header.count())}
        # Once per turn of the event loop, after the view's own sizing of that turn.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        # A method, not a lambda over self: the timer's connection would hold the table,
        # its model and its view where the collector cannot free them.
        self._timer.timeout.connect(self._give_room)
        table.installEventFilter(self)
        # The room also changes when a vertical scroll bar comes or goes.
        table.viewport().installEventFilter(self)
        header.sectionResized.connect(self._resized)  # also a column hidden or shown again

    def _give_room(self) -> None:
        give_titles_room(self.table)

    def _resized(self, column: int, _old: int, new: int) -> None:
        if not self.table.property(_TITLES_SIZING):
            self.wanted[column] = new
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Show, QEvent.Type.Resize) \
                and watched in (self.table, self.table.viewport()):
            give_titles_room(self.table)
        return super().eventFilter(watched, event)


_TITLES_SIZING = "titlesSizing"


def give_titles_room(table: QTableView) -> None:
    """Widen each column narrower than its title, as long as every title fits the table side
    by side, taking the room from columns wider than their titles: starting widths chosen
    for English cut the longer Spanish titles ("Núm. de expediente") though the table had
    room. A table too narrow for all its titles keeps its widths and shortens titles with
    "…"; the models give each whole title as the header's tooltip."""
    model = table.model()
    header = table.horizontalHeader()
    if model is None or not table.isVisible():
        return
    watcher = table.findChild(TitlesGetRoom)
    wanted = watcher.wanted if watcher is not None else {}
    shown = [column for column in range(model.columnCount())
             if not header.isSectionHidden(column)]
    titles = {column: header.sectionSizeHint(column) for column in shown}
    room = table.viewport().width()
    if not shown or sum(titles.values()) > room:
        return
    last = shown[-1] if header.stretchLastSection() else None
    # A column hidden and shown again was "wanted" at 0 pixels: it gets its title's width.
    sizes = {column: max(wanted.get(column, header.sectionSize(column)), titles[column])
             for column in shown if column != last}
    over = sum(sizes.values()) + (titles[last] if last is not None else 0) - room
    spare = {column: sizes[column] - titles[column] for column in sizes}
    if over > 0 and sum(spare.values()) > 0:
        # Each wider column gives in proportion to what it has beyond its title, so no
        # single one (the client's name) is cut to its title alone.
        share = min(1.0, over / sum(spare.values()))
        for column in sizes:
            sizes[column] -= math.ceil(spare[column] * share)
    table.setProperty(_TITLES_SIZING, True)
    try:
        for column, size in sizes.items():
            if header.sectionSize(column) != size:
                header.resizeSection(column, size)
    finally:
        table.setProperty(_TITLES_SIZING, False)


def fit_rows(table: QTableView, rows: int, at_most: int) -> None:
    """Tall enough for ``rows`` rows (at least one, at most ``at_most``), scrolling beyond:
    a dashboard list that takes only the room its rows need."""
    shown = max(1, min(rows, at_most))
    height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
    height += shown * table.verticalHeader().defaultSectionSize()
    table.setFixedHeight(height + 2)
