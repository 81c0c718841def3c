"""What the referral service takes and returns: frozen dataclasses, never ORM rows.

The row → DTO mapping lives here too, next to the one query shape every list shares, so the
client's tab, the Referrals view and the dashboard all show a referral the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, func, literal, select
from sqlalchemy.orm import aliased

from coordinator.domain.referrals import is_overdue
from coordinator.domain.vocabulary import (
    ReferralCategory,
    ReferralOutcome,
    ReferralPriority,
    ReferralStatus,
)
from coordinator.store.models import (
    Client,
    Facility,
    HsdsOrganization,
    HsdsService,
    Referral,
    User,
)


@dataclass(frozen=True)
class ReferralInput:
    """What a case manager fills in: where to (one of ``service_id`` or ``facility_id``),
    why, how urgent, when to check on it, and an optional note for the receiver."""

    category: ReferralCategory
    reason: str
    follow_up_due: date | None
    priority: ReferralPriority = ReferralPriority.ROUTINE
    service_id: str | None = None
    facility_id: int | None = None
    note_to_receiver: str = ""


@dataclass(frozen=True)
class ReferralView:
    id: int
    version: int
    client_id: int
    record_number: str
    client_name: str
    status: ReferralStatus
    outcome: ReferralOutcome | None
    outcome_note: str
    details: ReferralInput
    #: The facility's name, or the HSDS service's name with its organization.
    target_name: str
    assigned_to_id: int | None
    assigned_to_name: str
    created_at: datetime
    closed_at: datetime | None
    overdue: bool

    @property
    def category(self) -> ReferralCategory:
        return self.details.category

    @property
    def reason(self) -> str:
        return self.details.reason

    @property
    def follow_up_due(self) -> date | None:
        return self.details.follow_up_due


@dataclass(frozen=True)
class ReferralEventView:
    """One line of a referral's history: who moved it from what to what, when, and why."""

    id: int
    occurred_at: datetime  # aware, UTC
    user_name: str
    from_status: ReferralStatus | None
    to_status: ReferralStatus
    note: str


@dataclass(frozen=True)
class ReferralFilter:
    """The Referrals view's filters; None or False means "any"."""

    status: ReferralStatus | None = None
    open_only: bool = False
    category: ReferralCategory | None = None
    overdue_only: bool = False
    assigned_to_id: int | None = None
    caseload_of_id: int | None = None
    """Only referrals of clients whose primary case manager is this user ("my caseload")."""
    client_text: str = ""
    """Only referrals of clients found by this text, as the client search finds them: every
    word starts a word of the given or family name, or the text starts the record number."""


@dataclass(frozen=True)
class ServiceChoice:
    """An HSDS service for the "refer to" picker."""

    id: str
    name: str
    organization_name: str


_Assignee = aliased(User)


def referral_query() -> Select[Referral, str, str, str, str, str, str, str]:
    """Referral, client name parts, target names and assignee name, in one round trip."""
    return (select(Referral, Client.record_number, Client.family_name, Client.given_name,
                   Facility.name, HsdsService.name, HsdsOrganization.name,
                   func.coalesce(_Assignee.full_name, literal("")))
            .join(Client, Client.id == Referral.client_id)
            .outerjoin(Facility, Facility.id == Referral.facility_id)
            .outerjoin(HsdsService, HsdsService.id == Referral.service_id)
            .outerjoin(HsdsOrganization, HsdsOrganization.id == HsdsService.organization_id)
            .outerjoin(_Assignee, _Assignee.id == Referral.assigned_to_id))


def target_name(facility: str | None, service: str | None, organization: str | None) -> str:
    if facility:
        return facility
    if service and organization and organization != service:
        return f"{service} ({organization})"
    return service or ""


def referral_view(row: Any, today: date) -> ReferralView:
    """A DTO from one row of ``referral_query()``."""
    (referral, record_number, family, given, facility, service, organization,
     assignee) = row
    status = ReferralStatus(referral.status)
    details = ReferralInput(
        ReferralCategory(referral.category), referral.reason, referral.follow_up_due,
        ReferralPriority(referral.priority), referral.service_id, referral.facility_id,
        referral.note_to_receiver)
    return ReferralView(
        referral.id, referral.version, referral.client_id, record_number,
        f"{family}, {given}", status,
        ReferralOutcome(referral.outcome) if referral.outcome else None,
        referral.outcome_note, details, target_name(facility, service, organization),
        referral.assigned_to_id, assignee, referral.created_at, referral.closed_at,
        is_overdue(status, referral.follow_up_due, today))
