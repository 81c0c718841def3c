"""Converting a SQLite store between plain and encrypted, and unlocking it on a workstation.

``encrypt_store`` turns a plain file into an encrypted one: under an exclusive lock (which
also refuses while any other workstation has the file open), SQLCipher exports every table
into a new file beside it; the new file must pass SQLite's integrity check and hold the
same number of rows in every table and the same audit-chain head before it takes the plain
file's name. The plain file is then overwritten and removed, unless the administrator asks
to keep it under another name. ``decrypt_copy`` writes a plain copy for support.

``unlock`` keeps the key of an encrypted file on this workstation once its recovery
passphrase opened it; ``change_recovery_passphrase`` re-encrypts the file under a
passphrase of the administrator's own in place of the generated recovery code.
"""

from __future__ import annotations

import os
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from coordinator.domain.errors import (
    CoordinatorError,
    DatabaseLocked,
    ValidationError,
)
from coordinator.services.context import ServiceContext
from coordinator.store import cipher
from coordinator.store.cipher import KeyStore, StoreKey
from coordinator.store.engine import is_damage
from coordinator.store.key_folder import KeyFolder
from coordinator.store.sqlite_files import (
    Connection,
    DatabaseInUse,
    copy_into,
    database_bytes,
    remove_database_files,
    require_space,
    side_file,
)

_HEAD = "SELECT id, hash FROM audit_event ORDER BY id DESC LIMIT 1"


@dataclass(frozen=True)
class Converted:
    """What a conversion checked and left behind."""

    path: Path
    tables: int
    rows: int
    audit_head: tuple[int, str] | None
    recovery_code: str | None
    kept_plain: Path | None


def snapshot(connection: Connection) -> tuple[dict[str, int], tuple[int, str] | None]:
    """Rows per table, and the newest audit event's id and hash."""
    names = [str(row[0]) for row in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name")]
    counts = {name: int(connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0])
              for name in names}
    head = None
    if "audit_event" in counts:
        row = connection.execute(_HEAD).fetchone()
        head = None if row is None else (int(row[0]), str(row[1]))
    return counts, head


def _lock(path: Path, key: StoreKey | None) -> Connection:
    """A connection holding ``path`` exclusively, out of WAL mode (every write merged in)."""
    connection = cipher.connect(path, key, timeout=0, isolation_level=None)
    try:
        connection.execute("PRAGMA locking_mode=EXCLUSIVE")
        mode = connection.execute("PRAGMA journal_mode=DELETE").fetchone()
        if str(mode[0]).lower() != "delete":
            # SQLite keeps WAL mode, and says so, while another connection has the file open.
            raise cipher.dbapi.OperationalError("database is locked")
        connection.execute("BEGIN EXCLUSIVE")
        connection.execute("COMMIT")  # the lock stays: exclusive locking mode
    except cipher.dbapi.DatabaseError as error:
        connection.close()
        if is_damage(error):
            raise
        raise DatabaseInUse(
            f"Another workstation or program has {path} open; close Coordinator everywhere "
            "else and run the command again (nothing was changed).") from None
    return connection


def _verify_copy(copy: Path, key: StoreKey | None, expected: dict[str, int],
                 head: tuple[int, str] | None) -> None:
    with closing(cipher.connect(copy, key)) as connection:
        problems = cipher.page_problems(connection, key is not None,
                                        "integrity_check(5)") or ["ok"]
        counts, copied_head = snapshot(connection)
    if problems != ["ok"]:
        raise CoordinatorError(f"The converted copy failed SQLite's integrity check "
                               f"({'; '.join(problems)}); nothing was changed.")
    if counts != expected:
        differ = sorted(name for name in expected.keys() | counts.keys()
                        if expected.get(name) != counts.get(name))
        raise CoordinatorError(f"The converted copy does not hold the same rows (in "
                               f"{', '.join(differ)}); nothing was changed.")
    if copied_head != head:
        raise CoordinatorError("The converted copy's audit trail ends elsewhere than the "
                               "database's; nothing was changed.")


