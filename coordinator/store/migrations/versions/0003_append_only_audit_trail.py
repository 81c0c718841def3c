"""An audit trail that cannot be quietly shortened or rewritten.

Every field of an event is now inside its hash, the event id and the user id included
(hash version 2), the database refuses UPDATE and DELETE on ``audit_event`` (and TRUNCATE
on PostgreSQL), and a SQLite file gets its anchor file (see services/audit_anchor.py).

Existing chains: the old chain is checked first, by the old rule. Only if every link
holds are its events re-hashed by the new rule; the re-hash cannot launder anything the
old rule would have caught. A chain that is already broken keeps its old hashes, marked
``hash_version = 1``, so ``audit verify`` goes on naming the same first broken event as
before the upgrade instead of blaming event 1. The version is itself inside the version 2
hash, and version 1 is only accepted as the oldest part of a chain, so marking a newer
event as version 1 is detected like any other edit.

Any later migration that rebuilds ``audit_event`` (SQLite batch mode copies the table)
drops its triggers and must create them again.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import sqlalchemy as sa
from alembic import op

from coordinator.domain.audit_chain import Anchor, ChainedEvent, ChainHead, ChainWalk, event_hash
from coordinator.services.audit_anchor import anchor_path
from coordinator.services.audit_anchor_file import replace_anchor

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

_BATCH = 5000
_SQLITE_TRIGGERS = (
    "CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event "
    "BEGIN SELECT RAISE(ABORT, 'audit events cannot be changed'); END",
    "CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event "
    "BEGIN SELECT RAISE(ABORT, 'audit events cannot be removed'); END",
)
_POSTGRESQL_TRIGGERS = (
    # restrict_violation: drivers report it as an integrity error, as SQLite's RAISE(ABORT).
    "CREATE FUNCTION audit_event_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "BEGIN RAISE EXCEPTION 'audit events cannot be changed or removed (%)', TG_OP "
    "USING ERRCODE = 'restrict_violation'; END $$",
    "CREATE TRIGGER audit_event_no_change BEFORE UPDATE OR DELETE ON audit_event "
    "FOR EACH ROW EXECUTE FUNCTION audit_event_refuse_change()",
    "CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event "
    "FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_change()",
)


def upgrade() -> None:
    bind = op.get_bind()
    op.add_column('audit_event', sa.Column('hash_version', sa.Integer(), nullable=True))
    # Re-hash only a chain the old rule finds intact; a broken one keeps its evidence.
    if _intact(bind, version=1):
        _rehash(bind, 1, 2)
    else:
        bind.execute(sa.text("UPDATE audit_event SET hash_version = 1"))
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.alter_column('hash_version', existing_type=sa.Integer(), nullable=False)
    # Created last: the re-hash above is the last UPDATE this table will ever accept.
    for statement in (_SQLITE_TRIGGERS if bind.dialect.name == 'sqlite'
                      else _POSTGRESQL_TRIGGERS):
        bind.execute(sa.text(statement))
    _seal_sqlite_file(bind)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == 'sqlite':
        bind.execute(sa.text("DROP TRIGGER audit_event_no_update"))
        bind.execute(sa.text("DROP TRIGGER audit_event_no_delete"))
    else:
        bind.execute(sa.text("DROP TRIGGER audit_event_no_truncate ON audit_event"))
        bind.execute(sa.text("DROP TRIGGER audit_event_no_change ON audit_event"))
        bind.execute(sa.text("DROP FUNCTION audit_event_refuse_change()"))
    # Back to the old rule, again only for a chain the new rule finds intact.
    if _intact(bind, version=None):
        _rehash(bind, 2, 1)
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.drop_column('hash_version')


def _events(bind: sa.Connection, version: int | None) -> Iterator[ChainedEvent]:
    """Every event in id order; ``version`` None reads each row's own hash version."""
    last_id = 0
    columns = ("id, occurred_at, user_id, username, action, entity_type, entity_id, detail, "
               "prev_hash, hash" + (", hash_version" if version is None else ""))
    query = sa.text(f"SELECT {columns} FROM audit_event WHERE id > :last "
                    f"ORDER BY id LIMIT {_BATCH}")
    while rows := bind.execute(query, {"last": last_id}).all():
        for row in rows:
            yield ChainedEvent(row[0], row[1], row[2], row[3], row[4], row[5], row[6],
                               row[7], row[8], row[9],
                               version if version is not None else row[10])
        last_id = rows[-1][0]


def _intact(bind: sa.Connection, *, version: int | None) -> bool:
    walk = ChainWalk()
    return walk.feed(_events(bind, version))


def _rehash(bind: sa.Connection, old: int, new: int) -> None:
    update = sa.text("UPDATE audit_event SET prev_hash = :prev_hash, hash = :hash, "
                     "hash_version = :version WHERE id = :id")
    prev_hash = "0" * 64
    changes: list[dict[str, object]] = []
    # Keyset paging: each batch is read whole before its rows are rewritten, and the next
    # batch starts after the last id, so no row is read twice.
    for event in _events(bind, old):
        digest = event_hash(prev_hash, event.event_id, event.occurred_at, event.user_id,
                            event.username, event.action, event.entity_type,
                            event.entity_id, event.detail, version=new)
        changes.append({"id": event.event_id, "prev_hash": prev_hash, "hash": digest,
                        "version": new})
        prev_hash = digest
        if len(changes) == _BATCH:
            bind.execute(update, changes)
            changes = []
    if changes:
        bind.execute(update, changes)


def _seal_sqlite_file(bind: sa.Connection) -> None:
    """Anchor an existing SQLite file's chain at its (possibly re-hashed) head."""
    if bind.dialect.name != 'sqlite':
        return
    files = [row[2] for row in bind.execute(sa.text("PRAGMA database_list")) if row[1] == 'main']
    row = bind.execute(sa.text(
        "SELECT id, hash FROM audit_event ORDER BY id DESC LIMIT 1")).first()
    if not files or not files[0] or row is None:
        return  # in memory, or no events yet: the first save writes the anchor
    replace_anchor(anchor_path(Path(files[0])), Anchor(ChainHead(int(row[0]), str(row[1]))))
