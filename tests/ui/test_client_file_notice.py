"""Before the first file with client information is saved in a session, the app says that it
holds client information and that the export is audited: Enter goes on, Esc saves nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from coordinator.services.app import AppServices
from coordinator.services.audit_query import AuditFilter
from coordinator.ui.context import UiContext
from coordinator.ui.dialogs import DialogService
from coordinator.ui.main_window import MainWindow
from coordinator.ui.resources import Translations
from tests.ui.fakes import RecordingDialogs
from tests.ui.test_care_words_in_spanish import spanish
from tests.ui.test_packet_batch import add_clients, batch_dialog
from tests.ui.test_reports_view import clinic, reports_view, supervisor, window

__all__ = ["clinic", "spanish", "supervisor", "window"]  # fixtures of other tests, used here

NOTICE = ("This file contains client information (protected health information); the export "
          "is recorded in the audit trail.")


def test_the_first_save_of_a_session_says_so_first_and_cancelling_writes_nothing(
        qtbot: QtBot, window: MainWindow, supervisor: UiContext, dialogs: RecordingDialogs,
        tmp_path: Path) -> None:
    view = reports_view(qtbot, window)
    with qtbot.waitSignal(view.sheet_shown):
        view.run()
    out = tmp_path / "reports"
    out.mkdir()
    dialogs.files.extend([out / "step-down.csv", out / "step-down.pdf"])
    dialogs.notice_answers.append(False)

    view.csv_button.click()  # Esc on the notice

    assert [(item.kind, item.title, item.text) for item in dialogs.shown] == [
        ("notice", "Client information", NOTICE)]
    assert len(dialogs.files) == 2 and list(out.iterdir()) == []  # no file dialog
    with qtbot.waitSignal(view.saved):
        view.csv_button.click()  # Enter on the notice, then the file dialog
    with qtbot.waitSignal(view.saved):
        view.pdf_button.click()  # the same session: straight to the file dialog

    assert dialogs.kinds() == ["notice", "notice"]
    assert sorted(path.name for path in out.iterdir()) == ["step-down.csv",
                                                                 "step-down.pdf"]
    exports = supervisor.services.audit.page(AuditFilter(username="sam", action="export"))
    assert len(exports) == 2


def test_the_notice_takes_enter_and_comes_once_a_session(qtbot: QtBot, qapp: object) -> None:
    service = DialogService()
    seen: list[tuple[str, str]] = []

    def answer(key: Qt.Key) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        default = box.defaultButton()
        seen.append((box.text(), default.text() if default is not None else ""))
        qtbot.keyClick(box, key)

    first, second = object(), object()
    QTimer.singleShot(0, lambda: answer(Qt.Key.Key_Return))
    assert service.acknowledge_client_files(None, session=first)
    # Answered with Esc if it showed; it does not, so the Esc waits for the next notice.
    QTimer.singleShot(0, lambda: answer(Qt.Key.Key_Escape))
    assert service.acknowledge_client_files(None, session=first)
    assert not service.acknowledge_client_files(None, session=second, several=True)

    assert seen == [(NOTICE, "&Continue"),
                    ("These files contain client information (protected health information); "
                     "the export is recorded in the audit trail.", "&Continue")]


def test_the_notice_reads_in_spanish(spanish: Translations) -> None:
    dialogs = RecordingDialogs()

    assert dialogs.acknowledge_client_files(None, session=object())

    assert [(item.title, item.text) for item in dialogs.shown] == [(
        "Información de clientes",
        "Este archivo contiene información de clientes (información de salud protegida); la "
        "exportación queda anotada en el registro de auditoría.")]


def test_a_packet_batch_cancelled_at_the_notice_makes_nothing(
        qtbot: QtBot, ui: UiContext, services: AppServices, dialogs: RecordingDialogs,
        tmp_path: Path) -> None:
    ids = add_clients(services, 2)
    folder = tmp_path / "packets"
    folder.mkdir()
    _view, dialog = batch_dialog(qtbot, ui, dialogs, folder)
    dialogs.notice_answers.append(False)

    assert dialog.start() is None

    assert dialogs.texts("notice") == [
        "These files contain client information (protected health information); the export "
        "is recorded in the audit trail."]
    assert list(folder.iterdir()) == [] and services.packets.disclosures_of(ids[0]) == []
    assert dialog.start_button.isEnabled()  # ready to start again
