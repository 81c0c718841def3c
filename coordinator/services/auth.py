"""Signing in and out, the first administrator, lockout and the idle-lock unlock."""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import datetime
from functools import cache

from sqlalchemy import Row, func, select, update

from coordinator.domain import accounts
from coordinator.domain.errors import (
    AccountDeactivated,
    AccountLocked,
    AuthenticationFailed,
    Conflict,
    ValidationError,
)
from coordinator.domain.roles import Role
from coordinator.domain.words import said
from coordinator.services.context import Actor, ServiceContext, UnitOfWork
from coordinator.services.dto import UserInfo
from coordinator.services.notify import Topic
from coordinator.services.passwords import hash_password, needs_rehash, verify_password
from coordinator.services.users import check_new_password, user_info
from coordinator.store.models import User

_log = logging.getLogger(__name__)

WRONG_CREDENTIALS = said("Validation", "The user name or password is not right.")
# Verifying against a real hash for unknown users keeps both answers equally slow, so the
# timing does not reveal which user names exist.
@cache
def _dummy_hash() -> str:
    return hash_password("not a real password")



class AuthService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def has_users(self) -> bool:
        """False on a brand-new database: the app then asks for the first administrator."""
        with self.ctx.unit_of_work(write=False) as uow:
            return uow.session.execute(select(func.count(User.id))).scalar_one() > 0

    def create_first_admin(self, username: str, full_name: str, password: str) -> UserInfo:
        """The first account of an empty database; refused once any user exists."""
        username = username.strip().lower()
        problems: dict[str, str] = {}
        if problem := accounts.username_problem(username):
            problems["username"] = problem
        if not full_name.strip():
            problems["full_name"] = "Enter the administrator's full name."
        if problem := accounts.password_problem(password):
            problems["password"] = problem
        if problems:
            raise ValidationError.for_fields(problems)
        with self.ctx.unit_of_work() as uow:
            if uow.session.execute(select(func.count(User.id))).scalar_one():
                raise Conflict("This database already has users; sign in instead.")
            user = User(username=username, full_name=full_name.strip(), role=Role.ADMIN.value,
                        password_hash=hash_password(password))
            uow.session.add(user)
            uow.session.flush()
            uow.audit("create", "user", user.id, f"first administrator {username}",
                      username=username, user_id=user.id)
            uow.changed(Topic.USER, user.id)
            return user_info(user)

    def login(self, username: str, password: str) -> Actor:
        """Sign in; sets the context's actor. Failures are counted and audited.

        An attempt first ends any session this context had (the sign-in window shows only
        when there is none), so a failed one leaves nobody signed in.
        """
        self.ctx.sign_out()
        username = username.strip().lower()
        with self.ctx.unit_of_work(write=False) as uow:
            known = uow.session.execute(select(User.id, User.password_hash).where(
                User.username == username)).one_or_none()
        # Argon2 takes a tenth of a second or more: the password is checked outside any
        # transaction, so no lock is held meanwhile.
        if known is None:
            verify_password(_dummy_hash(), password)
            with self.ctx.unit_of_work() as uow:
                uow.audit("login_failed", "user", "", "unknown user name", username=username)
            _log.info("Sign-in refused: unknown user name")  # never the name typed
            raise AuthenticationFailed(WRONG_CREDENTIALS)
        right = verify_password(known.password_hash, password)
        with self.ctx.unit_of_work() as uow:
            now = self.ctx.clock()
            account = _locked_account(uow, known.id)
            if account.password_hash != known.password_hash:  # reset meanwhile
                right = verify_password(account.password_hash, password)
            failure = _count_attempt(uow, account, right, now)
            if failure is None:
                password_hash = account.password_hash
                if needs_rehash(password_hash):
                    password_hash = hash_password(password)
                _keep_books(uow, account.id, failed_attempts=0, locked_until=None,
                            last_login_at=now, password_hash=password_hash)
                actor = Actor(account.id, account.username, account.full_name,
                              Role(account.role), account.must_change_password)
                uow.audit("login", "user", account.id, username=account.username,
                          user_id=account.id)
        if failure is not None:
            _log.info("Sign-in refused for user %d: %s", known.id, type(failure).__name__)
            raise failure
        self.ctx.sign_in(actor)
        _log.info("User %d signed in", actor.user_id)
        return actor

    def logout(self) -> None:
        actor = self.ctx.actor
        if actor is None:
            return
        with self.ctx.unit_of_work() as uow:
            uow.audit("logout", "user", actor.user_id)
        self.ctx.sign_out()
        _log.info("User %d signed out", actor.user_id)

    def record_idle_lock(self) -> None:
        """Audit that the window locked itself after the idle time."""
        if self.ctx.actor is not None:
            with self.ctx.unit_of_work() as uow:
                uow.audit("idle_lock", "user", self.ctx.actor.user_id)

    def unlock(self, password: str) -> None:
        """Re-enter the signed-in user's password after an idle lock.

        Wrong passwords count toward the lockout like a sign-in; a locked or deactivated
        account signs the actor out, and the app returns to the sign-in dialog.
        """
        actor = self.ctx.require_signed_in()
        with self.ctx.unit_of_work(write=False) as uow:
            known = uow.session.execute(select(User.password_hash).where(
                User.id == actor.user_id)).scalar_one()
        right = verify_password(known, password)
        with self.ctx.unit_of_work() as uow:
            account = _locked_account(uow, actor.user_id)
            if account.password_hash != known:  # reset meanwhile
                right = verify_password(account.password_hash, password)
            failure = _count_attempt(uow, account, right, self.ctx.clock())
            if failure is None:
                _keep_books(uow, account.id, failed_attempts=0)
                uow.audit("unlock", "user", account.id)
        if failure is not None:
            if isinstance(failure, AccountLocked | AccountDeactivated):
                self.ctx.sign_out()
            raise failure

    def change_own_password(self, old_password: str, new_password: str) -> None:
        actor = self.ctx.require_signed_in()
        with self.ctx.unit_of_work() as uow:
            user = uow.session.get(User, actor.user_id)
            if user is None or not verify_password(user.password_hash, old_password):
                raise ValidationError.for_fields(
                    {"old_password": "The current password is not right."})
            check_new_password(uow.session, new_password)
            if new_password == old_password:
                raise ValidationError.for_fields(
                    {"password": "Choose a password different from the current one."})
            user.password_hash = hash_password(new_password)
            user.must_change_password = False
            uow.audit("update", "user", user.id, "changed own password")
            uow.changed(Topic.USER, user.id)
        self.ctx.sign_in(replace(actor, must_change_password=False))


