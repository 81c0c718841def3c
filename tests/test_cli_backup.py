"""``coordinator backup`` and ``coordinator restore``: what they print, and a disk that is
full or refuses the file, in one line with nothing half-written left behind.

The full disk is a real one: a 256 KB tmpfs mounted in a private mount namespace
(``unshare``, as root in CI or through a user namespace elsewhere), where the backup runs.
A file-size limit (``RLIMIT_FSIZE``, in a child process) makes the disk refuse the copy
part-way instead of up front.
"""

from __future__ import annotations

import os
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from coordinator.services.audit_anchor import anchor_path
from tests.cli_helpers import run
from tests.sqlite_damage import BACKUP_PASSPHRASE, damage, digest, open_db, root_page, zero_page

ADMIN_PASSWORD = "admin-password-1"
REPOSITORY = Path(__file__).resolve().parents[1]


def usernames(path: Path) -> list[str]:
    with closing(open_db(path)) as connection:
        return [str(row[0]) for row in connection.execute(
            "SELECT username FROM app_user ORDER BY id")]


@pytest.fixture
def clinic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
           capsys: pytest.CaptureFixture[str]) -> Path:
    """A database with the administrator 'ana', backed up as monday.sqlite3, and then the
    case manager 'tom' added."""
    path = tmp_path / "clinic.sqlite3"
    monkeypatch.setenv("COORDINATOR_NEW_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.setenv("COORDINATOR_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.setenv("COORDINATOR_BACKUP_PASSPHRASE", BACKUP_PASSPHRASE)
    assert run(capsys, "--db", str(path), "users", "add", "ana", "--role", "admin")[0] == 0
    copy = tmp_path / "monday.sqlite3"
    code, out, _ = run(capsys, "--db", str(path), "--user", "ana", "backup", str(copy))
    assert (code, out) == (0, f"Backed up to {copy}, encrypted with the passphrase; keep the "
                              "passphrase apart from the file.\n")
    monkeypatch.setenv("COORDINATOR_NEW_PASSWORD", "another-password")
    assert run(capsys, "--db", str(path), "--user", "ana", "users", "add", "tom",
               "--role", "case_manager")[0] == 0
    return path


def test_a_backup_is_one_file_with_its_anchor_and_nothing_else(clinic: Path) -> None:
    folder = clinic.parent
    assert sorted(path.name for path in folder.iterdir() if "monday" in path.name) == [
        "monday.sqlite3", "monday.sqlite3-audit-anchor"]
    with closing(open_db(folder / "monday.sqlite3")) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("delete",)


def test_restore_prints_what_the_backup_holds_and_brings_back_its_state(
        clinic: Path, capsys: pytest.CaptureFixture[str]) -> None:
    copy = clinic.parent / "monday.sqlite3"

    code, out, err = run(capsys, "--db", str(clinic), "--user", "ana", "restore", str(copy))

    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].startswith("Checked monday.sqlite3: every page intact, schema ")
    assert lines[0].endswith(", audit trail intact.")
    # create ana, then the backup's sign-in; the restore's sign-in stays in the copy kept
    # aside, and the restore itself is added
    assert lines[1].startswith("It holds 0 clients, 0 episodes, 0 referrals, 0 assessments, "
                               "0 notes, 0 disclosures, 1 user accounts, 3 audit events; "
                               "the latest event is from ")
    kept = sorted(clinic.parent.glob("clinic.before-restore-*.sqlite3"))
    assert len(kept) == 1
    assert lines[2] == (f"Restored the database from {copy}; the database it replaced is "
                        f"kept as {kept[0]}.")
    assert len(lines) == 3
    assert usernames(clinic) == ["ana"]
    assert usernames(kept[0]) == ["ana", "tom"]
    assert anchor_path(kept[0]).is_file()
    assert run(capsys, "--db", str(clinic), "audit", "verify")[0] == 0
    assert run(capsys, "--db", str(kept[0]), "audit", "verify")[0] == 0


