"""Box layouts filled in one call keep the order, factors, gaps and margins they are given."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpacerItem, QWidget
from pytestqt.qtbot import QtBot

from coordinator.ui.layouts import STRETCH, VIEW_MARGINS, row, view_column, wrapping_row


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


def test_a_wrapping_row_puts_what_does_not_fit_on_a_second_line_every_button_whole(
        qtbot: QtBot) -> None:
    view = QWidget()
    qtbot.addWidget(view)
    marks = [QPushButton(text) for text in ("Presente (P)", "Tarde (L)", "Telesalud (T)",
                                            "Ausencia justificada (E)",
                                            "Ausencia injustificada (U)")]
    save = QPushButton("Guardar asistencia")
    marks_row = wrapping_row(*marks, STRETCH, save)
    view_column(view, marks_row, QLabel("tabla"), STRETCH)
    view.resize(sum(button.sizeHint().width() for button in marks) // 2 + 60, 300)
    view.show()
    qtbot.waitExposed(view)

    buttons = [*marks, save]
    assert all(button.width() >= button.sizeHint().width() for button in buttons)
    lines = sorted({button.y() for button in buttons})
    assert len(lines) >= 2
    # Nothing overlaps, and the save button sits at the right end of its line.
    for first, second in pairwise(buttons):
        if first.y() == second.y():
            assert first.geometry().right() < second.x()
    assert view.width() - VIEW_MARGINS[2] - save.geometry().right() <= 2
    # The row is as tall as its lines: the next part starts below the last line.
    below = view.layout().itemAt(1).widget()
    assert below is not None
    assert below.y() > max(button.geometry().bottom() for button in buttons)


def test_a_wrapping_row_wide_enough_keeps_one_line() -> None:
    marks_row = wrapping_row(QLabel("Día:"), QLabel("2026-12-03"), 12, QLabel("Hoy"))

    assert marks_row.count() == 3
    assert marks_row.heightForWidth(2000) == marks_row.sizeHint().height()
