"""What the app keeps worked out from each client's episodes, attendance and appointments.

Two things are read far more often than episodes change, and are too slow to work out on
every read for a 100,000-client caseload:

- the transition clocks (``transition_clock``), read by the dashboard, the registry and the
  clocks report through ``coordinator.services.clocks``;
- each client's current level of care (``client.current_level_*``), by which the registry
  filters and sorts.

Whenever a client's episodes or attendance change, an appointment becomes kept or stops
being kept (or a kept one is edited), or the client is archived, the service that made the
change calls ``refresh`` for that client in the same transaction. A change to a client's
date of birth (which decides who is of age for the FUH, FUI and IET clocks) is refreshed
here, when the ORM flushes it, whichever service made it. What the
derived data also depends on (the rules' version, the clinic's step-down window, each
level's intensity and 24-hour status) is kept as a marker; when it differs, ``ensure_current``
rebuilds everything before the next read (after an upgrade, a settings change, a level edit).

A stored clock records what the rules settle from everything recorded, not what they say on
one day: it is met or transferred from its ``settled_on`` day on, and otherwise open until
its due date and missed after it. So the rows stay right as the days pass, and events dated
ahead (a booked start) count only once their day has come.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    Column,
    ColumnElement,
    Connection,
    Date,
    Integer,
    MetaData,
    String,
    Table,
    bindparam,
    delete,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.orm import Session
from sqlalchemy.schema import CreateTable

from coordinator.domain.clinical_record import AppointmentStatus
from coordinator.domain.clocks import (
    ATTENDED,
    Clock,
    ClockState,
    EpisodeFact,
    FollowUpFact,
    VisitFact,
    clocks_for_client,
)
from coordinator.domain.vocabulary import ClientStatus, EpisodeStatus
from coordinator.services import name_words
from coordinator.services.bulk import BulkWriter
from coordinator.services.context import ServiceContext
from coordinator.services.settings import read_settings
from coordinator.store.models import (
    Appointment,
    Attendance,
    Base,
    Client,
    Episode,
    LevelOfCare,
    Setting,
    TransitionClock,
    utcnow,
)

# Bump when a change to the rules (coordinator.domain.clocks, or what counts as the current
# level) changes what they decide: every database then rebuilds its derived data the next
# time it is read.
# 3: kept appointments meet clocks (step-down, FUH, FUI, IET initiation).
# 4: FUH, FUI and IET clocks only at the ages their measures count (the client's birth date).
RULES_VERSION = 4
RECHECK_SECONDS = 5.0
MARKER_KEY = "derived_care_rules"
_ATTENDED = tuple(sorted(ATTENDED))
_ACTIVE = EpisodeStatus.ACTIVE.value
_KEPT = AppointmentStatus.KEPT.value
_REBUILD_CLIENTS = 10_000  # clients worked out per round of a full rebuild
_CHUNK = 1000  # ids per IN list
_Levels = dict[str, tuple[int, bool | None]]
_NO_LEVEL: tuple[int | None, bool | None] = (None, None)  # no level, or one since deleted


@dataclass
class _Derived:
    """The clocks and current levels of a group of clients, ready to write."""

    clocks: list[dict[str, Any]] = field(default_factory=list)
    levels: list[dict[str, Any]] = field(default_factory=list)
    raw_clocks: list[Clock] = field(default_factory=list)


def ensure_current(ctx: ServiceContext) -> None:
    """Rebuild the derived data when it was built with other rules or settings.

    Checked at most every ``RECHECK_SECONDS`` per workstation: the registry asks on every
    keystroke, and the check is a quarter of a keystroke's time. A change made here forgets
    the last check at once (``ServiceContext.forget_derived_check``); one made on another
    workstation is noticed within those seconds.
    """
    now = time.monotonic()
    if now - ctx.derived_checked_at < RECHECK_SECONDS:
        return
    with ctx.unit_of_work(write=False) as uow:
        current = _marker(uow.session.connection()) == _stored_marker(uow.session)
    if current:
        ctx.derived_checked_at = now
        return
    with ctx.unit_of_work() as uow:
        connection = uow.session.connection()
        if connection.dialect.name == "postgresql":
            # One workstation rebuilds; the others wait here and then find the work done.
            connection.execute(text("LOCK TABLE transition_clock IN EXCLUSIVE MODE"))
        if _marker(connection) != _stored_marker(uow.session):
            rebuild(connection)
    ctx.derived_checked_at = now


def rebuild(connection: Connection, *, stamp: datetime | None = None) -> int:
    """Work out every client's clocks and current level again, and record what they were
    built with. Returns the number of clocks.

    ``stamp`` dates the record (default: now); the demo generator passes its own clock so
    that one seed always gives the same database.
    """
    marker = _marker(connection)
    step_down_days, levels = _rules(connection)
    connection.execute(delete(TransitionClock))
    connection.execute(update(Client).values(current_level_code=None, current_level_rank=None,
                                             current_level_since=None,
                                             updated_at=Client.updated_at))
    client_ids = list(connection.execute(
        select(Episode.client_id).distinct().order_by(Episode.client_id)).scalars())
    count = 0
    for first in range(0, len(client_ids), _REBUILD_CLIENTS):
        batch = client_ids[first:first + _REBUILD_CLIENTS]
        low, high = batch[0], batch[-1]
        derived = _work_out(connection, [Episode.client_id.between(low, high)],
                            [Attendance.client_id.between(low, high)],
                            [Appointment.client_id.between(low, high)], levels, step_down_days)
        count += _write_clocks(connection, derived.clocks)
        _write_levels(connection, [row for row in derived.levels if row["code"] is not None])
    # The name words are worked out from the clients too; a bulk load (the demo) gets them
    # here with the rest.
    name_words.rebuild(connection)
    _save_marker(connection, marker, stamp or utcnow())
    return count


def refresh(session: Session, client_ids: Iterable[int]) -> None:
    """Work out these clients' clocks and current level again after their episodes,
    attendance or date of birth changed, or after they were archived (archived clients keep
    no clocks).

    Call inside the transaction that made the change; pending ORM changes are flushed first
    so the rules see them.
    """
    ids = sorted(set(client_ids))
    if not ids:
        return
    session.flush()
    _refresh_on(session.connection(), ids)


def _refresh_on(connection: Connection, ids: list[int]) -> None:
    """``refresh`` on ``connection``, once the ORM's changes are written."""
    # Two workstations refreshing one client queue up behind the client row (PostgreSQL;
    # SQLite writes one transaction at a time anyway).
    connection.execute(select(Client.id).where(Client.id.in_(ids)).with_for_update())
    step_down_days, levels = _rules(connection)
    for first in range(0, len(ids), _CHUNK):
        part = ids[first:first + _CHUNK]
        connection.execute(delete(TransitionClock).where(TransitionClock.client_id.in_(part)))
        derived = _work_out(connection, [Episode.client_id.in_(part)],
                            [Attendance.client_id.in_(part)],
                            [Appointment.client_id.in_(part)], levels, step_down_days)
        _write_clocks(connection, derived.clocks)
        known = {row["client"] for row in derived.levels}
        _write_levels(connection, derived.levels + [
            {"client": client, "code": None, "rank": None, "since": None}
            for client in part if client not in known])


