"""Appending events to the hash-chained audit trail, inside the caller's unit of work.

The event's id is chosen here, under the lock that serializes appends (SQLite's write lock,
taken by every unit of work that writes; a PostgreSQL advisory lock), so the hash can cover
it before the row is inserted. On a SQLite file the anchor beside the database follows each
save that appends (see ``audit_anchor``).
"""

from __future__ import annotations

from datetime import UTC
from typing import TYPE_CHECKING

from sqlalchemy import select, text

from coordinator.domain.audit_chain import GENESIS_HASH, HASH_VERSION, ChainHead, event_hash
from coordinator.services.audit_anchor import note_append
from coordinator.store.models import AuditEvent

if TYPE_CHECKING:
    from coordinator.services.context import UnitOfWork

# Any constant works; it names "the audit chain" among PostgreSQL advisory locks.
_AUDIT_LOCK_KEY = 0x434F4F52
_NEWEST = select(AuditEvent.id, AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)


def append_event(uow: UnitOfWork, action: str, entity_type: str = "",
                 entity_id: int | str = "", detail: str = "", *,
                 username: str | None = None, user_id: int | None = None) -> None:
    """Append one event to the chain; the signed-in actor unless ``username`` is given."""
    actor = uow.ctx.actor
    if username is None:
        username = actor.username if actor else ""
        user_id = actor.user_id if actor else None
    db = uow.ctx.db
    if not db.is_sqlite:
        # Serialize appends across workstations so the chain never forks; SQLite's
        # BEGIN IMMEDIATE already does this.
        uow.session.execute(text("SELECT pg_advisory_xact_lock(:key)"),
                            {"key": _AUDIT_LOCK_KEY})
    newest = uow.session.execute(_NEWEST).first()
    before = None if newest is None else ChainHead(newest.id, newest.hash)
    event_id = 1 if before is None else before.event_id + 1
    prev_hash = GENESIS_HASH if before is None else before.hash
    occurred_at = uow.ctx.clock().astimezone(UTC).isoformat(timespec="microseconds")
    entity = str(entity_id)
    digest = event_hash(prev_hash, event_id, occurred_at, user_id, username, action,
                        entity_type, entity, detail)
    uow.session.add(AuditEvent(
        id=event_id, occurred_at=occurred_at, user_id=user_id, username=username,
        action=action, entity_type=entity_type, entity_id=entity, detail=detail,
        prev_hash=prev_hash, hash=digest, hash_version=HASH_VERSION,
    ))
    uow.session.flush()
    uow.audit_ids.append(event_id)
    if db.sqlite_path is not None:
        note_append(uow.session, db.engine, db.sqlite_path, before,
                    ChainHead(event_id, digest))
