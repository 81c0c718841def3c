"""The Qt side of the services' "changed" notification.

Services publish after each commit, on whatever thread committed (often a worker). The
bridge re-emits every batch as ``changed`` through a queued connection, so slots always run
on the GUI thread; each view then decides whether a change concerns it.
"""

from __future__ import annotations

import contextlib
import weakref
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
        # The notifier (the services') holds the bridge only weakly, and the subscription
        # ends when the bridge goes. Held strongly, the services kept the bridge, and the
        # bridge's own Qt connection (out of the collector's sight) kept the services: a
        # closed session never left memory.
        bridge = weakref.ref(self)

        def publish(batch: tuple[Change, ...]) -> None:
            alive = bridge()
            if alive is not None:
                alive._on_publish(batch)

        unsubscribe = notifier.subscribe(publish)
        self._unsubscribe: Callable[[], None] | None = unsubscribe
        weakref.finalize(self, unsubscribe)

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
