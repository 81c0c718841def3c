"""The crash dialog and the ``sys.excepthook`` that routes uncaught exceptions to it.

Expected failures (``CoordinatorError``) show a plain warning with their message; anything
else is a bug and shows one dialog with the traceback and a "Copy details" button.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from types import TracebackType

from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coordinator.domain.errors import CoordinatorError, SessionEnded
from coordinator.logs import log_failure
from coordinator.ui.dialogs import DialogService, report_failure

_log = logging.getLogger(__name__)


class CrashDialog(QDialog):
    """A friendly sentence, the technical details read-only, Copy details and Close."""

    def __init__(self, text: str, details: str, parent: QWidget | None = None, *,
                 title: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
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


ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def install_crash_handler(dialogs: DialogService,
                          parent: Callable[[], QWidget | None] = lambda: None, *,
                          session_ended: Callable[[str], None] | None = None
                          ) -> Callable[[], None]:
    """Route uncaught exceptions to ``dialogs``; returns a function that restores the hook.

    Args:
        dialogs: shows the warning or the crash dialog.
        parent: gives the window to put the dialog over (the main window, if open).
        session_ended: takes the sentence of a ``SessionEnded`` raised by a service called
            on the GUI thread, so it returns to sign-in like one raised in an operation.
    """
    previous: ExceptHook = sys.excepthook
    showing = False

    def hook(kind: type[BaseException], error: BaseException,
             tb: TracebackType | None) -> None:
        nonlocal showing
        if issubclass(kind, KeyboardInterrupt) or showing:
            previous(kind, error, tb)
            return
        if session_ended is not None and isinstance(error, SessionEnded):
            _log.info("Session ended: the account changed since sign-in")
            session_ended(error.message)
            return
        log_failure(_log, "Uncaught exception on the GUI thread", error.with_traceback(tb))
        if not isinstance(error, CoordinatorError):
            sys.__excepthook__(kind, error, tb)  # keep a copy on stderr for the log
        showing = True
        try:
            report_failure(dialogs, parent(), error.with_traceback(tb))
        finally:
            showing = False

    sys.excepthook = hook

    def restore() -> None:
        sys.excepthook = previous

    return restore
