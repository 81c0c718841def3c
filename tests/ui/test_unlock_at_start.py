"""An encrypted database that this workstation holds no key for: the app asks for its
recovery passphrase at start, says so when it is wrong, and with the right one goes on to
sign-in; quitting there ends the app with nothing written."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from coordinator.services import encryption
from coordinator.services.app import AppServices
from coordinator.store import migrate
from coordinator.store.cipher import KeyStore, file_salt
from coordinator.store.engine import open_database
from coordinator.ui.app import open_app, run_gui
from coordinator.ui.login import LoginDialog
from coordinator.ui.unlock import UnlockDialog
from tests.ui.fakes import RecordingDialogs


def locked_clinic(folder: Path) -> tuple[Path, str]:
    """A database made on another workstation: encrypted, its key not kept here."""
    path = folder / "clinic.sqlite3"
    db = open_database(str(path))
    migrate.upgrade(db)
    services = AppServices(db)
    services.auth.create_first_admin("ana", "Ana Admin", "ana-password-1")
    services.close()
    code = encryption.recovery_code(path)
    assert code is not None
    salt = file_salt(path)
    assert salt is not None
    KeyStore().forget(salt)
    return path, code


def test_the_recovery_code_unlocks_the_database_and_sign_in_follows(
        qapp: QApplication, qtbot: QtBot, dialogs: RecordingDialogs, tmp_path: Path) -> None:
    path, code = locked_clinic(tmp_path)
    sheet, font = qapp.styleSheet(), qapp.font()
    startup, finish = open_app(str(path), dialogs=dialogs)
    try:
        qtbot.waitUntil(lambda: bool(dialogs.opened), timeout=20000)
        (dialog,) = dialogs.opened
        assert isinstance(dialog, UnlockDialog)
        assert any(str(path) in label.text() for label in dialog.findChildren(QLabel))

        qtbot.keyClicks(dialog.passphrase, "a guess that is wrong")
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)

        assert dialog.isVisible()
        assert dialog.problem.text() == (
            f"The passphrase does not open {path}: give its recovery passphrase (or recovery "
            "code) exactly, or ask your administrator; nothing was changed.")

        dialog.passphrase.clear()
        qtbot.keyClicks(dialog.passphrase, code)
        with qtbot.waitSignal(startup.ready, timeout=30000):
            qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)

        assert not dialog.isVisible()
        assert startup.services is not None and startup.services.db.encrypted
        (login,) = [widget for widget in qapp.topLevelWidgets()
                    if isinstance(widget, LoginDialog) and widget.isVisible()]
        qtbot.waitUntil(lambda: login.database.text().startswith("Database: "),
                        timeout=20000)
        assert login.database.text().endswith("clinic.sqlite3")
        assert dialogs.shown == []
    finally:
        finish()
        qapp.setStyleSheet(sheet)
        qapp.setFont(font)
        qapp.setQuitOnLastWindowClosed(True)


def test_quitting_at_the_unlock_window_ends_the_app_and_keeps_no_key(
        qapp: QApplication, dialogs: RecordingDialogs, tmp_path: Path) -> None:
    path, _code = locked_clinic(tmp_path)
    before = path.read_bytes()
    answered: list[str] = []

    def answer_when_asked() -> None:
        """Escape at the unlock window, as a person who does not know the passphrase."""
        if dialogs.opened and not answered:
            (dialog,) = dialogs.opened
            answered.append(dialog.windowTitle())
            QTest.keyClick(dialog.passphrase, Qt.Key.Key_Escape)

    watcher = QTimer()
    watcher.timeout.connect(answer_when_asked)
    watcher.start(20)
    sheet, font = qapp.styleSheet(), qapp.font()
    try:
        code = run_gui(str(path), dialogs=dialogs)  # the app's own event loop, to its end
    finally:
        watcher.stop()
        qapp.setStyleSheet(sheet)
        qapp.setFont(font)
        qapp.setQuitOnLastWindowClosed(True)

    assert code == 1 and answered == ["Unlock the database — Coordinator"]
    salt = file_salt(path)
    assert salt is not None and KeyStore().load(salt, path) is None
    assert path.read_bytes() == before
