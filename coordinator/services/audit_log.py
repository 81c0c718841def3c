"""Appending events to the hash-chained audit trail, inside the caller's unit of work."""

from __future__ import annotations

from datetime import UTC
from typing import TYPE_CHECKING

from sqlalchemy import select, text

from coordinator.domain.audit_chain import GENESIS_HASH, event_hash
from coordinator.store.models import AuditEvent

if TYPE_CHECKING:
    from coordinator.services.context import UnitOfWork

# Any constant works; it names "the audit chain" among PostgreSQL advisory locks.
_AUDIT_LOCK_KEY = 0x434F4F52


def append_event(uow: UnitOfWork, action: str, entity_type: str = "",
                 entity_id: int | str = "", detail: str = "", *,
                 username: str | None = None, user_id: int | None = None) -> None:
    """Append one event to the chain; the signed-in actor unless ``username`` is given."""
    actor = uow.ctx.actor
    if username is None:
        username = actor.username if actor else ""
        user_id = actor.user_id if actor else None
    if not uow.ctx.db.is_sqlite:
        # Serialize appends across workstations so the chain never forks; SQLite's
        # BEGIN IMMEDIATE already does this.
        uow.session.execute(text("SELECT pg_advisory_xact_lock(:key)"),
                            {"key": _AUDIT_LOCK_KEY})
    prev_hash = uow.session.execute(
        select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)
    ).scalar_one_or_none() or GENESIS_HASH
    occurred_at = uow.ctx.clock().astimezone(UTC).isoformat(timespec="microseconds")
    entity = str(entity_id)
    uow.session.add(AuditEvent(
        occurred_at=occurred_at, user_id=user_id, username=username, action=action,
        entity_type=entity_type, entity_id=entity, detail=detail, prev_hash=prev_hash,
        hash=event_hash(prev_hash, occurred_at, username, action, entity_type, entity,
                        detail),
    ))
    uow.session.flush()
