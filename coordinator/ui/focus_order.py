"""Tab order that follows what the eye reads: rows top to bottom, each row left to right.

Qt's default tab order is the order widgets were created in, which drifts from the screen as
soon as a dialog adds a widget later (a criteria checklist filled when a level is chosen
landed after Save and Cancel, so typing the rationale ticked a checkbox). ``keep_visual_order``
gives a window a small keeper that puts its tab stops back in reading order whenever the
window is shown or lays itself out again (and a form dialog before each Tab).

Reading order is worked out container by container: the parts of one container are grouped
into rows (a part whose top lies above the bottom of the row's first part joins that row),
rows go top to bottom and a row's parts left to right. A part that is a container (a group
box, a tab widget, a scroll area, a plain panel) contributes its own tab stops, in its own
reading order, where it stands; so a side panel is finished before the preview beside it,
and every tab page keeps its place after the tab bar.
"""

from __future__ import annotations

from itertools import pairwise

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QDialogButtonBox,
    QGroupBox,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

_CONTAINERS = (QGroupBox, QTabWidget, QStackedWidget, QScrollArea, QSplitter)
_KEEPER_NAME = "visualTabOrderKeeper"


def takes_tab_focus(widget: QWidget) -> bool:
    """Whether Tab can stop on ``widget`` itself (its policy includes tab focus)."""
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def visual_tab_stops(window: QWidget) -> list[QWidget]:
    """The tab stops inside ``window`` in reading order (hidden ones left out, disabled ones
    kept: they take their place again once enabled)."""
    found: list[QWidget] = []
    _collect(window, found)
    return found


def focus_proxy(widget: QWidget) -> QWidget | None:
    """The widget that takes the focus for ``widget``, read without harm.

    Qt makes a scroll area's viewport hand its focus to the scroll area, its own parent.
    Reading that proxy from Python makes the binding record the scroll area as owned by
    the viewport inside it: a cycle the garbage collector then frees, deleting the scroll
    area and every field in it while the dialog is open. A viewport is never a tab stop,
    so its proxy is never read."""
    holder = widget.parentWidget()
    if isinstance(holder, QAbstractScrollArea) and holder.viewport() is widget:
        return None
    proxy: QWidget | None = widget.focusProxy()
    return proxy


def apply_visual_order(window: QWidget) -> None:
    """Chain the tab stops of ``window`` in reading order."""
    for box in window.findChildren(QDialogButtonBox):
        # Qt makes a button box stand for its first button; once its buttons are chained
        # apart from it, Tab from the last button reached the box and so the first button
        # again, never the fields.
        if focus_proxy(box) is not None and box.focusPolicy() == Qt.FocusPolicy.NoFocus:
            box.setFocusProxy(None)  # type: ignore[arg-type]  # Qt takes no proxy
    stops = visual_tab_stops(window)
    if _already_chained(stops):
        return
    for first, second in pairwise(stops):
        QWidget.setTabOrder(first, second)


def keep_visual_order(window: QWidget) -> None:
    """Keep the tab order of ``window`` in reading order from now on (once per window)."""
    if window.findChild(_OrderKeeper, _KEEPER_NAME, Qt.FindChildOption.FindDirectChildrenOnly):
        return
    _OrderKeeper(window)


def _collect(container: QWidget, found: list[QWidget], skip: QWidget | None = None) -> None:
    for part in _reading_order(container):
        if part is skip:
            continue
        if _is_leaf(part):
            if isinstance(part, QAbstractItemView) and part.tabKeyNavigation():
                # Tab leaves a table as it leaves any field; the arrows move inside it.
                part.setTabKeyNavigation(False)
            found.append(part)
            continue
        if isinstance(part, QScrollArea) and part.focusPolicy() != Qt.FocusPolicy.NoFocus:
            # Not a stop of its own: it scrolls to whichever of its fields takes the focus.
            part.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        if isinstance(part, QGroupBox) and part.isCheckable():
            found.append(part)  # its check box comes before what it switches on
        proxy = focus_proxy(part)
        if proxy is not None and part.isAncestorOf(proxy):
            # A panel that stands for one of its parts (a tab widget for its tab bar, a
            # password field for its line edit) is chained as itself, where Qt looks for
            # it; chaining only the part let Tab come back round to the panel, and so to
            # the part, again.
            found.append(part)
            if isinstance(part, QTabWidget):
                _collect(part, found, skip=proxy)  # the pages, after the tab bar
            # Any other such panel moves as a whole, its parts in their own order.
            continue
        _collect(part, found)


