"""Shared fixtures: a migrated database per test, copied from a template made once.

``--engine=sqlite`` (the default) copies a migrated SQLite file per test. ``--engine=postgresql``
migrates one template database per run on the server named by ``COORDINATOR_TEST_PG_URL``
and gives each test its own ``CREATE DATABASE … TEMPLATE`` copy, dropped afterwards. Without
a reachable server that run stops at once with a non-zero exit code; it never skips.
"""

from __future__ import annotations

import itertools
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The tests read the app as it speaks in the C locale (English text, ISO dates), whatever
# language and region the machine running them has; tests of another language put it on
# themselves.
os.environ["LC_ALL"] = "C.UTF-8"
os.environ.pop("LANGUAGE", None)

from pg import PostgresServer, ServerUnavailable

from coordinator.store import migrate
from coordinator.store.engine import Database, open_database

ENGINES = ("sqlite", "postgresql")
_SERVER = pytest.StashKey[PostgresServer]()
# The process id keeps two runs against one server (two terminals, two CI jobs) apart.
_RUN = f"{os.getpid()}"
_DATABASE_NUMBERS = itertools.count(1)


@pytest.fixture(autouse=True, scope="session")
def _cheap_password_hashes() -> Iterator[None]:
    """Argon2id at its least cost: the suite signs in thousands of times and the app's
    profile takes about 0.2 s a hash. Still real hashes and real verification (the app's
    own profile is tested in tests/services/test_password_hashing.py)."""
    from argon2 import PasswordHasher

    from coordinator.services import passwords

    passwords.use_hasher(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    yield
    passwords.use_hasher(passwords.DEFAULT_HASHER)


@pytest.fixture(autouse=True, scope="session")
def _key_folder_for_tests(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The keys of the databases the tests make (every new SQLite file is encrypted) go to a
    key folder of the run's own, never into the developer's credential store; CLI commands
    run as subprocesses find them there too."""
    from coordinator.store.cipher import KEY_FOLDER_VAR

    os.environ[KEY_FOLDER_VAR] = str(tmp_path_factory.mktemp("keys"))
    yield
    os.environ.pop(KEY_FOLDER_VAR, None)


@pytest.fixture(autouse=True, scope="session")
def _log_folder_for_tests(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """No test writes the log into the real user log folder (the CLI configures logging)."""
    from coordinator.logs import LOG_DIR_ENV, unconfigure_logging

    os.environ[LOG_DIR_ENV] = str(tmp_path_factory.mktemp("logs"))
    yield
    unconfigure_logging()
    os.environ.pop(LOG_DIR_ENV, None)


@pytest.fixture(autouse=True, scope="session")
def _private_temp_for_tests(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The private temporary folders are made, and looked for at each start, in a folder of
    the run's own, never in the system temporary folder."""
    from coordinator import private_temp

    os.environ[private_temp.TEMP_DIR_ENV] = str(tmp_path_factory.mktemp("private-temp"))
    yield
    private_temp.remove()
    os.environ.pop(private_temp.TEMP_DIR_ENV, None)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--engine", choices=ENGINES, default="sqlite",
        help="database engine for the `database` fixture: sqlite (default) or postgresql "
             "(needs COORDINATOR_TEST_PG_URL, a maintenance database URL)")


def pytest_sessionstart(session: pytest.Session) -> None:
    # Checked before any test runs, so a missing server is one loud failure, not a
    # thousand errors, and never a quiet skip.
    if session.config.getoption("engine") != "postgresql":
        return
    try:
        session.config.stash[_SERVER] = PostgresServer.from_environment()
    except ServerUnavailable as exc:
        pytest.exit(f"Cannot run the PostgreSQL leg: {exc}",
                    returncode=pytest.ExitCode.USAGE_ERROR)


def pytest_report_header(config: pytest.Config) -> str:
    server = config.stash.get(_SERVER, None)
    if server is None:
        return "database engine: sqlite"
    return f"database engine: postgresql at {server.where}"


@pytest.fixture(scope="session")
def engine_name(pytestconfig: pytest.Config) -> str:
    """The engine this run tests: "sqlite" or "postgresql"."""
    name: str = pytestconfig.getoption("engine")
    return name


@pytest.fixture
def sqlite_only(engine_name: str) -> None:
    """Skip a test about SQLite files or pragmas on the PostgreSQL leg, saying why."""
    if engine_name != "sqlite":
        pytest.skip("SQLite only: about database files and pragmas, which a PostgreSQL "
                    "server does not have")


@pytest.fixture
def postgresql_only(engine_name: str) -> None:
    """Skip a test that needs a real PostgreSQL server on the SQLite leg, saying why."""
    if engine_name != "postgresql":
        pytest.skip("PostgreSQL only: run with --engine=postgresql and COORDINATOR_TEST_PG_URL")


@pytest.fixture(scope="session")
def postgres_server(pytestconfig: pytest.Config) -> PostgresServer:
    """The server of the ``--engine=postgresql`` run (checked at session start)."""
    server = pytestconfig.stash.get(_SERVER, None)
    if server is None:
        pytest.skip("PostgreSQL only: run with --engine=postgresql and COORDINATOR_TEST_PG_URL")
    return server


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty SQLite database at the head revision, migrated once per test run."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    db = open_database(str(path))
    migrate.upgrade(db)
    db.dispose()
    return path


@pytest.fixture(scope="session")
def postgres_template(postgres_server: PostgresServer) -> Iterator[str]:
    """Name of a PostgreSQL database at the head revision, migrated once per test run."""
    name = f"coordinator_template_{_RUN}"
    db = open_database(postgres_server.create_database(name))
    try:
        try:
            migrate.upgrade(db)
        finally:
            # CREATE DATABASE … TEMPLATE refuses while anyone is connected to the template.
            db.dispose()
        yield name
    finally:
        postgres_server.drop_database(name)


@pytest.fixture
def database(request: pytest.FixtureRequest, engine_name: str,
             tmp_path: Path) -> Iterator[Database]:
    """A fresh database at head for one test, on the engine this run tests."""
    if engine_name == "postgresql":
        server: PostgresServer = request.getfixturevalue("postgres_server")
        template: str = request.getfixturevalue("postgres_template")
        yield from _postgres_database(server, template)
        return
    sqlite_template: Path = request.getfixturevalue("sqlite_template")
    path = tmp_path / "coordinator.sqlite3"
    shutil.copyfile(sqlite_template, path)
    db = open_database(str(path))
    yield db
    db.dispose()


@pytest.fixture
def empty_database(request: pytest.FixtureRequest, engine_name: str,
                   tmp_path: Path) -> Iterator[Database]:
    """A database with no tables at all (not migrated), on the engine this run tests."""
    if engine_name == "postgresql":
        server: PostgresServer = request.getfixturevalue("postgres_server")
        yield from _postgres_database(server, "template0")
        return
    db = open_database(str(tmp_path / "empty.sqlite3"))
    yield db
    db.dispose()


def _postgres_database(server: PostgresServer, template: str) -> Iterator[Database]:
    name = f"test_{_RUN}_{next(_DATABASE_NUMBERS)}"
    db = open_database(server.create_database(name, template=template))
    try:
        yield db
    finally:
        db.dispose()
        server.drop_database(name)
