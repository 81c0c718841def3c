"""Intake inquiries: the first contact about a client, before any admission."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from coordinator.store.models.base import Base, Versioned


class Inquiry(Versioned, Base):
    """A first contact about a client: who called, what was asked for, the insurance to
    verify and what the inquiry became."""

    __tablename__ = "inquiry"
    __table_args__ = (
        # The dashboard's open inquiries, by their first contact.
        Index("ix_inquiry_outcome_contact", "outcome", "first_contact_on"),
        Index("ix_inquiry_client", "client_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"))
    source: Mapped[str] = mapped_column(String(30))  # domain.intake.InquirySource
    # Who called for the source, e.g. "M. Reyes, discharge planner, Mercy General".
    source_contact: Mapped[str] = mapped_column(String(200), default="")
    first_contact_on: Mapped[date] = mapped_column(Date)
    requested_level_code: Mapped[str | None] = mapped_column(
        ForeignKey("level_of_care.code"))
    insurance_payer: Mapped[str] = mapped_column(String(200), default="")
    insurance_member_id: Mapped[str] = mapped_column(String(60), default="")
    verification_status: Mapped[str] = mapped_column(String(20), default="not_verified")
    verified_on: Mapped[date | None] = mapped_column(Date)
    authorization_number: Mapped[str] = mapped_column(String(60), default="")
    authorized_units: Mapped[int | None] = mapped_column(Integer)
    authorization_start: Mapped[date | None] = mapped_column(Date)
    authorization_end: Mapped[date | None] = mapped_column(Date)
    outcome: Mapped[str] = mapped_column(String(20), default="open")
    outcome_on: Mapped[date | None] = mapped_column(Date)
    # Referred elsewhere: the referral made through the referrals service, or in words.
    referral_id: Mapped[int | None] = mapped_column(ForeignKey("referral.id"))
    referred_to: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
