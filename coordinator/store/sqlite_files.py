"""Copying and replacing SQLite database files so that nothing half-done is left behind.

A copy is checked for room before it starts, written under a temporary name beside its
target and renamed only when whole; when the disk fills or refuses the file anyway, the
temporary file and SQLite's own files beside it are removed and one sentence says why.

Replacing the live file (a restore) happens in place, under an exclusive lock held from the
check that nobody else has the file open until the new content is in (``replace_database``).
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any, Protocol

from coordinator.domain.errors import CoordinatorError
from coordinator.store import cipher
from coordinator.store.cipher import StoreKey
from coordinator.store.engine import is_damage

#: A DB-API connection to a SQLite file (SQLCipher's module, which opens plain files too).
Connection = Any

#: The files SQLite keeps beside a database while it writes or is open.
SIDE_SUFFIXES = ("-journal", "-wal", "-shm")
# Room beyond the pages themselves: the copy's rollback journal and the file system's blocks.
_MARGIN = 256 << 10
_NO_SPACE = {errno.ENOSPC, errno.EDQUOT}
_CODE_BY_MESSAGE = {"disk I/O error": sqlite3.SQLITE_IOERR,
                    "database or disk is full": sqlite3.SQLITE_FULL,
                    "unable to open database file": sqlite3.SQLITE_CANTOPEN,
                    "attempt to write a readonly database": sqlite3.SQLITE_READONLY}


class DatabaseInUse(CoordinatorError):
    """Another connection (another workstation or program) has the database file open."""


class Replacing(Protocol):
    """What must follow a database's content when it is replaced (its audit anchor), done
    while the live file is locked."""

    def before(self, old: Connection | None) -> None:
        """The old content is still in place (and readable on ``old``, if SQLite can)."""

    def after(self) -> None:
        """The new content is in place."""


def database_bytes(path: Path) -> int:
    """The size of a database on disk: its file and a write-ahead log not yet merged."""
    return sum(part.stat().st_size for part in (path, side_file(path, "-wal"))
               if part.is_file())


def side_file(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def remove_database_files(path: Path) -> None:
    """Delete a (partial) database file and whatever SQLite left beside it."""
    for part in (path, *(side_file(path, suffix) for suffix in SIDE_SUFFIXES)):
        part.unlink(missing_ok=True)


def human_size(size: int) -> str:
    for unit, scale in (("GB", 1 << 30), ("MB", 1 << 20)):
        if size >= scale:
            return f"{size / scale:,.1f} {unit}"
    return f"{size / 1024:,.0f} KB"


def not_enough_space(folder: Path, needed: int, what: str) -> CoordinatorError:
    free = shutil.disk_usage(folder).free
    return CoordinatorError(
        f"Not enough space in {folder} for {what}: it needs about {human_size(needed)} and "
        f"{human_size(free)} is free; nothing was written.")


def require_space(folder: Path, needed: int, what: str) -> None:
    """Refuse up front when ``folder``'s disk has less than ``needed`` bytes free."""
    if shutil.disk_usage(folder).free < needed + _MARGIN:
        raise not_enough_space(folder, needed + _MARGIN, what)


