"""The app stores passwords as Argon2id hashes at RFC 9106's low-memory profile."""

from __future__ import annotations

from argon2 import PasswordHasher

from coordinator.services import passwords
from coordinator.services.app import AppServices
from coordinator.store.engine import Database


def test_the_apps_hashes_are_argon2id_at_64_mib_three_passes_and_four_lanes() -> None:
    stored = passwords.DEFAULT_HASHER.hash("correct horse battery staple")

    assert stored.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
    assert passwords.DEFAULT_HASHER.verify(stored, "correct horse battery staple")


def test_a_sign_in_with_a_cheaper_stored_hash_upgrades_it_to_the_apps_profile(
        database: Database) -> None:
    services = AppServices(database)
    services.auth.create_first_admin("ana", "Ana Admin", "admin-password-1")  # cheap hash
    weak = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    before = passwords.use_hasher(passwords.DEFAULT_HASHER)
    try:
        assert passwords.needs_rehash(weak.hash("admin-password-1"))
        services.auth.login("ana", "admin-password-1")
        [stored] = [user.password_hash for user in _accounts(database)]
    finally:
        passwords.use_hasher(before)

    assert stored.startswith("$argon2id$v=19$m=65536,t=3,p=4$")


def _accounts(database: Database) -> list[object]:
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from coordinator.store.models import User

    with Session(database.engine) as session:
        return list(session.scalars(select(User)))
