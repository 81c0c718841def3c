"""Run service calls off the GUI thread (the Anki ``CollectionOp``/``QueryOp`` habit).

``Operations.run`` hands a callable to a worker thread. The callable receives two
thread-safe callbacks, ``progress(done, total)`` and ``cancelled() -> bool``; its result or
exception comes back on the GUI thread through the ``Operation`` signals. Worker code never
touches a widget: everything it says goes through one long-lived dispatcher whose queued
signals land on the GUI thread.

One failure is not the caller's to show: ``SessionEnded`` (the account's role or status
changed on another workstation) goes to ``Operations.session_ended`` instead, so whichever
view noticed it first, the session flow returns to the sign-in window with its sentence.

Lifetimes are kept simple on purpose: an ``Operation`` has no Qt parent, ``Operations`` holds
it until its outcome has been delivered, and it is then released on the GUI thread. Nothing
is ``deleteLater``-ed, and if the widget that started the work has been deleted meanwhile, the
outcome is dropped instead of calling into a dead widget. Once delivered, an operation lets
go of its callbacks, so a widget that keeps its last operation is still freed.
"""

from __future__ import annotations

import itertools
import logging
import threading
import time
import warnings
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_for_futures
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from coordinator.domain.errors import SessionEnded
from coordinator.logs import log_failure
from coordinator.ui.dialogs import DialogService, report_failure
from coordinator.ui.translation import translate

_log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
Work = Callable[[Progress, Cancelled], Any]

# Progress reports closer together than this are dropped (the last one always goes through),
# so a loop over 100,000 clients does not flood the GUI thread's event queue.
_PROGRESS_INTERVAL_S = 0.05


class OperationCancelled(Exception):
    """Raise from the work when ``cancelled()`` became true and it stopped early."""


class Operation(QObject):
    """One piece of work on a worker thread; its outcome arrives on the GUI thread."""

    progressed = Signal(int, int)
    """Work reported progress: ``(done, total)``."""
    finished = Signal(object)
    """Work returned: ``(result)``."""
    failed = Signal(object)
    """Work raised: ``(exception)``; typed ``CoordinatorError`` or an unexpected bug."""
    cancelled = Signal()
    """Work stopped early after Cancel (it raised ``OperationCancelled``)."""
    ended = Signal()
    """Emitted last, whatever the outcome."""

    def __init__(self, owner: QWidget | None) -> None:
        super().__init__()
        self.owner = owner
        self.stop = threading.Event()
        self.progress_dialog: QProgressDialog | None = None
        self.running = True
        self.superseded = False
        self._reporting = 0  # progress reports being emitted (a slot may run the event loop)

    @Slot()
    def cancel(self) -> None:
        """Ask the work to stop; it sees ``cancelled()`` become true."""
        self.stop.set()

    def is_cancel_requested(self) -> bool:
        return self.stop.is_set()

    def supersede(self) -> None:
        """A newer operation answers the same question: ask this one to stop, and drop its
        outcome whenever it comes."""
        self.superseded = True
        self.stop.set()

    def owner_alive(self) -> bool:
        return self.owner is None or shiboken6.isValid(self.owner)

    def deliver(self, outcome: str, value: object) -> None:
        """Emit the outcome (``"returned"`` or ``"raised"``) on the GUI thread."""
        self.running = False
        self._close_progress()
        try:
            if self.superseded or not self.owner_alive():
                return
            if outcome == "returned":
                self.finished.emit(value)
            elif isinstance(value, OperationCancelled):
                self.cancelled.emit()
            else:
                self.failed.emit(value)
            self.ended.emit()
        finally:
            if not self._reporting:
                self._let_go_of_callbacks()

    def report_progress(self, done: int, total: int) -> None:
        """Emit ``progressed`` (on the GUI thread). A progress dialog runs the event loop
        while it updates, so the outcome may be delivered inside this emission: the
        callbacks are then let go of once it has reached every slot (the batch dialog still
        hears its last packet counted)."""
        self._reporting += 1
        try:
            self.progressed.emit(done, total)
        finally:
            self._reporting -= 1
            if not self._reporting and not self.running:
                self._let_go_of_callbacks()

    def _let_go_of_callbacks(self) -> None:
        """Disconnect everything connected to this operation's signals once it has spoken.

        A callback usually holds the widget that started the work (a lambda over ``self``),
        and a widget often keeps its last operation (``LatestOnly``). Qt's side of a
        connection holds the callback where Python's collector cannot see it, so that circle
        was never freed: every closed view stayed in memory with its services and database
        engine, and each collection took longer than the one before.
        """
        with warnings.catch_warnings():
            # PySide warns when a signal had nothing connected; that is fine here.
            warnings.simplefilter("ignore", RuntimeWarning)
            for signal in (self.progressed, self.finished, self.failed, self.cancelled,
                           self.ended):
                signal.disconnect()

    def _close_progress(self) -> None:
        dialog, self.progress_dialog = self.progress_dialog, None
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.reset()
            dialog.hide()
            # Released here, on the GUI thread, once the last reference goes.
            dialog.setParent(None)


