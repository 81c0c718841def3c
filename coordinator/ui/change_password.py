"""Choosing one's own password, required after an administrator set a temporary one."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from coordinator.domain.errors import ValidationError
from coordinator.ui.admin.user_dialogs import PasswordField
from coordinator.ui.context import UiContext
from coordinator.ui.forms import ServiceFormDialog, form_layout


class ChangePasswordDialog(ServiceFormDialog):
    """Current password, new password twice; the service checks strength and the current one."""

    def __init__(self, ui: UiContext, *, required: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(ui, parent)
        self.setObjectName("changePasswordDialog")
        self.setWindowTitle(self.tr("Choose your password"))
        self.setMinimumWidth(480)
        form = form_layout()
        if required:
            intro = QLabel(self.tr("You signed in with a temporary password. Choose your own "
                                   "password to continue."))
            intro.setWordWrap(True)
            form.addRow(intro)
        self.current = PasswordField(self.tr("Current password"), self.tr("Sho&w"))
        self.new = PasswordField(self.tr("New password"), self.tr("Sh&ow"))
        self.repeat = PasswordField(self.tr("Repeat the new password"), self.tr("Show"))
        self.errors.add_row(form, "old_password", self.tr("&Current password"), self.current)
        self.errors.add_row(form, "password", self.tr("&New password"), self.new)
        self.errors.add_row(form, "repeat", self.tr("&Repeat it"), self.repeat)
        self.layout_with(form)
        self.current.setFocus()

    def service_call(self) -> Any:
        current, new = self.current.text(), self.new.text()
        if new != self.repeat.text():
            raise ValidationError.for_fields(
                {"repeat": self.tr("The two new passwords are not the same.")})
        auth = self.ui.services.auth
        return lambda: auth.change_own_password(current, new)
