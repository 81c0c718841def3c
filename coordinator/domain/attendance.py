"""IOP/PHP program schedules and attendance: meeting days, weekly clinical hours against
the level's range, adherence, and the outreach flag.

Decisions, so the numbers mean the same thing everywhere:

- **Adherence** is attended sessions (present, late, telehealth) divided by the sessions
  the client was expected at: attended plus unexcused absences. Excused absences (a court
  date, a sick day reported ahead) are left out of both sides. The program agreed to them,
  and counting them would make a client who follows the program's rules look the same as
  one who stops coming; payers' attendance reviews and IOP program manuals speak of
  "unexcused absences" for the same reason. Days without a mark are left out too: an
  untaken roll call says nothing about the client. Excused absences still cost clinical
  hours, so a week full of them shows as below the level's range.
- **Weekly hours** are attended minutes in a Monday-to-Sunday week, against the level's
  weekly range (docs/architecture.md 3: a warning, never a refusal). While sessions of the week are
  still to come, hours short of the minimum read "on track" as long as attending the rest
  would reach it.
- **Outreach**: the client's latest marks, newest first, are two or more unexcused
  absences in a row. Any other mark ends the run: attending, or an excused absence (the
  client was in touch), so one call back is all it takes to clear the flag.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from coordinator.domain.vocabulary import AttendanceStatus

# iCalendar BYDAY codes (RFC 5545), Monday first like date.weekday().
WEEKDAY_CODES: tuple[str, ...] = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
WEEKDAY_TITLES: tuple[str, ...] = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                                   "Saturday", "Sunday")
ATTENDED_MARKS = frozenset({AttendanceStatus.PRESENT, AttendanceStatus.LATE,
                            AttendanceStatus.TELEHEALTH})
ABSENT_MARKS = frozenset({AttendanceStatus.EXCUSED, AttendanceStatus.UNEXCUSED})
OUTREACH_AFTER_UNEXCUSED = 2
MIN_SESSION_MINUTES = 15
MAX_SESSION_MINUTES = 12 * 60


class HoursStanding(StrEnum):
    """How a week's attended hours compare with the level's weekly range."""

    IN_RANGE = "in_range"
    ON_TRACK = "on_track"  # below the minimum so far, but the rest of the week can reach it
    BELOW = "below"
    ABOVE = "above"
    NO_RANGE = "no_range"  # the level has no weekly range


HOURS_STANDING_WORDS: dict[HoursStanding, str] = {
    HoursStanding.IN_RANGE: "in range",
    HoursStanding.ON_TRACK: "on track",
    HoursStanding.BELOW: "below range",
    HoursStanding.ABOVE: "above range",
    HoursStanding.NO_RANGE: "",
}


def parse_weekdays(text: str) -> frozenset[int]:
    """The weekdays (0 = Monday) in a stored list such as ``"MO,TU,TH"``.

    Raises:
        ValueError: a code that is not a weekday.
    """
    days: set[int] = set()
    for part in text.split(","):
        code = part.strip().upper()
        if not code:
            continue
        if code not in WEEKDAY_CODES:
            raise ValueError(f"'{part.strip()}' is not a day of the week.")
        days.add(WEEKDAY_CODES.index(code))
    return frozenset(days)


def weekdays_text(days: Iterable[int]) -> str:
    """The stored form of ``days``, Monday first: ``{3, 0, 1}`` gives ``"MO,TU,TH"``."""
    return ",".join(WEEKDAY_CODES[day] for day in sorted(set(days)))


def meets_on(days: frozenset[int], day: date) -> bool:
    """Whether a program meeting on ``days`` has a session on ``day``."""
    return day.weekday() in days


def meeting_days(days: frozenset[int], first: date, last: date) -> Iterator[date]:
    """The session days from ``first`` to ``last``, both included."""
    day = first
    while day <= last:
        if day.weekday() in days:
            yield day
        day += timedelta(days=1)


def week_of(day: date) -> tuple[date, date]:
    """The Monday and Sunday of ``day``'s week."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def previous_meeting_day(days: frozenset[int], day: date) -> date:
    """The latest session day before ``day`` (``day - 1`` for a program that never meets)."""
    return _step(days, day, -1)


