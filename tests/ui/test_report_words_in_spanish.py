"""A Spanish-speaking supervisor reads the census in Spanish: the words the services wrote in
English are shown translated in the Reports view, with their values (a date in the user's
format) put in, while the CSV file saved from the view keeps the clinic's English.

A tiny translation of a few of the census's texts is compiled with lrelease and installed,
as the app installs its own; texts it does not hold stay English.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from coordinator.domain.words import Words
from coordinator.ui.context import UiContext
from coordinator.ui.main_window import MainWindow
from coordinator.ui.reports.case_list import CaseListDialog
from tests.ui.fakes import RecordingDialogs
from tests.ui.test_reports_view import card, clinic, reports_view, supervisor  # noqa: F401

SPANISH = {
    ("Reports", "Census over time"): "Censo a lo largo del tiempo",
    ("CensusReport", "In care on %1"): "En atención el %1",
    ("CensusReport", "Admissions in the period"): "Ingresos del período",
    ("CensusReport", "Client"): "Cliente",
}


def translation_file(folder: Path) -> Path:
    """``SPANISH`` as a compiled translation (.qm)."""
    contexts: dict[str, list[tuple[str, str]]] = {}
    for (context, source), text in SPANISH.items():
        contexts.setdefault(context, []).append((source, text))
    body = "".join(
        f"<context><name>{context}</name>"
        + "".join(f"<message><source>{source}</source><translation>{text}</translation>"
                  "</message>" for source, text in messages)
        + "</context>" for context, messages in contexts.items())
    ts_file = folder / "reports_es.ts"
    ts_file.write_text('<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS>'
                       f'<TS version="2.1" language="es">{body}</TS>', encoding="utf-8")
    qm_file = folder / "reports_es.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(ts_file), "-qm", str(qm_file)], check=True,
                   capture_output=True)
    return qm_file


@pytest.fixture
def in_spanish(qapp: object, tmp_path: Path) -> Iterator[None]:
    translator = QTranslator()
    assert translator.load(str(translation_file(tmp_path)))
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Spain))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(before)


@pytest.fixture
def spanish_window(qtbot: QtBot, in_spanish: None, supervisor: UiContext,  # noqa: F811
                   ) -> Iterator[MainWindow]:
    main = MainWindow(supervisor)
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.clinic_loaded):
        main.show()
    yield main
    supervisor.operations.wait()


def spanish_day(day: date) -> str:
    """A day as Spain writes it: day, month, four-digit year."""
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def test_the_census_reads_in_spanish_on_screen_and_in_english_in_its_csv(
        qtbot: QtBot, spanish_window: MainWindow, dialogs: RecordingDialogs,
        tmp_path: Path) -> None:
    view = reports_view(qtbot, spanish_window)
    view.choose_report("census")
    assert view.report_combo.currentText() == "Censo a lo largo del tiempo"
    with qtbot.waitSignal(view.sheet_shown) as shown:
        view.run()
    sheet = shown.args[0]

    in_care = card(view, "census.in_care")
    assert in_care.figure.label == "In care on 2026-03-31"  # the sheet itself is English
    march_31 = spanish_day(date(2026, 3, 31))
    assert march_31 != "2026-03-31"
    assert in_care.caption.text() == f"En atención el {march_31}"
    texts = [label.text() for label in view.panel.findChildren(QLabel)]
    assert "Censo a lo largo del tiempo" in texts
    assert "Per level over the period" in texts  # not in this translation: English
    by_level = next(table for table in view.panel.tables
                    if table.accessibleName() == "Per level over the period")
    assert by_level.model().headerData(1, Qt.Orientation.Horizontal) == (
        f"En atención el {march_31}")

    admissions = card(view, "census.admissions")
    assert admissions.caption.text() == "Ingresos del período"
    assert admissions.list_button is not None
    with qtbot.waitSignal(view.list_opened) as opened:
        admissions.list_button.click()
    dialog = opened.args[0]
    assert isinstance(dialog, CaseListDialog)
    assert dialog.windowTitle() == "Ingresos del período — Censo a lo largo del tiempo"
    assert dialog.model.headerData(0, Qt.Orientation.Horizontal) == "Cliente"
    assert dialog.model.headerData(1, Qt.Orientation.Horizontal) == "Record number"
    dialog.close()

    dialogs.files.append(tmp_path / "census.csv")
    with qtbot.waitSignal(view.saved):
        view.csv_button.click()
    text = (tmp_path / "census.csv").read_text(encoding="utf-8-sig")
    assert "Census over time" in text
    assert "In care on 2026-03-31" in text
    assert "Censo" not in text
    assert "En atención" not in text
    assert isinstance(sheet.title, Words)
