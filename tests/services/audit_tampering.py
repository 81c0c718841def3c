"""What someone with SQL tools (sqlite3, psql) but not the app can do to the audit trail.

Everything here goes through the database driver directly (the ``sqlite3`` module, or
``psycopg`` as psql would), never through the app. The triggers that refuse UPDATE and
DELETE belong to the schema, so such a person can drop them first; ``drop_guards`` does.
The hash rule is public (it is in the source), so a forger can compute correct hashes.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import psycopg

from coordinator.domain.audit_chain import GENESIS_HASH, event_hash
from coordinator.store.engine import Database
from tests.sqlite_damage import open_db

_COLUMNS = ("id, occurred_at, user_id, username, action, entity_type, entity_id, detail, "
            "prev_hash, hash")


class RawSql:
    """One transaction on a driver connection; ``?`` placeholders on both engines."""

    def __init__(self, connection: Any, sqlite: bool) -> None:
        self.connection = connection
        self.sqlite = sqlite

    def run(self, statement: str, *values: object) -> list[tuple[Any, ...]]:
        if not self.sqlite:
            statement = statement.replace("?", "%s")
        cursor = self.connection.execute(statement, values)
        return list(cursor.fetchall()) if cursor.description else []

    def drop_guards(self) -> None:
        if self.sqlite:
            self.run("DROP TRIGGER audit_event_no_update")
            self.run("DROP TRIGGER audit_event_no_delete")
        else:
            self.run("DROP TRIGGER audit_event_no_change ON audit_event")
            self.run("DROP TRIGGER audit_event_no_truncate ON audit_event")

    def newest_id(self) -> int:
        return int(self.run("SELECT max(id) FROM audit_event")[0][0])

    def delete_newest(self, count: int) -> None:
        self.run("DELETE FROM audit_event WHERE id > ?", self.newest_id() - count)

    def recompute_from(self, first_id: int) -> None:
        """Give event ``first_id`` and every later one correct hashes again."""
        rows = self.run(f"SELECT {_COLUMNS} FROM audit_event WHERE id >= ? ORDER BY id",
                        first_id)
        before = self.run("SELECT hash FROM audit_event WHERE id < ? ORDER BY id DESC "
                          "LIMIT 1", first_id)
        prev_hash = before[0][0] if before else GENESIS_HASH
        for row in rows:
            digest = event_hash(prev_hash, *row[:8])
            self.run("UPDATE audit_event SET prev_hash = ?, hash = ? WHERE id = ?",
                     prev_hash, digest, row[0])
            prev_hash = digest

    def forge_event(self, occurred_at: str, user_id: int | None, username: str, action: str,
                    entity_type: str, entity_id: str, detail: str) -> int:
        """Append an event with a correct id, link and hash; returns its id."""
        newest = self.run("SELECT id, hash FROM audit_event ORDER BY id DESC LIMIT 1")[0]
        event_id, prev_hash = int(newest[0]) + 1, str(newest[1])
        digest = event_hash(prev_hash, event_id, occurred_at, user_id, username, action,
                            entity_type, entity_id, detail)
        self.run(f"INSERT INTO audit_event ({_COLUMNS}, hash_version) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 2)",
                 event_id, occurred_at, user_id, username, action, entity_type, entity_id,
                 detail, prev_hash, digest)
        return event_id


@contextmanager
def raw_sql(database: Database) -> Iterator[RawSql]:
    """A driver connection to ``database`` outside the app, committed at the end."""
    path = database.sqlite_path
    if path is not None:
        lite = open_db(path, isolation_level=None)
        try:
            lite.execute("BEGIN IMMEDIATE")
            yield RawSql(lite, sqlite=True)
            lite.execute("COMMIT")
        finally:
            lite.close()
        return
    address = database.url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(address) as server:  # commits on a clean exit
        yield RawSql(server, sqlite=False)


def tamper(database: Database, *statements: str) -> None:
    """Run ``statements`` through the driver after dropping the guards, outside the app."""
    with raw_sql(database) as sql:
        sql.drop_guards()
        for statement in statements:
            sql.run(statement)
