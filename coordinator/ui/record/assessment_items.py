"""Answering an instrument item by item from the keyboard.

One row per item, one column per answer. Typing a digit answers the item that has focus and
moves to the next one, so a PHQ-9 read from a paper form is nine key presses; a click on an
answer's cell, or Space on it, chooses that answer too. The chosen answer is a filled circle
and its number, so the choice never depends on colour.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from coordinator.domain.instruments import Item
from coordinator.ui.placeholders import arg
from coordinator.ui.record.instrument_words import instrument_text
from coordinator.ui.translation import translate

AnyIndex = QModelIndex | QPersistentModelIndex
_ITEM = 0  # the item's wording; answer columns follow


class ItemAnswerModel(QAbstractTableModel):
    """The items of one instrument and the answer chosen for each (None: not yet)."""

    answers_changed = Signal()
    """An answer was chosen or cleared."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items: tuple[Item, ...] = ()
        #: The words shown: each item's and each answer's, as the person reads them out.
        self.texts: tuple[str, ...] = ()
        self.scale: tuple[str, ...] = ()
        self.answers: list[int | None] = []

    def set_items(self, items: Sequence[Item], scale: Sequence[str],
                  texts: Sequence[str] | None = None) -> None:
        """Show ``items`` unanswered, worded ``texts`` (by default their English words in the
        user's language) with the answers worded ``scale``."""
        self.beginResetModel()
        self.items = tuple(items)
        self.texts, self.scale = self._words(texts, scale)
        self.answers = [None] * len(self.items)
        self.endResetModel()
        self.answers_changed.emit()

    def set_wording(self, texts: Sequence[str] | None, scale: Sequence[str]) -> None:
        """Word the same items and answers in another language; the answers chosen stay."""
        self.texts, self.scale = self._words(texts, scale)
        if self.items:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.items) - 1, self.columnCount() - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def _words(self, texts: Sequence[str] | None,
               scale: Sequence[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
        if texts is None:  # the app's English words, as the user's language has them
            return (tuple(instrument_text(item.text) for item in self.items),
                    tuple(instrument_text(word) for word in scale))
        if len(texts) != len(self.items):
            raise ValueError(f"{len(texts)} texts for {len(self.items)} items")
        return tuple(texts), tuple(scale)

    def set_answer(self, row: int, answer: int | None) -> bool:
        """Choose ``answer`` for item ``row``; False (nothing changes) if out of range."""
        if not 0 <= row < len(self.items):
            return False
        if answer is not None and not 0 <= answer <= self.items[row].max_answer:
            return False
        self.answers[row] = answer
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        self.answers_changed.emit()
        return True

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1 + len(self.scale)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        if section == _ITEM:
            return translate("AssessmentItems", "Item")
        if 0 < section <= len(self.scale):
            # Two short lines, so the answer columns leave the item's wording room.
            return f"{section - 1}\n" + textwrap.fill(self.scale[section - 1], 14)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.items):
            return None
        item, answer = self.items[index.row()], self.answers[index.row()]
        column = index.column()
        if column == _ITEM:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return f"{index.row() + 1}. " + self.texts[index.row()]
            if role == Qt.ItemDataRole.AccessibleTextRole:
                chosen = (translate("AssessmentItems", "not answered") if answer is None
                          else str(answer))
                return arg(translate("AssessmentItems", "Item %1: %2. Answer: %3"),
                           str(index.row() + 1), self.texts[index.row()], chosen)
            return None
        value = column - 1
        if value > item.max_answer:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"● {value}" if answer == value else "○"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            label = self.scale[value] if value < len(self.scale) else str(value)
            return arg(translate("AssessmentItems", "%1, chosen") if answer == value else "%1",
                       label)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class ItemAnswerTable(QTableView):
    """The items as a table answered with digit keys (see the module docstring)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("itemAnswerTable")
        self.setAccessibleName(translate("AssessmentItems", "Items: type each answer's number"))
        self.answer_model = ItemAnswerModel(self)
        self.setModel(self.answer_model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setTabKeyNavigation(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(_ITEM, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().hide()  # the wording starts with the item's number
        self.clicked.connect(self._clicked)

    def set_items(self, items: Sequence[Item], scale: Sequence[str],
                  texts: Sequence[str] | None = None) -> None:
        self.answer_model.set_items(items, scale, texts)
        if items:
            self.setCurrentIndex(self.answer_model.index(0, _ITEM))

    def answers(self) -> tuple[int | None, ...]:
        return tuple(self.answer_model.answers)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        row = self.currentIndex().row()
        if len(text) == 1 and text.isdigit() and row >= 0:
            if self.answer_model.set_answer(row, int(text)):
                self._go_to(min(row + 1, self.answer_model.rowCount() - 1))
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete) and row >= 0:
            self.answer_model.set_answer(row, None)
            event.accept()
            return
        if event.key() == Qt.Key.Key_Space and self.currentIndex().column() > _ITEM:
            self._clicked(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)

    def _go_to(self, row: int) -> None:
        index = self.answer_model.index(row, max(self.currentIndex().column(), _ITEM))
        self.setCurrentIndex(index)
        self.scrollTo(index)

    def _clicked(self, index: QModelIndex) -> None:
        if index.column() > _ITEM:
            self.answer_model.set_answer(index.row(), index.column() - 1)
