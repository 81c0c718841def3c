"""What the inquiry service takes and returns: plain frozen values, no rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from coordinator.domain.intake import (
    Authorization,
    AuthorizationUse,
    InquiryOutcome,
    InquirySource,
    VerificationStatus,
)


@dataclass(frozen=True)
class InsuranceInput:
    """The insurance captured at first contact, and whether the payer verified it."""

    payer: str = ""
    member_id: str = ""
    verification: VerificationStatus = VerificationStatus.NOT_VERIFIED
    verified_on: date | None = None
    """The day the payer verified or denied it (none while not verified)."""


@dataclass(frozen=True)
class InquiryInput:
    """An inquiry as a form gives it."""

    source: InquirySource
    first_contact_on: date
    source_contact: str = ""
    """Who called for the source, e.g. the discharge planner's name and hospital."""
    requested_level_code: str | None = None
    insurance: InsuranceInput = field(default_factory=InsuranceInput)
    authorization: Authorization = field(default_factory=Authorization)
    outcome: InquiryOutcome = InquiryOutcome.OPEN
    outcome_on: date | None = None
    """When it was decided; a decided inquiry without one is dated today."""
    referral_id: int | None = None
    """Referred elsewhere: the referral made with the referrals service, if one was."""
    referred_to: str = ""
    """Referred elsewhere: where, in words (when no referral record names it)."""
    notes: str = ""


@dataclass(frozen=True)
class InquiryView:
    id: int
    version: int
    client_id: int
    record_number: str
    client_name: str
    details: InquiryInput
    requested_level_name: str
    referral_title: str
    """The linked referral as a list shows it ("Housing referral, requested"), or ""."""
    first_session_on: date | None
    """The first session attended on or after the first contact."""
    days_to_first_session: int | None
    days_open: int | None
    """Days since the first contact while the inquiry is open; None once decided."""
    authorization_use: AuthorizationUse | None
    created_by_name: str

    @property
    def warnings(self) -> tuple[str, ...]:
        """The authorization's warnings (units nearly used, last day near or past)."""
        use = self.authorization_use
        return use.warnings if use is not None else ()


#: Open inquiries are counted up to this many; past it the count says "more than" (a
#: county's server holds tens of thousands, and no one reads that number off a list).
COUNTED_INQUIRIES = 1000


@dataclass(frozen=True)
class OpenInquiries:
    """The open inquiries listed (at most the limit asked) and how many there are, up to
    ``COUNTED_INQUIRIES + 1`` (``more_than_counted`` then)."""

    rows: tuple[InquiryView, ...]
    total: int

    @property
    def more_than_counted(self) -> bool:
        return self.total > COUNTED_INQUIRIES
