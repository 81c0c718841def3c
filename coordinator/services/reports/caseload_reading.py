"""The caseload per case manager report's reads: the case managers, their active clients,
the transition clocks open and missed, the referrals past their follow-up date and the
instruments due, each per case manager and judged as ``coordinator.services.reports.caseload``
describes."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    and_,
    case,
    exists,
    func,
    literal_column,
    or_,
    select,
    tuple_,
)

from coordinator.domain.assessment_schedule import COUNTS_AS, DUE_EVERY_SETTING
from coordinator.domain.clocks import ClockKind, clock_title
from coordinator.domain.referrals import AWAITING_STATUSES
from coordinator.domain.roles import Role
from coordinator.domain.vocabulary import (
    ClientStatus,
    EpisodeStatus,
    Instrument,
)
from coordinator.services.clocks import missed_since, open_on
from coordinator.services.referral_views import target_name
from coordinator.services.reports.dto import ReportFilters, ReportPeriod
from coordinator.services.settings import read_settings
from coordinator.store.models import (
    Assessment,
    Client,
    Episode,
    Facility,
    HsdsOrganization,
    HsdsService,
    Referral,
    ReferralEvent,
    TransitionClock,
    User,
)

_AWAITING = frozenset(status.value for status in AWAITING_STATUSES)
_BATCH = 500
_Namer = Callable[[int | None], str]


@dataclass(frozen=True)
class CaseloadClock:
    """A stored transition clock open or missed on the report's day."""

    client_id: int
    client_name: str
    record_number: str
    case_manager_id: int | None
    case_manager: str
    title: str
    start: date
    due: date
    days: int  # days left (open) or days overdue (missed)


@dataclass(frozen=True)
class CaseloadReferral:
    """A referral past its follow-up date on the report's day, with its status then."""

    client_id: int
    client_name: str
    record_number: str
    case_manager_id: int | None
    case_manager: str
    referral_id: int
    category: str
    target: str
    status: str
    follow_up_due: date
    days_overdue: int


def case_managers(connection: Connection,
                  filters: ReportFilters) -> dict[int, tuple[str, str, bool]]:
    """The case managers' rows: user id -> (full name, role, account active)."""
    holding = select(Client.primary_case_manager_id).where(
        Client.primary_case_manager_id == User.id,
        Client.status != ClientStatus.ARCHIVED.value)
    query = select(User.id, User.full_name, User.role, User.is_active).where(or_(
        exists(holding), and_(User.role == Role.CASE_MANAGER.value, User.is_active.is_(True))))
    if filters.case_manager_id is not None:
        query = query.where(User.id == filters.case_manager_id)
    return {user_id: (name, role, bool(active))
            for user_id, name, role, active in connection.execute(query)}


def _episode_matches(filters: ReportFilters) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if filters.level_code:
        conditions.append(Episode.level_code == filters.level_code)
    if filters.facility_id is not None:
        conditions.append(Episode.facility_id == filters.facility_id)
    if filters.track:
        conditions.append(Episode.track == filters.track)
    return conditions


def _taking_place(as_of: date) -> list[ColumnElement[bool]]:
    """The episode was taking place on ``as_of``: started by then and not ended by then
    (the discharge day is the episode's end), and not entered in error."""
    # Active episodes, and completed ones ending after the day: each part read from its
    # own index (status, or end date) rather than every episode ever completed.
    return [Episode.entered_in_error.is_(False), Episode.start_date <= as_of,
            or_(and_(Episode.status == EpisodeStatus.ACTIVE.value,
                     or_(Episode.end_date.is_(None), Episode.end_date > as_of)),
                and_(Episode.status == EpisodeStatus.COMPLETED.value,
                     Episode.end_date > as_of))]


def _client_matches(filters: ReportFilters, as_of: date) -> list[ColumnElement[bool]]:
    """The client filters: not archived, the case manager, and an episode at the level,
    program or track on ``as_of`` (the payer is compared in Python)."""
    conditions: list[ColumnElement[bool]] = [Client.status != ClientStatus.ARCHIVED.value]
    if filters.case_manager_id is not None:
        conditions.append(Client.primary_case_manager_id == filters.case_manager_id)
    if episode := _episode_matches(filters):
        conditions.append(exists(select(Episode.id).where(
            Episode.client_id == Client.id, *_taking_place(as_of), *episode)))
    return conditions


