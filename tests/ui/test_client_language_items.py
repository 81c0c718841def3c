"""The assessment dialog reads the PHQ-9 and GAD-7 to a Spanish-speaking client in Pfizer's
official Spanish: chosen from the client's recorded language, switched from the keyboard
without losing an answer, scored and stored exactly as in English, with the language kept."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coordinator.domain.vocabulary import Instrument
from coordinator.services.app import AppServices
from coordinator.services.care import EpisodeInput
from coordinator.services.dto import ClientInput
from coordinator.store.engine import Database
from coordinator.ui.context import UiContext
from coordinator.ui.record.assessment_dialogs import RecordAssessmentDialog
from coordinator.ui.record.window import RecordWindow
from tests.ui.care_helpers import case_manager_services
from tests.ui.test_accessibility import unnamed_controls

PHQ9_STEM_ES = ("Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a "
                "los siguientes problemas?")
PHQ9_ITEM9_ES = ("9. Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna "
                 "manera")
PHQ9_ITEM9_EN = "9. Thoughts that you would be better off dead, or of hurting yourself in some way"


@pytest.fixture
def services(database: Database) -> AppServices:
    return case_manager_services(database)


def client(services: AppServices, given: str, family: str, language: str) -> int:
    client_id = services.clients.create(ClientInput(
        given, family, date(1979, 5, 2), preferred_language=language)).id
    services.episodes.add(client_id, EpisodeInput("IOP", date(2026, 3, 16)))
    return client_id


def record_dialog(qtbot: QtBot, ui: UiContext, client_id: int) -> RecordAssessmentDialog:
    """The client's record open on Assessments, and Record assessment… opened by Alt+A."""
    record = RecordWindow(ui, client_id)
    qtbot.addWidget(record)
    record.show()
    qtbot.waitUntil(lambda: record.record is not None)
    page = record.assessments_page
    with qtbot.waitSignal(page.assessments_loaded):
        record.tabs.setCurrentWidget(page)
    record.activateWindow()
    qtbot.waitUntil(record.isActiveWindow)
    with qtbot.waitSignal(page.dialog_opened) as opened:
        qtbot.keyClick(record, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    dialog = opened.args[0]
    assert isinstance(dialog, RecordAssessmentDialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def switch_language(qtbot: QtBot, dialog: RecordAssessmentDialog, key: Qt.Key) -> None:
    """Alt+L to the client's language, then an arrow key to the other language."""
    qtbot.keyClick(dialog, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is dialog.language
    qtbot.keyClick(dialog.language, key)


def item_texts(dialog: RecordAssessmentDialog) -> list[str]:
    model = dialog.items.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def answer_words(dialog: RecordAssessmentDialog) -> list[str]:
    model = dialog.items.model()
    return [model.headerData(column, Qt.Orientation.Horizontal).replace("\n", " ")
            for column in range(1, model.columnCount())]


def test_a_spanish_speaking_clients_phq9_is_read_in_spanish_and_scored_as_in_english(
        qtbot: QtBot, ui: UiContext, services: AppServices) -> None:
    ana = client(services, "Ana", "Reyes", "Español")
    dialog = record_dialog(qtbot, ui, ana)

    assert dialog.chosen() is Instrument.PHQ9
    assert dialog.language.currentText() == "Español"
    assert dialog.stem.text().startswith(PHQ9_STEM_ES)
    assert item_texts(dialog)[8] == PHQ9_ITEM9_ES
    assert answer_words(dialog) == ["0 Ningún día", "1 Varios días",
                                    "2 Más de la mitad de los días", "3 Casi todos los días"]
    assert not dialog.language_note.isVisible()
    assert unnamed_controls(dialog) == []

    qtbot.keyClicks(dialog.items, "3222111")
    assert dialog.result_label.text() == "7 of 9 answered — total so far 12"
    switch_language(qtbot, dialog, Qt.Key.Key_Up)  # Español → English
    assert item_texts(dialog)[8] == PHQ9_ITEM9_EN
    assert dialog.stem.text().startswith("Over the last 2 weeks")
    assert dialog.result_label.text() == "7 of 9 answered — total so far 12"
    assert dialog.items.answers() == (3, 2, 2, 2, 1, 1, 1, None, None)
    switch_language(qtbot, dialog, Qt.Key.Key_Down)  # and back to Español
    assert item_texts(dialog)[8] == PHQ9_ITEM9_ES
    assert dialog.items.model().index(0, 4).data() == "● 3"

    dialog.items.setFocus()
    dialog.items.setCurrentIndex(dialog.items.model().index(7, 0))
    qtbot.keyClicks(dialog.items, "00")
    assert dialog.result_label.text() == "Total 12 of 27 — Moderate"
    page = dialog.parent()
    with qtbot.waitSignal(page.assessments_loaded):
        qtbot.keyClick(dialog.items, Qt.Key.Key_Return)

    [spanish] = services.assessments.assessments_of(ana)
    assert (spanish.item_answers, spanish.total, spanish.band, spanish.item_language) == (
        (3, 2, 2, 2, 1, 1, 1, 0, 0), 12, "Moderate", "es")
    assert page.model.index(0, 2).data() == "12"
    assert page.model.index(0, 3).data() == "Moderate"

    # The same answers read in English to an English-speaking client come to the same.
    ben = client(services, "Ben", "Hale", "English")
    english_dialog = record_dialog(qtbot, ui, ben)
    assert english_dialog.language.currentText() == "English"
    assert english_dialog.stem.text().startswith(
        "Over the last 2 weeks, how often have you been bothered by any of the following?")
    assert item_texts(english_dialog)[8] == PHQ9_ITEM9_EN
    qtbot.keyClicks(english_dialog.items, "322211100")
    with qtbot.waitSignal(english_dialog.parent().assessments_loaded):
        qtbot.keyClick(english_dialog.items, Qt.Key.Key_Return)
    [english] = services.assessments.assessments_of(ben)
    assert (english.item_answers, english.total, english.band, english.item_language) == (
        spanish.item_answers, spanish.total, spanish.band, "en")


def test_the_gad7_in_spanish_keeps_its_answers_and_a_form_with_no_spanish_says_so(
        qtbot: QtBot, ui: UiContext, services: AppServices) -> None:
    luis = client(services, "Luis", "Ortega", "spanish")
    dialog = record_dialog(qtbot, ui, luis)
    dialog.choose(Instrument.GAD7)

    assert dialog.stem.text().startswith(
        "Durante las últimas 2 semanas, ¿con qué frecuencia le han molestado los siguientes "
        "problemas?")
    assert item_texts(dialog)[0] == ("1. Se ha sentido nervioso(a), ansioso(a) o con los "
                                     "nervios de punta")
    assert answer_words(dialog)[0] == "0 Nunca"
    qtbot.keyClicks(dialog.items, "3210123")
    assert dialog.result_label.text() == "Total 12 of 21 — Moderate"
    switch_language(qtbot, dialog, Qt.Key.Key_Up)
    assert item_texts(dialog)[0] == "1. Feeling nervous, anxious or on edge"
    assert answer_words(dialog)[0] == "0 Not at all"
    assert dialog.result_label.text() == "Total 12 of 21 — Moderate"

    # The PCL-5 has no Spanish version here: in English, with one sentence saying so.
    switch_language(qtbot, dialog, Qt.Key.Key_Down)
    dialog.choose(Instrument.PCL5)
    assert dialog.language.currentText() == "Español"
    assert dialog.language_note.isVisible()
    assert dialog.language_note.text() == ("The PCL-5 has no Spanish version here: read its "
                                           "items in English.")
    assert dialog.stem.text().startswith("In the past month, how much were you bothered by:")
    dialog.choose(Instrument.GAD7)
    assert not dialog.language_note.isVisible()
    assert dialog.stem.text().startswith("Durante las últimas 2 semanas")
