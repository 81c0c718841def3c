"""The transition clocks a case manager works from: what can still be met, soonest first,
and what was missed and not yet closed out.

A dashboard that lists the most urgent clocks missed-first shows a clinic's misses and
hides the clocks someone can still act on, so the two are kept apart here:

- **To act on**: clocks open today, the one due soonest first. One is **at risk** once half
  its window has gone by (day 7 of a 14-day step-down window, day 4 of a 7-day follow-up)
  with nothing booked that could meet it: no scheduled or confirmed appointment of the
  client from today to the due date (for a step-down or IET clock, an intake).
- **Missed**: clocks that fell due in the last days without being met, the latest first,
  until a case manager closes one out with the reason it was missed
  (``ClockCloseOut``). Closing out changes no rate: the clock stays missed in every report.

Both read from the due-date index, for the signed-in case manager's clients (the client's
primary case manager) or for the whole clinic.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import (
    ColumnElement,
    Connection,
    Date,
    and_,
    case,
    exists,
    func,
    literal,
    or_,
    select,
)
from sqlalchemy.orm import Session

from coordinator.domain.clinical_record import PENDING_APPOINTMENTS, AppointmentKind
from coordinator.domain.clocks import ClockKind, clock_title
from coordinator.domain.errors import NotFound, ValidationError
from coordinator.domain.words import said
from coordinator.services.field_limits import text_problem
from coordinator.store.models import Appointment, Client, ClockCloseOut, TransitionClock, User
from coordinator.store.sql_functions import day_number

#: How long after its due date a missed clock stays on the list to close out.
MISSED_LISTED_DAYS = 30
#: The reasons offered when closing out a missed clock (any other may be typed).
CLOSE_OUT_REASONS = (
    "Could not reach the client",
    "Client declined the next level of care",
    "No opening at the receiving program in time",
    "Client moved out of the area",
    "Client went to another provider",
)
REASON_LIMIT = 300
_PENDING = sorted(status.value for status in PENDING_APPOINTMENTS)


@dataclass(frozen=True)
class WorklistClock:
    """One clock on the worklist. ``days`` is the days left (to act on) or the days since it
    fell due (missed)."""

    client_id: int
    record_number: str
    client_name: str
    case_manager: str
    episode_id: int
    kind: ClockKind
    title: str
    start: date
    due: date
    days: int
    at_risk: bool
    #: The window in days (the number in ``title``), for a title in another language.
    window_days: int | None = None


@dataclass(frozen=True)
class ClockWorklist:
    """The clocks to act on and the missed ones not closed out, at most a limit of each,
    with how many there are; ``caseload_only``: the signed-in user's clients only."""

    to_act_on: list[WorklistClock]
    to_act_on_total: int
    at_risk_total: int
    missed: list[WorklistClock]
    missed_total: int
    caseload_only: bool


def at_risk(start: date, due: date, today: date, *, booked: bool = False) -> bool:
    """Half the clock's window has gone by on ``today`` and nothing that could meet it is
    booked before it is due."""
    window = (due - start).days
    return not booked and (today - start).days * 2 >= window


_INTAKE_ONLY = (ClockKind.STEP_DOWN.value, ClockKind.IET_INITIATION.value)


def _booked(today: date) -> ColumnElement[bool]:
    """A scheduled or confirmed appointment of the clock's client from ``today`` to its due
    date that could meet it: an intake for a step-down or IET clock, any for a follow-up."""
    return exists().where(
        Appointment.client_id == TransitionClock.client_id,
        Appointment.status.in_(_PENDING),
        Appointment.service_date >= today,
        Appointment.service_date <= TransitionClock.due_date,
        or_(TransitionClock.kind.not_in(_INTAKE_ONLY),
            Appointment.kind == AppointmentKind.INTAKE.value))


def _booked_among(connection: Connection, today: date,
                  clocks: set[tuple[int, str]]) -> set[tuple[int, str]]:
    """Which of ``clocks`` (episode id, kind: a page of the worklist) are ``_booked``."""
    if not clocks:
        return set()
    found = connection.execute(
        select(TransitionClock.episode_id, TransitionClock.kind)
        .where(TransitionClock.episode_id.in_(sorted({episode for episode, _ in clocks})),
               _booked(today))).all()
    return {(episode_id, kind) for episode_id, kind in found} & clocks


def _half_gone(today: date) -> ColumnElement[bool]:
    """``at_risk``'s "half the window has gone by": 2 (today - start) >= due - start, that
    is start + due <= 2 today, in day numbers."""
    return (day_number(TransitionClock.start_date) + day_number(TransitionClock.due_date)
            <= day_number(literal(today, Date())) * 2)


