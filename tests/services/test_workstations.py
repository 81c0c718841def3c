"""Several workstations on one database at the same moment, each a process of its own.

On PostgreSQL these are the mornings of a clinic with one server; on SQLite, workstations
sharing one file. Either way nothing may collide: every save and every sign-in attempt gets
its own answer, and nothing is lost.
"""

from __future__ import annotations

from sqlalchemy import select

from coordinator.domain.roles import Role
from coordinator.services.auth import WRONG_CREDENTIALS
from coordinator.store.engine import Database
from coordinator.store.models import AuditEvent, Client, User
from tests.services.helpers import ADMIN_PASSWORD, PASSWORD, add_user, admin_services
from tests.services.workstations import run_together

LOCKED = "This account is locked after 5 failed sign-ins."


def url_of(database: Database) -> str:
    return database.url.render_as_string(hide_password=False)


def events_of(database: Database, username: str) -> list[tuple[str, str]]:
    with database.engine.connect() as connection:
        rows = connection.execute(
            select(AuditEvent.action, AuditEvent.detail)
            .where(AuditEvent.username == username).order_by(AuditEvent.id))
        return [(action, detail) for action, detail in rows]


def test_two_workstations_creating_80_clients_each_at_once_get_distinct_numbers(
        database: Database) -> None:
    admin = admin_services(database)
    add_user(admin, "maria", Role.CASE_MANAGER)

    first, second = run_together(url_of(database), "create_clients",
                                 ["ana", ADMIN_PASSWORD, "80", "Ana"],
                                 ["maria", PASSWORD, "80", "Maria"])

    assert (first["errors"], second["errors"]) == ([], [])
    numbers = first["saved"] + second["saved"]
    assert len(numbers) == len(set(numbers)) == 160
    with database.engine.connect() as connection:
        stored = connection.execute(select(Client.record_number)).scalars().all()
    assert sorted(stored) == sorted(numbers)
    assert sorted(numbers)[0] == "MRN-000001" and sorted(numbers)[-1] == "MRN-000160"


def test_one_user_signing_in_on_two_workstations_at_once_gets_in_on_both(
        database: Database) -> None:
    admin = admin_services(database)
    add_user(admin, "maria", Role.CASE_MANAGER)

    answers = run_together(url_of(database), "sign_in",
                           ["maria", PASSWORD], ["maria", PASSWORD])

    assert answers == [{"signed_in": "maria", "clients": 0}] * 2
    assert [action for action, _ in events_of(database, "maria")] == ["login", "login"]


def test_four_workstations_guessing_one_password_five_times_each_lock_it_at_the_fifth(
        database: Database) -> None:
    admin = admin_services(database)
    add_user(admin, "maria", Role.CASE_MANAGER)

    answers = run_together(url_of(database), "wrong_passwords", *[["maria", "5"]] * 4)

    every_answer = [answer for workstation in answers for answer in workstation]
    assert len(every_answer) == 20
    assert every_answer.count(WRONG_CREDENTIALS) == 4
    assert sum(answer.startswith(LOCKED) for answer in every_answer) == 16
    # Every attempt is logged, in the order the database took them: four wrong passwords,
    # the fifth that locks the account, then fifteen refused while it is locked.
    assert events_of(database, "maria") == (
        [("login_failed", "wrong password")] * 5 + [("account_locked", "5 failed sign-ins")]
        + [("login_failed", "account locked")] * 15)
    with database.engine.connect() as connection:
        failed, locked_until = connection.execute(
            select(User.failed_attempts, User.locked_until)
            .where(User.username == "maria")).one()
    assert failed == 5 and locked_until is not None
