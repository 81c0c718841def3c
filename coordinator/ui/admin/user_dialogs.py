"""Dialogs for user accounts: add a user, reset a password, change a role."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from coordinator.domain.roles import Role
from coordinator.services.dto import UserInfo
from coordinator.ui.context import UiContext
from coordinator.ui.forms import FieldErrors, ServiceFormDialog, form_layout
from coordinator.ui.labels import role_title
from coordinator.ui.placeholders import arg


def role_combo(current: Role | None = None) -> QComboBox:
    combo = QComboBox()
    for role in Role:
        combo.addItem(role_title(role), role.value)
    combo.setCurrentIndex(combo.findData((current or Role.CASE_MANAGER).value))
    return combo


def chosen_role(combo: QComboBox) -> Role:
    return Role(combo.currentData())


class PasswordField(QWidget):
    """A password line edit with a "Show" check box (temporary passwords are read aloud)."""

    def __init__(self, accessible_name: str, show_text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setAccessibleName(accessible_name)
        self.show_box = QCheckBox(show_text)
        self.show_box.setAccessibleName(show_text.replace("&", ""))
        self.show_box.toggled.connect(lambda on: self.edit.setEchoMode(
            QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.show_box)
        self.setFocusProxy(self.edit)

    def text(self) -> str:
        return self.edit.text()



def _add(errors: FieldErrors, form: QFormLayout, name: str, title: str,
         widget: QWidget) -> None:
    errors.add_row(form, name, title, widget)


class AddUserDialog(ServiceFormDialog):
    """User name, full name, role and a temporary password the person changes later."""

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ui, parent)
        self.setObjectName("addUserDialog")
        self.setWindowTitle(self.tr("Add user"))
        self.setMinimumWidth(480)
        form = form_layout()
        self.username = QLineEdit()
        self.username.setAccessibleName(self.tr("User name"))
        self.username.setPlaceholderText(self.tr("for example mgarcia"))
        self.full_name = QLineEdit()
        self.full_name.setAccessibleName(self.tr("Full name"))
        self.role = role_combo()
        self.role.setAccessibleName(self.tr("Role"))
        self.password = PasswordField(self.tr("Temporary password"), self.tr("Sho&w"))
        _add(self.errors, form, "username", self.tr("&User name"), self.username)
        _add(self.errors, form, "full_name", self.tr("&Full name"), self.full_name)
        _add(self.errors, form, "role", self.tr("&Role"), self.role)
        _add(self.errors, form, "password", self.tr("&Temporary password"), self.password)
        hint = QLabel(self.tr("Tell the person this password; they choose their own the "
                              "first time they sign in."))
        hint.setWordWrap(True)
        hint.setObjectName("quietNote")
        form.addRow(hint)
        self.layout_with(form)
        self.setTabOrder(self.username, self.full_name)
        self.setTabOrder(self.full_name, self.role)
        self.setTabOrder(self.role, self.password.edit)
        self.setTabOrder(self.password.edit, self.password.show_box)

    def service_call(self) -> Any:
        username, full_name = self.username.text(), self.full_name.text()
        role = chosen_role(self.role)
        password, users = self.password.text(), self.ui.services.users
        return lambda: users.add_user(username, full_name, role, password)


class ResetPasswordDialog(ServiceFormDialog):
    """A new temporary password for one user; it also lifts a lockout."""

    def __init__(self, ui: UiContext, user: UserInfo, parent: QWidget | None = None) -> None:
        super().__init__(ui, parent)
        self.user = user
        self.setObjectName("resetPasswordDialog")
        self.setWindowTitle(self.tr("Reset password"))
        self.setMinimumWidth(460)
        form = form_layout()
        intro = QLabel(arg(self.tr("Choose a temporary password for %1 (%2). It also unlocks the "
                                   "account."), user.full_name, user.username))
        intro.setWordWrap(True)
        form.addRow(intro)
        self.password = PasswordField(self.tr("New temporary password"), self.tr("Sho&w"))
        _add(self.errors, form, "password", self.tr("&New password"), self.password)
        self.layout_with(form)
        self.password.setFocus()

    def service_call(self) -> Any:
        user, password, users = self.user, self.password.text(), self.ui.services.users
        return lambda: users.reset_password(user.id, password, user.version)


class ChangeRoleDialog(ServiceFormDialog):
    """Pick another role for one user."""

    def __init__(self, ui: UiContext, user: UserInfo, parent: QWidget | None = None) -> None:
        super().__init__(ui, parent)
        self.user = user
        self.setObjectName("changeRoleDialog")
        self.setWindowTitle(self.tr("Change role"))
        self.setMinimumWidth(420)
        form = form_layout()
        intro = QLabel(arg(self.tr("%1 is now: %2."), user.full_name, role_title(user.role)))
        intro.setWordWrap(True)
        form.addRow(intro)
        self.role = role_combo(user.role)
        self.role.setAccessibleName(self.tr("New role"))
        _add(self.errors, form, "role", self.tr("New &role"), self.role)
        self.layout_with(form)
        self.role.setFocus()

    def service_call(self) -> Any:
        user, role, users = self.user, chosen_role(self.role), self.ui.services.users
        return lambda: users.change_role(user.id, role, user.version)
