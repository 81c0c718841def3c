"""Reading and verifying the audit trail, and logging what a user was shown.

Events are appended in ``UnitOfWork.audit``; the Audit view's filters and names are in
``audit_query`` and its CSV export in ``audit_export``.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from coordinator.domain.audit_chain import ChainReport
from coordinator.domain.audit_checkpoint import Checkpoint
from coordinator.domain.errors import CoordinatorError, NotFound
from coordinator.domain.roles import Permission
from coordinator.services.audit_export import export_events
from coordinator.services.audit_query import (
    AuditFilter,
    count_events,
    page_of_events,
)
from coordinator.services.audit_verify import take_checkpoint, verify_trail
from coordinator.services.context import ServiceContext
from coordinator.services.dto import AuditEntry
from coordinator.store.models import AuditEvent, Client, User


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
        """The ``limit`` newest events, with the names their ids stand for."""
        return self.page(AuditFilter(), limit=limit)

    # Listing for the Audit view (filters, names, paging) -------------------------------------

    def page(self, chosen: AuditFilter, *, before_id: int | None = None,
             limit: int = 200) -> list[AuditEntry]:
        """The newest ``limit`` events matching ``chosen`` older than event ``before_id``."""
        self.ctx.require(Permission.VIEW_AUDIT)
        with self.ctx.unit_of_work(write=False) as uow:
            return page_of_events(uow.session, chosen, before_id, limit)

    def count_matching(self, chosen: AuditFilter) -> int:
        self.ctx.require(Permission.VIEW_AUDIT)
        with self.ctx.unit_of_work(write=False) as uow:
            return count_events(uow.session, chosen)

    def people(self) -> list[tuple[str, str]]:
        """``(username, full name)`` of every account, by full name, for the user filter."""
        self.ctx.require(Permission.VIEW_AUDIT)
        with self.ctx.unit_of_work(write=False) as uow:
            return [(username, full_name) for username, full_name in uow.session.execute(
                select(User.username, User.full_name).order_by(User.full_name, User.username))]

    def client_named(self, record_number: str) -> tuple[int, str]:
        """The id and "Family, Given" of the client with ``record_number``, for the client
        filter; ``NotFound`` in words when there is none."""
        self.ctx.require(Permission.VIEW_AUDIT)
        with self.ctx.unit_of_work(write=False) as uow:
            row = uow.session.execute(
                select(Client.id, Client.family_name, Client.given_name)
                .where(Client.record_number == record_number.strip())).one_or_none()
        if row is None:
            raise NotFound(f"No client has the record number {record_number.strip()}.")
        return row[0], f"{row[1]}, {row[2]}"

    def export_csv(self, chosen: AuditFilter, path: Path | str) -> int:
        """Write the events matching ``chosen`` to a CSV file; returns the rows written.

        The export is itself an audit event naming its row count and filters.
        """
        self.ctx.require(Permission.VIEW_AUDIT)
        return export_events(self.ctx, chosen, Path(path))

    # One event per user action that shows or exports client data -----------------------------

    def log_view(self, entity_type: str, entity_id: int | str = "", detail: str = "") -> None:
        """Log that the signed-in user was shown ``entity_type`` (a record, or a list with
        its size in ``detail``); called once per user action, not per read behind it."""
        self.ctx.require_signed_in()
        with self.ctx.unit_of_work() as uow:
            uow.audit("view", entity_type, entity_id, detail)

    def log_search(self, detail: str) -> None:
        """Log a client search whose results were shown (``detail``: what and how many)."""
        self.ctx.require_signed_in()
        with self.ctx.unit_of_work() as uow:
            uow.audit("search", "client_list", "", detail)

    def log_export(self, entity_type: str, detail: str) -> None:
        """Log that client data left the app as a file or printout (``detail``: rows)."""
        self.ctx.require_signed_in()
        with self.ctx.unit_of_work() as uow:
            uow.audit("export", entity_type, "", detail)

