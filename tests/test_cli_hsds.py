"""``coordinator import hsds PATH`` and ``coordinator export hsds DIR``."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli_helpers import run
from tests.interop.hsds_helpers import SPEC_CSV, SPEC_JSON, copy_spec_package, rewrite_cell
from tests.sqlite_damage import open_db

PASSWORD = "admin-password-1"


@pytest.fixture
def db_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
            capsys: pytest.CaptureFixture[str]) -> Path:
    """A database with the administrator 'ana', who the commands act as."""
    path = tmp_path / "clinic.sqlite3"
    monkeypatch.setenv("COORDINATOR_NEW_PASSWORD", PASSWORD)
    monkeypatch.setenv("COORDINATOR_PASSWORD", PASSWORD)
    assert run(capsys, "--db", str(path), "users", "add", "ana", "--role", "admin")[0] == 0
    return path


def service_names(path: Path) -> list[str]:
    with open_db(path) as connection:
        rows = connection.execute("SELECT name FROM hsds_service ORDER BY name").fetchall()
    connection.close()
    return [name for (name,) in rows]


def test_import_then_export_then_import_again(
        db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--db", str(db_path), "--user", "ana", "import", "hsds",
                         str(SPEC_CSV))
    assert (code, err) == (0, "")
    assert out == ("Imported csv: 12 added, 0 updated, 0 unchanged "
                   "(1 organizations, 1 services, 1 locations).\n")
    assert service_names(db_path) == ["Community Counselling"]
    folder = tmp_path / "export"
    code, out, _ = run(capsys, "--db", str(db_path), "--user", "ana", "export", "hsds",
                       str(folder))
    assert (code, out) == (0, f"Exported 12 rows in 12 tables to {folder}.\n")
    assert (folder / "datapackage.json").is_file()
    code, out, _ = run(capsys, "--db", str(db_path), "--user", "ana", "import", "hsds",
                       str(folder))
    assert (code, out) == (0, "Imported export: 0 added, 0 updated, 12 unchanged "
                              "(1 organizations, 1 services, 1 locations).\n")


def test_a_json_example_imports(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", str(db_path), "--user", "ana", "import", "hsds",
                       str(SPEC_JSON / "organization_full.json"))
    assert code == 0 and out.startswith("Imported organization_full.json: 12 added")


def test_a_bad_package_is_one_sentence_on_stderr_and_exit_1(
        db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    package = copy_spec_package(tmp_path / "package")
    rewrite_cell(package / "services.csv", 2, "assured_date", "15/03/2023")
    code, out, err = run(capsys, "--db", str(db_path), "--user", "ana", "import", "hsds",
                         str(package))
    assert (code, out) == (1, "")
    assert err == ("coordinator: services.csv, row 2, field assured_date: '15/03/2023' is "
                   "not a date (YYYY-MM-DD).\n")
    assert service_names(db_path) == []


def test_importing_needs_a_user(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--db", str(db_path), "import", "hsds", str(SPEC_CSV))
    assert code == 3 and "give --user NAME" in err


@pytest.mark.parametrize(("name", "reason"), [
    ("resources.xlsx", "is neither an HSDS package folder nor a .json file"),
    ("missing.json", "does not exist"),
])
def test_a_path_that_is_not_hsds_is_refused(db_path: Path, tmp_path: Path, name: str,
                                            reason: str,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    if name != "missing.json":
        (tmp_path / name).write_bytes(b"PK\x03\x04")
    code, _, err = run(capsys, "--db", str(db_path), "--user", "ana", "import", "hsds",
                       str(tmp_path / name))
    assert (code, err) == (1, f"coordinator: {name}: {reason}.\n")
