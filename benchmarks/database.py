"""The demo database a run measures: generated once, then reused while its size matches.

Generating 100,000 clients takes about a minute, so the file is kept (by default in the
git-ignored ``bench-results/`` folder) with a small note beside it recording how long the
generation took; a later run reuses both. ``--fresh`` generates again and times it anew.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from coordinator.domain.errors import StoreUnavailable
from coordinator.store import cipher

DEMO_SEED = 1


@dataclass(frozen=True)
class DemoDatabase:
    """The database file, its size, and the generation time if one is known.

    ``generation_seconds`` is None for a reused file without a note (one made by hand with
    ``coordinator demo``, say): its generation was not timed by this harness.
    """

    path: Path
    clients: int
    reused: bool
    generation_seconds: float | None
    generated_at: str | None


class DatabaseRefused(Exception):
    """The file is there but is not a demo database of the wanted size we may replace."""


def default_path(cache: Path, clients: int) -> Path:
    return cache / f"demo-{clients}.sqlite3"


def prepare(path: Path, clients: int, *, fresh: bool,
            say: Callable[[str], object] = print) -> DemoDatabase:
    """Reuse ``path`` if it holds ``clients`` demo clients (and not ``fresh``); else make it.

    ``say`` is told why a database is made again, since that replaces a file.

    Raises:
        DatabaseRefused: ``path`` exists but is not a demo database, so it is not ours to
            overwrite.
    """
    if path.exists() and not fresh:
        found = _client_count(path)
        if found is not None and found != clients and _is_demo(path):
            say(f"  it holds {found:,} clients, not {clients:,}: generating it again")
        if found == clients:
            note = _read_note(path)
            seconds = note.get("seconds")
            generated_at = note.get("generated_at")
            return DemoDatabase(
                path, clients, True,
                float(seconds) if isinstance(seconds, int | float) else None,
                str(generated_at) if generated_at else None)
    if path.exists() and not _is_demo(path):
        raise DatabaseRefused(f"{path} exists and is not a demo database; "
                              "choose another --db or remove it yourself.")
    if path.exists() and fresh:
        say("  --fresh: generating it again")
    return generate(path, clients)


def generate(path: Path, clients: int) -> DemoDatabase:
    """Create the schema and the demo caseload, timing both as ``coordinator demo`` does."""
    from coordinator.demo import generate_demo
    from coordinator.services.app import open_services

    path.parent.mkdir(parents=True, exist_ok=True)
    for leftover in (path, _sibling(path, "-wal"), _sibling(path, "-shm"), _note_path(path)):
        leftover.unlink(missing_ok=True)
    started = time.perf_counter()
    services, _backup = open_services(str(path))
    try:
        generate_demo(services.db, clients=clients, seed=DEMO_SEED)
    finally:
        services.close()
    seconds = time.perf_counter() - started
    generated_at = datetime.now(UTC).isoformat(timespec="seconds")
    _note_path(path).write_text(json.dumps(
        {"clients": clients, "seconds": seconds, "generated_at": generated_at,
         "seed": DEMO_SEED}, indent=2) + "\n", encoding="utf-8")
    return DemoDatabase(path, clients, False, seconds, generated_at)


def twin(demo: DemoDatabase, encrypted: bool) -> DemoDatabase:
    """The demo's rows in an encrypted (or plain) file beside it, for the rows that compare
    the two stores; made again when the demo is newer than it."""
    from coordinator.services.encryption import decrypt_copy, encrypt_store
    from coordinator.store.sqlite_files import online_copy, remove_database_files

    path = _sibling(demo.path, ".encrypted" if encrypted else ".plain")
    if not path.is_file() or path.stat().st_mtime < demo.path.stat().st_mtime:
        remove_database_files(path)
        if encrypted:
            partial = _sibling(demo.path, ".encrypting")
            remove_database_files(partial)
            online_copy(demo.path, partial, None)  # a snapshot, while the demo is open
            encrypt_store(partial)
            os.replace(partial, path)
        else:
            decrypt_copy(demo.path, path)
    return DemoDatabase(path, demo.clients, True, None, None)


def _read_only(path: Path) -> Any:
    """A read-only connection, with this workstation's key when the file is encrypted."""
    return cipher.connect(f"file:{path}?mode=ro", cipher.key_for(path), uri=True)


def _client_count(path: Path) -> int | None:
    try:
        with closing(_read_only(path)) as connection:
            return int(connection.execute("SELECT count(*) FROM client").fetchone()[0])
    except (cipher.dbapi.Error, StoreUnavailable):
        return None


def _is_demo(path: Path) -> bool:
    try:
        with closing(_read_only(path)) as connection:
            row = connection.execute(
                "SELECT value FROM setting WHERE key = 'demo_database'").fetchone()
    except (cipher.dbapi.Error, StoreUnavailable):
        return path.stat().st_size == 0
    return row is not None and str(row[0]).lower() == "true"


def _sibling(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _note_path(path: Path) -> Path:
    return _sibling(path, ".demo.json")


def _read_note(path: Path) -> dict[str, object]:
    try:
        note = json.loads(_note_path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return note if isinstance(note, dict) else {}
