"""``RowTableModel``, under every list of DTOs in the app: Qt's model tester, and a refresh
that announces only what changed (so the selection and scroll position survive it)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from coordinator.ui.views.table_models import Column, RowTableModel


@dataclass(frozen=True)
class Person:
    id: int
    family: str
    given: str = "Ana"


def people() -> RowTableModel[Person]:
    return RowTableModel([Column("Last name", lambda row: row.family),
                          Column("First name", lambda row: row.given)],
                         key=lambda row: row.id)


def test_the_model_passes_the_model_tester(qtmodeltester: object) -> None:
    model = people()
    model.replace_rows([Person(1, "Núñez", "María"), Person(2, "Smith"), Person(3, "Nguyen")])

    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.replace_rows([Person(4, "Abbott"), Person(2, "Smith", "Jon"), Person(5, "Young")])
    qtmodeltester.check(model)  # type: ignore[attr-defined]

    assert [model.data(model.index(r, 0)) for r in range(3)] == ["Abbott", "Smith", "Young"]
    assert model.data(model.index(1, 1)) == "Jon"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Last name"


def test_a_refresh_announces_only_the_rows_that_changed(qtbot: QtBot) -> None:
    model = people()
    model.replace_rows([Person(1, "Abbott"), Person(2, "Baker"), Person(3, "Cruz")])

    with qtbot.waitSignals([model.rowsInserted, model.dataChanged]), \
            qtbot.assertNotEmitted(model.modelReset), qtbot.assertNotEmitted(model.rowsRemoved):
        model.replace_rows([Person(1, "Abbott"), Person(9, "Bell"), Person(2, "Baker", "Bo"),
                            Person(3, "Cruz")])

    assert [model.row_at(r).id for r in range(4)] == [1, 9, 2, 3]  # type: ignore[union-attr]