def next_meeting_day(days: frozenset[int], day: date) -> date:
    """The first session day after ``day`` (``day + 1`` for a program that never meets)."""
    return _step(days, day, 1)


def _step(days: frozenset[int], day: date, direction: int) -> date:
    for distance in range(1, 8):
        candidate = day + timedelta(days=direction * distance)
        if candidate.weekday() in days:
            return candidate
    return day + timedelta(days=direction)


@dataclass(frozen=True)
class WeeklyHours:
    """Attended clinical hours in one week against the level's range."""

    hours: float
    min_hours: float | None
    max_hours: float | None
    standing: HoursStanding

    @property
    def words(self) -> str:
        """"in range", "below range" … (English; the UI translates)."""
        return HOURS_STANDING_WORDS[self.standing]

    @property
    def is_warning(self) -> bool:
        return self.standing in (HoursStanding.BELOW, HoursStanding.ABOVE)


def weekly_hours(attended_minutes: int, min_hours: float | None, max_hours: float | None,
                 *, minutes_still_to_come: int = 0) -> WeeklyHours:
    """The week's attended hours and how they stand against the level's range.

    Args:
        attended_minutes: minutes of sessions attended in the week.
        min_hours: the level's weekly minimum (None: none).
        max_hours: the level's weekly maximum (None: none).
        minutes_still_to_come: minutes of the week's sessions not held yet; hours below the
            minimum are "on track" while these could still make it up.
    """
    hours = attended_minutes / 60
    if min_hours is None and max_hours is None:
        standing = HoursStanding.NO_RANGE
    elif max_hours is not None and hours > max_hours:
        standing = HoursStanding.ABOVE
    elif min_hours is not None and hours < min_hours:
        reachable = (attended_minutes + minutes_still_to_come) / 60 >= min_hours
        standing = HoursStanding.ON_TRACK if reachable else HoursStanding.BELOW
    else:
        standing = HoursStanding.IN_RANGE
    return WeeklyHours(hours, min_hours, max_hours, standing)


def is_attended(status: str) -> bool:
    return status in ATTENDED_MARKS


def adherence(statuses: Iterable[str]) -> float | None:
    """Attended sessions over attended plus unexcused ones (see the module docstring);
    None when there is nothing to divide by."""
    attended = expected = 0
    for status in statuses:
        if status in ATTENDED_MARKS:
            attended += 1
            expected += 1
        elif status == AttendanceStatus.UNEXCUSED:
            expected += 1
    return attended / expected if expected else None


def unexcused_run(marks: Sequence[tuple[date, str]]) -> int:
    """How many of the latest marks, counting back from the newest, are unexcused
    absences in a row. ``marks`` are (session day, status) in any order."""
    run = 0
    for _day, status in sorted(marks, reverse=True):
        if status != AttendanceStatus.UNEXCUSED:
            break
        run += 1
    return run


def needs_outreach(marks: Sequence[tuple[date, str]]) -> bool:
    """Whether the client's latest marks are two or more unexcused absences in a row."""
    return unexcused_run(marks) >= OUTREACH_AFTER_UNEXCUSED


def default_minutes(status: str, session_minutes: int) -> int:
    """Minutes a mark counts when none are given: the whole session if attended."""
    return session_minutes if status in ATTENDED_MARKS else 0


def minutes_problem(status: str, minutes: int, session_minutes: int) -> str | None:
    """A sentence when ``minutes`` cannot go with ``status`` in a session this long."""
    if status in ABSENT_MARKS:
        return None if minutes == 0 else "An absence counts no minutes."
    if minutes < 1:
        return "An attended session counts at least one minute."
    if minutes > session_minutes:
        return f"The session is {session_minutes} minutes long; {minutes} is more than that."
    return None
