"""What someone with SQL tools (sqlite3, psql) but not the app can do to the audit trail.

The triggers that refuse UPDATE and DELETE belong to the schema, so such a person can drop
them first; these helpers do exactly that, in plain SQL, before tampering.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

from coordinator.store.engine import Database


def drop_audit_guards(connection: Connection) -> None:
    """Drop the triggers that make ``audit_event`` append-only, as an attacker would."""
    if connection.dialect.name == "sqlite":
        connection.execute(text("DROP TRIGGER audit_event_no_update"))
        connection.execute(text("DROP TRIGGER audit_event_no_delete"))
    else:
        connection.execute(text("DROP TRIGGER audit_event_no_change ON audit_event"))
        connection.execute(text("DROP TRIGGER audit_event_no_truncate ON audit_event"))


def tamper(database: Database, *statements: str, **values: object) -> None:
    """Run ``statements`` in one transaction after dropping the guards, outside the app."""
    with database.engine.begin() as connection:
        drop_audit_guards(connection)
        for statement in statements:
            connection.execute(text(statement), values)
