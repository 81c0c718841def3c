"""Bring a database to the current schema, safely.

Before upgrading a SQLite file that already has data, a copy is written beside it
(``NAME.before-REV-YYYYmmddTHHMMSS.sqlite3``) with SQLite's online backup, so a failed or
unwanted upgrade can be undone by hand. A database stamped with a revision this version of
Coordinator does not know was written by a newer version and is refused untouched.
"""

from __future__ import annotations

import logging
import re
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect, text

from coordinator.domain.errors import SchemaTooNew
from coordinator.store import cipher
from coordinator.store.cipher import StoreKey
from coordinator.store.engine import Database

_log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
# Alembic (with Mako) takes a sixth of the app's start-up to import, and a database that is
# already at head needs none of it: the revision ids are read from the scripts' own
# "revision = ..." and "down_revision = ..." lines, and the database's from its table.
# Measured on the 2-core benchmark machine (2026-12-02): Alembic's ScriptDirectory found the
# head in 200-230 ms (import included), these two patterns in under 1 ms. Anything but one
# plain chain of scripts (a branch, a merge) makes quick_head answer None, and Alembic
# decides; tests/store/test_migrations.py checks both give the same head.
_REVISION = re.compile(r"""^revision\s*=\s*['"]([^'"]+)['"]""", re.MULTILINE)
_DOWN_REVISION = re.compile(r"""^down_revision\s*=\s*['"]([^'"]+)['"]""", re.MULTILINE)


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def quick_head() -> str | None:
    """The head revision from the scripts' text, without Alembic; None if it is not one
    plain chain (Alembic then decides)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in (MIGRATIONS / "versions").glob("*.py"):
        source = script.read_text(encoding="utf-8")
        if found := _REVISION.search(source):
            revisions.add(found.group(1))
        if found := _DOWN_REVISION.search(source):
            parents.add(found.group(1))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def known_revisions() -> set[str]:
    """Every schema revision this version of Coordinator can open."""
    from alembic.script import ScriptDirectory

    return {script.revision for script in ScriptDirectory.from_config(
        alembic_config()).walk_revisions()}


def current_revision(db: Database) -> str | None:
    """The database's schema revision (None for an empty database), read without Alembic."""
    with db.engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(
            text("SELECT version_num FROM alembic_version")).scalar_one_or_none()


def needs_upgrade(db: Database) -> bool:
    return current_revision(db) != head_revision()


def check_known(db: Database) -> str | None:
    """The database's revision, or ``SchemaTooNew`` if this version does not know it."""
    revision = current_revision(db)
    if revision is not None and revision not in known_revisions():
        raise SchemaTooNew(
            f"This database was written by a newer version of Coordinator "
            f"(schema {revision}); update Coordinator to open it.")
    return revision


def backup_sqlite(source: Path, revision: str | None, key: StoreKey | None) -> Path:
    """Copy a live SQLite file (encrypted with ``key``, None: plain) aside with the online
    backup API, under the same key; returns the copy's path."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    stem = f"{source.stem}.before-{revision or 'empty'}-{stamp}"
    target = source.with_name(f"{stem}{source.suffix}")
    counter = 1
    while target.exists():  # two copies within one second must not overwrite each other
        counter += 1
        target = source.with_name(f"{stem}-{counter}{source.suffix}")
    # The copy keeps the key (and salt) of the file it copies.
    with closing(cipher.connect(source, key)) as src, \
            closing(cipher.connect(target, key)) as dst:
        src.backup(dst)
    return target


def upgrade(db: Database) -> Path | None:
    """Upgrade to head; returns the backup copy's path when one was made."""
    head = quick_head()
    if head is not None and current_revision(db) == head:
        return None  # the everyday start: nothing to do, and Alembic never imported
    revision = check_known(db)
    if revision == head_revision():
        return None
    backup: Path | None = None
    path = db.sqlite_path
    if revision is not None and path is not None and path.exists():
        backup = backup_sqlite(path, revision, db.key)
    with db.engine.connect() as connection:
        if db.is_sqlite:
            _upgrade_sqlite(connection)
        else:
            with connection.begin():
                _run_upgrade(connection)
    _log.info("Schema upgraded from %s to %s%s", revision or "empty", head_revision(),
              "; the previous file was copied aside" if backup else "")
    return backup


def _upgrade_sqlite(connection: Connection) -> None:
    # A batch migration rebuilds a table (copy, DROP, rename). With foreign keys on, dropping
    # a table that other rows refer to fails, and the pragma cannot change inside a
    # transaction, so it goes off on the raw connection first and the references are
    # checked before commit instead (the recipe in Alembic's batch-mode documentation).
    raw = connection.connection.driver_connection
    assert raw is not None
    raw.execute("PRAGMA foreign_keys=OFF")
    try:
        with connection.begin():
            _run_upgrade(connection)
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
            if broken:
                tables = sorted({str(row[0]) for row in broken})
                raise RuntimeError(f"The upgrade broke references in {', '.join(tables)}; "
                                   "nothing was changed.")
    finally:
        raw.execute("PRAGMA foreign_keys=ON")


def upgrade_in(connection: Connection) -> None:
    """Migrate the PostgreSQL database of ``connection`` to head inside the caller's
    transaction (PostgreSQL's DDL is transactional: a rollback leaves nothing behind)."""
    _run_upgrade(connection)


def _run_upgrade(connection: Connection) -> None:
    from alembic import command

    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, "head")
