"""Translated words for attendance marks, weekly-hour standings and weekdays."""

from __future__ import annotations

from coordinator.domain.attendance import HoursStanding, WeeklyHours
from coordinator.services.attendance_views import RollCall, ScheduleView
from coordinator.ui.care.titles import level_name, track_title
from coordinator.ui.locale_text import day_month, figure_text, percent_text, time_text
from coordinator.ui.placeholders import arg
from coordinator.ui.translation import translate

#: The key that sets each mark in the roll call, in the order the buttons show them.
MARK_KEYS: dict[str, str] = {"present": "P", "late": "L", "telehealth": "T",
                             "excused": "E", "unexcused": "U"}
#: The key that types the chosen client's minutes (late arrival, left early).
MINUTES_KEY = "M"


def program_title(facility_name: str, level: str, level_code: str) -> str:
    """One of our programs at one level, e.g. "Harbor Clinic — Intensive outpatient program"
    (the level's name in the user's language unless an administrator renamed it)."""
    return f"{facility_name} — {level_name(level, level_code)}"


def schedule_program_title(schedule: ScheduleView) -> str:
    return program_title(schedule.facility_name, schedule.level_name, schedule.level_code)


def mark_title(status: str | None) -> str:
    titles = {"present": translate("AttendanceTitles", "Present"),
              "late": translate("AttendanceTitles", "Late"),
              "telehealth": translate("AttendanceTitles", "Telehealth"),
              "excused": translate("AttendanceTitles", "Excused absence"),
              "unexcused": translate("AttendanceTitles", "Unexcused absence")}
    return titles.get(status or "", status or "")


def standing_title(standing: HoursStanding) -> str:
    titles = {HoursStanding.IN_RANGE: translate("AttendanceTitles", "in range"),
              HoursStanding.ON_TRACK: translate("AttendanceTitles", "on track"),
              HoursStanding.BELOW: translate("AttendanceTitles", "below range"),
              HoursStanding.ABOVE: translate("AttendanceTitles", "above range"),
              HoursStanding.NO_RANGE: ""}
    return titles[standing]


def hours_number(hours: float) -> str:
    return figure_text(round(hours, 1))


def range_text(low: float | None, high: float | None) -> str:
    """"9–19 h", "20+ h" or "" for a level without a weekly range."""
    if low is not None and high is not None:
        return arg(translate("AttendanceTitles", "%1–%2 h"), hours_number(low), hours_number(high))
    if low is not None:
        return arg(translate("AttendanceTitles", "%1+ h"), hours_number(low))
    if high is not None:
        return arg(translate("AttendanceTitles", "up to %1 h"), hours_number(high))
    return ""


def week_text(week: WeeklyHours) -> str:
    """"8 h of 9–19 h · below range"."""
    hours = arg(translate("AttendanceTitles", "%1 h"), hours_number(week.hours))
    span = range_text(week.min_hours, week.max_hours)
    if not span:
        return hours
    return arg(translate("AttendanceTitles", "%1 of %2 · %3"), hours, span,
               standing_title(week.standing))


def percent(rate: float | None) -> str:
    return "—" if rate is None else percent_text(rate)


def weekday_names() -> tuple[str, ...]:
    return (translate("AttendanceTitles", "Monday"), translate("AttendanceTitles", "Tuesday"),
            translate("AttendanceTitles", "Wednesday"), translate("AttendanceTitles", "Thursday"),
            translate("AttendanceTitles", "Friday"),
            translate("AttendanceTitles", "Saturday"), translate("AttendanceTitles", "Sunday"))


def days_text(days: tuple[int, ...]) -> str:
    """"Monday, Tuesday and Thursday"."""
    names = [weekday_names()[day] for day in days]
    if len(names) <= 1:
        return "".join(names)
    return arg(translate("AttendanceTitles", "%1 and %2"), ", ".join(names[:-1]), names[-1])


def counted(number: int, one: str, many: str) -> str:
    """``one`` for 1, else ``many`` with %1 as the number."""
    return one if number == 1 else arg(many, str(number))


def schedule_text(roll: RollCall | None) -> str:
    """"Meets Monday, Tuesday and Thursday at 17:30 · 180-minute sessions · IOP range
    9–19 h a week", and a note when the track does not meet on the roll call's day."""
    if roll is None:
        return translate("AttendanceTitles", "No program track has a schedule yet. A supervisor or "
                                             "administrator adds one for each IOP or PHP track "
                                             "(New track…).")
    schedule = roll.schedule
    start = (arg(translate("AttendanceTitles", " at %1"), time_text(schedule.starts_at))
             if schedule.starts_at else "")
    text = arg(translate("AttendanceTitles", "Meets %1%2 · %3-minute sessions"),
               days_text(schedule.weekdays), start, str(schedule.session_minutes))
    if span := range_text(schedule.min_weekly_hours, schedule.max_weekly_hours):
        text += arg(translate("AttendanceTitles", " · %1 range %2 a week"), schedule.level_code,
                    span)
    if not roll.meets:
        text += "  —  " + arg(translate("AttendanceTitles", "The %1 track does not meet on %2s."),
                              track_title(schedule.track).lower(),
                              weekday_names()[roll.day.weekday()])
    return text


def summary_text(roll: RollCall | None, pending: int, *,
                 week_adherence: float | None = None) -> str:
    """"12 clients expected · week of Nov 23: program adherence 85% · …";
    ``week_adherence`` counts marks not saved yet (default: the saved adherence)."""
    if roll is None:
        return ""
    if week_adherence is None:
        week_adherence = roll.week_adherence
    week = day_month(roll.week_start)
    parts = [counted(len(roll.rows), translate("AttendanceTitles", "1 client expected"),
                     translate("AttendanceTitles", "%1 clients expected")),
             arg(translate("AttendanceTitles", "week of %1: program adherence %2"), week,
                 percent(week_adherence))]
    if roll.outreach_count:
        parts.append(counted(roll.outreach_count,
                             translate("AttendanceTitles", "1 client needs outreach"),
                             translate("AttendanceTitles", "%1 clients need outreach")))
    if pending:
        parts.append(counted(pending, translate("AttendanceTitles", "1 mark not saved"),
                             translate("AttendanceTitles", "%1 marks not saved")))
    return " · ".join(parts)


def month_names() -> tuple[str, ...]:
    return (translate("AttendanceTitles", "Jan"), translate("AttendanceTitles", "Feb"),
            translate("AttendanceTitles", "Mar"), translate("AttendanceTitles", "Apr"),
            translate("AttendanceTitles", "May"), translate("AttendanceTitles", "Jun"),
            translate("AttendanceTitles", "Jul"), translate("AttendanceTitles", "Aug"),
            translate("AttendanceTitles", "Sep"), translate("AttendanceTitles", "Oct"),
            translate("AttendanceTitles", "Nov"), translate("AttendanceTitles", "Dec"))
