"""Transition clocks across the caseload: which step-downs and follow-ups are due, and when.

The rules live in ``coordinator.domain.clocks``. Working them out for a 100,000-client
caseload on every look at the dashboard takes a second, so their result is kept in the
``transition_clock`` table:

- whenever a client's episodes or attendance change, the service that changed them calls
  ``refresh_clocks`` for that client in the same transaction;
- the table records what the rules settle from everything recorded, not what they say on one
  day: a clock is met or transferred from its ``settled_on`` day on, and otherwise open until
  its due date and missed after it. So the rows stay right as the days pass, and events dated
  ahead (a booked start) count only once their day has come;
- what the rows were built with (the rules' version, the clinic's step-down window, each
  level's intensity and 24-hour status) is kept as a marker; when any of it differs, the whole
  table is rebuilt before it is read (after an upgrade, a settings change, a level edit).

Reading open clocks is then one range scan of the due-date index.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    and_,
    delete,
    func,
    insert,
    or_,
    select,
    text,
)
from sqlalchemy.orm import Session

from coordinator.domain.clocks import (
    ATTENDED,
    CLOSED_STATES,
    Clock,
    ClockKind,
    ClockState,
    EpisodeFact,
    FollowUpFact,
    clock_title,
    clocks_for_client,
)
from coordinator.domain.errors import ValidationError
from coordinator.domain.roles import Permission
from coordinator.domain.vocabulary import ClientStatus
from coordinator.services.bulk import BulkWriter
from coordinator.services.context import ServiceContext
from coordinator.services.settings import read_settings
from coordinator.store.models import (
    Attendance,
    Base,
    Client,
    Episode,
    LevelOfCare,
    Setting,
    TransitionClock,
    utcnow,
)

# Bump when a change to coordinator.domain.clocks changes what the rules decide: every
# database then rebuilds its stored clocks the next time they are read.
CLOCK_RULES_VERSION = 1
MARKER_KEY = "clock_rules"
_ATTENDED = tuple(sorted(ATTENDED))
_KIND_ORDER = {kind: number for number, kind in enumerate(ClockKind)}
# How long the dashboard and the registry keep showing a missed clock.
MISSED_SHOWN_DAYS = 30
_REBUILD_CLIENTS = 10_000  # clients worked out per round of a full rebuild
_CHUNK = 1000  # ids per IN list


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


@dataclass(frozen=True)
class UrgentClocks:
    """One page of the clocks that need attention, and how many there are in all."""

    rows: list[ClockRow]
    missed: int
    open: int

    @property
    def total(self) -> int:
        return self.missed + self.open


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
        shown_since = today - timedelta(days=include_closed_days)
        ensure_clocks_current(self.ctx)
        query = select(
            TransitionClock.client_id, Client.record_number, Client.family_name,
            Client.given_name, TransitionClock.kind, TransitionClock.window_days,
            TransitionClock.start_date, TransitionClock.due_date, TransitionClock.settled_state,
            TransitionClock.settled_on, TransitionClock.episode_id,
        ).join(Client, Client.id == TransitionClock.client_id).where(
            TransitionClock.start_date <= today,
            Client.status != ClientStatus.ARCHIVED.value)
        if wanted & CLOSED_STATES:
            # Every clock closes on its due date at the latest.
            query = query.where(TransitionClock.due_date >= shown_since)
        else:
            query = query.where(open_on(today))
        if client_id is not None:
            query = query.where(TransitionClock.client_id == client_id)
        with self.ctx.unit_of_work(write=False) as uow:
            found = uow.session.connection().execute(query).all()
        rows: list[ClockRow] = []
        for (owner, record_number, family, given, kind, window, start, due, settled,
             settled_on, episode_id) in found:
            if settled is not None and settled_on is not None and settled_on <= today:
                state = ClockState(settled)
                closed_on: date | None = settled_on
            elif today > due:
                state, closed_on = ClockState.MISSED, due
            else:
                state, closed_on = ClockState.OPEN, None
            if state not in wanted or (closed_on is not None and closed_on < shown_since):
                continue
            clock_kind = ClockKind(kind)
            rows.append(ClockRow(
                owner, record_number, f"{family}, {given}", clock_kind,
                clock_title(clock_kind, window), start, due,
                (due - today).days if state in (ClockState.OPEN, ClockState.MISSED) else None,
                state, settled_on if state is ClockState.MET else None, closed_on, episode_id))
        rows.sort(key=_display_order)
        return rows

    def urgent(self, *, today: date | None = None, offset: int = 0, limit: int = 200,
               missed_days: int = MISSED_SHOWN_DAYS) -> UrgentClocks:
        """The clocks that need someone, most urgent first, one page at a time.

        Missed clocks (due in the last ``missed_days`` and not met) come first, the most
        overdue first; then open ones by days left. Rows ``offset`` to ``offset + limit`` of
        that order are returned, with how many there are of each, so a dashboard shows the
        top of the list at once and pages further as the person scrolls: both are read
        from the due-date index, whatever the size of the caseload.
        """
        self.ctx.require(Permission.VIEW_CLIENTS)
        if missed_days < 0 or offset < 0 or limit < 0:
            raise ValidationError("Days, offset and limit cannot be negative.")
        if today is None:
            today = self.ctx.clock().astimezone().date()
        ensure_clocks_current(self.ctx)
        # Archived clients have no stored clocks.
        missed, opened = missed_on(today, missed_days), open_on(today)
        columns = (TransitionClock.client_id, Client.record_number, Client.family_name,
                   Client.given_name, TransitionClock.kind, TransitionClock.window_days,
                   TransitionClock.start_date, TransitionClock.due_date,
                   TransitionClock.episode_id)
        order = (TransitionClock.due_date, Client.family_name_key, Client.given_name_key,
                 TransitionClock.client_id, TransitionClock.kind, TransitionClock.episode_id)
        rows: list[ClockRow] = []
        with self.ctx.unit_of_work(write=False) as uow:
            connection = uow.session.connection()
            counts = [connection.execute(select(func.count()).select_from(TransitionClock)
                                         .where(condition)).scalar_one()
                      for condition in (missed, opened)]
            skip, wanted = offset, limit
            for condition, count in zip((missed, opened), counts, strict=True):
                if wanted == 0:
                    break
                if skip >= count:
                    skip -= count
                    continue
                found = connection.execute(
                    select(*columns).join(Client, Client.id == TransitionClock.client_id)
                    .where(condition).order_by(*order).offset(skip).limit(wanted)).all()
                skip = 0
                wanted -= len(found)
                rows.extend(_unsettled_row(*row, today=today) for row in found)
        return UrgentClocks(rows, missed=counts[0], open=counts[1])

    def rebuild(self) -> int:
        """Work every stored clock out again from the episodes and attendance.

        For an administrator after data was written outside the app (an import, a repair);
        the app itself keeps the clocks current. Returns how many clocks there are.
        """
        self.ctx.require(Permission.MANAGE_SETTINGS)
        with self.ctx.unit_of_work() as uow:
            count = rebuild_clocks(uow.session.connection())
            uow.audit("rebuild", "transition_clock", "", f"{count} clocks")
            uow.changed("clocks")
        return count


def missed_on(today: date, days: int) -> ColumnElement[bool]:
    """The stored clock fell due in the ``days`` before ``today`` without being met (a clock
    settles on or before its due date, so one past due and not settled was missed)."""
    return and_(TransitionClock.due_date < today,
                TransitionClock.due_date >= today - timedelta(days=days),
                TransitionClock.settled_on.is_(None))


def most_urgent_clocks(connection: Connection, client_ids: Sequence[int], today: date,
                       missed_days: int) -> dict[int, ClockRow]:
    """Each of these clients' most urgent clock: the most overdue of those missed in the
    last ``missed_days``, or else the open one due first."""
    found: dict[int, ClockRow] = {}
    if not client_ids:
        return found
    rows = connection.execute(
        select(TransitionClock.client_id, Client.record_number, Client.family_name,
               Client.given_name, TransitionClock.kind, TransitionClock.window_days,
               TransitionClock.start_date, TransitionClock.due_date, TransitionClock.episode_id)
        .join(Client, Client.id == TransitionClock.client_id)
        .where(TransitionClock.client_id.in_(client_ids),
               or_(open_on(today), missed_on(today, missed_days)))
        .order_by(TransitionClock.due_date, TransitionClock.kind, TransitionClock.episode_id))
    for owner, record_number, family, given, kind, window, start, due, episode_id in rows:
        if owner not in found:
            found[owner] = _unsettled_row(owner, record_number, family, given, kind, window,
                                          start, due, episode_id, today)
    return found


def _unsettled_row(owner: int, record_number: str, family: str, given: str, kind: str,
                   window: int, start: date, due: date, episode_id: int,
                   today: date) -> ClockRow:
    """A clock not settled by ``today``: open until its due date, missed after it."""
    state = ClockState.MISSED if due < today else ClockState.OPEN
    clock_kind = ClockKind(kind)
    return ClockRow(owner, record_number, f"{family}, {given}", clock_kind,
                    clock_title(clock_kind, window), start, due, (due - today).days, state,
                    None, due if state is ClockState.MISSED else None, episode_id)


def open_on(today: date) -> ColumnElement[bool]:
    """The stored clock is open on ``today``: started, not yet due, and not settled yet."""
    return and_(TransitionClock.start_date <= today, TransitionClock.due_date >= today,
                or_(TransitionClock.settled_on.is_(None), TransitionClock.settled_on > today))


def ensure_clocks_current(ctx: ServiceContext) -> None:
    """Rebuild the stored clocks when they were built with other rules or settings."""
    with ctx.unit_of_work(write=False) as uow:
        current = _marker(uow.session) == _stored_marker(uow.session)
    if current:
        return
    with ctx.unit_of_work() as uow:
        connection = uow.session.connection()
        if connection.dialect.name == "postgresql":
            # One workstation rebuilds; the others wait here and then find the work done.
            connection.execute(text("LOCK TABLE transition_clock IN EXCLUSIVE MODE"))
        if _marker(uow.session) != _stored_marker(uow.session):
            rebuild_clocks(connection)


def rebuild_clocks(connection: Connection, *, stamp: datetime | None = None) -> int:
    """Replace every stored clock, and record what they were built with. Returns the count.

    ``stamp`` dates the record (default: now); the demo generator passes its own clock so
    that one seed always gives the same database.
    """
    marker = _marker_from(connection)
    step_down_days, levels = _rules(connection)
    connection.execute(delete(TransitionClock))
    client_ids = list(connection.execute(
        select(Episode.client_id).distinct().order_by(Episode.client_id)).scalars())
    count = 0
    for first in range(0, len(client_ids), _REBUILD_CLIENTS):
        batch = client_ids[first:first + _REBUILD_CLIENTS]
        low, high = batch[0], batch[-1]
        count += _write(connection, _work_out(
            connection, [Episode.client_id.between(low, high)],
            [Attendance.client_id.between(low, high)], levels, step_down_days))
    _save_marker(connection, marker, stamp or utcnow())
    return count


def refresh_clocks(session: Session, client_ids: Iterable[int]) -> None:
    """Work out these clients' clocks again after their episodes or attendance changed, or
    after they were archived (archived clients keep none).

    Call inside the transaction that made the change; pending ORM changes are flushed first
    so the rules see them.
    """
    ids = sorted(set(client_ids))
    if not ids:
        return
    session.flush()
    connection = session.connection()
    # Two workstations refreshing one client queue up behind the client row (PostgreSQL;
    # SQLite writes one transaction at a time anyway).
    connection.execute(select(Client.id).where(Client.id.in_(ids)).with_for_update())
    step_down_days, levels = _rules(connection)
    for first in range(0, len(ids), _CHUNK):
        part = ids[first:first + _CHUNK]
        connection.execute(delete(TransitionClock).where(TransitionClock.client_id.in_(part)))
        _write(connection, _work_out(connection, [Episode.client_id.in_(part)],
                                     [Attendance.client_id.in_(part)], levels, step_down_days))


_Levels = dict[str, tuple[int, bool | None]]


def _rules(connection: Connection) -> tuple[int, _Levels]:
    step_down_days = int(read_settings(connection)["step_down_window_days"])
    levels = {code: (intensity, round_the_clock) for code, intensity, round_the_clock in
              connection.execute(select(LevelOfCare.code, LevelOfCare.intensity,
                                        LevelOfCare.round_the_clock))}
    return step_down_days, levels


def _work_out(connection: Connection, episode_filter: Sequence[ColumnElement[bool]],
              session_filter: Sequence[ColumnElement[bool]], levels: _Levels,
              step_down_days: int) -> list[dict[str, Any]]:
    """The clocks of the clients the filters select, as rows to insert."""
    episodes: dict[int, list[EpisodeFact]] = defaultdict(list)
    for client, episode_id, level, focus, start, end, status in connection.execute(
            select(Episode.client_id, Episode.id, Episode.level_code, Episode.focus,
                   Episode.start_date, Episode.end_date, Episode.status)
            .join(Client, Client.id == Episode.client_id)
            # Archived clients keep no clocks: they are off every caseload list.
            .where(Episode.entered_in_error.is_(False),
                   Client.status != ClientStatus.ARCHIVED.value, *episode_filter)).all():
        intensity, round_the_clock = levels[level]
        episodes[client].append(EpisodeFact(episode_id, level, intensity, round_the_clock,
                                            focus, start, end, status))
    sessions: dict[int, list[FollowUpFact]] = defaultdict(list)
    for client, episode_id, day, status in connection.execute(
            select(Attendance.client_id, Attendance.episode_id, Attendance.session_date,
                   Attendance.status)
            .where(Attendance.status.in_(_ATTENDED), *session_filter)).all():
        sessions[client].append(FollowUpFact(episode_id, day, status))
    rows: list[dict[str, Any]] = []
    for client, facts in episodes.items():
        # Judged as of the end of time: the table keeps what the rules settle from all
        # that is recorded, and the readers compare settled_on with their own today.
        for clock in clocks_for_client(facts, sessions.get(client, ()), today=date.max,
                                       step_down_days=step_down_days, client_id=client):
            rows.append(_stored(clock, client))
    return rows


def _stored(clock: Clock, client_id: int) -> dict[str, Any]:
    settled = clock.state in (ClockState.MET, ClockState.TRANSFERRED)
    return {"client_id": client_id, "episode_id": clock.episode_id, "kind": clock.kind.value,
            "window_days": clock.window_days, "start_date": clock.start,
            "due_date": clock.due, "settled_state": clock.state.value if settled else None,
            "settled_on": clock.closed_on if settled else None,
            "settled_by_episode_id": clock.closed_by_episode_id if settled else None}


def _write(connection: Connection, rows: list[dict[str, Any]]) -> int:
    if not rows:
        return 0
    if connection.dialect.name == "sqlite":
        # A full rebuild writes a quarter of a million rows; the bulk writer skips
        # SQLAlchemy's per-row parameter work, and SQLite numbers the rows itself.
        BulkWriter(connection).insert(Base.metadata.tables[TransitionClock.__tablename__],
                                      [{"id": None, **row} for row in rows])
    else:
        connection.execute(insert(TransitionClock), rows)
    return len(rows)


def _marker(session: Session) -> str:
    return _marker_from(session.connection())


def _marker_from(connection: Connection) -> str:
    """What the stored clocks depend on besides the episodes and attendance themselves."""
    step_down_days, levels = _rules(connection)
    described = ",".join(f"{code}:{intensity}:{round_the_clock}"
                         for code, (intensity, round_the_clock) in sorted(levels.items()))
    return f"rules {CLOCK_RULES_VERSION}; step-down {step_down_days} days; levels {described}"


def _stored_marker(session: Session) -> str | None:
    return session.connection().execute(
        select(Setting.value).where(Setting.key == MARKER_KEY)).scalar_one_or_none()


def _save_marker(connection: Connection, marker: str, stamp: datetime) -> None:
    connection.execute(delete(Setting).where(Setting.key == MARKER_KEY))
    connection.execute(insert(Setting).values(key=MARKER_KEY, value=marker, updated_at=stamp))


def _display_order(row: ClockRow) -> tuple[int, int, str, str, int, int]:
    """Open by due date; then missed, then met or transferred, the latest closed first."""
    if row.state is ClockState.OPEN:
        group, when = 0, row.due.toordinal()
    else:
        group = 1 if row.state is ClockState.MISSED else 2
        when = -(row.closed_on or row.due).toordinal()
    return (group, when, row.client_name, row.record_number, _KIND_ORDER[row.kind],
            row.episode_id)
