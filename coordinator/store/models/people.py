"""Users of the app, clients and the clinical facts kept about each client."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from coordinator.store.models.base import Base, UTCDateTime, Versioned

# A folded name or word of one, searched by prefix as a range and listed in its order:
# compared by code point on both engines (SQLite compares all text so; on PostgreSQL the
# "C" collation), so that the range is exactly "starts with" and the order is the same.
NAME_KEY = String(100).with_variant(String(100, collation="C"), "postgresql")


class User(Versioned, Base):
    __tablename__ = "app_user"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(40), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str] = mapped_column(String(200))
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)


class Client(Versioned, Base):
    __tablename__ = "client"
    __table_args__ = (
        # Status last: the registry's "not archived" is then answered from the index.
        Index("ix_client_family_given", "family_name_key", "given_name_key", "status"),
        Index("ix_client_given", "given_name_key"),
        Index("ix_client_birth_date", "birth_date"),
        Index("ix_client_phone_digits", "phone_digits"),
        Index("ix_client_case_manager", "primary_case_manager_id", "status"),
        Index("ix_client_status", "status"),
        # The registry's level filter and its sort by level, both in name order.
        Index("ix_client_current_level", "current_level_code", "family_name_key",
              "given_name_key", "status"),
        Index("ix_client_current_rank", "current_level_rank", "family_name_key",
              "given_name_key", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    record_number: Mapped[str] = mapped_column(String(30), unique=True)
    given_name: Mapped[str] = mapped_column(String(100))
    family_name: Mapped[str] = mapped_column(String(100))
    preferred_name: Mapped[str] = mapped_column(String(100), default="")
    # Lower-cased, accent-folded copies of the names for indexed prefix search.
    given_name_key: Mapped[str] = mapped_column(NAME_KEY)
    family_name_key: Mapped[str] = mapped_column(NAME_KEY)
    birth_date: Mapped[date | None] = mapped_column(Date)
    sex_at_birth: Mapped[str] = mapped_column(String(20), default="")
    gender_identity: Mapped[str] = mapped_column(String(60), default="")
    pronouns: Mapped[str] = mapped_column(String(30), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    phone_digits: Mapped[str] = mapped_column(String(20), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    address_line1: Mapped[str] = mapped_column(String(200), default="")
    address_line2: Mapped[str] = mapped_column(String(200), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    state: Mapped[str] = mapped_column(String(50), default="")
    postal_code: Mapped[str] = mapped_column(String(20), default="")
    preferred_language: Mapped[str] = mapped_column(String(60), default="English")
    interpreter_needed: Mapped[bool] = mapped_column(Boolean, default=False)
    emergency_contact_name: Mapped[str] = mapped_column(String(200), default="")
    emergency_contact_phone: Mapped[str] = mapped_column(String(40), default="")
    emergency_contact_relationship: Mapped[str] = mapped_column(String(60), default="")
    guardian_name: Mapped[str] = mapped_column(String(200), default="")
    guardian_phone: Mapped[str] = mapped_column(String(40), default="")
    guardian_relationship: Mapped[str] = mapped_column(String(60), default="")
    insurance_payer: Mapped[str] = mapped_column(String(200), default="")
    insurance_member_id: Mapped[str] = mapped_column(String(60), default="")
    insurance_group: Mapped[str] = mapped_column(String(60), default="")
    primary_case_manager_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    status: Mapped[str] = mapped_column(String(20), default="active")
    safety_note: Mapped[str] = mapped_column(Text, default="")
    archived_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Derived from the episodes and kept current by the services that change them
    # (coordinator.services.care.derived): the level of the active episode (the latest
    # started), its intensity for sorting, and its first day. No foreign key: derived data,
    # and adding one would make SQLite rebuild the table.
    current_level_code: Mapped[str | None] = mapped_column(String(10))
    current_level_rank: Mapped[int | None] = mapped_column(Integer)
    current_level_since: Mapped[date | None] = mapped_column(Date)
    # Allergies: "not_asked" until someone asks; "no_known" is the explicit "No known
    # allergies" (NKA); "recorded" once an allergy row exists (domain.clinical_record).
    allergy_status: Mapped[str] = mapped_column(String(20), default="not_asked")
    allergy_status_on: Mapped[date | None] = mapped_column(Date)
    # The clinician responsible for the client's treatment, besides the case manager.
    clinician_name: Mapped[str] = mapped_column(String(200), default="")
    clinician_credentials: Mapped[str] = mapped_column(String(60), default="")
    clinician_npi: Mapped[str] = mapped_column(String(10), default="")
    clinician_phone: Mapped[str] = mapped_column(String(40), default="")


class ClientNameWord(Base):
    """A word of a client's given or family name that does not start it, folded
    (``domain.text.inner_name_words``): "García" of "Cárdenas García". The name keys' own
    indexes find a name by its first word; these rows find it by any other, so a search
    word is always answered from an index. Worked out from the names and kept with them."""

    __tablename__ = "client_name_word"

    word: Mapped[str] = mapped_column(NAME_KEY, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"), primary_key=True,
                                           index=True)


class ClientDiagnosis(Versioned, Base):
    __tablename__ = "client_diagnosis"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"), index=True)
    code: Mapped[str] = mapped_column(String(20))  # ICD-10-CM
    description: Mapped[str] = mapped_column(String(300))
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False)
    substance_use: Mapped[bool] = mapped_column(Boolean, default=False)
    onset_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="active")  # DiagnosisStatus
    # The day it was resolved or ruled out (None while active).
    status_on: Mapped[date | None] = mapped_column(Date)
    recorded_by_id: Mapped[int | None] = mapped_column(Integer)  # app_user, no foreign key
    recorded_on: Mapped[date | None] = mapped_column(Date)
    entered_in_error: Mapped[bool] = mapped_column(Boolean, default=False)


class ClientAllergy(Versioned, Base):
    __tablename__ = "client_allergy"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"), index=True)
    substance: Mapped[str] = mapped_column(String(200))
    reaction: Mapped[str] = mapped_column(String(300), default="")
    severity: Mapped[str] = mapped_column(String(20), default="")  # AllergySeverity
    recorded_by_id: Mapped[int | None] = mapped_column(Integer)  # app_user, no foreign key
    entered_in_error: Mapped[bool] = mapped_column(Boolean, default=False)


class ClientMedication(Versioned, Base):
    __tablename__ = "client_medication"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    # A number as typed ("0.5", "150"); the unit apart ("mg"), both from the form.
    dose: Mapped[str] = mapped_column(String(100), default="")
    unit: Mapped[str] = mapped_column(String(20), default="")
    route: Mapped[str] = mapped_column(String(50), default="")  # MedicationRoute
    frequency: Mapped[str] = mapped_column(String(100), default="")  # MedicationFrequency
    prescriber: Mapped[str] = mapped_column(String(200), default="")
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="active")  # MedicationStatus
    # Medication for opioid or alcohol use disorder (buprenorphine, methadone, naltrexone…).
    for_use_disorder: Mapped[bool] = mapped_column(Boolean, default=False)
    recorded_by_id: Mapped[int | None] = mapped_column(Integer)  # app_user, no foreign key
    entered_in_error: Mapped[bool] = mapped_column(Boolean, default=False)


class CareTeamMember(Versioned, Base):
    __tablename__ = "care_team_member"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"), index=True)
    role: Mapped[str] = mapped_column(String(60))  # psychiatrist, therapist, PCP, peer ...
    name: Mapped[str] = mapped_column(String(200))
    organization: Mapped[str] = mapped_column(String(200), default="")
    facility_id: Mapped[int | None] = mapped_column(ForeignKey("facility.id"))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    phone: Mapped[str] = mapped_column(String(40), default="")
    fax: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    archived_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class SafetyPlan(Versioned, Base):
    """One version of a client's Stanley-Brown safety plan; a revision is a new row and the
    latest row not entered in error is the plan in force."""

    __tablename__ = "safety_plan"
    __table_args__ = (Index("ix_safety_plan_client", "client_id", "plan_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"))
    plan_number: Mapped[int] = mapped_column(Integer)  # 1, 2, … per client
    completed_on: Mapped[date] = mapped_column(Date)
    completed_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    warning_signs: Mapped[str] = mapped_column(Text, default="")
    coping_strategies: Mapped[str] = mapped_column(Text, default="")
    distractions: Mapped[str] = mapped_column(Text, default="")
    people_to_ask: Mapped[str] = mapped_column(Text, default="")
    professionals: Mapped[str] = mapped_column(Text, default="")
    environment_safety: Mapped[str] = mapped_column(Text, default="")
    firearms_access: Mapped[str] = mapped_column(String(20), default="not_asked")
    reasons_for_living: Mapped[str] = mapped_column(Text, default="")
    entered_in_error: Mapped[bool] = mapped_column(Boolean, default=False)


class AdvanceDirective(Versioned, Base):
    """A psychiatric or medical advance directive (or POLST): one row per client and kind."""

    __tablename__ = "advance_directive"
    __table_args__ = (UniqueConstraint("client_id", "kind", name="uq_advance_directive_kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"))
    kind: Mapped[str] = mapped_column(String(20))  # DirectiveKind
    present: Mapped[bool] = mapped_column(Boolean, default=False)
    signed_on: Mapped[date | None] = mapped_column(Date)
    location: Mapped[str] = mapped_column(String(300), default="")
    agent_name: Mapped[str] = mapped_column(String(200), default="")
    agent_phone: Mapped[str] = mapped_column(String(40), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
