"""The roll call as a case manager takes it: minutes typed for a late arrival or a client
who left early, the week's hours moving with each mark before Save, the view opening on
the track used last, and unsaved marks guarded when the app closes.

Same clinic as ``test_roll_call``: Harbor IOP's evening track meets Monday, Tuesday and
Thursday for three hours; the clinic's today is Friday 6 March 2026, so the view opens on
Thursday 5 March.
"""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QSpinBox
from pytestqt.qtbot import QtBot

from coordinator.services.attendance_views import ScheduleInput
from coordinator.services.care import EpisodeInput
from coordinator.services.dto import ClientInput
from coordinator.ui.attendance.view import RollCallView
from coordinator.ui.context import UiContext
from coordinator.ui.locale_text import day_month, percent_text
from coordinator.ui.main_window import MainWindow
from tests.ui import test_roll_call as same_clinic
from tests.ui.fakes import RecordingDialogs
from tests.ui.test_roll_call import THU, Clinic, column

clinic = same_clinic.clinic  # the fixtures of the same clinic
view = same_clinic.view


def typing_minutes(view: RollCallView) -> QSpinBox:
    """The minutes editor open in the table."""
    editor = view.table.findChild(QSpinBox, "minutesAttended")
    assert isinstance(editor, QSpinBox)
    assert editor.isVisible()
    return editor


