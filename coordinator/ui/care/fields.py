"""Small field helpers for the care dialogs: dates, coded combos, hours, today's date."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QWidget

from coordinator.domain.clinical_dates import age_on
from coordinator.domain.levels import LevelOfCare, usual_hours
from coordinator.services.care.dto import EpisodeView, FacilityChoice, LevelView
from coordinator.ui.care.titles import (
    focus_title,
    level_name,
    level_text,
    modality_title,
    track_title,
)
from coordinator.ui.context import UiContext
from coordinator.ui.date_field import DateField
from coordinator.ui.locale_text import figure_text
from coordinator.ui.placeholders import arg
from coordinator.ui.translation import translate

NO_HOURS = -1.0  # the spin box's minimum, shown as "Not recorded"


def today_of(ui: UiContext) -> date:
    """Today on the clinic's calendar, by the services' clock (tests may fix it)."""
    return ui.services.ctx.clock().astimezone().date()


def date_edit(day: date, accessible: str, parent: QWidget | None = None) -> DateField:
    """A date that must be given (the app's one date field, typed or picked)."""
    return DateField(day, accessible, parent=parent)


def set_day(edit: DateField, day: date) -> None:
    edit.set_day(day)


def day_of(edit: DateField) -> date:
    """The field's day; a required field keeps its last readable day, so there is one."""
    day = edit.day()
    assert day is not None, "a required date field is never blank"
    return day


def coded_combo(items: Iterable[tuple[str, object]], accessible: str) -> QComboBox:
    """A combo of (title, code) pairs; the code is the item data."""
    combo = QComboBox()
    combo.setAccessibleName(accessible)
    for title, code in items:
        combo.addItem(title, code)
    return combo


def select_data(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


def level_combo(levels: Iterable[LevelView], accessible: str) -> QComboBox:
    return coded_combo(((level_text(level.name, level.code), level.code) for level in levels),
                       accessible)


def track_combo(accessible: str, *, none_title: str) -> QComboBox:
    return coded_combo([(none_title, None)] + [(track_title(code), code) for code in
                                               ("morning", "afternoon", "evening")],
                       accessible)


def modality_combo(accessible: str) -> QComboBox:
    return coded_combo([(modality_title(code), code) for code in
                        ("in_person", "telehealth", "hybrid")], accessible)


def focus_combo(accessible: str) -> QComboBox:
    return coded_combo([(focus_title(code), code) for code in
                        ("mental_health", "substance_use", "co_occurring")], accessible)


def fill_facilities(combo: QComboBox, facilities: Iterable[FacilityChoice],
                    none_title: str) -> None:
    keep = combo.currentData()
    combo.clear()
    combo.addItem(none_title, None)
    for facility in facilities:
        suffix = f" — {facility.city}" if facility.city else ""
        combo.addItem(f"{facility.name}{suffix}", facility.id)
    select_data(combo, keep)


def hours_box(accessible: str, none_title: str) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setAccessibleName(accessible)
    box.setRange(NO_HOURS, 168)
    box.setDecimals(1)
    box.setSingleStep(1)
    box.setSpecialValueText(none_title)
    box.setValue(NO_HOURS)
    return box


def hours_of(box: QDoubleSpinBox) -> float | None:
    return None if box.value() <= NO_HOURS else box.value()


def _rule(level: LevelView) -> LevelOfCare:
    return LevelOfCare(level.code, level.name, level.asam_level, level.min_weekly_hours,
                       level.max_weekly_hours, level.round_the_clock, level.intensity)


def hours_warning_text(episode: EpisodeView, levels: Iterable[LevelView],
                       birth_date: date | None) -> str | None:
    """The episode's warning that its planned hours are outside the level's usual range
    (``EpisodeView.hours_warning``), in the user's language: "25 hours a week is above the
    usual range for Intensive Outpatient. Adult IOP is usually at most 19 hours a week."
    The service's sentence when the level is not among ``levels``."""
    if not episode.hours_warning or episode.planned_weekly_hours is None:
        return episode.hours_warning
    level = next((level for level in levels if level.code == episode.level_code), None)
    if level is None:
        return episode.hours_warning
    usual = usual_hours(_rule(level), age_on(birth_date, episode.start_date))
    planned = episode.planned_weekly_hours
    side = usual.outside(planned)
    name = level_name(episode.level_name, episode.level_code)
    if side == "below":
        first = translate("CareFields", "%1 hours a week is below the usual range for %2.")
    elif side == "above":
        first = translate("CareFields", "%1 hours a week is above the usual range for %2.")
    else:
        return episode.hours_warning  # the level's range changed since: the service's word
    who = {"adult": translate("CareFields", "Adult %1"),
           "adolescent": translate("CareFields", "Adolescent %1")}.get(usual.group, "%1")
    if side == "below":
        rule = translate("CareFields", "%1 is usually %2 or more hours a week.")
        figure = usual.low
    elif usual.below_high:
        rule = translate("CareFields", "%1 is usually fewer than %2 hours a week.")
        figure = usual.high
    else:
        rule = translate("CareFields", "%1 is usually at most %2 hours a week.")
        figure = usual.high
    return (arg(first, f"{planned:g}", name) + " "
            + arg(rule, arg(who, episode.level_code), f"{figure:g}"))


def hours_range_text(level: LevelView | None, age: int | None = None) -> str:
    """The level's usual weekly hours for a client of ``age`` in words, e.g. "Intensive
    Outpatient: usually 9–19 hours a week"; an adolescent's range says so (ASAM states the
    Outpatient / Intensive Outpatient boundary lower for adolescents). ``age`` None: the
    stored (adult) range."""
    if level is None:
        return ""
    usual = usual_hours(_rule(level), age)
    low, high = usual.low, usual.high
    name = level_name(level.name, level.code)
    if usual.group == "adolescent":
        name = arg(translate("CareFields", "%1 for an adolescent"), name)
    if low is not None and high is not None:
        return arg(translate("CareFields", "%1: usually %2–%3 hours a week"), name,
                   figure_text(low), figure_text(high))
    if low is not None:
        return arg(translate("CareFields", "%1: usually %2 or more hours a week"), name,
                   figure_text(low))
    if high is not None:
        return arg(translate("CareFields", "%1: usually under %2 hours a week"), name,
                   figure_text(high))
    return arg(translate("CareFields", "%1: no usual range of weekly hours"), name)
