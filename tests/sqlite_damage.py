"""Damage a SQLite file the way a disk or an interrupted copy does, for the restore and
damaged-file tests: zeros over one page, a file cut short, a file emptied, random bytes."""

from __future__ import annotations

import hashlib
import random
from contextlib import closing
from pathlib import Path
from typing import Any

from coordinator.domain.errors import DatabaseLocked
from coordinator.store.cipher import connect, derive, file_salt, open_file

KINDS = ("zeroed page", "truncated", "empty", "random bytes")
#: The passphrase the tests' backups are made with.
BACKUP_PASSPHRASE = "long enough backup passphrase"


def open_db(path: Path | str, **options: Any) -> Any:
    """A connection to a database or backup file the tests made: with this workstation's
    key for it, or else (a backup) the key of ``BACKUP_PASSPHRASE``."""
    try:
        return open_file(path, **options)
    except DatabaseLocked:
        salt = file_salt(Path(path))
        assert salt is not None
        return connect(path, derive(BACKUP_PASSPHRASE, salt), **options)


def root_page(path: Path, table: str) -> int:
    """The page number of ``table``'s root (pages are numbered from 1)."""
    with closing(open_db(path)) as connection:
        row = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = ?",
                                 (table,)).fetchone()
    assert row is not None, f"no table {table}"
    return int(row[0])


def zero_page(path: Path, page: int) -> None:
    """Write zeros over page ``page`` of the file, as a failing disk sector would."""
    size = page_size(path)
    with path.open("r+b") as handle:
        handle.seek((page - 1) * size)
        handle.write(bytes(size))


def page_size(path: Path) -> int:
    with closing(open_db(path)) as connection:
        return int(connection.execute("PRAGMA page_size").fetchone()[0])


def damage(path: Path, kind: str, *, table: str = "client") -> None:
    """Damage the (closed, checkpointed) database file ``path`` in one of ``KINDS``; a
    zeroed page is ``table``'s root page."""
    if kind == "zeroed page":
        zero_page(path, root_page(path, table))
    elif kind == "truncated":
        with path.open("r+b") as handle:
            handle.truncate(path.stat().st_size // 2)
    elif kind == "empty":
        path.write_bytes(b"")
    elif kind == "random bytes":
        path.write_bytes(random.Random(7).randbytes(path.stat().st_size))
    else:
        raise ValueError(kind)


def digest(path: Path) -> str:
    """SHA-256 over the database file and, if present, its write-ahead log and anchor."""
    hasher = hashlib.sha256()
    for part in (path, path.with_name(f"{path.name}-wal"),
                 path.with_name(f"{path.name}-audit-anchor")):
        hasher.update(part.name.encode())
        hasher.update(part.read_bytes() if part.is_file() else b"(none)")
    return hasher.hexdigest()
