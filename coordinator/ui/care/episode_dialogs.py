"""Add an episode of care, and discharge one: the two forms behind the Levels of care tab."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any

from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from coordinator.services.care.dto import EpisodeInput, EpisodeView, FacilityChoice, LevelView
from coordinator.ui.care.fields import (
    coded_combo,
    date_edit,
    day_of,
    fill_facilities,
    focus_combo,
    hours_box,
    hours_of,
    hours_range_text,
    level_combo,
    modality_combo,
    set_day,
    today_of,
    track_combo,
)
from coordinator.ui.context import UiContext
from coordinator.ui.forms import ServiceFormDialog, form_layout


class EpisodeDialog(ServiceFormDialog):
    """Record an episode: active from today or earlier, planned if it starts later, or
    history when it has an end date."""

    def __init__(self, ui: UiContext, client_id: int, levels: Sequence[LevelView],
                 facilities: Mapping[str, Sequence[FacilityChoice]],
                 parent: QWidget | None = None) -> None:
        super().__init__(ui, parent)
        self.client_id = client_id
        self.levels = {level.code: level for level in levels}
        self.facilities = facilities
        self.setObjectName("episodeDialog")
        self.setWindowTitle(self.tr("Add episode of care"))
        self.resize(520, 0)
        form = form_layout()
        self.level = level_combo(levels, self.tr("Level of care"))
        self.errors.add_row(form, "level_code", self.tr("&Level of care"), self.level)
        self.facility = coded_combo((), self.tr("Facility or program"))
        self.errors.add_row(form, "facility_id", self.tr("&Facility"), self.facility)
        self.focus = focus_combo(self.tr("Focus of care"))
        self.errors.add_row(form, "focus", self.tr("F&ocus"), self.focus)
        self.track = track_combo(self.tr("Track"), none_title=self.tr("No track"))
        self.errors.add_row(form, "track", self.tr("&Track"), self.track)
        self.modality = modality_combo(self.tr("Modality"))
        self.errors.add_row(form, "modality", self.tr("&Modality"), self.modality)
        self.hours = hours_box(self.tr("Planned weekly hours"), self.tr("Not recorded"))
        self.errors.add_row(form, "planned_weekly_hours", self.tr("Weekly &hours"), self.hours)
        self.hours_range = QLabel()
        self.hours_range.setObjectName("quietNote")
        form.addRow("", self.hours_range)
        today = today_of(ui)
        self.start = date_edit(today, self.tr("Start date"))
        self.errors.add_row(form, "start_date", self.tr("&Start date"), self.start)
        self.has_end = QCheckBox(self.tr("Already &ended (record past care)"))
        self.has_end.setAccessibleName(self.tr("Already ended"))
        form.addRow("", self.has_end)
        self.end = date_edit(today, self.tr("End date"))
        self.end.setEnabled(False)
        self.has_end.toggled.connect(self.end.setEnabled)
        self.errors.add_row(form, "end_date", self.tr("&End date"), self.end)
        self.source = QLineEdit()
        self.source.setAccessibleName(self.tr("Admission source"))
        self.errors.add_row(form, "admission_source", self.tr("Admission so&urce"), self.source)
        self.level.currentIndexChanged.connect(self._level_changed)
        self._level_changed()
        self.layout_with(form)
        self.level.setFocus()

    def _level_changed(self) -> None:
        code = self.level.currentData()
        fill_facilities(self.facility, self.facilities.get(code, ()),
                        self.tr("Not recorded"))
        self.hours_range.setText(hours_range_text(self.levels.get(code)))

    def details(self) -> EpisodeInput:
        return EpisodeInput(
            level_code=self.level.currentData() or "", start_date=day_of(self.start),
            facility_id=self.facility.currentData(), focus=self.focus.currentData(),
            track=self.track.currentData(), modality=self.modality.currentData(),
            planned_weekly_hours=hours_of(self.hours),
            end_date=day_of(self.end) if self.has_end.isChecked() else None,
            admission_source=self.source.text())

    def service_call(self) -> Callable[[], Any]:
        episodes, client_id, details = self.ui.services.episodes, self.client_id, self.details()
        return lambda: episodes.add(client_id, details)


class DischargeDialog(ServiceFormDialog):
    """End an active episode: the discharge date and disposition (and aftercare plan)."""

    def __init__(self, ui: UiContext, episode: EpisodeView,
                 parent: QWidget | None = None) -> None:
        super().__init__(ui, parent)
        self.episode = episode
        self.setObjectName("dischargeDialog")
        self.setWindowTitle(self.tr("Discharge from %1").replace("%1", episode.level_name))
        self.resize(480, 0)
        form = form_layout()
        where = episode.facility_name or episode.level_name
        intro = QLabel(self.tr("%1 at %2, since %3.").replace("%1", episode.level_name)
                       .replace("%2", where).replace("%3", episode.start_date.isoformat()))
        intro.setWordWrap(True)
        form.addRow(intro)
        self.end = date_edit(today_of(ui), self.tr("Discharge date"))
        self.errors.add_row(form, "end_date", self.tr("&Discharge date"), self.end)
        self.disposition = QLineEdit()
        self.disposition.setAccessibleName(self.tr("Discharge disposition"))
        self.disposition.setPlaceholderText(self.tr("e.g. Stable, discharged home"))
        self.errors.add_row(form, "discharge_disposition", self.tr("Dis&position *"),
                            self.disposition)
        self.aftercare = QPlainTextEdit(episode.aftercare_plan)
        self.aftercare.setAccessibleName(self.tr("Aftercare plan"))
        self.aftercare.setTabChangesFocus(True)
        self.aftercare.setFixedHeight(80)
        self.errors.add_row(form, "aftercare_plan", self.tr("&Aftercare plan"), self.aftercare)
        self.layout_with(form)
        self.disposition.setFocus()

    def set_discharge_date(self, day: date) -> None:
        set_day(self.end, day)

    def service_call(self) -> Callable[[], Any]:
        episodes, episode = self.ui.services.episodes, self.episode
        end, disposition = day_of(self.end), self.disposition.text()
        aftercare = self.aftercare.toPlainText()
        return lambda: episodes.discharge(episode.id, episode.version, end, disposition,
                                          aftercare)
