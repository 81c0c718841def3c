"""The frame every search-and-filter list shares: Clients, Resources, Facilities, Referrals.

A ``SearchListView`` has a title, an optional search box that searches as the person types
(after a short pause, or at once on Enter), filter combos and check boxes that search again
when changed, a table and a count line. Every read runs on a worker and only the newest
answer is shown (``Operations.latest_only``), so a slow answer to "ma" never replaces the
one to "maría". The choices a filter offers (levels, case managers, categories) are read on a
worker too, when the view is first shown, and refreshed without losing the person's choice.

A subclass builds its widgets with the helpers here, lays them out, and says what to read
(``reader``) and how to show it (``show_results``); it reads again when a change names one
of its ``refresh_topics``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from coordinator.ui.context import UiContext
from coordinator.ui.layouts import WrappingRow, row, wrapping_row
from coordinator.ui.loading import RefreshOnShow

SEARCH_DELAY_MS = 250  # long enough to skip the keystrokes in the middle of a word
FILTER_GAP = 12  # pixels between one labelled filter and the next

Choices = Iterable[tuple[str, Any]]
"""What a filter offers: ``(text shown, value)`` pairs."""


class SearchListView(RefreshOnShow, QWidget):
    """Title, search box, filters, results and their count, read off the GUI thread."""

    def __init__(self, ui: UiContext, *, name: str, title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.setObjectName(name)
        self.title_label = QLabel(title)
        self.title_label.setObjectName("viewTitle")
        self.search_box: QLineEdit | None = None
        self.search_label: QLabel | None = None
        self.results_view: QAbstractItemView | None = None
        """The list the Down key in the search box moves into (set by the subclass)."""
        self.count_label = QLabel()
        self.count_label.setObjectName("quietNote")
        self.count_label.setWordWrap(True)  # "no referral matches…" runs long in Spanish
        self._reads = ui.operations.latest_only(self)
        self._choice_reads = ui.operations.latest_only(self)
        self._choices_asked = False
        self._enter_results_when_shown = False
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.watch_changes(ui)

    # Building ------------------------------------------------------------------------------

    def make_search_box(self, name: str, placeholder: str, accessible: str) -> QLineEdit:
        """The search box (with its "Search:" label in ``search_label``): it searches a
        moment after the last keystroke, at once on Enter; the view's focus goes to it, and
        Ctrl+F comes back to it. Down moves into ``results_view`` on its first row."""
        box = QLineEdit()
        box.installEventFilter(self)
        box.setObjectName(name)
        box.setPlaceholderText(placeholder)
        box.setAccessibleName(accessible)
        box.setClearButtonEnabled(True)
        box.textChanged.connect(self._search_timer.start)
        box.returnPressed.connect(self.search_now)
        self.search_label = QLabel(self.tr("&Search:"))
        self.search_label.setBuddy(box)
        self.search_box = box
        self.setFocusProxy(box)
        self.add_shortcut(QKeySequence.StandardKey.Find, box.setFocus)
        return box

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.search_box and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Down
                and event.modifiers() == Qt.KeyboardModifier.NoModifier):
            return self.enter_results()
        return super().eventFilter(watched, event)

    def enter_results(self) -> bool:
        """Move the focus from the search box to the results, with the first row chosen
        (the Down key); False when there is no row to move to."""
        view = self.results_view
        model = view.model() if view is not None else None
        if self._search_timer.isActive():
            # Typed faster than the search: search now, and move once its rows are shown.
            self._enter_results_when_shown = True
            self.refresh()
            return True
        if view is None or model is None or model.rowCount() == 0:
            return False
        first = model.index(0, 0)
        view.setFocus(Qt.FocusReason.TabFocusReason)
        view.selectionModel().setCurrentIndex(
            first, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        view.scrollTo(first)
        return True

    def search_row(self, *after: QWidget) -> QHBoxLayout:
        """The search label and box, then ``after`` (the view's buttons) on the right."""
        assert self.search_label is not None and self.search_box is not None
        return row(None, self.search_label, (self.search_box, 1), FILTER_GAP, *after)

    def filter_combo(self, accessible: str, everything: str, *, name: str = "",
                     choices: Choices = (), everything_value: Any = None,
                     min_width: int = 0, fit_choices: bool = False) -> QComboBox:
        """A filter whose first entry, ``everything``, filters nothing; it searches again
        when changed. ``fit_choices``: as wide as its longest choice, also when the choices
        arrive after the view is shown (else it keeps the width of its first show)."""
        combo = QComboBox()
        if fit_choices:
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        if name:
            combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        if min_width:
            combo.setMinimumWidth(min_width)
        combo.addItem(everything, everything_value)
        for text, value in choices:
            combo.addItem(text, value)
        combo.currentIndexChanged.connect(self.search_now)
        return combo

    def filter_check(self, text: str, accessible: str, *, name: str = "",
                     tooltip: str = "") -> QCheckBox:
        """A yes/no filter; it searches again when toggled."""
        check = QCheckBox(text)
        if name:
            check.setObjectName(name)
        check.setAccessibleName(accessible)
        if tooltip:
            check.setToolTip(tooltip)
        check.toggled.connect(self.search_now)
        return check

    def filter_row(self, labelled: Sequence[tuple[str, QWidget]], *after: QWidget,
                   gap: int = FILTER_GAP) -> WrappingRow:
        """Each filter behind its label (whose mnemonic moves to it), then ``after``; what
        does not fit the view's width goes on to a second line, a label with its filter."""
        parts: list[Any] = []
        for text, widget in labelled:
            label = QLabel(text)
            label.setBuddy(widget)
            parts += [row(None, label, widget), gap]
        return wrapping_row(*parts, *after)

    def add_shortcut(self, key: QKeySequence.StandardKey, slot: Callable[[], object]) -> None:
        """``key`` anywhere in the view calls ``slot``."""
        shortcut = QShortcut(QKeySequence(key), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)

    def set_tab_order(self, widgets: Sequence[QWidget]) -> None:
        """Tab visits ``widgets`` in this order (the order the eye reads them)."""
        for first, second in pairwise(widgets):
            self.setTabOrder(first, second)

    # Reading -------------------------------------------------------------------------------

    def reader(self, *, after_change: bool) -> Callable[[], Any]:
        """What to read for the search and filters shown, as a call for a worker (it must
        capture services and plain values, never a widget). ``after_change``: a re-read
        after a change, not the person's own search."""
        raise NotImplementedError

    def show_results(self, result: Any) -> None:
        """Show what ``reader`` returned (on the GUI thread)."""
        raise NotImplementedError

    def refresh(self) -> None:
        """Read again for the search and filters shown; an older answer still on its way
        is dropped."""
        self._read(after_change=False)

    def refresh_after_change(self) -> None:
        self._read(after_change=True)

    def search_now(self) -> None:
        """Search at once (Enter, a filter changed), once the view has been shown."""
        if self._loaded_once:
            self.refresh()

    def _read(self, *, after_change: bool) -> None:
        self._search_timer.stop()
        self._loaded_once = True
        # A failure shows its message over the view (or the crash dialog), as any read.
        self._reads.call(self.reader(after_change=after_change), done=self._show_read)

    def _show_read(self, result: Any) -> None:
        self.show_results(result)
        if self._enter_results_when_shown:
            self._enter_results_when_shown = False
            self.enter_results()

    # Filter choices ------------------------------------------------------------------------

    def choices_reader(self) -> Callable[[], Any] | None:
        """What the filters offer, as a call for a worker, or None when they are fixed or
        come with each read."""
        return None

    def show_choices(self, choices: Any) -> None:
        """Fill the filters with what ``choices_reader`` returned."""

    def load_choices(self) -> None:
        """Read the filters' choices again on a worker (the first show, or a change)."""
        self._choices_asked = True
        read = self.choices_reader()
        if read is not None:
            self._choice_reads.call(read, done=self.show_choices)

    def showEvent(self, event: QShowEvent) -> None:
        if not self._choices_asked:
            self.load_choices()
        super().showEvent(event)  # the first read, with every filter at "any"


def set_choices(combo: QComboBox, choices: Choices, *, fixed: int = 1) -> None:
    """Replace the entries after the first ``fixed`` with ``choices``, keeping the one
    chosen when it is still offered, without searching again."""
    chosen = combo.currentData()
    combo.blockSignals(True)
    while combo.count() > fixed:
        combo.removeItem(fixed)
    for text, value in choices:
        combo.addItem(text, value)
    index = combo.findData(chosen) if chosen is not None else 0
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)