def _shred(path: Path) -> None:
    """Overwrite a file with zeros before removing it.

    On a solid-state disk or a copy-on-write file system the old blocks may survive
    elsewhere; the README says so, and full-disk encryption is what covers them.
    """
    try:
        size = path.stat().st_size
        with path.open("r+b") as handle:
            block = bytes(1 << 20)
            for _ in range(0, size, len(block)):
                handle.write(block)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError:
        pass
    path.unlink(missing_ok=True)


def convert(path: Path, key: StoreKey | None, target_key: StoreKey | None,
            keep_old_as: Path | None) -> Converted:
    """Replace the file at ``path`` (opened with ``key``) by a verified copy encrypted with
    ``target_key`` (None: plain), its old bytes removed or moved to ``keep_old_as``."""
    path = path.expanduser().resolve()
    if keep_old_as is not None:
        keep_old_as = keep_old_as.expanduser().resolve()
        if keep_old_as.exists():
            raise ValidationError(f"{keep_old_as} exists already; choose a new file name.")
        if not keep_old_as.parent.is_dir():
            raise ValidationError(f"The folder {keep_old_as.parent} does not exist.")
    require_space(path.parent, database_bytes(path), f"converting {path.name}")
    partial = path.with_name(f".{path.name}.converting")
    remove_database_files(partial)
    live = _lock(path, key)
    try:
        expected, head = snapshot(live)
        try:
            copy_into(live, key is not None, partial, target_key)
            _verify_copy(partial, target_key, expected, head)
        except BaseException:
            remove_database_files(partial)
            raise
        with closing(cipher.connect(partial, target_key, isolation_level=None)) as copy:
            copy.execute("PRAGMA journal_mode=WAL")
        if keep_old_as is not None:
            os.replace(path, keep_old_as)
            os.replace(partial, path)
        else:
            old = path.with_name(f".{path.name}.old")
            os.replace(path, old)
            os.replace(partial, path)
            _shred(old)
        for suffix in ("-journal", "-shm"):
            side_file(path, suffix).unlink(missing_ok=True)
    finally:
        live.close()
    return Converted(path, len(expected), sum(expected.values()), head, None, keep_old_as)


def encrypt_store(path: Path, keep_plain_as: Path | None = None,
                  keys: KeyStore | None = None) -> Converted:
    """Encrypt the plain SQLite file ``path`` under a new recovery code; returns the code
    with what was checked.

    Raises:
        ValidationError: the file is encrypted already.
        DatabaseInUse: another connection has the file open.
    """
    if not cipher.is_plain(path):
        raise ValidationError(f"{path} is encrypted already (or is not a SQLite file); "
                              "nothing was changed.")
    keys = keys or KeyStore()
    key, code = cipher.create_key(keys)
    try:
        done = convert(path, None, key, keep_plain_as)
    except BaseException:
        keys.forget(key.salt)
        raise
    return Converted(done.path, done.tables, done.rows, done.audit_head, code,
                     done.kept_plain)


def decrypt_copy(path: Path, target: Path, keys: KeyStore | None = None) -> Converted:
    """Write a plain copy of the encrypted ``path`` to the new file ``target`` (support)."""
    target = target.expanduser().resolve()
    if target.exists():
        raise ValidationError(f"{target} exists already; choose a new file name.")
    if not target.parent.is_dir():
        raise ValidationError(f"The folder {target.parent} does not exist.")
    key = cipher.key_for(path, keys)
    if key is None:
        raise ValidationError(f"{path} is not encrypted; nothing was written.")
    require_space(target.parent, database_bytes(path), f"a plain copy of {path.name}")
    partial = target.with_name(f".{target.name}.partial")
    try:
        with closing(cipher.connect(path, key, isolation_level=None)) as live:
            expected, head = snapshot(live)
            copy_into(live, True, partial, None)
        _verify_copy(partial, None, expected, head)
        os.replace(partial, target)
    finally:
        remove_database_files(partial)
    return Converted(target, len(expected), sum(expected.values()), head, None, None)


