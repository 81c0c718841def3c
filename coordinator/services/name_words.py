"""The words of clients' names that do not start them (``client_name_word``), kept with
the names so that search finds "García" in "Cárdenas García" from an index.

Saving a client refreshes that client's words (``refresh``); a bulk load (the demo
caseload) and the migration that made the table fill it for everyone (``rebuild``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import Connection, delete, insert, select

from coordinator.domain.text import inner_name_words
from coordinator.store.models import Client, ClientNameWord

_CHUNK = 5000


def refresh(connection: Connection, client_ids: Iterable[int]) -> None:
    """Write these clients' name words again from their saved names."""
    ids = sorted(set(client_ids))
    for first in range(0, len(ids), _CHUNK):
        part = ids[first:first + _CHUNK]
        connection.execute(delete(ClientNameWord).where(ClientNameWord.client_id.in_(part)))
        rows = connection.execute(select(Client.id, Client.given_name_key,
                                         Client.family_name_key).where(Client.id.in_(part)))
        _insert(connection, _words_of(rows))


def rebuild(connection: Connection) -> int:
    """Write every client's name words again. Returns how many rows were written."""
    connection.execute(delete(ClientNameWord))
    rows = connection.execute(select(Client.id, Client.given_name_key, Client.family_name_key)
                              .order_by(Client.id)).all()
    return _insert(connection, _words_of(rows))


def _words_of(rows: Iterable[Any]) -> Iterator[dict[str, Any]]:
    for client_id, given_key, family_key in rows:
        words = dict.fromkeys([*inner_name_words(given_key), *inner_name_words(family_key)])
        for word in words:
            yield {"client_id": client_id, "word": word[:100]}


def _insert(connection: Connection, rows: Iterator[dict[str, Any]]) -> int:
    written = 0
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) == _CHUNK:
            connection.execute(insert(ClientNameWord), batch)
            written, batch = written + len(batch), []
    if batch:
        connection.execute(insert(ClientNameWord), batch)
        written += len(batch)
    return written
