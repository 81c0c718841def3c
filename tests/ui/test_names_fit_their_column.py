"""A list's name column is as wide as the names in it, not cut while an empty column keeps
the room it was given."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from coordinator.ui.views.table_models import (
    Column,
    ColumnsToText,
    RowTableModel,
    fixed_widths,
    list_table,
)

ROWS = [("Maria-Guadalupe Villanueva-Esperanza", "", "IOP"), ("Dara Sok", "", "PHP")]


def shown_table(qtbot: QtBot) -> tuple[object, RowTableModel[tuple[str, str, str]]]:
    model: RowTableModel[tuple[str, str, str]] = RowTableModel(
        [Column("Client", lambda row: row[0]), Column("Note", lambda row: row[1]),
         Column("Level", lambda row: row[2])], key=lambda row: row[0])
    table = list_table("clientsDue", "Clients due")
    table.setModel(model)
    fixed_widths(table, (120, 300, 80))
    qtbot.addWidget(table)
    table.resize(700, 300)
    table.show()
    qtbot.waitExposed(table)
    return table, model


def test_a_long_name_gets_its_width_and_an_empty_column_gives_up_its_room(
        qtbot: QtBot) -> None:
    table, model = shown_table(qtbot)
    model.replace_rows(ROWS)
    longest = table.fontMetrics().horizontalAdvance(ROWS[0][0])  # type: ignore[attr-defined]

    qtbot.waitUntil(lambda: table.columnWidth(0) >= longest)  # type: ignore[attr-defined]
    assert table.columnWidth(1) < 120  # type: ignore[attr-defined]


def test_a_column_the_person_dragged_keeps_its_width(qtbot: QtBot) -> None:
    table, model = shown_table(qtbot)
    model.replace_rows(ROWS[1:])
    qtbot.waitUntil(lambda: table.columnWidth(1) < 120)  # type: ignore[attr-defined]
    table.horizontalHeader().resizeSection(0, 90)  # type: ignore[attr-defined]

    model.replace_rows(ROWS)
    fitting = table.findChild(ColumnsToText)  # type: ignore[attr-defined]
    fitting.fit()  # what the next turn of the event loop does after new rows
    assert table.columnWidth(0) == 90  # type: ignore[attr-defined]
