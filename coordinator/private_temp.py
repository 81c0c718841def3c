"""The private temporary folder: where this process's temporary files go while a document is
printed or rendered, kept from other users and removed when the process ends.

Coordinator itself writes no client information to a temporary location: previews are bytes
in memory, and a saved file is written under a hidden name beside the chosen file and renamed
into place. What does write temporary files is code beneath it: on Linux and macOS, Qt hands
a printout to CUPS through a spool file in the system temporary folder, and a library may
make scratch files wherever ``TMPDIR`` points. So while a document is printed or made
(``temporary_files_here``) and in the processes a packet batch renders in
(``use_in_worker``), the temporary folder is this one.

One folder per process, made the first time it is needed, under the system temporary folder
(or ``COORDINATOR_TEMP_DIR``): ``coordinator-<pid>-<random>``, readable by its owner only
(0700 on Linux and macOS; on Windows the system temporary folder is already inside the
user's own profile, ``%LOCALAPPDATA%\\Temp``, which other users cannot open). It is removed
when the process exits normally (``atexit``, and the app's ``aboutToQuit``). A process that
is killed cannot clean up, so every start of the app or the command line removes the folders
earlier runs left (``sweep_left_behind``).

Whether a folder is still in use is told by a lock, never by its pid (a pid is reused, and
Windows has no ``os.kill(pid, 0)``): the owner holds ``.in-use`` inside its folder open and
locked for its whole life, and the system drops the lock when the process dies, however it
dies. A folder whose lock can be taken belongs to no running process. A folder without the
lock file (its owner died in the instant between making the folder and the lock) is removed
once it is older than ``UNLOCKED_GRACE_SECONDS``.

Standard library only (and our typed errors): the command line imports this before anything
else.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import os
import re
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from coordinator.domain.errors import CoordinatorError  # standard library only

#: Overrides the folder the private folders are made in (tests, or a workstation whose
#: system temporary folder is unsuitable).
TEMP_DIR_ENV = "COORDINATOR_TEMP_DIR"
PREFIX = "coordinator-"
LOCK_FILE_NAME = ".in-use"
#: A folder without its lock file is left alone this long: its owner may be making it.
UNLOCKED_GRACE_SECONDS = 600
#: What the system and its libraries read as the temporary folder (POSIX, then Windows).
TEMP_VARIABLES = ("TMPDIR", "TEMP", "TMP")

_NAME = re.compile(rf"^{re.escape(PREFIX)}(\d+)-[A-Za-z0-9_]+$")

_log = logging.getLogger(__name__)


class TemporaryFolderUnavailable(CoordinatorError):
    """The private folder cannot be made: nothing that needed it (a printout, a batch) ran."""

    def __init__(self, base: Path, error: OSError) -> None:
        reason = (error.strerror or type(error).__name__).rstrip(".").lower()
        super().__init__(
            f"Coordinator cannot make its private temporary folder in {base} ({reason}), so "
            f"nothing was printed or made. Check that the folder exists and can be written, "
            f"or set {TEMP_DIR_ENV} to a folder that can.")


@dataclass
class _Owned:
    path: Path
    lock: IO[bytes]
    pid: int
    users: int = 0
    remove_when_free: bool = False


_guard = threading.RLock()
_owned: _Owned | None = None
_system_temp: str | None = None
#: Whether ``remove`` is registered with ``atexit`` yet (once per process).
_registered: list[int] = []


def base_folder() -> Path:
    """Where the private folders are made: ``COORDINATOR_TEMP_DIR`` when set, else the system
    temporary folder as it was before this process pointed it elsewhere."""
    global _system_temp
    override = os.environ.get(TEMP_DIR_ENV, "").strip()
    if override:
        return Path(override).expanduser()
    with _guard:
        if _system_temp is None:
            _system_temp = tempfile.gettempdir()
        return Path(_system_temp)


def folder() -> Path:
    """This process's private folder, made (and locked) on the first call."""
    global _owned
    with _guard:
        if _owned is not None and _owned.pid == os.getpid():
            return _owned.path
        base = base_folder()
        try:
            base.mkdir(parents=True, exist_ok=True)
            # mkdtemp makes the folder with mode 0700 and a name nobody else can have taken.
            path = Path(tempfile.mkdtemp(prefix=f"{PREFIX}{os.getpid()}-", dir=base))
        except OSError as error:
            raise TemporaryFolderUnavailable(base, error) from error
        try:
            lock = _hold_lock(path / LOCK_FILE_NAME)
        except OSError as error:
            shutil.rmtree(path, ignore_errors=True)
            raise TemporaryFolderUnavailable(base, error) from error
        _owned = _Owned(path, lock, os.getpid())
        if not _registered:
            _registered.append(os.getpid())
            atexit.register(remove)
        _log.info("Private temporary folder %s made", path.name)
        return path


