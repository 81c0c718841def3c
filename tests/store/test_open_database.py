"""Opening a store that cannot be used says why in one sentence and changes nothing.

The file cases are SQLite only. Read-only cases need a user that file permissions stop: root
is not stopped by them, so under root (as in CI) the attempt runs in a forked child that has
dropped to the user ``nobody``.
"""

from __future__ import annotations

import json
import os
import pwd
import select
import shutil
import signal
import stat
import tempfile
import warnings
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

import pytest
from pg import PostgresServer
from sqlalchemy import Connection, text
from sqlalchemy.exc import IntegrityError

from coordinator.domain.errors import SchemaTooNew, StoreUnavailable
from coordinator.store import migrate
from coordinator.store.engine import Database, open_database


@dataclass(frozen=True)
class Outcome:
    """What opening a store did: the error's class and sentence, or ``error=None``."""

    error: str | None
    message: str


Opener = Callable[[str], Outcome]


def _try_open(location: str) -> Outcome:
    try:
        db = open_database(location)
    except StoreUnavailable as exc:
        return Outcome(type(exc).__name__, str(exc))
    db.dispose()
    return Outcome(None, "opened")


def _try_open_as_nobody(location: str) -> Outcome:
    """``_try_open`` in a child process running as ``nobody``, so permissions apply."""
    nobody = pwd.getpwnam("nobody")
    read_end, write_end = os.pipe()
    with warnings.catch_warnings():
        # Python 3.12+ warns that forking a threaded process may deadlock the child. This
        # child only makes a few system calls on modules already imported, then _exit()s.
        warnings.filterwarnings("ignore", category=DeprecationWarning, message=".*fork")
        pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        try:
            os.close(read_end)
            try:
                os.setgroups([])
                os.setgid(nobody.pw_gid)
                os.setuid(nobody.pw_uid)
            except OSError as exc:
                report = {"cannot_drop_privileges": str(exc)}
            else:
                report = asdict(_try_open(location))
            os.write(write_end, json.dumps(report).encode())
        finally:
            os._exit(0)
    os.close(write_end)
    try:
        ready, _, _ = select.select([read_end], [], [], 30)
        raw = os.read(read_end, 65536) if ready else b""
    finally:
        os.close(read_end)
        if not ready:
            os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    assert raw, "the unprivileged child process did not answer within 30 s"
    report = json.loads(raw)
    if "cannot_drop_privileges" in report:
        pytest.skip("running as root and cannot switch to user nobody here "
                    f"({report['cannot_drop_privileges']}), so file permissions cannot apply")
    return Outcome(**report)


@pytest.fixture
def unprivileged(tmp_path: Path) -> Iterator[tuple[Path, Opener]]:
    """A folder to work in, and a way to open a store there as a user permissions stop."""
    if os.geteuid() != 0:
        yield tmp_path, _try_open
        _make_writable(tmp_path)  # so pytest can clean up
        return
    # pytest's own temporary folders are private to root; nobody must reach this one.
    folder = Path(tempfile.mkdtemp(prefix="coordinator-permissions-", dir="/tmp"))
    folder.chmod(0o755)
    if not all(parent.stat().st_mode & stat.S_IXOTH for parent in folder.parents):
        shutil.rmtree(folder)
        pytest.skip(f"running as root, and user nobody cannot reach {folder.parent}, so file "
                    "permissions cannot be tried as another user")
    try:
        yield folder, _try_open_as_nobody
    finally:
        shutil.rmtree(folder)


def _make_writable(folder: Path) -> None:
    for path in [folder, *folder.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)


def _files_in(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


def _migrated_copy(sqlite_template: Path, path: Path) -> bytes:
    shutil.copyfile(sqlite_template, path)
    return path.read_bytes()


def test_a_path_in_a_folder_that_does_not_exist_is_refused(
        sqlite_only: None, tmp_path: Path) -> None:
    folder = tmp_path / "Shared" / "Coordinator"

    with pytest.raises(StoreUnavailable) as refused:
        open_database(str(folder / "clinic.sqlite3"))

    assert str(refused.value) == f"The folder {folder} does not exist."
    assert not folder.exists()
    assert _files_in(tmp_path) == []


def test_a_new_database_in_a_read_only_folder_is_refused(
        sqlite_only: None, unprivileged: tuple[Path, Opener]) -> None:
    base, try_open = unprivileged
    folder = base / "readonly"
    folder.mkdir()
    folder.chmod(0o555)

    outcome = try_open(str(folder / "clinic.sqlite3"))

    assert outcome == Outcome(
        "StoreUnavailable",
        f"The folder {folder} is read-only; cannot create a database.")
    assert _files_in(folder) == []


def test_a_read_only_database_file_is_refused_and_left_unchanged(
        sqlite_only: None, unprivileged: tuple[Path, Opener], sqlite_template: Path) -> None:
    base, try_open = unprivileged
    path = base / "clinic.sqlite3"
    before = _migrated_copy(sqlite_template, path)
    path.chmod(0o444)

    outcome = try_open(str(path))

    assert outcome == Outcome("StoreUnavailable", f"The database file {path} is read-only.")
    assert path.read_bytes() == before
    assert _files_in(base) == ["clinic.sqlite3"]  # no -wal or -shm beside it


def test_a_file_that_is_not_a_database_is_refused_and_left_unchanged(
        sqlite_only: None, tmp_path: Path) -> None:
    path = tmp_path / "caseload.sqlite3"
    path.write_text("Client list, March\nGarcía, Ana; IOP evening track\n", encoding="utf-8")
    before = path.read_bytes()

    with pytest.raises(StoreUnavailable) as refused:
        open_database(str(path))

    assert str(refused.value) == (
        f"{path} is not a Coordinator database (not a SQLite file); if it was one, it is "
        f"damaged: restore the latest good backup with 'coordinator --db {path} restore "
        "BACKUP_FILE'.")
    assert path.read_bytes() == before
    assert _files_in(tmp_path) == ["caseload.sqlite3"]


def test_a_damaged_sqlite_file_is_refused_and_left_unchanged(
        sqlite_only: None, tmp_path: Path) -> None:
    path = tmp_path / "clinic.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + b"\xde\xad" * 2048)
    before = path.read_bytes()

    with pytest.raises(StoreUnavailable) as refused:
        open_database(str(path))

    assert str(refused.value) == (
        f"The database file {path} is damaged (file is not a database); restore the latest "
        f"good backup with 'coordinator --db {path} restore BACKUP_FILE'.")
    assert path.read_bytes() == before
    assert _files_in(tmp_path) == ["clinic.sqlite3"]


def test_a_folder_given_as_the_database_is_refused(sqlite_only: None, tmp_path: Path) -> None:
    with pytest.raises(StoreUnavailable) as refused:
        open_database(str(tmp_path))

    assert str(refused.value) == f"{tmp_path} is a folder, not a database file."
    assert _files_in(tmp_path) == []


def test_a_database_from_a_newer_version_is_refused_when_the_app_starts(
        database: Database) -> None:
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))

    # What the app does at start: open, then bring the schema up to date.
    with pytest.raises(StoreUnavailable) as refused:
        migrate.upgrade(database)

    assert isinstance(refused.value, SchemaTooNew)
    assert str(refused.value) == (
        "This database was written by a newer version of Coordinator (schema 9999); "
        "update Coordinator to open it.")
    assert migrate.current_revision(database) == "9999"


