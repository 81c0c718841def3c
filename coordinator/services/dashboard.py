"""The dashboard's census: who is at which level of care, and what needs attention."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from time import perf_counter as time_counter
from typing import Any

from sqlalchemy import ColumnElement, Select, delete, func, or_, select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.orm import Session

from coordinator.domain.clinical_record import PENDING_APPOINTMENTS
from coordinator.domain.levels import Direction
from coordinator.domain.roles import Permission, Role
from coordinator.domain.vocabulary import (
    CLOSED_REFERRAL_STATUSES,
    ClientStatus,
    EpisodeStatus,
    ReferralStatus,
    TransitionStatus,
)
from coordinator.services import derived
from coordinator.services.context import Actor, ServiceContext
from coordinator.services.reports.caseload import CaseloadReport, caseload_report
from coordinator.services.reports.dto import ReportFilters, ReportPeriod
from coordinator.store.engine import roomy_cache
from coordinator.store.models import (
    Appointment,
    CareTeamMember,
    CensusCount,
    Client,
    Episode,
    Facility,
    LevelOfCare,
    Referral,
    Transition,
)
from coordinator.store.sql_functions import one_of

_PENDING = tuple(sorted(status.value for status in PENDING_APPOINTMENTS))
#: How long a census that was slow to count is shown before one workstation counts again.
CENSUS_KEPT = timedelta(seconds=60)
#: A workstation that began counting and has not kept its count by then is taken to have
#: stopped (closed, or cut off): another may count.
CENSUS_COUNTING_GIVEN_UP = timedelta(minutes=2)


@dataclass(frozen=True)
class LevelCensus:
    code: str
    name: str
    intensity: int
    clients: int


@dataclass(frozen=True)
class Census:
    """The clinic's census; ``counted_at`` is when, if it is the last count kept on the
    server (``DashboardService.census``) rather than one made just now."""

    active_clients: int
    by_level: tuple[LevelCensus, ...]
    open_referrals: int
    overdue_referrals: int
    counted_at: datetime | None = None


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


@dataclass(frozen=True)
class DashboardAppointment:
    """An appointment on the dashboard: coming up soon, or past its day without an outcome."""

    id: int
    client_id: int
    record_number: str
    client_name: str
    service_date: date
    at: time | None  # local time at the clinic; None when none was entered
    kind: str  # AppointmentKind
    level_code: str | None  # an intake's level
    with_whom: str  # the facility and contact, the team member, or the name typed
    status: str  # scheduled or confirmed
    #: Days from today to the appointment; negative once its day has passed.
    days_until: int

    @property
    def past_due(self) -> bool:
        return self.days_until < 0


@dataclass(frozen=True)
class DashboardAppointments:
    """Appointments past due without an outcome (the longest waiting first), then those of
    the next days (soonest first), at most a limit of each, and how many there are.

    ``caseload_only``: the signed-in case manager's clients; otherwise the whole clinic's.
    The counts stop one past the limit (a count above it means "more").
    """

    rows: list[DashboardAppointment]
    past_due: int
    upcoming: int
    caseload_only: bool


class DashboardService:
    #: A census that took this long to count is kept on a server (``census``).
    slow_census_ms: int = 150

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def census(self) -> Census:
        """The clinic's census: active clients, clients in care at each level, open
        referrals and those past their follow-up date.

        Counting it reads a good part of the database. On a server (PostgreSQL) holding a
        county's records that takes long, and every workstation's dashboard would count
        it: there, a count that took ``SLOW_CENSUS_MS`` or more is kept in the database
        and shown, with the time it was made (``Census.counted_at``), for
        ``CENSUS_KEPT``; then one workstation counts again (it claims the count, so the
        others keep showing the last one meanwhile). A quicker count is never kept, and a
        SQLite file (one clinic) is always counted.
        """
        self.ctx.require(Permission.VIEW_CLIENTS)
        now = self.ctx.clock()
        today = now.date()
        keeps = not self.ctx.db.is_sqlite
        kept: Census | None = None
        with self.ctx.unit_of_work(write=False) as uow:
            row = uow.session.get(CensusCount, 1) if keeps else None
            if row is not None:
                kept = _census_of(uow.session, row)
                if (row.took_ms >= self.slow_census_ms and row.counted_for == today
                        and now - row.counted_at < CENSUS_KEPT):
                    return kept
        if kept is not None and not self._claim_count(now):
            return kept  # another workstation is counting
        started = time_counter()
        with self.ctx.unit_of_work(write=False) as uow:
            census = _count_census(uow.session, today)
        took_ms = round((time_counter() - started) * 1000)
        if keeps and (kept is not None or took_ms >= self.slow_census_ms):
            self._keep_count(census, now, today, took_ms)
        return census

    def _claim_count(self, now: datetime) -> bool:
        """Whether this workstation may count again (no other began within
        ``CENSUS_COUNTING_GIVEN_UP``); it is then marked as counting."""
        with self.ctx.unit_of_work() as uow:
            claimed = uow.session.execute(
                update(CensusCount)
                .where(CensusCount.id == 1,
                       or_(CensusCount.counting_since.is_(None),
                           CensusCount.counting_since < now - CENSUS_COUNTING_GIVEN_UP))
                .values(counting_since=now)
                .execution_options(synchronize_session=False))
            return bool(getattr(claimed, "rowcount", 0))

    def _keep_count(self, census: Census, now: datetime, today: date, took_ms: int) -> None:
        """Keep ``census`` on the server, or forget the kept one when counting was quick."""
        with self.ctx.unit_of_work() as uow:
            if took_ms < self.slow_census_ms:
                uow.session.execute(delete(CensusCount).where(CensusCount.id == 1))
                return
            values = {"counted_at": now, "counted_for": today, "took_ms": took_ms,
                      "active_clients": census.active_clients,
                      "open_referrals": census.open_referrals,
                      "overdue_referrals": census.overdue_referrals,
                      "by_level": json.dumps({level.code: level.clients
                                              for level in census.by_level}),
                      "counting_since": None}
            # Two workstations may count at once the first time: the later count wins.
            uow.session.execute(
                postgresql_insert(CensusCount).values(id=1, **values)
                .on_conflict_do_update(index_elements=[CensusCount.id], set_=values))

    def upcoming_transitions(self, days: int = 7, *, today: date | None = None,
                             overdue_days: int = 30, limit: int | None = None,
                             caseload_only: bool = False) -> list[UpcomingTransition]:
        """Planned transitions from ``today`` through ``days`` days ahead, soonest first;
        overdue planned ones (dated in the ``overdue_days`` before today) come first; at most
        ``limit`` of them; ``caseload_only``: of the signed-in user's clients. Archived
        clients are left out.
        """
        actor = self.ctx.require(Permission.VIEW_CLIENTS)
        today = today or self.ctx.clock().astimezone().date()
        query = (select(Transition.id, Transition.client_id, Client.record_number,
                        Client.family_name, Client.given_name, Transition.planned_date,
                        Transition.direction, Episode.level_code, Transition.to_level_code,
                        LevelOfCare.name)
                 .join(Client, Client.id == Transition.client_id)
                 .outerjoin(Episode, Episode.id == Transition.from_episode_id)
                 .outerjoin(LevelOfCare, LevelOfCare.code == Transition.to_level_code)
                 .where(*_planned_soon(today, days, overdue_days),
                        *_mine(actor, caseload_only))
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
                       overdue_days: int = 30, at_most: int | None = None,
                       caseload_only: bool = False) -> int:
        """How many transitions ``upcoming_transitions`` would list without a limit; with
        ``at_most``, counting stops there (``at_most + 1`` means "more")."""
        actor = self.ctx.require(Permission.VIEW_CLIENTS)
        today = today or self.ctx.clock().astimezone().date()
        planned = (select(Transition.id).join(Client, Client.id == Transition.client_id)
                   .where(*_planned_soon(today, days, overdue_days),
                          *_mine(actor, caseload_only)))
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

    def caseloads(self, *, today: date | None = None,
                  missed_days: int = 30) -> CaseloadReport:
        """The clinic's caseload by case manager for a supervisor's dashboard: each case
        manager's active clients, clocks open today and missed in the ``missed_days`` before
        today, referrals past their follow-up date and assessments due
        (``coordinator.services.reports.caseload``), read in one snapshot and counted, not
        listed (the lists are empty). Supervisors and administrators only (it names every
        case manager's figures)."""
        self.ctx.require(Permission.VIEW_REPORTS)
        today = today or self.ctx.clock().astimezone().date()
        period = ReportPeriod(today - timedelta(days=missed_days), today, today)
        derived.ensure_current(self.ctx)
        with self.ctx.unit_of_work(write=False, snapshot=True) as uow:
            connection = uow.session.connection()
            with roomy_cache(connection):
                return caseload_report(connection, period, ReportFilters(), today,
                                       listed=False)

    def appointments(self, days: int = 7, *, today: date | None = None, past_days: int = 30,
                     limit: int = 100) -> DashboardAppointments:
        """Appointments still scheduled or confirmed: those dated in the ``past_days``
        before today (they lack an outcome), and those from today through ``days`` ahead.

        A case manager sees the clients whose primary case manager they are; anyone else the
        whole clinic's. Archived clients are left out. Each part is read from the index on
        status and day (``ix_appointment_status_day``), at most ``limit`` rows of it: one
        status at a time in the index's own order (day, then client), so the read stops
        after ``limit`` rows instead of sorting every appointment of a big clinic's week.
        The rows are then put in order of day and time; when a part has more than ``limit``
        rows, its last day listed may therefore be partial.
        """
        actor = self.ctx.require(Permission.VIEW_CLIENTS)
        today = today or self.ctx.clock().astimezone().date()
        caseload_only = actor.role is Role.CASE_MANAGER
        past = (Appointment.service_date >= today - timedelta(days=past_days),
                Appointment.service_date < today)
        ahead = (Appointment.service_date >= today,
                 Appointment.service_date <= today + timedelta(days=days))
        rows: list[DashboardAppointment] = []
        counts: list[int] = []
        with self.ctx.unit_of_work(write=False) as uow:
            caseload: dict[str, list[int]] = {}
            if caseload_only:
                caseload["caseload"] = list(uow.session.execute(select(Client.id).where(
                    Client.primary_case_manager_id == actor.user_id,
                    Client.status != ClientStatus.ARCHIVED.value)).scalars())
            for part in (past, ahead):
                wanted = _pending_appointments(caseload_only, part)
                counts.append(int(uow.session.execute(select(func.count()).select_from(
                    wanted.where(Appointment.status.in_(_PENDING)).limit(limit + 1)
                    .subquery()), caseload).scalar_one()))
                found = [tuple(row) for status in _PENDING for row in uow.session.execute(
                    _appointment_rows(wanted.where(Appointment.status == status)).order_by(
                        Appointment.service_date, Appointment.client_id, Appointment.id)
                    .limit(limit), caseload)]
                # (day, client, id): the first ``limit`` of both statuses in index order.
                found.sort(key=lambda row: (row[5], row[1], row[0]))
                listed = [_dashboard_appointment(row, today) for row in found[:limit]]
                listed.sort(key=lambda row: (row.service_date, row.at or time(0, 0), row.id))
                rows.extend(listed)
        return DashboardAppointments(rows, counts[0], counts[1], caseload_only)


def _pending_appointments(caseload_only: bool,
                          days: tuple[ColumnElement[bool], ...]) -> Select[int]:
    """Ids of appointments on those days, of clients not archived (and, for a case manager,
    of the clients bound as ``caseload``); the caller adds which statuses.

    A caseload's appointments are read client by client (the index on client and day):
    filtered by case manager, both engines walked the whole county's pending appointments
    in day order looking for the caseload's few (8 s of a case manager's dashboard on a
    1,000,000-client SQLite file)."""
    query = (select(Appointment.id).join(Client, Client.id == Appointment.client_id)
             .where(*days, Client.status != ClientStatus.ARCHIVED.value))
    if caseload_only:
        query = query.where(one_of(Appointment.client_id, "caseload"))
    return query


def _appointment_rows(wanted: Select[int]) -> Select[*tuple[Any, ...]]:
    """The columns a dashboard row needs, for the appointments ``wanted`` selects."""
    return (wanted.with_only_columns(
        Appointment.id, Appointment.client_id, Client.record_number, Client.family_name,
        Client.given_name, Appointment.service_date, Appointment.starts_at, Appointment.kind,
        Appointment.level_code, Appointment.with_whom, Appointment.status, Facility.name,
        CareTeamMember.name)
        .outerjoin(Facility, Facility.id == Appointment.facility_id)
        .outerjoin(CareTeamMember, CareTeamMember.id == Appointment.care_team_member_id))


def _dashboard_appointment(row: Sequence[Any], today: date) -> DashboardAppointment:
    (appointment_id, client_id, record_number, family, given, service_date, starts_at, kind,
     level_code, with_whom, status, facility, member) = row
    local: datetime = starts_at.astimezone()
    day: date = service_date or local.date()
    at = local.time().replace(second=0, microsecond=0)
    whom = " · ".join(part for part in (facility, member, with_whom) if part)
    return DashboardAppointment(appointment_id, client_id, record_number,
                                f"{family}, {given}", day,
                                None if at == time(0, 0) or local.date() != day else at,
                                kind, level_code, whom, status, (day - today).days)


def _mine(actor: Actor, caseload_only: bool) -> list[ColumnElement[bool]]:
    """The signed-in user's clients only, when asked."""
    return [Client.primary_case_manager_id == actor.user_id] if caseload_only else []


def _planned_soon(today: date, days: int, overdue_days: int) -> list[ColumnElement[bool]]:
    """Still planned, dated from ``overdue_days`` ago to ``days`` ahead (the index on status
    and planned date), of a client who is not archived."""
    return [Transition.status == TransitionStatus.PLANNED.value,
            Transition.planned_date >= today - timedelta(days=overdue_days),
            Transition.planned_date <= today + timedelta(days=days),
            Client.status != ClientStatus.ARCHIVED.value]


def _count_census(session: Session, today: date) -> Census:
    """The census counted now."""
    open_statuses = [status.value for status in ReferralStatus
                     if status not in CLOSED_REFERRAL_STATUSES
                     and status is not ReferralStatus.DRAFT]
    active = session.execute(select(func.count(Client.id)).where(
        Client.status == ClientStatus.ACTIVE.value)).scalar_one()
    counts: dict[str, int] = {code: count for code, count in session.execute(
        select(Episode.level_code, func.count(func.distinct(Episode.client_id)))
        .where(Episode.status == EpisodeStatus.ACTIVE.value,
               Episode.entered_in_error.is_(False))
        .group_by(Episode.level_code))}
    open_referrals = session.execute(select(func.count(Referral.id)).where(
        Referral.status.in_(open_statuses))).scalar_one()
    overdue = session.execute(select(func.count(Referral.id)).where(
        Referral.status.in_(open_statuses), Referral.follow_up_due < today)).scalar_one()
    return Census(active, _levels(session, counts), open_referrals, overdue)


def _census_of(session: Session, kept: CensusCount) -> Census:
    """The census kept on the server, with when it was counted."""
    counts = {str(code): int(clients) for code, clients in json.loads(kept.by_level).items()}
    return Census(kept.active_clients, _levels(session, counts), kept.open_referrals,
                  kept.overdue_referrals, kept.counted_at)


def _levels(session: Session, counts: dict[str, int]) -> tuple[LevelCensus, ...]:
    levels = session.execute(
        select(LevelOfCare).order_by(LevelOfCare.intensity, LevelOfCare.code)).scalars()
    return tuple(LevelCensus(level.code, level.name, level.intensity,
                             counts.get(level.code, 0)) for level in levels)
