"""The one dialog that marks a row of the record entered in error: the reason is asked for,
the row stays listed (struck through) and the reason goes to the audit trail.

Notes, problems, medications, allergies, assessments and safety plans each say in their own
words what staying on the record means for them, and call their own service.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from coordinator.ui.context import UiContext
from coordinator.ui.forms import ServiceFormDialog, form_layout
from coordinator.ui.translation import translate


class EnteredInErrorDialog(ServiceFormDialog):
    """Ask why, then call ``mark(row_id, version, reason)`` (a service's
    ``mark_entered_in_error``) off the GUI thread."""

    def __init__(self, ui: UiContext, *, title: str, intro: str,
                 mark: Callable[[int, int, str], Any], row_id: int, version: int,
                 parent: QWidget | None = None, placeholder: str = "",
                 save_text: str = "", object_name: str = "enteredInErrorDialog") -> None:
        super().__init__(ui, parent)
        self.mark, self.row_id, self.version = mark, row_id, version
        self.setObjectName(object_name)
        self.setWindowTitle(title)
        self.resize(460, 0)
        if save_text:
            self.save_button.setText(save_text)
            self.save_button.setAccessibleName(save_text.replace("&", ""))
        form = form_layout()
        label = QLabel(intro)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(label)
        self.reason = QLineEdit()
        self.reason.setAccessibleName(translate("EnteredInError", "Why it is in error"))
        self.reason.setPlaceholderText(
            placeholder
            or translate("EnteredInError", "e.g. Recorded in the wrong client's record"))
        self.errors.add_row(form, "reason", translate("EnteredInError", "&Reason *"), self.reason)
        self.layout_with(form)
        self.reason.setFocus()

    def service_call(self) -> Callable[[], Any]:
        mark, row_id, version, reason = self.mark, self.row_id, self.version, self.reason.text()
        return lambda: mark(row_id, version, reason)
