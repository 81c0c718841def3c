"""The record's Problems tab: the ICD-10-CM problem list."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from coordinator.ui.context import UiContext
from coordinator.ui.record.list_page import RecordListPage


class ProblemsPage(RecordListPage):
    def __init__(self, ui: UiContext, client_id: int, may_edit: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(ui, client_id, may_edit, parent)
        self.setObjectName("problemsPage")

    def refresh(self) -> None:
        """Read the rows again (on opening, and when a change names this tab's topics)."""
