"""Signing in: first administrator, wrong passwords, lockout, deactivation, idle unlock."""

from __future__ import annotations

import pytest

from coordinator.domain.errors import (
    AccountDeactivated,
    AccountLocked,
    AuthenticationFailed,
    Conflict,
    PermissionDenied,
    ValidationError,
)
from coordinator.domain.roles import Role
from coordinator.services.app import AppServices
from coordinator.store.engine import Database
from tests.services.helpers import (
    ADMIN_PASSWORD,
    PASSWORD,
    SteppingClock,
    add_user,
    admin_services,
    signed_in,
)


def audit_actions(services: AppServices) -> list[str]:
    return [entry.action for entry in reversed(services.audit.recent())]


def test_a_new_database_has_no_users_until_the_first_administrator(database: Database) -> None:
    services = AppServices(database)
    assert not services.auth.has_users()
    with pytest.raises(ValidationError) as refused:
        services.auth.create_first_admin("ana", "Ana Admin", "short")
    assert "at least 8 characters" in refused.value.fields["password"]
    assert not services.auth.has_users()

    services.auth.create_first_admin("Ana", "Ana Admin", ADMIN_PASSWORD)
    assert services.auth.has_users()
    with pytest.raises(Conflict, match="already has users"):
        services.auth.create_first_admin("bob", "Bob Other", ADMIN_PASSWORD)
    actor = services.auth.login("ana", ADMIN_PASSWORD)
    assert actor.role is Role.ADMIN


def test_wrong_password_and_unknown_user_give_the_same_answer(database: Database) -> None:
    services = admin_services(database)
    stranger = AppServices(database)
    with pytest.raises(AuthenticationFailed) as wrong:
        stranger.auth.login("ana", "not-the-password")
    with pytest.raises(AuthenticationFailed) as unknown:
        stranger.auth.login("nobody", "whatever")
    assert str(wrong.value) == str(unknown.value) == "The user name or password is not right."
    assert stranger.actor is None
    assert audit_actions(services)[-2:] == ["login_failed", "login_failed"]


def test_five_failures_lock_the_account_for_fifteen_minutes(database: Database) -> None:
    clock = SteppingClock()
    admin = admin_services(database, clock)
    add_user(admin, "maria", Role.CASE_MANAGER)
    workstation = AppServices(database, clock=clock)
    for _ in range(4):
        with pytest.raises(AuthenticationFailed) as failure:
            workstation.auth.login("maria", "wrong")
        assert not isinstance(failure.value, AccountLocked)
    with pytest.raises(AccountLocked, match="locked after 5 failed sign-ins"):
        workstation.auth.login("maria", "wrong")
    # Even the right password is refused while locked ...
    clock.advance(minutes=14)
    with pytest.raises(AccountLocked):
        workstation.auth.login("maria", PASSWORD)
    # ... and accepted once the 15 minutes are over.
    clock.advance(minutes=1)
    assert workstation.auth.login("maria", PASSWORD).username == "maria"
    assert "account_locked" in audit_actions(admin)


def test_a_password_reset_lifts_the_lock(database: Database) -> None:
    clock = SteppingClock()
    admin = admin_services(database, clock)
    add_user(admin, "maria", Role.CASE_MANAGER)
    workstation = AppServices(database, clock=clock)
    for _ in range(5):
        with pytest.raises(AuthenticationFailed):
            workstation.auth.login("maria", "wrong")
    maria = next(u for u in admin.users.list_users() if u.username == "maria")
    assert maria.locked_until is not None
    admin.users.reset_password(maria.id, "fresh-password-2", maria.version)
    assert workstation.auth.login("maria", "fresh-password-2").username == "maria"


def test_a_deactivated_user_cannot_sign_in(database: Database) -> None:
    admin = admin_services(database)
    add_user(admin, "maria", Role.CASE_MANAGER)
    maria = next(u for u in admin.users.list_users() if u.username == "maria")
    admin.users.set_active(maria.id, False, maria.version)
    with pytest.raises(AccountDeactivated, match="deactivated"):
        AppServices(database).auth.login("maria", PASSWORD)


def test_idle_unlock_needs_the_signed_in_users_password(database: Database) -> None:
    clock = SteppingClock()
    admin = admin_services(database, clock)
    add_user(admin, "maria", Role.CASE_MANAGER)
    maria = signed_in(database, "maria", clock)
    maria.auth.record_idle_lock()
    with pytest.raises(AuthenticationFailed):
        maria.auth.unlock("wrong")
    assert maria.actor is not None  # still signed in, still locked
    maria.auth.unlock(PASSWORD)
    for _ in range(4):
        with pytest.raises(AuthenticationFailed):
            maria.auth.unlock("wrong")
    # The fifth wrong password in a row locks the account and signs maria out.
    with pytest.raises(AccountLocked):
        maria.auth.unlock("wrong")
    assert maria.actor is None
    with pytest.raises(PermissionDenied, match="Sign in first"):
        maria.clients.search("")
    actions = audit_actions(admin)
    assert "idle_lock" in actions and "unlock" in actions
    assert actions[-2:] == ["login_failed", "account_locked"]


def test_logout_is_audited_and_ends_access(database: Database) -> None:
    admin = admin_services(database)
    admin.auth.logout()
    assert admin.actor is None
    with pytest.raises(PermissionDenied):
        admin.users.list_users()
    again = signed_in(database, "ana", password=ADMIN_PASSWORD)
    actions = audit_actions(again)
    assert actions[-2:] == ["logout", "login"]
