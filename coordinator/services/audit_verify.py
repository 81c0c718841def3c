"""Verifying the audit trail: its links, its anchor, a supervisor's checkpoint.

``verify_trail`` walks every event in a read transaction (saves go on meanwhile), then takes
the write lock for a moment to walk what was appended since and compare the head with the
anchor file, so no save can slip in between reading the head and reading the anchor.
``open_existing`` opens a database for checking without ever creating or migrating one.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from coordinator.domain.audit_chain import (
    Anchor,
    ChainedEvent,
    ChainHead,
    ChainReport,
    ChainWalk,
)
from coordinator.domain.audit_checkpoint import Checkpoint
from coordinator.domain.errors import StoreUnavailable
from coordinator.services.audit_anchor import (
    AnchorUnreadable,
    anchor_path,
    read_anchor,
    read_head,
)
from coordinator.services.context import ServiceContext
from coordinator.store import cipher, migrate
from coordinator.store.engine import (
    ENV_VAR,
    Database,
    default_database_path,
    open_database,
    resolve_url,
)
from coordinator.store.models import AuditEvent, User

_BATCH = 5000


def verify_trail(ctx: ServiceContext, checkpoint: Checkpoint | None = None) -> ChainReport:
    """Check every link, then the head against the anchor file and ``checkpoint``."""
    walk = ChainWalk()
    with ctx.unit_of_work(write=False) as uow:
        walk.feed(chained_events(uow.session))
    if walk.broken is not None:
        return walk.report()
    path = ctx.db.sqlite_path
    with ctx.unit_of_work(write=path is not None) as uow:
        walked = walk.head
        walk.feed(chained_events(uow.session, after=walked.event_id if walked else 0))
        if walk.broken is not None:
            return walk.report()
        session = uow.session
        head = read_head(session.connection())
        if head != walk.head:
            assert walk.head is not None  # the head only changes this way if events vanish
            return ChainReport(walk.checked, walk.head.event_id,
                               f"event {walk.head.event_id} was removed while the trail "
                               "was being checked", head)
        report = ChainReport(walk.checked, head=head)
        if path is not None:
            report = _compare_with_anchor(session, report, anchor_path(path))
        elif head is None:
            report = _empty_with_users(session, report)
        if report.intact and checkpoint is not None:
            report = _compare_with_checkpoint(session, report, checkpoint)
        return report


def chained_events(session: Session, after: int = 0) -> Iterator[ChainedEvent]:
    """Every event with an id above ``after``, in id order, read in batches."""
    last_id = after
    while True:
        rows = session.execute(
            select(AuditEvent).where(AuditEvent.id > last_id)
            .order_by(AuditEvent.id).limit(_BATCH)).scalars().all()
        if not rows:
            return
        for row in rows:
            yield ChainedEvent(row.id, row.occurred_at, row.user_id, row.username, row.action,
                               row.entity_type, row.entity_id, row.detail, row.prev_hash,
                               row.hash, row.hash_version)
        last_id = rows[-1].id
        session.expunge_all()


def _stored_hash(session: Session, event_id: int) -> str | None:
    return session.execute(
        select(AuditEvent.hash).where(AuditEvent.id == event_id)).scalar_one_or_none()


def _events_up_to(session: Session, event_id: int) -> int:
    return session.execute(
        select(func.count(AuditEvent.id)).where(AuditEvent.id <= event_id)).scalar_one()


def _empty_with_users(session: Session, report: ChainReport) -> ChainReport:
    # Every way of adding an account is audited, so accounts with no events at all means
    # the whole trail was removed.
    users = session.execute(select(func.count(User.id))).scalar_one()
    if not users:
        return report
    return ChainReport(0, 1, f"the audit trail has no events although the database has "
                             f"{users:,} user accounts (its events were removed)")


def _compare_with_anchor(session: Session, report: ChainReport, path: Path) -> ChainReport:
    head = report.head
    try:
        anchor = read_anchor(path)
    except (AnchorUnreadable, OSError) as error:
        return ChainReport(0, head.event_id if head else 1,
                           f"the anchor file {path.name} beside the database cannot be read "
                           f"({error}), so the newest events cannot be checked", head)
    if anchor is None:
        if head is None:
            return _empty_with_users(session, report)  # a new database: no save yet
        return ChainReport(0, head.event_id,
                           f"the anchor file {path.name} beside the database is missing, so "
                           "removed or added newest events cannot be ruled out", head)
    if anchor.recognises(head):
        return ChainReport(report.checked, head=head, anchored=True)
    return _anchor_mismatch(session, head, anchor, path.name)


def _anchor_mismatch(session: Session, head: ChainHead | None, anchor: Anchor,
                     name: str) -> ChainReport:
    recorded = [mark for mark in (anchor.pending, anchor.confirmed) if mark is not None]
    for mark in recorded:
        if _stored_hash(session, mark.event_id) == mark.hash:
            # The chain holds the anchored head, so it was extended behind the app's back.
            first_added = session.execute(select(func.min(AuditEvent.id)).where(
                AuditEvent.id > mark.event_id)).scalar_one()
            return ChainReport(
                _events_up_to(session, mark.event_id), first_added,
                f"event {first_added} and any after it were added outside Coordinator: the "
                f"anchor file {name} records event {mark.event_id} as the newest", head)
    newest = recorded[0] if recorded else None
    if newest is not None and (head is None or head.event_id < newest.event_id):
        last = f"after event {head.event_id}" if head else "of the trail"
        return ChainReport(
            _events_up_to(session, head.event_id) if head else 0, newest.event_id,
            f"the newest events {last} were removed: the anchor file {name} records "
            f"event {newest.event_id} as the newest", head)
    shown = newest.event_id if newest else 1
    return ChainReport(
        0, shown, f"event {shown} is not the one the anchor file {name} records: events were "
                  "altered or replaced and their hashes recomputed", head)


def _compare_with_checkpoint(session: Session, report: ChainReport,
                             checkpoint: Checkpoint) -> ChainReport:
    stored = _stored_hash(session, checkpoint.event_id)
    which = checkpoint.describe()
    if stored is None:
        return ChainReport(report.checked, checkpoint.event_id,
                           f"event {checkpoint.event_id}, the newest in {which}, is missing "
                           "(events were removed)", report.head)
    if stored != checkpoint.hash:
        return ChainReport(0, checkpoint.event_id,
                           f"event {checkpoint.event_id} is not the one in {which}: events "
                           "were altered or replaced and their hashes recomputed",
                           report.head)
    if checkpoint.events is not None:
        held = _events_up_to(session, checkpoint.event_id)
        if held != checkpoint.events:
            return ChainReport(report.checked, checkpoint.event_id,
                               f"{which} counts {checkpoint.events:,} events up to event "
                               f"{checkpoint.event_id}, but the trail holds {held:,}",
                               report.head)
    return report


def take_checkpoint(ctx: ServiceContext, report: ChainReport) -> Checkpoint | None:
    """The head of a trail ``report`` found intact, as a checkpoint (None: no events)."""
    if report.head is None:
        return None
    with ctx.unit_of_work(write=False) as uow:
        session = uow.session
        last_event_at = session.execute(select(AuditEvent.occurred_at).where(
            AuditEvent.id == report.head.event_id)).scalar_one()
        events = _events_up_to(session, report.head.event_id)
    taken_at = datetime.now(UTC).isoformat(timespec="seconds")
    return Checkpoint(report.head.event_id, report.head.hash, events=events,
                      last_event_at=last_event_at, taken_at=taken_at,
                      where=ctx.db.display_name)


# Opening a database to check it, never creating or migrating one ---------------------------

def open_existing(location: str | None) -> Database:
    """Open the Coordinator database at ``location`` (default as for every command) as it is.

    Raises:
        StoreUnavailable: nothing is there, or it is not a Coordinator database, is damaged,
            or has an older schema (one sentence each; nothing is created or changed).
        SchemaTooNew: a newer version of Coordinator wrote it.
    """
    raw = location or os.environ.get(ENV_VAR) or ""
    url = resolve_url(raw) if raw else URL.create(
        "sqlite+pysqlite", database=str(default_database_path()))
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        _check_sqlite_candidate(Path(url.database or ""))
    db = open_database(url)
    try:
        db.ensure_intact()  # a damaged page anywhere in the file: never "intact"
        _check_schema(db)
    except BaseException:
        db.dispose()
        raise
    return db


def _check_sqlite_candidate(path: Path) -> None:
    if not path.parent.is_dir():
        raise StoreUnavailable(f"The folder {path.parent} does not exist.")
    if not path.exists():
        raise StoreUnavailable(f"There is no database at {path}.")
    if not path.is_file():
        raise StoreUnavailable(f"{path} is a folder, not a database file.")
    if path.stat().st_size == 0:
        raise StoreUnavailable(f"{path} is an empty file, not a Coordinator database.")
    if not cipher.is_plain(path) and path.stat().st_size < 512:
        raise StoreUnavailable(f"{path} is not a Coordinator database (not a SQLite file).")
    key = cipher.key_for(path)  # an encrypted file this workstation cannot open: a sentence
    # Read-only, and with no log beside the file, immutable too: even a read-only open of a
    # WAL-mode file would otherwise leave an empty -wal and a -shm next to it.
    has_log = path.with_name(f"{path.name}-wal").exists()
    query = "mode=ro" if has_log else "mode=ro&immutable=1"
    try:
        probe = cipher.connect(f"{path.resolve().as_uri()}?{query}", key, uri=True)
        try:
            tables = {row[0] for row in probe.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            probe.close()
    except cipher.dbapi.DatabaseError as error:
        raise StoreUnavailable(f"{path} is damaged and cannot be read ({error}); restore it "
                               "from a backup.") from None
    if not {"alembic_version", "audit_event"} <= tables:
        raise StoreUnavailable(f"{path} is not a Coordinator database.")


def _check_schema(db: Database) -> None:
    revision = migrate.current_revision(db)
    if revision is None:
        raise StoreUnavailable(f"{db.display_name} is not a Coordinator database.")
    if revision == (migrate.quick_head() or migrate.head_revision()):
        return
    migrate.check_known(db)  # a newer version's schema: SchemaTooNew
    raise StoreUnavailable(
        f"{db.display_name} has an older schema ({revision}); run "
        "`coordinator db upgrade` on it first, then verify it.")
