"""The range a date on a client's record can fall in, so a mistyped year is caught.

A clinical date (an assessment, an episode's start or end, a transition, a referral's
follow-up, a consent's signature or expiry, a note, a roll call) cannot fall before 1900,
and nothing about a client can happen before the client was born. Dates that may lie ahead
(a planned admission, a follow-up, an expiry) still cannot lie more than ten years ahead:
a year typed as 2062 for 2026 is caught here, while the usual "after today" rules of each
record stay with its service.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import overload

from coordinator.domain.words import said

#: No record in this clinic's care predates this day (nor does any client's birth).
EARLIEST_DATE = date(1900, 1, 1)
#: A date may lie at most this many years after today where a future date makes sense.
YEARS_AHEAD = 10


def local_today() -> date:
    """Today on the workstation's calendar. Dates on a record carry no time zone: a clinic's
    day is its local day (an appointment at 23:30 is on that evening's date), so this is the
    local date, the same as ``date.today()``, and not UTC's."""
    return datetime.now(UTC).astimezone().date()


def latest_date(today: date) -> date:
    """The last day a future-facing date (a plan, a follow-up, an expiry) may fall on."""
    try:
        return today.replace(year=today.year + YEARS_AHEAD)
    except ValueError:  # 29 February, ten years on, is not a leap day
        return today.replace(year=today.year + YEARS_AHEAD, day=28)


def clinical_date_problem(label: str, day: date, *, today: date,
                          birth_date: date | None = None) -> str | None:
    """A sentence when ``day`` is before 1900, before the client's birth or absurdly
    far ahead; None when it may be right.

    Args:
        label: what the date is, as the form calls it ("The assessment date").
        day: the date entered.
        today: the clinic's today.
        birth_date: the client's date of birth, if known.
    """
    if day < EARLIEST_DATE:
        return said("Validation", "%1 %2 is before 1900; check the year.").arg(label, day)
    if birth_date is not None and day < birth_date:
        return said("Validation", "%1 %2 is before the client's date of birth (%3); check "
                                  "the date.").arg(label, day, birth_date)
    if day > latest_date(today):
        return said("Validation", "%1 %2 is more than %3 years from today; check the "
                                  "year.").arg(label, day, YEARS_AHEAD)
    return None


def birth_date_problem(day: date, today: date) -> str | None:
    """A sentence when a date of birth is in the future or before 1900, else None."""
    if day > today:
        return said("Validation", "The date of birth cannot be in the future.")
    if day < EARLIEST_DATE:
        return said("Validation", "The date of birth is before 1900; check the year.")
    return None


@overload
def age_on(birth_date: date, day: date) -> int: ...


@overload
def age_on(birth_date: date | None, day: date) -> int | None: ...


def age_on(birth_date: date | None, day: date) -> int | None:
    """Whole years of age on ``day``, or None when the date of birth is not known (a
    birthday counts from its own day; someone born on 29 February turns a year older on
    1 March in common years)."""
    if birth_date is None:
        return None
    before_birthday = (day.month, day.day) < (birth_date.month, birth_date.day)
    return day.year - birth_date.year - before_birthday
