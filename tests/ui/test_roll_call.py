"""The Roll call view: a week of an evening IOP track marked by keyboard.

The evening track of Harbor IOP meets Monday, Tuesday and Thursday for three hours; the
clinic's today is Friday 6 March 2026, so the week is Monday 2 to Sunday 8 March.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QSpinBox
from pytestqt.qtbot import QtBot

from coordinator.domain.roles import Role
from coordinator.services.app import AppServices
from coordinator.services.attendance_views import AttendanceMark, ScheduleInput
from coordinator.services.care import EpisodeInput
from coordinator.services.dto import ClientInput
from coordinator.store.engine import Database
from coordinator.ui.attendance.model import RollCallModel
from coordinator.ui.attendance.schedule_dialog import ScheduleDialog
from coordinator.ui.attendance.view import RollCallView
from coordinator.ui.context import UiContext
from coordinator.ui.locale_text import day_month, percent_text
from tests.services.helpers import SteppingClock, add_user, admin_services, signed_in
from tests.ui.care_helpers import add_facility
from tests.ui.fakes import RecordingDialogs
from tests.ui.test_accessibility import unnamed_controls

FRIDAY_NOON = datetime(2026, 3, 6, 12, 0, tzinfo=UTC)
MON, TUE, THU = date(2026, 3, 2), date(2026, 3, 3), date(2026, 3, 5)


@dataclass
class Clinic:
    services: AppServices
    schedule_id: int
    episodes: dict[str, int]
    admin: AppServices
    harbor: int


@pytest.fixture
def clinic(database: Database) -> Clinic:
    clock = SteppingClock(FRIDAY_NOON)
    admin = admin_services(database, clock)
    add_user(admin, "maria", Role.CASE_MANAGER)
    harbor = add_facility(database, "Harbor IOP", "own_program", ("IOP", "PHP"), own=True)
    schedule = admin.attendance.add_schedule(
        ScheduleInput(harbor, "IOP", "evening", (0, 1, 3), 180, time(17, 30)))
    maria = signed_in(database, "maria", clock)
    episodes = {}
    for given, family in (("Lan", "Nguyễn"), ("Ana", "Ortiz"), ("Ben", "Carter")):
        client = maria.clients.create(ClientInput(given, family, date(1990, 5, 1)))
        episodes[given] = maria.episodes.add(client.id, EpisodeInput(
            "IOP", date(2026, 2, 23), harbor, track="evening", planned_weekly_hours=9)).id
    return Clinic(maria, schedule.id, episodes, admin, harbor)


@pytest.fixture
def view(qtbot: QtBot, clinic: Clinic, dialogs: RecordingDialogs) -> Iterator[RollCallView]:
    ui = UiContext.create(clinic.services, dialogs)
    roll_call = RollCallView(ui)
    qtbot.addWidget(roll_call)
    roll_call.resize(1200, 640)
    # Friday: the track does not meet, so the view opens on Thursday's session.
    with qtbot.waitSignal(roll_call.roll_call_loaded, check_params_cb=lambda roll: (
            roll is not None and roll.day == THU)):
        roll_call.show()
    roll_call.activateWindow()
    qtbot.waitUntil(roll_call.isActiveWindow)
    yield roll_call
    ui.operations.wait()
    ui.close()


def column(view: RollCallView, title: str) -> dict[str, str]:
    """Each client's text in the column titled ``title``."""
    model = view.model
    number = next(c for c in range(model.columnCount())
                  if model.headerData(c, Qt.Orientation.Horizontal) == title)
    return {model.index(row, 0).data(): model.index(row, number).data()
            for row in range(model.rowCount())}


