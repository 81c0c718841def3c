"""Signing in and out, the first administrator, lockout and the idle-lock unlock."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from functools import cache

from sqlalchemy import func, select

from coordinator.domain import accounts
from coordinator.domain.errors import (
    AccountDeactivated,
    AccountLocked,
    AuthenticationFailed,
    Conflict,
    ValidationError,
)
from coordinator.domain.roles import Role
from coordinator.services.context import Actor, ServiceContext, UnitOfWork
from coordinator.services.dto import UserInfo
from coordinator.services.passwords import hash_password, needs_rehash, verify_password
from coordinator.services.users import check_new_password, user_info
from coordinator.store.models import User

WRONG_CREDENTIALS = "The user name or password is not right."
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
            uow.changed("user", user.id)
            return user_info(user)

    def login(self, username: str, password: str) -> Actor:
        """Sign in; sets the context's actor. Failures are counted and audited."""
        username = username.strip().lower()
        failure: AuthenticationFailed | None = None
        with self.ctx.unit_of_work() as uow:
            now = self.ctx.clock()
            user = uow.session.execute(
                select(User).where(User.username == username)).scalar_one_or_none()
            if user is None:
                verify_password(_dummy_hash(), password)
                uow.audit("login_failed", "user", "", "unknown user name", username=username)
                failure = AuthenticationFailed(WRONG_CREDENTIALS)
            else:
                failure = self._check(uow, user, password, now)
            if failure is None and user is not None:
                user.failed_attempts = 0
                user.locked_until = None
                user.last_login_at = now
                if needs_rehash(user.password_hash):
                    user.password_hash = hash_password(password)
                actor = Actor(user.id, user.username, user.full_name, Role(user.role),
                              user.must_change_password)
                uow.audit("login", "user", user.id, username=user.username, user_id=user.id)
        if failure is not None:
            raise failure
        self.ctx.actor = actor
        return actor

    def _check(self, uow: UnitOfWork, user: User, password: str,
               now: datetime) -> AuthenticationFailed | None:
        if accounts.is_locked(user.locked_until, now):
            uow.audit("login_failed", "user", user.id, "account locked",
                      username=user.username, user_id=user.id)
            return _locked(user)
        if not verify_password(user.password_hash, password):
            if user.locked_until is not None:  # an earlier lock has run out: start afresh
                user.locked_until = None
                user.failed_attempts = 0
            user.failed_attempts += 1
            user.locked_until = accounts.lock_after_failure(user.failed_attempts, now)
            uow.audit("login_failed", "user", user.id, "wrong password",
                      username=user.username, user_id=user.id)
            if user.locked_until is not None:
                uow.audit("account_locked", "user", user.id,
                          f"{user.failed_attempts} failed sign-ins",
                          username=user.username, user_id=user.id)
                return _locked(user)
            return AuthenticationFailed(WRONG_CREDENTIALS)
        if not user.is_active:
            uow.audit("login_failed", "user", user.id, "deactivated account",
                      username=user.username, user_id=user.id)
            return AccountDeactivated(
                "This account has been deactivated; ask an administrator.")
        return None

    def logout(self) -> None:
        actor = self.ctx.actor
        if actor is None:
            return
        with self.ctx.unit_of_work() as uow:
            uow.audit("logout", "user", actor.user_id)
        self.ctx.actor = None

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
        failure: AuthenticationFailed | None = None
        with self.ctx.unit_of_work() as uow:
            user = uow.session.get(User, actor.user_id)
            if user is None:
                failure = AuthenticationFailed(WRONG_CREDENTIALS)
            else:
                failure = self._check(uow, user, password, self.ctx.clock())
                if failure is None:
                    user.failed_attempts = 0
                    uow.audit("unlock", "user", user.id)
        if failure is not None:
            if isinstance(failure, AccountLocked | AccountDeactivated):
                self.ctx.actor = None
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
            uow.changed("user", user.id)
        self.ctx.actor = replace(actor, must_change_password=False)


def _locked(user: User) -> AccountLocked:
    assert user.locked_until is not None
    until = user.locked_until.astimezone().strftime("%H:%M")
    return AccountLocked(
        f"This account is locked after {accounts.MAX_FAILED_ATTEMPTS} failed sign-ins. "
        f"Try again after {until}, or ask an administrator to reset the password.",
        user.locked_until.isoformat())