def _rules(connection: Connection) -> tuple[int, _Levels]:
    step_down_days = int(read_settings(connection)["step_down_window_days"])
    levels = {code: (intensity, round_the_clock) for code, intensity, round_the_clock in
              connection.execute(select(LevelOfCare.code, LevelOfCare.intensity,
                                        LevelOfCare.round_the_clock))}
    return step_down_days, levels


def worked_out_clocks(session: Session, client_id: int) -> list[Clock]:
    """One client's clocks as the rules settle them from everything recorded, with what
    closed each (``Clock.closed_by_appointment_id`` too, which the table does not keep).

    For the record, which says which appointment met a clock; the caseload reads the table.
    """
    connection = session.connection()
    step_down_days, levels = _rules(connection)
    derived = _work_out(connection, [Episode.client_id == client_id],
                        [Attendance.client_id == client_id],
                        [Appointment.client_id == client_id], levels, step_down_days,
                        keep_clocks=True)
    return derived.raw_clocks


def _work_out(connection: Connection, episode_filter: Sequence[ColumnElement[bool]],
              session_filter: Sequence[ColumnElement[bool]],
              visit_filter: Sequence[ColumnElement[bool]], levels: _Levels,
              step_down_days: int, *, keep_clocks: bool = False) -> _Derived:
    """The clocks and current levels of the clients the filters select (with
    ``keep_clocks``, the rules' clocks themselves too)."""
    episodes: dict[int, list[EpisodeFact]] = defaultdict(list)
    births: dict[int, date | None] = {}
    for client, episode_id, level, focus, start, end, status, birth in connection.execute(
            select(Episode.client_id, Episode.id, Episode.level_code, Episode.focus,
                   Episode.start_date, Episode.end_date, Episode.status, Client.birth_date)
            .join(Client, Client.id == Episode.client_id)
            # Archived clients are off every caseload list: no clocks, no current level.
            .where(Episode.entered_in_error.is_(False),
                   Client.status != ClientStatus.ARCHIVED.value, *episode_filter)).all():
        intensity, round_the_clock = levels[level]
        births[client] = birth
        episodes[client].append(EpisodeFact(episode_id, level, intensity, round_the_clock,
                                            focus, start, end, status))
    # Only attended sessions and kept appointments count. They are picked out here rather
    # than in the WHERE clause: with the status there, SQLite reads every such row of the
    # clinic through a status index instead of the clients' few through their client index
    # (appointments: 14 ms at 100,000 clients, on every save; attendance: seven tenths of
    # rebuilding a 1,000,000-client demo's clocks, every batch reading the whole table).
    sessions: dict[int, list[FollowUpFact]] = defaultdict(list)
    for client, episode_id, day, status in connection.execute(
            select(Attendance.client_id, Attendance.episode_id, Attendance.session_date,
                   Attendance.status).where(*session_filter)).all():
        if status in _ATTENDED:
            sessions[client].append(FollowUpFact(episode_id, day, status))
    visits: dict[int, list[VisitFact]] = defaultdict(list)
    for owner, appointment_id, service_date, kind, visit_focus, code, status in \
            connection.execute(
                select(Appointment.client_id, Appointment.id, Appointment.service_date,
                       Appointment.kind, Appointment.focus, Appointment.level_code,
                       Appointment.status).where(*visit_filter)).all():
        if status != _KEPT:
            continue
        level_rank, level_all_day = levels.get(code, _NO_LEVEL) if code else _NO_LEVEL
        if service_date is not None:
            visits[owner].append(VisitFact(appointment_id, service_date, kind, visit_focus,
                                           level_rank, level_all_day))
    derived = _Derived()
    for client, facts in episodes.items():
        # Judged as of the end of time: the table keeps what the rules settle from all
        # that is recorded, and the readers compare settled_on with their own today.
        clocks = clocks_for_client(facts, sessions.get(client, ()), today=date.max,
                                   step_down_days=step_down_days, client_id=client,
                                   visits=visits.get(client, ()), birth_date=births[client])
        derived.clocks.extend(_stored(clock, client) for clock in clocks)
        if keep_clocks:
            derived.raw_clocks.extend(clocks)
        # The current level: the active episode, the latest started if ever more than one.
        active = [fact for fact in facts if fact.status == _ACTIVE]
        if active:
            current = max(active, key=lambda fact: (fact.start, fact.episode_id))
            derived.levels.append({"client": client, "code": current.level_code,
                                   "rank": current.intensity, "since": current.start})
        else:
            derived.levels.append({"client": client, "code": None, "rank": None,
                                   "since": None})
    return derived


