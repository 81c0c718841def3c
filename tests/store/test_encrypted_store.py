"""The SQLite store encrypted at rest: what a copied file shows, where its key comes from,
the recovery passphrase on another workstation, converting a plain file, and sentences for
a missing or damaged key."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import date
from pathlib import Path

import keyring
import keyring.backend
import pytest

from coordinator.cli import main
from coordinator.domain.errors import DatabaseLocked
from coordinator.services import encryption
from coordinator.services.app import AppServices
from coordinator.services.dto import ClientInput
from coordinator.store import cipher, migrate
from coordinator.store.cipher import KEY_FOLDER_VAR, KeyStore
from coordinator.store.engine import open_database
from tests.cli_helpers import run
from tests.services.helpers import ADMIN_PASSWORD

NAME = "Zephyrine Quaglia-Oduya"


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A credential store that lives in this process: one workstation's keychain."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.entries.pop((service, username), None)


@pytest.fixture
def workstation(monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    """The operating system's credential store (a keyring backend), not the tests' key
    folder."""
    monkeypatch.delenv(KEY_FOLDER_VAR)
    previous = keyring.get_keyring()
    store = MemoryKeyring()
    keyring.set_keyring(store)
    yield store
    keyring.set_keyring(previous)


def new_clinic(path: Path) -> None:
    db = open_database(str(path))
    migrate.upgrade(db)
    services = AppServices(db)
    services.auth.create_first_admin("ana", "Ana Admin", ADMIN_PASSWORD)
    services.auth.login("ana", ADMIN_PASSWORD)
    given, family = NAME.split(" ")
    services.clients.create(ClientInput(given, family, date(1990, 5, 17)))
    services.close()


def family_names(path: Path) -> list[str]:
    services = AppServices(open_database(str(path)))
    try:
        services.auth.login("ana", ADMIN_PASSWORD)
        return [row.family_name for row in services.clients.search("")]
    finally:
        services.close()


def test_a_new_database_is_unreadable_without_its_key_and_holds_no_name_in_plain(
        workstation: MemoryKeyring, tmp_path: Path) -> None:
    path = tmp_path / "clinic.sqlite3"
    new_clinic(path)

    with closing(sqlite3.connect(path)) as plain, pytest.raises(
            sqlite3.DatabaseError, match="file is not a database"):
        plain.execute("SELECT count(*) FROM sqlite_master").fetchone()
    for part in tmp_path.iterdir():  # the file, and any log or copy beside it
        data = part.read_bytes()
        assert b"Quaglia" not in data and "Quaglia".encode("utf-16-le") not in data
    # The key is in the workstation's credential store, under the file's salt.
    assert [username for _, username in workstation.entries] == [path.read_bytes()[:16].hex()]
    assert family_names(path) == ["Quaglia-Oduya"]


def test_the_recovery_passphrase_opens_it_on_another_workstation(
        workstation: MemoryKeyring, tmp_path: Path) -> None:
    path = tmp_path / "clinic.sqlite3"
    new_clinic(path)
    code = encryption.recovery_code(path)
    assert code is not None and len(code) == 35

    workstation.entries.clear()  # another workstation: an empty credential store
    with pytest.raises(DatabaseLocked) as locked:
        open_database(str(path))
    assert str(locked.value).startswith(
        f"{path} is encrypted and this workstation holds no key for it. Unlock it with its "
        f"recovery passphrase ('coordinator --db {path} db unlock')")
    with pytest.raises(Exception, match="The passphrase does not open"):
        encryption.unlock(path, "not the recovery code at all")

    encryption.unlock(path, code.lower().replace("-", " "))  # typed loosely

    assert family_names(path) == ["Quaglia-Oduya"]


def test_a_passphrase_of_the_administrators_own_replaces_the_code(
        workstation: MemoryKeyring, tmp_path: Path) -> None:
    path = tmp_path / "clinic.sqlite3"
    new_clinic(path)
    code = encryption.recovery_code(path)
    assert code is not None

    encryption.change_recovery_passphrase(path, "harbor lantern cobalt seven")

    assert encryption.recovery_code(path) is None
    assert family_names(path) == ["Quaglia-Oduya"]
    workstation.entries.clear()
    with pytest.raises(Exception, match="The passphrase does not open"):
        encryption.unlock(path, code)
    encryption.unlock(path, "harbor lantern cobalt seven")
    assert family_names(path) == ["Quaglia-Oduya"]


def test_a_damaged_key_entry_is_one_sentence_naming_the_way_out(
        workstation: MemoryKeyring, tmp_path: Path) -> None:
    path = tmp_path / "clinic.sqlite3"
    new_clinic(path)
    (entry,) = workstation.entries
    workstation.entries[entry] = "{not json"

    with pytest.raises(DatabaseLocked) as locked:
        open_database(str(path))

    assert str(locked.value) == (
        f"The key for {path} kept on this workstation is damaged; unlock it with its "
        f"recovery passphrase ('coordinator --db {path} db unlock') or ask your "
        "administrator.")


def test_a_wrong_key_entry_is_one_sentence_and_nothing_is_written(
        workstation: MemoryKeyring, tmp_path: Path) -> None:
    path = tmp_path / "clinic.sqlite3"
    new_clinic(path)
    before = path.read_bytes()
    salt = before[:16]
    KeyStore().save(cipher.derive("some other passphrase", salt), None)

    with pytest.raises(DatabaseLocked, match="The key kept on this workstation does not open"):
        open_database(str(path))

    assert path.read_bytes() == before


@pytest.fixture(scope="module")
def plain_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A plain 2,000-client demo database, as Coordinator made them before encryption."""
    path = tmp_path_factory.mktemp("plain") / "demo.sqlite3"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(cipher.ENCRYPTION_VAR, "off")
        assert main(["--db", str(path), "demo", "--clients", "2000"]) == 0
    assert cipher.is_plain(path)
    return path


