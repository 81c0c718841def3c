"""Facilities, levels of care, episodes, transitions, attendance and assessments."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    Time,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from coordinator.store.models.base import Base, UTCDateTime, Versioned


class LevelOfCare(Versioned, Base):
    __tablename__ = "level_of_care"

    code: Mapped[str] = mapped_column(String(10), primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    asam_level: Mapped[str] = mapped_column(String(30), default="")
    min_weekly_hours: Mapped[float | None] = mapped_column(Float)
    max_weekly_hours: Mapped[float | None] = mapped_column(Float)
    round_the_clock: Mapped[bool | None] = mapped_column(Boolean)
    intensity: Mapped[int] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(Text, default="")


class Facility(Versioned, Base):
    """A partner organization (hospital, residential, therapist ...) or one of our programs."""

    __tablename__ = "facility"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    is_own_program: Mapped[bool] = mapped_column(Boolean, default=False)
    address_line1: Mapped[str] = mapped_column(String(200), default="")
    address_line2: Mapped[str] = mapped_column(String(200), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    state: Mapped[str] = mapped_column(String(50), default="")
    postal_code: Mapped[str] = mapped_column(String(20), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    fax: Mapped[str] = mapped_column(String(40), default="")
    intake_contact_name: Mapped[str] = mapped_column(String(200), default="")
    intake_contact_phone: Mapped[str] = mapped_column(String(40), default="")
    intake_contact_email: Mapped[str] = mapped_column(String(200), default="")
    accepts_referrals: Mapped[bool] = mapped_column(Boolean, default=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    archived_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class FacilityLevel(Base):
    """A level of care a facility offers."""

    __tablename__ = "facility_level"

    facility_id: Mapped[int] = mapped_column(ForeignKey("facility.id"), primary_key=True)
    level_code: Mapped[str] = mapped_column(ForeignKey("level_of_care.code"), primary_key=True)


class Episode(Versioned, Base):
    """A stay at one level of care with one facility or program."""

    __tablename__ = "episode"
    __table_args__ = (
        Index("ix_episode_client_start", "client_id", "start_date"),
        # Covers the census (active clients per level) and the registry's level filter.
        Index("ix_episode_status_level", "status", "entered_in_error", "level_code",
              "client_id"),
        Index("ix_episode_end_date", "end_date"),
        # Admissions in a period and the census over time (the outcome reports).
        Index("ix_episode_start_date", "start_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"))
    level_code: Mapped[str] = mapped_column(ForeignKey("level_of_care.code"))
    facility_id: Mapped[int | None] = mapped_column(ForeignKey("facility.id"))
    focus: Mapped[str] = mapped_column(String(20), default="mental_health")
    track: Mapped[str | None] = mapped_column(String(20))
    modality: Mapped[str] = mapped_column(String(20), default="in_person")
    planned_weekly_hours: Mapped[float | None] = mapped_column(Float)
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="active")
    admission_source: Mapped[str] = mapped_column(String(100), default="")
    discharge_disposition: Mapped[str] = mapped_column(String(100), default="")
    aftercare_plan: Mapped[str] = mapped_column(Text, default="")
    # Discharge details, filled when the episode ends (domain.clinical_record).
    discharge_condition: Mapped[str] = mapped_column(String(20), default="")  # improved …
    mental_status: Mapped[str] = mapped_column(Text, default="")
    treatment_provided: Mapped[str] = mapped_column(Text, default="")
    substances: Mapped[str] = mapped_column(String(300), default="")
    last_use_on: Mapped[date | None] = mapped_column(Date)
    legal_status: Mapped[str] = mapped_column(String(30), default="")  # LegalStatus
    housing_status: Mapped[str] = mapped_column(String(30), default="")  # HousingStatus
    # No foreign key: added to a large table, where one would make SQLite rebuild it.
    planned_next_level: Mapped[str | None] = mapped_column(String(10))
    planned_next_start: Mapped[date | None] = mapped_column(Date)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    entered_in_error: Mapped[bool] = mapped_column(Boolean, default=False)


class Transition(Versioned, Base):
    """A move from one episode to the next, with who decided it and why."""

    __tablename__ = "transition"
    __table_args__ = (
        Index("ix_transition_client_planned", "client_id", "planned_date"),
        Index("ix_transition_status_planned", "status", "planned_date"),
        # Saving a transition looks for the one that left its episode, and an episode's
        # edit for those that arrive at or leave it: without these, a scan of every
        # transition (half a second at a county's 2.4 million on PostgreSQL).
        Index("ix_transition_from_episode", "from_episode_id"),
        Index("ix_transition_to_episode", "to_episode_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"))
    from_episode_id: Mapped[int | None] = mapped_column(ForeignKey("episode.id"))
    to_episode_id: Mapped[int | None] = mapped_column(ForeignKey("episode.id"))
    to_level_code: Mapped[str | None] = mapped_column(ForeignKey("level_of_care.code"))
    to_facility_id: Mapped[int | None] = mapped_column(ForeignKey("facility.id"))
    to_track: Mapped[str | None] = mapped_column(String(20))
    direction: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20), default="planned")
    planned_date: Mapped[date] = mapped_column(Date)
    completed_on: Mapped[date | None] = mapped_column(Date)
    rationale: Mapped[str] = mapped_column(Text)
    criteria: Mapped[list[str]] = mapped_column(JSON, default=list)
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class ProgramSchedule(Versioned, Base):
    """When an IOP/PHP program track meets."""

    __tablename__ = "program_schedule"

    id: Mapped[int] = mapped_column(primary_key=True)
    facility_id: Mapped[int] = mapped_column(ForeignKey("facility.id"), index=True)
    level_code: Mapped[str] = mapped_column(ForeignKey("level_of_care.code"))
    track: Mapped[str] = mapped_column(String(20))
    weekdays: Mapped[str] = mapped_column(String(30))  # e.g. "MO,TU,TH"
    starts_at: Mapped[time | None] = mapped_column(Time)
    session_minutes: Mapped[int] = mapped_column(Integer, default=180)
    archived_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Attendance(Versioned, Base):
    __tablename__ = "attendance"
    __table_args__ = (
        UniqueConstraint("episode_id", "session_date", name="uq_attendance_episode_day"),
        Index("ix_attendance_client_date", "client_id", "session_date"),
        # The attendance report reads a period's marks by day (with how the client attended),
        # and nothing else of them.
        Index("ix_attendance_date", "session_date", "episode_id", "status", "modality"),
        # Outreach finds each episode's unexcused absences, day by day, from this index
        # alone (a run of them, then the latest attended mark).
        Index("ix_attendance_absence", "status", "episode_id", "session_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    episode_id: Mapped[int] = mapped_column(ForeignKey("episode.id"))
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"))
    session_date: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20))
    minutes: Mapped[int] = mapped_column(Integer, default=0)
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    #: How the client took part: in person, by video or by phone (ServiceModality).
    modality: Mapped[str] = mapped_column(String(20), default="in_person",
                                          server_default="in_person")


class TransitionClock(Base):
    """A transition clock as the rules settle it from everything recorded so far.

    Derived data, rewritten for a client whenever their episodes or attendance change
    (``coordinator.services.clocks``), so that the caseload's open clocks are one indexed
    read. ``settled_state`` is "met" or "transferred" from ``settled_on`` on; a clock not
    settled is open until its due date and missed after it, so the rows do not go stale as
    the days pass.
    """

    __tablename__ = "transition_clock"
    __table_args__ = (
        UniqueConstraint("episode_id", "kind", name="uq_transition_clock_episode_kind"),
        # Covers what the dashboard reads, so open and missed clocks are counted and
        # paged from the index alone, and what the follow-up and step-down reports read
        # of a period's clocks (how each was settled).
        Index("ix_transition_clock_due", "due_date", "settled_on", "start_date", "client_id",
              "kind", "window_days", "episode_id", "settled_state", "settled_by_episode_id"),
        Index("ix_transition_clock_client_due", "client_id", "due_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"))
    episode_id: Mapped[int] = mapped_column(ForeignKey("episode.id"))
    kind: Mapped[str] = mapped_column(String(20))
    window_days: Mapped[int] = mapped_column(Integer)
    start_date: Mapped[date] = mapped_column(Date)
    due_date: Mapped[date] = mapped_column(Date)
    settled_state: Mapped[str | None] = mapped_column(String(20))
    settled_on: Mapped[date | None] = mapped_column(Date)
    settled_by_episode_id: Mapped[int | None] = mapped_column(ForeignKey("episode.id"))


class ClockCloseOut(Base):
    """A missed transition clock a case manager closed out with the reason it was missed.

    The stored clocks are worked out again from the episodes whenever they change, so the
    close-out is kept apart, by the clock's episode and kind; it takes the clock off the
    dashboard's missed list and its reason is shown with the miss. It changes no rate: a
    missed clock stays missed.
    """

    __tablename__ = "clock_close_out"
    __table_args__ = (
        UniqueConstraint("episode_id", "kind", name="uq_clock_close_out_episode_kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"))
    episode_id: Mapped[int] = mapped_column(ForeignKey("episode.id"))
    kind: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(String(300))
    closed_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    closed_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Assessment(Versioned, Base):
    """One administration of a standard instrument."""

    __tablename__ = "assessment"
    __table_args__ = (
        Index("ix_assessment_client_date", "client_id", "administered_on"),
        # The symptom-change report picks a period's baselines from this index alone.
        Index("ix_assessment_date", "administered_on", "instrument", "total",
              "entered_in_error", "episode_id", "client_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"))
    episode_id: Mapped[int | None] = mapped_column(ForeignKey("episode.id"))
    instrument: Mapped[str] = mapped_column(String(20))
    administered_on: Mapped[date] = mapped_column(Date)
    administered_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    item_answers: Mapped[list[Any] | None] = mapped_column(JSON)
    total: Mapped[int | None] = mapped_column(Integer)
    risk_level: Mapped[str] = mapped_column(String(20), default="")
    band: Mapped[str] = mapped_column(String(40), default="")
    flags: Mapped[list[str]] = mapped_column(JSON, default=list)
    entered_in_error: Mapped[bool] = mapped_column(Boolean, default=False)
    #: The language the items were read to the client in ("en", "es"); None when the
    #: wording is not shown (EPDS total, C-SSRS level) or for entries older than the choice.
    item_language: Mapped[str | None] = mapped_column(String(8))


class SafetyAlert(Versioned, Base):
    """A safety flag raised by an assessment, open until a clinician records it was addressed."""

    __tablename__ = "safety_alert"
    __table_args__ = (
        # The alerts not yet addressed, oldest first: what the dashboard lists.
        Index("ix_safety_alert_open", "raised_at", "id",
              sqlite_where=text("addressed_at IS NULL"),
              postgresql_where=text("addressed_at IS NULL")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"), index=True)
    assessment_id: Mapped[int | None] = mapped_column(ForeignKey("assessment.id"))
    reason: Mapped[str] = mapped_column(String(300))
    raised_at: Mapped[datetime] = mapped_column(UTCDateTime)
    addressed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    addressed_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    action_taken: Mapped[str] = mapped_column(Text, default="")
    # The safety plan reviewed or written as the action taken, if that was it.
    safety_plan_id: Mapped[int | None] = mapped_column(Integer)