def test_a_damaged_backup_is_refused_in_one_line_and_nothing_is_written(
        clinic: Path, capsys: pytest.CaptureFixture[str]) -> None:
    copy = clinic.parent / "monday.sqlite3"
    zero_page(copy, root_page(copy, "app_user"))
    before = digest(clinic)

    code, out, err = run(capsys, "--db", str(clinic), "--user", "ana", "restore", str(copy))

    assert (code, out) == (1, "")
    assert err.startswith(f"coordinator: {copy} is damaged (")
    assert err.endswith("; it was not restored.\n") and err.count("\n") == 1
    assert digest(clinic) == before  # not even the sign-in was written
    assert not list(clinic.parent.glob("*before-restore*"))


@pytest.mark.parametrize("kind", ["zeroed page", "truncated", "empty", "random bytes"])
def test_a_damaged_live_file_is_restored_by_an_administrator_of_the_backup(
        clinic: Path, capsys: pytest.CaptureFixture[str], kind: str) -> None:
    damage(clinic, kind, table="app_user")
    code, out, err = run(capsys, "--db", str(clinic), "--user", "ana", "restore",
                         str(clinic.parent / "monday.sqlite3"))
    assert (code, err) == (0, "")
    assert out.splitlines()[1].startswith("It holds 0 clients")
    assert usernames(clinic) == ["ana"]
    code, out, _ = run(capsys, "--db", str(clinic), "audit", "verify")
    assert (code, out.splitlines()[0]) == (0, "The audit trail is intact: 4 events checked.")


# Run in a private mount namespace: mount a 256 KB tmpfs on $1, run the rest of the
# arguments there, then list what was left on it.
FULL_DISK = """
usb="$1"
shift
mount -t tmpfs -o size=256k tmpfs "$usb" || exit 99
"$@"
echo "exit $?"
ls -A "$usb" | sed 's/^/left /'
"""


def test_a_backup_onto_a_full_disk_says_not_enough_space_and_leaves_nothing(
        clinic: Path) -> None:
    usb = clinic.parent / "usb"
    usb.mkdir()
    done = subprocess.run(
        ["unshare", "--user", "--map-root-user", "--mount", "sh", "-c", FULL_DISK, "sh",
         str(usb), sys.executable, "-m", "coordinator", "--db", str(clinic), "--user", "ana",
         "backup", str(usb / "monday.sqlite3")],
        cwd=REPOSITORY, capture_output=True, text=True, timeout=120,
        env={**os.environ, "COORDINATOR_PASSWORD": ADMIN_PASSWORD})

    assert done.stdout == "exit 1\n"  # and no "left ..." line: nothing on the tmpfs
    assert done.stderr.startswith(f"coordinator: Not enough space in {usb} for a backup of "
                                  "clinic.sqlite3: it needs about ")
    assert done.stderr.endswith(" and 256 KB is free; nothing was written.\n")
    assert done.stderr.count("\n") == 1


# The command line in a child process whose files may not grow past argv[1] bytes; the
# system then refuses the write (EFBIG) instead of killing the process (SIGXFSZ).
LIMITED = """
import resource, runpy, signal, sys
limit = int(sys.argv.pop(1))
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
runpy.run_module("coordinator", run_name="__main__")
"""


def test_a_backup_the_disk_refuses_part_way_is_one_line_and_leaves_nothing(
        clinic: Path) -> None:
    limit = clinic.stat().st_size // 2  # the copy reaches it half-way
    target = clinic.parent / "monday-2.sqlite3"
    done = subprocess.run(
        [sys.executable, "-c", LIMITED, str(limit), "--db", str(clinic), "--user", "ana",
         "backup", str(target)],
        cwd=REPOSITORY, capture_output=True, text=True, timeout=120,
        env={**os.environ, "COORDINATOR_PASSWORD": ADMIN_PASSWORD})

    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr == (f"coordinator: Could not write {target} (disk I/O error: the "
                           "disk refused it, perhaps a limit on the size of files there); "
                           "nothing was written.\n")
    assert sorted(path.name for path in clinic.parent.iterdir()
                  if "monday-2" in path.name) == []
