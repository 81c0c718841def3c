"""The service context and the unit of work every service call runs in.

A service method is what one button press does: ``with self.ctx.unit_of_work() as uow`` opens
one transaction, the method checks permission, validates, writes, appends audit events, and
the transaction commits as a whole, then the "changed" notification goes out. An exception
anywhere rolls everything back, so nothing half-written stays in the database. Each unit of
work first checks that the signed-in account has not changed since sign-in (``check_account``).
"""

from __future__ import annotations

import threading
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from types import TracebackType
from typing import NoReturn, TypeVar

from sqlalchemy import bindparam, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from coordinator.domain.errors import Conflict, NotFound, PermissionDenied, SessionEnded
from coordinator.domain.roles import PERMISSION_SENTENCES, Permission, Role, allows
from coordinator.domain.words import said
from coordinator.services.checked_session import CheckedSession
from coordinator.services.field_limits import audit_text, possible_key
from coordinator.services.live_notice import announce_to_other_workstations
from coordinator.services.notify import Change, ChangeNotifier, Topic
from coordinator.services.store_errors import translate_store_error
from coordinator.store.engine import Database
from coordinator.store.models import Base, User

RowT = TypeVar("RowT", bound=Base)

Clock = Callable[[], datetime]

def system_clock() -> datetime:
    return datetime.now(UTC)


# What the session check reads: one primary-key lookup of the signed-in account.
_ACCOUNT_NOW = select(User.role, User.is_active, User.must_change_password).where(
    User.id == bindparam("user_id"))


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
        # Why the last session was ended (see check_account), until the next sign-in.
        self._ended_because = ""
        self._session_lock = threading.Lock()
        # When this workstation last found the derived data (stored clocks, current
        # levels) current; see coordinator.services.derived.ensure_current.
        self.derived_checked_at = float("-inf")
        #: What this workstation committed, so the watch for other workstations' changes
        #: (``coordinator.services.live``) passes over its own: a name sent with each
        #: PostgreSQL notice, and on SQLite the audit events appended here.
        self.own_commits = OwnCommits()

    def forget_derived_check(self) -> None:
        """A setting or level this workstation changed may need a rebuild: check again."""
        self.derived_checked_at = float("-inf")

    def unit_of_work(self, *, write: bool = True, snapshot: bool = False) -> UnitOfWork:
        """One transaction (see ``UnitOfWork``).

        Args:
            write: it may write; on SQLite it then takes the write lock at once.
            snapshot: a read-only unit whose statements all see the database as its first
                one did, so what it reads in several statements fits together. SQLite's
                read transaction is such a snapshot already (WAL); on PostgreSQL this
                unit runs at REPEATABLE READ instead of the usual READ COMMITTED, where
                each statement sees what was committed before it began. It cannot
                append to the audit trail, whose append must see the newest event.
        """
        if write and snapshot:
            raise ValueError("A snapshot unit of work only reads.")
        return UnitOfWork(self, write=write, snapshot=snapshot)

    def sign_in(self, actor: Actor) -> None:
        """Let services act for ``actor`` (after its password was checked)."""
        with self._session_lock:
            self.actor = actor
            self._ended_because = ""

    def sign_out(self) -> None:
        with self._session_lock:
            self.actor = None
            self._ended_because = ""

    def require(self, permission: Permission) -> Actor:
        """The actor, if signed in and allowed ``permission``; else ``PermissionDenied``."""
        actor = self.require_signed_in()
        if not allows(actor.role, permission):
            # The role may have been raised since sign-in: then the session ends (in the
            # check of this empty unit of work) instead of refusing on the old role.
            with self.unit_of_work(write=False):
                pass
            raise PermissionDenied(
                f"Your role ({actor.role.label}) does not allow you to "
                f"{PERMISSION_SENTENCES[permission]}.")
        return actor

    def require_signed_in(self) -> Actor:
        """The actor, or ``PermissionDenied`` (``SessionEnded`` if the session was ended)."""
        actor = self.actor
        if actor is None:
            if self._ended_because:
                raise SessionEnded(self._ended_because)
            raise PermissionDenied(said("Validation", "Sign in first."))
        return actor

    def check_account(self, session: Session) -> None:
        """End the session if its account changed since sign-in; closes ``session`` if so.

        Every unit of work calls this first, so a session acts on the rights its account
        has now, not those it had at sign-in: one primary-key read in the unit's own
        transaction finds a role changed, an account deactivated or a password reset by an
        administrator on another workstation. Any of these ends the session at its next
        call, whether it reads or writes (``SessionEnded``, and an audit event); signing in
        again gives the account's current rights. The session's own password change does
        not end it. Nor does a lockout from failed sign-ins elsewhere: the person here
        already proved the password, and otherwise anyone could sign a colleague out by
        typing wrong passwords for their name.
        """
        actor = self.actor
        if actor is None:
            return
        try:
            # On the connection, not through the ORM: about a third of the time.
            account = session.connection().execute(
                _ACCOUNT_NOW, {"user_id": actor.user_id}).one_or_none()
        except DBAPIError as exc:
            session.close()
            raise translate_store_error(exc) from exc
        if account is None or not account.is_active:
            change = ("This account was deactivated; ask an administrator.",
                      "account deactivated")
        elif account.role != actor.role.value:
            change = ("Your role was changed; sign in again.",
                      f"role {actor.role.value} -> {account.role}")
        elif account.must_change_password and not actor.must_change_password:
            change = ("An administrator reset your password; sign in again with the "
                      "temporary password.", "password reset by an administrator")
        else:
            return
        session.close()
        self._end_session(actor, *change)

    def _end_session(self, actor: Actor, sentence: str, detail: str) -> NoReturn:
        with self._session_lock:
            # Several calls on worker threads may notice at once; the first one ends it.
            first = self.actor is actor
            if first:
                self.actor = None
                self._ended_because = sentence
        if first:
            with self.unit_of_work() as uow:
                uow.audit("session_ended", "user", actor.user_id, f"{detail} since sign-in",
                          username=actor.username, user_id=actor.user_id)
        raise SessionEnded(sentence)


