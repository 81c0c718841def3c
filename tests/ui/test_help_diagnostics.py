"""Help > Copy diagnostics and Help > Open log folder."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

import coordinator
from coordinator.logs import LOG_DIR_ENV
from coordinator.services.app import AppServices
from coordinator.services.dto import ClientInput
from coordinator.store import migrate
from coordinator.ui.main_window import MainWindow
from tests.ui.fakes import RecordingDialogs

GIVEN, FAMILY, MRN = "Oriel", "Brackenwood", "OB-551903"


@pytest.fixture
def log_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "logs"
    monkeypatch.setenv(LOG_DIR_ENV, str(folder))
    return folder


class FileUrls(QObject):
    """Receives the file URLs the app opens, through Qt's own handler registry, instead of
    the desktop's file manager."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url)


@pytest.fixture
def file_urls() -> Iterator[FileUrls]:
    receiver = FileUrls()
    QDesktopServices.setUrlHandler("file", receiver, "open")  # type: ignore[arg-type]
    yield receiver
    QDesktopServices.unsetUrlHandler("file")


def test_copy_diagnostics_puts_versions_and_schema_but_no_client_on_the_clipboard(
        qtbot: QtBot, services: AppServices, window: MainWindow, log_dir: Path) -> None:
    services.clients.create(ClientInput(GIVEN, FAMILY, date(1979, 6, 3), record_number=MRN))
    QGuiApplication.clipboard().clear()

    with qtbot.waitSignal(window.diagnostics_copied):
        window.copy_diagnostics_action.trigger()

    text = QGuiApplication.clipboard().text()
    revision = migrate.current_revision(services.db)
    kind = "SQLite" if services.db.is_sqlite else "PostgreSQL"
    assert revision is not None
    assert f"Coordinator: {coordinator.__version__}\n" in text
    assert f"Database: {kind}\n" in text
    assert f"Schema revision: {revision}\n" in text
    assert f"Log folder: {log_dir}\n" in text
    assert "Qt: 6." in text and "PySide6: 6." in text and "Python: 3." in text
    assert GIVEN not in text and FAMILY not in text and MRN not in text
    assert window.statusBar().currentMessage() == "Diagnostics copied."


def test_the_help_menu_offers_the_log_folder_and_diagnostics(window: MainWindow) -> None:
    help_menu = window.menuBar().actions()[-1].menu()
    assert isinstance(help_menu, QMenu)
    assert [action.text() for action in help_menu.actions() if action.text()] == [
        "Quick &guide", "Open &log folder", "Copy &diagnostics", "&About Coordinator"]


def test_open_log_folder_makes_the_folder_and_opens_it(
        window: MainWindow, log_dir: Path, file_urls: FileUrls) -> None:
    window.open_log_folder_action.trigger()

    assert log_dir.is_dir()
    assert [url.toLocalFile() for url in file_urls.opened] == [str(log_dir)]


def test_a_log_folder_that_cannot_be_made_is_said_in_words(
        window: MainWindow, dialogs: RecordingDialogs, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, file_urls: FileUrls) -> None:
    (tmp_path / "a-file").write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv(LOG_DIR_ENV, str(tmp_path / "a-file" / "logs"))

    window.open_log_folder_action.trigger()

    assert file_urls.opened == []
    assert [(shown.kind, shown.text.split(" (")[0]) for shown in dialogs.shown] == [
        ("warning", f"The log folder {tmp_path / 'a-file' / 'logs'} cannot be made")]