def read_worklist(connection: Connection, today: date, case_manager_id: int | None,
                  limit: int, missed_days: int = MISSED_LISTED_DAYS) -> ClockWorklist:
    """The worklist on ``today``, for the clients of ``case_manager_id`` (None: the
    clinic), read on ``connection`` whose derived clocks the caller brought up to date."""
    mine: list[ColumnElement[bool]] = []
    if case_manager_id is not None:
        mine.append(TransitionClock.client_id.in_(select(Client.id).where(
            Client.primary_case_manager_id == case_manager_id)))
    opened = [TransitionClock.start_date <= today, TransitionClock.due_date >= today,
              (TransitionClock.settled_on.is_(None)) | (TransitionClock.settled_on > today),
              *mine]
    closed_out = exists().where(ClockCloseOut.episode_id == TransitionClock.episode_id,
                                ClockCloseOut.kind == TransitionClock.kind)
    missed = [TransitionClock.due_date < today,
              TransitionClock.due_date >= today - timedelta(days=missed_days),
              TransitionClock.settled_on.is_(None), ~closed_out, *mine]
    to_act_on = _rows(connection, opened, limit, today, latest_first=False)
    missed_rows = _rows(connection, missed, limit, today, latest_first=True)
    # How many clocks are open, and how many of them are at risk, counted from the
    # due-date index; a booking is looked for only where half the window is gone.
    total, risky = connection.execute(
        select(func.count(), func.count(case((and_(_half_gone(today),
                                                    ~_booked(today)), 1))))
        .select_from(TransitionClock).where(*opened)).one()
    missed_total = connection.execute(
        select(func.count()).select_from(TransitionClock).where(*missed)).scalar_one()
    return ClockWorklist(to_act_on, int(total), int(risky), missed_rows, missed_total,
                         case_manager_id is not None)


def _rows(connection: Connection, conditions: list[ColumnElement[bool]], limit: int,
          today: date, *, latest_first: bool) -> list[WorklistClock]:
    by_due = TransitionClock.due_date.desc() if latest_first else TransitionClock.due_date.asc()
    found = connection.execute(
        select(TransitionClock.client_id, Client.record_number, Client.family_name,
               Client.given_name, User.full_name, TransitionClock.episode_id,
               TransitionClock.kind, TransitionClock.window_days, TransitionClock.start_date,
               TransitionClock.due_date)
        .join(Client, Client.id == TransitionClock.client_id)
        .outerjoin(User, User.id == Client.primary_case_manager_id)
        .where(*conditions)
        .order_by(by_due, Client.family_name_key, Client.given_name_key,
                  TransitionClock.client_id, TransitionClock.kind)
        .limit(limit)).all()
    # Booking matters only to a clock still open with half its window gone.
    booked = _booked_among(connection, today, {
        (row.episode_id, row.kind) for row in found
        if row.due_date >= today and at_risk(row.start_date, row.due_date, today)})
    rows = []
    for (client_id, record_number, family, given, manager, episode_id, kind, window, start,
         due) in found:
        clock_kind = ClockKind(kind)
        days = (due - today).days if due >= today else (today - due).days
        rows.append(WorklistClock(
            client_id, record_number, f"{family}, {given}", manager or "", episode_id,
            clock_kind, clock_title(clock_kind, window), start, due, days,
            due >= today and at_risk(start, due, today,
                                     booked=(episode_id, kind) in booked), window))
    return rows


def check_close_out(session: Session, client_id: int, episode_id: int, kind: ClockKind,
                    reason: str, today: date) -> str:
    """The reason as it will be saved, once the clock is known to exist, to have been missed
    by ``today`` and not to be closed out yet; a sentence (``ValidationError``) otherwise."""
    why = reason.strip()
    if not why:
        raise ValidationError.for_fields({"reason": said(
            "Validation", "Say why the clock was missed, e.g. could not reach the client.")})
    if problem := text_problem("Reason", why, REASON_LIMIT):
        raise ValidationError.for_fields({"reason": problem})
    clock = session.execute(select(TransitionClock.due_date, TransitionClock.settled_on).where(
        TransitionClock.episode_id == episode_id, TransitionClock.kind == kind.value,
        TransitionClock.client_id == client_id)).first()
    if clock is None:
        raise NotFound(said(
            "Validation", "This clock is no longer on the record; refresh the dashboard."))
    due, settled_on = clock
    if due >= today or settled_on is not None:
        raise ValidationError(
            "Only a missed clock can be closed out: this one is still open or was met.")
    if session.execute(select(ClockCloseOut.id).where(
            ClockCloseOut.episode_id == episode_id,
            ClockCloseOut.kind == kind.value)).first() is not None:
        raise ValidationError(
            "This missed clock was already closed out; refresh the dashboard.")
    return why
