"""A person chooses the app's language (File ▸ Language…): it is kept for them alone and
put on at their next sign-in, with Qt's own words and the dates of that language; a
translation that cannot be read is English and one line in the log; a stored language this
version does not know follows the workstation.

The Spanish here is a two-message translation compiled in each test with Qt's lrelease,
as ``make translations`` compiles the real one.
"""

from __future__ import annotations

import logging
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from coordinator.domain.roles import Role
from coordinator.services.app import AppServices
from coordinator.ui.context import UiContext
from coordinator.ui.language_dialog import LanguageDialog
from coordinator.ui.login import LoginDialog
from coordinator.ui.main_window import MainWindow
from coordinator.ui.preferences import LANGUAGE_KEY, Preferences
from coordinator.ui.resources import Translations, language_for
from coordinator.ui.session_flow import SessionFlow
from coordinator.ui.window_memory import user_key
from tests.ui.conftest import ADMIN, ADMIN_PASSWORD, PASSWORD, add_user
from tests.ui.fakes import RecordingDialogs
from tests.ui.test_accessibility import unnamed_controls

BEA_PASSWORD = "bea-own-password-1"

SPANISH_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Entrar</translation>
    </message>
</context>
</TS>
"""


def compiled_spanish(folder: Path) -> Path:
    """``folder`` holding coordinator_es.qm, compiled from the translation above."""
    folder.mkdir(parents=True, exist_ok=True)
    source = folder / "coordinator_es.ts"
    source.write_text(SPANISH_TS, encoding="utf-8")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(source), "-qm",
                    str(folder / "coordinator_es.qm")], check=True)
    return folder


@pytest.fixture
def spanish(tmp_path: Path) -> Path:
    return compiled_spanish(tmp_path / "translations")


@pytest.fixture
def damaged(tmp_path: Path) -> Path:
    """A coordinator_es.qm that is not a translation at all (random bytes)."""
    folder = tmp_path / "damaged"
    folder.mkdir()
    (folder / "coordinator_es.qm").write_bytes(bytes.fromhex(
        "3c b8 64 18 ca ef 9c 95 cd 21 1c bf 60 a1 bd dd 42 7e 9a 01 ff 00 13 37"))
    return folder


def on(qapp: QApplication, folder: Path, system: str) -> Iterator[Translations]:
    translations = Translations(qapp, folder=folder, system=QLocale(system))
    yield translations
    translations.remove()


@pytest.fixture
def english_workstation(qapp: QApplication, spanish: Path) -> Iterator[Translations]:
    yield from on(qapp, spanish, "en_US")


@pytest.fixture
def flow_on(qtbot: QtBot, ui: UiContext) -> Iterator[list[SessionFlow]]:
    """The session flows a test starts, closed afterwards."""
    flows: list[SessionFlow] = []
    yield flows
    for flow in flows:
        if flow.window is not None:
            flow.window.close()
    ui.operations.wait()


def start(qtbot: QtBot, ui: UiContext, translations: Translations,
          flows: list[SessionFlow]) -> SessionFlow:
    """A session flow from the sign-in window (whoever the fixtures signed in, signed out)."""
    ui.services.auth.logout()
    flow = SessionFlow(ui, translations=translations)
    flows.append(flow)
    with qtbot.waitSignal(flow.window_shown):
        flow.start()
    return flow


def sign_in(qtbot: QtBot, flow: SessionFlow, username: str, password: str) -> MainWindow:
    login = flow.window
    assert isinstance(login, LoginDialog)
    login.username.setText(username)
    qtbot.keyClicks(login.password, password)
    with qtbot.waitSignal(flow.window_shown) as shown:
        qtbot.keyClick(login.password, Qt.Key.Key_Return)
    main = shown.args[0]
    assert isinstance(main, MainWindow)
    # Its first reads done, so signing out does not cut them off.
    qtbot.waitUntil(lambda: flow.ui.operations.pending() == 0, timeout=20000)
    return main


def log_out(qtbot: QtBot, flow: SessionFlow, main: MainWindow) -> LoginDialog:
    with qtbot.waitSignal(flow.window_shown) as shown:
        main.log_out_action.trigger()
    login = shown.args[0]
    assert isinstance(login, LoginDialog)
    return login


def file_menu_title(main: MainWindow) -> str:
    return main.menuBar().actions()[0].text()


def choose_language(qtbot: QtBot, main: MainWindow, dialogs: RecordingDialogs,
                    typed: str) -> LanguageDialog:
    """File ▸ Language…, type the start of a language's name into the list, press Enter."""
    main.language_action.trigger()
    dialog = dialogs.opened[-1]
    assert isinstance(dialog, LanguageDialog)
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.choice
    qtbot.keyClicks(dialog.choice, typed)
    with qtbot.waitSignal(dialog.language_chosen):
        qtbot.keyClick(dialog.choice, Qt.Key.Key_Return)
    return dialog


