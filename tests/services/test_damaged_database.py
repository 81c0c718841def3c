"""A damaged SQLite file is named in one sentence that says how to restore it, wherever the
damage is met, and no disclosure is logged into it. SQLite files only."""

from __future__ import annotations

from contextlib import closing
from datetime import date
from pathlib import Path

import pytest

from coordinator.domain.errors import DatabaseDamaged
from coordinator.services.dto import ClientInput
from coordinator.services.packets import PacketRequest
from coordinator.store.engine import Database, open_database
from tests.services.helpers import admin_services
from tests.sqlite_damage import digest, open_db, root_page, zero_page


def restore_advice(path: Path) -> str:
    return f"restore the latest good backup with 'coordinator --db {path} restore BACKUP_FILE'."


def test_a_statement_that_meets_a_zeroed_page_is_one_sentence_naming_the_file(
        sqlite_only: None, database: Database) -> None:
    services = admin_services(database)
    dara = services.clients.create(ClientInput("Dara", "Sok", date(1988, 2, 1)))
    path = database.sqlite_path
    assert path is not None
    database.dispose()
    zero_page(path, root_page(path, "client"))

    with pytest.raises(DatabaseDamaged) as refused:
        services.clients.get(dara.id)

    assert str(refused.value).startswith(f"The database file {path} is damaged (")
    assert str(refused.value).endswith(restore_advice(path))


def test_no_disclosure_is_logged_into_a_file_damaged_elsewhere(
        sqlite_only: None, database: Database, tmp_path: Path) -> None:
    services = admin_services(database)
    dara = services.clients.create(ClientInput("Dara", "Sok", date(1988, 2, 1)))
    path = database.sqlite_path
    assert path is not None
    database.dispose()
    # The community resource directory: nothing a discharge summary reads or writes.
    zero_page(path, root_page(path, "hsds_schedule"))
    before = digest(path)
    out = tmp_path / "dara-discharge.pdf"

    with pytest.raises(DatabaseDamaged) as refused:
        services.packets.save(PacketRequest.discharge(dara.id), out)

    page = root_page(path, "hsds_schedule")
    # SQLCipher finds the zeroed page by its HMAC; plain SQLite by the page's b-tree header.
    found = (f"HMAC verification failed for page {page}" if database.encrypted
             else f"Tree {page} page {page}: btreeInitPage() returns error code 11")
    assert str(refused.value) == (
        f"The database file {path} is damaged ({found}); {restore_advice(path)}")
    assert not out.exists() and not list(tmp_path.glob("*.part"))
    database.dispose()
    assert digest(path) == before
    with closing(open_db(path)) as connection:
        assert connection.execute("SELECT count(*) FROM disclosure").fetchone() == (0,)


def test_the_same_save_on_a_whole_file_is_logged(
        database: Database, tmp_path: Path) -> None:
    services = admin_services(database)
    dara = services.clients.create(ClientInput("Dara", "Sok", date(1988, 2, 1)))

    saved = services.packets.save(PacketRequest.discharge(dara.id),
                                  tmp_path / "dara-discharge.pdf")

    assert saved.path.is_file()
    assert [view.id for view in services.packets.disclosures_of(dara.id)] == [
        saved.disclosure.id]


def test_an_empty_database_file_is_refused_untouched(sqlite_only: None,
                                                     tmp_path: Path) -> None:
    path = tmp_path / "clinic.sqlite3"
    path.write_bytes(b"")

    with pytest.raises(DatabaseDamaged) as refused:
        open_database(str(path))

    assert str(refused.value) == (
        f"The database file {path} is empty (0 bytes); {restore_advice(path)[:-1]}, or "
        "delete the file to start a new database.")
    assert [item.name for item in tmp_path.iterdir()] == ["clinic.sqlite3"]
    assert path.read_bytes() == b""