def _stored(clock: Clock, client_id: int) -> dict[str, Any]:
    settled = clock.state in (ClockState.MET, ClockState.TRANSFERRED)
    return {"client_id": client_id, "episode_id": clock.episode_id, "kind": clock.kind.value,
            "window_days": clock.window_days, "start_date": clock.start,
            "due_date": clock.due, "settled_state": clock.state.value if settled else None,
            "settled_on": clock.closed_on if settled else None,
            # A clock met by a kept appointment names no episode (the table has no column
            # for the appointment; worked_out_clocks says which one).
            "settled_by_episode_id": clock.closed_by_episode_id if settled else None}


def _write_clocks(connection: Connection, rows: list[dict[str, Any]]) -> int:
    if not rows:
        return 0
    # A full rebuild writes a quarter of a million rows at 100,000 clients; the bulk writer
    # skips SQLAlchemy's per-row parameter work (on PostgreSQL it sends them by COPY), and
    # the database numbers the rows itself.
    BulkWriter(connection).insert(Base.metadata.tables[TransitionClock.__tablename__],
                                  [{"id": None, **row} for row in rows])
    return len(rows)


# A plain UPDATE: derived columns are not an edit of the client, so the client's version
# (which guards edits made in the client form) and its "updated" time stay as they are.
_SET_LEVEL = (update(Client).where(Client.id == bindparam("client"))
              .values(current_level_code=bindparam("code"),
                      current_level_rank=bindparam("rank"),
                      current_level_since=bindparam("since"),
                      updated_at=Client.updated_at))


