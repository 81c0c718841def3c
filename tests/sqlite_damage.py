"""Damage a SQLite file the way a disk or an interrupted copy does, for the restore and
damaged-file tests: zeros over one page, a file cut short, a file emptied, random bytes."""

from __future__ import annotations

import hashlib
import random
import sqlite3
from contextlib import closing
from pathlib import Path

KINDS = ("zeroed page", "truncated", "empty", "random bytes")


def root_page(path: Path, table: str) -> int:
    """The page number of ``table``'s root (pages are numbered from 1)."""
    with closing(sqlite3.connect(path)) as connection:
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
    with path.open("rb") as handle:
        header = handle.read(18)
    size = int.from_bytes(header[16:18], "big")
    return 65536 if size == 1 else size


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
