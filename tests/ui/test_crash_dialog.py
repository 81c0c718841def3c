"""The crash dialog and the exception hook: bugs get details, expected errors a message."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from coordinator.domain.errors import StoreUnavailable
from coordinator.ui.crash import CrashDialog, install_crash_handler
from coordinator.ui.dialogs import format_details
from tests.ui.fakes import RecordingDialogs


def a_bug() -> None:
    {}["missing"]


def traceback_of_a_bug() -> str:
    try:
        a_bug()
    except KeyError as error:
        return format_details(error)
    raise AssertionError("a_bug did not raise")


def test_copy_details_puts_the_traceback_on_the_clipboard(qtbot: QtBot) -> None:
    details = traceback_of_a_bug()
    dialog = CrashDialog("Coordinator ran into a problem it did not expect.", details)
    qtbot.addWidget(dialog)
    dialog.show()
    QGuiApplication.clipboard().clear()

    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)

    assert QGuiApplication.clipboard().text() == details
    assert "KeyError: 'missing'" in QGuiApplication.clipboard().text()
    assert "in a_bug" in QGuiApplication.clipboard().text()
    assert dialog.details.isReadOnly()


def test_close_closes_the_crash_dialog(qtbot: QtBot) -> None:
    dialog = CrashDialog("Something broke.", "Traceback …")
    qtbot.addWidget(dialog)
    dialog.show()

    with qtbot.waitSignal(dialog.rejected):
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)


@pytest.fixture
def hooked(dialogs: RecordingDialogs) -> RecordingDialogs:
    restore = install_crash_handler(dialogs)
    yield dialogs
    restore()


def test_an_uncaught_bug_opens_the_crash_dialog(hooked: RecordingDialogs,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    try:
        a_bug()
    except KeyError:
        sys.excepthook(*sys.exc_info())

    [shown] = hooked.shown
    assert shown.kind == "error_details"
    assert "KeyError: 'missing'" in shown.details
    assert "Your saved work is safe" in shown.text
    assert "KeyError" in capsys.readouterr().err  # a copy for the log


def test_an_expected_error_shows_only_its_message(hooked: RecordingDialogs,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    error = StoreUnavailable("The database server did not answer; check the network.")
    sys.excepthook(type(error), error, None)

    assert [(item.kind, item.text) for item in hooked.shown] == [
        ("warning", "The database server did not answer; check the network.")]
    assert capsys.readouterr().err == ""


def test_restoring_puts_the_previous_hook_back(dialogs: RecordingDialogs) -> None:
    before = sys.excepthook
    restore = install_crash_handler(dialogs)
    assert sys.excepthook is not before

    restore()

    assert sys.excepthook is before
