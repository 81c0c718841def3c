"""The idle lock: after the idle time the client data is replaced by the lock page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from coordinator.services.app import AppServices
from coordinator.services.auth import WRONG_CREDENTIALS
from coordinator.services.dto import ClientInput
from coordinator.ui.context import UiContext
from coordinator.ui.main_window import MainWindow
from coordinator.ui.views.clients import ClientsView
from tests.ui.conftest import ADMIN_PASSWORD

IDLE_MS = 50


@pytest.fixture
def idle_window(qtbot: QtBot, ui: UiContext, services: AppServices) -> MainWindow:
    services.clients.create(ClientInput(given_name="María", family_name="Núñez"))
    main = MainWindow(ui, idle_interval_ms=IDLE_MS)
    qtbot.addWidget(main)
    main.idle.stop()  # held while the client list loads, so it is on screen first
    clients = main.views["clients"]
    assert isinstance(clients, ClientsView)
    main.show()
    with qtbot.waitSignal(clients.clients_loaded):
        main.show_view("clients")
    assert clients.model.rowCount() == 1
    # Every read started by showing the window (the dashboard's audited view, the filters'
    # choices) has landed before the idle time starts, so the lock is the newest event.
    ui.operations.wait()
    qtbot.waitUntil(lambda: ui.operations.pending() == 0)
    main.idle.start()
    return main


def test_idle_time_hides_the_client_data_behind_the_lock_page(
        qtbot: QtBot, idle_window: MainWindow, services: AppServices) -> None:
    clients = idle_window.views["clients"]
    assert clients.isVisible()

    with qtbot.waitSignal(idle_window.locked):
        pass  # no input for IDLE_MS

    assert idle_window.pages.currentWidget() is idle_window.lock_screen
    assert not clients.isVisible()
    assert not idle_window.workspace.isVisible()
    assert not idle_window.go_menu.isEnabled()
    assert not idle_window.go_actions["clients"].isEnabled()
    idle_window.ui.operations.wait()
    qtbot.waitUntil(lambda: idle_window.ui.operations.pending() == 0)
    # Hiding the list logs the search that was on screen, on another worker at the same
    # moment: the two events may land in either order.
    assert "idle_lock" in [event.action for event in services.audit.recent(2)]


def test_a_wrong_password_keeps_it_locked_and_the_right_one_shows_the_data(
        qtbot: QtBot, idle_window: MainWindow) -> None:
    with qtbot.waitSignal(idle_window.locked):
        pass
    screen = idle_window.lock_screen

    qtbot.keyClicks(screen.password, "not my password")
    with qtbot.waitSignal(idle_window.unlock_refused) as refused:
        qtbot.keyClick(screen.password, Qt.Key.Key_Return)

    assert refused.args == [WRONG_CREDENTIALS]
    assert screen.problem.text() == WRONG_CREDENTIALS
    assert idle_window.is_locked
    assert not idle_window.views["clients"].isVisible()

    screen.password.setText(ADMIN_PASSWORD)
    with qtbot.waitSignal(idle_window.unlocked):
        qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)

    assert not idle_window.is_locked
    assert idle_window.pages.currentWidget() is idle_window.workspace
    assert idle_window.views["clients"].isVisible()
    assert idle_window.go_actions["clients"].isEnabled()


def test_keyboard_input_restarts_the_idle_time(qtbot: QtBot, ui: UiContext) -> None:
    main = MainWindow(ui, idle_interval_ms=60_000)
    qtbot.addWidget(main)
    main.show()
    restarted = []
    main.idle.restarted.connect(lambda: restarted.append(True))

    qtbot.keyClick(main.nav, Qt.Key.Key_Down)

    assert restarted
    assert main.idle.is_running()
    assert not main.is_locked


def test_five_wrong_passwords_lock_the_account_and_end_the_session(
        qtbot: QtBot, idle_window: MainWindow, services: AppServices) -> None:
    with qtbot.waitSignal(idle_window.locked):
        pass
    screen = idle_window.lock_screen
    for _attempt in range(4):
        screen.password.setText("wrong")
        with qtbot.waitSignal(idle_window.unlock_refused):
            screen.unlock_button.click()

    screen.password.setText("wrong")
    with qtbot.waitSignal(idle_window.signed_out) as signed_out:
        screen.unlock_button.click()

    assert signed_out.args[0].startswith("This account is locked")
    assert services.actor is None
    assert not idle_window.isVisible()


def test_lock_now_locks_at_once(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.locked):
        window.lock_action.trigger()

    assert window.pages.currentWidget() is window.lock_screen
    assert window.lock_action.shortcut().toString() == "Ctrl+L"


def test_an_open_form_is_hidden_while_locked_and_comes_back(
        qtbot: QtBot, window: MainWindow) -> None:
    clients = window.views["clients"]
    assert isinstance(clients, ClientsView)
    window.show_view("clients")
    form = clients.new_client()
    assert form is not None and form.isVisible()
    form.inputs["family_name"].setText("Núñez")

    with qtbot.waitSignal(window.locked):
        window.lock()
    assert not form.isVisible()

    window.lock_screen.password.setText(ADMIN_PASSWORD)
    with qtbot.waitSignal(window.unlocked):
        window.lock_screen.unlock_button.click()
    assert form.isVisible()
    assert form.inputs["family_name"].text() == "Núñez"
