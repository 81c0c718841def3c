"""The closed-loop referral state machine (docs/architecture.md 3, "Referrals (closed loop)").

Statuses follow FHIR R4 Task.status. A referral is "closed" once it is rejected, completed,
cancelled or failed; closing needs an outcome, because the point of a closed loop is knowing
whether the client actually got help. Pure rules, no database: the service asks these
functions before it writes, and the UI asks them which moves to offer.
"""

from __future__ import annotations

from datetime import date

from coordinator.domain.errors import ValidationError
from coordinator.domain.vocabulary import (
    CLOSED_REFERRAL_STATUSES,
    ReferralCategory,
    ReferralOutcome,
    ReferralPriority,
    ReferralStatus,
)
from coordinator.domain.words import said

S = ReferralStatus

#: Where each status may go next. Closed statuses go nowhere: a completed referral that
#: turns out wrong is answered by a new referral, so the history never rewrites itself.
#: A referral still requested (or received) may be completed straight away: often the
#: case manager hears from the client that they already got help before the receiver
#: ever confirmed, and the loop closes on that outcome.
ALLOWED_MOVES: dict[ReferralStatus, frozenset[ReferralStatus]] = {
    S.DRAFT: frozenset({S.REQUESTED, S.CANCELLED}),
    S.REQUESTED: frozenset({S.RECEIVED, S.ACCEPTED, S.REJECTED, S.COMPLETED, S.CANCELLED,
                            S.FAILED, S.ON_HOLD}),
    S.RECEIVED: frozenset({S.ACCEPTED, S.REJECTED, S.COMPLETED, S.CANCELLED, S.FAILED,
                           S.ON_HOLD}),
    S.ACCEPTED: frozenset({S.IN_PROGRESS, S.COMPLETED, S.CANCELLED, S.FAILED, S.ON_HOLD}),
    S.IN_PROGRESS: frozenset({S.COMPLETED, S.CANCELLED, S.FAILED, S.ON_HOLD}),
    S.ON_HOLD: frozenset({S.REQUESTED, S.RECEIVED, S.ACCEPTED, S.IN_PROGRESS, S.CANCELLED,
                          S.FAILED}),
    S.REJECTED: frozenset(),
    S.COMPLETED: frozenset(),
    S.CANCELLED: frozenset(),
    S.FAILED: frozenset(),
}

#: The statuses a new referral may start in: a draft to finish later, or sent at once.
START_STATUSES = frozenset({S.DRAFT, S.REQUESTED})

#: Open and already sent to the receiver: the statuses the follow-up date is watched in.
#: A draft has not left the clinic yet, so it cannot be late (the dashboard counts the same).
AWAITING_STATUSES = frozenset(set(ReferralStatus) - CLOSED_REFERRAL_STATUSES - {S.DRAFT})


def is_closed(status: ReferralStatus) -> bool:
    return status in CLOSED_REFERRAL_STATUSES


def next_statuses(status: ReferralStatus) -> list[ReferralStatus]:
    """The moves to offer from ``status``, in the order of the FHIR value set."""
    allowed = ALLOWED_MOVES[status]
    return [candidate for candidate in ReferralStatus if candidate in allowed]


def can_move(from_status: ReferralStatus, to_status: ReferralStatus) -> bool:
    return to_status in ALLOWED_MOVES[from_status]


def check_move(from_status: ReferralStatus, to_status: ReferralStatus,
               outcome: ReferralOutcome | None) -> None:
    """Raise ``ValidationError`` unless ``from_status`` → ``to_status`` is allowed and an
    outcome is given exactly when the move closes the referral.

    Args:
        from_status: the referral's status now.
        to_status: the status asked for.
        outcome: what came of the referral; required when ``to_status`` is closed and
            refused otherwise (an open referral has no outcome yet).
    """
    if from_status == to_status:
        raise ValidationError.for_fields({"status": said(
            "Validation", "The referral is already %1.").arg(STATUS_WORDS[to_status])})
    if not can_move(from_status, to_status):
        if is_closed(from_status):
            message = said("Validation", "The referral is closed (%1); make a new referral "
                                         "instead.").arg(STATUS_WORDS[from_status])
        else:
            message = said("Validation", "A referral cannot go from %1 to %2.").arg(
                STATUS_WORDS[from_status], STATUS_WORDS[to_status])
        raise ValidationError.for_fields({"status": message})
    if is_closed(to_status) and outcome is None:
        raise ValidationError.for_fields(
            {"outcome": said("Validation", "Choose the outcome: what came of this referral.")})
    if not is_closed(to_status) and outcome is not None:
        raise ValidationError.for_fields(
            {"outcome": said("Validation", "Only a closed referral has an outcome.")})


