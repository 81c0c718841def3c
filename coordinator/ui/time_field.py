"""Time boxes that Tab leaves, as it leaves every other field.

Qt's time and date-time editors spend Tab on stepping between their hour and minute parts,
and while one shows its special text ("No time") it swallows Tab altogether, so a person
tabbing through a form is stuck in it. These boxes are one tab stop, as the date field is:
Tab and Shift+Tab go to the next or previous field; the parts are filled by typing (the
hour, then the minutes: "1430") or reached with Left and Right, and Up and Down step them.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateTimeEdit, QTimeEdit, QWidget

_NOT_TAB = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


def _tab_forward(event: QKeyEvent) -> bool | None:
    """True for Tab, False for Shift+Tab, None for any other key."""
    if event.modifiers() & _NOT_TAB:
        return None
    if event.key() == Qt.Key.Key_Backtab:
        return False
    if event.key() == Qt.Key.Key_Tab:
        return not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
    return None


class _OneTabStop:
    """Tab and Shift+Tab leave the box (mixed in before a Qt date or time editor)."""

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(cast(QWidget, self), next)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        forward = _tab_forward(event)
        if forward is None:
            super().keyPressEvent(event)  # type: ignore[misc]
        else:
            QWidget.focusNextPrevChild(cast(QWidget, self), forward)
            event.accept()


class TimeField(_OneTabStop, QTimeEdit):
    """A time box of one tab stop (``QTimeEdit`` otherwise)."""


class DateTimeField(_OneTabStop, QDateTimeEdit):
    """A date-and-time box of one tab stop (``QDateTimeEdit`` otherwise)."""
