"""User accounts: add, deactivate, reset a password, change a role (administrators only)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coordinator.domain import accounts
from coordinator.domain.errors import Conflict, ValidationError
from coordinator.domain.roles import Permission, Role
from coordinator.services.context import ServiceContext, load, stale_conflict
from coordinator.services.dto import UserInfo
from coordinator.services.notify import Topic
from coordinator.services.passwords import hash_password
from coordinator.services.settings import is_demo_database
from coordinator.store.models import User


def check_new_password(session: Session, password: str) -> None:
    """Refuse a weak password; demo databases accept the documented password "demo"."""
    problem = accounts.password_problem(password, allow_short=is_demo_database(session))
    if problem:
        raise ValidationError.for_fields({"password": problem})


def user_info(user: User) -> UserInfo:
    return UserInfo(user.id, user.username, user.full_name, Role(user.role), user.is_active,
                    user.locked_until, user.last_login_at, user.version)


class UserService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def list_users(self, *, include_inactive: bool = True) -> list[UserInfo]:
        """Everyone signed-in users may pick as a case manager (all roles may read this)."""
        self.ctx.require_signed_in()
        with self.ctx.unit_of_work(write=False) as uow:
            query = select(User).order_by(User.full_name)
            if not include_inactive:
                query = query.where(User.is_active.is_(True))
            return [user_info(user) for user in uow.session.execute(query).scalars()]

    def case_managers(self) -> list[UserInfo]:
        """Active users who can carry a caseload."""
        return [user for user in self.list_users(include_inactive=False)
                if user.role in (Role.CASE_MANAGER, Role.SUPERVISOR, Role.ADMIN)]

    def add_user(self, username: str, full_name: str, role: Role, password: str) -> UserInfo:
        self.ctx.require(Permission.MANAGE_USERS)
        username = username.strip().lower()
        problems: dict[str, str] = {}
        if problem := accounts.username_problem(username):
            problems["username"] = problem
        if not full_name.strip():
            problems["full_name"] = "Enter the person's full name."
        if problems:
            raise ValidationError.for_fields(problems)
        with self.ctx.unit_of_work() as uow:
            check_new_password(uow.session, password)
            taken = uow.session.execute(
                select(User.id).where(User.username == username)).scalar_one_or_none()
            if taken is not None:
                raise ValidationError.for_fields(
                    {"username": f"The user name '{username}' is already taken."})
            user = User(username=username, full_name=full_name.strip(), role=role.value,
                        password_hash=hash_password(password), must_change_password=True)
            uow.session.add(user)
            uow.session.flush()
            uow.audit("create", "user", user.id, f"{username} as {role.value}")
            uow.changed(Topic.USER, user.id)
            return user_info(user)

    def set_active(self, user_id: int, active: bool, expected_version: int) -> UserInfo:
        """Deactivate (or reactivate) an account; users are never deleted."""
        actor = self.ctx.require(Permission.MANAGE_USERS)
        with self.ctx.unit_of_work() as uow:
            user = _load(uow.session, user_id, expected_version)
            if not active:
                if user.id == actor.user_id:
                    raise Conflict("You cannot deactivate your own account.")
                _keep_an_admin(uow.session, user)
            user.is_active = active
            uow.audit("update", "user", user.id, "reactivated" if active else "deactivated")
            uow.changed(Topic.USER, user.id)
            uow.session.flush()
            return user_info(user)

    def change_role(self, user_id: int, role: Role, expected_version: int) -> UserInfo:
        self.ctx.require(Permission.MANAGE_USERS)
        with self.ctx.unit_of_work() as uow:
            user = _load(uow.session, user_id, expected_version)
            if role is not Role.ADMIN:
                _keep_an_admin(uow.session, user)
            old = user.role
            user.role = role.value
            uow.audit("update", "user", user.id, f"role {old} -> {role.value}")
            uow.changed(Topic.USER, user.id)
            uow.session.flush()
            return user_info(user)

    def reset_password(self, user_id: int, new_password: str,
                       expected_version: int) -> UserInfo:
        """Set a temporary password; it also lifts a lockout."""
        self.ctx.require(Permission.MANAGE_USERS)
        with self.ctx.unit_of_work() as uow:
            user = _load(uow.session, user_id, expected_version)
            check_new_password(uow.session, new_password)
            user.password_hash = hash_password(new_password)
            user.failed_attempts = 0
            user.locked_until = None
            user.must_change_password = True
            uow.audit("update", "user", user.id, "password reset")
            uow.changed(Topic.USER, user.id)
            uow.session.flush()
            return user_info(user)


def _load(session: Session, user_id: int, expected_version: int) -> User:
    user = load(session, User, user_id, "user account")
    if user.version != expected_version:
        raise stale_conflict()
    return user


def _keep_an_admin(session: Session, user: User) -> None:
    if user.role != Role.ADMIN.value or not user.is_active:
        return
    admins = session.execute(
        select(func.count(User.id)).where(User.role == Role.ADMIN.value,
                                          User.is_active.is_(True))).scalar_one()
    if admins <= 1:
        raise Conflict("This is the only active administrator; make someone else an "
                       "administrator first.")
