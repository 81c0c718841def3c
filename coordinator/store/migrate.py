"""Bring a database to the current schema, safely.

Before upgrading a SQLite file that already has data, a copy is written beside it
(``NAME.before-REV-YYYYmmddTHHMMSS.sqlite3``) with SQLite's online backup, so a failed or
unwanted upgrade can be undone by hand. A database stamped with a revision this version of
Coordinator does not know was written by a newer version and is refused untouched.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

from coordinator.domain.errors import SchemaTooNew
from coordinator.store.engine import Database

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    """Every schema revision this version of Coordinator can open."""
    return {script.revision for script in ScriptDirectory.from_config(
        alembic_config()).walk_revisions()}


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


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


def backup_sqlite(source: Path, revision: str | None) -> Path:
    """Copy a live SQLite file aside with the online backup API; returns the copy's path."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    target = source.with_name(f"{source.stem}.before-{revision or 'empty'}-{stamp}{source.suffix}")
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    src.close()
    dst.close()
    return target


def upgrade(db: Database) -> Path | None:
    """Upgrade to head; returns the backup copy's path when one was made."""
    revision = check_known(db)
    if revision == head_revision():
        return None
    backup: Path | None = None
    path = db.sqlite_path
    if revision is not None and path is not None and path.exists():
        backup = backup_sqlite(path, revision)
    with db.engine.begin() as connection:
        _run_upgrade(connection)
    return backup


def _run_upgrade(connection: Connection) -> None:
    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, "head")
