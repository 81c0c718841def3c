"""Every control a keyboard or screen-reader user can reach has a name to announce."""

from __future__ import annotations

import re
from collections import defaultdict

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from coordinator.ui.admin.user_dialogs import AddUserDialog
from coordinator.ui.context import UiContext
from coordinator.ui.first_run import FirstRunDialog
from coordinator.ui.login import LoginDialog
from coordinator.ui.main_window import MainWindow
from coordinator.ui.views.client_form import ClientDialog

CONTROLS = (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit,
            QPlainTextEdit, QTabWidget)
# Parts Qt builds inside other controls (the line edit in a spin box, a tab bar's
# scroll buttons, the header of a table); the outer control carries the name.
INNER_PARTS = (QAbstractSpinBox, QComboBox, QAbstractItemView, QTabWidget)


def unnamed_controls(top: QWidget) -> list[str]:
    missing = []
    for widget in top.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        parent = widget.parentWidget()
        inner = False
        while parent is not None and parent is not top:
            if isinstance(parent, INNER_PARTS):
                inner = True
                break
            parent = parent.parentWidget()
        if inner or widget.objectName().startswith("qt_"):
            continue
        if not widget.accessibleName() and not (
                isinstance(widget, QAbstractButton) and widget.text()):
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


_MNEMONIC = re.compile(r"&(?!&)(\w)")


def mnemonic_clashes(top: QWidget) -> dict[str, list[str]]:
    """Alt+letter keys that two visible things in ``top`` both claim (buttons, labels with
    a buddy, checkable group boxes, tab titles): Qt then only moves between them, so the
    key no longer does what either says. ``top`` must be shown."""
    claims: dict[str, list[str]] = defaultdict(list)
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        texts: list[str] = []
        if isinstance(widget, QAbstractButton) or (
                isinstance(widget, QLabel) and widget.buddy() is not None):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts.extend(widget.tabText(index) for index in range(widget.count()))
        for text in texts:
            for letter in _MNEMONIC.findall(text):
                claims[letter.casefold()].append(text)
    return {letter: found for letter, found in claims.items() if len(found) > 1}


def test_the_main_window_names_every_control(window: MainWindow) -> None:
    assert unnamed_controls(window) == []


def test_the_dialogs_name_every_control(qtbot: QtBot, ui: UiContext) -> None:
    for dialog in (LoginDialog(ui), FirstRunDialog(ui), ClientDialog(ui, None),
                   AddUserDialog(ui)):
        qtbot.addWidget(dialog)
        assert unnamed_controls(dialog) == [], type(dialog).__name__
    ui.operations.wait()


def test_every_view_is_one_key_away(window: MainWindow) -> None:
    shortcuts = {key: action.shortcut().toString() for key, action in window.go_actions.items()}

    assert shortcuts == {"dashboard": "Ctrl+1", "clients": "Ctrl+2", "referrals": "Ctrl+3",
                         "roll-call": "Ctrl+4", "resources": "Ctrl+5", "facilities": "Ctrl+6",
                         "reports": "Ctrl+7", "admin": "Ctrl+8"}
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"