def remove() -> None:
    """Remove this process's private folder (if it made one). While a document is still
    being made in it, the removal waits until that is done."""
    global _owned
    with _guard:
        owned = _owned
        if owned is None or owned.pid != os.getpid():
            return  # none made, or made by the process this one was forked from
        if owned.users:
            owned.remove_when_free = True
            return
        _owned = None
        _release_lock(owned.lock)
        shutil.rmtree(owned.path, ignore_errors=True)


@contextlib.contextmanager
def in_use() -> Iterator[Path]:
    """The private folder, kept until the block ends even if the app quits meanwhile."""
    with _guard:
        path = folder()
        assert _owned is not None
        _owned.users += 1
    try:
        yield path
    finally:
        with _guard:
            owned = _owned
            if owned is not None:
                owned.users -= 1
                if owned.users == 0 and owned.remove_when_free:
                    remove()


@contextlib.contextmanager
def temporary_files_here() -> Iterator[Path]:
    """Point the temporary folder of this process (``TMPDIR``, ``TEMP``, ``TMP`` and Python's
    ``tempfile``) at the private folder for the block, then back.

    For the thread that prints or makes a document: Qt and CUPS read ``TMPDIR`` when they
    spool a printout. Not set for the whole run, because programs this one starts (a file
    manager showing the log folder) inherit the environment and may outlive the folder.
    """
    with in_use() as path:
        saved = {name: os.environ.get(name) for name in TEMP_VARIABLES}
        saved_tempdir = tempfile.tempdir
        _point_at(str(path))
        try:
            yield path
        finally:
            for name, value in saved.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value
            tempfile.tempdir = saved_tempdir


def use_in_worker(path: str) -> None:
    """A worker process's initializer: its temporary files go to its parent's private
    folder (``path``), which the parent removes."""
    _point_at(path)


def _point_at(path: str) -> None:
    for name in TEMP_VARIABLES:
        os.environ[name] = path
    tempfile.tempdir = path


def sweep_left_behind() -> list[int]:
    """Remove the private folders of Coordinator processes that ended without removing
    their own (killed, or the machine lost power); returns the pids their names carry.

    A folder whose owner still runs is locked and left alone, as is one without a lock
    file younger than ``UNLOCKED_GRACE_SECONDS``; on Linux and macOS only this user's
    folders are looked at. Never raises: a folder that cannot be removed now is tried again
    at the next start.
    """
    base = base_folder()
    own = _owned.path if _owned is not None else None
    removed: list[int] = []
    try:
        entries = list(os.scandir(base))
    except OSError:
        return removed
    for entry in entries:
        match = _NAME.match(entry.name)
        if match is None or Path(entry.path) == own:
            continue
        try:
            if _left_behind(entry):
                shutil.rmtree(entry.path)
                removed.append(int(match.group(1)))
        except OSError:
            continue
    if removed:
        _log.info("Removed %d private temporary folder(s) left by earlier runs (pids %s)",
                  len(removed), ", ".join(str(pid) for pid in removed))
    return removed


def _left_behind(entry: os.DirEntry[str]) -> bool:
    if not entry.is_dir(follow_symlinks=False):
        return False
    if hasattr(os, "getuid") and entry.stat(follow_symlinks=False).st_uid != os.getuid():
        return False
    lock_path = Path(entry.path) / LOCK_FILE_NAME
    try:
        lock = _hold_lock(lock_path, create=False)
    except FileNotFoundError:
        age = time.time() - entry.stat(follow_symlinks=False).st_mtime
        return age > UNLOCKED_GRACE_SECONDS
    except OSError:
        return False  # locked: its owner is running
    _release_lock(lock)
    return True


def _hold_lock(path: Path, *, create: bool = True) -> IO[bytes]:
    """Open ``path`` and lock it without waiting; OSError when another process holds it."""
    flags = os.O_RDWR | (os.O_CREAT if create else 0) | getattr(os, "O_BINARY", 0)
    handle = os.fdopen(os.open(path, flags, 0o600), "r+b", buffering=0)
    try:
        if sys.platform == "win32":
            import msvcrt

            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            # flock, not lockf: its lock belongs to this open file, so even a second open
            # in the same process sees the folder as taken.
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        handle.close()
        raise
    return handle


def _release_lock(handle: IO[bytes]) -> None:
    # Closing the file drops the lock on every system (Windows refuses to delete a file
    # that is still open, so it is closed before its folder is removed).
    with contextlib.suppress(OSError):
        handle.close()


__all__ = [
    "LOCK_FILE_NAME",
    "PREFIX",
    "TEMP_DIR_ENV",
    "TemporaryFolderUnavailable",
    "base_folder",
    "folder",
    "in_use",
    "remove",
    "sweep_left_behind",
    "temporary_files_here",
    "use_in_worker",
]
