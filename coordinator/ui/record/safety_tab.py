"""The record's Safety tab: the Stanley-Brown safety plan and advance directives."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from coordinator.ui.context import UiContext
from coordinator.ui.record.list_page import RecordListPage


class SafetyPage(RecordListPage):
    def __init__(self, ui: UiContext, client_id: int, may_edit: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(ui, client_id, may_edit, parent)
        self.setObjectName("safetyPage")

    def refresh(self) -> None:
        """Read the rows again (on opening, and when a change names this tab's topics)."""
