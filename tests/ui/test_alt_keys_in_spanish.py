"""In Spanish, no two things shown together in one window claim the same Alt key.

A Spanish-speaking case manager works from the keyboard as an English-speaking one does: in
every main view (and each Administration tab), on every tab of a client's record, in every
dialog the record opens (each of its pages) and in the app's other windows, the buttons,
labels with a field, checkable boxes, tabs and menus shown at once each have an Alt letter
of their own, and none takes the letter of a menu of the main window (Archivo, Ir,
Ayuda). Where two share one, Qt only moves between them, and the key no longer does what
either says.

The Spanish is the shipped coordinator_es.ts, compiled with Qt's lrelease; the windows are
built with real services on a real database, as in the English walk.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QMainWindow,
    QMenuBar,
    QTabBar,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from coordinator.demo import DEMO_PASSWORD, generate_demo
from coordinator.services.app import AppServices
from coordinator.store.engine import Database
from coordinator.ui.context import UiContext
from coordinator.ui.dialogs import dispose
from coordinator.ui.main_window import MainWindow
from coordinator.ui.resources import Translations
from tests.ui.fakes import RecordingDialogs
from tests.ui.test_care_words_in_spanish import spanish  # noqa: F401 - the fixture
from tests.ui.test_every_dialog_tab_chain import (  # noqa: F401 - fixtures
    RECORD_DIALOGS,
    carla,
    menu_clashes,
    open_record,
    residential_client,
    services,
)
from tests.ui.test_every_window_fits_small_screens import BUILDS

Clashes = dict[str, dict[str, list[str]]]
_LETTER = re.compile(r"&(?!&)(\w)")


def letters_taken(top: QWidget) -> str:
    """Every Alt letter claimed in ``top`` now, to choose a free one from."""
    texts = [widget.text() for widget in top.findChildren(QWidget)
             if isinstance(widget, QAbstractButton | QLabel) and widget.isVisible()]
    texts += [bar.tabText(index) for bar in top.findChildren(QTabBar) if bar.isVisible()
              for index in range(bar.count())]
    return "".join(sorted({letter.casefold() for text in texts
                           for letter in _LETTER.findall(text)}))


def settle(ui: UiContext) -> None:
    app = QApplication.instance()
    assert app is not None
    for _ in range(10):
        ui.operations.wait()
        app.processEvents()
        if ui.operations.pending() == 0:
            break


def window_claims(top: QWidget) -> dict[str, list[str]]:
    """Every Alt letter the visible buttons, labels with a field and tabs of ``top`` claim."""
    claims: dict[str, list[str]] = {}
    for widget in top.findChildren(QWidget):
        if not widget.isVisible():
            continue
        texts: list[str] = []
        if isinstance(widget, QAbstractButton) or (
                isinstance(widget, QLabel) and widget.buddy() is not None):
            texts.append(widget.text())
        elif isinstance(widget, QTabBar):
            texts.extend(widget.tabText(index) for index in range(widget.count()))
        for text in texts:
            for letter in _LETTER.findall(text):
                claims.setdefault(letter.casefold(), []).append(text)
    return claims


def menu_and_window_clashes(top: QWidget) -> dict[str, list[str]]:
    """Alt letters a main window's menu bar and something shown in the window both claim:
    Alt+A must open the File menu (Archivo) or press the button, not hesitate between."""
    bar = top.findChild(QMenuBar) if isinstance(top, QMainWindow) else None
    if bar is None:
        return {}
    menus: dict[str, str] = {}
    for action in bar.actions():
        for letter in _LETTER.findall(action.text()):
            menus[letter.casefold()] = action.text()
    return {letter: [menus[letter], *texts] for letter, texts in window_claims(top).items()
            if letter in menus}


def clashes_in(top: QWidget, where: str, found: Clashes,
               walked: QTabWidget | None = None) -> None:
    """Every Alt letter claimed twice in ``top`` as shown now and on each page of each of
    its tab widgets (but ``walked``, whose pages the caller turns), filed under ``where``
    (and the page's title)."""
    if claims := menu_clashes(top) | menu_and_window_clashes(top):
        found[f"{where} [taken: {letters_taken(top)}]"] = claims
    for tabs in top.findChildren(QTabWidget):
        if not tabs.isVisible() or tabs.window() is not top or tabs is walked:
            continue
        first = tabs.currentIndex()
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            if claims := menu_clashes(top) | menu_and_window_clashes(top):
                found[f"{where} ▸ {tabs.tabText(index)} [taken: {letters_taken(top)}]"] = claims
        tabs.setCurrentIndex(first)


def report(found: Clashes) -> str:
    return "\n".join(f"{where}: {claims}" for where, claims in found.items())


@pytest.mark.parametrize("username", ["supervisor", "admin"])
def test_every_main_view_and_record_tab_gives_each_alt_key_once(
        qtbot: QtBot, database: Database, dialogs: RecordingDialogs, tmp_path: Path,
        spanish: Translations, username: str) -> None:  # noqa: F811
    generate_demo(database, clients=8, seed=3)
    app_services = AppServices(database)
    app_services.auth.login(username, DEMO_PASSWORD)
    ui = UiContext.create(app_services, dialogs)
    main = MainWindow(ui)
    qtbot.addWidget(main)
    found: Clashes = {}
    try:
        with qtbot.waitSignal(main.clinic_loaded):
            main.show()
        for key in main.view_keys:
            main.show_view(key)
            settle(ui)
            clashes_in(main, f"view {key}", found)
        record = main.open_record(app_services.clients.search("", limit=1)[0].id)
        assert record is not None
        settle(ui)
        for index in range(record.tabs.count()):
            record.tabs.setCurrentIndex(index)
            settle(ui)
            clashes_in(record, f"record ▸ {record.tabs.tabText(index)}", found, record.tabs)
        record.close()
    finally:
        settle(ui)
        ui.close()

    assert found == {}, report(found)


def test_every_record_dialog_gives_each_alt_key_once(
        qtbot: QtBot, ui: UiContext, residential_client: int,  # noqa: F811
        spanish: Translations) -> None:  # noqa: F811
    record = open_record(qtbot, ui, residential_client)
    found: Clashes = {}
    for name, opener in RECORD_DIALOGS.items():
        opened: list[Any] = []

        def offered(opener: Callable[[Any], Any] = opener, opened: list[Any] = opened) -> bool:
            if not opened or opened[-1] is None:
                opened.append(opener(record))
            return opened[-1] is not None

        qtbot.waitUntil(offered)
        dialog = opened[-1]
        qtbot.waitUntil(dialog.isVisible)
        qtbot.waitUntil(lambda: ui.operations.pending() == 0, timeout=60000)
        clashes_in(dialog, f"{name} ({dialog.windowTitle()})", found)
        dialog.reject()
        qtbot.waitUntil(lambda: ui.operations.pending() == 0, timeout=60000)
        dispose(dialog)

    assert found == {}, report(found)


def test_every_other_window_gives_each_alt_key_once(
        qtbot: QtBot, ui: UiContext, carla: AppServices,  # noqa: F811
        residential_client: int, spanish: Translations) -> None:  # noqa: F811
    found: Clashes = {}
    # Closing the main window or the sign-in window signs out, so they come last.
    for name in sorted(BUILDS, key=lambda name: (name == "main window", name == "sign-in")):
        build = BUILDS[name]
        top = build(ui, carla, residential_client)
        qtbot.addWidget(top)
        top.show()
        qtbot.waitUntil(lambda: ui.operations.pending() == 0, timeout=60000)
        clashes_in(top, f"{name} ({top.windowTitle()})", found)
        top.close()
        qtbot.waitUntil(lambda: ui.operations.pending() == 0, timeout=60000)

    assert found == {}, report(found)
