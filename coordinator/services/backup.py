"""Back up and restore a SQLite database (administrators; PostgreSQL uses pg_dump).

A backup is an encrypted copy of the live file, keyed with a passphrase the administrator
chooses (or the database's recovery passphrase) and its own random salt, never with this
workstation's key: whoever holds the file and the passphrase can restore it anywhere, and
nobody else can read it. It is checked for room first, written to a temporary name,
scanned for damaged pages and only then renamed, so a half-written or damaged backup never
looks like a good one; its audit anchor is sealed beside it. A restore asks for the
passphrase and checks the backup on a copy before it replaces anything (see ``restore``).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from coordinator.domain.errors import CoordinatorError, ValidationError
from coordinator.domain.roles import Permission
from coordinator.services.audit_anchor import seal
from coordinator.services.context import ServiceContext
from coordinator.services.notify import Change, Topic
from coordinator.services.restore import Restorer, RestoreSummary, restore_database
from coordinator.store import cipher
from coordinator.store.engine import damaged, is_damage
from coordinator.store.sqlite_files import (
    database_bytes,
    online_copy,
    quick_check,
    remove_database_files,
    require_space,
    write_failure,
)

#: The shortest backup passphrase taken; a recovery code has 35 characters.
MIN_PASSPHRASE = 10


def check_passphrase(passphrase: str) -> None:
    """Refuse a backup passphrase too short to protect client records, or with NUL."""
    if "\0" in passphrase:
        raise ValidationError("A passphrase cannot contain a NUL character.")
    if len(passphrase.strip()) < MIN_PASSPHRASE:
        raise ValidationError(f"Choose a backup passphrase of at least {MIN_PASSPHRASE} "
                              "characters (a few unrelated words are easy to keep); nothing "
                              "was written.")


class BackupService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def _live_path(self) -> Path:
        path = self.ctx.db.sqlite_path
        if path is None:
            raise CoordinatorError("Back up a PostgreSQL database with the server's own tools "
                                   "(pg_dump); this command copies SQLite files.")
        return path

    def backup_to(self, target: Path, passphrase: str) -> Path:
        """Copy the live database to ``target``, encrypted with ``passphrase``; returns the
        path written.

        Raises:
            ValidationError: the folder is missing, ``target`` is the database or a folder,
                or the passphrase is too short.
            DatabaseDamaged: the live file has damaged pages (the copy would too).
            CoordinatorError: not enough space, or the disk refused the file; nothing is
                left behind either way.
        """
        self.ctx.require(Permission.MANAGE_SETTINGS)
        source = self._live_path()
        check_passphrase(passphrase)
        target = target.expanduser().resolve()
        if not target.parent.is_dir():
            raise ValidationError(f"The folder {target.parent} does not exist.")
        if target == source:
            raise ValidationError("Choose a different file than the database itself.")
        if target.is_dir():
            raise ValidationError(f"{target} is a folder; choose a file name for the backup.")
        needed = database_bytes(source)
        what = f"a backup of {source.name}"
        require_space(target.parent, needed, what)
        partial = target.with_name(f".{target.name}.partial")
        key = cipher.new_store_key(passphrase)
        try:
            online_copy(source, partial, key, source_key=self.ctx.db.key)
            if problems := quick_check(partial, key):
                raise damaged(source, "; ".join(problems))
            os.replace(partial, target)
        except (OSError, cipher.dbapi.Error) as error:
            if is_damage(error):  # the copy is new: the damage was read from the live file
                raise damaged(source, str(error)) from None
            failure = write_failure(error, target, needed, what)
            if failure is None:
                raise
            raise failure from None
        finally:
            remove_database_files(partial)
        seal(target, key)
        with self.ctx.unit_of_work() as uow:
            uow.audit("export", "database", "", f"backup to {target.name}")
        return target

    def restore_from(self, backup: Path, *, passphrase: str | None = None,
                     sign_in: Callable[[], object] | None = None) -> RestoreSummary:
        """Replace the live database with ``backup`` once a copy of it passes every check
        (see ``restore.restore_database``); returns what was checked and restored.

        Args:
            passphrase: opens an encrypted backup (a plain one, made before backups were
                encrypted, needs none).
            sign_in: signs the user in, called only once the backup has passed (the command
                line signs in as part of the restore, and a sign-in writes to the live
                database, which a refused restore leaves as it was). Without it the user
                must be signed in already.

        This workstation's connections are closed before the file is replaced; the next
        call opens new ones on the restored file.
        """
        if sign_in is None:
            self.ctx.require(Permission.MANAGE_SETTINGS)
        live = self._live_path()

        def authorize() -> Restorer:
            if sign_in is not None:
                sign_in()
            actor = self.ctx.require(Permission.MANAGE_SETTINGS)
            self.ctx.db.dispose()
            return Restorer(actor.username)

        summary = restore_database(live, backup, authorize, passphrase,
                                   live_key=self.ctx.db.key)
        self.ctx.forget_derived_check()
        self.ctx.notifier.publish([Change(Topic.DATABASE, frozenset({"restored"}))])
        return summary