def _per_manager(filters: ReportFilters) -> tuple[Any, Any]:
    """The case manager and the payer to count by; without a payer filter only the case
    manager (its index then answers, and there are a few groups instead of one per payer)."""
    if filters.payer.strip():
        return Client.primary_case_manager_id, Client.insurance_payer
    return Client.primary_case_manager_id, literal_column("''")


def _group(filters: ReportFilters) -> tuple[Any, ...]:
    return (Client.primary_case_manager_id, Client.insurance_payer) \
        if filters.payer.strip() else (Client.primary_case_manager_id,)


def active_clients(connection: Connection, filters: ReportFilters,
                   as_of: date) -> dict[int | None, int]:
    """Active client records per case manager (None: no case manager)."""
    counts: Counter[int | None] = Counter()
    wanted = (Client.status == ClientStatus.ACTIVE.value, *_client_matches(filters, as_of))
    if not filters.payer.strip():  # counted from the index on case manager and status
        return {manager_id: int(count) for manager_id, count in connection.execute(
            select(Client.primary_case_manager_id, func.count()).where(*wanted)
            .group_by(Client.primary_case_manager_id))}
    for manager_id, payer, count in connection.execute(
            select(Client.primary_case_manager_id, Client.insurance_payer, func.count())
            .where(*wanted)
            .group_by(Client.primary_case_manager_id, Client.insurance_payer)):
        if filters.payer_matches(payer):
            counts[manager_id] += int(count)
    return dict(counts)


def open_and_missed_clocks(
        connection: Connection, period: ReportPeriod, filters: ReportFilters, as_of: date,
        named: _Namer) -> tuple[list[CaseloadClock], list[CaseloadClock]]:
    """The stored clocks open on ``as_of``, and those missed with a due date in the
    period (and before ``as_of``)."""
    query = _clock_query(filters, TransitionClock.client_id, Client.family_name,
                         Client.given_name, Client.record_number,
                         Client.primary_case_manager_id, Client.insurance_payer,
                         TransitionClock.kind, TransitionClock.window_days,
                         TransitionClock.start_date, TransitionClock.due_date)
    opened: list[CaseloadClock] = []
    missed: list[CaseloadClock] = []
    titles: dict[tuple[str, int], str] = {}
    query = query.order_by(TransitionClock.due_date, Client.family_name_key,
                           Client.given_name_key, TransitionClock.client_id,
                           TransitionClock.kind, TransitionClock.episode_id)
    for wanted, found in zip(_clock_states(period, as_of), (opened, missed), strict=True):
        for (client_id, family, given, record_number, manager_id, payer, kind, window, start,
             due) in connection.execute(query.where(wanted)):
            if not filters.payer_matches(payer):
                continue
            if (title := titles.get((kind, window))) is None:
                title = titles[(kind, window)] = clock_title(ClockKind(kind), window)
            days = (due - as_of).days if found is opened else (as_of - due).days
            found.append(CaseloadClock(client_id, f"{family}, {given}", record_number,
                                       manager_id, named(manager_id), title, start, due,
                                       days))
    return opened, missed


def _clock_query(filters: ReportFilters, *columns: Any) -> Select[Any]:
    """Stored clocks of clients not archived, narrowed by the filters but the payer."""
    query = (select(*columns).select_from(TransitionClock)
             .join(Client, Client.id == TransitionClock.client_id)
             .where(Client.status != ClientStatus.ARCHIVED.value))
    if filters.case_manager_id is not None:
        query = query.where(Client.primary_case_manager_id == filters.case_manager_id)
    if episode := _episode_matches(filters):
        query = query.join(Episode, Episode.id == TransitionClock.episode_id).where(*episode)
    return query


def _clock_states(period: ReportPeriod,
                  as_of: date) -> tuple[ColumnElement[bool], ColumnElement[bool]]:
    """Open on ``as_of``; missed with a due date in the period and before ``as_of``."""
    return open_on(as_of), and_(missed_since(as_of, period.first_day),
                                TransitionClock.due_date <= period.last_day)


