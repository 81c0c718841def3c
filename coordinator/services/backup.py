"""Back up and restore a SQLite database (administrators; PostgreSQL uses pg_dump).

A backup is SQLite's online copy of the live file, written to a temporary name and renamed,
so a half-written backup never looks like a good one. A restore first checks that the file
is a Coordinator database this version can open, keeps a copy of the current database
beside it, then copies the backup in under SQLite's lock.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from coordinator.domain.errors import CoordinatorError, SchemaTooNew, ValidationError
from coordinator.domain.roles import Permission
from coordinator.services.context import ServiceContext
from coordinator.store import migrate
from coordinator.store.engine import SQLITE_HEADER, check_sqlite_file


class BackupService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def _live_path(self) -> Path:
        path = self.ctx.db.sqlite_path
        if path is None:
            raise CoordinatorError("Back up a PostgreSQL database with the server's own tools "
                                   "(pg_dump); this command copies SQLite files.")
        return path

    def backup_to(self, target: Path) -> Path:
        self.ctx.require(Permission.MANAGE_SETTINGS)
        source = self._live_path()
        target = target.expanduser().resolve()
        if not target.parent.is_dir():
            raise ValidationError(f"The folder {target.parent} does not exist.")
        if target == source:
            raise ValidationError("Choose a different file than the database itself.")
        partial = target.with_name(f".{target.name}.partial")
        try:
            with sqlite3.connect(source) as live, sqlite3.connect(partial) as copy:
                live.backup(copy)
            live.close()
            copy.close()
            os.replace(partial, target)
        except OSError as error:
            partial.unlink(missing_ok=True)
            raise CoordinatorError(f"Could not write {target} ({error.strerror}).") from None
        with self.ctx.unit_of_work() as uow:
            uow.audit("export", "database", "", f"backup to {target.name}")
        return target

    def restore_from(self, backup: Path) -> None:
        self.ctx.require(Permission.MANAGE_SETTINGS)
        live_path = self._live_path()
        backup = backup.expanduser().resolve()
        if not backup.is_file():
            raise ValidationError(f"There is no file {backup}.")
        with backup.open("rb") as handle:
            if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                raise ValidationError(f"{backup} is not a Coordinator backup.")
        revision = _revision_of(backup)
        if revision not in migrate.known_revisions():
            raise SchemaTooNew(f"{backup} comes from a newer version of Coordinator "
                               f"(schema {revision}) or is not a Coordinator backup.")
        check_sqlite_file(live_path)
        safety = migrate.backup_sqlite(live_path, "restore")
        self.ctx.db.engine.dispose()
        with sqlite3.connect(backup) as source, sqlite3.connect(live_path) as live:
            source.backup(live)
        source.close()
        live.close()
        migrate.upgrade(self.ctx.db)
        with self.ctx.unit_of_work() as uow:
            uow.audit("restore", "database", "",
                      f"restored from {backup.name}; previous copy {safety.name}")
            uow.changed("database", "restored")


def _revision_of(path: Path) -> str | None:
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        connection.close()
    except sqlite3.DatabaseError:
        return None
    return None if row is None else str(row[0])
