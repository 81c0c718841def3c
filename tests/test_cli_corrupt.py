"""A damaged database file gives one sentence and exit 1 on every command, never a traceback.

The file is a real demo database damaged the way disks and interrupted copies do it: zeros
over one page (of a table none of these commands reads, so only a scan of the whole file
can tell), the file cut in half, emptied, or overwritten with random bytes. Each command
names the file, says how to restore it, and leaves it exactly as it was: ``export
discharge`` writes no PDF and logs no disclosure.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from coordinator.cli import main
from coordinator.demo import generate_demo
from coordinator.store import migrate
from coordinator.store.engine import open_database
from tests.sqlite_damage import KINDS, damage, digest

COMMANDS = {
    "report clocks": ["report", "clocks"],
    "export discharge": ["export", "discharge", "--client", "MRN-000001", "--out", "{out}"],
    "audit verify": ["audit", "verify"],
    "audit checkpoint": ["audit", "checkpoint"],
    "export transfer": ["export", "transfer", "--client", "MRN-000001", "--to", "1",
                        "--out", "{out}"],
    "export hsds": ["export", "hsds", "{out}"],
    "import hsds": ["import", "hsds", "{out}"],
    "screenshot": ["screenshot", "--out", "{out}"],
    "backup": ["backup", "{out}"],
    "users add": ["users", "add", "zed", "--role", "case_manager"],
    "db upgrade": ["db", "upgrade"],
    "demo": ["demo", "--clients", "5"],
}


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 30-client demo database (users 'admin' and 'casemanager', password 'demo')."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    db = open_database(str(path))
    try:
        migrate.upgrade(db)
        generate_demo(db, clients=30, seed=3)
    finally:
        db.dispose()
    return path


@pytest.mark.parametrize(("command", "kind"), [
    (command, kind) for command in sorted(COMMANDS) for kind in KINDS])
def test_every_command_on_a_damaged_file_is_one_sentence_and_changes_nothing(
        demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str], command: str, kind: str) -> None:
    path = tmp_path / "clinic.sqlite3"
    shutil.copyfile(demo_file, path)
    shutil.copyfile(demo_file.with_name(f"{demo_file.name}-audit-anchor"),
                    path.with_name(f"{path.name}-audit-anchor"))
    damage(path, kind, table="hsds_schedule")
    before = digest(path)
    out = tmp_path / "out.file"
    monkeypatch.setenv("COORDINATOR_PASSWORD", "demo")
    monkeypatch.setenv("COORDINATOR_NEW_PASSWORD", "password-for-zed")
    monkeypatch.setenv("COORDINATOR_BACKUP_PASSPHRASE", "long enough backup passphrase")
    argv = [part.replace("{out}", str(out)) for part in COMMANDS[command]]

    code = main(["--db", str(path), "--user", "admin", *argv])

    printed, err = capsys.readouterr()
    assert (code, printed) == (1, "")
    assert err.count("\n") == 1 and err.startswith("coordinator: ")
    assert str(path) in err
    if not command.startswith("audit "):
        assert f"'coordinator --db {path} restore BACKUP_FILE'" in err
    elif kind in ("empty", "random bytes"):
        # audit verify says in its own words that there is no Coordinator database there
        assert "not a Coordinator database" in err
    else:
        assert "restore it from a backup" in err or "restore the latest good backup" in err
    assert digest(path) == before
    assert sorted(item.name for item in tmp_path.iterdir()) == [
        "clinic.sqlite3", "clinic.sqlite3-audit-anchor"]  # no PDF, backup or leftovers
