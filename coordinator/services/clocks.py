"""Transition clocks across the caseload: which step-downs and follow-ups are due, and when.

The rules live in ``coordinator.domain.clocks``; this module only finds the few clients a clock
can concern and hands their recent episodes and attended sessions to those rules. A 100,000-
client caseload has no reason to load every episode: a clock can only be open, or have closed
in the last ``include_closed_days``, if it started within the longest window before that, so
one query finds the clients with a recent discharge or a recent new substance-use episode, and
the others read episodes and attended sessions for those clients only (by the indexes on
client and start date, and on client and session date).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TypeVarTuple

from sqlalchemy import Connection, Select, and_, or_, select
from sqlalchemy.orm import InstrumentedAttribute

from coordinator.domain.clocks import (
    ATTENDED,
    CLOSED_STATES,
    DISCHARGE_CLOCK_LEVELS,
    IET_INITIATION_DAYS,
    NEW_SUD_EPISODE_CLEAN_DAYS,
    SUBSTANCE_USE_FOCUS,
    Clock,
    ClockKind,
    ClockState,
    EpisodeFact,
    FollowUpFact,
    clocks_for_client,
    longest_window_days,
)
from coordinator.domain.errors import ValidationError
from coordinator.domain.roles import Permission
from coordinator.domain.vocabulary import ClientStatus, EpisodeStatus
from coordinator.services.context import ServiceContext
from coordinator.services.settings import read_settings
from coordinator.store.models import Attendance, Client, Episode, LevelOfCare

_NOT_STARTED = (EpisodeStatus.PLANNED.value, EpisodeStatus.CANCELLED.value)
_CHUNK = 1000
_Ts = TypeVarTuple("_Ts")
_ATTENDED = tuple(sorted(ATTENDED))
_KIND_ORDER = {kind: number for number, kind in enumerate(ClockKind)}


@dataclass(frozen=True)
class ClockRow:
    """One clock of one client, ready to show.

    ``days_left`` counts down to the due date for an open clock, is negative for a missed one
    (days overdue), and is None once the clock was met or closed by a transfer.
    ``episode_id`` is the discharge or new episode that started the clock.
    """

    client_id: int
    record_number: str
    client_name: str
    kind: ClockKind
    title: str
    start: date
    due: date
    days_left: int | None
    state: ClockState
    met_on: date | None
    closed_on: date | None
    episode_id: int


class ClockService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def caseload_clocks(self, *, today: date | None = None, include_closed_days: int = 30,
                        client_id: int | None = None,
                        states: Collection[ClockState] | None = None) -> list[ClockRow]:
        """Open clocks, and those closed in the last ``include_closed_days``.

        Args:
            today: the day to judge on (default: today on this workstation's calendar).
            include_closed_days: how far back met, missed and transferred clocks are shown.
            client_id: one client's clocks only.
            states: only clocks in these states (default: all).

        Returns:
            Open clocks first, fewest days left first; then missed ones, most recent first;
            then met and transferred ones, most recently closed first. Archived clients are
            left out.
        """
        self.ctx.require(Permission.VIEW_CLIENTS)
        if include_closed_days < 0:
            raise ValidationError.for_fields(
                {"include_closed_days": "Days of closed clocks cannot be negative."})
        if today is None:
            # The clinic's calendar day, not UTC's: an evening shift must not see tomorrow.
            today = self.ctx.clock().astimezone().date()
        wanted = frozenset(states) if states is not None else frozenset(ClockState)
        if not wanted & CLOSED_STATES:
            include_closed_days = 0  # open clocks only: no need to look further back
        with self.ctx.unit_of_work(write=False) as uow:
            step_down_days = int(read_settings(uow.session)["step_down_window_days"])
            since = today - timedelta(
                days=longest_window_days(step_down_days) + include_closed_days)
            # Plain Core rows, fetched whole (.all()): tens of thousands of them, and no ORM
            # identity to keep.
            connection = uow.session.connection()
            relevant = _relevant_clients(today, since, include_closed_days, client_id)
            names = _names(connection, relevant)
            clients = _Clients(relevant, sorted(names), connection.dialect.name == "sqlite")
            episodes = _episodes(connection, clients, since)
            sessions = _sessions(connection, clients, since, today)
        shown_since = today - timedelta(days=include_closed_days)
        rows: list[ClockRow] = []
        for owner, facts in episodes.items():
            known = names.get(owner)
            if known is None:  # archived
                continue
            record_number, name = known
            for clock in clocks_for_client(facts, sessions.get(owner, ()), today=today,
                                           step_down_days=step_down_days,
                                           closed_since=shown_since, client_id=owner):
                if clock.state in wanted:
                    rows.append(_row(clock, owner, record_number, name, today))
        rows.sort(key=_display_order)
        return rows


def _relevant_clients(today: date, since: date, include_closed_days: int,
                      client_id: int | None) -> Select[int]:
    """Clients with a discharge that starts a clock, or a new substance-use episode, recent
    enough to matter.

    IET looks back only 13 days plus the days closed clocks are shown. No index covers a
    range of start dates, so this is one pass over the episodes; status is tested with
    NOT IN so that SQLite does not walk the status index instead, which covers nearly every
    row.
    """
    new_since = today - timedelta(days=IET_INITIATION_DAYS - 1 + include_closed_days)
    relevant = select(Episode.client_id).where(
        Episode.entered_in_error.is_(False), Episode.status.not_in(_NOT_STARTED),
        or_(and_(Episode.end_date >= since, Episode.end_date <= today,
                 Episode.level_code.in_(sorted(DISCHARGE_CLOCK_LEVELS))),
            and_(Episode.start_date >= new_since, Episode.start_date <= today,
                 Episode.focus.in_(sorted(SUBSTANCE_USE_FOCUS)))))
    if client_id is not None:
        relevant = relevant.where(Episode.client_id == client_id)
    return relevant


def _names(connection: Connection, relevant: Select[int]) -> dict[int, tuple[str, str]]:
    """Record number and "Family, Given" of each of these clients who is not archived."""
    rows = connection.execute(
        select(Client.id, Client.record_number, Client.family_name, Client.given_name)
        .where(Client.id.in_(relevant), Client.status != ClientStatus.ARCHIVED.value)).all()
    return {client: (record, f"{family}, {given}") for client, record, family, given in rows}


@dataclass(frozen=True)
class _Clients:
    """The clients a listing concerns, as a subquery and as the ids it found."""

    query: Select[int]
    ids: Sequence[int]
    pass_ids: bool

    def restrict(self, statement: Select[*_Ts],
                 column: InstrumentedAttribute[int]) -> Iterator[Select[*_Ts]]:
        """``statement`` limited to these clients, in one or more statements.

        SQLite runs a subquery afresh in every statement, so it gets the ids, in slices
        small enough for any driver; PostgreSQL plans the subquery once, as a hash join,
        which beats thousands of bound parameters.
        """
        if not self.pass_ids:
            yield statement.where(column.in_(self.query))
            return
        for first in range(0, len(self.ids), _CHUNK):
            yield statement.where(column.in_(self.ids[first:first + _CHUNK]))


def _episodes(connection: Connection, clients: _Clients,
              since: date) -> dict[int, list[EpisodeFact]]:
    """Each client's started episodes that can bear on a clock starting on or after ``since``:
    those still going or ended since then, and substance-use ones ended recently enough to
    tell whether a later one is new."""
    levels = {code: (intensity, round_the_clock) for code, intensity, round_the_clock in
              connection.execute(select(LevelOfCare.code, LevelOfCare.intensity,
                                        LevelOfCare.round_the_clock))}
    history_since = since - timedelta(days=NEW_SUD_EPISODE_CLEAN_DAYS)
    query = select(Episode.client_id, Episode.id, Episode.level_code, Episode.focus,
                   Episode.start_date, Episode.end_date, Episode.status).where(
        Episode.entered_in_error.is_(False), Episode.status.not_in(_NOT_STARTED),
        or_(Episode.end_date.is_(None), Episode.end_date >= since,
            and_(Episode.end_date >= history_since,
                 Episode.focus.in_(sorted(SUBSTANCE_USE_FOCUS)))))
    found: dict[int, list[EpisodeFact]] = defaultdict(list)
    for statement in clients.restrict(query, Episode.client_id):
        for client, episode_id, level, focus, start, end, status in connection.execute(
                statement).all():
            intensity, round_the_clock = levels[level]
            found[client].append(EpisodeFact(episode_id, level, intensity, round_the_clock,
                                             focus, start, end, status))
    return found


def _sessions(connection: Connection, clients: _Clients, since: date,
              today: date) -> dict[int, list[FollowUpFact]]:
    """Attended sessions from ``since`` to ``today`` (index on client and date)."""
    query = select(Attendance.client_id, Attendance.episode_id, Attendance.session_date,
                   Attendance.status).where(
        Attendance.session_date >= since, Attendance.session_date <= today,
        Attendance.status.in_(_ATTENDED))
    found: dict[int, list[FollowUpFact]] = defaultdict(list)
    for statement in clients.restrict(query, Attendance.client_id):
        for client, episode_id, day, status in connection.execute(statement).all():
            found[client].append(FollowUpFact(episode_id, day, status))
    return found


def _row(clock: Clock, client_id: int, record_number: str, name: str,
         today: date) -> ClockRow:
    counting = clock.state in (ClockState.OPEN, ClockState.MISSED)
    return ClockRow(client_id, record_number, name, clock.kind, clock.title, clock.start,
                    clock.due, clock.days_left(today) if counting else None, clock.state,
                    clock.met_on, clock.closed_on, clock.episode_id)


def _display_order(row: ClockRow) -> tuple[int, int, str, str, int, int]:
    """Open by due date; then missed, then met or transferred, the latest closed first."""
    if row.state is ClockState.OPEN:
        group, when = 0, row.due.toordinal()
    else:
        group = 1 if row.state is ClockState.MISSED else 2
        when = -(row.closed_on or row.due).toordinal()
    return (group, when, row.client_name, row.record_number, _KIND_ORDER[row.kind],
            row.episode_id)
