"""The roll call says how each client attended: in person unless told, a telehealth mark by
video, and a way chosen in "How" (phone) is saved with the roll call."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from coordinator.ui.attendance.view import RollCallView
from tests.ui.test_roll_call import Clinic, clinic, column, view  # noqa: F401 - fixtures


def test_a_client_on_the_phone_is_saved_as_attending_by_phone(
        qtbot: QtBot, view: RollCallView, clinic: Clinic) -> None:  # noqa: F811
    view.table.setFocus()
    view.table.selectRow(0)
    qtbot.keyClick(view.table, Qt.Key.Key_P)   # Carter, Ben: present
    qtbot.keyClick(view.table, Qt.Key.Key_T)   # Nguyễn, Lan: telehealth
    view.table.selectRow(2)
    view.how_box.setCurrentIndex(view.how_box.findData("phone"))
    view.modality_chosen("phone")              # Ortiz, Ana: marked P below, by phone
    qtbot.keyClick(view.table, Qt.Key.Key_P)
    assert column(view, "How") == {"Carter, Ben": "In person", "Nguyễn, Lan": "Video",
                                   "Ortiz, Ana": "Phone"}

    with qtbot.waitSignal(view.roll_call_saved) as saved:
        qtbot.keyClick(view.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert {row.client_name: row.modality for row in saved.args[0].rows} == {
        "Carter, Ben": "in_person", "Nguyễn, Lan": "video", "Ortiz, Ana": "phone"}
    assert view.model.pending_count() == 0
