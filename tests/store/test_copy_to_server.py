"""Moving a clinic from its SQLite file to PostgreSQL with ``coordinator db copy --to URL``:
a 2,000-client demo arrives whole (every table's rows, the audit trail, the records read
through the services), and every refusal leaves both databases as they were.

PostgreSQL only: these tests run on the ``--engine=postgresql`` leg and skip elsewhere.
"""

from __future__ import annotations

import hashlib
import itertools
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from pg import PostgresServer
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.pool import NullPool

from coordinator.cli import main
from coordinator.demo import DEMO_PASSWORD
from coordinator.domain.errors import StoreUnavailable
from coordinator.services import encryption
from coordinator.services.app import AppServices, open_services
from coordinator.services.db_copy import CopyFailed, copy_to_server
from coordinator.services.dto import ClientInput
from coordinator.store import copy_to_server as copying
from coordinator.store import migrate
from coordinator.store.engine import open_database
from tests.cli_helpers import run
from tests.services.helpers import ADMIN_PASSWORD
from tests.sqlite_damage import open_db

ROOT = Path(__file__).resolve().parents[2]
_NUMBERS = itertools.count(1)


def fingerprint(path: Path) -> dict[str, str]:
    """The SHA-256 of the database file and of every file beside it (its audit anchor;
    SQLite's -wal and -shm files while it is open, or left by a process that was killed)."""
    return {part.name: hashlib.sha256(part.read_bytes()).hexdigest()
            for part in sorted(path.parent.iterdir()) if part.name.startswith(path.name)
            and not part.name.endswith(("-wal", "-shm"))}


def source_counts(path: Path) -> dict[str, int]:
    with closing(open_db(path)) as connection:
        counts, _ = encryption.snapshot(connection)
    counts.pop("alembic_version")
    return counts


def server_counts(url: str) -> dict[str, int]:
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as connection:
            names = [name for name in inspect(connection).get_table_names()
                     if name != "alembic_version"]
            return {name: int(connection.execute(text(f'SELECT count(*) FROM "{name}"'))
                              .scalar_one()) for name in sorted(names)}
    finally:
        engine.dispose()