# On PostgreSQL many levels at once (a rebuild's batch) go to the server by COPY into a
# temporary table and one UPDATE … FROM it: as an executemany, psycopg sends one UPDATE per
# client, a million of them when a county's clocks are rebuilt.
_STAGED_FROM = 200
_LEVEL_STAGE = Table("derived_level_stage", MetaData(),
                     Column("client", Integer), Column("code", String(10)),
                     Column("rank", Integer), Column("since", Date),
                     prefixes=["TEMPORARY"], postgresql_on_commit="DELETE ROWS")
_STAGED_LEVELS = (update(Client).where(Client.id == _LEVEL_STAGE.c.client)
                  .values(current_level_code=_LEVEL_STAGE.c.code,
                          current_level_rank=_LEVEL_STAGE.c.rank,
                          current_level_since=_LEVEL_STAGE.c.since,
                          updated_at=Client.updated_at))


def _write_levels(connection: Connection, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    if connection.dialect.name != "postgresql" or len(rows) < _STAGED_FROM:
        connection.execute(_SET_LEVEL, rows)
        return
    # The session's own table, emptied at each commit and before each batch.
    connection.execute(CreateTable(_LEVEL_STAGE, if_not_exists=True))
    connection.exec_driver_sql("TRUNCATE derived_level_stage")
    BulkWriter(connection).insert(_LEVEL_STAGE, rows)
    connection.execute(_STAGED_LEVELS)


def _marker(connection: Connection) -> str:
    """What the derived data depends on besides the episodes and attendance themselves."""
    step_down_days, levels = _rules(connection)
    described = ",".join(f"{code}:{intensity}:{round_the_clock}"
                         for code, (intensity, round_the_clock) in sorted(levels.items()))
    return f"rules {RULES_VERSION}; step-down {step_down_days} days; levels {described}"


def _stored_marker(session: Session) -> str | None:
    return session.connection().execute(
        select(Setting.value).where(Setting.key == MARKER_KEY)).scalar_one_or_none()


def _save_marker(connection: Connection, marker: str, stamp: datetime) -> None:
    connection.execute(delete(Setting).where(Setting.key.in_([MARKER_KEY, "clock_rules"])))
    connection.execute(insert(Setting).values(key=MARKER_KEY, value=marker, updated_at=stamp))
