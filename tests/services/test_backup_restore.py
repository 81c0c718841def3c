"""Backup and restore: a restore checks a copy of the backup before it replaces anything.

A damaged backup, one whose audit trail was edited, one from a newer version and a file that
is no backup at all are refused with the live file unchanged, byte for byte; a backup from an
older schema is upgraded on the copy; a restore is refused while another process has the
live file open, and that process keeps every save it was told had succeeded. SQLite files
only, except the PostgreSQL refusals at the end.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest
from alembic import command

from coordinator.domain.errors import CoordinatorError, SchemaTooNew, ValidationError
from coordinator.services.app import AppServices
from coordinator.services.audit_anchor import anchor_path
from coordinator.services.dto import ClientInput
from coordinator.services.encryption import unlock
from coordinator.services.restore import Restorer, restore_database
from coordinator.store import migrate
from coordinator.store.engine import Database, open_database
from coordinator.store.sqlite_files import DatabaseInUse
from tests.services.helpers import ADMIN_PASSWORD, admin_services
from tests.sqlite_damage import BACKUP_PASSPHRASE, damage, digest, open_db, root_page, zero_page

REPOSITORY = Path(__file__).resolve().parents[2]


def names(path: Path) -> list[str]:
    with closing(open_db(path)) as connection:
        return [str(row[0]) for row in connection.execute(
            "SELECT given_name FROM client ORDER BY id")]


@pytest.fixture
def clinic(sqlite_only: None, database: Database, tmp_path: Path) -> Iterator[AppServices]:
    """Administrator 'ana' with Dara Sok on file, backed up as monday.sqlite3, then Lan
    Nguyễn added to the live database."""
    services = admin_services(database)
    services.clients.create(ClientInput("Dara", "Sok", date(1988, 2, 1)))
    services.backup.backup_to(tmp_path / "monday.sqlite3", BACKUP_PASSPHRASE)
    services.clients.create(ClientInput("Lan", "Nguyễn", date(1979, 7, 9)))
    yield services
    services.close()


def live_file(services: AppServices) -> Path:
    path = services.db.sqlite_path
    assert path is not None
    return path


def settled_digest(services: AppServices) -> str:
    """The live file's digest once this process's connections are closed (and its log
    merged), which is how another program would find it."""
    services.db.dispose()
    return digest(live_file(services))


def test_a_good_backup_is_restored_and_the_summary_says_what_it_holds(
        clinic: AppServices, tmp_path: Path) -> None:
    live = live_file(clinic)

    summary = clinic.backup.restore_from(tmp_path / "monday.sqlite3", passphrase=BACKUP_PASSPHRASE)

    assert names(live) == ["Dara"]
    assert names(summary.previous_copy) == ["Dara", "Lan"]
    assert summary.previous_copy.name.startswith("coordinator.before-restore-")
    counts = dict(summary.counts)
    assert (counts["clients"], counts["episodes"], counts["user accounts"]) == (1, 0, 1)
    # create admin, login, create Dara (all in the backup), then the restore itself
    assert counts["audit events"] == 4
    assert summary.upgraded_from is None and summary.schema == migrate.head_revision()
    assert summary.lines()[0] == ("Checked monday.sqlite3: every page intact, schema "
                                  f"{summary.schema}, audit trail intact.")
    report = clinic.audit.verify()
    assert report.intact and report.anchored
    newest = clinic.audit.recent(1)[0]
    assert (newest.username, newest.action) == ("ana", "restore")
    assert newest.detail == (f"restored from monday.sqlite3; the database it replaced is "
                             f"kept as {summary.previous_copy.name}")


def test_a_backup_with_a_zeroed_page_is_refused_and_the_live_file_keeps_every_byte(
        clinic: AppServices, tmp_path: Path) -> None:
    backup = tmp_path / "monday.sqlite3"
    zero_page(backup, root_page(backup, "client"))
    before = settled_digest(clinic)

    with pytest.raises(ValidationError) as refused:
        clinic.backup.restore_from(backup, passphrase=BACKUP_PASSPHRASE)

    assert str(refused.value).startswith(f"{backup} is damaged (")
    assert str(refused.value).endswith("; it was not restored.")
    assert settled_digest(clinic) == before
    assert names(live_file(clinic)) == ["Dara", "Lan"]
    assert sorted(path.name for path in tmp_path.iterdir()) == [
        "coordinator.sqlite3", "coordinator.sqlite3-audit-anchor",
        "monday.sqlite3", "monday.sqlite3-audit-anchor"]


@pytest.mark.parametrize("tampering", [
    "UPDATE audit_event SET username = 'mallory' WHERE id = 3",
    "DELETE FROM audit_event WHERE id = (SELECT max(id) FROM audit_event)",
])
def test_a_backup_whose_audit_trail_was_edited_is_refused_untouched(
        clinic: AppServices, tmp_path: Path, tampering: str) -> None:
    backup = tmp_path / "monday.sqlite3"
    with closing(open_db(backup, isolation_level=None)) as sql:
        sql.execute("DROP TRIGGER audit_event_no_update")
        sql.execute("DROP TRIGGER audit_event_no_delete")
        sql.execute(tampering)
    before = settled_digest(clinic)

    with pytest.raises(ValidationError, match=r"fails verification \(.*\); it was not "
                                              r"restored\.$"):
        clinic.backup.restore_from(backup, passphrase=BACKUP_PASSPHRASE)

    assert settled_digest(clinic) == before


def test_a_backup_from_a_newer_version_is_refused_untouched(
        clinic: AppServices, tmp_path: Path) -> None:
    backup = tmp_path / "monday.sqlite3"
    with closing(open_db(backup)) as sql, sql:
        sql.execute("UPDATE alembic_version SET version_num = '9999'")
    before = settled_digest(clinic)

    with pytest.raises(SchemaTooNew) as refused:
        clinic.backup.restore_from(backup, passphrase=BACKUP_PASSPHRASE)

    assert str(refused.value) == (f"{backup} comes from a newer version of Coordinator "
                                  "(schema 9999); update Coordinator to restore it. Nothing "
                                  "was restored.")
    assert settled_digest(clinic) == before


def test_a_file_that_is_no_backup_is_refused_untouched(
        clinic: AppServices, tmp_path: Path) -> None:
    notes = tmp_path / "notes.sqlite3"
    notes.write_text("Call Dara's sister on Monday.\n", encoding="utf-8")
    before = settled_digest(clinic)

    with pytest.raises(ValidationError) as refused:
        clinic.backup.restore_from(notes, passphrase=BACKUP_PASSPHRASE)

    assert str(refused.value) == (f"{notes} is not a Coordinator backup (not a SQLite "
                                  "file); nothing was restored.")
    assert settled_digest(clinic) == before


def test_a_backup_from_an_older_schema_is_upgraded_on_the_copy(
        clinic: AppServices, tmp_path: Path) -> None:
    # A backup as the version before the append-only audit trail wrote it: schema 0002,
    # events hashed by the old rule, and no anchor file.
    backup = tmp_path / "monday.sqlite3"
    unlock(backup, BACKUP_PASSPHRASE)  # this workstation keeps the backup's key, to edit it
    old = open_database(str(backup))
    with old.engine.connect() as connection:
        config = migrate.alembic_config()
        config.attributes["connection"] = connection
        with connection.begin():
            command.downgrade(config, "0002")
    old.dispose()
    anchor_path(backup).unlink()
    before_backup = digest(backup)

    summary = clinic.backup.restore_from(backup, passphrase=BACKUP_PASSPHRASE)

    assert (summary.upgraded_from, summary.schema) == ("0002", migrate.head_revision())
    assert names(live_file(clinic)) == ["Dara"]
    assert dict(summary.counts)["audit events"] == 4
    report = clinic.audit.verify()
    assert report.intact and report.anchored and report.checked == 4
    assert digest(backup) == before_backup  # the backup itself was only read


WRITER = """
import sys
from datetime import date
from pathlib import Path
from coordinator.domain.errors import CoordinatorError
from coordinator.services.app import AppServices
from coordinator.services.dto import ClientInput
from coordinator.store.engine import open_database