def unlock(path: Path, passphrase: str, keys: KeyStore | None = None) -> StoreKey:
    """Keep on this workstation the key that ``passphrase`` (the recovery passphrase or
    code) gives the encrypted file ``path``.

    Raises:
        ValidationError: the file is not encrypted, or the passphrase does not open it.
    """
    salt = cipher.file_salt(path)
    if salt is None:
        raise ValidationError(f"{path} is not encrypted; it needs no key.")
    key = cipher.key_from_passphrase(path, passphrase)
    if key is not None:
        (keys or KeyStore()).save(key, None)
        return key
    raise ValidationError(
        f"The passphrase does not open {path}: give its recovery passphrase (or recovery "
        "code) exactly, or ask your administrator; nothing was changed.")


def recovery_code(path: Path, keys: KeyStore | None = None) -> str | None:
    """The generated recovery code this workstation keeps for ``path``; None once an
    administrator set a passphrase of their own (or the key came from unlocking)."""
    salt = cipher.file_salt(path)
    if salt is None:
        raise ValidationError(f"{path} is not encrypted; it has no recovery code.")
    entry = (keys or KeyStore()).load(salt, path)
    if entry is None:
        raise DatabaseLocked(f"This workstation holds no key for {path}.")
    return entry.recovery_code


def change_recovery_passphrase(path: Path, passphrase: str,
                               keys: KeyStore | None = None) -> None:
    """Re-encrypt ``path`` under ``passphrase`` (``PRAGMA rekey``, every page rewritten in
    one transaction) and keep the new key here; the old recovery code no longer opens it."""
    from coordinator.services.backup import check_passphrase

    check_passphrase(passphrase)
    keys = keys or KeyStore()
    key = cipher.key_for(path, keys)
    if key is None:
        raise ValidationError(f"{path} is not encrypted; encrypt it first "
                              f"('coordinator --db {path} db encrypt').")
    new_key = cipher.derive(passphrase, key.salt)
    live = _lock(path, key)
    try:
        live.execute(new_key.pragma("rekey"))
        keys.save(new_key, None)
        live.execute("PRAGMA journal_mode=WAL")
    finally:
        live.close()


@dataclass(frozen=True)
class StoreProtection:
    """How the open database is protected at rest, for the administrator's tab."""

    #: "encrypted" (an encrypted SQLite file), "plain" (a plain one) or "server".
    kind: str
    location: str
    #: Where this workstation keeps the key ("" unless encrypted): a key folder's path, or
    #: the name of the operating system's credential store.
    key_place: str
    #: Whether ``key_place`` is an owner-only key folder (no credential store here).
    key_in_folder: bool
    #: Whether this workstation keeps a generated recovery code to show.
    has_recovery_code: bool


class EncryptionService:
    """What the app shows an administrator of the store's encryption."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def protection(self) -> StoreProtection:
        from coordinator.domain.roles import Permission

        self.ctx.require(Permission.MANAGE_SETTINGS)
        db = self.ctx.db
        path = db.sqlite_path
        if path is None:
            return StoreProtection("server", db.display_name, "", False, False)
        key = db.key
        if key is None:
            return StoreProtection("plain", str(path), "", False, False)
        keys = KeyStore()
        entry = keys.load(key.salt, path)
        backend = keys.backend
        folder = backend.path if isinstance(backend, KeyFolder) else None
        return StoreProtection(
            "encrypted", str(path),
            str(folder) if folder is not None else str(getattr(backend, "name", "")),
            folder is not None, entry is not None and entry.recovery_code is not None)

    def reveal_recovery_code(self) -> str | None:
        """The generated recovery code, recorded in the audit trail as shown."""
        from coordinator.domain.roles import Permission

        self.ctx.require(Permission.MANAGE_SETTINGS)
        db = self.ctx.db
        path, key = db.sqlite_path, db.key
        if path is None or key is None:
            return None
        entry = KeyStore().load(key.salt, path)
        code = None if entry is None else entry.recovery_code
        with self.ctx.unit_of_work() as uow:
            uow.audit("view", "database", "", "recovery code shown" if code else
                      "recovery code asked for; none kept here")
        return code
