"""Someone with SQL tools but not the app cannot change the audit trail unnoticed.

Each tampering is done as that person would: through the database driver (the sqlite3
module, or psycopg as psql), dropping the table's guard triggers first. On a SQLite file
``audit verify`` alone catches it, by the anchor file beside the database. A PostgreSQL
server keeps no file beside the database, so there the supervisor's checkpoint, taken
before the tampering, is what catches what the links alone cannot.
"""

from __future__ import annotations

import os
from datetime import date

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError, ProgrammingError

from coordinator.domain.audit_chain import ChainReport
from coordinator.domain.audit_checkpoint import Checkpoint
from coordinator.domain.roles import Role
from coordinator.services.app import AppServices
from coordinator.services.dto import ClientInput
from coordinator.store.engine import Database, open_database
from tests.services.audit_tampering import raw_sql
from tests.services.helpers import ADMIN_PASSWORD, add_user, admin_services

ANCHOR = "coordinator.sqlite3-audit-anchor"


def add_clients(services: AppServices, count: int) -> None:
    for number in range(count):
        services.clients.create(ClientInput(f"Client{number}", "Rivera", date(1990, 1, 1)))


@pytest.fixture
def clinic(database: Database) -> AppServices:
    """An administrator's morning: the account, the sign-in and 18 new clients: 20 events."""
    services = admin_services(database)
    add_clients(services, 18)
    assert services.audit.verify().checked == 20
    return services


def verify(services: AppServices, checkpoint: Checkpoint | None) -> ChainReport:
    """What `audit verify` reports: on PostgreSQL with the supervisor's checkpoint."""
    return services.audit.verify(None if services.db.is_sqlite else checkpoint)


def supervisors_checkpoint(services: AppServices) -> Checkpoint:
    checkpoint = services.audit.checkpoint()
    assert checkpoint is not None
    return checkpoint


def test_a_clean_trail_verifies(clinic: AppServices) -> None:
    report = clinic.audit.verify(supervisors_checkpoint(clinic))
    assert report.intact
    assert report.checked == 20
    assert report.anchored == clinic.db.is_sqlite


def test_deleting_the_newest_event_is_detected(clinic: AppServices) -> None:
    checkpoint = supervisors_checkpoint(clinic)
    with raw_sql(clinic.db) as sql:
        sql.drop_guards()
        sql.delete_newest(1)

    report = verify(clinic, checkpoint)

    assert report.broken_at == 20
    if clinic.db.is_sqlite:
        assert report.reason == (f"the newest events after event 19 were removed: the anchor "
                                 f"file {ANCHOR} records event 20 as the newest")
    else:
        assert report.reason.startswith("event 20, the newest in the checkpoint of event 20")
        assert report.reason.endswith("is missing (events were removed)")
    assert report.checked == 19


def test_deleting_the_newest_fifty_events_is_detected(clinic: AppServices) -> None:
    add_clients(clinic, 40)
    checkpoint = supervisors_checkpoint(clinic)
    with raw_sql(clinic.db) as sql:
        sql.drop_guards()
        sql.delete_newest(50)

    report = verify(clinic, checkpoint)

    assert not report.intact
    assert "removed" in report.reason
    assert report.checked == 10


def test_deleting_a_middle_event_breaks_the_next_link(clinic: AppServices) -> None:
    with raw_sql(clinic.db) as sql:
        sql.drop_guards()
        sql.run("DELETE FROM audit_event WHERE id = 10")

    report = clinic.audit.verify()

    assert report.broken_at == 11
    assert report.reason == ("event 11 does not follow the event before it (an event was "
                             "removed, inserted or reordered)")
    assert report.checked == 9


def test_editing_any_field_of_an_event_is_named(clinic: AppServices) -> None:
    edits = {"occurred_at": "2026-03-02T09:00:00.000000+00:00", "user_id": None,
             "username": "mallory", "action": "view", "entity_type": "consent",
             "entity_id": "999", "detail": "MRN-999999"}
    with raw_sql(clinic.db) as sql:
        sql.drop_guards()
        original = dict(zip(edits, sql.run(f"SELECT {', '.join(edits)} FROM audit_event "
                                           "WHERE id = 12")[0], strict=True))
    for column, value in edits.items():
        with raw_sql(clinic.db) as sql:
            sql.run(f"UPDATE audit_event SET {column} = ? WHERE id = 12", value)

        report = clinic.audit.verify()

        assert (column, report.broken_at, report.checked) == (column, 12, 11)
        assert report.reason == "event 12 was altered after it was written"
        with raw_sql(clinic.db) as sql:  # put back before the next edit
            sql.run(f"UPDATE audit_event SET {column} = ? WHERE id = 12", original[column])
        assert clinic.audit.verify().intact


def test_moving_an_event_to_another_user_is_named(clinic: AppServices) -> None:
    # user_id was outside the hash before; a second account makes the edit plausible.
    add_user(clinic, "tom", Role.CASE_MANAGER)
    with raw_sql(clinic.db) as sql:
        tom = sql.run("SELECT id FROM app_user WHERE username = 'tom'")[0][0]
        sql.drop_guards()
        sql.run("UPDATE audit_event SET user_id = ? WHERE id = 5", tom)

    report = clinic.audit.verify()

    assert (report.broken_at, report.reason) == (5, "event 5 was altered after it was written")


