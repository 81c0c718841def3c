"""The program track form: which of our day programs, which track, the days it meets, when
it starts and how long a session lasts.

Supervisors and administrators keep these (``EDIT_REFERENCE``); the roll call lists the
clients of each track. The program choices arrive from the view's worker, so the form
opens without reading the database on the GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QSpinBox,
    QWidget,
)

from coordinator.domain.attendance import MAX_SESSION_MINUTES, MIN_SESSION_MINUTES
from coordinator.domain.vocabulary import Track
from coordinator.services.app import AppServices
from coordinator.services.attendance_views import ScheduleInput, ScheduleView
from coordinator.ui.attendance.titles import program_title, schedule_program_title, weekday_names
from coordinator.ui.care.titles import track_title
from coordinator.ui.context import UiContext
from coordinator.ui.forms import ServiceFormDialog
from coordinator.ui.placeholders import arg
from coordinator.ui.time_field import TimeField


@dataclass(frozen=True)
class ProgramChoice:
    """One of our programs at one day-program level, for the form's picker."""

    facility_id: int
    level_code: str
    title: str


def read_program_choices(services: AppServices) -> list[ProgramChoice]:
    """Our own programs at each level that is not 24-hour care (runs on a worker)."""
    choices: list[ProgramChoice] = []
    for level in services.levels.list_levels():
        if level.round_the_clock is not False:
            continue
        for facility in services.episodes.facilities_offering(level.code):
            if facility.is_own_program:
                choices.append(ProgramChoice(facility.id, level.code,
                                             program_title(facility.name, level.name,
                                                           level.code)))
    return sorted(choices, key=lambda choice: choice.title)


class ScheduleDialog(ServiceFormDialog):
    """A new program track, or an edit of ``schedule``."""

    def __init__(self, ui: UiContext, schedule: ScheduleView | None,
                 programs: list[ProgramChoice], parent: QWidget | None = None) -> None:
        super().__init__(ui, parent)
        self.schedule = schedule
        self.setObjectName("scheduleDialog")
        self.setWindowTitle(self.tr("New program track") if schedule is None else
                            arg(self.tr("Edit the %1 track"), track_title(schedule.track).lower()))
        self.setMinimumWidth(700)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(8)

        self.program = QComboBox()
        self.program.setAccessibleName(self.tr("Program"))
        self.program.addItem(self.tr("Choose…"), None)
        for choice in programs:
            self.program.addItem(choice.title, (choice.facility_id, choice.level_code))
        label = self.errors.add_row(form, "facility_id", self.tr("&Program *"), self.program)
        self.errors.register("level_code", self.program, label)
        self.track = QComboBox()
        self.track.setAccessibleName(self.tr("Track"))
        for track in Track:
            self.track.addItem(track_title(track.value), track.value)
        self.errors.add_row(form, "track", self.tr("&Track *"), self.track)
        days = QWidget()
        days.setAccessibleName(self.tr("Days the track meets"))
        row = QHBoxLayout(days)
        row.setContentsMargins(0, 0, 0, 0)
        self.day_boxes: list[QCheckBox] = []
        for name in weekday_names():
            box = QCheckBox(name[:3])
            box.setAccessibleName(arg(self.tr("Meets on %1"), name))
            box.setToolTip(name)
            self.day_boxes.append(box)
            row.addWidget(box)
        self.errors.add_row(form, "weekdays", self.tr("Meets on *"), days)
        self.starts_at = TimeField()
        self.starts_at.setAccessibleName(self.tr("Session starts at"))
        self.starts_at.setDisplayFormat("HH:mm")
        self.starts_at.setTime(QTime(18, 0))
        self.errors.add_row(form, "starts_at", self.tr("Starts &at"), self.starts_at)
        self.minutes = QSpinBox()
        self.minutes.setAccessibleName(self.tr("Session length in minutes"))
        self.minutes.setRange(MIN_SESSION_MINUTES, MAX_SESSION_MINUTES)
        self.minutes.setSingleStep(15)
        self.minutes.setValue(180)
        self.minutes.setSuffix(self.tr(" min"))
        self.errors.add_row(form, "session_minutes", self.tr("Session &length *"),
                            self.minutes)
        self.layout_with(form)
        order: list[QWidget] = [self.program, self.track, *self.day_boxes, self.starts_at,
                                self.minutes]
        for first, second in pairwise(order):
            self.setTabOrder(first, second)
        if schedule is not None:
            self._fill(schedule)
        self.program.setFocus()

    def _fill(self, schedule: ScheduleView) -> None:
        key = (schedule.facility_id, schedule.level_code)
        if self.program.findData(key) < 0:
            self.program.addItem(schedule_program_title(schedule), key)
        self.program.setCurrentIndex(self.program.findData(key))
        self.track.setCurrentIndex(max(self.track.findData(schedule.track), 0))
        for day, box in enumerate(self.day_boxes):
            box.setChecked(day in schedule.weekdays)
        if schedule.starts_at is not None:
            self.starts_at.setTime(QTime(schedule.starts_at.hour, schedule.starts_at.minute))
        self.minutes.setValue(schedule.session_minutes)

    def details(self) -> ScheduleInput:
        facility_id, level_code = self.program.currentData() or (0, "")
        start = self.starts_at.time()
        return ScheduleInput(
            facility_id, level_code, self.track.currentData() or "",
            tuple(day for day, box in enumerate(self.day_boxes) if box.isChecked()),
            self.minutes.value(), time(start.hour(), start.minute()))

    def service_call(self) -> Any:
        attendance, details = self.ui.services.attendance, self.details()
        if self.schedule is None:
            return lambda: attendance.add_schedule(details)
        schedule_id, version = self.schedule.id, self.schedule.version
        return lambda: attendance.update_schedule(schedule_id, version, details)
