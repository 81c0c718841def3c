"""The Stanley-Brown safety plan as a case manager writes and revises it (both engines):
each save a new version, the latest in force, a stale revision refused, two workstations
saving at once never sharing a version number."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from coordinator.domain.clinical_record import FirearmsAccess
from coordinator.domain.errors import Conflict, PermissionDenied, ValidationError
from coordinator.domain.roles import Role
from coordinator.services.app import AppServices
from coordinator.services.dto import ClientInput
from coordinator.services.notify import Change
from coordinator.services.safety_plans import CRISIS_LINES, SafetyPlanInput
from coordinator.store.engine import Database
from coordinator.store.models import AuditEvent, Client, SafetyPlan
from tests.services.helpers import SteppingClock, add_user, admin_services, signed_in

NOON_MARCH_20 = datetime(2026, 3, 20, 12, 0, tzinfo=UTC)
# Other connections to this test's database waiting for a lock (other databases on the
# server are other tests').
_WAITING_HERE = text(
    "SELECT count(*) FROM pg_locks AS lock JOIN pg_stat_activity AS activity "
    "ON activity.pid = lock.pid WHERE NOT lock.granted "
    "AND activity.datname = current_database() AND activity.pid <> pg_backend_pid()")


def plan(day: date = date(2026, 3, 20), **changes: object) -> SafetyPlanInput:
    values: dict[str, object] = dict(
        completed_on=day,
        warning_signs="Not sleeping; staying in my room; thinking nobody would notice",
        coping_strategies="Walk the dog around the block\nPlay guitar",
        distractions="Call my cousin Ana; the public library on Elm Street",
        people_to_ask="Mom (916) 555-0142; sponsor Luis (916) 555-0177",
        professionals=CRISIS_LINES + "Sacramento County (916) 555-0100",
        environment_safety="Mom keeps the sertraline and gives a week at a time",
        firearms_access=FirearmsAccess.ACCESS_SECURED,
        reasons_for_living="My daughter Sofia; finishing nursing school")
    values.update(changes)
    return SafetyPlanInput(**values)  # type: ignore[arg-type]


def plan_rows(database: Database) -> list[tuple[int, str]]:
    with database.engine.connect() as connection:
        return [(number, signs) for number, signs in connection.execute(
            select(SafetyPlan.plan_number, SafetyPlan.warning_signs)
            .order_by(SafetyPlan.plan_number))]


def plan_audits(database: Database) -> list[str]:
    with database.engine.connect() as connection:
        return list(connection.execute(select(AuditEvent.detail).where(
            AuditEvent.entity_type == "safety_plan").order_by(AuditEvent.id)).scalars())


@pytest.fixture
def clock() -> SteppingClock:
    return SteppingClock(NOON_MARCH_20)


@pytest.fixture
def carla(database: Database, clock: SteppingClock) -> AppServices:
    admin = admin_services(database, clock)
    add_user(admin, "carla", Role.CASE_MANAGER)
    return signed_in(database, "carla", clock)


@pytest.fixture
def dara(carla: AppServices) -> int:
    return carla.clients.create(ClientInput("Dara", "Sok", date(1988, 2, 1))).id


def test_each_save_is_a_new_version_and_the_latest_is_in_force(
        database: Database, carla: AppServices, dara: int) -> None:
    assert carla.safety_plans.current(dara) is None
    assert carla.safety_plans.history(dara) == []
    changes: list[Change] = []
    carla.notifier.subscribe(changes.extend)

    first = carla.safety_plans.save(dara, None, plan(date(2026, 3, 2)))
    assert (first.plan_number, first.completed_by_name) == (1, "Carla")
    assert first.details == plan(date(2026, 3, 2))
    assert Change("safety_plan", frozenset({first.id})) in changes
    assert Change("client", frozenset({dara})) in changes

    second = carla.safety_plans.save(dara, 1, plan(
        warning_signs="  Skipping meals; not answering texts  ",
        firearms_access=FirearmsAccess.NO_ACCESS))
    assert second.plan_number == 2
    assert second.details.warning_signs == "Skipping meals; not answering texts"
    assert carla.safety_plans.current(dara) == second
    assert carla.safety_plans.history(dara) == [second, first]
    # The first version is history, unchanged.
    assert plan_rows(database) == [
        (1, "Not sleeping; staying in my room; thinking nobody would notice"),
        (2, "Skipping meals; not answering texts")]
    assert plan_audits(database) == [
        f"version 1 for client {dara}, completed 2026-03-02",
        f"version 2 for client {dara}, completed 2026-03-20"]


def test_a_revision_started_from_an_old_version_is_refused(
        database: Database, carla: AppServices, dara: int, clock: SteppingClock) -> None:
    carla.safety_plans.save(dara, None, plan())
    # Another workstation revises the plan while Carla has version 1 open.
    other = signed_in(database, "carla", clock)
    other.safety_plans.save(dara, 1, plan(reasons_for_living="My dog Pepper"))
    with pytest.raises(Conflict, match="Another user saved version 2 of the safety plan"):
        carla.safety_plans.save(dara, 1, plan(coping_strategies="Breathing exercise"))
    # A blank form while a plan exists is stale too.
    with pytest.raises(Conflict):
        carla.safety_plans.save(dara, None, plan())
    assert [row[0] for row in plan_rows(database)] == [1, 2]
    assert len(plan_audits(database)) == 2


def test_two_workstations_saving_at_once_never_share_a_version(
        postgresql_only: None, database: Database, carla: AppServices, dara: int,
        clock: SteppingClock) -> None:
    carla.safety_plans.save(dara, None, plan())
    first = signed_in(database, "carla", clock)
    second = signed_in(database, "carla", clock)
    # A third connection holds the client's row, so both saves are let go together.
    with Session(database.engine) as holder:
        holder.execute(select(Client).where(Client.id == dara).with_for_update())
        with ThreadPoolExecutor(max_workers=2) as pool:
            ready = threading.Event()
            futures = [pool.submit(services.safety_plans.save, dara, 1,
                                   plan(warning_signs=f"From workstation {number}"))
                       for number, services in ((1, first), (2, second))]
            waiting = 0
            deadline = time.monotonic() + 60
            try:
                while time.monotonic() < deadline:  # until both saves wait on the row
                    # pg_stat_activity is read once per transaction unless cleared: a
                    # workstation that connects after the first look would stay unseen.
                    holder.execute(text("SELECT pg_stat_clear_snapshot()"))
                    waiting = holder.execute(_WAITING_HERE).scalar_one()
                    if waiting >= 2:
                        ready.set()
                        break
            finally:
                # Let the saves go whatever happened, so a failure ends the test instead
                # of leaving the pool waiting on this lock for ever.
                holder.commit()
            assert ready.is_set(), f"only {waiting} save(s) reached the lock"
            outcomes = []
            for future in futures:
                try:
                    outcomes.append(future.result().plan_number)
                except Conflict:
                    outcomes.append("conflict")
    assert sorted(outcomes, key=str) == [2, "conflict"]
    numbers = [row[0] for row in plan_rows(database)]
    assert numbers == [1, 2]
    assert len(plan_audits(database)) == 2  # the refused save wrote nothing
    with database.engine.connect() as connection:
        assert connection.execute(select(func.count(SafetyPlan.id))).scalar_one() == 2


def test_a_plan_without_its_needed_steps_is_refused_per_field_and_nothing_is_saved(
        database: Database, carla: AppServices, dara: int) -> None:
    with pytest.raises(ValidationError) as caught:
        carla.safety_plans.save(dara, None, plan(warning_signs="  ", coping_strategies="",
                                                 professionals="\n"))
    assert caught.value.fields == {
        "warning_signs": ("A safety plan needs its warning signs (step 1): the thoughts, "
                          "moods, situations or behaviour that come before a crisis."),
        "coping_strategies": ("A safety plan needs at least one coping strategy (step 2): "
                              "something the client can do alone to take their mind off "
                              "their problems."),
        "professionals": ("A safety plan needs the professionals and agencies to contact "
                          "in a crisis (step 5), e.g. 988 Suicide & Crisis Lifeline: call "
                          "or text 988."),
    }
    with pytest.raises(ValidationError) as caught:
        carla.safety_plans.save(dara, None, plan(date(2026, 3, 21)))
    assert caught.value.fields == {
        "completed_on": "The safety plan cannot be dated after today."}
    with pytest.raises(ValidationError) as caught:
        carla.safety_plans.save(dara, None, plan(date(1987, 5, 1)))
    assert caught.value.fields == {"completed_on": (
        "The date completed 1987-05-01 is before the client's date of birth (1988-02-01); "
        "check the date.")}
    with pytest.raises(ValidationError) as caught:
        carla.safety_plans.save(dara, None, plan(reasons_for_living="x" * 4001))
    assert caught.value.fields == {
        "reasons_for_living": "Reasons for living: at most 4000 characters (this has 4001)."}
    assert plan_rows(database) == []
    assert plan_audits(database) == []


def test_an_archived_record_takes_no_new_plan(
        database: Database, carla: AppServices, dara: int) -> None:
    with Session(database.engine) as session, session.begin():
        session.get_one(Client, dara).status = "archived"
    with pytest.raises(ValidationError, match="archived; restore it first"):
        carla.safety_plans.save(dara, None, plan())
    assert plan_rows(database) == []


def test_a_version_entered_in_error_puts_the_previous_one_back_in_force(
        database: Database, carla: AppServices, dara: int) -> None:
    first = carla.safety_plans.save(dara, None, plan())
    wrong = carla.safety_plans.save(dara, 1, plan(warning_signs="Another client's signs"))
    with pytest.raises(ValidationError) as caught:
        carla.safety_plans.mark_entered_in_error(wrong.id, wrong.version, " ")
    assert set(caught.value.fields) == {"reason"}
    marked = carla.safety_plans.mark_entered_in_error(wrong.id, wrong.version,
                                                      "Written in the wrong record")
    assert marked.entered_in_error
    assert carla.safety_plans.current(dara) == first
    assert [view.plan_number for view in carla.safety_plans.history(dara)] == [2, 1]
    with pytest.raises(Conflict):
        carla.safety_plans.mark_entered_in_error(wrong.id, wrong.version, "Again")
    # The next revision starts from version 1 and is numbered 3: numbers are never reused.
    third = carla.safety_plans.save(dara, 1, plan())
    assert third.plan_number == 3
    assert plan_audits(database)[2] == "version 2: Written in the wrong record"


def test_a_read_only_user_reads_the_plan_but_cannot_write_one(
        database: Database, carla: AppServices, dara: int, clock: SteppingClock) -> None:
    carla.safety_plans.save(dara, None, plan())
    admin = signed_in(database, "ana", clock, password="admin-password-1")
    add_user(admin, "rita", Role.READ_ONLY)
    rita = signed_in(database, "rita", clock)
    current = rita.safety_plans.current(dara)
    assert current is not None and current.plan_number == 1
    with pytest.raises(PermissionDenied):
        rita.safety_plans.save(dara, 1, plan())