class _Dispatcher(QObject):
    """Lives on the GUI thread for the whole session; workers emit its signals, so its
    slots (and everything they call) run on the GUI thread."""

    progressed = Signal(int, int, int)
    returned = Signal(int, object)
    raised = Signal(int, object)
    session_ended = Signal(str)
    """A service call found the session over: ``(the sentence saying why)``."""

    def __init__(self, operations: dict[int, Operation]) -> None:
        super().__init__()
        self._operations = operations
        self.progressed.connect(self._on_progressed, Qt.ConnectionType.QueuedConnection)
        self.returned.connect(self._on_returned, Qt.ConnectionType.QueuedConnection)
        self.raised.connect(self._on_raised, Qt.ConnectionType.QueuedConnection)

    @Slot(int, int, int)
    def _on_progressed(self, key: int, done: int, total: int) -> None:
        operation = self._operations.get(key)
        if operation is not None and operation.running and operation.owner_alive():
            operation.report_progress(done, total)

    @Slot(int, object)
    def _on_returned(self, key: int, result: object) -> None:
        operation = self._operations.pop(key, None)
        if operation is not None:
            operation.deliver("returned", result)

    @Slot(int, object)
    def _on_raised(self, key: int, error: object) -> None:
        operation = self._operations.pop(key, None)
        if operation is not None:
            operation.deliver("raised", error)


