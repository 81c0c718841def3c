"""Driver errors a user can act on, turned into ``StoreUnavailable`` with one sentence."""

from __future__ import annotations

import sqlite3

from sqlalchemy.exc import DBAPIError, OperationalError

from coordinator.domain.errors import StoreUnavailable
from coordinator.store import cipher
from coordinator.store.engine import damaged, is_damage


def translate_store_error(exc: DBAPIError) -> Exception:
    """Turn driver errors a user can do something about into ``StoreUnavailable``.

    A damaged SQLite file is normally caught by the engine itself, which knows the file's
    name (``coordinator.store.engine``); here it still becomes a sentence, not a traceback.
    """
    if is_damage(exc.orig):
        return damaged(None, str(exc.orig))
    if exc.connection_invalidated:
        return StoreUnavailable("The connection to the database was lost; try again.")
    original = exc.orig
    sqlite_error = isinstance(original, (sqlite3.Error, cipher.dbapi.Error))
    operational = isinstance(original, (sqlite3.OperationalError,
                                        cipher.dbapi.OperationalError))
    code = getattr(original, "sqlite_errorcode", None)
    if operational and code in (
        sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED,
    ):
        return StoreUnavailable("The database is busy with another workstation's save; "
                                "try again in a moment.")
    if operational and code in (
        sqlite3.SQLITE_FULL, sqlite3.SQLITE_READONLY, sqlite3.SQLITE_IOERR,
    ):
        return StoreUnavailable(f"The database file cannot be written ({original}).")
    if isinstance(exc, OperationalError) and not sqlite_error:
        return StoreUnavailable("The database server did not answer; check the network "
                                "and try again.")
    return exc
