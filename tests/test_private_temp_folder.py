"""The private temporary folder: owner-only, gone after a normal exit, removed at the next
start when a killed run left it, never taken from a process still running; printouts and
the packet batch's worker processes keep their temporary files in it.

Real processes throughout: a folder is made by a Python process of its own, which exits,
is killed with SIGKILL, or waits on its standard input while the test looks.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from coordinator import private_temp
from coordinator.services.packets.batch import render_pool

ROOT = Path(__file__).resolve().parents[1]

#: Makes the folder, puts a "printout" in it as a spooler would, says where, then waits for
#: a line on its standard input (or is killed first).
_HOLDER = textwrap.dedent("""
    import sys, tempfile
    from coordinator import private_temp
    with private_temp.temporary_files_here() as folder:
        with tempfile.NamedTemporaryFile(suffix=".pdf", delete=False) as spool:
            spool.write(b"%PDF- Zebulon Quartzfeather's transfer summary")
        print(folder, spool.name, oct(folder.stat().st_mode & 0o777), flush=True)
        sys.stdin.readline()
""")


@pytest.fixture
def temp_base(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A folder of this test's own for the private folders (this process's and children's)."""
    base = tmp_path / "temp"
    base.mkdir()
    monkeypatch.setenv(private_temp.TEMP_DIR_ENV, str(base))
    private_temp.remove()  # one an earlier test made elsewhere
    yield base
    private_temp.remove()


def _start_holder() -> tuple[subprocess.Popen[str], Path, Path, str]:
    holder = subprocess.Popen([sys.executable, "-c", _HOLDER], cwd=ROOT, text=True,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert holder.stdout is not None
    folder, spool, mode = holder.stdout.readline().split()
    return holder, Path(folder), Path(spool), mode


def _coordinator(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "coordinator", *argv], cwd=ROOT, text=True,
                          capture_output=True, check=False)


def test_the_folder_is_the_owners_alone_holds_the_spool_and_is_gone_after_exit(
        temp_base: Path) -> None:
    holder, folder, spool, mode = _start_holder()
    try:
        assert folder.parent == temp_base and folder.name.startswith(
            f"coordinator-{holder.pid}-")
        if os.name == "posix":
            assert mode == "0o700"
        assert spool.parent == folder and spool.read_bytes().startswith(b"%PDF")
    finally:
        holder.communicate("done\n")

    assert holder.returncode == 0
    assert not folder.exists() and list(temp_base.iterdir()) == []


def test_a_folder_left_by_a_killed_run_is_removed_when_coordinator_next_starts(
        temp_base: Path, tmp_path: Path) -> None:
    holder, folder, spool, _mode = _start_holder()
    holder.kill()  # SIGKILL: no atexit, no cleanup
    holder.communicate()
    assert spool.exists(), "a killed process cannot remove its folder"

    started = _coordinator("--db", str(tmp_path / "clinic.sqlite3"), "db", "upgrade")

    assert started.returncode == 0, started.stderr
    assert not folder.exists() and list(temp_base.iterdir()) == []
    log = (Path(os.environ["COORDINATOR_LOG_DIR"]) / "coordinator.log").read_text("utf-8")
    assert (f"Removed 1 private temporary folder(s) left by earlier runs (pids {holder.pid})"
            in log)


def test_the_folder_of_a_running_coordinator_is_left_alone(temp_base: Path) -> None:
    holder, folder, spool, _mode = _start_holder()
    try:
        assert private_temp.sweep_left_behind() == []
        assert spool.read_bytes().startswith(b"%PDF")
    finally:
        holder.communicate("done\n")
    assert not folder.exists()


def test_a_folder_without_its_lock_is_removed_only_once_it_is_old(temp_base: Path) -> None:
    fresh = temp_base / "coordinator-4242-fresh"
    old = temp_base / "coordinator-4343-old"
    stranger = temp_base / "coordinator-notes"
    for made in (fresh, old, stranger):
        made.mkdir()
    hour_ago = time.time() - 3600
    os.utime(old, (hour_ago, hour_ago))
    os.utime(stranger, (hour_ago, hour_ago))

    assert private_temp.sweep_left_behind() == [4343]

    assert fresh.is_dir() and stranger.is_dir() and not old.exists()


def test_while_printing_qt_and_python_write_temporary_files_in_the_folder(
        temp_base: Path, qapp: object) -> None:
    from PySide6.QtCore import QDir, QTemporaryFile

    before = QDir.tempPath()
    with private_temp.temporary_files_here() as folder:
        assert Path(QDir.tempPath()) == folder == Path(tempfile.gettempdir())
        spool = QTemporaryFile()
        assert spool.open()
        assert Path(spool.fileName()).parent == folder
        spool.close()
    assert QDir.tempPath() == before and Path(tempfile.gettempdir()) != folder
    assert folder.is_dir()  # kept until the process ends
    private_temp.remove()
    assert not folder.exists()


def test_the_batchs_render_processes_keep_their_temporary_files_in_it(
        temp_base: Path) -> None:
    with private_temp.in_use() as folder, render_pool(1, folder) as pool:
        assert Path(pool.submit(tempfile.gettempdir).result()) == folder


def test_quitting_while_a_batch_still_renders_removes_the_folder_after_it(
        temp_base: Path) -> None:
    with private_temp.in_use() as folder:
        private_temp.remove()  # the app's aboutToQuit
        assert folder.is_dir()
    assert not folder.exists()


def test_a_temporary_folder_that_cannot_be_made_is_said_in_a_sentence(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    not_a_folder = tmp_path / "temp"
    not_a_folder.write_text("a file where the folder should be")
    monkeypatch.setenv(private_temp.TEMP_DIR_ENV, str(not_a_folder))
    private_temp.remove()

    with pytest.raises(private_temp.TemporaryFolderUnavailable) as refused:
        private_temp.folder()

    assert refused.value.message == (
        f"Coordinator cannot make its private temporary folder in {not_a_folder} (file "
        "exists), so nothing was printed or made. Check that the folder exists and can be "
        "written, or set COORDINATOR_TEMP_DIR to a folder that can.")
    assert private_temp.sweep_left_behind() == []  # nothing to look through, no failure
