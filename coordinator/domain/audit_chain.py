"""The hash chain that makes the audit trail tamper-evident (HIPAA 164.312(b)).

Each event's hash covers its own fields and the previous event's hash, so altering,
inserting or removing any event breaks every link after it. The rules are pure so the chain
can be checked the same way by the app, the CLI and the tests.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass

GENESIS_HASH = "0" * 64


@dataclass(frozen=True)
class ChainedEvent:
    """The fields of one audit event that the hash covers."""

    event_id: int
    occurred_at: str  # UTC, ISO 8601 with microseconds
    username: str
    action: str
    entity_type: str
    entity_id: str
    detail: str
    prev_hash: str
    hash: str


def event_hash(prev_hash: str, occurred_at: str, username: str, action: str,
               entity_type: str, entity_id: str, detail: str) -> str:
    """SHA-256 over the previous hash and a canonical JSON of the event's fields."""
    payload = json.dumps(
        [prev_hash, occurred_at, username, action, entity_type, entity_id, detail],
        ensure_ascii=False, separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ChainReport:
    checked: int
    broken_at: int | None = None
    reason: str = ""

    @property
    def intact(self) -> bool:
        return self.broken_at is None


def verify_chain(events: Iterable[ChainedEvent]) -> ChainReport:
    """Walk events in id order and name the first one whose link or hash is wrong."""
    expected_prev = GENESIS_HASH
    checked = 0
    for event in events:
        if event.prev_hash != expected_prev:
            return ChainReport(checked, event.event_id,
                               f"event {event.event_id} does not follow the event before it "
                               "(an event was removed, inserted or reordered)")
        recomputed = event_hash(event.prev_hash, event.occurred_at, event.username,
                                event.action, event.entity_type, event.entity_id, event.detail)
        if recomputed != event.hash:
            return ChainReport(checked, event.event_id,
                               f"event {event.event_id} was altered after it was written")
        expected_prev = event.hash
        checked += 1
    return ChainReport(checked)
