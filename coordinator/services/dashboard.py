"""The dashboard's census: who is at which level of care, and what needs attention."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import ColumnElement, func, select

from coordinator.domain.levels import Direction
from coordinator.domain.roles import Permission
from coordinator.domain.vocabulary import (
    CLOSED_REFERRAL_STATUSES,
    ClientStatus,
    EpisodeStatus,
    ReferralStatus,
    TransitionStatus,
)
from coordinator.services.context import ServiceContext
from coordinator.store.models import Client, Episode, LevelOfCare, Referral, Transition


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


@dataclass(frozen=True)
class UpcomingTransition:
    """A planned transition due soon, for the dashboard list."""

    id: int
    client_id: int
    record_number: str
    client_name: str
    planned_date: date
    direction: Direction
    from_level_code: str | None
    to_level_code: str | None
    to_level_name: str
    #: Days from today to the planned date; negative when the planned date has passed.
    days_until: int


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
            counts: dict[str, int] = {code: count for code, count in session.execute(
                select(Episode.level_code, func.count(func.distinct(Episode.client_id)))
                .where(Episode.status == EpisodeStatus.ACTIVE.value,
                       Episode.entered_in_error.is_(False))
                .group_by(Episode.level_code))}
            levels = session.execute(
                select(LevelOfCare).order_by(LevelOfCare.intensity, LevelOfCare.code)).scalars()
            by_level = tuple(LevelCensus(level.code, level.name, level.intensity,
                                         counts.get(level.code, 0)) for level in levels)
            open_referrals = session.execute(select(func.count(Referral.id)).where(
                Referral.status.in_(open_statuses))).scalar_one()
            overdue = session.execute(select(func.count(Referral.id)).where(
                Referral.status.in_(open_statuses), Referral.follow_up_due < today)).scalar_one()
        return Census(active, by_level, open_referrals, overdue)

    def upcoming_transitions(self, days: int = 7, *, today: date | None = None,
                             overdue_days: int = 30,
                             limit: int | None = None) -> list[UpcomingTransition]:
        """Planned transitions from ``today`` through ``days`` days ahead, soonest first;
        overdue planned ones (dated in the ``overdue_days`` before today) come first; at most
        ``limit`` of them. Archived clients are left out.
        """
        self.ctx.require(Permission.VIEW_CLIENTS)
        today = today or self.ctx.clock().astimezone().date()
        query = (select(Transition.id, Transition.client_id, Client.record_number,
                        Client.family_name, Client.given_name, Transition.planned_date,
                        Transition.direction, Episode.level_code, Transition.to_level_code,
                        LevelOfCare.name)
                 .join(Client, Client.id == Transition.client_id)
                 .outerjoin(Episode, Episode.id == Transition.from_episode_id)
                 .outerjoin(LevelOfCare, LevelOfCare.code == Transition.to_level_code)
                 .where(*_planned_soon(today, days, overdue_days))
                 .order_by(Transition.planned_date, Client.family_name, Transition.id)
                 .limit(limit))
        with self.ctx.unit_of_work(write=False) as uow:
            rows = uow.session.execute(query).all()
        return [UpcomingTransition(id_, client, record, f"{family}, {given}", planned,
                                   Direction(direction), from_code, to_code, to_name or "",
                                   (planned - today).days)
                for id_, client, record, family, given, planned, direction, from_code,
                to_code, to_name in rows]

    def count_upcoming(self, days: int = 7, *, today: date | None = None,
                       overdue_days: int = 30, at_most: int | None = None) -> int:
        """How many transitions ``upcoming_transitions`` would list without a limit; with
        ``at_most``, counting stops there (``at_most + 1`` means "more")."""
        self.ctx.require(Permission.VIEW_CLIENTS)
        today = today or self.ctx.clock().astimezone().date()
        planned = (select(Transition.id).join(Client, Client.id == Transition.client_id)
                   .where(*_planned_soon(today, days, overdue_days)))
        if at_most is not None:
            planned = planned.limit(max(at_most, 0) + 1)
        with self.ctx.unit_of_work(write=False) as uow:
            return int(uow.session.execute(
                select(func.count()).select_from(planned.subquery())).scalar_one())

    def my_caseload(self) -> int:
        """Active clients whose primary case manager is the signed-in user."""
        actor = self.ctx.require(Permission.VIEW_CLIENTS)
        with self.ctx.unit_of_work(write=False) as uow:
            return int(uow.session.execute(select(func.count(Client.id)).where(
                Client.primary_case_manager_id == actor.user_id,
                Client.status == ClientStatus.ACTIVE.value)).scalar_one())


def _planned_soon(today: date, days: int, overdue_days: int) -> list[ColumnElement[bool]]:
    """Still planned, dated from ``overdue_days`` ago to ``days`` ahead (the index on status
    and planned date), of a client who is not archived."""
    return [Transition.status == TransitionStatus.PLANNED.value,
            Transition.planned_date >= today - timedelta(days=overdue_days),
            Transition.planned_date <= today + timedelta(days=days),
            Client.status != ClientStatus.ARCHIVED.value]
