"""Windows and dialogs sized from the screen they open on, so every button stays in reach.

A dialog asks for the size its content would like; on first show ``fit_window`` gives it
that size, capped to the screen's available area (a 1280×720 laptop, or 1366×768 at 125 %,
which leaves about 1093×614), and moves it inside that area. Long content sits in a
``FittingScroll``: it asks for its full height, but may shrink and scroll, so the dialog's
buttons below it stay on screen.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import QDialog, QFrame, QLineEdit, QScrollArea, QWidget

#: What a window manager adds around a window (title bar, borders), in logical pixels.
FRAME_ALLOWANCE = QSize(16, 40)
#: The least a scrolling body shrinks to: a few rows of fields stay readable.
SCROLL_MIN_HEIGHT = 120

_assumed: QSize | None = None


def assume_available_size(size: QSize | None) -> None:
    """Treat every screen as offering ``size`` logical pixels (None: ask the screen).

    For trying the app as a small screen would show it (tests pass 1280×720 and 1093×614).
    """
    global _assumed
    _assumed = size


def available_rect(widget: QWidget | None = None) -> QRect:
    """The area windows may use on ``widget``'s screen (the primary one without a widget)."""
    if _assumed is not None:
        return QRect(QPoint(0, 0), _assumed)
    screen = widget.screen() if widget is not None else QGuiApplication.primaryScreen()
    if screen is None:
        return QRect(0, 0, 1280, 720)
    return screen.availableGeometry()


def room_for_window(widget: QWidget | None = None) -> QSize:
    """The largest window size whose frame still fits the available area."""
    return available_rect(widget).size() - FRAME_ALLOWANCE


def fit_window(window: QWidget, *, grow: bool = True) -> None:
    """Size ``window`` to what its content asks (at least its present size; ``grow`` False:
    its present size, e.g. one the person chose), no larger than the available area, and
    move it inside that area."""
    area = available_rect(window)
    room = area.size() - FRAME_ALLOWANCE
    wanted = window.size().expandedTo(window.sizeHint()) if grow else window.size()
    size = wanted.boundedTo(room).expandedTo(window.minimumSize().boundedTo(room))
    if size != window.size():
        window.resize(size)
    x = min(max(window.x(), area.left()), area.right() + 1 - FRAME_ALLOWANCE.width()
            - size.width())
    y = min(max(window.y(), area.top()), area.bottom() + 1 - FRAME_ALLOWANCE.height()
            - size.height())
    x, y = max(x, area.left()), max(y, area.top())
    if (x, y) != (window.x(), window.y()):
        window.move(x, y)


class FittingScroll(QScrollArea):
    """A frameless, up-and-down scroll area that asks for its content's full size, but
    may shrink to a few rows when the screen is small."""

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes on to the fields inside
        self.setWidget(content)

    def sizeHint(self) -> QSize:
        content = self.widget()
        if content is None:
            return super().sizeHint()
        hint = content.sizeHint().expandedTo(content.minimumSizeHint())
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(hint.width() + bar + 2, hint.height() + 2)

    def minimumSizeHint(self) -> QSize:
        content = self.widget()
        width = content.minimumSizeHint().width() if content is not None else 0
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(width + bar + 2, min(SCROLL_MIN_HEIGHT, self.sizeHint().height()))


class FittedDialog(QDialog):
    """A dialog that fits the screen when first shown (see ``fit_window``), its filled-in
    text boxes showing the start of their text."""

    _fitted = False

    def showEvent(self, event: QShowEvent) -> None:
        if not self._fitted:
            self._fitted = True
            fit_window(self)
            # Filling a box leaves its cursor after the text, so a payer's name longer than
            # the box would show only its end.
            for edit in self.findChildren(QLineEdit):
                if edit.text():
                    edit.setCursorPosition(0)
        super().showEvent(event)
