"""The Levels of care tab under Admin: the reference levels and their edit dialog."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from coordinator.domain.roles import Role
from coordinator.services.app import AppServices
from coordinator.ui.admin.levels import EditLevelDialog, LevelsTab, LevelsTableModel
from coordinator.ui.admin.view import AdminView
from coordinator.ui.context import UiContext
from tests.ui.conftest import PASSWORD, add_user
from tests.ui.fakes import RecordingDialogs
from tests.ui.test_accessibility import unnamed_controls


@pytest.fixture
def levels_tab(qtbot: QtBot, ui: UiContext) -> LevelsTab:
    tab = LevelsTab(ui)
    qtbot.addWidget(tab)
    with qtbot.waitSignal(tab.levels_loaded):
        tab.show()
    return tab


def row_texts(tab: LevelsTab, code: str) -> list[str]:
    row = tab.model.row_of(code)
    return [tab.model.index(row, column).data() for column in range(tab.model.columnCount())]


def test_the_levels_model_passes_the_model_tester(qtmodeltester: object,
                                                  services: AppServices) -> None:
    model = LevelsTableModel()
    model.replace_rows(services.levels.list_levels())

    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_the_tab_lists_every_level_least_intensive_first(levels_tab: LevelsTab) -> None:
    assert [level.code for level in levels_tab.model.rows()] == [
        "OP", "IOP", "PHP", "RES", "INP", "WM"]
    assert row_texts(levels_tab, "IOP") == [
        "IOP", "Intensive Outpatient", "2.1", "9–19", "No", "2"]
    assert row_texts(levels_tab, "OP")[3] == "under 9"
    assert row_texts(levels_tab, "PHP")[3] == "20 or more"
    assert row_texts(levels_tab, "RES")[3:5] == ["—", "Yes"]
    assert row_texts(levels_tab, "WM")[4] == "Varies"
    # With no level chosen there is nothing to edit. (The list chooses its first row when
    # it gets the keyboard focus, which a shown window may give it at once.)
    levels_tab.table.clearSelection()
    assert not levels_tab.edit_button.isEnabled()


def test_an_administrator_widens_the_iop_hour_range(
        qtbot: QtBot, levels_tab: LevelsTab, dialogs: RecordingDialogs,
        services: AppServices) -> None:
    levels_tab.select_level("IOP")
    qtbot.mouseClick(levels_tab.edit_button, Qt.MouseButton.LeftButton)
    dialog = dialogs.opened[-1]
    assert isinstance(dialog, EditLevelDialog)
    assert dialog.windowTitle() == "Edit level of care IOP"
    assert (dialog.name.text(), dialog.min_hours.value(), dialog.max_hours.value()) == (
        "Intensive Outpatient", 9, 19)
    assert unnamed_controls(dialog) == []
    assert unnamed_controls(levels_tab) == []

    dialog.min_hours.setValue(6)
    dialog.max_hours.setValue(20)
    with qtbot.waitSignals([dialog.saved, levels_tab.levels_loaded], timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    iop = services.levels.get_level("IOP")
    assert (iop.min_weekly_hours, iop.max_weekly_hours) == (6, 20)
    assert iop.name == "Intensive Outpatient"  # the rest unchanged
    assert row_texts(levels_tab, "IOP")[3] == "6–20"


def test_a_maximum_below_the_minimum_is_shown_by_the_field_and_saves_nothing(
        qtbot: QtBot, levels_tab: LevelsTab, services: AppServices) -> None:
    before = services.levels.get_level("PHP")
    levels_tab.select_level("PHP")
    dialog = levels_tab.edit_level()
    assert dialog is not None
    dialog.max_hours.setValue(12)  # below PHP's 20

    with qtbot.waitSignal(dialog.refused, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.errors.message("max_weekly_hours") == (
        "The most weekly hours (12) cannot be below the fewest (20).")
    assert dialog.max_hours.accessibleDescription() == dialog.errors.message(
        "max_weekly_hours")
    assert dialog.isVisible()
    assert services.levels.get_level("PHP") == before
    assert row_texts(levels_tab, "PHP")[3] == "20 or more"


def test_an_edit_made_on_a_stale_level_gets_the_conflict_message(
        qtbot: QtBot, levels_tab: LevelsTab, dialogs: RecordingDialogs,
        services: AppServices) -> None:
    levels_tab.select_level("OP")
    dialog = levels_tab.edit_level()
    assert dialog is not None
    op = services.levels.get_level("OP")  # someone else saves first
    services.levels.update_level("OP", op.version, replace(op.details(), max_weekly_hours=8))

    dialog.name.setText("Outpatient therapy")
    with qtbot.waitSignal(dialog.refused, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialogs.texts("warning") == [
        "This record was changed by another user since you opened it. Reload it and make "
        "your change again."]
    assert services.levels.get_level("OP").name == "Outpatient"


def test_only_an_administrator_gets_the_levels_tab(
        qtbot: QtBot, services: AppServices, dialogs: RecordingDialogs, ui: UiContext) -> None:
    admin = AdminView(ui)
    qtbot.addWidget(admin)
    assert admin.levels is not None
    assert "&Levels of care" in [admin.tabs.tabText(i) for i in range(admin.tabs.count())]

    add_user(services, "sam", Role.SUPERVISOR)
    services.auth.logout()
    services.auth.login("sam", PASSWORD)
    supervisor = UiContext.create(services, dialogs)
    try:
        view = AdminView(supervisor)
        qtbot.addWidget(view)
        assert view.levels is None
    finally:
        supervisor.operations.wait()
        supervisor.close()
