"""Transition clocks across the caseload: which step-downs and follow-ups are due, and when.

The rules live in ``coordinator.domain.clocks``. Working them out for a 100,000-client
caseload on every look at the dashboard takes a second, so their result is kept in the
``transition_clock`` table, current with every change to a client's episodes
(``coordinator.services.derived``). A stored clock keeps what the rules settle; this module
judges open or missed for the day asked about, and reads open clocks with one range scan of
the due-date index.

Each row also says how a reported rate counts it (``ClockRow.reported``), which for FUH and
FUI depends on a readmission within 30 days of the discharge even after the clock closed:
that day is read with the row, from the client's episodes.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from sqlalchemy import (
    BindParameter,
    ColumnElement,
    Connection,
    Date,
    Select,
    and_,
    bindparam,
    case,
    func,
    or_,
    select,
)

from coordinator.domain.clocks import (
    CLOSED_STATES,
    READMISSION_EXCLUSION_DAYS,
    ClockKind,
    ClockState,
    ReportedOutcome,
    clock_title,
    reported_outcome,
    stored_state,
)
from coordinator.domain.errors import ValidationError
from coordinator.domain.roles import Permission
from coordinator.domain.vocabulary import ClientStatus, EpisodeStatus
from coordinator.services import clock_worklist, derived
from coordinator.services.clock_worklist import ClockWorklist
from coordinator.services.context import ServiceContext
from coordinator.services.notify import Topic
from coordinator.store.models import (
    Client,
    ClockCloseOut,
    Episode,
    LevelOfCare,
    TransitionClock,
)

_KIND_ORDER = {kind: number for number, kind in enumerate(ClockKind)}
# How long the dashboard and the registry keep showing a missed clock.
MISSED_SHOWN_DAYS = 30


#: A day in a clock condition: a date, or a bound parameter for a statement built once.
DateValue = date | BindParameter[date]


@dataclass(frozen=True)
class ClockRow:
    """One clock of one client, ready to show.

    ``days_left`` counts down to the due date for an open clock, is negative for a missed one
    (days overdue), and is None once the clock was met or closed by a transfer.
    ``episode_id`` is the discharge or new episode that started the clock.
    ``readmitted_on`` (FUH and FUI only) is the first readmission or direct transfer to
    24-hour care in the 30 days from the discharge, by the day asked about, whether or not
    it closed the clock. ``state`` is the worklist's; ``reported`` how a rate counts it.
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
    readmitted_on: date | None = None
    #: The window in days (the number in ``title``), for a title in another language.
    window_days: int | None = None

    @property
    def reported(self) -> ReportedOutcome:
        """Numerator, denominator only, excluded (with the reason) or not yet counted:
        ``coordinator.domain.clocks.reported_outcome``."""
        return reported_outcome(self.kind, self.state, due=self.due, closed_on=self.closed_on,
                                readmitted_on=self.readmitted_on)


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
        derived.ensure_current(self.ctx)
        with self.ctx.unit_of_work(write=False) as uow:
            return clock_rows(uow.session.connection(), today=today, states=wanted,
                              include_closed_days=include_closed_days, client_id=client_id)

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
        derived.ensure_current(self.ctx)
        # Archived clients have no stored clocks.
        missed, opened = missed_on(today, missed_days), open_on(today)
        columns = (TransitionClock.client_id, Client.record_number, Client.family_name,
                   Client.given_name, TransitionClock.kind, TransitionClock.window_days,
                   TransitionClock.start_date, TransitionClock.due_date,
                   TransitionClock.episode_id, first_readmission(today))
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
                rows.extend(_unsettled_row(owner, number, family, given, kind, window, start,
                                           due, episode_id, admitted, today=today)
                            for (owner, number, family, given, kind, window, start, due,
                                 episode_id, admitted) in found)
        return UrgentClocks(rows, missed=counts[0], open=counts[1])

    def worklist(self, *, today: date | None = None, caseload_only: bool = True,
                 limit: int = 100,
                 missed_days: int = clock_worklist.MISSED_LISTED_DAYS) -> ClockWorklist:
        """The clocks to act on (open, soonest due first, half-gone ones at risk) and the
        missed ones not closed out (latest first), at most ``limit`` of each, for the
        signed-in user's clients (``caseload_only``) or the clinic's
        (``coordinator.services.clock_worklist``)."""
        actor = self.ctx.require(Permission.VIEW_CLIENTS)
        if missed_days < 0 or limit < 0:
            raise ValidationError("Days and limit cannot be negative.")
        if today is None:
            today = self.ctx.clock().astimezone().date()
        derived.ensure_current(self.ctx)
        with self.ctx.unit_of_work(write=False) as uow:
            return clock_worklist.read_worklist(
                uow.session.connection(), today,
                actor.user_id if caseload_only else None, limit, missed_days)

    def close_out(self, client_id: int, episode_id: int, kind: ClockKind, reason: str) -> None:
        """Close out a missed clock with the reason it was missed: it leaves the missed
        list; every rate still counts it missed. Refused in words for a clock that is
        open, met or already closed out, and without a reason."""
        actor = self.ctx.require(Permission.EDIT_CARE)
        today = self.ctx.clock().astimezone().date()
        derived.ensure_current(self.ctx)
        with self.ctx.unit_of_work() as uow:
            why = clock_worklist.check_close_out(uow.session, client_id, episode_id, kind,
                                                 reason, today)
            row = ClockCloseOut(client_id=client_id, episode_id=episode_id, kind=kind.value,
                                reason=why, closed_by_id=actor.user_id,
                                closed_at=self.ctx.clock())
            uow.session.add(row)
            uow.session.flush()
            uow.audit("close_out", "transition_clock", row.id,
                      f"{kind.value} of episode {episode_id} for client {client_id}: "
                      f"{why[:200]}")
            uow.changed(Topic.CLOCKS, client_id)

    def rebuild(self) -> int:
        """Work every stored clock out again from the episodes and attendance.

        For an administrator after data was written outside the app (an import, a repair);
        the app itself keeps the clocks current. Returns how many clocks there are.
        """
        self.ctx.require(Permission.MANAGE_SETTINGS)
        with self.ctx.unit_of_work() as uow:
            count = derived.rebuild(uow.session.connection())
            uow.audit("rebuild", "transition_clock", "", f"{count} clocks")
            uow.changed(Topic.CLOCKS)
        return count