services = AppServices(open_database(sys.argv[1]))
services.auth.login("ana", sys.argv[2])
stop = Path(sys.argv[3])
number = 0
while not stop.exists():
    number += 1
    try:
        services.clients.create(ClientInput(f"Writer{number}", "Second"))
    except CoordinatorError:
        continue  # not acknowledged; the next one is tried
    print(f"Writer{number}", flush=True)
services.close()
"""

READER = """
import sys
from tests.sqlite_damage import open_db
connection = open_db(sys.argv[1])
print(connection.execute("SELECT count(*) FROM client").fetchone()[0], flush=True)
sys.stdin.readline()
connection.close()
"""


def test_a_restore_is_refused_while_another_process_keeps_saving_and_keeps_its_saves(
        clinic: AppServices, tmp_path: Path) -> None:
    live = live_file(clinic)
    stop = tmp_path / "stop-writing"
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(live), ADMIN_PASSWORD, str(stop)],
        cwd=REPOSITORY, stdout=subprocess.PIPE, text=True)
    assert writer.stdout is not None
    with writer.stdout:
        try:
            acknowledged = [writer.stdout.readline().strip()]
            assert acknowledged == ["Writer1"]  # it is saving, its connection open

            with pytest.raises(DatabaseInUse) as refused:
                clinic.backup.restore_from(tmp_path / "monday.sqlite3",
                                           passphrase=BACKUP_PASSPHRASE)

            stop.touch()
            acknowledged += [line.strip() for line in writer.stdout]
        finally:
            stop.touch()
            writer.wait(timeout=60)
    assert writer.returncode == 0
    assert str(refused.value) == (
        f"Another workstation or program has {live} open; close Coordinator everywhere "
        "else and run the restore again (nothing was changed).")
    on_file = names(live)
    assert on_file[:2] == ["Dara", "Lan"]
    assert len(acknowledged) > 1
    assert [name for name in acknowledged if name not in on_file] == []
    assert clinic.audit.verify().intact


def test_a_restore_is_refused_while_a_plain_connection_has_the_file_open(
        clinic: AppServices, tmp_path: Path) -> None:
    live = live_file(clinic)
    before = settled_digest(clinic)
    reader = subprocess.Popen([sys.executable, "-c", READER, str(live)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert reader.stdout is not None and reader.stdin is not None
        assert reader.stdout.readline().strip() == "2"

        with pytest.raises(DatabaseInUse):
            clinic.backup.restore_from(tmp_path / "monday.sqlite3", passphrase=BACKUP_PASSPHRASE)

        reader.stdin.write("done\n")
        reader.stdin.flush()
    finally:
        reader.communicate(timeout=60)
    assert settled_digest(clinic) == before
    assert sorted(path.name for path in tmp_path.iterdir()
                  if "before-restore" in path.name) == []


@pytest.mark.parametrize("kind", ["truncated", "random bytes", "empty"])
def test_a_live_file_that_cannot_be_read_is_replaced_and_kept_aside_whole(
        clinic: AppServices, tmp_path: Path, kind: str) -> None:
    live = live_file(clinic)
    clinic.db.dispose()
    damage(live, kind)
    damaged_bytes = live.read_bytes()

    summary = restore_database(live, tmp_path / "monday.sqlite3",
                               lambda: Restorer("ana", ADMIN_PASSWORD), BACKUP_PASSPHRASE)

    assert names(live) == ["Dara"]
    assert summary.previous_copy.read_bytes() == damaged_bytes
    # A file with nothing left of its header gets a new key: the app opens it anew.
    restored = AppServices(open_database(str(live)))
    restored.auth.login("ana", ADMIN_PASSWORD)
    try:
        newest = restored.audit.recent(3)
        assert [(event.username, event.action) for event in newest] == [
            ("ana", "login"), ("ana", "restore"), ("ana", "login")]
        assert restored.audit.verify().intact
    finally:
        restored.close()


def test_the_backups_own_accounts_decide_when_the_live_file_cannot_be_read(
        clinic: AppServices, tmp_path: Path) -> None:
    live = live_file(clinic)
    clinic.db.dispose()
    damage(live, "truncated")
    damaged_bytes = live.read_bytes()

    with pytest.raises(CoordinatorError, match="user name or password is not right"):
        restore_database(live, tmp_path / "monday.sqlite3",
                         lambda: Restorer("ana", "not-the-password"), BACKUP_PASSPHRASE)

    assert live.read_bytes() == damaged_bytes


def test_postgresql_is_backed_up_and_restored_with_the_servers_tools(
        postgresql_only: None, database: Database, tmp_path: Path) -> None:
    services = admin_services(database)
    with pytest.raises(CoordinatorError) as backup_refused:
        services.backup.backup_to(tmp_path / "copy.sqlite3", BACKUP_PASSPHRASE)
    with pytest.raises(CoordinatorError) as restore_refused:
        services.backup.restore_from(tmp_path / "copy.sqlite3", passphrase=BACKUP_PASSPHRASE)
    assert str(backup_refused.value) == (
        "Back up a PostgreSQL database with the server's own tools (pg_dump); this command "
        "copies SQLite files.")
    assert str(restore_refused.value) == str(backup_refused.value)
    assert list(tmp_path.iterdir()) == []


def test_a_backup_without_its_anchor_file_is_refused_saying_which_file_to_copy(
        clinic: AppServices, tmp_path: Path) -> None:
    backup = clinic.backup.backup_to(tmp_path / "monday.sqlite3", BACKUP_PASSPHRASE)
    anchor_path(backup).unlink()
    before = settled_digest(clinic)

    with pytest.raises(ValidationError) as refused:
        clinic.backup.restore_from(backup, passphrase=BACKUP_PASSPHRASE)

    message = str(refused.value)
    assert message.startswith(f"The audit trail in {backup} cannot be trusted without its "
                              "anchor file (the anchor file monday.sqlite3-audit-anchor ")
    assert message.endswith("copy monday.sqlite3-audit-anchor, which `coordinator backup` "
                            "wrote beside the backup, next to it and restore again; it was "
                            "not restored.")
    assert settled_digest(clinic) == before
