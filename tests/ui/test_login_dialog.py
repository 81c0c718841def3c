"""Signing in through the dialog: the services' own messages, and the dialog stays open."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from coordinator.services.app import AppServices
from coordinator.services.auth import WRONG_CREDENTIALS
from coordinator.ui.context import UiContext
from coordinator.ui.login import LoginDialog
from tests.ui.conftest import ADMIN, ADMIN_PASSWORD


def signed_out_dialog(qtbot: QtBot, ui: UiContext, services: AppServices) -> LoginDialog:
    services.auth.logout()
    dialog = LoginDialog(ui)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_wrong_password_shows_the_message_and_keeps_the_dialog_open(
        qtbot: QtBot, ui: UiContext, services: AppServices) -> None:
    dialog = signed_out_dialog(qtbot, ui, services)
    qtbot.keyClicks(dialog.username, ADMIN)
    qtbot.keyClicks(dialog.password, "not the password")

    with qtbot.waitSignal(dialog.sign_in_refused) as refused:
        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)

    assert refused.args == [WRONG_CREDENTIALS]
    assert dialog.problem.text() == WRONG_CREDENTIALS
    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert services.actor is None


def test_an_unknown_user_gets_the_same_message(qtbot: QtBot, ui: UiContext,
                                               services: AppServices) -> None:
    dialog = signed_out_dialog(qtbot, ui, services)
    qtbot.keyClicks(dialog.username, "nobody")
    qtbot.keyClicks(dialog.password, ADMIN_PASSWORD)

    with qtbot.waitSignal(dialog.sign_in_refused) as refused:
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)

    assert refused.args == [WRONG_CREDENTIALS]


def test_five_wrong_passwords_lock_the_account_with_the_services_message(
        qtbot: QtBot, ui: UiContext, services: AppServices) -> None:
    dialog = signed_out_dialog(qtbot, ui, services)
    qtbot.keyClicks(dialog.username, ADMIN)
    messages = []
    for _attempt in range(5):
        dialog.password.setText("wrong")
        with qtbot.waitSignal(dialog.sign_in_refused) as refused:
            dialog.sign_in_button.click()
        messages.append(refused.args[0])

    assert messages[:4] == [WRONG_CREDENTIALS] * 4
    assert messages[4].startswith("This account is locked after 5 failed sign-ins.")
    assert dialog.problem.text() == messages[4]


def test_the_right_password_signs_in_and_accepts(qtbot: QtBot, ui: UiContext,
                                                 services: AppServices) -> None:
    dialog = signed_out_dialog(qtbot, ui, services)
    qtbot.keyClicks(dialog.username, ADMIN)
    qtbot.keyClicks(dialog.password, ADMIN_PASSWORD)

    with qtbot.waitSignal(dialog.signed_in) as signed_in:
        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)

    assert signed_in.args[0].username == ADMIN
    assert services.actor is not None and services.actor.username == ADMIN
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not dialog.isVisible()


def test_an_empty_user_name_is_asked_for_without_calling_the_services(
        qtbot: QtBot, ui: UiContext, services: AppServices) -> None:
    dialog = signed_out_dialog(qtbot, ui, services)
    before = services.audit.count()

    with qtbot.waitSignal(dialog.sign_in_refused) as refused:
        dialog.sign_in_button.click()

    assert refused.args == ["Enter your user name."]
    assert services.audit.count() == before
