"""The Users tab: every account, and the administrator's actions on one."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QTableView,
    QWidget,
)

from coordinator.services.dto import UserInfo
from coordinator.services.notify import Topic
from coordinator.ui.admin.user_dialogs import AddUserDialog, ChangeRoleDialog, ResetPasswordDialog
from coordinator.ui.buttons import action_button
from coordinator.ui.context import UiContext
from coordinator.ui.labels import local_time, role_title
from coordinator.ui.layouts import STRETCH, column, row
from coordinator.ui.loading import RefreshOnShow
from coordinator.ui.placeholders import arg
from coordinator.ui.translation import translate
from coordinator.ui.views.table_models import Column, RowTableModel, TitlesGetRoom


def _locked_until(user: UserInfo) -> str:
    if user.locked_until is None:
        return ""
    until = user.locked_until
    if until.tzinfo is None:
        until = until.replace(tzinfo=UTC)
    return local_time(until) if until > datetime.now(UTC) else ""


class UsersTableModel(RowTableModel[UserInfo]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(translate("UsersTableModel", "Name"), lambda user: user.full_name),
            Column(translate("UsersTableModel", "User name"), lambda user: user.username),
            Column(translate("UsersTableModel", "Role"), lambda user: role_title(user.role)),
            Column(translate("UsersTableModel", "Active"),
                   lambda user: (translate("UsersTableModel", "Yes") if user.is_active
                                 else translate("UsersTableModel", "No"))),
            Column(translate("UsersTableModel", "Locked until"), _locked_until),
            Column(translate("UsersTableModel", "Last sign-in"),
                   lambda user: local_time(user.last_login_at)),
        ], key=lambda user: user.id, parent=parent)


class UsersTab(RefreshOnShow, QWidget):
    """The users table and Add user, Deactivate/Reactivate, Reset password, Change role."""

    refresh_topics = frozenset({Topic.USER})

    users_loaded = Signal(int)
    """The list of users was read and is shown: ``(number of users)``."""
    account_changed = Signal(object)
    """Deactivate or Reactivate was saved: ``(UserInfo as saved)``."""
    dialog_opened = Signal(QDialog)
    """A user dialog opened (for tests and screenshots): ``(dialog)``."""

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.model = UsersTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("userTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("User accounts"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for number, width in enumerate((250, 150, 140, 80, 160)):
            self.table.setColumnWidth(number, width)
        TitlesGetRoom(self.table)

        self.add_button = action_button(self.tr("&Add user…"), self.tr("Add user"), self.add_user)
        self.active_button = action_button(self.tr("&Deactivate"), self.tr("Deactivate user"),
                                           self.toggle_active)
        self.reset_button = action_button(self.tr("Reset &password…"), self.tr("Reset password"),
                                          self.reset_password)
        self.role_button = action_button(self.tr("Change &role…"), self.tr("Change role"),
                                         self.change_role)
        buttons = row(None, self.add_button, self.active_button, self.reset_button,
                      self.role_button, STRETCH)
        column(self, buttons, (self.table, 1), margins=(16, 16, 16, 16), spacing=12)
        self.setTabOrder(self.add_button, self.active_button)
        self.setTabOrder(self.active_button, self.reset_button)
        self.setTabOrder(self.reset_button, self.role_button)
        self.setTabOrder(self.role_button, self.table)

        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.model.dataChanged.connect(self._update_buttons)
        self.watch_changes(ui)
        self._update_buttons()

    # Loading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        self._loaded_once = True
        self.ui.operations.call(self, self.ui.services.users.list_users, done=self._show_users)

    def _show_users(self, users: list[UserInfo]) -> None:
        self.model.replace_rows(users)
        self._update_buttons()
        self.users_loaded.emit(len(users))


    # Selection -----------------------------------------------------------------------------

    def selected_user(self) -> UserInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_user(self, username: str) -> None:
        for number, user in enumerate(self.model.rows()):
            if user.username == username:
                self.table.selectRow(number)
                return

    def _update_buttons(self) -> None:
        user = self.selected_user()
        for button in (self.active_button, self.reset_button, self.role_button):
            button.setEnabled(user is not None)
        if user is not None and not user.is_active:
            self.active_button.setText(self.tr("Reac&tivate"))
            self.active_button.setAccessibleName(self.tr("Reactivate user"))
        else:
            self.active_button.setText(self.tr("&Deactivate"))
            self.active_button.setAccessibleName(self.tr("Deactivate user"))

    # Actions -------------------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> QDialog:
        self.ui.dialogs.open_dialog(dialog)
        self.dialog_opened.emit(dialog)
        return dialog

    def add_user(self) -> QDialog:
        return self._open(AddUserDialog(self.ui, self.window()))

    def reset_password(self) -> QDialog | None:
        user = self.selected_user()
        return self._open(ResetPasswordDialog(self.ui, user, self.window())) if user else None

    def change_role(self) -> QDialog | None:
        user = self.selected_user()
        return self._open(ChangeRoleDialog(self.ui, user, self.window())) if user else None

    def toggle_active(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        activate = not user.is_active
        if activate:
            title = self.tr("Reactivate user")
            text = arg(self.tr("Let %1 sign in again?"), user.full_name)
        else:
            title = self.tr("Deactivate user")
            text = arg(self.tr("%1 will no longer be able to sign in. Their records and history "
                               "stay as they are. Deactivate the account?"), user.full_name)
        if self.ui.dialogs.question(self, title, text):
            self.ui.operations.call(self, self.ui.services.users.set_active, user.id,
                                    activate, user.version, done=self.account_changed.emit)
