"""The injectable dialog service: every message box and file picker goes through it.

Views never call ``QMessageBox`` directly, so a test can pass a recording fake and never
block on a modal (the Picard ``UserDialogService`` habit).
"""

from __future__ import annotations

import logging
import traceback
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coordinator.domain.errors import CoordinatorError
from coordinator.logs import log_failure
from coordinator.ui.focus_order import keep_visual_order
from coordinator.ui.said_text import error_text
from coordinator.ui.screen_fit import FittedDialog
from coordinator.ui.translation import translate

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter


_log = logging.getLogger(__name__)


class DialogService:
    """Message boxes, questions, the crash dialog and file pickers, shown for real."""

    # The sign-in whose user has seen the client-information notice (once a session).
    _acknowledged_session: object | None = None

    def information(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def warning(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

    def question(self, parent: QWidget | None, title: str, text: str, *,
                 yes_text: str = "", no_text: str = "") -> bool:
        """Ask a yes/no question; True when the person chose yes."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.NoButton, parent)
        yes = box.addButton(yes_text or translate("DialogService", "&Yes"),
                            QMessageBox.ButtonRole.YesRole)
        no = box.addButton(no_text or translate("DialogService", "&No"),
                           QMessageBox.ButtonRole.NoRole)
        box.setDefaultButton(no)
        box.setEscapeButton(no)
        box.exec()
        return box.clickedButton() is yes

    def error_details(self, parent: QWidget | None, title: str, text: str,
                      details: str) -> None:
        """The crash dialog: a friendly sentence and copyable technical details."""
        CrashDialog(text, details, parent, title=title).exec()

    def open_file(self, parent: QWidget | None, title: str, name_filter: str) -> Path | None:
        """Let the person choose one existing file; None when they cancel."""
        name, _ = QFileDialog.getOpenFileName(parent, title, "", name_filter)
        return Path(name) if name else None

    def open_folder(self, parent: QWidget | None, title: str) -> Path | None:
        """Let the person choose one existing folder; None when they cancel."""
        name = QFileDialog.getExistingDirectory(parent, title)
        return Path(name) if name else None

    def save_file(self, parent: QWidget | None, title: str, suggested: str,
                  name_filter: str) -> Path | None:
        """Let the person choose where to save a new file; None when they cancel."""
        name, _ = QFileDialog.getSaveFileName(parent, title, suggested, name_filter)
        return Path(name) if name else None

    def save_client_file(self, parent: QWidget | None, title: str, suggested: str,
                         name_filter: str, *, session: object) -> Path | None:
        """``save_file`` for a file holding client information: the first time in a session,
        first the notice that says so (``acknowledge_client_files``)."""
        if not self.acknowledge_client_files(parent, session=session):
            return None
        return self.save_file(parent, title, suggested, name_filter)

    def acknowledge_client_files(self, parent: QWidget | None, *, session: object,
                                 several: bool = False) -> bool:
        """Say, once per ``session`` (the signed-in user's sign-in) and before anything is
        written, that files about to be saved hold client information and that the export
        is audited; False when the person cancels instead."""
        if session is not None and self._acknowledged_session is session:
            return True
        text = (translate("DialogService", "These files contain client information (protected "
                                           "health information); the export is recorded in "
                                           "the audit trail.") if several else
                translate("DialogService", "This file contains client information (protected "
                                           "health information); the export is recorded in "
                                           "the audit trail."))
        if not self.client_file_notice(parent, translate("DialogService", "Client information"),
                                       text):
            return False
        self._acknowledged_session = session
        return True

    def client_file_notice(self, parent: QWidget | None, title: str, text: str) -> bool:
        """The notice itself: Continue is the default (Enter), Cancel the escape (Esc)."""
        box = QMessageBox(QMessageBox.Icon.Information, title, text,
                          QMessageBox.StandardButton.NoButton, parent)
        box.setObjectName("clientFileNotice")
        go = box.addButton(translate("DialogService", "&Continue"),
                           QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(translate("DialogService", "Cancel"),
                               QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(go)
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is go

    def print_setup(self, parent: QWidget | None, printer: QPrinter) -> bool:
        """The system print dialog for ``printer``; True when the person chose Print."""
        from PySide6.QtPrintSupport import QPrintDialog

        dialog = QPrintDialog(printer, parent)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def open_dialog(self, dialog: QDialog) -> None:
        """Show a form dialog without blocking; it reports back through its signals and
        is deleted after it closes."""
        dispose_when_finished(dialog)
        keep_visual_order(dialog)
        dialog.open()


class CrashDialog(FittedDialog):
    """A friendly sentence, the technical details read-only, Copy details and Close."""

    def __init__(self, text: str, details: str, parent: QWidget | None = None, *,
                 title: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        keep_visual_order(self)
        self.setWindowTitle(title or self.tr("Something went wrong"))
        self.resize(640, 420)

        message = QLabel(text)
        message.setWordWrap(True)
        message.setObjectName("crashMessage")

        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setAccessibleName(self.tr("Technical details"))

        buttons = QDialogButtonBox()
        self.copy_button = QPushButton(self.tr("&Copy details"))
        self.copy_button.setAccessibleName(self.tr("Copy details to the clipboard"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAccessibleName(self.tr("Close"))
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.setTabOrder(self.details, self.copy_button)
        self.setTabOrder(self.copy_button, self.close_button)
        self.copy_button.setFocus()

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())
        self.copy_button.setText(self.tr("Copied"))


def dispose(widget: QObject) -> None:
    """Delete a Qt object now, on the GUI thread, keeping its Python wrapper in step.

    Used instead of ``deleteLater``/``WA_DeleteOnClose``: with PySide6 6.12, Qt deleting a
    child behind the back of a wrapper that Python still tracks has crashed the test suite.
    """
    if shiboken6.isValid(widget):
        shiboken6.delete(widget)


def dispose_when_finished(dialog: QDialog) -> None:
    """Delete ``dialog`` once it has closed and its ``finished`` handlers have run."""
    dialog.finished.connect(lambda _result: QTimer.singleShot(0, lambda: dispose(dialog)))


def report_failure(dialogs: DialogService, parent: QWidget | None, error: BaseException,
                   title: str = "") -> None:
    """Expected errors get their plain message; anything else gets the crash dialog.

    Either way the failure goes to the log with its traceback first (the title and the
    sentence may name a client, so neither is written: see ``coordinator.logs``).
    """
    log_failure(_log, "Failure shown to the user", error)
    if isinstance(error, CoordinatorError):
        dialogs.warning(parent, title or translate("DialogService", "Coordinator"),
                        error_text(error))
        return
    dialogs.error_details(
        parent, title or translate("DialogService", "Something went wrong"),
        translate("DialogService", "Coordinator ran into a problem it did not expect. Your saved "
                                   "work is safe: a change is either saved completely or not at "
                                   "all. Copy the details below and send them to your support "
                                   "contact."),
        format_details(error))


def format_details(error: BaseException) -> str:
    return "".join(traceback.format_exception(type(error), error, error.__traceback__))
