"""New track…, Edit track… and Archive track… beside the roll call, for the supervisors and
administrators who keep the programs' schedules (``EDIT_REFERENCE``)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QWidget

from coordinator.domain.roles import Permission
from coordinator.services.attendance_views import ScheduleView
from coordinator.ui.attendance.schedule_dialog import (
    ProgramChoice,
    ScheduleDialog,
    read_program_choices,
)
from coordinator.ui.attendance.titles import schedule_program_title
from coordinator.ui.care.titles import track_title
from coordinator.ui.context import UiContext
from coordinator.ui.placeholders import arg


class TrackButtons(QWidget):
    """The three buttons and what they do; hidden for roles that keep no schedules."""

    dialog_opened = Signal(QDialog)
    """The program track form opened: ``(dialog)``."""
    track_saved = Signal(int)
    """A track was added or edited: ``(schedule id)``."""

    def __init__(self, ui: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.schedule: ScheduleView | None = None
        self.new_button = QPushButton(self.tr("&New track…"))
        self.new_button.setAccessibleName(self.tr("New program track"))
        self.new_button.setToolTip(self.tr("Add a track with its days and session length"))
        self.new_button.clicked.connect(self.new_track)
        self.edit_button = QPushButton(self.tr("&Edit track…"))
        self.edit_button.setAccessibleName(self.tr("Edit this track's schedule"))
        self.edit_button.clicked.connect(self.edit_track)
        self.archive_button = QPushButton(self.tr("Arc&hive track…"))
        self.archive_button.setAccessibleName(self.tr("Archive this track"))
        self.archive_button.setToolTip(self.tr(
            "The track no longer meets; its marks stay on the clients' records"))
        self.archive_button.clicked.connect(self.archive_track)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for button in self.buttons():
            row.addWidget(button)
        self.setVisible(ui.may(Permission.EDIT_REFERENCE))
        self.show_schedule(None)

    def buttons(self) -> tuple[QPushButton, ...]:
        return self.new_button, self.edit_button, self.archive_button

    def show_schedule(self, schedule: ScheduleView | None) -> None:
        """The track the roll call shows, which Edit and Archive act on."""
        self.schedule = schedule
        self.edit_button.setEnabled(schedule is not None)
        self.archive_button.setEnabled(schedule is not None)

    def new_track(self) -> None:
        self._open_form(None)

    def edit_track(self) -> None:
        if self.schedule is not None:
            self._open_form(self.schedule)

    def _open_form(self, schedule: ScheduleView | None) -> None:
        if not self.ui.may(Permission.EDIT_REFERENCE):
            return
        self.ui.operations.call(self, read_program_choices, self.ui.services,
                                done=lambda programs: self._show_form(schedule, programs))

    def _show_form(self, schedule: ScheduleView | None, programs: list[ProgramChoice]) -> None:
        dialog = ScheduleDialog(self.ui, schedule, programs, self.window())
        dialog.saved.connect(lambda saved: self.track_saved.emit(saved.id))
        self.ui.dialogs.open_dialog(dialog)
        self.dialog_opened.emit(dialog)

    def archive_track(self) -> None:
        schedule = self.schedule
        if schedule is None or not self.ui.may(Permission.EDIT_REFERENCE):
            return
        if not self.ui.dialogs.question(
                self, self.tr("Archive track"),
                arg(self.tr("Archive the %1 track of %2? It takes no more roll calls; the marks "
                            "already taken stay on the clients' records."),
                    track_title(schedule.track).lower(), schedule_program_title(schedule)),
                yes_text=self.tr("&Archive"), no_text=self.tr("&Keep")):
            return
        self.ui.operations.call(self, self.ui.services.attendance.archive_schedule,
                                schedule.id, schedule.version)
