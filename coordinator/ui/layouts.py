"""Box layouts filled in one call, with the app's margins for a whole view.

Every view and card used to spell out the same four steps (make the box, set its margins,
set its spacing, add each part); ``column`` and ``row`` take the parts in the order the eye
reads them, which is also the order the keyboard should follow.

A part is a widget or a layout; ``(part, factor)`` gives it a stretch factor; an ``int``
is a fixed gap in pixels; ``STRETCH`` is an empty stretch that takes the space left.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLayout,
    QLayoutItem,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

Margins = tuple[int, int, int, int]

VIEW_MARGINS: Final[Margins] = (24, 20, 24, 16)
"""Around the content of a main-window view (title, toolbar, table)."""
NO_MARGINS: Final[Margins] = (0, 0, 0, 0)


class _Stretch:
    """An empty stretch (``addStretch(1)``)."""

    def __repr__(self) -> str:
        return "STRETCH"


STRETCH: Final = _Stretch()

Part = QWidget | QLayout | int | _Stretch | tuple[QWidget | QLayout, int]


def fill(box: QBoxLayout, *parts: Part) -> QBoxLayout:
    """Add ``parts`` to ``box`` in order (see the module's note for what a part is)."""
    for part in parts:
        item, factor = part if isinstance(part, tuple) else (part, 0)
        if isinstance(item, QWidget):
            box.addWidget(item, factor)
        elif isinstance(item, QLayout):
            box.addLayout(item, factor)
        elif isinstance(item, _Stretch):
            box.addStretch(1)
        else:
            box.addSpacing(item)
    return box


def column(parent: QWidget | None, *parts: Part, margins: Margins | None = None,
           spacing: int = -1) -> QVBoxLayout:
    """A vertical box on ``parent`` (or free, to nest) holding ``parts`` top to bottom;
    ``margins`` None and ``spacing`` -1 keep the style's (a nested box has no margins)."""
    box = QVBoxLayout(parent) if parent is not None else QVBoxLayout()
    _space(box, margins, spacing)
    fill(box, *parts)
    return box


def row(parent: QWidget | None, *parts: Part, margins: Margins | None = None,
        spacing: int = -1) -> QHBoxLayout:
    """A horizontal box on ``parent`` (or free, to nest) holding ``parts`` left to right."""
    box = QHBoxLayout(parent) if parent is not None else QHBoxLayout()
    _space(box, margins, spacing)
    fill(box, *parts)
    return box


def view_column(parent: QWidget, *parts: Part, spacing: int = 12) -> QVBoxLayout:
    """The layout of a main-window view: its parts top to bottom within the view margins."""
    return column(parent, *parts, margins=VIEW_MARGINS, spacing=spacing)


def _space(box: QBoxLayout, margins: Margins | None, spacing: int) -> None:
    if margins is not None:
        box.setContentsMargins(*margins)
    if spacing >= 0:
        box.setSpacing(spacing)


class WrappingRow(QLayout):
    """A row whose parts go on to a new line when the room runs out, so no button or label
    is squeezed narrower than its words (Spanish runs about a quarter longer than English).

    Each part keeps its own width (its size hint); a line is as tall as its tallest part,
    parts centred on it. Parts from ``right_from`` on sit at the right end of their line.
    It asks for one line's width, needs only its widest part, and is as tall as its lines
    at the width it gets (height for width).
    """

    def __init__(self, parent: QWidget | None = None, *, gap: int = -1) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gaps: list[int] = []  # extra room before each part
        self._gap = gap
        self.right_from: int | None = None
        self.setContentsMargins(0, 0, 0, 0)

    # The parts --------------------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)
        self._gaps.append(0)

    def add_part(self, part: QWidget | QLayout, extra_gap: int = 0) -> None:
        if isinstance(part, QWidget):
            self.addWidget(part)
        else:
            self.addChildLayout(part)
            self.addItem(part)
        self._gaps[-1] = extra_gap

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._items):
            return None
        del self._gaps[index]
        return self._items.pop(index)

    # Sizes ------------------------------------------------------------------------------

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def sizeHint(self) -> QSize:
        shown = self._shown()
        width = sum(item.sizeHint().width() + gap for item, gap in shown)
        width += self._spacing() * max(0, len(shown) - 1)
        height = max((item.sizeHint().height() for item, _gap in shown), default=0)
        return self._with_margins(QSize(width, height))

    def minimumSize(self) -> QSize:
        widest = QSize()
        for item, _gap in self._shown():
            widest = widest.expandedTo(item.sizeHint())
        return self._with_margins(widest)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    # Arranging --------------------------------------------------------------------------

    def _shown(self) -> list[tuple[QLayoutItem, int]]:
        return [(item, gap) for item, gap in zip(self._items, self._gaps, strict=True)
                if not item.isEmpty()]

    def _spacing(self) -> int:
        if self._gap >= 0:
            return self._gap
        parent = self.parentWidget()
        style = parent.style() if parent is not None else None
        spacing = style.layoutSpacing(QSizePolicy.ControlType.PushButton,
                                      QSizePolicy.ControlType.PushButton,
                                      Qt.Orientation.Horizontal) if style is not None else -1
        return spacing if spacing >= 0 else 6

    def _with_margins(self, size: QSize) -> QSize:
        margins = self.contentsMargins()
        return QSize(size.width() + margins.left() + margins.right(),
                     size.height() + margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, *, place: bool) -> int:
        """Lay the parts out in ``rect`` (when ``place``); returns the height they take."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        spacing = self._spacing()
        lines: list[list[tuple[int, QLayoutItem, int]]] = [[]]
        used = 0
        for index, (item, gap) in enumerate(zip(self._items, self._gaps, strict=True)):
            if item.isEmpty():
                continue
            width = item.sizeHint().width()
            before = gap + spacing if lines[-1] else 0
            if lines[-1] and used + before + width > area.width():
                lines.append([])
                used, before = 0, 0
            lines[-1].append((index, item, before))
            used += before + width
        top = area.top()
        for line in lines:
            height = max((item.sizeHint().height() for _i, item, _b in line), default=0)
            if place:
                self._place(line, area, top, height)
            top += height + spacing
        return max(0, top - spacing - area.top()) + margins.top() + margins.bottom()

    def _place(self, line: list[tuple[int, QLayoutItem, int]], area: QRect, top: int,
               height: int) -> None:
        used = sum(before + item.sizeHint().width() for _i, item, before in line)
        x = area.left()
        for index, item, before in line:
            if self.right_from is not None and index >= self.right_from \
                    and x + before < area.left() + area.width() - used:
                x = area.left() + area.width() - used  # the rest goes to the right end
            x += before
            size = item.sizeHint()
            width = min(size.width(), area.width())
            item.setGeometry(QRect(x, top + (height - size.height()) // 2, width,
                                   size.height()))
            x += size.width()
            used -= before + size.width()


def wrapping_row(*parts: Part, gap: int = -1) -> WrappingRow:
    """A free ``WrappingRow`` holding ``parts`` (widgets, layouts, an ``int``: extra room
    before the next part); after ``STRETCH`` the parts sit at the right end of their line."""
    box = WrappingRow(gap=gap)
    extra = 0
    for part in parts:
        item = part[0] if isinstance(part, tuple) else part
        if isinstance(item, _Stretch):
            box.right_from = box.count()
        elif isinstance(item, int):
            extra += item
        else:
            box.add_part(item, extra)
            extra = 0
    return box
