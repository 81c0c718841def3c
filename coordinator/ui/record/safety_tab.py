"""The record's Safety tab: the Stanley-Brown safety plan and advance directives.

The page is a column of sections, the safety plan first. Each section is its own widget
(``safety_plan_widgets`` for the plan) with a ``refresh()`` that reads for itself; the page
only stacks them (``add_section``) and asks each to read again when the record window
refreshes the tab (on opening, and when a change names ``safety_plan`` or
``advance_directive``).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from coordinator.ui.context import UiContext
from coordinator.ui.record.directive_widgets import AdvanceDirectivesSection
from coordinator.ui.record.list_page import RecordListPage
from coordinator.ui.record.safety_plan_widgets import SafetyPlanSection


class SafetyPage(RecordListPage):
    safety_plan_loaded = Signal(object)
    """The plan in force was read and is shown: ``(SafetyPlanView | None)``."""

    def __init__(self, ui: UiContext, client_id: int, may_edit: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(ui, client_id, may_edit, parent)
        self.setObjectName("safetyPage")
        self.failure_title = self.tr("Safety")
        #: The page's sections, top to bottom.
        self.sections = QVBoxLayout(self)
        self.sections.setContentsMargins(16, 12, 16, 12)
        self.sections.setSpacing(16)
        self._section_widgets: list[QWidget] = []
        self.plan_section = SafetyPlanSection(ui, client_id, may_edit)
        self.plan_section.plan_loaded.connect(self._plan_loaded)
        self.plan_section.dialog_opened.connect(self.dialog_opened)
        self.add_section(self.plan_section, stretch=1)
        self.directives_section = AdvanceDirectivesSection(ui, client_id, may_edit)
        self.directives_section.dialog_opened.connect(self.dialog_opened)
        self.add_section(self.directives_section)

    def add_section(self, widget: QWidget, stretch: int = 0) -> None:
        """Put ``widget`` under the sections already on the page; if it has a
        ``refresh()``, the page's refresh calls it. Tab moves through the sections in
        the order they were made, which is the order they are shown."""
        self.sections.addWidget(widget, stretch)
        self._section_widgets.append(widget)

    def refresh(self) -> None:
        """Read the sections again (on opening, and when a change names this tab's topics)."""
        for widget in self._section_widgets:
            refresh = getattr(widget, "refresh", None)
            if callable(refresh):
                refresh()

    def _plan_loaded(self, plan: object) -> None:
        self.loaded = True
        self.safety_plan_loaded.emit(plan)
