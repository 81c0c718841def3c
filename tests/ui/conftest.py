"""Fixtures for the UI tests: real services on a real database, real widgets.

The only stand-in is our own dialog service (``fakes.RecordingDialogs``), so no test blocks
on a modal message box.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coordinator.domain.roles import Role
from coordinator.services.app import AppServices
from coordinator.store.engine import Database
from coordinator.ui.collector import GuiThreadCollector
from coordinator.ui.context import UiContext
from coordinator.ui.dialogs import dispose
from coordinator.ui.main_window import MainWindow
from coordinator.ui.window_memory import keep_settings_in
from tests.ui.fakes import RecordingDialogs

ADMIN = "ana"
ADMIN_NAME = "Ana Admin"
ADMIN_PASSWORD = "admin-password-1"
PASSWORD = "password-for-tests"

_HERE = Path(__file__).resolve().parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # The offscreen platform plugin warns whenever a shown top-level window's minimum size
    # changes (e.g. an error label appears in a dialog) or a window is raised; real platforms
    # just do it. Those warnings say nothing about our code, so UI tests ignore exactly them.
    for item in items:
        if _HERE in Path(str(item.fspath)).resolve().parents:
            item.add_marker(pytest.mark.qt_log_ignore(
                r"^This plugin does not support propagateSizeHints\(\)$",
                r"^This plugin does not support raise\(\)$"))


@pytest.fixture(autouse=True)
def settings_in_tmp(tmp_path: Path) -> Iterator[Path]:
    """Remembered window sizes and preferences go to a file of this test, never to the
    profile of the person running the tests."""
    folder = tmp_path / "settings"
    keep_settings_in(str(folder))
    yield folder


@pytest.fixture(autouse=True)
def collect_on_the_gui_thread(qapp: object) -> Iterator[None]:
    """As in the app: cycles are collected on the GUI thread only (see ui/collector.py).

    After the test, the windows it made and left (closed by pytest-qt, not deleted) are
    deleted as the app deletes its windows (``dispose``), before the last collection: a
    window left to the collector was freed in whatever order its cycle came apart, and
    kept, it made every later test's collection slower (a second and more each).
    """
    collector = GuiThreadCollector()
    yield
    QCoreApplication.sendPostedEvents()
    for widget in QApplication.topLevelWidgets():
        if shiboken6.isValid(widget) and shiboken6.createdByPython(widget):
            dispose(widget)
    collector.stop()


@pytest.fixture
def services(database: Database) -> AppServices:
    """Services signed in as a freshly created administrator."""
    services = AppServices(database)
    services.auth.create_first_admin(ADMIN, ADMIN_NAME, ADMIN_PASSWORD)
    services.auth.login(ADMIN, ADMIN_PASSWORD)
    return services


@pytest.fixture
def dialogs() -> RecordingDialogs:
    return RecordingDialogs()


@pytest.fixture
def ui(qapp: object, services: AppServices, dialogs: RecordingDialogs) -> Iterator[UiContext]:
    context = UiContext.create(services, dialogs)
    yield context
    context.operations.wait()
    context.close()


@pytest.fixture
def window(qtbot: QtBot, ui: UiContext) -> Iterator[MainWindow]:
    """The main window for the signed-in administrator, shown, with its data loaded."""
    main = MainWindow(ui)
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.clinic_loaded):
        main.show()
    yield main
    ui.operations.wait()


def add_user(services: AppServices, username: str, role: Role) -> None:
    services.users.add_user(username, username.title(), role, PASSWORD)