# The account row as sign-in bookkeeping needs it; read under a row lock (see below).
_ACCOUNT = (User.id, User.username, User.full_name, User.role, User.is_active,
            User.password_hash, User.failed_attempts, User.locked_until,
            User.must_change_password)
Account = Row[int, str, str, str, bool, str, int, datetime | None, bool]


def _locked_account(uow: UnitOfWork, user_id: int) -> Account:
    """The account, locked until this unit of work ends.

    Sign-ins on several workstations at once then count one after another: each sees the
    failures the others committed, so none is lost and the fifth locks the account. (On
    SQLite, BEGIN IMMEDIATE already serializes them and FOR UPDATE is left out.)
    """
    return uow.session.execute(
        select(*_ACCOUNT).where(User.id == user_id).with_for_update()).one()


def _keep_books(uow: UnitOfWork, user_id: int, **values: object) -> None:
    """Write sign-in bookkeeping (attempts, lock, last sign-in, a rehash) to the account.

    It is not an edit of the account, so the version stays: an administrator's open edit is
    not refused as stale because its owner signed in, and two sign-ins never conflict.
    """
    uow.session.execute(update(User).where(User.id == user_id).values(**values))


def _count_attempt(uow: UnitOfWork, account: Account, right: bool,
                   now: datetime) -> AuthenticationFailed | None:
    """Audit and count one attempt with a password found ``right`` or not; None if it may
    sign in."""
    user_id, username = account.id, account.username
    if accounts.is_locked(account.locked_until, now):
        uow.audit("login_failed", "user", user_id, "account locked",
                  username=username, user_id=user_id)
        return _locked(account.locked_until)
    if not right:
        # A lock that has run out starts the count afresh.
        failed = (0 if account.locked_until is not None else account.failed_attempts) + 1
        locked_until = accounts.lock_after_failure(failed, now)
        _keep_books(uow, user_id, failed_attempts=failed, locked_until=locked_until)
        uow.audit("login_failed", "user", user_id, "wrong password",
                  username=username, user_id=user_id)
        if locked_until is not None:
            uow.audit("account_locked", "user", user_id, f"{failed} failed sign-ins",
                      username=username, user_id=user_id)
            return _locked(locked_until)
        return AuthenticationFailed(WRONG_CREDENTIALS)
    if not account.is_active:
        uow.audit("login_failed", "user", user_id, "deactivated account",
                  username=username, user_id=user_id)
        return AccountDeactivated(said(
            "Validation", "This account has been deactivated; ask an administrator."))
    return None


def _locked(locked_until: datetime | None) -> AccountLocked:
    assert locked_until is not None
    until = locked_until.astimezone().strftime("%H:%M")
    return AccountLocked(said(
        "Validation", "This account is locked after %1 failed sign-ins. Try again after %2, "
                      "or ask an administrator to reset the password.").arg(
        accounts.MAX_FAILED_ATTEMPTS, until), locked_until.isoformat())
