"""The Levels of care and Transitions tabs of the client record: their tables and buttons.

The pages only arrange widgets; the record window connects the buttons to its actions and
fills the models, so what a button does lives in one place.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget

from coordinator.ui.care.clock_table import ClockTableModel
from coordinator.ui.record.tables import (
    EpisodeTableModel,
    TransitionTableModel,
    discharge_line,
)
from coordinator.ui.timeline import TimelineWidget
from coordinator.ui.views.table_models import list_table


def _button(text: str, accessible: str, *, primary: bool = False) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(accessible)
    if primary:
        button.setObjectName("primaryButton")
    return button


def _page_layout(page: QWidget) -> QVBoxLayout:
    layout = QVBoxLayout(page)
    layout.setContentsMargins(16, 12, 16, 12)
    layout.setSpacing(10)
    return layout


class LevelsPage(QWidget):
    """The journey timeline, Add episode / Discharge / Step up or down, and the episodes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = _page_layout(self)
        #: Where the journey timeline (coordinator/ui/timeline.py) goes, above the table.
        self.timeline_slot = QVBoxLayout()
        self.timeline_slot.setObjectName("timelineSlot")
        self.timeline = TimelineWidget()
        self.timeline_slot.addWidget(self.timeline)
        layout.addLayout(self.timeline_slot)
        self.add_episode_button = _button(self.tr("&Add episode…"), self.tr("Add episode"))
        self.discharge_button = _button(self.tr("&Discharge…"),
                                        self.tr("Discharge from the active episode"))
        self.step_button = _button(self.tr("&Step up / Step down…"),
                                   self.tr("Step up or step down"), primary=True)
        self.details_button = _button(self.tr("Disc&harge details…"),
                                      self.tr("Discharge details of the chosen ended episode"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_episode_button)
        buttons.addWidget(self.discharge_button)
        buttons.addWidget(self.step_button)
        buttons.addWidget(self.details_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.episode_model = EpisodeTableModel(self)
        self.episode_table = list_table("episodeTable", self.tr("Episodes of care"))
        self.episode_table.setModel(self.episode_model)
        self.episode_table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch)
        self.episode_table.horizontalHeader().setStretchLastSection(False)
        layout.addWidget(self.episode_table, 1)
        #: The discharge details of the selected ended episode (else the latest one).
        self.discharge_line = QLabel()
        self.discharge_line.setObjectName("dischargeDetailsLine")
        self.discharge_line.setAccessibleName(self.tr("Discharge details"))
        self.discharge_line.setWordWrap(True)
        self.discharge_line.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.discharge_line)
        model = self.episode_model
        self.episode_table.selectionModel().selectionChanged.connect(self.show_discharge)
        for signal in (model.dataChanged, model.rowsInserted, model.rowsRemoved,
                       model.modelReset):
            signal.connect(self.show_discharge)
        self.show_discharge()
        self.levels_note = QLabel()
        self.levels_note.setObjectName("quietNote")
        self.levels_note.setWordWrap(True)
        layout.addWidget(self.levels_note)


    def show_discharge(self) -> None:
        """Say how the client left the selected episode, or the latest one that ended."""
        rows = self.episode_table.selectionModel().selectedRows()
        episode = self.episode_model.row_at(rows[0].row()) if rows else None
        if episode is None or not discharge_line(episode):
            ended = [row for row in self.episode_model.rows() if discharge_line(row)]
            episode = max(ended, key=lambda row: (row.end_date or row.start_date, row.id),
                          default=None)
        text = discharge_line(episode) if episode is not None else ""
        self.discharge_line.setText(text)
        self.discharge_line.setVisible(bool(text))


class TransitionsPage(QWidget):
    """Edit / Cancel / Complete a planned transition, the transitions, and the clocks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = _page_layout(self)
        self.edit_transition_button = _button(self.tr("&Edit…"),
                                              self.tr("Edit the planned transition"))
        self.cancel_transition_button = _button(self.tr("C&ancel transition…"),
                                                self.tr("Cancel the planned transition"))
        self.complete_button = _button(self.tr("&Complete…"),
                                       self.tr("Complete the planned transition"), primary=True)
        buttons = QHBoxLayout()
        for button in (self.edit_transition_button, self.cancel_transition_button,
                       self.complete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.transition_model = TransitionTableModel(self)
        self.transition_table = list_table("transitionTable", self.tr("Transitions"))
        self.transition_table.setModel(self.transition_model)
        # Criteria and rationale can be long: fixed widths (full text in the tooltip), so
        # who decided and the status stay in view.
        for column, width in ((4, 200), (5, 170)):
            self.transition_table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.Interactive)
            self.transition_table.setColumnWidth(column, width)
        layout.addWidget(self.transition_table, 2)
        clocks_title = QLabel(self.tr("Transition clocks"))
        clocks_title.setObjectName("sectionTitle")
        layout.addWidget(clocks_title)
        self.clock_model = ClockTableModel(self, with_client=False)
        self.clock_table = list_table("recordClockTable", self.tr("Transition clocks"))
        self.clock_table.setModel(self.clock_model)
        layout.addWidget(self.clock_table, 1)
