"""Opening hours of a community resource, from its HSDS 3.0 schedule rows.

HSDS stores hours as iCalendar-like rules (``freq``, ``byday`` such as "MO,TU,WE,TH,FR",
``opens_at``/``closes_at``), which a case manager on the phone with a client cannot read.
This module turns them into short lines such as "Mon–Fri 9:00–17:00" and answers "is it
open now?". It is pure so the same words appear in the Resources view, letters and tests;
the words themselves come in a ``HoursWords`` so the UI can pass translated ones.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from functools import lru_cache

DAY_CODES: tuple[str, ...] = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_BYDAY_PART = re.compile(r"^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$")
_CLOCK = re.compile(r"^(\d{1,2}):(\d{2})")
# HSDS has no "until midnight": feeds write 23:59 (or 24:00) for a day that ends at midnight.
_END_OF_DAY = time(23, 59)


@dataclass(frozen=True)
class ScheduleRule:
    """The parts of one HSDS schedule row that say when a service is open."""

    freq: str | None = None
    byday: str | None = None
    opens_at: str | None = None
    closes_at: str | None = None
    description: str | None = None
    valid_from: date | None = None
    valid_to: date | None = None
    timezone: float | None = None
    """Offset from UTC in hours, as HSDS gives it; None: the times are local wall time."""


@dataclass(frozen=True)
class HoursWords:
    """The words of an hours line; English by default, translated ones from the UI."""

    day_names: tuple[str, ...] = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    every_day: str = "Every day"
    all_day: str = "24 hours"
    monthly: str = "Monthly"
    ordinals: dict[int, str] = field(default_factory=lambda: {
        1: "1st", 2: "2nd", 3: "3rd", 4: "4th", 5: "5th", -1: "last"})
    range_dash: str = "–"


# A directory repeats a handful of hour and day strings thousands of times; "open now" over
# every service parses each distinct one once.
@lru_cache(maxsize=1024)
def parse_clock(text: str | None) -> time | None:
    """The wall-clock time at the start of an HSDS time ("09:00", "9:00:00Z", "17:30+01:00").

    Returns None for empty or unreadable text, so one odd row never hides the others.
    """
    if not text:
        return None
    match = _CLOCK.match(text.strip())
    if match is None:
        return None
    hours, minutes = int(match.group(1)), int(match.group(2))
    if hours == 24 and minutes == 0:
        return _END_OF_DAY
    if hours > 23 or minutes > 59:
        return None
    return time(hours, minutes)


@lru_cache(maxsize=1024)
def weekdays_of(byday: str | None) -> tuple[int, ...]:
    """Weekday numbers (0 = Monday) named in ``byday``, ordinals ("1MO") dropped, sorted."""
    days: set[int] = set()
    for part in (byday or "").replace(" ", "").upper().split(","):
        match = _BYDAY_PART.match(part)
        if match is not None:
            days.add(DAY_CODES.index(match.group(2)))
    return tuple(sorted(days))


def _ordinal_days(byday: str | None, words: HoursWords) -> list[str]:
    """Monthly day names with their ordinal: "1MO" → "1st Mon", "-1FR" → "last Fri"."""
    names = []
    for part in (byday or "").replace(" ", "").upper().split(","):
        match = _BYDAY_PART.match(part)
        if match is None:
            continue
        day = words.day_names[DAY_CODES.index(match.group(2))]
        if match.group(1):
            number = int(match.group(1))
            day = f"{words.ordinals.get(number, str(number))} {day}"
        names.append(day)
    return names


def days_text(days: Sequence[int], words: HoursWords = HoursWords()) -> str:
    """Weekdays as a person writes them: runs of three or more become "Mon–Fri"."""
    ordered = sorted(set(days))
    if len(ordered) == 7:
        return words.every_day
    runs: list[list[int]] = []
    for day in ordered:
        if runs and runs[-1][-1] == day - 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    parts: list[str] = []
    for run in runs:
        if len(run) >= 3:
            parts.append(f"{words.day_names[run[0]]}{words.range_dash}"
                         f"{words.day_names[run[-1]]}")
        else:
            parts.extend(words.day_names[day] for day in run)
    return ", ".join(parts)


def _clock_text(moment: time) -> str:
    return f"{moment.hour}:{moment.minute:02d}"


def _times_text(opens: time, closes: time, words: HoursWords) -> str:
    if opens == time(0, 0) and closes == _END_OF_DAY:
        return words.all_day
    return f"{_clock_text(opens)}{words.range_dash}{_clock_text(closes)}"


def hours_lines(rules: Sequence[ScheduleRule],
                words: HoursWords = HoursWords()) -> list[str]:
    """The hours of one service in plain words, one line per set of opening times.

    Weekly rows with the same times are merged, so "MO,TU" and "WE,TH,FR" at 9–17 give
    "Mon–Fri 9:00–17:00"; lines are ordered by their first day. A row without readable
    times contributes its description ("By appointment"); a monthly row keeps its ordinals
    ("Monthly: 1st Mon 18:00–20:00"). Duplicate lines are shown once.

    Args:
        rules: the service's schedule rows (any order).
        words: the day names and phrases to use.

    Returns:
        The lines, timed ones first, or an empty list when nothing is known.
    """
    weekly: dict[tuple[time, time], set[int]] = {}
    untimed_days: set[int] = set()
    monthly: list[str] = []
    notes: list[str] = []
    for rule in rules:
        opens, closes = parse_clock(rule.opens_at), parse_clock(rule.closes_at)
        freq = (rule.freq or "").upper()
        if opens is None or closes is None:
            if rule.description and rule.description.strip():
                notes.append(rule.description.strip())
            elif freq != "MONTHLY":
                untimed_days.update(weekdays_of(rule.byday))
            continue
        if freq == "MONTHLY":
            days = ", ".join(_ordinal_days(rule.byday, words))
            monthly.append(f"{words.monthly}: {days} {_times_text(opens, closes, words)}"
                           if days else f"{words.monthly}: {_times_text(opens, closes, words)}")
            continue
        days_named = weekdays_of(rule.byday) or tuple(range(7))
        weekly.setdefault((opens, closes), set()).update(days_named)
    timed = sorted(weekly.items(), key=lambda item: (min(item[1]), item[0]))
    # "Mon–Fri 9:00–17:00", but "Every day, 24 hours": a comma where the times are words.
    lines = [f"{days_text(sorted(days), words)}"
             f"{', ' if _times_text(opens, closes, words) == words.all_day else ' '}"
             f"{_times_text(opens, closes, words)}"
             for (opens, closes), days in timed]
    if untimed_days:
        lines.append(days_text(sorted(untimed_days), words))
    lines.extend(monthly)
    lines.extend(notes)
    return list(dict.fromkeys(lines))


def is_open_at(rules: Sequence[ScheduleRule], when: datetime) -> bool:
    """Whether any weekly rule has the service open at ``when``.

    ``when`` is local wall time when naive. A rule with a UTC offset (``timezone``) is read
    in that offset when ``when`` is aware. Hours past midnight ("22:00"–"06:00") count on
    the next morning too. Monthly rules and rules without times never say "open": the
    directory cannot know, and a case manager should not send a client to a closed door.
    """
    for rule in rules:
        if (rule.freq or "WEEKLY").upper() not in ("WEEKLY", "DAILY"):
            continue
        opens, closes = parse_clock(rule.opens_at), parse_clock(rule.closes_at)
        if opens is None or closes is None:
            continue
        local = when
        if when.tzinfo is not None and rule.timezone is not None:
            local = when.astimezone(timezone(timedelta(hours=rule.timezone)))
        days = weekdays_of(rule.byday) or tuple(range(7))
        if _open_in_rule(rule, days, opens, closes, local):
            return True
    return False


def _open_in_rule(rule: ScheduleRule, days: tuple[int, ...], opens: time, closes: time,
                  local: datetime) -> bool:
    now = local.time().replace(tzinfo=None)
    today = local.date()
    if closes > opens or closes == _END_OF_DAY:
        in_hours = opens <= now and (now < closes or closes == _END_OF_DAY)
        return in_hours and today.weekday() in days and _valid_on(rule, today)
    # Overnight: open from ``opens`` on a listed day until ``closes`` the next morning.
    if now >= opens and today.weekday() in days and _valid_on(rule, today):
        return True
    yesterday = today - timedelta(days=1)
    return now < closes and yesterday.weekday() in days and _valid_on(rule, yesterday)


def _valid_on(rule: ScheduleRule, day: date) -> bool:
    if rule.valid_from is not None and day < rule.valid_from:
        return False
    return rule.valid_to is None or day <= rule.valid_to
