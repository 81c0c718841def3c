"""In Spanish (about a quarter longer than English) and in English, every main view and a
client's record at 1280×800 show each button, check box and one-line label whole, give each
table column the width of its title where the table has room, and lay the record's tabs out
without scroll arrows.

The Spanish is the shipped ``coordinator_es.ts``, compiled into the test's folder with Qt's
lrelease as ``make translations`` compiles it; the data is a small demo clinic, and each
person sees what their role shows (a supervisor the Reports view, an administrator
Administration).
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QTabBar,
    QTableView,
    QTabWidget,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

import coordinator.ui
from coordinator.demo import DEMO_PASSWORD, generate_demo
from coordinator.services.app import AppServices
from coordinator.store.engine import Database
from coordinator.ui.context import UiContext
from coordinator.ui.main_window import MainWindow
from coordinator.ui.resources import Language, Translations, apply_look, language_for
from coordinator.ui.screen_fit import assume_available_size
from tests.ui.fakes import RecordingDialogs

SPANISH_TS = Path(coordinator.ui.__file__).parent.parent / "assets" / "translations" \
    / "coordinator_es.ts"
WINDOW = (1280, 800)


@pytest.fixture
def the_look(qapp: QApplication) -> Iterator[None]:
    """The app's stylesheet and font, as a person sees them (widths depend on both), on a
    desktop monitor whatever screen the test machine has."""
    sheet, font = qapp.styleSheet(), qapp.font()
    apply_look(qapp)
    assume_available_size(QSize(1920, 1080))
    yield
    assume_available_size(None)
    qapp.setStyleSheet(sheet)
    qapp.setFont(font)


def _language(code: str, folder: Path) -> Translations:
    """``code``'s translation put on the application, as a sign-in puts it on."""
    if code == "es":
        folder.mkdir(parents=True, exist_ok=True)
        lrelease = Path(sys.executable).parent / "pyside6-lrelease"
        subprocess.run([str(lrelease), "-silent", str(SPANISH_TS), "-qm",
                        str(folder / "coordinator_es.qm")], check=True)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translations = Translations(app, folder=folder)
    language: Language = language_for(code, translations.system)
    assert translations.use(language).code == code
    return translations


def _settle(ui: UiContext) -> None:
    app = QApplication.instance()
    assert app is not None
    for _ in range(10):
        ui.operations.wait()
        app.processEvents()
        if ui.operations.pending() == 0:
            break
    for _ in range(5):
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        app.processEvents()


def _shown_text(widget: QWidget) -> str:
    if isinstance(widget, QAbstractButton | QLabel):
        return widget.text()
    return ""


def clipped_words(root: QWidget) -> list[str]:
    """Each visible button, check box, radio button and one-line plain label under ``root``
    narrower than its text needs (its size hint: the text, icon and the style's margins)."""
    found: list[str] = []
    kinds = (QPushButton, QToolButton, QCheckBox, QRadioButton, QLabel)
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, kinds) or not widget.isVisibleTo(root) \
                or not widget.isVisible() or not _shown_text(widget).strip():
            continue
        if isinstance(widget, QLabel) and (widget.wordWrap() or "\n" in widget.text()
                                           or widget.textFormat().name == "RichText"
                                           or widget.text().lstrip().startswith("<")):
            continue
        needed = widget.sizeHint().width()
        if widget.width() < needed:
            found.append(f"{type(widget).__name__} {widget.objectName()!r} "
                         f"{_shown_text(widget).replace('&', '')!r}: "
                         f"{widget.width()} px of {needed}")
    return found


def cut_titles(root: QWidget) -> list[str]:
    """Each column title of a visible table cut short while the table has room for it:
    titles alone fit, yet this column is narrower than its title."""
    found: list[str] = []
    for table in root.findChildren(QTableView):
        model = table.model()
        if not table.isVisible() or model is None:
            continue
        header = table.horizontalHeader()
        shown = [column for column in range(model.columnCount())
                 if not header.isSectionHidden(column)]
        titles = {column: header.sectionSizeHint(column) for column in shown}
        if sum(titles.values()) > table.viewport().width():
            continue  # the table truly lacks room: titles may be shortened
        for column in shown:
            if header.sectionSize(column) < titles[column]:
                found.append(f"{table.objectName()!r} column {column} "
                             f"{model.headerData(column, header.orientation())!r}: "
                             f"{header.sectionSize(column)} px of {titles[column]}")
    return found


def scrolling_tab_bars(root: QWidget) -> list[str]:
    """Each visible tab bar whose tabs do not all fit, so it shows scroll arrows."""
    found: list[str] = []
    for bar in root.findChildren(QTabBar):
        if not bar.isVisible() or bar.count() == 0:
            continue
        needed = sum(bar.tabSizeHint(index).width() for index in range(bar.count()))
        if needed > bar.width():
            titles = [bar.tabText(index).replace("&", "") for index in range(bar.count())]
            found.append(f"{needed} px of tabs in {bar.width()}: {titles}")
    return found


def misfits(root: QWidget) -> list[str]:
    return clipped_words(root) + cut_titles(root) + scrolling_tab_bars(root)


@pytest.mark.parametrize("code", ["es", "en"])
@pytest.mark.parametrize("username", ["casemanager", "supervisor", "admin"])
def test_every_view_and_a_record_fit_1280_by_800(
        qtbot: QtBot, the_look: None, database: Database, dialogs: RecordingDialogs,
        tmp_path: Path, code: str, username: str) -> None:
    generate_demo(database, clients=30, seed=3)
    services = AppServices(database)
    services.auth.login(username, DEMO_PASSWORD)
    translations = _language(code, tmp_path / "translations")
    ui = UiContext.create(services, dialogs)
    main = MainWindow(ui)
    qtbot.addWidget(main)
    try:
        main.resize(*WINDOW)
        with qtbot.waitSignal(main.clinic_loaded):
            main.show()
        main.resize(*WINDOW)
        _settle(ui)
        assert (main.width(), main.height()) == WINDOW
        problems: dict[str, list[str]] = {}
        for key in main.view_keys:
            main.show_view(key)
            _settle(ui)
            problems[key] = misfits(main)
            for tabs in main.views[key].findChildren(QTabWidget):  # Administration's tabs
                for index in range(tabs.count()):
                    tabs.setCurrentIndex(index)
                    _settle(ui)
                    problems[f"{key}: {tabs.tabText(index)}"] = misfits(main)
        record_id = services.clients.search("", limit=1)[0].id
        record = main.open_record(record_id)
        assert record is not None
        record.resize(*WINDOW)
        _settle(ui)
        for index in range(record.tabs.count()):
            record.tabs.setCurrentIndex(index)
            _settle(ui)
            problems[f"record: {record.tabs.tabText(index)}"] = misfits(record)
        record.close()

        cut = [f"{where}: {item}" for where, found in problems.items() for item in found]
        assert not cut, "\n".join(cut)
        if username == "supervisor":
            assert "reports" in main.view_keys
        if username == "admin":
            assert "admin" in main.view_keys
    finally:
        ui.operations.wait()
        main.hide()
        ui.close()
        translations.remove()
