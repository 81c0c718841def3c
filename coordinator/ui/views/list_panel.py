"""A short list on the dashboard that reads for itself: a title, a table sized to its rows,
and a sentence under it; Enter or a double-click on a row asks for that client's record.

The safety alerts and the assessments due are such lists; each says what it reads and what
its sentence is.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from coordinator.ui.context import UiContext
from coordinator.ui.dialogs import report_failure
from coordinator.ui.loading import RefreshOnShow
from coordinator.ui.views.table_models import (
    RowTableModel,
    fit_rows,
    fixed_widths,
    list_table,
)


class DashboardListPanel(RefreshOnShow, QWidget):
    """Title, table and note; subclasses read in ``refresh`` and show with ``show_rows``."""

    client_requested = Signal(int)
    """The person opened a row: ``(client id)``."""

    #: At most this many rows are in view before the table scrolls.
    rows_shown = 6

    def __init__(self, ui: UiContext, title: str, model: RowTableModel[Any],
                 table_name: str, accessible: str, widths: Sequence[int],
                 parent: QWidget | None = None, *, reads_itself: bool = True) -> None:
        """Args:
            reads_itself: False when a host view reads the rows with its own and passes
                them in (the dashboard, which logs one view for all its lists).
        """
        super().__init__(parent)
        self.ui = ui
        self.title = title
        heading = QLabel(title)
        heading.setObjectName("sectionTitle")
        self.model = model
        self.table = list_table(table_name, accessible)
        self.table.setModel(self.model)
        fixed_widths(self.table, widths)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(self._open)
        self.note = QLabel()
        self.note.setObjectName("quietNote")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(heading)
        layout.addWidget(self.table)
        layout.addWidget(self.note)
        if reads_itself:
            self.watch_changes(ui)
        else:
            self._loaded_once = True  # so showing it reads nothing: the host passes rows in

    def show_rows(self, rows: Sequence[Any], note: str) -> None:
        """List ``rows`` (the table hides when there are none) with ``note`` under them."""
        self.model.replace_rows(list(rows))
        self.table.setVisible(bool(rows))
        fit_rows(self.table, len(rows), self.rows_shown)
        self.note.setText(note)

    def _failed(self, error: BaseException) -> None:
        report_failure(self.ui.dialogs, self, error, self.title)

    def _open(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.client_requested.emit(row.client_id)
