"""The sign-in window comes before the database layer: a person types at once, and Enter
pressed before the services are loaded signs in the moment they are."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coordinator.services.app import AppServices
from coordinator.ui.app import run_gui
from coordinator.ui.context import UiContext
from coordinator.ui.first_run import FirstRunDialog
from coordinator.ui.login import LoginDialog
from coordinator.ui.main_window import MainWindow
from coordinator.ui.resources import icon
from coordinator.ui.warm_up import warm_up
from tests.ui.conftest import ADMIN, ADMIN_NAME, ADMIN_PASSWORD
from tests.ui.fakes import RecordingDialogs

ROOT = Path(__file__).resolve().parents[2]


def test_the_first_window_imports_no_database_layer() -> None:
    """What the sign-in window needs loads without SQLAlchemy, the models, the services or
    ReportLab: those are what made the app show nothing for a second after launch."""
    probe = ("import json, sys; import coordinator.cli, coordinator.ui.app; "
             "print(json.dumps(sorted(name for name in sys.modules if name.split('.')[0] in "
             "('sqlalchemy', 'reportlab', 'alembic') or name.startswith('coordinator.services')"
             " or name.startswith('coordinator.store'))))")
    loaded = json.loads(subprocess.run([sys.executable, "-c", probe], cwd=ROOT, check=True,
                                       capture_output=True, text=True).stdout)
    assert loaded == []


def test_enter_before_the_services_are_ready_signs_in_when_they_are(
        qtbot: QtBot, ui: UiContext, services: AppServices) -> None:
    services.auth.logout()
    dialog = LoginDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ready
    assert dialog.database.text() == "Opening the database…"
    qtbot.keyClicks(dialog.username, ADMIN)
    qtbot.keyClicks(dialog.password, ADMIN_PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    # Waiting for the services: the press is kept, not refused, and not sent twice.
    assert not dialog.sign_in_button.isEnabled()
    assert not dialog.problem.isVisible()
    assert services.actor is None

    with qtbot.waitSignal(dialog.signed_in) as signed_in:
        dialog.attach(ui)

    assert signed_in.args[0].full_name == ADMIN_NAME
    assert services.actor is not None and services.actor.username == ADMIN
    assert dialog.database.text().startswith("Database: ")
    assert dialog.database.text().endswith("coordinator.sqlite3")


def test_a_wrong_password_typed_early_is_refused_once_the_services_are_ready(
        qtbot: QtBot, ui: UiContext, services: AppServices) -> None:
    services.auth.logout()
    dialog = LoginDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username, ADMIN)
    qtbot.keyClicks(dialog.password, "not the password")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)

    with qtbot.waitSignal(dialog.sign_in_refused):
        dialog.attach(ui)

    assert dialog.sign_in_button.isEnabled()
    assert dialog.problem.text() == "The user name or password is not right."
    assert services.actor is None


class _Person(QObject):
    """Types into the sign-in window the moment it shows, presses Enter, and closes the
    main window once its dashboard is up: the whole app, driven from its event loop."""

    def __init__(self) -> None:
        super().__init__()
        self.login_ready_at_enter: bool | None = None
        self.main_window_title = ""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, LoginDialog):
            QTimer.singleShot(0, lambda: self._type(watched))
        elif event.type() == QEvent.Type.Show and isinstance(watched, MainWindow):
            QTimer.singleShot(0, lambda: self._leave(watched))
        return False

    def _type(self, login: LoginDialog) -> None:
        self.login_ready_at_enter = login.ready
        QTest.keyClicks(login.username, ADMIN)
        QTest.keyClicks(login.password, ADMIN_PASSWORD)
        QTest.keyClick(login.password, Qt.Key.Key_Return)

    def _leave(self, window: MainWindow) -> None:
        self.main_window_title = window.windowTitle()
        window.close()


@pytest.mark.usefixtures("sqlite_only")
def test_the_app_starts_on_its_sign_in_window_and_enter_opens_the_main_window(
        qapp: QApplication, services: AppServices, dialogs: RecordingDialogs,
        tmp_path: Path) -> None:
    services.auth.logout()
    person = _Person()
    qapp.installEventFilter(person)
    sheet, font = qapp.styleSheet(), qapp.font()
    logging_started_on: list[str] = []
    try:
        code = run_gui(str(tmp_path / "coordinator.sqlite3"), dialogs=dialogs,
                       start_logging=lambda: logging_started_on.append(
                           threading.current_thread().name))
    finally:
        qapp.removeEventFilter(person)
        qapp.setStyleSheet(sheet)
        qapp.setFont(font)
        qapp.setQuitOnLastWindowClosed(True)

    assert code == 0
    assert dialogs.shown == []
    # The log is opened behind the sign-in window, on the thread that loads the services.
    assert logging_started_on == ["coordinator-start"]
    assert person.login_ready_at_enter is not None  # typed into the very first window
    assert "Coordinator" in person.main_window_title
    # The run signed in and, on closing the window, out: read back as the administrator.
    services.auth.login(ADMIN, ADMIN_PASSWORD)
    events = [event.action for event in services.audit.recent(limit=10)]
    assert events[:2] == ["login", "logout"]
    assert "login" in events[2:]


def test_warming_up_while_the_password_is_typed_reads_and_logs_nothing(
        qtbot: QtBot, ui: UiContext, services: AppServices) -> None:
    """The off-screen dashboard painted during sign-in is never shown: no read starts and
    no view is logged for it (the audit trail lists what a person saw)."""
    before = [event.id for event in services.audit.recent(limit=50)]
    services.auth.logout()
    asked: list[bool] = []

    def wanted() -> bool:  # asked before each step, which then runs at once
        asked.append(True)
        return True

    warm_up(ui, wanted)
    qtbot.waitUntil(lambda: len(asked) == 2)  # the icons, then the dashboard

    assert ui.operations.pending() == 0
    services.auth.login(ADMIN, ADMIN_PASSWORD)
    new = [event.action for event in services.audit.recent(limit=50)
           if event.id not in before]
    assert new == ["login", "logout"]
    assert not icon("dashboard").isNull()


class _Newcomer(QObject):
    """Notes each window as it shows, and quits at the first-run dialog."""

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[str] = []
        self.login_visible_at_first_run: bool | None = None
        self.login: LoginDialog | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, LoginDialog):
            self.shown.append("sign-in")
            self.login = watched
        elif event.type() == QEvent.Type.Show and isinstance(watched, FirstRunDialog):
            self.shown.append("first run")
            QTimer.singleShot(0, lambda: self._quit(watched))
        return False

    def _quit(self, dialog: FirstRunDialog) -> None:
        self.login_visible_at_first_run = self.login is not None and self.login.isVisible()
        dialog.reject()


@pytest.mark.usefixtures("sqlite_only")
def test_on_a_new_database_the_sign_in_window_gives_way_to_first_run(
        qapp: QApplication, dialogs: RecordingDialogs, tmp_path: Path) -> None:
    newcomer = _Newcomer()
    qapp.installEventFilter(newcomer)
    sheet, font = qapp.styleSheet(), qapp.font()
    try:
        code = run_gui(str(tmp_path / "new.sqlite3"), dialogs=dialogs)
    finally:
        qapp.removeEventFilter(newcomer)
        qapp.setStyleSheet(sheet)
        qapp.setFont(font)
        qapp.setQuitOnLastWindowClosed(True)

    assert code == 0
    assert newcomer.shown == ["sign-in", "first run"]
    assert newcomer.login_visible_at_first_run is False
    assert dialogs.shown == []
