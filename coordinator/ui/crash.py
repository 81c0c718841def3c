"""The ``sys.excepthook`` that routes uncaught exceptions to the crash dialog.

Expected failures (``CoordinatorError``) show a plain warning with their message; anything
else is a bug and shows one dialog with the traceback and a "Copy details" button.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from types import TracebackType

from PySide6.QtWidgets import QWidget

from coordinator.domain.errors import CoordinatorError, SessionEnded
from coordinator.logs import log_failure, redacted_traceback
from coordinator.ui.dialogs import CrashDialog, DialogService, report_failure

# The dialog lives beside the other dialogs (which show it); it is still importable from here.
__all__ = ["CrashDialog", "ExceptHook", "install_crash_handler"]

_log = logging.getLogger(__name__)


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
        if not isinstance(error, CoordinatorError) and sys.stderr is not None:
            # A copy on stderr, which a desktop session may keep in a file of its own: as
            # redacted as the log.
            sys.stderr.write("".join(redacted_traceback(error.with_traceback(tb))))
        showing = True
        try:
            report_failure(dialogs, parent(), error.with_traceback(tb))
        finally:
            showing = False

    sys.excepthook = hook

    def restore() -> None:
        sys.excepthook = previous

    return restore
