"""The periods a report is asked for: presets counted from today, or two typed dates."""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum

from PySide6.QtWidgets import QWidget

from coordinator.ui.care.fields import day_of
from coordinator.ui.date_field import DateField
from coordinator.ui.translation import translate


class Preset(StrEnum):
    LAST_MONTH = "last_month"
    LAST_QUARTER = "last_quarter"
    THIS_YEAR = "this_year"
    LAST_12_MONTHS = "last_12_months"
    CUSTOM = "custom"


def preset_title(preset: Preset) -> str:
    return {Preset.LAST_MONTH: translate("ReportPeriod", "Last month"),
            Preset.LAST_QUARTER: translate("ReportPeriod", "Last quarter"),
            Preset.THIS_YEAR: translate("ReportPeriod", "This year"),
            Preset.LAST_12_MONTHS: translate("ReportPeriod", "Last 12 months"),
            Preset.CUSTOM: translate("ReportPeriod", "Custom dates")}[preset]


def _month_start(day: date) -> date:
    return day.replace(day=1)


def _months_back(day: date, months: int) -> date:
    """The first day of the month ``months`` before ``day``'s month."""
    index = day.year * 12 + day.month - 1 - months
    return date(index // 12, index % 12 + 1, 1)


def preset_days(preset: Preset, today: date) -> tuple[date, date] | None:
    """The first and last day of ``preset`` seen from ``today`` (None for custom dates).

    Last month and last quarter are the whole calendar month and quarter before today's;
    this year runs from 1 January to today; the last 12 months are the twelve whole
    calendar months before today's month (as last month is a whole month).
    """
    this_month = _month_start(today)
    if preset is Preset.LAST_MONTH:
        return _months_back(today, 1), this_month - timedelta(days=1)
    if preset is Preset.LAST_QUARTER:
        quarter_start = date(today.year, (today.month - 1) // 3 * 3 + 1, 1)
        return _months_back(quarter_start, 3), quarter_start - timedelta(days=1)
    if preset is Preset.THIS_YEAR:
        return date(today.year, 1, 1), today
    if preset is Preset.LAST_12_MONTHS:
        return _months_back(today, 12), this_month - timedelta(days=1)
    return None


class DayEdit(DateField):
    """A date that must be given, typed as every record dialog takes dates."""

    def __init__(self, day: date, today: date, accessible: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(day, accessible, parent=parent)
        self._today = today

    def chosen(self) -> date:
        """The day typed (Enter runs the report before the field is left, so the text is
        read here too); unreadable text keeps the last readable day and says why."""
        self.check()
        return day_of(self)
