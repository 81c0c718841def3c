"""Upgrading to schema 0003 brings an existing audit chain under the new hash rule without
laundering tampering, and makes the table append-only. Runs on the engine the run selects.
"""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from coordinator.domain.audit_chain import GENESIS_HASH, event_hash
from coordinator.services.audit_anchor import anchor_path
from coordinator.services.audit_anchor_file import read_anchor
from coordinator.services.audit_verify import verify_trail
from coordinator.services.context import ServiceContext
from coordinator.store import migrate
from coordinator.store.engine import Database

# Events as Coordinator wrote them before 0003: the old rule left out the event id and
# the user id.
LEGACY = [
    ("2026-03-02T08:59:12.000000+00:00", "ana", "create", "user", "1", "first administrator ana"),
    ("2026-03-02T09:00:03.000000+00:00", "ana", "login", "", "", ""),
    ("2026-03-02T09:04:40.000000+00:00", "ana", "create", "client", "1", "MRN-000001"),
    ("2026-03-02T09:05:10.000000+00:00", "ana", "view", "client", "1", "MRN-000001"),
    ("2026-03-02T09:30:00.000000+00:00", "ana", "export", "client", "1", "transfer packet"),
]


def at_0002_with_legacy_events(db: Database) -> None:
    config = migrate.alembic_config()
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0002")
        prev_hash = GENESIS_HASH
        for number, (when, user, action, kind, entity, detail) in enumerate(LEGACY, start=1):
            digest = event_hash(prev_hash, number, when, None, user, action, kind, entity,
                                detail, version=1)
            connection.execute(text(
                "INSERT INTO audit_event (id, occurred_at, user_id, username, action, "
                "entity_type, entity_id, detail, prev_hash, hash) VALUES (:id, :when, NULL, "
                ":user, :action, :kind, :entity, :detail, :prev_hash, :hash)"),
                {"id": number, "when": when, "user": user, "action": action, "kind": kind,
                 "entity": entity, "detail": detail, "prev_hash": prev_hash, "hash": digest})
            prev_hash = digest


def versions(db: Database) -> list[int]:
    with db.engine.connect() as connection:
        return list(connection.execute(text(
            "SELECT hash_version FROM audit_event ORDER BY id")).scalars())


def test_an_intact_old_chain_is_rehashed_covering_every_field(empty_database: Database) -> None:
    at_0002_with_legacy_events(empty_database)

    migrate.upgrade(empty_database)

    assert migrate.current_revision(empty_database) == migrate.head_revision()
    assert versions(empty_database) == [2, 2, 2, 2, 2]
    report = verify_trail(ServiceContext(empty_database))
    assert report.intact and report.checked == 5
    path = empty_database.sqlite_path
    if path is not None:  # the file's chain is anchored at its re-hashed head
        assert report.anchored
        anchor = read_anchor(anchor_path(path))
        assert anchor is not None and anchor.confirmed == report.head


def test_an_old_chain_already_broken_keeps_its_evidence(empty_database: Database) -> None:
    at_0002_with_legacy_events(empty_database)
    with empty_database.engine.begin() as connection:
        connection.execute(text("UPDATE audit_event SET detail = 'nothing' WHERE id = 4"))

    migrate.upgrade(empty_database)

    assert versions(empty_database) == [1, 1, 1, 1, 1]
    report = verify_trail(ServiceContext(empty_database))
    assert (report.broken_at, report.checked) == (4, 3)
    assert report.reason == "event 4 was altered after it was written"


def test_after_the_upgrade_the_table_refuses_changes(empty_database: Database) -> None:
    at_0002_with_legacy_events(empty_database)
    migrate.upgrade(empty_database)

    for statement in ("UPDATE audit_event SET user_id = NULL WHERE id = 2",
                      "DELETE FROM audit_event WHERE id = 5"):
        with pytest.raises(IntegrityError, match="audit events cannot be"), \
                empty_database.engine.begin() as connection:
            connection.execute(text(statement))
    assert verify_trail(ServiceContext(empty_database)).checked == 5


def test_marking_a_rehashed_event_as_old_is_detected(empty_database: Database) -> None:
    # Version 1 left the user id out; an event may not fall back to it once rehashed.
    at_0002_with_legacy_events(empty_database)
    migrate.upgrade(empty_database)
    with empty_database.engine.begin() as connection:
        if connection.dialect.name == "sqlite":
            connection.execute(text("DROP TRIGGER audit_event_no_update"))
        else:
            connection.execute(text("DROP TRIGGER audit_event_no_change ON audit_event"))
        connection.execute(text("UPDATE audit_event SET hash_version = 1 WHERE id = 5"))

    report = verify_trail(ServiceContext(empty_database))

    assert (report.broken_at, report.reason) == (5, "event 5 was altered after it was written")


def test_downgrading_gives_back_a_chain_the_old_rule_accepts(empty_database: Database) -> None:
    at_0002_with_legacy_events(empty_database)
    migrate.upgrade(empty_database)
    config = migrate.alembic_config()

    with empty_database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0002")
        rows = connection.execute(text(
            "SELECT id, occurred_at, username, action, entity_type, entity_id, detail, "
            "prev_hash, hash FROM audit_event ORDER BY id")).all()
        connection.execute(text("DELETE FROM audit_event WHERE id = 5"))  # no guard left

    prev_hash = GENESIS_HASH
    for row in rows:
        assert row.prev_hash == prev_hash
        assert row.hash == event_hash(prev_hash, row.id, row.occurred_at, None, row.username,
                                      row.action, row.entity_type, row.entity_id, row.detail,
                                      version=1)
        prev_hash = row.hash
    assert len(rows) == 5