def clock_counts(connection: Connection, period: ReportPeriod, filters: ReportFilters,
                 as_of: date) -> tuple[Counter[int | None], Counter[int | None]]:
    """How many clocks ``open_and_missed_clocks`` would list, per case manager, counted in
    the database."""
    query = _clock_query(filters, *_per_manager(filters), func.count()) \
        .group_by(*_group(filters))
    counted: tuple[Counter[int | None], Counter[int | None]] = (Counter(), Counter())
    for wanted, counts in zip(_clock_states(period, as_of), counted, strict=True):
        for manager_id, payer, count in connection.execute(query.where(wanted)):
            if filters.payer_matches(payer):
                counts[manager_id] += int(count)
    return counted


def _day_starts(day: date) -> datetime:
    """The first moment of ``day`` on the workstation's calendar, as an aware time."""
    return datetime.combine(day, time(0, 0)).astimezone()


def _changed_after(connection: Connection, as_of: date) -> dict[int, str | None]:
    """The referrals followed up before ``as_of`` that changed after that day, with the
    status each had at its end: the one its first later change left (None: the referral
    was made later)."""
    end_of_day = _day_starts(as_of + timedelta(days=1))
    then: dict[int, str | None] = {}
    for referral_id, from_status in connection.execute(
            select(ReferralEvent.referral_id, ReferralEvent.from_status)
            .join(Referral, Referral.id == ReferralEvent.referral_id)
            .where(ReferralEvent.occurred_at >= end_of_day, Referral.follow_up_due < as_of)
            .order_by(ReferralEvent.referral_id, ReferralEvent.occurred_at.desc(),
                      ReferralEvent.id.desc())):
        then[referral_id] = from_status  # the earliest change after the day comes last
    return then


def referral_counts(connection: Connection, filters: ReportFilters,
                    as_of: date) -> Counter[int | None]:
    """How many referrals ``overdue_referrals`` would list, per case manager: those
    awaiting now counted in the database, corrected by the few that changed after the
    day."""
    wanted = (Referral.follow_up_due < as_of, *_client_matches(filters, as_of))
    counts: Counter[int | None] = Counter()
    for manager_id, payer, count in connection.execute(
            select(*_per_manager(filters), func.count())
            .select_from(Referral).join(Client, Client.id == Referral.client_id)
            .where(*wanted, Referral.status.in_(sorted(_AWAITING)))
            .group_by(*_group(filters))):
        if filters.payer_matches(payer):
            counts[manager_id] += int(count)
    then = _changed_after(connection, as_of)
    changed = sorted(then)
    for first in range(0, len(changed), _BATCH):
        for referral_id, status, manager_id, payer in connection.execute(
                select(Referral.id, Referral.status, Client.primary_case_manager_id,
                       Client.insurance_payer)
                .join(Client, Client.id == Referral.client_id)
                .where(*wanted, Referral.id.in_(changed[first:first + _BATCH]))):
            if filters.payer_matches(payer):
                counts[manager_id] += ((then[referral_id] in _AWAITING)
                                       - (status in _AWAITING))
    return counts


def overdue_referrals(connection: Connection, filters: ReportFilters,
                      as_of: date, named: _Namer) -> list[CaseloadReferral]:
    """Referrals awaiting an answer at the end of ``as_of`` whose follow-up date is before
    it. The status then is the current one, unless the referral changed after that day:
    then it is the status its first later change left (none: it did not exist yet)."""
    then = _changed_after(connection, as_of)
    columns = (Referral.id, Referral.status, Referral.category, Referral.follow_up_due,
               Referral.client_id, Client.family_name, Client.given_name, Client.record_number,
               Client.primary_case_manager_id, Client.insurance_payer, Facility.name,
               HsdsService.name, HsdsOrganization.name, Client.family_name_key,
               Client.given_name_key)
    base = (select(*columns).join(Client, Client.id == Referral.client_id)
            .outerjoin(Facility, Facility.id == Referral.facility_id)
            .outerjoin(HsdsService, HsdsService.id == Referral.service_id)
            .outerjoin(HsdsOrganization, HsdsOrganization.id == HsdsService.organization_id)
            .where(Referral.follow_up_due < as_of, *_client_matches(filters, as_of)))
    base = base.order_by(Referral.follow_up_due, Client.family_name_key,
                         Client.given_name_key, Referral.id)
    rows = list(connection.execute(base.where(Referral.status.in_(sorted(_AWAITING)))))
    seen = {row[0] for row in rows}
    changed = sorted(set(then) - seen)
    for first in range(0, len(changed), _BATCH):
        rows.extend(connection.execute(base.where(
            Referral.id.in_(changed[first:first + _BATCH]))))
    if changed:  # the ones read apart go in their place
        rows.sort(key=lambda row: (row.follow_up_due, row.family_name_key,
                                   row.given_name_key, row.id))
    found: list[CaseloadReferral] = []
    for (referral_id, status, category, due, client_id, family, given, record_number,
         manager_id, payer, facility, service, organization, _family_key, _given_key) in rows:
        status_then = then.get(referral_id, status)
        if status_then is None or status_then not in _AWAITING or due is None or (
                not filters.payer_matches(payer)):
            continue
        found.append(CaseloadReferral(
            client_id, f"{family}, {given}", record_number, manager_id, named(manager_id),
            referral_id,
            category, target_name(facility, service, organization),
            status_then, due, (as_of - due).days))
    return found


