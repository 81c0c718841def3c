"""The anchor file's format: two checksummed slots, so a save can update it in place.

Each slot is one line of 512 bytes: a SHA-256 of the JSON after it, the JSON (a sequence
number, the confirmed head and the pending head), and spaces. A write replaces the older
slot, so a write torn by a power cut leaves the other slot whole, and the checksum shows
which slot is torn; the reader takes the whole slot with the highest sequence number. That
is what lets the second write of a save skip flushing to disk (see ``audit_anchor``). A new
file is written whole under a temporary name, flushed and renamed.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

from coordinator.domain.audit_chain import Anchor, ChainHead

SLOT_BYTES = 512
_FORMAT = "coordinator-audit-anchor"
_VERSION = 1


class AnchorUnreadable(Exception):
    """The anchor file exists but holds no whole slot this version of Coordinator wrote."""


def read_anchor(path: Path) -> Anchor | None:
    """The newest whole anchor stored at ``path``; None when there is no such file.

    Raises:
        AnchorUnreadable: the file is damaged or not an anchor file.
        OSError: the file exists but cannot be read.
    """
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    newest = _newest(data)
    if newest is None:
        raise AnchorUnreadable(f"{path.name} is damaged or not an audit anchor file")
    return newest[2]


def write_anchor(path: Path, anchor: Anchor, *, durable: bool = True) -> None:
    """Record ``anchor`` over the older slot of the file at ``path`` (a new file if none).

    ``durable`` flushes the slot to disk before returning; without it a power cut may lose
    or tear the slot, and the reader then falls back to the other one.

    Raises:
        OSError: the file or its folder cannot be written.
    """
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        replace_anchor(path, anchor)
        return
    newest = _newest(data)
    if newest is None or len(data) != 2 * SLOT_BYTES:
        replace_anchor(path, anchor)
        return
    slot, sequence, _ = newest
    with path.open("r+b") as handle:
        handle.seek((1 - slot) * SLOT_BYTES)
        handle.write(_encode(anchor, sequence + 1))
        handle.flush()
        if durable:
            os.fsync(handle.fileno())


def replace_anchor(path: Path, anchor: Anchor) -> None:
    """Write a new anchor file holding only ``anchor``: a temporary name, flushed, renamed.

    Raises:
        OSError: the folder cannot be written (the old file, if any, is left whole).
    """
    # One fixed temporary name is enough: every writer holds the database's write lock.
    temporary = path.with_name(f".{path.name}.tmp")
    with temporary.open("wb") as handle:
        handle.write(_encode(anchor, 1) + _blank_slot())
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)
    _sync_folder(path.parent)


def _sync_folder(folder: Path) -> None:
    # The rename must reach the disk before the commit it announces. Windows cannot open a
    # folder to flush it (its renames go through the file system's own journal).
    if os.name == "nt":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def _encode(anchor: Anchor, sequence: int) -> bytes:
    body = json.dumps({"format": _FORMAT, "version": _VERSION, "sequence": sequence,
                       "confirmed": _head_json(anchor.confirmed),
                       "pending": _head_json(anchor.pending)}, separators=(",", ":"))
    line = f"{hashlib.sha256(body.encode('utf-8')).hexdigest()} {body}".encode()
    if len(line) >= SLOT_BYTES:
        raise ValueError("an anchor slot holds at most 511 bytes")
    return line.ljust(SLOT_BYTES - 1) + b"\n"


def _blank_slot() -> bytes:
    return b" " * (SLOT_BYTES - 1) + b"\n"


def _newest(data: bytes) -> tuple[int, int, Anchor] | None:
    """The whole slot with the highest sequence: (slot, sequence, anchor), or None."""
    found: list[tuple[int, int, Anchor]] = []
    for slot in (0, 1):
        decoded = _decode(data[slot * SLOT_BYTES:(slot + 1) * SLOT_BYTES])
        if decoded is not None:
            found.append((decoded[0], slot, decoded[1]))
    if not found:
        return None
    sequence, slot, anchor = max(found, key=lambda item: item[0])
    return slot, sequence, anchor


def _decode(raw: bytes) -> tuple[int, Anchor] | None:
    try:
        digest, body = raw.decode("utf-8").strip().split(" ", 1)
        if hashlib.sha256(body.encode("utf-8")).hexdigest() != digest:
            return None
        data = json.loads(body)
        if data["format"] != _FORMAT or data["version"] != _VERSION:
            return None
        sequence = data["sequence"]
        if not isinstance(sequence, int):
            return None
        return sequence, Anchor(_head(data["confirmed"]), _head(data["pending"]))
    except (UnicodeDecodeError, ValueError, KeyError, TypeError):
        return None


def _head_json(head: ChainHead | None) -> dict[str, object] | None:
    return None if head is None else {"event": head.event_id, "hash": head.hash}


def _head(value: Any) -> ChainHead | None:
    if value is None:
        return None
    event_id, digest = value["event"], value["hash"]
    if not isinstance(event_id, int) or not isinstance(digest, str) or len(digest) != 64:
        raise ValueError("not a chain head")
    return ChainHead(event_id, digest)