@pytest.fixture(scope="module")
def demo(postgres_server: PostgresServer, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 2,000-client demo clinic (encrypted, as every new file), where the administrator
    has opened three records since, so its audit trail holds several events."""
    path = tmp_path_factory.mktemp("clinic") / "demo.sqlite3"
    assert main(["--db", str(path), "demo", "--clients", "2000"]) == 0
    services, _ = open_services(str(path))
    try:
        services.auth.login("admin", DEMO_PASSWORD)
        for client_id in (1, 1000, 2000):
            services.clients.get(client_id)
    finally:
        services.close()
    return path


@pytest.fixture
def target(postgres_server: PostgresServer) -> Iterator[str]:
    """The URL of a new, empty database on the test server, dropped afterwards."""
    name = f"copy_{os.getpid()}_{next(_NUMBERS)}"
    url = postgres_server.create_database(name)
    yield url.render_as_string(hide_password=False)
    postgres_server.drop_database(name)


@pytest.fixture(scope="module")
def small_template(postgres_server: PostgresServer,
                   tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A clinic with one administrator and one client, made once per module."""
    path = tmp_path_factory.mktemp("small") / "clinic.sqlite3"
    db = open_database(str(path))
    migrate.upgrade(db)
    services = AppServices(db)
    services.auth.create_first_admin("ana", "Ana Admin", ADMIN_PASSWORD)
    services.auth.login("ana", ADMIN_PASSWORD)
    services.clients.create(ClientInput("Zephyrine", "Quaglia", date(1990, 5, 17)))
    services.close()
    return path


@pytest.fixture
def small(small_template: Path, tmp_path: Path) -> Path:
    """This test's own copy of the small clinic, with its audit anchor."""
    path = tmp_path / "clinic.sqlite3"
    for part in small_template.parent.iterdir():
        if part.name.startswith(small_template.name):
            shutil.copyfile(part, tmp_path / part.name.replace(small_template.name, path.name))
    return path


def test_a_2000_client_demo_arrives_whole_and_the_clinic_works_on_from_it(
        demo: Path, target: str, capsys: pytest.CaptureFixture[str]) -> None:
    before = fingerprint(demo)
    counts = source_counts(demo)
    assert counts["client"] == 2000

    code, out, err = run(capsys, "--db", str(demo), "db", "copy", "--to", target)

    assert code == 0, err
    # One line per table on stderr, parents first.
    tables = [line.split("]")[1].split()[0] for line in err.splitlines()
              if line.startswith("[")]
    assert tables[0] == "app_user" and len(tables) == len(counts) == 50
    assert tables.index("client") < tables.index("episode") < tables.index("transition")
    assert f"Copied 50 tables, {sum(counts.values()):,} rows from {demo} to " in out
    assert ("the audit trail (5 audit events ending at event 5) verifies on the server; "
            "20 clients' records read back the same.") in out
    assert fingerprint(demo) == before  # the source was only read
    assert server_counts(target) == counts

    assert run(capsys, "--db", target, "audit", "verify")[1].startswith(
        "The audit trail is intact: 5 events checked.")
    with closing(open_db(demo)) as sqlite:
        first, last = sqlite.execute(
            "SELECT record_number, family_name, given_name, birth_date FROM client "
            "WHERE id IN (1, 2000) ORDER BY id").fetchall()
    services, _ = open_services(target)
    try:
        services.auth.login("admin", DEMO_PASSWORD)
        for number, family, given, born in (first, last):
            details = services.clients.find_by_record_number(number).details
            assert details.birth_date is not None
            assert (details.family_name, details.given_name,
                    details.birth_date.isoformat()) == (family, given, born)
        # The first client added on the server takes the next id, not one already used.
        added = services.clients.create(ClientInput("Odalys", "Brenneman", date(2001, 2, 3)))
        assert added.id == 2001
    finally:
        services.close()


def test_a_target_that_holds_records_is_refused_and_both_stay_as_they_were(
        small: Path, target: str, capsys: pytest.CaptureFixture[str]) -> None:
    source = small
    small_clinic_on_server = open_database(target)
    migrate.upgrade(small_clinic_on_server)
    services = AppServices(small_clinic_on_server)
    services.auth.create_first_admin("bo", "Bo Admin", ADMIN_PASSWORD)
    services.close()
    before, held = fingerprint(source), server_counts(target)

    code, out, err = run(capsys, "--db", str(source), "db", "copy", "--to", target)

    assert (code, out) == (1, "")
    assert err == (f"coordinator: The database {target} already holds records (in app_user, "
                   "audit_event); copy only into an empty database (nothing was written).\n")
    assert server_counts(target) == held
    assert fingerprint(source) == before


def test_a_target_with_tables_of_something_else_is_refused(
        small: Path, target: str, capsys: pytest.CaptureFixture[str]) -> None:
    source = small
    engine = create_engine(target, poolclass=NullPool)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE billing_run (id integer PRIMARY KEY)"))
    engine.dispose()

    code, _, err = run(capsys, "--db", str(source), "db", "copy", "--to", target)

    assert code == 1
    assert err == (f"coordinator: The database {target} already holds tables that are not "
                   "Coordinator's (billing_run); copy into an empty database (nothing was "
                   "written).\n")
    assert server_counts(target) == {"billing_run": 0}


def test_a_target_at_another_schema_revision_is_refused(
        small: Path, target: str, capsys: pytest.CaptureFixture[str]) -> None:
    source = small
    engine = create_engine(target, poolclass=NullPool)
    with engine.begin() as connection:
        config = migrate.alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0014")
    engine.dispose()
    held = server_counts(target)

    code, _, err = run(capsys, "--db", str(source), "db", "copy", "--to", target)

    assert code == 1
    assert err == (f"coordinator: The database {target} has Coordinator's schema at revision "
                   f"0014, not {migrate.head_revision()} like the source; copy into an empty "
                   "database (nothing was written).\n")
    assert server_counts(target) == held


@pytest.mark.parametrize("wrong", ["no server at that port", "a user the server refuses"])
def test_an_unreachable_server_or_a_wrong_user_is_one_sentence(
        small: Path, postgres_server: PostgresServer, wrong: str,
        capsys: pytest.CaptureFixture[str]) -> None:
    before = fingerprint(small)
    if wrong == "no server at that port":
        url, named = postgres_server.url.set(host="127.0.0.1", port=1), "127.0.0.1:1"
    else:
        url, named = postgres_server.url.set(username="nobody_here", password=None), \
            '"nobody_here"'  # "role … does not exist" or "password authentication failed"

    code, out, err = run(capsys, "--db", str(small), "db", "copy", "--to",
                         url.render_as_string(hide_password=False))

    assert (code, out) == (1, "")
    assert err.startswith("coordinator: Cannot reach the database server at ")
    assert named in err and err.count("\n") == 1
    assert fingerprint(small) == before


def test_a_database_on_a_server_already_is_not_a_source(
        target: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--db", target, "db", "copy", "--to", target)

    assert (code, out) == (1, "")
    assert err == ("coordinator: db copy copies a SQLite file to a server, and the database "
                   "given (--db or COORDINATOR_DB) is on a server already: give --db FILE.\n")


def test_a_source_whose_audit_trail_does_not_verify_is_refused(
        small: Path, target: str, capsys: pytest.CaptureFixture[str]) -> None:
    source = small
    with closing(open_db(source)) as sqlite:
        sqlite.execute("DROP TRIGGER audit_event_no_update")
        sqlite.execute("UPDATE audit_event SET username = 'mallory' WHERE id = 1")
        sqlite.commit()

    code, _, err = run(capsys, "--db", str(source), "db", "copy", "--to", target)

    assert code == 1
    assert err.startswith(f"coordinator: The audit trail of {source} does not verify (event 1 "
                          "was altered after it was written)")
    assert server_counts(target) == {}


def test_values_postgresql_would_refuse_are_named_and_nothing_is_written(
        small: Path, target: str, capsys: pytest.CaptureFixture[str]) -> None:
    source = small
    with closing(open_db(source)) as sqlite:
        # What another tool could have left in the file; the app's forms refuse both.
        sqlite.execute("UPDATE client SET family_name = 'Quag' || char(0) || 'lia', "
                       "given_name = ? WHERE id = 1", ("Z" * 101,))
        sqlite.commit()

    code, _, err = run(capsys, "--db", str(source), "db", "copy", "--to", target)

    assert code == 1
    assert err == ("coordinator: Some values cannot be stored on PostgreSQL as they are: "
                   "client.given_name of row 1 is longer than the 100 characters its column "
                   "takes on PostgreSQL; client.family_name of row 1 holds a NUL character, "
                   "which PostgreSQL does not store. Correct them in Coordinator and copy "
                   "again; nothing was written.\n")
    assert server_counts(target) == {}


def test_a_copy_the_server_refuses_part_way_drops_what_it_made(
        small: Path, target: str, capsys: pytest.CaptureFixture[str]) -> None:
    with closing(open_db(small)) as sqlite:
        # A row another tool left behind without its client (SQLite checks no references
        # unless asked); PostgreSQL refuses it when the table's rows arrive.
        sqlite.execute("INSERT INTO client_name_word (word, client_id) VALUES ('ghost', 99)")
        sqlite.commit()
    before = fingerprint(small)

    code, _, err = run(capsys, "--db", str(small), "db", "copy", "--to", target)

    assert code == 1
    said = err.splitlines()[-1]  # after a line for each table copied before it
    assert said.startswith("coordinator: Copying the table client_name_word failed (insert "
                           'or update on table "client_name_word" violates foreign key '
                           'constraint')
    assert said.endswith(f"; the tables it made in {target} were dropped, and the source is "
                         "unchanged.")
    assert server_counts(target) == {}
    assert fingerprint(small) == before


def test_a_copy_interrupted_half_way_drops_what_it_made_and_the_source_is_as_it_was(
        demo: Path, target: str) -> None:
    before = fingerprint(demo)

    def interrupt_after_clients(step: copying.TableProgress) -> None:
        if step.table == "client" and step.finished:
            raise KeyboardInterrupt  # Ctrl+C at the terminal

    with pytest.raises(CopyFailed) as refused:
        copy_to_server(str(demo), target, progress=interrupt_after_clients)

    assert refused.value.message == (
        f"The copy was interrupted; the tables it made in {target} were dropped, and the "
        "source is unchanged.")
    assert server_counts(target) == {}
    assert fingerprint(demo) == before


def test_a_copy_killed_half_way_is_dropped_by_the_next_copy(
        demo: Path, small: Path, target: str, capsys: pytest.CaptureFixture[str]) -> None:
    before = fingerprint(demo)
    holder = create_engine(target, poolclass=NullPool)
    process = subprocess.Popen(
        [sys.executable, "-m", "coordinator", "--db", str(demo), "db", "copy", "--to", target],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        assert process.stderr is not None
        lines = iter(process.stderr.readline, "")
        with holder.connect() as connection, connection.begin():
            assert "app_user" in next(lines)  # the schema is made, the rows are on their way
            # Rows of clients, and of every table that refers to them, wait for this lock:
            # the copy cannot get past them before it is killed.
            connection.execute(text("LOCK TABLE client IN ACCESS EXCLUSIVE MODE"))
            assert any("audit_event" in line for line in lines)
            process.kill()
            process.wait()
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        if process.stderr is not None:
            process.stderr.close()
        holder.dispose()
    assert fingerprint(demo) == before
    wal = demo.with_name(f"{demo.name}-wal")  # left by the killed reader: nothing in it
    assert not wal.exists() or wal.stat().st_size == 0
    left = server_counts(target)
    assert left["app_user"] == 10 and left["care_plan_progress"] == 0
    assert copying.MARKER in left
    with pytest.raises(StoreUnavailable, match="holds a copy of a SQLite database that did "
                                               "not finish"):
        open_services(target)  # no workstation works in a half-copied database

    code, out, err = run(capsys, "--db", str(small), "db", "copy", "--to", target)

    assert code == 0, err
    assert out.startswith("An unfinished copy (started ")
    assert server_counts(target) == source_counts(small)


def test_an_empty_schema_at_the_same_revision_is_taken_over(
        small: Path, target: str, capsys: pytest.CaptureFixture[str]) -> None:
    """Someone started the app on the server once: the schema is there, no account yet.
    The migrations' own reference rows are the one thing such a target holds."""
    made = open_database(target)
    migrate.upgrade(made)
    made.dispose()
    assert {name for name, count in server_counts(target).items()
            if count} == copying.SEEDED_BY_SCHEMA

    code, out, err = run(capsys, "--db", str(small), "db", "copy", "--to", target)

    assert code == 0, err
    assert "1 clients' records read back the same" in out
    assert server_counts(target) == source_counts(small)
