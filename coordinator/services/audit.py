"""Reading and verifying the audit trail (writing happens in ``UnitOfWork.audit``)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select

from coordinator.domain.audit_chain import ChainReport
from coordinator.domain.audit_checkpoint import Checkpoint
from coordinator.domain.errors import CoordinatorError
from coordinator.domain.roles import Permission
from coordinator.services.audit_verify import take_checkpoint, verify_trail
from coordinator.services.context import ServiceContext
from coordinator.services.dto import AuditEntry
from coordinator.store.models import AuditEvent


class AuditService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def verify(self, checkpoint: Checkpoint | None = None) -> ChainReport:
        """Check every link of the chain, then its head against the anchor file beside a
        SQLite database and against ``checkpoint`` if given; names the first broken event.

        Needs no sign-in: it reads no client data, and an administrator must be able to
        run it even when accounts are broken.
        """
        return verify_trail(self.ctx, checkpoint)

    def checkpoint(self) -> Checkpoint | None:
        """The head of the verified trail to keep elsewhere; None while it has no events.

        Raises:
            CoordinatorError: the trail is not intact (no checkpoint of a broken trail).
        """
        report = verify_trail(self.ctx)
        if not report.intact:
            raise CoordinatorError(f"The audit trail fails verification ({report.reason}); "
                                   "no checkpoint was taken.")
        return take_checkpoint(self.ctx, report)

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
