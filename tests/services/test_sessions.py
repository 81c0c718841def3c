"""A signed-in session acts on its account's rights as they are now, not as at sign-in.

Each test has two workstations on one database: the administrator's and the user's. What
the administrator changes there reaches the user's session at its very next call.
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from coordinator.domain.errors import (
    AccountDeactivated,
    AccountLocked,
    AuthenticationFailed,
    PermissionDenied,
    SessionEnded,
)
from coordinator.domain.roles import Role
from coordinator.services.app import AppServices
from coordinator.services.dto import ClientInput, UserInfo
from coordinator.store.engine import Database
from coordinator.store.models import AuditEvent, Client
from tests.services.helpers import PASSWORD, add_user, admin_services, signed_in

OWN_PASSWORD = "marias-own-password"


def account(admin: AppServices, username: str) -> UserInfo:
    return next(user for user in admin.users.list_users() if user.username == username)


def client_count(database: Database) -> int:
    with database.engine.connect() as connection:
        return connection.execute(select(func.count(Client.id))).scalar_one()


def session_ends(database: Database) -> list[tuple[str, str]]:
    with database.engine.connect() as connection:
        rows = connection.execute(
            select(AuditEvent.username, AuditEvent.detail)
            .where(AuditEvent.action == "session_ended").order_by(AuditEvent.id))
        return [(username, detail) for username, detail in rows]


@pytest.fixture
def admin(database: Database) -> AppServices:
    services = admin_services(database)
    add_user(services, "maria", Role.CASE_MANAGER)
    return services


@pytest.fixture
def maria(database: Database, admin: AppServices) -> AppServices:
    """Maria's workstation: she has chosen her own password and is signed in."""
    services = signed_in(database, "maria")
    services.auth.change_own_password(PASSWORD, OWN_PASSWORD)
    return services


def test_a_case_manager_demoted_to_read_only_is_refused_at_the_next_save(
        database: Database, admin: AppServices, maria: AppServices) -> None:
    maria.clients.create(ClientInput("Dara", "Sok", date(1988, 2, 1)))
    admin.users.change_role(account(admin, "maria").id, Role.READ_ONLY,
                            account(admin, "maria").version)

    with pytest.raises(SessionEnded, match=r"^Your role was changed; sign in again\.$"):
        maria.clients.create(ClientInput("Lan", "Nguyễn", date(1979, 7, 9)))

    assert client_count(database) == 1
    assert maria.actor is None
    # Every later call, a read too, says the same until she signs in again.
    with pytest.raises(SessionEnded, match="Your role was changed"):
        maria.clients.search("")
    assert session_ends(database) == [("maria", "role case_manager -> read_only since sign-in")]

    again = maria.auth.login("maria", OWN_PASSWORD)
    assert again.role is Role.READ_ONLY
    assert [row.family_name for row in maria.clients.search("")] == ["Sok"]
    with pytest.raises(PermissionDenied, match=r"Read-only\) does not allow"):
        maria.clients.create(ClientInput("Lan", "Nguyễn", date(1979, 7, 9)))


def test_a_deactivated_account_is_refused_even_a_read(
        database: Database, admin: AppServices, maria: AppServices) -> None:
    maria.clients.create(ClientInput("Dara", "Sok", date(1988, 2, 1)))
    admin.users.set_active(account(admin, "maria").id, False, account(admin, "maria").version)

    with pytest.raises(SessionEnded,
                       match=r"^This account was deactivated; ask an administrator\.$"):
        maria.clients.search("")

    assert maria.actor is None
    assert session_ends(database) == [("maria", "account deactivated since sign-in")]
    with pytest.raises(AccountDeactivated):
        maria.auth.login("maria", OWN_PASSWORD)


def test_a_raised_role_also_ends_the_session_instead_of_refusing_on_the_old_one(
        database: Database, admin: AppServices) -> None:
    add_user(admin, "rita", Role.READ_ONLY)
    rita = signed_in(database, "rita")
    admin.users.change_role(account(admin, "rita").id, Role.CASE_MANAGER,
                            account(admin, "rita").version)

    with pytest.raises(SessionEnded, match="Your role was changed"):
        rita.clients.create(ClientInput("Dara", "Sok"))

    assert rita.auth.login("rita", PASSWORD).role is Role.CASE_MANAGER
    assert rita.clients.create(ClientInput("Dara", "Sok")).details.family_name == "Sok"


def test_a_password_reset_by_an_administrator_ends_the_session(
        database: Database, admin: AppServices, maria: AppServices) -> None:
    admin.users.reset_password(account(admin, "maria").id, "temporary-pass-2",
                               account(admin, "maria").version)

    with pytest.raises(SessionEnded, match="An administrator reset your password"):
        maria.clients.count()
    assert maria.auth.login("maria", "temporary-pass-2").must_change_password


def test_her_own_password_change_and_a_lockout_elsewhere_keep_the_session(
        database: Database, admin: AppServices, maria: AppServices) -> None:
    maria.auth.change_own_password(OWN_PASSWORD, "another-own-password")
    assert maria.clients.count() == 0

    # Someone at another workstation guesses her password five times: the account locks
    # for new sign-ins, but Maria, who proved hers, keeps working.
    stranger = AppServices(database)
    for _ in range(4):
        with pytest.raises(AuthenticationFailed):
            stranger.auth.login("maria", "guess")
    with pytest.raises(AccountLocked):
        stranger.auth.login("maria", "guess")
    assert maria.clients.create(ClientInput("Dara", "Sok")).details.given_name == "Dara"
    assert session_ends(database) == []


def test_the_administrators_own_session_survives_changing_others(
        database: Database, admin: AppServices, maria: AppServices) -> None:
    maria_account = account(admin, "maria")
    admin.users.change_role(maria_account.id, Role.SUPERVISOR, maria_account.version)
    admin.users.set_active(maria_account.id, False, account(admin, "maria").version)

    assert admin.clients.create(ClientInput("Dara", "Sok")).details.family_name == "Sok"
    assert [user.username for user in admin.users.list_users()] == ["ana", "maria"]


def test_signing_in_does_not_make_an_administrators_open_edit_stale(
        database: Database, admin: AppServices) -> None:
    listed = account(admin, "maria")
    signed_in(database, "maria")  # on her workstation, while the Admin view shows the list
    with pytest.raises(AuthenticationFailed):
        AppServices(database).auth.login("maria", "a wrong password")

    changed = admin.users.change_role(listed.id, Role.SUPERVISOR, listed.version)

    assert changed.role is Role.SUPERVISOR
