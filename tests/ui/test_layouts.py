"""Box layouts filled in one call keep the order, factors, gaps and margins they are given."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpacerItem, QWidget
from pytestqt.qtbot import QtBot

from coordinator.ui.layouts import STRETCH, VIEW_MARGINS, row, view_column


def test_a_view_column_holds_its_parts_in_order_with_the_view_margins(qtbot: QtBot) -> None:
    view = QWidget()
    qtbot.addWidget(view)
    title, table, count = QLabel("Clients"), QLabel("table"), QLabel("3 clients match.")
    toolbar = row(None, QLabel("Search:"), 12, STRETCH)

    box = view_column(view, title, toolbar, (table, 1), count)

    assert view.layout() is box
    margins = box.contentsMargins()
    assert (margins.left(), margins.top(), margins.right(), margins.bottom()) == VIEW_MARGINS
    assert box.spacing() == 12
    assert [box.itemAt(i).widget() or box.itemAt(i).layout() for i in range(box.count())] == [
        title, toolbar, table, count]
    assert [box.stretch(i) for i in range(box.count())] == [0, 0, 1, 0]
    assert isinstance(toolbar, QHBoxLayout)
    gap, stretch = toolbar.itemAt(1), toolbar.itemAt(2)
    assert isinstance(gap, QSpacerItem) and gap.sizeHint().width() == 12
    assert isinstance(stretch, QSpacerItem) and toolbar.stretch(2) == 1
