"""Views that read their data when first shown and again when it changes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent

from coordinator.services.notify import Change, Topic
from coordinator.ui.changes import topics
from coordinator.ui.context import UiContext


class RefreshOnShow:
    """Mixin for a view (listed before ``QWidget`` in its bases) that reads its data the
    first time it is shown, not when the window is built, and then again whenever a change
    notification names one of ``refresh_topics``.

    The view defines ``refresh()``, sets ``_loaded_once`` there, and calls
    ``watch_changes(ui)`` from its ``__init__``.
    """

    refresh_topics: frozenset[Topic] = frozenset()
    _loaded_once = False
    _refresh_queued = False

    def refresh(self) -> None:
        raise NotImplementedError

    def refresh_after_change(self) -> None:
        """Read again after a change made on this workstation. A view that logs what it
        shows (one audit event per user action) overrides this to read without logging:
        the person is still looking at the list they were shown."""
        self.refresh()

    def watch_changes(self, ui: UiContext) -> None:
        ui.changes.changed.connect(self._refresh_on_change)

    def showEvent(self, event: QShowEvent) -> None:
        parent: Any = super()
        parent.showEvent(event)
        if not self._loaded_once:
            self.refresh()

    def _refresh_on_change(self, batch: tuple[Change, ...]) -> None:
        if self._loaded_once and topics(batch) & self.refresh_topics \
                and not self._refresh_queued:
            # Once for every change already waiting: two hundred referrals saved in a row
            # arrive as two hundred notices, and each would start a whole reading again.
            self._refresh_queued = True
            QTimer.singleShot(0, self, self._refresh_queued_change)  # type: ignore[call-overload]

    def _refresh_queued_change(self) -> None:
        self._refresh_queued = False
        self.refresh_after_change()
