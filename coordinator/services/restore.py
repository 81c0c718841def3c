"""Restoring a SQLite database from a backup: check a copy of it first, then replace.

The backup is copied into a temporary folder beside the live file and checked there, so the
checks touch neither the backup nor the live database:

1. ``PRAGMA integrity_check``: every page and index whole;
2. the schema revision: an older one is upgraded on the copy, a newer one is refused;
3. the audit trail verifies: every link, and its head against the anchor file that
   travels beside the backup;
4. what it holds (clients, episodes, referrals, audit events, ...) is counted for the user.

When any check fails the restore is refused in one sentence and the live file is left as it
was, byte for byte. Otherwise the restore is recorded in the copy's own audit trail, the
copy replaces the live file under an exclusive lock (which also refuses while any other
workstation has the file open, so no acknowledged save of theirs can be lost), the old
content is kept beside it with its anchor, and the live anchor follows the restored trail.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from sqlalchemy import func, select

from coordinator.domain.audit_chain import Anchor, ChainHead
from coordinator.domain.errors import (
    DatabaseLocked,
    PermissionDenied,
    SchemaTooNew,
    ValidationError,
)
from coordinator.domain.roles import Permission
from coordinator.services.audit import AuditService
from coordinator.services.audit_anchor import anchor_path
from coordinator.services.audit_anchor_file import replace_anchor
from coordinator.services.auth import AuthService
from coordinator.services.context import ServiceContext
from coordinator.store import cipher, migrate
from coordinator.store.cipher import StoreKey
from coordinator.store.engine import is_damage, open_database
from coordinator.store.models import (
    Assessment,
    AuditEvent,
    Base,
    Client,
    ClientNote,
    Disclosure,
    Episode,
    Referral,
    User,
)
from coordinator.store.sqlite_files import (
    Connection,
    database_bytes,
    online_copy,
    replace_database,
    require_space,
    write_failure,
)

#: What the summary counts, in the clinic's words.
COUNTED: tuple[tuple[str, type[Base]], ...] = (
    ("clients", Client), ("episodes", Episode), ("referrals", Referral),
    ("assessments", Assessment), ("notes", ClientNote), ("disclosures", Disclosure),
    ("user accounts", User), ("audit events", AuditEvent),
)


@dataclass(frozen=True)
class RestoreSummary:
    """What a restore checked and put in place."""

    backup: Path
    #: The database the restore replaced, kept beside it.
    previous_copy: Path
    schema: str
    #: The backup's older schema revision, when the copy was upgraded from it.
    upgraded_from: str | None
    #: ``(what, how many)`` in the restored database, e.g. ``("clients", 300)``.
    counts: tuple[tuple[str, int], ...]
    latest_event_at: datetime | None

    def lines(self) -> list[str]:
        """The summary as a few sentences for the command line."""
        schema = (f"schema {self.schema} (upgraded from {self.upgraded_from})"
                  if self.upgraded_from else f"schema {self.schema}")
        held = ", ".join(f"{count:,} {what}" for what, count in self.counts)
        latest = ("" if self.latest_event_at is None else
                  f"; the latest event is from {self.latest_event_at:%Y-%m-%d %H:%M} UTC")
        return [
            f"Checked {self.backup.name}: every page intact, {schema}, audit trail intact.",
            f"It holds {held}{latest}.",
            f"Restored the database from {self.backup}; the database it replaced is kept "
            f"as {self.previous_copy}.",
        ]


@dataclass(frozen=True)
class Restorer:
    """Who restores: a user already signed in to the live database (``password`` None), or,
    when the live database cannot be used, a user of the backup with their password there."""

    username: str
    password: str | None = None


def restore_database(live: Path, backup: Path, authorize: Callable[[], Restorer],
                     passphrase: str | None = None,
                     live_key: StoreKey | Literal["look"] | None = "look") -> RestoreSummary:
    """Check ``backup`` on a copy and, if it passes, put it in place of ``live``.

    The copy is made in the live file's kind: encrypted with the live file's key (a new one
    when this workstation has none that opens it), or plain for a plain live file.

    Args:
        passphrase: opens an encrypted backup (the one chosen when it was made, or the
            database's recovery passphrase if that was used); a plain backup needs none.
        live_key: the key the caller's own connections to ``live`` use (None: plain), which
            the restored file keeps, so those connections open it; "look" (a caller with no
            connection to it) finds it from the file.
        authorize: called once the backup passed its checks, before anything is written
            (a sign-in writes to the database it signs in to, and a refused restore must
            leave the live file as it was); it closes the caller's own connections to
            ``live``, which would otherwise count as another workstation's.

    Raises:
        ValidationError: ``backup`` is missing, is the live file, is not a Coordinator
            backup, is damaged, or its audit trail does not verify.
        SchemaTooNew: a newer version of Coordinator wrote ``backup``.
        DatabaseInUse: another connection has ``live`` open.
        CoordinatorError: not enough space, or the disk refused a write.
    """
    backup = backup.expanduser().resolve()
    live = live.expanduser().resolve()
    _check_backup_file(backup, live)
    backup_key = backup_passphrase_key(backup, passphrase)
    needed = 2 * database_bytes(backup) + 2 * (database_bytes(live) if live.exists() else 0)
    require_space(live.parent, needed, f"restoring {backup.name}")
    work = Path(tempfile.mkdtemp(prefix=".coordinator-restore-", dir=live.parent))
    try:
        copy = work / live.name
        previous = _previous_copy_name(live)
        try:
            key = _live_key(live) if live_key == "look" else live_key
            _copy_backup(backup, backup_key, copy, key)
            if anchor_path(backup).is_file():
                shutil.copyfile(anchor_path(backup), anchor_path(copy))
            upgraded_from = _check_copy(copy, backup, key)
            summary = _record_and_count(copy, backup, previous, authorize(), upgraded_from,
                                        key)
            replace_database(live, copy, previous, _AnchorFollows(live, previous, copy, key),
                             key)
        except (OSError, cipher.dbapi.Error) as error:
            failure = write_failure(error, live, needed, f"restoring {backup.name}")
            if failure is None:
                raise
            raise failure from None
        return summary
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _check_backup_file(backup: Path, live: Path) -> None:
    if not backup.is_file():
        raise ValidationError(f"There is no file {backup}.")
    if backup == live:
        raise ValidationError(f"{backup} is the database itself; choose a backup file.")
    if not cipher.is_plain(backup) and backup.stat().st_size < 512:
        raise ValidationError(f"{backup} is not a Coordinator backup (not a SQLite "
                              "file); nothing was restored.")


def is_encrypted_backup(backup: Path) -> bool:
    """Whether ``backup`` needs a passphrase (it is not a plain SQLite file)."""
    return backup.is_file() and cipher.file_salt(backup) is not None


def backup_passphrase_key(backup: Path, passphrase: str | None) -> StoreKey | None:
    """The key ``passphrase`` gives the encrypted ``backup``, checked by reading it; None
    for a plain backup.

    Raises:
        ValidationError: no passphrase for an encrypted backup, or one that does not open it.
    """
    salt = cipher.file_salt(backup)
    if salt is None:
        return None
    if not passphrase:
        raise ValidationError(f"{backup} is encrypted; give the passphrase it was made with. "
                              "Nothing was restored.")
    key = cipher.key_from_passphrase(backup, passphrase)
    if key is not None:
        return key
    raise ValidationError(f"The passphrase does not open {backup}: use the one chosen when the "
                          "backup was made (or the database's recovery passphrase, if that "
                          "was used); nothing was restored.")


def _live_key(live: Path) -> StoreKey | None:
    """The key the restored file is to have: the live file's own; for a plain live file
    none; a new one (kept in the credential store) when there is no live file or this
    workstation has no key that opens it.

    Only for a process with no connection to ``live``: reading its header closes a file
    descriptor, which releases the POSIX locks of every connection this process has to it.
    """
    if live.is_file() and live.stat().st_size > 0:
        try:
            return cipher.key_for(live)
        except DatabaseLocked:
            pass
    elif not cipher.encryption_wanted():
        return None
    return cipher.create_key()[0]


def _copy_backup(backup: Path, backup_key: StoreKey | None, copy: Path,
                 key: StoreKey | None) -> None:
    try:
        online_copy(backup, copy, key, source_key=backup_key)
    except cipher.dbapi.DatabaseError as error:
        # The backup opened (its first page read), so a page that will not copy is damaged:
        # SQLCipher reports a page failing its HMAC check as a plain SQL error.
        raise ValidationError(f"{backup} is damaged ({error}); it was not "
                              "restored.") from None


def _check_copy(copy: Path, backup: Path, key: StoreKey | None) -> str | None:
    """Integrity, schema and audit trail of the copy; returns the revision it was upgraded
    from, if any."""
    refused = "it was not restored"
    try:
        with closing(cipher.connect(copy, key)) as connection:
            problems = cipher.page_problems(connection, key is not None,
                                            "integrity_check(5)") or ["ok"]
            tables = {str(row[0]) for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
            revision = (connection.execute("SELECT version_num FROM alembic_version")
                        .fetchone() if "alembic_version" in tables else None)
    except cipher.dbapi.DatabaseError as error:
        if is_damage(error):
            raise ValidationError(f"{backup} is damaged ({error}); {refused}.") from None
        raise
    if problems != ["ok"]:
        found = "; ".join(line for problem in problems for line in problem.splitlines()
                          if not line.startswith("***"))
        raise ValidationError(f"{backup} is damaged ({found}); {refused}.")
    if revision is None or "audit_event" not in tables:
        raise ValidationError(f"{backup} is not a Coordinator backup; {refused}.")
    version = str(revision[0])
    if version not in migrate.known_revisions():
        raise SchemaTooNew(f"{backup} comes from a newer version of Coordinator (schema "
                           f"{version}); update Coordinator to restore it. Nothing was "
                           "restored.")
    db = open_database(str(copy))
    try:
        upgraded_from = None if version == migrate.head_revision() else version
        if upgraded_from is not None:
            migrate.upgrade(db)
        report = AuditService(ServiceContext(db)).verify()
    finally:
        db.dispose()
    if not report.intact:
        # The copy is checked under the live file's name; the person knows the backup's.
        reason = report.reason.replace(anchor_path(copy).name, anchor_path(backup).name)
        if not anchor_path(backup).is_file():
            raise ValidationError(
                f"The audit trail in {backup} cannot be trusted without its anchor file "
                f"({reason}); copy {anchor_path(backup).name}, which `coordinator backup` "
                f"wrote beside the backup, next to it and restore again; {refused}.")
        raise ValidationError(f"The audit trail in {backup} fails verification "
                              f"({reason}); {refused}.")
    return upgraded_from


def _record_and_count(copy: Path, backup: Path, previous: Path, restorer: Restorer,
                      upgraded_from: str | None, key: StoreKey | None) -> RestoreSummary:
    """Write the restore into the copy's own audit trail, then count what it holds."""
    db = open_database(str(copy))
    try:
        ctx = ServiceContext(db)
        username, user_id = _restoring_user(ctx, restorer, backup)
        with ctx.unit_of_work() as uow:
            uow.audit("restore", "database", "",
                      f"restored from {backup.name}; the database it replaced is kept as "
                      f"{previous.name}", username=username, user_id=user_id)
        with ctx.unit_of_work(write=False) as uow:
            counts = tuple((what, int(uow.session.execute(
                select(func.count()).select_from(model)).scalar_one()))
                for what, model in COUNTED)
            latest = uow.session.execute(
                select(AuditEvent.occurred_at).order_by(AuditEvent.id.desc()).limit(1)
            ).scalar_one_or_none()
        schema = migrate.current_revision(db) or ""
    finally:
        db.dispose()
    with closing(cipher.connect(copy, key)) as connection:
        # One plain file: the live file goes back to WAL mode itself once it holds this.
        connection.execute("PRAGMA journal_mode=DELETE")
    return RestoreSummary(backup, previous, schema, upgraded_from, counts,
                          None if latest is None else
                          datetime.fromisoformat(latest).astimezone(UTC))


def _restoring_user(ctx: ServiceContext, restorer: Restorer,
                    backup: Path) -> tuple[str, int | None]:
    """The restoring user's name and their id in the backup (None if it has no such user)."""
    if restorer.password is not None:
        actor = AuthService(ctx).login(restorer.username, restorer.password)
        if actor.must_change_password:
            raise PermissionDenied(f"The account {actor.username} has a temporary password in "
                                   f"{backup.name}; it cannot restore it.")
        ctx.require(Permission.MANAGE_SETTINGS)
        return actor.username, actor.user_id
    with ctx.unit_of_work(write=False) as uow:
        user_id = uow.session.execute(
            select(User.id).where(User.username == restorer.username)).scalar_one_or_none()
    return restorer.username, user_id


class _AnchorFollows:
    """The live file's audit anchor follows its content, in the two steps a save takes: the
    restored head announced as pending before the content changes, confirmed after, so a
    crash at any point leaves a file whose trail verifies. The old anchor goes with the
    database kept aside."""

    def __init__(self, live: Path, previous: Path, copy: Path, key: StoreKey | None) -> None:
        self.live = anchor_path(live)
        self.previous = anchor_path(previous)
        self.restored = _head(copy, key)

    def before(self, old: Connection | None) -> None:
        if self.live.is_file():
            shutil.copyfile(self.live, self.previous)
        replace_anchor(self.live, Anchor(_head(old) if old is not None else None,
                                         self.restored))

    def after(self) -> None:
        replace_anchor(self.live, Anchor(self.restored))


def _head(database: Path | Connection, key: StoreKey | None = None) -> ChainHead | None:
    """The newest audit event's id and hash; None when there is none or it cannot be read."""
    query = "SELECT id, hash FROM audit_event ORDER BY id DESC LIMIT 1"
    try:
        if isinstance(database, Path):
            with closing(cipher.connect(database, key)) as connection:
                row = connection.execute(query).fetchone()
        else:
            row = database.execute(query).fetchone()
    except cipher.dbapi.DatabaseError:
        return None  # a damaged live file: its own anchor, kept aside, says what it was
    return None if row is None else ChainHead(int(row[0]), str(row[1]))


def _previous_copy_name(live: Path) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    stem = f"{live.stem}.before-restore-{stamp}"
    target = live.with_name(f"{stem}{live.suffix}")
    counter = 1
    while target.exists():  # two restores within one second keep both copies
        counter += 1
        target = live.with_name(f"{stem}-{counter}{live.suffix}")
    return target
