"""Finding audit events for the Audit view: filters in SQL, newest first, a page at a time.

An event names what it is about as ``entity_type`` and ``entity_id`` text. For a client, or
a record that belongs to one client (an episode, a referral, a consent, ...), the listing
adds the client's name and record number as they are now, and the client filter finds the
events about the client and about each of the client's records. Events about a list (a
search, the dashboard) name no single client and are found by user, action or date.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, String, and_, cast, func, or_, select
from sqlalchemy.orm import Session

from coordinator.services.dto import AuditEntry
from coordinator.store.models import (
    Assessment,
    Attendance,
    AuditEvent,
    CareTeamMember,
    Client,
    ClientNote,
    Consent,
    Disclosure,
    Episode,
    Referral,
    SafetyAlert,
    Transition,
    User,
)

# Records that belong to one client, by the entity type their events are written under.
CLIENT_RECORDS: dict[str, Any] = {
    "episode": Episode, "transition": Transition, "referral": Referral, "consent": Consent,
    "care_team_member": CareTeamMember, "client_note": ClientNote, "assessment": Assessment,
    "safety_alert": SafetyAlert, "attendance": Attendance, "disclosure": Disclosure,
}


@dataclass(frozen=True)
class AuditFilter:
    """Which events the Audit view lists; None (or empty) means any.

    ``since`` and ``until`` are calendar days on this workstation's clock, both included.
    """

    username: str | None = None
    client_id: int | None = None
    action: str | None = None
    since: date | None = None
    until: date | None = None

    def describe(self, record_number: str | None = None) -> str:
        """The filter in words for the audit trail, e.g. ``user maria, 2026-03-01 to …``;
        the client by ``record_number`` when given."""
        parts = []
        if self.username:
            parts.append(f"user {self.username}")
        if self.client_id is not None:
            parts.append(f"client {record_number or self.client_id}")
        if self.action:
            parts.append(f"action {self.action}")
        if self.since or self.until:
            parts.append(f"{self.since.isoformat() if self.since else '…'} to "
                         f"{self.until.isoformat() if self.until else '…'}")
        return ", ".join(parts) or "all events"


def _stamp(day: date) -> str:
    """The stored form of the first moment of ``day`` (local midnight, in UTC)."""
    return datetime.combine(day, time.min).astimezone().astimezone(UTC).isoformat(
        timespec="microseconds")


def _client_condition(client_id: int) -> ColumnElement[bool]:
    """Events about the client or any record of theirs (each arm uses the entity index)."""
    arms = [and_(AuditEvent.entity_type == "client", AuditEvent.entity_id == str(client_id))]
    for entity_type, model in CLIENT_RECORDS.items():
        arms.append(and_(AuditEvent.entity_type == entity_type, AuditEvent.entity_id.in_(
            select(cast(model.id, String)).where(model.client_id == client_id))))
    return or_(*arms)


def conditions(chosen: AuditFilter) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    if chosen.username:
        where.append(AuditEvent.username == chosen.username)
    if chosen.action:
        where.append(AuditEvent.action == chosen.action)
    if chosen.since is not None:
        where.append(AuditEvent.occurred_at >= _stamp(chosen.since))
    if chosen.until is not None:
        where.append(AuditEvent.occurred_at < _stamp(chosen.until + timedelta(days=1)))
    if chosen.client_id is not None:
        where.append(_client_condition(chosen.client_id))
    return where


def count_events(session: Session, chosen: AuditFilter) -> int:
    query = select(func.count(AuditEvent.id)).where(*conditions(chosen))
    return int(session.execute(query).scalar_one())


def page_query(chosen: AuditFilter, before_id: int | None, limit: int) -> Select[Any]:
    """The ``limit`` newest matching events older than ``before_id`` (the last one shown):
    paging by id reads one page from the primary key however deep the person scrolls."""
    query = select(AuditEvent).where(*conditions(chosen))
    if before_id is not None:
        query = query.where(AuditEvent.id < before_id)
    return query.order_by(AuditEvent.id.desc()).limit(max(limit, 0))


def page_of_events(session: Session, chosen: AuditFilter, before_id: int | None,
                   limit: int) -> list[AuditEntry]:
    rows = session.execute(page_query(chosen, before_id, limit)).scalars().all()
    return named_entries(session, rows)


def all_events(session: Session, chosen: AuditFilter, batch: int = 2000
               ) -> Iterator[list[AuditEntry]]:
    """Every matching event, newest first, ``batch`` at a time."""
    before: int | None = None
    while True:
        page = page_of_events(session, chosen, before, batch)
        if not page:
            return
        yield page
        before = page[-1].id
        session.expunge_all()


def named_entries(session: Session, rows: Sequence[AuditEvent]) -> list[AuditEntry]:
    """``rows`` as entries carrying the user's full name and the client's name (and an
    account's name where the event is about a user account)."""
    full_names = dict(session.execute(
        select(User.username, User.full_name).where(
            User.username.in_({row.username for row in rows}))).all()) if rows else {}
    account_ids = {int(row.entity_id) for row in rows
                   if row.entity_type == "user" and row.entity_id.isdigit()}
    accounts = {str(user_id): full_name for user_id, full_name in session.execute(
        select(User.id, User.full_name).where(User.id.in_(account_ids))).all()
    } if account_ids else {}
    owners = _client_of(session, rows)
    clients = {client_id: (f"{family}, {given}", number) for client_id, family, given, number
               in session.execute(select(Client.id, Client.family_name, Client.given_name,
                                         Client.record_number)
                                  .where(Client.id.in_(set(owners.values())))).all()
               } if owners else {}
    entries = []
    for row in rows:
        client_id = owners.get((row.entity_type, row.entity_id))
        name, number = clients.get(client_id, ("", "")) if client_id is not None else ("", "")
        entries.append(AuditEntry(
            row.id, datetime.fromisoformat(row.occurred_at), row.username, row.action,
            row.entity_type, row.entity_id, row.detail, full_names.get(row.username, ""),
            client_id if name else None, name, number,
            accounts.get(row.entity_id, "") if row.entity_type == "user" else ""))
    return entries


def _client_of(session: Session, rows: Sequence[AuditEvent]) -> dict[tuple[str, str], int]:
    """The client each row's entity belongs to, for the rows about clients' records."""
    wanted: dict[str, set[int]] = {}
    for row in rows:
        if (row.entity_type == "client" or row.entity_type in CLIENT_RECORDS) \
                and row.entity_id.isdigit():
            wanted.setdefault(row.entity_type, set()).add(int(row.entity_id))
    owners = {("client", str(client_id)): client_id for client_id in wanted.pop("client", ())}
    for entity_type, ids in wanted.items():
        model = CLIENT_RECORDS[entity_type]
        for record_id, client_id in session.execute(
                select(model.id, model.client_id).where(model.id.in_(ids))).all():
            owners[(entity_type, str(record_id))] = client_id
    return owners
