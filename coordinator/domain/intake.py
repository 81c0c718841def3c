"""Intake inquiries: where a first contact came from, what it became, and the payer's
authorization behind the sessions that follow (docs/architecture.md §3, Intake and
readiness).

Pure rules: the vocabularies, the checks of an authorization's dates and units, the
countdown of authorized sessions and its warnings, and the days from first contact to the
first attended session.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

#: The percentage of authorized sessions used from which the countdown warns.
UNITS_WARNING_PERCENT = 80
#: The authorization's last day is this close (in days) or closer: a warning.
ENDING_WARNING_DAYS = 7
#: More sessions than any payer authorizes at once: a typing slip.
MOST_UNITS = 999


class InquirySource(StrEnum):
    SELF = "self"
    FAMILY = "family"
    HOSPITAL = "hospital_discharge_planner"
    COURT = "court"
    PRIMARY_CARE = "primary_care"
    OTHER_PROGRAM = "other_program"


INQUIRY_SOURCE_TITLES: dict[InquirySource, str] = {
    InquirySource.SELF: "Self",
    InquirySource.FAMILY: "Family",
    InquirySource.HOSPITAL: "Hospital discharge planner",
    InquirySource.COURT: "Court",
    InquirySource.PRIMARY_CARE: "Primary care",
    InquirySource.OTHER_PROGRAM: "Another program",
}


class VerificationStatus(StrEnum):
    NOT_VERIFIED = "not_verified"
    VERIFIED = "verified"
    DENIED = "denied"


VERIFICATION_TITLES: dict[VerificationStatus, str] = {
    VerificationStatus.NOT_VERIFIED: "Not verified",
    VerificationStatus.VERIFIED: "Verified",
    VerificationStatus.DENIED: "Denied",
}


class InquiryOutcome(StrEnum):
    OPEN = "open"
    ADMITTED = "admitted"
    REFERRED_ELSEWHERE = "referred_elsewhere"
    NOT_REACHED = "not_reached"
    DECLINED = "declined"


INQUIRY_OUTCOME_TITLES: dict[InquiryOutcome, str] = {
    InquiryOutcome.OPEN: "Open",
    InquiryOutcome.ADMITTED: "Admitted",
    InquiryOutcome.REFERRED_ELSEWHERE: "Referred elsewhere",
    InquiryOutcome.NOT_REACHED: "Not reached",
    InquiryOutcome.DECLINED: "Declined",
}


@dataclass(frozen=True)
class Authorization:
    """A payer's authorization of sessions: number, units and the days they cover."""

    number: str = ""
    units: int | None = None
    starts_on: date | None = None
    ends_on: date | None = None

    def is_empty(self) -> bool:
        return not self.number and self.units is None and self.starts_on is None \
            and self.ends_on is None


@dataclass(frozen=True)
class AuthorizationUse:
    """How far an authorization is used, as of a day."""

    units: int
    used: int
    ends_on: date
    days_left: int
    """Days from today to the last authorized day (negative once it has passed)."""
    warnings: tuple[str, ...]

    @property
    def remaining(self) -> int:
        return max(self.units - self.used, 0)


def authorization_problems(authorization: Authorization) -> dict[str, str]:
    """A sentence per field of an authorization that cannot be saved.

    An authorization is optional (not every payer asks for one), but one begun is whole:
    it names its units and both days, and it ends on or after the day it starts.
    """
    if authorization.is_empty():
        return {}
    problems: dict[str, str] = {}
    if authorization.units is None:
        problems["authorized_units"] = "Enter how many sessions the payer authorized."
    elif not 1 <= authorization.units <= MOST_UNITS:
        problems["authorized_units"] = (
            f"Authorized sessions run from 1 to {MOST_UNITS} (this has "
            f"{authorization.units}).")
    if authorization.starts_on is None:
        problems["authorization_start"] = "Enter the first day the authorization covers."
    if authorization.ends_on is None:
        problems["authorization_end"] = "Enter the last day the authorization covers."
    if authorization.starts_on is not None and authorization.ends_on is not None \
            and authorization.ends_on < authorization.starts_on:
        problems["authorization_end"] = (
            f"The authorization ends on {authorization.ends_on.isoformat()}, before it "
            f"starts on {authorization.starts_on.isoformat()}.")
    return problems


def authorization_use(authorization: Authorization, used: int,
                      today: date) -> AuthorizationUse | None:
    """The countdown of a whole authorization with ``used`` sessions attended under it;
    None when there is none. Warns from 80 % of the units used, when the last day is a
    week away or closer, and once it has passed."""
    if authorization.units is None or authorization.ends_on is None:
        return None
    units, ends_on = authorization.units, authorization.ends_on
    days_left = (ends_on - today).days
    warnings: list[str] = []
    if used >= units:
        warnings.append(f"All {units} authorized sessions are used ({used} attended); "
                        "ask the payer for more before the next session.")
    elif used * 100 >= UNITS_WARNING_PERCENT * units:  # whole numbers: no rounding
        warnings.append(f"{used} of {units} authorized sessions used "
                        f"({round(100 * used / units)} %); {units - used} left.")
    if days_left < 0:
        warnings.append(f"The authorization ended on {ends_on.isoformat()}.")
    elif days_left <= ENDING_WARNING_DAYS:
        when = "today" if days_left == 0 else \
            f"in {days_left} day{'s' if days_left != 1 else ''}"
        warnings.append(f"The authorization ends {when} ({ends_on.isoformat()}).")
    return AuthorizationUse(units, used, ends_on, days_left, tuple(warnings))


def days_to_first_session(first_contact: date, first_session: date | None) -> int | None:
    """Days from the first contact to the first attended session (0: the same day);
    None while no session was attended."""
    if first_session is None:
        return None
    return (first_session - first_contact).days
