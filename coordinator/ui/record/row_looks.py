"""How a row entered in error looks in the record's tables: it stays listed, struck through
and grey, so the record shows what was once written and that it was withdrawn."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from coordinator.ui.translation import translate


def entered_in_error_look(role: int, *, tooltip: bool = True) -> Any:
    """What a table model answers for ``role`` on a row entered in error: a struck-through
    font, grey text and (with ``tooltip``) a tooltip saying so; None for other roles."""
    if role == Qt.ItemDataRole.FontRole:
        font = QFont()
        font.setStrikeOut(True)
        return font
    if role == Qt.ItemDataRole.ForegroundRole:
        return Qt.GlobalColor.gray
    if tooltip and role == Qt.ItemDataRole.ToolTipRole:
        return translate("EnteredInError", "Entered in error")
    return None