def is_overdue(status: ReferralStatus, follow_up_due: date | None, today: date) -> bool:
    """Sent, still open, and its follow-up date has passed (the due day itself is not late)."""
    return (status in AWAITING_STATUSES and follow_up_due is not None
            and follow_up_due < today)


def days_overdue(follow_up_due: date, today: date) -> int:
    return (today - follow_up_due).days


STATUS_TITLES: dict[ReferralStatus, str] = {
    S.DRAFT: said("Referrals", "Draft"),
    S.REQUESTED: said("Referrals", "Requested"),
    S.RECEIVED: said("Referrals", "Received"),
    S.ACCEPTED: said("Referrals", "Accepted"),
    S.REJECTED: said("Referrals", "Rejected"),
    S.IN_PROGRESS: said("Referrals", "In progress"),
    S.ON_HOLD: said("Referrals", "On hold"),
    S.COMPLETED: said("Referrals", "Completed"),
    S.CANCELLED: said("Referrals", "Cancelled"),
    S.FAILED: said("Referrals", "Failed"),
}

#: A status as a sentence says it ("The referral is already requested.").
STATUS_WORDS: dict[ReferralStatus, str] = {
    S.DRAFT: said("ReferralStatusWord", "draft"),
    S.REQUESTED: said("ReferralStatusWord", "requested"),
    S.RECEIVED: said("ReferralStatusWord", "received"),
    S.ACCEPTED: said("ReferralStatusWord", "accepted"),
    S.REJECTED: said("ReferralStatusWord", "rejected"),
    S.IN_PROGRESS: said("ReferralStatusWord", "in progress"),
    S.ON_HOLD: said("ReferralStatusWord", "on hold"),
    S.COMPLETED: said("ReferralStatusWord", "completed"),
    S.CANCELLED: said("ReferralStatusWord", "cancelled"),
    S.FAILED: said("ReferralStatusWord", "failed"),
}

OUTCOME_TITLES: dict[ReferralOutcome, str] = {
    ReferralOutcome.GOT_HELP: said("Referrals", "Got help"),
    ReferralOutcome.COULD_NOT_CONTACT: said("Referrals", "Could not contact"),
    ReferralOutcome.NOT_ELIGIBLE: said("Referrals", "Not eligible"),
    ReferralOutcome.NO_CAPACITY: said("Referrals", "No capacity"),
    ReferralOutcome.NO_LONGER_INTERESTED: said("Referrals", "No longer interested"),
    ReferralOutcome.REFERRED_ELSEWHERE: said("Referrals", "Referred elsewhere"),
    ReferralOutcome.OTHER: said("Referrals", "Other"),
}

CATEGORY_TITLES: dict[ReferralCategory, str] = {
    ReferralCategory.HOUSING: said("Referrals", "Housing"),
    ReferralCategory.EMPLOYMENT: said("Referrals", "Employment / vocational"),
    ReferralCategory.PHYSICAL_HEALTH: said("Referrals", "Physical health"),
    ReferralCategory.FOOD: said("Referrals", "Food"),
    ReferralCategory.TRANSPORTATION: said("Referrals", "Transportation"),
    ReferralCategory.LEGAL: said("Referrals", "Legal"),
    ReferralCategory.BENEFITS: said("Referrals", "Benefits / financial"),
    ReferralCategory.EDUCATION: said("Referrals", "Education"),
    ReferralCategory.CHILDCARE: said("Referrals", "Childcare"),
    ReferralCategory.FAMILY_SUPPORT: said("Referrals", "Family support"),
    ReferralCategory.PEER_SUPPORT: said("Referrals", "Peer support"),
    ReferralCategory.SUBSTANCE_USE: said("Referrals", "Substance use"),
    ReferralCategory.MENTAL_HEALTH: said("Referrals", "Mental health"),
    ReferralCategory.OTHER: said("Referrals", "Other"),
}
PRIORITY_TITLES: dict[ReferralPriority, str] = {
    ReferralPriority.ROUTINE: "Routine",
    ReferralPriority.URGENT: "Urgent",
    ReferralPriority.ASAP: "As soon as possible",
    ReferralPriority.STAT: "Immediately (stat)",
}


def status_title(status: ReferralStatus) -> str:
    """English title; the UI translates it."""
    return STATUS_TITLES[status]