def write_failure(error: BaseException, target: Path, needed: int,
                  what: str) -> CoordinatorError | None:
    """The sentence for a copy that the disk refused part-way; None for other errors.

    SQLite reports a full disk as SQLITE_FULL, and a file the system will not let grow
    (a size limit: EFBIG) as a disk I/O error, without the system's reason.
    """
    folder = target.parent
    if isinstance(error, OSError):
        if error.errno in _NO_SPACE:
            return not_enough_space(folder, needed, what)
        if error.errno == errno.EFBIG:
            return CoordinatorError(
                f"The file system at {folder} does not take a file as large as {what} "
                f"({human_size(needed)}); nothing was written.")
        return CoordinatorError(f"Could not write {target} ({error.strerror}); nothing was "
                                "written.")
    if isinstance(error, (sqlite3.Error, cipher.dbapi.Error)) and not is_damage(error):
        code = (getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF
        # The backup step raises without a code; its message is SQLite's own for the code.
        code = code or _CODE_BY_MESSAGE.get(str(error), 0)
        if code == sqlite3.SQLITE_FULL or (
                code == sqlite3.SQLITE_IOERR and shutil.disk_usage(folder).free < needed):
            return not_enough_space(folder, needed, what)
        if code in (sqlite3.SQLITE_IOERR, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_READONLY):
            return CoordinatorError(
                f"Could not write {target} ({error}: the disk refused it, perhaps a limit "
                "on the size of files there); nothing was written.")
    return None


def online_copy(source: Path, target: Path, key: StoreKey | None,
                source_key: StoreKey | None = None) -> None:
    """Copy the database ``source``, opened with ``source_key`` (None: plain), to the new
    file ``target``, encrypted with ``key`` (None: plain): a consistent snapshot even while
    others write, as one self-contained file."""
    with closing(cipher.connect(source, source_key)) as live:
        copy_into(live, source_key is not None, target, key)


def copy_into(live: Connection, live_encrypted: bool, target: Path,
              key: StoreKey | None) -> None:
    """Copy what ``live`` holds into the new file ``target``, encrypted with ``key``.

    Between two files of one kind (both encrypted, with any keys, or both plain), SQLite's
    online backup copies the pages. Between a plain and an encrypted file it cannot (their
    pages differ in size), so SQLCipher's ``sqlcipher_export`` copies the schema and rows
    in one read transaction instead.
    """
    if live_encrypted == (key is not None):
        with closing(cipher.connect(target, key)) as copy:
            live.backup(copy)
            # The copy carries the live file's WAL mark; a backup is better one plain file.
            copy.execute("PRAGMA journal_mode=DELETE")
        return
    secret = "" if key is None else key.literal
    previous = live.isolation_level
    live.isolation_level = None
    try:
        live.execute("ATTACH DATABASE ? AS coordinator_copy KEY ?", (str(target), secret))
        try:
            live.execute("BEGIN")
            live.execute("SELECT sqlcipher_export('coordinator_copy')")
            live.execute("COMMIT")
        finally:
            if live.in_transaction:
                live.execute("ROLLBACK")
            live.execute("DETACH DATABASE coordinator_copy")
    finally:
        live.isolation_level = previous


def file_copy(source: Path, target: Path) -> None:
    """Copy a database that nobody writes (a backup file) byte for byte, with its
    write-ahead log if one was left beside it, so SQLite reads what it would read there."""
    shutil.copyfile(source, target)
    wal = side_file(source, "-wal")
    if wal.is_file():
        shutil.copyfile(wal, side_file(target, "-wal"))


def quick_check(path: Path, key: StoreKey | None = None) -> list[str]:
    """SQLite's quick check of ``path`` (opened with ``key``, or this workstation's key for
    it): empty when every page is whole."""
    opened = cipher.connect(path, key) if key is not None else cipher.open_file(path)
    with closing(opened) as connection:
        return cipher.page_problems(connection, key is not None or cipher.file_salt(path)
                                    is not None)


def replace_database(live: Path, replacement: Path, keep_as: Path, steps: Replacing,
                     key: StoreKey | None = None) -> None:
    """Put the content of ``replacement`` into ``live``, keeping the old one as ``keep_as``;
    ``steps`` run just before and just after the content changes. ``key`` opens ``live``
    and ``replacement`` alike (they are of one kind: both encrypted, or both plain), and
    encrypts ``keep_as``.

    In place, not by renaming: a workstation that opens the file meanwhile waits on the
    lock and then reads the new content in the same file, instead of writing on into a
    file that has just been moved away. The lock is taken by leaving WAL mode, which SQLite
    allows only to the one connection that has the file open: while any other connection
    does, it fails at once and nothing is changed. Held from then (exclusive locking mode)
    until the end, it keeps everyone out while the old content is copied aside and the new
    one copied in; the file goes back to WAL mode before the lock is let go.

    A live file that SQLite cannot read at all (a torn header, not a database) cannot be
    locked, and an empty one holds nothing to lock; either is moved aside whole, with its
    log, and the replacement moved in.

    Raises:
        DatabaseInUse: another connection has ``live`` open; nothing was changed.
    """
    if live.is_file() and live.stat().st_size == 0:
        _replace_unreadable(live, replacement, keep_as, steps, key)
        return
    connection = cipher.connect(live, key, timeout=0, isolation_level=None)
    try:
        try:
            connection.execute("PRAGMA locking_mode=EXCLUSIVE")
            mode = connection.execute("PRAGMA journal_mode=DELETE").fetchone()
            if str(mode[0]).lower() != "delete":
                # SQLite keeps WAL mode, and says so, while another connection has the file open.
                raise DatabaseInUse(
                    f"Another workstation or program has {live} open; close Coordinator "
                    "everywhere else and run the restore again (nothing was changed).")
            connection.execute("BEGIN EXCLUSIVE")
            connection.execute("COMMIT")  # the lock stays: exclusive locking mode
        except cipher.dbapi.DatabaseError as error:
            if is_damage(error):
                connection.close()
                _replace_unreadable(live, replacement, keep_as, steps, key)
                return
            if ((getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF) in (sqlite3.SQLITE_BUSY,
                                                           sqlite3.SQLITE_LOCKED):
                raise DatabaseInUse(
                    f"Another workstation or program has {live} open; close Coordinator "
                    "everywhere else and run the restore again (nothing was changed).") from None
            raise
        try:
            with closing(cipher.connect(keep_as, key)) as kept:
                connection.backup(kept)
        except cipher.dbapi.DatabaseError:
            # A page of the live file that cannot be read (on an encrypted file, one failing
            # its check): it cannot be copied aside page by page, so it is moved aside whole.
            remove_database_files(keep_as)
            connection.close()
            _replace_unreadable(live, replacement, keep_as, steps, key)
            return
        try:
            steps.before(connection)
            with closing(cipher.connect(replacement, key)) as new:
                new.backup(connection)  # a failure rolls the live file back from its journal
        except BaseException:
            remove_database_files(keep_as)
            raise
        steps.after()
        connection.execute("PRAGMA journal_mode=WAL")
    finally:
        connection.close()


def _replace_unreadable(live: Path, replacement: Path, keep_as: Path,
                        steps: Replacing, key: StoreKey | None = None) -> None:
    steps.before(None)
    os.replace(live, keep_as)
    for suffix in ("-wal", "-journal"):
        if side_file(live, suffix).exists():
            os.replace(side_file(live, suffix), side_file(keep_as, suffix))
    side_file(live, "-shm").unlink(missing_ok=True)  # an index of the log, rebuilt from it
    os.replace(replacement, live)  # the replacement waits in a folder beside the live file
    steps.after()
    with closing(cipher.connect(live, key)) as connection:
        connection.execute("PRAGMA journal_mode=WAL")
