"""The background-operation helper: results and typed errors on the GUI thread, Cancel."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

import pytest
import shiboken6
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from coordinator.domain.errors import Conflict
from coordinator.ui.operations import Operation, OperationCancelled, Operations
from tests.ui.fakes import RecordingDialogs


@pytest.fixture
def operations(dialogs: RecordingDialogs) -> Iterator[Operations]:
    helper = Operations(dialogs)
    yield helper
    helper.shutdown()


def test_the_result_arrives_on_the_gui_thread(
        qtbot: QtBot, dialogs: RecordingDialogs, operations: Operations) -> None:
    gui_thread = threading.current_thread()
    worked_on: list[threading.Thread] = []
    delivered_on: list[threading.Thread] = []

    def work(_progress: object, _cancelled: object) -> int:
        worked_on.append(threading.current_thread())
        return 42

    operation = operations.run(None, work,
                               done=lambda _result: delivered_on.append(
                                   threading.current_thread()))
    with qtbot.waitSignal(operation.finished) as finished:
        pass

    assert finished.args == [42]
    assert worked_on[0] is not gui_thread
    assert delivered_on == [gui_thread]
    assert operations.pending() == 0


def test_a_typed_error_arrives_on_the_gui_thread_and_shows_its_message(
        qtbot: QtBot, dialogs: RecordingDialogs, operations: Operations) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)

    def work(_progress: object, _cancelled: object) -> None:
        raise Conflict("This record was changed by another user.")

    operation = operations.run(owner, work)
    with qtbot.waitSignal(operation.failed) as failed:
        pass

    assert isinstance(failed.args[0], Conflict)
    assert dialogs.shown[0].kind == "warning"
    assert dialogs.shown[0].text == "This record was changed by another user."


def test_an_unexpected_error_opens_the_crash_dialog_with_the_traceback(
        qtbot: QtBot, dialogs: RecordingDialogs, operations: Operations) -> None:

    def broken_service_call(_progress: object, _cancelled: object) -> None:
        raise ZeroDivisionError("division by zero")

    operation = operations.run(None, broken_service_call)
    with qtbot.waitSignal(operation.ended):
        pass

    [crash] = dialogs.shown
    assert crash.kind == "error_details"
    assert "ZeroDivisionError: division by zero" in crash.details
    assert "broken_service_call" in crash.details


def test_cancel_in_the_progress_dialog_makes_cancelled_true(
        qtbot: QtBot, dialogs: RecordingDialogs, operations: Operations) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    owner.show()
    started = threading.Event()
    abandon = threading.Event()  # ends the work should the test fail before its Cancel
    seen_cancelled: list[bool] = []

    def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> None:
        started.set()  # before the report, so the report's arrival means the work began
        progress(1, 10)
        while not cancelled() and not abandon.wait(0.005):
            pass  # a batch of real work would go here
        seen_cancelled.append(cancelled())
        raise OperationCancelled

    operation = operations.run(owner, work, progress="Creating fictitious clients…")
    try:
        dialog = operation.progress_dialog
        assert dialog is not None
        with qtbot.waitSignal(operation.progressed):
            pass
        assert started.is_set()
        assert dialog.labelText() == "Creating fictitious clients…"

        with qtbot.waitSignal(operation.cancelled):
            cancel_button = dialog.findChild(QPushButton)
            assert cancel_button is not None and cancel_button.text() == "&Cancel"
            cancel_button.click()
    finally:
        abandon.set()

    assert seen_cancelled == [True]
    assert operation.is_cancel_requested()
    assert dialogs.shown == []
    assert not dialog.isVisible()


def test_progress_reports_reach_the_gui_thread(
        qtbot: QtBot, dialogs: RecordingDialogs, operations: Operations) -> None:
    reports: list[tuple[int, int]] = []

    def work(progress: Callable[[int, int], None], _cancelled: object) -> str:
        for done in range(1, 4):
            progress(done, 3)
        return "done"

    operation: Operation = operations.run(None, work)
    operation.progressed.connect(lambda done, total: reports.append((done, total)))
    with qtbot.waitSignal(operation.finished):
        pass

    assert reports[-1] == (3, 3)  # the last report always gets through


def test_the_outcome_is_dropped_when_the_owner_is_gone(
        qtbot: QtBot, dialogs: RecordingDialogs, operations: Operations) -> None:
    owner = QWidget()
    gate = threading.Event()
    results: list[object] = []

    def work(_progress: object, _cancelled: object) -> str:
        gate.wait(5)
        return "late"

    operations.run(owner, work, done=results.append)
    shiboken6.delete(owner)
    gate.set()
    operations.wait()
    qtbot.waitUntil(lambda: operations.pending() == 0)

    assert results == []
    assert dialogs.shown == []


def test_only_the_newest_answer_counts_and_the_older_work_is_asked_to_stop(
        qtbot: QtBot, dialogs: RecordingDialogs, operations: Operations) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    searches = operations.latest_only(owner)
    gate = threading.Event()
    saw_cancel: list[bool] = []
    shown: list[str] = []

    def slow_search(_progress: object, cancelled: Callable[[], bool]) -> str:
        gate.wait(5)
        saw_cancel.append(cancelled())
        return "answer to 'mar'"

    def failing_search(_progress: object, _cancelled: object) -> str:
        gate.wait(5)
        raise Conflict("an error nobody asked about any more")

    searches.run(slow_search, done=shown.append)
    searches.run(failing_search, done=shown.append)
    newest = searches.call(lambda text: f"answer to {text!r}", "maría", done=shown.append)
    with qtbot.waitSignal(newest.finished):
        pass
    gate.set()
    operations.wait()
    qtbot.waitUntil(lambda: operations.pending() == 0)

    assert shown == ["answer to 'maría'"]
    assert saw_cancel == [True]
    assert dialogs.shown == []  # the superseded failure is not shown either
    assert not searches.busy()


def test_drop_discards_the_answer_still_to_come(
        qtbot: QtBot, dialogs: RecordingDialogs, operations: Operations) -> None:
    pages = operations.latest_only(None)
    gate = threading.Event()
    shown: list[int] = []

    def next_page(_progress: object, _cancelled: object) -> int:
        gate.wait(5)
        return 2

    pages.run(next_page, done=shown.append)
    assert pages.busy()
    pages.drop()
    gate.set()
    operations.wait()
    qtbot.waitUntil(lambda: operations.pending() == 0)

    assert shown == []
    assert not pages.busy()
