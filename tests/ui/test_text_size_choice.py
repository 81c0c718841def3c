"""A person chooses the text size (File ▸ Text size): it changes at once, comes back at
their next sign-in, and is theirs only."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coordinator.domain.roles import Role
from coordinator.services.app import AppServices
from coordinator.ui.context import UiContext
from coordinator.ui.main_window import MainWindow
from coordinator.ui.preferences import forget_applied_text_size
from coordinator.ui.resources import BASE_POINT_SIZE, apply_look
from tests.ui.conftest import ADMIN, ADMIN_PASSWORD, PASSWORD, add_user


@pytest.fixture
def app_look(qapp: QApplication) -> Iterator[QApplication]:
    """The app's own look (as at start-up), undone afterwards for the other tests."""
    font, sheet = QFont(qapp.font()), qapp.styleSheet()
    apply_look(qapp)
    yield qapp
    qapp.setFont(font)
    qapp.setStyleSheet(sheet)
    forget_applied_text_size()


def signed_in_window(qtbot: QtBot, ui: UiContext) -> MainWindow:
    main = MainWindow(ui)
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.clinic_loaded):
        main.show()
    return main


def close(ui: UiContext, main: MainWindow) -> None:
    ui.operations.wait()
    main.close()


def test_large_text_shows_at_once_and_at_the_next_sign_in_of_the_same_person_only(
        qtbot: QtBot, ui: UiContext, services: AppServices, app_look: QApplication) -> None:
    add_user(services, "bea", Role.CASE_MANAGER)
    main = signed_in_window(qtbot, ui)
    assert app_look.font().pointSizeF() == BASE_POINT_SIZE
    assert main.text_size_actions["normal"].isChecked()

    main.text_size_actions["large"].trigger()
    assert app_look.font().pointSizeF() == 12.0
    assert main.statusBar().font().pointSizeF() == 12.0
    assert "font-size: 14.9pt" in app_look.styleSheet()  # a 13 pt title grows with it
    close(ui, main)

    services.auth.login("bea", PASSWORD)
    bea = signed_in_window(qtbot, ui)
    assert app_look.font().pointSizeF() == BASE_POINT_SIZE
    assert bea.text_size_actions["normal"].isChecked()
    close(ui, bea)

    services.auth.login(ADMIN, ADMIN_PASSWORD)
    again = signed_in_window(qtbot, ui)
    assert app_look.font().pointSizeF() == 12.0
    assert again.text_size_actions["large"].isChecked()
    close(ui, again)