def test_an_unreachable_server_is_refused_without_showing_the_password() -> None:
    # Port 1 refuses at once, so this needs no server and runs on both legs.
    with pytest.raises(StoreUnavailable) as refused:
        open_database("postgresql+psycopg://nobody:s3cret-pw@127.0.0.1:1/clinic")

    message = str(refused.value)
    assert message.startswith("Cannot reach the database server at 127.0.0.1:1 (")
    assert "refused" in message.lower()
    assert "s3cret-pw" not in message


def test_a_plain_postgresql_url_means_psycopg_3() -> None:
    with pytest.raises(StoreUnavailable, match=r"^Cannot reach the database server at"):
        open_database("postgresql://nobody@127.0.0.1:1/clinic")


def test_a_database_the_server_does_not_have_is_refused_and_not_created(
        postgres_server: PostgresServer) -> None:
    name = f"no_such_clinic_{os.getpid()}"
    url = postgres_server.url_for(name).render_as_string(hide_password=False)

    with pytest.raises(StoreUnavailable) as refused:
        open_database(url)

    where = f"{postgres_server.url.host or 'localhost'}:{postgres_server.url.port or 5432}"
    assert str(refused.value).startswith(f"Cannot reach the database server at {where} (")
    assert f'database "{name}" does not exist' in str(refused.value)
    db = open_database(postgres_server.url)
    try:
        with db.engine.connect() as connection:
            found = connection.execute(text("SELECT count(*) FROM pg_database WHERE datname = :n"),
                                       {"n": name}).scalar_one()
    finally:
        db.dispose()
    assert found == 0


def test_an_engine_coordinator_does_not_support_is_refused() -> None:
    with pytest.raises(StoreUnavailable) as refused:
        open_database("mysql://clinic@127.0.0.1/coordinator")

    assert str(refused.value) == (
        "Coordinator cannot use a 'mysql' database; use a SQLite file or a PostgreSQL URL.")


def test_every_sqlite_connection_gets_the_safety_pragmas(
        sqlite_only: None, database: Database) -> None:
    def pragmas(connection: Connection) -> dict[str, object]:
        return {name: connection.exec_driver_sql(f"PRAGMA {name}").scalar_one()
                for name in ("foreign_keys", "journal_mode", "synchronous", "busy_timeout")}

    # Two connections open at once, so each must have been set up on its own.
    with database.engine.connect() as first, database.engine.connect() as second:
        seen = [pragmas(first), pragmas(second)]
    with database.session_factory() as session:
        seen.append(pragmas(session.connection()))

    for values in seen:
        assert values["foreign_keys"] == 1
        assert values["journal_mode"] == "wal"
        assert values["synchronous"] == 2  # FULL: a committed save survives a power cut
        assert isinstance(values["busy_timeout"], int) and values["busy_timeout"] >= 1000


def test_sqlite_enforces_foreign_keys(sqlite_only: None, database: Database) -> None:
    with pytest.raises(IntegrityError, match="FOREIGN KEY constraint failed"), \
            database.engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO facility_level (facility_id, level_code) VALUES (424242, 'IOP')"))


def test_a_server_set_to_day_month_dates_still_gives_reports_iso_days(
        postgresql_only: None, database: Database) -> None:
    """A clinic's server may show dates as 03/12/2026 (DateStyle SQL, DMY); the reports
    that read a day as text still get 2026-12-03."""
    name = database.url.database
    with database.engine.connect() as connection:
        connection.execute(text(f'ALTER DATABASE "{name}" SET DateStyle = \'SQL, DMY\''))
        connection.commit()
    reopened = open_database(database.url)
    try:
        with reopened.engine.connect() as connection:
            day = connection.execute(text("SELECT CAST(DATE '2026-12-03' AS VARCHAR)"))
            assert day.scalar_one() == "2026-12-03"
    finally:
        reopened.dispose()
