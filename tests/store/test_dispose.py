"""Closing a SQLite store at quit never waits for another workstation's write lock.

``Database.dispose`` lets ``PRAGMA optimize`` refresh the planner's statistics, which may
write (it runs ``ANALYZE``). When another process holds the write lock at that moment, quitting
must not wait the busy timeout for it: the statistics wait for the next quit instead.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from coordinator.store.engine import Database, open_database
from tests.sqlite_damage import open_db

# Far longer than the guard below: if dispose asked for the write lock, SQLite would keep
# it waiting this long, and the guard fails the test instead.
LONG_BUSY_TIMEOUT_MS = 600_000
GUARD_SECONDS = 60


@pytest.fixture
def used_store(sqlite_only: None, tmp_path: Path) -> Iterator[Database]:
    """A SQLite file with one indexed table that this process wrote and searched by its
    index, so ``PRAGMA optimize`` finds it worth analyzing; its one pooled connection waits
    ``LONG_BUSY_TIMEOUT_MS`` for a lock."""
    db = open_database(str(tmp_path / "store.sqlite3"))
    with db.engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE visit (id INTEGER PRIMARY KEY, note TEXT)")
        connection.exec_driver_sql("CREATE INDEX visit_note ON visit (note)")
        for number in range(50):
            connection.exec_driver_sql("INSERT INTO visit (note) VALUES (?)",
                                       (f"visit {number}",))
    with db.engine.connect() as connection:
        connection.exec_driver_sql(f"PRAGMA busy_timeout={LONG_BUSY_TIMEOUT_MS}")
        assert connection.exec_driver_sql(
            "SELECT id FROM visit WHERE note = 'visit 7'").scalars().all() == [8]
        # Debug mode (0x01) lists what optimize would do without doing it.
        planned = connection.exec_driver_sql("PRAGMA optimize(0x03)").scalars().all()
        connection.rollback()
    assert planned == ['ANALYZE "main"."visit"']
    yield db
    db.dispose()


def _analyzed_tables(path: Path) -> list[str]:
    with open_db(path) as reader:
        if not reader.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'"
                              ).fetchall():
            return []
        return sorted({row[0] for row in reader.execute("SELECT tbl FROM sqlite_stat1")})


def _notes(path: Path) -> list[str]:
    with open_db(path) as reader:
        return [row[0] for row in reader.execute("SELECT note FROM visit ORDER BY id")]


def test_dispose_refreshes_the_statistics_when_nobody_else_writes(
        used_store: Database) -> None:
    path = used_store.sqlite_path
    assert path is not None

    used_store.dispose()

    assert _analyzed_tables(path) == ["visit"]


def test_dispose_returns_while_another_workstation_holds_the_write_lock(
        used_store: Database) -> None:
    path = used_store.sqlite_path
    assert path is not None
    other = open_db(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO visit (note) VALUES ('saved at the front desk')")
    errors: list[BaseException] = []

    def quit_app() -> None:
        try:
            used_store.dispose()
        except BaseException as error:  # the test below reports it
            errors.append(error)

    quitting = threading.Thread(target=quit_app)
    quitting.start()
    quitting.join(GUARD_SECONDS)
    waited = quitting.is_alive()
    other.execute("COMMIT")  # lets a waiting dispose finish before the test fails
    quitting.join()
    other.close()

    assert not waited, "dispose waited for the other workstation's write lock"
    assert errors == []
    assert _notes(path) == [f"visit {number}" for number in range(50)] + [
        "saved at the front desk"]
    # Optimize gave way to the writer; the statistics are refreshed at a later quit.
    assert _analyzed_tables(path) == []
