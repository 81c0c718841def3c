"""The anchor of a SQLite file's audit chain: a small file beside the database.

The hash chain alone cannot show that its newest events were deleted, or that events with
correct hashes were appended by someone with SQL tools. So every save that appends events
also records the chain's head in ``NAME-audit-anchor`` next to the database, in two steps:

1. before the commit, under SQLite's write lock: ``{confirmed: head before this save,
   pending: head after it}``, flushed to disk;
2. after the commit, under the write lock again: ``{confirmed: head after it}``, not
   flushed (the file keeps two checksummed slots, see ``audit_anchor_file``, so a torn or
   lost second write falls back to the first).

A crash before the commit leaves the chain at ``confirmed``, a crash between the commit and
step 2 leaves it at ``pending``; ``audit verify`` accepts either, and nothing else. A save
never re-anchors a head the file does not recognise (events removed or added behind the
app's back, or the file itself missing): it leaves the file as it is, so a tampered chain
keeps failing verification instead of being laundered by the next save. Two workstations
on one file keep it right because both steps happen under SQLite's write lock.

PostgreSQL has no file beside the database; there the database refuses changes to the
table and supervisors keep checkpoints (``coordinator audit checkpoint``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import event, text
from sqlalchemy.exc import DBAPIError

from coordinator.domain.audit_chain import Anchor, ChainHead
from coordinator.domain.errors import StoreUnavailable
from coordinator.services.audit_anchor_file import (
    AnchorUnreadable,
    read_anchor,
    replace_anchor,
    write_anchor,
)
from coordinator.store import cipher
from coordinator.store.cipher import StoreKey

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine
    from sqlalchemy.orm import Session

__all__ = ["AnchorUnreadable", "anchor_path", "note_append", "read_anchor", "read_head",
           "seal"]

_SESSION_KEY = "coordinator.audit_anchor"
_HEAD = "SELECT id, hash FROM audit_event ORDER BY id DESC LIMIT 1"


def anchor_path(db_file: Path) -> Path:
    """The anchor file of the SQLite database ``db_file`` (``NAME-audit-anchor`` beside it)."""
    return db_file.with_name(f"{db_file.name}-audit-anchor")


def seal(db_file: Path, key: StoreKey | None = None) -> None:
    """(Re)write the anchor of the SQLite file ``db_file`` from the head found in it.

    For a fresh backup copy and after a restore: the caller has checked the chain itself.
    The head is read under the file's write lock, so no save can slip in between.

    Raises:
        StoreUnavailable: the file is missing or not a Coordinator database, or the anchor
            cannot be written.
    """
    if not db_file.is_file():
        raise StoreUnavailable(f"There is no database file {db_file}.")
    try:
        # mode=rw: never create a database where there was none.
        connection = cipher.connect(f"{db_file.resolve().as_uri()}?mode=rw",
                                    key if key is not None else cipher.key_for(db_file),
                                    uri=True, timeout=5, isolation_level=None)
    except cipher.dbapi.Error as error:
        raise StoreUnavailable(f"Cannot open the database file {db_file} ({error}).") from None
    try:
        connection.execute("BEGIN IMMEDIATE")
        row = connection.execute(_HEAD).fetchone()
        head = None if row is None else ChainHead(int(row[0]), str(row[1]))
        replace_anchor(anchor_path(db_file), Anchor(head))
        connection.execute("ROLLBACK")
    except cipher.dbapi.Error as error:
        raise StoreUnavailable(
            f"{db_file} is not a Coordinator database or cannot be read ({error}).") from None
    except OSError as error:
        raise StoreUnavailable(f"Cannot write the audit anchor {anchor_path(db_file)} "
                               f"({error.strerror}).") from None
    finally:
        connection.close()


def read_head(connection: Connection) -> ChainHead | None:
    """The newest event's id and hash, read on ``connection``."""
    row = connection.execute(text(_HEAD)).first()
    return None if row is None else ChainHead(int(row[0]), str(row[1]))


# Keeping the anchor with each save --------------------------------------------------------

@dataclass
class _SaveAnchor:
    """What one unit of work appended: the head before its first event and after its last."""

    path: Path
    engine: Engine
    before: ChainHead | None
    after: ChainHead
    announced: bool = False


def note_append(session: Session, engine: Engine, db_file: Path,
                before: ChainHead | None, after: ChainHead) -> None:
    """Record that ``session``'s transaction moved the chain's head from ``before`` (the
    committed head, read under the write lock) to ``after``; the anchor follows the commit."""
    pending = session.info.get(_SESSION_KEY)
    if isinstance(pending, _SaveAnchor):
        pending.after = after
        return
    session.info[_SESSION_KEY] = _SaveAnchor(anchor_path(db_file), engine, before, after)
    event.listen(session, "before_commit", _announce)
    event.listen(session, "after_commit", _confirm)


def _announce(session: Session) -> None:
    save = session.info.get(_SESSION_KEY)
    if not isinstance(save, _SaveAnchor):
        return
    try:
        anchor = read_anchor(save.path)
    except (AnchorUnreadable, OSError):
        return  # leave a damaged file as evidence; verify names it
    if anchor is None:
        known = save.before is None and _new_database(save.engine)
    else:
        known = anchor.recognises(save.before)
    if not known:
        return  # a head this app did not leave: never re-anchor it
    try:
        write_anchor(save.path, Anchor(save.before, save.after))
    except OSError as error:
        # Committing without the anchor would make the new events look forged.
        raise StoreUnavailable(f"Cannot write the audit anchor {save.path} "
                               f"({error.strerror}); nothing was saved.") from None
    save.announced = True


def _new_database(engine: Engine) -> bool:
    """No accounts were committed before this save: the first save of a new database.

    A trail whose events and anchor file were both deleted has an empty chain too, but
    accounts made before (every way of adding one is audited); it is not anchored anew.
    Read on a second connection, which sees only what is committed.
    """
    with engine.connect() as connection:
        return not connection.execute(text("SELECT count(*) FROM app_user")).scalar_one()


def _confirm(session: Session) -> None:
    save = session.info.pop(_SESSION_KEY, None)
    if not isinstance(save, _SaveAnchor) or not save.announced:
        return
    # The save is committed whatever happens here: a failure leaves the anchor at
    # {before, after}, which verification accepts, so it is not reported.
    try:
        with save.engine.execution_options(sqlite_begin="IMMEDIATE").begin() as connection:
            if read_head(connection) != save.after:
                return  # another save came after: it confirms ours
            anchor = read_anchor(save.path)
            if anchor is not None and anchor.pending == save.after:
                # Not flushed: a power cut may lose this slot, and the reader then falls
                # back to {before, after}, which verification accepts.
                write_anchor(save.path, Anchor(save.after), durable=False)
    except (DBAPIError, AnchorUnreadable, OSError):
        return