def test_late_asks_for_the_minutes_and_the_week_counts_them_before_saving(
        qtbot: QtBot, view: RollCallView, clinic: Clinic) -> None:
    view.table.setFocus()
    view.table.selectRow(1)  # Lan
    qtbot.keyClick(view.table, "L")

    assert column(view, "Minutes")["Nguyễn, Lan"] == "type minutes"
    editor = typing_minutes(view)
    assert editor.accessibleName() == "Minutes attended"
    assert editor.maximum() == 180
    editor.selectAll()
    qtbot.keyClicks(editor, "150")
    with qtbot.waitSignal(view.minutes_delegate.closeEditor):
        qtbot.keyClick(editor, Qt.Key.Key_Return)

    assert column(view, "Minutes")["Nguyễn, Lan"] == "150"
    assert column(view, "This week")["Nguyễn, Lan"] == "2.5 h of 9–19 h · below range"
    assert view.table.currentIndex().row() == 2  # on to Ana
    qtbot.keyClick(view.table, "P")
    assert column(view, "This week")["Ortiz, Ana"] == "3 h of 9–19 h · below range"
    assert view.summary_label.text() == (
        f"3 clients expected · week of {day_month(same_clinic.MON)}: program adherence "
        f"{percent_text(1.0)} · 2 marks not saved")

    with qtbot.waitSignal(view.roll_call_saved):
        qtbot.keyClick(view.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = {row.client_name: (row.status, row.minutes)
             for row in clinic.services.attendance.roll_call(clinic.schedule_id, THU).rows}
    assert saved == {"Carter, Ben": (None, None), "Nguyễn, Lan": ("late", 150),
                     "Ortiz, Ana": ("present", 180)}


def test_a_late_mark_without_minutes_is_not_saved_as_the_whole_session(
        qtbot: QtBot, view: RollCallView, clinic: Clinic) -> None:
    view.table.setFocus()
    view.table.selectRow(0)  # Ben
    qtbot.keyClick(view.table, "L")
    editor = typing_minutes(view)
    with qtbot.waitSignal(view.minutes_delegate.closeEditor):
        qtbot.keyClick(editor, Qt.Key.Key_Escape)

    with qtbot.waitSignal(view.save_refused) as refused:
        view.save()
    assert refused.args == [
        "Not saved:\nType the minutes Carter, Ben attended (marked late; press M)."]
    assert view.error_label.isVisibleTo(view)
    assert column(view, "Mark")["Carter, Ben"] == "Late"  # the mark is kept
    rows = clinic.services.attendance.roll_call(clinic.schedule_id, THU).rows
    assert [row.status for row in rows] == [None, None, None]


def test_a_client_who_left_early_gets_the_minutes_typed_over_present(
        qtbot: QtBot, view: RollCallView) -> None:
    view.table.setFocus()
    view.table.selectRow(0)
    qtbot.keyClick(view.table, "P")  # Ben, present; the roll call moves to Lan
    view.table.selectRow(0)
    qtbot.keyClick(view.table, "M")
    editor = typing_minutes(view)
    editor.selectAll()
    qtbot.keyClicks(editor, "90")
    with qtbot.waitSignal(view.minutes_delegate.closeEditor):
        qtbot.keyClick(editor, Qt.Key.Key_Return)

    assert column(view, "Mark")["Carter, Ben"] == "Present"
    assert column(view, "Minutes")["Carter, Ben"] == "90"
    assert column(view, "This week")["Carter, Ben"] == "1.5 h of 9–19 h · below range"
    # An absence counts no minutes, so there is nothing to type.
    view.table.selectRow(0)
    qtbot.keyClick(view.table, "U")
    assert column(view, "Minutes")["Carter, Ben"] == "0"
    view.table.selectRow(0)
    qtbot.keyClick(view.table, "M")
    assert view.table.state() != view.table.State.EditingState


def test_the_roll_call_opens_on_the_track_this_person_used_last(
        qtbot: QtBot, clinic: Clinic, dialogs: RecordingDialogs) -> None:
    morning = clinic.admin.attendance.add_schedule(
        ScheduleInput(clinic.harbor, "PHP", "morning", (0, 1, 2, 3, 4), 300, time(9, 0)))
    client = clinic.services.clients.create(ClientInput("Kim", "Baker", THU.replace(1988)))
    clinic.services.episodes.add(client.id, EpisodeInput(
        "PHP", THU.replace(day=2), clinic.harbor, track="morning"))

    def open_roll_call() -> tuple[UiContext, RollCallView]:
        ui = UiContext.create(clinic.services, dialogs)
        roll_call = RollCallView(ui)
        qtbot.addWidget(roll_call)
        with qtbot.waitSignal(roll_call.roll_call_loaded):
            roll_call.show()
        return ui, roll_call

    ui, first = open_roll_call()
    assert first.track_box.currentText() == "Evening"
    with qtbot.waitSignal(first.roll_call_loaded):
        first.choose_schedule(morning.id)
    first.close()
    ui.operations.wait()
    ui.close()

    ui, again = open_roll_call()
    assert again.program_box.currentText() == "Harbor IOP — Partial Hospitalization"
    assert again.track_box.currentText() == "Morning"
    assert column(again, "Client") == {"Baker, Kim": "Baker, Kim"}
    ui.operations.wait()
    ui.close()


def test_closing_the_app_with_unsaved_marks_asks_first(
        qtbot: QtBot, clinic: Clinic, dialogs: RecordingDialogs) -> None:
    ui = UiContext.create(clinic.services, dialogs)
    main = MainWindow(ui)
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.clinic_loaded):
        main.show()
    roll_call = main.views["roll-call"]
    assert isinstance(roll_call, RollCallView)
    with qtbot.waitSignal(roll_call.roll_call_loaded):
        main.show_view("roll-call")
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    roll_call.table.setFocus()
    roll_call.table.selectRow(0)
    qtbot.keyClick(roll_call.table, "P")
    assert column(roll_call, "Mark")["Carter, Ben"] == "Present"
    main.show_view("clients")

    dialogs.answers.append(False)
    main.close()
    assert dialogs.texts("question") == ["1 mark of this session is not saved. Leave it?"]
    assert main.isVisible()
    assert main.current_view_key() == "roll-call"

    dialogs.answers.append(True)
    main.close()
    assert not main.isVisible()
    QApplication.processEvents()
    ui.operations.wait()
    ui.close()
