"""Views whose release has not come yet: each says in plain words what will be there."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from coordinator.ui.layouts import STRETCH, column, view_column


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlaceholderView", text)


class PlaceholderView(QWidget):
    """A title and a short paragraph about the coming view."""

    def __init__(self, title: str, paragraph: str, coming: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(title)
        heading.setObjectName("viewTitle")
        body = QLabel(paragraph)
        body.setWordWrap(True)
        body.setObjectName("placeholderText")
        body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        body.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        body.setAccessibleName(title)
        body.setAccessibleDescription(paragraph)
        note = QLabel(coming)
        note.setObjectName("comingNote")
        note.setWordWrap(True)
        card = QWidget()
        card.setObjectName("placeholderCard")
        column(card, body, note, margins=(24, 20, 24, 20), spacing=12)
        card.setMaximumWidth(760)
        view_column(self, heading, card, STRETCH, spacing=16)
        self.setFocusProxy(body)


def reports_view() -> PlaceholderView:
    return PlaceholderView(
        _tr("Reports"),
        _tr("Reports for supervisors and quality staff: transition clocks that were met or "
            "missed (step-down window, follow-up after hospitalization FUH/FUI, IET), "
            "referral outcomes by category, the census over time, and measurement-based "
            "care results. Each report can be printed or saved as CSV."),
        _tr("Coming in the reports release."))
