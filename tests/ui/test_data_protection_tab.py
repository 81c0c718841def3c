"""The administrator's Data protection tab: the database's encryption in words, and the
recovery code shown only on request, with the showing in the audit trail."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from coordinator.domain.roles import Role
from coordinator.services import encryption
from coordinator.services.app import AppServices
from coordinator.ui.admin.view import AdminView
from coordinator.ui.context import UiContext
from tests.ui.conftest import PASSWORD, add_user


def test_the_recovery_code_is_shown_on_request_and_the_showing_is_audited(
        qtbot: QtBot, ui: UiContext, services: AppServices) -> None:
    path = services.db.sqlite_path
    assert path is not None
    view = AdminView(ui)
    qtbot.addWidget(view)
    view.show()
    tab = view.protection
    assert tab is not None
    view.tabs.setCurrentWidget(tab)

    assert tab.status.text().startswith(
        f"This database is encrypted on disk (SQLCipher, AES-256): a copy of {path} shows "
        "nothing without its key. This workstation has no credential store, so it keeps the "
        "key in the folder ")
    assert tab.code.echoMode() == QLineEdit.EchoMode.Password and tab.code.text() == ""

    qtbot.mouseClick(tab.show_button, Qt.MouseButton.LeftButton)

    assert tab.code.text() == encryption.recovery_code(path)
    assert len(tab.code.text()) == 35 and tab.code.echoMode() == QLineEdit.EchoMode.Normal
    newest = services.audit.recent(1)[0]
    assert (newest.action, newest.entity_type, newest.detail) == (
        "view", "database", "recovery code shown")


def test_a_supervisor_gets_no_data_protection_tab(
        qtbot: QtBot, ui: UiContext, services: AppServices) -> None:
    add_user(services, "sam", Role.SUPERVISOR)
    services.auth.logout()
    services.auth.login("sam", PASSWORD)
    view = AdminView(ui)
    qtbot.addWidget(view)

    assert view.protection is None
    assert [view.tabs.tabText(index) for index in range(view.tabs.count())] == ["Au&dit trail"]