def test_editing_an_event_and_recomputing_the_chain_after_it_is_detected(
        clinic: AppServices) -> None:
    checkpoint = supervisors_checkpoint(clinic)
    with raw_sql(clinic.db) as sql:
        sql.drop_guards()
        sql.run("UPDATE audit_event SET detail = 'MRN-999999' WHERE id = 8")
        sql.recompute_from(8)
    links_only = clinic.audit.verify()  # every link and hash now holds...
    assert links_only.intact != clinic.db.is_sqlite  # ...only the anchor file tells

    report = verify(clinic, checkpoint)

    assert report.broken_at == 20
    assert report.checked == 0
    if clinic.db.is_sqlite:
        assert report.reason == (f"event 20 is not the one the anchor file {ANCHOR} records: "
                                 "events were altered or replaced and their hashes recomputed")
    else:
        assert report.reason.startswith("event 20 is not the one in the checkpoint of event 20")


def test_appending_a_forged_event_with_a_correct_hash_is_detected(
        sqlite_only: None, clinic: AppServices) -> None:
    # SQLite only: on a server, appending with the app's own credentials is what the app
    # itself does (see docs/security-audit.md); a checkpoint only covers what came before.
    with raw_sql(clinic.db) as sql:
        forged = sql.forge_event("2026-03-03T09:30:00.000000+00:00", 1, "ana", "export",
                                 "client", "1", "discharge packet to Harbor View")

    report = clinic.audit.verify()

    assert forged == 21
    assert report.broken_at == 21
    assert report.reason == (f"event 21 and any after it were added outside Coordinator: the "
                             f"anchor file {ANCHOR} records event 20 as the newest")
    assert report.checked == 20


def test_the_database_refuses_to_update_or_delete_events(clinic: AppServices) -> None:
    for statement in ("UPDATE audit_event SET detail = 'x' WHERE id = 3",
                      "DELETE FROM audit_event WHERE id = 20",
                      "DELETE FROM audit_event"):
        with pytest.raises(IntegrityError, match="audit events cannot be"), \
                clinic.db.engine.begin() as connection:
            connection.execute(text(statement))
    assert clinic.audit.verify().checked == 20


def test_truncating_the_trail_is_refused_on_postgresql(postgresql_only: None,
                                                        clinic: AppServices) -> None:
    with pytest.raises(IntegrityError, match="audit events cannot be changed or removed"), \
            clinic.db.engine.begin() as connection:
        connection.execute(text("TRUNCATE audit_event"))
    assert clinic.audit.verify().checked == 20


def test_a_checkpoint_that_does_not_lie_on_the_chain_fails(clinic: AppServices) -> None:
    real = supervisors_checkpoint(clinic)
    other = Checkpoint(real.event_id, "0" * 63 + "1", events=real.events,
                       taken_at="2026-03-03T18:00:00+00:00")

    report = clinic.audit.verify(other)

    assert report.reason == ("event 20 is not the one in the checkpoint of event 20 taken "
                             "2026-03-03T18:00:00+00:00: events were altered or replaced "
                             "and their hashes recomputed")
    assert clinic.audit.verify(real).intact


# The privilege split docs/security-audit.md asks of a clinic server, as its owner runs it.
APP_ROLE_GRANTS = (
    "GRANT CONNECT ON DATABASE {database} TO {role}",
    "GRANT USAGE ON SCHEMA public TO {role}",
    "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}",
    "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role}",
    "REVOKE UPDATE, DELETE, TRUNCATE ON audit_event, alembic_version FROM {role}",
    "REVOKE INSERT ON alembic_version FROM {role}",
)


def test_the_apps_own_database_role_can_append_but_not_remove_or_unguard(
        postgresql_only: None, clinic: AppServices) -> None:
    role = f"coordinator_app_{os.getpid()}"
    database = clinic.db.url.database
    with clinic.db.engine.begin() as connection:
        connection.execute(text(f"CREATE ROLE {role} LOGIN"))
        for grant in APP_ROLE_GRANTS:
            connection.execute(text(grant.format(database=database, role=role)))
    workstation = AppServices(open_database(clinic.db.url.set(username=role)))
    try:
        workstation.auth.login("ana", ADMIN_PASSWORD)
        workstation.clients.create(ClientInput("Lan", "Tran"))  # events 21 and 22
        for statement, refusal in (
                ("DELETE FROM audit_event WHERE id = 22", "permission denied"),
                ("UPDATE audit_event SET detail = '' WHERE id = 22", "permission denied"),
                ("TRUNCATE audit_event", "permission denied"),
                ("DROP TRIGGER audit_event_no_change ON audit_event", "must be owner"),
                ("ALTER TABLE audit_event DISABLE TRIGGER ALL", "must be owner")):
            with pytest.raises(ProgrammingError, match=refusal), \
                    workstation.db.engine.begin() as connection:
                connection.execute(text(statement))
        report = workstation.audit.verify()
        assert report.intact and report.checked == 22
    finally:
        workstation.close()
        with clinic.db.engine.begin() as connection:
            connection.execute(text(f"DROP OWNED BY {role}"))
            connection.execute(text(f"DROP ROLE {role}"))