def clock_rows(connection: Connection, *, today: date, states: Collection[ClockState],
               include_closed_days: int, client_id: int | None = None) -> list[ClockRow]:
    """The clocks ``ClockService.caseload_clocks`` returns, read on ``connection`` (whose
    derived clocks the caller has brought up to date), in the same order."""
    wanted = frozenset(states)
    shown_since = today - timedelta(days=include_closed_days)
    query = select(
        TransitionClock.client_id, Client.record_number, Client.family_name,
        Client.given_name, TransitionClock.kind, TransitionClock.window_days,
        TransitionClock.start_date, TransitionClock.due_date, TransitionClock.settled_state,
        TransitionClock.settled_on, TransitionClock.episode_id, first_readmission(today),
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
    rows: list[ClockRow] = []
    for (owner, record_number, family, given, kind, window, start, due, settled,
         settled_on, episode_id, admitted) in connection.execute(query).all():
        state, _closed = stored_state(settled, settled_on, due, today)
        if state in (ClockState.MET, ClockState.TRANSFERRED):
            clock_kind = ClockKind(kind)
            row = ClockRow(owner, record_number, f"{family}, {given}", clock_kind,
                           clock_title(clock_kind, window), start, due, None, state,
                           settled_on if state is ClockState.MET else None, settled_on,
                           episode_id, _readmitted(start, admitted), window)
        else:
            row = _unsettled_row(owner, record_number, family, given, kind, window, start,
                                 due, episode_id, admitted, today=today)
        if row.state in wanted and (row.closed_on is None or row.closed_on >= shown_since):
            rows.append(row)
    rows.sort(key=_display_order)
    return rows


def missed_on(today: date, days: int) -> ColumnElement[bool]:
    """The stored clock fell due in the ``days`` before ``today`` without being met."""
    return missed_since(today, today - timedelta(days=days))


def missed_since(today: DateValue, first_day: DateValue) -> ColumnElement[bool]:
    """The stored clock fell due from ``first_day`` to the day before ``today`` without
    being met (a clock settles on or before its due date, so one past due and not settled
    was missed)."""
    return and_(TransitionClock.due_date < today, TransitionClock.due_date >= first_day,
                TransitionClock.settled_on.is_(None))


def most_urgent_clocks(connection: Connection, client_ids: Sequence[int], today: date,
                       missed_days: int) -> dict[int, ClockRow]:
    """Each of these clients' most urgent clock: the most overdue of those missed in the
    last ``missed_days``, or else the open one due first."""
    found: dict[int, ClockRow] = {}
    if not client_ids:
        return found
    rows = connection.execute(_most_urgent(), {
        "ids": list(client_ids), "today": today,
        "missed_from": today - timedelta(days=missed_days)}).all()
    for owner, record_number, family, given, kind, window, start, due, episode_id, admitted \
            in rows:
        if owner not in found:
            found[owner] = _unsettled_row(owner, record_number, family, given, kind, window,
                                          start, due, episode_id, admitted, today=today)
    return found


@cache
def _most_urgent() -> Select[int, str, str, str, str, int, date, date, int, date | None]:
    """The urgent clocks of the bound ``ids``, most urgent first: built once, because the
    Clients view asks after every keystroke."""
    return (
        select(TransitionClock.client_id, Client.record_number, Client.family_name,
               Client.given_name, TransitionClock.kind, TransitionClock.window_days,
               TransitionClock.start_date, TransitionClock.due_date, TransitionClock.episode_id,
               first_readmission(bindparam("today", type_=Date)))
        .join(Client, Client.id == TransitionClock.client_id)
        .where(TransitionClock.client_id.in_(bindparam("ids", expanding=True)),
               clock_is_urgent())
        .order_by(TransitionClock.due_date, TransitionClock.kind, TransitionClock.episode_id))


def clock_is_urgent() -> ColumnElement[bool]:
    """``open_on`` or ``missed_on`` over bound values: ``today`` and ``missed_from`` (the
    first day a missed clock is still shown), for statements built once and reused."""
    today = bindparam("today", type_=Date)
    return or_(open_on(today), missed_since(today, bindparam("missed_from", type_=Date)))


def _unsettled_row(owner: int, record_number: str, family: str, given: str, kind: str,
                   window: int, start: date, due: date, episode_id: int,
                   admitted: date | None = None, *, today: date) -> ClockRow:
    """A clock not settled by ``today``: open until its due date, missed after it.
    ``admitted`` is the column ``first_readmission`` read."""
    state = ClockState.MISSED if due < today else ClockState.OPEN
    clock_kind = ClockKind(kind)
    return ClockRow(owner, record_number, f"{family}, {given}", clock_kind,
                    clock_title(clock_kind, window), start, due, (due - today).days, state,
                    None, due if state is ClockState.MISSED else None, episode_id,
                    _readmitted(start, admitted), window)


# The clocks whose reported rate leaves out a discharge followed by a readmission.
_READMISSION_KINDS = (ClockKind.FUH7.value, ClockKind.FUH30.value, ClockKind.FUI7.value,
                      ClockKind.FUI30.value)
_STARTED = (EpisodeStatus.ACTIVE.value, EpisodeStatus.COMPLETED.value)


def first_readmission(today: DateValue) -> ColumnElement[date | None]:
    """A column for a stored FUH or FUI clock (NULL for other kinds): the start of the
    client's first admission to 24-hour care on or after the clock's first day (the
    discharge day) and by ``today``, other than the discharged episode itself. The same
    admissions as the rules' (``coordinator.domain.clocks``): started and not entered in
    error, at a level that is round the clock or varies (withdrawal management). Read
    through ix_episode_client_start, and only for the rows of those kinds."""
    admission = (
        select(func.min(Episode.start_date))
        .join(LevelOfCare, LevelOfCare.code == Episode.level_code)
        .where(Episode.client_id == TransitionClock.client_id,
               Episode.id != TransitionClock.episode_id,
               Episode.start_date >= TransitionClock.start_date,
               Episode.start_date <= today,
               Episode.status.in_(_STARTED), Episode.entered_in_error.is_(False),
               or_(LevelOfCare.round_the_clock.is_(None),
                   LevelOfCare.round_the_clock.is_(True)))
        .correlate(TransitionClock).scalar_subquery())
    return case((TransitionClock.kind.in_(_READMISSION_KINDS), admission), else_=None)


def _readmitted(start: date, admitted: date | None) -> date | None:
    """``first_readmission``'s day when it falls within the 30 days HEDIS checks."""
    if admitted is None or (admitted - start).days > READMISSION_EXCLUSION_DAYS:
        return None
    return admitted


def open_on(today: DateValue) -> ColumnElement[bool]:
    """The stored clock is open on ``today``: started, not yet due, and not settled yet."""
    return and_(TransitionClock.start_date <= today, TransitionClock.due_date >= today,
                or_(TransitionClock.settled_on.is_(None), TransitionClock.settled_on > today))


def _display_order(row: ClockRow) -> tuple[int, int, str, str, int, int]:
    """Open by due date; then missed, then met or transferred, the latest closed first."""
    if row.state is ClockState.OPEN:
        group, when = 0, row.due.toordinal()
    else:
        group = 1 if row.state is ClockState.MISSED else 2
        when = -(row.closed_on or row.due).toordinal()
    return (group, when, row.client_name, row.record_number, _KIND_ORDER[row.kind],
            row.episode_id)