def test_espanol_is_kept_for_ana_alone_and_speaks_at_her_next_sign_in(
        qtbot: QtBot, ui: UiContext, services: AppServices, dialogs: RecordingDialogs,
        english_workstation: Translations, flow_on: list[SessionFlow]) -> None:
    add_user(services, "bea", Role.CASE_MANAGER)
    services.auth.login("bea", PASSWORD)
    services.auth.change_own_password(PASSWORD, BEA_PASSWORD)  # her own, not a temporary one
    flow = start(qtbot, ui, english_workstation, flow_on)
    main = sign_in(qtbot, flow, ADMIN, ADMIN_PASSWORD)
    assert file_menu_title(main) == "&File"

    dialog = choose_language(qtbot, main, dialogs, "Esp")
    assert dialog.chosen() == "es"
    assert dialog.when.text() == "The app changes to this language the next time you sign in."
    assert file_menu_title(main) == "&File", "the window on screen keeps its language"

    login = log_out(qtbot, flow, main)
    assert login.sign_in_button.text() == "&Sign in", "sign-in speaks the workstation's"
    main = sign_in(qtbot, flow, ADMIN, ADMIN_PASSWORD)
    assert file_menu_title(main) == "&Archivo"
    assert QLocale().name() == "es_ES"
    assert QLocale().toString(QLocale().toDate("2026-12-03", "yyyy-MM-dd"),
                              "dddd d MMMM") == "jueves 3 diciembre"
    # Qt's own words come in Spanish too: the language dialog's Cancel button.
    again = main.show_language_choice()
    cancel = again.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text().replace("&", "") == "Cancelar"
    assert again.chosen() == "es"
    again.reject()

    log_out(qtbot, flow, main)
    bea = sign_in(qtbot, flow, "bea", BEA_PASSWORD)
    assert file_menu_title(bea) == "&File"
    assert QLocale().name() == "en_US"
    assert QLocale().toString(QLocale().toDate("2026-12-03", "yyyy-MM-dd"),
                              "dddd d MMMM") == "Thursday 3 December"


def test_a_damaged_spanish_translation_is_english_and_one_warning_however_often_she_signs_in(
        qtbot: QtBot, qapp: QApplication, ui: UiContext, services: AppServices,
        damaged: Path, flow_on: list[SessionFlow],
        caplog: pytest.LogCaptureFixture) -> None:
    ana = next(user for user in services.users.list_users() if user.username == ADMIN)
    Preferences(ana.id).set_language("es")
    for translations in on(qapp, damaged, "en_US"):
        flow = start(qtbot, ui, translations, flow_on)
        with caplog.at_level(logging.WARNING, logger="coordinator.ui.resources"):
            main = sign_in(qtbot, flow, ADMIN, ADMIN_PASSWORD)
            assert file_menu_title(main) == "&File"
            assert QLocale().language() == QLocale.Language.English
            log_out(qtbot, flow, main)
            main = sign_in(qtbot, flow, ADMIN, ADMIN_PASSWORD)
            assert file_menu_title(main) == "&File"
    # What the translations said (another part of the app may log its own sign-in lines).
    said = [record for record in caplog.records if record.name == "coordinator.ui.resources"]
    assert [record.levelno for record in said] == [logging.WARNING]
    message = said[0].getMessage()
    assert str(damaged / "coordinator_es.qm") in message
    assert "cannot be read (damaged)" in message and "shown in English" in message


def test_a_missing_spanish_translation_is_english_and_one_warning(
        qapp: QApplication, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    for translations in on(qapp, tmp_path, "es_MX"):
        with caplog.at_level(logging.WARNING, logger="coordinator.ui.resources"):
            english = translations.use_choice("en")  # written in English: no file needed
            assert caplog.records == []
            first = translations.use_choice("system")
            again = translations.use_choice("es")
    assert english.code == first.code == again.code == "en"
    assert [record.getMessage() for record in caplog.records] == [
        f"The translation {tmp_path / 'coordinator_es.qm'} is missing (the installation is "
        "incomplete); the app is shown in English"]


@pytest.mark.parametrize("stored", ["xx", ""])
def test_a_language_this_version_does_not_know_follows_the_workstation(
        qtbot: QtBot, qapp: QApplication, ui: UiContext, services: AppServices,
        dialogs: RecordingDialogs, spanish: Path, flow_on: list[SessionFlow],
        stored: str) -> None:
    ana = next(user for user in services.users.list_users() if user.username == ADMIN)
    QSettings().setValue(user_key(ana.id, LANGUAGE_KEY), stored)
    for translations in on(qapp, spanish, "es_MX"):  # a Mexican workstation
        flow = start(qtbot, ui, translations, flow_on)
        assert isinstance(flow.window, LoginDialog)
        main = sign_in(qtbot, flow, ADMIN, ADMIN_PASSWORD)
        assert file_menu_title(main) == "&Archivo"
        assert QLocale().name() == "es_MX"
        dialog = main.show_language_choice()
        assert dialog.chosen() == "system"
        assert dialog.choice.currentText() == "System language"
        dialog.reject()


def test_the_language_list_is_reached_by_keyboard_and_named(
        qtbot: QtBot, window: MainWindow, dialogs: RecordingDialogs) -> None:
    file_menu = window.menuBar().actions()[0].menu()
    titles = [action.text() for action in file_menu.actions() if action.text()]
    assert "Lan&guage…" in titles
    letters = [title[title.index("&") + 1].casefold() for title in titles if "&" in title]
    assert letters.count("g") == 1, titles

    dialog = choose_language(qtbot, window, dialogs, "Eng")
    assert dialog.chosen() == "en"
    assert dialog.choice.accessibleName() == "Language"
    assert dialog.choice.accessibleDescription() == dialog.when.text()
    assert unnamed_controls(dialog) == []
    assert Preferences(window.actor.user_id).language() == "en"


def test_a_workstation_that_names_no_language_writes_english_numbers_with_grouping() -> None:
    """Qt's "C" locale (LANG unset on a Linux box) has no group separator: the census
    would read "660525 of 800330"."""
    for stored in ("system", "en"):
        language = language_for(stored, QLocale.c())
        assert (language.code, language.locale.name()) == ("en", "en_US")
        assert language.locale.toString(660525) == "660,525"
    spanish = language_for("es", QLocale.c())
    assert (spanish.code, spanish.locale.toString(660525)) == ("es", "660.525")
