"""Help → Quick guide: the main tasks, and the keyboard shortcuts as the windows really
have them (a changed shortcut shows changed in the guide)."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from coordinator.ui.attendance.view import RollCallView
from coordinator.ui.guide import GuideDialog
from coordinator.ui.main_window import MainWindow
from tests.ui.test_accessibility import unnamed_controls


def open_guide(qtbot: QtBot, window: MainWindow) -> GuideDialog:
    with qtbot.waitSignal(window.guide_opened) as opened:
        window.guide_action.trigger()
    guide = opened.args[0]
    assert isinstance(guide, GuideDialog)
    qtbot.addWidget(guide)
    return guide


def test_the_guide_lists_the_tasks_and_the_shortcuts_the_windows_have(
        qtbot: QtBot, window: MainWindow) -> None:
    assert window.guide_action.text() == "Quick &guide"
    assert window.guide_action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    roll_call = window.views["roll-call"]
    assert isinstance(roll_call, RollCallView)

    guide = open_guide(qtbot, window)
    assert unnamed_controls(guide) == []
    text = guide.text.toPlainText()
    assert "Take the roll call" in text and "Send a packet" in text
    rows = {(line.place, line.what): line.keys for line in guide.lines}
    assert rows[("Everywhere", "Lock now")] == "Ctrl+L"
    assert rows[("Everywhere", "Log out")] == "Ctrl+Shift+L"
    assert rows[("Everywhere", "Roll call")] == "Ctrl+4"
    assert rows[("Roll call", "Previous session")] == "Alt+Left"
    assert rows[("Roll call", "Type the minutes the chosen client attended")] == "M"
    assert "Ctrl+Shift+L" in text
    guide.close()

    # The list is read from the actions: change one and the guide follows.
    window.lock_action.setShortcut(QKeySequence("Ctrl+Alt+K"))
    again = open_guide(qtbot, window)
    keys = {(line.place, line.what): line.keys for line in again.lines}
    assert keys[("Everywhere", "Lock now")] == "Ctrl+Alt+K"
    again.close()