def assessments_due(connection: Connection, filters: ReportFilters,
                    as_of: date) -> Counter[int | None]:
    """How many instruments are due on or before ``as_of`` for each case manager's
    clients, by the dashboard's rule (``AssessmentService.due``), for all at once.

    By ``coordinator.domain.assessment_schedule.next_due``, an instrument scheduled every N
    days is due in a stay unless it was given in that stay within the N days up to the day
    (a baseline is due on the first day; one given N days ago is due again). So each stay
    owes every scheduled instrument, less those given that recently: counted per case
    manager in the database, in one pass over the stays (a large clinic has tens of
    thousands due).
    """
    settings = read_settings(connection)
    every = {instrument: int(settings[key])
             for instrument, key in DUE_EVERY_SETTING.items() if int(settings[key]) > 0}
    counts: Counter[int | None] = Counter()
    if not every:
        return counts
    stay_conditions = [*_taking_place(as_of),
                       # A partner's program gives its own; only the clinic's are scheduled.
                       or_(Episode.facility_id.is_(None), Facility.is_own_program.is_(True)),
                       *_episode_matches(filters)]

    # The whole clinic's stays on SQLite: the stays given each instrument are found once,
    # from the scores of those days, and the stays are worked out first and kept
    # (MATERIALIZED); otherwise SQLite walks the clients in case manager order and looks up
    # each one's stays and scores (twice the time at 100,000 clients). One case manager's
    # stays are few, and PostgreSQL's workers would each hash the whole list: there each
    # stay looks for its own scores.
    clinic_wide = filters.case_manager_id is None and connection.dialect.name == "sqlite"

    def given_recently(instrument: Instrument, days: int) -> ColumnElement[int]:
        """1 for a stay in which it was given in the ``days`` days up to the day, else 0."""
        given = select(Assessment.client_id, Assessment.episode_id).where(
            Assessment.entered_in_error.is_(False),
            Assessment.instrument.in_(sorted(kind.value for kind in COUNTS_AS[instrument])),
            Assessment.administered_on > as_of - timedelta(days=days),
            Assessment.administered_on <= as_of)
        found: ColumnElement[bool]
        if clinic_wide:
            found = tuple_(Episode.client_id, Episode.id).in_(given)
        else:
            found = exists(given.where(Assessment.client_id == Episode.client_id,
                                       Assessment.episode_id == Episode.id))
        return case((found, 1), else_=0)

    stay = (select(Episode.client_id.label("client_id"),
                   *(given_recently(instrument, days).label(f"given_{number}")
                     for number, (instrument, days) in enumerate(every.items())))
            .select_from(Episode).outerjoin(Facility, Facility.id == Episode.facility_id)
            .where(*stay_conditions)
            .cte("stay"))
    if clinic_wide:
        stay = stay.prefix_with("MATERIALIZED")
    conditions = [Client.status == ClientStatus.ACTIVE.value]
    if filters.case_manager_id is not None:
        conditions.append(Client.primary_case_manager_id == filters.case_manager_id)
    query = (select(*_per_manager(filters), func.count(),
                    *(func.sum(stay.c[f"given_{number}"]) for number in range(len(every))))
             .select_from(stay).join(Client, Client.id == stay.c.client_id)
             .where(*conditions)
             .group_by(*_group(filters)))
    for manager_id, payer, stays, *given in connection.execute(query):
        if filters.payer_matches(payer):
            counts[manager_id] += len(every) * int(stays) - sum(int(n or 0) for n in given)
    return counts
