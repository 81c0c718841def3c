"""The readiness assessment behind a planned step-up or step-down: one rating and
narrative per ASAM dimension, in the clinician's own judgement."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from coordinator.store.models.base import Base, Versioned


class ReadinessAssessment(Versioned, Base):
    __tablename__ = "readiness_assessment"
    __table_args__ = (Index("ix_readiness_assessment_client_date", "client_id",
                            "assessed_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"))
    # The episode the level change would leave, when there is one.
    episode_id: Mapped[int | None] = mapped_column(ForeignKey("episode.id"))
    assessed_on: Mapped[date] = mapped_column(Date)
    assessed_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    recommended_level_code: Mapped[str] = mapped_column(ForeignKey("level_of_care.code"))
    # Previous providers consulted (care-team members, facility contacts), in words.
    consulted: Mapped[str] = mapped_column(String(500), default="")
    consulted_on: Mapped[date | None] = mapped_column(Date)
    summary: Mapped[str] = mapped_column(Text, default="")
    entered_in_error: Mapped[bool] = mapped_column(Boolean, default=False)


class ReadinessDimension(Base):
    """One ASAM dimension of an assessment: the clinician's rating and why."""

    __tablename__ = "readiness_dimension"

    assessment_id: Mapped[int] = mapped_column(ForeignKey("readiness_assessment.id"),
                                               primary_key=True)
    dimension: Mapped[int] = mapped_column(Integer, primary_key=True)  # 1 … 6
    rating: Mapped[str] = mapped_column(String(10))  # domain.readiness.RiskRating
    narrative: Mapped[str] = mapped_column(String(1000), default="")