def test_db_encrypt_keeps_every_row_and_the_audit_chain_of_a_2000_client_demo(
        plain_demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "clinic.sqlite3"
    path.write_bytes(plain_demo.read_bytes())
    anchor = plain_demo.with_name(f"{plain_demo.name}-audit-anchor")
    path.with_name(f"{path.name}-audit-anchor").write_bytes(anchor.read_bytes())
    monkeypatch.setenv("COORDINATOR_PASSWORD", "demo")
    with closing(sqlite3.connect(path)) as plain:
        before, _ = encryption.snapshot(plain)
    assert before["client"] == 2000

    code, out, err = run(capsys, "--db", str(path), "--user", "admin", "db", "encrypt")

    assert (code, err) == (0, "")
    assert not cipher.is_plain(path)
    assert "the copy was checked against the original" in out
    recovery = out.split("Recovery code: ")[1].split("\n")[0]
    assert len(recovery) == 35
    with closing(cipher.open_file(path)) as encrypted:
        after, _ = encryption.snapshot(encrypted)
        assert encrypted.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    # Every table as it was, but for the audit event that records the conversion itself.
    assert after == {**before, "audit_event": before["audit_event"] + 2}
    assert run(capsys, "--db", str(path), "audit", "verify")[0] == 0
    assert sorted(part.name for part in tmp_path.iterdir()) == [
        "clinic.sqlite3", "clinic.sqlite3-audit-anchor"]  # the plain file is gone


def test_an_encrypted_backup_restores_only_with_its_passphrase(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "clinic.sqlite3"
    new_clinic(path)
    backup = tmp_path / "monday.sqlite3"
    monkeypatch.setenv("COORDINATOR_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.setenv("COORDINATOR_BACKUP_PASSPHRASE", "juniper quarry violet nine")
    assert run(capsys, "--db", str(path), "--user", "ana", "backup", str(backup))[0] == 0
    assert b"Quaglia" not in backup.read_bytes()
    with closing(sqlite3.connect(backup)) as plain, pytest.raises(sqlite3.DatabaseError):
        plain.execute("SELECT count(*) FROM sqlite_master").fetchone()
    before = path.read_bytes()

    monkeypatch.setenv("COORDINATOR_BACKUP_PASSPHRASE", "juniper quarry violet ten")
    code, out, err = run(capsys, "--db", str(path), "--user", "ana", "restore", str(backup))

    assert (code, out) == (1, "")
    assert err == (f"coordinator: The passphrase does not open {backup}: use the one chosen "
                   "when the backup was made (or the database's recovery passphrase, if that "
                   "was used); nothing was restored.\n")
    assert path.read_bytes() == before

    monkeypatch.setenv("COORDINATOR_BACKUP_PASSPHRASE", "juniper quarry violet nine")
    code, out, _ = run(capsys, "--db", str(path), "--user", "ana", "restore", str(backup))
    assert code == 0 and "It holds 1 clients" in out
    assert family_names(path) == ["Quaglia-Oduya"]


def test_a_backup_passphrase_too_short_is_refused_and_nothing_is_written(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "clinic.sqlite3"
    new_clinic(path)
    monkeypatch.setenv("COORDINATOR_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.setenv("COORDINATOR_BACKUP_PASSPHRASE", "short")

    code, _, err = run(capsys, "--db", str(path), "--user", "ana", "backup",
                       str(tmp_path / "b.sqlite3"))

    assert code == 1
    assert err == ("coordinator: Choose a backup passphrase of at least 10 characters (a few "
                   "unrelated words are easy to keep); nothing was written.\n")
    assert not (tmp_path / "b.sqlite3").exists()


def test_a_plain_file_given_to_unlock_is_one_sentence_and_exit_1(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "plain.sqlite3"
    monkeypatch.setenv(cipher.ENCRYPTION_VAR, "off")
    new_clinic(path)
    before = path.read_bytes()
    monkeypatch.setenv("COORDINATOR_RECOVERY_PASSPHRASE", "whatever it may be")

    code, out, err = run(capsys, "--db", str(path), "db", "unlock")

    assert (code, out, err) == (1, "", f"coordinator: {path} is not encrypted; it needs no "
                                       "key.\n")
    assert path.read_bytes() == before


def test_db_encrypt_is_refused_while_another_connection_has_the_file_open(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "plain.sqlite3"
    monkeypatch.setenv(cipher.ENCRYPTION_VAR, "off")
    new_clinic(path)
    monkeypatch.setenv("COORDINATOR_PASSWORD", ADMIN_PASSWORD)
    other = AppServices(open_database(str(path)))  # another workstation, signed in
    other.auth.login("ana", ADMIN_PASSWORD)
    try:
        code, _, err = run(capsys, "--db", str(path), "--user", "ana", "db", "encrypt")
    finally:
        other.close()

    assert code == 1
    assert err == (f"coordinator: Another workstation or program has {path} open; close "
                   "Coordinator everywhere else and run the command again (nothing was "
                   "changed).\n")
    assert cipher.is_plain(path)
    assert family_names(path) == ["Quaglia-Oduya"]