class _Worker:
    """The part that runs on the pool thread; it holds no widget and no Operation."""

    def __init__(self, key: int, work: Work, dispatcher: _Dispatcher,
                 stop: threading.Event) -> None:
        self._key = key
        self._work = work
        self._dispatcher = dispatcher
        self._stop = stop
        self._last_report = 0.0

    def _progress(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done >= total or now - self._last_report >= _PROGRESS_INTERVAL_S:
            self._last_report = now
            self._dispatcher.progressed.emit(self._key, done, total)

    def run(self) -> None:
        try:
            result = self._work(self._progress, self._stop.is_set)
        except BaseException as error:  # every failure must reach the GUI thread
            self._dispatcher.raised.emit(self._key, error)
        else:
            self._dispatcher.returned.emit(self._key, result)


class Operations:
    """Starts operations for the windows of one session, on its own worker threads.

    The workers are plain Python threads (``ThreadPoolExecutor``): they run only Python
    code and talk to Qt only by emitting the dispatcher's signals, which Qt supports from
    any thread.
    """

    def __init__(self, dialogs: DialogService, workers: int = 4) -> None:
        self.dialogs = dialogs
        self._executor = ThreadPoolExecutor(max_workers=workers,
                                            thread_name_prefix="coordinator-operation")
        self._futures: set[Future[None]] = set()
        self._futures_lock = threading.Lock()
        self._pending: dict[int, Operation] = {}
        self._stopped = False
        self._keys = itertools.count(1)
        self._dispatcher = _Dispatcher(self._pending)
        self.session_ended = self._dispatcher.session_ended
        """A service call found the account changed since sign-in: ``(why, in words)``."""

    def run(self, parent: QWidget | None, work: Work, *,
            done: Callable[[Any], None] | None = None,
            failed: Callable[[BaseException], None] | None = None,
            progress: str = "", cancellable: bool = True) -> Operation:
        """Start ``work(progress, cancelled)`` on a worker thread.

        Args:
            parent: the widget the operation belongs to; error dialogs go over it, and if it
                is deleted before the work ends, the outcome is dropped.
            work: the callable; it must neither touch nor hold widgets (capture services and
                plain values, not ``self``).
            done: called on the GUI thread with the result.
            failed: called on the GUI thread with the exception; by default expected
                errors show their message and anything else opens the crash dialog.
                ``SessionEnded`` never comes here: it goes to ``session_ended``.
            progress: when given, a progress dialog with this label is shown.
            cancellable: whether that progress dialog has a Cancel button.
        """
        operation = Operation(parent)
        if done is not None:
            operation.finished.connect(done)
        operation.failed.connect(lambda error: self._failed(parent, error, failed))
        if progress:
            operation.progress_dialog = _progress_dialog(parent, progress, cancellable,
                                                         operation)
        key = next(self._keys)
        self._pending[key] = operation
        future = self._executor.submit(_Worker(key, work, self._dispatcher, operation.stop).run)
        with self._futures_lock:
            self._futures.add(future)
        future.add_done_callback(self._forget)
        return operation

    def _failed(self, parent: QWidget | None, error: BaseException,
                failed: Callable[[BaseException], None] | None) -> None:
        if isinstance(error, SessionEnded):
            _log.info("Session ended: the account changed since sign-in")
            self.session_ended.emit(error.message)
            return
        # Logged here whoever shows it: a caller's own handler may show it in a form.
        log_failure(_log, "Background operation failed", error, answered=failed is not None)
        if failed is not None:
            failed(error)
        else:
            report_failure(self.dialogs, parent, error)

    def _forget(self, future: Future[None]) -> None:
        with self._futures_lock:
            self._futures.discard(future)

    def call(self, parent: QWidget | None, function: Callable[..., Any], *args: Any,
             done: Callable[[Any], None] | None = None,
             failed: Callable[[BaseException], None] | None = None) -> Operation:
        """Run one quick service call, ``function(*args)``, without a progress dialog."""
        return self.run(parent, lambda _progress, _cancelled: function(*args),
                        done=done, failed=failed)

    def latest_only(self, parent: QWidget | None) -> LatestOnly:
        """Runs work for ``parent`` where only the newest answer counts (see ``LatestOnly``)."""
        return LatestOnly(self, parent)

    def pending(self) -> int:
        """How many operations have not delivered their outcome yet."""
        return len(self._pending)

    def wait(self, msecs: int = -1) -> bool:
        """Wait for every running worker (shutdown and screenshots; never in a click).

        Their outcomes are then queued for the GUI thread, not yet delivered. Returns
        False when ``msecs`` ran out first.
        """
        with self._futures_lock:
            running = set(self._futures)
        timeout = None if msecs < 0 else msecs / 1000
        return not wait_for_futures(running, timeout=timeout).not_done

    def shutdown(self) -> None:
        """Finish the running work and stop the worker threads."""
        self._stopped = True
        self._executor.shutdown(wait=True)

    @property
    def stopped(self) -> bool:
        """Whether the workers were stopped (the session ended): nothing more can start. An
        answer still queued for the GUI thread may be delivered after it."""
        return self._stopped


class LatestOnly:
    """Runs one question at a time for a widget, where only the newest answer counts: a
    search as the person types, the page for the filters shown, the record chosen last.

    Starting new work supersedes the one still running: it is asked to stop, and its answer
    (or error) is dropped when it comes, so a late answer to an older question never
    overwrites a newer one. ``drop()`` discards whatever is in flight without starting
    anything (e.g. the filters changed while a further page was read).
    """

    def __init__(self, operations: Operations, parent: QWidget | None) -> None:
        self._operations = operations
        self._parent = parent
        self._current: Operation | None = None

    def run(self, work: Work, *, done: Callable[[Any], None] | None = None,
            failed: Callable[[BaseException], None] | None = None) -> Operation:
        """Start ``work(progress, cancelled)``, superseding the one still running."""
        self.drop()
        self._current = self._operations.run(self._parent, work, done=done, failed=failed)
        return self._current

    def call(self, function: Callable[..., Any], *args: Any,
             done: Callable[[Any], None] | None = None,
             failed: Callable[[BaseException], None] | None = None) -> Operation:
        """Start ``function(*args)``, superseding the call still running."""
        return self.run(lambda _progress, _cancelled: function(*args), done=done,
                        failed=failed)

    def drop(self) -> None:
        """Discard the answer still to come, if any."""
        current, self._current = self._current, None
        if current is not None and current.running:
            current.supersede()

    def busy(self) -> bool:
        """Whether an answer is still to come."""
        return self._current is not None and self._current.running


def _progress_dialog(parent: QWidget | None, label: str, cancellable: bool,
                     operation: Operation) -> QProgressDialog:
    dialog = QProgressDialog(parent)
    dialog.setObjectName("operationProgress")
    dialog.setWindowTitle(translate("Operations", "Please wait"))
    dialog.setLabelText(label)
    dialog.setAccessibleName(label)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumDuration(300)
    dialog.setRange(0, 0)  # busy until the first report
    if cancellable:
        dialog.setCancelButtonText(translate("Operations", "&Cancel"))
        dialog.canceled.connect(operation.cancel)
    else:
        dialog.setCancelButton(None)

    def show_progress(done: int, total: int) -> None:
        if total > 0:
            dialog.setRange(0, total)
            dialog.setValue(min(done, total))

    operation.progressed.connect(show_progress)
    dialog.setValue(0)
    return dialog
