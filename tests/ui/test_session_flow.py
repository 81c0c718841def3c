"""From an empty database to the main window and back: first run, sign-in, log out."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coordinator.demo import DEMO_PASSWORD
from coordinator.domain.roles import Role
from coordinator.services.app import AppServices
from coordinator.store.engine import Database
from coordinator.ui.app import run_gui
from coordinator.ui.change_password import ChangePasswordDialog
from coordinator.ui.context import UiContext
from coordinator.ui.first_run import FirstRunDialog
from coordinator.ui.login import LoginDialog
from coordinator.ui.main_window import MainWindow
from coordinator.ui.session_flow import SessionFlow
from tests.ui.fakes import RecordingDialogs


@pytest.fixture
def fresh_ui(qapp: QApplication, database: Database,
             dialogs: RecordingDialogs) -> Iterator[UiContext]:
    """An empty database: no users yet."""
    ui = UiContext.create(AppServices(database), dialogs)
    yield ui
    ui.operations.wait()
    ui.close()


@pytest.fixture
def flow(qtbot: QtBot, fresh_ui: UiContext) -> Iterator[SessionFlow]:
    session = SessionFlow(fresh_ui)
    yield session
    if session.window is not None:
        session.window.close()


def start(qtbot: QtBot, session: SessionFlow) -> FirstRunDialog:
    with qtbot.waitSignal(session.window_shown) as shown:
        session.start()
    dialog = shown.args[0]
    assert isinstance(dialog, FirstRunDialog)
    return dialog


def test_first_run_creates_the_administrator_then_signs_in_and_out(
        qtbot: QtBot, flow: SessionFlow, fresh_ui: UiContext) -> None:
    first_run = start(qtbot, flow)
    assert first_run.admin_choice.isChecked()
    qtbot.keyClicks(first_run.username, "ana")
    qtbot.keyClicks(first_run.full_name, "Ana Admin")
    qtbot.keyClicks(first_run.password, "admin-password-1")
    qtbot.keyClicks(first_run.password_again, "admin-password-2")

    with qtbot.waitSignal(first_run.refused):
        first_run.save_button.click()
    assert first_run.errors.message("password_again") == "The two passwords are not the same."
    assert not fresh_ui.services.auth.has_users()

    first_run.password_again.setText("admin-password-1")
    with qtbot.waitSignal(flow.window_shown) as shown:
        first_run.save_button.click()
    login = shown.args[0]
    assert isinstance(login, LoginDialog)
    assert login.username.text() == "ana"

    qtbot.keyClicks(login.password, "admin-password-1")
    with qtbot.waitSignal(flow.window_shown) as shown:
        login.sign_in_button.click()
    main = shown.args[0]
    assert isinstance(main, MainWindow)
    assert main.user_label.text() == "Signed in as Ana Admin (Administrator)"

    with qtbot.waitSignal(flow.window_shown) as shown:
        main.log_out_action.trigger()
    assert isinstance(shown.args[0], LoginDialog)
    assert fresh_ui.services.actor is None


def test_first_run_fills_a_demo_caseload_with_progress(
        qtbot: QtBot, flow: SessionFlow, fresh_ui: UiContext) -> None:
    first_run = start(qtbot, flow)
    first_run.demo_choice.setChecked(True)
    assert first_run.pages.currentIndex() == 1
    first_run.demo_clients.setValue(25)

    summaries: list[object] = []
    first_run.demo_created.connect(summaries.append)
    with qtbot.waitSignal(flow.window_shown, timeout=60_000):
        first_run.save_button.click()
    assert [summary.clients for summary in summaries] == [25]  # type: ignore[attr-defined]
    login = flow.window
    assert isinstance(login, LoginDialog)
    assert login.username.text() == "admin"

    login.password.setText(DEMO_PASSWORD)
    with qtbot.waitSignal(flow.window_shown) as shown:
        login.sign_in_button.click()
    main = shown.args[0]
    assert isinstance(main, MainWindow)
    qtbot.waitUntil(lambda: main.is_demo)
    assert main.windowTitle().endswith(" — DEMO")


def test_quitting_at_sign_in_ends_the_session(qtbot: QtBot, flow: SessionFlow,
                                              fresh_ui: UiContext) -> None:
    fresh_ui.services.auth.create_first_admin("ana", "Ana Admin", "admin-password-1")
    with qtbot.waitSignal(flow.window_shown) as shown:
        flow.start()
    login = shown.args[0]
    assert isinstance(login, LoginDialog)

    with qtbot.waitSignal(flow.ended) as ended:
        login.quit_button.click()

    assert ended.args == [0]


def test_run_gui_on_an_unusable_database_says_so_once_and_returns_1(
        qapp: QApplication, dialogs: RecordingDialogs, tmp_path: object) -> None:
    sheet, font = qapp.styleSheet(), qapp.font()
    try:
        code = run_gui("/no/such/folder/coordinator.sqlite3", dialogs=dialogs)
    finally:
        qapp.setStyleSheet(sheet)
        qapp.setFont(font)
        qapp.setQuitOnLastWindowClosed(True)

    assert code == 1
    [shown] = dialogs.shown
    assert shown.kind == "warning"
    assert shown.text == "The folder /no/such/folder does not exist."


def test_a_temporary_password_must_be_replaced_before_the_main_window(
        qtbot: QtBot, flow: SessionFlow, fresh_ui: UiContext) -> None:
    services = fresh_ui.services
    services.auth.create_first_admin("ana", "Ana Admin", "admin-password-1")
    services.auth.login("ana", "admin-password-1")
    services.users.add_user("maria", "Maria Lopez", Role.CASE_MANAGER, "temporary-1")
    services.auth.logout()

    with qtbot.waitSignal(flow.window_shown) as shown:
        flow.start()
    login = shown.args[0]
    assert isinstance(login, LoginDialog)
    qtbot.keyClicks(login.username, "maria")
    qtbot.keyClicks(login.password, "temporary-1")
    with qtbot.waitSignal(flow.window_shown) as shown:
        login.sign_in_button.click()
    choose = shown.args[0]
    assert isinstance(choose, ChangePasswordDialog)

    qtbot.keyClicks(choose.current.edit, "temporary-1")
    qtbot.keyClicks(choose.new.edit, "short")
    qtbot.keyClicks(choose.repeat.edit, "short")
    with qtbot.waitSignal(choose.refused):
        choose.save_button.click()
    assert choose.errors.message("password") == "A password needs at least 8 characters."

    for field in (choose.new.edit, choose.repeat.edit):
        field.setText("marias-own-password")
    with qtbot.waitSignal(flow.window_shown) as shown:
        choose.save_button.click()
    main = shown.args[0]
    assert isinstance(main, MainWindow)
    assert main.user_label.text() == "Signed in as Maria Lopez (Case manager)"

    # The next sign-in goes straight to the main window with the new password.
    second = AppServices(services.db)
    assert not second.auth.login("maria", "marias-own-password").must_change_password
