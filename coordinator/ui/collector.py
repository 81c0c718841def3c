"""Python's cyclic garbage collection, run on the GUI thread only.

The collector normally runs in whichever thread happens to allocate when a threshold is
crossed. If that is a worker thread and the garbage holds a Qt widget, the widget is deleted
off the GUI thread, which crashes. So the app turns automatic collection off and collects
from a timer on the GUI thread instead (the well-known PyQt "GarbageCollector" recipe).
Reference counting still frees ordinary objects at once; only cycles wait for the timer.

Why not leave it to Python: Qt requires a QObject to be deleted on the thread it lives in
(QObject's documentation, "Thread Affinity"), and neither Python nor PySide6 offers a
supported way to keep the collector off worker threads; the app runs its services on a
thread pool (``ui/operations.py``) that allocates freely while dialogs close on the GUI
thread. The timer collects about once a second, a few milliseconds of GUI time. (This
switch has been in place since the first desktop shell; no run without it was measured.)
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_INTERVAL_MS = 1000


class GuiThreadCollector(QObject):
    """While it lives, cycles are collected by its timer on the GUI thread."""

    def __init__(self, parent: QObject | None = None,
                 interval_ms: int = CHECK_INTERVAL_MS) -> None:
        super().__init__(parent)
        self._threshold = gc.get_threshold()
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect_if_due)
        self._timer.start()

    def collect_if_due(self) -> None:
        """Collect the generations whose counts passed the usual thresholds."""
        first, second, third = gc.get_count()
        if first > self._threshold[0]:
            gc.collect(0)
            if second > self._threshold[1]:
                gc.collect(1)
                if third > self._threshold[2]:
                    gc.collect(2)

    def stop(self) -> None:
        """Collect once more and give collection back to Python."""
        self._timer.stop()
        gc.collect()
        if self._was_enabled:
            gc.enable()
