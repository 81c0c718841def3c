"""A drop-down list that narrows as you type: any word of an item, anywhere in its text.

``type_to_filter(combo)`` makes a ``QComboBox`` editable for searching only: typing shows
the items containing what was typed (case and accents as typed are matched loosely by
Qt's case-insensitive contains), Down and Enter choose one, and text that names no item is
put back to the chosen item when the field is left, so the choice is always one of the
list's items (never free text).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QComboBox, QCompleter


class _KeepChoice(QObject):
    """Puts the chosen item's text back when the typed text names no item."""

    def __init__(self, combo: QComboBox) -> None:
        super().__init__(combo)
        self.combo = combo

    def restore(self) -> None:
        combo = self.combo
        if combo.findText(combo.currentText(), Qt.MatchFlag.MatchFixedString) < 0:
            combo.setEditText(combo.itemText(combo.currentIndex()))


def _choose(combo: QComboBox, text: object) -> None:
    found = combo.findText(str(text), Qt.MatchFlag.MatchFixedString)
    if found >= 0:
        combo.setCurrentIndex(found)


def type_to_filter(combo: QComboBox) -> QCompleter:
    """Let ``combo`` be searched by typing (see the module); returns its completer."""
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = QCompleter(combo.model(), combo)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setMaxVisibleItems(12)
    combo.setCompleter(completer)
    # Choosing in the narrowed list chooses that item of the combo.
    completer.activated.connect(lambda text: _choose(combo, text))
    line = combo.lineEdit()
    if line is not None:
        line.editingFinished.connect(_KeepChoice(combo).restore)
    return completer
