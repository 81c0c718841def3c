"""The command line acts only for accounts that are fully set up: a temporary password that
must be replaced is refused (exit 3) with a sentence saying how to replace it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli_helpers import choose_own_password, run
from tests.sqlite_damage import open_db

ADMIN_PASSWORD = "admin-password-1"
TEMPORARY = "temporary-pass-1"
REFUSAL = ("coordinator: The account rita has a temporary password: sign in to the app to "
           "choose a new password, then run this command again.\n")


@pytest.fixture
def db_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
            capsys: pytest.CaptureFixture[str]) -> Path:
    """The administrator 'ana', and 'rita', a case manager she added with a temporary
    password."""
    path = tmp_path / "clinic.sqlite3"
    monkeypatch.setenv("COORDINATOR_NEW_PASSWORD", ADMIN_PASSWORD)
    assert run(capsys, "--db", str(path), "users", "add", "ana", "--role", "admin")[0] == 0
    monkeypatch.setenv("COORDINATOR_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.setenv("COORDINATOR_NEW_PASSWORD", TEMPORARY)
    assert run(capsys, "--db", str(path), "--user", "ana", "users", "add", "rita",
               "--role", "case_manager")[0] == 0
    monkeypatch.setenv("COORDINATOR_PASSWORD", TEMPORARY)
    return path


def audit_actions(db_path: Path, username: str) -> list[str]:
    with open_db(db_path) as connection:
        rows = connection.execute("SELECT action FROM audit_event WHERE username = ? "
                                  "ORDER BY id", (username,)).fetchall()
    connection.close()
    return [action for (action,) in rows]


def test_a_temporary_password_is_refused_by_the_clock_report(
        db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--db", str(db_path), "--user", "rita", "report", "clocks",
                         "--format", "csv")

    assert (code, out, err) == (3, "", REFUSAL)
    # Signed in to find out, and straight out again; nothing was read in between.
    assert audit_actions(db_path, "rita") == ["login", "logout"]


def test_a_temporary_password_is_refused_by_the_directory_export(
        db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "export"
    code, out, err = run(capsys, "--db", str(db_path), "--user", "rita", "export", "hsds",
                         str(folder))

    assert (code, out, err) == (3, "", REFUSAL)
    assert not folder.exists()


def test_once_rita_chose_her_own_password_in_the_app_the_cli_acts_for_her(
        db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    choose_own_password(db_path, "rita", TEMPORARY, "ritas-own-password")
    monkeypatch.setenv("COORDINATOR_PASSWORD", "ritas-own-password")

    code, out, err = run(capsys, "--db", str(db_path), "--user", "rita", "export", "hsds",
                         str(tmp_path / "export"))

    assert (code, err) == (0, "")
    assert out.startswith("Exported ")
