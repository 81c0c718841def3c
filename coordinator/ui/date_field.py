"""The one date field of the app: typed as it reads, or picked from a calendar.

A person types ``2026-12-08`` or the locale's short date (``12/8/2026`` in the United
States) into a plain line of text; nothing jumps between sections or rewrites a digit while
it is typed. A day is shown as the rest of the app shows it (``12/08/2026`` in the United
States, see ``locale_text``) whenever this parser reads that form back, else as ISO.
A day that does not exist (``2026-02-30``) is refused with a sentence under the field
and the text stays as typed, so nothing is lost. Alt+Down (or F4) opens the calendar.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, QPoint, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coordinator.ui.locale_text import date_text
from coordinator.ui.placeholders import arg
from coordinator.ui.translation import translate

# Inside DateField ``date`` is its method (the name QDateEdit callers use).
Day = date

#: ``date()`` / ``setDate()`` use this day for "no date" (an empty optional field).
NO_DATE = QDate(1900, 1, 1)

_NUMBERS = re.compile(r"\s*(\d{1,4})\s*[-./ ]\s*(\d{1,2})\s*[-./ ]\s*(\d{1,4})\s*")


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class DateNotReadable(ValueError):
    """Typed text that is not a day on the calendar; ``str()`` is the sentence to show."""


def local_format(locale: QLocale | None = None) -> str:
    """The locale's short date format with the year in full (``M/d/yyyy`` in en_US)."""
    found = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    return found if "yyyy" in found else found.replace("yy", "yyyy")


def _example(locale: QLocale | None = None) -> str:
    """How to type a date, in both accepted forms (the locale's form only when it differs)."""
    local = (locale or QLocale()).toString(QDate(2026, 12, 8), local_format(locale))
    if local == "2026-12-08":
        return translate("DateField", "Type the date as 2026-12-08.")
    return arg(translate("DateField", "Type the date as 2026-12-08 or %1."), local)


def _order(locale: QLocale | None) -> str:
    """The order of day, month and year in the locale's short format, e.g. "mdy"."""
    fmt = local_format(locale)
    positions = {part: fmt.find(letter) for part, letter in
                 (("d", "d"), ("m", "M"), ("y", "y"))}
    return "".join(sorted(positions, key=lambda part: positions[part]))


def read_date(text: str, locale: QLocale | None = None) -> date | None:
    """The day ``text`` names (None for blank text).

    ISO (year first) is always read; otherwise the numbers are read in the locale's
    short-format order. Raises ``DateNotReadable`` with a sentence for anything else.
    """
    if not text.strip():
        return None
    match = _NUMBERS.fullmatch(text)
    if match is None:
        raise DateNotReadable(_example(locale))
    numbers = match.groups()
    order = "ymd" if len(numbers[0]) == 4 else _order(locale)
    parts = dict(zip(order, numbers, strict=True))
    if len(parts.get("y", "")) != 4:
        raise DateNotReadable(translate("DateField", "Type the year in full (4 digits). ")
                              + _example(locale))
    year, month, day = int(parts["y"]), int(parts["m"]), int(parts["d"])
    if not 1 <= month <= 12:
        raise DateNotReadable(arg(translate("DateField", "There is no month %1. "), str(month))
                              + _example(locale))
    try:
        return date(year, month, day)
    except ValueError:
        name = (locale or QLocale()).standaloneMonthName(month)
        last = QDate(year, month, 1).daysInMonth() if year >= 1 else 31
        raise DateNotReadable(
            arg(translate("DateField", "There is no %1 %2 %3: %2 %3 has %4 days."),
                str(day), name, str(year), str(last))) from None


def shown_date(day: date, locale: QLocale | None = None) -> str:
    """How a field shows ``day``: the app's date (``locale_text.date_text``) when
    ``read_date`` reads it back as the same day, else ISO (``2026-12-08``)."""
    local = date_text(day, locale)
    try:
        if read_date(local, locale) == day:
            return local
    except DateNotReadable:
        pass
    return day.isoformat()


