"""Reading and verifying the audit trail (writing happens in ``UnitOfWork.audit``)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coordinator.domain.audit_chain import ChainedEvent, ChainReport, verify_chain
from coordinator.domain.roles import Permission
from coordinator.services.context import ServiceContext
from coordinator.services.dto import AuditEntry
from coordinator.store.models import AuditEvent

_BATCH = 5000


class AuditService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def verify(self) -> ChainReport:
        """Check every link of the chain; names the first event that is broken.

        Needs no sign-in: it reads no client data, and an administrator must be able to
        run it even when accounts are broken.
        """
        with self.ctx.unit_of_work(write=False) as uow:
            return verify_chain(_chained_events(uow.session))

    def count(self) -> int:
        with self.ctx.unit_of_work(write=False) as uow:
            return uow.session.execute(select(func.count(AuditEvent.id))).scalar_one()

    def recent(self, limit: int = 200) -> list[AuditEntry]:
        self.ctx.require(Permission.VIEW_AUDIT)
        with self.ctx.unit_of_work(write=False) as uow:
            rows = uow.session.execute(
                select(AuditEvent).order_by(AuditEvent.id.desc()).limit(limit)).scalars()
            return [AuditEntry(row.id, datetime.fromisoformat(row.occurred_at), row.username,
                               row.action, row.entity_type, row.entity_id, row.detail)
                    for row in rows]


def _chained_events(session: Session) -> Iterator[ChainedEvent]:
    last_id = 0
    while True:
        rows = session.execute(
            select(AuditEvent).where(AuditEvent.id > last_id)
            .order_by(AuditEvent.id).limit(_BATCH)).scalars().all()
        if not rows:
            return
        for row in rows:
            yield ChainedEvent(row.id, row.occurred_at, row.username, row.action,
                               row.entity_type, row.entity_id, row.detail, row.prev_hash,
                               row.hash)
        last_id = rows[-1].id
        session.expunge_all()
