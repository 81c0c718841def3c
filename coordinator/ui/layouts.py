"""Box layouts filled in one call, with the app's margins for a whole view.

Every view and card used to spell out the same four steps (make the box, set its margins,
set its spacing, add each part); ``column`` and ``row`` take the parts in the order the eye
reads them, which is also the order the keyboard should follow.

A part is a widget or a layout; ``(part, factor)`` gives it a stretch factor; an ``int``
is a fixed gap in pixels; ``STRETCH`` is an empty stretch that takes the space left.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLayout, QVBoxLayout, QWidget

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
