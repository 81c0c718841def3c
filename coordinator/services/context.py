"""The service context and the unit of work every service call runs in.

A service method is what one button press does: ``with self.ctx.unit_of_work() as uow`` opens
one transaction, the method checks permission, validates, writes, appends audit events, and
the transaction commits as a whole, then the "changed" notification goes out. An exception
anywhere rolls everything back, so nothing half-written stays in the database.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from types import TracebackType
from typing import TypeVar

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from coordinator.domain.errors import Conflict, NotFound, PermissionDenied
from coordinator.domain.roles import PERMISSION_SENTENCES, Permission, Role, allows
from coordinator.services.checked_session import CheckedSession
from coordinator.services.field_limits import audit_text, possible_key
from coordinator.services.notify import Change, ChangeNotifier
from coordinator.services.store_errors import translate_store_error
from coordinator.store.engine import Database
from coordinator.store.models import Base

RowT = TypeVar("RowT", bound=Base)

Clock = Callable[[], datetime]

def system_clock() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class Actor:
    """The signed-in user a service acts for."""

    user_id: int
    username: str
    full_name: str
    role: Role
    must_change_password: bool = False


class ServiceContext:
    """What every service shares: the database, the notifier, the clock and the actor."""

    def __init__(self, db: Database, notifier: ChangeNotifier | None = None,
                 clock: Clock = system_clock) -> None:
        self.db = db
        self.notifier = notifier or ChangeNotifier()
        self.clock = clock
        self.actor: Actor | None = None
        # When this workstation last found the derived data (stored clocks, current
        # levels) current; see coordinator.services.derived.ensure_current.
        self.derived_checked_at = float("-inf")

    def forget_derived_check(self) -> None:
        """A setting or level this workstation changed may need a rebuild: check again."""
        self.derived_checked_at = float("-inf")

    def unit_of_work(self, *, write: bool = True) -> UnitOfWork:
        return UnitOfWork(self, write=write)

    def require(self, permission: Permission) -> Actor:
        """The actor, if signed in and allowed ``permission``; else ``PermissionDenied``."""
        actor = self.actor
        if actor is None:
            raise PermissionDenied("Sign in first.")
        if not allows(actor.role, permission):
            raise PermissionDenied(
                f"Your role ({actor.role.label}) does not allow you to "
                f"{PERMISSION_SENTENCES[permission]}.")
        return actor

    def require_signed_in(self) -> Actor:
        if self.actor is None:
            raise PermissionDenied("Sign in first.")
        return self.actor


class UnitOfWork:
    """One transaction; use as a context manager. Commits on success, rolls back on error."""

    def __init__(self, ctx: ServiceContext, *, write: bool) -> None:
        self.ctx = ctx
        self.write = write
        self._changes: dict[str, set[int | str]] = defaultdict(set)
        self.session: Session

    def __enter__(self) -> UnitOfWork:
        engine = self.ctx.db.engine
        if self.write and self.ctx.db.is_sqlite:
            engine = engine.execution_options(sqlite_begin="IMMEDIATE")
        self.session = CheckedSession(bind=engine, expire_on_commit=False, autoflush=True)
        try:
            self.session.begin()
            self.session.connection()  # start the transaction now, so locks are taken here
        except DBAPIError as exc:
            self.session.close()
            raise translate_store_error(exc) from exc
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        try:
            if exc_type is not None:
                self.session.rollback()
                if isinstance(exc, StaleDataError):
                    raise stale_conflict() from exc
                if isinstance(exc, DBAPIError):
                    raise translate_store_error(exc) from exc
                return
            try:
                self.session.commit()
            except StaleDataError as error:
                self.session.rollback()
                raise stale_conflict() from error
            except DBAPIError as error:
                self.session.rollback()
                raise translate_store_error(error) from error
        finally:
            self.session.close()
        self.ctx.notifier.publish(
            Change(topic, frozenset(ids)) for topic, ids in self._changes.items())

    def changed(self, topic: str, *ids: int | str) -> None:
        """Record that ``ids`` of ``topic`` changed; published after the commit."""
        self._changes[topic].update(ids)

    def audit(self, action: str, entity_type: str = "", entity_id: int | str = "",
              detail: str = "", *, username: str | None = None,
              user_id: int | None = None) -> None:
        """Append one event to the hash-chained audit trail, inside this transaction.

        What a person typed (a search, a user name at sign-in) is kept whatever it holds:
        control characters are written out and over-long text is cut to fit, never refused.
        """
        from coordinator.services.audit_log import append_event

        append_event(self, action, entity_type, audit_text("entity_id", entity_id),
                     audit_text("detail", detail), user_id=user_id,
                     username=None if username is None else audit_text("username", username))


def load(session: Session, model: type[RowT], key: object, what: str) -> RowT:
    """The row of ``model`` with primary key ``key``, or ``NotFound`` naming ``what``
    (also for an id no row can have, such as -1 or 2**63, on either engine)."""
    row = session.get(model, key) if possible_key(key) else None
    if row is None:
        raise NotFound(f"That {what} does not exist.")
    return row


def stale_conflict() -> Conflict:
    return Conflict("This record was changed by another user since you opened it. "
                    "Reload it and make your change again.")
