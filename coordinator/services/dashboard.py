"""The dashboard's census: who is at which level of care, and what needs attention."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from coordinator.domain.roles import Permission
from coordinator.domain.vocabulary import (
    CLOSED_REFERRAL_STATUSES,
    ClientStatus,
    EpisodeStatus,
    ReferralStatus,
)
from coordinator.services.context import ServiceContext
from coordinator.store.models import Client, Episode, LevelOfCare, Referral


@dataclass(frozen=True)
class LevelCensus:
    code: str
    name: str
    intensity: int
    clients: int


@dataclass(frozen=True)
class Census:
    active_clients: int
    by_level: tuple[LevelCensus, ...]
    open_referrals: int
    overdue_referrals: int


class DashboardService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def census(self) -> Census:
        self.ctx.require(Permission.VIEW_CLIENTS)
        today = self.ctx.clock().date()
        open_statuses = [s.value for s in ReferralStatus if s not in CLOSED_REFERRAL_STATUSES
                         and s is not ReferralStatus.DRAFT]
        with self.ctx.unit_of_work(write=False) as uow:
            session = uow.session
            active = session.execute(select(func.count(Client.id)).where(
                Client.status == ClientStatus.ACTIVE.value)).scalar_one()
            counts = dict(session.execute(
                select(Episode.level_code, func.count(func.distinct(Episode.client_id)))
                .where(Episode.status == EpisodeStatus.ACTIVE.value,
                       Episode.entered_in_error.is_(False))
                .group_by(Episode.level_code)).tuples().all())
            levels = session.execute(
                select(LevelOfCare).order_by(LevelOfCare.intensity, LevelOfCare.code)).scalars()
            by_level = tuple(LevelCensus(level.code, level.name, level.intensity,
                                         counts.get(level.code, 0)) for level in levels)
            open_referrals = session.execute(select(func.count(Referral.id)).where(
                Referral.status.in_(open_statuses))).scalar_one()
            overdue = session.execute(select(func.count(Referral.id)).where(
                Referral.status.in_(open_statuses), Referral.follow_up_due < today)).scalar_one()
        return Census(active, by_level, open_referrals, overdue)
