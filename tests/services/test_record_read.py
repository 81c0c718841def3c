"""The record window's read model: the client and its care, read in one transaction.

The window used to assemble it from several service calls, each its own transaction; these
tests check that the one call returns what those calls returned, logs the one view of the
record on opening and nothing on a re-read, and refuses whoever may not read it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy import event, func, select

from coordinator.domain.clocks import ClockKind, ClockState
from coordinator.domain.errors import NotFound, PermissionDenied, SessionEnded
from coordinator.domain.levels import Direction
from coordinator.domain.roles import Role
from coordinator.services import derived
from coordinator.services.app import AppServices
from coordinator.services.care import EpisodeInput, TransitionPlan
from coordinator.services.dto import ClientInput
from coordinator.services.record_read import CLOSED_CLOCK_DAYS
from coordinator.store.engine import Database
from coordinator.store.models import AuditEvent
from tests.services.helpers import (
    SteppingClock,
    add_partner_facility,
    add_user,
    admin_services,
    signed_in,
)

NOON_APRIL_1 = datetime(2026, 4, 1, 12, 0, tzinfo=UTC)
MARCH_1, MARCH_12, APRIL_8 = date(2026, 3, 1), date(2026, 3, 12), date(2026, 4, 8)
# The tables the record's parts come from.
RECORD_TABLES = {"client", "episode", "transition", "transition_clock", "level_of_care",
                 "facility", "facility_level"}


def views_logged(database: Database) -> list[tuple[str, str, str]]:
    with database.engine.connect() as connection:
        return [tuple(row) for row in connection.execute(
            select(AuditEvent.username, AuditEvent.entity_id, AuditEvent.detail)
            .where(AuditEvent.action == "view").order_by(AuditEvent.id))]


def event_count(database: Database) -> int:
    with database.engine.connect() as connection:
        return int(connection.execute(select(func.count(AuditEvent.id))).scalar_one())


@contextmanager
def transactions(database: Database) -> Iterator[list[set[str]]]:
    """The tables each transaction begun on ``database`` meanwhile named, in order."""
    seen: list[set[str]] = []

    def began(_connection: Any) -> None:
        seen.append(set())

    def statement(_connection: Any, _cursor: Any, text: str, *_args: Any) -> None:
        if seen:
            seen[-1].update(re.findall(r'(?:FROM|JOIN|INTO|UPDATE)\s+"?(\w+)', text))

    event.listen(database.engine, "begin", began)
    event.listen(database.engine, "before_cursor_execute", statement)
    try:
        yield seen
    finally:
        event.remove(database.engine, "before_cursor_execute", statement)
        event.remove(database.engine, "begin", began)


class WriteMeanwhile:
    """A statement listener that runs ``write`` before the first statement reading the
    ``transition`` table, as if another workstation saved just then."""

    def __init__(self, write: Callable[[], object]) -> None:
        self.write = write
        self.fired = False

    def __call__(self, _connection: Any, _cursor: Any, text: str, *_args: Any) -> None:
        if not self.fired and re.search(r'FROM "?transition"?\s', text):
            self.fired = True
            self.write()


@pytest.fixture
def admin(database: Database) -> AppServices:
    services = admin_services(database, SteppingClock(NOON_APRIL_1))
    add_user(services, "maria", Role.CASE_MANAGER)
    return services


@pytest.fixture
def maria(database: Database, admin: AppServices) -> AppServices:
    return signed_in(database, "maria", SteppingClock(NOON_APRIL_1))


@pytest.fixture
def client_id(database: Database, maria: AppServices) -> int:
    """Lan: a hospital stay ended on 12 March, a step-down to IOP planned for 20 April."""
    mercy = add_partner_facility(database, "Mercy Hospital", ("INP",))
    harbor = add_partner_facility(database, "Harbor IOP", ("IOP", "OP"))
    client = maria.clients.create(ClientInput("Lan", "Nguyễn", date(1979, 7, 9)))
    stay = maria.episodes.add(client.id, EpisodeInput("INP", MARCH_1, mercy))
    stay = maria.episodes.discharge(stay.id, stay.version, MARCH_12, "Home")
    maria.transitions.plan(client.id, stay.id, TransitionPlan(
        "IOP", date(2026, 4, 20), "Stable; evening IOP.", ("clinically_stable",), harbor))
    return client.id


def test_the_record_read_returns_what_the_separate_calls_returned(
        maria: AppServices, client_id: int) -> None:
    data = maria.record.read(client_id, reopened=True)

    assert data.record is not None
    assert (data.record.display_name, data.record.details.birth_date) == (
        "Nguyễn, Lan", date(1979, 7, 9))
    care = data.care
    assert [(view.level_code, view.facility_name, view.start_date, view.end_date)
            for view in care.episodes] == [("INP", "Mercy Hospital", MARCH_1, MARCH_12)]
    assert care.current is not None and care.current.id == care.episodes[0].id
    assert [(move.direction, move.to_level_code, move.to_facility_name, move.status)
            for move in care.transitions] == [(Direction.STEP_DOWN, "IOP", "Harbor IOP",
                                               "planned")]
    assert [(row.kind, row.start, row.due, row.state) for row in care.clocks
            if row.kind is ClockKind.STEP_DOWN] == [
        (ClockKind.STEP_DOWN, MARCH_12, date(2026, 3, 26), ClockState.MISSED)]
    assert [choice.name for choice in care.facilities["IOP"]] == ["Harbor IOP"]
    assert [choice.name for choice in care.facilities["INP"]] == ["Mercy Hospital"]
    assert care.facilities["PHP"] == []
    assert (care.journey.client_name, care.journey.today) == ("Lan Nguyễn", date(2026, 4, 1))

    # The same as each service answers on its own.
    assert data.record == maria.clients.reload(client_id)
    assert care.levels == maria.levels.list_levels()
    assert set(care.facilities) == {level.code for level in care.levels}
    assert care.current == maria.episodes.current_episode(client_id)
    assert care.journey == maria.journey.journey(client_id)
    assert (care.episodes, care.transitions) == (list(care.journey.episodes),
                                                 list(care.journey.transitions))
    assert care.clocks == maria.clocks.caseload_clocks(client_id=client_id,
                                                       include_closed_days=CLOSED_CLOCK_DAYS)
    assert maria.record.care(client_id) == care


def test_opening_logs_one_view_and_reading_again_logs_none(
        database: Database, maria: AppServices, client_id: int) -> None:
    before = views_logged(database)

    opened = maria.record.read(client_id)

    assert opened.record is not None
    assert views_logged(database) == [*before, ("maria", str(client_id),
                                                 opened.record.record_number)]
    events = event_count(database)
    again = maria.record.read(client_id, reopened=True)
    care_only = maria.record.read(client_id, with_client=False)
    assert event_count(database) == events
    assert again == opened
    assert (care_only.record, care_only.care) == (None, opened.care)


def test_the_whole_record_is_read_in_one_transaction(
        database: Database, maria: AppServices, client_id: int) -> None:
    derived.ensure_current(maria.ctx)
    maria.ctx.forget_derived_check()  # the stored clocks' rules are checked again

    with transactions(database) as seen:
        maria.record.read(client_id)

    check, read, *after = seen
    # First the check that the stored clocks were worked out by today's rules (it reads
    # the settings and the levels); then one transaction reads every part and logs the
    # view; on SQLite the audit trail then confirms its anchor (coordinator.services.
    # audit_anchor), as after every audited event.
    assert check <= {"app_user", "setting", "level_of_care"}
    assert read >= RECORD_TABLES | {"app_user", "audit_event"}
    assert after == ([{"audit_event"}] if database.is_sqlite else [])


def test_a_read_again_sees_one_snapshot_of_the_database(
        database: Database, admin: AppServices, maria: AppServices, client_id: int) -> None:
    [move] = maria.record.care(client_id).transitions
    maria.transitions.cancel(move.id, move.version)
    [episode] = maria.record.care(client_id).episodes
    planned = TransitionPlan("OP", date(2026, 4, 22), "Weekly visits.", ("clinically_stable",))
    plan_meanwhile = WriteMeanwhile(lambda: admin.transitions.plan(client_id, episode.id, planned))

    event.listen(database.engine, "before_cursor_execute", plan_meanwhile)
    try:
        data = maria.record.read(client_id, reopened=True)
    finally:
        event.remove(database.engine, "before_cursor_execute", plan_meanwhile)

    # Another workstation planned a move to OP while the transitions were being read: the
    # read shows none of it, and the next one shows it.
    assert plan_meanwhile.fired
    assert [move.status for move in data.care.transitions] == ["cancelled"]
    assert [(move.to_level_code, move.status) for move in maria.record.care(
        client_id).transitions] == [("IOP", "cancelled"), ("OP", "planned")]


def test_a_signed_out_user_or_an_unknown_client_is_refused(
        database: Database, maria: AppServices, client_id: int) -> None:
    with pytest.raises(NotFound, match=r"^That client does not exist\.$"):
        maria.record.read(client_id + 1000)
    with pytest.raises(NotFound):
        maria.record.read(client_id + 1000, with_client=False)
    events = event_count(database)
    maria.auth.logout()

    with pytest.raises(PermissionDenied, match=r"^Sign in first\.$"):
        maria.record.read(client_id)

    assert event_count(database) == events + 1  # the sign-out only


def test_a_user_whose_role_was_changed_meanwhile_reads_nothing(
        database: Database, admin: AppServices, maria: AppServices, client_id: int) -> None:
    account = next(user for user in admin.users.list_users() if user.username == "maria")
    admin.users.change_role(account.id, Role.READ_ONLY, account.version)
    before = views_logged(database)

    with pytest.raises(SessionEnded, match=r"^Your role was changed; sign in again\.$"):
        maria.record.read(client_id)

    assert views_logged(database) == before


def test_a_snapshot_unit_of_work_only_reads(maria: AppServices) -> None:
    with pytest.raises(ValueError, match="only reads"):
        maria.ctx.unit_of_work(write=True, snapshot=True)
    with pytest.raises(ValueError, match="cannot append to the audit trail"), \
            maria.ctx.unit_of_work(write=False, snapshot=True) as uow:
        uow.audit("view", "client", 1)