def mark_by_keyboard(qtbot: QtBot, view: RollCallView, keys: str) -> None:
    """Press one mark key per client from the first row down, then Ctrl+S; a late arrival
    stayed to the end (the minutes typed after L are the whole session)."""
    view.table.setFocus()
    view.table.selectRow(0)
    for key in keys:
        qtbot.keyClick(view.table, key)
        if key == "L":
            editor = view.table.findChild(QSpinBox, "minutesAttended")
            assert isinstance(editor, QSpinBox)
            editor.selectAll()
            qtbot.keyClicks(editor, "180")
            with qtbot.waitSignal(view.minutes_delegate.closeEditor):
                qtbot.keyClick(editor, Qt.Key.Key_Return)
    with qtbot.waitSignal(view.roll_call_saved):
        qtbot.keyClick(view.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def go_to_session(qtbot: QtBot, view: RollCallView, key: Qt.Key, day: date) -> None:
    with qtbot.waitSignal(view.roll_call_loaded, check_params_cb=lambda roll: roll.day == day):
        qtbot.keyClick(view.table, key, Qt.KeyboardModifier.AltModifier)


def test_a_week_of_the_evening_track_shows_hours_adherence_and_an_outreach_flag(
        qtbot: QtBot, view: RollCallView) -> None:
    assert view.program_box.currentText() == "Harbor IOP — Intensive Outpatient"
    assert view.track_box.currentText() == "Evening"
    assert view.day_edit.date() == QDate(2026, 3, 5)
    assert view.schedule_label.text() == (
        "Meets Monday, Tuesday and Thursday at 17:30 · 180-minute sessions · "
        "IOP range 9–19 h a week")
    assert list(column(view, "Mark")) == ["Carter, Ben", "Nguyễn, Lan", "Ortiz, Ana"]

    view.table.setFocus()
    go_to_session(qtbot, view, Qt.Key.Key_Left, TUE)
    go_to_session(qtbot, view, Qt.Key.Key_Left, MON)
    # Ben, Lan, Ana in that order, each evening.
    mark_by_keyboard(qtbot, view, "PPP")
    go_to_session(qtbot, view, Qt.Key.Key_Right, TUE)
    mark_by_keyboard(qtbot, view, "ULE")
    assert column(view, "Outreach") == {"Carter, Ben": "", "Nguyễn, Lan": "",
                                        "Ortiz, Ana": ""}
    go_to_session(qtbot, view, Qt.Key.Key_Right, THU)
    mark_by_keyboard(qtbot, view, "UTP")

    assert column(view, "Mark") == {"Carter, Ben": "Unexcused absence",
                                    "Nguyễn, Lan": "Telehealth", "Ortiz, Ana": "Present"}
    assert column(view, "This week") == {
        "Carter, Ben": "3 h of 9–19 h · below range",
        "Nguyễn, Lan": "9 h of 9–19 h · in range",
        "Ortiz, Ana": "6 h of 9–19 h · below range"}
    assert column(view, "Adherence") == {"Carter, Ben": percent_text(1 / 3),
                                         "Nguyễn, Lan": percent_text(1.0),
                                         "Ortiz, Ana": percent_text(1.0)}
    assert column(view, "Outreach") == {"Carter, Ben": "⚠ 2 unexcused",
                                        "Nguyễn, Lan": "", "Ortiz, Ana": ""}
    # Six sessions attended of eight expected: Ana's excused Tuesday is left out.
    assert view.summary_label.text() == (
        f"3 clients expected · week of {day_month(MON)}: program adherence "
        f"{percent_text(0.75)} · "
        "1 client needs outreach")


def test_unsaved_marks_show_as_such_and_leaving_them_asks_first(
        qtbot: QtBot, view: RollCallView, dialogs: RecordingDialogs) -> None:
    assert not view.new_track_button.isVisibleTo(view)  # a case manager keeps no schedules
    view.table.setFocus()
    view.table.selectRow(1)
    qtbot.keyClick(view.table, "L")

    assert column(view, "Mark")["Nguyễn, Lan"] == "Late"
    assert column(view, "Minutes")["Nguyễn, Lan"] == "type minutes"  # not the whole session
    assert view.summary_label.text().endswith("· 1 mark not saved")
    assert view.save_button.isEnabled()

    dialogs.answers.append(False)
    view.go_to(MON)
    assert dialogs.texts("question") == [
        "1 mark of this session is not saved. Leave it?"]
    assert view.day_edit.date() == QDate(2026, 3, 5)
    assert column(view, "Mark")["Nguyễn, Lan"] == "Late"


def test_a_day_the_track_does_not_meet_takes_no_marks(qtbot: QtBot,
                                                      view: RollCallView) -> None:
    with qtbot.waitSignal(view.roll_call_loaded):
        view.go_to(date(2026, 3, 4))

    assert view.schedule_label.text().endswith(
        "—  The evening track does not meet on Wednesdays.")
    assert not view.mark_buttons["present"].isEnabled()
    assert not view.save_button.isEnabled()


def test_the_roll_call_names_every_control_and_its_model_passes_the_tester(
        qtmodeltester: object, view: RollCallView, clinic: Clinic) -> None:
    assert unnamed_controls(view) == []
    model = RollCallModel()
    roll = clinic.services.attendance.roll_call(clinic.schedule_id, THU)
    model.show_rows(list(roll.rows), 180, keep_pending=False)
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_a_supervisor_adds_a_morning_track_and_the_roll_call_moves_to_it(
        qtbot: QtBot, clinic: Clinic, dialogs: RecordingDialogs) -> None:
    ui = UiContext.create(clinic.admin, dialogs)
    roll_call = RollCallView(ui)
    qtbot.addWidget(roll_call)
    with qtbot.waitSignal(roll_call.roll_call_loaded):
        roll_call.show()
    with qtbot.waitSignal(roll_call.schedule_dialog_opened) as opened:
        qtbot.mouseClick(roll_call.new_track_button, Qt.MouseButton.LeftButton)
    dialog = opened.args[0]
    assert isinstance(dialog, ScheduleDialog)
    qtbot.addWidget(dialog)
    assert unnamed_controls(dialog) == []
    dialog.program.setCurrentIndex(dialog.program.findText("Harbor IOP — Intensive Outpatient"))
    dialog.track.setCurrentIndex(dialog.track.findData("morning"))

    with qtbot.waitSignal(dialog.refused):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.message("weekdays") == "Choose at least one day the track meets."

    for day in (0, 2, 4):
        dialog.day_boxes[day].setChecked(True)
    dialog.minutes.setValue(240)
    with qtbot.waitSignal(roll_call.roll_call_loaded, check_params_cb=lambda roll: (
            roll is not None and roll.schedule.track == "morning")):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert roll_call.track_box.currentText() == "Morning"
    assert roll_call.schedule_label.text().startswith(
        "Meets Monday, Wednesday and Friday at 18:00 · 240-minute sessions")
    assert roll_call.model.rowCount() == 0  # the three clients are in the evening track
    ui.operations.wait()
    ui.close()


def test_a_session_marked_meanwhile_on_another_workstation_is_not_overwritten(
        qtbot: QtBot, view: RollCallView, clinic: Clinic, dialogs: RecordingDialogs) -> None:
    view.table.setFocus()
    view.table.selectRow(0)
    qtbot.keyClick(view.table, "P")  # Ben, present
    other = clinic.admin
    other.attendance.mark(clinic.schedule_id, THU,
                          [AttendanceMark(clinic.episodes["Ben"], "unexcused")])

    with qtbot.waitSignal(view.roll_call_loaded):
        qtbot.keyClick(view.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert dialogs.texts("warning") == [
        "This record was changed by another user since you opened it. Reload it and make "
        "your change again."]
    assert column(view, "Mark")["Carter, Ben"] == "Unexcused absence"
    assert not view.save_button.isEnabled()
