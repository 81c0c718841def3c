"""Clinic settings, the hash-chained audit trail and the census as last counted."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from coordinator.store.models.base import Base, UTCDateTime, utcnow


class Setting(Base):
    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))


class AuditEvent(Base):
    """Append-only; each row carries the previous row's hash (see domain.audit_chain).

    The database refuses UPDATE and DELETE on this table (triggers, see migration 0003);
    the id is chosen by the app under the append lock, because the hash covers it.
    """

    __tablename__ = "audit_event"
    __table_args__ = (Index("ix_audit_event_entity", "entity_type", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # Kept as the exact ISO text that was hashed, so verification never depends on how a
    # database engine rounds or re-formats timestamps.
    occurred_at: Mapped[str] = mapped_column(String(40))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    username: Mapped[str] = mapped_column(String(40))
    action: Mapped[str] = mapped_column(String(30))
    entity_type: Mapped[str] = mapped_column(String(40), default="")
    entity_id: Mapped[str] = mapped_column(String(60), default="")
    detail: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)
    # Which rule made ``hash`` (domain.audit_chain.event_hash); 1 only for events written
    # before every field was covered, and only as the oldest part of the chain.
    hash_version: Mapped[int] = mapped_column(Integer, default=2)


class CensusCount(Base):
    """The clinic's census as last counted, kept only where counting it takes long (a
    county's records on a server): every workstation's dashboard shows it for up to a
    minute instead of each counting again (``services.dashboard``). Derived data: one row,
    never audited, replaced by counting again."""

    __tablename__ = "census_count"

    id: Mapped[int] = mapped_column(primary_key=True)  # always 1
    counted_at: Mapped[datetime] = mapped_column(UTCDateTime)
    counted_for: Mapped[date] = mapped_column(Date)  # the day overdue referrals were judged on
    took_ms: Mapped[int] = mapped_column(Integer)
    active_clients: Mapped[int] = mapped_column(Integer)
    open_referrals: Mapped[int] = mapped_column(Integer)
    overdue_referrals: Mapped[int] = mapped_column(Integer)
    by_level: Mapped[str] = mapped_column(Text)  # JSON: {level code: clients in care}
    # When a workstation began counting again (the others keep showing the last count).
    counting_since: Mapped[datetime | None] = mapped_column(UTCDateTime)