class DateField(QWidget):
    """A day typed as text or picked from a calendar, with its own message line.

    ``optional`` fields may be left blank (``day()`` None, ``empty_text`` shown greyed);
    a required one keeps its last good day until a readable one is typed.
    """

    dateChanged = Signal(QDate)
    """A new day was typed in full, picked or set: ``(QDate)``; ``NO_DATE`` when emptied."""

    def __init__(self, day: Day | None, accessible: str, *, optional: bool = False,
                 empty_text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._optional = optional
        self._day: Day | None = None
        self._calendar: QCalendarWidget | None = None
        self._today: Day | None = None  # where the calendar opens on a blank field
        self.edit = QLineEdit()
        self.edit.setAccessibleName(accessible)
        self.edit.setPlaceholderText(empty_text or shown_date(Day(2026, 12, 8)))
        self.edit.setToolTip(_example() + " "
                             + translate("DateField", "Alt+Down opens a calendar."))
        self.edit.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab stops at the field
        self.edit.setFocusProxy(self)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)
        self.pick = QToolButton()
        self.pick.setArrowType(Qt.ArrowType.DownArrow)
        self.pick.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Alt+Down from the text does it
        self.pick.setAccessibleName(arg(translate("DateField", "Choose %1 from a calendar"),
                                        accessible))
        self.pick.setToolTip(translate("DateField", "Choose from a calendar (Alt+Down)"))
        self.pick.clicked.connect(self.show_calendar)
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        self.message.hide()
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(2)
        line.addWidget(self.edit, 1)
        line.addWidget(self.pick)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(line)
        column.addWidget(self.message)
        self.setAccessibleName(accessible)
        self.edit.textEdited.connect(self._typed)
        self.edit.editingFinished.connect(self.check)
        self.set_day(day)

    # The value -------------------------------------------------------------------------

    def day(self) -> Day | None:
        """The last readable day in the field (None: blank, for an optional field)."""
        return self._day

    def set_day(self, day: Day | None) -> None:
        """Show ``day`` (None: blank) as ``shown_date`` writes it and forget any message."""
        self.edit.setText(shown_date(day) if day is not None else "")
        self._show_problem("")
        self._take(day)

    def date(self) -> QDate:
        """The day as a ``QDate`` (``NO_DATE`` when blank), as a ``QDateEdit`` gives it."""
        return NO_DATE if self._day is None else _qdate(self._day)

    def setDate(self, day: QDate) -> None:
        picked = day.toPython() if day.isValid() and day != NO_DATE else None
        self.set_day(picked if isinstance(picked, Day) else None)

    def text(self) -> str:
        """The text as typed."""
        return self.edit.text()

    def selectAll(self) -> None:
        """Select the whole text, so what is typed next replaces it."""
        self.edit.selectAll()

    def problem(self) -> str:
        """Why the text is not a day ("" when it is one)."""
        try:
            self._read()
        except DateNotReadable as error:
            return str(error)
        return ""

    def check(self) -> bool:
        """Read the text; a readable day is written as ``shown_date`` writes it, anything
        else gets its sentence under the field and keeps its text. Returns whether the text
        is a day."""
        problem = self.problem()
        self._show_problem(problem)
        if problem:
            return False
        day = self._read()
        if day is not None and self.edit.text() != shown_date(day):
            self.edit.setText(shown_date(day))
        self._take(day)
        return True

    def _read(self) -> Day | None:
        day = read_date(self.edit.text())
        if day is None and not self._optional:
            raise DateNotReadable(translate("DateField", "Enter a date. ") + _example())
        return day

    def _typed(self) -> None:
        # A day typed in full counts at once (Enter may run a report before focus leaves);
        # half-typed text waits for the field to be left before it is judged.
        try:
            day = self._read()
        except DateNotReadable:
            return
        if self.message.isVisible():
            self._show_problem("")
        self._take(day)

    def _take(self, day: Day | None) -> None:
        if day != self._day:
            self._day = day
            self.dateChanged.emit(self.date())

    def _show_problem(self, problem: str) -> None:
        self.message.setText(problem)
        self.message.setVisible(bool(problem))
        self.edit.setAccessibleDescription(problem)
        self.edit.setProperty("invalid", bool(problem))
        style = self.edit.style()
        style.unpolish(self.edit)
        style.polish(self.edit)

    # The calendar ----------------------------------------------------------------------

    def show_calendar(self) -> None:
        """Open the calendar under the field on the field's day (or today)."""
        if self._calendar is None:
            self._calendar = QCalendarWidget(self)
            self._calendar.setWindowFlags(Qt.WindowType.Popup)
            self._calendar.setAccessibleName(
                arg(translate("DateField", "Calendar for %1"), self.edit.accessibleName()))
            self._calendar.setGridVisible(True)
            self._calendar.activated.connect(self._picked)
            self._calendar.clicked.connect(self._picked)
        blank = _qdate(self._today) if self._today is not None else QDate.currentDate()
        shown = self.date() if self._day is not None else blank
        self._calendar.setSelectedDate(shown)
        self._calendar.move(self.edit.mapToGlobal(QPoint(0, self.edit.height())))
        self._calendar.show()
        self._calendar.setFocus()

    def _picked(self, day: QDate) -> None:
        if self._calendar is not None:
            self._calendar.hide()
        self.setDate(day)
        self.setFocus()

    # Keys ------------------------------------------------------------------------------
    # As in Qt's own spin boxes, the field takes the focus and hands keys, focus changes
    # and input-method text to its line of text; so Tab reaches the field itself once.

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.InputMethod):
            return self.edit.event(event)
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt_down = (event.key() == Qt.Key.Key_Down
                    and event.modifiers() & Qt.KeyboardModifier.AltModifier)
        if alt_down or event.key() == Qt.Key.Key_F4:
            self.show_calendar()
            return
        self.edit.event(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        self.edit.event(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.edit.event(event)
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.edit.event(event)
        super().focusOutEvent(event)

    def inputMethodQuery(self, query: Qt.InputMethodQuery) -> object:
        return self.edit.inputMethodQuery(query)
