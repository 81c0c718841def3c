"""Translated words for attendance marks, weekly-hour standings and weekdays."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coordinator.domain.attendance import HoursStanding, WeeklyHours


def _tr(text: str) -> str:
    return QCoreApplication.translate("AttendanceTitles", text)


#: The key that sets each mark in the roll call, in the order the buttons show them.
MARK_KEYS: dict[str, str] = {"present": "P", "late": "L", "telehealth": "T",
                             "excused": "E", "unexcused": "U"}


def mark_title(status: str | None) -> str:
    titles = {"present": _tr("Present"), "late": _tr("Late"), "telehealth": _tr("Telehealth"),
              "excused": _tr("Excused absence"), "unexcused": _tr("Unexcused absence")}
    return titles.get(status or "", status or "")


def standing_title(standing: HoursStanding) -> str:
    titles = {HoursStanding.IN_RANGE: _tr("in range"), HoursStanding.ON_TRACK: _tr("on track"),
              HoursStanding.BELOW: _tr("below range"),
              HoursStanding.ABOVE: _tr("above range"), HoursStanding.NO_RANGE: ""}
    return titles[standing]


def hours_number(hours: float) -> str:
    return f"{hours:.1f}".rstrip("0").rstrip(".") if hours % 1 else f"{hours:.0f}"


def range_text(low: float | None, high: float | None) -> str:
    """"9–19 h", "20+ h" or "" for a level without a weekly range."""
    if low is not None and high is not None:
        return _tr("%1–%2 h").replace("%1", hours_number(low)).replace("%2", hours_number(high))
    if low is not None:
        return _tr("%1+ h").replace("%1", hours_number(low))
    if high is not None:
        return _tr("up to %1 h").replace("%1", hours_number(high))
    return ""


def week_text(week: WeeklyHours) -> str:
    """"8 h of 9–19 h · below range"."""
    hours = _tr("%1 h").replace("%1", hours_number(week.hours))
    span = range_text(week.min_hours, week.max_hours)
    if not span:
        return hours
    return (_tr("%1 of %2 · %3").replace("%1", hours).replace("%2", span)
            .replace("%3", standing_title(week.standing)))


def percent(rate: float | None) -> str:
    return "—" if rate is None else f"{round(rate * 100)} %"


def weekday_names() -> tuple[str, ...]:
    return (_tr("Monday"), _tr("Tuesday"), _tr("Wednesday"), _tr("Thursday"), _tr("Friday"),
            _tr("Saturday"), _tr("Sunday"))


def days_text(days: tuple[int, ...]) -> str:
    """"Monday, Tuesday and Thursday"."""
    names = [weekday_names()[day] for day in days]
    if len(names) <= 1:
        return "".join(names)
    return _tr("%1 and %2").replace("%1", ", ".join(names[:-1])).replace("%2", names[-1])
