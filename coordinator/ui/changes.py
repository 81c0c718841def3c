"""The Qt side of the services' "changed" notification.

Services publish after each commit, on whatever thread committed (often a worker). The
bridge re-emits every batch as ``changed`` through a queued connection, so slots always run
on the GUI thread; each view then decides whether a change concerns it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, Qt, Signal, Slot

from coordinator.services.notify import Change, ChangeNotifier, Topic


class ChangeBridge(QObject):
    """Subscribes to a ``ChangeNotifier`` for as long as it lives (or until ``close``)."""

    changed = Signal(tuple)
    """A commit changed records: a tuple of ``Change(topic, ids)``."""

    _arrived = Signal(tuple)

    def __init__(self, notifier: ChangeNotifier, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._arrived.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        unsubscribe = notifier.subscribe(self._on_publish)
        self._unsubscribe: Callable[[], None] | None = unsubscribe
        self.destroyed.connect(lambda *_: unsubscribe())

    def _on_publish(self, batch: tuple[Change, ...]) -> None:
        # May run on a worker thread: only emit, which queues the call to the GUI thread.
        with contextlib.suppress(RuntimeError):  # the Qt object is gone: window closed
            self._arrived.emit(batch)

    @Slot(tuple)
    def _deliver(self, batch: tuple[Change, ...]) -> None:
        self.changed.emit(batch)

    def close(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None


def topics(batch: Iterable[Change]) -> set[Topic]:
    """The record kinds named in a batch of changes."""
    return {change.topic for change in batch}
