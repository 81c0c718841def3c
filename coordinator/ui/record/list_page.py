"""What the record's list tabs share: a row of buttons over a table, a note when the list is
empty, the chosen row, dialogs opened through the dialog service, and failures in words.

Care team, Notes, Referrals, Assessments, Consents and Documents each list one kind of row
and differ only in what they read and which actions they offer, so each tab arranges its
own buttons and table through ``arrange`` and keeps its reading and its actions. The Safety
tab's sections (the safety plan, advance directives) build on it too, laid out their own way.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import Any, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QLabel, QTableView, QWidget

from coordinator.ui.context import UiContext
from coordinator.ui.dialogs import report_failure
from coordinator.ui.layouts import STRETCH, column, row

_Dialog = TypeVar("_Dialog", bound=QDialog)


class RecordListPage(QWidget):
    """A record tab listing one kind of row (``self.model`` in ``self.table``)."""

    dialog_opened = Signal(object)
    """A dialog was opened from this tab: ``(the dialog)``."""

    #: Titles the message when reading the list fails, e.g. "Care team".
    failure_title = ""

    def __init__(self, ui: UiContext, client_id: int, may_edit: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.client_id = client_id
        self.may_edit = may_edit
        self.loaded = False
        self.model: Any = None
        self.table: QTableView | None = None

    def refresh(self) -> None:
        """Read this tab's rows again, off the GUI thread (on opening the record, and when a
        change names one of the tab's topics)."""
        raise NotImplementedError

    def quiet_note(self, text: str) -> QLabel:
        """The sentence shown under an empty list (what the list is for, how to start)."""
        note = QLabel(text)
        note.setObjectName("quietNote")
        note.setWordWrap(True)
        return note

    def arrange(self, buttons: Sequence[QWidget], table: QTableView, *below: QWidget,
                body: QWidget | None = None) -> None:
        """Buttons in a row (tab order left to right, then the table), the table (or a
        ``body`` holding it, such as a splitter) taking the height, and ``below`` it (the
        empty note, a detail line) in order."""
        self.table = table
        column(self, row(None, *buttons, STRETCH), (body if body is not None else table, 1),
               *below, margins=(16, 12, 16, 12), spacing=10)
        chain = [*buttons, table]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def selected(self) -> Any:
        """The chosen row's DTO, or None."""
        if self.table is None or self.model is None:
            return None
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _open(self, dialog: _Dialog) -> _Dialog:
        self.ui.dialogs.open_dialog(dialog)
        self.dialog_opened.emit(dialog)
        return dialog

    def _failed(self, error: BaseException) -> None:
        report_failure(self.ui.dialogs, self, error, self.failure_title)
