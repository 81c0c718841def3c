"""The hash chain that makes the audit trail tamper-evident (HIPAA 164.312(b)).

Each event's hash covers every one of its fields (its id and the user's id included) and the
previous event's hash, so altering, inserting, reordering or removing any event breaks every
link after it. What the links cannot show - the newest events removed, or events appended
with correct hashes - is caught by comparing the chain's head with an anchor kept outside
the audited table (``Anchor``) or with a checkpoint a supervisor kept (``audit_checkpoint``).
The rules are pure so the app, the CLI, the migrations and the tests check them alike.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass

GENESIS_HASH = "0" * 64

#: How events are hashed now. Version 1 (events written before the event id and the user id
#: were covered) is still checked, but only as the oldest part of a chain.
HASH_VERSION = 2


@dataclass(frozen=True)
class ChainedEvent:
    """One audit event as stored: every field its hash covers, and the hash."""

    event_id: int
    occurred_at: str  # UTC, ISO 8601 with microseconds
    user_id: int | None
    username: str
    action: str
    entity_type: str
    entity_id: str
    detail: str
    prev_hash: str
    hash: str
    hash_version: int = HASH_VERSION


def event_hash(prev_hash: str, event_id: int, occurred_at: str, user_id: int | None,
               username: str, action: str, entity_type: str, entity_id: str, detail: str,
               *, version: int = HASH_VERSION) -> str:
    """SHA-256 over the previous hash and a canonical JSON of the event's fields.

    Version 2 covers every field, the version itself first; version 1 left out the event
    id and the user id (``ValueError`` for any other version).
    """
    fields: list[object]
    if version == 2:
        fields = [2, prev_hash, event_id, occurred_at, user_id, username, action,
                  entity_type, entity_id, detail]
    elif version == 1:
        fields = [prev_hash, occurred_at, username, action, entity_type, entity_id, detail]
    else:
        raise ValueError(f"unknown audit hash version {version}")
    payload = json.dumps(fields, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def hash_of(event: ChainedEvent) -> str:
    """What ``event``'s hash must be, by the rule of its own hash version."""
    return event_hash(event.prev_hash, event.event_id, event.occurred_at, event.user_id,
                      event.username, event.action, event.entity_type, event.entity_id,
                      event.detail, version=event.hash_version)


@dataclass(frozen=True)
class ChainHead:
    """The newest event of a chain: its id and its hash (which fixes everything before)."""

    event_id: int
    hash: str


@dataclass(frozen=True)
class Anchor:
    """The head recorded outside the audited table.

    ``confirmed`` is the head of the last save known to be committed (None: no events yet);
    ``pending`` the head a save in progress will leave if it commits. A chain ending at
    either is what the app left; anything else was changed behind its back.
    """

    confirmed: ChainHead | None
    pending: ChainHead | None = None

    def recognises(self, head: ChainHead | None) -> bool:
        return head == self.confirmed or (self.pending is not None and head == self.pending)


@dataclass(frozen=True)
class ChainReport:
    """What a walk of the chain found.

    ``checked`` counts the events found sound before ``broken_at`` (the first wrong event,
    None when intact); ``head`` is the newest event walked; ``anchored`` says the head was
    also compared with an anchor kept outside the table and matched it.
    """

    checked: int
    broken_at: int | None = None
    reason: str = ""
    head: ChainHead | None = None
    anchored: bool = False

    @property
    def intact(self) -> bool:
        return self.broken_at is None


class ChainWalk:
    """Checks events fed in id order, possibly in several pieces; stops at the first break."""

    def __init__(self) -> None:
        self.prev_hash = GENESIS_HASH
        self.checked = 0
        self.head: ChainHead | None = None
        self.broken: ChainReport | None = None
        self._version = 0

    def feed(self, events: Iterable[ChainedEvent]) -> bool:
        """Check ``events`` (ids above those fed before); False once a link is broken."""
        for event in events:
            if self.broken is not None:
                return False
            self._check(event)
        return self.broken is None

    def _check(self, event: ChainedEvent) -> None:
        number = event.event_id
        if event.prev_hash != self.prev_hash:
            self._break(number, f"event {number} does not follow the event before it "
                                "(an event was removed, inserted or reordered)")
            return
        if event.hash_version not in (1, HASH_VERSION) or event.hash_version < self._version:
            # Version 1 is only ever the oldest part of a chain: a newer event marked as
            # version 1 would escape the checks version 2 added.
            self._break(number, f"event {number} was altered after it was written")
            return
        if hash_of(event) != event.hash:
            self._break(number, f"event {number} was altered after it was written")
            return
        self._version = event.hash_version
        self.prev_hash = event.hash
        self.checked += 1
        self.head = ChainHead(number, event.hash)

    def _break(self, event_id: int, reason: str) -> None:
        self.broken = ChainReport(self.checked, event_id, reason, self.head)

    def report(self) -> ChainReport:
        return self.broken or ChainReport(self.checked, head=self.head)


def verify_chain(events: Iterable[ChainedEvent]) -> ChainReport:
    """Walk events in id order and name the first one whose link or hash is wrong."""
    walk = ChainWalk()
    walk.feed(events)
    return walk.report()
