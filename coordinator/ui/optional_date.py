"""A date a person may leave "Not recorded", typed as it reads (2025-11-04).

Every record dialog with an optional date (a care-team member's start, a problem's onset,
a medication's start and stop, a directive's signing) uses this one widget, so typing over
"Not recorded" works the same everywhere.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QWidget

from coordinator.ui.care.fields import day_of, set_day

#: The edit at its minimum shows "Not recorded".
NO_DATE = QDate(1900, 1, 1)


def _tr(text: str) -> str:
    return QCoreApplication.translate("OptionalDate", text)


class OptionalDateEdit(QDateEdit):
    """A date that may be "Not recorded".

    The first digit typed over "Not recorded" starts from ``today`` with the year selected,
    so it replaces the year; and a "-" typed just after a section filled up (Qt moves on by
    itself) is the separator already passed, not a jump over the next section.
    """

    def __init__(self, day: date | None, today: date, accessible: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._moved_on = False
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setAccessibleName(accessible)
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText(_tr("Not recorded"))
        self.set_day(day)

    def day(self) -> date | None:
        """The date shown, or None for "Not recorded"."""
        return None if self.date() == NO_DATE else day_of(self)

    def set_day(self, day: date | None) -> None:
        set_day(self, day or date(1900, 1, 1))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text.isdigit() and self.date() == NO_DATE:
            set_day(self, self._today)
            self.setSelectedSection(QDateTimeEdit.Section.YearSection)
        if text in ("-", "/") and self._moved_on:
            self._moved_on = False
            event.accept()
            return
        before = self.currentSection()
        super().keyPressEvent(event)
        self._moved_on = text.isdigit() and self.currentSection() != before
