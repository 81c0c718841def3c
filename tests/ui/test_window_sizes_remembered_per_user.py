"""The main window and a client's record window come back at the size the same person
left them, and not at another person's size on the same workstation."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QSplitter
from pytestqt.qtbot import QtBot

from coordinator.domain.roles import Role
from coordinator.services.app import AppServices
from coordinator.services.dto import ClientInput
from coordinator.ui.context import UiContext
from coordinator.ui.main_window import MainWindow
from coordinator.ui.record.window import RecordWindow
from coordinator.ui.screen_fit import assume_available_size
from tests.ui.conftest import ADMIN, ADMIN_PASSWORD, PASSWORD, add_user


@pytest.fixture(autouse=True)
def laptop_screen() -> Iterator[None]:
    assume_available_size(QSize(1280, 720))
    yield
    assume_available_size(None)


def open_main(qtbot: QtBot, ui: UiContext) -> MainWindow:
    main = MainWindow(ui)
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.clinic_loaded):
        main.show()
    return main


def sign_in_as(services: AppServices, username: str, password: str) -> None:
    services.auth.login(username, password)


def test_the_main_window_comes_back_at_the_size_its_user_left_it(
        qtbot: QtBot, ui: UiContext, services: AppServices, settings_in_tmp: Path) -> None:
    add_user(services, "bea", Role.CASE_MANAGER)
    main = open_main(qtbot, ui)
    default = main.size()
    main.resize(1010, 640)
    ui.operations.wait()
    main.close()  # signs Ana out
    assert any(settings_in_tmp.rglob("*.conf")) or any(settings_in_tmp.rglob("*.ini"))

    sign_in_as(services, ADMIN, ADMIN_PASSWORD)
    again = open_main(qtbot, ui)
    assert again.size() == QSize(1010, 640)
    ui.operations.wait()
    again.close()

    sign_in_as(services, "bea", PASSWORD)
    other = open_main(qtbot, ui)
    assert other.size() == default


def test_a_record_window_comes_back_at_its_size_for_the_same_user_only(
        qtbot: QtBot, ui: UiContext, services: AppServices) -> None:
    add_user(services, "bea", Role.CASE_MANAGER)
    client_id = services.clients.create(ClientInput("Dara", "Sok")).id
    record = RecordWindow(ui, client_id)
    qtbot.addWidget(record)
    record.show()
    default = record.size()
    record.resize(1000, 620)
    splitter = record.findChild(QSplitter, "assessmentsSplitter")
    assert splitter is not None
    splitter.setSizes([150, 400])
    left = splitter.sizes()
    ui.operations.wait()
    record.close()

    again = RecordWindow(ui, client_id)
    qtbot.addWidget(again)
    again.show()
    assert again.size() == QSize(1000, 620)
    again_splitter = again.findChild(QSplitter, "assessmentsSplitter")
    assert again_splitter is not None and again_splitter.sizes() == left
    ui.operations.wait()
    again.close()

    services.auth.logout()
    sign_in_as(services, "bea", PASSWORD)
    other = RecordWindow(ui, client_id)
    qtbot.addWidget(other)
    other.show()
    assert other.size() == default
    ui.operations.wait()
