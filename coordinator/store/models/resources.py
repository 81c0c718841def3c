"""Community resource directory modelled on Open Referral HSDS 3.0.

HSDS UUIDs are the primary keys, so re-importing the same data updates rows instead of
duplicating them. Columns follow the HSDS 3.0 schemas (``shared/data/hsds-3.0/schema``);
fields this app does not use yet are kept in ``extra`` so an export gives them back.
Times and timestamps stay as the text HSDS sent (``opens_at``, ``last_modified``) so a
round trip is exact; calendar dates are parsed.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import JSON, Date, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from coordinator.store.models.base import Base

_UUID = String(36)


class HsdsOrganization(Base):
    __tablename__ = "hsds_organization"

    id: Mapped[str] = mapped_column(_UUID, primary_key=True)
    name: Mapped[str] = mapped_column(String(300), index=True)
    alternate_name: Mapped[str | None] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    email: Mapped[str | None] = mapped_column(String(200))
    website: Mapped[str | None] = mapped_column(String(500))
    tax_status: Mapped[str | None] = mapped_column(String(100))
    tax_id: Mapped[str | None] = mapped_column(String(100))
    year_incorporated: Mapped[int | None] = mapped_column(Integer)
    legal_status: Mapped[str | None] = mapped_column(String(100))
    logo: Mapped[str | None] = mapped_column(String(500))
    uri: Mapped[str | None] = mapped_column(String(500))
    parent_organization_id: Mapped[str | None] = mapped_column(_UUID)
    extra: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class HsdsProgram(Base):
    __tablename__ = "hsds_program"

    id: Mapped[str] = mapped_column(_UUID, primary_key=True)
    organization_id: Mapped[str | None] = mapped_column(_UUID, index=True)
    name: Mapped[str] = mapped_column(String(300))
    alternate_name: Mapped[str | None] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    extra: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class HsdsService(Base):
    __tablename__ = "hsds_service"

    id: Mapped[str] = mapped_column(_UUID, primary_key=True)
    organization_id: Mapped[str] = mapped_column(
        ForeignKey("hsds_organization.id"), index=True)
    program_id: Mapped[str | None] = mapped_column(_UUID)
    name: Mapped[str] = mapped_column(String(300), index=True)
    alternate_name: Mapped[str | None] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(String(500))
    email: Mapped[str | None] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(30), default="active")
    interpretation_services: Mapped[str | None] = mapped_column(Text)
    application_process: Mapped[str | None] = mapped_column(Text)
    fees_description: Mapped[str | None] = mapped_column(Text)
    wait_time: Mapped[str | None] = mapped_column(String(300))
    fees: Mapped[str | None] = mapped_column(Text)
    accreditations: Mapped[str | None] = mapped_column(Text)
    eligibility_description: Mapped[str | None] = mapped_column(Text)
    minimum_age: Mapped[float | None] = mapped_column(Float)
    maximum_age: Mapped[float | None] = mapped_column(Float)
    assured_date: Mapped[date | None] = mapped_column(Date)
    assurer_email: Mapped[str | None] = mapped_column(String(200))
    licenses: Mapped[str | None] = mapped_column(Text)
    alert: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(String(40))
    extra: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class HsdsLocation(Base):
    __tablename__ = "hsds_location"

    id: Mapped[str] = mapped_column(_UUID, primary_key=True)
    location_type: Mapped[str] = mapped_column(String(30), default="physical")
    url: Mapped[str | None] = mapped_column(String(500))
    organization_id: Mapped[str | None] = mapped_column(_UUID, index=True)
    name: Mapped[str | None] = mapped_column(String(300))
    alternate_name: Mapped[str | None] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    transportation: Mapped[str | None] = mapped_column(Text)
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    external_identifier: Mapped[str | None] = mapped_column(String(100))
    external_identifier_type: Mapped[str | None] = mapped_column(String(100))
    extra: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class HsdsServiceAtLocation(Base):
    __tablename__ = "hsds_service_at_location"

    id: Mapped[str] = mapped_column(_UUID, primary_key=True)
    service_id: Mapped[str] = mapped_column(ForeignKey("hsds_service.id"), index=True)
    location_id: Mapped[str] = mapped_column(ForeignKey("hsds_location.id"), index=True)
    description: Mapped[str | None] = mapped_column(Text)
    extra: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class HsdsAddress(Base):
    __tablename__ = "hsds_address"

    id: Mapped[str] = mapped_column(_UUID, primary_key=True)
    location_id: Mapped[str | None] = mapped_column(_UUID, index=True)
    attention: Mapped[str | None] = mapped_column(String(200))
    address_1: Mapped[str] = mapped_column(String(300), default="")
    address_2: Mapped[str | None] = mapped_column(String(300))
    city: Mapped[str] = mapped_column(String(100), default="")
    region: Mapped[str | None] = mapped_column(String(100))
    state_province: Mapped[str] = mapped_column(String(100), default="")
    postal_code: Mapped[str] = mapped_column(String(30), default="")
    country: Mapped[str] = mapped_column(String(2), default="US")
    address_type: Mapped[str] = mapped_column(String(20), default="physical")
    extra: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class HsdsPhone(Base):
    __tablename__ = "hsds_phone"

    id: Mapped[str] = mapped_column(_UUID, primary_key=True)
    location_id: Mapped[str | None] = mapped_column(_UUID, index=True)
    service_id: Mapped[str | None] = mapped_column(_UUID, index=True)
    organization_id: Mapped[str | None] = mapped_column(_UUID, index=True)
    contact_id: Mapped[str | None] = mapped_column(_UUID)
    service_at_location_id: Mapped[str | None] = mapped_column(_UUID)
    number: Mapped[str] = mapped_column(String(60))
    extension: Mapped[str | None] = mapped_column(String(20))
    type: Mapped[str | None] = mapped_column(String(20))
    description: Mapped[str | None] = mapped_column(Text)
    extra: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class HsdsSchedule(Base):
    __tablename__ = "hsds_schedule"

    id: Mapped[str] = mapped_column(_UUID, primary_key=True)
    service_id: Mapped[str | None] = mapped_column(_UUID, index=True)
    location_id: Mapped[str | None] = mapped_column(_UUID, index=True)
    service_at_location_id: Mapped[str | None] = mapped_column(_UUID, index=True)
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
    dtstart: Mapped[date | None] = mapped_column(Date)
    timezone: Mapped[float | None] = mapped_column(Float)
    until: Mapped[date | None] = mapped_column(Date)
    count: Mapped[int | None] = mapped_column(Integer)
    wkst: Mapped[str | None] = mapped_column(String(2))
    freq: Mapped[str | None] = mapped_column(String(10))
    interval: Mapped[int | None] = mapped_column(Integer)
    byday: Mapped[str | None] = mapped_column(String(60))
    byweekno: Mapped[str | None] = mapped_column(String(200))
    bymonthday: Mapped[str | None] = mapped_column(String(200))
    byyearday: Mapped[str | None] = mapped_column(String(500))
    description: Mapped[str | None] = mapped_column(Text)
    opens_at: Mapped[str | None] = mapped_column(String(20))
    closes_at: Mapped[str | None] = mapped_column(String(20))
    schedule_link: Mapped[str | None] = mapped_column(String(500))
    attending_type: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    extra: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class HsdsLanguage(Base):
    __tablename__ = "hsds_language"

    id: Mapped[str] = mapped_column(_UUID, primary_key=True)
    service_id: Mapped[str | None] = mapped_column(_UUID, index=True)
    location_id: Mapped[str | None] = mapped_column(_UUID, index=True)
    phone_id: Mapped[str | None] = mapped_column(_UUID)
    name: Mapped[str | None] = mapped_column(String(100))
    code: Mapped[str | None] = mapped_column(String(20), index=True)
    note: Mapped[str | None] = mapped_column(Text)
    extra: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class HsdsTaxonomy(Base):
    __tablename__ = "hsds_taxonomy"

    id: Mapped[str] = mapped_column(_UUID, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    uri: Mapped[str | None] = mapped_column(String(500))
    version: Mapped[str | None] = mapped_column(String(50))
    extra: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class HsdsTaxonomyTerm(Base):
    __tablename__ = "hsds_taxonomy_term"

    id: Mapped[str] = mapped_column(_UUID, primary_key=True)
    code: Mapped[str | None] = mapped_column(String(100), index=True)
    name: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    parent_id: Mapped[str | None] = mapped_column(_UUID)
    taxonomy: Mapped[str | None] = mapped_column(String(200))
    language: Mapped[str | None] = mapped_column(String(20))
    taxonomy_id: Mapped[str | None] = mapped_column(_UUID)
    term_uri: Mapped[str | None] = mapped_column(String(500))
    # Our referral category this term maps to, if any (housing, food, ...).
    category: Mapped[str | None] = mapped_column(String(30), index=True)
    extra: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class HsdsAttribute(Base):
    """Links a taxonomy term to any HSDS entity (``link_type`` names the table)."""

    __tablename__ = "hsds_attribute"

    id: Mapped[str] = mapped_column(_UUID, primary_key=True)
    link_id: Mapped[str] = mapped_column(_UUID, index=True)
    taxonomy_term_id: Mapped[str] = mapped_column(_UUID, index=True)
    link_type: Mapped[str | None] = mapped_column(String(60))
    link_entity: Mapped[str | None] = mapped_column(String(60))
    value: Mapped[str | None] = mapped_column(Text)
    label: Mapped[str | None] = mapped_column(String(200))
    extra: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