class OwnCommits:
    """What this workstation (this process's services) committed, for telling its own
    changes from other workstations'. Thread-safe: workers commit, a watcher reads."""

    def __init__(self) -> None:
        #: Sent with every PostgreSQL change notice; unique per process and database.
        self.origin = uuid.uuid4().hex
        self._lock = threading.Lock()
        self._count = 0
        self._audit_ids: set[int] = set()

    def add(self, audit_ids: Iterable[int]) -> None:
        with self._lock:
            self._count += 1
            self._audit_ids.update(audit_ids)

    def forget(self, audit_ids: Iterable[int]) -> None:
        """The commit that was to append ``audit_ids`` failed: they were not appended."""
        with self._lock:
            self._audit_ids.difference_update(audit_ids)

    @property
    def count(self) -> int:
        """How many writing units of work committed here."""
        with self._lock:
            return self._count

    def take_audit_ids(self, up_to: int) -> set[int]:
        """The audit events appended here with ids up to ``up_to``, forgotten as they go."""
        with self._lock:
            taken = {event_id for event_id in self._audit_ids if event_id <= up_to}
            self._audit_ids -= taken
            return taken


class UnitOfWork:
    """One transaction; use as a context manager. Commits on success, rolls back on error."""

    def __init__(self, ctx: ServiceContext, *, write: bool, snapshot: bool = False) -> None:
        self.ctx = ctx
        self.write = write
        self.snapshot = snapshot
        self._changes: dict[Topic, set[int | str]] = defaultdict(set)
        #: The ids of the audit events this unit appended (``audit_log.append_event``).
        self.audit_ids: list[int] = []
        self.session: Session

    def __enter__(self) -> UnitOfWork:
        engine = self.ctx.db.engine
        if self.write and self.ctx.db.is_sqlite:
            engine = engine.execution_options(sqlite_begin="IMMEDIATE")
        elif self.snapshot and not self.ctx.db.is_sqlite:
            # PostgreSQL takes the snapshot at the first statement, the account check.
            engine = engine.execution_options(isolation_level="REPEATABLE READ")
        self.session = CheckedSession(bind=engine, expire_on_commit=False, autoflush=True)
        try:
            self.session.begin()
            self.session.connection()  # start the transaction now, so locks are taken here
        except DBAPIError as exc:
            self.session.close()
            raise translate_store_error(exc) from exc
        self.ctx.check_account(self.session)
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
            own = self.ctx.own_commits
            try:
                if self._changes and not self.ctx.db.is_sqlite:
                    # In this transaction: a change rolled back tells nobody.
                    announce_to_other_workstations(self.session, own.origin, self._changes)
                if self.write:
                    # Before the commit: the watcher may see it the moment it happens.
                    own.add(self.audit_ids)
                self.session.commit()
            except StaleDataError as error:
                own.forget(self.audit_ids)
                self.session.rollback()
                raise stale_conflict() from error
            except DBAPIError as error:
                own.forget(self.audit_ids)
                self.session.rollback()
                raise translate_store_error(error) from error
        finally:
            self.session.close()
        self.ctx.notifier.publish(
            Change(topic, frozenset(ids)) for topic, ids in self._changes.items())

    def changed(self, topic: Topic, *ids: int | str) -> None:
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

        if self.snapshot:
            # At REPEATABLE READ the chain's newest event may be newer than the snapshot.
            raise ValueError("A snapshot unit of work cannot append to the audit trail.")
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
    return Conflict(said("Validation", "This record was changed by another user since you "
                                       "opened it. Reload it and make your change again."))
