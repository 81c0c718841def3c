"""The client form offers the preferred languages in the user's language and stores the
English name as always: a Spanish-speaking case manager picks "Vietnamita" and the record
says "Vietnamese" (the language of record, which the documents and the PHQ-9's wording are
chosen from); a language typed in that is not offered is stored as typed.

The translation is the shipped coordinator_es.ts, compiled with Qt's lrelease.
"""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from coordinator.services.app import AppServices
from coordinator.services.dto import ClientInput
from coordinator.ui.client_titles import PREFERRED_LANGUAGES
from coordinator.ui.context import UiContext
from coordinator.ui.resources import Translations
from coordinator.ui.views.client_form import ClientDialog
from tests.ui.test_care_words_in_spanish import spanish  # noqa: F401 - the fixture


def offered(dialog: ClientDialog) -> list[str]:
    return [dialog.language.itemText(index) for index in range(dialog.language.count())]


def saved(qtbot: QtBot, dialog: ClientDialog) -> ClientInput:
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as done:
        dialog.save_button.click()
    return done.args[0].details


def test_a_spanish_user_picks_a_language_in_spanish_and_the_english_name_is_stored(
        qtbot: QtBot, ui: UiContext, spanish: Translations) -> None:  # noqa: F811
    dialog = ClientDialog(ui, None)
    qtbot.addWidget(dialog)
    dialog.show()

    assert offered(dialog)[:3] == ["Inglés", "Español", "Vietnamita"]
    assert len(offered(dialog)) == len(PREFERRED_LANGUAGES)
    dialog.inputs["family_name"].setText("Nguyễn")
    dialog.inputs["given_name"].setText("Lan")
    dialog.inputs["birth_date"].setText("1979-05-02")
    dialog.language.setCurrentIndex(offered(dialog).index("Vietnamita"))

    assert saved(qtbot, dialog).preferred_language == "Vietnamese"


def test_an_edited_client_shows_the_stored_language_in_spanish_and_keeps_it(
        qtbot: QtBot, ui: UiContext, services: AppServices,
        spanish: Translations) -> None:  # noqa: F811
    rosa = services.clients.create(ClientInput("Rosa", "Díaz", date(1990, 6, 1),
                                               preferred_language="Spanish")).id
    dialog = ClientDialog(ui, services.clients.get(rosa))
    qtbot.addWidget(dialog)
    dialog.show()

    assert dialog.language.currentText() == "Español"
    assert saved(qtbot, dialog).preferred_language == "Spanish"


def test_a_language_typed_in_is_stored_as_typed(
        qtbot: QtBot, ui: UiContext, spanish: Translations) -> None:  # noqa: F811
    dialog = ClientDialog(ui, None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.inputs["family_name"].setText("López")
    dialog.inputs["given_name"].setText("Juan")
    dialog.language.setEditText("Mixteco")

    assert saved(qtbot, dialog).preferred_language == "Mixteco"
