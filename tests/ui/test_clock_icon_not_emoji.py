"""Clocks due soon and open clocks on a record are marked with the shipped clock drawing,
which every platform shows, never with an emoji a font may lack."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from pytestqt.qtbot import QtBot

from coordinator.domain.clocks import ClockState
from coordinator.ui.care.clock_table import ClockTableModel
from coordinator.ui.locale_text import date_text
from coordinator.ui.record.header import RecordHeader
from tests.ui.test_dashboard_clocks import clock

EMOJI_CLOCK = "\N{ALARM CLOCK}"


def test_a_clock_due_soon_shows_the_clock_drawing_beside_its_words() -> None:
    model = ClockTableModel()
    model.show_clocks([clock(1, "Abbott, Ana", ClockState.OPEN, 9),
                       clock(2, "Baker, Bo", ClockState.OPEN, 1)])
    state = model.columnCount() - 1
    soon, later = model.index(0, state), model.index(1, state)
    assert (soon.data(), later.data()) == ("Due soon", "Open")
    drawing = soon.data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(drawing, QIcon) and not drawing.pixmap(16, 16).isNull()
    assert later.data(Qt.ItemDataRole.DecorationRole) is None
    assert not any(EMOJI_CLOCK in str(model.index(row, column).data())
                   for row in range(model.rowCount()) for column in range(state + 1))


def test_the_record_banner_draws_the_clock_beside_open_clocks(qtbot: QtBot) -> None:
    header = RecordHeader(may_edit_client=False)
    qtbot.addWidget(header)
    header.show()
    header.show_alerts([clock(1, "Abbott, Ana", ClockState.OPEN, 9)])

    assert header.alerts_label.text() == (
        f"Open: Step-down window (14 days) — due {date_text(date(2026, 4, 3))}, "
        "9 days left")
    assert header.alerts_icon.isVisible()
    assert not header.alerts_icon.pixmap().isNull()
    assert header.alerts_icon.accessibleName() == "Open transition clock"

    header.show_alerts([clock(1, "Abbott, Ana", ClockState.MISSED, -2)])
    assert not header.alerts_icon.isVisible()  # a missed clock keeps its warning sign
