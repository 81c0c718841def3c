"""Dates, times, numbers and percentages as the person's language writes them.

Every screen shows these through the functions here, which read the default ``QLocale``
(set at sign-in from the person's language), so nothing is formatted by hand.

Dates in tables and lines of text (``date_text``) take the order and separators of the
locale's short date, with the day and month in two digits and the year in full, so a date
is never ambiguous and the date fields read it back as it is shown:

* English (United States): ``03/01/2026``
* Spanish (United States, Mexico): ``01/03/2026``
* the C locale (no language at all, as on a bare server or in a test run): ``2026-03-01``

A sentence that names a day (``date_long``) uses the locale's long date without the
weekday: ``March 1, 2026`` / ``1 de marzo de 2026``.

ISO dates (``2026-03-01``) stay where a standard or a machine reads them: file names,
exports, stored settings, audit details and text that is parsed back.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time

from PySide6.QtCore import QDate, QLocale, QTime

from coordinator.ui.placeholders import arg
from coordinator.ui.translation import translate


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def date_format(locale: QLocale | None = None) -> str:
    """The Qt format of ``date_text``: the locale's short date with ``dd``, ``MM``, ``yyyy``
    (ISO for the C locale, whose own short date, ``d MM yyyy``, nobody writes)."""
    found = locale or QLocale()
    if found.language() == QLocale.Language.C:
        return "yyyy-MM-dd"
    short = found.dateFormat(QLocale.FormatType.ShortFormat)
    short = re.sub(r"d+", "dd", short)
    short = re.sub(r"M+", "MM", short)
    return re.sub(r"y+", "yyyy", short)


def long_date_format(locale: QLocale | None = None) -> str:
    """The Qt format of ``date_long``: the locale's long date without the weekday."""
    long = (locale or QLocale()).dateFormat(QLocale.FormatType.LongFormat)
    return re.sub(r"^\s*dddd[,\s]*|[,\s]*dddd\s*$", "", long)


def date_text(day: date | None, locale: QLocale | None = None) -> str:
    """``day`` in the locale's short form with the year in full ("" for None)."""
    if day is None:
        return ""
    return (locale or QLocale()).toString(_qdate(day), date_format(locale))


def date_long(day: date | None, locale: QLocale | None = None) -> str:
    """``day`` spelled out for a sentence, e.g. ``March 1, 2026`` ("" for None)."""
    if day is None:
        return ""
    return (locale or QLocale()).toString(_qdate(day), long_date_format(locale))


def day_month_format(locale: QLocale | None = None) -> str:
    """The Qt format of ``day_month``: the long date without weekday or year, months short."""
    without_year = re.sub(r"[,\s]*(?:'[^']*'\s*)?y+\s*$|^\s*y+[^dM]*", "",
                          long_date_format(locale))
    return without_year.replace("MMMM", "MMM")


def day_month(day: date, locale: QLocale | None = None) -> str:
    """A day of this year in few letters, for a week or a chart: ``Mar 2`` / ``2 de mar``."""
    return (locale or QLocale()).toString(_qdate(day), day_month_format(locale))


def time_text(at: time | None, locale: QLocale | None = None) -> str:
    """A time of day in the locale's short form, e.g. ``2:05 PM`` ("" for None)."""
    if at is None:
        return ""
    return (locale or QLocale()).toString(QTime(at.hour, at.minute),
                                          QLocale.FormatType.ShortFormat)


def date_time_text(day: date, at: time | None, locale: QLocale | None = None) -> str:
    """A day and, when known, its time: ``03/01/2026 2:05 PM``."""
    if at is None:
        return date_text(day, locale)
    return f"{date_text(day, locale)} {time_text(at, locale)}"


def local_moment(moment: datetime) -> datetime:
    """A stored timestamp in the workstation's time zone (a naive one is taken as UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone()


def datetime_text(moment: datetime | None, locale: QLocale | None = None) -> str:
    """A stored timestamp as local date and time, e.g. ``03/01/2026 2:05 PM`` ("" for None)."""
    if moment is None:
        return ""
    local = local_moment(moment)
    return date_time_text(local.date(), local.time(), locale)


def number_text(number: int | float, locale: QLocale | None = None, decimals: int = 0) -> str:
    """A count or figure with the locale's digit grouping: ``1,234``; ``decimals`` places."""
    found = locale or QLocale()
    if isinstance(number, int) and decimals == 0:
        return found.toString(number)
    return found.toString(float(number), "f", decimals)


def figure_text(number: float, locale: QLocale | None = None) -> str:
    """A measure with as few decimals as it needs: ``9.5``, ``20``, ``1,234``."""
    return (locale or QLocale()).toString(
        float(number), "g", QLocale.FloatingPointPrecisionOption.FloatingPointShortest)


def percent_text(fraction: float, locale: QLocale | None = None, decimals: int = 0) -> str:
    """A fraction (0.25) as a percentage with the locale's digits and sign: ``25%``.

    Qt does not say whether a language puts a space before the sign (Spanish writes
    ``25 %``), so the translation of ``%1%2`` says it."""
    found = locale or QLocale()
    return arg(translate("LocaleText", "%1%2",
                         "a percentage: %1 the number, %2 the percent sign; put a space "
                         "between them where the language does"),
               found.toString(fraction * 100, "f", decimals), found.percent())
