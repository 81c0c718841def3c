"""The command line: exit codes, one-line reasons, and acting as a user."""

from __future__ import annotations

from pathlib import Path

import pytest

from coordinator.cli import main
from coordinator.store.migrate import head_revision
from tests.cli_helpers import choose_own_password, run
from tests.sqlite_damage import open_db

ADMIN_PASSWORD = "admin-password-1"


@pytest.fixture
def db_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
            capsys: pytest.CaptureFixture[str]) -> Path:
    """A database with the administrator 'ana', created through the CLI itself."""
    path = tmp_path / "clinic.sqlite3"
    monkeypatch.setenv("COORDINATOR_NEW_PASSWORD", ADMIN_PASSWORD)
    code, out, _ = run(capsys, "--db", str(path), "users", "add", "ana", "--role", "admin",
                       "--full-name", "Ana Admin")
    assert (code, out) == (0, "Added ana (Administrator).\n")
    return path


def test_db_upgrade_creates_and_then_reports_up_to_date(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "new.sqlite3"
    code, out, _ = run(capsys, "--db", str(path), "db", "upgrade")
    head = head_revision()
    assert code == 0 and out.startswith(f"Upgraded the schema from empty to {head}")
    code, out, _ = run(capsys, "--db", str(path), "db", "upgrade")
    assert (code, out) == (0, f"The database is up to date (schema {head}).\n")


def test_a_folder_that_does_not_exist_is_one_sentence_and_exit_1(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "no-such-folder"
    code, out, err = run(capsys, "--db", str(missing / "x.sqlite3"), "audit", "verify")
    assert code == 1 and out == ""
    assert err == f"coordinator: The folder {missing} does not exist.\n"
    assert not missing.exists()


def test_a_file_that_is_not_a_database_is_refused_untouched(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("Call Dara's sister on Monday.\n")
    code, _, err = run(capsys, "--db", str(notes), "db", "upgrade")
    assert code == 1
    assert err == (f"coordinator: {notes} is not a Coordinator database (not a SQLite file); "
                   "if it was one, it is damaged: restore the latest good backup with "
                   f"'coordinator --db {notes} restore BACKUP_FILE'.\n")
    assert notes.read_text() == "Call Dara's sister on Monday.\n"


def test_an_unreachable_server_is_one_sentence(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--db", "postgresql://nobody@127.0.0.1:1/clinic", "db",
                       "upgrade")
    assert code == 1
    assert err.startswith("coordinator: Cannot reach the database server at 127.0.0.1:1")
    assert err.count("\n") == 1


def test_adding_users_acts_as_an_admin_and_refuses_others(
        db_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("COORDINATOR_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.setenv("COORDINATOR_NEW_PASSWORD", "reader-password")
    code, out, _ = run(capsys, "--db", str(db_path), "--user", "ana", "users", "add", "rita",
                       "--role", "read-only")
    assert (code, out) == (0, "Added rita (Read-only).\n")

    # Rita replaces her temporary password in the app first (the CLI refuses until then).
    choose_own_password(db_path, "rita", "reader-password", "ritas-own-password")
    monkeypatch.setenv("COORDINATOR_PASSWORD", "ritas-own-password")
    code, _, err = run(capsys, "--db", str(db_path), "--user", "rita", "users", "add", "eve",
                       "--role", "admin")
    assert code == 3
    assert err == ("coordinator: Your role (Read-only) does not allow you to manage user "
                   "accounts.\n")

    monkeypatch.setenv("COORDINATOR_PASSWORD", "wrong")
    code, _, err = run(capsys, "--db", str(db_path), "--user", "ana", "users", "add", "eve",
                       "--role", "admin")
    assert (code, err) == (1, "coordinator: The user name or password is not right.\n")


def test_bad_usage_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["users", "add", "eve", "--role", "nurse"])
    assert exited.value.code == 2
    assert "Unknown role 'nurse'" in capsys.readouterr().err


def test_audit_verify_names_a_tampered_event(
        db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", str(db_path), "audit", "verify")
    assert (code, out.splitlines()[0]) == (0, "The audit trail is intact: 1 event checked.")
    with open_db(db_path) as connection:
        # The table refuses edits; someone with the sqlite3 tool drops the guard first.
        connection.execute("DROP TRIGGER audit_event_no_update")
        connection.execute("UPDATE audit_event SET username = 'mallory' WHERE id = 1")
    connection.close()
    code, _, err = run(capsys, "--db", str(db_path), "audit", "verify")
    assert code == 1
    assert err == ("coordinator: the audit trail fails verification: event 1 was altered "
                   "after it was written.\n")
