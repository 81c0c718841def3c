"""The Levels of care tab: the reference levels, and the administrator's edit of one.

Hour ranges are data (docs/architecture.md §3): an edit changes only the warnings shown from now
on; episodes and transitions already recorded keep their direction.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from coordinator.services.care.dto import LevelInput, LevelView
from coordinator.services.notify import Topic
from coordinator.ui.care.fields import hours_box, hours_of, select_data
from coordinator.ui.context import UiContext
from coordinator.ui.forms import ServiceFormDialog, form_layout
from coordinator.ui.layouts import STRETCH, column, row
from coordinator.ui.loading import RefreshOnShow
from coordinator.ui.locale_text import figure_text
from coordinator.ui.placeholders import arg
from coordinator.ui.translation import translate
from coordinator.ui.views.table_models import Column, RowTableModel, list_table


def weekly_hours_text(level: LevelView) -> str:
    """The usual weekly clinical hours in a few words, e.g. "9–19", "20 or more"."""
    low, high = level.min_weekly_hours, level.max_weekly_hours
    if low is not None and high is not None:
        return f"{figure_text(low)}–{figure_text(high)}"
    if low is not None:
        return arg(translate("LevelsTableModel", "%1 or more"), figure_text(low))
    if high is not None:
        return arg(translate("LevelsTableModel", "under %1"), figure_text(high))
    return "—"


def round_the_clock_text(value: bool | None) -> str:
    if value is None:
        return translate("LevelsTableModel", "Varies")
    return translate("LevelsTableModel", "Yes") if value else translate("LevelsTableModel", "No")


class LevelsTableModel(RowTableModel[LevelView]):
    """Code, name, ASAM level, weekly hours, 24/7 and intensity, least intensive first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(translate("LevelsTableModel", "Code"), lambda level: level.code),
            Column(translate("LevelsTableModel", "Name"), lambda level: level.name),
            Column(translate("LevelsTableModel", "ASAM level"), lambda level: level.asam_level),
            Column(translate("LevelsTableModel", "Weekly hours"), weekly_hours_text),
            Column(translate("LevelsTableModel", "24/7"),
                   lambda level: round_the_clock_text(level.round_the_clock)),
            Column(translate("LevelsTableModel", "Intensity"), lambda level: str(level.intensity),
                   align_right=True),
        ], key=lambda level: level.code, parent=parent)


class EditLevelDialog(ServiceFormDialog):
    """Name, ASAM level, usual weekly hours, 24/7, intensity and description of one level."""

    def __init__(self, ui: UiContext, level: LevelView, parent: QWidget | None = None) -> None:
        super().__init__(ui, parent)
        self.level = level
        self.setObjectName("editLevelDialog")
        self.setWindowTitle(arg(self.tr("Edit level of care %1"), level.code))
        self.setMinimumWidth(520)
        form = form_layout()
        intro = QLabel(self.tr("Episodes and transitions already recorded keep their "
                               "direction; a new hour range changes only the warnings "
                               "shown from now on."))
        intro.setObjectName("quietNote")
        intro.setWordWrap(True)
        form.addRow(intro)
        code = QLabel(level.code)
        code.setAccessibleName(self.tr("Code"))
        form.addRow(self.tr("Code"), code)
        self.name = QLineEdit(level.name)
        self.name.setAccessibleName(self.tr("Name"))
        self.errors.add_row(form, "name", self.tr("&Name *"), self.name)
        self.asam_level = QLineEdit(level.asam_level)
        self.asam_level.setAccessibleName(self.tr("ASAM level"))
        self.asam_level.setPlaceholderText(self.tr("for example 2.1"))
        self.errors.add_row(form, "asam_level", self.tr("&ASAM level"), self.asam_level)
        self.min_hours = hours_box(self.tr("Fewest weekly hours"), self.tr("No minimum"))
        if level.min_weekly_hours is not None:
            self.min_hours.setValue(level.min_weekly_hours)
        self.errors.add_row(form, "min_weekly_hours", self.tr("&Fewest weekly hours"),
                            self.min_hours)
        self.max_hours = hours_box(self.tr("Most weekly hours"), self.tr("No maximum"))
        if level.max_weekly_hours is not None:
            self.max_hours.setValue(level.max_weekly_hours)
        self.errors.add_row(form, "max_weekly_hours", self.tr("&Most weekly hours"),
                            self.max_hours)
        self.round_the_clock = QComboBox()
        self.round_the_clock.setAccessibleName(self.tr("Care around the clock (24/7)"))
        for title, value in ((self.tr("No"), False), (self.tr("Yes"), True),
                             (self.tr("Varies by program"), None)):
            self.round_the_clock.addItem(title, value)
        select_data(self.round_the_clock, level.round_the_clock)
        self.errors.add_row(form, "round_the_clock", self.tr("&24/7 care"),
                            self.round_the_clock)
        self.intensity = QSpinBox()
        self.intensity.setAccessibleName(self.tr("Intensity"))
        self.intensity.setRange(1, 9)
        self.intensity.setValue(level.intensity)
        self.intensity.setToolTip(self.tr("1 is the least intensive; the direction of a "
                                          "transition (step-up or step-down) follows it."))
        self.errors.add_row(form, "intensity", self.tr("&Intensity"), self.intensity)
        self.description = QPlainTextEdit(level.description)
        self.description.setAccessibleName(self.tr("Description"))
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(72)
        self.errors.add_row(form, "description", self.tr("&Description"), self.description)
        self.layout_with(form)
        for first, second in ((self.name, self.asam_level), (self.asam_level, self.min_hours),
                              (self.min_hours, self.max_hours),
                              (self.max_hours, self.round_the_clock),
                              (self.round_the_clock, self.intensity),
                              (self.intensity, self.description)):
            self.setTabOrder(first, second)
        self.name.setFocus()

    def details(self) -> LevelInput:
        return LevelInput(
            name=self.name.text(), asam_level=self.asam_level.text(),
            min_weekly_hours=hours_of(self.min_hours),
            max_weekly_hours=hours_of(self.max_hours),
            round_the_clock=self.round_the_clock.currentData(),
            intensity=self.intensity.value(), description=self.description.toPlainText())

    def service_call(self) -> Any:
        levels, code, version = self.ui.services.levels, self.level.code, self.level.version
        details = self.details()
        return lambda: levels.update_level(code, version, details)