def _is_leaf(widget: QWidget) -> bool:
    """A tab stop whose children are its own working parts (a spin box's line edit, a
    table's viewport), as opposed to a container whose children are stops of their own."""
    return takes_tab_focus(widget) and not isinstance(widget, _CONTAINERS)


def _reading_order(container: QWidget) -> list[QWidget]:
    layout = container.layout()
    if layout is not None:
        layout.activate()  # a tab page never shown yet has not placed its parts
    parts = [child for child in container.findChildren(
        QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly) if _placed(child, container)]
    if isinstance(container, QStackedWidget):
        # Pages one after another in their own order, the current one included.
        pages = (container.widget(i) for i in range(container.count()))
        return [page for page in pages if page is not None and page in parts]
    if isinstance(container, QSplitter):
        # A splitter's panes read in its own order (top to bottom, or left to right); on a
        # tab page not laid out yet their places are not known, and guessing from them put
        # a note's text before the contact log above it.
        panes = (container.widget(i) for i in range(container.count()))
        return [pane for pane in panes if pane is not None and pane in parts]
    boxes = {id(part): part.geometry() for part in parts}
    rows: list[list[QWidget]] = []
    row_bottom = 0
    for part in sorted(parts, key=lambda w: (boxes[id(w)].top(), boxes[id(w)].left())):
        box: QRect = boxes[id(part)]
        if rows and box.top() < row_bottom:
            rows[-1].append(part)
        else:
            rows.append([part])
            row_bottom = box.top() + max(box.height(), 1)
    return [part for line in rows
            for part in sorted(line, key=lambda w: (boxes[id(w)].left(), boxes[id(w)].top()))]


def _placed(child: QWidget, container: QWidget) -> bool:
    """Whether ``child`` is a part shown (or a tab page that can be shown) in ``container``."""
    if child.isWindow():
        return False
    if isinstance(container, QStackedWidget):
        return True  # pages other than the current one are hidden by the stack, not by us
    # A part just added to a shown window is hidden until Qt shows it a moment later; only
    # a part someone hid on purpose is left out.
    on_purpose = child.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide)
    return not (child.isHidden() and on_purpose)


def _already_chained(stops: list[QWidget]) -> bool:
    listed = set(stops)
    for first, second in pairwise(stops):
        following: QWidget | None = first.nextInFocusChain()
        # Working parts (a spin box's line edit) sit between a stop and the next one.
        while (following is not None and following is not second
               and following is not first and following not in listed
               and first.isAncestorOf(following)):
            following = following.nextInFocusChain()
        if following is not second:
            return False
    return True



class _OrderKeeper(QObject):
    """Re-chains its window's tab stops when the window is shown or laid out again (parts
    added, shown or hidden); a form dialog also re-chains them before each Tab."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName(_KEEPER_NAME)
        self._window = window
        self._pending = False
        self._watched_tabs: set[int] = set()
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # While the binding takes the Python side of a keeper apart (its window closing
        # late in a test or at exit), its attributes are gone but Qt may still deliver an
        # event: a keeper without its window has nothing to do.
        window = getattr(self, "_window", None)
        if window is not None and watched is window and event.type() in (QEvent.Type.Show,
                                                        QEvent.Type.LayoutRequest):
            self._schedule()
        return False

    def _schedule(self) -> None:
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self._apply)

    def _apply(self) -> None:
        self._pending = False
        if getattr(self, "_window", None) is None:
            return
        if shiboken6.isValid(self._window) and self._window.isVisible():
            apply_visual_order(self._window)
            # A page shown for the first time is only placed once its tab is chosen.
            for tabs in self._window.findChildren(QTabWidget):
                if id(tabs) not in self._watched_tabs:
                    self._watched_tabs.add(id(tabs))
                    tabs.currentChanged.connect(self._schedule)
