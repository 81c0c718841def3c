"""A database connection that crosses the network unencrypted is said in the status bar and
in the sign-in window, in the user's language; a safe one says nothing.

The store decides (tests/store/test_tls_connections.py drives it against a real server);
here the database carries the warning the store would have set for a server at 10.0.0.5
reached with sslmode=disable or sslmode=prefer.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coordinator.store.engine import Database
from coordinator.store.transport import TransportWarning
from coordinator.ui.context import UiContext
from coordinator.ui.login import LoginDialog
from coordinator.ui.main_window import MainWindow
from coordinator.ui.resources import Translations, language_for
from tests.ui.test_spanish_catalog import SPANISH, TOOLS

PLAIN = TransportWarning("10.0.0.5", encrypted=False, sslmode="disable")
MAY_FALL_BACK = TransportWarning("10.0.0.5", encrypted=True, sslmode="prefer")


def _main_window(qtbot: QtBot, ui: UiContext) -> MainWindow:
    main = MainWindow(ui)
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.clinic_loaded):
        main.show()
    return main


@pytest.fixture
def spanish(qapp: QApplication, tmp_path: Path) -> Iterator[Translations]:
    """The shipped Spanish, compiled and put on; taken off afterwards."""
    folder = tmp_path / "translations"
    folder.mkdir()
    subprocess.run([str(TOOLS / "pyside6-lrelease"), "-silent", str(SPANISH), "-qm",
                    str(folder / "coordinator_es.qm")], check=True)
    translations = Translations(qapp, folder=folder, system=QLocale("en_US"))
    translations.use(language_for("es", QLocale("en_US")))
    yield translations
    translations.remove()


def test_a_sqlite_file_shows_no_connection_warning(qtbot: QtBot, ui: UiContext) -> None:
    main = _main_window(qtbot, ui)
    assert main.transport_label.isVisible() is False


def test_an_unencrypted_connection_is_said_in_the_status_bar(
        qtbot: QtBot, ui: UiContext, database: Database) -> None:
    database.transport_warning = PLAIN
    main = _main_window(qtbot, ui)
    label = main.transport_label
    assert label.isVisible() is True
    assert label.text() == "Unencrypted connection"
    assert label.accessibleName() == "Unencrypted connection"
    assert label.toolTip() == (
        "The connection with the database server at 10.0.0.5 is not encrypted: anyone on the "
        "network in between can read the records. Ask your administrator to put "
        "sslmode=verify-full and the clinic's CA certificate (sslrootcert) in the database "
        "URL.")
    assert label.accessibleDescription() == label.toolTip()
    assert main.statusBar().isAncestorOf(label)


def test_a_connection_that_may_fall_back_is_said_with_its_sslmode(
        qtbot: QtBot, ui: UiContext, database: Database) -> None:
    database.transport_warning = MAY_FALL_BACK
    main = _main_window(qtbot, ui)
    assert main.transport_label.text() == "Connection may go unencrypted"
    assert "may fall back to an unencrypted one (sslmode=prefer)" in main.transport_label.toolTip()


def test_the_warning_reads_in_spanish(qtbot: QtBot, ui: UiContext, database: Database,
                                      spanish: Translations) -> None:
    database.transport_warning = PLAIN
    main = _main_window(qtbot, ui)
    assert main.transport_label.text() == "Conexión sin cifrar"
    assert main.transport_label.accessibleName() == "Conexión sin cifrar"
    assert main.transport_label.toolTip().startswith(
        "La conexión con el servidor de la base de datos en 10.0.0.5 no está cifrada: ")


def test_the_sign_in_window_says_it_before_the_password_is_typed(
        qtbot: QtBot, ui: UiContext, database: Database) -> None:
    database.transport_warning = PLAIN
    ui.services.auth.logout()
    login = LoginDialog(ui)
    qtbot.addWidget(login)
    login.show()
    assert login.transport_warning.isVisible() is True
    assert login.transport_warning.text() == "Unencrypted connection"
    assert "10.0.0.5 is not encrypted" in login.transport_warning.toolTip()