class LevelsTab(RefreshOnShow, QWidget):
    """The levels of care table and Edit level."""

    refresh_topics = frozenset({Topic.LEVEL_OF_CARE})

    levels_loaded = Signal(int)
    """The levels were read and are shown: ``(number of levels)``."""
    dialog_opened = Signal(QDialog)
    """An edit dialog opened (for tests and screenshots): ``(dialog)``."""

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.model = LevelsTableModel(self)
        self.table = list_table("levelsTable", self.tr("Levels of care"))
        self.table.setModel(self.model)
        # Fixed widths the person may drag: the tab is built before its rows arrive, so
        # sizing to contents would fit the headers only.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for number, width in enumerate((80, 320, 150, 140, 90, 100)):
            self.table.setColumnWidth(number, width)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda _index: self.edit_level())
        self.edit_button = QPushButton(self.tr("&Edit level…"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected level of care"))
        self.edit_button.setToolTip(self.tr("Edit the selected level (Enter on a row)"))
        self.edit_button.clicked.connect(self.edit_level)
        note = QLabel(self.tr("Weekly hours are the level's usual range of clinical hours; "
                              "planned hours outside it get a warning, never a refusal."))
        note.setObjectName("quietNote")
        note.setWordWrap(True)
        column(self, row(None, self.edit_button, STRETCH), (self.table, 1), note,
               margins=(16, 16, 16, 16), spacing=12)
        self.setTabOrder(self.edit_button, self.table)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.watch_changes(ui)
        self._update_buttons()

    def refresh(self) -> None:
        self._loaded_once = True
        self.ui.operations.call(self, self.ui.services.levels.list_levels,
                                done=self._show_levels)

    def _show_levels(self, levels: list[LevelView]) -> None:
        self.model.replace_rows(levels)
        self._update_buttons()
        self.levels_loaded.emit(len(levels))


    def selected_level(self) -> LevelView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_level(self, code: str) -> None:
        row = self.model.row_of(code)
        if row >= 0:
            self.table.selectRow(row)

    def _update_buttons(self) -> None:
        self.edit_button.setEnabled(self.selected_level() is not None)

    def edit_level(self) -> EditLevelDialog | None:
        level = self.selected_level()
        if level is None:
            return None
        dialog = EditLevelDialog(self.ui, level, self.window())
        self.ui.dialogs.open_dialog(dialog)
        self.dialog_opened.emit(dialog)
        return dialog
