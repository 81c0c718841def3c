"""A checkpoint of the audit chain's head that a supervisor prints or keeps elsewhere.

Because every event's hash covers the hash before it, the newest event's id and hash fix
the whole trail up to that point. A checkpoint kept off the machine (printed, mailed to
the privacy officer, written to another server) lets ``audit verify --checkpoint`` show
later that none of those events was removed or rewritten, even by someone who also
rewrote the anchor file or who owns the database server.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

TITLE = "Coordinator audit checkpoint"
_TOKEN = re.compile(r"\b(\d+):([0-9a-fA-F]{64})\b")
_EVENTS = re.compile(r"^\s*events:\s*([\d,]+)\s*$", re.MULTILINE)
_TAKEN = re.compile(r"^\s*taken at:\s*(.+?)\s*$", re.MULTILINE)


@dataclass(frozen=True)
class Checkpoint:
    """The head of the chain at one moment: the events up to ``event_id`` and its hash."""

    event_id: int
    hash: str
    events: int | None = None  # how many events the trail held; None if not given
    last_event_at: str = ""  # when the newest event happened (UTC, ISO 8601)
    taken_at: str = ""  # when the checkpoint was taken (UTC, ISO 8601)
    where: str = ""  # the database it was taken of, for the reader

    @property
    def token(self) -> str:
        """The short form ``EVENT:HASH`` that ``audit verify --checkpoint`` accepts."""
        return f"{self.event_id}:{self.hash}"

    def describe(self) -> str:
        """How a report names this checkpoint: "the checkpoint of event 12 (taken …)"."""
        taken = f" taken {self.taken_at}" if self.taken_at else ""
        return f"the checkpoint of event {self.event_id}{taken}"


def format_checkpoint(checkpoint: Checkpoint) -> str:
    """The checkpoint as lines to print or keep; ``parse_checkpoint`` reads them back."""
    lines = [
        TITLE,
        f"  database:    {checkpoint.where}",
        f"  taken at:    {checkpoint.taken_at}",
        f"  events:      {checkpoint.events if checkpoint.events is not None else '?'}",
        f"  last event:  {checkpoint.event_id} at {checkpoint.last_event_at}",
        f"  last hash:   {checkpoint.hash}",
        f"  checkpoint:  {checkpoint.token}",
        "Keep this away from the database. To check the trail against it later:",
        f"  coordinator audit verify --checkpoint {checkpoint.token}",
    ]
    return "\n".join(lines) + "\n"


def parse_checkpoint(text: str) -> Checkpoint:
    """A checkpoint from the printed form or from its ``EVENT:HASH`` token.

    Raises:
        ValueError: ``text`` holds no ``EVENT:HASH``, or two different ones.
    """
    tokens = {(int(number), digest.lower()) for number, digest in _TOKEN.findall(text)}
    if len(tokens) != 1:
        raise ValueError("no checkpoint (EVENT:HASH)" if not tokens
                         else "more than one checkpoint")
    event_id, digest = tokens.pop()
    events = _EVENTS.search(text)
    taken = _TAKEN.search(text)
    return Checkpoint(event_id, digest,
                      events=int(events.group(1).replace(",", "")) if events else None,
                      taken_at=taken.group(1) if taken else "")
