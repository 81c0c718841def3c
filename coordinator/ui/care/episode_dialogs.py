"""Add an episode of care, discharge one, and fill in its discharge details later: the
forms behind the Levels of care tab."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coordinator.domain.clinical_dates import age_on
from coordinator.services.care.dto import EpisodeInput, EpisodeView, FacilityChoice, LevelView
from coordinator.ui.care.discharge_fields import DischargeDetailsPage
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
from coordinator.ui.care.titles import level_name
from coordinator.ui.context import UiContext
from coordinator.ui.forms import ServiceFormDialog, form_layout
from coordinator.ui.locale_text import date_text
from coordinator.ui.placeholders import arg


class EpisodeDialog(ServiceFormDialog):
    """Record an episode: active from today or earlier, planned if it starts later, or
    history when it has an end date."""

    def __init__(self, ui: UiContext, client_id: int, levels: Sequence[LevelView],
                 facilities: Mapping[str, Sequence[FacilityChoice]],
                 parent: QWidget | None = None, *, birth_date: date | None = None) -> None:
        """``birth_date``: the client's, for the usual hours at the client's age."""
        super().__init__(ui, parent)
        self.client_id = client_id
        self.birth_date = birth_date
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
        self.errors.add_row(form, "start_date", self.tr("Start &date"), self.start)
        self.has_end = QCheckBox(self.tr("Already &ended (record past care)"))
        self.has_end.setAccessibleName(self.tr("Already ended"))
        form.addRow("", self.has_end)
        self.end = date_edit(today, self.tr("End date"))
        self.end.setEnabled(False)
        self.has_end.toggled.connect(self.end.setEnabled)
        self.errors.add_row(form, "end_date", self.tr("E&nd date"), self.end)
        self.source = QLineEdit()
        self.source.setAccessibleName(self.tr("Admission source"))
        self.errors.add_row(form, "admission_source", self.tr("Admission so&urce"), self.source)
        self.level.currentIndexChanged.connect(self._level_changed)
        self.start.dateChanged.connect(self._level_changed)
        self._level_changed()
        self.layout_with(form)
        self.level.setFocus()

    def _level_changed(self) -> None:
        code = self.level.currentData()
        fill_facilities(self.facility, self.facilities.get(code, ()),
                        self.tr("Not recorded"))
        # The usual hours at the client's age on the start date (ASAM states them by age).
        age = age_on(self.birth_date, day_of(self.start))
        self.hours_range.setText(hours_range_text(self.levels.get(code), age))

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

    def saved_message(self, result: object) -> str:
        if not isinstance(result, EpisodeView):
            return ""
        where = (arg(self.tr(" at %1"), result.facility_name)
                 if result.facility_name else "")
        return arg(self.tr("Admitted to %1%2 on %3."),
                   level_name(result.level_name, result.level_code), where,
                   date_text(result.start_date))


def _page(form: QFormLayout) -> QWidget:
    page = QWidget()
    page.setLayout(form)
    return page


def _read_levels(dialog: ServiceFormDialog, page: DischargeDetailsPage,
                 levels: Sequence[LevelView] | None) -> None:
    """Offer the levels of care as the planned next level: those given, or read off the
    GUI thread when the caller had none at hand."""
    if levels is not None:
        page.set_levels(levels)
        return
    dialog.ui.operations.call(dialog, dialog.ui.services.levels.list_levels,
                              done=page.set_levels)


class DischargeDialog(ServiceFormDialog):
    """End an active episode: the discharge date and disposition (and aftercare plan) on
    one tab, the discharge details on a second, so the dialog fits a small screen."""

    def __init__(self, ui: UiContext, episode: EpisodeView, parent: QWidget | None = None,
                 *, levels: Sequence[LevelView] | None = None) -> None:
        super().__init__(ui, parent)
        self.episode = episode
        self.setObjectName("dischargeDialog")
        name = level_name(episode.level_name, episode.level_code)
        self.setWindowTitle(arg(self.tr("Discharge from %1"), name))
        self.resize(560, 0)
        form = form_layout()
        where = episode.facility_name or name
        intro = QLabel(arg(self.tr("%1 at %2, since %3."),
                           name, where, date_text(episode.start_date)))
        intro.setWordWrap(True)
        form.addRow(intro)
        today = today_of(ui)
        self.end = date_edit(today, self.tr("Discharge date"))
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
        self.details_page = DischargeDetailsPage(self.errors, focus=episode.focus,
                                                 discharge_day=today)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Discharge sections"))
        self.tabs.addTab(_page(form), self.tr("Discharg&e"))
        self.tabs.addTab(self.details_page, self.tr("Discharge deta&ils"))
        self.layout_with(self.tabs)
        _read_levels(self, self.details_page, levels)
        self.disposition.setFocus()

    def set_discharge_date(self, day: date) -> None:
        set_day(self.end, day)

    def service_call(self) -> Callable[[], Any]:
        episodes, episode = self.ui.services.episodes, self.episode
        end, disposition = day_of(self.end), self.disposition.text()
        aftercare = self.aftercare.toPlainText()
        details = self.details_page.details()
        return lambda: episodes.discharge(episode.id, episode.version, end, disposition,
                                          aftercare, details)

    def saved_message(self, result: object) -> str:
        if not isinstance(result, EpisodeView) or result.end_date is None:
            return ""
        return arg(self.tr("Discharged from %1 on %2."),
                   level_name(result.level_name, result.level_code), date_text(result.end_date))

    def discharged_episode(self, result: object) -> tuple[int, int] | None:
        return (result.client_id, result.id) if isinstance(result, EpisodeView) else None


class DischargeDetailsDialog(ServiceFormDialog):
    """Fill in or correct the discharge details of an ended episode."""

    def __init__(self, ui: UiContext, episode: EpisodeView, parent: QWidget | None = None,
                 *, levels: Sequence[LevelView] | None = None) -> None:
        super().__init__(ui, parent)
        self.episode = episode
        self.setObjectName("dischargeDetailsDialog")
        name = level_name(episode.level_name, episode.level_code)
        self.setWindowTitle(arg(self.tr("Discharge details: %1"), name))
        self.resize(560, 0)
        where = episode.facility_name or name
        ended = date_text(episode.end_date)
        intro = QLabel(arg(self.tr("%1 at %2, %3 to %4."),
                           name, where, date_text(episode.start_date), ended))
        intro.setWordWrap(True)
        self.details_page = DischargeDetailsPage(
            self.errors, focus=episode.focus, discharge_day=episode.end_date or today_of(ui))
        self.details_page.set_details(episode.discharge)
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(intro)
        column.addWidget(self.details_page)
        self.layout_with(body)
        _read_levels(self, self.details_page, levels)
        self.details_page.condition.setFocus()

    def service_call(self) -> Callable[[], Any]:
        episodes, episode = self.ui.services.episodes, self.episode
        details = self.details_page.details()
        return lambda: episodes.update_discharge_details(episode.id, episode.version, details)
