"""Logging what a view showed: one audit event per user action, written off the GUI thread.

Views call ``log_shown`` with one of ``AuditService``'s ``log_*`` methods once the person has
seen the data (the rules are in ``coordinator.services.read_audit``). A view that flushes its
last search as the window closes may find the session already signed out; there is nothing
left to log then (the sign-out is the session's last event), so that refusal is dropped
instead of shown. Any other failure to log is shown like every failed operation.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from coordinator.domain.errors import PermissionDenied
from coordinator.ui.context import UiContext
from coordinator.ui.dialogs import report_failure


def log_shown(ui: UiContext, owner: QWidget, log: Callable[..., None], *args: Any,
              done: Callable[[], None] | None = None) -> None:
    """Run ``log(*args)`` on a worker; ``done()`` on the GUI thread once it is written."""
    if ui.services.actor is None:
        return

    def failed(error: BaseException) -> None:
        if isinstance(error, PermissionDenied) and ui.services.actor is None:
            return
        report_failure(ui.dialogs, owner, error)

    ui.operations.call(owner, log, *args, failed=failed,
                       done=(lambda _none: done()) if done is not None else None)
