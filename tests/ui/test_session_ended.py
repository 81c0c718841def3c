"""An administrator changes a signed-in user's account on another workstation: at the user's
next action the app returns to the sign-in window and says why."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from coordinator.domain.errors import SessionEnded
from coordinator.domain.roles import Role
from coordinator.services.app import AppServices
from coordinator.services.dto import UserInfo
from coordinator.store.engine import Database
from coordinator.ui.context import UiContext
from coordinator.ui.crash import install_crash_handler
from coordinator.ui.login import LoginDialog
from coordinator.ui.main_window import MainWindow
from coordinator.ui.session_flow import SessionFlow
from tests.ui.conftest import PASSWORD, add_user
from tests.ui.fakes import RecordingDialogs

OWN_PASSWORD = "marias-own-password"


@pytest.fixture
def maria_ui(database: Database, services: AppServices,
             dialogs: RecordingDialogs) -> Iterator[UiContext]:
    """Maria's workstation, not signed in yet; ``services`` is the administrator's."""
    add_user(services, "maria", Role.CASE_MANAGER)
    first = AppServices(database)
    first.auth.login("maria", PASSWORD)
    first.auth.change_own_password(PASSWORD, OWN_PASSWORD)
    first.auth.logout()
    ui = UiContext.create(AppServices(database), dialogs)
    yield ui
    ui.operations.wait()
    ui.close()


@pytest.fixture
def flow(maria_ui: UiContext) -> Iterator[SessionFlow]:
    session = SessionFlow(maria_ui)
    yield session
    if session.window is not None:
        session.window.close()


def sign_in(qtbot: QtBot, flow: SessionFlow, login: LoginDialog) -> MainWindow:
    login.username.setText("maria")
    login.password.setText(OWN_PASSWORD)
    with qtbot.waitSignal(flow.window_shown) as shown:
        login.sign_in_button.click()
    main = shown.args[0]
    assert isinstance(main, MainWindow)
    operations = flow.ui.operations
    operations.wait()
    qtbot.waitUntil(lambda: operations.pending() == 0)  # the dashboard is on screen
    return main


def first_login(qtbot: QtBot, flow: SessionFlow) -> LoginDialog:
    with qtbot.waitSignal(flow.window_shown) as shown:
        flow.start()
    login = shown.args[0]
    assert isinstance(login, LoginDialog)
    return login


def maria(services: AppServices) -> UserInfo:
    return next(user for user in services.users.list_users() if user.username == "maria")


def test_a_demoted_user_is_back_at_sign_in_at_the_next_action(
        qtbot: QtBot, flow: SessionFlow, services: AppServices,
        dialogs: RecordingDialogs) -> None:
    main = sign_in(qtbot, flow, first_login(qtbot, flow))
    assert main.user_label.text() == "Signed in as Maria (Case manager)"

    services.users.change_role(maria(services).id, Role.READ_ONLY, maria(services).version)
    with qtbot.waitSignal(flow.window_shown) as shown:
        main.go_actions["referrals"].trigger()  # her next action reads the referral list

    login = shown.args[0]
    assert isinstance(login, LoginDialog)
    assert login.problem.text() == "Your role was changed; sign in again."
    assert not login.problem.isHidden()
    assert not main.isVisible()
    assert flow.ui.services.actor is None
    assert dialogs.shown == []  # the sign-in window says it; no message box on top

    again = sign_in(qtbot, flow, login)
    assert again.user_label.text() == "Signed in as Maria (Read-only)"


def test_a_deactivated_user_cannot_unlock_the_idle_lock(
        qtbot: QtBot, flow: SessionFlow, services: AppServices) -> None:
    main = sign_in(qtbot, flow, first_login(qtbot, flow))
    with qtbot.waitSignal(main.locked):
        main.lock()
    flow.ui.operations.wait()
    qtbot.waitUntil(lambda: flow.ui.operations.pending() == 0)

    services.users.set_active(maria(services).id, False, maria(services).version)
    qtbot.keyClicks(main.lock_screen.password, OWN_PASSWORD)
    with qtbot.waitSignal(flow.window_shown) as shown:
        qtbot.keyClick(main.lock_screen.password, Qt.Key.Key_Return)

    login = shown.args[0]
    assert isinstance(login, LoginDialog)
    assert login.problem.text() == "This account was deactivated; ask an administrator."


def test_a_session_ended_outside_an_operation_also_returns_to_sign_in(
        qtbot: QtBot, flow: SessionFlow, services: AppServices,
        dialogs: RecordingDialogs) -> None:
    # A view that calls a service on the GUI thread meets the error outside any operation;
    # the app's exception hook hands it to the same signal.
    main = sign_in(qtbot, flow, first_login(qtbot, flow))
    services.users.change_role(maria(services).id, Role.SUPERVISOR, maria(services).version)
    restore = install_crash_handler(dialogs, session_ended=flow.ui.operations.session_ended.emit)
    try:
        with qtbot.waitSignal(flow.window_shown) as shown:
            try:
                flow.ui.services.levels.list_levels()
            except SessionEnded as error:
                sys.excepthook(type(error), error, error.__traceback__)
    finally:
        restore()

    login = shown.args[0]
    assert isinstance(login, LoginDialog)
    assert login.problem.text() == "Your role was changed; sign in again."
    assert not main.isVisible()
    assert dialogs.shown == []
