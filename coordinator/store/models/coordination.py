"""Referrals and their history, consents and disclosures, notes and appointments."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from coordinator.store.models.base import Base, UTCDateTime, Versioned, utcnow


class Referral(Versioned, Base):
    """A closed-loop referral to a resource service or a partner facility."""

    __tablename__ = "referral"
    __table_args__ = (
        Index("ix_referral_status_due", "status", "follow_up_due"),
        Index("ix_referral_client", "client_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"))
    service_id: Mapped[str | None] = mapped_column(ForeignKey("hsds_service.id"))
    facility_id: Mapped[int | None] = mapped_column(ForeignKey("facility.id"))
    category: Mapped[str] = mapped_column(String(30))
    reason: Mapped[str] = mapped_column(Text)
    priority: Mapped[str] = mapped_column(String(10), default="routine")
    status: Mapped[str] = mapped_column(String(20), default="draft")
    outcome: Mapped[str | None] = mapped_column(String(30))
    outcome_note: Mapped[str] = mapped_column(Text, default="")
    note_to_receiver: Mapped[str] = mapped_column(Text, default="")
    follow_up_due: Mapped[date | None] = mapped_column(Date)
    assigned_to_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), index=True)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class ReferralEvent(Base):
    """One status change of a referral: append-only history."""

    __tablename__ = "referral_event"
    # The day a referral was first sent, for the referral-outcomes report.
    __table_args__ = (Index("ix_referral_event_status_time", "to_status", "occurred_at",
                            "referral_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    referral_id: Mapped[int] = mapped_column(ForeignKey("referral.id"), index=True)
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    from_status: Mapped[str | None] = mapped_column(String(20))
    to_status: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")


class Consent(Versioned, Base):
    """A release-of-information consent (42 CFR 2.31 elements)."""

    __tablename__ = "consent"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"), index=True)
    discloser: Mapped[str] = mapped_column(String(300), default="")
    recipient_facility_id: Mapped[int | None] = mapped_column(ForeignKey("facility.id"))
    recipient_organization_id: Mapped[str | None] = mapped_column(
        ForeignKey("hsds_organization.id"))
    recipient_class: Mapped[str] = mapped_column(String(300), default="")
    recipient_name: Mapped[str] = mapped_column(String(300), default="")
    purpose: Mapped[str] = mapped_column(Text, default="")
    information_description: Mapped[str] = mapped_column(Text, default="")
    includes_part2: Mapped[bool] = mapped_column(Boolean, default=False)
    signed_by: Mapped[str] = mapped_column(String(20), default="client")  # or representative
    signer_name: Mapped[str] = mapped_column(String(200), default="")
    representative_relationship: Mapped[str] = mapped_column(String(100), default="")
    signed_on: Mapped[date | None] = mapped_column(Date)
    expires_on: Mapped[date | None] = mapped_column(Date)
    expiration_event: Mapped[str] = mapped_column(String(300), default="")
    revoked_on: Mapped[date | None] = mapped_column(Date)
    right_to_revoke_explained: Mapped[bool] = mapped_column(Boolean, default=False)
    # How the client may revoke (domain.consent.RevocationMethod) and to whom or where a
    # written revocation goes (42 CFR 2.31(a)(6), 2024 rule).
    revocation_method: Mapped[str] = mapped_column(String(20), default="")
    revocation_contact: Mapped[str] = mapped_column(String(300), default="")
    # A single consent for treatment, payment and health care operations to a covered
    # entity or business associate, and whether the form carries the redisclosure
    # statement 42 CFR 2.31(a)(4)(iii) asks of it.
    for_tpo: Mapped[bool] = mapped_column(Boolean, default=False)
    tpo_redisclosure_statement: Mapped[bool] = mapped_column(Boolean, default=False)
    # The parent or guardian who signs with a minor where state law requires their consent
    # to treatment (42 CFR 2.14(b)).
    co_signer_name: Mapped[str] = mapped_column(String(200), default="")
    co_signer_relationship: Mapped[str] = mapped_column(String(100), default="")
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))


class Disclosure(Base):
    """A packet that left the clinic: append-only log (who, when, to whom, which file)."""

    __tablename__ = "disclosure"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"), index=True)
    consent_id: Mapped[int | None] = mapped_column(ForeignKey("consent.id"))
    recipient_facility_id: Mapped[int | None] = mapped_column(ForeignKey("facility.id"))
    recipient_name: Mapped[str] = mapped_column(String(300), default="")
    document_type: Mapped[str] = mapped_column(String(30))
    action: Mapped[str] = mapped_column(String(10), default="saved")  # saved / printed
    page_count: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    file_name: Mapped[str] = mapped_column(String(300), default="")
    disclosed_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    disclosed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ClientNote(Versioned, Base):
    """A contact-log entry: calls, coordination with facilities, outreach."""

    __tablename__ = "client_note"
    __table_args__ = (Index("ix_client_note_client_when", "client_id", "occurred_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"))
    author_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime)
    kind: Mapped[str] = mapped_column(String(20), default="coordination")
    contact_with: Mapped[str] = mapped_column(String(200), default="")
    facility_id: Mapped[int | None] = mapped_column(ForeignKey("facility.id"))
    body: Mapped[str] = mapped_column(Text)
    entered_in_error: Mapped[bool] = mapped_column(Boolean, default=False)


class Appointment(Versioned, Base):
    """An appointment the client is going to: an intake at the next level of care, a
    psychiatry or therapy visit, primary care, peer support … A kept one is a service date
    the transition clocks count (domain.clocks, ``VisitFact``)."""

    __tablename__ = "appointment"
    __table_args__ = (
        # A client's (or a caseload's) days, with the status a pending count asks for.
        Index("ix_appointment_client_day", "client_id", "service_date", "status"),
        # The dashboard's "next 7 days" and "past due without an outcome".
        Index("ix_appointment_status_day", "status", "service_date", "client_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"))
    facility_id: Mapped[int | None] = mapped_column(ForeignKey("facility.id"))
    # Columns added after the table was made carry no foreign key (SQLite would rebuild it).
    care_team_member_id: Mapped[int | None] = mapped_column(Integer)
    with_whom: Mapped[str] = mapped_column(String(200), default="")
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # The calendar day of ``starts_at`` at the clinic, as the person entered it: what the
    # clock rules count, the same on every workstation.
    service_date: Mapped[date | None] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(30), default="other")  # AppointmentKind
    # For an intake: the level of care the client is admitted to.
    level_code: Mapped[str | None] = mapped_column(String(10))
    focus: Mapped[str] = mapped_column(String(20), default="mental_health")  # CareFocus
    location: Mapped[str] = mapped_column(String(300), default="")
    purpose: Mapped[str] = mapped_column(String(300), default="")
    status: Mapped[str] = mapped_column(String(20), default="scheduled")  # AppointmentStatus
    notes: Mapped[str] = mapped_column(Text, default="")
    transition_id: Mapped[int | None] = mapped_column(Integer)
    recorded_by_id: Mapped[int | None] = mapped_column(Integer)
